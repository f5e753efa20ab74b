"""Action programme of the Huyện ủy Yên Thạch (tỉnh Kim Hà) to implement the resolution of its XXIIIrd congress,
2025–2030, as .docx: letterhead table, parts I–III (purposes, main targets, tasks), a 5-column task table (STT, Nội
dung nhiệm vụ, Cơ quan chủ trì, Cơ quan phối hợp, Thời gian hoàn thành) and the implementation part.

usage: /work/main/.venv/bin/python bench/corpus8/make_chuong_trinh.py   (CORPUS8_OUT=DIR writes elsewhere)
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from corpus_files import EDITORIAL_NOTE, LetterheadDocx, out_path

doc = LetterheadDocx(
    "ĐẢNG BỘ TỈNH KIM HÀ\nHUYỆN ỦY YÊN THẠCH\n*\nSố 03-CTr/HU",
    "ĐẢNG CỘNG SẢN VIỆT NAM\nYên Thạch, ngày 08 tháng 9 năm 2025",
)
d, c, b, para = doc.document, doc.c, doc.b, doc.para

c("CHƯƠNG TRÌNH HÀNH ĐỘNG")
c("thực hiện Nghị quyết Đại hội đại biểu Đảng bộ huyện Yên Thạch lần thứ XXIII, nhiệm kỳ 2025 – 2030")
c(EDITORIAL_NOTE, bold=False)
para(
    "Đại hội đại biểu Đảng bộ huyện Yên Thạch lần thứ XXIII diễn ra từ ngày 14 đến ngày 16 tháng 7 năm 2025 đã thông "
    "qua Nghị quyết số 01-NQ/ĐH. Để đưa Nghị quyết vào cuộc sống, Ban Chấp hành Đảng bộ huyện ban hành Chương trình "
    "hành động như sau:"
)

b("I. MỤC ĐÍCH, YÊU CẦU")
para(
    "1. Cụ thể hóa các mục tiêu, chỉ tiêu, nhiệm vụ và ba khâu đột phá của Nghị quyết thành nhiệm vụ cụ thể, phân "
    "công rõ cơ quan chủ trì, cơ quan phối hợp và thời gian hoàn thành."
)
para(
    "2. Mỗi tổ chức cơ sở đảng, cơ quan, đơn vị xây dựng kế hoạch thực hiện của mình, hoàn thành trước ngày 31 tháng "
    "10 năm 2025; người đứng đầu chịu trách nhiệm về kết quả thực hiện nhiệm vụ được giao."
)

b("II. MỤC TIÊU, CHỈ TIÊU CHỦ YẾU ĐẾN NĂM 2030")
para("1. Tốc độ tăng giá trị sản xuất bình quân đạt 9,5%/năm trở lên.")
para("2. Thu nhập bình quân đầu người đến năm 2030 đạt 95 triệu đồng/năm.")
para("3. Tổng thu ngân sách nhà nước trên địa bàn năm 2030 đạt 1.200 tỷ đồng.")
para("4. Tỷ lệ hộ nghèo theo chuẩn nghèo đa chiều giảm bình quân 1%/năm, đến năm 2030 còn dưới 1,5%.")
para("5. 100% số xã đạt chuẩn nông thôn mới nâng cao, trong đó có ít nhất 5 xã đạt chuẩn nông thôn mới kiểu mẫu.")
para("6. Tỷ lệ trường học đạt chuẩn quốc gia đạt 92%; tỷ lệ dân số tham gia bảo hiểm y tế đạt 97%.")
para(
    "7. Kết nạp mới 1.300 đảng viên trở lên trong nhiệm kỳ; hằng năm có 90% tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ."
)

b("III. NHIỆM VỤ CỤ THỂ VÀ PHÂN CÔNG THỰC HIỆN")
para("Ban Chấp hành Đảng bộ huyện phân công thực hiện các nhiệm vụ chủ yếu như sau:")
rows = [
    ("STT", "Nội dung nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành"),
    (
        "1",
        "Xây dựng đề án phát triển vùng trồng cây ăn quả tập trung gắn với chế biến và xây dựng thương hiệu",
        "Phòng Nông nghiệp và Môi trường",
        "Các xã vùng đồi, Hội Nông dân huyện",
        "Quý II/2026",
    ),
    (
        "2",
        "Điều chỉnh quy hoạch chung đô thị Yên Thạch và quy hoạch cụm công nghiệp Đồng Mai",
        "Phòng Kinh tế, Hạ tầng và Đô thị",
        "Phòng Tài chính – Kế hoạch, UBND thị trấn Yên Thạch",
        "Năm 2026",
    ),
    (
        "3",
        "Đầu tư nâng cấp tuyến đường huyện ĐH.12 nối cụm công nghiệp Đồng Mai với quốc lộ",
        "Ban Quản lý dự án đầu tư xây dựng huyện",
        "Phòng Kinh tế, Hạ tầng và Đô thị, các xã có tuyến đi qua",
        "Năm 2028",
    ),
    (
        "4",
        "Đề án chuyển đổi số trong cơ quan đảng, chính quyền và cung cấp dịch vụ công trực tuyến toàn trình",
        "Văn phòng Huyện ủy",
        "Văn phòng HĐND và UBND huyện, Phòng Văn hóa, Khoa học và Thông tin",
        "Quý IV/2026",
    ),
    (
        "5",
        "Đề án nâng cao chất lượng nguồn nhân lực, đào tạo nghề cho lao động nông thôn",
        "Phòng Nội vụ",
        "Trung tâm Giáo dục nghề nghiệp – Giáo dục thường xuyên, Huyện đoàn",
        "Năm 2027",
    ),
    (
        "6",
        "Kế hoạch xây dựng trường học đạt chuẩn quốc gia và kiên cố hóa phòng học",
        "Phòng Giáo dục và Đào tạo",
        "Phòng Tài chính – Kế hoạch, UBND các xã, thị trấn",
        "Hằng năm, tổng kết năm 2030",
    ),
    (
        "7",
        "Chương trình giảm nghèo bền vững và hỗ trợ nhà ở cho hộ nghèo, hộ chính sách",
        "Ủy ban Mặt trận Tổ quốc Việt Nam huyện",
        "Phòng Nội vụ, Ngân hàng Chính sách xã hội huyện",
        "Năm 2027",
    ),
    (
        "8",
        "Kế hoạch bảo tồn và phát huy giá trị di tích đình Phù Yên gắn với phát triển du lịch cộng đồng",
        "Phòng Văn hóa, Khoa học và Thông tin",
        "UBND xã Phù Yên, Hội Cựu chiến binh huyện",
        "Quý III/2027",
    ),
    (
        "9",
        "Nghị quyết chuyên đề về nâng cao chất lượng sinh hoạt chi bộ và công tác phát triển đảng viên",
        "Ban Tổ chức Huyện ủy",
        "Các đảng ủy, chi bộ cơ sở",
        "Tháng 12/2025",
    ),
    (
        "10",
        "Quy chế phối hợp kiểm tra, giám sát việc kê khai tài sản, thu nhập của cán bộ thuộc diện Huyện ủy quản lý",
        "Ủy ban Kiểm tra Huyện ủy",
        "Thanh tra huyện, Ban Tổ chức Huyện ủy",
        "Quý I/2026",
    ),
    (
        "11",
        "Chương trình học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh giai đoạn 2025 – 2030",
        "Ban Tuyên giáo và Dân vận Huyện ủy",
        "Trung tâm Chính trị huyện, các đoàn thể huyện",
        "Tháng 11/2025",
    ),
    (
        "12",
        "Đề án tăng cường tiềm lực quốc phòng, xây dựng khu vực phòng thủ huyện vững chắc",
        "Ban Chỉ huy Quân sự huyện",
        "Công an huyện, các xã, thị trấn",
        "Năm 2026",
    ),
    (
        "13",
        "Kế hoạch bảo đảm an ninh trật tự, phòng chống tội phạm ma túy trên địa bàn",
        "Công an huyện",
        "Ban Chỉ huy Quân sự huyện, Huyện đoàn",
        "Hằng năm",
    ),
    (
        "14",
        "Sơ kết giữa nhiệm kỳ việc thực hiện Nghị quyết Đại hội XXIII",
        "Văn phòng Huyện ủy",
        "Các ban xây dựng Đảng, Đảng ủy UBND huyện",
        "Quý IV/2027",
    ),
]
table = d.add_table(rows=len(rows), cols=5)
for i, row in enumerate(rows):
    for j, text in enumerate(row):
        table.cell(i, j).text = text

b("IV. TỔ CHỨC THỰC HIỆN")
para(
    "1. Các đảng ủy, chi bộ cơ sở tổ chức quán triệt Chương trình hành động đến 100% cán bộ, đảng viên trong tháng "
    "9 năm 2025; xây dựng kế hoạch thực hiện gửi về Văn phòng Huyện ủy trước ngày 31 tháng 10 năm 2025."
)
para(
    "2. Đảng ủy Ủy ban nhân dân huyện lãnh đạo Ủy ban nhân dân huyện cụ thể hóa các nhiệm vụ về kinh tế – xã hội "
    "thành kế hoạch 5 năm và kế hoạch hằng năm, trình Hội đồng nhân dân huyện thông qua."
)
para(
    "3. Ủy ban Mặt trận Tổ quốc và các đoàn thể chính trị – xã hội huyện tuyên truyền, vận động nhân dân tham gia "
    "thực hiện và giám sát việc thực hiện Nghị quyết."
)
para(
    "4. Ban Tuyên giáo và Dân vận Huyện ủy chủ trì tuyên truyền Nghị quyết trên Cổng thông tin điện tử huyện, hệ "
    "thống loa truyền thanh cơ sở."
)
para(
    "5. Các cơ quan chủ trì báo cáo kết quả thực hiện nhiệm vụ định kỳ 6 tháng (trước ngày 15 tháng 6) và hằng năm "
    "(trước ngày 15 tháng 12) về Văn phòng Huyện ủy."
)
para(
    "6. Văn phòng Huyện ủy chủ trì, phối hợp với Ủy ban Kiểm tra Huyện ủy theo dõi, đôn đốc, tổng hợp kết quả và "
    "tham mưu Ban Thường vụ Huyện ủy sơ kết giữa nhiệm kỳ vào năm 2027, tổng kết vào năm 2030."
)
para(
    "7. Trong quá trình thực hiện, nếu cần sửa đổi, bổ sung nhiệm vụ, các cơ quan chủ động đề xuất, báo cáo Ban "
    "Thường vụ Huyện ủy (qua Văn phòng Huyện ủy) xem xét, quyết định."
)
p = d.add_paragraph()
p.add_run("Nơi nhận:\t\tT/M HUYỆN ỦY\n\t\tBÍ THƯ").bold = True
d.add_paragraph("- Ban Thường vụ Tỉnh ủy (báo cáo),\n- Các tổ chức cơ sở đảng,\n- Lưu Văn phòng Huyện ủy.")

d.save(out_path(__file__, "van-kien/chuong-trinh-hanh-dong-thuc-hien-nghi-quyet-dai-hoi.docx"))
