import re
from pathlib import Path

import pytest

from bot.ingest.chunking import ARTICLE_MAX_CHARS, PASSAGE_MAX_CHARS, WINDOW_MAX_CHARS, chunk
from bot.ingest.loaders import read_bytes, read_file
from bot.ingest.prose import BLOCK_MAX_CHARS
from bot.models import Document
from tests.conftest import CHARTER, REGULATION, REPORT, fixture_text, make_docx

REPO_KNOWLEDGE = Path(__file__).parent.parent / "knowledge"
WINDOW_LIMIT = max(1300, WINDOW_MAX_CHARS + 100)  # a window plus its repeated heading line


def _as_markdown(text: str) -> str:
    """The same charter written with Markdown headings and bold article titles."""
    text = re.sub(r"^(Điều \d+\..*)$", r"## **\1**", text, flags=re.MULTILINE)
    return re.sub(r"^(Chương [IVX]+)$", r"# \1", text, flags=re.MULTILINE)


def _charter(style: str = "plain") -> list:
    text = fixture_text(CHARTER)
    if style == "markdown":
        text = _as_markdown(text)
    return chunk(read_bytes(CHARTER, text.encode("utf-8")))


def _report() -> list:
    return chunk(read_bytes(REPORT, fixture_text(REPORT).encode("utf-8")))


def _by_article(passages: list) -> dict[int, list]:
    found: dict[int, list] = {}
    for passage in passages:
        found.setdefault(passage.article, []).append(passage)
    return found


@pytest.mark.parametrize("style", ["plain", "markdown"])
def test_one_passage_per_article_with_its_number(style):
    articles = _by_article(_charter(style))

    assert set(articles) == {1, 2, 4, 5, 9}
    for number in (1, 2, 5, 9):
        assert len(articles[number]) == 1


@pytest.mark.parametrize("style", ["plain", "markdown"])
@pytest.mark.parametrize(
    ("article", "chapter", "heading"),
    [
        (1, "Chương I. ĐẢNG VIÊN", "Điều 1. Tiêu chuẩn đảng viên"),
        (2, "Chương I. ĐẢNG VIÊN", "Điều 2. Nhiệm vụ của đảng viên"),
        (5, "Chương II. NGUYÊN TẮC TỔ CHỨC VÀ KẾT NẠP", "Điều 5. Đảng viên dự bị"),
        (9, "Chương VII. KHEN THƯỞNG VÀ KỶ LUẬT", "Điều 9. Hình thức kỷ luật đảng viên"),
    ],
)
def test_article_citation_names_chapter_and_article(style, article, chapter, heading):
    (passage,) = _by_article(_charter(style))[article]

    assert chapter in passage.citation
    assert heading in passage.citation
    assert passage.citation.index(chapter) < passage.citation.index(heading)
    assert passage.text.startswith(heading)
    assert passage.title == "ĐIỀU LỆ ĐẢNG"
    assert passage.source == CHARTER


def test_article_heading_alone_on_its_line_takes_the_name_from_the_next_line():
    (passage,) = _by_article(_charter())[5]

    assert passage.citation.endswith("Điều 5. Đảng viên dự bị")
    assert passage.text.splitlines()[1].startswith("1. Người được kết nạp")
    assert "\nĐảng viên dự bị\n" not in passage.text


@pytest.mark.parametrize(
    "text",
    [
        "Điều 1. Phạm vi\nNội dung một của văn bản kiểm thử.\nĐiều 2\nĐối tượng áp dụng\nNội dung hai của văn bản.",
        "Điều 1. Phạm vi\nNội dung một của văn bản kiểm thử.\n\nĐiều 2\n\nĐối tượng áp dụng\n\nNội dung hai.",
    ],
)
def test_bare_article_line_variants(text):
    passages = chunk(Document("qd.md", "QUY ĐỊNH", text))

    assert [p.citation for p in passages] == ["Điều 1. Phạm vi", "Điều 2. Đối tượng áp dụng"]
    assert [p.article for p in passages] == [1, 2]


@pytest.mark.parametrize("style", ["plain", "markdown"])
def test_long_article_is_split_by_clause_repeating_its_heading(style):
    parts = _by_article(_charter(style))[4]
    heading = "Điều 4. Thủ tục kết nạp đảng viên"
    article = fixture_text(CHARTER).split(heading)[1].split("\nĐiều 5")[0]
    assert len(article) > ARTICLE_MAX_CHARS, "the fixture's Điều 4 must be longer than one passage"

    assert len(parts) >= 2
    clauses: list[int] = []
    for part in parts:
        assert part.text.startswith(heading + "\n")
        cited = re.search(r"khoản (\d+)(?:–(\d+))?$", part.citation)
        assert cited, part.citation
        assert heading in part.citation
        first, last = int(cited.group(1)), int(cited.group(2) or cited.group(1))
        clauses += range(first, last + 1)
        for number in range(first, last + 1):
            assert re.search(rf"^{number}\. ", part.text, flags=re.MULTILINE), (number, part.citation)
    assert clauses == [1, 2, 3, 4]


def test_points_stay_inside_their_clause():
    parts = _by_article(_charter())[4]
    (with_points,) = [part for part in parts if "\na) " in part.text]

    assert "\n2. Người vào Đảng phải được hai đảng viên chính thức giới thiệu" in with_points.text
    assert re.search(r"khoản (2|\d–\d)", with_points.citation)
    positions = [with_points.text.index(f"\n{letter}) ") for letter in ("a", "b", "c", "d", "đ")]
    assert positions == sorted(positions)
    for part in parts:
        if part is not with_points:
            assert not re.search(r"^[a-dđ]\) ", part.text, flags=re.MULTILINE)


def test_clause_split_never_cuts_a_clause_between_two_parts():
    clauses = [
        f"{n}. " + " ".join([f"Nội dung khoản {n} câu {i} khá dài để vượt giới hạn." for i in range(12)])
        for n in (1, 2, 3)
    ]
    text = "Điều 1. Phạm vi\nNgắn gọn thôi.\nĐiều 2. Trách nhiệm\n" + "\n".join(clauses)

    parts = [p for p in chunk(Document("qd.md", "QUY ĐỊNH", text)) if p.article == 2]

    assert len(parts) >= 2
    for n in (1, 2, 3):
        holders = [p for p in parts if f"khoản {n} câu" in p.text]
        assert len(holders) == 1, n


def test_letterhead_and_title_never_become_passages():
    texts = "\n".join(p.text for p in _charter() + _report())

    for line in ("ĐẢNG CỘNG SẢN VIỆT NAM", "ĐẢNG BỘ TỈNH BẮC GIANG", "Số 125-BC/ĐU", "ngày 15 tháng 12 năm 2023"):
        assert line not in texts


def test_report_passages_skip_the_title_block():
    passages = _report()

    assert passages
    assert passages[0].title == "Báo cáo số 125-BC/ĐU kết quả công tác xây dựng Đảng năm 2023"
    for passage in passages:
        assert not passage.text.startswith(("BÁO CÁO", "Kết quả công tác xây dựng Đảng năm 2023", "*", "Lượt xem"))
        assert "Lượt xem" not in passage.text
        assert passage.article is None


def test_report_headings_become_citations():
    passages = _report()
    headings = ["I. Tình hình chung", "II. Kết quả công tác xây dựng Đảng", "III. Phương hướng, nhiệm vụ năm 2024"]

    for heading in headings:
        sections = [p for p in passages if p.citation.startswith(heading)]
        assert sections, heading
        for passage in sections:
            assert passage.text.startswith(heading + "\n")
    assert [p.citation.split(" (đoạn")[0] for p in passages] == sorted(
        (p.citation.split(" (đoạn")[0] for p in passages), key=lambda c: headings.index(c)
    )


def test_long_section_windows_are_numbered():
    section = [p for p in _report() if p.citation.startswith("II.")]

    assert len(section) >= 2
    assert [p.citation for p in section] == [
        f"II. Kết quả công tác xây dựng Đảng (đoạn {i}/{len(section)})" for i in range(1, len(section) + 1)
    ]


def test_duplicate_caption_paragraphs_are_dropped():
    texts = "\n".join(p.text for p in _report())

    assert texts.count("Ảnh: Đồng chí Thân Minh Quế") == 1


@pytest.mark.parametrize("paragraph_count", [1, 3, 12])
def test_prose_windows_are_bounded(paragraph_count):
    sentence = "Chi bộ duy trì sinh hoạt định kỳ và nâng cao chất lượng sinh hoạt theo hướng dẫn số {}. "
    # distinct paragraphs of ~2,300 characters (identical ones would be dropped as repeated captions)
    body = "\n\n".join(sentence.format(n) * 25 for n in range(paragraph_count))
    text = f"Ghi chép về sinh hoạt chi bộ năm nay\n\nMột. Nội dung sinh hoạt định kỳ\n\n{body}"

    passages = chunk(Document("ghi-chep.txt", "Ghi chép về sinh hoạt chi bộ năm nay", text))

    assert len(passages) >= 2 * paragraph_count
    assert all(len(p.text) <= WINDOW_LIMIT for p in passages)
    assert sum(p.text.count("Chi bộ duy trì") for p in passages) == 25 * paragraph_count


def test_prose_without_headings_is_cited_as_the_opening_part():
    text = "Thông tin nội bộ của chi bộ\n\nChi bộ họp vào ngày mùng năm hằng tháng tại hội trường cơ quan."

    (passage,) = chunk(Document("tin.txt", "Thông tin nội bộ của chi bộ", text))

    assert passage.citation == "Phần mở đầu"
    assert passage.text == "Chi bộ họp vào ngày mùng năm hằng tháng tại hội trường cơ quan."


def test_signature_block_is_not_part_of_the_last_article():
    text = (
        fixture_text(REGULATION) + "\nNơi nhận:\n- Các tỉnh ủy, thành ủy,\n- Lưu Văn phòng Trung ương.\nT/M BAN BÍ THƯ"
    )

    passages = chunk(read_bytes(REGULATION, text.encode("utf-8")))

    assert "Nơi nhận" not in passages[-1].text
    assert "Lưu Văn phòng" not in passages[-1].text


@pytest.mark.skipif(not list(REPO_KNOWLEDGE.glob("bao-cao/*.txt")), reason="no seed report in knowledge/bao-cao")
@pytest.mark.parametrize("path", sorted(REPO_KNOWLEDGE.glob("bao-cao/*.txt")), ids=lambda path: path.name)
def test_seed_report_passages_do_not_start_with_the_title(path):
    document = read_file(path, REPO_KNOWLEDGE)

    passages = chunk(document)

    assert len(passages) >= 2
    for passage in passages:
        assert not passage.text.startswith(document.title[:40])
        # A list stays whole with its lead-in up to BLOCK_MAX_CHARS ('Một là, … Hai là, … Ba là, …').
        assert len(passage.text) <= max(WINDOW_LIMIT, BLOCK_MAX_CHARS + 200)
        assert not passage.text.startswith("Lượt xem")


def test_implementing_text_sections_named_after_an_article_keep_its_number() -> None:
    text = (
        "# Quy định thi hành Điều lệ Đảng\n\n"
        "1. Điều 1: Về tuổi đời của người vào Đảng\n\n"
        "1.1. Người vào Đảng phải đủ 18 tuổi đến đủ 60 tuổi tính theo tháng.\n\n"
        "2. Về sinh hoạt chi bộ ở cơ sở\n\n"
        "Chi bộ sinh hoạt thường kỳ mỗi tháng một lần theo quy định của Điều lệ.\n"
    )
    passages = chunk(Document("qd.md", "Quy định thi hành Điều lệ Đảng", text))
    assert [(p.citation, p.article) for p in passages] == [
        ("1. Điều 1: Về tuổi đời của người vào Đảng", 1),
        ("2. Về sinh hoạt chi bộ ở cơ sở", None),
    ]


def test_a_sentence_after_a_bare_article_line_is_body_not_its_name() -> None:
    text = (
        "Điều 1.\nNguyên tắc tổ chức cơ bản của Đảng là tập trung dân chủ, được thể hiện ở nhiều nội dung cụ thể.\n"
        "Điều 2. Chi bộ\nChi bộ sinh hoạt mỗi tháng một lần.\n"
    )
    first = chunk(Document("dl.txt", "Điều lệ", text))[0]
    assert first.citation == "Điều 1"
    assert "tập trung dân chủ" in first.text


def _unpunctuated(words: int) -> str:
    """Pasted minutes or OCR output: words and nothing else, no sentence ends, no line breaks."""
    vocabulary = ("chi", "bộ", "họp", "bàn", "công", "tác", "phát", "triển", "đảng", "viên", "bí", "thư")
    return " ".join(f"{vocabulary[i % len(vocabulary)]}{i}" for i in range(words))


@pytest.mark.parametrize(
    ("name", "text"),
    [
        ("bien-ban.txt", "Biên bản họp chi bộ tháng ba\n\n" + _unpunctuated(30_000)),
        ("ocr.txt", _unpunctuated(30_000)),
        ("dieu-le.txt", "Điều 1. Phạm vi\nNgắn.\nĐiều 2. Nội dung\n1. " + _unpunctuated(5_000) + "\nĐiều 3. Hết"),
        ("phay.txt", "Ghi chép hội nghị\n\n" + ", ".join(_unpunctuated(6_000).split(" "))),
    ],
    ids=["heading-and-one-huge-line", "one-huge-line", "huge-clause", "commas-only"],
)
def test_passages_have_a_hard_size_cap_whatever_the_punctuation(name, text):
    passages = chunk(read_bytes(name, text.encode("utf-8")))

    assert len(passages) > 10
    assert all(len(p.text) <= PASSAGE_MAX_CHARS for p in passages), max(len(p.text) for p in passages)
    # Split only between words: every numbered word of the original survives whole, once, in order.
    found = [int(w) for p in passages for w in re.findall(r"(?<=[^\W\d])(\d+)\b", p.text)]
    assert found == sorted(found)
    assert len(found) == len(set(found)) == len(re.findall(r"(?<=[^\W\d])(\d+)\b", text))


def test_a_long_run_without_sentence_ends_is_split_at_a_clause_before_a_comma_or_a_word():
    clause = "chi bộ thảo luận về công tác phát triển đảng viên, công tác kiểm tra giám sát, công tác dân vận"
    text = "Ghi chép hội nghị\n\n" + "; ".join(f"{clause} lần {n}" for n in range(60))

    passages = chunk(read_bytes("ghi-chep.txt", text.encode("utf-8")))

    assert len(passages) >= 3
    for passage in passages[:-1]:
        assert passage.text.endswith(";"), passage.text[-60:]


def test_a_word_longer_than_the_cap_is_cut_rather_than_kept_whole():
    text = "Ghi chép hội nghị\n\n" + "x" * (3 * PASSAGE_MAX_CHARS)

    passages = chunk(read_bytes("rac.txt", text.encode("utf-8")))

    assert all(len(p.text) <= PASSAGE_MAX_CHARS for p in passages)
    assert sum(p.text.count("x") for p in passages) == 3 * PASSAGE_MAX_CHARS


_CARD = (
    "Đảng viên được phát thẻ đảng viên. Tổ chức đảng quản lý hồ sơ đảng viên. Việc phát thẻ, quản lý thẻ đảng viên"
    " và hồ sơ đảng viên do Ban Chấp hành Trung ương quy định."
)


@pytest.mark.parametrize(
    "rest",
    [
        _CARD,
        "Đảng viên được phát thẻ. Tổ chức đảng quản lý hồ sơ.",
        "Đảng viên được phát thẻ đảng viên và tổ chức đảng quản lý hồ sơ đảng viên theo quy định của Ban Chấp hành"
        " Trung ương về việc phát thẻ, quản lý thẻ đảng viên và hồ sơ đảng viên",
    ],
    ids=["three-sentences", "two-short-sentences", "one-long-sentence"],
)
def test_article_text_on_the_number_line_is_body_not_its_name(rest) -> None:
    text = f"Điều 5. Đảng viên dự bị\nThời kỳ dự bị là mười hai tháng.\nĐiều 6. {rest}\nĐiều 7. Khiếu nại kỷ luật.\n"

    passages = chunk(Document("dl.txt", "Điều lệ", text))

    assert [p.citation for p in passages] == ["Điều 5. Đảng viên dự bị", "Điều 6", "Điều 7. Khiếu nại kỷ luật"]
    assert passages[1].text == f"Điều 6\n{rest}"


IMPLEMENTING_TEXT = """BAN CHẤP HÀNH TRUNG ƯƠNG                ĐẢNG CỘNG SẢN VIỆT NAM
Số 294-QĐ/TW

# QUY ĐỊNH
## về thi hành Điều lệ Đảng (trích)

1. Điều 1 (khoản 2): Về tuổi đời của người vào Đảng

1.1. Người vào Đảng phải từ đủ 18 tuổi đến đủ 60 tuổi (tính theo tháng) tính đến ngày chi bộ họp xét kết nạp.

2. Điều 46: Về đảng phí

2.1. Đảng viên khác ở trong nước đóng đảng phí từ 2.000 đồng đến 5.000 đồng mỗi tháng.
"""
ARTICLES_TEXT = """QUY ĐỊNH về sinh hoạt chi bộ
Điều 1. Kỳ sinh hoạt
Chi bộ sinh hoạt thường kỳ mỗi tháng một lần vào ngày mùng năm.
Điều 2. Đảng phí
Đảng viên khác ở trong nước đóng đảng phí từ 2.000 đồng đến 5.000 đồng mỗi tháng.
"""
CLOSING_BLOCKS = [
    ["T/M BAN CHẤP HÀNH TRUNG ƯƠNG"],
    ["T/M BỘ CHÍNH TRỊ", "(đã ký)", "Trần Cẩm Tú"],
    ["TM. BAN THƯỜNG VỤ", "K/T BÍ THƯ", "PHÓ BÍ THƯ", "(đã ký)", "Nguyễn Văn An"],
    ["Nơi nhận:", "- Các chi bộ trực thuộc,", "- Lưu Văn phòng Đảng ủy.", "T/M ĐẢNG ỦY", "BÍ THƯ", "Nguyễn Văn An"],
    ["Nơi nhận: T/M BAN THƯỜNG VỤ", "- Các chi bộ, BÍ THƯ", "- Lưu VP.", "(đã ký)", "Nguyễn Văn An"],
    [
        "T/L BAN THƯỜNG VỤ",
        "CHÁNH VĂN PHÒNG",
        "Nơi nhận: các đồng chí Tỉnh ủy viên; các ban đảng, Văn phòng Tỉnh ủy; Ủy ban Kiểm tra Tỉnh ủy; các đảng "
        "đoàn, ban cán sự đảng, đảng ủy trực thuộc Tỉnh ủy; lưu Văn phòng Tỉnh ủy.",
    ],
]
CLOSING_IDS = [
    "on-behalf-of",
    "signed-and-named",
    "on-behalf-of-the-secretary",
    "recipients-above",
    "pdf-columns",
    "by-order-recipients-on-one-line",
]


@pytest.mark.parametrize("block", CLOSING_BLOCKS, ids=CLOSING_IDS)
@pytest.mark.parametrize(
    ("name", "body"), [("quy-dinh.md", IMPLEMENTING_TEXT), ("quy-dinh.txt", ARTICLES_TEXT)], ids=["prose", "articles"]
)
def test_closing_signature_block_is_not_part_of_the_last_passage(name, body, block):
    text = body + "\n" + "\n".join(block) + "\n"

    passages = chunk(read_bytes(name, text.encode("utf-8")))

    assert passages[-1].text.endswith("đóng đảng phí từ 2.000 đồng đến 5.000 đồng mỗi tháng.")
    texts = "\n".join(p.text for p in passages)
    for line in ("T/M", "TM.", "K/T", "BÍ THƯ", "đã ký", "Nguyễn Văn An", "Trần Cẩm Tú", "Nơi nhận", "Lưu"):
        assert line not in texts


@pytest.mark.parametrize(
    "ending",
    [
        "T/M BAN CHẤP HÀNH\nQuy định này có hiệu lực từ ngày ký; các cấp ủy, tổ chức đảng và đảng viên có trách nhiệm "
        "thi hành.",
        "T/M BAN CHẤP HÀNH\nQuy định này có hiệu lực từ ngày ký.",
        "Tm. chi ủy, đồng chí Bí thư ký thay.",
        "Chi bộ thống nhất thông qua.\nBiểu quyết: 12/12 đồng ý.",
    ],
    ids=["signature-followed-by-text", "signature-followed-by-a-sentence", "mixed-case", "short-closing-lines"],
)
def test_closing_lines_that_are_not_a_final_signature_block_are_kept(ending):
    passages = chunk(read_bytes("quy-dinh.md", f"{IMPLEMENTING_TEXT}\n{ending}\n".encode()))

    assert ending.splitlines()[-1] in passages[-1].text


TARGET_ROWS = [
    ("2.1", "Tỷ lệ hộ nghèo (theo chuẩn giai đoạn 2026–2030)", "dưới 1%"),
    ("2.2", "Tỷ lệ dân số tham gia bảo hiểm y tế", "98%"),
    ("2.3", "Tỷ lệ trường học đạt chuẩn quốc gia", "100%"),
    ("2.4", "Tỷ lệ hộ dân sử dụng nước sạch", "95%"),
    ("2.5", "Tỷ lệ che phủ rừng", "ổn định 62%"),
]


def _resolution_with_targets_table(rows: list[tuple[str, str, str]]) -> list:
    """The targets of a congress resolution, partly in a table, as the .docx a district office sends."""

    def build(document):
        document.add_paragraph("Đại hội đại biểu Đảng bộ xã Tân Hòa lần thứ XXV, nhiệm kỳ 2025–2030 quyết nghị:")
        document.add_paragraph().add_run("II. CÁC CHỈ TIÊU CHỦ YẾU").bold = True
        document.add_paragraph().add_run("2. Về văn hóa - xã hội, môi trường").bold = True
        table = document.add_table(rows=1, cols=3)
        for cell, text in zip(table.rows[0].cells, ("TT", "Chỉ tiêu", "Đến năm 2030"), strict=True):
            cell.text = text
        for row in rows:
            for cell, text in zip(table.add_row().cells, row, strict=True):
                cell.text = text
        document.add_paragraph().add_run("3. Về xây dựng Đảng và hệ thống chính trị").bold = True
        document.add_paragraph("3.1. Kết nạp đảng viên mới trong nhiệm kỳ từ 60 đảng viên trở lên.")
        document.add_paragraph("3.2. Hằng năm có 100% chi bộ được đánh giá hoàn thành nhiệm vụ trở lên.")

    return chunk(read_bytes("nghi-quyet-dai-hoi.docx", make_docx(build)))


def test_every_row_of_a_table_reaches_the_passages():
    passages = _resolution_with_targets_table(TARGET_ROWS)

    for row in TARGET_ROWS:
        assert any(" | ".join(row) in p.text for p in passages), row


def test_a_short_last_line_before_the_next_heading_is_text_not_an_empty_section():
    text = (
        "I. MỤC TIÊU\n"
        "Nâng cao năng lực lãnh đạo, sức chiến đấu của Đảng bộ; phát huy sức mạnh đoàn kết toàn dân.\n"
        "Đạt chuẩn nông thôn mới kiểu mẫu\n"
        "II. NHIỆM VỤ, GIẢI PHÁP CHỦ YẾU TRONG NHIỆM KỲ\n"
        "Tập trung lãnh đạo phát triển kinh tế nông nghiệp theo hướng hàng hóa, ứng dụng công nghệ cao.\n"
    )

    passages = chunk(Document("nq.txt", "Nghị quyết Đại hội", text))

    assert [p.citation for p in passages] == ["I. MỤC TIÊU", "II. NHIỆM VỤ, GIẢI PHÁP CHỦ YẾU TRONG NHIỆM KỲ"]
    assert passages[0].text.endswith("toàn dân.\nĐạt chuẩn nông thôn mới kiểu mẫu")


HEADER_ROW = "TT | Chỉ tiêu | Đến năm 2030"


def _many_targets(count: int) -> list[tuple[str, str, str]]:
    return [
        (f"2.{n}", f"Tỷ lệ thôn, tổ dân phố đạt tiêu chí văn hóa số {n}", f"{60 + n % 40}%")
        for n in range(1, count + 1)
    ]


@pytest.mark.parametrize("rows", [TARGET_ROWS, _many_targets(60)], ids=["short table", "table over several windows"])
def test_table_rows_are_body_text_never_section_names(rows):
    passages = _resolution_with_targets_table(rows)

    assert not [p.citation for p in passages if " | " in p.citation]
    table_passages = [p for p in passages if p.citation.startswith("II. CÁC CHỈ TIÊU CHỦ YẾU — 2. Về văn hóa")]
    for row in rows:
        assert any(" | ".join(row) in p.text for p in table_passages), row


@pytest.mark.parametrize("rows", [TARGET_ROWS, _many_targets(60)], ids=["short table", "table over several windows"])
def test_a_table_row_keeps_its_column_headers(rows):
    passages = _resolution_with_targets_table(rows)

    for row in rows:
        (passage,) = [p for p in passages if " | ".join(row) in p.text]
        assert passage.text.startswith(f"2. Về văn hóa - xã hội, môi trường\n{HEADER_ROW}\n"), passage.text[:120]


def test_table_rows_in_a_legal_text_are_article_text_not_chapters_or_articles():
    def build(document):
        document.add_paragraph("Điều 1. Phạm vi hướng dẫn")
        document.add_paragraph("Hướng dẫn này quy định việc thi hành một số điều của Điều lệ Đảng.")
        document.add_paragraph("Điều 2. Các chương của Điều lệ được hướng dẫn")
        table = document.add_table(rows=3, cols=3)
        cells = [
            ("Chương", "Nội dung", "Điều"),
            ("Chương I", "Đảng viên", "1–8"),
            ("Điều 9: nguyên tắc", "Tổ chức", "9"),
        ]
        for row, texts in zip(table.rows, cells, strict=True):
            for cell, text in zip(row.cells, texts, strict=True):
                cell.text = text
        document.add_paragraph("Điều 3. Hiệu lực thi hành")
        document.add_paragraph("Hướng dẫn này có hiệu lực từ ngày ký.")

    passages = chunk(read_bytes("huong-dan.docx", make_docx(build)))

    assert [p.citation for p in passages] == [
        "Điều 1. Phạm vi hướng dẫn",
        "Điều 2. Các chương của Điều lệ được hướng dẫn",
        "Điều 3. Hiệu lực thi hành",
    ]
    assert "Chương | Nội dung | Điều\nChương I | Đảng viên | 1–8\nĐiều 9: nguyên tắc | Tổ chức | 9" in passages[1].text


@pytest.mark.parametrize(
    ("title", "text", "left_out"),
    [
        (  # a name in capitals wrapped onto a second line that carries the note
            "NGHỊ QUYẾT ĐẠI HỘI ĐẢNG BỘ HUYỆN SƠN ĐỒNG LẦN THỨ XXII, NHIỆM KỲ 2025–2030",
            "NGHỊ QUYẾT ĐẠI HỘI ĐẢNG BỘ HUYỆN SƠN ĐỒNG LẦN THỨ XXII, NHIỆM\nKỲ 2025–2030 (Trích — văn bản tham khảo)\n"
            "Đại hội họp từ ngày 10 đến ngày 12 tháng 8 năm 2025 với 280 đại biểu.\n",
            "KỲ 2025–2030",
        ),
        (  # the type in capitals, the subject in lower case, then the note
            "Hướng dẫn số 14-HD/BTCTU kiểm điểm, đánh giá, xếp loại đảng viên hằng năm",
            "HƯỚNG DẪN kiểm điểm, đánh giá, xếp loại đảng viên hằng năm (Trích — văn bản tham khảo)\n"
            "Ban Tổ chức Tỉnh ủy hướng dẫn các chi bộ thực hiện như sau:\n",
            "HƯỚNG DẪN",
        ),
    ],
)
def test_a_title_line_with_its_note_stays_out_of_the_first_passage(title, text, left_out):
    (first, *_) = chunk(Document("vb.txt", title, text))

    assert left_out not in first.text
    assert first.text.startswith(("Đại hội họp", "Ban Tổ chức"))


def test_a_numbered_sentence_leading_into_its_items_is_not_a_heading():
    """'1. Trong thời hạn 15 ngày …, đảng viên báo cáo … các nội dung sau' + a) b): an item of part VI, not its name."""
    text = (
        "VI. BÁO CÁO SAU KHI VỀ NƯỚC\n"
        "1. Trong thời hạn 15 ngày làm việc kể từ ngày về nước, đảng viên báo cáo bằng văn bản với chi bộ các nội "
        "dung sau\na) kết quả thực hiện mục đích chuyến đi;\nb) các mối quan hệ, tiếp xúc trong chuyến đi.\n"
        "2. Chi bộ xem xét báo cáo của đảng viên tại kỳ sinh hoạt gần nhất.\n"
    )
    (passage,) = chunk(Document("hd.txt", "Hướng dẫn quản lý đảng viên ra nước ngoài", text))

    assert passage.citation == "VI. BÁO CÁO SAU KHI VỀ NƯỚC"
    assert "a) kết quả thực hiện" in passage.text and "2. Chi bộ xem xét" in passage.text


def test_a_question_numbered_alone_on_its_line_is_named_by_the_question_under_it():
    """A bulletin writes 'Câu 1.' on a line of its own, then 'Hỏi: …' and 'Trả lời: …': each item is still one
    section, cited by its question, or passages cut across items and an answer lands apart from its question."""
    text = (
        "Câu 1.\nHỏi: Đảng viên nằm viện thì chi bộ có đến thăm không, mức bao nhiêu?\n"
        "Trả lời: Chi ủy cử đại diện đến thăm, mức 300.000 đồng mỗi lần, không quá 02 lần một năm.\n"
        "Câu 2.\nHỏi: Lễ tang đảng viên có phủ cờ Đảng không?\n"
        "Trả lời: Theo nguyện vọng của gia đình, linh cữu được phủ cờ Đảng.\n"
    )
    passages = chunk(Document("hoi-dap.txt", "Bản tin sinh hoạt chi bộ", text))

    assert [p.citation for p in passages] == [
        "Câu 1. Đảng viên nằm viện thì chi bộ có đến thăm không, mức bao nhiêu?",
        "Câu 2. Lễ tang đảng viên có phủ cờ Đảng không?",
    ]
    assert "300.000 đồng" in passages[0].text and "phủ cờ Đảng" not in passages[0].text


@pytest.mark.parametrize("label", ["Câu hỏi 2:", "Câu 2.", "CÂU HỎI 2:"])
def test_each_question_of_a_question_and_answer_booklet_is_a_section(label):
    """'Hỏi – đáp' booklets are common guides: each numbered question is what a member asks, and its answer is the
    passage, cited by the question (not one 'Phần mở đầu' cut into windows)."""
    text = (
        "Câu hỏi 1: Bảo vệ chính trị nội bộ là gì?\nTrả lời:\n"
        "Bảo vệ chính trị nội bộ là toàn bộ các chủ trương, biện pháp của Đảng nhằm giữ vững sự trong sạch.\n"
        f"{label} Những trường hợp nào phải thẩm tra, xác minh tiêu chuẩn chính trị?\nTrả lời:\n"
        "Phải thẩm tra, xác minh đối với các trường hợp sau:\n"
        "1. Người được xem xét kết nạp vào Đảng.\n2. Cán bộ được đưa vào quy hoạch, đề bạt, bổ nhiệm.\n"
    )
    passages = chunk(Document("hoi-dap.md", "Tài liệu hỏi – đáp về bảo vệ chính trị nội bộ", text))

    assert [p.citation for p in passages] == [
        "Câu hỏi 1: Bảo vệ chính trị nội bộ là gì?",
        f"{label} Những trường hợp nào phải thẩm tra, xác minh tiêu chuẩn chính trị?",
    ]
    assert "2. Cán bộ được đưa vào quy hoạch" in passages[1].text
