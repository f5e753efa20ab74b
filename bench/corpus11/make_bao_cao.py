"""Year-end report (Số 118-BC/ĐU) of the Đảng ủy phường Bình Lợi Tây on party building in 2025 and tasks for 2026
as a 2-page text PDF (fpdf2 + DejaVuSans): letterhead, headings I / II / III, numbered paragraphs; a running header
on both pages and the page number written as "- N -" centred at the bottom (instead of "Trang N").

usage: /work/main/.venv/bin/python bench/corpus11/make_bao_cao.py   (CORPUS11_OUT=DIR writes elsewhere)
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from corpus_files import LetterheadPdf, out_path


class ReportPdf(LetterheadPdf):
    def footer(self) -> None:
        self.set_y(-15)
        self.set_font("DejaVu", "", 9)
        self.cell(0, 8, f"- {self.page_no()} -", align="C")


pdf = ReportPdf(
    "Báo cáo số 118-BC/ĐU của Đảng ủy phường Bình Lợi Tây",
    "ĐẢNG BỘ TỈNH QUẢNG VÂN\nĐẢNG ỦY PHƯỜNG BÌNH LỢI TÂY\n*\nSố 118-BC/ĐU",
    "Bình Lợi Tây, ngày 16 tháng 12 năm 2025",
    body=(10.5, 6),
    after_letterhead=10,
)
pdf.name("BÁO CÁO")
pdf.name("Tổng kết công tác xây dựng Đảng năm 2025, phương hướng, nhiệm vụ năm 2026", 12)
pdf.note(space=3)

pdf.sec("I. TÌNH HÌNH CHUNG")
pdf.para(
    "Đảng bộ phường Bình Lợi Tây có 42 chi bộ trực thuộc, gồm 27 chi bộ khu phố và 15 chi bộ cơ quan, trường học, "
    "doanh nghiệp. Đến ngày 30/11/2025, toàn Đảng bộ có 1.684 đảng viên, trong đó 1.512 đảng viên chính thức và 172 "
    "đảng viên dự bị; đảng viên dưới 35 tuổi chiếm 18,2%."
)

pdf.sec("II. KẾT QUẢ CÔNG TÁC XÂY DỰNG ĐẢNG NĂM 2025")
pdf.para(
    "1. Công tác chính trị, tư tưởng. Đảng ủy tổ chức 03 hội nghị học tập, quán triệt nghị quyết cho 1.590 lượt "
    "đảng viên, đạt 96,4%; 100% chi bộ xây dựng chuyên đề sinh hoạt hằng quý."
)
pdf.para(
    "2. Công tác phát triển đảng viên. Năm 2025 kết nạp 96 đảng viên mới, đạt 120% chỉ tiêu Nghị quyết giao (80 "
    "đảng viên); trong đó 41 đoàn viên thanh niên, 12 học sinh trung học phổ thông và 09 người lao động trong doanh "
    "nghiệp tư nhân. Còn 11 chi bộ khu phố cả năm không kết nạp được đảng viên nào."
)
pdf.para(
    "3. Kết quả đánh giá, xếp loại. Về tổ chức đảng: 06 chi bộ hoàn thành xuất sắc nhiệm vụ (14,3%), 33 chi bộ hoàn "
    "thành tốt nhiệm vụ, 03 chi bộ hoàn thành nhiệm vụ, không có chi bộ không hoàn thành nhiệm vụ. Về đảng viên: "
    "hoàn thành xuất sắc nhiệm vụ 15,2%, hoàn thành tốt nhiệm vụ 78,6%, hoàn thành nhiệm vụ 5,4%, không hoàn thành "
    "nhiệm vụ 0,8% (13 đảng viên)."
)
pdf.para(
    "4. Công tác kiểm tra, giám sát. Ủy ban Kiểm tra Đảng ủy kiểm tra 09 chi bộ và 21 đảng viên, giám sát chuyên đề "
    "12 chi bộ; thi hành kỷ luật 04 đảng viên (03 khiển trách, 01 cảnh cáo), không có trường hợp khiếu nại."
)
pdf.para(
    "5. Công tác quản lý đảng viên. Trao Huy hiệu Đảng cho 72 đảng viên; tiếp nhận 58 đảng viên chuyển đến, chuyển "
    "đi 37 đảng viên; cập nhật 1.684 hồ sơ vào Cơ sở dữ liệu đảng viên, còn 146 hồ sơ chưa số hóa bản gốc."
)
pdf.para(
    "6. Hạn chế. Sinh hoạt một số chi bộ khu phố còn đơn điệu, tỷ lệ đảng viên dự sinh hoạt bình quân chỉ đạt 81%; "
    "việc tạo nguồn kết nạp trong doanh nghiệp còn chậm, chưa có tổ chức đảng ở 05 doanh nghiệp trên 50 lao động."
)

pdf.sec("III. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2026")
pdf.para(
    "1. Kết nạp ít nhất 90 đảng viên mới; phấn đấu không còn chi bộ khu phố nào cả năm không kết nạp được đảng viên."
)
pdf.para(
    "2. Thành lập 02 chi bộ trong doanh nghiệp tư nhân trước ngày 30/9/2026, do Ban Xây dựng Đảng phường tham mưu."
)
pdf.para(
    "3. Phấn đấu tỷ lệ chi bộ hoàn thành xuất sắc nhiệm vụ đạt từ 15% trở lên; tỷ lệ đảng viên dự sinh hoạt đạt "
    "trên 90%."
)
pdf.para("4. Ủy ban Kiểm tra Đảng ủy kiểm tra ít nhất 10 chi bộ, ưu tiên các chi bộ có đơn thư phản ánh.")
pdf.para("5. Hoàn thành số hóa 100% hồ sơ đảng viên vào Cơ sở dữ liệu đảng viên trước ngày 30/6/2026.")
pdf.para(
    "6. Mỗi đồng chí đảng ủy viên phụ trách ít nhất 02 chi bộ khu phố, dự sinh hoạt chi bộ được phân công tối thiểu "
    "03 lần trong năm."
)
pdf.signature("T/M ĐẢNG ỦY\nBÍ THƯ\n\nHoàng Thị Mai Lan", align="C")
pdf.set_font("DejaVu", "I", 8.5)
pdf.multi_cell(
    pdf.width,
    4.5,
    "Nơi nhận: Ban Thường vụ Tỉnh ủy (để báo cáo); Ban Tổ chức Tỉnh ủy; các chi bộ trực thuộc; lưu Văn phòng Đảng ủy.",
)

pdf.output(out_path(__file__, "van-kien/bao-cao-tong-ket-cong-tac-xay-dung-dang-nam-2025.pdf"))
