"""Answer or "không tìm thấy": names, citations, then meaning and words together."""

from __future__ import annotations

import pytest

from bot.models import Hit, Passage
from bot.qa.decision import COSINE_FLOOR, Evidence, is_answerable
from bot.search.engine import SearchResult
from bot.search.query import analyze


def _result(question: str, text: str, article: int | None, coverage: float, cosine: float = 0.85) -> SearchResult:
    passage = Passage("dl.md", "Điều lệ Đảng", "Điều", text, article)
    return SearchResult(analyze(question), [Hit(passage, 1.0, 1.0, cosine)], [coverage])


def test_a_question_naming_an_article_is_answered_only_by_that_article():
    question = "Điều 4 khoản 2 Điều lệ Đảng"

    assert is_answerable(_result(question, "Nội dung Điều 4 về kết nạp.", 4, 0.1))
    assert is_answerable(_result(question, "Thủ tục kết nạp (Căn cứ: Điều 4 Điều lệ Đảng).", None, 0.1))
    assert not is_answerable(_result(question, "Chi bộ có nhiệm vụ (Căn cứ: khoản 2 Điều 24).", None, 1.0, 0.95))


def test_a_cited_document_number_answers():
    question = "Quy định 294 nói gì về đảng viên dự bị"
    assert is_answerable(_result(question, "Theo Quy định số 294-QĐ/TW, đảng viên dự bị…", None, 0.1, 0.81))


@pytest.mark.parametrize(
    ("coverage", "cosine", "answered"),
    [
        (0.5, 0.88, True),  # words and meaning agree
        (0.1, 0.90, True),  # other words, the same meaning: the model carries it
        (0.9, 0.82, True),  # the same words, a weaker cosine
        (0.3, 0.82, False),  # neither
        (0.0, 0.84, False),  # a near-domain question with none of its words in the passage
    ],
)
def test_meaning_and_words_together_decide_other_questions(coverage, cosine, answered):
    result = _result("đảng viên dự bị bao lâu", "Đảng viên dự bị mười hai tháng.", None, coverage, cosine)
    assert is_answerable(result) is answered


def test_a_name_unknown_to_the_documents_is_never_answered():
    result = _result("Quy định 214 nói gì về hội phí?", "Hội phí…", None, 1.0, 0.99)
    assert is_answerable(result)
    assert not is_answerable(result, ["quy định 214"])


def test_no_hits_or_no_content_words_is_no_answer():
    assert not is_answerable(SearchResult(analyze("đảng viên"), [], []))
    assert not is_answerable(_result("là gì?", "Đảng viên dự bị mười hai tháng.", None, 1.0, 0.99))


def test_evidence_weighs_the_cosine_above_its_floor():
    assert Evidence(0.4, COSINE_FLOOR).score() == pytest.approx(0.4)
    assert Evidence(0.4, COSINE_FLOOR + 0.1).score(cosine_weight=10) == pytest.approx(1.4)


def test_a_question_about_another_organisation_is_not_answered_from_the_partys_documents():
    question = "Đoàn phí của đoàn viên là sinh viên bao nhiêu một tháng?"
    dues = Passage("dp.md", "Hướng dẫn về đảng phí", "2. Mức đóng", "Sinh viên đóng 5.000 đồng/tháng.")
    charter = Passage("dl.md", "ĐIỀU LỆ ĐOÀN THANH NIÊN CỘNG SẢN HỒ CHÍ MINH", "Điều 30", "Đoàn phí 2.000 đồng.")

    def answered(passage: Passage) -> bool:
        return is_answerable(SearchResult(analyze(question), [Hit(passage, 1.0, 1.0, 0.95)], [1.0]))

    assert not answered(dues)
    assert answered(charter)


@pytest.mark.parametrize(
    ("question", "answered"),
    [
        ("ĐV sinh con thứ ba có bị kỷ luật không?", False),  # a party member: not the association's rule
        ("Hội viên Hội Nông dân vi phạm Điều lệ thì bị kỷ luật thế nào?", True),
    ],
)
def test_a_party_question_is_not_answered_from_an_associations_charter(question, answered):
    charter = Passage(
        "hnd.md",
        "ĐIỀU LỆ HỘI NÔNG DÂN VIỆT NAM (trích)",
        "Điều 13. Kỷ luật",
        "Hội viên vi phạm bị khiển trách, cảnh cáo.",
    )
    result = SearchResult(analyze(question), [Hit(charter, 1.0, 1.0, 0.95)], [1.0])
    assert is_answerable(result) is answered


@pytest.mark.parametrize(
    ("question", "answered"),
    [
        ("Thu nhập bình quân đầu người của tỉnh Bắc Giang năm 2025 là bao nhiêu?", False),  # another place's figure
        ("Thu nhập bình quân đầu người của xã Tân Hòa đến năm 2030?", True),
        ("thu nhap binh quan dau nguoi xa Tan Hoa", True),  # typed without diacritics
        ("Thu nhập bình quân đầu người đến năm 2030 là bao nhiêu?", True),  # names no place
    ],
)
def test_a_place_is_answered_only_from_its_own_resolution(question, answered):
    resolution = Passage(
        "nq.docx",
        "NGHỊ QUYẾT ĐẠI HỘI ĐẢNG BỘ XÃ TÂN HÒA LẦN THỨ XXV, NHIỆM KỲ 2025–2030",
        "II. CÁC CHỈ TIÊU CHỦ YẾU",
        "Thu nhập bình quân đầu người đến năm 2030 đạt 95 triệu đồng.",
    )
    result = SearchResult(analyze(question), [Hit(resolution, 1.0, 1.0, 0.95)], [1.0])
    assert is_answerable(result) is answered


def test_a_members_scenario_naming_a_place_is_answered_from_a_regulation():
    question = "Tôi chuyển công tác từ xã Tân Hòa lên tỉnh Lâm Đồng thì chuyển sinh hoạt đảng thế nào?"
    rule = Passage("hd.md", "Hướng dẫn chuyển sinh hoạt đảng", "2. Thủ tục", "Đảng viên chuyển sinh hoạt chính thức…")
    assert is_answerable(SearchResult(analyze(question), [Hit(rule, 1.0, 1.0, 0.95)], [1.0]))


@pytest.mark.parametrize(
    ("text", "answered"),
    [
        ("Đảng viên điều khiển phương tiện giao thông mà có nồng độ cồn thì bị khiển trách.", False),
        ("Người điều khiển xe máy có nồng độ cồn bị phạt tiền từ 2.000.000 đồng.", True),
    ],
)
def test_a_question_asking_for_a_measure_is_answered_only_by_a_passage_stating_one(text, answered):
    result = _result("Lái xe máy có nồng độ cồn thì bị phạt bao nhiêu tiền?", text, None, 1.0, 0.95)
    assert is_answerable(result) is answered


@pytest.mark.parametrize(
    ("citation", "answered"),
    [
        ("Chương II. NGUYÊN TẮC TỔ CHỨC — Điều 9", True),
        ("Chương I. ĐẢNG VIÊN — Điều 3", False),  # another chapter, however close it reads
        ("3. Thủ tục kết nạp", False),  # a document without chapters
    ],
)
def test_a_question_naming_a_chapter_is_answered_only_from_that_chapter(citation, answered):
    passage = Passage("dl.docx", "Điều lệ Đảng", citation, "Đảng tổ chức theo nguyên tắc tập trung dân chủ.", 9)
    result = SearchResult(analyze("Chương II Điều lệ Đảng quy định gì?"), [Hit(passage, 1.0, 1.0, 0.95)], [1.0])
    assert is_answerable(result) is answered


@pytest.mark.parametrize(
    ("question", "title", "text", "answered"),
    [
        (  # one place's report: another year's figure does not answer
            "Thu nhập bình quân đầu người của xã Tân Hòa năm 2015 là bao nhiêu?",
            "NGHỊ QUYẾT ĐẠI HỘI ĐẢNG BỘ XÃ TÂN HÒA LẦN THỨ XXV, NHIỆM KỲ 2025–2030",
            "Thu nhập bình quân đầu người năm 2025 đạt 62 triệu đồng.",
            False,
        ),
        (
            "Thu nhập bình quân đầu người của xã Tân Hòa năm 2025 là bao nhiêu?",
            "NGHỊ QUYẾT ĐẠI HỘI ĐẢNG BỘ XÃ TÂN HÒA LẦN THỨ XXV, NHIỆM KỲ 2025–2030",
            "Thu nhập bình quân đầu người năm 2025 đạt 62 triệu đồng.",
            True,
        ),
        (  # one term's report of a body that is no place: its years are checked too
            "Riêng năm 2019 Đại học Bắc Phương công bố được bao nhiêu bài báo Scopus?",
            "Báo cáo kiểm điểm của Ban Chấp hành Đảng bộ Trường Đại học Bắc Phương nhiệm kỳ 2020 – 2025",
            "Công bố 412 bài báo trên tạp chí quốc tế thuộc danh mục Scopus, gấp 2,6 lần nhiệm kỳ trước.",
            False,
        ),
        (  # a rule holds across years: the rate in force answers
            "Năm 2025 sinh viên đóng đảng phí bao nhiêu tiền?",
            "Hướng dẫn về đảng phí",
            "Học sinh, sinh viên đóng 5.000 đồng/tháng.",
            True,
        ),
    ],
)
def test_a_figure_for_a_year_is_checked_in_one_place_or_terms_documents_only(question, title, text, answered):
    passage = Passage("vb.docx", title, "II. CHỈ TIÊU", text)
    result = SearchResult(analyze(question), [Hit(passage, 1.0, 1.0, 0.95)], [1.0])
    assert is_answerable(result) is answered
