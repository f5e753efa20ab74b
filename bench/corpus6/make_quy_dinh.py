"""Regulation on awarding the Party membership badge (Huy hiệu Đảng) in Đảng bộ tỉnh Lam Giang as .docx: letterhead
table, title block, Chương I–V with Điều 1–14, khoản and điểm, a table of the accompanying money, Shift+Enter line
breaks (title block, Điều 12) and tabs in the text.

usage: /work/main/.venv/bin/python bench/corpus6/make_quy_dinh.py   (CORPUS6_OUT=DIR writes elsewhere)
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from corpus_files import EDITORIAL_NOTE, LetterheadDocx, out_path

doc = LetterheadDocx(
    "TỈNH ỦY LAM GIANG\n*\nSố 25-QĐ/TU", "ĐẢNG CỘNG SẢN VIỆT NAM\nLam Giang, ngày 10 tháng 01 năm 2025"
)
d, c, b, para = doc.document, doc.c, doc.b, doc.para

# Title block: "QUY ĐỊNH" and its subject separated by a Shift+Enter line break inside one paragraph.
p = c("QUY ĐỊNH")
p.runs[0].add_break()
r = p.add_run("về xét tặng Huy hiệu Đảng trong Đảng bộ tỉnh Lam Giang")
r.bold = True
c(EDITORIAL_NOTE, bold=False)
para(
    "- Căn cứ Điều lệ Đảng;\n- Căn cứ Quy chế làm việc của Ban Chấp hành Đảng bộ tỉnh khóa XVII, nhiệm kỳ 2020 – 2025;"
)
para(
    "Ban Thường vụ Tỉnh ủy quy định về tiêu chuẩn, thời điểm, hồ sơ, thủ tục, thẩm quyền xét tặng Huy hiệu Đảng và "
    "chế độ kèm theo đối với đảng viên trong Đảng bộ tỉnh như sau:"
)

c("Chương I")
c("NHỮNG QUY ĐỊNH CHUNG")
b("Điều 1. Phạm vi điều chỉnh, đối tượng áp dụng")
para(
    "1. Quy định này quy định việc xét tặng, truy tặng, trao tặng, thu hồi Huy hiệu Đảng và tiền thưởng kèm theo "
    "Huy hiệu Đảng."
)
para(
    "2. Quy định áp dụng đối với đảng viên chính thức đang sinh hoạt tại các tổ chức đảng trực thuộc Đảng bộ tỉnh, "
    "kể cả đảng viên được miễn công tác và sinh hoạt đảng, đảng viên đã từ trần."
)

b("Điều 2. Nguyên tắc xét tặng")
para(
    "1. Huy hiệu Đảng là phần thưởng cao quý của Đảng, ghi nhận quá trình cống hiến lâu dài của đảng viên; việc xét "
    "tặng phải đúng tiêu chuẩn, công khai, kịp thời, không để sót người đủ điều kiện."
)
para("2. Mỗi mốc tuổi đảng chỉ được tặng một lần Huy hiệu tương ứng với mốc đó.")
para(
    "3. Đảng viên đã đủ tuổi đảng của nhiều mốc mà chưa được xét tặng thì chỉ được tặng Huy hiệu của mốc cao nhất "
    "và hưởng tiền thưởng của mốc cao nhất đó."
)

c("Chương II")
c("TIÊU CHUẨN VÀ CÁCH TÍNH TUỔI ĐẢNG")
b("Điều 3. Các mốc Huy hiệu Đảng và tiêu chuẩn")
para(
    "1. Huy hiệu Đảng gồm các mốc 30 năm, 40 năm, 45 năm, 50 năm, 55 năm, 60 năm, 65 năm, 70 năm, 75 năm, 80 năm, "
    "85 năm và 90 năm tuổi đảng."
)
para(
    "2. Đảng viên có đủ tuổi đảng theo từng mốc tính đến ngày trao tặng, chấp hành nghiêm Điều lệ Đảng và không "
    "thuộc các trường hợp quy định tại Điều 10, Điều 11 thì được xét tặng Huy hiệu Đảng."
)
para(
    "3. Đảng viên bị bệnh hiểm nghèo hoặc từ đủ 85 tuổi đời trở lên mà tuổi đảng còn thiếu không quá 6 tháng so với "
    "mốc thì được xét tặng sớm, không phải chờ đủ tuổi đảng."
)

b("Điều 4. Cách tính tuổi đảng để xét tặng")
para(
    "1. Tuổi đảng được tính từ ngày ghi trong quyết định kết nạp đến ngày trao tặng Huy hiệu của đợt xét, trừ thời "
    "gian không tham gia sinh hoạt đảng."
)
para("2. Thời gian không được tính tuổi đảng gồm:")
para("a) thời gian bị khai trừ, bị xóa tên hoặc được cho ra khỏi Đảng cho đến khi được kết nạp lại;")
para("b) thời gian tự ý bỏ sinh hoạt đảng, không liên lạc với chi bộ đã được tổ chức đảng kết luận;")
para("c) thời gian bị đình chỉ sinh hoạt đảng mà sau đó bị kỷ luật khai trừ hoặc bị xử lý hình sự.")
para(
    "3. Đảng viên được kết nạp lại thì tuổi đảng tính từ ngày kết nạp lần đầu, trừ khoảng thời gian gián đoạn giữa "
    "hai lần kết nạp."
)
para(
    "4. Đảng viên bị kỷ luật oan, sai đã được phục hồi đảng tịch thì thời gian bị khai trừ vẫn được tính vào tuổi đảng."
)
para("5. Tuổi đảng tính theo tháng; số ngày lẻ từ 15 ngày trở lên được tính đủ một tháng, dưới 15 ngày thì không tính.")

b("Điều 5. Truy tặng Huy hiệu Đảng")
para(
    "1. Đảng viên đã đủ tuổi đảng theo mốc nhưng từ trần trước khi được trao Huy hiệu thì được xét truy tặng; đảng "
    "viên từ trần khi tuổi đảng còn thiếu không quá 6 tháng cũng được truy tặng."
)
para(
    "2. Gia đình đảng viên hoặc chi bộ đề nghị truy tặng trong thời hạn 12 tháng kể từ ngày đảng viên từ trần; quá "
    "thời hạn này thì không xem xét truy tặng."
)
para(
    "3. Huy hiệu truy tặng và tiền thưởng kèm theo được trao cho vợ (chồng), con hoặc người đại diện hợp pháp của gia "
    "đình đảng viên."
)

c("Chương III")
c("THỜI ĐIỂM, HỒ SƠ, THỦ TỤC XÉT TẶNG")
b("Điều 6. Thời điểm xét và trao tặng")
para("1. Huy hiệu Đảng được xét và trao tặng mỗi năm bốn đợt vào các ngày kỷ niệm:")
para("a) ngày 03 tháng 02, kỷ niệm ngày thành lập Đảng Cộng sản Việt Nam;")
para("b) ngày 19 tháng 5, kỷ niệm ngày sinh Chủ tịch Hồ Chí Minh;")
para("c) ngày 02 tháng 9, kỷ niệm Quốc khánh nước Cộng hòa xã hội chủ nghĩa Việt Nam;")
para("d) ngày 07 tháng 11, kỷ niệm Cách mạng Tháng Mười Nga.")
para(
    "2. Đảng viên đủ tuổi đảng vào khoảng giữa hai đợt thì được xét tặng ở đợt liền sau ngày đủ tuổi đảng; trường hợp "
    "xét tặng sớm theo khoản 3 Điều 3 thì trao ngay khi có quyết định, không chờ đến đợt."
)

b("Điều 7. Hồ sơ đề nghị xét tặng")
para("1. Hồ sơ do đảng ủy cơ sở lập, gồm:")
para("a) tờ trình đề nghị xét tặng Huy hiệu Đảng của đảng ủy cơ sở;")
para(
    "b) danh sách trích ngang đảng viên đề nghị xét tặng theo mẫu HH-01 (họ tên, ngày sinh, ngày vào Đảng, ngày "
    "chính thức, thời gian gián đoạn nếu có);"
)
para("c) bản sao quyết định kết nạp đảng viên hoặc bản sao phiếu đảng viên có xác nhận của cấp ủy cơ sở;")
para(
    "d) văn bản xác nhận thời gian gián đoạn sinh hoạt đảng (nếu có); với trường hợp truy tặng có thêm bản sao giấy "
    "chứng tử và đơn đề nghị của gia đình."
)
para(
    "2. Hồ sơ gửi Ban Tổ chức Tỉnh ủy chậm nhất 45 ngày trước ngày trao tặng của mỗi đợt; hồ sơ gửi muộn được "
    "chuyển sang xét ở đợt sau."
)

b("Điều 8. Quy trình và thẩm quyền quyết định")
para(
    "1. Chi ủy rà soát, lập danh sách đảng viên đến mốc tuổi đảng, báo cáo chi bộ thông qua rồi đề nghị đảng ủy cơ sở "
    "trước ngày trao tặng ít nhất 60 ngày."
)
para("2. Đảng ủy cơ sở thẩm định, hoàn chỉnh hồ sơ, gửi Ban Tổ chức Tỉnh ủy.")
para("3. Ban Tổ chức Tỉnh ủy thẩm định tuổi đảng, đối chiếu cơ sở dữ liệu đảng viên, trình Ban Thường vụ Tỉnh ủy.")
para(
    "4. Ban Thường vụ Tỉnh ủy quyết định tặng, truy tặng Huy hiệu Đảng các mốc; Thường trực Tỉnh ủy quyết định thay "
    "trong trường hợp xét tặng sớm cần giải quyết gấp, sau đó báo cáo Ban Thường vụ tại phiên họp gần nhất."
)

b("Điều 9. Tổ chức lễ trao tặng")
para(
    "1. Lễ trao tặng được tổ chức trang trọng, tiết kiệm tại đảng bộ, chi bộ cơ sở, có thể kết hợp với buổi kỷ niệm "
    "ngày lễ của đợt trao; thời hạn trao không quá 30 ngày kể từ ngày có quyết định."
)
para("2. Người trao Huy hiệu được phân công như sau:")
para("a) Huy hiệu từ 30 năm đến 45 năm tuổi đảng: bí thư hoặc phó bí thư đảng ủy cơ sở trao;")
para("b) Huy hiệu từ 50 năm đến 65 năm tuổi đảng: đồng chí lãnh đạo đảng ủy cấp trên trực tiếp trao;")
para("c) Huy hiệu từ 70 năm tuổi đảng trở lên: đồng chí Ủy viên Ban Thường vụ Tỉnh ủy trao.")
para(
    "3. Đảng viên tuổi cao, ốm đau không thể đến dự lễ thì đại diện cấp ủy đến trao tại nhà riêng hoặc nơi đảng "
    "viên đang điều trị."
)

c("Chương IV")
c("CHƯA XÉT TẶNG, KHÔNG XÉT TẶNG VÀ THU HỒI")
b("Điều 10. Các trường hợp chưa xét tặng")
para("1. Chưa xét tặng Huy hiệu Đảng đối với đảng viên:")
para("a) đang bị cơ quan có thẩm quyền điều tra, truy tố, xét xử;")
para("b) đang bị tổ chức đảng kiểm tra khi có dấu hiệu vi phạm hoặc đang bị xem xét kỷ luật;")
para("c) bị kỷ luật khiển trách, cảnh cáo, cách chức mà chưa đủ 12 tháng kể từ ngày có quyết định kỷ luật;")
para("d) đang bị đình chỉ sinh hoạt đảng.")
para(
    "2. Khi các lý do nêu tại khoản 1 không còn, chi ủy đề nghị xét tặng ở đợt gần nhất; tuổi đảng vẫn tính theo "
    "Điều 4, không bị trừ thời gian chờ xét."
)

b("Điều 11. Các trường hợp không xét tặng")
para("1. Đảng viên đã bị khai trừ, xóa tên, cho ra khỏi Đảng mà chưa được kết nạp lại.")
para("2. Đảng viên khai man tuổi đảng, lý lịch hoặc làm giả giấy tờ để được xét tặng.")
para("3. Đảng viên đã từ trần quá 12 tháng mà gia đình, chi bộ không đề nghị truy tặng theo khoản 2 Điều 5.")

b("Điều 12. Thu hồi và cấp lại Huy hiệu")
para(
    "1. Huy hiệu Đảng đã trao bị thu hồi khi phát hiện việc xét tặng sai tiêu chuẩn, khai man hồ sơ; cấp nào quyết "
    "định tặng thì cấp đó quyết định thu hồi, kèm theo thu hồi tiền thưởng đã nhận."
)
para(
    "2. Đảng viên bị khai trừ sau khi được tặng Huy hiệu thì Huy hiệu, Giấy chứng nhận bị thu hồi; không thu hồi "
    "tiền thưởng đã nhận trước đó."
)
p = d.add_paragraph(
    "3. Huy hiệu, Giấy chứng nhận bị mất hoặc hư hỏng do thiên tai, hỏa hoạn thì đảng viên làm đơn có xác nhận "
    "của chi ủy để được cấp lại một lần."
)
p.add_run().add_break()
p.add_run("Việc cấp lại không kèm tiền thưởng;\tđảng viên không phải nộp chi phí làm lại Huy hiệu.")

c("Chương V")
c("CHẾ ĐỘ KÈM THEO VÀ TỔ CHỨC THỰC HIỆN")
b("Điều 13. Tặng phẩm và tiền thưởng kèm theo Huy hiệu")
para(
    "1. Kèm theo Huy hiệu Đảng có Giấy chứng nhận, hộp đựng và khung Giấy chứng nhận do Văn phòng Tỉnh ủy in, cấp phát."
)
para("2. Tiền thưởng kèm theo Huy hiệu Đảng được chi theo mức sau:")
rows = [
    ("Mốc Huy hiệu", "Tiền thưởng", "Viết bằng chữ"),
    ("30 năm tuổi đảng", "2.400.000 đồng", "Hai triệu bốn trăm nghìn đồng"),
    ("40 năm tuổi đảng", "3.600.000 đồng", "Ba triệu sáu trăm nghìn đồng"),
    ("45 năm tuổi đảng", "4.200.000 đồng", "Bốn triệu hai trăm nghìn đồng"),
    ("50 năm tuổi đảng", "5.400.000 đồng", "Năm triệu bốn trăm nghìn đồng"),
    ("55 năm và 60 năm tuổi đảng", "7.200.000 đồng", "Bảy triệu hai trăm nghìn đồng"),
    ("65 năm tuổi đảng trở lên", "9.000.000 đồng", "Chín triệu đồng chẵn"),
]
table = d.add_table(rows=len(rows), cols=3)
for i, row in enumerate(rows):
    for j, text in enumerate(row):
        table.cell(i, j).text = text
para(
    "3. Ngoài tiền thưởng, đảng ủy cơ sở được chi quà tặng bằng hiện vật trị giá không quá 500.000 đồng cho mỗi đảng "
    "viên nhận Huy hiệu, chi từ kinh phí hoạt động của đảng ủy cơ sở."
)
para(
    "4. Tiền thưởng chi từ ngân sách đảng của Tỉnh ủy, do Văn phòng Tỉnh ủy cấp về đảng ủy cơ sở cùng với quyết "
    "định tặng Huy hiệu; nghiêm cấm khấu trừ, giữ lại tiền thưởng dưới bất kỳ hình thức nào."
)

b("Điều 14. Trách nhiệm thi hành")
para(
    "1. Chi ủy theo dõi tuổi đảng của từng đảng viên, lập danh sách đảng viên sắp đến mốc trước 6 tháng để chuẩn "
    "bị hồ sơ; không để đảng viên đủ tiêu chuẩn phải tự đề nghị."
)
para("2. Đảng ủy cơ sở chịu trách nhiệm về tính chính xác của hồ sơ, tuổi đảng của đảng viên được đề nghị.")
para(
    "3. Ban Tổ chức Tỉnh ủy hướng dẫn, thẩm định, cập nhật kết quả vào cơ sở dữ liệu đảng viên; Văn phòng Tỉnh ủy "
    "bảo đảm kinh phí, Huy hiệu và Giấy chứng nhận."
)
para(
    "4. Quy định này có hiệu lực kể từ ngày ký, thay thế Quy định số 11-QĐ/TU ngày 25/4/2019 của Ban Thường vụ Tỉnh "
    "ủy; quá trình thực hiện có vướng mắc báo cáo Ban Thường vụ Tỉnh ủy (qua Ban Tổ chức Tỉnh ủy)."
)
p = d.add_paragraph()
p.add_run("Nơi nhận:\t\tT/M BAN THƯỜNG VỤ").bold = True
p = d.add_paragraph("- Các đảng ủy trực thuộc Tỉnh ủy,\n- Các ban đảng, Văn phòng Tỉnh ủy,\n- Lưu Văn phòng Tỉnh ủy.")

d.save(out_path(__file__, "quy-dinh/quy-dinh-huy-hieu-dang.docx"))
