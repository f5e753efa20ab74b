"""Regulation (Số 23-QĐ/TU) of the Ban Thường vụ Tỉnh ủy Thạch Lâm on planning leadership cadres (quy hoạch cán
bộ) as .docx: letterhead table, Chương / Điều / khoản / điểm as separate paragraphs, two tables (the structure ratios
and the age / qualification table), Word list numbering ("List Number" style, the number is not in the text) for the
file items, Shift+Enter line breaks inside the procedure steps and the "Nơi nhận" block.

usage: /work/main/.venv/bin/python bench/corpus12/make_quy_dinh.py   (CORPUS12_OUT=DIR writes elsewhere)
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from corpus_files import EDITORIAL_NOTE, LetterheadDocx, out_path

doc = LetterheadDocx(
    "ĐẢNG BỘ TỈNH THẠCH LÂM\nBAN THƯỜNG VỤ TỈNH ỦY\n*\nSố 23-QĐ/TU",
    "ĐẢNG CỘNG SẢN VIỆT NAM\nThạch Lâm, ngày 14 tháng 4 năm 2025",
)
d, c, b, para = doc.document, doc.c, doc.b, doc.para


def numbered(text: str):
    """A Word-numbered list item: the number comes from the list style, not from the text."""
    return d.add_paragraph(text, style="List Number")


c("QUY ĐỊNH")
c("về công tác quy hoạch cán bộ lãnh đạo, quản lý thuộc diện Ban Thường vụ Tỉnh ủy quản lý")
c(EDITORIAL_NOTE, bold=False)
para(
    "Căn cứ Điều lệ Đảng; căn cứ các quy định của Bộ Chính trị về công tác cán bộ và về công tác quy hoạch cán bộ; "
    "căn cứ Quy chế làm việc của Ban Chấp hành Đảng bộ tỉnh khóa XVI; xét đề nghị của Ban Tổ chức Tỉnh ủy, Ban "
    "Thường vụ Tỉnh ủy Thạch Lâm quy định như sau:"
)

c("Chương I")
c("NHỮNG QUY ĐỊNH CHUNG")
b("Điều 1. Phạm vi điều chỉnh và đối tượng áp dụng")
para(
    "1. Quy định này quy định về nguyên tắc, tiêu chuẩn, điều kiện, độ tuổi, cơ cấu, số lượng, thẩm quyền, quy "
    "trình, hồ sơ, thời hạn phê duyệt, rà soát, bổ sung và đưa ra khỏi quy hoạch đối với cán bộ lãnh đạo, quản lý "
    "thuộc diện Ban Thường vụ Tỉnh ủy quản lý và quy hoạch cấp ủy, ban thường vụ, các chức danh chủ chốt của đảng "
    "ủy xã, phường, đặc khu trực thuộc Tỉnh ủy."
)
para(
    "2. Quy định này áp dụng đối với các cấp ủy, tổ chức đảng, cơ quan, đơn vị và cán bộ, đảng viên trong Đảng bộ "
    "tỉnh Thạch Lâm. Việc quy hoạch cán bộ trong các doanh nghiệp nhà nước do tỉnh quản lý thực hiện theo Quy định "
    "này và hướng dẫn riêng của Ban Tổ chức Tỉnh ủy."
)
b("Điều 2. Giải thích từ ngữ")
para(
    "1. Quy hoạch cán bộ là việc phát hiện sớm nguồn cán bộ có đức, có tài, có triển vọng để đưa vào danh sách quy "
    "hoạch chức danh lãnh đạo, quản lý, làm cơ sở cho việc đào tạo, bồi dưỡng, luân chuyển, rèn luyện thử thách và "
    "bố trí, sử dụng."
)
para(
    "2. Nhiệm kỳ quy hoạch là nhiệm kỳ kế tiếp nhiệm kỳ hiện tại; quy hoạch được thực hiện một lần vào đầu nhiệm kỳ, "
    "rà soát, bổ sung hằng năm. Quy hoạch cho nhiệm kỳ 2030 - 2035 được xây dựng từ năm 2025 và phê duyệt lần đầu "
    "trong năm 2026."
)
para(
    '3. Quy hoạch "mở" là việc giới thiệu, đưa vào quy hoạch cả cán bộ ngoài địa phương, cơ quan, đơn vị nếu đủ '
    'tiêu chuẩn, điều kiện; quy hoạch "động" là việc định kỳ hằng năm đưa ra khỏi quy hoạch những người không còn '
    "đủ tiêu chuẩn, điều kiện và bổ sung những nhân tố mới."
)
para(
    "4. Chức danh lãnh đạo chủ chốt của tỉnh gồm: Bí thư, Phó Bí thư Tỉnh ủy; Chủ tịch, Phó Chủ tịch Hội đồng nhân "
    "dân tỉnh; Chủ tịch, Phó Chủ tịch Ủy ban nhân dân tỉnh; Chủ tịch Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh."
)
b("Điều 3. Nguyên tắc quy hoạch cán bộ")
para(
    "1. Bảo đảm sự lãnh đạo thống nhất, tập trung của Đảng, trực tiếp là Ban Thường vụ Tỉnh ủy đối với công tác quy "
    "hoạch cán bộ; thực hiện nguyên tắc tập trung dân chủ, khách quan, công khai, minh bạch."
)
para(
    "2. Mỗi chức danh quy hoạch từ 02 đến 03 người; chức danh cấp trưởng quy hoạch không quá 04 người. Mỗi cán bộ "
    "được quy hoạch không quá 03 chức danh cùng cấp và không quá 02 chức danh cấp trên trực tiếp."
)
para(
    "3. Không đưa vào quy hoạch những trường hợp không đủ tiêu chuẩn chính trị, có biểu hiện suy thoái về tư tưởng "
    'chính trị, đạo đức, lối sống, "tự diễn biến", "tự chuyển hóa", hoặc đang trong thời gian bị xem xét, xử lý '
    "kỷ luật."
)
para(
    "4. Quy hoạch phải gắn với đánh giá cán bộ, lấy kết quả thực hiện nhiệm vụ, sản phẩm cụ thể làm thước đo chủ "
    'yếu; không quy hoạch cán bộ chỉ để bảo đảm cơ cấu, không "quy hoạch treo".'
)

c("Chương II")
c("TIÊU CHUẨN, ĐIỀU KIỆN, ĐỘ TUỔI VÀ CƠ CẤU")
b("Điều 4. Tiêu chuẩn, điều kiện chung")
para(
    "1. Cán bộ được đưa vào quy hoạch phải đáp ứng tiêu chuẩn chung của cán bộ theo quy định của Trung ương và tiêu "
    "chuẩn cụ thể của chức danh quy hoạch."
)
para(
    "2. Có ít nhất 02 năm liên tục gần nhất được xếp loại chất lượng từ hoàn thành tốt nhiệm vụ trở lên, trong đó "
    "có ít nhất 01 năm hoàn thành xuất sắc nhiệm vụ đối với quy hoạch chức danh cấp trưởng."
)
para(
    "3. Có đủ sức khỏe để hoàn thành nhiệm vụ; có kết quả khám sức khỏe tại cơ sở y tế có thẩm quyền trong thời "
    "hạn 06 tháng tính đến ngày trình hồ sơ."
)
para(
    "4. Được tín nhiệm cao, kết quả giới thiệu tại hội nghị cán bộ chủ chốt đạt trên 50% tổng số người được triệu "
    "tập; cán bộ được giới thiệu đạt dưới 30% số phiếu thì không xem xét đưa vào quy hoạch trong năm đó."
)
para(
    "5. Cán bộ đang trong thời hạn chịu kỷ luật khiển trách thì chưa xem xét quy hoạch; hết thời hạn kỷ luật, nếu "
    "có tiến bộ, được xem xét sau 12 tháng kể từ ngày quyết định kỷ luật có hiệu lực. Trường hợp bị kỷ luật cảnh "
    "cáo hoặc cách chức thì chỉ xem xét sau 24 tháng."
)
b("Điều 5. Độ tuổi quy hoạch")
para(
    "1. Cán bộ quy hoạch lần đầu vào một chức danh phải còn đủ tuổi công tác ít nhất trọn một nhiệm kỳ (60 tháng) "
    "tính từ thời điểm bắt đầu nhiệm kỳ quy hoạch; trường hợp đã được quy hoạch từ nhiệm kỳ trước thì còn đủ tuổi "
    "công tác từ 42 tháng trở lên."
)
para(
    "2. Tuổi quy hoạch lần đầu tối đa và yêu cầu về trình độ, kinh nghiệm của một số chức danh thực hiện theo bảng "
    "dưới đây:"
)
doc.table(
    [
        [
            "Chức danh quy hoạch",
            "Tuổi tối đa khi quy hoạch lần đầu",
            "Trình độ lý luận chính trị",
            "Kinh nghiệm tối thiểu",
        ],
        [
            "Ủy viên Ban Chấp hành Đảng bộ tỉnh",
            "Không quá 52 tuổi",
            "Cao cấp hoặc cử nhân",
            "02 năm giữ chức vụ cấp phòng trở lên",
        ],
        [
            "Ủy viên Ban Thường vụ Tỉnh ủy",
            "Không quá 50 tuổi",
            "Cao cấp hoặc cử nhân",
            "03 năm là ủy viên Ban Chấp hành",
        ],
        [
            "Bí thư, Phó Bí thư Tỉnh ủy",
            "Không quá 49 tuổi",
            "Cao cấp hoặc cử nhân",
            "Trọn 01 nhiệm kỳ ủy viên Ban Thường vụ",
        ],
        [
            "Giám đốc sở và tương đương",
            "Không quá 51 tuổi",
            "Cao cấp hoặc cử nhân",
            "03 năm cấp phó của sở hoặc tương đương",
        ],
        [
            "Bí thư, Chủ tịch UBND xã, phường, đặc khu",
            "Không quá 48 tuổi",
            "Trung cấp trở lên",
            "02 năm là ủy viên ban thường vụ đảng ủy",
        ],
        [
            "Trưởng phòng cấp sở và tương đương",
            "Không quá 45 tuổi",
            "Trung cấp trở lên",
            "02 năm giữ chức phó trưởng phòng",
        ],
    ]
)
para(
    "3. Đối với cán bộ là nữ, người dân tộc thiểu số, cán bộ có trình độ tiến sĩ hoặc được đào tạo ở nước ngoài "
    "theo Đề án của tỉnh, độ tuổi quy hoạch lần đầu được cao hơn không quá 02 tuổi so với bảng tại khoản 2 Điều này."
)
b("Điều 6. Cơ cấu quy hoạch")
para("1. Danh sách quy hoạch Ban Chấp hành, Ban Thường vụ Tỉnh ủy bảo đảm tỷ lệ cơ cấu tối thiểu như sau:")
doc.table(
    [
        ["Cơ cấu", "Ban Chấp hành Đảng bộ tỉnh", "Ban Thường vụ Tỉnh ủy", "Cấp ủy xã, phường, đặc khu"],
        [
            "Cán bộ trẻ (dưới 45 tuổi)",
            "Tối thiểu 25% danh sách quy hoạch",
            "Tối thiểu 15% danh sách quy hoạch",
            "Tối thiểu 30% danh sách quy hoạch",
        ],
        [
            "Cán bộ nữ",
            "Tối thiểu 28% danh sách quy hoạch",
            "Tối thiểu 20% danh sách quy hoạch",
            "Tối thiểu 22% danh sách quy hoạch",
        ],
        [
            "Cán bộ người dân tộc thiểu số",
            "Tối thiểu 12% danh sách quy hoạch",
            "Có ít nhất 01 người",
            "Theo tỷ lệ dân số của địa bàn",
        ],
    ]
)
para(
    "2. Số lượng quy hoạch Ban Chấp hành Đảng bộ tỉnh không quá 1,5 lần số lượng ủy viên Ban Chấp hành được Đại hội "
    "quyết định; quy hoạch Ban Thường vụ Tỉnh ủy không quá 1,5 lần số lượng ủy viên Ban Thường vụ."
)
para(
    "3. Cán bộ dưới 40 tuổi có năng lực nổi trội, có sản phẩm cụ thể được cấp có thẩm quyền công nhận thì được xem "
    "xét quy hoạch vượt cấp theo cơ chế đặc thù; Ban Tổ chức Tỉnh ủy thẩm định riêng từng trường hợp."
)

c("Chương III")
c("THẨM QUYỀN, QUY TRÌNH VÀ HỒ SƠ QUY HOẠCH")
b("Điều 7. Thẩm quyền phê duyệt")
para(
    "1. Ban Thường vụ Tỉnh ủy xem xét, thông qua quy hoạch Ban Chấp hành, Ban Thường vụ, các chức danh chủ chốt của "
    "tỉnh để trình Bộ Chính trị, Ban Bí thư phê duyệt theo phân cấp."
)
para(
    "2. Ban Thường vụ Tỉnh ủy phê duyệt quy hoạch các chức danh lãnh đạo, quản lý thuộc diện Ban Thường vụ Tỉnh ủy "
    "quản lý, gồm cả bí thư, phó bí thư, chủ tịch, phó chủ tịch Ủy ban nhân dân các xã, phường, đặc khu."
)
para(
    "3. Ban thường vụ đảng ủy xã, phường, đặc khu phê duyệt quy hoạch ủy viên ban chấp hành, ủy viên ban thường vụ "
    "đảng ủy và các chức danh do cấp mình quản lý, sau khi có ý kiến thẩm định bằng văn bản của Ban Tổ chức Tỉnh ủy."
)
b("Điều 8. Quy trình quy hoạch chức danh thuộc diện Ban Thường vụ Tỉnh ủy quản lý")
para("Việc quy hoạch được tiến hành qua 05 bước sau:")
doc.broken(
    "Bước 1. Chuẩn bị và giới thiệu nguồn.",
    "Ban Tổ chức Tỉnh ủy hướng dẫn các cơ quan, đơn vị rà soát, đánh giá cán bộ và dự kiến nguồn; cơ quan, đơn "
    "vị gửi danh sách nguồn về Ban Tổ chức Tỉnh ủy trong thời hạn 15 ngày làm việc kể từ ngày nhận văn bản hướng dẫn.",
)
doc.broken(
    "Bước 2. Hội nghị cán bộ chủ chốt giới thiệu bằng phiếu kín.",
    "Thành phần gồm cấp ủy viên, lãnh đạo cơ quan, cấp trưởng các đơn vị trực thuộc; hội nghị chỉ hợp lệ khi có "
    "ít nhất 2/3 số người được triệu tập có mặt. Kết quả kiểm phiếu không công bố tại hội nghị.",
)
doc.broken(
    "Bước 3. Tập thể lãnh đạo cơ quan, đơn vị thảo luận, bỏ phiếu kín.",
    "Trên cơ sở kết quả Bước 2, tập thể lãnh đạo thảo luận, bỏ phiếu kín giới thiệu; người được trên 50% tổng số "
    "thành viên tập thể lãnh đạo đồng ý thì được đưa vào danh sách đề nghị.",
)
doc.broken(
    "Bước 4. Ban Tổ chức Tỉnh ủy thẩm định.",
    "Trong thời hạn 20 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ, Ban Tổ chức Tỉnh ủy thẩm định, lấy ý kiến "
    "Ủy ban Kiểm tra Tỉnh ủy về tiêu chuẩn chính trị và kê khai tài sản, thu nhập, rồi báo cáo Thường trực Tỉnh ủy.",
)
doc.broken(
    "Bước 5. Ban Thường vụ Tỉnh ủy xem xét, phê duyệt.",
    "Ban Thường vụ Tỉnh ủy thảo luận, biểu quyết bằng phiếu kín; người được trên 50% tổng số ủy viên Ban Thường vụ "
    "đồng ý thì được phê duyệt quy hoạch. Quyết định phê duyệt được ban hành chậm nhất 10 ngày làm việc sau phiên họp.",
)
para(
    "Kết quả phê duyệt được thông báo đến cơ quan, đơn vị và cá nhân được quy hoạch; danh sách quy hoạch không công "
    "bố trên phương tiện thông tin đại chúng."
)
b("Điều 9. Hồ sơ đề nghị phê duyệt quy hoạch")
para("1. Hồ sơ của cơ quan, đơn vị gửi Ban Tổ chức Tỉnh ủy (01 bộ) gồm:")
numbered("Tờ trình đề nghị phê duyệt quy hoạch;")
numbered("Biên bản và biên bản kiểm phiếu của các hội nghị tại Bước 2 và Bước 3;")
numbered("Danh sách trích ngang cán bộ đề nghị quy hoạch theo Mẫu QH-01 kèm theo Quy định này;")
numbered("Sơ yếu lý lịch theo mẫu 2C/TCTW-98, có xác nhận của cơ quan quản lý không quá 06 tháng;")
numbered("Bản nhận xét, đánh giá cán bộ của tập thể lãnh đạo và của chi ủy nơi cư trú;")
numbered("Bản kê khai tài sản, thu nhập gần nhất và giấy chứng nhận sức khỏe.")
para(
    "2. Hồ sơ không đủ thành phần hoặc quá thời hạn sử dụng thì Ban Tổ chức Tỉnh ủy trả lại trong 03 ngày làm việc, "
    "nêu rõ lý do; thời hạn thẩm định tính lại từ ngày nhận đủ hồ sơ."
)
b("Điều 10. Thời hạn xây dựng, phê duyệt và bổ sung quy hoạch")
para(
    "1. Quy hoạch nhiệm kỳ 2030 - 2035: cơ quan, đơn vị gửi hồ sơ về Ban Tổ chức Tỉnh ủy trước ngày 31 tháng 3 năm "
    "2026; Ban Thường vụ Tỉnh ủy phê duyệt trước ngày 30 tháng 6 năm 2026."
)
para(
    "2. Rà soát, bổ sung quy hoạch hằng năm thực hiện trong tháng 10 và tháng 11; hồ sơ đề nghị bổ sung gửi Ban "
    "Tổ chức Tỉnh ủy trước ngày 15 tháng 11; việc phê duyệt bổ sung hoàn thành trước ngày 31 tháng 12 hằng năm."
)
para(
    "3. Không thực hiện bổ sung quy hoạch trong thời gian 06 tháng trước đại hội đảng bộ các cấp, trừ trường hợp "
    "đặc biệt do Thường trực Tỉnh ủy quyết định."
)

c("Chương IV")
c("QUẢN LÝ, ĐÀO TẠO VÀ ĐƯA RA KHỎI QUY HOẠCH")
b("Điều 11. Quản lý và sử dụng cán bộ trong quy hoạch")
para(
    "1. Cán bộ trong quy hoạch được ưu tiên cử đi đào tạo, bồi dưỡng theo yêu cầu chức danh; trong thời gian 24 "
    "tháng kể từ ngày được phê duyệt quy hoạch phải hoàn thành chương trình lý luận chính trị theo tiêu chuẩn chức "
    "danh, nếu chưa có."
)
para(
    "2. Cán bộ quy hoạch chức danh chủ chốt cấp tỉnh dưới 45 tuổi, chưa kinh qua công tác ở cơ sở, được xem xét "
    "luân chuyển về xã, phường, đặc khu với thời gian luân chuyển ít nhất 03 năm."
)
para(
    "3. Việc bổ nhiệm, giới thiệu ứng cử chức danh lãnh đạo, quản lý phải từ danh sách quy hoạch đã được phê duyệt. "
    "Trường hợp nhân sự ngoài quy hoạch phải được Ban Thường vụ Tỉnh ủy đồng ý bằng văn bản."
)
b("Điều 12. Đưa ra khỏi quy hoạch")
para("1. Cán bộ bị đưa ra khỏi quy hoạch trong các trường hợp sau:")
para("a) Bị kỷ luật từ khiển trách trở lên về đảng, chính quyền hoặc đoàn thể;")
para("b) Có 02 năm liên tục được xếp loại chất lượng ở mức hoàn thành nhiệm vụ;")
para("c) Không còn đủ tuổi quy hoạch theo Điều 5 hoặc không bảo đảm sức khỏe để công tác;")
para(
    "d) Có trên 50% số phiếu tín nhiệm thấp khi lấy phiếu tín nhiệm, hoặc kết quả giới thiệu tại lần rà soát hằng "
    "năm dưới 30%;"
)
para("đ) Tự nguyện xin ra khỏi quy hoạch và được cấp có thẩm quyền đồng ý.")
para(
    "2. Cấp có thẩm quyền phê duyệt quy hoạch thì có thẩm quyền quyết định đưa ra khỏi quy hoạch; quyết định được "
    "thông báo cho cán bộ trong thời hạn 07 ngày làm việc."
)
para(
    "3. Cán bộ đã bị đưa ra khỏi quy hoạch vì lý do tại điểm a, điểm b khoản 1 Điều này thì không xem xét quy hoạch "
    "lại vào chức danh đó trong nhiệm kỳ quy hoạch hiện tại."
)

c("Chương V")
c("TỔ CHỨC THỰC HIỆN")
b("Điều 13. Trách nhiệm thi hành")
para(
    "1. Ban Tổ chức Tỉnh ủy chủ trì hướng dẫn, theo dõi, kiểm tra việc thực hiện Quy định này; hằng năm báo cáo Ban "
    "Thường vụ Tỉnh ủy kết quả rà soát quy hoạch trước ngày 20 tháng 12."
)
para(
    "2. Ủy ban Kiểm tra Tỉnh ủy phối hợp kiểm tra, giám sát công tác quy hoạch; có ý kiến về tiêu chuẩn chính trị và "
    "kê khai tài sản, thu nhập của cán bộ trong thời hạn 10 ngày làm việc kể từ ngày nhận văn bản đề nghị."
)
para("3. Người đứng đầu cấp ủy, cơ quan, đơn vị chịu trách nhiệm về chất lượng nguồn cán bộ giới thiệu vào quy hoạch.")
b("Điều 14. Hiệu lực thi hành")
para(
    "Quy định này có hiệu lực kể từ ngày ký, thay thế Quy định số 11-QĐ/TU ngày 09 tháng 8 năm 2019 của Ban Thường "
    "vụ Tỉnh ủy về công tác quy hoạch cán bộ. Trong quá trình thực hiện, nếu có vướng mắc, các cấp ủy, tổ chức đảng "
    "phản ánh về Ban Tổ chức Tỉnh ủy để tổng hợp, báo cáo Ban Thường vụ Tỉnh ủy xem xét, sửa đổi, bổ sung."
)
doc.broken(
    "Nơi nhận:",
    "- Ban Tổ chức Trung ương (để báo cáo),",
    "- Các đồng chí Tỉnh ủy viên,",
    "- Các đảng ủy trực thuộc Tỉnh ủy,",
    "- Lưu Văn phòng Tỉnh ủy.",
)
c("T/M BAN THƯỜNG VỤ")
c("PHÓ BÍ THƯ THƯỜNG TRỰC")
c("Trịnh Văn Khải")

doc.save(out_path(__file__, "quy-dinh/quy-dinh-cong-tac-quy-hoach-can-bo.docx"))
