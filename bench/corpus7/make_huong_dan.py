"""Guide of the Ban Tổ chức Tỉnh ủy Bình Lâm on organising branch (chi bộ) congresses (preparation timeline, documents,
the session's programme, quorum, election rules, electing the bí thư directly, reporting results, postponing) as a
text PDF (fpdf2 + DejaVuSans): letterhead, parts I–VII with numbered items and a) b) c) sub-items, running header on
every page, "Trang N" footer, 3 pages.

usage: /work/main/.venv/bin/python bench/corpus7/make_huong_dan.py   (CORPUS7_OUT=DIR writes elsewhere)
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from corpus_files import LetterheadPdf, out_path

pdf = LetterheadPdf(
    "Hướng dẫn tổ chức đại hội chi bộ — Ban Tổ chức Tỉnh ủy Bình Lâm",
    "TỈNH ỦY BÌNH LÂM\nBAN TỔ CHỨC\n*\nSố 15-HD/BTCTU",
    "Bình Lâm, ngày 06 tháng 01 năm 2025",
    body=(10, 5.2),
    after_letterhead=8,
)
title, sec, para = pdf.name, pdf.sec, pdf.para

title("HƯỚNG DẪN")
title("tổ chức đại hội chi bộ trực thuộc đảng ủy cơ sở và chi bộ cơ sở nhiệm kỳ 2025 – 2027", 12)
pdf.note(space=3)
para(
    "Thực hiện Chỉ thị của Ban Thường vụ Tỉnh ủy về đại hội đảng bộ các cấp, Ban Tổ chức Tỉnh ủy hướng dẫn việc tổ "
    "chức đại hội chi bộ trong Đảng bộ tỉnh như sau:"
)

sec("I. MỤC ĐÍCH, YÊU CẦU")
para(
    "1. Đại hội chi bộ đánh giá kết quả thực hiện nghị quyết nhiệm kỳ qua, quyết định phương hướng, nhiệm vụ nhiệm kỳ "
    "tới và bầu chi ủy, bí thư, phó bí thư có đủ phẩm chất, năng lực, uy tín."
)
para(
    "2. Đại hội được tổ chức dân chủ, đúng Điều lệ Đảng, thiết thực, tiết kiệm; không treo băng rôn, khẩu hiệu, không "
    "tặng quà, không tổ chức liên hoan sau đại hội."
)

sec("II. THỜI GIAN VÀ HÌNH THỨC ĐẠI HỘI")
para(
    "1. Chi bộ trực thuộc đảng ủy cơ sở hoàn thành đại hội trước ngày 31 tháng 5 năm 2025; chi bộ cơ sở hoàn thành "
    "trước ngày 30 tháng 6 năm 2025, để đảng ủy cơ sở tiến hành đại hội theo kế hoạch."
)
para(
    "2. Chi bộ có dưới 30 đảng viên tổ chức đại hội toàn thể, chỉ tiến hành một phiên chính thức trong một buổi; chi "
    "bộ có từ 30 đảng viên trở lên có thể tổ chức phiên trù bị trước phiên chính thức."
)
para(
    "3. Đảng ủy cơ sở chọn một chi bộ làm đại hội điểm, tổ chức trước các chi bộ khác ít nhất 15 ngày để rút kinh "
    "nghiệm chung."
)

sec("III. CÔNG TÁC CHUẨN BỊ")
para("1. Kế hoạch và lịch trình chuẩn bị")
para(
    "a) Chậm nhất 60 ngày trước ngày dự kiến đại hội, chi ủy (bí thư nơi không có chi ủy) xây dựng kế hoạch đại hội, "
    "báo cáo đảng ủy cơ sở cho ý kiến;",
    5,
)
para(
    "b) Chậm nhất 15 ngày trước đại hội, chi ủy gửi dự thảo báo cáo chính trị và đề án nhân sự lên đảng ủy cơ sở; "
    "đảng ủy cơ sở có ý kiến bằng văn bản trong 07 ngày làm việc;",
    5,
)
para(
    "c) Chậm nhất 07 ngày trước đại hội, chi ủy gửi giấy triệu tập và dự thảo báo cáo đến từng đảng viên để nghiên "
    "cứu trước.",
    5,
)
para("2. Văn kiện trình đại hội gồm:")
para("a) báo cáo chính trị, trong đó có phần kiểm điểm sự lãnh đạo, chỉ đạo của chi ủy (bí thư) nhiệm kỳ qua;", 5)
para("b) dự thảo nghị quyết đại hội, với các chỉ tiêu chủ yếu của nhiệm kỳ tới;", 5)
para("c) danh sách đảng viên chính thức được triệu tập và danh sách giới thiệu nhân sự bầu cử;", 5)
para("d) nội quy, quy chế bầu cử, chương trình đại hội và mẫu phiếu bầu.", 5)
para("3. Nhân sự và số lượng chi ủy viên")
para("a) Chi bộ có dưới 9 đảng viên chính thức không bầu chi ủy, chỉ bầu bí thư và khi cần thì bầu một phó bí thư;", 5)
para(
    "b) Chi bộ có từ 9 đến dưới 30 đảng viên chính thức bầu chi ủy 03 đồng chí; chi bộ có từ 30 đảng viên chính "
    "thức trở lên bầu chi ủy không quá 05 đồng chí;",
    5,
)
para(
    "c) Đồng chí tham gia chi ủy lần đầu phải còn đủ tuổi công tác ít nhất trọn một nhiệm kỳ; đồng chí tái cử phải "
    "còn ít nhất 30 tháng công tác tính đến tháng đại hội.",
    5,
)

sec("IV. CHƯƠNG TRÌNH ĐẠI HỘI")
para("Phiên chính thức của đại hội chi bộ tiến hành lần lượt các bước sau:")
para("1. Chào cờ, tuyên bố lý do, giới thiệu đại biểu; báo cáo số đảng viên có mặt, vắng mặt và lý do vắng.", 5)
para("2. Bầu đoàn chủ tịch (01 – 03 đồng chí) và thư ký đại hội (01 – 02 đồng chí) bằng hình thức giơ tay.", 5)
para("3. Đoàn chủ tịch trình bày báo cáo chính trị và báo cáo kiểm điểm của chi ủy.", 5)
para("4. Đại hội thảo luận văn kiện; đại diện đảng ủy cơ sở phát biểu chỉ đạo.", 5)
para("5. Bầu cử chi ủy, bí thư, phó bí thư và đại biểu dự đại hội cấp trên (nếu có).", 5)
para("6. Thông qua nghị quyết đại hội bằng biểu quyết giơ tay; bế mạc, chào cờ.", 5)

sec("V. ĐẠI BIỂU VÀ ĐIỀU KIỆN ĐỂ ĐẠI HỘI HỢP LỆ")
para(
    "1. Đảng viên chính thức và đảng viên dự bị trong chi bộ đều được triệu tập; đảng viên dự bị được thảo luận, phát "
    "biểu nhưng không biểu quyết, không bầu cử và không ứng cử."
)
para(
    "2. Đại hội hợp lệ khi có trên hai phần ba số đảng viên chính thức được triệu tập có mặt. Không tính vào số phải "
    "triệu tập các đảng viên đã được miễn sinh hoạt đảng, đang bị đình chỉ sinh hoạt, đang bị khởi tố, truy tố, tạm "
    "giam hoặc đang chấp hành án phạt tù."
)
para("3. Đảng viên được miễn sinh hoạt đảng nếu tự nguyện dự đại hội và tham gia bầu cử thì vẫn tính vào số có mặt.")

sec("VI. NGUYÊN TẮC VÀ THỂ THỨC BẦU CỬ")
para("1. Việc bầu cử tại đại hội chi bộ thực hiện bằng phiếu kín; không bầu bằng hình thức giơ tay.")
para(
    "2. Danh sách bầu cử phải nhiều hơn số lượng cần bầu từ 10% đến 30%; chi bộ có chi ủy 03 đồng chí thì danh sách "
    "bầu cử có ít nhất 04 người. Đảng viên có quyền ứng cử, đề cử trước khi đại hội biểu quyết danh sách."
)
para(
    "3. Người trúng cử phải được số phiếu bầu quá một nửa so với tổng số đảng viên chính thức được triệu tập; nếu "
    "nhiều người cùng đạt trên một nửa thì lấy người có số phiếu cao hơn."
)
para("4. Bầu trực tiếp bí thư, phó bí thư tại đại hội")
para(
    "a) Chi bộ không có chi ủy: đại hội bầu bí thư trước; nếu có bầu phó bí thư thì bầu tiếp bằng một lượt phiếu "
    "riêng;",
    5,
)
para(
    "b) Chi bộ có chi ủy: đại hội bầu chi ủy trước, sau đó bầu bí thư trực tiếp tại đại hội trong số chi ủy viên "
    "vừa trúng cử; phó bí thư do chi ủy bầu tại hội nghị chi ủy đầu tiên ngay sau đại hội;",
    5,
)
para(
    "c) Danh sách bầu bí thư được phép chỉ có một người; bầu không đủ số phiếu quá một nửa thì đại hội giao chi ủy "
    "bầu bí thư và báo cáo đảng ủy cơ sở.",
    5,
)
para(
    "5. Ban kiểm phiếu có từ 03 đến 05 đồng chí, do đại hội bầu bằng giơ tay; người có tên trong danh sách bầu cử "
    "không được tham gia ban kiểm phiếu."
)
para(
    "6. Bầu lần thứ nhất chưa đủ số lượng thì đại hội quyết định bầu tiếp; nếu bầu lần thứ hai vẫn chưa đủ mà số "
    "trúng cử đã đạt từ hai phần ba số lượng cần bầu trở lên thì dừng lại."
)
para(
    "7. Phiếu không hợp lệ gồm: phiếu không đúng mẫu có dấu của chi bộ; phiếu gạch hết tên trong danh sách; phiếu "
    "bầu thừa số lượng đã quy định; phiếu ghi thêm tên người ngoài danh sách hoặc ghi thêm nội dung khác."
)

sec("VII. BÁO CÁO KẾT QUẢ VÀ CÁC TRƯỜNG HỢP HOÃN ĐẠI HỘI")
para(
    "1. Trong thời hạn 05 ngày làm việc sau đại hội, chi ủy gửi hồ sơ đại hội lên đảng ủy cơ sở, gồm: biên bản đại "
    "hội, nghị quyết, biên bản kiểm phiếu, danh sách trích ngang người trúng cử và tờ trình đề nghị chuẩn y."
)
para(
    "2. Đảng ủy cơ sở ra quyết định chuẩn y chi ủy, bí thư, phó bí thư trong thời hạn 10 ngày làm việc kể từ ngày "
    "nhận đủ hồ sơ; trong thời gian chờ chuẩn y, chi ủy mới được điều hành công việc của chi bộ."
)
para("3. Đảng ủy cơ sở xem xét cho chi bộ hoãn đại hội trong các trường hợp:")
para("a) không bảo đảm trên hai phần ba số đảng viên chính thức có mặt theo khoản 2 mục V;", 5)
para("b) thiên tai, dịch bệnh hoặc sự cố khiến đảng viên không thể tập trung;", 5)
para("c) có đơn tố cáo liên quan đến nhân sự dự kiến bầu làm bí thư mà chưa được kết luận trước ngày đại hội.", 5)
para(
    "4. Thời gian hoãn không quá 30 ngày; chi bộ báo cáo lý do bằng văn bản và được đảng ủy cơ sở đồng ý "
    "trước khi hoãn. "
    "Việc tổ chức đại hội sớm hoặc muộn hơn thời gian quy định không quá 06 tháng do ban thường vụ cấp ủy cấp trên "
    "trực tiếp của tổ chức cơ sở đảng quyết định."
)
para(
    "5. Chi bộ mới thành lập, chia tách hoặc hợp nhất thì đảng ủy cơ sở chỉ định chi ủy, bí thư lâm thời; chi bộ "
    "tiến hành đại hội chậm nhất 12 tháng kể từ ngày có quyết định thành lập."
)
para(
    "6. Chậm nhất 30 ngày sau đại hội, chi ủy mới xây dựng chương trình hành động thực hiện nghị quyết, phân công "
    "nhiệm vụ cho từng chi ủy viên và phổ biến đến từng đảng viên."
)
para(
    "Quá trình thực hiện có vướng mắc, các đảng bộ, chi bộ phản ánh về Ban Tổ chức Tỉnh ủy (Phòng Tổ chức cơ sở đảng, "
    "số điện thoại 0263 3821 514) để được hướng dẫn."
)
pdf.signature("K/T TRƯỞNG BAN\nPHÓ TRƯỞNG BAN")

pdf.output(out_path(__file__, "huong-dan/huong-dan-to-chuc-dai-hoi-chi-bo.pdf"))
