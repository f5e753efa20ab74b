"""QAService: the one object the CLI and the Telegram layer talk to. Synchronous and thread-safe;
callers in an event loop run it in a worker thread.
"""

from __future__ import annotations

import contextlib
import logging
import os
import re
import sqlite3
import tempfile
import threading
import unicodedata
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path

import numpy as np

from bot.errors import (
    DocumentRejected,
    EmptyQuestionError,
    IndexDamagedError,
    IndexNotBuiltError,
    KnowledgeError,
    ReindexBusyError,
)
from bot.ingest import INGEST_VERSION
from bot.ingest.chunking import chunk
from bot.ingest.loaders import FAQ_FILENAME, SUPPORTED_SUFFIXES, SYNONYMS_FILENAME, read_bytes
from bot.models import Answer, BuildReport, FaqEntry, Hit, IndexInfo
from bot.qa import answer as compose
from bot.qa import decision
from bot.qa import faq as faq_rules
from bot.qa.faq import FaqBook, load_faq
from bot.qa.provenance import DocumentDates, FaqSources, resolve
from bot.qa.scope import unknown_names
from bot.search.builder import build_index, is_stale
from bot.search.colloquial import load_lexicon
from bot.search.courtesy import small_talk
from bot.search.embedder import Embedder
from bot.search.engine import SearchIndex, SearchResult
from bot.search.query import Query, analyze, model_input
from bot.search.store import FORMAT_VERSION, IndexFolder, check_compatible

log = logging.getLogger(__name__)

UPLOADS = "uploads"
_UNSAFE_NAME = re.compile(r"[^\w.\- ]+")
# File systems limit a name to 255 *bytes*; a Vietnamese or CJK character takes 2-3 of them in UTF-8. The
# margin leaves room for the ".upload-XXXXXXXX" temporary name and for sync tools that append a suffix.
MAX_NAME_BYTES = 200


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


def up_to_date(knowledge_dir: Path, index_dir: Path, model: str) -> dict | None:
    """The serving build's manifest if `model` made it and no document changed since; else None.

    Needs no embedding model, so an `index` with nothing to do answers at once. Raises KnowledgeError, and
    IndexDamagedError when the serving build cannot be read.
    """
    _check_knowledge(knowledge_dir)
    manifest = IndexFolder(index_dir).manifest()
    if manifest is None or manifest.get("format_version") != FORMAT_VERSION or manifest.get("model") != model:
        return None
    if manifest.get("ingest_version") != INGEST_VERSION:  # documents are read better now: read them again
        return None
    if "sizes" not in manifest:  # built before file sizes were recorded: one incremental build records them
        return None
    return None if is_stale(knowledge_dir, manifest) else manifest


def _check_knowledge(knowledge_dir: Path) -> None:
    if not knowledge_dir.is_dir():
        raise KnowledgeError(f"Knowledge folder {knowledge_dir} does not exist; create it and add documents.")


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
        self.lexicon = load_lexicon(self.knowledge_dir / SYNONYMS_FILENAME)
        self._provenance: _Provenance | None = None

    # -- questions ---------------------------------------------------------------------------------

    def ask(self, question: str) -> Answer:
        talk = small_talk(question)  # 'xin chào', 'cảm ơn bạn': a reply, not a search
        if talk is not None:
            return compose.small_talk_answer(question, talk)
        query = analyze(question, self.lexicon)
        if not query.text:
            raise EmptyQuestionError()
        index = self._loaded()
        # Names the documents never mention ('Hội Cựu chiến binh', 'Quy định 214') cannot be answered from them.
        unknown = unknown_names(query.text, index.knows, self.faq.says)
        vector = self._embed(query)
        found = None if unknown else self.faq.candidate(query, vector)
        if found is not None and faq_rules.accepts(found):
            return self._faq_answer(question, found.entry, query, index)
        result = index.search(query, vector, k=5)
        answerable = decision.is_answerable(result, unknown)
        basis_rank = self._basis_rank(found.entry, result) if found is not None else None
        closest = max((hit.dense for hit in result.hits), default=0.0)
        if found is not None and faq_rules.agrees(found, basis_rank, answerable, closest):
            return self._faq_answer(question, found.entry, query, index)
        if not answerable:
            return compose.none_answer(question)
        answer = compose.passages_answer(question, result, index.lexical.idf, self.provenance().dates)
        if found is not None and faq_rules.related(found, basis_rank):
            return replace(answer, related_faq=found.entry.id)
        return answer

    def _faq_answer(self, question: str, entry: FaqEntry, query: Query, index: SearchIndex) -> Answer:
        sources = self.provenance().faq.of(entry.id)
        return compose.faq_answer(question, entry, sources, query=query, idf=index.lexical.idf)

    def _basis_rank(self, entry: FaqEntry, result: SearchResult) -> int | None:
        """Where the search puts the first passage the entry names as its basis (or, without one, the entry's
        nearest): 1 for first; None when it is not among the hits."""
        basis = {hit.passage for hit in self.provenance().faq.anchors(entry.id)}
        return next((rank for rank, hit in enumerate(result.hits, 1) if hit.passage in basis), None)

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
        query = analyze(question, self.lexicon)
        if not query.text:
            raise EmptyQuestionError()
        vector = self._embed(query) if dense else None
        return self._loaded().search(query, vector, k=k, lexical=lexical)

    def _embed(self, query: Query) -> np.ndarray:
        """The question's vector, from its text with diacritics restored: the model reads 'dang' as another word."""
        return self.embedder.encode_queries([model_input(query, self._loaded().restorer.restore)])[0]

    # -- index ---------------------------------------------------------------------------------------

    @property
    def is_rebuilding(self) -> bool:
        return self._rebuilding.locked()

    def needs_build(self) -> bool:
        # Another embedding model (a changed EMBEDDING_MODEL) needs every passage encoded again.
        return up_to_date(self.knowledge_dir, self.index_dir, self.embedder.name) is None

    def ensure_index(self, progress: Callable[[str], None] | None = None) -> BuildReport | None:
        """Build when the index is missing or older than the knowledge folder; otherwise just load it."""
        if self.needs_build():
            return self.rebuild(progress)
        self._loaded()
        return None

    def rebuild(self, progress: Callable[[str], None] | None = None, *, incremental: bool = True) -> BuildReport:
        """Rebuild and swap in the new index; questions keep using the old one until then."""
        with self._only_rebuild():
            return self._rebuild(progress, incremental)

    @contextlib.contextmanager
    def _only_rebuild(self) -> Iterator[None]:
        if not self._rebuilding.acquire(blocking=False):
            raise ReindexBusyError()
        try:
            yield
        finally:
            self._rebuilding.release()

    def _rebuild(self, progress: Callable[[str], None] | None, incremental: bool) -> BuildReport:
        faq = self._load_faq()  # a broken faq.yaml or synonyms.yaml fails the rebuild before anything is published
        lexicon = load_lexicon(self.knowledge_dir / SYNONYMS_FILENAME)
        report = build_index(
            self.knowledge_dir,
            self.index_dir,
            self.embedder,
            ann_min_passages=self.ann_min_passages,
            incremental=incremental,
            progress=progress,
            more_text=[text for entry in faq.entries for text in (entry.question, *entry.aliases, entry.answer)],
        )
        fresh = self._open()
        with self._swap:
            old, self._index, self.faq, self.lexicon = self._index, fresh, faq, lexicon
        if old is not None:
            old.close()
        report.faq_unresolved = self.provenance().faq.report()
        return report

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
        try:
            index = SearchIndex(folder)
        # What SQLite, FAISS, numpy and bm25s raise for a file they cannot read, past the checks of manifest().
        except (sqlite3.DatabaseError, RuntimeError, OSError, ValueError, KeyError) as err:
            raise IndexDamagedError(self.index_dir, f"{folder.name} cannot be opened ({err})") from err
        log.info("Serving index %s (%d passages)", folder.name, manifest["passages"])
        return index

    def _load_faq(self) -> FaqBook:
        book = FaqBook(load_faq(self.knowledge_dir / FAQ_FILENAME))
        book.embed(self.embedder.encode_queries, self.embedder.encode_passages)
        return book

    # -- documents -------------------------------------------------------------------------------------

    def add_document(self, filename: str, data: bytes, *, overwrite: bool = False) -> AddedDocument:
        """Validate, store under uploads/ and index one document; a failure before the new index is published
        changes nothing."""
        name = safe_filename(filename)
        source = f"{UPLOADS}/{name}"
        passages = chunk(read_bytes(source, data))  # raises DocumentRejected with the reason
        if not passages:
            raise DocumentRejected(name, "no passages could be made from the text")
        target = self.knowledge_dir / UPLOADS / name
        previous = target.read_bytes() if target.exists() else None
        if previous is not None and not overwrite:
            raise DocumentRejected(name, "exists")
        # Refused before the file is written: a running rebuild could read it and publish it.
        with self._only_rebuild():
            target.parent.mkdir(parents=True, exist_ok=True)
            serving = self._folder.current()
            _write_atomically(target, data)
            try:
                report = self._rebuild(None, incremental=True)
            except BaseException:
                # Take the file back only if no build was published: the folder must keep what the index holds.
                if self._folder.current() == serving:
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
    stem = _UNSAFE_NAME.sub("-", stem).strip(" .-")[:100]
    stem = _cut_to_bytes(stem, MAX_NAME_BYTES - len(suffix.encode())).rstrip(" .-") or "tai-lieu"
    return stem + suffix


def _cut_to_bytes(text: str, limit: int) -> str:
    """The longest prefix of `text` whose UTF-8 encoding fits in `limit` bytes (never half a character)."""
    return text.encode()[:limit].decode(errors="ignore")


def _write_atomically(target: Path, data: bytes) -> None:
    handle, temporary = tempfile.mkstemp(dir=target.parent, prefix=".upload-")
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
        os.replace(temporary, target)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)  # a hidden copy would otherwise stay behind in uploads/
        raise
