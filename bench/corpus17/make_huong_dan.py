"""Guide (Hướng dẫn số 05-HD/VPTU) of the Văn phòng Tỉnh ủy Lục Vân on protecting state secrets in party work
(bảo vệ bí mật nhà nước trong công tác đảng: secrecy levels, drafting and copying, sending, telling a chi bộ about
secret documents, keeping, loss, destruction, handing over on retirement), as plain text the way an old
fixed-width "print to file" export writes it:

- HARD-WRAPPED at 76 columns: every paragraph broken into several physical lines, the continuation lines of a
  numbered item indented under its text (hanging indent), so a reader taking one line as one unit cuts sentences
  in half;
- PAGES separated by FORM FEEDS (\\f), each page after the first opening with a running header line and a rule,
  each page closing with a centred "- N -" page number, so a paragraph broken across a page has the page number,
  a form feed, the header and the rule in the middle;
- a TAB-SEPARATED table (columns aligned by tab characters, not by spaces) with a dashed rule under its header;
- UTF-8 without a byte-order mark, CRLF line endings.

usage: /work/main/.venv/bin/python bench/corpus17/make_huong_dan.py   (CORPUS17_OUT=DIR writes elsewhere)
"""

# ruff: noqa: E501

import sys
import textwrap
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from corpus_files import EDITORIAL_NOTE, out_path

WIDTH, PAGE_LINES = 76, 54
HEADER = "Hướng dẫn số 05-HD/VPTU - Bảo vệ bí mật nhà nước trong công tác đảng"

# (kind, text): "c" centred line, "p" paragraph (first line indented), "h" heading, "i" numbered item
# (hanging indent under its text), "d" dash item, "t" a tab table row, "r" a dashed rule, "" a blank line
DOC: list[tuple[str, str]] = [
    ("raw", "TỈNH ỦY LỤC VÂN                               ĐẢNG CỘNG SẢN VIỆT NAM"),
    ("raw", "VĂN PHÒNG                                              ---------------"),
    ("raw", "    *                                    Lục Vân, ngày 20 tháng 11 năm 2025"),
    ("raw", "Số 05-HD/VPTU"),
    ("", ""),
    ("c", "HƯỚNG DẪN"),
    ("c", "bảo vệ bí mật nhà nước trong công tác đảng"),
    ("c", "ở các cơ quan đảng, tổ chức cơ sở đảng và chi bộ"),
    ("c", EDITORIAL_NOTE),
    ("", ""),
    (
        "p",
        "Thực hiện Luật Bảo vệ bí mật nhà nước và các quy định của Trung ương về bảo vệ bí mật nhà nước trong cơ quan đảng; theo chỉ đạo của Thường trực Tỉnh ủy, Văn phòng Tỉnh ủy hướng dẫn một số nội dung như sau:",
    ),
    ("", ""),
    ("h", "I. PHẠM VI, ĐỐI TƯỢNG ÁP DỤNG"),
    (
        "i",
        "1.|Hướng dẫn này hướng dẫn việc soạn thảo, in, sao, chụp, vận chuyển, giao nhận, phổ biến, lưu giữ, tiêu hủy tài liệu, vật chứa bí mật nhà nước (sau đây gọi chung là tài liệu mật) trong các cơ quan đảng, tổ chức cơ sở đảng và chi bộ trong Đảng bộ tỉnh.",
    ),
    (
        "i",
        "2.|Áp dụng đối với cấp ủy, cán bộ, đảng viên được giao soạn thảo, quản lý, tiếp cận tài liệu mật và đảng viên được nghe phổ biến nội dung mật trong sinh hoạt chi bộ.",
    ),
    ("", ""),
    ("h", "II. ĐỘ MẬT VÀ THẨM QUYỀN XÁC ĐỊNH ĐỘ MẬT"),
    (
        "i",
        "1.|Bí mật nhà nước có ba độ mật: Tuyệt mật, Tối mật và Mật. Người đứng đầu cơ quan, tổ chức ban hành văn bản xác định độ mật ngay khi soạn thảo. Chi bộ không tự xác định, không tự nâng hoặc hạ độ mật của tài liệu do cấp trên gửi đến.",
    ),
    (
        "i",
        "2.|Tài liệu mật phải đóng dấu độ mật màu đỏ, ghi rõ số lượng bản phát hành, nơi nhận và tên người soạn thảo ở cuối văn bản.",
    ),
    ("i", "3.|Thời hạn bảo vệ, thẩm quyền cho phép sao, chụp và nơi lưu giữ tài liệu mật như sau:"),
    ("", ""),
    ("t", "Độ mật\tThời hạn bảo vệ\tNgười cho phép sao, chụp\tNơi lưu giữ"),
    ("r", ""),
    ("t", "Tuyệt mật\t30 năm\tBí thư Tỉnh ủy\tTủ sắt Văn phòng Tỉnh ủy"),
    ("t", "Tối mật\t20 năm\tBí thư cấp ủy ban hành\tTủ sắt có khóa của cơ quan"),
    ("t", "Mật\t10 năm\tChánh Văn phòng cấp ủy\tTủ có khóa của bộ phận văn thư"),
    ("", ""),
    ("h", "III. SOẠN THẢO, IN, SAO, CHỤP TÀI LIỆU MẬT"),
    (
        "i",
        "1.|Tài liệu mật chỉ được soạn thảo, in trên máy tính không kết nối mạng Internet, đã được đăng ký với Văn phòng Tỉnh ủy. Không lưu tài liệu mật trên USB cá nhân, điện thoại hoặc dịch vụ lưu trữ đám mây.",
    ),
    ("i", "2.|In đúng số bản đã ghi ở phần nơi nhận; bản in hỏng, bản nháp phải hủy ngay bằng máy hủy tài liệu."),
    (
        "i",
        '3.|Việc sao, chụp tài liệu mật phải được người có thẩm quyền quy định tại bảng trên cho phép bằng văn bản; bản sao đóng dấu "BẢN SAO SỐ" và ghi vào sổ quản lý sao, chụp tài liệu mật.',
    ),
    (
        "i",
        "4.|Nghiêm cấm chụp ảnh tài liệu mật bằng điện thoại di động dưới bất kỳ hình thức nào, kể cả để gửi cho người có thẩm quyền xem trước.",
    ),
    ("", ""),
    ("h", "IV. VẬN CHUYỂN, GIAO NHẬN TÀI LIỆU MẬT"),
    (
        "i",
        '1.|Tài liệu mật gửi đi phải cho vào bì riêng; ngoài bì đóng dấu chữ "C" đối với tài liệu Mật, chữ "B" đối với tài liệu Tối mật, chữ "A" đối với tài liệu Tuyệt mật. Tài liệu Tuyệt mật dùng hai lớp bì, bì trong ghi rõ tên người nhận và đóng dấu "Chỉ người có tên mới được bóc bì".',
    ),
    (
        "i",
        "2.|Tài liệu mật chỉ được chuyển qua giao liên của Văn phòng Tỉnh ủy hoặc do cán bộ được giao nhiệm vụ trực tiếp mang đi; việc giao nhận phải vào sổ, người nhận ký và ghi rõ họ tên, giờ, ngày nhận.",
    ),
    (
        "i",
        "3.|Tuyệt đối không truyền đưa tài liệu mật qua thư điện tử, tin nhắn, Zalo, Facebook, mạng xã hội hoặc bất kỳ thiết bị nào có kết nối Internet.",
    ),
    (
        "i",
        "4.|Cán bộ mang tài liệu mật đi công tác phải được người đứng đầu cơ quan đồng ý và có phương án bảo quản; không để tài liệu trong xe ô tô, phòng nghỉ khi không có người trông giữ. Mang tài liệu mật ra nước ngoài phải được Bí thư Tỉnh ủy đồng ý bằng văn bản.",
    ),
    ("", ""),
    ("h", "V. PHỔ BIẾN NỘI DUNG MẬT TRONG SINH HOẠT CHI BỘ"),
    (
        "i",
        "1.|Chi bộ chỉ phổ biến nội dung mật trong phạm vi cấp trên cho phép, tại phòng họp kín, không có người ngoài chi bộ. Đảng viên dự bị được nghe phổ biến như đảng viên chính thức, trừ tài liệu ghi rõ chỉ phổ biến đến đảng viên chính thức.",
    ),
    (
        "i",
        "2.|Tài liệu mật sử dụng trong buổi sinh hoạt được chi ủy thu lại ngay sau khi kết thúc, không để đảng viên mang về nhà; đảng viên vắng mặt được nghe phổ biến lại tại trụ sở, không gửi tài liệu đến nhà.",
    ),
    (
        "i",
        "3.|Đảng viên không mang điện thoại di động, thiết bị ghi âm, ghi hình vào phòng họp có nội dung Tối mật, Tuyệt mật mà gửi tại nơi quy định; khi phổ biến nội dung Mật, điện thoại phải tắt nguồn.",
    ),
    (
        "i",
        "4.|Sổ tay công tác có ghi nội dung mật được quản lý như tài liệu mật: chi ủy đăng ký, đánh số trang, thu lại để tiêu hủy khi hết nhiệm kỳ hoặc khi đảng viên chuyển sinh hoạt đảng.",
    ),
    (
        "i",
        "5.|Không ghi nội dung mật vào biên bản sinh hoạt chi bộ và sổ nghị quyết; biên bản chỉ ghi tên, số, ngày của tài liệu đã được phổ biến.",
    ),
    ("", ""),
    ("h", "VI. LƯU GIỮ, BẢO QUẢN TÀI LIỆU MẬT"),
    (
        "i",
        "1.|Tài liệu mật được lưu giữ trong tủ sắt hoặc tủ có khóa chắc chắn; chi bộ không có nơi lưu giữ bảo đảm thì gửi văn phòng đảng ủy cơ sở lưu giữ hộ.",
    ),
    (
        "i",
        "2.|Không mang tài liệu mật về nhà riêng; trường hợp đặc biệt phải được người đứng đầu cơ quan đồng ý và có phương án bảo vệ.",
    ),
    (
        "i",
        "3.|Mỗi cơ quan đảng, đảng ủy cơ sở phân công một cán bộ kiêm nhiệm công tác bảo vệ bí mật nhà nước; cán bộ này ký bản cam kết bảo vệ bí mật nhà nước, lưu trong hồ sơ cán bộ.",
    ),
    ("", ""),
    ("h", "VII. XỬ LÝ KHI TÀI LIỆU MẬT BỊ MẤT, BỊ LỘ"),
    (
        "i",
        "1.|Người phát hiện tài liệu mật bị mất hoặc bị lộ phải báo cáo ngay người đứng đầu cơ quan, tổ chức. Chậm nhất trong 24 giờ, người đứng đầu báo cáo bằng văn bản với Văn phòng Tỉnh ủy và Công an tỉnh để có biện pháp khắc phục.",
    ),
    (
        "i",
        "2.|Cán bộ, đảng viên làm mất, làm lộ tài liệu mật thì tùy tính chất, mức độ bị kiểm điểm, xem xét xử lý kỷ luật hoặc bị truy cứu trách nhiệm hình sự theo quy định của pháp luật.",
    ),
    ("", ""),
    ("h", "VIII. TIÊU HỦY TÀI LIỆU MẬT; BÀN GIAO KHI NGHỈ HƯU, CHUYỂN CÔNG TÁC"),
    (
        "i",
        "1.|Tài liệu mật hết giá trị sử dụng được tiêu hủy theo quyết định của người đứng đầu cơ quan, do hội đồng ít nhất 03 người thực hiện và lập biên bản. Tiêu hủy bằng máy hủy tài liệu hoặc đốt, bảo đảm không thể phục hồi; không bán giấy vụn, không bỏ vào thùng rác.",
    ),
    (
        "i",
        "2.|Cán bộ nghỉ hưu, chuyển công tác, thôi việc phải bàn giao toàn bộ tài liệu mật đang quản lý chậm nhất 05 ngày làm việc trước ngày nghỉ và ký cam kết tiếp tục giữ bí mật.",
    ),
    (
        "i",
        "3.|Đảng viên chuyển sinh hoạt đảng nộp lại sổ tay có ghi nội dung mật cho chi ủy trước khi nhận giấy giới thiệu sinh hoạt đảng.",
    ),
    ("", ""),
    ("h", "IX. KIỂM TRA, BÁO CÁO VÀ HIỆU LỰC"),
    (
        "i",
        "1.|Hằng năm, Văn phòng Tỉnh ủy kiểm tra công tác bảo vệ bí mật nhà nước ở ít nhất 10 đảng ủy trực thuộc; đảng ủy cơ sở tự kiểm tra ít nhất một lần trong năm.",
    ),
    (
        "i",
        "2.|Các đảng ủy trực thuộc Tỉnh ủy gửi báo cáo năm về công tác bảo vệ bí mật nhà nước về Văn phòng Tỉnh ủy trước ngày 30 tháng 11.",
    ),
    (
        "i",
        "3.|Hướng dẫn này có hiệu lực từ ngày ký và thay thế Hướng dẫn số 02-HD/VPTU ngày 14/3/2019 của Văn phòng Tỉnh ủy. Vướng mắc liên hệ Phòng Hành chính - Lưu trữ, Văn phòng Tỉnh ủy, điện thoại 0216.3826.519.",
    ),
    ("", ""),
    ("raw", "Nơi nhận:                                          K/T CHÁNH VĂN PHÒNG"),
    ("raw", "- Thường trực Tỉnh ủy (để b/c),                     PHÓ CHÁNH VĂN PHÒNG"),
    ("raw", "- Các đảng ủy trực thuộc Tỉnh ủy,                         (đã ký)"),
    ("raw", "- Công an tỉnh,"),
    ("raw", "- Lưu VP.                                           Hoàng Thị Bích Ngọc"),
]


def render() -> list[str]:
    lines: list[str] = []
    for kind, text in DOC:
        if kind in ("", "raw"):
            lines.append(text)
        elif kind == "c":
            for line in textwrap.wrap(text, WIDTH - 8):
                lines.append(line.center(WIDTH).rstrip())
        elif kind == "h":
            lines.append(text)
        elif kind == "p":
            lines.extend(textwrap.wrap(text, WIDTH, initial_indent="    ", subsequent_indent=""))
        elif kind == "i":
            number, body = text.split("|")
            lead = f"  {number} "
            lines.extend(textwrap.wrap(body, WIDTH, initial_indent=lead, subsequent_indent=" " * len(lead)))
        elif kind == "t":
            lines.append(text)
        elif kind == "r":
            lines.append("-" * 60)
    return lines


def paginate(lines: list[str]) -> str:
    pages: list[list[str]] = []
    body = PAGE_LINES - 2
    while lines:
        take = body if not pages else body - 2
        pages.append(lines[:take])
        lines = lines[take:]
    out = []
    for n, page in enumerate(pages, 1):
        block = []
        if n > 1:
            block += [HEADER, "=" * WIDTH]
        block += page
        block += ["", f"- {n} -".center(WIDTH).rstrip()]
        out.append("\r\n".join(block))
    return "\r\n\f".join(out) + "\r\n"


path = out_path(__file__, "huong-dan/huong-dan-bao-ve-bi-mat-nha-nuoc-trong-cong-tac-dang.txt")
Path(path).write_bytes(paginate(render()).encode("utf-8"))
print(path)
