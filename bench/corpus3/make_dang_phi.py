"""Party-dues regulation as a text PDF (fpdf2 + DejaVuSans): letterhead, title, Điều 1–7, running header, page footer.

usage: /work/main/.venv/bin/python bench/corpus3/make_dang_phi.py   (CORPUS3_OUT=DIR writes elsewhere)
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from corpus_files import LetterheadPdf, out_path

pdf = LetterheadPdf(
    "Quy định về chế độ đảng phí (trích)",
    "BAN CHẤP HÀNH TRUNG ƯƠNG\n*\nSố 342-QĐ/TW",
    "Hà Nội, ngày 28 tháng 12 năm 2010",
    header_from=2,
)
title, art, para = pdf.name, pdf.sec, pdf.para

title("QUY ĐỊNH")
title("về chế độ đảng phí", 12)
pdf.note()
para(
    "Căn cứ Điều lệ Đảng; căn cứ Quy chế làm việc của Ban Chấp hành Trung ương, Bộ Chính trị và Ban Bí thư, "
    "Bộ Chính trị quy định về chế độ đảng phí như sau:"
)

art("Điều 1. Đối tượng và mức đóng đảng phí")
para(
    "Đảng viên trong Đảng Cộng sản Việt Nam (kể cả đảng viên dự bị) có trách nhiệm đóng đảng phí hằng tháng theo "
    "quy định. Thu nhập tính đóng đảng phí là tiền lương, các khoản phụ cấp tính đóng bảo hiểm xã hội; tiền công; "
    "lương hưu, trợ cấp bảo hiểm xã hội."
)
para(
    "1. Đảng viên hưởng lương trong cơ quan, đơn vị, doanh nghiệp đóng đảng phí hằng tháng bằng 1% tiền lương, các "
    "khoản phụ cấp tính đóng bảo hiểm xã hội.",
    4,
)
para("2. Đảng viên hưởng lương hưu đóng đảng phí hằng tháng bằng 0,5% mức lương hưu được hưởng.", 4)
para(
    "3. Đảng viên đang nghỉ ốm đau, thai sản, hưởng trợ cấp bảo hiểm xã hội hằng tháng đóng bằng 0,5% mức trợ cấp "
    "được hưởng.",
    4,
)
para(
    "4. Đảng viên làm việc trong doanh nghiệp tư nhân, hộ kinh doanh cá thể, hợp tác xã không hưởng lương theo thang "
    "bảng lương đóng 1% thu nhập hằng tháng, nhưng mức đóng thấp nhất là 20.000 đồng/tháng.",
    4,
)
para(
    "5. Đảng viên làm nông, lâm, ngư nghiệp, lao động tự do ở xã, phường, thị trấn đóng đảng phí 10.000 đồng/tháng.",
    4,
)
para(
    "6. Đảng viên là học sinh, sinh viên không hưởng lương, không có thu nhập riêng đóng đảng phí 5.000 đồng/tháng.",
    4,
)
para(
    "7. Đảng viên không có thu nhập thường xuyên, đảng viên hưởng trợ cấp xã hội hằng tháng đóng đảng phí 3.000 "
    "đồng/tháng.",
    4,
)
para(
    "8. Khuyến khích đảng viên tự nguyện đóng đảng phí cao hơn mức quy định; số đóng thêm được hạch toán chung vào "
    "số đảng phí thu được của chi bộ.",
    4,
)

art("Điều 2. Miễn, giảm đảng phí")
para(
    "1. Đảng viên được miễn đóng đảng phí trong các trường hợp: đảng viên đã được tặng Huy hiệu 50 năm tuổi đảng trở "
    "lên; đảng viên thuộc hộ nghèo hoặc mắc bệnh hiểm nghèo, có đơn đề nghị.",
    4,
)
para(
    "2. Đảng viên thuộc hộ cận nghèo, gia đình bị thiệt hại nặng do thiên tai, hỏa hoạn có đơn đề nghị thì được xem "
    "xét giảm 50% mức đảng phí phải đóng.",
    4,
)
para(
    "3. Thời gian miễn, giảm đảng phí mỗi lần không quá 12 tháng; hết thời hạn, nếu vẫn còn khó khăn thì đảng viên làm "
    "đơn đề nghị xét lại.",
    4,
)
para(
    "4. Chi bộ xem xét đơn của đảng viên, báo cáo đảng ủy cơ sở quyết định việc miễn, giảm đảng phí.",
    4,
)

art("Điều 3. Thu, nộp đảng phí")
para(
    "1. Đảng viên trực tiếp đóng đảng phí hằng tháng cho chi bộ hoặc tổ đảng được chi bộ phân công thu. Đảng viên đi "
    "công tác, học tập dài ngày có thể đóng trước đảng phí nhiều tháng và phải được ghi vào sổ thu đảng phí.",
    4,
)
para(
    "2. Chi bộ trực thuộc đảng ủy cơ sở nộp đảng phí lên đảng ủy cơ sở hằng tháng, chậm nhất vào ngày 10 "
    "của tháng sau.",
    4,
)
para(
    "3. Đảng ủy cơ sở nộp đảng phí lên cấp ủy cấp trên theo quý, chậm nhất vào ngày 15 của tháng đầu quý sau.",
    4,
)

art("Điều 4. Phân cấp quản lý đảng phí")
para("Số đảng phí thu được ở mỗi cấp được trích giữ lại và nộp lên cấp trên theo tỷ lệ sau:")
para("1. Chi bộ trực thuộc đảng ủy cơ sở được trích giữ lại 30%, nộp 70% lên đảng ủy cơ sở.", 4)
para(
    "2. Tổ chức cơ sở đảng ở xã, phường, thị trấn được trích giữ lại 90%, nộp 10% lên cấp ủy cấp trên trực tiếp.",
    4,
)
para(
    "3. Tổ chức cơ sở đảng trong cơ quan hành chính, đơn vị sự nghiệp, doanh nghiệp được trích giữ lại 50%, nộp 50% "
    "lên cấp ủy cấp trên.",
    4,
)
para(
    "4. Cấp ủy cấp trên trực tiếp của tổ chức cơ sở đảng được trích giữ lại 50% số đảng phí do các tổ chức cơ sở đảng "
    "nộp lên, nộp 50% lên tỉnh ủy, thành ủy.",
    4,
)
para(
    "5. Tỉnh ủy, thành ủy và đảng ủy trực thuộc Trung ương nộp 10% tổng số đảng phí nhận được lên Trung ương.",
    4,
)

art("Điều 5. Sử dụng đảng phí")
para(
    "1. Đảng phí trích giữ lại ở chi bộ, tổ chức cơ sở đảng được dùng để chi mua báo, tài liệu sinh hoạt, thăm hỏi "
    "đảng viên ốm đau, khen thưởng và các hoạt động khác của chi bộ, đảng bộ.",
    4,
)
para(
    "2. Không dùng đảng phí để chi tiếp khách, liên hoan, mua sắm tài sản cá nhân hoặc cho vay.",
    4,
)
para(
    "3. Đảng phí nộp lên tỉnh ủy, thành ủy và Trung ương được dùng để lập quỹ dự trữ của Đảng; tỉnh ủy, thành ủy dành "
    "ít nhất 50% số đảng phí được trích giữ lại để bổ sung quỹ dự trữ.",
    4,
)
para(
    "4. Việc chi tiêu đảng phí ở chi bộ phải được chi ủy thông qua, công khai trong sinh hoạt chi bộ ít nhất 6 tháng "
    "một lần.",
    4,
)

art("Điều 6. Quản lý, kiểm tra đảng phí")
para(
    "1. Chi bộ mở sổ thu, nộp đảng phí, ghi rõ họ tên, mức thu nhập tính đóng và số tiền từng đảng viên "
    "đóng hằng tháng.",
    4,
)
para(
    "2. Đảng viên không đóng đảng phí 3 tháng trong năm mà không có lý do chính đáng thì chi bộ xem xét, đề nghị cấp "
    "có thẩm quyền xóa tên trong danh sách đảng viên.",
    4,
)
para(
    "3. Ủy ban kiểm tra các cấp kiểm tra việc thu, nộp, quản lý và sử dụng đảng phí của tổ chức đảng cấp dưới; chi ủy "
    "tự kiểm tra việc thu nộp đảng phí của chi bộ mỗi năm một lần.",
    4,
)

art("Điều 7. Tổ chức thực hiện")
para(
    "Văn phòng Trung ương Đảng hướng dẫn thực hiện Quy định này. Quy định này có hiệu lực từ ngày 01 tháng 01 năm 2011 "
    "và được thực hiện thống nhất trong toàn Đảng."
)
pdf.signature("T/M BỘ CHÍNH TRỊ", space=6, align="C")

pdf.output(out_path(__file__, "quy-dinh/quy-dinh-dang-phi.pdf"))
print("ok")
