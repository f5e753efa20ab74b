"""SQLite log of questions asked: for statistics and feedback, never holding a raw user id.

A user is stored as sha256(salt + id). The salt comes from the settings or is generated once and kept in
`<log>.salt` next to the database, so hashes stay stable across restarts but cannot be reversed by
someone holding only the database. One connection shared behind a lock: calls come from worker threads.
"""

from __future__ import annotations

import hashlib
import os
import secrets
import sqlite3
import threading
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from bot.errors import ConfigError
from bot.models import Answer

_SCHEMA = """
CREATE TABLE IF NOT EXISTS queries (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    asked_at REAL NOT NULL,
    user_hash TEXT NOT NULL,
    question TEXT NOT NULL,
    kind TEXT NOT NULL,
    top_source TEXT,
    score REAL,
    feedback INTEGER
);
CREATE INDEX IF NOT EXISTS queries_asked_at ON queries (asked_at);
"""
MAX_QUESTION = 2000  # the core truncates questions anyway; the log keeps a readable prefix
# A greeting or thanks is logged, but not as a question the documents failed ('none') in the statistics.
SMALL_TALK = "small_talk"
# A salt shorter than this could be guessed, and then every user's hash reversed by trying all ids.
MIN_SALT = 16
OWNER_ONLY = 0o600
PURGE_EVERY = 86_400.0  # seconds


@dataclass(frozen=True, slots=True)
class QueryStats:
    last_day: int
    last_week: int
    none_share: float  # share of last week's questions answered "none"
    most_disliked: list[tuple[str, int]]  # (question, 👎 count), worst first


class QueryLog:
    """Append-only log of questions with optional +1/-1 feedback, purged after `retention_days`."""

    def __init__(self, path: Path, *, salt: str | None = None, retention_days: int = 180) -> None:
        if salt is not None and len(salt.strip()) < MIN_SALT:
            raise ConfigError(f"The query-log salt must be at least {MIN_SALT} characters long.")
        path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        self._salt = salt if salt else _load_or_create_salt(path.with_name(path.name + ".salt"))
        _make_private(path)  # questions are personal data: the database (and its WAL, which copies its mode)
        self._retention = timedelta(days=retention_days)
        self._purged_at = float("-inf")
        self._lock = threading.Lock()
        self._db = sqlite3.connect(path, check_same_thread=False, isolation_level=None)
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.executescript(_SCHEMA)

    def user_hash(self, user_id: int) -> str:
        return hashlib.sha256(f"{self._salt}{user_id}".encode()).hexdigest()

    def record(self, user_id: int, answer: Answer, *, now: datetime | None = None) -> int:
        """Store one answered question; returns the row id that feedback refers to."""
        top = answer.sources[0] if answer.sources else None
        top_source = f"faq:{answer.faq_id}" if answer.faq_id else (top.passage.source if top else None)
        row = (
            _epoch(now),
            self.user_hash(user_id),
            answer.query[:MAX_QUESTION],
            SMALL_TALK if answer.small_talk else answer.kind,
            top_source,
            float(top.score) if top else None,
        )
        with self._lock:
            cursor = self._db.execute(
                "INSERT INTO queries (asked_at, user_hash, question, kind, top_source, score)"
                " VALUES (?, ?, ?, ?, ?, ?)",
                row,
            )
        # A bot may run for months: retention is enforced as it goes, at most once a day.
        if row[0] - self._purged_at >= PURGE_EVERY:
            self.purge(now)
        return int(cursor.lastrowid or 0)

    def feedback(self, query_id: int, user_id: int, value: int) -> bool:
        """Set +1/-1 on a logged question; only the person who asked may rate it. False if not found."""
        if value not in (1, -1):
            raise ValueError(f"feedback must be +1 or -1, not {value}")
        with self._lock:
            cursor = self._db.execute(
                "UPDATE queries SET feedback = ? WHERE id = ? AND user_hash = ?",
                (value, query_id, self.user_hash(user_id)),
            )
            return cursor.rowcount == 1

    def purge(self, now: datetime | None = None) -> int:
        """Delete entries older than the retention period; returns how many went."""
        end = _epoch(now)
        with self._lock:
            self._purged_at = end
            return self._db.execute(
                "DELETE FROM queries WHERE asked_at < ?", (end - self._retention.total_seconds(),)
            ).rowcount

    def stats(self, now: datetime | None = None, *, disliked_limit: int = 5) -> QueryStats:
        """Counts for the last day and week, the share answered 'none', the most 👎-ed questions."""
        end = _epoch(now)
        day, week = end - 86_400, end - 7 * 86_400
        with self._lock:
            last_day, last_week, nones = self._db.execute(
                "SELECT COALESCE(SUM(asked_at >= ?), 0), COUNT(*), COALESCE(SUM(kind = 'none'), 0)"
                " FROM queries WHERE asked_at >= ? AND asked_at <= ?",
                (day, week, end),
            ).fetchone()
            disliked = self._db.execute(
                "SELECT question, COUNT(*) AS n FROM queries WHERE feedback = -1"
                " GROUP BY question ORDER BY n DESC, MAX(asked_at) DESC LIMIT ?",
                (disliked_limit,),
            ).fetchall()
        share = nones / last_week if last_week else 0.0
        return QueryStats(int(last_day), int(last_week), share, [(q, int(n)) for q, n in disliked])

    def close(self) -> None:
        with self._lock:
            self._db.close()


def _epoch(now: datetime | None) -> float:
    return (now or datetime.now(UTC)).timestamp()


def _make_private(path: Path) -> None:
    """Create the database file owner-only, or take group/other access away from an existing one."""
    os.close(os.open(path, os.O_RDWR | os.O_CREAT, OWNER_ONLY))
    for file in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
        if file.exists() and file.stat().st_mode & 0o077:
            file.chmod(OWNER_ONLY)


def _load_or_create_salt(path: Path) -> str:
    if path.exists():
        salt = path.read_text(encoding="utf-8").strip()
        if len(salt) < MIN_SALT:
            # Silently salting with "" would make every hash reversible; a new salt would break old feedback.
            raise ConfigError(
                f"The salt file {path} is empty or shorter than {MIN_SALT} characters. Restore it from a backup, "
                "or delete it to start a new one (earlier questions then lose their link to their askers)."
            )
        return salt
    salt = secrets.token_hex(32)
    # Created owner-only from the start: the salt is what keeps the hashes from being reversed.
    descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, OWNER_ONLY)
    with os.fdopen(descriptor, "w", encoding="utf-8") as handle:
        handle.write(salt)
    return salt
