"""Ruled tables in text PDFs are read row by row, with the text around them in place."""

import pytest

from bot.ingest import pdf_text
from bot.ingest.chunking import chunk
from bot.ingest.limits import DocumentLimits
from bot.ingest.loaders import read_bytes
from tests.test_loaders import UNICODE_FONT

pytestmark = pytest.mark.skipif(UNICODE_FONT is None, reason="no Unicode TTF font (DejaVuSans) on this machine")

TARGETS = [
    ("Chỉ tiêu", "Kết quả 2020 – 2025", "Mục tiêu 2030"),
    ("Kết nạp đảng viên mới", "389 đảng viên", "Từ 400 đảng viên trở lên"),
    ("Tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ trở lên", "Trên 90% hằng năm", "Trên 92% hằng năm, không có yếu kém"),
    ("Tỷ lệ đảng viên trong dân quân tự vệ", "26,5%", "Đạt 30% trở lên"),
]


def _page(size: int):
    """An A4 PDF page set in the Unicode body font at `size` points."""
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.add_font("Body", fname=str(UNICODE_FONT))
    pdf.set_font("Body", size=size)
    return pdf


def _report(rows=TARGETS, *, ruled: bool = True) -> bytes:
    pdf = _page(11)
    pdf.multi_cell(0, 7, "II. MỤC TIÊU VÀ CÁC CHỈ TIÊU CHỦ YẾU NHIỆM KỲ 2025 – 2030", new_x="LMARGIN", new_y="NEXT")
    pdf.multi_cell(0, 7, "Các chỉ tiêu chủ yếu của Đảng bộ trong nhiệm kỳ như sau:", new_x="LMARGIN", new_y="NEXT")
    borders = "ALL" if ruled else "NONE"
    with pdf.table(col_widths=(60, 40, 50), borders_layout=borders, first_row_as_headings=False) as table:
        for cells in rows:
            row = table.row()
            for cell in cells:
                row.cell(cell)
    pdf.multi_cell(0, 7, "III. NHIỆM VỤ, GIẢI PHÁP CHỦ YẾU", new_x="LMARGIN", new_y="NEXT")
    pdf.multi_cell(0, 7, "1. Nâng cao chất lượng sinh hoạt chi bộ và công tác kiểm tra, giám sát.")
    return bytes(pdf.output())


def test_a_ruled_table_is_read_row_by_row_with_the_text_around_it_in_place():
    text = read_bytes("bao-cao.pdf", _report()).text

    lines = text.split("\n")
    assert "Chỉ tiêu | Kết quả 2020 – 2025 | Mục tiêu 2030" in lines
    assert "Kết nạp đảng viên mới | 389 đảng viên | Từ 400 đảng viên trở lên" in lines
    # A wrapped cell is one cell again, and no row is joined to the next by the PDF reflow.
    assert (
        "Tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ trở lên | Trên 90% hằng năm | Trên 92% hằng năm, không có yếu kém"
        in lines
    )
    order = [text.index(marker) for marker in ("Các chỉ tiêu chủ yếu", "Chỉ tiêu |", "Tỷ lệ đảng viên", "III. NHIỆM")]
    assert order == sorted(order)


def test_a_question_about_one_target_finds_its_row_under_the_column_headers():
    document = read_bytes("bao-cao.pdf", _report())

    holding = [p for p in chunk(document) if "389 đảng viên" in p.text]

    assert len(holding) == 1
    # With its column headers and the line introducing it: what is counted, and which term it is for.
    assert "Chỉ tiêu | Kết quả 2020 – 2025 | Mục tiêu 2030" in holding[0].text
    assert "Các chỉ tiêu chủ yếu của Đảng bộ trong nhiệm kỳ như sau:" in holding[0].text


def test_a_table_without_rules_stays_as_the_text_layer_reads_it():
    text = read_bytes("bao-cao.pdf", _report(ruled=False)).text

    assert " | " not in text
    assert "389 đảng viên" in text


def test_a_failing_table_reader_keeps_the_plain_text_of_the_page(monkeypatch, caplog):
    def broken(data, ruled, columned, seconds):
        raise RuntimeError("pdfminer choked")

    monkeypatch.setattr(pdf_text.pdf_tables, "pages_with_layout", broken)

    text = pdf_text.read_pdf(_report(), DocumentLimits())  # in this process, where the reader is replaced

    assert "389 đảng viên" in text and "III. NHIỆM VỤ" in text and " | " not in text
    assert "PDF layout not read" in caplog.text


LEFT_COLUMN = [
    "Nhiệm kỳ qua, Đảng bộ huyện đã lãnh đạo thực hiện",
    "đạt và vượt 21 trên 24 chỉ tiêu chủ yếu của Nghị",
    "quyết Đại hội; thu nhập bình quân đầu người tăng từ",
    "38,5 triệu đồng năm 2020 lên 61,2 triệu đồng năm",
]
RIGHT_COLUMN = [
    "2025. Cụm công nghiệp Bản Thí mới lấp đầy 46% diện",
    "tích, không đạt chỉ tiêu 60% do thiếu vốn đầu tư hạ",
    "tầng và vướng giải phóng mặt bằng kéo dài nhiều năm.",
    "Tỷ lệ che phủ rừng đạt 61,5%, vượt chỉ tiêu đề ra.",
]


def _two_columns(left: list[str], right: list[str], *, rows: int = 3) -> bytes:
    """A newsletter page: a full-width title, then two columns drawn line by line across the page (the left
    line, then the right line at the same height), as a DTP program may write them."""
    pdf = _page(9)
    pdf.cell(0, 6, "PHẦN I. KẾT QUẢ THỰC HIỆN NGHỊ QUYẾT ĐẠI HỘI NHIỆM KỲ 2020 - 2025", new_x="LMARGIN", new_y="NEXT")
    y = pdf.get_y() + 4
    for _ in range(rows):  # the same lines again, so that the columns are long enough to be told apart
        for left_line, right_line in zip(left, right, strict=True):
            pdf.set_xy(15, y)
            pdf.cell(86, 5, left_line)
            pdf.set_xy(110, y)
            pdf.cell(86, 5, right_line)
            y += 5
    return bytes(pdf.output())


def test_a_page_in_two_columns_is_read_column_by_column():
    """Read across the page, '… tăng từ' would be followed by the right column's '2025. Cụm công nghiệp …' and the
    sentence split between the columns ('… năm' + '2025.') would be lost in the middle of the page."""
    text = read_bytes("bao-cao.pdf", _two_columns(LEFT_COLUMN, RIGHT_COLUMN)).text

    assert text.split("\n")[0] == "PHẦN I. KẾT QUẢ THỰC HIỆN NGHỊ QUYẾT ĐẠI HỘI NHIỆM KỲ 2020 - 2025"
    assert "đã lãnh đạo thực hiện đạt và vượt 21 trên 24 chỉ tiêu" in text  # not '… thực hiện 2025. Cụm …'
    assert "thực hiện 2025" not in text
    assert text.rindex("Nhiệm kỳ qua") < text.index("2025. Cụm công nghiệp Bản Thí")  # the left column, then the right
    assert "61,2 triệu đồng năm 2025. Cụm công nghiệp Bản Thí mới lấp đầy 46% diện tích" in text  # across the gutter


def test_a_table_set_in_two_columns_without_rules_keeps_its_rows():
    """Short label | value pairs at the same two margins are a table, not prose in columns: read by rows."""
    labels = ["Đối tượng", "Đảng viên", "Bí thư chi bộ", "Chi ủy viên"]
    values = ["Mức hỗ trợ", "300.000 đồng", "500.000 đồng", "400.000 đồng"]

    text = read_bytes("muc-ho-tro.pdf", _two_columns(labels, values, rows=2)).text

    assert "Bí thư chi bộ 500.000 đồng" in text


def test_pages_left_when_the_layout_budget_is_spent_keep_their_plain_text(caplog):
    """pdfplumber reads a page in ~0.1-0.2 s: a long two-column newsletter must still be read within the document's
    time limit. Once its share is spent, the remaining pages keep pypdf's text (read across the page) and the log
    says how many pages were read again."""
    data = _two_columns(LEFT_COLUMN, RIGHT_COLUMN)

    text = pdf_text.read_pdf(data, DocumentLimits(seconds=0.0))  # no time at all for the layout pass

    assert "đã lãnh đạo thực hiện đạt và vượt" not in text  # read across the page, as before the layout pass
    assert "Cụm công nghiệp Bản Thí" in text
    assert "PDF layout read on 0 of 1 pages within 0 s" in caplog.text


def _stamped(*, ruled_table: bool) -> bytes:
    """A page whose answer runs under a red 'signed' stamp, turned 18°, drawn last (as signing software does)."""
    pdf = _page(11)
    pdf.multi_cell(0, 7, "Câu 4. Chi bộ có được đưa tài liệu mật lên ứng dụng không?", new_x="LMARGIN", new_y="NEXT")
    answer = (
        "Trả lời: Không. Ứng dụng không dùng để lưu trữ, truyền đưa tài liệu có nội dung bí mật nhà nước dưới bất kỳ "
        "hình thức nào, kể cả ảnh chụp hay bản tóm tắt. Tài liệu mật chỉ được phổ biến trực tiếp tại buổi sinh hoạt."
    )
    pdf.multi_cell(0, 7, answer, new_x="LMARGIN", new_y="NEXT")
    if ruled_table:
        with pdf.table(col_widths=(60, 40, 50), first_row_as_headings=False) as table:
            for cells in TARGETS:
                row = table.row()
                for cell in cells:
                    row.cell(cell)
    with pdf.rotation(18, 150, 30):
        pdf.set_font("Body", size=10)
        pdf.text(130, 28, "BẢN ĐIỆN TỬ")
        pdf.text(125, 34, "ĐÃ KÝ SỐ 02/3/2026")
    return bytes(pdf.output())


@pytest.mark.parametrize("ruled_table", [False, True], ids=["text", "ruled-table"])
def test_a_turned_stamp_stays_out_of_the_text_it_covers(ruled_table):
    document = read_bytes("hoi-dap/so-tay.pdf", _stamped(ruled_table=ruled_table))

    assert "BẢN ĐIỆN TỬ" not in document.text and "ĐÃ KÝ SỐ" not in document.text
    assert "bí mật nhà nước dưới bất kỳ hình thức nào, kể cả ảnh chụp hay bản tóm tắt." in " ".join(
        document.text.split()
    )


def _tracked_title() -> bytes:
    """A title drawn letter by letter with wide tracking, as a designer sets 'T À I  L I Ệ U' over a Q&A sheet."""
    pdf = _page(14)
    x = 40.0
    for char in "TÀI LIỆU HỎI - ĐÁP":
        if char != " ":
            pdf.text(x, 30, char)
        x += pdf.get_string_width(char) + 2.0  # 2 mm between letters, a space's width more between words
    pdf.set_font("Body", size=11)
    pdf.set_xy(10, 40)
    body = [
        "về ứng dụng Sổ tay đảng viên và sinh hoạt chi bộ trực tuyến",
        "Câu 1. Tài liệu này trả lời những câu hỏi đảng viên thường gặp.",
        "Hỏi: Đảng viên dự bị đăng nhập bằng gì? Đáp: bằng số căn cước.",
    ]
    for line in body:
        pdf.multi_cell(0, 7, line, new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())


def test_a_title_set_letter_by_letter_reads_as_words():
    document = read_bytes("hoi-dap/so-tay.pdf", _tracked_title())

    assert document.text.splitlines()[0].startswith("TÀI LIỆU HỎI - ĐÁP về ứng dụng")
    assert document.title.startswith("TÀI LIỆU HỎI - ĐÁP")


def test_a_watermark_goes_but_the_same_word_in_the_text_stays():
    pdf = _page(12)
    pdf.multi_cell(0, 8, "V. BẢO QUẢN TÀI LIỆU MẬT", new_x="LMARGIN", new_y="NEXT")
    pdf.multi_cell(0, 8, "Tài liệu mật được lưu giữ trong tủ sắt có khóa.", new_x="LMARGIN", new_y="NEXT")
    with pdf.rotation(45, 100, 150):
        pdf.set_font("Body", size=40)
        pdf.text(80, 150, "MẬT")
    text = read_bytes("bao-mat.pdf", bytes(pdf.output())).text

    assert "V. BẢO QUẢN TÀI LIỆU MẬT" in text
    assert "MẬT" not in text.replace("V. BẢO QUẢN TÀI LIỆU MẬT", "")
