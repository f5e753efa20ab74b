"""Guide of the Văn phòng Huyện ủy Phước Khê on keeping a chi bộ's resolution book and minutes book (sổ nghị quyết,
sổ ghi biên bản) as plain text with Windows CRLF line endings and tab-indented sub-items.

usage: /work/main/.venv/bin/python bench/corpus9/make_huong_dan.py   (CORPUS9_OUT=DIR writes elsewhere)
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from corpus_files import EDITORIAL_NOTE, out_path

T = "\t"
LINES = [
    "HUYỆN ỦY PHƯỚC KHÊ\t\t\tĐẢNG CỘNG SẢN VIỆT NAM",
    "VĂN PHÒNG\t\t\t\tPhước Khê, ngày 05 tháng 3 năm 2024",
    "Số 04-HD/VPHU",
    "",
    "HƯỚNG DẪN",
    "Ghi chép, quản lý sổ nghị quyết và sổ ghi biên bản sinh hoạt của chi bộ",
    EDITORIAL_NOTE,
    "",
    "Thực hiện chỉ đạo của Ban Thường vụ Huyện ủy về nâng cao chất lượng sinh hoạt chi bộ, Văn phòng Huyện ủy hướng "
    "dẫn việc ghi chép, quản lý sổ nghị quyết và sổ ghi biên bản của các chi bộ trực thuộc đảng ủy cơ sở và chi bộ "
    "cơ sở trong Đảng bộ huyện như sau:",
    "",
    "I. CÁC LOẠI SỔ",
    "1. Mỗi chi bộ có hai loại sổ riêng biệt:",
    T + "a) Sổ nghị quyết: ghi toàn văn các nghị quyết của chi bộ sau khi đã được biểu quyết thông qua;",
    T + "b) Sổ ghi biên bản: ghi diễn biến các cuộc họp chi bộ, họp chi ủy và các hội nghị của chi bộ.",
    "2. Sổ do Văn phòng Huyện ủy phát hành thống nhất, khổ A4, bìa cứng màu đỏ, có đánh số trang và đóng dấu giáp "
    "lai của đảng ủy cơ sở trước khi sử dụng.",
    "3. Chi bộ không dùng sổ tự mua, sổ học sinh hoặc ghi trên giấy rời rồi đóng thành tập.",
    "",
    "II. GHI SỔ NGHỊ QUYẾT",
    "1. Nghị quyết được ghi vào sổ chậm nhất 03 ngày làm việc sau buổi sinh hoạt, gồm:",
    T + "a) số, ngày ban hành nghị quyết và kỳ sinh hoạt (tháng, quý, chuyên đề);",
    T + "b) đánh giá ngắn gọn kết quả thực hiện nghị quyết kỳ trước;",
    T + "c) nhiệm vụ, giải pháp của kỳ tới, ghi rõ người phụ trách và thời hạn hoàn thành;",
    T + "d) kết quả biểu quyết: tổng số đảng viên có mặt, số tán thành, số không tán thành.",
    "2. Bí thư chi bộ (hoặc phó bí thư chủ trì buổi sinh hoạt) ký tên dưới mỗi nghị quyết; chi bộ cơ sở có con dấu "
    "thì đóng dấu vào chữ ký.",
    "3. Nghị quyết phải được ghi liên tục theo thứ tự thời gian, không để trống trang, không ghi xen giữa hai nghị "
    "quyết đã có.",
    "",
    "III. GHI SỔ BIÊN BẢN",
    "1. Chi bộ phân công một đảng viên làm thư ký, ghi biên bản trực tiếp trong buổi sinh hoạt; biên bản phải có:",
    T + "a) thời gian, địa điểm, người chủ trì, người ghi biên bản;",
    T + "b) số đảng viên được triệu tập, có mặt, vắng mặt (ghi rõ họ tên và lý do vắng);",
    T + "c) nội dung báo cáo, ý kiến phát biểu của từng đảng viên và kết luận của người chủ trì;",
    T + "d) kết quả biểu quyết từng nội dung.",
    "2. Biên bản phải được đọc lại trước khi kết thúc buổi sinh hoạt; người chủ trì và thư ký cùng ký tên ngay tại "
    "cuộc họp.",
    "3. Đảng viên có ý kiến khác với kết luận được quyền đề nghị ghi ý kiến của mình vào biên bản và ký xác nhận.",
    "4. Biên bản các buổi xét kết nạp đảng viên, xét kỷ luật, biểu quyết bằng phiếu kín phải ghi kèm kết quả kiểm "
    "phiếu và lưu các phiếu trong phong bì niêm phong.",
    "",
    "IV. SỬA CHỮA SAI SÓT",
    "1. Không được tẩy xóa, dùng bút xóa, dán đè hoặc xé bỏ trang sổ.",
    "2. Khi ghi sai, gạch ngang một nét phần sai sao cho vẫn đọc được, ghi phần đúng bên cạnh; người ghi và bí thư "
    "chi bộ ký nháy vào chỗ sửa.",
    '3. Nội dung ghi sót được bổ sung ở trang tiếp theo, ghi rõ "bổ sung biên bản ngày..." và có chữ ký của người '
    "chủ trì.",
    "",
    "V. QUẢN LÝ, LƯU TRỮ SỔ",
    "1. Sổ nghị quyết và sổ ghi biên bản là tài liệu nội bộ của Đảng; bí thư chi bộ chịu trách nhiệm quản lý, cất "
    "giữ nơi an toàn, không cho mượn ra ngoài chi bộ.",
    "2. Sổ đã ghi hết được nộp về văn phòng đảng ủy cơ sở để lưu trữ, thời hạn lưu ít nhất 10 năm kể từ năm ghi "
    "trang cuối cùng; sổ ghi biên bản đại hội chi bộ lưu vĩnh viễn.",
    "3. Khi đảng ủy cơ sở hoặc cấp ủy cấp trên kiểm tra, bí thư chi bộ xuất trình sổ; kết quả kiểm tra được ghi vào "
    "trang cuối của sổ.",
    "",
    "VI. BÀN GIAO KHI THAY ĐỔI BÍ THƯ CHI BỘ",
    "1. Khi thay đổi bí thư chi bộ, chậm nhất 07 ngày làm việc kể từ ngày có quyết định chuẩn y bí thư mới, bí thư "
    "cũ bàn giao cho bí thư mới:",
    T + "a) sổ nghị quyết, sổ ghi biên bản đang sử dụng và các sổ chưa nộp lưu trữ;",
    T + "b) sổ theo dõi đảng viên, sổ thu nộp đảng phí;",
    T + "c) các văn bản, tài liệu của cấp trên gửi chi bộ.",
    "2. Việc bàn giao lập thành biên bản 03 bản, có chữ ký của bên giao, bên nhận và đại diện đảng ủy cơ sở "
    "chứng kiến; mỗi bên giữ một bản, một bản gửi văn phòng đảng ủy.",
    "3. Trường hợp bí thư cũ chuyển công tác đột xuất hoặc qua đời, phó bí thư hoặc một chi ủy viên được đảng ủy "
    "cơ sở chỉ định tạm thời quản lý sổ cho đến khi bàn giao.",
    "",
    "VII. TỔ CHỨC THỰC HIỆN",
    "1. Đảng ủy cơ sở kiểm tra việc ghi sổ của các chi bộ trực thuộc ít nhất mỗi năm hai lần, vào tháng 6 và tháng 12.",
    "2. Kết quả ghi chép sổ sách là một tiêu chí đánh giá, xếp loại chất lượng chi bộ cuối năm.",
    "3. Hướng dẫn này thay thế Hướng dẫn số 02-HD/VPHU ngày 10/4/2019 của Văn phòng Huyện ủy.",
    "",
    "\t\t\t\tK/T CHÁNH VĂN PHÒNG",
    "\t\t\t\tPHÓ CHÁNH VĂN PHÒNG",
]

with open(
    out_path(__file__, "huong-dan/huong-dan-ghi-so-nghi-quyet-chi-bo.txt"), "w", encoding="utf-8", newline="\r\n"
) as f:
    f.write("\n".join(LINES) + "\n")
