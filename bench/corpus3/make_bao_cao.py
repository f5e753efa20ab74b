"""Ward congress political report as .docx: letterhead table, Phần I (results 2020–2025), Phần II (targets list,
targets table with a header row, tasks, breakthroughs).

usage: /work/main/.venv/bin/python bench/corpus3/make_bao_cao.py   (CORPUS3_OUT=DIR writes elsewhere)
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from corpus_files import LetterheadDocx, out_path

doc = LetterheadDocx(
    "ĐẢNG BỘ THÀNH PHỐ TÂN LONG\nĐẢNG BỘ PHƯỜNG AN BÌNH\n*\nSố 12-BC/ĐH",
    "ĐẢNG CỘNG SẢN VIỆT NAM\nAn Bình, ngày 20 tháng 7 năm 2025",
)
d, c, b, para = doc.document, doc.c, doc.b, doc.para

c("BÁO CÁO CHÍNH TRỊ")
c("CỦA BAN CHẤP HÀNH ĐẢNG BỘ PHƯỜNG AN BÌNH KHÓA XIII")
c("TRÌNH ĐẠI HỘI ĐẠI BIỂU ĐẢNG BỘ PHƯỜNG LẦN THỨ XIV, NHIỆM KỲ 2025–2030")
c("(Trích — văn bản soạn cho mục đích tham khảo)", bold=False)

b("PHẦN I. KẾT QUẢ THỰC HIỆN NGHỊ QUYẾT ĐẠI HỘI NHIỆM KỲ 2020–2025")
b("1. Về phát triển kinh tế")
para(
    "Tốc độ tăng giá trị sản xuất các ngành kinh tế trên địa bàn bình quân đạt 10,2%/năm, vượt chỉ tiêu Nghị quyết "
    "đề ra (10%/năm). Cơ cấu kinh tế chuyển dịch đúng hướng: thương mại – dịch vụ chiếm 68,5%, công nghiệp – xây dựng "
    "chiếm 31,5%."
)
para(
    "Tổng thu ngân sách trên địa bàn 5 năm đạt 1.284 tỷ đồng, bằng 132% dự toán thành phố giao. Thu nhập bình quân "
    "đầu người năm 2025 đạt 92 triệu đồng/năm, tăng 1,4 lần so với năm 2020."
)
para(
    "Hoàn thành cải tạo chợ An Bình và mở rộng đường Lê Lợi đoạn qua khu phố 3; giải phóng mặt bằng dự án đường "
    "Nguyễn Văn Cừ mới đạt 65% khối lượng, chậm so với kế hoạch."
)
b("2. Về văn hóa – xã hội")
para(
    "Tỷ lệ hộ nghèo theo chuẩn thành phố giảm từ 1,8% năm 2020 xuống còn 0,3% năm 2025; hỗ trợ xây mới, sửa chữa 46 "
    "căn nhà đại đoàn kết cho hộ nghèo, hộ khó khăn về nhà ở. Tỷ lệ dân số tham gia bảo hiểm y tế đạt 94,6%."
)
para(
    "Có 7/9 trường học đạt chuẩn quốc gia; 92% hộ gia đình đạt danh hiệu gia đình văn hóa; 12/12 khu phố đạt danh "
    "hiệu khu phố văn hóa."
)
b("3. Về quốc phòng, an ninh")
para(
    "Hoàn thành 100% chỉ tiêu giao quân hằng năm; kéo giảm 18% số vụ phạm pháp hình sự so với nhiệm kỳ trước; xây "
    "dựng 12 mô hình camera an ninh ở khu dân cư."
)
b("4. Về xây dựng Đảng và hệ thống chính trị")
para(
    "Trong nhiệm kỳ, Đảng bộ kết nạp 148 đảng viên mới, đạt 123% chỉ tiêu Nghị quyết (120 đảng viên); đến nay Đảng bộ "
    "có 1.356 đảng viên sinh hoạt tại 42 chi bộ trực thuộc."
)
para(
    "Hằng năm có từ 85% đến 90% chi bộ được đánh giá hoàn thành tốt nhiệm vụ trở lên; không có chi bộ không hoàn "
    "thành nhiệm vụ. Tỷ lệ đảng viên tham gia sinh hoạt chi bộ bình quân đạt 93%."
)
para(
    "Ủy ban Kiểm tra Đảng ủy phường kiểm tra khi có dấu hiệu vi phạm đối với 3 tổ chức đảng và 11 đảng viên; thi hành "
    "kỷ luật 9 đảng viên, trong đó khai trừ 2 đảng viên; giải quyết dứt điểm 5 đơn tố cáo đúng thời hạn."
)
para(
    "Mặt trận Tổ quốc và các đoàn thể chính trị – xã hội phường được xếp loại hoàn thành tốt nhiệm vụ trở lên trong "
    "cả 5 năm."
)
b("5. Hạn chế, nguyên nhân")
para(
    "Tình trạng ngập úng cục bộ khi mưa lớn ở khu phố 4 và khu phố 7 chưa được giải quyết dứt điểm. Công tác giải "
    "phóng mặt bằng một số dự án còn chậm. Nội dung sinh hoạt của một số chi bộ khu phố còn đơn điệu, tỷ lệ đảng viên "
    "trẻ tham gia thấp. Nguyên nhân chủ yếu là nguồn lực đầu tư hạn chế, một số cấp ủy chưa sâu sát."
)
b("6. Bài học kinh nghiệm")
para(
    "Một là, giữ vững đoàn kết, thống nhất trong Đảng bộ. Hai là, bám sát cơ sở, lắng nghe ý kiến nhân dân. Ba là, "
    "phát huy vai trò nêu gương của người đứng đầu cấp ủy, chính quyền."
)

b("PHẦN II. PHƯƠNG HƯỚNG, MỤC TIÊU, CHỈ TIÊU NHIỆM KỲ 2025–2030")
b("1. Mục tiêu tổng quát")
para(
    "Xây dựng Đảng bộ và hệ thống chính trị phường trong sạch, vững mạnh; phát huy sức mạnh đại đoàn kết toàn dân; "
    "xây dựng phường An Bình trở thành phường đô thị văn minh, hiện đại, trung tâm thương mại – dịch vụ phía Đông "
    "thành phố Tân Long vào năm 2030."
)
b("2. Các chỉ tiêu chủ yếu")
para("2.1. Tốc độ tăng giá trị sản xuất bình quân hằng năm từ 10,5% trở lên.")
para("2.2. Tổng thu ngân sách trên địa bàn tăng bình quân 8%/năm trở lên.")
para("2.3. Thu nhập bình quân đầu người đến năm 2030 đạt 140 triệu đồng/năm.")
para("2.4. Không còn hộ nghèo theo chuẩn thành phố giai đoạn 2026–2030 vào cuối năm 2028.")
para("2.5. Kết nạp mới từ 150 đảng viên trở lên trong nhiệm kỳ.")
para("2.6. Hằng năm 100% chi bộ hoàn thành nhiệm vụ trở lên, trong đó trên 90% hoàn thành tốt nhiệm vụ trở lên.")
para("Một số chỉ tiêu cụ thể về xã hội, đô thị và chuyển đổi số được xác định như sau:")
tbl = d.add_table(rows=1, cols=4)
tbl.style = "Table Grid"
hdr = tbl.rows[0].cells
for i, v in enumerate(("TT", "Chỉ tiêu", "Kết quả năm 2025", "Mục tiêu đến năm 2030")):
    hdr[i].text = v
for row in [
    ("1", "Tỷ lệ dân số tham gia bảo hiểm y tế", "94,6%", "98% trở lên"),
    ("2", "Số trường học đạt chuẩn quốc gia", "7/9 trường", "9/9 trường"),
    ("3", "Tỷ lệ tuyến hẻm được bê tông hóa, có hệ thống thoát nước", "78%", "100%"),
    ("4", "Tỷ lệ hồ sơ thủ tục hành chính nộp trực tuyến", "54%", "90% trở lên"),
    ("5", "Tỷ lệ chất thải rắn sinh hoạt được thu gom, xử lý", "97%", "100%"),
    ("6", "Số khu phố có camera an ninh kết nối trung tâm phường", "5/12 khu phố", "12/12 khu phố"),
]:
    cells = tbl.add_row().cells
    for i, v in enumerate(row):
        cells[i].text = v

b("3. Nhiệm vụ, giải pháp chủ yếu")
para(
    "3.1. Phát triển thương mại – dịch vụ là động lực chính; kêu gọi đầu tư trung tâm thương mại tại khu đất chợ cũ; "
    "hỗ trợ hộ kinh doanh chuyển đổi lên doanh nghiệp, phấn đấu thành lập mới 200 doanh nghiệp trong nhiệm kỳ."
)
para(
    "3.2. Quản lý chặt chẽ quy hoạch, trật tự xây dựng; tập trung hoàn thành giải phóng mặt bằng đường Nguyễn Văn Cừ "
    "trong năm 2026."
)
para(
    "3.3. Chăm lo an sinh xã hội; vận động xây dựng Quỹ “Vì người nghèo” phường đạt ít nhất 2 tỷ đồng trong nhiệm kỳ; "
    "giữ vững danh hiệu 12/12 khu phố văn hóa."
)
para(
    "3.4. Nâng cao chất lượng sinh hoạt chi bộ, nhất là chi bộ khu phố; mỗi chi bộ có ít nhất một đảng viên dưới 35 "
    "tuổi; thực hiện nghiêm chế độ sinh hoạt chuyên đề hằng quý."
)
para(
    "3.5. Tăng cường kiểm tra, giám sát; mỗi năm Đảng ủy và Ủy ban Kiểm tra giám sát chuyên đề ít nhất 25% số chi bộ "
    "trực thuộc."
)

b("4. Các khâu đột phá")
para(
    "Đột phá thứ nhất: Chỉnh trang đô thị, chống ngập úng — cải tạo hệ thống thoát nước khu phố 4 và khu phố 7, xóa "
    "hoàn toàn điểm ngập trước năm 2028."
)
para(
    "Đột phá thứ hai: Chuyển đổi số — xây dựng mô hình “phường thông minh”, 100% chi bộ sử dụng sổ tay đảng viên điện "
    "tử, thanh toán không dùng tiền mặt tại chợ An Bình."
)
para(
    "Đột phá thứ ba: Cải cách hành chính — rút ngắn 30% thời gian giải quyết thủ tục hành chính so với quy định; "
    "100% cán bộ, công chức phường được bồi dưỡng kỹ năng số."
)

b("PHẦN III. TỔ CHỨC THỰC HIỆN")
para(
    "Ngay sau Đại hội, Ban Chấp hành Đảng bộ phường khóa XIV xây dựng chương trình hành động; các chi bộ quán triệt "
    "Nghị quyết Đại hội đến 100% đảng viên trong quý IV năm 2025."
)
d.save(out_path(__file__, "van-kien/bao-cao-chinh-tri-dai-hoi-phuong-an-binh.docx"))
print("ok")
