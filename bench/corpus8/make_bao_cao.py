"""Self-review report of the Ban Chấp hành Đảng bộ Trường Đại học Bắc Phương (tỉnh Kim Hà), term 2020–2025, to the
VIIIth congress, as a text PDF (fpdf2 + DejaVuSans): letterhead, parts I–VI (strengths with figures, weaknesses,
causes, responsibility of the BCH / BTV / bí thư, lessons, directions for 2025–2030), running header on every page
and a "Trang N" footer, 3+ pages.

usage: /work/main/.venv/bin/python bench/corpus8/make_bao_cao.py   (CORPUS8_OUT=DIR writes elsewhere)
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from corpus_files import LetterheadPdf, out_path

pdf = LetterheadPdf(
    "Báo cáo kiểm điểm BCH Đảng bộ Trường Đại học Bắc Phương, nhiệm kỳ 2020 – 2025",
    "ĐẢNG BỘ KHỐI CÁC TRƯỜNG\nĐẠI HỌC, CAO ĐẲNG TỈNH KIM HÀ\nĐẢNG ỦY TRƯỜNG ĐẠI HỌC BẮC PHƯƠNG\n*\nSố 112-BC/ĐU",
    "Kim Hà, ngày 18 tháng 5 năm 2025",
    body=(10.5, 5.5),
    after_letterhead=8,
)
title, sec, para = pdf.name, pdf.sec, pdf.para

title("BÁO CÁO")
title(
    "kiểm điểm sự lãnh đạo, chỉ đạo của Ban Chấp hành Đảng bộ Trường Đại học Bắc Phương nhiệm kỳ 2020 – 2025 "
    "(trình Đại hội đại biểu Đảng bộ Trường lần thứ VIII)",
    12,
)
pdf.note(space=3)
para(
    "Ban Chấp hành Đảng bộ Trường khóa VII, nhiệm kỳ 2020 – 2025, được Đại hội bầu gồm 15 đồng chí; Ban Thường vụ 5 "
    "đồng chí. Đảng bộ hiện có 24 chi bộ trực thuộc (13 chi bộ khoa, 6 chi bộ phòng, trung tâm và 5 chi bộ sinh "
    "viên) với 638 đảng viên, trong đó 94 đảng viên là sinh viên. Ban Chấp hành tự kiểm điểm như sau:"
)

sec("I. ƯU ĐIỂM VÀ KẾT QUẢ ĐẠT ĐƯỢC")
para("1. Lãnh đạo thực hiện nhiệm vụ chính trị, đào tạo và khoa học công nghệ")
para(
    "Ban Chấp hành ban hành 6 nghị quyết chuyên đề, trong đó Nghị quyết về đổi mới chương trình đào tạo theo chuẩn "
    "đầu ra và Nghị quyết về phát triển đội ngũ giảng viên có học vị tiến sĩ có tác động rõ nét. Quy mô đào tạo tăng "
    "từ 11.200 lên 14.650 sinh viên; 100% chương trình đào tạo đại học được cập nhật, 18 chương trình đạt chuẩn kiểm "
    "định chất lượng. Tỷ lệ sinh viên có việc làm sau 12 tháng tốt nghiệp đạt bình quân 91,3%."
)
para(
    "Số giảng viên có trình độ tiến sĩ tăng từ 142 người (chiếm 31,8%) lên 231 người, chiếm 47,6% tổng số giảng "
    "viên; có 19 giáo sư, phó giáo sư, tăng 7 người so với đầu nhiệm kỳ. Trường cử 46 giảng viên đi làm nghiên cứu "
    "sinh, trong đó 21 người học ở nước ngoài."
)
para(
    "Hoạt động khoa học công nghệ có bước tiến: chủ trì 3 đề tài cấp nhà nước, 24 đề tài cấp bộ, cấp tỉnh và 286 "
    "đề tài cấp cơ sở; công bố 412 bài báo trên tạp chí quốc tế thuộc danh mục Scopus, gấp 2,6 lần nhiệm kỳ trước; "
    "được cấp 5 bằng độc quyền sáng chế. Nguồn thu từ chuyển giao công nghệ, dịch vụ khoa học đạt 38 tỷ đồng."
)
para("2. Công tác xây dựng Đảng")
para(
    "Công tác giáo dục chính trị, tư tưởng được quan tâm; 100% cán bộ, đảng viên học tập các nghị quyết của Đảng, "
    "tỷ lệ viết thu hoạch đạt yêu cầu trên 98%. Trong nhiệm kỳ, Đảng bộ kết nạp 246 đảng viên mới, trong đó 191 "
    "sinh viên và 55 giảng viên, viên chức, vượt 23% chỉ tiêu Đại hội đề ra."
)
para(
    "Chất lượng sinh hoạt chi bộ từng bước được nâng lên; bình quân hằng năm có 22,5% chi bộ được đánh giá hoàn "
    "thành xuất sắc nhiệm vụ và không có chi bộ không hoàn thành nhiệm vụ. Đảng bộ Trường được Đảng ủy Khối đánh giá "
    "hoàn thành xuất sắc nhiệm vụ 2 năm (2022, 2024), hoàn thành tốt nhiệm vụ 3 năm."
)
para(
    "Ủy ban Kiểm tra Đảng ủy kiểm tra 11 tổ chức đảng và 14 đảng viên, trong đó 3 đảng viên khi có dấu hiệu vi phạm; "
    "giám sát chuyên đề 16 chi bộ. Đảng bộ thi hành kỷ luật 4 đảng viên (2 khiển trách, 2 cảnh cáo) do vi phạm quy "
    "định về thi cử, chấm điểm và sử dụng tài sản công."
)
para("3. Lãnh đạo đoàn thể và công tác sinh viên")
para(
    "Công đoàn, Đoàn Thanh niên, Hội Sinh viên hoạt động sôi nổi; tổ chức 5 mùa chiến dịch tình nguyện hè với hơn "
    "7.400 lượt sinh viên tham gia. Có 1.186 sinh viên hoàn thành lớp bồi dưỡng nhận thức về Đảng."
)

sec("II. HẠN CHẾ, KHUYẾT ĐIỂM")
para(
    "1. Việc cụ thể hóa một số nghị quyết còn chậm; Nghị quyết về tự chủ đại học ban hành sau 14 tháng so với kế "
    "hoạch, chưa tạo được đột phá về cơ chế tài chính."
)
para(
    "2. Tỷ lệ giảng viên có trình độ tiến sĩ chưa đạt chỉ tiêu 50% do Đại hội đề ra; một số ngành kỹ thuật vẫn "
    "thiếu giảng viên đầu ngành, có 9 giảng viên trẻ xin nghỉ việc để chuyển sang doanh nghiệp."
)
para(
    "3. Sinh hoạt của một số chi bộ sinh viên còn đơn điệu, nặng về thông báo; có 17 đảng viên là sinh viên tốt "
    "nghiệp ra trường không làm thủ tục chuyển sinh hoạt đảng đúng hạn, 3 trường hợp phải xóa tên."
)
para(
    "4. Kết quả nghiên cứu khoa học chuyển giao, thương mại hóa còn ít; nguồn thu từ khoa học công nghệ mới chiếm "
    "4,1% tổng thu của Trường."
)
para(
    "5. Công tác kiểm tra, giám sát của một số chi bộ còn hình thức, chưa kịp thời phát hiện sai phạm trong coi "
    "thi, chấm thi."
)

sec("III. NGUYÊN NHÂN")
para(
    "1. Nguyên nhân khách quan: cơ chế tự chủ đại học còn nhiều vướng mắc; đại dịch Covid-19 trong các năm 2020 – "
    "2021 làm gián đoạn việc dạy học trực tiếp và sinh hoạt đảng; thu nhập của giảng viên thấp hơn khu vực doanh "
    "nghiệp."
)
para(
    "2. Nguyên nhân chủ quan: một số cấp ủy viên chưa dành thời gian thỏa đáng cho công tác đảng; việc phân công "
    "theo dõi chi bộ sinh viên chưa gắn với trách nhiệm cá nhân; chính sách thu hút tiến sĩ chưa đủ sức cạnh tranh."
)

sec("IV. TRÁCH NHIỆM CỦA TẬP THỂ VÀ CÁ NHÂN")
para(
    "1. Ban Chấp hành Đảng bộ chịu trách nhiệm chung về những hạn chế, khuyết điểm nêu trên, trước hết là việc chậm "
    "ban hành Nghị quyết về tự chủ đại học và không đạt chỉ tiêu về giảng viên có trình độ tiến sĩ."
)
para(
    "2. Ban Thường vụ chịu trách nhiệm về việc chỉ đạo, kiểm tra chưa sát đối với các chi bộ sinh viên và về việc "
    "quản lý đảng viên sinh viên tốt nghiệp ra trường."
)
para(
    "3. Đồng chí Bí thư Đảng ủy chịu trách nhiệm người đứng đầu về các hạn chế trong lãnh đạo thực hiện nhiệm vụ "
    "chính trị; các đồng chí Phó Bí thư, ủy viên Ban Thường vụ chịu trách nhiệm trong lĩnh vực được phân công."
)

sec("V. BÀI HỌC KINH NGHIỆM")
para("1. Giữ vững nguyên tắc tập trung dân chủ, phát huy trí tuệ tập thể đi đôi với đề cao trách nhiệm người đứng đầu.")
para("2. Gắn chặt công tác xây dựng Đảng với nhiệm vụ đào tạo, nghiên cứu khoa học của từng khoa, bộ môn.")
para("3. Quan tâm bồi dưỡng sinh viên ưu tú từ năm thứ nhất để tạo nguồn phát triển đảng viên bền vững.")
para("4. Kiểm tra, giám sát thường xuyên, lấy phòng ngừa là chính, xử lý nghiêm minh các vi phạm.")

sec("VI. PHƯƠNG HƯỚNG NHIỆM KỲ 2025 – 2030")
para(
    "1. Phấn đấu đến năm 2030 có ít nhất 60% giảng viên có trình độ tiến sĩ và 30 giáo sư, phó giáo sư; quy mô đào "
    "tạo đạt 18.000 sinh viên."
)
para(
    "2. Kết nạp ít nhất 260 đảng viên mới, trong đó sinh viên chiếm từ 70% trở lên; hằng năm có ít nhất 25% chi bộ "
    "hoàn thành xuất sắc nhiệm vụ."
)
para(
    "3. Thành lập Trung tâm Đổi mới sáng tạo và Khởi nghiệp trong năm 2026; nguồn thu từ khoa học công nghệ đạt từ "
    "8% tổng thu trở lên."
)
para(
    "4. Ban hành quy chế phối hợp giữa chi bộ sinh viên với chi bộ nơi cư trú và nơi làm việc để quản lý đảng viên "
    "sinh viên sau khi tốt nghiệp."
)
pdf.signature("T/M BAN CHẤP HÀNH\nBÍ THƯ", align="C")

pdf.output(out_path(__file__, "van-kien/bao-cao-kiem-diem-ban-chap-hanh-dang-bo-truong-dai-hoc.pdf"))
