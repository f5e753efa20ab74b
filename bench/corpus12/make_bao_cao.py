"""Political report (excerpt) of the Ban Chấp hành Đảng bộ tỉnh Thạch Lâm khóa XVI to the 17th provincial party
congress, term 2025 - 2030, as a multi-page text PDF (fpdf2 + DejaVuSans via `LetterheadPdf`): letterhead, justified
body text, "Phần thứ nhất / thứ hai" with I / II / III headings and numbered paragraphs, a drawn table of the main
targets (STT | Chỉ tiêu | Đơn vị | Đến năm 2030), a running header from page 2 on and the page number written
"Trang N/M" (not matched as furniture by a plain "Trang N" pattern).

usage: /work/main/.venv/bin/python bench/corpus12/make_bao_cao.py   (CORPUS12_OUT=DIR writes elsewhere)
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from corpus_files import LetterheadPdf, out_path

pdf = LetterheadPdf(
    "Báo cáo chính trị Đại hội đại biểu Đảng bộ tỉnh Thạch Lâm lần thứ XVII",
    "ĐẢNG BỘ TỈNH THẠCH LÂM\nBAN CHẤP HÀNH KHÓA XVI\n*",
    "Thạch Lâm, ngày 06 tháng 10 năm 2025",
    header_from=2,
    body=(10, 5.4),
    page_footer="Trang {}/{{nb}}",
    justify=1,
)
pdf.alias_nb_pages()
pdf.name("BÁO CÁO CHÍNH TRỊ")
pdf.name(
    "của Ban Chấp hành Đảng bộ tỉnh khóa XVI trình Đại hội đại biểu Đảng bộ tỉnh lần thứ XVII, nhiệm kỳ 2025 - 2030",
    11,
)
pdf.note()
pdf.para(
    "Đại hội đại biểu Đảng bộ tỉnh Thạch Lâm lần thứ XVII diễn ra từ ngày 14 đến ngày 16 tháng 10 năm 2025, với chủ "
    'đề: "Xây dựng Đảng bộ và hệ thống chính trị trong sạch, vững mạnh; phát huy sức mạnh đoàn kết, khơi dậy khát '
    "vọng vươn lên; đưa Thạch Lâm phát triển nhanh, bền vững, trở thành tỉnh phát triển khá của khu vực Bắc Trung "
    'Bộ vào năm 2030".'
)

pdf.sec("Phần thứ nhất")
pdf.sec("KẾT QUẢ THỰC HIỆN NGHỊ QUYẾT ĐẠI HỘI XVI, NHIỆM KỲ 2020 - 2025")
pdf.sec("I. NHỮNG KẾT QUẢ ĐẠT ĐƯỢC")
pdf.para(
    "Nhiệm kỳ 2020 - 2025 diễn ra trong bối cảnh có nhiều khó khăn, thách thức chưa có tiền lệ: đại dịch COVID-19 "
    "kéo dài trong hai năm đầu nhiệm kỳ, cơn bão số 3 năm 2024 gây thiệt hại ước khoảng 2.850 tỷ đồng cho các huyện "
    "ven biển, giá nguyên vật liệu tăng cao. Trong bối cảnh đó, Đảng bộ, chính quyền và Nhân dân các dân tộc trong "
    "tỉnh đã đoàn kết, nỗ lực vượt qua khó khăn; 17/22 chỉ tiêu chủ yếu Nghị quyết Đại hội XVI đề ra đạt và vượt, "
    "trong đó có 06 chỉ tiêu vượt cao."
)
pdf.para(
    "1. Về phát triển kinh tế. Tốc độ tăng trưởng tổng sản phẩm trên địa bàn (GRDP) bình quân giai đoạn 2021 - 2025 "
    "ước đạt 7,4%/năm, nằm trong mục tiêu 7,0 - 7,5% mà Nghị quyết đề ra. Quy mô GRDP năm 2025 ước đạt 112.600 tỷ "
    "đồng, gấp 1,52 lần năm 2020; GRDP bình quân đầu người năm 2025 ước đạt 76,8 triệu đồng. Cơ cấu kinh tế chuyển "
    "dịch đúng hướng: nông, lâm nghiệp và thủy sản chiếm 18,6%; công nghiệp - xây dựng 39,2%; dịch vụ 36,1%; thuế "
    "sản phẩm trừ trợ cấp sản phẩm 6,1%."
)
pdf.para(
    "Tổng thu ngân sách nhà nước trên địa bàn 5 năm đạt 41.300 tỷ đồng; riêng năm 2025 ước đạt 9.850 tỷ đồng, gấp "
    "1,8 lần năm 2020. Tổng vốn đầu tư toàn xã hội 5 năm đạt khoảng 186.000 tỷ đồng. Tỉnh đã thu hút được 64 dự án "
    "đầu tư trực tiếp nước ngoài với tổng vốn đăng ký 2,1 tỷ USD, tập trung tại Khu kinh tế Hòn Sương và các khu "
    "công nghiệp phía nam. Lượng khách du lịch năm 2025 ước đạt 5,2 triệu lượt, trong đó khách quốc tế 410 nghìn "
    "lượt."
)
pdf.para(
    "Chương trình mục tiêu quốc gia xây dựng nông thôn mới đạt kết quả nổi bật: đến hết năm 2024, toàn tỉnh có "
    "89/112 xã đạt chuẩn nông thôn mới (79,5%), 21 xã đạt chuẩn nông thôn mới nâng cao, 06 xã đạt chuẩn nông thôn "
    "mới kiểu mẫu; 03 huyện được công nhận hoàn thành nhiệm vụ xây dựng nông thôn mới. Sản phẩm OCOP đạt 3 sao trở "
    "lên có 236 sản phẩm, trong đó 04 sản phẩm đạt 5 sao, nổi bật là nước mắm Hòn Sương và chè Shan tuyết Pù Lâm."
)
pdf.para(
    "2. Về văn hóa, xã hội. Tỷ lệ hộ nghèo đa chiều giảm từ 8,9% năm 2020 xuống còn 3,1% năm 2025, bình quân mỗi năm "
    "giảm 1,16%, vượt mục tiêu đề ra. Toàn tỉnh đã hỗ trợ xóa 4.260 nhà tạm, nhà dột nát, hoàn thành trước thời hạn "
    "03 tháng. Giải quyết việc làm cho 96.500 lao động, trong đó đưa 11.200 người đi làm việc ở nước ngoài theo hợp "
    "đồng. Tỷ lệ lao động qua đào tạo đạt 71%, trong đó có bằng cấp, chứng chỉ 28,5%. Tỷ lệ trường đạt chuẩn quốc "
    "gia đạt 68,3%; số bác sĩ đạt 10,4 bác sĩ/vạn dân; tỷ lệ dân số tham gia bảo hiểm y tế đạt 94,6%."
)
pdf.para(
    "3. Về quốc phòng, an ninh và đối ngoại. Thế trận quốc phòng toàn dân gắn với thế trận an ninh nhân dân được "
    "củng cố; tổ chức thành công diễn tập khu vực phòng thủ tỉnh năm 2023 và diễn tập tại 100% huyện, xã theo kế "
    "hoạch. Tội phạm về trật tự xã hội giảm 11,3% so với nhiệm kỳ trước; tỷ lệ điều tra, khám phá án đạt 86,7%. Tỉnh "
    "duy trì quan hệ hợp tác với 02 tỉnh của nước bạn Lào và ký kết 05 thỏa thuận hợp tác với các địa phương nước "
    "ngoài."
)
pdf.para(
    "4. Về xây dựng Đảng và hệ thống chính trị. Công tác xây dựng, chỉnh đốn Đảng được đặc biệt chú trọng. Trong "
    "nhiệm kỳ, toàn Đảng bộ kết nạp 9.460 đảng viên, đạt 105,1% chỉ tiêu Nghị quyết (9.000 đảng viên); đến "
    "30/9/2025 Đảng bộ tỉnh có 71.380 đảng viên sinh hoạt tại 548 tổ chức cơ sở đảng. Tỷ lệ tổ chức cơ sở đảng hoàn "
    "thành tốt nhiệm vụ trở lên bình quân đạt 86,4%/năm. Cấp ủy, ủy ban kiểm tra các cấp đã kiểm tra 1.126 lượt tổ "
    "chức đảng và 3.412 lượt đảng viên; thi hành kỷ luật 612 đảng viên, trong đó có 14 cán bộ thuộc diện Ban Thường "
    "vụ Tỉnh ủy quản lý."
)
pdf.para(
    "Thực hiện chủ trương sắp xếp tổ chức bộ máy và đơn vị hành chính, từ ngày 01/7/2025 tỉnh kết thúc hoạt động "
    "của 09 huyện, thị xã, thành phố; số đơn vị hành chính cấp xã giảm từ 141 xuống còn 58 (49 xã, 08 phường và đặc "
    "khu Hòn Sương). Các đảng bộ xã, phường, đặc khu mới được thành lập trực thuộc Tỉnh ủy và đã tổ chức xong đại hội "
    "nhiệm kỳ 2025 - 2030 trước ngày 31/8/2025. Số cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh giảm từ 19 xuống "
    "còn 13 sở; biên chế khối đảng, đoàn thể giảm 17,8% so với đầu nhiệm kỳ."
)

pdf.para(
    "5. Về công tác cán bộ. Ban Chấp hành, Ban Thường vụ Tỉnh ủy đã ban hành 11 quy định, quy chế về công tác cán "
    "bộ; thực hiện luân chuyển 146 cán bộ, trong đó 38 cán bộ từ tỉnh về cơ sở. Quy hoạch Ban Chấp hành Đảng bộ tỉnh "
    "nhiệm kỳ 2025 - 2030 có 84 đồng chí, cán bộ trẻ chiếm 27,4%, cán bộ nữ 26,2%, cán bộ người dân tộc thiểu số "
    "13,1%. Đã tổ chức lấy phiếu tín nhiệm đối với 118 chức danh do Hội đồng nhân dân tỉnh bầu và thay thế 09 cán bộ "
    "lãnh đạo, quản lý hạn chế về năng lực, uy tín."
)
pdf.para(
    "6. Về chuyển đổi số và cải cách hành chính. Tỉnh đưa vào vận hành Trung tâm giám sát, điều hành thông minh từ "
    "tháng 5/2023; tỷ lệ hồ sơ thủ tục hành chính được giải quyết trực tuyến toàn trình năm 2025 đạt 62%; 100% văn "
    "bản giữa các cơ quan đảng, chính quyền cấp tỉnh được gửi, nhận dưới dạng điện tử có ký số. Chỉ số hài lòng của "
    "người dân đối với sự phục vụ của cơ quan hành chính (SIPAS) năm 2024 đạt 84,1%."
)
pdf.para(
    "7. Về Mặt trận Tổ quốc và các đoàn thể chính trị - xã hội. Ủy ban Mặt trận Tổ quốc và các đoàn thể đã vận động "
    'được 312 tỷ đồng cho Quỹ "Vì người nghèo" và chương trình xóa nhà tạm; phong trào "Toàn dân đoàn kết xây '
    'dựng đời sống văn hóa" có 92,5% hộ gia đình đạt danh hiệu gia đình văn hóa. Sau sắp xếp, các hội quần chúng do '
    "Đảng và Nhà nước giao nhiệm vụ ở cấp tỉnh được tổ chức lại trực thuộc Ủy ban Mặt trận Tổ quốc tỉnh."
)

pdf.sec("II. HẠN CHẾ, YẾU KÉM VÀ NGUYÊN NHÂN")
pdf.para(
    "1. Có 05/22 chỉ tiêu chủ yếu không đạt: GRDP bình quân đầu người (76,8/80 triệu đồng); tỷ lệ lao động qua đào "
    "tạo (71/72%); tỷ lệ che phủ rừng (55,2/56%); tỷ lệ đô thị hóa (34/38%); số doanh nghiệp thành lập mới trong "
    "nhiệm kỳ (4.100/5.000 doanh nghiệp)."
)
pdf.para(
    "2. Tăng trưởng kinh tế chưa tương xứng với tiềm năng; quy mô kinh tế còn nhỏ, thu ngân sách còn phụ thuộc vào "
    "tiền sử dụng đất. Giải ngân vốn đầu tư công nhiều năm chậm, năm 2023 chỉ đạt 78% kế hoạch. Chỉ số năng lực cạnh "
    "tranh cấp tỉnh (PCI) năm 2024 xếp thứ 41/63, giảm 06 bậc so với năm 2020."
)
pdf.para(
    "3. Một bộ phận cán bộ, đảng viên còn né tránh, đùn đẩy, sợ trách nhiệm; công tác quy hoạch, đào tạo cán bộ trẻ, "
    "cán bộ nữ ở một số địa phương chưa đạt yêu cầu; tỷ lệ đảng viên trẻ dưới 30 tuổi mới đạt 9,6%. Sinh hoạt chi bộ "
    "ở một số nơi còn hình thức."
)
pdf.para(
    "Nguyên nhân chủ yếu của hạn chế là do điểm xuất phát thấp, thiên tai, dịch bệnh diễn biến phức tạp; nhưng "
    "nguyên nhân chủ quan là năng lực lãnh đạo, chỉ đạo của một số cấp ủy chưa ngang tầm nhiệm vụ, vai trò nêu gương "
    "của người đứng đầu ở một số nơi còn hạn chế."
)
pdf.sec("III. BÀI HỌC KINH NGHIỆM")
pdf.para(
    "Một là, phải thường xuyên coi trọng xây dựng, chỉnh đốn Đảng, giữ vững đoàn kết nội bộ. Hai là, phải bám sát "
    "thực tiễn, lựa chọn đúng khâu đột phá và tập trung nguồn lực để thực hiện dứt điểm. Ba là, phải phát huy vai trò "
    "người đứng đầu, dám nghĩ, dám làm, dám chịu trách nhiệm vì lợi ích chung. Bốn là, lấy sự hài lòng của người dân "
    "làm thước đo hiệu quả hoạt động của hệ thống chính trị."
)

pdf.sec("Phần thứ hai")
pdf.sec("PHƯƠNG HƯỚNG, MỤC TIÊU, NHIỆM VỤ NHIỆM KỲ 2025 - 2030")
pdf.sec("I. MỤC TIÊU TỔNG QUÁT")
pdf.para(
    "Xây dựng Đảng bộ và hệ thống chính trị trong sạch, vững mạnh toàn diện; phát huy sức mạnh đại đoàn kết các dân "
    "tộc; huy động, sử dụng hiệu quả mọi nguồn lực, tạo bứt phá trong phát triển kinh tế biển, công nghiệp chế biến, "
    "chế tạo và du lịch; phấn đấu đến năm 2030 Thạch Lâm trở thành tỉnh phát triển khá của khu vực Bắc Trung Bộ, đến "
    "năm 2045 là tỉnh phát triển có thu nhập cao."
)
pdf.sec("II. CÁC CHỈ TIÊU CHỦ YẾU ĐẾN NĂM 2030")
pdf.para("Đại hội thống nhất 18 chỉ tiêu chủ yếu, trong đó 14 chỉ tiêu về kinh tế, xã hội, môi trường như sau:")
pdf.set_font("DejaVu", "", 9)
targets = [
    ("STT", "Chỉ tiêu", "Đơn vị", "Đến năm 2030"),
    ("1", "Tốc độ tăng trưởng GRDP bình quân 5 năm", "%/năm", "10 trở lên"),
    ("2", "GRDP bình quân đầu người năm 2030", "triệu đồng", "135"),
    ("3", "Tỷ trọng công nghiệp - xây dựng trong GRDP", "%", "45"),
    ("4", "Thu ngân sách nhà nước trên địa bàn năm 2030", "tỷ đồng", "18.000"),
    ("5", "Tổng vốn đầu tư toàn xã hội 5 năm", "nghìn tỷ đồng", "420"),
    ("6", "Tỷ lệ đô thị hóa", "%", "45"),
    ("7", "Tỷ trọng kinh tế số trong GRDP", "%", "20"),
    ("8", "Tỷ lệ hộ nghèo đa chiều giảm bình quân", "%/năm", "0,8 - 1,0"),
    ("9", "Tỷ lệ lao động qua đào tạo", "%", "78"),
    ("10", "Số bác sĩ trên một vạn dân", "bác sĩ", "15"),
    ("11", "Tỷ lệ dân số tham gia bảo hiểm y tế", "%", "96"),
    ("12", "Tỷ lệ trường đạt chuẩn quốc gia", "%", "80"),
    ("13", "Tỷ lệ che phủ rừng", "%", "56,5"),
    ("14", "Chất thải rắn sinh hoạt đô thị được xử lý", "%", "98"),
]
with pdf.table(col_widths=(10, 95, 30, 35), text_align=("CENTER", "LEFT", "CENTER", "CENTER"), line_height=5.5) as t:
    for row in targets:
        cells = t.row()
        for text in row:
            cells.cell(text)
pdf.ln(3)
pdf.para("Về xây dựng Đảng và hệ thống chính trị, có 04 chỉ tiêu:")
pdf.para(
    "15. Kết nạp từ 10.000 đảng viên mới trở lên trong cả nhiệm kỳ, trong đó đảng viên dưới 30 tuổi chiếm ít nhất 40%.",
    5,
)
pdf.para("16. Hằng năm có từ 90% tổ chức cơ sở đảng trở lên được xếp loại hoàn thành tốt nhiệm vụ trở lên.", 5)
pdf.para("17. Đến năm 2027, 100% chi bộ trực thuộc đảng ủy cơ sở sử dụng sổ tay đảng viên điện tử trong sinh hoạt.", 5)
pdf.para("18. Mức độ hài lòng của người dân đối với sự phục vụ của cơ quan hành chính nhà nước đạt trên 90%.", 5)

pdf.sec("III. BA KHÂU ĐỘT PHÁ")
pdf.para(
    "1. Đột phá về hạ tầng giao thông kết nối: hoàn thành tuyến đường bộ ven biển Thạch Lâm dài 96 km và tuyến nối "
    "cao tốc Bắc - Nam với cảng biển Hòn Sương trước năm 2029; nâng cấp Cảng hàng không Pù Lâm; mỗi đảng bộ xã, "
    "phường, đặc khu chọn ít nhất 01 công trình giao thông để tập trung chỉ đạo."
)
pdf.para(
    "2. Đột phá về cải cách hành chính và chuyển đổi số: 100% thủ tục hành chính đủ điều kiện được cung cấp dịch vụ "
    "công trực tuyến toàn trình; đưa chỉ số PCI của tỉnh vào nhóm 20 tỉnh, thành phố dẫn đầu cả nước vào năm 2030."
)
pdf.para(
    "3. Đột phá về nguồn nhân lực chất lượng cao: thực hiện Đề án thu hút 500 chuyên gia, nhà khoa học, sinh viên tốt "
    "nghiệp xuất sắc về công tác tại tỉnh đến năm 2030; thành lập Trung tâm đào tạo kỹ năng nghề chất lượng cao tại "
    "Khu kinh tế Hòn Sương."
)

pdf.sec("IV. NHIỆM VỤ TRỌNG TÂM VÀ GIẢI PHÁP CHỦ YẾU")
pdf.para(
    "1. Tiếp tục đẩy mạnh xây dựng, chỉnh đốn Đảng. Đổi mới nội dung, nâng cao chất lượng sinh hoạt chi bộ; làm tốt "
    "công tác quy hoạch, đào tạo, luân chuyển cán bộ, chú trọng cán bộ trẻ, cán bộ nữ, cán bộ người dân tộc thiểu số; "
    "kiên quyết thay thế cán bộ yếu kém, né tránh, đùn đẩy trách nhiệm mà không chờ hết nhiệm kỳ."
)
pdf.para(
    "2. Vận hành hiệu quả mô hình chính quyền địa phương hai cấp. Rà soát, hoàn thiện chức năng, nhiệm vụ của các cơ "
    "quan cấp tỉnh và cấp xã; bảo đảm 100% trung tâm phục vụ hành chính công cấp xã hoạt động thông suốt, giải quyết "
    "thủ tục không phụ thuộc địa giới hành chính."
)
pdf.para(
    "3. Phát triển công nghiệp và kinh tế biển làm động lực tăng trưởng. Lấp đầy Khu công nghiệp Nam Thạch Lâm quy mô "
    "1.200 ha; phát triển Khu kinh tế Hòn Sương thành trung tâm dịch vụ cảng biển, logistics của khu vực; phấn đấu "
    "đến năm 2030 cảng Hòn Sương đạt công suất 25 triệu tấn hàng hóa/năm."
)
pdf.para(
    "4. Phát triển nông nghiệp sinh thái, du lịch và dịch vụ. Hình thành 05 vùng nguyên liệu tập trung (chè, quế, "
    "dược liệu, cây ăn quả, thủy sản); phát triển du lịch biển, đảo Hòn Sương và du lịch cộng đồng vùng cao Pù Lâm, "
    "phấn đấu năm 2030 đón 9 triệu lượt khách."
)
pdf.para(
    "5. Phát triển văn hóa, xã hội, nâng cao đời sống Nhân dân. Hoàn thành xóa nhà tạm trong năm 2025; đầu tư Bệnh "
    "viện đa khoa tỉnh mới quy mô 1.000 giường; thực hiện tốt chính sách đối với vùng đồng bào dân tộc thiểu số và "
    "miền núi."
)
pdf.para(
    "6. Bảo đảm quốc phòng, an ninh, mở rộng đối ngoại. Xây dựng khu vực phòng thủ tỉnh vững chắc, giữ vững chủ quyền "
    "vùng biển, đảo; chủ động phòng ngừa, đấu tranh với các loại tội phạm, tội phạm công nghệ cao."
)
pdf.sec("V. TỔ CHỨC THỰC HIỆN")
pdf.para(
    "Ngay sau Đại hội, Ban Chấp hành Đảng bộ tỉnh khóa XVII xây dựng chương trình hành động thực hiện Nghị quyết, "
    "hoàn thành trong quý I năm 2026; ban hành 05 nghị quyết chuyên đề về ba khâu đột phá, phát triển kinh tế biển và "
    "công tác cán bộ. Các đảng bộ trực thuộc cụ thể hóa thành chương trình, kế hoạch của cấp mình, gửi Ban Thường vụ "
    "Tỉnh ủy trước ngày 31/3/2026. Giữa nhiệm kỳ, Ban Chấp hành Đảng bộ tỉnh tổ chức sơ kết, đánh giá việc thực hiện "
    "Nghị quyết vào quý IV năm 2027 để kịp thời điều chỉnh, bổ sung chỉ tiêu, giải pháp."
)
pdf.para(
    "Với truyền thống đoàn kết, cách mạng, Đảng bộ và Nhân dân tỉnh Thạch Lâm quyết tâm thực hiện thắng lợi Nghị quyết "
    "Đại hội đại biểu Đảng bộ tỉnh lần thứ XVII, góp phần cùng cả nước thực hiện thắng lợi Nghị quyết Đại hội đại biểu "
    "toàn quốc lần thứ XIV của Đảng."
)
pdf.signature("BAN CHẤP HÀNH ĐẢNG BỘ TỈNH KHÓA XVI", align="C")

pdf.output(out_path(__file__, "van-kien/bao-cao-chinh-tri-dai-hoi-dang-bo-tinh-lan-thu-xvii.pdf"))
