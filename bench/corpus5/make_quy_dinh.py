"""Regulation "những điều đảng viên không được làm" (style of 37-QĐ/TW) as .docx: letterhead table, title block,
Điều 1–14 with khoản and điểm, one Shift+Enter line break and tabs in the text.

usage: /work/main/.venv/bin/python bench/corpus5/make_quy_dinh.py   (CORPUS5_OUT=DIR writes elsewhere)
"""

# ruff: noqa: E501  (document text, one paragraph per line)

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from corpus_files import LetterheadDocx, out_path

doc = LetterheadDocx(
    "BAN CHẤP HÀNH TRUNG ƯƠNG\n*\nSố 147-QĐ/TW", "ĐẢNG CỘNG SẢN VIỆT NAM\nHà Nội, ngày 18 tháng 11 năm 2024"
)
d, c, b, para = doc.document, doc.c, doc.b, doc.para

# Title block: "QUY ĐỊNH" and its subject separated by a Shift+Enter line break inside one paragraph.
p = c("QUY ĐỊNH")
p.runs[0].add_break()
r = p.add_run("về những điều đảng viên không được làm")
r.bold = True
c("(Trích — văn bản soạn cho mục đích tham khảo, không phải nguyên văn chính thức)", bold=False)
para(
    "- Căn cứ Điều lệ Đảng;\n- Căn cứ Quy chế làm việc của Ban Chấp hành Trung ương, Bộ Chính trị, Ban Bí thư khóa XIII;"
)
para(
    "Ban Chấp hành Trung ương quy định những điều đảng viên không được làm, áp dụng đối với mọi đảng viên, kể cả "
    "đảng viên dự bị, đảng viên đã nghỉ hưu và đảng viên đang được miễn công tác, sinh hoạt đảng, như sau:"
)

b("Điều 1. Về chấp hành Cương lĩnh, Điều lệ Đảng")
para(
    "1. Nói, viết, làm trái hoặc không thực hiện Cương lĩnh chính trị, Điều lệ Đảng, nghị quyết, chỉ thị, quy định, "
    "quyết định, kết luận của Đảng; làm những việc mà pháp luật không cho phép."
)
para(
    "2. Tham gia, tổ chức, xúi giục, lôi kéo người khác phản đối, chống lại đường lối, chủ trương của Đảng, chính "
    "sách, pháp luật của Nhà nước; có ý kiến trái với chủ trương của Đảng tại những nơi không được phép phát biểu."
)

b("Điều 2. Về nguyên tắc tập trung dân chủ và chấp hành sự phân công")
para(
    "1. Không chấp hành hoặc chấp hành không nghiêm quyết định của tổ chức về phân công, điều động, luân chuyển, "
    "biệt phái công tác; lấy lý do hoàn cảnh gia đình để từ chối nơi công tác mới mà không được tổ chức chấp thuận."
)
para(
    "2. Tự ứng cử, nhận đề cử khi không đủ tiêu chuẩn, điều kiện; vận động, tác động, mua chuộc người khác để "
    "được giới thiệu, đề cử, bầu cử vào chức vụ."
)
para(
    "3. Phát ngôn, tuyên truyền ý kiến khác với nghị quyết của tập thể khi chưa được tổ chức có thẩm quyền cho phép; "
    "tự ý tiết lộ ý kiến phát biểu của người khác trong các cuộc họp kín."
)

b("Điều 3. Về thông tin, phát ngôn và mạng xã hội")
para(
    "1. Lợi dụng việc góp ý, phản biện để nói, viết, đăng tải, chia sẻ trên báo chí, mạng xã hội, internet những "
    "nội dung sai sự thật, xuyên tạc, bôi nhọ danh dự, uy tín của tổ chức, cá nhân."
)
para("2. Cung cấp thông tin, tài liệu nội bộ của Đảng cho tổ chức, cá nhân không có trách nhiệm, cụ thể là:")
para(
    "a) chụp ảnh, sao chép, gửi qua nhóm Zalo, Facebook các văn bản có dấu \u201cMật\u201d hoặc \u201cLưu hành nội bộ\u201d;"
)
para("b) để lộ nội dung các cuộc họp của cấp ủy, chi bộ về công tác cán bộ, kỷ luật khi chưa được công bố;")
para("c) tiết lộ họ tên, địa chỉ của người tố cáo cho người bị tố cáo hoặc người không có trách nhiệm.")
para(
    "3. Lập, tham gia, quản trị các trang, nhóm trên mạng xã hội có nội dung chống phá, kích động; \u201cbấm thích\u201d, "
    "bình luận tán thành các bài viết xuyên tạc chủ trương của Đảng."
)

b("Điều 4. Về khiếu nại, tố cáo")
para(
    "1. Viết, gửi, phát tán đơn tố cáo giấu tên, mạo tên, tố cáo sai sự thật; tổ chức, xúi giục, tham gia khiếu "
    "nại, tố cáo đông người, vượt cấp."
)
para(
    "2. Trù dập, trả thù, gây khó khăn cho người khiếu nại, tố cáo, người phê bình, người đấu tranh chống tiêu cực, "
    "kể cả người thân của họ."
)
para("3. Che giấu, bao che, không xử lý hoặc chuyển đơn tố cáo cho chính người bị tố cáo giải quyết.")

b("Điều 5. Về tham nhũng, tiêu cực")
para(
    "1. Lợi dụng chức vụ, quyền hạn để tham ô, nhận hối lộ, vụ lợi; gây phiền hà, sách nhiễu tổ chức, công dân khi "
    "giải quyết công việc."
)
para(
    "2. Đưa, nhận, môi giới hối lộ; tặng, nhận quà dưới mọi hình thức nhằm tác động đến việc giải quyết công việc, trong đó:"
)
para(
    "a) nhận quà có giá trị từ 500.000 đồng trở lên của người có liên quan đến công việc mình đang giải quyết mà "
    "không báo cáo và nộp lại cho cơ quan trong thời hạn 5 ngày làm việc;"
)
para("b) nhận tiền mặt, thẻ mua hàng, phiếu quà tặng dưới bất kỳ hình thức nào;")
para("c) dùng tiền, tài sản của Nhà nước, của tập thể để biếu, tặng cho cá nhân.")
para(
    "3. Can thiệp, tác động vào hoạt động điều tra, truy tố, xét xử, thi hành án để bao che hoặc làm sai lệch hồ sơ "
    "vụ việc."
)

b("Điều 6. Về công tác cán bộ")
para(
    "1. Chạy chức, chạy quyền, chạy tội, chạy tuổi, chạy luân chuyển, chạy khen thưởng, danh hiệu; nhờ người khác "
    "tác động để được ưu ái trong quy hoạch, bổ nhiệm."
)
para(
    "2. Lợi dụng chức vụ để đưa vợ (chồng), con, anh, chị, em ruột hoặc người thân không đủ tiêu chuẩn vào làm "
    "việc, bổ nhiệm, bố trí vào vị trí do mình trực tiếp quản lý."
)

b("Điều 7. Về trung thực trong hồ sơ, lý lịch")
para(
    "1. Khai man lý lịch, tuổi đời, tuổi đảng, quá trình công tác; sử dụng văn bằng, chứng chỉ giả hoặc không hợp "
    "pháp để được tuyển dụng, quy hoạch, bổ nhiệm, kết nạp vào Đảng."
)
para(
    "2. Kê khai tài sản, thu nhập không trung thực, không đầy đủ; tẩu tán, hợp thức hóa tài sản hoặc để người khác "
    "đứng tên hộ tài sản của mình."
)

b("Điều 8. Về kinh doanh và làm kinh tế")
para(
    "1. Đảng viên là cán bộ, công chức, viên chức thành lập, tham gia quản lý, điều hành doanh nghiệp tư nhân, "
    "công ty trách nhiệm hữu hạn, công ty cổ phần, hợp tác xã, trừ trường hợp pháp luật cho phép."
)
para(
    "2. Để vợ (chồng), con lợi dụng chức vụ, uy tín của mình kinh doanh trong lĩnh vực do mình trực tiếp quản lý "
    "hoặc giao kết hợp đồng với cơ quan, đơn vị mình đứng đầu."
)
para(
    "3. Đảng viên làm kinh tế tư nhân không được trốn thuế, nợ đọng bảo hiểm xã hội của người lao động, sản xuất, "
    "buôn bán hàng giả, hàng cấm."
)

b("Điều 9. Về đất đai, nhà ở và tài sản công")
para(
    "1. Lấn chiếm, tự ý chuyển mục đích sử dụng đất; lợi dụng chức vụ để được giao đất, thuê đất, mua nhà ở trái "
    "quy định."
)
para(
    "2. Sử dụng xe công, nhà công vụ, tài sản công vào việc riêng; cho thuê, cho mượn nhà công vụ hoặc không trả "
    "lại nhà công vụ khi hết tiêu chuẩn."
)

b("Điều 10. Về việc cưới, việc tang và đời sống văn hóa")
p = d.add_paragraph(
    "1. Tổ chức việc cưới, việc tang, mừng thọ, sinh nhật, tân gia, lên chức phô trương, lãng phí, gây ảnh hưởng "
    "xấu đến dư luận; lợi dụng các sự kiện đó để nhận tiền mừng, phúng viếng vì mục đích vụ lợi."
)
p.add_run().add_break()
p.add_run(
    "Đám cưới của đảng viên giữ chức vụ lãnh đạo, quản lý không mời quá 300 khách\tvà không tổ chức tiệc "
    "trong giờ hành chính."
)
para(
    "2. Tổ chức, tham gia đánh bạc, cá độ dưới mọi hình thức; sử dụng ma túy, chất kích thích; hành nghề hoặc hoạt "
    "động mê tín, dị đoan như xem bói, gọi hồn, yểm bùa."
)
para(
    "3. Uống rượu, bia trước và trong giờ làm việc, giờ nghỉ trưa của ngày làm việc; điều khiển phương tiện giao "
    "thông khi trong máu hoặc hơi thở có nồng độ cồn."
)

b("Điều 11. Về xuất cảnh và quan hệ với nước ngoài")
para(
    "1. Xuất cảnh ra nước ngoài vì việc riêng mà không báo cáo, không được cấp có thẩm quyền đồng ý; ở lại nước "
    "ngoài quá thời hạn được cho phép mà không có lý do chính đáng."
)
para(
    "2. Nhận tài trợ, để tổ chức, cá nhân trong và ngoài nước chi trả chi phí đi du lịch, học tập, chữa bệnh cho "
    "bản thân và gia đình khi chưa được cấp có thẩm quyền cho phép."
)
para("3. Quan hệ với tổ chức, cá nhân nước ngoài làm lộ bí mật của Đảng, Nhà nước hoặc ảnh hưởng đến lợi ích quốc gia.")

b("Điều 12. Về hôn nhân, gia đình")
para(
    "1. Vi phạm chế độ hôn nhân một vợ, một chồng; chung sống như vợ chồng với người khác; có hành vi bạo lực gia "
    "đình, ngược đãi cha mẹ, vợ (chồng), con."
)
para(
    "2. Không thực hiện nghĩa vụ cấp dưỡng, nuôi dưỡng con cái, cha mẹ theo quy định của pháp luật; để con chưa "
    "thành niên vi phạm pháp luật nghiêm trọng do buông lỏng giáo dục."
)

b("Điều 13. Về hội, nhóm và tín ngưỡng, tôn giáo")
para(
    "1. Thành lập, tham gia các hội, nhóm, câu lạc bộ trái quy định; tham gia \u201chọ\u201d, \u201chụi\u201d, "
    "góp vốn đa cấp có tính chất lừa đảo."
)
para(
    "2. Tham gia các tổ chức tôn giáo, đạo lạ hoặc truyền đạo trái phép; đảng viên không được tham gia vào ban "
    "quản trị, ban hộ tự của các cơ sở tín ngưỡng khi chưa được cấp ủy quản lý đồng ý."
)

b("Điều 14. Tổ chức thực hiện")
para(
    "1. Đảng viên vi phạm một trong những điều không được làm nêu trên thì tùy tính chất, mức độ, hậu quả phải bị "
    "xử lý kỷ luật theo quy định của Đảng; vi phạm pháp luật thì bị xử lý theo pháp luật."
)
para(
    "2. Cấp ủy, tổ chức đảng và người đứng đầu có trách nhiệm quán triệt Quy định này đến từng đảng viên; mỗi "
    "đảng viên đăng ký cam kết thực hiện trong buổi sinh hoạt chi bộ đầu năm."
)
para(
    "3. Chi bộ thường xuyên giám sát đảng viên; đưa việc thực hiện Quy định vào nội dung kiểm điểm cuối năm. Ủy ban "
    "kiểm tra các cấp giúp cấp ủy kiểm tra, giám sát việc thực hiện."
)
para(
    "4. Quy định này có hiệu lực kể từ ngày ký, thay thế các quy định trước đây về những điều đảng viên không được "
    "làm. Quy định được phổ biến đến chi bộ."
)
p = d.add_paragraph()
p.add_run("Nơi nhận:\t\tT/M BAN CHẤP HÀNH TRUNG ƯƠNG").bold = True
p = d.add_paragraph("- Các tỉnh ủy, thành ủy,\n- Các đảng ủy trực thuộc Trung ương,\n- Lưu Văn phòng Trung ương.")

d.save(out_path(__file__, "quy-dinh/quy-dinh-dieu-dang-vien-khong-duoc-lam.docx"))
