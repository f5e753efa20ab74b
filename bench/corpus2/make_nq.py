"""Congress resolution as .docx: letterhead table, title, Mục tiêu, Chỉ tiêu (partly a table), Nhiệm vụ, đột phá."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from corpus_files import LetterheadDocx, out_path

doc = LetterheadDocx(
    "ĐẢNG BỘ HUYỆN YÊN THẾ\nĐẢNG BỘ XÃ TÂN HÒA\n*\nSố 01-NQ/ĐH",
    "ĐẢNG CỘNG SẢN VIỆT NAM\nTân Hòa, ngày 18 tháng 6 năm 2025",
)
d, c, b, para = doc.document, doc.c, doc.b, doc.para

c("NGHỊ QUYẾT")
c("ĐẠI HỘI ĐẠI BIỂU ĐẢNG BỘ XÃ TÂN HÒA LẦN THỨ XXV, NHIỆM KỲ 2025–2030")
para(
    "Đại hội đại biểu Đảng bộ xã Tân Hòa lần thứ XXV, nhiệm kỳ 2025–2030 họp từ ngày 16 đến ngày 18 tháng 6 năm 2025 "
    "với 150 đại biểu chính thức đại diện cho 612 đảng viên trong toàn Đảng bộ."
)
c("QUYẾT NGHỊ")
b("I. MỤC TIÊU")
para(
    "Nâng cao năng lực lãnh đạo, sức chiến đấu của Đảng bộ; phát huy sức mạnh đoàn kết toàn dân; khai thác hiệu quả "
    "tiềm năng, lợi thế; đẩy mạnh phát triển nông nghiệp hàng hóa gắn với du lịch sinh thái; xây dựng xã Tân Hòa đạt "
    "chuẩn nông thôn mới kiểu mẫu vào năm 2028."
)
b("II. CÁC CHỈ TIÊU CHỦ YẾU")
b("1. Về kinh tế")
para("1.1. Tốc độ tăng giá trị sản xuất bình quân hằng năm đạt 9,5% trở lên.")
para("1.2. Thu nhập bình quân đầu người đến năm 2030 đạt 95 triệu đồng/người/năm.")
para("1.3. Tổng thu ngân sách trên địa bàn tăng bình quân 12%/năm.")
b("2. Về văn hóa - xã hội, môi trường")
tbl = d.add_table(rows=1, cols=3)
tbl.style = "Table Grid"
hdr = tbl.rows[0].cells
hdr[0].text, hdr[1].text, hdr[2].text = "TT", "Chỉ tiêu", "Đến năm 2030"
for row in [
    ("2.1", "Tỷ lệ hộ nghèo (theo chuẩn giai đoạn 2026–2030)", "dưới 1%"),
    ("2.2", "Tỷ lệ dân số tham gia bảo hiểm y tế", "98%"),
    ("2.3", "Tỷ lệ trường học đạt chuẩn quốc gia", "100%"),
    ("2.4", "Tỷ lệ hộ dân sử dụng nước sạch", "95%"),
    ("2.5", "Tỷ lệ che phủ rừng", "ổn định 62%"),
]:
    cells = tbl.add_row().cells
    for i, v in enumerate(row):
        cells[i].text = v
b("3. Về xây dựng Đảng và hệ thống chính trị")
para("3.1. Kết nạp đảng viên mới trong nhiệm kỳ từ 60 đảng viên trở lên.")
para(
    "3.2. Hằng năm có 100% chi bộ được đánh giá hoàn thành nhiệm vụ trở lên, trong đó trên 80% hoàn thành tốt nhiệm vụ."
)
para("3.3. Hằng năm có trên 90% đảng viên được xếp loại hoàn thành tốt nhiệm vụ trở lên.")
para("3.4. Xóa thôn chưa có chi bộ, 100% thôn có đảng viên.")
b("III. NHIỆM VỤ, GIẢI PHÁP CHỦ YẾU")
para(
    "1. Tập trung lãnh đạo phát triển kinh tế nông nghiệp theo hướng hàng hóa, ứng dụng công nghệ cao; xây dựng "
    "vùng trồng vải thiều, cam đạt tiêu chuẩn VietGAP với diện tích 250 ha."
)
para(
    "2. Phát triển văn hóa, xã hội; nâng cao chất lượng giáo dục, chăm sóc sức khỏe nhân dân; thực hiện tốt chính "
    "sách an sinh xã hội."
)
para("3. Giữ vững quốc phòng, an ninh, trật tự an toàn xã hội; hoàn thành 100% chỉ tiêu giao quân hằng năm.")
para(
    "4. Xây dựng Đảng bộ trong sạch, vững mạnh; nâng cao chất lượng sinh hoạt chi bộ; tăng cường công tác kiểm tra, "
    "giám sát và thi hành kỷ luật đảng."
)
b("IV. KHÂU ĐỘT PHÁ")
para("1. Đột phá về hạ tầng: huy động nguồn lực cứng hóa 100% đường trục thôn, xây dựng cầu Tân Hòa nối với quốc lộ.")
para("2. Đột phá về chuyển đổi số: 100% thủ tục hành chính được thực hiện trực tuyến toàn trình; xây dựng chi bộ số.")
para("3. Đột phá về nguồn nhân lực: đào tạo nghề cho lao động nông thôn, tỷ lệ lao động qua đào tạo đạt 75%.")
b("V. TỔ CHỨC THỰC HIỆN")
para(
    "Ban Chấp hành Đảng bộ xã khóa XXV xây dựng chương trình hành động thực hiện Nghị quyết; các chi bộ xây dựng kế "
    "hoạch cụ thể hóa, tổ chức quán triệt đến 100% cán bộ, đảng viên trong quý III năm 2025."
)
d.save(out_path(__file__, "van-kien/nghi-quyet-dai-hoi-xa-tan-hoa-2025-2030.docx"))
print("ok")
