"""Plan of the Huyện ủy Kim Thạch (tỉnh Hà Lĩnh) on political theory classes for party members in 2026 as .docx:
letterhead table, a 6-column schedule table with merged cells (section rows merged across all columns, "Đối tượng"
cells merged down several rows, made with python-docx's cell.merge()), and a Word header ("Lưu hành nội bộ") and
footer with a PAGE / NUMPAGES field — header and footer are page furniture, not content.

usage: /work/main/.venv/bin/python bench/corpus10/make_ke_hoach.py   (CORPUS10_OUT=DIR writes elsewhere)
"""

import sys
from pathlib import Path

from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from corpus_files import EDITORIAL_NOTE, LetterheadDocx, out_path


def add_field(paragraph, instruction: str) -> None:
    """A Word field (PAGE, NUMPAGES) as fldChar begin / instrText / separate / cached result / end."""
    run = paragraph.add_run()
    begin = OxmlElement("w:fldChar")
    begin.set(qn("w:fldCharType"), "begin")
    run._r.append(begin)
    run = paragraph.add_run()
    instr = OxmlElement("w:instrText")
    instr.set(qn("xml:space"), "preserve")
    instr.text = f" {instruction} "
    run._r.append(instr)
    run = paragraph.add_run()
    separate = OxmlElement("w:fldChar")
    separate.set(qn("w:fldCharType"), "separate")
    run._r.append(separate)
    paragraph.add_run("1")
    run = paragraph.add_run()
    end = OxmlElement("w:fldChar")
    end.set(qn("w:fldCharType"), "end")
    run._r.append(end)


doc = LetterheadDocx(
    "ĐẢNG BỘ TỈNH HÀ LĨNH\nHUYỆN ỦY KIM THẠCH\n*\nSố 52-KH/HU",
    "ĐẢNG CỘNG SẢN VIỆT NAM\nKim Thạch, ngày 06 tháng 01 năm 2026",
)
d, c, b, para = doc.document, doc.c, doc.b, doc.para

section = d.sections[0]
header = section.header.paragraphs[0]
header.text = "HUYỆN ỦY KIM THẠCH — Tài liệu lưu hành nội bộ, không đăng tải trên mạng xã hội"
header.alignment = WD_ALIGN_PARAGRAPH.RIGHT
footer = section.footer.paragraphs[0]
footer.alignment = WD_ALIGN_PARAGRAPH.CENTER
footer.add_run("Kế hoạch số 52-KH/HU — Trang ")
add_field(footer, "PAGE")
footer.add_run(" / ")
add_field(footer, "NUMPAGES")

c("KẾ HOẠCH")
c("học tập, bồi dưỡng lý luận chính trị cho cán bộ, đảng viên năm 2026")
c(EDITORIAL_NOTE, bold=False)
para(
    "Thực hiện Quy định của Ban Bí thư về học tập lý luận chính trị trong Đảng và Kế hoạch của Ban Thường vụ Tỉnh ủy "
    "Hà Lĩnh về đào tạo, bồi dưỡng cán bộ năm 2026, Ban Thường vụ Huyện ủy Kim Thạch xây dựng kế hoạch như sau:"
)

b("I. MỤC ĐÍCH, YÊU CẦU")
para(
    "1. Trang bị, cập nhật kiến thức lý luận chính trị, nghiệp vụ công tác đảng cho đảng viên, nhất là đảng viên mới "
    "và cán bộ chủ chốt của chi bộ; góp phần nâng cao chất lượng sinh hoạt chi bộ."
)
para(
    "2. Cử đúng đối tượng, đủ số lượng; học viên chấp hành nghiêm nội quy lớp học. Đảng viên mới phải học xong chương "
    "trình bồi dưỡng lý luận chính trị dành cho đảng viên mới trong thời gian dự bị."
)
para(
    "3. Chỉ tiêu năm 2026: bồi dưỡng cho 100% đảng viên mới kết nạp; đào tạo trung cấp lý luận chính trị cho 110 "
    "cán bộ trong quy hoạch."
)

b("II. LỊCH MỞ LỚP NĂM 2026")
headings = ("TT", "Đối tượng", "Lớp học, nội dung", "Thời lượng", "Thời gian, địa điểm", "Giảng viên")
rows = [
    "A. BỒI DƯỠNG, CẬP NHẬT KIẾN THỨC CHO ĐẢNG VIÊN",
    (
        "1",
        "Đảng viên mới kết nạp từ tháng 7/2025 đến hết tháng 3/2026",
        "Lớp bồi dưỡng lý luận chính trị dành cho đảng viên mới (khu vực trung tâm)",
        "07 ngày (56 tiết)",
        "Từ ngày 13/4 đến ngày 21/4/2026, tại Trung tâm Chính trị huyện",
        "Giảng viên Trung tâm Chính trị huyện",
    ),
    (
        "2",
        None,
        "Lớp đảng viên mới khu vực các xã vùng cao Nậm Khê, Pà Lùng, Sín Chải",
        "07 ngày (56 tiết)",
        "Tháng 9/2026, tại Hội trường Đảng ủy xã Nậm Khê",
        "Giảng viên kiêm chức của Huyện ủy",
    ),
    (
        "3",
        "Bí thư, phó bí thư chi bộ và chi ủy viên các chi bộ trực thuộc",
        "Nghiệp vụ công tác đảng: sinh hoạt chi bộ, ghi sổ sách, công tác kiểm tra, giám sát",
        "03 ngày",
        "Từ ngày 19/5 đến ngày 21/5/2026, tại Hội trường Huyện ủy",
        "Lãnh đạo các ban xây dựng Đảng của Huyện ủy",
    ),
    (
        "4",
        None,
        "Chuyên đề học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh năm 2026",
        "01 ngày",
        "Tháng 6/2026, học trực tuyến tại điểm cầu các xã",
        "Trưởng Ban Tuyên giáo và Dân vận Huyện ủy",
    ),
    (
        "5",
        None,
        "Học tập, quán triệt Nghị quyết Đại hội XIV của Đảng",
        "02 ngày",
        "Tháng 3/2026, Hội trường Trung tâm Văn hóa huyện",
        "Báo cáo viên Tỉnh ủy",
    ),
    "B. ĐÀO TẠO TRUNG CẤP LÝ LUẬN CHÍNH TRỊ",
    (
        "6",
        "Cán bộ trong quy hoạch cấp ủy cơ sở, chủ tịch các đoàn thể cấp xã",
        "Trung cấp lý luận chính trị hệ không tập trung, lớp K45 (70 học viên)",
        "12 tháng, học theo đợt 10 ngày mỗi tháng",
        "Khai giảng ngày 16/3/2026, tại Trung tâm Chính trị huyện",
        "Giảng viên Trường Chính trị tỉnh Hà Lĩnh",
    ),
    (
        "7",
        None,
        "Trung cấp lý luận chính trị hệ tập trung, lớp K46 (40 học viên)",
        "06 tháng",
        "Khai giảng ngày 10/8/2026, tại Trường Chính trị tỉnh",
        "Giảng viên Trường Chính trị tỉnh Hà Lĩnh",
    ),
]
table = d.add_table(rows=1 + len(rows), cols=len(headings))
table.style = "Table Grid"
for col, text in enumerate(headings):
    table.cell(0, col).text = text
    table.cell(0, col).paragraphs[0].runs[0].bold = True
merge_from = None  # (row, text) of the current "Đối tượng" cell to merge downwards
for index, row in enumerate(rows, 1):
    if isinstance(row, str):  # a section row, merged across all columns
        merged = table.cell(index, 0).merge(table.cell(index, len(headings) - 1))
        merged.text = row
        merged.paragraphs[0].runs[0].bold = True
        merge_from = None
        continue
    for col, text in enumerate(row):
        if text is not None:
            table.cell(index, col).text = text
    if row[1] is not None:
        merge_from = (index, row[1])
    else:  # continue the "Đối tượng" cell above: merge vertically and keep its text once
        start, text = merge_from
        merged = table.cell(start, 1).merge(table.cell(index, 1))
        merged.text = text

b("III. ĐIỀU KIỆN CẤP GIẤY CHỨNG NHẬN")
para(
    "1. Học viên các lớp bồi dưỡng được cấp giấy chứng nhận khi tham dự ít nhất 80% thời gian của lớp, vắng không "
    "quá 02 buổi có lý do và viết bài thu hoạch đạt từ 5 điểm trở lên theo thang điểm 10."
)
para(
    "2. Học viên vắng quá thời gian quy định hoặc bài thu hoạch không đạt phải học lại ở lớp mở kế tiếp; đảng viên "
    "mới chưa có giấy chứng nhận thì chi bộ chưa xét công nhận đảng viên chính thức."
)
para(
    "3. Học viên lớp trung cấp lý luận chính trị được Trường Chính trị tỉnh cấp bằng tốt nghiệp khi hoàn thành các "
    "học phần, thi tốt nghiệp đạt yêu cầu và không bị kỷ luật từ mức cảnh cáo trở lên trong thời gian học."
)

b("IV. KINH PHÍ")
para(
    "1. Kinh phí mở lớp năm 2026 là 1.260 triệu đồng từ ngân sách huyện, giao Trung tâm Chính trị huyện quản lý, "
    "thanh quyết toán theo quy định."
)
para(
    "2. Tài liệu học tập được cấp miễn phí. Học viên lớp đảng viên mới ở các xã vùng cao được hỗ trợ tiền ăn "
    "80.000 đồng/người/ngày; học viên ở xa trên 15 km được bố trí chỗ nghỉ tại nhà khách Huyện ủy."
)
para(
    "3. Học viên lớp trung cấp hệ không tập trung do cơ quan, đơn vị cử đi học chi trả tiền tàu xe; học phí do ngân "
    "sách tỉnh bảo đảm."
)

b("V. TỔ CHỨC THỰC HIỆN")
para(
    "1. Ban Tổ chức Huyện ủy chủ trì, phối hợp Trung tâm Chính trị huyện thông báo chiêu sinh; các đảng ủy, chi bộ "
    "cơ sở gửi danh sách học viên về Ban Tổ chức Huyện ủy trước ngày 20/02/2026 (lớp trung cấp trước ngày 15/02/2026)."
)
para(
    "2. Trung tâm Chính trị huyện xây dựng chương trình, bố trí giảng viên, quản lý lớp; báo cáo kết quả từng lớp về "
    "Ban Thường vụ Huyện ủy trong 10 ngày sau khi bế giảng."
)
para(
    "3. Ban Tuyên giáo và Dân vận Huyện ủy chuẩn bị tài liệu các lớp chuyên đề, quán triệt nghị quyết; Văn phòng "
    "Huyện ủy bảo đảm kinh phí, hội trường và phương tiện."
)
para(
    "4. Ủy ban Kiểm tra Huyện ủy kiểm tra việc cử học viên đi học của các tổ chức cơ sở đảng, kết hợp trong chương "
    "trình kiểm tra, giám sát năm 2026."
)
para(
    "5. Ban Tổ chức Huyện ủy tổng hợp, báo cáo kết quả thực hiện Kế hoạch với Ban Thường vụ Huyện ủy trước ngày "
    "15/12/2026."
)
c("T/M BAN THƯỜNG VỤ\nPHÓ BÍ THƯ THƯỜNG TRỰC")

doc.save(out_path(__file__, "ke-hoach/ke-hoach-hoc-tap-ly-luan-chinh-tri.docx"))
