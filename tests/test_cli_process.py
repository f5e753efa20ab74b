"""`python -m bot` as a real process, as an operator runs it: damaged indexes, a no-op `index`, questions on stdin.

Every failure here must be one clear line and an exit code, never a traceback.
"""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from bot.config import DEFAULT_MODEL
from bot.qa.service import QAService
from bot.search.store import POINTER, IndexFolder
from tests.conftest import CHARTER, FakeEmbedder, write_knowledge

REPO = Path(__file__).resolve().parents[1]
MISSING_MODEL = "/khong-co/mo-hinh"  # loading it fails: a command that succeeds with it never loaded the model
OWN_SETTINGS = ("TELEGRAM_", "EMBEDDING_", "KNOWLEDGE_", "INDEX_", "WEBHOOK_", "ADMIN_", "ALLOWED_", "QUERY_LOG_")


def run_bot(folder: Path, *args: str, stdin: bytes = b"", **settings: str) -> subprocess.CompletedProcess[str]:
    """`python -m bot ARGS` from this checkout, on folder/knowledge and folder/index, with no stray .env."""
    env = {name: value for name, value in os.environ.items() if not name.startswith(OWN_SETTINGS)}
    env |= {
        "PYTHONPATH": str(REPO),
        "KNOWLEDGE_DIR": str(folder / "knowledge"),
        "INDEX_DIR": str(folder / "index"),
        "QUERY_LOG_PATH": str(folder / "queries.sqlite3"),
        "MODEL_CACHE_DIR": str(REPO / "models"),  # the converted model the test session shares
        **settings,
    }
    done = subprocess.run(
        [sys.executable, "-m", "bot", *args], cwd=folder, env=env, input=stdin, capture_output=True, timeout=900
    )
    # Decoded by hand: whatever a bug prints must not break the test before its asserts.
    return subprocess.CompletedProcess(
        args, done.returncode, done.stdout.decode("utf-8", "replace"), done.stderr.decode("utf-8", "replace")
    )


def _built(folder: Path, model: str = DEFAULT_MODEL) -> Path:
    """folder/knowledge indexed into folder/index by the fake embedder under `model`'s name: no model loaded."""
    knowledge = write_knowledge(folder / "knowledge", faq=True)
    QAService(knowledge, folder / "index", FakeEmbedder(model)).rebuild()
    return folder / "index"


def _cut_in_half(index: Path, name: str) -> None:
    path = index / (index / POINTER).read_text(encoding="utf-8").strip() / name
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])


def _one_error_line(stderr: str) -> str:
    assert "Traceback" not in stderr
    errors = [line for line in stderr.splitlines() if line.startswith("error: ")]
    assert len(errors) == 1, stderr
    return errors[0]


# -- 7. a damaged index ---------------------------------------------------------------------------------------


@pytest.mark.parametrize("damaged", ["manifest.json", "passages.sqlite"])
def test_index_rebuilds_a_damaged_index_from_scratch_and_says_so(tmp_path, damaged):
    index = _built(tmp_path)
    _cut_in_half(index, damaged)

    done = run_bot(tmp_path, "index")

    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr
    (said,) = done.stderr.splitlines()
    assert "damaged" in said
    assert damaged in said
    assert said.endswith("building it from scratch.")
    assert done.stdout.startswith("Indexed 3 documents")
    assert " 0 reused)" in done.stdout
    repaired = QAService(tmp_path / "knowledge", index, FakeEmbedder(DEFAULT_MODEL))
    assert not repaired.needs_build()
    assert repaired.search_result("Điều 9 Điều lệ Đảng", dense=False).hits[0].passage.source == CHARTER


@pytest.mark.parametrize("damaged", ["manifest.json", "passages.sqlite"])
def test_ask_reports_a_damaged_index_in_one_line_with_the_repair(tmp_path, damaged):
    index = _built(tmp_path)
    _cut_in_half(index, damaged)

    done = run_bot(tmp_path, "ask", "Đảng viên dự bị bao lâu?")

    assert done.returncode == 1
    assert done.stdout == ""
    error = _one_error_line(done.stderr)
    assert "damaged" in error
    assert error.endswith("python -m bot index")


def test_serve_reports_a_damaged_index_in_one_line_with_the_repair(tmp_path):
    index = _built(tmp_path)
    _cut_in_half(index, "manifest.json")

    done = run_bot(
        tmp_path, "serve", TELEGRAM_BOT_TOKEN="123456:TEST-TOKEN", TELEGRAM_BASE_URL="http://127.0.0.1:9/bot"
    )

    assert done.returncode == 1
    error = _one_error_line(done.stderr)
    assert "damaged" in error
    assert error.endswith("python -m bot index")


def test_index_clears_scratch_folders_of_killed_builds_even_with_nothing_to_do(tmp_path):
    index = _built(tmp_path, MISSING_MODEL)
    (index / ".tmp-0badc0de" / "lexical").mkdir(parents=True)

    done = run_bot(tmp_path, "index", EMBEDDING_MODEL=MISSING_MODEL)

    assert done.returncode == 0, done.stderr
    assert list(index.glob(".tmp-*")) == []


# -- 12. a no-op index ----------------------------------------------------------------------------------------


def test_index_with_nothing_to_do_does_not_load_the_model(tmp_path):
    index = _built(tmp_path, MISSING_MODEL)
    pointer = (index / POINTER).read_text(encoding="utf-8")
    manifest = IndexFolder(index).manifest()

    done = run_bot(tmp_path, "index", EMBEDDING_MODEL=MISSING_MODEL)

    assert done.returncode == 0, done.stderr
    assert done.stderr == ""
    (said,) = done.stdout.splitlines()
    assert said.startswith(f"The index is up to date: 3 documents, {manifest['passages']} passages; nothing to do (")
    assert said.endswith(" s).")
    assert (index / POINTER).read_text(encoding="utf-8") == pointer


# -- 9. questions on stdin ------------------------------------------------------------------------------------

BATCH = [
    "\ufeffĐiều 5 Điều lệ Đảng".encode(),  # a BOM at the start of the input (Notepad's UTF-8): not part of the question
    "\ufeff".encode(),  # a BOM alone on a line
    "\u200b".encode(),  # a zero-width space alone
    "Đảng viên dự bị mấy tháng?".encode() + b"\xff\xfe",  # not UTF-8
    "giá vàng hôm nay".encode(),
]


def test_ask_batch_goes_on_past_bad_lines_with_one_json_error_line_each(tmp_path):
    write_knowledge(tmp_path / "knowledge", faq=True)

    done = run_bot(tmp_path, "ask", "--json", stdin=b"\n".join(BATCH) + b"\n")

    assert "Traceback" not in done.stderr
    assert done.returncode == 1  # some lines failed
    results = [json.loads(line) for line in done.stdout.splitlines()]
    assert [result["query"] for result in results] == [
        "Điều 5 Điều lệ Đảng",
        "\ufeff",
        "\u200b",
        None,
        "giá vàng hôm nay",
    ]
    assert [result.get("kind") for result in results] == ["passages", None, None, None, "none"]
    errors = results[1:4]
    assert all(set(error) == {"line", "query", "error"} for error in errors)
    assert [error["line"] for error in errors] == [2, 3, 4]
    assert "empty" in errors[0]["error"]
    assert "empty" in errors[1]["error"]
    assert "UTF-8" in errors[2]["error"]


def test_search_batch_readable_reports_bad_lines_on_stderr_by_line_number(tmp_path):
    write_knowledge(tmp_path / "knowledge", faq=True)

    done = run_bot(tmp_path, "search", "--k", "1", stdin=b"\n".join(BATCH) + b"\n")

    assert done.returncode == 1
    assert "Traceback" not in done.stderr
    errors = [line for line in done.stderr.splitlines() if line.startswith("error: ")]
    assert [line.split(":")[1].strip() for line in errors] == ["line 2", "line 3", "line 4"]
    assert "UTF-8" in errors[2]
    asked = [line for line in done.stdout.splitlines() if line.startswith("? ")]
    assert asked == ["? Điều 5 Điều lệ Đảng", "? giá vàng hôm nay"]
