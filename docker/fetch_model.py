"""Build-time only: put the chosen embedding model into the image's Hugging Face cache.

The bundled default needs nothing. Any other model id is downloaded here, once, so the running container
never touches the network (the product loads models with local_files_only).
"""

import sys

from bot.search.embedder import BUNDLED_ALIASES

name = sys.argv[1]
if name.lower() not in BUNDLED_ALIASES:
    from sentence_transformers import SentenceTransformer

    model = SentenceTransformer(name, device="cpu")
    print(f"Cached {name} (dimension {model.get_sentence_embedding_dimension()})")
