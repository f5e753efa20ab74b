"""Notice of conclusions (Thông báo kết luận, Số 186-TB/TU) of the Ban Thường vụ Tỉnh ủy Hà Lĩnh after its meeting
of 16/01/2026 as a text PDF (fpdf2 + DejaVuSans): letterhead, a full-width opening paragraph, then the eleven
numbered conclusions (each with the responsible body and a deadline) laid out in TWO COLUMNS with fpdf2's
text_columns(), flowing over the page break; running header on every page and a "Trang N" footer.

usage: /work/main/.venv/bin/python bench/corpus10/make_thong_bao.py   (CORPUS10_OUT=DIR writes elsewhere)
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from corpus_files import LetterheadPdf, out_path

CONCLUSIONS = [
    (
        "1. Về chuẩn bị Tết Nguyên đán Bính Ngọ 2026. Ban cán sự đảng Ủy ban nhân dân tỉnh chỉ đạo bảo đảm cung ứng "
        "hàng hóa thiết yếu, bình ổn giá, không để người dân nào không có Tết. Ngoài quà của Chủ tịch nước, tỉnh tặng "
        "quà 800.000 đồng/suất cho người có công với cách mạng và 500.000 đồng/suất cho hộ nghèo; Ủy ban Mặt trận "
        "Tổ quốc tỉnh phối hợp trao quà, hoàn thành trước ngày 10/02/2026."
    ),
    (
        "2. Về kỷ niệm 96 năm Ngày thành lập Đảng. Không tổ chức mít tinh cấp tỉnh; sáng ngày 02/02/2026 lãnh đạo "
        "tỉnh dâng hương tại Khu di tích Chi bộ Thạch Bàn. Ban Tuyên giáo và Dân vận Tỉnh ủy chủ trì hướng dẫn tuyên "
        "truyền. Ban Tổ chức Tỉnh ủy hoàn thành thẩm định hồ sơ đề nghị tặng Huy hiệu Đảng đợt 03/02 trước ngày "
        "25/01/2026 để các đảng bộ tổ chức trao đúng dịp."
    ),
    (
        "3. Về bầu cử đại biểu Quốc hội khóa XVI và đại biểu Hội đồng nhân dân các cấp nhiệm kỳ 2026 – 2031. Đảng đoàn "
        "Hội đồng nhân dân tỉnh chủ trì, phối hợp Ủy ban bầu cử tỉnh chỉ đạo chặt chẽ các bước hiệp thương. Ban Tổ "
        "chức Tỉnh ủy tham mưu phương án nhân sự giới thiệu ứng cử đại biểu Hội đồng nhân dân tỉnh, trình Ban Thường "
        "vụ trước ngày 05/02/2026. Công an tỉnh bảo đảm tuyệt đối an ninh, an toàn các điểm bầu cử."
    ),
    (
        "4. Về giải ngân vốn đầu tư công. Năm 2025 tỉnh mới giải ngân được 81,4% kế hoạch vốn, thấp hơn mức bình quân "
        "cả nước. Ban cán sự đảng Ủy ban nhân dân tỉnh chỉ đạo giải ngân quý I/2026 đạt ít nhất 20% kế hoạch; chủ đầu "
        "tư giải ngân dưới 50% vào ngày 30/6/2026 phải kiểm điểm, làm rõ trách nhiệm người đứng đầu. Sở Tài chính báo "
        "cáo tiến độ giải ngân về Thường trực Tỉnh ủy vào ngày 25 hằng tháng."
    ),
    (
        "5. Về xử lý trụ sở, nhà đất dôi dư sau sắp xếp đơn vị hành chính. Toàn tỉnh có 214 cơ sở nhà, đất dôi dư, đã "
        "xử lý 128 cơ sở. Ban cán sự đảng Ủy ban nhân dân tỉnh phê duyệt phương án xử lý dứt điểm các cơ sở còn lại "
        "trước ngày 30/6/2026, ưu tiên chuyển thành trường học, trạm y tế, nhà văn hóa; không để xuống cấp, lãng phí."
    ),
    (
        "6. Về phòng cháy, chữa cháy rừng mùa khô năm 2026. Đảng ủy Quân sự tỉnh và Đảng ủy Sở Nông nghiệp và Môi "
        "trường chỉ đạo lực lượng kiểm lâm, dân quân trực 24/24 giờ trong thời gian cao điểm từ ngày 01/3 đến ngày "
        "31/5/2026; các xã có rừng phải kiện toàn ban chỉ huy và diễn tập phương án trước ngày 25/02/2026."
    ),
    (
        "7. Về chuyển đổi số và Đề án 06. Ban Chỉ đạo phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi "
        "số tỉnh phấn đấu tỷ lệ hồ sơ thủ tục hành chính nộp trực tuyến toàn trình đạt 70% trước ngày 30/9/2026. Đảng "
        "ủy Công an tỉnh chủ trì làm sạch dữ liệu dân cư, kết nối với cơ sở dữ liệu đất đai trong quý II/2026."
    ),
    (
        "8. Về tiếp công dân, giải quyết khiếu nại, tố cáo. Bí thư cấp ủy các xã, phường trực tiếp tiếp công dân định "
        "kỳ ít nhất 01 lần mỗi tháng. Ủy ban Kiểm tra Tỉnh ủy giải quyết dứt điểm 06 đơn tồn đọng liên quan đến đảng "
        "viên trước ngày 31/3/2026, báo cáo kết quả với Ban Thường vụ."
    ),
    (
        "9. Về chương trình kiểm tra, giám sát năm 2026. Ủy ban Kiểm tra Tỉnh ủy tham mưu chương trình kiểm tra, giám "
        "sát năm 2026 của Ban Chấp hành, Ban Thường vụ Tỉnh ủy, trình trước ngày 31/01/2026; tập trung kiểm tra việc "
        "quản lý đất đai, tài sản công và công tác cán bộ sau sắp xếp bộ máy."
    ),
    (
        "10. Về kiện toàn cấp ủy cơ sở. Ban Tổ chức Tỉnh ủy hướng dẫn các đảng bộ xã, phường còn thiếu cấp ủy viên "
        "bổ sung đủ số lượng theo quyết định chỉ định, hoàn thành trước ngày 28/02/2026; không bổ sung người đang bị "
        "xem xét kỷ luật hoặc có đơn tố cáo chưa được kết luận."
    ),
    (
        "11. Văn phòng Tỉnh ủy theo dõi, đôn đốc việc thực hiện Thông báo này, tổng hợp kết quả báo cáo Ban Thường "
        "vụ Tỉnh ủy tại hội nghị thường kỳ tháng 4/2026."
    ),
]

pdf = LetterheadPdf(
    "Thông báo số 186-TB/TU ngày 19/01/2026 của Ban Thường vụ Tỉnh ủy Hà Lĩnh",
    "ĐẢNG BỘ TỈNH HÀ LĨNH\nTỈNH ỦY\n*\nSố 186-TB/TU",
    "Hà Lĩnh, ngày 19 tháng 01 năm 2026",
    body=(10, 5.2),
    after_letterhead=7,
)
pdf.name("THÔNG BÁO")
pdf.name("Kết luận của Ban Thường vụ Tỉnh ủy tại hội nghị ngày 16/01/2026", 12)
pdf.note(space=3)
pdf.para(
    "Ngày 16/01/2026, Ban Thường vụ Tỉnh ủy họp thường kỳ dưới sự chủ trì của đồng chí Trịnh Minh Châu, Bí thư "
    "Tỉnh ủy. Sau khi nghe Ban cán sự đảng Ủy ban nhân dân tỉnh báo cáo tình hình kinh tế – xã hội, các cơ quan "
    "tham mưu báo cáo công việc tháng 01 và ý kiến thảo luận của các đồng chí dự họp, Ban Thường vụ Tỉnh ủy kết "
    "luận như sau:"
)
pdf.ln(3)
pdf.set_font("DejaVu", "", 9.5)
with pdf.text_columns(ncols=2, gutter=7, text_align="LEFT", line_height=1.15) as columns:
    for text in CONCLUSIONS:
        with columns.paragraph(bottom_margin=2.5) as paragraph:
            paragraph.write(text)
pdf.ln(4)
pdf.para(
    "Ban Thường vụ Tỉnh ủy yêu cầu các cơ quan, đơn vị được giao nhiệm vụ khẩn trương triển khai, báo cáo kết quả "
    "đúng thời hạn; trường hợp vướng mắc vượt thẩm quyền báo cáo Thường trực Tỉnh ủy xem xét, cho ý kiến."
)
pdf.signature("T/L BAN THƯỜNG VỤ\nCHÁNH VĂN PHÒNG", align="C")
pdf.set_font("DejaVu", "I", 8.5)
pdf.multi_cell(
    pdf.width,
    4.5,
    "Nơi nhận: các đồng chí Tỉnh ủy viên; các ban đảng, Văn phòng Tỉnh ủy; Ủy ban Kiểm tra Tỉnh ủy; các đảng đoàn, "
    "ban cán sự đảng, đảng ủy trực thuộc Tỉnh ủy; lưu Văn phòng Tỉnh ủy.",
)

pdf.output(out_path(__file__, "thong-bao/thong-bao-ket-luan-ban-thuong-vu.pdf"))
