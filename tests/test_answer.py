"""Composing answers: which sentences are shown, the basis line, FAQ citations, and when to answer at all."""

from bot.models import FaqEntry, Hit, Passage
from bot.qa.answer import excerpt, faq_answer, is_answerable, passages_answer
from bot.search.engine import SearchResult
from bot.search.query import analyze

PASSAGE = """5. Chuyển sinh hoạt đảng tạm thời
Đảng viên được chuyển sinh hoạt đảng tạm thời trong những trường hợp sau:
- thay đổi nơi cư trú hoặc nơi công tác trong thời gian ngắn, sau đó trở về nơi cũ;
- được cử đi học tập trung dài ngày ở cơ sở đào tạo trong nước;
- đi lao động có thời hạn ở địa phương khác.
Chi bộ nơi sinh hoạt chính thức làm giấy giới thiệu sinh hoạt tạm thời cho đảng viên.
Hết thời hạn, đảng viên trở về sinh hoạt ở chi bộ cũ và báo cáo kết quả.
(Căn cứ: Điều 6 Điều lệ Đảng.)"""


def _idf(word: str) -> float:
    return 1.0


def _terms(question: str) -> tuple[str, ...]:
    return analyze(question).content_terms


def test_excerpt_keeps_the_passage_order_of_the_best_sentences():
    shown = excerpt(PASSAGE, _terms("trở về chi bộ cũ báo cáo kết quả, giấy giới thiệu"), _idf, 2)

    assert shown == [
        "Chi bộ nơi sinh hoạt chính thức làm giấy giới thiệu sinh hoạt tạm thời cho đảng viên.",
        "Hết thời hạn, đảng viên trở về sinh hoạt ở chi bộ cũ và báo cáo kết quả.",
    ]


def test_a_sentence_introducing_a_list_brings_its_items():
    shown = excerpt(PASSAGE, _terms("trường hợp nào chuyển sinh hoạt đảng tạm thời"), _idf, 1)

    assert shown[0].endswith("trong những trường hợp sau:")
    assert shown[1:] == [
        "• thay đổi nơi cư trú hoặc nơi công tác trong thời gian ngắn, sau đó trở về nơi cũ;",
        "• được cử đi học tập trung dài ngày ở cơ sở đào tạo trong nước;",
        "• đi lao động có thời hạn ở địa phương khác.",
    ]


def test_lettered_items_keep_their_letter():
    text = (
        "Điều 9. Hình thức kỷ luật\nĐảng viên chính thức vi phạm bị xử lý bằng các hình thức sau:\n"
        "a) Khiển trách;\nb) Cảnh cáo, cách chức;\nc) Khai trừ."
    )
    shown = excerpt(text, _terms("hình thức kỷ luật đảng viên chính thức"), _idf, 1)

    assert shown[1:] == ["a) Khiển trách;", "b) Cảnh cáo, cách chức;", "c) Khai trừ."]


def test_excerpt_leaves_out_the_heading_and_the_basis_line():
    shown = excerpt(
        PASSAGE, _terms("Điều 6 chuyển sinh hoạt đảng tạm thời"), _idf, 10, skip="5. Chuyển sinh hoạt đảng tạm thời"
    )

    assert not any(line.startswith(("5.", "(Căn cứ")) for line in shown)


def test_passages_answer_ends_with_the_basis_line():
    question = "khi nào chuyển sinh hoạt đảng tạm thời"
    hit = Hit(Passage("hd.md", "Hướng dẫn", "5. Chuyển sinh hoạt đảng tạm thời", PASSAGE, None), 1.0, 1.0, 0.5)
    answer = passages_answer(question, SearchResult(analyze(question), [hit], [1.0]), _idf)

    assert answer.answer.startswith("Theo 5. Chuyển sinh hoạt đảng tạm thời (Hướng dẫn):")
    assert answer.answer.endswith("(Căn cứ: Điều 6 Điều lệ Đảng.)")


def _entry(answer: str) -> FaqEntry:
    return FaqEntry(id="a", question="Dự bị bao lâu?", answer=answer, source="Điều 5 Điều lệ Đảng")


def test_faq_answer_adds_its_source_once():
    assert faq_answer("q", _entry("Mười hai tháng.")).answer == "Mười hai tháng.\n(Căn cứ: Điều 5 Điều lệ Đảng)"
    named = "Mười hai tháng. Căn cứ: Điều 5 Điều lệ Đảng và Quy định số 294-QĐ/TW."
    assert faq_answer("q", _entry(named)).answer == named


def _result(question: str, text: str, article: int | None, coverage: float) -> SearchResult:
    passage = Passage("dl.md", "Điều lệ Đảng", "Điều", text, article)
    return SearchResult(analyze(question), [Hit(passage, 1.0, 1.0, 0.5)], [coverage])


def test_a_question_naming_an_article_is_answered_only_by_that_article():
    question = "Điều 4 khoản 2 Điều lệ Đảng"

    assert is_answerable(_result(question, "Nội dung Điều 4 về kết nạp.", 4, 0.1))
    assert is_answerable(_result(question, "Thủ tục kết nạp (Căn cứ: Điều 4 Điều lệ Đảng).", None, 0.1))
    assert not is_answerable(_result(question, "Chi bộ có nhiệm vụ (Căn cứ: khoản 2 Điều 24).", None, 1.0))


def test_coverage_and_cosine_decide_other_questions():
    question = "đảng viên dự bị bao lâu"

    assert is_answerable(_result(question, "Đảng viên dự bị mười hai tháng.", None, 0.5))
    assert not is_answerable(_result(question, "Đảng viên dự bị mười hai tháng.", None, 0.3))


def test_the_asked_khoan_comes_first():
    text = (
        "Điều 4. Thủ tục kết nạp đảng viên\n"
        "1. Người vào Đảng phải có đơn tự nguyện xin vào Đảng. Người vào Đảng phải học lớp bồi dưỡng nhận thức.\n"
        "2. Người vào Đảng phải được hai đảng viên chính thức giới thiệu. Người giới thiệu có trách nhiệm:\n"
        "a) Là đảng viên chính thức cùng công tác ít nhất mười hai tháng;\n"
        "b) Báo cáo với chi bộ về lý lịch của người vào Đảng.\n"
        "3. Chi bộ xét và đề nghị kết nạp bằng nghị quyết."
    )
    shown = excerpt(text, _terms("Điều 4 khoản 2"), _idf, 2, "Điều 4. Thủ tục kết nạp đảng viên", clause=2)

    assert shown == [
        "2. Người vào Đảng phải được hai đảng viên chính thức giới thiệu.",
        "Người giới thiệu có trách nhiệm:",
        "a) Là đảng viên chính thức cùng công tác ít nhất mười hai tháng;",
        "b) Báo cáo với chi bộ về lý lịch của người vào Đảng.",
    ]
