"""Regulation of the Tỉnh ủy Bình Lâm on issuing, managing, reissuing and revoking party cards (thẻ đảng viên) and on
party member records (hồ sơ đảng viên) as .docx: letterhead table, title block, Chương I–IV with Điều 1–15, khoản
and điểm a) b) c), a 3-column table of forms and who keeps them, Shift+Enter line breaks (title block, Điều 7) and a
tab in the text.

usage: /work/main/.venv/bin/python bench/corpus7/make_quy_dinh.py   (CORPUS7_OUT=DIR writes elsewhere)
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from corpus_files import EDITORIAL_NOTE, LetterheadDocx, out_path

doc = LetterheadDocx("TỈNH ỦY BÌNH LÂM\n*\nSố 18-QĐ/TU", "ĐẢNG CỘNG SẢN VIỆT NAM\nBình Lâm, ngày 14 tháng 02 năm 2025")
d, c, b, para = doc.document, doc.c, doc.b, doc.para

# Title block: "QUY ĐỊNH" and its subject separated by a Shift+Enter line break inside one paragraph.
p = c("QUY ĐỊNH")
p.runs[0].add_break()
r = p.add_run("về cấp, quản lý thẻ đảng viên và quản lý hồ sơ đảng viên trong Đảng bộ tỉnh Bình Lâm")
r.bold = True
c(EDITORIAL_NOTE, bold=False)
para(
    "- Căn cứ Điều lệ Đảng;\n- Căn cứ Quy chế làm việc của Ban Chấp hành Đảng bộ tỉnh khóa XVIII, nhiệm kỳ 2020 – 2025;"
)
para("Ban Thường vụ Tỉnh ủy quy định về thẻ đảng viên và hồ sơ đảng viên trong Đảng bộ tỉnh như sau:")

c("Chương I")
c("NHỮNG QUY ĐỊNH CHUNG")
b("Điều 1. Phạm vi điều chỉnh, đối tượng áp dụng")
para(
    "Quy định này áp dụng đối với các tổ chức đảng và đảng viên thuộc Đảng bộ tỉnh, kể cả đảng viên được miễn công "
    "tác, sinh hoạt đảng."
)

b("Điều 2. Nguyên tắc quản lý")
para(
    "1. Thẻ đảng viên là giấy chứng nhận người có thẻ là đảng viên chính thức của Đảng Cộng sản Việt Nam; mỗi đảng "
    "viên chỉ có một thẻ với một số thẻ duy nhất, không thay đổi trong suốt thời gian là đảng viên."
)
para(
    "2. Hồ sơ đảng viên là tài liệu quan trọng của Đảng, được quản lý theo chế độ tài liệu mật; cấp ủy nào quản lý "
    "đảng viên thì cấp ủy đó quản lý hồ sơ đảng viên."
)

c("Chương II")
c("CẤP, SỬ DỤNG, CẤP LẠI VÀ THU HỒI THẺ ĐẢNG VIÊN")
b("Điều 3. Đối tượng và thời điểm được cấp thẻ")
para(
    "1. Thẻ đảng viên được cấp cho đảng viên đã có quyết định công nhận đảng viên chính thức; đảng viên dự bị chưa "
    "được cấp thẻ."
)
para(
    "2. Chậm nhất 90 ngày kể từ ngày có quyết định công nhận đảng viên chính thức, đảng ủy cơ sở phải hoàn thành "
    "thủ tục đề nghị cấp thẻ cho đảng viên."
)
para("3. Thẻ đảng viên được phát mỗi năm bốn đợt, vào dịp:")
para("a) ngày 03 tháng 02, kỷ niệm ngày thành lập Đảng;")
para("b) ngày 19 tháng 5, kỷ niệm ngày sinh Chủ tịch Hồ Chí Minh;")
para("c) ngày 02 tháng 9, Quốc khánh;")
para("d) ngày 22 tháng 12, ngày thành lập Đảng bộ tỉnh Bình Lâm.")
para(
    "4. Đảng viên được công nhận chính thức nhưng đang bị đình chỉ sinh hoạt đảng hoặc đang bị xem xét kỷ luật thì "
    "chưa đề nghị cấp thẻ cho đến khi có kết luận."
)

b("Điều 4. Hồ sơ và quy trình đề nghị cấp thẻ")
para(
    "1. Chi ủy lập danh sách đảng viên đề nghị cấp thẻ, kèm theo 02 ảnh chân dung cỡ 2 x 3 cm của mỗi đảng viên, "
    "chụp không quá 6 tháng, gửi đảng ủy cơ sở."
)
para(
    "2. Đảng ủy cơ sở kiểm tra, lập danh sách theo mẫu TĐV-01, gửi ban tổ chức cấp ủy cấp trên trực tiếp trong thời "
    "hạn 15 ngày làm việc kể từ ngày nhận danh sách của chi ủy."
)
para(
    "3. Ban tổ chức cấp ủy cấp trên trực tiếp thẩm định, đối chiếu cơ sở dữ liệu đảng viên, trình ban thường vụ cấp "
    "ủy cùng cấp xét duyệt; ban thường vụ cấp ủy cấp trên trực tiếp của tổ chức cơ sở đảng quyết định cấp thẻ."
)
para(
    "4. Ban Tổ chức Tỉnh ủy in thẻ, ghi số thẻ và chuyển về cấp ủy cấp trên trực tiếp của tổ chức cơ sở đảng chậm "
    "nhất 20 ngày trước ngày phát thẻ của mỗi đợt."
)

b("Điều 5. Tổ chức phát thẻ")
para(
    "1. Lễ phát thẻ được tổ chức trang trọng tại đảng bộ, chi bộ cơ sở, có thể kết hợp với kỳ sinh hoạt chi bộ "
    "hoặc lễ kỷ niệm của đợt phát thẻ; chậm nhất 30 ngày kể từ ngày nhận thẻ phải phát đến đảng viên."
)
para(
    "2. Đồng chí bí thư hoặc phó bí thư cấp ủy cấp trên trực tiếp của tổ chức cơ sở đảng trao thẻ; trường hợp vắng "
    "thì ủy quyền cho bí thư đảng ủy cơ sở trao."
)
para("3. Đảng viên nhận thẻ ký nhận vào sổ phát thẻ đảng viên (mẫu TĐV-02) do đảng ủy cơ sở giữ.")

b("Điều 6. Sử dụng và bảo quản thẻ")
para("1. Đảng viên sử dụng thẻ trong các trường hợp sau:")
para("a) biểu quyết bằng giơ thẻ tại đại hội đảng, hội nghị đảng viên;")
para("b) xuất trình khi làm thủ tục chuyển sinh hoạt đảng hoặc khi liên hệ với tổ chức đảng nơi đến công tác;")
para("c) xuất trình khi tổ chức đảng có thẩm quyền yêu cầu kiểm tra thẻ.")
para(
    "2. Nghiêm cấm cho mượn, cầm cố, thế chấp thẻ đảng viên; không được tẩy xóa, ép lại, ghi thêm nội dung hoặc dùng "
    "thẻ để giải quyết việc riêng, thay cho giấy tờ tùy thân."
)

b("Điều 7. Cấp lại, đổi thẻ đảng viên")
p = d.add_paragraph(
    "1. Đảng viên làm mất thẻ phải báo cáo bằng văn bản với chi ủy trong thời hạn 10 ngày làm việc kể từ ngày phát "
    "hiện mất thẻ, nêu rõ thời gian, hoàn cảnh bị mất."
)
p.add_run().add_break()
p.add_run(
    "Chi bộ xem xét, nếu mất thẻ do thiếu trách nhiệm thì đảng viên phải kiểm điểm trước chi bộ;\tmất thẻ lần thứ hai "
    "do thiếu trách nhiệm thì sau 12 tháng mới xem xét cấp lại."
)
para(
    "2. Thẻ bị hư hỏng (rách, mờ ảnh, bong lớp ép) hoặc ghi sai họ tên, ngày sinh, ngày vào Đảng thì được đổi thẻ "
    "mới; đảng viên nộp lại thẻ cũ cho chi ủy."
)
para("3. Hồ sơ đề nghị cấp lại hoặc đổi thẻ gồm:")
para("a) đơn đề nghị cấp lại thẻ của đảng viên theo mẫu TĐV-03, có xác nhận của chi ủy;")
para("b) bản tự kiểm điểm của đảng viên, nếu thẻ bị mất;")
para("c) 02 ảnh chân dung như quy định tại khoản 1 Điều 4 và thẻ cũ, nếu là trường hợp đổi thẻ.")
para(
    "4. Thẻ cấp lại, đổi lại giữ nguyên số thẻ đã cấp; chậm nhất 60 ngày kể từ ngày nhận đủ hồ sơ, cấp ủy cấp trên "
    "trực tiếp của tổ chức cơ sở đảng phải cấp thẻ cho đảng viên, không chờ đến đợt phát thẻ."
)

b("Điều 8. Thu hồi, tạm giữ thẻ đảng viên")
para("1. Thu hồi thẻ đảng viên đối với đảng viên:")
para("a) bị kỷ luật khai trừ ra khỏi Đảng;")
para("b) bị xóa tên trong danh sách đảng viên;")
para("c) xin ra khỏi Đảng đã được cấp có thẩm quyền đồng ý.")
para(
    "2. Trong thời hạn 15 ngày làm việc kể từ ngày quyết định có hiệu lực, chi ủy thu hồi thẻ, lập biên bản theo "
    "mẫu TĐV-04 và nộp đảng ủy cơ sở; đảng ủy cơ sở nộp thẻ về ban tổ chức cấp ủy cấp trên trực tiếp để cắt hủy."
)
para(
    "3. Đảng viên bị đình chỉ sinh hoạt đảng thì chi ủy tạm giữ thẻ; hết thời hạn đình chỉ mà không bị kỷ luật khai "
    "trừ thì trả lại thẻ cho đảng viên."
)
para(
    "4. Thẻ của đảng viên đã từ trần được để lại cho gia đình lưu giữ; chi ủy ghi số thẻ vào biên bản báo cáo đảng ủy "
    "cơ sở để xóa tên trong cơ sở dữ liệu."
)

c("Chương III")
c("HỒ SƠ ĐẢNG VIÊN")
b("Điều 9. Thành phần hồ sơ đảng viên")
para("1. Hồ sơ ban đầu của đảng viên gồm:")
para("a) lý lịch của người xin vào Đảng và các bản thẩm tra lý lịch;")
para("b) đơn xin vào Đảng và giấy giới thiệu của người giới thiệu hoặc nghị quyết giới thiệu của đoàn thể;")
para("c) quyết định kết nạp và quyết định công nhận đảng viên chính thức;")
para("d) phiếu đảng viên (mẫu HSĐV-01) có dán ảnh, do đảng viên tự khai và cấp ủy cơ sở xác nhận.")
para(
    "2. Tài liệu bổ sung trong quá trình là đảng viên gồm phiếu bổ sung hồ sơ đảng viên hằng năm, quyết định khen "
    "thưởng, kỷ luật, bản nhận xét, đánh giá đảng viên và các quyết định điều động, bổ nhiệm."
)

b("Điều 10. Bổ sung hồ sơ hằng năm")
para(
    "1. Trong tháng 01 hằng năm, đảng viên tự khai phiếu bổ sung hồ sơ đảng viên theo mẫu HSĐV-02, ghi những thay "
    "đổi trong năm trước về chức vụ, trình độ, gia đình, nơi cư trú."
)
para(
    "2. Chi ủy kiểm tra, ký xác nhận và nộp đảng ủy cơ sở trước ngày 31 tháng 3; đảng ủy cơ sở đưa vào hồ sơ và cập "
    "nhật cơ sở dữ liệu đảng viên trước ngày 30 tháng 4."
)

b("Điều 11. Lưu giữ, bảo quản và khai thác hồ sơ")
para(
    "1. Hồ sơ đảng viên do đảng ủy cơ sở lưu giữ trong tủ có khóa; chi bộ "
    "trực thuộc không lưu giữ hồ sơ mà chỉ giữ sổ danh sách đảng viên."
)
para(
    "2. Đảng viên không được tự giữ hồ sơ của mình; việc nghiên cứu, khai thác hồ sơ phải được bí thư hoặc phó bí thư "
    "đảng ủy cơ sở đồng ý bằng văn bản, đọc tại chỗ và không mang hồ sơ ra khỏi nơi lưu giữ."
)
para(
    "3. Hồ sơ bị thất lạc, hư hỏng thì đảng ủy cơ sở báo cáo cấp ủy cấp trên trực tiếp; đảng viên khai lại lý lịch, "
    "phiếu đảng viên để lập lại hồ sơ trong thời hạn 60 ngày."
)

b("Điều 12. Chuyển hồ sơ khi chuyển sinh hoạt đảng")
para(
    "Khi đảng viên chuyển sinh hoạt đảng chính thức, đảng ủy cơ sở nơi đi kiểm tra hồ sơ, niêm phong và giao cho "
    "đảng viên tự mang đến nơi sinh hoạt mới cùng giấy giới thiệu sinh hoạt đảng; đảng viên không được tự ý bóc "
    "niêm phong."
)

b("Điều 13. Hồ sơ đảng viên đã từ trần hoặc ra khỏi Đảng")
para(
    "Hồ sơ của đảng viên đã từ trần, bị khai trừ, xóa tên hoặc xin ra khỏi Đảng được lưu tại đảng ủy cơ sở trong 05 "
    "năm, sau đó chuyển về ban tổ chức cấp ủy cấp trên trực tiếp để nộp lưu trữ theo quy định."
)

c("Chương IV")
c("MẪU BIỂU VÀ TỔ CHỨC THỰC HIỆN")
b("Điều 14. Mẫu biểu và nơi lưu giữ")
para("Các mẫu biểu dùng trong quản lý thẻ và hồ sơ đảng viên được lập và lưu giữ như sau:")
rows = [
    ("Ký hiệu mẫu", "Tên mẫu", "Nơi lưu giữ"),
    ("TĐV-01", "Danh sách đề nghị cấp thẻ đảng viên", "Đảng ủy cơ sở và ban tổ chức cấp ủy cấp trên trực tiếp"),
    ("TĐV-02", "Sổ phát thẻ đảng viên", "Văn phòng đảng ủy cơ sở, lưu giữ lâu dài"),
    ("TĐV-03", "Đơn đề nghị cấp lại, đổi thẻ đảng viên", "Ban tổ chức cấp ủy cấp trên trực tiếp"),
    ("TĐV-04", "Biên bản thu hồi thẻ đảng viên", "Chi ủy một bản, đảng ủy cơ sở một bản"),
    ("HSĐV-01", "Phiếu đảng viên", "Trong hồ sơ đảng viên, bản sao gửi Ban Tổ chức Tỉnh ủy"),
    ("HSĐV-02", "Phiếu bổ sung hồ sơ đảng viên", "Trong hồ sơ đảng viên tại đảng ủy cơ sở"),
    ("HSĐV-03", "Sổ danh sách đảng viên của chi bộ", "Bí thư chi bộ giữ, bàn giao khi thay bí thư"),
]
table = d.add_table(rows=len(rows), cols=3)
for i, row in enumerate(rows):
    for j, text in enumerate(row):
        table.cell(i, j).text = text

b("Điều 15. Trách nhiệm thi hành")
para("1. Chi ủy kiểm tra thẻ đảng viên ít nhất mỗi năm một lần, kết hợp với kỳ kiểm điểm cuối năm.")
para(
    "2. Đảng ủy cơ sở phân công một đồng chí cấp ủy viên phụ trách công tác đảng viên trực tiếp quản lý hồ sơ; khi "
    "thay đổi người phụ trách phải lập biên bản bàn giao hồ sơ, sổ sách."
)
para(
    "3. Quy định này có hiệu lực kể từ ngày ký, thay thế Quy định số 07-QĐ/TU ngày 19/3/2018 của Ban Thường vụ Tỉnh "
    "ủy; quá trình thực hiện có vướng mắc báo cáo Ban Thường vụ Tỉnh ủy (qua Ban Tổ chức Tỉnh ủy)."
)
p = d.add_paragraph()
p.add_run("Nơi nhận:\t\tT/M BAN THƯỜNG VỤ").bold = True
p = d.add_paragraph("- Các đảng ủy trực thuộc Tỉnh ủy,\n- Các ban đảng, Văn phòng Tỉnh ủy,\n- Lưu Văn phòng Tỉnh ủy.")

d.save(out_path(__file__, "quy-dinh/quy-dinh-quan-ly-the-dang-vien.docx"))
