"""Working regulation on grassroots democracy at the Sở Nông nghiệp và Môi trường tỉnh Lâm Giang (Số 06-QC/ĐU) as
.docx: letterhead table, real Word heading styles ("Heading 1" for Chương, "Heading 2" for Điều), khoản and điểm as
a two-level Word automatic-numbering list (numbers "1." and "a)" live in numbering.xml, not in the paragraph text,
restarted for each Điều), and a 4-column table of meetings (Hội nghị | Thời gian | Thành phần | Người chủ trì).

usage: /work/main/.venv/bin/python bench/corpus9/make_quy_che.py   (CORPUS9_OUT=DIR writes elsewhere)
"""

import sys
from pathlib import Path

from docx.oxml import OxmlElement
from docx.oxml.ns import qn

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from corpus_files import EDITORIAL_NOTE, LetterheadDocx, out_path

ABSTRACT_ID = 90


def _el(tag: str, **attrs: str):
    element = OxmlElement(tag)
    for key, value in attrs.items():
        element.set(qn(f"w:{key}"), value)
    return element


class NumberedDocx(LetterheadDocx):
    """A letterhead .docx with a two-level automatic list: level 0 "1." (khoản), level 1 "a)" (điểm)."""

    def __init__(self, issuer: str, dated: str) -> None:
        super().__init__(issuer, dated)
        self.numbering = self.document.part.numbering_part.element
        abstract = _el("w:abstractNum", abstractNumId=str(ABSTRACT_ID))
        abstract.append(_el("w:multiLevelType", val="multilevel"))
        for level, (fmt, text, indent) in enumerate((("decimal", "%1.", "360"), ("lowerLetter", "%2)", "720"))):
            lvl = _el("w:lvl", ilvl=str(level))
            lvl.append(_el("w:start", val="1"))
            lvl.append(_el("w:numFmt", val=fmt))
            lvl.append(_el("w:lvlText", val=text))
            lvl.append(_el("w:lvlJc", val="left"))
            ppr = _el("w:pPr")
            ppr.append(_el("w:ind", left=str(int(indent) + 360), hanging="360"))
            lvl.append(ppr)
            abstract.append(lvl)
        # abstractNum elements must precede num elements in numbering.xml
        first_num = self.numbering.find(qn("w:num"))
        if first_num is not None:
            first_num.addprevious(abstract)
        else:
            self.numbering.append(abstract)
        self.num_id = None
        self.next_num = 900

    def restart(self) -> None:
        """A new list instance: the next khoản is numbered 1. again."""
        self.next_num += 1
        num = _el("w:num", numId=str(self.next_num))
        num.append(_el("w:abstractNumId", val=str(ABSTRACT_ID)))
        for level in (0, 1):
            override = _el("w:lvlOverride", ilvl=str(level))
            override.append(_el("w:startOverride", val="1"))
            num.append(override)
        self.numbering.append(num)
        self.num_id = self.next_num

    def item(self, text: str, level: int = 0):
        paragraph = self.document.add_paragraph(text)
        ppr = paragraph._p.get_or_add_pPr()
        numpr = _el("w:numPr")
        numpr.append(_el("w:ilvl", val=str(level)))
        numpr.append(_el("w:numId", val=str(self.num_id)))
        ppr.append(numpr)
        return paragraph

    def dieu(self, text: str) -> None:
        self.document.add_heading(text, level=2)
        self.restart()


doc = NumberedDocx(
    "ĐẢNG BỘ CÁC CƠ QUAN ĐẢNG, CHÍNH QUYỀN\nTỈNH LÂM GIANG\nĐẢNG ỦY SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG\n*\nSố 06-QC/ĐU",
    "ĐẢNG CỘNG SẢN VIỆT NAM\nLâm Giang, ngày 12 tháng 6 năm 2025",
)
d, c, para, item, dieu = doc.document, doc.c, doc.para, doc.item, doc.dieu

c("QUY CHẾ")
c("thực hiện dân chủ ở cơ sở tại Sở Nông nghiệp và Môi trường tỉnh Lâm Giang")
c(EDITORIAL_NOTE, bold=False)
para(
    "Căn cứ Luật Thực hiện dân chủ ở cơ sở và các văn bản hướng dẫn; căn cứ Quy chế làm việc của Đảng ủy Sở nhiệm kỳ "
    "2025 – 2030, Đảng ủy Sở thống nhất với Giám đốc Sở và Ban Chấp hành Công đoàn cơ sở ban hành Quy chế như sau:"
)

d.add_heading("Chương I. NHỮNG QUY ĐỊNH CHUNG", level=1)
dieu("Điều 1. Phạm vi và đối tượng áp dụng")
item(
    "Quy chế này quy định nội dung, hình thức, trách nhiệm thực hiện dân chủ trong cơ quan Sở, các phòng chuyên môn, "
    "chi cục và đơn vị sự nghiệp trực thuộc."
)
item(
    "Quy chế áp dụng đối với cán bộ, công chức, viên chức và người lao động làm việc theo hợp đồng từ 12 tháng trở "
    "lên tại Sở (sau đây gọi chung là cán bộ, công chức, viên chức)."
)
dieu("Điều 2. Nguyên tắc thực hiện")
item("Bảo đảm sự lãnh đạo của Đảng ủy Sở và vai trò quản lý, điều hành của Giám đốc Sở.")
item(
    "Phát huy quyền làm chủ của cán bộ, công chức, viên chức theo phương châm dân biết, dân bàn, dân làm, dân kiểm "
    "tra, dân giám sát, dân thụ hưởng."
)
item("Dân chủ gắn với kỷ cương, kỷ luật; không lợi dụng dân chủ để khiếu kiện sai sự thật, gây mất đoàn kết.")
dieu("Điều 3. Trách nhiệm của các tổ chức, cá nhân")
item("Trách nhiệm của Đảng ủy Sở:")
item("lãnh đạo, kiểm tra, giám sát việc thực hiện Quy chế trong toàn cơ quan;", 1)
item("mỗi năm một lần ra nghị quyết chuyên đề hoặc kết luận về công tác dân chủ ở cơ sở.", 1)
item("Trách nhiệm của Giám đốc Sở:")
item("chịu trách nhiệm người đứng đầu về việc tổ chức thực hiện dân chủ trong cơ quan;", 1)
item("công khai thông tin kịp thời, tiếp thu và trả lời ý kiến của cán bộ, công chức, viên chức;", 1)
item("phân công một Phó Giám đốc trực tiếp theo dõi việc thực hiện Quy chế.", 1)
item(
    "Công đoàn cơ sở và Chi đoàn thanh niên phối hợp tổ chức hội nghị cán bộ, công chức, viên chức, vận động đoàn "
    "viên thực hiện Quy chế."
)

d.add_heading("Chương II. NỘI DUNG THỰC HIỆN DÂN CHỦ", level=1)
dieu("Điều 4. Những nội dung phải công khai")
item("Chủ trương, chính sách, kế hoạch công tác năm và quý của Sở.")
item("Dự toán, quyết toán kinh phí hằng năm; việc quản lý, sử dụng tài sản công và các quỹ của cơ quan.")
item(
    "Việc tuyển dụng, quy hoạch, bổ nhiệm, luân chuyển, nâng lương, khen thưởng, kỷ luật cán bộ, công chức, viên chức."
)
item("Kết quả thanh tra, kiểm tra, giải quyết khiếu nại, tố cáo liên quan đến cán bộ, công chức, viên chức.")
dieu("Điều 5. Hình thức và thời hạn công khai")
item("Công khai bằng các hình thức:")
item("niêm yết tại bảng tin của cơ quan;", 1)
item("đăng trên trang thông tin điện tử nội bộ của Sở;", 1)
item("thông báo tại hội nghị giao ban hoặc hội nghị cán bộ, công chức, viên chức.", 1)
item(
    "Thời gian niêm yết ít nhất 15 ngày liên tục; riêng dự toán, quyết toán kinh phí niêm yết ít nhất 30 ngày kể "
    "từ ngày được phê duyệt."
)
dieu("Điều 6. Những nội dung cán bộ, công chức, viên chức được tham gia ý kiến")
item("Kế hoạch công tác năm, chương trình cải cách hành chính và chuyển đổi số của Sở.")
item("Quy chế chi tiêu nội bộ, quy chế quản lý tài sản công, quy chế thi đua, khen thưởng.")
item(
    "Đề án vị trí việc làm, tiêu chuẩn chức danh và nhận xét cán bộ trong quy hoạch, bổ nhiệm, trước khi Giám đốc "
    "quyết định."
)
item(
    "Ý kiến được gửi bằng văn bản, qua hộp thư góp ý hoặc phát biểu tại hội nghị; thời gian lấy ý kiến không ít "
    "hơn 07 ngày làm việc."
)
dieu("Điều 7. Những nội dung cán bộ, công chức, viên chức giám sát")
item("Việc thực hiện các nội dung đã công khai và các nghị quyết của hội nghị cán bộ, công chức, viên chức.")
item(
    "Việc giám sát thực hiện thông qua Ban Thanh tra nhân dân, tổ chức Công đoàn và qua phản ánh trực tiếp với "
    "người đứng đầu."
)

d.add_heading("Chương III. HỘI NGHỊ VÀ ĐỐI THOẠI", level=1)
dieu("Điều 8. Các hội nghị của cơ quan")
item("Các hội nghị thực hiện dân chủ trong cơ quan được tổ chức theo bảng sau:")
rows = [
    ("Hội nghị", "Thời gian", "Thành phần", "Người chủ trì"),
    (
        "Hội nghị cán bộ, công chức, viên chức",
        "Mỗi năm một lần, trong tháng 12, xong trước ngày 20/12",
        "Toàn thể cán bộ, công chức, viên chức; đơn vị trên 100 người tổ chức theo hình thức đại biểu",
        "Giám đốc Sở phối hợp với Chủ tịch Công đoàn cơ sở",
    ),
    (
        "Hội nghị đối thoại",
        "Ít nhất mỗi năm một lần, trong quý III",
        "Giám đốc Sở, Ban Chấp hành Công đoàn, đại diện các phòng, đơn vị",
        "Giám đốc Sở",
    ),
    (
        "Hội nghị sơ kết 6 tháng",
        "Trong tháng 7 hằng năm",
        "Lãnh đạo Sở, trưởng phòng, chi cục trưởng, thủ trưởng đơn vị sự nghiệp",
        "Phó Giám đốc được phân công theo dõi Quy chế",
    ),
    (
        "Họp Ban Thanh tra nhân dân",
        "Mỗi quý một lần, vào tuần cuối của quý",
        "Các thành viên Ban Thanh tra nhân dân, mời đại diện Đảng ủy Sở",
        "Trưởng ban Thanh tra nhân dân",
    ),
]
table = d.add_table(rows=len(rows), cols=4)
table.style = "Table Grid"
for i, row in enumerate(rows):
    for j, text in enumerate(row):
        table.cell(i, j).text = text
dieu("Điều 9. Đối thoại giữa Giám đốc Sở với cán bộ, công chức, viên chức")
item(
    "Ngoài hội nghị đối thoại định kỳ, Giám đốc Sở tổ chức đối thoại đột xuất khi có ít nhất một phần ba số cán bộ, "
    "công chức, viên chức hoặc Ban Chấp hành Công đoàn đề nghị bằng văn bản."
)
item("Đối thoại đột xuất được tổ chức chậm nhất 10 ngày làm việc kể từ ngày nhận văn bản đề nghị.")
item(
    "Nội dung đối thoại phải được ghi biên bản; trong 15 ngày làm việc sau đối thoại, Văn phòng Sở thông báo kết "
    "quả giải quyết các kiến nghị."
)
dieu("Điều 10. Ban Thanh tra nhân dân")
item(
    "Ban Thanh tra nhân dân của cơ quan gồm 05 thành viên, do hội nghị cán bộ, công chức, viên chức bầu, nhiệm kỳ "
    "02 năm; không bầu người đang giữ chức vụ lãnh đạo Sở, kế toán, thủ quỹ."
)
item("Ban Thanh tra nhân dân có quyền:")
item("kiến nghị Giám đốc Sở xem xét, giải quyết khi phát hiện vi phạm Quy chế;", 1)
item("được cung cấp thông tin, tài liệu cần thiết cho việc giám sát;", 1)
item("báo cáo kết quả hoạt động tại hội nghị cán bộ, công chức, viên chức hằng năm.", 1)

d.add_heading("Chương IV. TỔ CHỨC THỰC HIỆN", level=1)
dieu("Điều 11. Khen thưởng và xử lý vi phạm")
item(
    "Tập thể, cá nhân thực hiện tốt Quy chế được xem xét khen thưởng cùng đợt tổng kết thi đua cuối năm; kết quả "
    "thực hiện Quy chế là một tiêu chí đánh giá, xếp loại chi bộ và đảng viên."
)
item(
    "Người cản trở, trù dập người góp ý, phê bình, khiếu nại hoặc không thực hiện công khai theo Quy chế thì tùy "
    "mức độ bị xử lý kỷ luật đảng và kỷ luật hành chính."
)
dieu("Điều 12. Hiệu lực thi hành")
item(
    "Quy chế có hiệu lực từ ngày ký, thay thế Quy chế số 03-QC/ĐU ngày 15/8/2021 của Đảng ủy Sở Tài nguyên và Môi "
    "trường."
)
item(
    "Văn phòng Sở là cơ quan thường trực giúp Đảng ủy, Giám đốc Sở theo dõi, tổng hợp tình hình thực hiện, báo cáo "
    "Đảng ủy trước ngày 05 tháng 12 hằng năm."
)
item("Trong quá trình thực hiện, Quy chế có thể được sửa đổi, bổ sung do Đảng ủy Sở quyết định.")
p = d.add_paragraph()
p.add_run("Nơi nhận:\t\tT/M ĐẢNG ỦY\n\t\tBÍ THƯ").bold = True
d.add_paragraph("- Đảng ủy Các cơ quan Đảng, chính quyền tỉnh,\n- Các chi bộ trực thuộc,\n- Lưu Văn phòng Đảng ủy.")

d.save(out_path(__file__, "quy-che/quy-che-dan-chu-co-quan.docx"))
