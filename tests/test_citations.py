"""A question naming a document by number is answered from that document, or one citing it in force."""

from __future__ import annotations

import pytest

from bot.models import Passage
from bot.qa.service import QAService
from bot.search import citations
from tests.conftest import fake_index

NEW_RULE = """# Quy định số 45-QĐ/TU về việc bí thư cấp ủy tiếp dân

## Điều 3. Thời gian tiếp dân

Bí thư đảng ủy xã tiếp dân định kỳ ít nhất 02 buổi trong một tháng, vào sáng thứ Năm của tuần thứ hai và tuần thứ tư.

## Điều 14. Hiệu lực thi hành

Quy định này có hiệu lực từ ngày ký, thay thế Quy định số 17-QĐ/TU ngày 05/3/2019 của Ban Thường vụ Tỉnh ủy.
Các buổi tiếp dân đã hẹn theo Quy định số 17-QĐ/TU tiếp tục thực hiện đến hết thời hạn đã thông báo.
"""
GUIDE = """# Hướng dẫn số 09-HD/BTCTU về phụ cấp cấp ủy viên

## 2. Mức phụ cấp

Bí thư chi bộ thôn hưởng phụ cấp hệ số 0,15 mức lương cơ sở; chi ủy viên hưởng hệ số 0,05. Việc chi trả thực hiện \\
theo Hướng dẫn số 12-HD/BTCTW về nghiệp vụ công tác đảng viên.
"""


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory) -> QAService:
    return fake_index(tmp_path_factory.mktemp("citations"), {"quy-dinh-45.md": NEW_RULE, "huong-dan-09.md": GUIDE})


@pytest.mark.parametrize(
    "question",
    [
        "Quy định 17-QĐ/TU năm 2019 trước đây bắt bí thư xã tiếp dân mấy buổi một tháng?",
        "theo quy dinh cu so 17-QD/TU thi bi thu xa tiep dan may buoi",
    ],
)
def test_a_replaced_document_is_not_answered_from_the_rule_that_replaced_it(service, question):
    assert service.ask(question).kind == "none"


def test_whether_a_document_is_still_in_force_is_answered_from_the_one_replacing_it(service):
    answer = service.ask("Quy định 17-QĐ/TU về tiếp dân còn hiệu lực không, đã được thay thế chưa?")

    assert answer.kind == "passages"
    assert "thay thế Quy định số 17-QĐ/TU" in answer.answer


def test_a_document_named_by_number_is_answered_from_it(service):
    answer = service.ask("Theo Hướng dẫn 09-HD/BTCTU, bí thư chi bộ thôn hưởng phụ cấp hệ số bao nhiêu?")

    assert answer.kind == "passages"
    assert "0,15" in answer.answer


def test_a_document_cited_in_force_by_another_is_answered_from_that_one(service):
    answer = service.ask("Hướng dẫn 12-HD/BTCTW nói gì về phụ cấp của bí thư chi bộ thôn?")

    assert answer.kind == "passages"
    assert answer.sources[0].passage.source == "huong-dan-09.md"


def test_another_documents_passage_does_not_answer_for_a_document_it_never_cites(service):
    """The knowledge base knows 12-HD/BTCTW (the guide cites it); the rule on citizen reception does not."""
    assert service.ask("Hướng dẫn 12-HD/BTCTW quy định bí thư xã tiếp dân mấy buổi một tháng?").kind == "none"


@pytest.mark.parametrize(
    ("question", "numbers"),
    [
        ("Quy định 17-QĐ/TU năm 2019", {17}),
        ("hd 04-hd/btctu cũ", {4}),
        ("Đảng viên phải đủ 18 tuổi theo quy định 18 tuổi", set()),  # 'quy định 18 tuổi' names no document
        ("Quy định 294 về thi hành Điều lệ", set()),  # without its code: left to the names check (scope.py)
    ],
)
def test_numbers_named_with_their_code(question, numbers):
    assert citations.coded_numbers(question) == numbers


def test_a_citation_saying_a_document_was_replaced_is_no_citation_in_force():
    passage = Passage(
        source="qd.md",
        title="Quy định",
        citation="Điều 14",
        text="Quy định này thay thế Quy định số 17-QĐ/TU. Thực hiện theo Quy định số 294-QĐ/TW.",
    )
    assert citations.cites(passage, 17) and not citations.cites_in_force(passage, 17)
    assert citations.cites_in_force(passage, 294)


CHARTER = """# Điều lệ Đảng

## Điều 5. Đảng viên dự bị

Đảng viên dự bị có nhiệm vụ và quyền như đảng viên chính thức, trừ quyền biểu quyết, ứng cử và bầu cử. Đảng viên \\
dự bị phải trải qua thời gian dự bị mười hai tháng; hết thời gian dự bị, chi bộ xét công nhận đảng viên dự bị \\
thành đảng viên chính thức.
"""
IMPLEMENTING = """# Quy định số 294-QĐ/TW về thi hành Điều lệ Đảng

## 5. Về thời gian dự bị

Thời gian dự bị tính từ ngày chi bộ tổ chức lễ kết nạp; đảng viên dự bị đi học tập trung thì thời gian học được \\
tính vào thời gian dự bị.
"""


@pytest.fixture(scope="module")
def charter_and_rule(tmp_path_factory: pytest.TempPathFactory) -> QAService:
    return fake_index(tmp_path_factory.mktemp("named"), {"dieu-le.md": CHARTER, "quy-dinh-294.md": IMPLEMENTING})


def test_a_question_naming_a_document_is_searched_in_it_first(charter_and_rule):
    """The charter shares more of the question's words; the question asks what Quy định 294 says."""
    question = "Theo 294-QĐ/TW, đảng viên dự bị trải qua thời gian dự bị bao lâu thì chi bộ xét công nhận chính thức?"

    assert charter_and_rule.search_result(question).hits[0].passage.source == "quy-dinh-294.md"
    assert charter_and_rule.ask(question).kind == "passages"
