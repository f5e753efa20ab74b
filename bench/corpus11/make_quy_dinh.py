"""Regulation (Số 15-QĐ/TU) of the Tỉnh ủy Quảng Vân on rewards within the party as .docx: letterhead table,
Chương / Điều / khoản / điểm, a 3-column table of bonus amounts, a footnote-like paragraph ("¹ Theo Quy định số …")
at the bottom of an article and a manual page break (a run with a page break) before Chương IV.

usage: /work/main/.venv/bin/python bench/corpus11/make_quy_dinh.py   (CORPUS11_OUT=DIR writes elsewhere)
"""

import sys
from pathlib import Path

from docx.enum.text import WD_BREAK
from docx.shared import Pt

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from corpus_files import EDITORIAL_NOTE, LetterheadDocx, out_path

doc = LetterheadDocx(
    "ĐẢNG BỘ TỈNH QUẢNG VÂN\nTỈNH ỦY\n*\nSố 15-QĐ/TU",
    "ĐẢNG CỘNG SẢN VIỆT NAM\nQuảng Vân, ngày 12 tháng 3 năm 2025",
)
d, c, b, para = doc.document, doc.c, doc.b, doc.para

c("QUY ĐỊNH")
c("về công tác khen thưởng tổ chức đảng và đảng viên trong Đảng bộ tỉnh")
c(EDITORIAL_NOTE, bold=False)
para(
    "Căn cứ Điều lệ Đảng và các quy định, hướng dẫn của Trung ương về công tác khen thưởng; theo đề nghị của Ban "
    "Tổ chức Tỉnh ủy, Ban Thường vụ Tỉnh ủy Quảng Vân quy định như sau:"
)

c("Chương I")
c("QUY ĐỊNH CHUNG")
b("Điều 1. Phạm vi điều chỉnh và đối tượng áp dụng")
para(
    "1. Quy định này quy định hình thức, tiêu chuẩn, thẩm quyền, tỷ lệ, hồ sơ, thời hạn, mức tiền thưởng và việc "
    "thu hồi khen thưởng đối với tổ chức đảng và đảng viên trong Đảng bộ tỉnh Quảng Vân."
)
para(
    "2. Việc tặng Huy hiệu Đảng, khen thưởng theo Luật Thi đua, khen thưởng của cơ quan nhà nước không thuộc phạm vi "
    "Quy định này."
)
b("Điều 2. Nguyên tắc khen thưởng")
para("1. Bảo đảm chính xác, công khai, công bằng, kịp thời; khen đúng người, đúng thành tích.")
para("2. Mỗi thành tích chỉ được khen thưởng một lần, bằng một hình thức phù hợp.")
para(
    "3. Không xét khen thưởng đảng viên đang bị xem xét kỷ luật, đang có đơn tố cáo chưa được kết luận hoặc chưa hết "
    "thời hạn chịu kỷ luật."
)

c("Chương II")
c("HÌNH THỨC VÀ TIÊU CHUẨN KHEN THƯỞNG")
b("Điều 3. Hình thức khen thưởng")
para("Khen thưởng trong Đảng bộ tỉnh có ba hình thức:")
para("a) Giấy khen của ban thường vụ đảng ủy xã, phường, đặc khu và đảng ủy trực thuộc Tỉnh ủy;")
para("b) Bằng khen của Ban Thường vụ Tỉnh ủy;")
para("c) Cờ thi đua của Ban Chấp hành Đảng bộ tỉnh, chỉ tặng cho tổ chức đảng.")
b("Điều 4. Tiêu chuẩn khen thưởng tổ chức đảng")
para(
    "1. Giấy khen tặng chi bộ, đảng bộ cơ sở có 02 năm liên tục được xếp loại hoàn thành xuất sắc nhiệm vụ, nội bộ "
    "đoàn kết, không có đảng viên bị kỷ luật từ cảnh cáo trở lên."
)
para(
    "2. Bằng khen tặng tổ chức cơ sở đảng có 05 năm liên tục hoàn thành xuất sắc nhiệm vụ và được công nhận là tổ "
    "chức cơ sở đảng tiêu biểu¹."
)
para(
    "3. Cờ thi đua tặng đảng bộ trực thuộc Tỉnh ủy dẫn đầu phong trào thi đua của tỉnh trong năm, có ít nhất 80% "
    "tổ chức cơ sở đảng trực thuộc hoàn thành tốt nhiệm vụ trở lên."
)
para("¹ Theo Quy định số 27-QĐ/TU ngày 14/8/2023 của Ban Thường vụ Tỉnh ủy về tiêu chí tổ chức cơ sở đảng tiêu biểu.")
b("Điều 5. Tiêu chuẩn khen thưởng đảng viên")
para("1. Giấy khen tặng đảng viên có 03 năm liên tục hoàn thành xuất sắc nhiệm vụ, gương mẫu nơi cư trú.")
para(
    "2. Bằng khen tặng đảng viên có 05 năm liên tục hoàn thành xuất sắc nhiệm vụ, trong đó có ít nhất một sáng kiến "
    "hoặc công trình được cấp có thẩm quyền công nhận."
)
para(
    "3. Đảng viên có hành động dũng cảm cứu người, cứu tài sản hoặc phát hiện, tố giác hành vi tham nhũng được xét "
    "khen thưởng đột xuất, không phụ thuộc số năm hoàn thành xuất sắc nhiệm vụ."
)

c("Chương III")
c("THẨM QUYỀN, TỶ LỆ, HỒ SƠ VÀ THỜI HẠN")
b("Điều 6. Thẩm quyền quyết định khen thưởng")
para(
    "1. Ban thường vụ đảng ủy xã, phường, đặc khu và ban thường vụ đảng ủy trực thuộc Tỉnh ủy quyết định tặng Giấy "
    "khen."
)
para("2. Ban Thường vụ Tỉnh ủy quyết định tặng Bằng khen và quyết định khen thưởng đột xuất.")
para("3. Ban Thường vụ Tỉnh ủy thay mặt Ban Chấp hành Đảng bộ tỉnh quyết định tặng Cờ thi đua.")
para(
    "4. Ban Tổ chức Tỉnh ủy là cơ quan thường trực, thẩm định hồ sơ đề nghị khen thưởng; Ủy ban Kiểm tra Tỉnh ủy "
    "cho ý kiến về việc chấp hành kỷ luật của tổ chức đảng và đảng viên được đề nghị."
)
b("Điều 7. Tỷ lệ khen thưởng")
para("1. Giấy khen tặng tổ chức đảng không quá 20% số tổ chức đảng hoàn thành xuất sắc nhiệm vụ trong năm.")
para("2. Giấy khen tặng đảng viên không quá 10% số đảng viên hoàn thành xuất sắc nhiệm vụ trong năm.")
para(
    "3. Bằng khen của Ban Thường vụ Tỉnh ủy mỗi năm không quá 15 tổ chức cơ sở đảng và 60 đảng viên trong toàn "
    "Đảng bộ tỉnh; Cờ thi đua mỗi năm không quá 03 đảng bộ."
)
para("4. Khen thưởng đột xuất không tính vào tỷ lệ quy định tại khoản 1, 2 và 3 Điều này.")
b("Điều 8. Hồ sơ và thời hạn đề nghị")
para(
    "1. Hồ sơ gồm: tờ trình của cấp ủy đề nghị; biên bản họp xét; báo cáo thành tích có xác nhận của cấp ủy cấp "
    "trên trực tiếp; ý kiến của ủy ban kiểm tra cùng cấp."
)
para("2. Chi bộ, đảng bộ cơ sở gửi hồ sơ đề nghị lên đảng ủy cấp trên trực tiếp trước ngày 15 tháng 01 hằng năm.")
para(
    "3. Đảng ủy xã, phường, đặc khu và đảng ủy trực thuộc gửi hồ sơ đề nghị Bằng khen, Cờ thi đua về Ban Tổ chức "
    "Tỉnh ủy trước ngày 31 tháng 01 hằng năm để trao vào dịp kỷ niệm Ngày thành lập Đảng 03/02."
)
para("4. Hồ sơ khen thưởng đột xuất được xét trong 10 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ.")
para("5. Hồ sơ gửi sau thời hạn không được xét trong năm đó, chuyển sang đợt xét của năm sau.")

p = d.add_paragraph()
p.add_run().add_break(WD_BREAK.PAGE)
p.add_run("Chương IV").bold = True
c("MỨC TIỀN THƯỞNG VÀ KINH PHÍ")
b("Điều 9. Mức tiền thưởng")
para("1. Kèm theo hình thức khen thưởng, tổ chức đảng và đảng viên được thưởng tiền theo mức sau:")
rows = [
    ("Hình thức khen thưởng", "Tổ chức đảng", "Đảng viên"),
    ("Giấy khen của ban thường vụ đảng ủy", "1.500.000 đồng mỗi tổ chức đảng", "600.000 đồng mỗi đảng viên"),
    ("Bằng khen của Ban Thường vụ Tỉnh ủy", "4.000.000 đồng mỗi tổ chức đảng", "1.500.000 đồng mỗi đảng viên"),
    ("Cờ thi đua của Ban Chấp hành Đảng bộ tỉnh", "12.000.000 đồng mỗi đảng bộ", "Không áp dụng"),
    ("Bằng khen đột xuất", "Không áp dụng", "2.000.000 đồng mỗi đảng viên"),
]
table = d.add_table(rows=len(rows), cols=3)
table.style = "Table Grid"
for r, values in enumerate(rows):
    for col, value in enumerate(values):
        cell = table.cell(r, col)
        cell.text = value
        if r == 0:
            cell.paragraphs[0].runs[0].bold = True
para("2. Một thành tích được nhiều hình thức khen thưởng thì chỉ nhận tiền thưởng theo mức của hình thức cao nhất.")
para(
    "3. Tiền thưởng chi từ kinh phí hoạt động của cấp ủy ra quyết định khen thưởng và được trao cùng hiện vật, "
    "chậm nhất 30 ngày kể từ ngày ký quyết định."
)

c("Chương V")
c("THU HỒI KHEN THƯỞNG VÀ TỔ CHỨC THỰC HIỆN")
b("Điều 10. Thu hồi khen thưởng")
para("1. Quyết định khen thưởng bị thu hồi trong các trường hợp:")
para("a) Khai man, giả mạo thành tích hoặc hồ sơ đề nghị khen thưởng;")
para("b) Phát hiện vi phạm xảy ra trong thời gian được đề nghị khen thưởng đến mức phải thi hành kỷ luật.")
para("2. Cấp nào quyết định khen thưởng thì cấp đó quyết định thu hồi.")
para(
    "3. Tổ chức đảng, đảng viên bị thu hồi khen thưởng phải nộp lại hiện vật và tiền thưởng trong 30 ngày kể từ ngày "
    "nhận quyết định thu hồi; người khai man thành tích không được đề nghị khen thưởng trong 02 năm tiếp theo."
)
b("Điều 11. Hiệu lực thi hành")
para(
    "Quy định này có hiệu lực từ ngày ký, thay thế Quy định số 09-QĐ/TU ngày 20/4/2019. Ban Tổ chức Tỉnh ủy chủ trì "
    "hướng dẫn, theo dõi việc thực hiện, sơ kết sau 03 năm."
)
b("T/M TỈNH ỦY\nBÍ THƯ")
last = para("Nơi nhận: các đảng ủy trực thuộc; các ban đảng, Văn phòng Tỉnh ủy; lưu Văn phòng Tỉnh ủy.")
last.runs[0].font.size = Pt(9)

doc.save(out_path(__file__, "quy-dinh/quy-dinh-cong-tac-khen-thuong-trong-dang.docx"))
