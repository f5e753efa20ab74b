"""Guide of the Ban Tổ chức Tỉnh ủy Lam Giang on managing party members who go abroad (private trips, official
missions, long stays, what is forbidden abroad, reporting back) as a text PDF (fpdf2 + DejaVuSans): letterhead,
parts I–VIII with numbered items and a) b) c) sub-items, running header on every page, "Trang N" footer, 3 pages.

usage: /work/main/.venv/bin/python bench/corpus6/make_huong_dan.py   (CORPUS6_OUT=DIR writes elsewhere)
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from corpus_files import LetterheadPdf, out_path

pdf = LetterheadPdf(
    "Hướng dẫn quản lý đảng viên ra nước ngoài — Ban Tổ chức Tỉnh ủy Lam Giang",
    "TỈNH ỦY LAM GIANG\nBAN TỔ CHỨC\n*\nSố 09-HD/BTCTU",
    "Lam Giang, ngày 21 tháng 3 năm 2025",
    body=(10, 5.2),
    after_letterhead=8,
)
title, sec, para = pdf.name, pdf.sec, pdf.para

title("HƯỚNG DẪN")
title("quản lý đảng viên ra nước ngoài công tác, học tập, lao động và giải quyết việc riêng", 12)
pdf.note(space=3)
para(
    "Để thống nhất việc quản lý đảng viên trong Đảng bộ tỉnh khi ra nước ngoài, Ban Tổ chức Tỉnh ủy hướng dẫn các "
    "đảng ủy trực thuộc, tổ chức cơ sở đảng và chi bộ thực hiện như sau:"
)

sec("I. PHẠM VI, ĐỐI TƯỢNG")
para(
    "1. Hướng dẫn này áp dụng đối với đảng viên chính thức và đảng viên dự bị thuộc Đảng bộ tỉnh khi xuất cảnh ra "
    "nước ngoài, không phân biệt thời gian ở nước ngoài dài hay ngắn."
)
para("2. Chuyến đi của đảng viên được chia làm hai loại:")
para(
    "a) đi vì việc riêng: du lịch, thăm thân nhân, chữa bệnh, học tập tự túc, lao động theo hợp đồng, đoàn tụ gia "
    "đình;",
    5,
)
para(
    "b) đi công vụ: công tác, học tập, bồi dưỡng, dự hội nghị theo quyết định cử đi của cơ quan, đơn vị có thẩm quyền.",
    5,
)
para(
    "3. Đảng viên là cán bộ thuộc diện Ban Thường vụ Tỉnh ủy quản lý, ngoài việc thực hiện Hướng dẫn này, còn thực "
    "hiện quy định riêng về quản lý cán bộ xuất cảnh."
)

sec("II. ĐẢNG VIÊN ĐI NƯỚC NGOÀI VÌ VIỆC RIÊNG")
para(
    "1. Chậm nhất 10 ngày làm việc trước ngày dự kiến xuất cảnh, đảng viên phải báo cáo bằng văn bản với chi ủy "
    "(bí thư chi bộ nơi không có chi ủy). Bản báo cáo ghi rõ:"
)
para("a) nước đến, mục đích chuyến đi, ngày đi và ngày dự kiến về nước;", 5)
para("b) nguồn kinh phí chi trả cho chuyến đi (tự túc, người thân bảo lãnh, tổ chức tài trợ);", 5)
para("c) người đi cùng, địa chỉ và số điện thoại liên lạc trong thời gian ở nước ngoài.", 5)
para(
    "2. Chi ủy có ý kiến bằng văn bản trong thời hạn 05 ngày làm việc kể từ ngày nhận báo cáo. Đảng viên đang công "
    "tác trong cơ quan nhà nước còn phải được thủ trưởng cơ quan quản lý đồng ý theo quy định."
)
para(
    "3. Trường hợp đột xuất (người thân ốm nặng hoặc từ trần ở nước ngoài), đảng viên báo cáo bí thư chi bộ qua điện "
    "thoại hoặc tin nhắn trước khi đi, sau đó bổ sung báo cáo bằng văn bản trong 05 ngày làm việc kể từ ngày về."
)
para(
    "4. Đảng viên không được nhận tài trợ, để tổ chức, cá nhân trong nước và nước ngoài chi trả chi phí chuyến đi "
    "khi chưa được cấp có thẩm quyền đồng ý."
)

sec("III. ĐẢNG VIÊN ĐI NƯỚC NGOÀI CÔNG VỤ")
para(
    "1. Đảng viên được cử đi công tác, học tập báo cáo chi bộ kèm bản sao quyết định cử đi chậm nhất 03 ngày làm "
    "việc trước khi xuất cảnh; không phải chờ ý kiến đồng ý của chi ủy."
)
para("2. Đi công vụ dưới 12 tháng thì đảng viên giữ nguyên sinh hoạt đảng ở chi bộ trong nước.")
para(
    "3. Đi công vụ từ 12 tháng trở lên, nơi đến có tổ chức đảng thì đảng viên chuyển sinh hoạt đảng tạm thời sang "
    "tổ chức đảng ở nước ngoài. Hồ sơ gồm:"
)
para("a) giấy giới thiệu sinh hoạt đảng tạm thời do đảng ủy cơ sở cấp;", 5)
para("b) bản nhận xét đảng viên của chi ủy nơi đang sinh hoạt;", 5)
para("c) bản sao quyết định cử đi công tác, học tập ở nước ngoài.", 5)
para(
    "4. Nơi đến chưa có tổ chức đảng thì đảng viên làm đơn xin tạm miễn sinh hoạt đảng trong thời gian ở nước ngoài "
    "và giữ liên lạc với chi bộ."
)

sec("IV. ĐẢNG VIÊN Ở NƯỚC NGOÀI DÀI HẠN VÌ VIỆC RIÊNG")
para(
    "1. Đảng viên ở nước ngoài từ 3 tháng trở lên vì việc riêng (lao động, học tập tự túc, đoàn tụ gia đình) phải "
    "làm đơn xin tạm miễn sinh hoạt đảng, hoặc xin chuyển sinh hoạt tạm thời nếu tổ chức đảng ở nước ngoài đồng ý "
    "tiếp nhận."
)
para(
    "2. Thời gian tạm miễn sinh hoạt đảng mỗi lần không quá 24 tháng; hết thời hạn mà chưa về nước thì đảng viên "
    "phải có đơn xin gia hạn, mỗi lần gia hạn không quá 12 tháng."
)
para(
    "3. Trong thời gian ở nước ngoài, đảng viên đóng đảng phí trước cho cả thời gian đi hoặc ủy quyền cho người "
    "thân trong gia đình đóng thay hằng tháng tại chi bộ."
)
para(
    "4. Ít nhất 6 tháng một lần, đảng viên báo cáo chi bộ qua thư điện tử hoặc điện thoại về tình hình học tập, làm "
    "việc, chấp hành pháp luật nước sở tại và giữ gìn tư cách đảng viên."
)
para(
    "5. Đảng viên ở lại nước ngoài quá thời hạn đã báo cáo mà không có lý do chính đáng, hoặc mất liên lạc với chi "
    "bộ liên tục 6 tháng, thì chi bộ xem xét, đề nghị cấp có thẩm quyền xóa tên."
)

sec("V. NHỮNG VIỆC ĐẢNG VIÊN KHÔNG ĐƯỢC LÀM KHI Ở NƯỚC NGOÀI")
para(
    "1. Tiếp xúc, tham gia hoặc giúp đỡ tổ chức, cá nhân hoạt động chống phá Nhà nước; dự các cuộc mít tinh, hội "
    "thảo có nội dung xuyên tạc lịch sử, chủ trương của Đảng."
)
para(
    "2. Mang theo, cung cấp tài liệu mật, tài liệu nội bộ; trả lời phỏng vấn báo chí nước ngoài về nội bộ Đảng, "
    "Nhà nước khi chưa được phép."
)
para(
    "3. Tự ý xin cư trú lâu dài, xin tị nạn hoặc nhập quốc tịch nước ngoài mà không báo cáo chi bộ và cấp ủy quản "
    "lý đảng viên."
)
para(
    "4. Vào sòng bạc, tham gia cá cược, các dịch vụ không lành mạnh; nhận quà tặng có giá trị của tổ chức, cá nhân "
    "nước ngoài mà không báo cáo."
)
para(
    "5. Đăng tải lên mạng xã hội hình ảnh, thông tin về nội dung làm việc của đoàn công tác khi chưa được trưởng "
    "đoàn cho phép."
)

sec("VI. BÁO CÁO SAU KHI VỀ NƯỚC")
para(
    "1. Trong thời hạn 15 ngày làm việc kể từ ngày về nước, đảng viên báo cáo bằng văn bản với chi bộ các nội dung sau:"
)
para("a) kết quả thực hiện mục đích chuyến đi, thời gian thực tế ở nước ngoài;", 5)
para("b) các mối quan hệ, tiếp xúc với tổ chức, cá nhân nước ngoài trong chuyến đi;", 5)
para("c) việc nhận quà tặng, tài trợ (nếu có) và cách xử lý.", 5)
para(
    "2. Đảng viên được tạm miễn sinh hoạt hoặc chuyển sinh hoạt tạm thời, khi về nước phải đăng ký sinh hoạt trở lại "
    "với chi bộ trong 30 ngày, nộp bản nhận xét của tổ chức đảng ở nước ngoài (nếu có)."
)
para(
    "3. Chi bộ xem xét báo cáo của đảng viên tại kỳ sinh hoạt thường kỳ gần nhất và ghi kết quả vào sổ theo dõi "
    "đảng viên ra nước ngoài."
)

sec("VII. TRÁCH NHIỆM CỦA CHI ỦY VÀ CẤP ỦY CƠ SỞ")
para(
    "1. Chi ủy lập sổ theo dõi đảng viên ra nước ngoài, ghi họ tên, nước đến, ngày đi, ngày về, hình thức sinh hoạt "
    "đảng trong thời gian vắng mặt."
)
para(
    "2. Bí thư chi bộ trực tiếp nắm tình hình, nhắc nhở đảng viên trước khi đi; phát hiện dấu hiệu vi phạm thì báo "
    "cáo đảng ủy cơ sở trong 03 ngày làm việc."
)
para(
    "3. Đảng ủy cơ sở tổng hợp tình hình đảng viên ra nước ngoài, báo cáo Ban Tổ chức Tỉnh ủy 6 tháng một lần, "
    "trước ngày 15 tháng 6 và ngày 15 tháng 12."
)
para(
    "4. Chi ủy kiểm điểm việc chấp hành Hướng dẫn này của đảng viên khi đánh giá, xếp loại cuối năm; đảng viên đi "
    "nước ngoài không báo cáo thì không xếp loại hoàn thành tốt nhiệm vụ trở lên."
)

sec("VIII. TỔ CHỨC THỰC HIỆN")
para(
    "1. Ban Tổ chức Tỉnh ủy phối hợp với Công an tỉnh trao đổi thông tin về đảng viên xuất cảnh, nhập cảnh; định kỳ "
    "kiểm tra việc thực hiện tại một số đảng bộ."
)
para(
    "2. Quá trình thực hiện có vướng mắc, các đảng bộ, chi bộ phản ánh về Ban Tổ chức Tỉnh ủy (Phòng Tổ chức đảng, "
    "đảng viên, số điện thoại 0219 3852 406) để được hướng dẫn."
)
para(
    "3. Hướng dẫn này có hiệu lực kể từ ngày ký, thay thế Hướng dẫn số 04-HD/BTCTU ngày 12 tháng 8 năm 2020 của Ban "
    "Tổ chức Tỉnh ủy. Các đảng ủy trực thuộc phổ biến đến từng chi bộ, đảng viên."
)
sec("PHỤ LỤC. NỘI DUNG BẢN BÁO CÁO TRƯỚC KHI XUẤT CẢNH (MẪU XC-01)")
para("- Họ và tên, chức vụ, chi bộ sinh hoạt; số hộ chiếu, ngày cấp.")
para("- Nước đến, mục đích chuyến đi, thời gian đi và về; kinh phí chuyến đi do ai chi trả.")
para("- Cam kết chấp hành pháp luật, giữ gìn bí mật và báo cáo chi bộ sau khi về nước theo quy định.")
para("- Ý kiến của chi ủy (ký, ghi rõ họ tên) và ý kiến của thủ trưởng cơ quan (nếu đảng viên đang công tác).")
pdf.signature("K/T TRƯỞNG BAN\nPHÓ TRƯỞNG BAN")

pdf.output(out_path(__file__, "huong-dan/huong-dan-dang-vien-ra-nuoc-ngoai.pdf"))
