"""Điều lệ Đảng excerpt as .docx: title block, Chương headings as bold centred paragraphs, Điều as bold lines,
khoản '1.' typed, one article (Điều 2) using Word auto-numbering ('List Number' style) as many real files do,
Điều 6 with article text on the same paragraph as the 'Điều 6.' run."""

import sys
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from corpus_files import out_path

d = Document()


def centre(text, bold=True, size=None):
    p = d.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run(text)
    r.bold = bold
    return p


def para(text):
    return d.add_paragraph(text)


def dieu(n, rest=None):
    p = d.add_paragraph()
    r = p.add_run(f"Điều {n}.")
    r.bold = True
    if rest:
        p.add_run(" " + rest)
    return p


centre("ĐẢNG CỘNG SẢN VIỆT NAM")
centre("ĐIỀU LỆ ĐẢNG CỘNG SẢN VIỆT NAM")
centre("(Đại hội đại biểu toàn quốc lần thứ XI của Đảng thông qua ngày 19 tháng 01 năm 2011)", bold=False)
centre("(Trích)", bold=False)
para(
    "Đảng Cộng sản Việt Nam do đồng chí Nguyễn Ái Quốc - Hồ Chí Minh sáng lập và rèn luyện, đã lãnh đạo nhân dân "
    "tiến hành Cách mạng Tháng Tám thành công, lập nên nước Việt Nam Dân chủ Cộng hòa, nay là nước Cộng hòa xã hội "
    "chủ nghĩa Việt Nam. Đảng lấy chủ nghĩa Mác - Lênin và tư tưởng Hồ Chí Minh làm nền tảng tư tưởng, kim chỉ nam "
    "cho hành động, lấy tập trung dân chủ làm nguyên tắc tổ chức cơ bản."
)

centre("Chương I")
centre("ĐẢNG VIÊN")
dieu(1)
para(
    "1. Đảng viên Đảng Cộng sản Việt Nam là chiến sĩ cách mạng trong đội tiên phong của giai cấp công nhân, nhân dân "
    "lao động và của dân tộc Việt Nam, suốt đời phấn đấu cho mục đích, lý tưởng của Đảng, đặt lợi ích của Tổ quốc, "
    "của giai cấp công nhân và nhân dân lao động lên trên lợi ích cá nhân; "
    "chấp hành nghiêm chỉnh Cương lĩnh chính trị, "
    "Điều lệ Đảng, các nghị quyết của Đảng và pháp luật của Nhà nước."
)
para(
    "2. Công dân Việt Nam từ mười tám tuổi trở lên; thừa nhận và tự nguyện: thực hiện Cương lĩnh chính trị, Điều lệ "
    "Đảng, tiêu chuẩn và nhiệm vụ đảng viên, hoạt động trong một tổ chức cơ sở đảng; qua thực tiễn chứng tỏ là người "
    "ưu tú, được nhân dân tín nhiệm, đều có thể được xét kết nạp vào Đảng."
)
dieu(2)
para("Đảng viên có nhiệm vụ:")
for t in [
    "Tuyệt đối trung thành với mục đích lý tưởng cách mạng của Đảng, chấp hành nghiêm chỉnh Cương lĩnh chính trị, "
    "Điều lệ Đảng, nghị quyết, chỉ thị của Đảng, pháp luật của Nhà nước; hoàn thành tốt nhiệm vụ được giao; phục tùng "
    "tuyệt đối sự phân công và điều động của Đảng.",
    "Không ngừng học tập, rèn luyện, nâng cao trình độ kiến thức, năng lực công tác, phẩm chất chính trị, đạo đức cách "
    "mạng, có lối sống lành mạnh; đấu tranh chống chủ nghĩa cá nhân, cơ hội, cục bộ, quan liêu, tham nhũng, lãng phí "
    "và các biểu hiện tiêu cực khác.",
    "Liên hệ chặt chẽ với nhân dân, tôn trọng và phát huy quyền làm chủ của nhân dân; chăm lo đời sống vật chất, tinh "
    "thần và bảo vệ quyền lợi chính đáng của nhân dân; tích cực tham gia công tác quần chúng, công tác xã hội nơi làm "
    "việc và nơi ở.",
    "Tham gia xây dựng, bảo vệ đường lối, chính sách và tổ chức của Đảng; phục tùng kỷ luật, giữ gìn đoàn kết thống "
    "nhất trong Đảng; thường xuyên tự phê bình và phê bình, trung thực với Đảng; làm công tác phát triển đảng viên; "
    "sinh hoạt đảng và đóng đảng phí đúng quy định.",
]:
    d.add_paragraph(t, style="List Number")
dieu(3)
para("Đảng viên có quyền:")
para(
    "1. Được thông tin và thảo luận các vấn đề về Cương lĩnh chính trị, Điều lệ Đảng, đường lối, chính sách của Đảng; "
    "biểu quyết công việc của Đảng."
)
para("2. Ứng cử, đề cử và bầu cử cơ quan lãnh đạo các cấp của Đảng theo quy định của Ban Chấp hành Trung ương.")
para(
    "3. Phê bình, chất vấn về hoạt động của tổ chức đảng và đảng viên ở mọi cấp trong phạm vi tổ chức; báo cáo, kiến "
    "nghị với các cơ quan có trách nhiệm và yêu cầu được trả lời."
)
para("4. Trình bày ý kiến khi tổ chức đảng nhận xét, quyết định công tác hoặc thi hành kỷ luật đối với mình.")
para("Đảng viên dự bị có các quyền trên đây, trừ quyền biểu quyết, ứng cử và bầu cử cơ quan lãnh đạo của Đảng.")
dieu(4)
para("Việc kết nạp đảng viên phải theo nguyên tắc tự nguyện, được thực hiện qua các bước sau:")
para(
    "1. Người vào Đảng phải có đơn tự nguyện xin vào Đảng, báo cáo trung thực lý lịch với chi bộ; phải được học và "
    "hiểu Cương lĩnh chính trị, Điều lệ Đảng."
)
para(
    "2. Người vào Đảng phải được hai đảng viên chính thức giới thiệu. Đảng viên giới thiệu phải là đảng viên chính "
    "thức và cùng công tác với người vào Đảng ít nhất mười hai tháng."
)
para(
    "3. Chi bộ xét và đề nghị, được cấp ủy cấp trên có thẩm quyền quyết định kết nạp. Nơi chưa có chi bộ, cấp ủy cấp "
    "trên trực tiếp xem xét, kết nạp."
)
para("4. Kết nạp lại người đã ra khỏi Đảng:")
para("a) Người đã ra khỏi Đảng, nếu có đủ điều kiện và tiêu chuẩn thì có thể được xét kết nạp lại;")
para(
    "b) Không xem xét kết nạp lại những người ra khỏi Đảng vì lý do: vi phạm lịch sử chính trị và chính trị hiện nay "
    "nghiêm trọng; tự bỏ sinh hoạt đảng; làm tham nhũng; bị kỷ luật khai trừ."
)
dieu(5)
para(
    "1. Người được kết nạp vào Đảng phải trải qua thời kỳ dự bị mười hai tháng, tính từ ngày chi bộ tổ chức lễ kết "
    "nạp. Trong thời kỳ dự bị, chi bộ tiếp tục giáo dục, rèn luyện và phân công đảng viên chính thức giúp đỡ đảng "
    "viên đó tiến bộ."
)
para(
    "2. Khi hết thời kỳ dự bị, chậm nhất là ba mươi ngày làm việc, chi bộ phải xét công nhận cho đảng viên trở thành "
    "đảng viên chính thức; nếu không đủ điều kiện công nhận là đảng viên chính thức thì báo cáo cấp ủy có thẩm quyền "
    "quyết định xóa tên trong danh sách đảng viên dự bị."
)
para("3. Đảng viên đã được công nhận chính thức thì tuổi đảng của đảng viên tính từ ngày ghi trong quyết định kết nạp.")
dieu(
    6,
    "Đảng viên được phát thẻ đảng viên. Tổ chức đảng quản lý hồ sơ đảng viên. Việc phát thẻ, quản lý thẻ "
    "đảng viên và hồ sơ đảng viên do Ban Chấp hành Trung ương quy định.",
)
dieu(7)
para(
    "1. Đảng viên tuổi cao, sức khỏe yếu, tự nguyện xin giảm, miễn công tác và sinh hoạt đảng thì chi bộ xem xét, "
    "quyết định."
)
para("2. Đảng viên xin ra khỏi Đảng, chi bộ xem xét, đề nghị lên cấp ủy có thẩm quyền quyết định.")
dieu(8)
para(
    "1. Đảng viên bỏ sinh hoạt đảng hoặc không đóng đảng phí ba tháng trong năm mà không có lý do chính đáng; đảng "
    "viên tự ý trả thẻ đảng viên hoặc tự hủy thẻ đảng viên thì chi bộ xem xét, đề nghị lên cấp có thẩm quyền xóa tên "
    "trong danh sách đảng viên."
)
para("2. Đảng viên giảm sút ý chí phấn đấu, không làm nhiệm vụ đảng viên, đã được chi bộ giáo dục nhưng không tiến bộ:")
para("a) Chi bộ xem xét, đề nghị lên cấp có thẩm quyền quyết định xóa tên trong danh sách đảng viên;")
para("b) Việc xóa tên phải được thông báo cho đảng viên biết trước khi chi bộ họp xét.")

centre("Chương II")
centre("NGUYÊN TẮC TỔ CHỨC VÀ CƠ CẤU TỔ CHỨC CỦA ĐẢNG")
dieu(9)
para("Đảng Cộng sản Việt Nam tổ chức theo nguyên tắc tập trung dân chủ. Nội dung cơ bản của nguyên tắc đó là:")
para("1. Cơ quan lãnh đạo các cấp của Đảng do bầu cử lập ra, thực hiện tập thể lãnh đạo, cá nhân phụ trách.")
para(
    "2. Cơ quan lãnh đạo cao nhất của Đảng là Đại hội đại biểu toàn quốc. Cơ quan lãnh đạo ở mỗi cấp là đại hội đại "
    "biểu hoặc đại hội đảng viên. Giữa hai kỳ đại hội, cơ quan lãnh đạo của Đảng là Ban Chấp hành Trung ương, ở mỗi "
    "cấp là ban chấp hành đảng bộ, chi bộ (gọi tắt là cấp ủy)."
)
para(
    "3. Cấp ủy các cấp báo cáo và chịu trách nhiệm về hoạt động của mình trước đại hội cùng cấp, trước cấp ủy cấp "
    "trên và cấp dưới; định kỳ thông báo tình hình hoạt động của mình đến các tổ chức đảng trực thuộc."
)
para(
    "4. Tổ chức đảng và đảng viên phải chấp hành nghị quyết của Đảng. Thiểu số phục tùng đa số, cấp dưới phục tùng "
    "cấp trên, cá nhân phục tùng tổ chức, các tổ chức trong toàn Đảng phục tùng Đại hội đại biểu toàn quốc và Ban "
    "Chấp hành Trung ương."
)
dieu(10)
para("Hệ thống tổ chức của Đảng được lập tương ứng với hệ thống tổ chức hành chính của Nhà nước.")
para("1. Cấp Trung ương có Đại hội đại biểu toàn quốc, Ban Chấp hành Trung ương.")
para("2. Cấp tỉnh, thành phố trực thuộc Trung ương (gọi chung là cấp tỉnh) có đảng bộ tỉnh, thành phố.")
para(
    "3. Cấp cơ sở: đảng bộ, chi bộ ở xã, phường, thị trấn, cơ quan, doanh nghiệp, đơn vị sự nghiệp (gọi chung là tổ "
    "chức cơ sở đảng)."
)
dieu(11)
para("1. Cơ quan lãnh đạo cấp nào do đại hội cấp đó bầu ra.")
para(
    "2. Cấp ủy khi cần thiết được triệu tập đại biểu, đảng viên để bầu cử, nhưng số lượng không quá một phần ba tổng "
    "số ủy viên ban chấp hành đã được đại hội quyết định."
)
dieu(12)
para("1. Thể thức bầu cử:")
para("a) Việc bầu cử cơ quan lãnh đạo, bí thư, phó bí thư các cấp được thực hiện bằng phiếu kín;")
para("b) Người trúng cử phải được quá một nửa số phiếu bầu hợp lệ so với tổng số đại biểu triệu tập.")
para(
    "2. Cấp ủy có quyền chỉ định bổ sung cấp ủy viên khi cần thiết, nhưng không quá một phần ba tổng số cấp ủy viên "
    "do đại hội quyết định."
)

centre("Chương III")
centre("CƠ QUAN LÃNH ĐẠO CỦA ĐẢNG Ở CẤP TRUNG ƯƠNG")
dieu(15)
para(
    "1. Đại hội đại biểu toàn quốc do Ban Chấp hành Trung ương triệu tập thường lệ năm năm một lần; có thể triệu "
    "tập sớm hoặc muộn hơn nhưng không quá một năm."
)
para(
    "2. Nhiệm vụ của Đại hội: thảo luận báo cáo của Ban Chấp hành Trung ương khóa trước; quyết định đường lối, chính "
    "sách của Đảng; bầu Ban Chấp hành Trung ương; bổ sung, sửa đổi Cương lĩnh chính trị và Điều lệ Đảng khi cần."
)

centre("Chương VIII")
centre("KHEN THƯỞNG VÀ KỶ LUẬT")
dieu(35)
para(
    "1. Tổ chức đảng và đảng viên vi phạm Cương lĩnh chính trị, Điều lệ Đảng, nghị quyết, chỉ thị, quy định, quyết "
    "định của Đảng, pháp luật của Nhà nước, nguyên tắc tổ chức và hoạt động của đoàn thể chính trị - xã hội thì "
    "phải xử lý kỷ luật."
)
para("2. Hình thức kỷ luật:")
para("a) Đối với tổ chức đảng: khiển trách, cảnh cáo, giải tán;")
para("b) Đối với đảng viên chính thức: khiển trách, cảnh cáo, cách chức, khai trừ;")
para("c) Đối với đảng viên dự bị: khiển trách, cảnh cáo.")
para(
    "3. Thời hiệu kỷ luật là thời hạn được quy định mà khi hết thời hạn đó thì tổ chức đảng, đảng viên vi phạm không "
    "bị kỷ luật."
)

centre("Chương XII")
centre("TÀI CHÍNH CỦA ĐẢNG")
dieu(46)
para(
    "1. Tài chính của Đảng gồm đảng phí do đảng viên đóng, thu từ các hoạt động kinh tế của Đảng và ngân sách Nhà "
    "nước cấp."
)
para(
    "2. Đảng viên đóng đảng phí hằng tháng theo quy định của Ban Chấp hành Trung ương. Mức đóng đảng phí của đảng "
    "viên có thu nhập thường xuyên là 1% thu nhập hằng tháng (tiền lương, phụ cấp)."
)

d.save(out_path(__file__, "dieu-le/dieu-le-dang.docx"))
print("ok")
