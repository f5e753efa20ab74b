"""Regulation (Số 31-QĐ/TU) of the Ban Thường vụ Tỉnh ủy Vĩnh Lam on confidence votes (lấy phiếu tín nhiệm) for
posts elected by party bodies, as .docx: letterhead table, a page header and a page footer with text of their own
(which must stay out of the passages), Chương / Điều / khoản / điểm as separate paragraphs, a 3-column table of who
votes on which post, Shift+Enter line breaks inside the procedure steps, the rating levels and the "Nơi nhận" block.

usage: /work/main/.venv/bin/python bench/corpus13/make_quy_dinh.py   (CORPUS13_OUT=DIR writes elsewhere)
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from corpus_files import LetterheadDocx, out_path

NOTE = (
    "(Văn bản soạn cho bộ câu hỏi kiểm thử, theo văn phong văn bản thật; địa danh, nhân vật, số liệu là giả định, "
    "không phải nguyên văn chính thức)"
)

doc = LetterheadDocx(
    "ĐẢNG BỘ TỈNH VĨNH LAM\nBAN THƯỜNG VỤ TỈNH ỦY\n*\nSố 31-QĐ/TU",
    "ĐẢNG CỘNG SẢN VIỆT NAM\nVĩnh Lam, ngày 22 tháng 9 năm 2025",
)
d, c, b, para = doc.document, doc.c, doc.b, doc.para

section = d.sections[0]
section.header.paragraphs[
    0
].text = "Tỉnh ủy Vĩnh Lam - Quy định số 31-QĐ/TU về lấy phiếu tín nhiệm - Tài liệu lưu hành nội bộ"
section.footer.paragraphs[0].text = (
    "Văn phòng Tỉnh ủy Vĩnh Lam, số 08 đường Lê Thánh Tông, phường Lam Giang - ĐT 0239.3812.550 - Không sao chụp, "
    "đăng tải trên mạng xã hội"
)


c("QUY ĐỊNH")
c("về lấy phiếu tín nhiệm đối với các chức danh lãnh đạo do cấp ủy, tổ chức đảng bầu trong Đảng bộ tỉnh")
c(NOTE, bold=False)
para(
    "Căn cứ Điều lệ Đảng; căn cứ các quy định của Bộ Chính trị về lấy phiếu tín nhiệm đối với chức vụ lãnh đạo, "
    "quản lý trong hệ thống chính trị; căn cứ Quy chế làm việc của Ban Chấp hành Đảng bộ tỉnh khóa XVI; xét đề nghị "
    "của Ban Tổ chức Tỉnh ủy, Ban Thường vụ Tỉnh ủy Vĩnh Lam quy định như sau:"
)

c("Chương I")
c("QUY ĐỊNH CHUNG")
b("Điều 1. Phạm vi điều chỉnh")
para(
    "Quy định này quy định về đối tượng, thời điểm, người tham gia, nội dung, quy trình lấy phiếu tín nhiệm và việc sử "
    "dụng kết quả lấy phiếu tín nhiệm đối với các chức danh lãnh đạo do ban chấp hành, ban thường vụ cấp ủy, ủy ban "
    "kiểm tra các cấp trong Đảng bộ tỉnh Vĩnh Lam bầu."
)
b("Điều 2. Đối tượng được lấy phiếu tín nhiệm")
para("1. Ở cấp tỉnh:")
para("a) Bí thư, các Phó Bí thư Tỉnh ủy; các Ủy viên Ban Thường vụ Tỉnh ủy;")
para("b) Chủ nhiệm, các Phó Chủ nhiệm và các ủy viên chuyên trách Ủy ban Kiểm tra Tỉnh ủy.")
para("2. Ở các đảng bộ trực thuộc Tỉnh ủy (đảng bộ xã, phường, đặc khu và đảng bộ cấp trên cơ sở):")
para("a) Bí thư, Phó Bí thư, ủy viên ban thường vụ đảng ủy;")
para("b) Chủ nhiệm, Phó Chủ nhiệm ủy ban kiểm tra đảng ủy.")
para(
    "3. Bí thư, phó bí thư chi bộ cơ sở và chi bộ trực thuộc đảng ủy cơ sở không thuộc đối tượng lấy phiếu tín nhiệm "
    "theo Quy định này; việc đánh giá mức độ tín nhiệm đối với các chức danh đó thực hiện qua kiểm điểm, xếp loại "
    "chất lượng hằng năm."
)
b("Điều 3. Những trường hợp không lấy phiếu tín nhiệm")
para("1. Người đã có thông báo nghỉ hưu hoặc đã có quyết định nghỉ hưu tại thời điểm lấy phiếu.")
para(
    "2. Người giữ chức danh được bầu chưa đủ 09 tháng tính đến thời điểm lấy phiếu; nếu giữ nhiều chức danh thì chỉ "
    "lấy phiếu đối với chức danh giữ từ đủ 09 tháng trở lên."
)
para("3. Người đang điều trị bệnh nặng hoặc nghỉ ốm đau từ 06 tháng trở lên có xác nhận của cơ sở y tế có thẩm quyền.")
para(
    "4. Người đang bị thanh tra, kiểm tra, điều tra có dấu hiệu vi phạm hoặc đang trong thời gian xem xét, xử lý kỷ "
    "luật; việc lấy phiếu đối với những người này do Ban Thường vụ Tỉnh ủy xem xét sau khi có kết luận."
)
b("Điều 4. Mục đích và nguyên tắc")
para(
    "1. Lấy phiếu tín nhiệm nhằm đánh giá mức độ tín nhiệm đối với cán bộ, là một kênh thông tin tham khảo quan trọng "
    "để đánh giá cán bộ, làm căn cứ cho công tác quy hoạch, đào tạo, bố trí, sử dụng và giới thiệu tái cử."
)
para(
    "2. Bảo đảm nguyên tắc tập trung dân chủ, khách quan, công khai, minh bạch; mỗi người tham gia tự nghiên cứu, "
    "đánh giá và ghi phiếu; không vận động, tác động người khác lựa chọn mức tín nhiệm."
)
para(
    "3. Lấy phiếu bằng phiếu kín. Trên phiếu không ghi tên người tham gia lấy phiếu; không thu lại phiếu để đối "
    "chiếu chữ viết, không lấy phiếu qua thư điện tử hoặc phần mềm trực tuyến."
)

c("Chương II")
c("THỜI ĐIỂM, NGƯỜI THAM GIA VÀ NỘI DUNG LẤY PHIẾU")
b("Điều 5. Thời điểm lấy phiếu tín nhiệm")
para(
    "1. Việc lấy phiếu tín nhiệm được tiến hành một lần vào giữa nhiệm kỳ. Đối với nhiệm kỳ 2025 - 2030, thực hiện "
    "trong quý IV năm 2027 và hoàn thành trước ngày 15 tháng 12 năm 2027; kết hợp với hội nghị ban chấp hành hoặc "
    "hội nghị ban thường vụ thường lệ cuối năm."
)
para(
    "2. Không lấy phiếu tín nhiệm trong năm tổ chức đại hội đảng bộ các cấp; trường hợp đặc biệt do Ban Thường vụ "
    "Tỉnh ủy xem xét, quyết định."
)
para(
    "3. Khi có từ 20% trở lên số ủy viên ban chấp hành đảng bộ kiến nghị bằng văn bản, hoặc khi cấp ủy cấp trên "
    "yêu cầu, có thể lấy phiếu tín nhiệm bất thường đối với một chức danh; cấp có thẩm quyền quyết định trong 30 "
    "ngày kể từ ngày nhận kiến nghị."
)
b("Điều 6. Người tham gia lấy phiếu tín nhiệm")
para("Thành phần tham gia lấy phiếu đối với từng nhóm chức danh thực hiện theo bảng dưới đây:")
doc.table(
    [
        ["Chức danh được lấy phiếu", "Thành phần tham gia lấy phiếu", "Cơ quan tổ chức lấy phiếu"],
        [
            "Bí thư, Phó Bí thư, Ủy viên Ban Thường vụ Tỉnh ủy",
            "Ủy viên Ban Chấp hành Đảng bộ tỉnh đương nhiệm",
            "Ban Thường vụ Tỉnh ủy (Ban Tổ chức Tỉnh ủy giúp việc)",
        ],
        [
            "Chủ nhiệm, Phó Chủ nhiệm, ủy viên chuyên trách Ủy ban Kiểm tra Tỉnh ủy",
            "Ủy viên Ban Chấp hành Đảng bộ tỉnh và ủy viên Ủy ban Kiểm tra Tỉnh ủy",
            "Ban Thường vụ Tỉnh ủy",
        ],
        [
            "Bí thư, Phó Bí thư, ủy viên ban thường vụ đảng ủy xã, phường, đặc khu",
            "Ủy viên ban chấp hành đảng bộ và bí thư các chi bộ trực thuộc",
            "Ban thường vụ đảng ủy; Ban Tổ chức Tỉnh ủy giám sát",
        ],
        [
            "Chủ nhiệm, Phó Chủ nhiệm ủy ban kiểm tra đảng ủy xã, phường, đặc khu",
            "Ủy viên ban chấp hành đảng bộ và ủy viên ủy ban kiểm tra đảng ủy",
            "Ban thường vụ đảng ủy",
        ],
    ]
)
para(
    "Người tham gia lấy phiếu đồng thời là người được lấy phiếu vẫn được tham gia ghi phiếu đối với chính mình và "
    "những người khác trong danh sách."
)
b("Điều 7. Mức độ tín nhiệm và mẫu phiếu")
doc.broken(
    "1. Phiếu tín nhiệm ghi ba mức:",
    "- Tín nhiệm cao;",
    "- Tín nhiệm;",
    "- Tín nhiệm thấp.",
)
para(
    "2. Phiếu tín nhiệm in theo Mẫu số 01-PTN ban hành kèm theo Quy định này, có đóng dấu treo của cơ quan tổ chức "
    "lấy phiếu ở góc trên bên trái. Phiếu đánh dấu nhiều hơn một mức đối với một người, hoặc không đánh dấu mức nào "
    "đối với một người, thì không tính đối với người đó; phiếu không đóng dấu treo là phiếu không hợp lệ."
)
para(
    "3. Người tham gia lấy phiếu có thể ghi thêm ý kiến nhận xét vào mục dành riêng ở mặt sau phiếu; ý kiến này "
    "được tổng hợp, chuyển riêng cho Bí thư cấp ủy tổ chức lấy phiếu, không công bố tại hội nghị."
)
b("Điều 8. Tài liệu phục vụ lấy phiếu")
para(
    "1. Trước hội nghị, mỗi người được lấy phiếu tự viết báo cáo kết quả thực hiện chức trách, nhiệm vụ, tu dưỡng, "
    "rèn luyện từ đầu nhiệm kỳ, dài không quá 04 trang khổ A4, gửi cơ quan tổ chức lấy phiếu chậm nhất 07 ngày làm "
    "việc trước ngày hội nghị."
)
para(
    "2. Cơ quan tổ chức lấy phiếu gửi báo cáo của những người được lấy phiếu cho người tham gia ít nhất 03 ngày làm "
    "việc trước hội nghị; kèm theo bản kê khai tóm tắt các nội dung đã cam kết khi được bầu (nếu có)."
)

c("Chương III")
c("QUY TRÌNH LẤY PHIẾU TÍN NHIỆM")
b("Điều 9. Các bước tiến hành")
doc.broken(
    "Bước 1. Chuẩn bị:",
    "Ban tổ chức cán bộ (hoặc bộ phận tổ chức) tham mưu kế hoạch lấy phiếu, trình ban thường vụ cấp ủy thông qua; "
    "thông báo thời gian, thành phần, danh sách người được lấy phiếu trước ít nhất 15 ngày.",
    "Bước 2. Tổ chức hội nghị:",
    "Hội nghị chỉ được tiến hành khi có ít nhất 2/3 tổng số người được triệu tập tham dự. Chủ trì hội nghị quán "
    "triệt mục đích, yêu cầu; các đại biểu nghiên cứu báo cáo của người được lấy phiếu.",
    "Bước 3. Bỏ phiếu và kiểm phiếu:",
    "Hội nghị biểu quyết thành lập ban kiểm phiếu từ 03 đến 05 người; người có tên trong danh sách lấy phiếu không "
    "tham gia ban kiểm phiếu. Việc kiểm phiếu tiến hành ngay sau khi bỏ phiếu, tại nơi bỏ phiếu.",
    "Bước 4. Báo cáo kết quả:",
    "Trong 05 ngày làm việc kể từ ngày lấy phiếu, cơ quan tổ chức lấy phiếu báo cáo kết quả lên cấp ủy có thẩm quyền "
    "quản lý cán bộ; đối với các chức danh ở cấp tỉnh, báo cáo Bộ Chính trị, Ban Bí thư qua Ban Tổ chức Trung ương.",
)
b("Điều 10. Cách tính tỷ lệ và thông báo kết quả")
para(
    "1. Tỷ lệ phiếu ở từng mức tín nhiệm được tính trên tổng số người được triệu tập tham gia lấy phiếu, không "
    "tính trên số phiếu thu về hay số người có mặt."
)
para(
    "2. Kết quả được thông báo công khai tại hội nghị ban chấp hành gần nhất, gồm số phiếu và tỷ lệ từng mức của "
    "từng người. Người được lấy phiếu nhận văn bản thông báo kết quả của mình chậm nhất 10 ngày làm việc kể từ ngày "
    "lấy phiếu."
)
para(
    "3. Nếu có khiếu nại về quy trình lấy phiếu, người được lấy phiếu gửi đơn đến Ủy ban Kiểm tra Tỉnh ủy trong "
    "thời hạn 10 ngày làm việc kể từ ngày nhận thông báo; Ủy ban Kiểm tra Tỉnh ủy xem xét, trả lời trong 30 ngày."
)
para(
    "4. Phiếu tín nhiệm, biên bản kiểm phiếu được niêm phong và lưu tại cơ quan tổ chức lấy phiếu trong thời hạn "
    "60 tháng, sau đó tiêu hủy theo quy định; biên bản tổng hợp kết quả lưu vào hồ sơ cán bộ."
)

c("Chương IV")
c("SỬ DỤNG KẾT QUẢ LẤY PHIẾU TÍN NHIỆM")
b("Điều 11. Sử dụng kết quả")
para(
    "1. Kết quả lấy phiếu là một căn cứ để đánh giá, xếp loại cán bộ năm lấy phiếu; cán bộ có trên 50% tổng số "
    "phiếu tín nhiệm cao thì được ưu tiên xem xét quy hoạch, giới thiệu tái cử, bổ nhiệm chức vụ cao hơn."
)
para(
    "2. Cán bộ có từ trên 1/3 đến dưới 50% tổng số phiếu tín nhiệm thấp thì cấp có thẩm quyền xem xét, không quy "
    "hoạch, bổ nhiệm vào chức vụ cao hơn trong thời hạn 24 tháng; người đó phải có bản kiểm điểm, nêu rõ biện pháp "
    "khắc phục, gửi cấp ủy quản lý trong 15 ngày."
)
para(
    "3. Cán bộ có từ 50% đến dưới 2/3 tổng số phiếu tín nhiệm thấp thì nên xin thôi giữ chức vụ; trường hợp không "
    "xin thôi thì cơ quan có thẩm quyền xem xét cho thôi giữ chức vụ trong thời hạn 15 ngày làm việc."
)
para(
    "4. Cán bộ có từ 2/3 tổng số phiếu tín nhiệm thấp trở lên thì cấp có thẩm quyền cho thôi giữ chức vụ, không chờ "
    "hết nhiệm kỳ, không chờ hết thời hạn giữ chức vụ và không cần có đơn xin thôi chức vụ."
)
para(
    "5. Cán bộ xin thôi giữ chức vụ theo khoản 3 Điều này được bố trí công tác khác phù hợp, được giữ nguyên mức "
    "lương chức vụ cũ trong 06 tháng; không xem xét kỷ luật chỉ vì lý do kết quả lấy phiếu."
)
b("Điều 12. Trách nhiệm")
para(
    "1. Ban Tổ chức Tỉnh ủy hướng dẫn nghiệp vụ, in ấn Mẫu số 01-PTN, theo dõi, tổng hợp kết quả lấy phiếu trong "
    "toàn Đảng bộ và báo cáo Ban Thường vụ Tỉnh ủy trước ngày 31 tháng 12 của năm lấy phiếu."
)
para(
    "2. Ủy ban Kiểm tra Tỉnh ủy giám sát việc thực hiện Quy định này; tổ chức nào để lộ kết quả trước khi công bố "
    "chính thức, tiết lộ ý kiến ghi trên phiếu thì bị xem xét xử lý theo quy định của Đảng."
)
para("3. Kinh phí tổ chức lấy phiếu bảo đảm từ nguồn kinh phí hoạt động của cấp ủy cơ quan tổ chức lấy phiếu.")

c("Chương V")
c("ĐIỀU KHOẢN THI HÀNH")
b("Điều 13. Hiệu lực thi hành")
para(
    "Quy định này có hiệu lực kể từ ngày ký, thay thế Quy định số 19-QĐ/TU ngày 06 tháng 4 năm 2020 của Ban Thường "
    "vụ Tỉnh ủy. Trong quá trình thực hiện, nếu có vướng mắc, các cấp ủy, tổ chức đảng báo cáo Ban Thường vụ Tỉnh ủy "
    "(qua Ban Tổ chức Tỉnh ủy) để xem xét, sửa đổi, bổ sung."
)
doc.broken(
    "Nơi nhận:",
    "- Ban Tổ chức Trung ương (để b/c),",
    "- Các đồng chí Tỉnh ủy viên,",
    "- Các ban xây dựng Đảng, Ủy ban Kiểm tra Tỉnh ủy,",
    "- Các đảng ủy trực thuộc Tỉnh ủy,",
    "- Lưu Văn phòng Tỉnh ủy.",
)
c("T/M BAN THƯỜNG VỤ")
c("BÍ THƯ")
c("Nông Đức Thịnh")

doc.save(out_path(__file__, "quy-dinh/quy-dinh-lay-phieu-tin-nhiem-chuc-danh-do-cap-uy-bau.docx"))
