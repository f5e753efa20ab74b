"""The index folder on disk: immutable build folders, a CURRENT pointer swapped atomically, a manifest.

    index/
      CURRENT                     name of the serving build (replaced with os.replace: atomic)
      build-<time>-<id>/
        manifest.json             format version, model, dimension, counts, per-file hashes, build time, file sizes
        passages.sqlite           the passages (read by id at query time, so they stay out of RAM)
        dense.faiss               FAISS index; its full-precision vectors are the embedding cache of the next build
        lexical/                  bm25s arrays (memory-mapped when serving)
        diacritics.npz            syllable n-grams that restore diacritics of questions typed without them

A build writes a fresh `.tmp-*` folder and only then moves CURRENT; a crash leaves the old build serving, and the
next build (holding the lock, so no other build is writing one) removes the scratch folders crashed builds left.
Reading the serving build checks it is whole first (the sizes its manifest records, the passages' last row): a
damaged build is an IndexDamagedError, never a traceback from SQLite or FAISS.
"""

from __future__ import annotations

import contextlib
import fcntl
import json
import os
import shutil
import sqlite3
import threading
import time
import uuid
from collections.abc import Iterable, Iterator
from pathlib import Path

from bot.errors import IndexDamagedError, IndexMismatchError, IndexNotBuiltError
from bot.models import Passage

FORMAT_VERSION = 2  # 2: diacritics.npz
POINTER = "CURRENT"
SCRATCH = ".tmp-"
_REQUIRED = {"model": str, "passages": int, "documents": int, "built_at": str, "files": dict}


class IndexFolder:
    def __init__(self, root: Path) -> None:
        self.root = root

    def current(self) -> Path | None:
        try:
            name = (self.root / POINTER).read_text(encoding="utf-8").strip()
        except FileNotFoundError:
            return None
        except (OSError, UnicodeDecodeError) as err:
            raise IndexDamagedError(self.root, f"{POINTER} cannot be read ({err})") from err
        folder = self.root / name
        return folder if name and (folder / "manifest.json").is_file() else None

    def manifest(self) -> dict | None:
        """The serving build's manifest, once its files are checked whole; None when there is no build.

        Raises IndexDamagedError when the build cannot serve (cut short, missing files, unreadable passages).
        """
        folder = self.current()
        if folder is None:
            return None
        manifest = read_manifest(folder)
        if manifest.get("format_version") == FORMAT_VERSION:  # another format is a mismatch, said by its own error
            check_whole(folder, manifest)
        return manifest

    @contextlib.contextmanager
    def building(self) -> Iterator[Path]:
        """A scratch folder for a new build, under an exclusive lock across processes."""
        self.root.mkdir(parents=True, exist_ok=True)
        with open(self.root / ".lock", "w") as lock:
            fcntl.flock(lock, fcntl.LOCK_EX)
            self._remove_scratch()
            scratch = self.root / f"{SCRATCH}{uuid.uuid4().hex[:8]}"
            scratch.mkdir()
            try:
                yield scratch
            finally:
                shutil.rmtree(scratch, ignore_errors=True)

    def clean_up(self) -> None:
        """Remove what killed builds left behind, unless a build is running now (it holds the lock)."""
        if not self.root.is_dir():
            return
        with open(self.root / ".lock", "w") as lock:
            try:
                fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                return
            self._remove_scratch()

    def _remove_scratch(self) -> None:
        """Only under the lock: then no scratch folder or pointer file is in use by a running build."""
        for leftover in (*self.root.glob(f"{SCRATCH}*"), *self.root.glob(f".{POINTER}.*")):
            if leftover.is_dir():
                shutil.rmtree(leftover, ignore_errors=True)
            else:
                leftover.unlink(missing_ok=True)

    def publish(self, scratch: Path) -> Path:
        """Move a finished build into place and point CURRENT at it; older builds are removed."""
        final = self.root / f"build-{time.strftime('%Y%m%dT%H%M%S')}-{uuid.uuid4().hex[:6]}"
        scratch.rename(final)
        pointer = self.root / f".{POINTER}.{uuid.uuid4().hex[:6]}"
        pointer.write_text(final.name, encoding="utf-8")
        os.replace(pointer, self.root / POINTER)
        for old in self.root.glob("build-*"):
            if old != final:
                # Open readers keep working: on POSIX an unlinked file lives until it is closed.
                shutil.rmtree(old, ignore_errors=True)
        return final


def read_manifest(folder: Path) -> dict:
    """The build's manifest; IndexDamagedError if it is cut short, not JSON or lacks what a build writes."""
    try:
        manifest = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as err:
        raise _damaged(folder, f"manifest.json cannot be read ({err})") from err
    if not isinstance(manifest, dict):
        raise _damaged(folder, "manifest.json is not a JSON object")
    if manifest.get("format_version") == FORMAT_VERSION:
        wrong = [key for key, kind in _REQUIRED.items() if not isinstance(manifest.get(key), kind)]
        if wrong:
            raise _damaged(folder, f"manifest.json lacks {', '.join(wrong)}")
    return manifest


def write_manifest(folder: Path, manifest: dict) -> None:
    (folder / "manifest.json").write_text(json.dumps(manifest, ensure_ascii=False, indent=1), encoding="utf-8")


def file_sizes(folder: Path) -> dict[str, int]:
    """Every file of a build folder with its size, for the manifest: a file cut short is then seen at once."""
    return {path.relative_to(folder).as_posix(): path.stat().st_size for path in folder.rglob("*") if path.is_file()}


def check_whole(folder: Path, manifest: dict) -> None:
    """Raise IndexDamagedError unless the build's files are all there, at their recorded sizes, and the passages
    table ends with the last passage. Cheap: a few stats and one B-tree descent."""
    for name in ("passages.sqlite", "dense.faiss", "lexical"):
        if not (folder / name).exists():
            raise _damaged(folder, f"{name} is missing")
    for name, size in manifest.get("sizes", {}).items():
        path = folder / name
        if not path.is_file():
            raise _damaged(folder, f"{name} is missing")
        if path.stat().st_size != size:
            raise _damaged(folder, f"{name} has {path.stat().st_size} bytes instead of {size}")
    try:
        with contextlib.closing(sqlite3.connect(f"file:{folder / 'passages.sqlite'}?mode=ro", uri=True)) as db:
            (last,) = db.execute("SELECT max(id) FROM passages").fetchone()
    except sqlite3.Error as err:
        raise _damaged(folder, f"passages.sqlite cannot be read ({err})") from err
    if last != manifest["passages"] - 1:
        raise _damaged(folder, f"passages.sqlite ends at passage {last}; the manifest counts {manifest['passages']}")


def _damaged(folder: Path, problem: str) -> IndexDamagedError:
    return IndexDamagedError(folder.parent, f"{folder.name}/{problem}")


def check_compatible(index_dir: Path, manifest: dict | None, model: str) -> dict:
    if manifest is None:
        raise IndexNotBuiltError(index_dir)
    if manifest.get("format_version") != FORMAT_VERSION:
        raise IndexMismatchError(
            index_dir, f"index format {manifest.get('format_version')} (this version reads {FORMAT_VERSION})"
        )
    if manifest.get("model") != model:
        raise IndexMismatchError(index_dir, f"the embedding model '{manifest.get('model')}', not '{model}'")
    return manifest


class PassageStore:
    """Passages in SQLite, fetched by id. One connection shared across threads behind a lock."""

    SCHEMA = (
        "CREATE TABLE passages (id INTEGER PRIMARY KEY, source TEXT, title TEXT, citation TEXT, text TEXT,"
        " article INTEGER, text_hash TEXT)"
    )

    def __init__(self, path: Path) -> None:
        self._db = sqlite3.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False)
        self._lock = threading.Lock()
        self._spans: dict[str, tuple[int, int]] | None = None  # source -> (first id, last id), for by_source

    @classmethod
    def write(cls, path: Path, passages: Iterable[Passage], hashes: Iterable[str]) -> None:
        with contextlib.closing(sqlite3.connect(path)) as db:
            db.execute(cls.SCHEMA)
            rows = (
                (i, p.source, p.title, p.citation, p.text, p.article, h)
                for i, (p, h) in enumerate(zip(passages, hashes, strict=True))
            )
            db.executemany("INSERT INTO passages VALUES (?, ?, ?, ?, ?, ?, ?)", rows)
            db.commit()

    def get(self, ids: list[int]) -> list[Passage]:
        if not ids:
            return []
        marks = ",".join("?" * len(ids))
        with self._lock:
            rows = self._db.execute(
                f"SELECT id, source, title, citation, text, article FROM passages WHERE id IN ({marks})", ids
            ).fetchall()
        by_id = {row[0]: Passage(*row[1:]) for row in rows}
        return [by_id[i] for i in ids if i in by_id]

    def column(self, name: str) -> list:
        with self._lock:
            return [row[0] for row in self._db.execute(f"SELECT {name} FROM passages ORDER BY id")]

    def by_source(self, source: str) -> list[tuple[Passage, str]]:
        # `source` has no SQL index: looked up by id range instead, or an incremental build of 20,000 files
        # would scan the whole table once per file.
        span = self._source_spans().get(source)
        if span is None:
            return []
        with self._lock:
            rows = self._db.execute(
                "SELECT source, title, citation, text, article, text_hash FROM passages"
                " WHERE id BETWEEN ? AND ? AND source = ? ORDER BY id",
                (*span, source),
            ).fetchall()
        return [(Passage(*row[:5]), row[5]) for row in rows]

    def _source_spans(self) -> dict[str, tuple[int, int]]:
        if self._spans is None:
            spans: dict[str, tuple[int, int]] = {}
            with self._lock:
                for passage_id, source in self._db.execute("SELECT id, source FROM passages ORDER BY id"):
                    spans[source] = (spans.get(source, (passage_id, 0))[0], passage_id)
            self._spans = spans
        return self._spans

    def close(self) -> None:
        self._db.close()
