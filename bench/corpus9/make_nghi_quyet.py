"""Resolution of the XVIth congress of the Đảng bộ Quân sự tỉnh Lâm Giang, term 2025–2030, as a text PDF (fpdf2 +
DejaVuSans): letterhead, results 2020–2025 with figures, a targets table drawn with fpdf2's table() (Chỉ tiêu |
Kết quả 2020–2025 | Mục tiêu 2030, real text in rows and cells), tasks, three breakthroughs and the election
results; running header on every page and a "Trang N" footer, 2–3 pages.

usage: /work/main/.venv/bin/python bench/corpus9/make_nghi_quyet.py   (CORPUS9_OUT=DIR writes elsewhere)
"""

import sys
from pathlib import Path

from fpdf.fonts import FontFace

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from corpus_files import LetterheadPdf, out_path

pdf = LetterheadPdf(
    "Nghị quyết Đại hội đại biểu Đảng bộ Quân sự tỉnh Lâm Giang lần thứ XVI, nhiệm kỳ 2025 – 2030",
    "ĐẢNG BỘ TỈNH LÂM GIANG\nĐẢNG BỘ QUÂN SỰ TỈNH\nĐẠI HỘI ĐẠI BIỂU LẦN THỨ XVI\n*\nSố 01-NQ/ĐH",
    "Lâm Giang, ngày 22 tháng 5 năm 2025",
    body=(10, 5.2),
    after_letterhead=7,
)
title, sec, para = pdf.name, pdf.sec, pdf.para

title("NGHỊ QUYẾT")
title("Đại hội đại biểu Đảng bộ Quân sự tỉnh Lâm Giang lần thứ XVI, nhiệm kỳ 2025 – 2030", 12)
pdf.note(space=3)
para(
    "Đại hội đại biểu Đảng bộ Quân sự tỉnh Lâm Giang lần thứ XVI họp từ ngày 20 đến ngày 22 tháng 5 năm 2025 tại "
    "Hội trường Bộ Chỉ huy Quân sự tỉnh, với 150 đại biểu chính thức thay mặt cho 1.318 đảng viên sinh hoạt tại 27 "
    "tổ chức cơ sở đảng. Sau khi thảo luận, Đại hội quyết nghị:"
)

sec("I. ĐÁNH GIÁ KẾT QUẢ NHIỆM KỲ 2020 – 2025")
para(
    "1. Đại hội cơ bản tán thành báo cáo chính trị của Ban Chấp hành khóa XV. Nhiệm kỳ qua, Đảng bộ lãnh đạo lực "
    "lượng vũ trang tỉnh hoàn thành tốt nhiệm vụ quân sự, quốc phòng địa phương; 11/11 chỉ tiêu Nghị quyết Đại hội "
    "lần thứ XV đạt và vượt."
)
para(
    "2. Tham mưu Tỉnh ủy, Ủy ban nhân dân tỉnh tổ chức thành công diễn tập khu vực phòng thủ tỉnh năm 2024 và diễn "
    "tập khu vực phòng thủ cho 9/9 huyện, thị xã, thành phố; 100% xã, phường tổ chức diễn tập chiến đấu phòng thủ "
    "theo kế hoạch."
)
para(
    "3. Công tác tuyển quân hằng năm đạt 100% chỉ tiêu; trong nhiệm kỳ đã giao 6.240 công dân nhập ngũ, trong đó "
    "412 người là đảng viên và 1.180 người có trình độ cao đẳng, đại học."
)
para(
    "4. Lực lượng dân quân tự vệ được xây dựng vững mạnh, rộng khắp, đạt 1,38% dân số; tỷ lệ đảng viên trong dân "
    "quân tự vệ đạt 26,5%; 100% thôn, tổ dân phố có tổ dân quân tại chỗ."
)
para(
    "5. Công tác xây dựng Đảng được chú trọng; kết nạp 389 đảng viên mới; hằng năm trên 90% tổ chức cơ sở đảng "
    "hoàn thành tốt nhiệm vụ trở lên. Ủy ban Kiểm tra kiểm tra 14 tổ chức đảng và 37 đảng viên, thi hành kỷ luật "
    "5 đảng viên."
)
para(
    "6. Hạn chế: huấn luyện đêm và huấn luyện đồng bộ ở một số đơn vị chưa sát thực tế; chất lượng dân quân thường "
    "trực ở khu vực biên giới chưa đồng đều; một số cơ sở đảng sinh hoạt chưa có chiều sâu."
)

sec("II. MỤC TIÊU VÀ CÁC CHỈ TIÊU CHỦ YẾU NHIỆM KỲ 2025 – 2030")
para(
    "Mục tiêu tổng quát: xây dựng Đảng bộ trong sạch, vững mạnh tiêu biểu; lực lượng vũ trang tỉnh cách mạng, chính "
    "quy, tinh nhuệ, từng bước hiện đại; xây dựng khu vực phòng thủ tỉnh vững chắc. Các chỉ tiêu chủ yếu:"
)
pdf.ln(2)
pdf.set_font("DejaVu", "", 9)
rows = [
    ("Chỉ tiêu", "Kết quả 2020 – 2025", "Mục tiêu 2030"),
    (
        "Kết quả huấn luyện, kiểm tra bắn đạn thật",
        "100% đạt yêu cầu, 76% khá, giỏi",
        "100% đạt yêu cầu, trên 80% khá, giỏi",
    ),
    ("Tuyển quân hằng năm", "100% chỉ tiêu", "100% chỉ tiêu, trên 12% là đảng viên"),
    ("Tỷ lệ dân quân tự vệ so với dân số", "1,38% dân số", "Từ 1,4% dân số trở lên"),
    ("Tỷ lệ đảng viên trong dân quân tự vệ", "26,5%", "Đạt 30% trở lên"),
    ("Diễn tập khu vực phòng thủ cấp huyện", "9/9 đơn vị", "Mỗi đơn vị ít nhất một lần trong nhiệm kỳ"),
    ("Kết nạp đảng viên mới", "389 đảng viên", "Từ 400 đảng viên trở lên"),
    ("Tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ trở lên", "Trên 90% hằng năm", "Trên 92% hằng năm, không có yếu kém"),
    ("Cơ quan, đơn vị vững mạnh toàn diện", "85%", "Trên 90%, Bộ Chỉ huy vững mạnh toàn diện mẫu mực"),
]
with pdf.table(
    col_widths=(70, 45, 55),
    text_align=("LEFT", "CENTER", "LEFT"),
    line_height=5,
    headings_style=FontFace(emphasis="BOLD"),
) as table:
    for row in rows:
        table_row = table.row()
        for text in row:
            table_row.cell(text)
pdf.ln(2)

sec("III. NHIỆM VỤ, GIẢI PHÁP CHỦ YẾU")
para(
    "1. Lãnh đạo xây dựng khu vực phòng thủ tỉnh vững chắc; tham mưu ban hành nghị quyết chuyên đề về xây dựng thế "
    "trận quân sự trong khu vực phòng thủ gắn với thế trận an ninh nhân dân."
)
para(
    "2. Nâng cao chất lượng huấn luyện, sẵn sàng chiến đấu; tăng thời gian huấn luyện đêm, huấn luyện đồng bộ, sát "
    "với địa bàn biên giới và phòng chống thiên tai, tìm kiếm cứu nạn."
)
para(
    "3. Xây dựng lực lượng dân quân tự vệ vững mạnh, rộng khắp; ưu tiên phát triển đảng viên trong dân quân ở các "
    "xã biên giới, vùng đồng bào dân tộc thiểu số."
)
para(
    "4. Làm tốt công tác chính sách, hậu phương quân đội; phối hợp giải quyết việc làm cho quân nhân xuất ngũ, "
    "phấn đấu 85% quân nhân xuất ngũ có việc làm sau 12 tháng."
)
para(
    "5. Xây dựng Đảng bộ trong sạch, vững mạnh; nâng cao chất lượng sinh hoạt chi bộ, công tác kiểm tra, giám sát "
    "và phòng, chống tham nhũng, lãng phí."
)

sec("IV. BA KHÂU ĐỘT PHÁ")
para(
    "1. Đột phá về chất lượng huấn luyện: đổi mới nội dung, phương pháp huấn luyện, lấy huấn luyện đêm và huấn luyện "
    "đồng bộ làm trọng tâm."
)
para(
    "2. Đột phá về xây dựng đội ngũ cán bộ: chuẩn hóa cán bộ chỉ huy, chính trị cấp xã, 100% chỉ huy trưởng "
    "ban chỉ huy quân sự xã có trình độ đại học ngành quân sự cơ sở."
)
para(
    "3. Đột phá về chuyển đổi số: hoàn thành số hóa hồ sơ quân nhân dự bị và dân quân tự vệ trước năm 2027, vận "
    "hành phần mềm chỉ huy điều hành thống nhất toàn tỉnh."
)

sec("V. KẾT QUẢ BẦU CỬ")
para(
    "Đại hội đã bầu Ban Chấp hành Đảng bộ Quân sự tỉnh khóa XVI gồm 15 đồng chí; Ban Chấp hành bầu Ban Thường vụ gồm "
    "5 đồng chí. Đồng chí Bí thư Tỉnh ủy được chỉ định giữ chức Bí thư Đảng ủy Quân sự tỉnh; Đại tá Trần Quốc Hưng, "
    "Chính ủy Bộ Chỉ huy Quân sự tỉnh, được bầu làm Phó Bí thư Thường trực."
)
para(
    "Đại hội bầu Ủy ban Kiểm tra gồm 5 đồng chí và bầu đoàn đại biểu đi dự Đại hội đại biểu Đảng bộ tỉnh lần thứ XX "
    "gồm 12 đại biểu chính thức và 1 đại biểu dự khuyết."
)

sec("VI. TỔ CHỨC THỰC HIỆN")
para(
    "Ban Thường vụ Đảng ủy Quân sự tỉnh xây dựng chương trình hành động thực hiện Nghị quyết, ban hành trước ngày 30 "
    "tháng 7 năm 2025; các tổ chức cơ sở đảng xây dựng kế hoạch thực hiện xong trong quý III năm 2025. Sơ kết giữa "
    "nhiệm kỳ vào năm 2027."
)
pdf.signature("T/M ĐẠI HỘI\nĐOÀN CHỦ TỊCH", align="C")

pdf.output(out_path(__file__, "van-kien/nghi-quyet-dai-hoi-dang-bo-quan-su-tinh.pdf"))
