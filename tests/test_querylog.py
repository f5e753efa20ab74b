"""The SQLite query log: hashed users, feedback, retention, statistics, use from many threads."""

from __future__ import annotations

import os
import sqlite3
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from bot.errors import ConfigError
from bot.models import Answer, Hit, Passage
from bot.qa.querylog import QueryLog

NOW = datetime(2025, 6, 1, 12, tzinfo=UTC)


def passages_answer(question: str) -> Answer:
    hit = Hit(Passage("dieu-le.md", "Điều lệ", "Điều 5", "…"), 0.8)
    return Answer(question, "passages", "…", (hit,))


@pytest.fixture
def log(tmp_path: Path) -> QueryLog:
    return QueryLog(tmp_path / "data" / "q.sqlite3", retention_days=30)


def test_rows_hold_a_salted_hash_never_the_user_id(tmp_path: Path, log: QueryLog) -> None:
    log.record(987654321, passages_answer("Dự bị bao lâu?"), now=NOW)
    log.close()
    rows = sqlite3.connect(tmp_path / "data" / "q.sqlite3").execute("SELECT * FROM queries").fetchall()
    assert len(rows) == 1 and "987654321" not in repr(rows)
    _, asked_at, user_hash, question, kind, top, score, feedback = rows[0]
    assert (question, kind, top, feedback) == ("Dự bị bao lâu?", "passages", "dieu-le.md", None)
    assert len(user_hash) == 64 and score == pytest.approx(0.8) and asked_at == NOW.timestamp()


def test_generated_salt_is_kept_private_and_reused(tmp_path: Path) -> None:
    path = tmp_path / "q.sqlite3"
    first = QueryLog(path).user_hash(42)
    salt_file = tmp_path / "q.sqlite3.salt"
    assert salt_file.stat().st_mode & 0o077 == 0
    assert QueryLog(path).user_hash(42) == first
    assert QueryLog(tmp_path / "other.sqlite3").user_hash(42) != first
    assert QueryLog(path, salt="a-fixed-salt-of-some-length").user_hash(42) != first


def test_feedback_only_from_the_asker(log: QueryLog) -> None:
    row = log.record(1, passages_answer("Đảng phí bao nhiêu?"), now=NOW)
    assert log.feedback(row, 2, -1) is False
    assert log.feedback(row, 1, -1) is True
    assert log.feedback(row + 100, 1, 1) is False
    with pytest.raises(ValueError):
        log.feedback(row, 1, 0)


def test_stats_count_days_weeks_nones_and_dislikes(log: QueryLog) -> None:
    for days_ago, question, kind in [(0, "a", "passages"), (0, "b", "none"), (3, "c", "faq"), (10, "d", "none")]:
        when = NOW - timedelta(days=days_ago, minutes=1)
        log.record(1, Answer(question, kind, "…"), now=when)  # type: ignore[arg-type]
    for user in (5, 6):
        log.feedback(log.record(user, passages_answer("khó hiểu"), now=NOW), user, -1)
    log.feedback(log.record(7, passages_answer("hơi khó"), now=NOW), 7, -1)
    log.feedback(log.record(8, passages_answer("tốt"), now=NOW), 8, 1)
    stats = log.stats(NOW)
    assert (stats.last_day, stats.last_week) == (6, 7)
    assert stats.none_share == pytest.approx(1 / 7)
    assert stats.most_disliked == [("khó hiểu", 2), ("hơi khó", 1)]


def test_greetings_are_not_counted_as_unanswered_questions(log: QueryLog) -> None:
    log.record(1, Answer("xin chào", "none", "Xin chào!", small_talk=True), now=NOW)
    log.record(1, Answer("thời tiết hôm nay", "none", "…"), now=NOW)

    assert log.stats(NOW).none_share == pytest.approx(1 / 2)


def test_empty_log_stats(log: QueryLog) -> None:
    stats = log.stats(NOW)
    assert (stats.last_day, stats.last_week, stats.none_share, stats.most_disliked) == (0, 0, 0.0, [])


def test_purge_drops_entries_past_retention(log: QueryLog) -> None:
    log.record(1, passages_answer("cũ"), now=NOW - timedelta(days=31))
    log.record(1, passages_answer("mới"), now=NOW - timedelta(days=29))
    assert log.purge(NOW) == 1
    assert log.stats(NOW + timedelta(days=100)).last_week == 0
    assert log.purge(NOW) == 0


def test_recording_purges_at_most_daily(log: QueryLog) -> None:
    log.record(1, passages_answer("cũ"), now=NOW - timedelta(days=40))
    log.record(1, passages_answer("mới"), now=NOW)  # a day later than the last purge: the old entry goes
    assert log.stats(NOW + timedelta(days=100)).last_week == 0 and log.purge(NOW) == 0
    log.record(1, passages_answer("cũ nữa"), now=NOW - timedelta(days=40))
    log.record(1, passages_answer("mới nữa"), now=NOW + timedelta(hours=1))  # same day: no purge yet
    assert log.purge(NOW) == 1


def test_faq_answers_record_the_entry(tmp_path: Path, log: QueryLog) -> None:
    log.record(1, Answer("hỏi", "faq", "đáp", faq_id="du-bi"), now=NOW)
    log.close()
    top = sqlite3.connect(tmp_path / "data" / "q.sqlite3").execute("SELECT top_source FROM queries").fetchone()
    assert top == ("faq:du-bi",)


def test_many_threads_at_once(log: QueryLog) -> None:
    def work(user: int) -> int:
        row = log.record(user, passages_answer(f"câu {user}"), now=NOW)
        assert log.feedback(row, user, 1)
        return row

    with ThreadPoolExecutor(16) as pool:
        rows = list(pool.map(work, range(400)))
    assert len(set(rows)) == 400 and log.stats(NOW).last_day == 400


def test_database_and_salt_are_owner_only(tmp_path: Path) -> None:
    old = os.umask(0o022)
    try:
        log = QueryLog(tmp_path / "data" / "q.sqlite3")
        log.record(1, passages_answer("Dự bị bao lâu?"), now=NOW)
        files = sorted((tmp_path / "data").iterdir())
        assert {path.name for path in files} >= {"q.sqlite3", "q.sqlite3.salt", "q.sqlite3-wal"}
        assert [(path.name, path.stat().st_mode & 0o077) for path in files] == [(path.name, 0) for path in files]
        assert (tmp_path / "data").stat().st_mode & 0o077 == 0
        log.close()
    finally:
        os.umask(old)


def test_a_world_readable_database_is_tightened(tmp_path: Path) -> None:
    path = tmp_path / "q.sqlite3"
    QueryLog(path).close()
    path.chmod(0o644)
    QueryLog(path).close()
    assert path.stat().st_mode & 0o077 == 0


@pytest.mark.parametrize("content", ["", "  \n", "abc"])
def test_an_empty_or_short_salt_file_is_an_error(tmp_path: Path, content: str) -> None:
    (tmp_path / "q.sqlite3.salt").write_text(content, encoding="utf-8")
    with pytest.raises(ConfigError, match=r"q\.sqlite3\.salt"):
        QueryLog(tmp_path / "q.sqlite3")


def test_a_short_salt_setting_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="at least 16"):
        QueryLog(tmp_path / "q.sqlite3", salt="short")
