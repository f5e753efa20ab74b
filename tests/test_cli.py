"""`python -m bot` driven in-process: the real argument parsing, settings from the environment and exit codes."""

import io
import json
import shutil
import sys
from pathlib import Path

import pytest

from bot import cli
from bot.config import Settings
from bot.qa.service import QAService
from bot.search.embedder import Embedder
from bot.search.store import IndexFolder
from tests.conftest import CHARTER, FakeEmbedder, write_knowledge

HIT_KEYS = {"source", "title", "citation", "text", "score"}
ANSWER_KEYS = {"query", "kind", "faq_id", "answer", "sources", "related_faq"}


@pytest.fixture
def folders(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, real_embedder: Embedder) -> tuple[Path, Path]:
    """Knowledge and index folders set through the environment; the CLI gets the session's model."""
    knowledge = write_knowledge(tmp_path / "knowledge", faq=True)
    index = tmp_path / "index"
    monkeypatch.chdir(tmp_path)  # no stray .env
    monkeypatch.setenv("KNOWLEDGE_DIR", str(knowledge))
    monkeypatch.setenv("INDEX_DIR", str(index))

    def build_service(settings: Settings) -> QAService:
        return QAService(settings.knowledge_dir, settings.index_dir, real_embedder)

    monkeypatch.setattr(cli, "build_service", build_service)
    return knowledge, index


@pytest.fixture(scope="session")
def built_index(tmp_path_factory: pytest.TempPathFactory, real_embedder: Embedder) -> Path:
    """An index of the fixture knowledge built once; tests that only query copy it instead of rebuilding."""
    root = tmp_path_factory.mktemp("cli-template")
    QAService(write_knowledge(root / "knowledge", faq=True), root / "index", real_embedder).rebuild()
    return root / "index"


@pytest.fixture
def indexed(folders: tuple[Path, Path], built_index: Path) -> tuple[Path, Path]:
    """`folders` with the index already built, as after `python -m bot index`."""
    shutil.copytree(built_index, folders[1])
    return folders


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = cli.main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def _json_lines(out: str) -> list[dict]:
    return [json.loads(line) for line in out.splitlines()]


def test_index_prints_counts(folders, capsys):
    code, out, err = _run(capsys, "index")

    assert code == 0
    assert out.startswith("Indexed 3 documents, ")
    passages = int(out.split(", ")[1].split()[0])
    assert passages > 3
    assert f"({passages} embedded, 0 reused)" in out
    assert "Traceback" not in err


def test_index_names_each_document_with_the_title_citations_will_show(folders, capsys):
    """An admin sees at once a title taken from a letterhead or a file that gave one passage only."""
    _, out, _ = _run(capsys, "index")
    manifest = IndexFolder(folders[1]).manifest()

    for source, entry in manifest["files"].items():
        assert f"  {source}: “{entry['title']}”, {entry['passages']} passages" in out.splitlines()


def test_index_again_does_nothing_reuses_vectors_after_a_change_and_re_embeds_with_full(folders, capsys):
    knowledge, _ = folders
    _, first, _ = _run(capsys, "index")
    passages = int(first.split(", ")[1].split()[0])

    _, again, _ = _run(capsys, "index")
    (knowledge / "moi.txt").write_text("Ghi chép mới\n\nChi bộ tham quan khu di tích Tân Trào.", encoding="utf-8")
    _, changed, _ = _run(capsys, "index")
    _, full, _ = _run(capsys, "index", "--full")

    assert again.startswith(f"The index is up to date: 3 documents, {passages} passages; nothing to do (")
    assert changed.startswith("Indexed 4 documents")
    assert f" {passages} reused)" in changed
    assert "(0 embedded," not in changed
    assert "0 reused)" in full
    assert "(0 embedded," not in full


@pytest.mark.parametrize(
    ("filename", "content", "reason"),
    [
        ("faq.yaml", "- id: [khong-dong\n", "faq.yaml"),
        ("synonyms.yaml", "tiền Đảng: [đảng phí\n", "synonyms.yaml"),
    ],
)
def test_index_with_nothing_to_do_still_reports_a_broken_curated_file(indexed, capsys, filename, content, reason):
    """An admin who only edited faq.yaml or synonyms.yaml and runs `index` learns at once that it does not load."""
    knowledge, _ = indexed
    (knowledge / filename).write_text(content, encoding="utf-8")

    code, out, err = _run(capsys, "index")

    assert code == 1
    assert "nothing to do" not in out
    assert reason in err
    assert "Traceback" not in err


def test_index_lists_skipped_files(folders, capsys):
    knowledge, _ = folders
    (knowledge / "hong.pdf").write_bytes(b"this is not a pdf " * 10)
    (knowledge / "trong.txt").write_bytes(b"")

    code, out, _ = _run(capsys, "index")

    assert code == 0
    assert out.startswith("Indexed 3 documents")
    skipped = [line for line in out.splitlines() if line.startswith("Skipped ")]
    assert [line.split(":")[0] for line in skipped] == ["Skipped hong.pdf", "Skipped trong.txt"]
    assert all(len(line.split(": ", 1)[1]) > 3 for line in skipped)


def test_folder_options_override_the_environment(folders, tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("KNOWLEDGE_DIR", str(tmp_path / "khong-co"))
    other = write_knowledge(tmp_path / "khac", CHARTER)

    code, out, _ = _run(capsys, "index", "--knowledge", str(other), "--index", str(tmp_path / "index-khac"))

    assert code == 0
    assert out.startswith("Indexed 1 documents")
    assert (tmp_path / "index-khac" / "CURRENT").is_file()


def test_search_json_prints_one_line(indexed, capsys):

    code, out, err = _run(capsys, "search", "--json", "--k", "3", "Điều 9 Điều lệ Đảng")

    assert code == 0
    assert err == ""
    (result,) = _json_lines(out)
    assert set(result) == {"query", "hits"}
    assert result["query"] == "Điều 9 Điều lệ Đảng"
    assert len(result["hits"]) == 3
    for hit in result["hits"]:
        assert set(hit) == HIT_KEYS
        assert isinstance(hit["score"], float)
    assert result["hits"][0]["source"] == CHARTER
    assert "Điều 9" in result["hits"][0]["citation"]


def test_search_without_an_index_builds_it_first(folders, capsys):
    _, index = folders

    code, out, err = _run(capsys, "search", "--json", "thời gian dự bị")

    assert code == 0
    assert "building it first" in err
    assert "Indexed 3 documents" in err
    assert len(_json_lines(out)) == 1
    assert (index / "CURRENT").is_file()
    _, _, err_again = _run(capsys, "search", "--json", "thời gian dự bị")
    assert "building" not in err_again


def test_search_after_a_document_changed_rebuilds_first(indexed, capsys):
    knowledge, _ = indexed
    (knowledge / "moi.txt").write_text(
        "Ghi chép mới của chi bộ\n\nChi bộ tổ chức tham quan khu di tích Tân Trào vào tháng năm.", encoding="utf-8"
    )

    _, out, err = _run(capsys, "search", "--json", "tham quan khu di tích Tân Trào")

    assert "building it first" in err
    assert _json_lines(out)[0]["hits"][0]["source"] == "moi.txt"


@pytest.mark.parametrize("command", ["search", "ask"])
def test_questions_from_stdin_give_one_json_line_each(indexed, capsys, monkeypatch, command):
    questions = ["Điều 5 Điều lệ Đảng", "Đảng viên dự bị mấy tháng?", "giá vàng hôm nay"]
    monkeypatch.setattr(sys, "stdin", io.StringIO("\n".join([questions[0], "", "   ", *questions[1:]]) + "\n"))

    code, out, _ = _run(capsys, command, "--json")

    assert code == 0
    results = _json_lines(out)
    assert [result["query"] for result in results] == questions
    assert all(set(result) == ({"query", "hits"} if command == "search" else ANSWER_KEYS) for result in results)


@pytest.mark.parametrize(
    ("question", "kind", "faq_id"),
    [
        ("Đảng viên dự bị mấy tháng?", "faq", "du-bi-bao-lau"),
        ("Điều 9 Điều lệ Đảng", "passages", None),
        ("Người giới thiệu người vào Đảng có trách nhiệm gì?", "passages", None),
        ("giá vàng hôm nay", "none", None),
    ],
)
def test_ask_json(indexed, capsys, question, kind, faq_id):

    code, out, _ = _run(capsys, "ask", "--json", question)

    assert code == 0
    (answer,) = _json_lines(out)
    assert set(answer) == ANSWER_KEYS
    assert answer["query"] == question
    assert answer["kind"] == kind
    assert answer["faq_id"] == faq_id
    assert answer["answer"]
    assert bool(answer["sources"]) == (kind != "none")  # a FAQ answer cites the passages its basis resolves to
    for source in answer["sources"]:
        assert set(source) == HIT_KEYS


def test_readable_search_and_ask(indexed, capsys):

    _, searched, _ = _run(capsys, "search", "--k", "2", "Điều 9 Điều lệ Đảng")
    _, asked, _ = _run(capsys, "ask", "Điều 9 Điều lệ Đảng")

    assert searched.startswith("? Điều 9 Điều lệ Đảng\n1. [")
    assert "\n2. [" in searched
    assert "\n3. [" not in searched
    assert "Điều 9. Hình thức kỷ luật đảng viên" in searched
    assert "Nguồn:" in asked
    assert f"({CHARTER})" in asked


@pytest.mark.parametrize("argv", [["ask", ""], ["ask", "   "], ["search", "\t"], ["ask", "--json", " \n "]])
def test_empty_question_is_a_usage_error(indexed, capsys, argv):

    code, out, err = _run(capsys, *argv)

    assert code == 2
    assert out == ""
    assert err.startswith("error: ")
    assert "question is empty" in err
    assert "Traceback" not in err


@pytest.mark.parametrize("command", [["index"], ["search", "đảng viên"], ["ask", "đảng viên"]])
def test_missing_knowledge_folder_is_one_clear_line(folders, tmp_path, capsys, monkeypatch, command):
    monkeypatch.setenv("KNOWLEDGE_DIR", str(tmp_path / "khong-co"))

    code, out, err = _run(capsys, *command)

    assert code == 1
    assert out == ""
    errors = [line for line in err.splitlines() if line.startswith("error: ")]
    assert len(errors) == 1
    assert "khong-co" in errors[0]
    assert "does not exist" in errors[0]
    assert "Traceback" not in err
    if command == ["index"]:
        assert err.splitlines() == errors


def test_index_of_another_model_is_rebuilt_with_the_configured_one(folders, capsys, real_embedder):
    knowledge, index = folders
    QAService(knowledge, index, FakeEmbedder()).rebuild()

    code, _out, err = _run(capsys, "search", "đảng viên")

    assert code == 0
    assert "made by another model; building it first" in err
    assert IndexFolder(index).manifest()["model"] == real_embedder.name
    assert "Traceback" not in err


def test_unknown_command_is_an_argparse_usage_error(capsys):
    with pytest.raises(SystemExit) as caught:
        cli.main(["xoa-het"])

    assert caught.value.code == 2
    assert "invalid choice" in capsys.readouterr().err
