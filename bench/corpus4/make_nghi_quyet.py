"""District congress resolution (Sơn Đồng, XXII, 2025–2030) as a text PDF (fpdf2 + DejaVuSans): letterhead,
sections I–VI, running header on every page, "Trang N" footer.

usage: /work/main/.venv/bin/python bench/corpus4/make_nghi_quyet.py   (CORPUS4_OUT=DIR writes elsewhere)
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from corpus_files import LetterheadPdf, out_path

pdf = LetterheadPdf(
    "Nghị quyết Đại hội Đảng bộ huyện Sơn Đồng lần thứ XXII (trích)",
    "ĐẢNG BỘ TỈNH BẮC SƠN\nĐẢNG BỘ HUYỆN SƠN ĐỒNG\n*\nSố 01-NQ/ĐH",
    "Sơn Đồng, ngày 12 tháng 8 năm 2025",
)
title, sec, para = pdf.name, pdf.sec, pdf.para

title("NGHỊ QUYẾT")
title("ĐẠI HỘI ĐẠI BIỂU ĐẢNG BỘ HUYỆN SƠN ĐỒNG LẦN THỨ XXII, NHIỆM KỲ 2025–2030", 12)
pdf.note()
para(
    "Đại hội đại biểu Đảng bộ huyện Sơn Đồng lần thứ XXII họp từ ngày 10 đến ngày 12 tháng 8 năm 2025, với 280 đại "
    "biểu đại diện cho hơn 9.400 đảng viên trong toàn Đảng bộ. Sau khi thảo luận Báo cáo chính trị của Ban Chấp hành "
    "khóa XXI, Đại hội quyết nghị:"
)

sec("I. ĐÁNH GIÁ KẾT QUẢ THỰC HIỆN NGHỊ QUYẾT NHIỆM KỲ 2020–2025")
para(
    "1. Kinh tế duy trì tốc độ tăng trưởng khá; tốc độ tăng giá trị sản xuất bình quân đạt 8,6%/năm, vượt chỉ tiêu "
    "đề ra (8%/năm). Cơ cấu kinh tế chuyển dịch tích cực: nông, lâm nghiệp còn 31%, công nghiệp - xây dựng 36%, "
    "thương mại - dịch vụ 33%."
)
para(
    "2. Tổng thu ngân sách nhà nước trên địa bàn 5 năm đạt 2.150 tỷ đồng, bằng 118% dự toán tỉnh giao; thu nhập bình "
    "quân đầu người năm 2025 đạt 58 triệu đồng, gấp 1,6 lần năm 2020."
)
para(
    "3. Có 14/18 xã đạt chuẩn nông thôn mới, 4 xã đạt chuẩn nông thôn mới nâng cao; diện tích cây ăn quả có múi và "
    "cây dược liệu tăng thêm 1.250 ha; hoàn thành cụm công nghiệp Tân Sơn giai đoạn 1 với 11 doanh nghiệp vào sản xuất."
)
para(
    "4. Tỷ lệ hộ nghèo giảm từ 9,4% năm 2020 xuống còn 2,8% năm 2025, bình quân mỗi năm giảm 1,3%; 100% hộ gia đình "
    "được sử dụng điện lưới quốc gia; 78% trường học đạt chuẩn quốc gia."
)
para(
    "5. Công tác xây dựng Đảng có nhiều chuyển biến: kết nạp 1.026 đảng viên mới, đạt 114% chỉ tiêu; 100% thôn, bản "
    "có chi bộ và có đảng viên; hằng năm trên 85% tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ trở lên."
)
para(
    "6. Hạn chế: chất lượng tăng trưởng chưa bền vững; giải ngân vốn đầu tư công một số năm đạt thấp; thu hút đầu tư "
    "vào cụm công nghiệp còn chậm; ô nhiễm môi trường ở một số làng nghề chưa được khắc phục triệt để."
)

sec("II. MỤC TIÊU TỔNG QUÁT")
para(
    "Xây dựng Đảng bộ và hệ thống chính trị trong sạch, vững mạnh; phát huy sức mạnh đại đoàn kết các dân tộc; khai "
    "thác hiệu quả tiềm năng đất đai, rừng và du lịch sinh thái; phấn đấu đến năm 2030 Sơn Đồng trở thành huyện nông "
    "thôn mới, đời sống vật chất và tinh thần của nhân dân được nâng lên rõ rệt."
)

sec("III. CÁC CHỈ TIÊU CHỦ YẾU ĐẾN NĂM 2030")
para("1. Tốc độ tăng giá trị sản xuất bình quân đạt 9%/năm trở lên.", 4)
para("2. Thu nhập bình quân đầu người đến năm 2030 đạt 95 triệu đồng/năm.", 4)
para("3. Tổng thu ngân sách nhà nước trên địa bàn tăng bình quân 10%/năm.", 4)
para("4. Tỷ lệ hộ nghèo giảm bình quân 0,5%/năm; đến năm 2030 còn dưới 1%.", 4)
para("5. Có 100% xã đạt chuẩn nông thôn mới, trong đó 9 xã đạt chuẩn nông thôn mới nâng cao, 2 xã kiểu mẫu.", 4)
para("6. Tỷ lệ che phủ rừng ổn định ở mức 62%.", 4)
para("7. Tỷ lệ trường học đạt chuẩn quốc gia đạt 90%; tỷ lệ lao động qua đào tạo đạt 70%.", 4)
para("8. Tỷ lệ dân số tham gia bảo hiểm y tế đạt 98%; 100% trạm y tế xã có bác sĩ.", 4)
para("9. Kết nạp 1.100 đảng viên mới trở lên trong nhiệm kỳ.", 4)
para("10. Hằng năm có trên 90% tổ chức cơ sở đảng được xếp loại hoàn thành tốt nhiệm vụ trở lên.", 4)

sec("IV. NHIỆM VỤ, GIẢI PHÁP CHỦ YẾU")
para(
    "1. Phát triển nông nghiệp hàng hóa gắn với chuỗi giá trị; mở rộng vùng trồng cây ăn quả, dược liệu đạt chứng "
    "nhận VietGAP; mỗi xã có ít nhất 2 sản phẩm OCOP đạt 3 sao trở lên."
)
para(
    "2. Đẩy mạnh thu hút đầu tư vào cụm công nghiệp Tân Sơn giai đoạn 2; phát triển du lịch sinh thái hồ Khe Chè và "
    "du lịch cộng đồng tại các bản người Dao."
)
para(
    "3. Nâng cao chất lượng giáo dục, y tế; bảo tồn và phát huy bản sắc văn hóa các dân tộc; thực hiện đầy đủ chính "
    "sách an sinh xã hội, chăm lo người có công."
)
para(
    "4. Giữ vững quốc phòng, an ninh; kiềm chế, kéo giảm tội phạm ma túy ở khu vực giáp ranh; giải quyết kịp thời "
    "đơn thư khiếu nại, tố cáo ngay từ cơ sở."
)
para(
    "5. Xây dựng Đảng: nâng cao chất lượng sinh hoạt chi bộ; thực hiện nghiêm trách nhiệm nêu gương của cán bộ, đảng "
    "viên, trước hết là người đứng đầu; tăng cường kiểm tra, giám sát."
)

sec("V. BA KHÂU ĐỘT PHÁ")
para(
    "Đột phá thứ nhất: tập trung đầu tư hạ tầng giao thông kết nối, trọng tâm là nâng cấp tuyến đường tỉnh 291 đoạn "
    "qua huyện và xây dựng cầu Khe Chè nối các xã vùng hồ."
)
para(
    "Đột phá thứ hai: chuyển đổi số trong lãnh đạo, điều hành; đến năm 2027 có 100% hồ sơ thủ tục hành chính cấp "
    "huyện, cấp xã được tiếp nhận và giải quyết trực tuyến."
)
para(
    "Đột phá thứ ba: phát triển nguồn nhân lực, nhất là đội ngũ cán bộ cơ sở trẻ, cán bộ người dân tộc thiểu số; "
    "mỗi năm cử ít nhất 30 cán bộ xã đi đào tạo, bồi dưỡng."
)

sec("VI. TỔ CHỨC THỰC HIỆN")
para(
    "1. Ban Chấp hành Đảng bộ huyện khóa XXII xây dựng chương trình hành động thực hiện Nghị quyết trong vòng 3 tháng "
    "sau Đại hội."
)
para(
    "2. Các tổ chức cơ sở đảng tổ chức học tập, quán triệt Nghị quyết đến 100% đảng viên trước ngày 30 tháng 11 năm "
    "2025; cụ thể hóa thành nghị quyết, kế hoạch của cấp mình."
)
para(
    "3. Ủy ban kiểm tra Huyện ủy tăng cường giám sát việc thực hiện; giữa nhiệm kỳ sơ kết, đánh giá, bổ sung giải "
    "pháp phù hợp."
)
para("Đại hội kêu gọi cán bộ, đảng viên và nhân dân các dân tộc trong huyện đoàn kết, thực hiện thắng lợi Nghị quyết.")
pdf.signature("T/M ĐOÀN CHỦ TỊCH ĐẠI HỘI")

pdf.output(out_path(__file__, "van-kien/nghi-quyet-dai-hoi-huyen-son-dong.pdf"))
