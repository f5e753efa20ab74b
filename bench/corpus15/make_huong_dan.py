"""Guide (Số 11-HD/BTGDVTU) of the Ban Tuyên giáo và Dân vận Tỉnh ủy Bắc Lũng on the political-theory course for new
party members (lớp bồi dưỡng lý luận chính trị dành cho đảng viên mới), as a multi-page text PDF (fpdf2 +
DejaVuSans via `LetterheadPdf`): letterhead, numbered sections 1. / 1.1. / a) as separate paragraphs, justified
body text without hyphenation (stretched word gaps), superscript note marks (¹ ² ³ ⁴) in the text with the notes
set in small print at the bottom of their page above the page number (footnote-like, not a footnote object), one
LANDSCAPE page in the middle holding a wide 7-column table of the course's subjects drawn cell by cell, a running
header from page 2 on and a footer "11-HD/BTGDVTU - N" that changes on every page.

usage: /work/main/.venv/bin/python bench/corpus15/make_huong_dan.py   (CORPUS15_OUT=DIR writes elsewhere)
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from corpus_files import LetterheadPdf, out_path

NOTE = (
    "(Văn bản soạn cho bộ câu hỏi kiểm thử, theo văn phong văn bản thật; địa danh, số liệu, mức chi là giả định, "
    "không phải nguyên văn chính thức)"
)


class GuidePdf(LetterheadPdf):
    """Small-print notes at the bottom of the page they are added on, above the page number."""

    page_notes: dict[int, list[str]]

    def note_below(self, text: str) -> None:
        self.page_notes.setdefault(self.page_no(), []).append(text)

    def footer(self) -> None:
        notes = getattr(self, "page_notes", {}).get(self.page_no(), [])
        if notes:
            self.set_font("DejaVu", "", 7.5)
            width = self.w - self.l_margin - self.r_margin
            height = sum(len(self.multi_cell(width, 3.6, n, dry_run=True, output="LINES")) for n in notes) * 3.6
            top = self.h - 17 - height
            self.line(self.l_margin, top - 1.5, self.l_margin + 50, top - 1.5)
            self.set_xy(self.l_margin, top)
            for text in notes:
                self.multi_cell(width, 3.6, text, align="J", new_x="LMARGIN", new_y="NEXT")
        self.set_y(-13)
        self.set_font("DejaVu", "", 8)
        self.cell(0, 6, f"11-HD/BTGDVTU - {self.page_no()}", align="R")

    def landscape_table(self, title: str, rows: list[tuple[str, ...]], widths: tuple[float, ...]) -> None:
        self.add_page(orientation="L")
        self.width = self.w - self.l_margin - self.r_margin
        self.sec(title)
        self.ln(1)
        self.ruled_table(rows, widths, line=4.4, centred_below=20)

    def portrait_again(self) -> None:
        self.add_page(orientation="P")
        self.width = self.w - self.l_margin - self.r_margin


pdf = GuidePdf(
    "Hướng dẫn 11-HD/BTGDVTU - Lớp bồi dưỡng lý luận chính trị dành cho đảng viên mới",
    "TỈNH ỦY BẮC LŨNG\nBAN TUYÊN GIÁO VÀ DÂN VẬN\n*\nSố 11-HD/BTGDVTU",
    "Bắc Lũng, ngày 22 tháng 12 năm 2025",
    header_from=2,
    body=(10, 5.3),
    justify=0.8,
)
pdf.page_notes = {}
pdf.set_auto_page_break(True, margin=38)
pdf.name("HƯỚNG DẪN")
pdf.name("tổ chức lớp bồi dưỡng lý luận chính trị dành cho đảng viên mới trong Đảng bộ tỉnh", 11)
pdf.note(NOTE)
pdf.para(
    "Thực hiện chương trình bồi dưỡng lý luận chính trị của Trung ương và kế hoạch công tác tuyên giáo năm 2026 của "
    "Ban Thường vụ Tỉnh ủy, sau khi thống nhất với Ban Tổ chức Tỉnh ủy và Trường Chính trị tỉnh, Ban Tuyên giáo và "
    "Dân vận Tỉnh ủy hướng dẫn việc tổ chức lớp bồi dưỡng lý luận chính trị dành cho đảng viên mới như sau:"
)

pdf.sec("1. MỤC ĐÍCH, ĐỐI TƯỢNG")
pdf.para(
    "1.1. Trang bị cho đảng viên mới những kiến thức cơ bản về chủ nghĩa Mác - Lênin, tư tưởng Hồ Chí Minh, Cương "
    "lĩnh, Điều lệ Đảng và nhiệm vụ của người đảng viên; kết quả học tập là một căn cứ để chi bộ xem xét, đề nghị "
    "công nhận đảng viên chính thức."
)
pdf.para(
    "1.2. Đối tượng là đảng viên dự bị được kết nạp từ ngày 01/01/2025 trở đi và đảng viên dự bị kết nạp trước đó "
    "nhưng chưa học do ốm đau, thai sản, đi công tác dài ngày. Đảng viên đã có bằng trung cấp lý luận chính trị trở "
    "lên được miễn học¹, chỉ nộp bản sao bằng cho đảng ủy cơ sở để lưu hồ sơ."
)
pdf.note_below(
    "¹ Bằng cao cấp lý luận chính trị, cử nhân chính trị cũng được miễn học. Giấy chứng nhận lớp bồi dưỡng nhận "
    "thức về Đảng (lớp học trước khi kết nạp) không thay thế cho lớp bồi dưỡng này."
)
pdf.para(
    "1.3. Cấp ủy cơ sở bố trí cho đảng viên dự bị đi học chậm nhất 06 tháng kể từ ngày kết nạp. Đảng viên dự bị phải "
    "có giấy chứng nhận hoàn thành chương trình trước khi chi bộ họp xét công nhận đảng viên chính thức."
)

pdf.sec("2. TỔ CHỨC LỚP HỌC")
pdf.para(
    "2.1. Trường Chính trị tỉnh chủ trì, phối hợp với đảng ủy các xã, phường mở lớp theo cụm từ 03 đến 04 xã, phường "
    "liền kề; đảng ủy trực thuộc Tỉnh ủy có từ 40 học viên trở lên trong một đợt thì được mở lớp riêng tại đơn vị."
)
pdf.para(
    "2.2. Mỗi lớp có từ 30 đến 70 học viên; lớp dự kiến dưới 30 học viên thì ghép với cụm gần nhất². Mỗi lớp có 01 "
    "giáo viên chủ nhiệm của Trường Chính trị tỉnh và 01 cán bộ quản lý lớp do đảng ủy nơi mở lớp cử."
)
pdf.note_below(
    "² Trường hợp ghép lớp, đảng ủy có ít học viên hơn cử thêm 01 cán bộ phối hợp quản lý lớp và theo dõi chuyên "
    "cần của học viên thuộc đơn vị mình."
)
pdf.para(
    "2.3. Thời gian học là 08 ngày (64 tiết), học tập trung liên tục hoặc chia thành 02 đợt, mỗi đợt 04 ngày, hai "
    "đợt cách nhau không quá 30 ngày. Có thể bố trí học vào thứ Bảy, Chủ nhật đối với lớp công nhân khu công nghiệp "
    "và lớp của doanh nghiệp."
)
pdf.para(
    "2.4. Hằng năm mở hai đợt: đợt 1 trong tháng 4 và đợt 2 trong tháng 10. Đảng ủy xã, phường và đảng ủy trực "
    "thuộc gửi danh sách học viên về Trường Chính trị tỉnh chậm nhất 20 ngày trước ngày khai giảng."
)
pdf.para(
    "2.5. Địa điểm học là hội trường của đảng ủy xã, phường nơi mở lớp hoặc của Trường Chính trị tỉnh; nơi học phải "
    "có máy chiếu, âm thanh và chỗ ngồi cho toàn bộ học viên."
)

pdf.sec("3. NỘI DUNG CHƯƠNG TRÌNH VÀ TÀI LIỆU")
pdf.para(
    "3.1. Chương trình gồm 08 chuyên đề với 38 tiết lý thuyết, 18 tiết thảo luận, 06 tiết ôn tập và viết bài thu "
    "hoạch, 02 tiết khai giảng, bế giảng; nội dung, số tiết và người giảng từng chuyên đề theo bảng ở trang sau³."
)
pdf.note_below(
    "³ Chuyên đề 8 do lãnh đạo đảng ủy nơi mở lớp trực tiếp giảng, không giao cho công chức chuyên môn của xã, phường."
)
pdf.para(
    "3.2. Mỗi học viên được cấp không thu tiền 01 bộ tài liệu bồi dưỡng lý luận chính trị dành cho đảng viên mới "
    "và 01 tập tài liệu về lịch sử, truyền thống Đảng bộ tỉnh do Trường Chính trị tỉnh biên soạn; học viên học lại "
    "dùng bộ tài liệu đã được cấp."
)

pdf.landscape_table(
    "Bảng: Các chuyên đề của chương trình bồi dưỡng lý luận chính trị dành cho đảng viên mới",
    [
        ("STT", "Chuyên đề", "Nội dung chủ yếu", "Lý thuyết (tiết)", "Thảo luận (tiết)", "Người giảng", "Ghi chú"),
        (
            "1",
            "Chủ nghĩa Mác - Lênin, tư tưởng Hồ Chí Minh",
            "Nền tảng tư tưởng, kim chỉ nam cho hành động của Đảng",
            "6",
            "2",
            "Giảng viên Trường Chính trị tỉnh",
            "",
        ),
        (
            "2",
            "Lịch sử Đảng và truyền thống Đảng bộ tỉnh",
            "Các thời kỳ lịch sử của Đảng; truyền thống Đảng bộ tỉnh Bắc Lũng",
            "4",
            "2",
            "Giảng viên Trường Chính trị tỉnh",
            "Tham quan Khu di tích Nà Khoang (nửa ngày)",
        ),
        (
            "3",
            "Cương lĩnh chính trị, Điều lệ Đảng",
            "Mục tiêu, đặc trưng của xã hội xã hội chủ nghĩa; nguyên tắc tổ chức của Đảng",
            "6",
            "2",
            "Báo cáo viên Ban Tổ chức Tỉnh ủy",
            "",
        ),
        (
            "4",
            "Nhiệm vụ, quyền của đảng viên",
            "Tiêu chuẩn đảng viên; tu dưỡng, rèn luyện phẩm chất đạo đức của người đảng viên",
            "4",
            "4",
            "Báo cáo viên cấp tỉnh",
            "Thảo luận theo tổ, mỗi tổ 10 - 12 người",
        ),
        (
            "5",
            "Đường lối phát triển kinh tế - xã hội",
            "Kinh tế thị trường định hướng xã hội chủ nghĩa; văn hóa, con người Việt Nam",
            "6",
            "2",
            "Giảng viên Trường Chính trị tỉnh",
            "",
        ),
        (
            "6",
            "Quốc phòng, an ninh và đối ngoại",
            "Bảo vệ Tổ quốc, giữ gìn an ninh, trật tự ở cơ sở; đối ngoại trong tình hình mới",
            "4",
            "2",
            "Cán bộ Bộ Chỉ huy Quân sự tỉnh, Công an tỉnh",
            "",
        ),
        (
            "7",
            "Xây dựng, chỉnh đốn Đảng",
            "Phòng, chống suy thoái; bảo vệ nền tảng tư tưởng của Đảng trên không gian mạng",
            "4",
            "2",
            "Báo cáo viên Ban Tuyên giáo và Dân vận",
            "",
        ),
        (
            "8",
            "Nhiệm vụ của địa phương, đơn vị",
            "Nghị quyết đại hội đảng bộ tỉnh và đảng bộ nơi mở lớp",
            "4",
            "2",
            "Lãnh đạo đảng ủy nơi mở lớp",
            "Liên hệ nhiệm vụ của chi bộ",
        ),
        (
            "",
            "Ôn tập, viết bài thu hoạch; khai giảng, bế giảng",
            "",
            "8",
            "",
            "Giáo viên chủ nhiệm",
            "Tổng cộng 64 tiết",
        ),
    ],
    (12, 48, 70, 20, 20, 45, 42),
)
pdf.portrait_again()

pdf.sec("4. QUẢN LÝ HỌC VIÊN")
pdf.para(
    "4.1. Học viên phải dự học đầy đủ, đúng giờ. Học viên nghỉ học có lý do không quá 20% tổng số tiết của chương "
    "trình thì được viết bài thu hoạch; nghỉ quá 20% số tiết thì phải học lại ở lớp sau."
)
pdf.para(
    "4.2. Nghỉ học từ một buổi trở lên phải có đơn xin phép gửi giáo viên chủ nhiệm, có xác nhận của cấp ủy nơi học "
    "viên sinh hoạt; nghỉ không có đơn thì tính là nghỉ không có lý do."
)
pdf.para(
    "4.3. Học viên không sử dụng điện thoại di động trong giờ lên lớp; vi phạm nội quy lớp học từ 02 lần trở lên thì "
    "Trường Chính trị tỉnh thông báo bằng văn bản về cấp ủy nơi học viên sinh hoạt."
)
pdf.para(
    "4.4. Kết thúc khóa học, giáo viên chủ nhiệm nhận xét tinh thần, thái độ học tập của từng học viên; bản nhận "
    "xét gửi kèm kết quả học tập về đảng ủy cơ sở."
)

pdf.sec("5. KIỂM TRA, ĐÁNH GIÁ VÀ CẤP GIẤY CHỨNG NHẬN")
pdf.para(
    "5.1. Cuối khóa, học viên viết bài thu hoạch tại lớp trong 120 phút, được sử dụng tài liệu, có liên hệ bản thân "
    "và nhiệm vụ của chi bộ nơi sinh hoạt. Bài thu hoạch chấm theo thang điểm 10, bài đạt từ 5,0 điểm trở lên."
)
pdf.para(
    "5.2. Xếp loại kết quả: giỏi từ 8,0 điểm; khá từ 6,5 đến dưới 8,0 điểm; trung bình từ 5,0 đến dưới 6,5 điểm. "
    "Học viên đạt dưới 5,0 điểm được viết lại 01 lần trong 15 ngày kể từ ngày thông báo kết quả; viết lại vẫn không "
    "đạt thì học lại toàn bộ chương trình ở lớp sau."
)
pdf.para(
    "5.3. Bài thu hoạch sao chép của người khác hoặc chép từ tài liệu trên mạng thì bị điểm 0 và phải học lại toàn "
    "bộ chương trình."
)
pdf.para(
    "5.4. Giấy chứng nhận do Hiệu trưởng Trường Chính trị tỉnh ký, cấp trong 15 ngày làm việc kể từ ngày bế giảng. "
    "Giấy chứng nhận bị mất thì Trường cấp giấy xác nhận kết quả học tập căn cứ sổ gốc, không cấp lại bản chính."
)

pdf.sec("6. KINH PHÍ")
pdf.para(
    "6.1. Kinh phí mở lớp (thù lao giảng viên, tài liệu, hội trường, khai giảng, bế giảng) do ngân sách tỉnh bảo đảm "
    "trong dự toán của Trường Chính trị tỉnh; học viên không phải nộp học phí."
)
pdf.para(
    "6.2. Học viên là cán bộ, công chức, viên chức, người lao động hưởng lương được cơ quan, đơn vị giữ nguyên lương "
    "và thanh toán tiền đi lại, phụ cấp lưu trú theo chế độ công tác phí."
)
pdf.para(
    "6.3. Học viên không hưởng lương (nông dân, lao động tự do, học sinh, sinh viên) được hỗ trợ tiền ăn 80.000 "
    "đồng/ngày học⁴ từ kinh phí hoạt động của đảng ủy xã, phường nơi học viên sinh hoạt."
)
pdf.note_below(
    "⁴ Mức hỗ trợ tiền ăn áp dụng từ lớp khai giảng sau ngày 01/01/2026; các lớp khai giảng trước ngày này thực hiện "
    "theo mức cũ."
)
pdf.para(
    "6.4. Doanh nghiệp ngoài khu vực nhà nước được đề nghị tạo điều kiện cho người lao động là đảng viên dự bị đi "
    "học và trả lương những ngày đi học. Học viên phải học lại do không đạt hoặc do nghỉ quá số tiết quy định thì tự "
    "chi trả tiền ăn, đi lại trong thời gian học lại."
)

pdf.sec("7. TỔ CHỨC THỰC HIỆN")
pdf.para(
    "7.1. Trường Chính trị tỉnh xây dựng kế hoạch mở lớp năm 2026, thông báo cho các đảng ủy trước ngày 15/02/2026; "
    "báo cáo kết quả về Ban Tuyên giáo và Dân vận Tỉnh ủy trước ngày 15/12 hằng năm."
)
pdf.para(
    "7.2. Đảng ủy xã, phường và đảng ủy trực thuộc rà soát danh sách đảng viên mới, cử đi học đúng thời hạn; mở sổ "
    "theo dõi đảng viên chưa học hoặc phải học lại."
)
pdf.para(
    "7.3. Hướng dẫn này có hiệu lực từ ngày ký, thay thế Hướng dẫn số 06-HD/BTGTU ngày 15/3/2021 của Ban Tuyên giáo "
    "Tỉnh ủy. Vướng mắc liên hệ Phòng Đào tạo, Trường Chính trị tỉnh, điện thoại 0209.3872.415."
)
pdf.signature("K/T TRƯỞNG BAN\nPHÓ TRƯỞNG BAN\n\n\n\nLăng Thị Thu Hường", align="C")
pdf.output(out_path(__file__, "huong-dan/huong-dan-lop-boi-duong-ly-luan-chinh-tri-cho-dang-vien-moi.pdf"))
