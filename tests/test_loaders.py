import io
import itertools
import shutil
import subprocess
import unicodedata
import zipfile
from pathlib import Path

import pytest
from docx.shared import Cm as docx_cm

from bot.errors import DocumentRejected
from bot.ingest.chunking import chunk
from bot.ingest.loaders import discover, guess_title, read_bytes, read_file
from bot.ingest.pdf_text import reflow
from bot.ingest.titles import is_letterhead
from tests.conftest import make_docx

VIETNAMESE = "Điều 5. Đảng viên dự bị\nNgười được kết nạp vào Đảng phải trải qua thời gian dự bị mười hai tháng."


def _unicode_font() -> Path | None:
    """A TTF with Vietnamese glyphs: DejaVuSans where it usually lives, else whatever fc-match offers."""
    for path in (Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"), *Path("/usr/share/fonts").rglob("*.ttf")):
        if path.is_file() and "dejavusans" in path.name.lower().replace("-", ""):
            return path
    if shutil.which("fc-match"):
        found = subprocess.run(
            ["fc-match", "-f", "%{file}", "DejaVu Sans:lang=vi"], capture_output=True, text=True, check=False
        ).stdout
        if found.endswith(".ttf") and Path(found).is_file():
            return Path(found)
    return None


UNICODE_FONT = _unicode_font()


def _pdf(lines: list[str], font: Path | None = None, size: int = 12) -> bytes:
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    if font is None:
        pdf.set_font("Helvetica", size=size)
    else:
        pdf.add_font("Body", fname=str(font))
        pdf.set_font("Body", size=size)
    for line in lines:
        pdf.multi_cell(0, 8, line, new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())


@pytest.mark.parametrize(
    "encoded",
    [
        VIETNAMESE.encode("utf-8"),
        VIETNAMESE.encode("utf-8-sig"),
        VIETNAMESE.encode("utf-16"),
        VIETNAMESE.encode("utf-16-le"),
        VIETNAMESE.replace("\n", "\r\n").encode("utf-8"),
    ],
    ids=["utf-8", "utf-8-bom", "utf-16-bom", "utf-16-le-no-bom", "crlf"],
)
def test_txt_encodings_are_decoded(encoded):
    document = read_bytes("dieu-le.txt", encoded)

    assert document.text.strip() == VIETNAMESE
    assert document.source == "dieu-le.txt"


def test_nfd_and_old_tone_marks_are_normalised():
    text = unicodedata.normalize("NFD", "Ủy ban kiểm tra và chi bộ hoà giải, thuỷ chung với Đảng.")
    old_style = text.replace(unicodedata.normalize("NFD", "Ủy"), unicodedata.normalize("NFD", "Uỷ"))

    document = read_bytes("ghi-chu.md", old_style.encode("utf-8"))

    assert document.text == "Ủy ban kiểm tra và chi bộ hòa giải, thủy chung với Đảng."


def test_docx_paragraphs_and_table_are_read_in_order():
    def build(document):
        document.add_heading("QUY ĐỊNH về đảng phí", level=1)
        document.add_paragraph("Điều 1. Mức đóng đảng phí của đảng viên")
        table = document.add_table(rows=2, cols=2)
        table.cell(0, 0).text = "Đối tượng"
        table.cell(0, 1).text = "Mức đóng"
        table.cell(1, 0).text = "Đảng viên hưởng lương"
        table.cell(1, 1).text = "1% tiền lương"
        document.add_paragraph("Điều 2. Đảng viên đóng đảng phí hằng tháng tại chi bộ.")

    text = read_bytes("dang-phi.docx", make_docx(build)).text

    order = [
        "QUY ĐỊNH về đảng phí",
        "Điều 1. Mức đóng đảng phí",
        "Đối tượng | Mức đóng",
        "Đảng viên hưởng lương | 1% tiền lương",
        "Điều 2. Đảng viên đóng đảng phí",
    ]
    positions = [text.find(piece) for piece in order]
    assert -1 not in positions, text
    assert positions == sorted(positions)


def test_docx_merged_cells_are_not_repeated():
    def build(document):
        document.add_paragraph("Bảng tổng hợp kết quả kiểm tra năm 2023")
        table = document.add_table(rows=2, cols=3)
        table.cell(0, 0).merge(table.cell(0, 2)).text = "Kết quả kiểm tra"
        for column, value in enumerate(("Chi bộ A", "Tốt", "Đạt")):
            table.cell(1, column).text = value

    text = read_bytes("bang.docx", make_docx(build)).text

    assert text.count("Kết quả kiểm tra") == 1
    assert "Chi bộ A | Tốt | Đạt" in text


@pytest.mark.skipif(UNICODE_FONT is None, reason="no Unicode TTF font (DejaVuSans) on this machine")
def test_vietnamese_pdf_is_read_through_its_text_layer():
    data = _pdf(["ĐIỀU LỆ ĐẢNG", *VIETNAMESE.split("\n")], font=UNICODE_FONT)

    document = read_bytes("dieu-le.pdf", data)

    assert "Đảng viên dự bị" in document.text
    assert "mười hai tháng" in document.text
    assert unicodedata.is_normalized("NFC", document.text)


def test_ascii_pdf_is_read_through_its_text_layer():
    data = _pdf(["Party cell meeting minutes", "The cell meets once a month to review the work of its members."])

    document = read_bytes("minutes.pdf", data)

    assert "The cell meets once a month" in document.text
    assert document.title == "Party cell meeting minutes"


def test_html_text_without_scripts_and_navigation():
    html = """<html><head><title>t</title><style>p {color: red}</style></head><body>
    <nav>Trang chủ | Tin tức</nav>
    <h1>Hướng dẫn sinh hoạt chi bộ</h1>
    <p>Chi bộ sinh hoạt thường kỳ mỗi tháng một lần.</p>
    <script>var tracking = "không được đọc";</script>
    <footer>Bản quyền thuộc về tòa soạn</footer>
    </body></html>"""

    document = read_bytes("huong-dan.html", html.encode("utf-8"))

    assert "Chi bộ sinh hoạt thường kỳ mỗi tháng một lần." in document.text
    assert document.title == "Hướng dẫn sinh hoạt chi bộ"
    for hidden in ("tracking", "Trang chủ", "Bản quyền", "color: red"):
        assert hidden not in document.text


SAVED_PAGE = """<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8">
<title>Huyện ủy sơ kết công tác dân vận - Cổng Thông tin điện tử Huyện ủy Phước Khê</title>
<script>gtag('js', new Date());</script></head><body>
<div class="topbar"><span>Thứ Năm, 14/09/2023</span> <a href="/rss">RSS</a> | <a href="/lien-he">Liên hệ</a></div>
<header><div class="site-name">CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN ỦY PHƯỚC KHÊ</div></header>
<nav><ul><li><a href="/">Trang chủ</a></li><li><a href="/dan-van">Dân vận</a></li></ul></nav>
<div class="container"><ol class="breadcrumb"><li>Trang chủ</li><li>Dân vận</li></ol>
<main><article>
<p class="editor-note"><em>(Trích — văn bản tham khảo)</em></p>
<h1>Huyện ủy Phước Khê sơ kết giữa nhiệm kỳ công tác dân vận</h1><!-- bài viết: mã 1274 -->
<div class="post-meta"><span class="author">Thu Hà – Minh Tuấn</span> · <time>19/12/2025 10:15</time></div>
<p>Dự hội nghị có đồng chí <strong>Phạm Văn Kiên</strong>, Phó Trưởng Ban Dân vận Tỉnh ủy, cùng
<a href="/dai-bieu">210 đại biểu</a> của các xã, thị trấn.</p>
<table><caption>Mô hình được công nhận theo lĩnh vực</caption>
<thead><tr><th>Lĩnh vực</th><th>Số mô hình</th><th>Mô hình tiêu biểu</th></tr></thead>
<tbody><tr><td>Phát triển kinh tế</td><td>124</td><td>Tổ hợp tác trồng bưởi hữu cơ thôn Khe Mát</td></tr>
<tr><td>Văn hóa, xã hội</td><td>26</td><td>Ngôi nhà gom rác tái chế của trường học xã Yên Sơn</td></tr></tbody></table>
<div class="section-header"><h2>Nhiệm vụ thời gian tới</h2></div>
<p>Hội nghị thống nhất năm nhiệm vụ trọng tâm cho nửa cuối nhiệm kỳ.<br>Trước hết là đổi mới nội dung dân vận.</p>
</article>
<aside class="related"><h3>Tin liên quan</h3><ul><li><a href="/a">Hội nghị Ban Chấp hành mở rộng</a></li></ul></aside>
</main></div>
<footer>Bản quyền © Huyện ủy Phước Khê. Điện thoại: 0207 3852 111</footer>
</body></html>"""


def test_a_saved_web_page_reads_as_its_article():
    document = read_bytes("tin-tuc/so-ket.html", SAVED_PAGE.encode("utf-8"))
    lines = document.text.splitlines()

    assert document.title == "Huyện ủy Phước Khê sơ kết giữa nhiệm kỳ công tác dân vận"
    for site in (
        "RSS",
        "Trang chủ",
        "CỔNG THÔNG TIN",
        "Tin liên quan",
        "Bản quyền",
        "0207",
        "gtag",
        "mã 1274",
        "Thu Hà",
    ):
        assert site not in document.text
    # Inline markup does not break a paragraph; <br> does.
    assert (
        "Dự hội nghị có đồng chí Phạm Văn Kiên, Phó Trưởng Ban Dân vận Tỉnh ủy, cùng 210 đại biểu của các xã, thị trấn."
        in lines
    )
    assert "Trước hết là đổi mới nội dung dân vận." in lines
    # A table row is one line under its header row, as the .docx reader writes it.
    header = lines.index("Lĩnh vực | Số mô hình | Mô hình tiêu biểu")
    assert lines[header + 1] == "Phát triển kinh tế | 124 | Tổ hợp tác trồng bưởi hữu cơ thôn Khe Mát"
    citations = [passage.citation for passage in chunk(document)]
    assert not any("Ngôi nhà gom rác" in citation for citation in citations)
    assert any(citation.startswith("Nhiệm vụ thời gian tới") for citation in citations)


OLD_STYLE_PAGE = """<html><head><title>Trao Huy hiệu Đảng - Cổng thông tin điện tử Huyện ủy</title></head><body>
<div class="menutop"><table><tr><td class="menuitem"><a href="/">Trang chủ</a></td></tr></table></div>
<div class="datebar">Thứ Hai, 03/02/2025 | RSS</div>
<table class="maintable"><tr>
<td class="boxleft"><div class="breadcrumb">Trang chủ » Tin tức</div>
<div class="contentdetail">
<div class="note">(Trích — văn bản tham khảo)</div>
<div class="titledetail">Huyện Kim Thạch trao Huy hiệu Đảng đợt 3/2 cho 186 đảng viên</div>
<div class="sapo">Sáng 03/2, Huyện ủy Kim Thạch tổ chức lễ trao Huy hiệu Đảng cho 186 đảng viên.</div>
<p>Đợt này có 01 đồng chí nhận Huy hiệu 75 năm tuổi Đảng và 03 đồng chí nhận Huy hiệu 70 năm.</p>
<table class="data"><tr><td>Mốc Huy hiệu</td><td>Số đảng viên</td></tr><tr><td>75 năm</td><td>01</td></tr></table>
</div></td>
<td class="boxright"><div class="title">Tin mới</div><ul class="listnew"><li>Hội nghị tổng kết</li></ul>
<div class="adv"><img src="qc.jpg" alt="Quảng cáo"></div></td>
</tr></table>
<div class="footer">Văn phòng Huyện ủy. Điện thoại: 0219 3861 234</div>
</body></html>"""


def test_an_old_style_page_laid_out_with_tables_reads_as_its_article():
    """No <article>, <main> or <nav>: the content block by its class, a layout table's cells as blocks (not one
    row of ' | '), and the data table inside it as rows."""
    document = read_bytes("tin-tuc/trao-huy-hieu.html", OLD_STYLE_PAGE.encode("utf-8"))
    lines = document.text.splitlines()

    assert document.title == "Huyện Kim Thạch trao Huy hiệu Đảng đợt 3/2 cho 186 đảng viên"
    assert "Đợt này có 01 đồng chí nhận Huy hiệu 75 năm tuổi Đảng và 03 đồng chí nhận Huy hiệu 70 năm." in lines
    assert "75 năm | 01" in lines
    for site in ("Trang chủ", "RSS", "Tin mới", "Hội nghị tổng kết", "0219"):
        assert site not in document.text
    # The title line is the document's name, not a section of it ('Huyện Kim Thạch … — Huyện Kim Thạch …').
    assert not any(passage.citation.startswith("Huyện Kim Thạch") for passage in chunk(document))


def _zip_without_docx_parts() -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr("hello.txt", "not a word document")
    return out.getvalue()


def _textless_pdf() -> bytes:
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.rect(20, 20, 100, 60, style="F")
    return bytes(pdf.output())


@pytest.mark.parametrize(
    ("name", "data", "reason"),
    [
        ("hong.docx", b"this is not a zip archive at all", "not a valid .docx"),
        ("hong.docx", _zip_without_docx_parts(), "cannot be parsed"),
        ("hong.pdf", b"%PDF-1.4\n1 0 obj << /Type /Catalog >> garbage without xref", "PDF"),
        ("hong.pdf", b"definitely not a pdf " * 10, "PDF"),
        ("scan.pdf", _textless_pdf(), "no text layer"),
        ("trong.txt", b"", "empty"),
        ("trong.md", b"  \n\t\n", "empty"),
        ("ngan.txt", "Điều 1.".encode(), "no usable text"),
        ("latin1.txt", "Procès-verbal de la réunion du comité, année 2023".encode("latin-1"), "UTF-8"),
        ("hong-utf8.txt", "Ủy ban kiểm tra của Đảng ủy cơ sở".encode()[:-1] + b"\xe9\xff", "UTF-8"),
        ("bang.xlsx", b"PK\x03\x04 spreadsheet", "unsupported file type '.xlsx'"),
        ("cu.doc", b"\xd0\xcf\x11\xe0 old word", "unsupported file type '.doc'"),
        ("README", b"no extension at all, but plenty of text", "unsupported file type '(none)'"),
    ],
)
def test_unusable_files_are_rejected_with_a_reason(name, data, reason):
    with pytest.raises(DocumentRejected) as caught:
        read_bytes(name, data)

    assert caught.value.name == name
    assert reason in caught.value.reason
    assert name in str(caught.value)


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "ĐẢNG CỘNG SẢN VIỆT NAM\nBAN CHẤP HÀNH TRUNG ƯƠNG\nSố 24-QĐ/TW\nHà Nội, ngày 30 tháng 7 năm 2021\n"
            "QUY ĐỊNH\nThi hành Điều lệ Đảng\nChương I\nĐIỀU KHOẢN CHUNG\nĐiều 1. Kết nạp đảng viên",
            "Quy định số 24-QĐ/TW thi hành Điều lệ Đảng",
        ),
        (
            "ĐẢNG CỘNG SẢN VIỆT NAM\n---------------\nSố: 05-HD/BTCTW\n\nHƯỚNG DẪN\n"
            "Về nghiệp vụ công tác đảng viên\n\nI. Về kết nạp",
            "Hướng dẫn số 05-HD/BTCTW về nghiệp vụ công tác đảng viên",
        ),
        (
            "ĐẢNG CỘNG SẢN VIỆT NAM\nĐIỀU LỆ ĐẢNG\nChương I\nĐẢNG VIÊN\nĐiều 1. Tiêu chuẩn",
            "ĐIỀU LỆ ĐẢNG",
        ),
        (
            "ĐẢNG CỘNG SẢN VIỆT NAM\nQUY ĐỊNH VỀ CHUYỂN SINH HOẠT ĐẢNG CỦA ĐẢNG VIÊN\nĐiều 1. Phạm vi",
            "QUY ĐỊNH VỀ CHUYỂN SINH HOẠT ĐẢNG CỦA ĐẢNG VIÊN",
        ),
        (
            "ĐẢNG CỘNG SẢN VIỆT NAM\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
            "Bắc Giang, ngày 15 tháng 12 năm 2023\n# Hội nghị tổng kết công tác xây dựng Đảng\nNội dung.",
            "Hội nghị tổng kết công tác xây dựng Đảng",
        ),
        (
            "BỘ CHÍNH TRỊ\n*\nSố 342-QĐ/TW\nHà Nội, ngày 28 tháng 12 năm 2010\nQUYẾT ĐỊNH\nVề chế độ đảng phí\n"
            "-----\n- Căn cứ Điều lệ Đảng;\nBỘ CHÍNH TRỊ QUYẾT ĐỊNH:\nĐiều 1. Đối tượng",
            "Quyết định số 342-QĐ/TW về chế độ đảng phí",
        ),
        (
            "BỘ CHÍNH TRỊ ĐẢNG CỘNG SẢN VIỆT NAM\nSố 342-QĐ/TW Hà Nội, ngày 28 tháng 12 năm 2010\n"
            "QUYẾT ĐỊNH về chế độ đảng phí\nĐiều 1. Đối tượng",
            "Quyết định số 342-QĐ/TW về chế độ đảng phí",
        ),
        (
            "ĐẢNG BỘ PHƯỜNG HÒA BÌNH\nCHI BỘ KHU PHỐ 5\nSinh hoạt chuyên đề quý I năm 2024\nNội dung sinh hoạt.",
            "Sinh hoạt chuyên đề quý I năm 2024",
        ),
        (
            "BÁO CÁO CHÍNH TRỊ\ncủa Ban Chấp hành Đảng bộ tỉnh khóa XVIII\nPhần thứ nhất",
            "Báo cáo chính trị của Ban Chấp hành Đảng bộ tỉnh khóa XVIII",
        ),
        (
            "TỈNH ỦY ĐÔNG SƠN\nSố 14-HD/BTCTU\nHƯỚNG DẪN kiểm điểm, xếp loại đảng viên hằng năm (Trích — văn bản tham "
            "khảo)\nThực hiện quy định của Bộ Chính trị, Ban Tổ chức hướng dẫn như sau:",
            "Hướng dẫn số 14-HD/BTCTU kiểm điểm, xếp loại đảng viên hằng năm",
        ),
        (
            "ĐẢNG BỘ HUYỆN SƠN ĐỒNG\nSố 01-NQ/ĐH\nNGHỊ QUYẾT\nĐẠI HỘI ĐẢNG BỘ HUYỆN SƠN ĐỒNG LẦN THỨ XXII, NHIỆM\n"
            "KỲ 2025–2030 (trích)\nĐại hội đại biểu Đảng bộ huyện họp từ ngày 10 đến ngày 12 tháng 8 năm 2025.",
            "NGHỊ QUYẾT ĐẠI HỘI ĐẢNG BỘ HUYỆN SƠN ĐỒNG LẦN THỨ XXII, NHIỆM KỲ 2025–2030 (số 01-NQ/ĐH)",
        ),
        (
            "HỘI CỰU CHIẾN BINH VIỆT NAM\n\nĐIỀU LỆ HỘI CỰU CHIẾN BINH VIỆT NAM\n(Trích — văn bản tham khảo)\n"
            "Chương I. TÊN GỌI",
            "ĐIỀU LỆ HỘI CỰU CHIẾN BINH VIỆT NAM",
        ),
        (
            "ĐẢNG ỦY TRƯỜNG ĐẠI HỌC BẮC PHƯƠNG\n*\nSố 112-BC/ĐU\nBÁO CÁO\n"
            "kiểm điểm sự lãnh đạo, chỉ đạo của Ban Chấp hành Đảng bộ Trường\n"
            "Đại học Bắc Phương nhiệm kỳ 2020 – 2025 (trình Đại hội đại biểu Đảng bộ Trường lần thứ VIII)\n"
            "Ban Chấp hành khóa VII gồm 15 đồng chí. Ban Chấp hành tự kiểm điểm như sau:\nI. ƯU ĐIỂM",
            "Báo cáo số 112-BC/ĐU kiểm điểm sự lãnh đạo, chỉ đạo của Ban Chấp hành Đảng bộ Trường Đại học Bắc "
            "Phương nhiệm kỳ 2020 – 2025 (trình Đại hội đại biểu Đảng bộ Trường lần thứ VIII)",
        ),
        (
            "HUYỆN ỦY YÊN THẠCH\n*\nSố 03-CTr/HU\nCHƯƠNG TRÌNH HÀNH ĐỘNG\n"
            "thực hiện Nghị quyết Đại hội đại biểu Đảng bộ huyện Yên Thạch lần thứ XXIII, nhiệm kỳ 2025 – 2030\n"
            "(Trích — văn bản tham khảo)\nĐại hội đã thông qua Nghị quyết số 01-NQ/ĐH.\nI. MỤC ĐÍCH, YÊU CẦU",
            "Chương trình hành động số 03-CTr/HU thực hiện Nghị quyết Đại hội đại biểu Đảng bộ huyện Yên Thạch lần "
            "thứ XXIII, nhiệm kỳ 2025 – 2030",
        ),
        (
            "TỈNH ỦY ĐÔNG SƠN\nSố 14-HD/BTCTU\nHƯỚNG DẪN\nvề kiểm điểm, xếp loại đảng viên\n"
            "Căn cứ Quy định của Bộ Chính trị\nI. MỤC ĐÍCH",
            "Hướng dẫn số 14-HD/BTCTU về kiểm điểm, xếp loại đảng viên",
        ),
        (
            "VĂN PHÒNG\nSố 07-HD/VPTU\nHƯỚNG DẪN thể thức, kỹ thuật trình bày văn bản và lập hồ sơ, nộp lưu tài liệu "
            "trong các cơ quan, tổ chức đảng (Văn bản soạn cho bộ câu hỏi kiểm thử, theo văn phong văn bản thật; địa "
            "danh, số liệu là giả định, không phải nguyên văn chính thức)\nĐể thống nhất thể thức, Văn phòng hướng "
            "dẫn như sau:\n1. PHẠM VI",
            "Hướng dẫn số 07-HD/VPTU thể thức, kỹ thuật trình bày văn bản và lập hồ sơ, nộp lưu tài liệu trong các cơ "
            "quan, tổ chức đảng",
        ),
        (
            "# ĐIỀU LỆ HỘI CỰU THANH NIÊN XUNG PHONG VIỆT NAM (trích)\n\n*(Văn bản soạn cho bộ câu hỏi kiểm thử)*\n\n"
            "## Chương I. TÊN GỌI",
            "ĐIỀU LỆ HỘI CỰU THANH NIÊN XUNG PHONG VIỆT NAM",
        ),
    ],
    ids=[
        "quy-dinh-with-letterhead",
        "huong-dan",
        "dieu-le",
        "long-type-line",
        "heading-after-letterhead",
        "quyet-dinh-of-the-politburo",
        "letterhead-columns-on-one-line",
        "issuing-body-is-not-the-title",
        "compound-type",
        "editorial-note-is-not-the-name",
        "capitals-title-wrapped-onto-a-second-line",
        "organisation-line-over-the-type-line",
        "subject-on-two-lines",
        "capitals-type-line-then-its-subject",
        "subject-then-a-preamble-line",
        "pdf-reflow-joined-the-name-and-a-long-note",
        "markdown-capitals-name-with-its-note-on-the-line",
    ],
)
def test_guess_title_skips_the_letterhead(text, title):
    assert guess_title(text, "van-ban.txt") == title


def test_a_long_name_wrapped_in_a_pdf_keeps_its_second_line():
    """'… Đại hội đại biểu Đảng bộ huyện Kim' + 'Lũy lần thứ XXII …': the name goes on after a capital (a place's
    second word), and a title cut there names another place."""
    text = (
        "HUYỆN ỦY KIM LŨY\n*\n"
        "BÁO CÁO CHÍNH TRỊ của Ban Chấp hành Đảng bộ huyện khóa XXI trình Đại hội đại biểu Đảng bộ huyện Kim\n"
        "Lũy lần thứ XXII, nhiệm kỳ 2025 - 2030 (trích)\n"
        "(Văn bản soạn cho bộ câu hỏi kiểm thử)\n"
        "Chủ đề Đại hội: Xây dựng Đảng bộ và hệ thống chính trị trong sạch, vững mạnh."
    )

    assert guess_title(text, "bao-cao.pdf") == (
        "BÁO CÁO CHÍNH TRỊ của Ban Chấp hành Đảng bộ huyện khóa XXI trình Đại hội đại biểu Đảng bộ huyện Kim Lũy "
        "lần thứ XXII, nhiệm kỳ 2025 - 2030"
    )


@pytest.mark.parametrize(
    "text",
    [
        "ĐẢNG CỘNG SẢN VIỆT NAM\nSố 12\nngắn",
        "ĐẢNG BỘ PHƯỜNG HÒA BÌNH\nCHI BỘ KHU PHỐ 5\nĐiều 1. Nội dung\nDòng thứ hai",
        "CHI BỘ KHU PHỐ 5\nChi bộ họp ngày mùng năm, đồng chí bí thư chủ trì và kết luận các nội dung đã bàn.",
    ],
    ids=["letterhead-only", "issuer-then-article", "issuer-then-sentence"],
)
def test_guess_title_falls_back_to_the_file_name(text):
    assert guess_title(text, "bao-cao_tong-ket.txt") == "bao cao tong ket"


def test_read_file_uses_the_path_relative_to_the_root(tmp_path):
    (tmp_path / "huong-dan").mkdir()
    path = tmp_path / "huong-dan" / "sinh-hoat.md"
    path.write_text("# Sinh hoạt chi bộ\n\nChi bộ sinh hoạt thường kỳ mỗi tháng một lần.", encoding="utf-8")

    document = read_file(path, tmp_path)

    assert document.source == "huong-dan/sinh-hoat.md"
    assert document.title == "Sinh hoạt chi bộ"


def test_discover_skips_hidden_files_faq_and_root_readme(tmp_path):
    for name in ("a.md", "sub/b.txt", "sub/README.md", ".hidden.md", ".git/x.md", "faq.yaml", "README.md"):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text("nội dung", encoding="utf-8")

    found = [path.relative_to(tmp_path).as_posix() for path in discover(tmp_path)]

    assert found == ["a.md", "sub/README.md", "sub/b.txt"]


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        (
            "Đảng viên có nhiệm vụ chấp hành\nnghiêm chỉnh Điều lệ Đảng.",
            "Đảng viên có nhiệm vụ chấp hành nghiêm chỉnh Điều lệ Đảng.",
        ),
        ("Cương lĩnh,\nĐiều lệ Đảng.", "Cương lĩnh,\nĐiều lệ Đảng."),
        ("Điều 4. Thủ tục\na) điểm a\nđ) điểm đ và\ntiếp theo", "Điều 4. Thủ tục\na) điểm a\nđ) điểm đ và tiếp theo"),
        ("Chương II\n\nđoạn mới", "Chương II\n\nđoạn mới"),
        (
            "Đại học Bắc Phương nhiệm kỳ 2020 – 2025 (trình Đại hội đại biểu\nĐảng bộ Trường lần thứ VIII)\n"
            "(Trích — văn bản tham khảo)",
            "Đại học Bắc Phương nhiệm kỳ 2020 – 2025 (trình Đại hội đại biểu Đảng bộ Trường lần thứ VIII)\n"
            "(Trích — văn bản tham khảo)",
        ),
    ],
)
def test_pdf_lines_wrapped_mid_sentence_are_joined(raw: str, expected: str) -> None:
    assert reflow(raw) == expected


def test_pdf_numbered_targets_and_the_text_under_a_heading_in_capitals_begin_their_own_lines() -> None:
    """A resolution's targets are numbered '(1)', '(2)' under their group ('a) Về kinh tế'); the text under a heading
    in capitals is not the heading's second line."""
    raw = (
        "PHẦN I. KẾT QUẢ THỰC HIỆN NGHỊ QUYẾT ĐẠI HỘI NHIỆM KỲ 2020 - 2025\n"
        "Nhiệm kỳ qua, Đảng bộ huyện đã lãnh đạo thực hiện đạt và vượt 21 trên 24 chỉ tiêu chủ yếu của Nghị\n"
        "quyết Đại hội.\n"
        "a) Về kinh tế\n"
        "(1) Tốc độ tăng giá trị sản xuất bình quân đạt 9,0%/năm trở lên."
    )

    assert reflow(raw).splitlines() == [
        "PHẦN I. KẾT QUẢ THỰC HIỆN NGHỊ QUYẾT ĐẠI HỘI NHIỆM KỲ 2020 - 2025",
        "Nhiệm kỳ qua, Đảng bộ huyện đã lãnh đạo thực hiện đạt và vượt 21 trên 24 chỉ tiêu chủ yếu của Nghị quyết "
        "Đại hội.",
        "a) Về kinh tế",
        "(1) Tốc độ tăng giá trị sản xuất bình quân đạt 9,0%/năm trở lên.",
    ]


# Lines of a page as a PDF wraps them (about 80 characters); the paragraphs wrapped before a lower-case word tell
# how wide a full line is.
WRAPPED = (
    "1. Ủy ban kiểm tra đảng ủy cơ sở (nếu được ủy quyền) quyết định khiển trách, cảnh\n"
    "cáo đảng viên trong đảng bộ.\n"
    "2. Ủy ban kiểm tra huyện ủy và tương đương quyết định các hình thức kỷ luật đảng\n"
    "viên trong đảng bộ, kể cả cấp ủy viên cơ sở vi phạm; khiển trách, cảnh cáo huyện ủy\n"
    "viên vi phạm phẩm chất chính trị, đạo đức lối sống.\n"
)
WRAPPED_JOINED = (
    "1. Ủy ban kiểm tra đảng ủy cơ sở (nếu được ủy quyền) quyết định khiển trách, cảnh "
    "cáo đảng viên trong đảng bộ.\n"
    "2. Ủy ban kiểm tra huyện ủy và tương đương quyết định các hình thức kỷ luật đảng "
    "viên trong đảng bộ, kể cả cấp ủy viên cơ sở vi phạm; khiển trách, cảnh cáo huyện ủy "
    "viên vi phạm phẩm chất chính trị, đạo đức lối sống.\n"
)


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        (
            "1. Đảng viên bị kỷ luật nếu không đồng ý thì có quyền khiếu nại với cấp ủy, ủy ban\n"
            "kiểm tra cấp trên cho đến\nBan Chấp hành Trung ương.",
            "1. Đảng viên bị kỷ luật nếu không đồng ý thì có quyền khiếu nại với cấp ủy, ủy ban "
            "kiểm tra cấp trên cho đến\nBan Chấp hành Trung ương.",
        ),
        (
            "1. Đảng viên bị kỷ luật có quyền khiếu nại với cấp ủy, ủy ban kiểm tra cấp trên cho đến\n"
            "Ban Chấp hành Trung ương.",
            "1. Đảng viên bị kỷ luật có quyền khiếu nại với cấp ủy, ủy ban kiểm tra cấp trên cho đến "
            "Ban Chấp hành Trung ương.",
        ),
        (
            "2. Khi thi hành kỷ luật cách chức thì kỷ luật hành chính phải được thực hiện chậm nhất\n"
            "30 ngày kể từ ngày công bố quyết định kỷ luật về Đảng.",
            "2. Khi thi hành kỷ luật cách chức thì kỷ luật hành chính phải được thực hiện chậm nhất "
            "30 ngày kể từ ngày công bố quyết định kỷ luật về Đảng.",
        ),
        ("Điều 12. Khiếu nại kỷ luật\nĐảng viên bị kỷ luật có quyền khiếu nại.", None),
        ("Chương III\nTHẨM QUYỀN, THỦ TỤC XỬ LÝ KỶ LUẬT", None),
        ("Điều 9. Vi phạm quy định về sinh con thứ ba và hôn nhân, gia đình\nĐảng viên vi phạm thì kỷ luật.", None),
        ("1. Đảng viên vi phạm một trong các trường hợp sau gây hậu quả ít nghiêm trọng thì\n2. Trường hợp", None),
        ("1. Đảng viên vi phạm một trong các trường hợp sau gây hậu quả ít nghiêm trọng thì\n- Căn cứ", None),
        ("1. Đảng viên vi phạm một trong các trường hợp sau, gây hậu quả ít nghiêm trọng:\nKhiển trách.", None),
        ("1. Đảng viên vi phạm một trong các trường hợp sau gây hậu quả ít nghiêm trọng thì\nNGHỊ QUYẾT", None),
        ("QUY ĐỊNH về chế độ đảng phí (Trích — văn bản soạn cho mục đích tham khảo, không chính thức)\nCăn cứ", None),
        ("(Trích — văn bản soạn cho mục đích tham khảo, không phải nguyên văn chính thức)\nBan Chấp hành", None),
    ],
    ids=[
        "short-last-line-then-capital",
        "wrapped-before-a-capital",
        "wrapped-before-a-number",
        "heading-then-sentence",
        "chapter-then-its-name",
        "long-heading-then-sentence",
        "next-clause",
        "next-bullet",
        "lead-in",
        "next-heading-in-capitals",
        "preamble-after-a-title-line",
        "body-after-a-note-line",
    ],
)
def test_pdf_line_wrapped_before_a_capital_continues_its_sentence(raw: str, expected: str | None) -> None:
    assert reflow(WRAPPED + raw) == WRAPPED_JOINED + (expected or raw)


def test_a_narrow_column_wraps_at_its_own_width():
    """A two-column page (a notice, a newsletter) is read column after column, its lines half as wide as the
    page's full-width opening: a line is full by the width of the lines around it, not of the widest on the page."""
    raw = (
        "Sau khi nghe báo cáo tình hình kinh tế – xã hội và ý kiến thảo luận của các đồng chí dự họp, Ban\n"
        "Thường vụ Tỉnh ủy kết luận như sau:\n"
        "2. Về kỷ niệm 96 năm Ngày thành lập Đảng.\n"
        "Không tổ chức mít tinh cấp tỉnh; sáng ngày\n"
        "02/02/2026 lãnh đạo tỉnh dâng hương tại Khu\n"
        "di tích Chi bộ Thạch Bàn. Ban Tuyên giáo và\n"
        "Dân vận Tỉnh ủy chủ trì hướng dẫn tuyên\n"
        "truyền.\n"
        "3. Về bầu cử đại biểu Quốc hội khóa XVI và đại\n"
        "biểu Hội đồng nhân dân các cấp nhiệm kỳ\n"
        "2026 – 2031. Đảng đoàn Hội đồng nhân dân\n"
        "tỉnh chủ trì, phối hợp Ủy ban bầu cử tỉnh."
    )

    assert reflow(raw).splitlines()[1:] == [
        "2. Về kỷ niệm 96 năm Ngày thành lập Đảng.",
        "Không tổ chức mít tinh cấp tỉnh; sáng ngày 02/02/2026 lãnh đạo tỉnh dâng hương tại Khu di tích Chi bộ "
        "Thạch Bàn. Ban Tuyên giáo và Dân vận Tỉnh ủy chủ trì hướng dẫn tuyên truyền.",
        "3. Về bầu cử đại biểu Quốc hội khóa XVI và đại biểu Hội đồng nhân dân các cấp nhiệm kỳ 2026 – 2031. Đảng "
        "đoàn Hội đồng nhân dân tỉnh chủ trì, phối hợp Ủy ban bầu cử tỉnh.",
    ]


def test_short_lines_before_a_capital_are_not_joined_without_wrapped_paragraphs() -> None:
    assert reflow("QUY ĐỊNH\nvề kỷ luật\nCăn cứ Điều lệ\nBan Chấp hành Trung ương.") == (
        "QUY ĐỊNH về kỷ luật\nCăn cứ Điều lệ\nBan Chấp hành Trung ương."
    )


@pytest.mark.skipif(UNICODE_FONT is None, reason="no Unicode TTF font (DejaVuSans) on this machine")
def test_pdf_sentence_wrapped_before_an_issuing_body_is_kept_whole():
    lines = [
        "QUY ĐỊNH về kỷ luật tổ chức đảng, đảng viên vi phạm",
        "Điều 11. Thẩm quyền của ủy ban kiểm tra",
        *WRAPPED.splitlines(),
        "Điều 12. Khiếu nại kỷ luật",
        "1. Đảng viên bị kỷ luật nếu không đồng ý thì trong thời hạn 1 tháng kể từ ngày nhận",
        "quyết định kỷ luật có quyền khiếu nại với cấp ủy, ủy ban kiểm tra cấp trên cho đến",
        "Ban Chấp hành Trung ương.",
        "2. Trong thời gian chờ giải quyết khiếu nại, đảng viên phải chấp hành nghiêm quyết",
        "định kỷ luật.",
    ]

    passages = chunk(read_bytes("qd-69.pdf", _pdf(lines, font=UNICODE_FONT, size=9)))

    (article,) = [p for p in passages if p.article == 12]
    assert "ủy ban kiểm tra cấp trên cho đến Ban Chấp hành Trung ương." in article.text.splitlines()[1]


def test_justified_pdf_lines_wrapped_before_a_number_are_joined():
    """Lines as pypdf extracts a justified report: a stretched line's gaps come out as two spaces. Counted as they
    are, that line passes for the widest, and no ordinary wrapped line looks full any more."""
    raw = (
        "Ban Chấp hành Đảng bộ Trường khóa VII, nhiệm kỳ 2020 – 2025, được Đại hội bầu gồm\n"
        "15 đồng chí; Ban Thường vụ 5 đồng chí. Đảng bộ hiện có 24 chi bộ trực thuộc (13 chi bộ\n"
        "khoa, 6 chi bộ phòng, trung tâm và 5 chi bộ sinh viên) với 638 đảng viên.\n"
        "Số giảng viên có trình độ tiến sĩ tăng từ 142 người (chiếm 31,8%) lên 231 người, chiếm\n"
        "47,6% tổng số giảng viên; có 19 giáo sư, phó giáo sư, tăng 7 người so với đầu nhiệm kỳ.\n"
        "2.  Tỷ  lệ  giảng  viên  có  trình  độ  tiến  sĩ  chưa  đạt  chỉ  tiêu  50%  do  Đại  hội  đề  ra;  một  số\n"
        "ngành kỹ thuật vẫn thiếu giảng viên đầu ngành."
    )

    paragraphs = reflow(raw).splitlines()

    assert [paragraph[:13] for paragraph in paragraphs] == ["Ban Chấp hành", "Số giảng viên", "2.  Tỷ  lệ  g"]


def test_docx_line_breaks_and_tabs_become_whitespace_not_glued_words():
    def build(document):
        paragraph = document.add_paragraph()
        paragraph.add_run("ĐẢNG BỘ PHƯỜNG HÒA BÌNH").add_break()
        paragraph.add_run("CHI BỘ KHU PHỐ 5")
        paragraph = document.add_paragraph()
        paragraph.paragraph_format.tab_stops.add_tab_stop(docx_cm(3))  # a tab stop is layout, not text
        run = paragraph.add_run("Điều 1.\tNội dung")
        run.add_break()
        run.add_text("Dòng thứ hai")

    text = read_bytes("nghi-quyet.docx", make_docx(build)).text

    assert text.splitlines() == ["ĐẢNG BỘ PHƯỜNG HÒA BÌNH", "CHI BỘ KHU PHỐ 5", "Điều 1. Nội dung", "Dòng thứ hai"]


def test_docx_table_cells_with_several_paragraphs_are_not_glued():
    def build(document):
        document.add_paragraph("Bảng chỉ tiêu nhiệm kỳ 2020 - 2025 của Đảng bộ")
        table = document.add_table(rows=2, cols=2)
        table.cell(0, 0).text = "Chỉ tiêu"
        table.cell(0, 1).text = "Kết quả"
        table.cell(1, 0).text = "Kết nạp đảng viên"
        table.cell(1, 0).add_paragraph("mới trong nhiệm kỳ")
        table.cell(1, 1).text = "1.247 đảng viên"

    text = read_bytes("chi-tieu.docx", make_docx(build)).text

    assert "Chỉ tiêu | Kết quả" in text
    assert "Kết nạp đảng viên mới trong nhiệm kỳ | 1.247 đảng viên" in text


def _letterhead_table(document, left: list[str], right: list[str]) -> None:
    """The official layout: issuing body and số hiệu on the left, party name and date on the right."""
    table = document.add_table(rows=1, cols=2)
    for cell, lines in zip(table.rows[0].cells, (left, right), strict=True):
        cell.text = lines[0]
        for line in lines[1:]:
            cell.add_paragraph(line)


def test_docx_headers_footers_and_letterhead_table_stay_out_of_passages():
    def build(document):
        section = document.sections[0]
        section.header.paragraphs[0].text = "Lưu hành nội bộ"
        section.footer.paragraphs[0].text = "Trang 1/3"
        _letterhead_table(
            document,
            ["ĐẢNG BỘ PHƯỜNG HÒA BÌNH", "CHI BỘ KHU PHỐ 5", "*", "Số 07-NQ/CB"],
            ["ĐẢNG CỘNG SẢN VIỆT NAM", "Hòa Bình, ngày 5 tháng 3 năm 2024"],
        )
        document.add_paragraph("NGHỊ QUYẾT")
        document.add_paragraph("về công tác phát triển đảng viên năm 2024")
        document.add_paragraph(
            "Chi bộ thống nhất phấn đấu kết nạp ít nhất hai đảng viên mới trong năm, ưu tiên đoàn viên thanh niên."
        )

    document = read_bytes("nghi-quyet.docx", make_docx(build))
    passages = chunk(document)

    assert document.title == "Nghị quyết số 07-NQ/CB về công tác phát triển đảng viên năm 2024"
    assert "Lưu hành nội bộ" not in document.text
    assert "Trang 1/3" not in document.text
    texts = "\n".join(p.text for p in passages)
    assert "kết nạp ít nhất hai đảng viên mới" in texts
    for letterhead in ("ĐẢNG BỘ PHƯỜNG", "CHI BỘ KHU PHỐ", "ĐẢNG CỘNG SẢN", "Số 07", "ngày 5 tháng 3", "|"):
        assert letterhead not in texts


def test_docx_without_the_official_layout_does_not_take_a_letterhead_line_as_title():
    def build(document):
        paragraph = document.add_paragraph()
        paragraph.add_run("ĐẢNG BỘ PHƯỜNG HÒA BÌNH").add_break()
        paragraph.add_run("CHI BỘ KHU PHỐ 5")
        document.add_paragraph("Số: 12-BB/CB")
        document.add_paragraph("Sinh hoạt chuyên đề quý I năm 2024")
        document.add_paragraph("Chi bộ học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh.")

    assert read_bytes("chuyen-de.docx", make_docx(build)).title == "Sinh hoạt chuyên đề quý I năm 2024 (số 12-BB/CB)"


def test_docx_with_only_letterhead_and_body_falls_back_to_the_file_name():
    def build(document):
        paragraph = document.add_paragraph()
        paragraph.add_run("ĐẢNG BỘ PHƯỜNG HÒA BÌNH").add_break()
        paragraph.add_run("CHI BỘ KHU PHỐ 5")
        document.add_paragraph("Điều 1. Nội dung sinh hoạt của chi bộ trong tháng gồm ba phần.")
        document.add_paragraph("Điều 2. Chi bộ sinh hoạt vào ngày mùng năm hằng tháng.")

    assert read_bytes("noi-quy_chi-bo.docx", make_docx(build)).title == "noi quy chi bo"


def _official_pdf(font: Path, issuer: str, number: str, date: str, body: list[str]) -> bytes:
    """A decision laid out the official way: two letterhead columns, then the centred type and subject lines."""
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.add_font("Body", fname=str(font))
    pdf.set_font("Body", size=11)
    for left, right in ((issuer, "ĐẢNG CỘNG SẢN VIỆT NAM"), ("*", ""), (number, date)):
        y = pdf.get_y()
        pdf.set_xy(10, y)
        pdf.cell(80, 6, left, align="C")
        pdf.set_xy(100, y)
        pdf.cell(100, 6, right, align="C")
        pdf.ln(6)
    for line in body:
        pdf.multi_cell(0, 6, line, new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())


@pytest.mark.skipif(UNICODE_FONT is None, reason="no Unicode TTF font (DejaVuSans) on this machine")
def test_text_pdf_of_a_decision_is_named_by_type_number_and_subject():
    body = [
        "QUYẾT ĐỊNH",
        "về chế độ đảng phí",
        "-----",
        "- Căn cứ Điều lệ Đảng;",
        "BỘ CHÍNH TRỊ QUYẾT ĐỊNH:",
        "Điều 1. Đối tượng",
        "Đảng viên đóng đảng phí theo tỷ lệ phần trăm của tiền lương.",
        "Điều 2. Mức đóng",
        "Đảng viên hưởng lương đóng một phần trăm tiền lương hằng tháng.",
    ]
    data = _official_pdf(UNICODE_FONT, "BỘ CHÍNH TRỊ", "Số 342-QĐ/TW", "Hà Nội, ngày 28 tháng 12 năm 2010", body)

    document = read_bytes("qd-342.pdf", data)

    assert document.title == "Quyết định số 342-QĐ/TW về chế độ đảng phí"
    texts = "\n".join(p.text for p in chunk(document))
    assert "một phần trăm tiền lương" in texts
    for letterhead in ("ĐẢNG CỘNG SẢN", "Số 342", "ngày 28 tháng 12"):
        assert letterhead not in texts


def test_docx_table_cells_with_equal_text_are_all_kept():
    def build(document):
        document.add_paragraph("Bảng chỉ tiêu nhiệm kỳ của Đảng bộ")
        table = document.add_table(rows=2, cols=3)
        for column, value in enumerate(("Chỉ tiêu", "Kết quả", "Mục tiêu")):
            table.cell(0, column).text = value
        for column, value in enumerate(("Đảng viên hoàn thành tốt nhiệm vụ", "90%", "90%")):
            table.cell(1, column).text = value

    text = read_bytes("chi-tieu.docx", make_docx(build)).text

    assert "Đảng viên hoàn thành tốt nhiệm vụ | 90% | 90%" in text


def _with_document_xml(body: str) -> bytes:
    """A .docx from python-docx whose body is replaced by hand-written WordprocessingML."""
    xml = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
        'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
        'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
        f'xmlns:v="urn:schemas-microsoft-com:vml"><w:body>{body}</w:body></w:document>'
    )
    source = io.BytesIO(make_docx(lambda document: document.add_paragraph("x")))
    out = io.BytesIO()
    with zipfile.ZipFile(source) as original, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for item in original.infolist():
            content = xml.encode() if item.filename == "word/document.xml" else original.read(item.filename)
            target.writestr(item, content)
    return out.getvalue()


def test_docx_text_box_is_read_once_and_on_its_own_lines():
    box = "<w:txbxContent><w:p><w:r><w:t>ĐẢNG BỘ PHƯỜNG HÒA BÌNH</w:t></w:r></w:p>" + (
        "<w:p><w:r><w:t>CHI BỘ KHU PHỐ 5</w:t></w:r></w:p></w:txbxContent>"
    )
    body = (
        "<w:p><w:r><mc:AlternateContent>"
        f"<mc:Choice Requires='wps'><w:drawing><wps:txbx>{box}</wps:txbx></w:drawing></mc:Choice>"
        f"<mc:Fallback><w:pict><v:textbox>{box}</v:textbox></w:pict></mc:Fallback>"
        "</mc:AlternateContent></w:r><w:r><w:t>Nghị quyết về công tác phát triển đảng viên</w:t></w:r></w:p>"
        "<w:p><w:r><w:t>Chi bộ phấn đấu kết nạp hai đảng viên mới trong năm.</w:t></w:r></w:p>"
    )

    text = read_bytes("hop-van-ban.docx", _with_document_xml(body)).text

    assert text.count("CHI BỘ KHU PHỐ 5") == 1
    for line in ("ĐẢNG BỘ PHƯỜNG HÒA BÌNH", "CHI BỘ KHU PHỐ 5", "Nghị quyết về công tác phát triển đảng viên"):
        assert line in text.splitlines(), text


def _paged_pdf(pages: int, header: str, footer: str = "", *, from_page: int = 1) -> bytes:
    """A PDF whose pages from `from_page` on carry a running header, and every page a footer."""
    from fpdf import FPDF

    class Paged(FPDF):
        def header(self):
            if self.page_no() >= from_page:
                self.set_font("Body", size=9)
                self.cell(0, 6, header, align="R", new_x="LMARGIN", new_y="NEXT")

        def footer(self):
            self.set_y(-15)
            self.set_font("Body", size=9)
            self.cell(0, 6, footer.format(self.page_no()), align="C")

    pdf = Paged()
    pdf.add_font("Body", fname=str(UNICODE_FONT))
    for page in range(1, pages + 1):
        pdf.add_page()
        pdf.set_font("Body", size=12)
        pdf.multi_cell(0, 8, f"Điều {page}. Nội dung trang {page}", new_x="LMARGIN", new_y="NEXT")
        pdf.multi_cell(0, 8, f"Chi bộ thực hiện nhiệm vụ số {page} theo nghị quyết.", new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())


@pytest.mark.skipif(UNICODE_FONT is None, reason="no Unicode TTF font (DejaVuSans) on this machine")
@pytest.mark.parametrize("pages", [2, 4])  # a two-page guide repeats its header twice only
@pytest.mark.parametrize("footer", ["Trang {}", "BTC Tỉnh ủy Hà Sơn - tr. {}"])  # the office's name and the page
def test_pdf_running_headers_and_page_numbers_stay_out_of_the_text(pages, footer):
    text = read_bytes("so-tay.pdf", _paged_pdf(pages, "Lưu hành nội bộ", footer)).text

    assert "Lưu hành nội bộ" not in text
    assert footer.format("") not in text
    for page in range(1, pages + 1):
        assert f"Chi bộ thực hiện nhiệm vụ số {page} theo nghị quyết." in text


@pytest.mark.skipif(UNICODE_FONT is None, reason="no Unicode TTF font (DejaVuSans) on this machine")
@pytest.mark.parametrize("pages", [3, 5])
def test_pdf_running_header_from_the_second_page_on_stays_out_of_the_text(pages):
    """The first page carries the letterhead, the others a running header: on a three-page report that is two
    pages of three, and the header landed in the middle of a sentence going on overleaf."""
    header = "ĐẢNG BỘ HUYỆN KIM LŨY - BÁO CÁO CHÍNH TRỊ"

    text = read_bytes("bao-cao.pdf", _paged_pdf(pages, header, "Trang {}", from_page=2)).text

    assert header not in text
    for page in range(1, pages + 1):
        assert f"Chi bộ thực hiện nhiệm vụ số {page} theo nghị quyết." in text


def test_docx_main_part_is_found_through_the_package_relationships():
    original = make_docx(lambda document: document.add_paragraph("Chi bộ sinh hoạt thường kỳ mỗi tháng một lần."))
    rels = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Target="/word/main.xml" '
        'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Id="rId1"/>'
        "</Relationships>"
    )
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(original)) as source, zipfile.ZipFile(out, "w") as target:
        for item in source.infolist():
            if item.filename == "_rels/.rels":
                target.writestr(item, rels)
            elif item.filename == "word/document.xml":
                target.writestr("word/main.xml", source.read(item.filename))
            else:
                target.writestr(item, source.read(item.filename))

    assert "Chi bộ sinh hoạt thường kỳ" in read_bytes("khac-ten.docx", out.getvalue()).text


@pytest.mark.parametrize(
    ("line", "letterhead"),
    [
        ("ĐẢNG CỘNG SẢN VIỆT NAM", True),
        ("Đảng Cộng sản Việt Nam", True),
        ("BAN CHẤP HÀNH TRUNG ƯƠNG", True),
        ("BAN CHẤP HÀNH TRUNG ƯƠNG ĐẢNG CỘNG SẢN VIỆT NAM", True),
        ("Số 294-QĐ/TW", True),
        ("Số: 05-HD/BTCTW", True),
        ("Số 342-QĐ/TW Hà Nội, ngày 28 tháng 12 năm 2010", True),
        ("Hà Nội, ngày 26 tháng 5 năm 2025", True),
        ("ngày 28 tháng 12 năm 2010", True),
        ("Độc lập - Tự do - Hạnh phúc", True),
        ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", True),
        ("ĐẢNG CỘNG SẢN VIỆT NAM Hà Nội, ngày 06 tháng 7 năm 2022", True),
        ("---------------", True),
        (
            "Đảng Cộng sản Việt Nam do đồng chí Nguyễn Ái Quốc - Hồ Chí Minh sáng lập và rèn luyện, đã lãnh đạo "
            "nhân dân tiến hành Cách mạng Tháng Tám thành công.",
            False,
        ),
        ("Đảng Cộng sản Việt Nam là đội tiên phong của giai cấp công nhân.", False),
        ("Ngày 3 tháng 2 năm 1930, Đảng Cộng sản Việt Nam ra đời.", False),
        ("Tại Hà Nội, ngày 3 tháng 2 năm 1930, Hội nghị hợp nhất các tổ chức cộng sản đã thành lập Đảng.", False),
        ("Cộng hòa xã hội chủ nghĩa Việt Nam là nhà nước pháp quyền của nhân dân.", False),
        ("Số 20 đảng viên mới được kết nạp trong năm.", False),
    ],
    ids=[
        "party-name",
        "party-name-mixed-case",
        "issuer",
        "issuer-and-party-columns",
        "number",
        "number-with-colon",
        "number-and-place-date-columns",
        "place-date",
        "date",
        "motto",
        "state-name",
        "party-and-place-date-columns",
        "separator",
        "charter-preamble",
        "sentence-on-the-party",
        "sentence-opening-with-a-date",
        "sentence-opening-with-place-and-date",
        "sentence-on-the-state",
        "sentence-opening-with-so",
    ],
)
def test_letterhead_is_short_lines_never_a_sentence_that_opens_with_the_party_name(line, letterhead):
    assert is_letterhead(line) is letterhead


def test_charter_preamble_that_opens_with_the_party_name_is_kept():
    preamble = (
        "Đảng Cộng sản Việt Nam do đồng chí Nguyễn Ái Quốc - Hồ Chí Minh sáng lập và rèn luyện, đã lãnh đạo nhân dân "
        "tiến hành Cách mạng Tháng Tám thành công, lập nên nước Việt Nam Dân chủ Cộng hòa."
    )

    def build(document):
        for line in ("ĐẢNG CỘNG SẢN VIỆT NAM", "ĐIỀU LỆ ĐẢNG CỘNG SẢN VIỆT NAM", "(Trích)"):
            document.add_paragraph(line).alignment = 1  # centred, as in the published charter
        document.add_paragraph(preamble)
        document.add_paragraph("Chương I").alignment = 1
        document.add_paragraph("ĐẢNG VIÊN").alignment = 1
        document.add_paragraph("Điều 1.")
        document.add_paragraph("1. Đảng viên Đảng Cộng sản Việt Nam là chiến sĩ cách mạng trong đội tiên phong.")
        document.add_paragraph("Điều 2.")
        document.add_paragraph("Đảng viên có nhiệm vụ tuyệt đối trung thành với mục đích lý tưởng cách mạng của Đảng.")

    document = read_bytes("dieu-le.docx", make_docx(build))
    passages = chunk(document)

    assert document.title == "ĐIỀU LỆ ĐẢNG CỘNG SẢN VIỆT NAM"
    assert passages[0].citation == "Phần mở đầu"
    assert preamble in passages[0].text
    assert all("ĐẢNG CỘNG SẢN VIỆT NAM" not in passage.text for passage in passages)


def test_report_paragraph_that_opens_with_the_party_name_is_kept():
    text = (
        "ĐẢNG BỘ PHƯỜNG HÒA BÌNH\nĐẢNG CỘNG SẢN VIỆT NAM\nHòa Bình, ngày 3 tháng 2 năm 2024\n\n"
        "Đảng Cộng sản Việt Nam ra đời ngày 3 tháng 2 năm 1930, là bước ngoặt vĩ đại của cách mạng Việt Nam.\n\n"
        "Chi bộ tổ chức ôn lại truyền thống vào ngày mùng ba tháng hai hằng năm."
    )

    texts = "\n".join(p.text for p in chunk(read_bytes("ky-niem.txt", text.encode("utf-8"))))

    assert "Đảng Cộng sản Việt Nam ra đời ngày 3 tháng 2 năm 1930" in texts
    for letterhead in ("ĐẢNG BỘ PHƯỜNG", "ĐẢNG CỘNG SẢN", "ngày 3 tháng 2 năm 2024"):
        assert letterhead not in texts


SIGNATURE = ["T/M BAN THƯỜNG VỤ", "BÍ THƯ", "(đã ký)", "Nguyễn Văn An"]
RECIPIENTS = ["Nơi nhận:", "- Các chi bộ trực thuộc,", "- Lưu Văn phòng Đảng ủy."]
LAST_SENTENCE = "Chi bộ thống nhất phấn đấu kết nạp ít nhất hai đảng viên mới trong năm, ưu tiên đoàn viên thanh niên."


def _assert_no_signature(passages) -> None:
    assert passages[-1].text.endswith(LAST_SENTENCE)
    texts = "\n".join(p.text for p in passages)
    for line in ("T/M", "BÍ THƯ", "đã ký", "Nguyễn Văn An", "Nơi nhận", "Lưu Văn phòng", "|"):
        assert line not in texts


def test_docx_signature_table_stays_out_of_passages():
    def build(document):
        document.add_paragraph("NGHỊ QUYẾT về công tác phát triển đảng viên năm 2024")
        document.add_paragraph("Chi bộ đánh giá kết quả công tác phát triển đảng viên năm 2023 đạt chỉ tiêu đề ra.")
        document.add_paragraph(LAST_SENTENCE)
        _letterhead_table(document, RECIPIENTS, SIGNATURE)  # the same two columns close the document

    _assert_no_signature(chunk(read_bytes("nghi-quyet.docx", make_docx(build))))


@pytest.mark.skipif(UNICODE_FONT is None, reason="no Unicode TTF font (DejaVuSans) on this machine")
def test_pdf_signature_columns_stay_out_of_passages():
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.add_font("Body", fname=str(UNICODE_FONT))
    pdf.set_font("Body", size=10)
    for line in ("NGHỊ QUYẾT về công tác phát triển đảng viên năm 2024", LAST_SENTENCE):
        pdf.multi_cell(0, 6, line, new_x="LMARGIN", new_y="NEXT")
    for left, right in itertools.zip_longest(RECIPIENTS, SIGNATURE, fillvalue=""):
        y = pdf.get_y()
        pdf.set_xy(10, y)
        pdf.cell(80, 6, left)
        pdf.set_xy(110, y)
        pdf.cell(90, 6, right, align="C")
        pdf.ln(6)

    _assert_no_signature(chunk(read_bytes("nghi-quyet.pdf", bytes(pdf.output()))))


DUTIES = [
    "Tuyệt đối trung thành với mục đích lý tưởng cách mạng của Đảng.",
    "Không ngừng học tập, rèn luyện, nâng cao trình độ kiến thức, năng lực công tác.",
    "Liên hệ chặt chẽ với nhân dân, tôn trọng và phát huy quyền làm chủ của nhân dân.",
    "Tham gia xây dựng, bảo vệ đường lối, chính sách và tổ chức của Đảng.",
]


def _duties(document) -> None:
    """Điều 2 of the charter as many real files have it: the duties numbered by Word, not typed."""
    document.add_paragraph("Điều 1. Đảng viên Đảng Cộng sản Việt Nam là chiến sĩ cách mạng.")
    document.add_paragraph("Điều 2. Nhiệm vụ của đảng viên")
    document.add_paragraph("Đảng viên có nhiệm vụ:")
    for duty in DUTIES:
        document.add_paragraph(duty, style="List Number")
    document.add_paragraph("Điều 3. Đảng viên có quyền được thông tin và thảo luận các vấn đề của Đảng.")
    document.add_paragraph("Chi bộ phổ biến cho đảng viên:", style="Normal")
    document.add_paragraph("Nghị quyết của cấp ủy cấp trên;", style="List Bullet")
    document.add_paragraph("Chỉ thị, kết luận của Trung ương.", style="List Bullet")


def test_docx_list_number_and_list_bullet_paragraphs_keep_their_marks():
    lines = read_bytes("dieu-le.docx", make_docx(_duties)).text.splitlines()

    assert [f"{n}. {duty}" for n, duty in enumerate(DUTIES, 1)] == lines[3:7]
    assert lines[-2:] == ["- Nghị quyết của cấp ủy cấp trên;", "- Chỉ thị, kết luận của Trung ương."]


def test_numbered_duties_stay_under_their_lead_in_in_the_article_passage():
    passages = chunk(read_bytes("dieu-le.docx", make_docx(_duties)))

    (article,) = [p for p in passages if p.article == 2]
    assert "Đảng viên có nhiệm vụ:\n" + "\n".join(f"{n}. {d}" for n, d in enumerate(DUTIES, 1)) in article.text


_W_NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def _numbered(document, items: list[tuple[int, int, str]], formats: tuple[str, ...]) -> None:
    """Paragraphs numbered by <w:numPr> (numId, level, text); lists 101 and 102 share one definition."""
    from docx.oxml import parse_xml

    levels = "".join(
        f'<w:lvl w:ilvl="{level}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/><w:lvlText w:val="%{level + 1}."/>'
        "</w:lvl>"
        for level, fmt in enumerate(formats)
    )
    numbering = document.part.numbering_part.element
    numbering.insert(0, parse_xml(f'<w:abstractNum {_W_NS} w:abstractNumId="90">{levels}</w:abstractNum>'))
    for num_id in (101, 102):
        numbering.append(parse_xml(f'<w:num {_W_NS} w:numId="{num_id}"><w:abstractNumId w:val="90"/></w:num>'))
    for num_id, level, text in items:
        num_pr = document.add_paragraph(text)._p.get_or_add_pPr().get_or_add_numPr()
        num_pr.get_or_add_ilvl().val = level
        num_pr.get_or_add_numId().val = num_id


def test_docx_numbering_definitions_give_marks_counted_per_list_and_level():
    items = [
        (101, 0, "Về công tác chính trị, tư tưởng"),
        (101, 1, "Học tập, quán triệt nghị quyết của Đảng"),
        (101, 1, "Nắm bắt tình hình tư tưởng của đảng viên"),
        (101, 2, "Báo cáo hằng tháng"),
        (101, 0, "Về công tác tổ chức, cán bộ"),
        (101, 1, "Kiện toàn cấp ủy chi bộ"),
        (102, 0, "Danh sách thứ hai bắt đầu lại từ một"),
        (0, 0, "Đoạn văn đã tắt đánh số"),
    ]

    data = make_docx(lambda document: _numbered(document, items, ("decimal", "lowerLetter", "bullet")))

    text = read_bytes("ke-hoach.docx", data).text

    assert text.splitlines() == [
        "1. Về công tác chính trị, tư tưởng",
        "a) Học tập, quán triệt nghị quyết của Đảng",
        "b) Nắm bắt tình hình tư tưởng của đảng viên",
        "- Báo cáo hằng tháng",
        "2. Về công tác tổ chức, cán bộ",
        "a) Kiện toàn cấp ủy chi bộ",
        "1. Danh sách thứ hai bắt đầu lại từ một",
        "Đoạn văn đã tắt đánh số",
    ]


def test_docx_numbering_level_texts_write_articles_and_chapters_numbered_by_word():
    """A regulation numbered by Word ('Chương %1', 'Điều %2.' running on across chapters, '%3.' for khoản) has no
    'Điều 7.' in its text runs: the reader writes what Word shows, or every article is cited as a bare '1.'."""
    from docx.oxml import parse_xml

    def build(document):
        levels = "".join(
            f'<w:lvl w:ilvl="{level}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/>{restart}'
            f'<w:lvlText w:val="{text}"/></w:lvl>'
            for level, (fmt, text, restart) in enumerate(
                [
                    ("upperRoman", "Chương %1", ""),
                    ("decimal", "Điều %2.", '<w:lvlRestart w:val="0"/>'),
                    ("decimal", "%3.", ""),
                ]
            )
        )
        numbering = document.part.numbering_part.element
        numbering.insert(0, parse_xml(f'<w:abstractNum {_W_NS} w:abstractNumId="91">{levels}</w:abstractNum>'))
        numbering.append(parse_xml(f'<w:num {_W_NS} w:numId="103"><w:abstractNumId w:val="91"/></w:num>'))
        for level, text in [
            (0, ""),
            (None, "NHỮNG QUY ĐỊNH CHUNG"),
            (1, "Phạm vi điều chỉnh"),
            (2, "Quy chế này quy định về người phát ngôn."),
            (1, "Nguyên tắc phát ngôn"),
            (0, ""),
            (None, "NGƯỜI PHÁT NGÔN"),
            (1, "Người phát ngôn"),
            (2, "Bí thư Tỉnh ủy là người phát ngôn chính thức."),
            (2, "Chánh Văn phòng Tỉnh ủy là người phát ngôn thường xuyên."),
        ]:
            paragraph = document.add_paragraph(text)
            if level is not None:
                num_pr = paragraph._p.get_or_add_pPr().get_or_add_numPr()
                num_pr.get_or_add_ilvl().val = level
                num_pr.get_or_add_numId().val = 103

    text = read_bytes("quy-che.docx", make_docx(build)).text

    assert text.splitlines() == [
        "Chương I",
        "NHỮNG QUY ĐỊNH CHUNG",
        "Điều 1. Phạm vi điều chỉnh",
        "1. Quy chế này quy định về người phát ngôn.",
        "Điều 2. Nguyên tắc phát ngôn",
        "Chương II",
        "NGƯỜI PHÁT NGÔN",
        "Điều 3. Người phát ngôn",
        "1. Bí thư Tỉnh ủy là người phát ngôn chính thức.",
        "2. Chánh Văn phòng Tỉnh ủy là người phát ngôn thường xuyên.",
    ]


def _replace_part(data: bytes, name: str, content: bytes | None) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(out, "w") as target:
        for item in source.infolist():
            if item.filename != name:
                target.writestr(item, source.read(item.filename))
            elif content is not None:
                target.writestr(item, content)
    return out.getvalue()


@pytest.mark.parametrize(
    "numbering",
    [
        None,
        b"<w:numbering xmlns:w=",
        b"<?xml version='1.0'?><!DOCTYPE x [<!ENTITY e 'x'>]><x>&e;</x>",
        (
            f'<w:numbering {_W_NS}><w:abstractNum w:abstractNumId="x"><w:lvl w:ilvl="99"><w:start w:val="-"/>'
            '<w:numFmt/></w:lvl></w:abstractNum><w:num w:numId="5"><w:abstractNumId w:val="404"/>'
            '<w:lvlOverride w:ilvl="y"><w:startOverride w:val="z"/></w:lvlOverride></w:num>'
            '<w:num w:numId="101"/></w:numbering>'
        ).encode(),
    ],
    ids=["missing", "not xml", "entity", "nonsense values"],
)
def test_docx_with_a_broken_numbering_part_still_loads_with_list_style_marks(numbering):
    def build(document):
        _duties(document)
        num_pr = document.add_paragraph("Đoạn đánh số lạ")._p.get_or_add_pPr().get_or_add_numPr()
        num_pr.get_or_add_ilvl().val = 3
        num_pr.get_or_add_numId().val = 101

    data = _replace_part(make_docx(build), "word/numbering.xml", numbering)

    lines = read_bytes("dieu-le.docx", data).text.splitlines()

    assert [f"{n}. {duty}" for n, duty in enumerate(DUTIES, 1)] == lines[3:7]
    assert "- Nghị quyết của cấp ủy cấp trên;" in lines
    assert lines[-1].endswith("Đoạn đánh số lạ")


def test_a_markdown_letterhead_table_is_letterhead_not_text():
    """'| ĐẢNG BỘ …<br>Số 01-NQ/ĐH | ĐẢNG CỘNG SẢN VIỆT NAM<br>…, ngày … |': the number joins the title and no cell of
    it reaches a passage; a table of the body reads as the .docx reader writes one, under its header row."""
    text = (
        "| ĐẢNG BỘ XÃ HÒA PHONG<br>CHI BỘ THÔN ĐÔNG TÂM<br>*<br>Số 01-NQ/ĐH | ĐẢNG CỘNG SẢN VIỆT NAM<br>Hòa Phong, "
        "ngày 16 tháng 5 năm 2025 |\n|---|---|\n\n# NGHỊ QUYẾT ĐẠI HỘI CHI BỘ THÔN ĐÔNG TÂM LẦN THỨ XII\n\n"
        "Đại hội Chi bộ thôn Đông Tâm họp ngày 15 tháng 5 năm 2025 với 34 đảng viên.\n\n## Kết quả bầu cử\n\n"
        "| STT | Họ và tên | Chức vụ |\n|---|---|---|\n| 1 | Nguyễn Văn Thắng | Bí thư Chi bộ |\n"
    )
    document = read_bytes("van-kien/nq.md", text.encode())
    passages = chunk(document)

    assert document.title == "NGHỊ QUYẾT ĐẠI HỘI CHI BỘ THÔN ĐÔNG TÂM LẦN THỨ XII (số 01-NQ/ĐH)"
    assert passages[0].text.startswith("Đại hội Chi bộ thôn Đông Tâm họp")
    joined = "\n".join(p.text for p in passages)
    assert "<br>" not in joined and "ĐẢNG BỘ XÃ HÒA PHONG" not in joined
    assert "STT | Họ và tên | Chức vụ\n1 | Nguyễn Văn Thắng | Bí thư Chi bộ" in joined and "---" not in joined


def test_docx_tracked_changes_read_as_accepted():
    """A draft with tracked changes reads as if they were accepted: inserted and moved-in text kept, deleted and
    moved-away text left out (Word still stores the moved-away runs as ordinary text)."""
    from docx.oxml import parse_xml

    def run(text: str, tag: str = "w:t") -> str:
        return f'<w:r><{tag} xml:space="preserve">{text}</{tag}></w:r>'

    body = (
        run("Đảng viên đi nước ngoài phải báo cáo chi bộ trước ")
        + f'<w:del w:id="1" w:author="A" w:date="2025-01-01T00:00:00Z">{run("10 ngày", "w:delText")}</w:del>'
        + f'<w:ins w:id="2" w:author="A" w:date="2025-01-01T00:00:00Z">{run("15 ngày làm việc")}</w:ins>'
        + f'<w:moveFrom w:id="3" w:author="A" w:date="2025-01-01T00:00:00Z">{run(" và nộp hộ chiếu")}</w:moveFrom>'
        + run(".")
    )

    def build(document):
        document.add_paragraph("Điều 3. Thời hạn báo cáo")
        paragraph = document.add_paragraph()._p
        paragraph.getparent().replace(paragraph, parse_xml(f"<w:p {_W_NS}>{body}</w:p>"))

    text = read_bytes("di-nuoc-ngoai.docx", make_docx(build)).text

    assert "báo cáo chi bộ trước 15 ngày làm việc." in text
    assert "10 ngày" not in text and "hộ chiếu" not in text


@pytest.mark.skipif(UNICODE_FONT is None, reason="no Unicode TTF font (DejaVuSans) on this machine")
def test_pdf_footnotes_at_the_page_bottom_do_not_split_the_paragraph_going_on_overleaf():
    from fpdf import FPDF

    notes = {1: "¹ Bằng cao cấp lý luận chính trị, cử nhân chính trị cũng được miễn học."}

    class WithNotes(FPDF):
        def footer(self):
            if self.page_no() in notes:
                self.set_xy(self.l_margin, -22)
                self.set_font("Body", size=8)
                self.multi_cell(0, 4, notes[self.page_no()], new_x="LMARGIN", new_y="NEXT")

    pdf = WithNotes()
    pdf.add_font("Body", fname=str(UNICODE_FONT))
    pdf.set_font("Body", size=12)
    pdf.set_auto_page_break(True, margin=30)
    pdf.add_page()
    body = {"new_x": "LMARGIN", "new_y": "NEXT"}
    pdf.multi_cell(0, 8, "1. ĐỐI TƯỢNG\n1.1. Đảng viên có bằng trung cấp lý luận chính trị được miễn học¹.", **body)
    number = 1
    while pdf.get_y() < pdf.h - 30 - 8 * 4:  # room for two lines of 3.1 on this page
        number += 1
        pdf.multi_cell(0, 8, f"1.{number}. Mục này nói về việc tổ chức lớp học cho đảng viên mới ở cơ sở.", **body)
    pdf.multi_cell(
        0,
        8,
        "3.1. Chương trình gồm 08 chuyên đề với 38 tiết lý thuyết, 18 tiết thảo luận, 06 tiết ôn tập và viết bài thu "
        "hoạch, 02 tiết khai giảng, bế giảng; nội dung từng chuyên đề theo bảng ở trang sau. " * 2,
        **body,
    )
    assert pdf.page_no() == 2

    text = read_bytes("lop-dang-vien-moi.pdf", bytes(pdf.output())).text

    paragraph = next(line for line in text.splitlines() if line.startswith("3.1."))
    assert "ôn tập và viết bài thu hoạch, 02 tiết" in paragraph
    assert "Bằng cao cấp" not in paragraph
    assert "¹ Bằng cao cấp lý luận chính trị, cử nhân chính trị cũng được miễn học." in text.splitlines()


@pytest.mark.skipif(UNICODE_FONT is None, reason="no Unicode TTF font (DejaVuSans) on this machine")
def test_pdf_typed_in_tcvn3_fonts_reads_in_unicode():
    """A PDF printed from a '.VnTime' document carries the font's Latin-1 codes as its text ('§¶ng' for 'Đảng')."""
    # No 'ư' (code 0xAD): fpdf2 takes it for a soft hyphen and does not draw it.
    lines = ["§IÒU 5. §¶NG VI£N Dù BÞ", "§¶ng viªn dù bÞ ph¶i tr¶i qua thêi gian dù bÞ mét n¨m."]

    text = read_bytes("dieu-le-cu.pdf", _pdf(lines, UNICODE_FONT)).text

    assert "ĐIỀU 5. ĐẢNG VIÊN DỰ BỊ" in text
    assert "Đảng viên dự bị phải trải qua thời gian dự bị một năm." in text
