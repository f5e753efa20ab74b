"""Political report (Báo cáo chính trị) of the Ban Chấp hành Đảng bộ huyện Kim Lũy khóa XXI to the 22nd congress,
term 2025–2030 (excerpt), as a text PDF printed like a newsletter in TWO COLUMNS (fpdf2 + DejaVuSans): a full-width
letterhead and title on page 1, then body text laid out line by line at explicit x positions in two 86 mm columns
(a paragraph runs down the left column, on at the top of the right column, and on to the next page), a figures
table spanning the page width at the top of a page with the columns continuing below it, a running header from
page 2 on and a "Trang N" page number.

usage: /work/main/.venv/bin/python bench/corpus16/make_bao_cao.py   (CORPUS16_OUT=DIR writes elsewhere)
"""

import sys
from pathlib import Path

from fpdf import FPDF

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from corpus_files import FONT_DIR, out_path

NOTE = (
    "(Văn bản soạn cho bộ câu hỏi kiểm thử, theo văn phong văn kiện thật; địa danh, số liệu, chỉ tiêu là giả định, "
    "không phải nguyên văn chính thức)"
)
LEFT, GUTTER, TOP, BOTTOM = 15.0, 8.0, 16.0, 18.0
BODY, LINE = 9.0, 4.3


class Newsletter(FPDF):
    def __init__(self) -> None:
        super().__init__(format="A4")
        for style, name in (("", "DejaVuSans.ttf"), ("B", "DejaVuSans-Bold.ttf"), ("I", "DejaVuSans-Oblique.ttf")):
            self.add_font("DejaVu", style, str(FONT_DIR / name))
        self.set_margins(LEFT, TOP, LEFT)
        self.set_auto_page_break(False)
        self.width = self.w - 2 * LEFT
        self.col_w = (self.width - GUTTER) / 2
        self.col = 0
        self.band_top = TOP
        self.y_col = TOP

    def header(self) -> None:
        if self.page_no() >= 2:
            self.set_font("DejaVu", "I", 7.5)
            self.set_xy(LEFT, 8)
            self.cell(self.width, 5, "ĐẢNG BỘ HUYỆN KIM LŨY - BÁO CÁO CHÍNH TRỊ TẠI ĐẠI HỘI XXII", align="C")
            self.line(LEFT, 13.5, LEFT + self.width, 13.5)

    def footer(self) -> None:
        self.set_xy(LEFT, self.h - 12)
        self.set_font("DejaVu", "", 8)
        self.cell(self.width, 5, f"Trang {self.page_no()}", align="C")

    # --- column flow ----------------------------------------------------------------------------------------------
    def _bottom(self) -> float:
        return self.h - BOTTOM

    def _advance(self, height: float) -> None:
        """Move to the next column / page if `height` does not fit in the current column."""
        if self.y_col + height <= self._bottom():
            return
        if self.col == 0:
            self.col = 1
        else:
            self.add_page()
            self.col = 0
            self.band_top = TOP
        self.y_col = self.band_top

    def _x(self) -> float:
        return LEFT + self.col * (self.col_w + GUTTER)

    def _lines(self, text: str, style: str, size: float) -> list[str]:
        self.set_font("DejaVu", style, size)
        return self.multi_cell(self.col_w, LINE, text, dry_run=True, output="LINES")

    def flow(self, text: str, style: str = "", size: float = BODY, space: float = 1.6, keep: int = 1) -> None:
        lines = self._lines(text, style, size)
        self._advance(LINE * min(len(lines), keep))
        for line in lines:
            self._advance(LINE)
            self.set_font("DejaVu", style, size)
            self.set_xy(self._x(), self.y_col)
            self.cell(self.col_w, LINE, line)
            self.y_col += LINE
        self.y_col += space

    def heading(self, text: str) -> None:
        self.y_col += 1
        self.flow(text, "B", 9.5, space=1.0, keep=3)

    def full_width_table(self, caption: str, rows: list[tuple[str, ...]], widths: tuple[float, ...]) -> None:
        """A new page opening with a table across both columns; the columns go on below it."""
        self.add_page()
        self.set_xy(LEFT, TOP)
        self.set_font("DejaVu", "B", 9.5)
        self.multi_cell(self.width, 5, caption, align="C", new_x="LMARGIN", new_y="NEXT")
        self.ln(1)
        for r, row in enumerate(rows):
            self.set_font("DejaVu", "B" if r == 0 else "", 8.2)
            height = (
                max(
                    len(self.multi_cell(w - 2, 4, t, dry_run=True, output="LINES"))
                    for t, w in zip(row, widths, strict=True)
                )
                * 4
                + 2
            )
            top, x = self.get_y(), LEFT
            for k, (text, width) in enumerate(zip(row, widths, strict=True)):
                self.set_xy(x + 1, top + 1)
                self.multi_cell(width - 2, 4, text, align="L" if k == 1 else "C")
                x += width
            self.line(LEFT, top, LEFT + sum(widths), top)
            self.line(LEFT, top + height, LEFT + sum(widths), top + height)
            x = LEFT
            for width in (0, *widths):
                x += width
                self.line(x, top, x, top + height)
            self.set_y(top + height)
        self.band_top = self.get_y() + 5
        self.col = 0
        self.y_col = self.band_top


pdf = Newsletter()
pdf.add_page()
# letterhead and title, full width
pdf.set_font("DejaVu", "B", 9.5)
half = pdf.width / 2
pdf.set_xy(LEFT, TOP)
pdf.multi_cell(half, 4.6, "ĐẢNG BỘ TỈNH HÀ SƠN\nHUYỆN ỦY KIM LŨY\n*", align="C")
pdf.set_xy(LEFT + half, TOP)
pdf.multi_cell(half, 4.6, "ĐẢNG CỘNG SẢN VIỆT NAM", align="C")
pdf.set_x(LEFT + half)
pdf.set_font("DejaVu", "I", 9)
pdf.multi_cell(half, 4.6, "Kim Lũy, ngày 08 tháng 7 năm 2025", align="C")
pdf.set_y(pdf.get_y() + 6)
pdf.set_font("DejaVu", "B", 13)
pdf.multi_cell(pdf.width, 6.5, "BÁO CÁO CHÍNH TRỊ", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("DejaVu", "B", 10)
pdf.multi_cell(
    pdf.width,
    5,
    "của Ban Chấp hành Đảng bộ huyện khóa XXI trình Đại hội đại biểu Đảng bộ huyện Kim Lũy lần thứ XXII, "
    "nhiệm kỳ 2025 - 2030 (trích)",
    align="C",
    new_x="LMARGIN",
    new_y="NEXT",
)
pdf.set_font("DejaVu", "I", 8.5)
pdf.multi_cell(pdf.width, 4.5, NOTE, align="C", new_x="LMARGIN", new_y="NEXT")
pdf.line(LEFT, pdf.get_y() + 2, LEFT + pdf.width, pdf.get_y() + 2)
pdf.band_top = pdf.y_col = pdf.get_y() + 5

F, H = pdf.flow, pdf.heading

F(
    "Chủ đề Đại hội: Xây dựng Đảng bộ và hệ thống chính trị trong sạch, vững mạnh; phát huy sức mạnh đại đoàn kết "
    "các dân tộc; khai thác hiệu quả tiềm năng nông, lâm nghiệp và du lịch sinh thái; phấn đấu đưa Kim Lũy phát "
    "triển nhanh, bền vững, trở thành huyện khá của tỉnh Hà Sơn vào năm 2030.",
    "I",
)
H("PHẦN I. KẾT QUẢ THỰC HIỆN NGHỊ QUYẾT ĐẠI HỘI XXI, NHIỆM KỲ 2020 - 2025")
F(
    "Nhiệm kỳ qua diễn ra trong bối cảnh có nhiều khó khăn: dịch bệnh kéo dài trong hai năm đầu, giá vật tư nông "
    "nghiệp tăng cao, trận lũ quét tháng 9 năm 2024 tại các xã Khe Ngang, Nà Sa làm hư hỏng 146 ngôi nhà, thiệt hại "
    "ước 212 tỷ đồng. Được sự lãnh đạo của Tỉnh ủy, Đảng bộ và nhân dân các dân tộc huyện Kim Lũy đã đoàn kết, nỗ "
    "lực vượt qua thách thức, thực hiện đạt và vượt 21/24 chỉ tiêu chủ yếu Nghị quyết Đại hội XXI đề ra."
)
H("1. Về phát triển kinh tế")
F(
    "Tốc độ tăng giá trị sản xuất bình quân đạt 8,7%/năm, vượt mục tiêu 8,5% của Nghị quyết. Cơ cấu kinh tế chuyển "
    "dịch đúng hướng: tỷ trọng nông, lâm nghiệp giảm từ 34,2% xuống 26,8%; công nghiệp - xây dựng tăng từ 28,5% "
    "lên 33,1%; dịch vụ tăng từ 37,3% lên 40,1%. Thu nhập bình quân đầu người tăng từ 38,5 triệu đồng năm 2020 lên "
    "61,2 triệu đồng năm 2025, gấp 1,6 lần."
)
F(
    "Sản xuất nông nghiệp chuyển mạnh sang hàng hóa. Tổng sản lượng lương thực ổn định trên 52.400 tấn/năm. Vùng "
    "cam sành tập trung đạt 1.120 ha, vùng chè đạt 2.350 ha; toàn huyện có 27 sản phẩm OCOP đạt từ 3 sao trở lên, "
    "vượt chỉ tiêu 20 sản phẩm, trong đó cam sành Kim Lũy và chè Shan tuyết Bản Thí đạt 4 sao."
)
F(
    "Chương trình xây dựng nông thôn mới đạt kết quả nổi bật: 15/19 xã đạt chuẩn nông thôn mới, 04 xã đạt chuẩn "
    "nông thôn mới nâng cao, xã Phú Sa đạt chuẩn nông thôn mới kiểu mẫu đầu tiên của huyện; 82 thôn đạt chuẩn thôn "
    "kiểu mẫu. Trong nhiệm kỳ đã cứng hóa 312 km đường giao thông nông thôn; 100% xã có đường ô tô đến trung tâm "
    "đi lại được bốn mùa."
)
F(
    "Công nghiệp, tiểu thủ công nghiệp phát triển chậm hơn kỳ vọng. Cụm công nghiệp Bản Thí quy hoạch 42 ha mới "
    "lấp đầy 46% diện tích, không đạt chỉ tiêu 60%. Thu ngân sách nhà nước trên địa bàn năm 2025 đạt 486 tỷ đồng, "
    "tăng bình quân 17,8%/năm; tổng vốn đầu tư toàn xã hội 5 năm đạt 9.850 tỷ đồng. Du lịch sinh thái hồ Na Lạng "
    "bước đầu hình thành, năm 2025 đón 126.000 lượt khách."
)
H("2. Về văn hóa - xã hội, môi trường")
F(
    "Tỷ lệ hộ nghèo theo chuẩn đa chiều giảm từ 18,7% năm 2020 xuống còn 4,2% năm 2025, bình quân giảm 2,9%/năm. "
    "Có 58/76 trường học đạt chuẩn quốc gia, đạt 76,3%; tỷ lệ người dân tham gia bảo hiểm y tế đạt 94,8%; 100% trạm "
    "y tế xã có bác sĩ. Tỷ lệ lao động qua đào tạo đạt 68,5%, nhưng lao động có bằng cấp, chứng chỉ mới đạt 27,6%, "
    "không đạt chỉ tiêu 30%. Bình quân mỗi năm giải quyết việc làm mới cho 2.150 lao động."
)
F(
    "Tỷ lệ che phủ rừng đạt 61,5%, vượt chỉ tiêu; 96,2% hộ dân nông thôn sử dụng nước hợp vệ sinh. Tỷ lệ đô thị hóa "
    "mới đạt 16,2%, không đạt chỉ tiêu 20% do thị trấn Kim Lũy chưa hoàn thành mở rộng địa giới."
)
H("3. Về quốc phòng, an ninh")
F(
    "Hoàn thành 100% chỉ tiêu giao quân hằng năm; diễn tập khu vực phòng thủ huyện năm 2023 đạt loại giỏi. Tình "
    "hình an ninh chính trị, trật tự an toàn xã hội ổn định; tai nạn giao thông giảm cả ba tiêu chí."
)
H("4. Về công tác xây dựng Đảng và hệ thống chính trị")
F(
    "Toàn Đảng bộ hiện có 52 tổ chức cơ sở đảng với 9.860 đảng viên. Trong nhiệm kỳ kết nạp 1.128 đảng viên mới, "
    "đạt 112,8% chỉ tiêu Nghị quyết (1.000 đảng viên). 100% thôn, tổ dân phố có chi bộ; 78,5% bí thư chi bộ thôn "
    "đồng thời là trưởng thôn. Hằng năm bình quân 88,6% tổ chức cơ sở đảng được xếp loại hoàn thành tốt nhiệm vụ "
    "trở lên, vượt chỉ tiêu 85%."
)

ROWS = [
    ("TT", "Chỉ tiêu chủ yếu", "Nghị quyết Đại hội XXI", "Thực hiện năm 2025", "Đánh giá"),
    ("1", "Tốc độ tăng giá trị sản xuất bình quân/năm", "8,5%", "8,7%", "Vượt"),
    ("2", "Thu nhập bình quân đầu người", "58 triệu đồng", "61,2 triệu đồng", "Vượt"),
    ("3", "Thu ngân sách nhà nước trên địa bàn", "420 tỷ đồng", "486 tỷ đồng", "Vượt"),
    ("4", "Số xã đạt chuẩn nông thôn mới", "15 xã", "15/19 xã", "Đạt"),
    ("5", "Sản phẩm OCOP từ 3 sao trở lên", "20 sản phẩm", "27 sản phẩm", "Vượt"),
    ("6", "Tỷ lệ lấp đầy cụm công nghiệp Bản Thí", "60%", "46%", "Không đạt"),
    ("7", "Tỷ lệ hộ nghèo đa chiều cuối nhiệm kỳ", "Dưới 6%", "4,2%", "Vượt"),
    ("8", "Trường học đạt chuẩn quốc gia", "75%", "76,3%", "Vượt"),
    ("9", "Lao động có bằng cấp, chứng chỉ", "30%", "27,6%", "Không đạt"),
    ("10", "Tỷ lệ đô thị hóa", "20%", "16,2%", "Không đạt"),
    ("11", "Tỷ lệ che phủ rừng", "61%", "61,5%", "Vượt"),
    ("12", "Kết nạp đảng viên mới trong nhiệm kỳ", "1.000 đảng viên", "1.128 đảng viên", "Vượt"),
    ("13", "Tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ trở lên/năm", "85%", "88,6%", "Vượt"),
]
pdf.full_width_table(
    "Bảng 1. Kết quả thực hiện một số chỉ tiêu chủ yếu nhiệm kỳ 2020 - 2025", ROWS, (12, 78, 32, 32, 26)
)

F(
    "Công tác kiểm tra, giám sát được tăng cường; việc học tập, quán triệt nghị quyết được đổi mới theo hướng "
    "ngắn gọn, dễ hiểu, gắn với xây dựng chương trình hành động. 100% tổ chức cơ sở đảng sử dụng phần mềm Sổ tay "
    "đảng viên điện tử; 100% đảng viên được cấp tài khoản."
)
H("5. Hạn chế, yếu kém và nguyên nhân")
F(
    "Một số chỉ tiêu không đạt: tỷ lệ lấp đầy cụm công nghiệp, lao động có bằng cấp, chứng chỉ, tỷ lệ đô thị hóa. "
    "Dự án đường tỉnh ĐT.279 đoạn qua huyện chậm tiến độ 18 tháng do vướng giải phóng mặt bằng. Kinh tế hợp tác "
    "còn nhỏ lẻ; chỉ 9% diện tích cam sành có chứng nhận VietGAP. Chất lượng sinh hoạt ở một số chi bộ thôn vùng "
    "cao chưa cao; việc sáp nhập thôn còn lúng túng."
)
F(
    "Nguyên nhân chủ yếu: xuất phát điểm thấp, địa hình chia cắt, thiên tai diễn biến bất thường; nguồn lực đầu tư "
    "hạ tầng cụm công nghiệp hạn chế; một bộ phận cán bộ còn ngại va chạm, thiếu quyết liệt trong giải phóng mặt "
    "bằng."
)
H("6. Bài học kinh nghiệm")
F(
    "Một là, giữ vững đoàn kết, thống nhất trong cấp ủy, phát huy vai trò người đứng đầu. Hai là, bám sát cơ sở, "
    "lấy sự hài lòng của nhân dân làm thước đo. Ba là, tập trung nguồn lực cho những việc trọng tâm, làm dứt điểm "
    "từng việc. Bốn là, chăm lo xây dựng đội ngũ cán bộ cơ sở đủ phẩm chất, năng lực."
)

H("PHẦN II. PHƯƠNG HƯỚNG, MỤC TIÊU, NHIỆM VỤ VÀ GIẢI PHÁP NHIỆM KỲ 2025 - 2030")
H("1. Mục tiêu tổng quát")
F(
    "Nâng cao năng lực lãnh đạo, sức chiến đấu của Đảng bộ; phát triển kinh tế nhanh, bền vững dựa trên nông "
    "nghiệp hàng hóa, công nghiệp chế biến và du lịch sinh thái; nâng cao đời sống vật chất, tinh thần của nhân "
    "dân; phấn đấu đến năm 2030 Kim Lũy trở thành huyện khá của tỉnh, thị trấn Kim Lũy đạt tiêu chí đô thị loại "
    "IV vào năm 2028."
)
H("2. Các chỉ tiêu chủ yếu đến năm 2030")
F("a) Về kinh tế", "B", space=0.8)
TARGETS_A = [
    "(1) Tốc độ tăng giá trị sản xuất bình quân đạt 9,0%/năm trở lên.",
    "(2) Thu nhập bình quân đầu người năm 2030 đạt từ 95 triệu đồng trở lên.",
    "(3) Thu ngân sách nhà nước trên địa bàn tăng bình quân 12%/năm; năm 2030 đạt 850 tỷ đồng.",
    "(4) Cơ cấu kinh tế năm 2030: dịch vụ 44%, công nghiệp - xây dựng 38%, nông, lâm nghiệp 18%.",
    "(5) 100% xã đạt chuẩn nông thôn mới, trong đó 08 xã đạt chuẩn nâng cao và 03 xã đạt chuẩn kiểu mẫu.",
    "(6) Tỷ lệ đô thị hóa đạt 25%; cụm công nghiệp Bản Thí lấp đầy 80% diện tích trước năm 2028.",
]
for t in TARGETS_A:
    F(t, space=0.8)
F("b) Về văn hóa - xã hội, môi trường", "B", space=0.8)
TARGETS_B = [
    "(7) Tỷ lệ hộ nghèo đa chiều giảm bình quân 0,8%/năm, cuối nhiệm kỳ còn dưới 1,5%.",
    "(8) 90% trường học đạt chuẩn quốc gia; 97% dân số tham gia bảo hiểm y tế; đạt 12 bác sĩ trên một vạn dân.",
    "(9) Tỷ lệ lao động qua đào tạo đạt 75%, trong đó có bằng cấp, chứng chỉ đạt 35%.",
    "(10) Tỷ lệ che phủ rừng duy trì ở mức 62%; 100% rác thải sinh hoạt ở thị trấn và 85% ở nông thôn được thu "
    "gom, xử lý.",
]
for t in TARGETS_B:
    F(t, space=0.8)
F("c) Về xây dựng Đảng và hệ thống chính trị", "B", space=0.8)
TARGETS_C = [
    "(11) Kết nạp ít nhất 1.250 đảng viên mới trong nhiệm kỳ.",
    "(12) Hằng năm có từ 90% tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ trở lên; không có tổ chức cơ sở đảng "
    "không hoàn thành nhiệm vụ.",
    "(13) 85% bí thư chi bộ thôn, tổ dân phố đồng thời là trưởng thôn, tổ trưởng tổ dân phố.",
    "(14) 100% thủ tục hành chính đủ điều kiện được cung cấp dịch vụ công trực tuyến toàn trình; 70% hồ sơ được "
    "nộp trực tuyến.",
]
for t in TARGETS_C:
    F(t, space=0.8)

H("3. Nhiệm vụ, giải pháp chủ yếu")
F(
    "3.1. Phát triển nông nghiệp hàng hóa gắn với chế biến: mở rộng vùng cam sành lên 1.800 ha và vùng chè lên "
    "2.600 ha; 30% diện tích cây ăn quả đạt chứng nhận VietGAP; phấn đấu có 40 sản phẩm OCOP từ 3 sao trở lên; "
    "xây dựng nhà máy chế biến chè tại xã Bản Thí."
)
F(
    "3.2. Thu hút đầu tư công nghiệp: hoàn thiện hạ tầng, mở rộng cụm công nghiệp Bản Thí lên 75 ha; lập quy hoạch "
    "cụm công nghiệp Nà Sa 50 ha; ưu tiên doanh nghiệp chế biến nông, lâm sản sử dụng nhiều lao động địa phương."
)
F(
    "3.3. Phát triển du lịch sinh thái, cộng đồng: đầu tư khu du lịch hồ Na Lạng, hình thành 05 làng du lịch cộng "
    "đồng của đồng bào Tày, Dao; phấn đấu đến năm 2030 đón 350.000 lượt khách."
)
F(
    "3.4. Phát triển văn hóa - xã hội: hoàn thành xóa nhà tạm, nhà dột nát trước năm 2027; xây mới trường phổ thông "
    "dân tộc bán trú tại xã Khe Ngang; bảo tồn lễ hội Lồng tồng và hát Then."
)
F(
    "3.5. Xây dựng Đảng và hệ thống chính trị: sắp xếp chi bộ sau sáp nhập thôn, bảo đảm mỗi chi bộ thôn có ít nhất "
    "05 đảng viên; 100% bí thư chi bộ được bồi dưỡng nghiệp vụ trong năm đầu nhiệm kỳ; mỗi cấp ủy viên huyện phụ "
    "trách và dự sinh hoạt chi bộ cơ sở ít nhất 02 lần một năm."
)
H("4. Ba khâu đột phá")
F(
    "Thứ nhất, đột phá về hạ tầng giao thông kết nối: hoàn thành đường tỉnh ĐT.279 đoạn Kim Lũy - Bản Thí dài 32 km "
    "trước năm 2028, kết nối với đường cao tốc; nâng cấp 150 km đường liên xã, ưu tiên các xã vùng cao."
)
F(
    "Thứ hai, đột phá về cải cách hành chính gắn với chuyển đổi số: đưa Trung tâm điều hành thông minh của huyện "
    "vào vận hành trong năm 2026; 100% cán bộ, công chức cấp huyện và cấp xã sử dụng chữ ký số trong xử lý văn bản."
)
F(
    "Thứ ba, đột phá về nguồn nhân lực: thu hút 40 bác sĩ, giáo viên giỏi về công tác tại các xã vùng khó, mỗi người "
    "được hỗ trợ một lần 50 triệu đồng; đào tạo nghề cho 9.000 lao động nông thôn trong nhiệm kỳ."
)
H("5. Tổ chức thực hiện")
F(
    "Sau Đại hội, Ban Chấp hành Đảng bộ huyện khóa XXII xây dựng chương trình hành động thực hiện Nghị quyết trong 45 "
    "ngày; các tổ chức cơ sở đảng ban hành kế hoạch trong quý IV năm 2025. Giữa nhiệm kỳ, Ban Chấp hành tiến hành sơ "
    "kết, điều chỉnh chỉ tiêu khi cần thiết."
)
F("BAN CHẤP HÀNH ĐẢNG BỘ HUYỆN KIM LŨY KHÓA XXI", "B")

path = out_path(__file__, "van-kien/bao-cao-chinh-tri-dai-hoi-dang-bo-huyen-kim-luy-nhiem-ky-2025-2030.pdf")
pdf.output(path)
print(path, pdf.page_no(), "pages")
