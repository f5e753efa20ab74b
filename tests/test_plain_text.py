"""Plain text and Markdown as offices save them: wrapped by hand at a fixed width, paged with form feeds under a
running header, tables set with tabs. Each case read as the reader writes a PDF's or a .docx's text."""

from bot.ingest.chunking import chunk
from bot.ingest.loaders import read_bytes

# Wrapped at 76 columns with hanging indents, as a typewriter-style guide is saved (CRLF on Windows).
WRAPPED = """\
VĂN PHÒNG TỈNH ỦY LỤC VÂN
HƯỚNG DẪN
bảo vệ bí mật nhà nước trong công tác đảng

Thực hiện Luật Bảo vệ bí mật nhà nước và các quy định của Trung ương về
bảo vệ bí mật nhà nước trong cơ quan đảng, Văn phòng Tỉnh ủy hướng dẫn một
số nội dung như sau:

I. PHẠM VI, ĐỐI TƯỢNG ÁP DỤNG
  1. Hướng dẫn này hướng dẫn việc soạn thảo, in, sao, chụp, vận chuyển, giao
     nhận, phổ biến, lưu giữ, tiêu hủy tài liệu, vật chứa bí mật nhà nước
     trong các cơ quan đảng, tổ chức cơ sở đảng và chi bộ.
  2. Áp dụng đối với cấp ủy, cán bộ, đảng viên được giao soạn thảo, quản lý,
     tiếp cận tài liệu mật.
II. LƯU GIỮ TÀI LIỆU MẬT
  1. Tài liệu mật được lưu giữ trong tủ sắt hoặc tủ có khóa chắc chắn; chi
     bộ không có nơi lưu giữ bảo đảm thì gửi văn phòng đảng ủy cơ sở lưu giữ
     hộ.
  2. Không mang tài liệu mật về nhà riêng.
"""


def test_a_text_wrapped_by_hand_reads_as_whole_sentences():
    document = read_bytes("huong-dan/bao-mat.txt", WRAPPED.replace("\n", "\r\n").encode("utf-8"))
    lines = document.text.splitlines()

    assert (
        "Thực hiện Luật Bảo vệ bí mật nhà nước và các quy định của Trung ương về bảo vệ bí mật nhà nước trong cơ "
        "quan đảng, Văn phòng Tỉnh ủy hướng dẫn một số nội dung như sau:" in lines
    )
    assert any(
        line.strip().startswith("1. Tài liệu mật được lưu giữ") and line.endswith("lưu giữ hộ.") for line in lines
    )
    assert "II. LƯU GIỮ TÀI LIỆU MẬT" in lines
    # A wrapped sentence is not a section: each numbered item is one passage's clause, not a heading of its own.
    citations = [passage.citation for passage in chunk(document)]
    assert not any("Thực hiện Luật" in citation or "soạn thảo, in, sao" in citation for citation in citations)


def test_a_text_not_wrapped_keeps_its_title_lines_apart():
    text = "HƯỚNG DẪN\nVề nội dung, trình tự sinh hoạt chi bộ\n(Trích)\n\n1. Chi bộ họp mỗi tháng một lần.\n"
    assert read_bytes("huong-dan.txt", text.encode("utf-8")).text.splitlines()[:3] == [
        "HƯỚNG DẪN",
        "Về nội dung, trình tự sinh hoạt chi bộ",
        "(Trích)",
    ]


PAGED = (
    "HƯỚNG DẪN SỐ 05-HD/VPTU\nbảo vệ bí mật nhà nước\n\n"
    "1. Tài liệu mật chỉ được soạn thảo trên máy tính không kết nối mạng.\n\n"
    "                                   - 1 -\n"
    "\fHướng dẫn số 05-HD/VPTU - Bảo vệ bí mật nhà nước trong công tác đảng\n"
    "============================================================================\n"
    "2. Tài liệu mật gửi đi phải cho vào bì riêng.\n\n"
    "                                   - 2 -\n"
    "\fHướng dẫn số 05-HD/VPTU - Bảo vệ bí mật nhà nước trong công tác đảng\n"
    "============================================================================\n"
    "3. Tài liệu mật hết giá trị sử dụng được tiêu hủy theo quyết định.\n\n"
    "                                   - 3 -\n"
)


def test_form_feed_pages_lose_their_running_header_and_page_numbers():
    text = read_bytes("bao-mat.txt", PAGED.encode("utf-8")).text

    assert "Bảo vệ bí mật nhà nước trong công tác đảng" not in text
    assert "- 2 -" not in text and "- 3 -" not in text
    assert "=====" not in text
    for item in ("1. Tài liệu mật chỉ được", "2. Tài liệu mật gửi đi", "3. Tài liệu mật hết giá trị"):
        assert item in text


def test_a_table_set_with_tabs_reads_as_rows_of_cells():
    text = (
        "II. ĐỘ MẬT\n"
        "Độ mật\tThời hạn bảo vệ\tNgười cho phép sao, chụp\n"
        "------------------------------------------------------------\n"
        "Tuyệt mật\t30 năm\t\tBí thư Tỉnh ủy\n"
        "Tối mật\t20 năm\t\tBí thư cấp ủy ban hành\n"
        "Mật\t10 năm\t\tChánh Văn phòng cấp ủy\n"
    )
    lines = read_bytes("bao-mat.txt", text.encode("utf-8")).text.splitlines()

    assert "Độ mật | Thời hạn bảo vệ | Người cho phép sao, chụp" in lines
    assert "Tối mật | 20 năm | Bí thư cấp ủy ban hành" in lines
    assert not any(set(line) <= {"-"} for line in lines)


def test_markdown_paragraphs_wrapped_by_hand_are_one_line_each():
    """Markdown joins a paragraph's lines, and a list item's unindented ('lazy') continuation too."""
    text = """\
ĐIỀU LỆ HỘI NẠN NHÂN CHẤT ĐỘC DA CAM/DIOXIN VIỆT NAM
===================================================

Điều 2. Tôn chỉ, mục đích
-------------------------

Hội là tổ chức xã hội được thành lập ngày 10 tháng 01 năm 2004, tập hợp nạn nhân chất độc da cam,
gia đình nạn nhân và những người tự nguyện; hoạt động nhằm chăm lo, giúp đỡ nạn nhân ổn định
cuộc sống, hòa nhập cộng đồng.

Điều 5. Hội viên
----------------

1. Hội viên chính thức là công dân Việt Nam từ đủ 18 tuổi trở lên, tán thành Điều lệ Hội, tự nguyện
làm đơn xin gia nhập và thuộc một trong các đối tượng sau:
   - nạn nhân chất độc da cam/dioxin đã được cơ quan có thẩm quyền công nhận;
   - cha, mẹ, vợ, chồng, con hoặc người trực tiếp nuôi dưỡng nạn nhân.
2. Hội viên danh dự là người có nhiều đóng góp cho Hội, không ứng cử, đề cử, bầu cử cơ quan lãnh đạo
các cấp Hội.
"""
    lines = read_bytes("doan-the/dieu-le-hoi.md", text.encode("utf-8")).text.splitlines()

    assert (
        "Hội là tổ chức xã hội được thành lập ngày 10 tháng 01 năm 2004, tập hợp nạn nhân chất độc da cam, gia đình "
        "nạn nhân và những người tự nguyện; hoạt động nhằm chăm lo, giúp đỡ nạn nhân ổn định cuộc sống, hòa nhập "
        "cộng đồng." in lines
    )
    assert any(line.startswith("1. Hội viên chính thức") and line.endswith("các đối tượng sau:") for line in lines)
    assert "- cha, mẹ, vợ, chồng, con hoặc người trực tiếp nuôi dưỡng nạn nhân." in [line.strip() for line in lines]
    assert "Điều 5. Hội viên" in lines


def test_numbered_items_set_off_by_a_tab_stay_items_not_table_rows():
    """Word's 'Save as Plain Text' writes its automatic numbering as the number and a tab ('1.<tab>Nội dung')."""
    text = (
        "Chương I\tNHỮNG QUY ĐỊNH CHUNG\n"
        "Điều 1.\tPhạm vi điều chỉnh\n"
        "1.\tQuy định này quy định về luân chuyển cán bộ.\n"
        "2.\tQuy định này áp dụng đối với cán bộ thuộc diện Ban Thường vụ quản lý.\n"
        "a)\tCán bộ trong quy hoạch;\n"
        "b)\tCán bộ trẻ dưới 35 tuổi.\n"
    )
    lines = read_bytes("quy-dinh.txt", text.encode("utf-8")).text.splitlines()

    assert lines == [
        "Chương I NHỮNG QUY ĐỊNH CHUNG",
        "Điều 1. Phạm vi điều chỉnh",
        "1. Quy định này quy định về luân chuyển cán bộ.",
        "2. Quy định này áp dụng đối với cán bộ thuộc diện Ban Thường vụ quản lý.",
        "a) Cán bộ trong quy hoạch;",
        "b) Cán bộ trẻ dưới 35 tuổi.",
    ]
