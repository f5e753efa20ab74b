"""Working regulation of the commune Hòa Phú party committee as .docx: letterhead table, Chương I–IV, Điều 1–12.

usage: /work/main/.venv/bin/python bench/corpus4/make_quy_che.py   (CORPUS4_OUT=DIR writes elsewhere)
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from corpus_files import LetterheadDocx, out_path

doc = LetterheadDocx(
    "ĐẢNG BỘ HUYỆN SƠN ĐỒNG\nĐẢNG ỦY XÃ HÒA PHÚ\n*\nSố 02-QC/ĐU",
    "ĐẢNG CỘNG SẢN VIỆT NAM\nHòa Phú, ngày 15 tháng 9 năm 2025",
)
d, c, b, para = doc.document, doc.c, doc.b, doc.para

c("QUY CHẾ LÀM VIỆC")
c("CỦA BAN CHẤP HÀNH ĐẢNG BỘ XÃ HÒA PHÚ KHÓA XX, NHIỆM KỲ 2025–2030")
c("(Trích — văn bản soạn cho mục đích tham khảo)", bold=False)
para(
    "Căn cứ Điều lệ Đảng và các quy định hiện hành của Trung ương; căn cứ Quy chế làm việc mẫu do Huyện ủy Sơn Đồng "
    "hướng dẫn, Ban Chấp hành Đảng bộ xã Hòa Phú ban hành Quy chế làm việc như sau:"
)

b("Chương I. NHIỆM VỤ, QUYỀN HẠN")
b("Điều 1. Nhiệm vụ, quyền hạn của Ban Chấp hành Đảng bộ xã")
para(
    "1. Lãnh đạo thực hiện Nghị quyết Đại hội Đảng bộ xã lần thứ XX; quyết định chương trình làm việc toàn khóa và "
    "chương trình công tác hằng năm."
)
para(
    "2. Quyết định những chủ trương lớn về phát triển kinh tế - xã hội, quốc phòng - an ninh, xây dựng Đảng và hệ "
    "thống chính trị trên địa bàn xã."
)
para(
    "3. Bầu Ban Thường vụ, Bí thư, Phó Bí thư, Ủy ban kiểm tra và Chủ nhiệm Ủy ban kiểm tra Đảng ủy; bầu bổ sung "
    "khi khuyết theo hướng dẫn của cấp trên."
)
para("4. Xem xét, cho ý kiến về nhân sự ứng cử Chủ tịch HĐND, Chủ tịch UBND xã và Chủ tịch Ủy ban MTTQ xã.")

b("Điều 2. Nhiệm vụ, quyền hạn của Ban Thường vụ Đảng ủy")
para(
    "1. Lãnh đạo, chỉ đạo thực hiện nghị quyết của Ban Chấp hành giữa hai kỳ họp; chuẩn bị nội dung các kỳ họp Ban "
    "Chấp hành."
)
para(
    "2. Quyết định kết nạp đảng viên, công nhận đảng viên chính thức, khen thưởng đảng viên theo ủy "
    "quyền của cấp trên; "
    "quyết định chuẩn y kết quả bầu cử cấp ủy chi bộ trực thuộc."
)
para(
    "3. Quyết định điều động, phân công công tác đối với cán bộ thuộc diện Đảng ủy quản lý; báo cáo Ban Chấp hành tại "
    "kỳ họp gần nhất."
)

b("Điều 3. Nhiệm vụ, quyền hạn của Thường trực Đảng ủy")
para(
    "Thường trực Đảng ủy gồm Bí thư và Phó Bí thư Thường trực. Thường trực chủ trì giải quyết công việc hằng ngày của "
    "Đảng bộ, điều hòa hoạt động của các cơ quan trong hệ thống chính trị xã, chuẩn bị nội dung các cuộc họp Ban "
    "Thường vụ. Thường trực giao ban mỗi tuần một lần vào sáng thứ Hai, có mời Chủ tịch UBND xã cùng dự."
)

b("Chương II. CHẾ ĐỘ LÀM VIỆC")
b("Điều 4. Chế độ họp")
para(
    "1. Ban Chấp hành họp thường lệ 3 tháng một lần; họp bất thường khi cần thiết theo đề nghị của Ban Thường vụ hoặc "
    "của trên một phần ba tổng số ủy viên Ban Chấp hành."
)
para("2. Ban Thường vụ họp thường lệ mỗi tháng 2 lần, vào ngày 05 và ngày 20 hằng tháng; họp bất thường khi cần.")
para(
    "3. Tài liệu họp Ban Chấp hành được gửi đến ủy viên chậm nhất 3 ngày làm việc trước ngày họp; tài liệu họp Ban "
    "Thường vụ gửi trước ít nhất 1 ngày."
)
para(
    "4. Ủy viên vắng họp phải báo cáo và được Bí thư đồng ý; vắng họp 2 kỳ liên tiếp không có lý do chính đáng phải "
    "kiểm điểm trước Ban Chấp hành."
)

b("Điều 5. Phân công ủy viên phụ trách chi bộ")
para(
    "1. Mỗi chi bộ trực thuộc có một đồng chí đảng ủy viên được phân công phụ trách; danh sách phân công được Ban "
    "Thường vụ quyết định vào đầu mỗi năm."
)
para(
    "2. Đảng ủy viên phụ trách dự sinh hoạt chi bộ được phân công ít nhất 3 tháng một lần, nắm tình hình và báo cáo "
    "Ban Thường vụ những vấn đề vượt thẩm quyền của chi bộ."
)
para(
    "3. Đảng ủy viên phụ trách chịu trách nhiệm liên đới khi chi bộ mình phụ trách bị xếp loại không hoàn thành "
    "nhiệm vụ."
)

b("Điều 6. Chế độ thông tin, báo cáo")
para(
    "1. Các chi bộ trực thuộc báo cáo tình hình hoạt động bằng văn bản về Văn phòng Đảng ủy trước ngày 20 hằng tháng; "
    "báo cáo sơ kết 6 tháng trước ngày 15 tháng 6, báo cáo tổng kết năm trước ngày 15 tháng 11."
)
para(
    "2. Khi xảy ra vụ việc đột xuất, phức tạp về an ninh trật tự, bí thư chi bộ báo cáo ngay bằng điện thoại cho "
    "Thường trực Đảng ủy, sau đó báo cáo bằng văn bản trong vòng 24 giờ."
)
para("3. Ban Thường vụ Đảng ủy báo cáo Ban Thường vụ Huyện ủy định kỳ hằng tháng, 6 tháng và cả năm.")

b("Chương III. QUY TRÌNH BAN HÀNH NGHỊ QUYẾT VÀ BIỂU QUYẾT")
b("Điều 7. Quy trình ban hành nghị quyết")
para("1. Cơ quan được giao chuẩn bị dự thảo; Văn phòng Đảng ủy thẩm định về thể thức trước khi trình Thường trực.")
para(
    "2. Dự thảo nghị quyết về các vấn đề lớn phải được gửi lấy ý kiến các chi bộ trực thuộc ít nhất 10 ngày trước "
    "khi trình Ban Chấp hành."
)
para(
    "3. Nghị quyết sau khi thông qua được Bí thư hoặc Phó Bí thư Thường trực ký ban hành trong vòng 5 ngày làm việc "
    "và phổ biến đến chi bộ."
)

b("Điều 8. Nguyên tắc biểu quyết")
para("1. Hội nghị Ban Chấp hành, Ban Thường vụ chỉ hợp lệ khi có ít nhất hai phần ba số ủy viên tham dự.")
para(
    "2. Quyết định được thông qua khi có quá 1/2 tổng số ủy viên đồng ý; riêng việc đề nghị thi hành kỷ luật, bầu bổ "
    "sung cấp ủy phải bỏ phiếu kín."
)
para(
    "3. Trường hợp số phiếu tán thành và không tán thành ngang nhau thì báo cáo xin ý kiến Ban Thường vụ Huyện ủy; "
    "ý kiến thiểu số được quyền bảo lưu và báo cáo lên cấp trên."
)

b("Chương IV. MỐI QUAN HỆ CÔNG TÁC")
b("Điều 9. Quan hệ với Hội đồng nhân dân xã")
para(
    "Đảng ủy lãnh đạo HĐND xã thông qua Đảng đoàn hoặc đảng viên là đại biểu HĐND; Thường trực HĐND báo cáo Ban "
    "Thường vụ nội dung, chương trình trước mỗi kỳ họp HĐND xã ít nhất 15 ngày."
)
b("Điều 10. Quan hệ với Ủy ban nhân dân xã")
para(
    "Ban cán sự đảng hoặc đồng chí Chủ tịch UBND là đảng ủy viên báo cáo định kỳ hằng quý với Ban Thường vụ về tình "
    "hình thực hiện nhiệm vụ kinh tế - xã hội, thu chi ngân sách; các dự án đầu tư công trên 1 tỷ đồng phải xin ý kiến "
    "Ban Thường vụ trước khi phê duyệt."
)
b("Điều 11. Quan hệ với Mặt trận Tổ quốc và các đoàn thể xã")
para(
    "Ban Thường vụ làm việc với Ủy ban MTTQ và các đoàn thể chính trị - xã hội xã 6 tháng một lần để nghe phản ánh ý "
    "kiến, kiến nghị của nhân dân; tạo điều kiện để Mặt trận giám sát, phản biện xã hội."
)
b("Điều 12. Điều khoản thi hành")
para(
    "Quy chế này có hiệu lực từ ngày ký; việc sửa đổi, bổ sung do Ban Chấp hành Đảng bộ xã xem xét, quyết định. Các "
    "chi bộ trực thuộc, đảng ủy viên và cơ quan liên quan chịu trách nhiệm thi hành."
)
para("T/M BAN CHẤP HÀNH — BÍ THƯ")

d.save(out_path(__file__, "quy-che/quy-che-lam-viec-dang-uy-xa.docx"))
