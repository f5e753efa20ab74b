"""The chapter a question asks for ('Chương II', 'chuong 3') and the chapter a passage's citation names."""

import pytest

from bot.search.chapters import asked, of_citation


@pytest.mark.parametrize(
    ("question", "chapter"),
    [
        ("Chương II Điều lệ Đảng quy định gì?", 2),
        ("chuong iv dieu le dang noi ve van de gi", 4),
        ("Chương 3 của Quy định 69 gồm những điều nào?", 3),
        ("Chương XII Điều lệ Đảng nói về tài chính thế nào?", 12),
        ("Chương IX quy định gì?", 9),
        ("Chương trình hành động của chi bộ gồm những gì?", None),  # a programme, not a chapter
        ("Điều 5 Điều lệ Đảng", None),
    ],
)
def test_the_chapter_a_question_asks_for(question, chapter):
    assert asked(question) == chapter


@pytest.mark.parametrize(
    ("citation", "chapter"),
    [
        ("Chương II. NGUYÊN TẮC TỔ CHỨC VÀ CƠ CẤU TỔ CHỨC CỦA ĐẢNG — Điều 9", 2),
        ("CHƯƠNG VIII. KHEN THƯỞNG VÀ KỶ LUẬT — Điều 35 — khoản 2", 8),
        ("Phần II. PHƯƠNG HƯỚNG — 2. Các chỉ tiêu", None),
        ("3. Điều 4: Về thủ tục kết nạp đảng viên — Chương trình bồi dưỡng", None),  # not a chapter heading
    ],
)
def test_the_chapter_a_passage_is_in(citation, chapter):
    assert of_citation(citation) == chapter
