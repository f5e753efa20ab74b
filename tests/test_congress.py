"""Congress documents (issue 10.3): political reports, resolutions and congress news, chunked along their own
structure (Phần, I./II., 1./2., lists of targets, tables) and cited in a way a member recognises."""

from pathlib import Path

import pytest

from bot.ingest.chunking import PASSAGE_MAX_CHARS, chunk
from bot.ingest.loaders import read_bytes, read_file
from tests.conftest import make_docx

FIXTURES = Path(__file__).parent / "fixtures" / "congress"
REPORT = "bao-cao-chinh-tri.txt"
PART_TWO = "Phần thứ hai. PHƯƠNG HƯỚNG, MỤC TIÊU, NHIỆM VỤ"


@pytest.fixture(scope="module")
def report():
    return chunk(read_file(FIXTURES / REPORT, FIXTURES))


def _holding(passages, text):
    found = [p for p in passages if text in p.text]
    assert len(found) == 1, (text, [p.citation for p in found])
    return found[0]


def test_political_report_is_named_by_type_number_and_subject(report):
    assert report[0].title.startswith("Báo cáo chính trị số 01-BC/ĐU của Ban Chấp hành Đảng bộ Các cơ quan tỉnh")


def test_numbered_parts_are_sections_not_title_block(report):
    first = _holding(report, "tỷ lệ đảng viên tham gia học tập đạt trên 95%")

    assert first.citation.startswith("Phần thứ nhất. KẾT QUẢ THỰC HIỆN NGHỊ QUYẾT")
    assert " — I. KẾT QUẢ ĐẠT ĐƯỢC — 1. Công tác chính trị, tư tưởng" in first.citation
    assert first.text.startswith("1. Công tác chính trị, tư tưởng\n")


@pytest.mark.parametrize(
    ("text", "levels"),
    [
        ("vượt 25% so với chỉ tiêu", ["Phần thứ nhất", "I. KẾT QUẢ ĐẠT ĐƯỢC", "2. Công tác tổ chức, cán bộ"]),
        ("thời gian dành cho công tác đảng", ["Phần thứ nhất", "II. HẠN CHẾ, NGUYÊN NHÂN"]),
        ("xây dựng Đảng bộ trong sạch", ["Phần thứ hai", "I. PHƯƠNG HƯỚNG, MỤC TIÊU", "1. Phương hướng"]),
        ("đấu tranh phản bác", ["Phần thứ hai", "II. NHIỆM VỤ, GIẢI PHÁP", "1. Tăng cường công tác chính trị"]),
    ],
)
def test_citation_is_the_path_of_numbered_headings(report, text, levels):
    citation = _holding(report, text).citation

    parts = citation.split(" — ")
    assert len(parts) == len(levels), citation
    for part, level in zip(parts, levels, strict=True):
        assert part.startswith(level), citation


def test_a_numbered_list_of_targets_stays_together_with_its_heading(report):
    targets = _holding(report, "Kết nạp từ 1.200 đảng viên mới")

    assert targets.citation.startswith(PART_TWO)
    assert targets.citation.endswith("I. PHƯƠNG HƯỚNG, MỤC TIÊU — 3. Các chỉ tiêu chủ yếu")
    assert targets.text.startswith("3. Các chỉ tiêu chủ yếu\n1. Hằng năm có trên 90% tổ chức cơ sở đảng")
    for number in range(1, 9):
        assert f"\n{number}. " in targets.text
    assert "Phấn đấu 85% trở lên tổ chức đoàn thể" in targets.text  # the last item, without a full stop


def test_breakthroughs_are_one_passage_under_their_part(report):
    breakthroughs = _holding(report, "Đổi mới phương thức lãnh đạo của cấp ủy")

    assert breakthroughs.citation.startswith(PART_TWO)
    assert breakthroughs.citation.endswith(" — III. BA KHÂU ĐỘT PHÁ")
    assert "Đẩy mạnh ứng dụng công nghệ thông tin" in breakthroughs.text
    assert "Nâng cao chất lượng sinh hoạt chi bộ, trọng tâm" in breakthroughs.text


HEADER = ("Chỉ tiêu", "Kết quả nhiệm kỳ 2015 - 2020", "Mục tiêu nhiệm kỳ 2020 - 2025")
ROWS = [
    (f"Chỉ tiêu số {n}: tỷ lệ tổ chức cơ sở đảng và đảng viên hoàn thành tốt nhiệm vụ ở khối {n}", f"{80 + n}%", "90%")
    for n in range(1, 31)
]
ELECTED = [f"Đồng chí Nguyễn Văn {name}, Ủy viên Ban Chấp hành" for name in "ABCDEGHIKLMNOPQ"]


def _resolution() -> bytes:
    def build(document):
        document.add_paragraph("NGHỊ QUYẾT")
        document.add_paragraph("Đại hội đại biểu Đảng bộ Các cơ quan tỉnh lần thứ XVIII, nhiệm kỳ 2020 - 2025")
        document.add_paragraph("I. CÁC CHỈ TIÊU CHỦ YẾU")
        document.add_paragraph("Đại hội thống nhất các chỉ tiêu chủ yếu của nhiệm kỳ như bảng dưới đây.")
        table = document.add_table(rows=1 + len(ROWS), cols=3)
        for row, values in enumerate([HEADER, *ROWS]):
            for column, value in enumerate(values):
                table.cell(row, column).text = value
        document.add_paragraph("II. KẾT QUẢ BẦU CỬ")
        document.add_paragraph(f"Đại hội đã bầu Ban Chấp hành Đảng bộ khóa XVIII gồm {len(ELECTED)} đồng chí:")
        for name in ELECTED:
            document.add_paragraph(f"- {name};")
        document.add_paragraph("Ban Chấp hành đã bầu đồng chí Nguyễn Văn A giữ chức Bí thư Đảng ủy.")

    return make_docx(build)


def test_every_table_row_keeps_its_column_headers():
    passages = chunk(read_bytes("nghi-quyet-dai-hoi.docx", _resolution()))
    header = " | ".join(HEADER)

    with_rows = [p for p in passages if "Chỉ tiêu số " in p.text]
    assert len(with_rows) >= 2, "the table must be long enough to be split"
    for passage in with_rows:
        assert header in passage.text, passage.citation
        assert passage.citation.startswith("I. CÁC CHỈ TIÊU CHỦ YẾU")
        assert len(passage.text) <= PASSAGE_MAX_CHARS
    found = [row for row in ROWS if any(" | ".join(row) in p.text for p in with_rows)]
    assert found == ROWS


def test_personnel_results_stay_together_with_their_introduction():
    passages = chunk(read_bytes("nghi-quyet-dai-hoi.docx", _resolution()))

    elected = _holding(passages, ELECTED[0])

    assert elected.citation == "II. KẾT QUẢ BẦU CỬ"
    assert "gồm 15 đồng chí:" in elected.text
    assert all(name in elected.text for name in ELECTED)


def test_a_part_name_wrapped_over_two_lines_is_one_heading():
    text = (
        "PHẦN THỨ HAI\nPHƯƠNG HƯỚNG, MỤC TIÊU, NHIỆM VỤ VÀ GIẢI PHÁP\nNHIỆM KỲ 2020 - 2025\n"
        "Phần này trình bày phương hướng và mục tiêu của Đảng bộ trong nhiệm kỳ mới.\n"
        "I. PHƯƠNG HƯỚNG, MỤC TIÊU\nNâng cao năng lực lãnh đạo và sức chiến đấu của tổ chức đảng.\n"
    )

    part, direction = chunk(read_bytes("phuong-huong.txt", text.encode("utf-8")))

    assert part.citation == "Phần thứ hai. PHƯƠNG HƯỚNG, MỤC TIÊU, NHIỆM VỤ VÀ GIẢI PHÁP NHIỆM KỲ 2020 - 2025"
    assert part.text.startswith(part.citation + "\nPhần này trình bày")
    assert direction.citation.endswith("… — I. PHƯƠNG HƯỚNG, MỤC TIÊU")


@pytest.mark.parametrize(
    "marks",
    [
        ("Một là,", "Hai là,", "Ba là,"),
        ("Thứ nhất:", "Thứ hai:", "Thứ ba:"),
        ("Thứ nhất,", "Thứ hai,", "Thứ ba,"),
        ("Đột phá thứ nhất:", "Đột phá thứ hai:", "Đột phá thứ ba:"),  # what is counted, then the ordinal
    ],
)
def test_an_ordinal_enumeration_stays_together_with_its_lead_in(marks):
    """'Một là, … Hai là, … Ba là, …' is a list: one window holds the lead-in and all three, even when the
    section is longer than one window."""
    filler = "Các cấp ủy, tổ chức đảng phát huy truyền thống đoàn kết, chủ động, sáng tạo trong mọi nhiệm vụ. " * 4
    items = [f"{mark} {filler[:250]}" for mark in marks]
    text = "\n".join(
        ["Báo cáo chính trị", "Nhiệm vụ trọng tâm", filler, "Đảng bộ tập trung 3 nhóm nhiệm vụ trọng tâm sau:", *items]
    )

    passages = chunk(read_bytes("bao-cao.txt", text.encode("utf-8")))

    holding = [p for p in passages if marks[0] in p.text]
    assert len(holding) == 1
    assert all(item in holding[0].text for item in items)
    assert "3 nhóm nhiệm vụ trọng tâm sau:" in holding[0].text


PROVINCE_REPORT = """ĐẢNG BỘ TỈNH THẠCH LÂM
BAN CHẤP HÀNH KHÓA XVI
*
ĐẢNG CỘNG SẢN VIỆT NAM
Thạch Lâm, ngày 06 tháng 10 năm 2025

BÁO CÁO CHÍNH TRỊ
của Ban Chấp hành Đảng bộ tỉnh khóa XVI trình Đại hội đại biểu Đảng bộ tỉnh lần thứ XVII, nhiệm kỳ 2025 - 2030

Đại hội đại biểu Đảng bộ tỉnh Thạch Lâm lần thứ XVII diễn ra từ ngày 14 đến ngày 16 tháng 10 năm 2025 tại Trung \
tâm Hội nghị tỉnh, với 350 đại biểu thay mặt cho hơn 98.000 đảng viên trong toàn Đảng bộ.

Phần thứ hai. PHƯƠNG HƯỚNG, MỤC TIÊU, NHIỆM VỤ NHIỆM KỲ 2025 - 2030

III. BA KHÂU ĐỘT PHÁ
1. Hoàn thiện hạ tầng giao thông, trọng tâm là tuyến đường bộ ven biển dài 86 km nối các khu kinh tế.
2. Phát triển nguồn nhân lực chất lượng cao, thu hút 300 chuyên gia, nhà khoa học về làm việc đến năm 2030.
3. Chuyển đổi số toàn diện trong các cơ quan Đảng, chính quyền và đoàn thể.
"""


@pytest.fixture(scope="module")
def province(tmp_path_factory, real_embedder):
    from bot.qa.service import QAService

    root = tmp_path_factory.mktemp("province")
    (root / "knowledge" / "van-kien").mkdir(parents=True)
    (root / "knowledge" / "van-kien" / "bao-cao-chinh-tri.md").write_text(PROVINCE_REPORT, encoding="utf-8")
    service = QAService(root / "knowledge", root / "index", real_embedder)
    service.rebuild()
    return service


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        # The title says 'Đảng bộ tỉnh' and no name; the report names its province in its opening.
        ("Đại hội Đảng bộ tỉnh Thạch Lâm lần thứ XVII chọn những khâu đột phá nào?", "passages"),
        ("Tỉnh Thạch Lâm muốn thu hút bao nhiêu chuyên gia, nhà khoa học đến năm 2030?", "passages"),
        ("Tỉnh Hà Lĩnh muốn thu hút bao nhiêu chuyên gia, nhà khoa học đến năm 2030?", "none"),
    ],
)
def test_a_report_named_by_its_letterhead_answers_for_its_own_province_only(province, question, kind):
    assert province.ask(question).kind == kind


def test_a_part_heading_wrapped_in_a_narrow_column_keeps_its_whole_name():
    """'PHẦN II. PHƯƠNG HƯỚNG, MỤC TIÊU,' + 'NHIỆM VỤ VÀ GIẢI PHÁP NHIỆM KỲ 2025 -' + '2030', as a two-column PDF
    prints it: a heading ending in a comma is still the part, or its sections are cited under Part I."""
    text = (
        "BÁO CÁO CHÍNH TRỊ của Ban Chấp hành Đảng bộ huyện Kim Lũy\n"
        "PHẦN I. KẾT QUẢ THỰC HIỆN NGHỊ QUYẾT\n"
        "1. Về phát triển kinh tế\n"
        "Thu nhập bình quân đầu người tăng từ 38,5 triệu đồng lên 61,2 triệu đồng.\n"
        "PHẦN II. PHƯƠNG HƯỚNG, MỤC TIÊU,\n"
        "NHIỆM VỤ VÀ GIẢI PHÁP NHIỆM KỲ 2025 -\n"
        "2030\n"
        "1. Mục tiêu tổng quát\n"
        "Phấn đấu đến năm 2030 Kim Lũy trở thành huyện khá của tỉnh.\n"
        "2. Các chỉ tiêu chủ yếu đến năm 2030\n"
        "(1) Tốc độ tăng giá trị sản xuất bình quân đạt 9,0%/năm trở lên.\n"
    )

    passages = chunk(read_bytes("bao-cao.txt", text.encode()))

    target = _holding(passages, "9,0%/năm trở lên")
    assert target.citation.startswith("Phần II. PHƯƠNG HƯỚNG, MỤC TIÊU, NHIỆM VỤ VÀ GIẢI PHÁP")  # shortened
    assert target.citation.endswith(" — 2. Các chỉ tiêu chủ yếu đến năm 2030")
    assert "2030" not in target.text.splitlines() and "NHIỆM VỤ VÀ GIẢI PHÁP" not in target.text
