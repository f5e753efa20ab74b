"""QAService: the one object the CLI and the Telegram layer talk to. Synchronous and thread-safe;
callers in an event loop run it in a worker thread.
"""

from __future__ import annotations

import logging
import os
import re
import tempfile
import threading
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from bot.errors import DocumentRejected, EmptyQuestionError, IndexNotBuiltError, KnowledgeError, ReindexBusyError
from bot.ingest.chunking import chunk
from bot.ingest.loaders import FAQ_FILENAME, SUPPORTED_SUFFIXES, read_bytes
from bot.models import Answer, BuildReport, Hit, IndexInfo
from bot.qa import answer as compose
from bot.qa.faq import FaqBook, load_faq
from bot.qa.provenance import DocumentDates, FaqSources, resolve
from bot.search.builder import build_index, is_stale
from bot.search.embedder import Embedder
from bot.search.engine import SearchIndex, SearchResult
from bot.search.query import analyze
from bot.search.store import IndexFolder, check_compatible

log = logging.getLogger(__name__)

UPLOADS = "uploads"
_UNSAFE_NAME = re.compile(r"[^\w.\- ]+")


@dataclass(frozen=True, slots=True)
class _Provenance:
    index: SearchIndex
    book: FaqBook
    faq: FaqSources
    dates: DocumentDates


@dataclass(frozen=True, slots=True)
class AddedDocument:
    source: str
    passages: int
    report: BuildReport


class QAService:
    def __init__(self, knowledge_dir: Path, index_dir: Path, embedder: Embedder, *, ann_min_passages: int = 20_000):
        self.knowledge_dir = knowledge_dir
        self.index_dir = index_dir
        self.embedder = embedder
        self.ann_min_passages = ann_min_passages
        self._folder = IndexFolder(index_dir)
        self._index: SearchIndex | None = None
        self._swap = threading.Lock()
        self._rebuilding = threading.Lock()
        self.faq = self._load_faq()
        self._provenance: _Provenance | None = None

    # -- questions ---------------------------------------------------------------------------------

    def ask(self, question: str) -> Answer:
        query = analyze(question)
        if not query.text:
            raise EmptyQuestionError()
        vector = self.embedder.encode_queries([query.text])[0]
        match = self.faq.match(query.text, vector)
        if match is not None:
            return compose.faq_answer(question, match.entry, self.provenance().faq.of(match.entry.id))
        result = self._loaded().search(query, vector, k=5)
        if not compose.is_answerable(result):
            return compose.none_answer(question)
        return compose.passages_answer(question, result, self._loaded().lexical.idf, self.provenance().dates)

    def provenance(self) -> _Provenance:
        """The FAQ bases resolved against the index being served, and its documents' dates (once per index)."""
        index, faq = self._loaded(), self.faq
        known = self._provenance
        if known is None or known.index is not index or known.book is not faq:
            # Assigning is atomic: two threads meeting a new index may both resolve, and either result is right.
            known = _Provenance(index, faq, resolve(faq.entries, index), DocumentDates.of(index))
            self._provenance = known
        return known

    def search(self, question: str, k: int = 5) -> list[Hit]:
        return self.search_result(question, k).hits

    def search_result(self, question: str, k: int = 5, *, dense: bool = True, lexical: bool = True) -> SearchResult:
        """Search with both channels (default) or one of them, for comparisons."""
        query = analyze(question)
        if not query.text:
            raise EmptyQuestionError()
        vector = self.embedder.encode_queries([query.text])[0] if dense else None
        return self._loaded().search(query, vector, k=k, lexical=lexical)

    # -- index ---------------------------------------------------------------------------------------

    @property
    def is_rebuilding(self) -> bool:
        return self._rebuilding.locked()

    def needs_build(self) -> bool:
        if not self.knowledge_dir.is_dir():
            raise KnowledgeError(f"Knowledge folder {self.knowledge_dir} does not exist; create it and add documents.")
        manifest = self._folder.manifest()
        return manifest is None or is_stale(self.knowledge_dir, manifest)

    def ensure_index(self, progress: Callable[[str], None] | None = None) -> BuildReport | None:
        """Build when the index is missing or older than the knowledge folder; otherwise just load it."""
        if self.needs_build():
            return self.rebuild(progress)
        self._loaded()
        return None

    def rebuild(self, progress: Callable[[str], None] | None = None, *, incremental: bool = True) -> BuildReport:
        """Rebuild and swap in the new index; questions keep using the old one until then."""
        if not self._rebuilding.acquire(blocking=False):
            raise ReindexBusyError()
        try:
            report = build_index(
                self.knowledge_dir,
                self.index_dir,
                self.embedder,
                ann_min_passages=self.ann_min_passages,
                incremental=incremental,
                progress=progress,
            )
            faq = self._load_faq()
            fresh = self._open()
            with self._swap:
                old, self._index, self.faq = self._index, fresh, faq
            if old is not None:
                old.close()
            report.faq_unresolved = self.provenance().faq.report()
            return report
        finally:
            self._rebuilding.release()

    def info(self) -> IndexInfo:
        manifest = self._loaded().manifest
        return IndexInfo(
            documents=manifest["documents"],
            passages=manifest["passages"],
            model=manifest["model"],
            built_at=datetime.fromisoformat(manifest["built_at"]),
        )

    def _loaded(self) -> SearchIndex:
        with self._swap:
            if self._index is None:
                self._index = self._open()
            return self._index

    def _open(self) -> SearchIndex:
        manifest = check_compatible(self.index_dir, self._folder.manifest(), self.embedder.name)
        folder = self._folder.current()
        if folder is None:
            raise IndexNotBuiltError(self.index_dir)
        index = SearchIndex(folder)
        log.info("Serving index %s (%d passages)", folder.name, manifest["passages"])
        return index

    def _load_faq(self) -> FaqBook:
        book = FaqBook(load_faq(self.knowledge_dir / FAQ_FILENAME))
        book.embed(self.embedder.encode_queries)
        return book

    # -- documents -------------------------------------------------------------------------------------

    def add_document(self, filename: str, data: bytes, *, overwrite: bool = False) -> AddedDocument:
        """Validate, store under uploads/ and index one document; on any failure nothing changes."""
        name = safe_filename(filename)
        source = f"{UPLOADS}/{name}"
        passages = chunk(read_bytes(source, data))  # raises DocumentRejected with the reason
        if not passages:
            raise DocumentRejected(name, "no passages could be made from the text")
        target = self.knowledge_dir / UPLOADS / name
        previous = target.read_bytes() if target.exists() else None
        if previous is not None and not overwrite:
            raise DocumentRejected(name, "exists")
        target.parent.mkdir(parents=True, exist_ok=True)
        _write_atomically(target, data)
        try:
            report = self.rebuild()
        except BaseException:
            if previous is None:
                target.unlink(missing_ok=True)
            else:
                _write_atomically(target, previous)
            raise
        return AddedDocument(source=source, passages=len(passages), report=report)


def safe_filename(filename: str) -> str:
    """A plain file name: no folders, no traversal, no hidden files, a supported extension."""
    name = unicodedata.normalize("NFC", filename.replace("\\", "/").rsplit("/", 1)[-1])
    stem, dot, suffix = name.rpartition(".")
    suffix = f".{suffix.lower()}" if dot else ""
    if suffix not in SUPPORTED_SUFFIXES:
        allowed = ", ".join(sorted(SUPPORTED_SUFFIXES))
        raise DocumentRejected(
            name or "(no name)", f"unsupported file type '{suffix or '(none)'}'; use one of {allowed}"
        )
    stem = _UNSAFE_NAME.sub("-", stem).strip(" .-")[:100] or "tai-lieu"
    return stem + suffix


def _write_atomically(target: Path, data: bytes) -> None:
    handle, temporary = tempfile.mkstemp(dir=target.parent, prefix=".upload-")
    with os.fdopen(handle, "wb") as out:
        out.write(data)
    os.replace(temporary, target)
