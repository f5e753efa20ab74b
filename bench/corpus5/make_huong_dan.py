"""Guide on the yearly review and rating of party organisations and members (Ban Tổ chức Tỉnh ủy Đông Sơn) as a
text PDF (fpdf2 + DejaVuSans): letterhead, parts I–VIII, running header on every page, "Trang N" footer.

usage: /work/main/.venv/bin/python bench/corpus5/make_huong_dan.py   (CORPUS5_OUT=DIR writes elsewhere)
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from corpus_files import LetterheadPdf, out_path

pdf = LetterheadPdf(
    "Hướng dẫn kiểm điểm, đánh giá, xếp loại chất lượng hằng năm — Ban Tổ chức Tỉnh ủy Đông Sơn",
    "TỈNH ỦY ĐÔNG SƠN\nBAN TỔ CHỨC\n*\nSố 14-HD/BTCTU",
    "Đông Sơn, ngày 06 tháng 11 năm 2025",
    body=(10, 5.2),
    after_letterhead=8,
)
title, sec, para = pdf.name, pdf.sec, pdf.para

title("HƯỚNG DẪN")
title("kiểm điểm, đánh giá, xếp loại chất lượng tổ chức đảng, đảng viên hằng năm", 12)
pdf.note(space=3)
para(
    "Thực hiện quy định của Bộ Chính trị và hướng dẫn của Ban Tổ chức Trung ương về kiểm điểm, đánh giá, xếp loại "
    "chất lượng hằng năm, Ban Tổ chức Tỉnh ủy hướng dẫn các đảng bộ, chi bộ trực thuộc thực hiện như sau:"
)

sec("I. MỤC ĐÍCH, YÊU CẦU")
para(
    "1. Đánh giá đúng thực chất kết quả thực hiện nhiệm vụ của từng tổ chức đảng, đảng viên trong năm; khắc phục "
    "tình trạng nể nang, \u201cdĩ hòa vi quý\u201d, chạy theo thành tích."
)
para(
    "2. Kiểm điểm phải gắn với trách nhiệm cá nhân, nhất là người đứng đầu; lấy kết quả, sản phẩm cụ thể làm thước "
    "đo; kết quả xếp loại được công khai trong chi bộ."
)

sec("II. ĐỐI TƯỢNG, THỜI GIAN")
para(
    "1. Đối tượng kiểm điểm, xếp loại gồm tổ chức cơ sở đảng, chi bộ trực thuộc đảng ủy cơ sở và tất cả đảng viên, "
    "kể cả đảng viên dự bị."
)
para(
    "2. Đảng viên được miễn công tác và sinh hoạt đảng không phải kiểm điểm, xếp loại; đảng viên nghỉ ốm đau, thai "
    "sản từ 3 tháng trở lên trong năm vẫn kiểm điểm nhưng không xếp loại."
)
para(
    "3. Đảng viên mới chuyển sinh hoạt đến dưới 6 tháng thì chi bộ nơi chuyển đến lấy ý kiến nhận xét của chi bộ "
    "nơi chuyển đi trước khi xếp loại."
)
para(
    "4. Thời điểm chốt số liệu tính từ ngày 15 tháng 12 năm trước đến ngày 14 tháng 12 năm đánh giá. Chi bộ hoàn "
    "thành kiểm điểm trước ngày 25 tháng 12; đảng ủy cơ sở hoàn thành và báo cáo cấp trên trước ngày 15 tháng 01 năm "
    "sau."
)

para(
    "5. Đảng viên là cán bộ lãnh đạo, quản lý kiểm điểm hai nơi: ở tập thể lãnh đạo, quản lý nơi công tác và ở chi "
    "bộ nơi sinh hoạt; kết quả ở tập thể lãnh đạo là căn cứ để chi bộ xếp loại."
)

sec("III. TIÊU CHÍ XẾP LOẠI ĐẢNG VIÊN")
para("1. Hoàn thành xuất sắc nhiệm vụ: là đảng viên tiêu biểu trong số đảng viên hoàn thành tốt nhiệm vụ, đồng thời:")
para("a) có thành tích nổi bật, sản phẩm cụ thể được cấp có thẩm quyền công nhận hoặc khen thưởng trong năm;", 5)
para("b) số lượng không vượt quá 20% số đảng viên được xếp loại hoàn thành tốt nhiệm vụ.", 5)
para(
    "2. Hoàn thành tốt nhiệm vụ: có lập trường tư tưởng vững vàng; đạo đức, lối sống trong sáng; hoàn thành 100% "
    "nhiệm vụ, chỉ tiêu được giao, trong đó ít nhất 50% đạt mức tốt; tham gia đầy đủ sinh hoạt chi bộ."
)
para(
    "3. Hoàn thành nhiệm vụ: thực hiện được các nhiệm vụ được giao nhưng còn có mặt hạn chế; hoàn thành từ 70% "
    "nhiệm vụ, chỉ tiêu trở lên; có khuyết điểm nhưng đã khắc phục khi được nhắc nhở."
)
para("4. Không hoàn thành nhiệm vụ: đảng viên có một trong các biểu hiện sau:")
para("a) hoàn thành dưới 70% nhiệm vụ, chỉ tiêu được giao hoặc bị cơ quan xếp loại không hoàn thành nhiệm vụ;", 5)
para("b) bị kỷ luật đảng trong năm từ mức cảnh cáo trở lên (một vi phạm chỉ tính một lần);", 5)
para("c) vắng sinh hoạt chi bộ quá 3 lần trong năm không có lý do; không đóng đảng phí đầy đủ.", 5)
para(
    "5. Đảng viên bị kỷ luật khiển trách trong năm thì không xếp loại hoàn thành tốt nhiệm vụ trở lên. Đảng viên "
    "2 năm liên tiếp không hoàn thành nhiệm vụ thì chi bộ xem xét, đề nghị đưa ra khỏi Đảng."
)

sec("IV. TIÊU CHÍ XẾP LOẠI TỔ CHỨC ĐẢNG")
para(
    "1. Tổ chức cơ sở đảng hoàn thành xuất sắc nhiệm vụ không quá 20% số được xếp loại hoàn thành tốt nhiệm vụ; "
    "tập thể lãnh đạo, quản lý phải được xếp loại hoàn thành tốt nhiệm vụ trở lên."
)
para(
    "2. Chi bộ hoàn thành tốt nhiệm vụ khi không có đảng viên bị xử lý kỷ luật, sinh hoạt đều đặn hằng tháng, có "
    "ít nhất 80% đảng viên hoàn thành tốt nhiệm vụ trở lên."
)
para(
    "3. Tổ chức đảng xếp loại không hoàn thành nhiệm vụ khi bị kỷ luật trong năm, có trên 20% đảng viên không hoàn "
    "thành nhiệm vụ hoặc để xảy ra mất đoàn kết nội bộ kéo dài."
)

sec("V. QUY TRÌNH KIỂM ĐIỂM, XẾP LOẠI ĐẢNG VIÊN")
para("1. Bước một: đảng viên viết bản tự kiểm điểm theo mẫu số 02A, tự nhận mức xếp loại của bản thân.")
para(
    "2. Bước hai: đảng viên đang công tác xin nhận xét của chi ủy nơi cư trú; cấp ủy viên lấy ý kiến góp ý của "
    "tập thể lãnh đạo nơi công tác."
)
para(
    "3. Bước ba: chi bộ họp kiểm điểm; từng đảng viên trình bày bản tự kiểm điểm, đảng viên dự họp góp ý; chi bộ "
    "bỏ phiếu kín đề xuất mức xếp loại."
)
para(
    "4. Bước bốn: chi ủy tổng hợp, báo cáo đảng ủy cơ sở; đảng ủy cơ sở xem xét, quyết định xếp loại đảng viên và "
    "thông báo kết quả về chi bộ."
)
para(
    "5. Bước năm: chi bộ công bố kết quả xếp loại; đảng viên xây dựng kế hoạch khắc phục hạn chế, khuyết điểm trong "
    "thời hạn 15 ngày."
)

sec("VI. QUY TRÌNH ĐỐI VỚI TỔ CHỨC ĐẢNG")
para(
    "1. Cấp ủy (chi ủy) chuẩn bị báo cáo kiểm điểm tập thể, gửi trước ít nhất 3 ngày làm việc đến các đảng viên để "
    "nghiên cứu, chuẩn bị ý kiến."
)
para(
    "2. Hội nghị kiểm điểm của đảng ủy cơ sở phải có đại diện cấp ủy cấp trên trực tiếp dự, chỉ đạo; ý kiến góp ý "
    "được ghi đầy đủ vào biên bản."
)
para(
    "3. Đảng viên dự hội nghị bỏ phiếu đề xuất mức xếp loại tổ chức đảng; ban thường vụ cấp ủy cấp trên trực tiếp "
    "xem xét, quyết định xếp loại tổ chức cơ sở đảng."
)
para(
    "4. Đảng ủy cơ sở quyết định xếp loại chi bộ trực thuộc; chi bộ có ý kiến khác về kết quả được đề nghị xem xét "
    "lại một lần trong 10 ngày kể từ khi nhận thông báo."
)

sec("VII. HỒ SƠ KIỂM ĐIỂM, XẾP LOẠI")
para(
    "1. Hồ sơ gồm bản tự kiểm điểm của đảng viên, phiếu đánh giá, biên bản họp chi bộ, biên bản kiểm phiếu, báo "
    "cáo tổng hợp và quyết định công nhận kết quả xếp loại."
)
para(
    "2. Hồ sơ được lưu tại chi bộ và văn phòng đảng ủy cơ sở trong thời hạn 5 năm; báo cáo gửi Ban Tổ chức Tỉnh ủy "
    "theo mẫu số 05 kèm bản mềm."
)

sec("VIII. TỔ CHỨC THỰC HIỆN")
para(
    "1. Kết quả xếp loại là căn cứ để bình xét khen thưởng, quy hoạch, bổ nhiệm, nâng lương và xét tặng Huy hiệu "
    "Đảng trong năm."
)
para(
    "2. Quá trình thực hiện có vướng mắc, các đảng bộ, chi bộ phản ánh về Ban Tổ chức Tỉnh ủy (Phòng Tổ chức đảng, "
    "đảng viên, số điện thoại 0215 3824 611) để được hướng dẫn."
)
pdf.signature("K/T TRƯỞNG BAN\nPHÓ TRƯỞNG BAN")

pdf.output(out_path(__file__, "huong-dan/huong-dan-danh-gia-xep-loai.pdf"))
