"""Rendering answers to Telegram HTML: escaping, splitting under 4096, never cutting a tag or an entity."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from bot.models import Answer, BuildReport, FaqEntry, Hit, Passage, SkippedFile
from bot.tg import keyboards, texts
from bot.tg.render import MAX_MESSAGE, pack, render_age, render_answer, render_faq, render_report, split_plain, tg_len
from tests.tg.telegram_rules import parse_html

NASTY = "<b>x</b> & y < z > w &amp; \"q\" 'a' _*[]()~`#+-=|{}.! <script>alert(1)</script> &#x27;"


def passage(text: str, title: str = "Điều lệ Đảng", citation: str = "Điều 5. Thời gian dự bị") -> Passage:
    return Passage("dieu-le.md", title, citation, text, 5)


def answer(text: str, *passages: Passage) -> Answer:
    return Answer("câu hỏi", "passages", text, tuple(Hit(p, 0.9 - i / 10) for i, p in enumerate(passages)))


def assert_valid(parts: list[str]) -> list[str]:
    """Every part parses as Telegram HTML and fits; returns the plain texts."""
    assert parts
    plain = [parse_html(part) for part in parts]
    assert all(1 <= tg_len(part) <= MAX_MESSAGE for part in parts)
    return plain


def test_short_answer_has_text_and_source_lines() -> None:
    parts = render_answer(answer("Thời gian dự bị là 12 tháng.", passage("…"), passage("…", citation="Điều 7")))
    [plain] = assert_valid(parts)
    assert plain.startswith("Thời gian dự bị là 12 tháng.")
    assert "📄 Điều lệ Đảng — Điều 5. Thời gian dự bị\n📄 Điều lệ Đảng — Điều 7" in plain


def test_duplicate_sources_are_listed_once() -> None:
    p = passage("…")
    [plain] = assert_valid(render_answer(answer("Trả lời.", p, p)))
    assert plain.count("📄") == 1


def test_document_text_is_escaped_everywhere() -> None:
    parts = render_answer(answer(NASTY, passage(NASTY, title=NASTY, citation=NASTY)))
    [plain] = assert_valid(parts)
    assert plain.count(NASTY) == 3  # the answer text, then title and citation on the source line
    assert "<script>" not in parts[0]


def test_none_answer_is_the_polite_not_found() -> None:
    assert render_answer(Answer("abc", "none", "whatever")) == [texts.NOT_FOUND]


def test_faq_entry_renders_question_answer_and_source() -> None:
    entry = FaqEntry(id="a", question="Hỏi <gì>?", answer="Đáp & xong.", source="Điều lệ, Điều 5")
    [plain] = assert_valid(render_faq(entry))
    assert plain == "Hỏi <gì>?\n\nĐáp & xong.\n\n(Căn cứ: Điều lệ, Điều 5.)"
    faq_answer = Answer("hỏi", "faq", "Đáp & xong.\n(Căn cứ: Điều lệ, Điều 5.)", faq_id="a")
    assert render_answer(faq_answer, entry) == render_faq(entry)


def test_faq_answer_shows_its_date_and_the_passages_its_basis_resolves_to() -> None:
    entry = FaqEntry(id="a", question="Hỏi?", answer="Đáp.", source="Điều 5 Điều lệ Đảng", valid_as_of=date(2026, 2, 3))
    faq_answer = Answer("hỏi", "faq", "Đáp.", (Hit(passage("…"), 1.0),), faq_id="a")
    [plain] = assert_valid(render_answer(faq_answer, entry))
    assert plain == (
        "Hỏi?\n\nĐáp.\n\n(Căn cứ: Điều 5 Điều lệ Đảng; nội dung cập nhật đến ngày 03/02/2026.)"
        "\n\nNguồn:\n📄 Điều lệ Đảng — Điều 5. Thời gian dự bị"
    )


def test_faq_answer_shows_the_line_for_the_askers_case_under_its_question() -> None:
    entry = FaqEntry(id="a", question="Đảng phí bao nhiêu?", answer="Lương: 1%; sinh viên: 5.000 đồng.")
    faq_answer = Answer("hỏi", "faq", "…", faq_id="a", case="sinh viên: 5.000 đồng.")
    [plain] = assert_valid(render_answer(faq_answer, entry))
    assert plain == (
        "Đảng phí bao nhiêu?\n\nTrường hợp bạn hỏi: sinh viên: 5.000 đồng.\n\nLương: 1%; sinh viên: 5.000 đồng."
    )


@pytest.mark.parametrize(
    "unit", ["Đảng viên dự bị có nhiệm vụ như đảng viên chính thức. ", "<&>" * 7 + " ", "😀 🇻🇳 ", "x"]
)
def test_long_answers_split_into_valid_parts_without_losing_text(unit: str) -> None:
    text = unit * (20_000 // len(unit))
    parts = render_answer(answer(text, passage("…")))
    plain = assert_valid(parts)
    assert len(parts) >= 3
    assert "".join(plain).replace("\n", "").replace(" ", "").startswith(text.replace(" ", "")[:1000])
    assert sum(p.replace(" ", "").replace("\n", "").count(unit.strip()[:1]) for p in plain) >= text.count(
        unit.strip()[:1]
    )


def test_paragraph_boundaries_are_preferred() -> None:
    paragraphs = [f"Đoạn {i}. " + "chữ " * 300 for i in range(8)]
    parts = render_answer(answer("\n\n".join(paragraphs)))
    plain = assert_valid(parts)
    assert all(part.startswith("Đoạn ") for part in plain)
    assert sum(part.count("Đoạn ") for part in plain) == 8


def test_split_plain_prefers_sentence_then_word_breaks() -> None:
    text = "Câu một rất dài. " * 30 + "cuối"
    chunks = split_plain(text, 100)
    assert all(tg_len(chunk) <= 100 for chunk in chunks)
    assert all(chunk.endswith(".") for chunk in chunks[:-1])
    words = split_plain("từ " * 200, 50)
    assert all(not chunk.endswith(" ") and tg_len(chunk) <= 50 for chunk in words)


def test_astral_characters_count_as_two_units() -> None:
    chunks = split_plain("😀" * 5000, 4096)
    assert [tg_len(chunk) for chunk in chunks] == [4096, 4096, 1808]


def test_pack_keeps_markup_blocks_whole() -> None:
    blocks = ["<b>Tiêu đề</b>", *["a" * 3000 for _ in range(3)]]
    parts = pack(blocks)
    assert_valid(parts)
    assert parts[0].startswith("<b>Tiêu đề</b>")


def test_report_lists_counts_and_skipped_reasons() -> None:
    report = BuildReport(documents=3, passages=40, embedded=7, seconds=2.25)
    report.skipped = [SkippedFile("a.pdf", "the PDF has no text layer (scanned?)"), SkippedFile("<b>.txt", "weird")]
    [plain] = assert_valid(render_report(report))
    assert "Tệp: 3" in plain and "Đoạn trích: 40" in plain and "Đoạn mới mã hoá: 7" in plain and "2.2" in plain
    assert "• a.pdf — PDF không có lớp chữ" in plain and "• <b>.txt — tệp không dùng được (weird)" in plain


def test_many_skipped_files_split_the_report() -> None:
    report = BuildReport(skipped=[SkippedFile(f"thu-muc/tep-{i}.pdf", "the file is empty") for i in range(400)])
    assert len(assert_valid(render_report(report))) >= 2


@pytest.mark.parametrize(("minutes", "expected"), [(5, "5 phút"), (150, "2 giờ"), (60 * 24 * 3 + 5, "3 ngày")])
def test_index_age(minutes: int, expected: str) -> None:
    now = datetime(2025, 1, 10, tzinfo=UTC)
    assert render_age(now - timedelta(minutes=minutes), now) == expected


def test_progress_and_reasons_are_translated() -> None:
    assert texts.progress("embedding 120/400 passages") == "đang mã hoá 120/400 đoạn"
    assert texts.reject_reason("exists").startswith("đã có tệp cùng tên")
    assert texts.reject_reason("something new") == "tệp không dùng được (something new)"


def test_rejections_tell_the_member_what_to_do_with_the_file() -> None:
    from bot.errors import DocumentRejected
    from bot.ingest.loaders import read_bytes

    def reason(name: str, data: bytes) -> str:
        with pytest.raises(DocumentRejected) as caught:
            read_bytes(name, data)
        return texts.reject_reason(caught.value.reason)

    assert "lưu thành .docx" in reason("bien-ban.doc", b"\xd0\xcf\x11\xe0 old word")
    assert "UTF-8" in reason("cu.txt", "Procès-verbal de la réunion du comité".encode("latin-1"))


def test_callback_data_fits_in_64_bytes() -> None:
    entries = [FaqEntry(id="x" * 40, question="Câu hỏi " * 30, answer="a", topic="Chủ đề " * 30) for _ in range(13)]
    markups = [
        keyboards.topics_keyboard([entry.topic for entry in entries]),
        keyboards.topic_keyboard(entries, 99, 1),
        keyboards.questions_keyboard(entries),
        keyboards.feedback_keyboard(10**15),
    ]
    buttons = [button for markup in markups for row in markup.inline_keyboard for button in row]
    assert all(len(str(button.callback_data).encode()) <= 64 for button in buttons)
    assert all(len(button.text) <= keyboards.BUTTON_LABEL for button in buttons)
    assert keyboards.parse_topic("t:99:1") == (99, 1) and keyboards.parse_vote("v:7:-") == (7, -1)


def test_topic_pages_navigate() -> None:
    entries = [FaqEntry(id=f"q{i}", question=f"Câu {i}?", answer="a") for i in range(13)]
    middle = [b.callback_data for row in keyboards.topic_keyboard(entries, 2, 1).inline_keyboard for b in row]
    assert middle == [f"q:q{i}" for i in range(6, 12)] + ["t:2:0", "t:2:2", "T"]
