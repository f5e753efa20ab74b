"""Guide of the Ban Tổ chức Tỉnh ủy Kim Hà on establishing, merging, splitting and dissolving grassroots party
organisations and chi bộ as .docx: letterhead table, parts I–VII with numbered items and a) b) c) sub-items, the
dossier list in Word's automatic numbering ("List Number" style, so the numbers are not in the text), a Shift+Enter
line break (title block, part V), and a 4-column table of who decides and in how many working days.

usage: /work/main/.venv/bin/python bench/corpus8/make_huong_dan.py   (CORPUS8_OUT=DIR writes elsewhere)
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from corpus_files import EDITORIAL_NOTE, LetterheadDocx, out_path

doc = LetterheadDocx(
    "TỈNH ỦY KIM HÀ\nBAN TỔ CHỨC\n*\nSố 09-HD/BTCTU", "ĐẢNG CỘNG SẢN VIỆT NAM\nKim Hà, ngày 24 tháng 4 năm 2025"
)
d, c, b, para = doc.document, doc.c, doc.b, doc.para

# Title block: "HƯỚNG DẪN" and its subject separated by a Shift+Enter line break inside one paragraph.
p = c("HƯỚNG DẪN")
p.runs[0].add_break()
p.add_run("về thành lập, hợp nhất, chia tách, giải thể tổ chức cơ sở đảng và chi bộ trực thuộc").bold = True
c(EDITORIAL_NOTE, bold=False)
para(
    "Căn cứ Điều lệ Đảng và các quy định, hướng dẫn của Trung ương về tổ chức cơ sở đảng, Ban Tổ chức Tỉnh ủy hướng "
    "dẫn việc thành lập, hợp nhất, chia tách, giải thể tổ chức cơ sở đảng và chi bộ trực thuộc trong Đảng bộ tỉnh "
    "như sau:"
)

b("I. MỤC ĐÍCH, YÊU CẦU")
para(
    "1. Bảo đảm mọi đảng viên đều được tổ chức sinh hoạt trong một chi bộ; không để đơn vị có đủ đảng viên chính "
    "thức mà chưa có tổ chức đảng, không để đảng viên sinh hoạt ghép kéo dài khi đã đủ điều kiện lập chi bộ riêng."
)
para(
    "2. Việc thành lập, hợp nhất, chia tách, giải thể phải gắn với việc kiện toàn tổ chức của cơ quan, đơn vị, "
    "doanh nghiệp; làm đúng thẩm quyền, đúng quy trình, hồ sơ đầy đủ."
)

b("II. ĐIỀU KIỆN THÀNH LẬP")
para(
    "1. Ở xã, phường, cơ quan, đơn vị sự nghiệp, doanh nghiệp có từ 03 đảng viên chính thức trở lên thì thành lập "
    "tổ chức cơ sở đảng; có từ 30 đảng viên trở lên thì thành lập đảng bộ cơ sở, có các chi bộ trực thuộc."
)
para(
    "2. Đảng bộ cơ sở có dưới 30 đảng viên chỉ được thành lập khi có đơn vị thành viên hoạt động ở nhiều địa bàn "
    "cách xa nhau và được ban thường vụ tỉnh ủy đồng ý bằng văn bản."
)
para(
    "3. Chi bộ trực thuộc đảng ủy cơ sở được thành lập theo đơn vị công tác, tổ dân phố, thôn hoặc theo ngành nghề; "
    "mỗi chi bộ có ít nhất 03 đảng viên chính thức."
)
para(
    "4. Nơi chưa đủ 03 đảng viên chính thức thì cấp ủy cấp trên giới thiệu đảng viên sinh hoạt ở chi bộ ghép với "
    "tổ chức đảng gần nhất có liên quan về công tác hoặc địa bàn; chi bộ ghép phải có kế hoạch phát triển đảng viên "
    "để sớm đủ điều kiện tách ra thành lập chi bộ riêng."
)
para("5. Tổ đảng")
para(
    "a) Chi bộ có từ 30 đảng viên trở lên, hoặc có đảng viên làm việc ở nhiều bộ phận, nhiều ca, nhiều địa điểm, "
    "được chia thành các tổ đảng;"
)
para("b) Mỗi tổ đảng có ít nhất 03 đảng viên; tổ đảng không có con dấu, không thu đảng phí riêng;")
para(
    "c) Chi bộ ra nghị quyết lập tổ đảng và cử tổ trưởng, tổ phó; tổ đảng sinh hoạt ít nhất mỗi tháng một lần "
    "trước kỳ sinh hoạt của chi bộ."
)

b("III. HỒ SƠ ĐỀ NGHỊ THÀNH LẬP")
para("Hồ sơ đề nghị thành lập tổ chức cơ sở đảng hoặc chi bộ trực thuộc gồm các tài liệu sau:")
for item in (
    "Tờ trình đề nghị thành lập của cấp ủy quản lý trực tiếp đảng viên hoặc của cấp ủy cấp trên",
    "Quyết định thành lập cơ quan, đơn vị, doanh nghiệp hoặc giấy chứng nhận đăng ký doanh nghiệp (bản sao)",
    "Danh sách trích ngang đảng viên, ghi rõ đảng viên chính thức, dự bị và nơi đang sinh hoạt",
    "Ý kiến bằng văn bản của người đứng đầu cơ quan, đơn vị, chủ doanh nghiệp về việc thành lập tổ chức đảng",
    "Đề xuất nhân sự cấp ủy lâm thời hoặc bí thư, phó bí thư lâm thời kèm sơ yếu lý lịch",
):
    d.add_paragraph(item, style="List Number")
para(
    "Hồ sơ làm thành 02 bộ, gửi ban tổ chức cấp ủy có thẩm quyền; hồ sơ thiếu thì trong 03 ngày làm việc ban tổ "
    "chức thông báo để bổ sung."
)

b("IV. THẨM QUYỀN VÀ THỜI HẠN QUYẾT ĐỊNH")
para(
    "1. Ban thường vụ cấp ủy cấp trên trực tiếp của tổ chức cơ sở đảng (huyện ủy, thành ủy, đảng ủy trực thuộc "
    "Tỉnh ủy) quyết định thành lập, hợp nhất, chia tách, giải thể tổ chức cơ sở đảng."
)
para(
    "2. Đảng ủy cơ sở quyết định thành lập, hợp nhất, chia tách, giải thể chi bộ trực thuộc và báo cáo cấp ủy cấp "
    "trên trực tiếp biết."
)
para("3. Thẩm quyền và thời hạn giải quyết được tóm tắt như sau:")
rows = [
    ("Việc", "Cơ quan thẩm định", "Cấp quyết định", "Thời hạn"),
    (
        "Thành lập tổ chức cơ sở đảng",
        "Ban tổ chức cấp ủy cấp trên trực tiếp thẩm định trong 07 ngày làm việc",
        "Ban thường vụ cấp ủy cấp trên trực tiếp",
        "15 ngày làm việc kể từ ngày nhận đủ hồ sơ",
    ),
    (
        "Thành lập chi bộ trực thuộc",
        "Văn phòng đảng ủy cơ sở",
        "Đảng ủy cơ sở",
        "10 ngày làm việc kể từ ngày nhận đủ hồ sơ",
    ),
    (
        "Hợp nhất, chia tách tổ chức cơ sở đảng",
        "Ban tổ chức cấp ủy cấp trên trực tiếp",
        "Ban thường vụ cấp ủy cấp trên trực tiếp",
        "30 ngày kể từ ngày có quyết định sắp xếp đơn vị",
    ),
    (
        "Giải thể tổ chức cơ sở đảng, chi bộ trực thuộc",
        "Ban tổ chức hoặc văn phòng cấp ủy có thẩm quyền",
        "Cấp ủy có thẩm quyền thành lập",
        "20 ngày làm việc kể từ ngày nhận tờ trình",
    ),
]
table = d.add_table(rows=len(rows), cols=4)
for i, row in enumerate(rows):
    for j, text in enumerate(row):
        table.cell(i, j).text = text

b("V. CHỈ ĐỊNH CẤP ỦY LÂM THỜI")
para(
    "1. Cùng với quyết định thành lập, cấp có thẩm quyền chỉ định cấp ủy lâm thời; chi bộ có dưới 09 đảng viên "
    "chính thức thì chỉ định bí thư lâm thời, khi cần thì chỉ định thêm phó bí thư lâm thời."
)
p = d.add_paragraph(
    "2. Số lượng cấp ủy viên lâm thời không vượt quá số lượng được bầu theo quy định đối với tổ chức đảng cùng quy mô."
)
p.add_run().add_break()
p.add_run(
    "Cấp ủy lâm thời hoạt động cho đến khi đại hội bầu ra cấp ủy chính thức; chậm nhất 12 tháng kể từ ngày có quyết "
    "định thành lập phải tiến hành đại hội."
)
para(
    "3. Trong thời hạn 30 ngày kể từ ngày có quyết định thành lập, cấp ủy lâm thời ban hành quy chế làm việc, phân "
    "công nhiệm vụ cấp ủy viên và tổ chức tiếp nhận sinh hoạt đảng của đảng viên."
)

b("VI. HỢP NHẤT, CHIA TÁCH")
para(
    "1. Khi cơ quan, đơn vị, địa bàn được sáp nhập, hợp nhất hoặc chia tách thì tổ chức đảng được hợp nhất, chia tách "
    "tương ứng; cấp ủy cấp trên quyết định trong 30 ngày kể từ ngày có quyết định sắp xếp đơn vị."
)
para(
    "2. Khi hợp nhất, cấp có thẩm quyền chỉ định cấp ủy, bí thư, phó bí thư của tổ chức đảng mới trên cơ sở cấp ủy "
    "của các tổ chức đảng cũ; nhiệm kỳ được tính tiếp theo nhiệm kỳ đại hội của tổ chức đảng cũ."
)
para(
    "3. Cấp ủy cũ bàn giao con dấu, hồ sơ đảng viên, sổ sách, tài liệu và số dư đảng phí cho cấp ủy mới, lập biên "
    "bản bàn giao có chữ ký của bên giao và bên nhận."
)

b("VII. GIẢI THỂ TỔ CHỨC ĐẢNG VÀ TỔ CHỨC THỰC HIỆN")
para("1. Tổ chức cơ sở đảng, chi bộ trực thuộc bị giải thể trong các trường hợp:")
para("a) cơ quan, đơn vị, doanh nghiệp nơi tổ chức đảng hoạt động chấm dứt hoạt động hoặc giải thể;")
para(
    "b) số đảng viên chính thức còn dưới 03 đồng chí liên tục từ 06 tháng trở lên mà không có khả năng bổ sung "
    "đảng viên;"
)
para("c) doanh nghiệp chuyển đổi sở hữu mà chủ sở hữu mới không tạo điều kiện cho tổ chức đảng hoạt động.")
para(
    "2. Giải thể theo hướng dẫn này là biện pháp tổ chức, khác với hình thức kỷ luật giải tán tổ chức đảng theo "
    "Điều lệ Đảng."
)
para(
    "3. Trong thời hạn 10 ngày làm việc kể từ ngày có quyết định giải thể, cấp ủy có thẩm quyền làm thủ tục chuyển "
    "sinh hoạt đảng và chuyển hồ sơ của từng đảng viên về tổ chức đảng nơi tiếp nhận; không để đảng viên nào không "
    "có nơi sinh hoạt."
)
para("4. Con dấu của tổ chức đảng bị giải thể được thu hồi, nộp về văn phòng cấp ủy cấp trên trực tiếp để hủy.")
para(
    "5. Các huyện ủy, thành ủy, đảng ủy trực thuộc Tỉnh ủy rà soát tổ chức đảng trực thuộc, báo cáo kết quả về Ban "
    "Tổ chức Tỉnh ủy trước ngày 30 tháng 9 năm 2025; quá trình thực hiện có vướng mắc liên hệ Phòng Tổ chức cơ sở "
    "đảng để được hướng dẫn."
)
p = d.add_paragraph()
p.add_run("Nơi nhận:\t\tK/T TRƯỞNG BAN\n\t\tPHÓ TRƯỞNG BAN").bold = True
d.add_paragraph("- Các huyện ủy, thành ủy, đảng ủy trực thuộc,\n- Lưu Ban Tổ chức Tỉnh ủy.")

d.save(out_path(__file__, "huong-dan/huong-dan-thanh-lap-giai-the-to-chuc-co-so-dang.docx"))
