"""Quy định 69-QĐ/TW style excerpt as a text PDF (DejaVuSans), with a running header and page numbers."""

import sys
from pathlib import Path

from fpdf import FPDF

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from corpus_files import out_path

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"


class P(FPDF):
    def header(self):
        if self.page_no() > 1:
            self.set_font("dv", size=8)
            self.cell(0, 5, "Quy định số 69-QĐ/TW về kỷ luật tổ chức đảng, đảng viên vi phạm", align="C")
            self.ln(8)

    def footer(self):
        self.set_y(-12)
        self.set_font("dv", size=8)
        self.cell(0, 5, f"Trang {self.page_no()}", align="C")


pdf = P(format="A4")
pdf.add_font("dv", "", FONT)
pdf.add_font("dv", "B", BOLD)
pdf.set_margins(20, 15, 20)
pdf.add_page()
W = pdf.epw


def line(text, bold=False, align="L", size=11, gap=1.5):
    pdf.set_font("dv", "B" if bold else "", size)
    pdf.multi_cell(W, 6, text, align=align, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(gap)


# letterhead in two columns
pdf.set_font("dv", "B", 10)
pdf.cell(W / 2, 5, "BAN CHẤP HÀNH TRUNG ƯƠNG", align="C")
pdf.cell(W / 2, 5, "ĐẢNG CỘNG SẢN VIỆT NAM", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("dv", "", 10)
pdf.cell(W / 2, 5, "*", align="C")
pdf.cell(W / 2, 5, "Hà Nội, ngày 06 tháng 7 năm 2022", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.cell(W / 2, 5, "Số 69-QĐ/TW", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.ln(6)
line("QUY ĐỊNH", bold=True, align="C", size=13, gap=0)
line("về kỷ luật tổ chức đảng, đảng viên vi phạm", bold=True, align="C", size=12, gap=0)
line("(trích)", align="C", size=10, gap=4)
line(
    "- Căn cứ Điều lệ Đảng; căn cứ Quy định thi hành Điều lệ Đảng; Bộ Chính trị quy định về kỷ luật tổ chức đảng, "
    "đảng viên vi phạm như sau:"
)

line("Chương I", bold=True, align="C", gap=0)
line("NHỮNG QUY ĐỊNH CHUNG", bold=True, align="C")
line("Điều 1. Phạm vi điều chỉnh, đối tượng áp dụng", bold=True)
line(
    "1. Quy định này quy định về nguyên tắc, hình thức, thẩm quyền kỷ luật và các nội dung vi phạm mà tổ chức đảng, "
    "đảng viên phải xử lý kỷ luật."
)
line(
    "2. Quy định này áp dụng đối với tổ chức đảng, đảng viên (kể cả đảng viên đã nghỉ hưu, nghỉ việc, chuyển công "
    "tác) vi phạm."
)
line("Điều 2. Nguyên tắc xử lý vi phạm", bold=True)
line(
    "1. Mọi tổ chức đảng, đảng viên đều bình đẳng trước kỷ luật của Đảng. Tổ chức đảng, đảng viên vi phạm phải được "
    "xử lý công minh, chính xác, kịp thời."
)
line(
    "2. Đảng viên vi phạm đến mức phải kỷ luật thì kỷ luật về Đảng trước, kỷ luật hành chính, đoàn thể ngay sau "
    "đó. Khi tổ chức đảng thi hành kỷ luật đảng viên bằng hình thức cách chức thì việc kỷ luật hành chính, đoàn thể "
    "phải được thực hiện chậm nhất 30 ngày kể từ ngày công bố quyết định kỷ luật về Đảng."
)
line(
    "3. Đảng viên vi phạm pháp luật đến mức phải truy cứu trách nhiệm hình sự thì phải xử lý kỷ luật bằng hình thức "
    "khai trừ; nếu bị tòa án tuyên phạt từ hình phạt cải tạo không giam giữ trở lên thì phải khai trừ ra khỏi Đảng."
)
line(
    "4. Đảng viên dự bị vi phạm thì xử lý kỷ luật bằng hình thức khiển trách hoặc cảnh cáo; nếu vi phạm đến mức "
    "phải kỷ luật bằng hình thức cách chức hoặc khai trừ thì xóa tên trong danh sách đảng viên."
)
line("Điều 3. Các tình tiết giảm nhẹ, tăng nặng", bold=True)
line("1. Các tình tiết giảm nhẹ:")
line("a) Chủ động báo cáo vi phạm của mình với tổ chức đảng; tự giác nhận trách nhiệm cá nhân;")
line("b) Chủ động chấm dứt vi phạm, tự giác khắc phục hậu quả, nộp lại tài sản do vi phạm mà có;")
line("c) Có nhiều thành tích trong công tác, được khen thưởng cấp nhà nước.")
line("2. Các tình tiết tăng nặng:")
line("a) Vi phạm nhiều lần; tái phạm; vi phạm có tổ chức;")
line("b) Không tự giác nhận khuyết điểm, che giấu vi phạm; đối phó, cản trở quá trình kiểm tra, giám sát;")
line("c) Bao che, đe dọa, trù dập người tố cáo.")
line("Điều 4. Thời hiệu xử lý kỷ luật", bold=True)
line("1. Thời hiệu xử lý kỷ luật đối với đảng viên được quy định như sau:")
line("a) 5 năm (60 tháng) đối với những vi phạm đến mức phải kỷ luật bằng hình thức khiển trách;")
line("b) 10 năm (120 tháng) đối với những vi phạm đến mức phải kỷ luật bằng hình thức cảnh cáo hoặc cách chức.")
line(
    "2. Không áp dụng thời hiệu xử lý kỷ luật đối với những vi phạm đến mức phải kỷ luật bằng hình thức khai trừ; "
    "vi phạm về chính trị nội bộ, quốc phòng, an ninh; việc sử dụng văn bằng, chứng chỉ không hợp pháp."
)

line("Chương II", bold=True, align="C", gap=0)
line("KỶ LUẬT ĐẢNG VIÊN VI PHẠM", bold=True, align="C")
line("Điều 5. Hình thức kỷ luật đảng viên", bold=True)
line(
    "1. Đảng viên chính thức vi phạm bị xử lý bằng một trong các hình thức: khiển trách, cảnh cáo, cách chức, khai "
    "trừ. Hình thức cách chức chỉ áp dụng đối với đảng viên đang giữ chức vụ trong tổ chức đảng."
)
line(
    "2. Đảng viên bị kỷ luật cách chức thì trong thời hạn 1 năm kể từ ngày quyết định có hiệu lực không được bổ "
    "nhiệm, giới thiệu ứng cử vào chức vụ tương đương hoặc cao hơn."
)
line("Điều 6. Vi phạm quy định về sinh hoạt đảng, đảng phí", bold=True)
line(
    "1. Đảng viên vi phạm một trong các trường hợp sau, gây hậu quả ít nghiêm trọng thì kỷ luật bằng hình thức "
    "khiển trách:"
)
line(
    "a) Không sinh hoạt đảng theo quy định ở nơi công tác hoặc không thực hiện nhiệm vụ đảng viên nơi cư trú mà "
    "không có lý do chính đáng;"
)
line("b) Không đóng đảng phí theo quy định; không thực hiện đúng quy định về quản lý hồ sơ, thẻ đảng viên.")
line(
    "2. Trường hợp đã bị kỷ luật theo khoản 1 Điều này mà tái phạm hoặc vi phạm lần đầu gây hậu quả nghiêm trọng "
    "thì kỷ luật bằng hình thức cảnh cáo hoặc cách chức (nếu có chức vụ)."
)
line(
    "3. Trường hợp vi phạm quy định tại khoản 1, khoản 2 Điều này gây hậu quả rất nghiêm trọng thì kỷ luật bằng hình "
    "thức khai trừ."
)
line("Điều 7. Vi phạm quy định về uống rượu, bia khi điều khiển phương tiện", bold=True)
line(
    "1. Đảng viên điều khiển phương tiện giao thông mà trong máu hoặc hơi thở có nồng độ cồn, đã bị xử phạt vi "
    "phạm hành chính, gây hậu quả ít nghiêm trọng thì kỷ luật bằng hình thức khiển trách:"
)
line("a) Vi phạm lần đầu với mức nồng độ cồn vượt quá mức quy định;")
line("b) Không chấp hành yêu cầu kiểm tra nồng độ cồn của người thi hành công vụ.")
line(
    "2. Trường hợp đã bị kỷ luật theo khoản 1 Điều này mà tái phạm hoặc gây tai nạn làm người khác bị thương thì kỷ "
    "luật bằng hình thức cảnh cáo hoặc cách chức (nếu có chức vụ)."
)
line(
    "3. Trường hợp gây tai nạn làm chết người hoặc bị truy cứu trách nhiệm hình sự thì kỷ luật bằng hình thức khai trừ."
)
line("Điều 8. Vi phạm quy định về đánh bạc", bold=True)
line(
    "1. Đảng viên tham gia đánh bạc dưới mọi hình thức, đã bị xử phạt vi phạm hành chính thì kỷ luật bằng hình thức "
    "khiển trách."
)
line(
    "2. Tổ chức đánh bạc, cho vay để đánh bạc hoặc tái phạm thì kỷ luật bằng hình thức cảnh cáo hoặc cách chức (nếu "
    "có chức vụ); bị truy cứu trách nhiệm hình sự thì kỷ luật bằng hình thức khai trừ."
)
line("Điều 9. Vi phạm quy định về sinh con thứ ba và hôn nhân, gia đình", bold=True)
line(
    "1. Đảng viên vi phạm một trong các trường hợp sau gây hậu quả ít nghiêm trọng thì kỷ luật bằng hình thức khiển "
    "trách:"
)
line("a) Không thực hiện nghĩa vụ cấp dưỡng, chăm sóc, nuôi dưỡng cha mẹ, con theo quy định của pháp luật;")
line("b) Có hành vi bạo lực gia đình, đã bị xử phạt vi phạm hành chính.")
line(
    "2. Trường hợp vi phạm gây hậu quả rất nghiêm trọng hoặc tái phạm thì kỷ luật bằng hình thức cảnh cáo hoặc cách "
    "chức (nếu có chức vụ)."
)

line("Chương III", bold=True, align="C", gap=0)
line("THẨM QUYỀN, THỦ TỤC XỬ LÝ KỶ LUẬT", bold=True, align="C")
line("Điều 10. Thẩm quyền của chi bộ", bold=True)
line(
    "1. Chi bộ quyết định khiển trách, cảnh cáo đảng viên trong chi bộ vi phạm phẩm chất chính trị, tư tưởng, đạo "
    "đức lối sống, sinh hoạt đảng, thực hiện nhiệm vụ đảng viên (trừ nhiệm vụ do cấp trên giao)."
)
line(
    "2. Chi bộ không có thẩm quyền quyết định kỷ luật cách chức, khai trừ; khi đảng viên vi phạm đến mức phải cách "
    "chức, khai trừ thì chi bộ đề nghị cấp ủy cấp trên quyết định."
)
line("Điều 11. Thẩm quyền của ủy ban kiểm tra", bold=True)
line("1. Ủy ban kiểm tra đảng ủy cơ sở (nếu được ủy quyền) quyết định khiển trách, cảnh cáo đảng viên trong đảng bộ.")
line(
    "2. Ủy ban kiểm tra huyện ủy và tương đương quyết định các hình thức kỷ luật đảng viên trong đảng bộ, kể cả cấp "
    "ủy viên cơ sở vi phạm; khiển trách, cảnh cáo huyện ủy viên vi phạm phẩm chất chính trị, đạo đức lối sống."
)
line("Điều 12. Khiếu nại kỷ luật", bold=True)
line(
    "1. Đảng viên bị kỷ luật nếu không đồng ý thì trong thời hạn 1 tháng kể từ ngày nhận quyết định kỷ luật có "
    "quyền khiếu nại với cấp ủy, ủy ban kiểm tra cấp trên cho đến Ban Chấp hành Trung ương."
)
line("2. Trong thời gian chờ giải quyết khiếu nại, đảng viên phải chấp hành nghiêm quyết định kỷ luật.")

pdf.output(out_path(__file__, "quy-dinh/qd-69-qdtw-ky-luat-dang-vien.pdf"))
print("pages", pdf.pages_count)
