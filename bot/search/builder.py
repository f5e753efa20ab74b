"""Build an index from the knowledge folder, reusing what the serving build already has.

Unchanged files (same content hash) keep their passages without being parsed again, and any passage whose
embedding input was already encoded by the same model keeps its vector: adding one document encodes only
that document's passages. Files keep the serving build's order and new ones come after, so when documents
were only added the dense index grows by their vectors instead of being rebuilt (HNSW at 200,000 passages:
~2 s instead of ~130 s). BM25 is always rebuilt: every idf changes with the corpus.
"""

from __future__ import annotations

import hashlib
import itertools
import logging
import sqlite3
import time
from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from pathlib import Path

import numpy as np

from bot.errors import DocumentRejected, IndexDamagedError, KnowledgeError
from bot.ingest import INGEST_VERSION
from bot.ingest.chunking import chunk
from bot.ingest.loaders import discover, read_bytes
from bot.models import BuildReport, IndexedFile, Passage, SkippedFile
from bot.search.dense import DenseIndex
from bot.search.diacritics import FILENAME as DIACRITICS_FILE
from bot.search.diacritics import DiacriticRestorer
from bot.search.embedder import Embedder
from bot.search.lexical import LexicalIndex
from bot.search.store import FORMAT_VERSION, IndexFolder, PassageStore, file_sizes, write_manifest
from bot.text import terms, with_bigrams

log = logging.getLogger(__name__)

Progress = Callable[[str], None]


def embedding_input(passage: Passage) -> str:
    return f"{passage.title}\n{passage.text}"


def lexical_input(passage: Passage) -> list[str]:
    return with_bigrams(terms(f"{passage.citation}\n{passage.text}"))


def _hash(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


class _Previous:
    """What the serving build can lend to the next one (nothing if it was made with another model)."""

    def __init__(self, index: IndexFolder | None, model: str) -> None:
        self.files: dict[str, dict] = {}
        self.vectors: dict[str, np.ndarray] = {}
        self._store: PassageStore | None = None
        self._dense: DenseIndex | None = None
        if index is None:
            return
        try:
            manifest, folder = index.manifest(), index.current()
            if folder is None or manifest is None:
                return
            if manifest.get("format_version") != FORMAT_VERSION or manifest.get("model") != model:
                return
            store = PassageStore(folder / "passages.sqlite")
            try:
                hashes = store.column("text_hash")
            except BaseException:
                store.close()
                raise
        except (IndexDamagedError, sqlite3.DatabaseError) as err:  # a damaged serving build: start from scratch
            log.warning("Not reusing the serving index: %s", err)
            return
        self._store = store
        # Files read or chunked the old way are read again; their vectors still serve passages whose text is unchanged.
        self.files = manifest["files"] if manifest.get("ingest_version") == INGEST_VERSION else {}
        # The FAISS index (exact or HNSW-Flat) holds every vector at full precision: it is the embedding cache.
        try:
            dense = DenseIndex.load(folder / "dense.faiss")
            if dense.size != len(hashes):
                raise ValueError(f"{dense.size} vectors for {len(hashes)} passages")
        except (RuntimeError, OSError, ValueError) as err:  # a damaged serving build: encode everything again
            log.warning("Not reusing vectors of %s: %s", folder.name, err)
            return
        self._dense = dense
        self.vectors = dict(zip(hashes, dense.reconstruct(list(range(dense.size))), strict=True))

    def passages(self, source: str, sha256: str) -> list[Passage] | None:
        entry = self.files.get(source)
        if self._store is None or entry is None or entry["sha256"] != sha256:
            return None
        return [passage for passage, _ in self._store.by_source(source)]

    def dense_to_grow(self, files: dict[str, dict]) -> DenseIndex | None:
        """The serving dense index, if the new build's passages start with exactly all of its passages."""
        unchanged = all(files.get(source, {}).get("sha256") == entry["sha256"] for source, entry in self.files.items())
        if not self.files or not unchanged or list(files)[: len(self.files)] != list(self.files):
            return None
        return self._dense  # None when its vectors could not be read; its size matches the passages otherwise

    def close(self) -> None:
        self.vectors = {}  # copied into the new build by now; hundreds of MB at scale
        if self._store:
            self._store.close()


def build_index(
    knowledge_dir: Path,
    index_dir: Path,
    embedder: Embedder,
    *,
    ann_min_passages: int = 20_000,
    incremental: bool = True,
    progress: Progress | None = None,
    more_text: Sequence[str] = (),
) -> BuildReport:
    """Read, chunk, embed and index the knowledge folder; publish atomically. Raises KnowledgeError.

    `more_text` (the FAQ's questions and answers) teaches diacritic restoration besides the passages.
    """
    started = time.perf_counter()
    say = progress or (lambda message: None)
    if not knowledge_dir.is_dir():
        raise KnowledgeError(f"Knowledge folder {knowledge_dir} does not exist; create it and add documents.")
    folder = IndexFolder(index_dir)
    report = BuildReport()
    with folder.building() as scratch:
        previous = _Previous(folder if incremental else None, embedder.name)
        try:
            files, passages = _read_all(knowledge_dir, previous, report, say)
            if not passages:  # bm25s cannot index an empty corpus; keep serving whatever was there
                skipped = f" ({len(report.skipped)} unusable files skipped)" if report.skipped else ""
                raise KnowledgeError(
                    f"No usable documents in {knowledge_dir}{skipped}; add .md, .txt, .docx, .odt, .pdf or .html files."
                )
            hashes = [_hash(embedding_input(p)) for p in passages]
            vectors = _embed(passages, hashes, previous, embedder, report, say)
        finally:
            previous.close()
        say(f"indexing {len(passages)} passages")
        LexicalIndex.build(lexical_input(p) for p in passages).save(scratch / "lexical")
        # The knowledge base's own syllable statistics put the diacritics back on questions typed without them.
        texts = itertools.chain((f"{p.title}\n{p.text}" for p in passages), more_text)
        DiacriticRestorer.train(texts).save(scratch / DIACRITICS_FILE)
        _dense_index(previous, files, vectors, ann_min_passages).save(scratch / "dense.faiss")
        PassageStore.write(scratch / "passages.sqlite", passages, hashes)
        report.documents, report.passages = len(files), len(passages)
        report.files = [IndexedFile(source, entry["title"], entry["passages"]) for source, entry in files.items()]
        report.built_at = datetime.now(UTC)
        report.seconds = time.perf_counter() - started
        write_manifest(
            scratch,
            {
                "format_version": FORMAT_VERSION,
                "ingest_version": INGEST_VERSION,
                "model": embedder.name,
                "dimension": embedder.dimension,
                "passages": len(passages),
                "documents": len(files),
                "built_at": report.built_at.isoformat(timespec="seconds"),
                "files": files,
                "skipped": {s.source: s.reason for s in report.skipped},
                "sizes": file_sizes(scratch),
            },
        )
        folder.publish(scratch)
    log.info("Built index: %d documents, %d passages (%d embedded)", report.documents, report.passages, report.embedded)
    return report


def _read_all(
    knowledge_dir: Path, previous: _Previous, report: BuildReport, say: Progress
) -> tuple[dict[str, dict], list[Passage]]:
    files: dict[str, dict] = {}
    passages: list[Passage] = []
    # The serving build's files first, in its order; new files after them, by name (the sort is stable).
    order = {source: i for i, source in enumerate(previous.files)}
    paths = sorted(
        discover(knowledge_dir), key=lambda path: order.get(path.relative_to(knowledge_dir).as_posix(), len(order))
    )
    for number, path in enumerate(paths, 1):
        source = path.relative_to(knowledge_dir).as_posix()
        say(f"reading {number}/{len(paths)} files")
        data = path.read_bytes()
        sha256 = hashlib.sha256(data).hexdigest()
        found = previous.passages(source, sha256)
        if found is None:
            try:
                document = read_bytes(source, data)
            except DocumentRejected as err:
                log.warning("Skipped %s: %s", source, err.reason)
                report.skipped.append(SkippedFile(source, err.reason))
                continue
            found = chunk(document)
            if not found:
                report.skipped.append(SkippedFile(source, "no passages could be made from the text"))
                continue
        stat = path.stat()
        files[source] = {
            "sha256": sha256,
            "size": stat.st_size,
            "mtime": stat.st_mtime,
            "title": found[0].title,
            "passages": len(found),
        }
        passages.extend(found)
    return files, passages


def _dense_index(previous: _Previous, files: dict[str, dict], vectors: np.ndarray, ann_min_passages: int) -> DenseIndex:
    grown = previous.dense_to_grow(files)
    if grown is not None and grown.approximate == (len(vectors) >= ann_min_passages):
        grown.add(vectors[grown.size :])
        return grown
    return DenseIndex.build(vectors, ann_min_passages=ann_min_passages)


def _embed(
    passages: list[Passage],
    hashes: list[str],
    previous: _Previous,
    embedder: Embedder,
    report: BuildReport,
    say: Progress,
) -> np.ndarray:
    vectors = np.zeros((len(passages), embedder.dimension), dtype=np.float32)
    todo = []
    for i, text_hash in enumerate(hashes):
        cached = previous.vectors.get(text_hash)
        if cached is not None and len(cached) == embedder.dimension:
            vectors[i] = cached
        else:
            todo.append(i)
    if todo:
        say(f"embedding 0/{len(todo)} passages")
        encoded = embedder.encode_passages(
            [embedding_input(passages[i]) for i in todo],
            progress=lambda done, total: say(f"embedding {done}/{total} passages"),
        )
        vectors[todo] = encoded
    report.embedded = len(todo)
    return vectors


def is_stale(knowledge_dir: Path, manifest: dict) -> bool:
    """True when files were added, removed or changed since the build (size/mtime first, then content)."""
    known = manifest.get("files", {})
    skipped = manifest.get("skipped", {})
    current = {p.relative_to(knowledge_dir).as_posix(): p for p in discover(knowledge_dir)}
    if set(current) != set(known) | set(skipped):
        return True
    for source, path in current.items():
        entry = known.get(source)
        if entry is None:
            continue  # a file skipped last time stays skipped until it changes name or the index is rebuilt
        stat = path.stat()
        if stat.st_size != entry["size"] or (
            stat.st_mtime != entry["mtime"] and hashlib.sha256(path.read_bytes()).hexdigest() != entry["sha256"]
        ):
            return True
    return False
