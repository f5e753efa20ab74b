"""FAQ bases resolved to passages of the index, and documents' valid-as-of dates."""

from datetime import date
from pathlib import Path

import pytest

from bot.models import Passage
from bot.qa.provenance import DocumentDates, Reference, references, valid_as_of
from bot.qa.service import QAService
from tests.conftest import FakeEmbedder, write_knowledge

GUIDE = """# Hướng dẫn chuyển sinh hoạt đảng

*Tóm tắt không chính thức.*

*Nội dung cập nhật đến ngày 03/02/2026.*

## 2. Thời hạn chuyển sinh hoạt đảng chính thức

Đảng viên chuyển công tác phải làm thủ tục chuyển sinh hoạt đảng chính thức trong 60 ngày làm việc.

(Căn cứ: Điều 6 Điều lệ Đảng; điểm 6.3.1 Quy định số 294-QĐ/TW.)
"""
FAQ = """\
- id: du-bi
  question: Thời gian dự bị của đảng viên là bao lâu?
  answer: Mười hai tháng, tính từ ngày chi bộ tổ chức lễ kết nạp.
  source: Điều lệ Đảng, Điều 5
  valid_as_of: 2026-02-03
- id: chuyen-sinh-hoat
  question: Chuyển công tác thì bao lâu phải chuyển sinh hoạt đảng?
  answer: Trong 60 ngày làm việc.
  source: Điều 6 Điều lệ Đảng; Quy định số 294-QĐ/TW
- id: khong-co
  question: Đại hội chi bộ tổ chức mấy năm một lần?
  answer: Năm năm hai lần.
  source: Điều 99 Điều lệ Đảng
"""


@pytest.mark.parametrize(
    ("basis", "expected"),
    [
        ("Điều 5 Điều lệ Đảng", [((5,), None)]),
        ("Điều lệ Đảng, Điều 5", [((5,), None)]),
        ("khoản 2 Điều 24 và Điều 30 Điều lệ Đảng", [((24, 30), None)]),
        ("Điều 4, Điều 5 Điều lệ Đảng; Quy định số 294-QĐ/TW", [((4, 5), None), ((), 294)]),
        ("Điều 5 Quy định số 01-QĐ/TW ngày 03/02/2026", [((5,), 1)]),
        ("Chỉ thị số 10-CT/TW; Hướng dẫn số 12-HD/BTCTW", [((), 10), ((), 12)]),
        ("quy định hiện hành của Bộ Chính trị", []),
    ],
)
def test_a_basis_splits_into_documents_and_their_articles(basis, expected):
    assert [(ref.articles, ref.number) for ref in references(basis)] == expected


def test_a_reference_is_named_by_a_basis_line_only_with_its_document_and_article():
    reference = references("Điều 6 Điều lệ Đảng")[0]

    assert reference.named_in("(Căn cứ: Điều 6, Điều 8 Điều lệ Đảng; Quy định số 01-QĐ/TW.)")
    assert not reference.named_in("(Căn cứ: Điều 8 Điều lệ Đảng; phần thi hành Điều 6 trong Quy định số 294-QĐ/TW.)")
    assert references("Quy định số 294-QĐ/TW")[0].named_in("(Căn cứ: điểm 6.3.1 Quy định số 294-QĐ/TW.)")


def test_the_charter_is_told_from_a_regulation_on_implementing_it():
    charter = Reference("Điều 5 Điều lệ Đảng", (5,), None)

    assert charter.is_document_of(Passage("dl.md", "Điều lệ Đảng", "Điều 5", "…", 5))
    assert not charter.is_document_of(Passage("qd.md", "Quy định 294-QĐ/TW thi hành Điều lệ Đảng", "Điều 5", "…", 5))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("*Nội dung cập nhật đến ngày 03/02/2026.*", date(2026, 2, 3)),
        ("Nội dung CẬP NHẬT ĐẾN NGÀY 1/7/2025", date(2025, 7, 1)),
        ("cập nhật đến ngày 31/02/2026", None),
        ("Không có ngày.", None),
    ],
)
def test_valid_as_of_reads_the_header_line(text, expected):
    assert valid_as_of(text) == expected


def test_document_dates_read_each_document_once():
    read: list[str] = []

    def opening(source: str) -> str:
        read.append(source)
        return "Nội dung cập nhật đến ngày 03/02/2026."

    dates = DocumentDates(opening)

    assert dates("a.md") == dates("a.md") == date(2026, 2, 3)
    assert read == ["a.md"]


@pytest.fixture
def service(tmp_path: Path) -> QAService:
    knowledge = write_knowledge(tmp_path / "knowledge")
    (knowledge / "chuyen-sinh-hoat.md").write_text(GUIDE, encoding="utf-8")
    (knowledge / "faq.yaml").write_text(FAQ, encoding="utf-8")
    return QAService(knowledge, tmp_path / "index", FakeEmbedder())


def test_the_build_reports_faq_entries_whose_basis_is_not_indexed(service):
    report = service.rebuild()

    assert report.faq_unresolved == ["khong-co: Điều 99 Điều lệ Đảng"]


def test_a_faq_answer_carries_the_article_it_rests_on(service):
    service.rebuild()

    answer = service.ask("Thời gian dự bị của đảng viên là bao lâu?")

    assert answer.kind == "faq"
    assert [(hit.passage.source, hit.passage.article) for hit in answer.sources] == [("dieu-le-dang.md", 5)]
    assert answer.answer.endswith("(Căn cứ: Điều lệ Đảng, Điều 5; nội dung cập nhật đến ngày 03/02/2026.)")


def test_without_the_article_indexed_the_passage_naming_it_as_basis_is_the_source(service):
    service.rebuild()

    answer = service.ask("Chuyển công tác thì bao lâu phải chuyển sinh hoạt đảng?")

    assert [hit.passage.source for hit in answer.sources] == ["chuyen-sinh-hoat.md"]


def test_passage_answers_show_the_date_their_document_is_valid_as_of(service):
    service.rebuild()

    answer = service.ask(
        "đảng viên chuyển công tác làm thủ tục chuyển sinh hoạt đảng chính thức trong mấy ngày làm việc"
    )

    assert answer.kind == "passages"
    assert "nội dung cập nhật đến ngày 03/02/2026" in answer.answer


def test_entries_naming_no_basis_are_reported_in_one_line(service):
    faq = service.knowledge_dir / "faq.yaml"
    entry = "- id: muc-{n}\n  question: Câu hỏi số {n} về chuyển sinh hoạt?\n  answer: Trả lời.\n"
    entries = "".join(entry.format(n=n) for n in range(7))
    faq.write_text(entries, encoding="utf-8")

    report = service.rebuild()

    assert report.faq_unresolved == ["7 entries name no basis ('source:'): muc-0, muc-1, muc-2, muc-3, muc-4, …"]
