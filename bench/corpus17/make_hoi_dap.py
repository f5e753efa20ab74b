# ruff: noqa: E501  (table rows and sentences of the document kept whole, as they are printed)
"""Q&A booklet (Tài liệu hỏi - đáp, sent with Công văn số 412-CV/BTCTU of 02/3/2026) of the Ban Tổ chức Tỉnh ủy Lục
Vân on the party members' app "Sổ tay đảng viên Lục Vân" and on holding chi bộ meetings online, as a text PDF typeset
the way a layout program exports it (fpdf2 + DejaVuSans, own FPDF subclass):

- every WORD of the body is drawn on its own at an explicit x position (no space characters in the content stream),
  lines JUSTIFIED by spreading the gaps, so a reader has to infer word breaks from positions;
- the title and the "Câu N." headings are drawn CHARACTER BY CHARACTER with extra letter spacing (tracking);
- bold "Hỏi:" / "Trả lời:" labels and an italic question as separate words on the same line as the text;
- a ROTATED red stamp ("BẢN ĐIỆN TỬ - ĐÃ KÝ SỐ", a rectangle at 18°) drawn over page 1 at the end of that page's
  content stream, so a reader in stream order gets its two lines between the last line of page 1 and the first of
  page 2, in the middle of an answer;
- a running header from page 2 on and a "Trang N" footer.

usage: /work/main/.venv/bin/python bench/corpus17/make_hoi_dap.py   (CORPUS17_OUT=DIR writes elsewhere)
"""

import sys
from pathlib import Path

from fpdf import FPDF

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from corpus_files import EDITORIAL_NOTE, FONT_DIR, out_path

LEFT, RIGHT, TOP, BOTTOM = 22.0, 20.0, 18.0, 22.0
SIZE, LEAD = 10.5, 5.5


class Booklet(FPDF):
    def __init__(self) -> None:
        super().__init__(format="A4")
        for style, name in (
            ("", "DejaVuSans.ttf"),
            ("B", "DejaVuSans-Bold.ttf"),
            ("I", "DejaVuSans-Oblique.ttf"),
            ("BI", "DejaVuSans-BoldOblique.ttf"),
        ):
            self.add_font("DejaVu", style, str(FONT_DIR / name))
        self.set_margins(LEFT, TOP, RIGHT)
        self.set_auto_page_break(False)
        self.width = self.w - LEFT - RIGHT
        self.y_pos = TOP
        self.add_page()

    # --- page furniture ---------------------------------------------------------------------------------------------
    def header(self) -> None:
        if self.page_no() >= 2:
            self.set_font("DejaVu", "I", 8)
            self.set_text_color(60, 60, 60)
            self.text(LEFT, 12, "Tài liệu hỏi - đáp: Sổ tay đảng viên Lục Vân và sinh hoạt chi bộ trực tuyến")
            self.set_text_color(0, 0, 0)
            self.line(LEFT, 13.8, self.w - RIGHT, 13.8)
        self.y_pos = TOP + (2 if self.page_no() >= 2 else 0)

    def footer(self) -> None:
        if self.page_no() == 1:
            self.stamp()
        self.set_font("DejaVu", "", 8)
        label = f"Trang {self.page_no()}"
        self.text((self.w - self.get_string_width(label)) / 2, self.h - 10, label)

    def stamp(self) -> None:
        """A rotated red 'electronic copy' stamp over the page, drawn last."""
        cx, cy = 150, 92
        with self.rotation(18, cx, cy):
            self.set_draw_color(200, 30, 30)
            self.set_text_color(200, 30, 30)
            self.set_line_width(0.6)
            self.rect(cx - 30, cy - 9, 60, 18)
            self.set_font("DejaVu", "B", 10)
            for dy, label in ((-2.2, "BẢN ĐIỆN TỬ"), (4.6, "ĐÃ KÝ SỐ 02/3/2026")):
                self.text(cx - self.get_string_width(label) / 2, cy + dy, label)
        self.set_draw_color(0, 0, 0)
        self.set_text_color(0, 0, 0)
        self.set_line_width(0.2)

    # --- drawing primitives -----------------------------------------------------------------------------------------
    def need(self, height: float) -> None:
        if self.y_pos + height > self.h - BOTTOM:
            self.add_page()

    def tracked(
        self, text: str, style: str, size: float, tracking: float, align: str = "C", space_after: float = 1.5
    ) -> None:
        """One line drawn character by character, with `tracking` mm between characters."""
        self.set_font("DejaVu", style, size)
        widths = [self.get_string_width(ch) + tracking for ch in text]
        total = sum(widths) - tracking
        x = LEFT + (self.width - total) / 2 if align == "C" else LEFT
        self.need(size * 0.5)
        baseline = self.y_pos + size * 0.38
        for ch, w in zip(text, widths, strict=False):
            if ch != " ":
                self.text(x, baseline, ch)
            x += w
        self.y_pos += size * 0.5 + space_after

    def centred(self, text: str, style: str = "", size: float = 10.0, lead: float = 5.0) -> None:
        """Centred lines, each a whole string (letterhead, note)."""
        self.set_font("DejaVu", style, size)
        for line in self.wrap([(w, style) for w in text.split()], self.width, size):
            s = " ".join(w for w, _ in line)
            self.text(LEFT + (self.width - self.get_string_width(s)) / 2, self.y_pos + size * 0.38, s)
            self.y_pos += lead

    def wrap(self, words: list[tuple[str, str]], width: float, size: float) -> list[list[tuple[str, str]]]:
        lines: list[list[tuple[str, str]]] = [[]]
        used = 0.0
        for word, style in words:
            self.set_font("DejaVu", style, size)
            w = self.get_string_width(word)
            space = self.get_string_width(" ")
            if lines[-1] and used + space + w > width:
                lines.append([])
                used = 0.0
            used += (space if lines[-1] else 0) + w
            lines[-1].append((word, style))
        return lines

    def para(self, pieces: list[tuple[str, str]], indent: float = 6.0, after: float = 1.6) -> None:
        """A justified paragraph drawn word by word; pieces are (text, style) runs."""
        words = [(w, style) for text, style in pieces for w in text.split()]
        first_width = self.width - indent
        lines = self.wrap(words, first_width, SIZE)
        # re-wrap the lines after the first to the full width
        if len(lines) > 1:
            rest = [w for line in lines[1:] for w in line]
            lines = [lines[0], *self.wrap(rest, self.width, SIZE)]
        for n, line in enumerate(lines):
            self.need(LEAD)
            x0 = LEFT + (indent if n == 0 else 0)
            avail = first_width if n == 0 else self.width
            widths = []
            for word, style in line:
                self.set_font("DejaVu", style, SIZE)
                widths.append(self.get_string_width(word))
            self.set_font("DejaVu", "", SIZE)
            space = self.get_string_width(" ")
            last = n == len(lines) - 1
            gap = space if last or len(line) == 1 else (avail - sum(widths)) / (len(line) - 1)
            x = x0
            baseline = self.y_pos + SIZE * 0.36
            for (word, style), w in zip(line, widths, strict=False):
                self.set_font("DejaVu", style, SIZE)
                self.text(x, baseline, word)
                x += w + gap
            self.y_pos += LEAD
        self.y_pos += after


pdf = Booklet()

# --- letterhead ------------------------------------------------------------------------------------------------------
half = pdf.width / 2
y0 = pdf.y_pos
for i, (text, style) in enumerate([("TỈNH ỦY LỤC VÂN", ""), ("BAN TỔ CHỨC", "B"), ("*", "")]):
    pdf.set_font("DejaVu", style, 10)
    pdf.text(LEFT + (half - pdf.get_string_width(text)) / 2, y0 + 4 + i * 5, text)
for i, (text, style) in enumerate([("ĐẢNG CỘNG SẢN VIỆT NAM", "B"), ("Lục Vân, ngày 02 tháng 3 năm 2026", "I")]):
    pdf.set_font("DejaVu", style, 10)
    pdf.text(LEFT + half + (half - pdf.get_string_width(text)) / 2, y0 + 4 + i * 5, text)
pdf.y_pos = y0 + 24
pdf.tracked("TÀI LIỆU HỎI - ĐÁP", "B", 14, 1.2)
pdf.centred("về ứng dụng “Sổ tay đảng viên Lục Vân” và sinh hoạt chi bộ trực tuyến", "B", 11, 5.6)
pdf.centred("(Kèm theo Công văn số 412-CV/BTCTU ngày 02/3/2026 của Ban Tổ chức Tỉnh ủy)", "I", 9.5, 5.0)
pdf.centred(EDITORIAL_NOTE, "I", 9, 4.8)
pdf.y_pos += 4

pdf.para(
    [
        (
            "Từ ngày 03/02/2026, ứng dụng “Sổ tay đảng viên Lục Vân” do Văn phòng Tỉnh ủy xây dựng được đưa vào sử "
            "dụng thống nhất trong toàn Đảng bộ tỉnh. Qua theo dõi, Ban Tổ chức Tỉnh ủy nhận được nhiều câu hỏi của "
            "cấp ủy cơ sở và đảng viên về việc sử dụng ứng dụng và về sinh hoạt chi bộ theo hình thức trực tuyến. Ban "
            "Tổ chức Tỉnh ủy tổng hợp, trả lời như sau để các chi bộ nghiên cứu, thực hiện.",
            "",
        )
    ]
)

QA = [
    (
        "Ứng dụng “Sổ tay đảng viên Lục Vân” là gì? Đảng viên nào phải cài đặt?",
        [
            "Đây là ứng dụng trên điện thoại thông minh (hệ điều hành Android và iOS) giúp đảng viên tiếp nhận văn bản, "
            "thông báo của cấp ủy, tài liệu sinh hoạt chi bộ và học tập nghị quyết. Tất cả đảng viên đang sinh hoạt "
            "trong Đảng bộ tỉnh, kể cả đảng viên dự bị, có điện thoại thông minh đều phải cài đặt và sử dụng.",
            "Đảng viên tuổi cao, đảng viên đã được miễn sinh hoạt đảng hoặc không có điện thoại thông minh thì không "
            "bắt buộc cài đặt; chi ủy có trách nhiệm in tài liệu cần thiết và thông báo trực tiếp cho các đồng chí.",
        ],
    ),
    (
        "Tài khoản đăng nhập lấy ở đâu? Đảng viên dự bị chưa có thẻ đảng thì đăng nhập bằng gì?",
        [
            "Tên đăng nhập là số thẻ đảng viên; đảng viên dự bị dùng số căn cước của mình. Mật khẩu ban đầu được gửi "
            "qua tin nhắn đến số điện thoại đảng viên đã đăng ký với chi bộ và phải đổi ngay trong lần đăng nhập đầu "
            "tiên.",
            "Mỗi chi bộ có một quản trị viên là bí thư chi bộ hoặc chi ủy viên được phân công. Quản trị viên kích hoạt "
            "tài khoản cho đảng viên trong 03 ngày làm việc kể từ khi nhận được danh sách. Khi đảng viên chuyển sinh "
            "hoạt đảng trong tỉnh, tài khoản được chuyển theo sau khi chi bộ nơi đến xác nhận.",
        ],
    ),
    (
        "Trên ứng dụng có những nội dung gì?",
        [
            "Ứng dụng gồm các mục: văn bản của Trung ương và của tỉnh; thông báo và lịch sinh hoạt của chi bộ; tài "
            "liệu sinh hoạt chi bộ hằng tháng; học tập nghị quyết trực tuyến; hỏi - đáp nghiệp vụ công tác đảng; sổ "
            "ghi chép cá nhân và mục “Phản ánh” để đảng viên gửi ý kiến đến cấp ủy.",
        ],
    ),
    (
        "Chi bộ có được đưa tài liệu mật lên ứng dụng cho đảng viên đọc trước không?",
        [
            "Không. Ứng dụng không dùng để lưu trữ, truyền đưa tài liệu có nội dung bí mật nhà nước dưới bất kỳ hình "
            "thức nào, kể cả ảnh chụp hay bản tóm tắt. Tài liệu mật chỉ được phổ biến trực tiếp tại buổi sinh hoạt "
            "theo quy định về bảo vệ bí mật nhà nước.",
            "Tài liệu “lưu hành nội bộ” được đăng trong mục dành riêng cho đảng viên; đảng viên không chụp màn hình, "
            "sao chép hoặc chia sẻ các tài liệu này ra ngoài ứng dụng.",
        ],
    ),
    (
        "Đảng viên bị mất điện thoại hoặc đổi máy mới thì phải làm gì?",
        [
            "Đảng viên báo ngay cho quản trị viên của chi bộ, chậm nhất trong 12 giờ kể từ khi phát hiện mất điện "
            "thoại, để khóa tài khoản. Tài khoản được mở lại trên thiết bị mới trong 02 ngày làm việc.",
            "Mỗi tài khoản chỉ được đăng nhập đồng thời trên tối đa 02 thiết bị; không cho người khác, kể cả người "
            "thân trong gia đình, dùng tài khoản của mình.",
        ],
    ),
    (
        "Chi bộ có được tổ chức sinh hoạt thường kỳ theo hình thức trực tuyến thay cho họp trực tiếp không?",
        [
            "Chỉ được thực hiện khi có thiên tai, dịch bệnh hoặc khi chi bộ có từ một phần ba số đảng viên trở lên "
            "đang làm việc lưu động ở xa (trên biển, tại công trình, đi lao động ở tỉnh khác) và phải được đảng ủy cấp "
            "trên trực tiếp đồng ý bằng văn bản trước khi tổ chức.",
            "Chi bộ không sinh hoạt trực tuyến quá 02 kỳ liên tiếp và không quá 04 kỳ trong một năm. Cuộc họp được tổ "
            "chức trên Phòng họp trực tuyến của ứng dụng; không dùng Zoom, Zalo, Messenger hay các nền tảng khác để "
            "sinh hoạt chi bộ.",
        ],
    ),
    (
        "Đảng viên ở xa tham dự trực tuyến một buổi sinh hoạt chi bộ họp trực tiếp thì có được tính là có mặt không?",
        [
            "Được tính là có mặt nếu chi ủy đồng ý cho tham dự trực tuyến, đảng viên điểm danh trên ứng dụng và bật "
            "camera trong suốt buổi sinh hoạt. Đảng viên tắt camera hoặc rời phòng họp trực tuyến quá 15 phút thì "
            "được tính là vắng mặt buổi sinh hoạt đó.",
            "Đảng viên tham dự trực tuyến phải ngồi ở nơi riêng biệt, không có người ngoài, không vừa tham dự vừa lái "
            "xe hoặc làm việc khác.",
        ],
    ),
    (
        "Khi sinh hoạt trực tuyến, chi bộ có được biểu quyết các nội dung về nhân sự, kết nạp đảng viên không?",
        [
            "Các nội dung thông thường được biểu quyết bằng chức năng biểu quyết của ứng dụng hoặc giơ tay trước "
            "camera. Các nội dung phải bỏ phiếu kín như nhân sự, kết nạp đảng viên, công nhận đảng viên chính thức, "
            "kỷ luật, đề nghị khen thưởng không được biểu quyết trực tuyến; chi bộ phải tổ chức họp trực tiếp để "
            "biểu quyết, kể cả khi đang được phép sinh hoạt trực tuyến.",
        ],
    ),
    (
        "Biên bản buổi sinh hoạt trực tuyến ghi thế nào? Có được ghi hình buổi họp để lưu không?",
        [
            "Thư ký ghi biên bản như buổi sinh hoạt trực tiếp, ghi rõ hình thức trực tuyến và danh sách đảng viên tham "
            "dự trực tuyến; biên bản và nghị quyết được in ra giấy, chủ trì và thư ký ký, lưu vào sổ của chi bộ.",
            "Không ai được ghi âm, ghi hình buổi sinh hoạt bằng thiết bị cá nhân. Ứng dụng không lưu lại hình ảnh, "
            "âm thanh của cuộc họp sau khi kết thúc.",
        ],
    ),
    (
        "Đảng viên không dự được hội nghị học tập nghị quyết thì học bù trên ứng dụng như thế nào?",
        [
            "Đảng viên vắng hội nghị có lý do học bù trên mục học tập nghị quyết trực tuyến trong 20 ngày kể từ ngày "
            "tổ chức hội nghị: xem hết các video bài giảng, làm bài kiểm tra trắc nghiệm 20 câu, đạt từ 15 câu đúng "
            "trở lên, được làm lại tối đa 02 lần.",
            "Đảng viên nộp bài thu hoạch trên ứng dụng; chi ủy xác nhận kết quả học bù và báo cáo đảng ủy cơ sở cùng "
            "với kết quả của hội nghị.",
        ],
    ),
    (
        "Chi bộ có được lập nhóm Zalo riêng để trao đổi công việc không?",
        [
            "Chi bộ được lập nhóm Zalo để thông báo lịch sinh hoạt, nhắc việc; bí thư chi bộ làm trưởng nhóm, thành "
            "viên chỉ gồm đảng viên của chi bộ. Không đưa văn bản, nghị quyết, biên bản, tài liệu sinh hoạt của chi "
            "bộ lên nhóm; các nội dung này chỉ gửi qua ứng dụng.",
            "Đảng viên chuyển đi hoặc ra khỏi Đảng được trưởng nhóm xóa khỏi nhóm trong 03 ngày làm việc.",
        ],
    ),
    (
        "Số lần truy cập ứng dụng có được dùng để đánh giá, xếp loại đảng viên cuối năm không?",
        [
            "Ứng dụng thống kê mức độ sử dụng của từng đảng viên (đọc tài liệu, hoàn thành học tập) và gửi chi ủy "
            "mỗi quý một lần. Số liệu này chỉ là một kênh tham khảo khi nhận xét đảng viên, không thay cho việc đánh "
            "giá, xếp loại theo quy định; đảng viên không cài ứng dụng vì không có điện thoại thông minh không bị đánh "
            "giá thấp hơn vì lý do đó.",
        ],
    ),
    (
        "Khi gặp lỗi trên ứng dụng thì liên hệ với ai?",
        [
            "Đảng viên liên hệ quản trị viên của chi bộ; trường hợp quản trị viên không xử lý được thì liên hệ Tổ hỗ "
            "trợ kỹ thuật của Trung tâm Thông tin, Văn phòng Tỉnh ủy, điện thoại 0216.3857.668, trong giờ hành chính "
            "các ngày làm việc. Ứng dụng chạy trên điện thoại dùng Android 9 hoặc iOS 14 trở lên.",
        ],
    ),
]

for n, (question, answers) in enumerate(QA, 1):
    pdf.need(3 * LEAD)
    pdf.y_pos += 1
    pdf.tracked(f"Câu {n}.", "B", 10.5, 0.6, align="L", space_after=0.8)
    pdf.para([("Hỏi:", "B"), (question, "I")], indent=0)
    pdf.para([("Trả lời:", "B"), (answers[0], "")], indent=0)
    for extra in answers[1:]:
        pdf.para([(extra, "")])

pdf.y_pos += 3
pdf.need(30)
for i, (text, style) in enumerate(
    [("K/T TRƯỞNG BAN", "B"), ("PHÓ TRƯỞNG BAN", "B"), ("(đã ký)", "I"), ("Đinh Thị Phương Thảo", "B")]
):
    pdf.set_font("DejaVu", style, 10)
    pdf.text(LEFT + half + (half - pdf.get_string_width(text)) / 2, pdf.y_pos + 4 + i * 5, text)

path = out_path(__file__, "hoi-dap/hoi-dap-so-tay-dang-vien-dien-tu-va-sinh-hoat-chi-bo-truc-tuyen.pdf")
pdf.output(path)
print(path)
