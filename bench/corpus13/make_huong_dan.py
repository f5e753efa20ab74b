"""Guide (Số 07-HD/VPTU) of the Văn phòng Tỉnh ủy Vĩnh Lam on the format and layout of party documents (thể thức,
kỹ thuật trình bày văn bản) and on keeping files and archives, as a multi-page text PDF (fpdf2 + DejaVuSans via
`LetterheadPdf`): letterhead, numbered sections 1. / 1.1. / a) / - as separate paragraphs, a ruled table drawn with
lines (STT | Thành phần thể thức | Cỡ chữ | Kiểu chữ), a running header from page 2 on and the page number written
"- N -" at the foot (neither furniture nor a "Trang N" line; a "- " line also starts a unit in the checker).

usage: /work/main/.venv/bin/python bench/corpus13/make_huong_dan.py   (CORPUS13_OUT=DIR writes elsewhere)
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from corpus_files import LetterheadPdf, out_path

NOTE = (
    "(Văn bản soạn cho bộ câu hỏi kiểm thử, theo văn phong văn bản thật; địa danh, số liệu là giả định, không phải "
    "nguyên văn chính thức)"
)


pdf = LetterheadPdf(
    "Hướng dẫn 07-HD/VPTU - Thể thức, kỹ thuật trình bày văn bản và lập hồ sơ",
    "TỈNH ỦY VĨNH LAM\nVĂN PHÒNG\n*\nSố 07-HD/VPTU",
    "Vĩnh Lam, ngày 14 tháng 10 năm 2025",
    header_from=2,
    body=(10, 5.3),
    page_footer="- {} -",
    footer_align="C",
    justify=0.8,
)
pdf.name("HƯỚNG DẪN")
pdf.name("thể thức, kỹ thuật trình bày văn bản và lập hồ sơ, nộp lưu tài liệu trong các cơ quan, tổ chức đảng", 11)
pdf.note(NOTE)
pdf.para(
    "Để thống nhất thể thức, kỹ thuật trình bày văn bản và việc lập hồ sơ, nộp lưu tài liệu của các cấp ủy, tổ chức "
    "đảng, cơ quan tham mưu, giúp việc trong Đảng bộ tỉnh sau khi sắp xếp tổ chức bộ máy, Văn phòng Tỉnh ủy hướng dẫn "
    "như sau:"
)

pdf.sec("1. PHẠM VI VÀ ĐỐI TƯỢNG ÁP DỤNG")
pdf.para(
    "1.1. Hướng dẫn này áp dụng đối với văn bản giấy và văn bản điện tử do Tỉnh ủy, Ban Thường vụ Tỉnh ủy, các cơ "
    "quan tham mưu, giúp việc Tỉnh ủy, các đảng ủy trực thuộc và tổ chức cơ sở đảng trong tỉnh ban hành."
)
pdf.para(
    "1.2. Văn bản của chi bộ trực thuộc đảng ủy cơ sở (nghị quyết, báo cáo, biên bản) được trình bày giản lược theo "
    "điểm 2.9 của Hướng dẫn này; không bắt buộc có số, ký hiệu, trừ nghị quyết đề nghị kết nạp, công nhận đảng viên "
    "chính thức và các văn bản gửi cấp trên."
)

pdf.sec("2. THỂ THỨC VĂN BẢN")
pdf.para("2.1. Tiêu đề và tên cơ quan ban hành")
pdf.para(
    'a) Tiêu đề "ĐẢNG CỘNG SẢN VIỆT NAM" trình bày ở góc trên bên phải trang đầu, phía dưới có đường kẻ ngang dài '
    "bằng độ dài của dòng chữ.",
    4,
)
pdf.para(
    "b) Tên cơ quan ban hành trình bày ở góc trên bên trái, gồm tên cấp ủy cấp trên trực tiếp (nếu có) và tên cơ quan "
    "ban hành; dưới tên cơ quan ban hành có dấu sao (*) để phân cách. Văn bản của Tỉnh ủy chỉ ghi ĐẢNG BỘ TỈNH VĨNH "
    "LAM và TỈNH ỦY (hoặc BAN CHẤP HÀNH, BAN THƯỜNG VỤ).",
    4,
)
pdf.para("2.2. Số và ký hiệu văn bản")
pdf.para(
    "a) Số văn bản là số thứ tự đăng ký tại văn thư cơ quan, viết bằng chữ số Ả Rập, số nhỏ hơn 10 phải ghi thêm số 0 "
    "phía trước. Văn bản của cấp ủy, ban thường vụ cấp ủy đánh số liên tục trong một nhiệm kỳ, bắt đầu từ số 01 sau "
    "đại hội; văn bản của văn phòng và các ban đánh số theo năm, bắt đầu từ số 01 vào ngày 01 tháng 01.",
    4,
)
pdf.para(
    "b) Ký hiệu gồm chữ viết tắt tên loại văn bản và chữ viết tắt tên cơ quan ban hành, nối với nhau bằng dấu gạch "
    "chéo, giữa số và ký hiệu có dấu gạch nối, ví dụ: Số 31-QĐ/TU, Số 05-NQ/ĐU. Công văn không ghi tên loại mà ghi "
    "CV, ví dụ: Số 125-CV/TU.",
    4,
)
pdf.para("2.3. Địa điểm, ngày tháng năm ban hành")
pdf.para(
    "Ghi tên tỉnh (hoặc tên xã, phường, đặc khu nơi cơ quan đóng trụ sở) và ngày ký văn bản. Ngày dưới 10 và tháng 1, "
    "tháng 2 phải ghi thêm số 0 phía trước, ví dụ: Vĩnh Lam, ngày 05 tháng 02 năm 2026; không viết tắt ngày tháng "
    "bằng dấu gạch chéo ở phần này.",
    4,
)
pdf.para("2.4. Tên loại và trích yếu nội dung")
pdf.para(
    "Tên loại văn bản (NGHỊ QUYẾT, QUYẾT ĐỊNH, BÁO CÁO…) trình bày chính giữa, dưới là trích yếu nội dung. Đối với "
    'công văn, trích yếu đặt dưới số và ký hiệu, bắt đầu bằng chữ "V/v" (về việc) và không dài quá 02 dòng.',
    4,
)
pdf.para("2.5. Thể thức đề ký")
pdf.para(
    "- T/M (thay mặt): dùng khi người đứng đầu ký văn bản thay mặt tập thể cấp ủy, ban thường vụ, ví dụ T/M BAN "
    "THƯỜNG VỤ.",
    4,
)
pdf.para("- K/T (ký thay): cấp phó ký thay cấp trưởng khi được phân công.", 4)
pdf.para(
    "- T/L (thừa lệnh): chánh văn phòng, trưởng phòng được giao ký thừa lệnh người đứng đầu; T/UQ (thừa ủy quyền) "
    "chỉ dùng khi có văn bản ủy quyền, thời hạn ủy quyền không quá 12 tháng.",
    4,
)
pdf.para(
    "- Không ký bằng bút chì, mực đỏ hoặc các loại mực dễ phai; không dùng chữ ký khắc sẵn, chữ ký chụp trên văn bản "
    "giấy.",
    4,
)
pdf.para("2.6. Dấu cơ quan")
pdf.para(
    "Dấu đóng rõ ràng, ngay ngắn, đúng chiều, dùng mực màu đỏ tươi, trùm lên khoảng 1/3 chữ ký về phía bên trái. "
    "Dấu giáp lai đóng vào khoảng giữa mép phải văn bản, trùm lên một phần các tờ giấy, mỗi lần đóng không quá 05 tờ. "
    "Không đóng dấu khống chỉ (đóng dấu lên giấy trắng chưa có nội dung) trong bất kỳ trường hợp nào.",
    4,
)
pdf.para("2.7. Nơi nhận")
pdf.para(
    'Từ "Nơi nhận" trình bày ở góc trái, cuối văn bản, ngang hàng với dòng chức vụ người ký; liệt kê các nơi nhận, mỗi '
    'nơi một dòng, bắt đầu bằng dấu gạch ngang; dòng cuối cùng ghi "- Lưu Văn phòng" hoặc "- Lưu VT" kèm ký hiệu '
    "người soạn thảo và số bản phát hành.",
    4,
)
pdf.para("2.8. Dấu chỉ mức độ mật, khẩn")
pdf.para(
    'Văn bản có nội dung bí mật nhà nước đóng dấu "MẬT", "TỐI MẬT" hoặc "TUYỆT MẬT" dưới số và ký hiệu; văn bản cần '
    'chuyển nhanh đóng dấu "KHẨN", "THƯỢNG KHẨN" hoặc "HỎA TỐC". Văn thư không tự đóng dấu mật, khẩn khi người ký '
    "chưa xác định.",
    4,
)
pdf.para("2.9. Văn bản của chi bộ")
pdf.para(
    "Nghị quyết, biên bản của chi bộ ghi tên đảng bộ cấp trên và tên chi bộ, có chữ ký của bí thư (hoặc người chủ "
    "trì) và người ghi biên bản; chi bộ không có con dấu thì không đóng dấu, văn bản gửi cấp trên do đảng ủy cơ sở xác "
    "nhận khi cần.",
    4,
)

pdf.sec("3. KỸ THUẬT TRÌNH BÀY")
pdf.para("3.1. Khổ giấy, lề và phông chữ")
pdf.para(
    "a) Văn bản trình bày trên giấy khổ A4 (210 mm x 297 mm), theo chiều dài của trang; phụ lục có bảng biểu lớn có "
    "thể trình bày theo chiều rộng.",
    4,
)
pdf.para(
    "b) Lề trên và lề dưới cách mép giấy 20 mm, lề trái cách mép 30 mm, lề phải cách mép 15 mm. Khoảng cách giữa các "
    "đoạn tối thiểu 6 pt; khoảng cách giữa các dòng từ một dòng (single) đến 1,5 dòng.",
    4,
)
pdf.para(
    "c) Sử dụng phông chữ Times New Roman, bộ mã ký tự chữ Việt Unicode theo Tiêu chuẩn quốc gia TCVN 6909:2001, màu "
    "đen; không dùng phông chữ trang trí, chữ màu trong phần nội dung.",
    4,
)
pdf.para("3.2. Cỡ chữ, kiểu chữ các thành phần thể thức")
pdf.para("Cỡ chữ và kiểu chữ của các thành phần chủ yếu thực hiện theo bảng dưới đây:")
pdf.ruled_table(
    [
        ("STT", "Thành phần thể thức", "Cỡ chữ", "Kiểu chữ"),
        ("1", "Tiêu đề ĐẢNG CỘNG SẢN VIỆT NAM", "15", "In hoa, đứng, đậm"),
        ("2", "Tên cấp ủy cấp trên trực tiếp", "14", "In hoa, đứng"),
        ("3", "Tên cơ quan ban hành văn bản", "14", "In hoa, đứng, đậm"),
        ("4", "Số và ký hiệu văn bản", "14", "Đứng"),
        ("5", "Địa điểm, ngày tháng năm", "14", "Nghiêng"),
        ("6", "Tên loại văn bản", "16", "In hoa, đứng, đậm"),
        ("7", "Trích yếu nội dung văn bản", "15", "Đứng, đậm"),
        ("8", "Phần nội dung văn bản", "14 hoặc 15", "Đứng"),
        ("9", "Quyền hạn, chức vụ người ký", "14", "In hoa, đứng, đậm"),
        ("10", "Họ và tên người ký", "14", "Đứng, đậm"),
        ("11", 'Từ "Nơi nhận"', "14", "Đứng, gạch chân"),
        ("12", "Tên các nơi nhận cụ thể", "12", "Đứng"),
        ("13", "Số trang", "13", "Đứng, giữa lề trên"),
    ],
    (14, 84, 26, 46),
)
pdf.para("3.3. Đánh số trang")
pdf.para(
    "Số trang ghi ở chính giữa lề trên của văn bản, bằng chữ số Ả Rập; không đánh số trang thứ nhất. Phụ lục có số "
    "trang riêng, bắt đầu từ số 1.",
    4,
)
pdf.para("3.4. Viết hoa, viết tắt")
pdf.para(
    "a) Viết hoa tên cơ quan, tổ chức theo quy tắc viết hoa chữ cái đầu của các từ chỉ loại hình và chức năng, ví dụ: "
    "Ban Tổ chức Tỉnh ủy, Ủy ban Kiểm tra Đảng ủy xã. Chữ Nhân dân viết hoa khi dùng với nghĩa là toàn thể dân tộc.",
    4,
)
pdf.para(
    "b) Chỉ dùng chữ viết tắt sau khi đã viết đầy đủ lần đầu và đặt chữ viết tắt trong ngoặc đơn ngay sau đó; không "
    "viết tắt trong tên loại, trích yếu và phần đề ký của văn bản.",
    4,
)

pdf.sec("4. BẢN SAO VĂN BẢN")
pdf.para(
    "4.1. Bản sao gồm ba hình thức: sao y bản chính (sao đầy đủ, chính xác nội dung từ bản chính), sao lục (sao từ "
    "bản sao y) và trích sao (sao một phần nội dung). Bản sao có giá trị pháp lý như bản chính khi trình bày đúng thể "
    "thức.",
)
pdf.para(
    '4.2. Thể thức bản sao gồm: cụm từ "SAO Y BẢN CHÍNH", "SAO LỤC" hoặc "TRÍCH SAO"; số, ký hiệu bản sao (ví dụ Số '
    "18-BS/VPTU); nơi sao, ngày tháng sao; chữ ký và dấu của cơ quan sao; nơi nhận. Phần thể thức bản sao đặt ngay "
    "sau phần cuối của văn bản được sao, ngăn cách bằng một đường kẻ nét liền.",
)
pdf.para(
    "4.3. Văn bản mật chỉ được sao, chụp khi có ý kiến đồng ý bằng văn bản của người đứng đầu cơ quan ban hành hoặc "
    "người được ủy quyền; bản sao văn bản mật phải đóng dấu mức độ mật như bản chính và vào sổ quản lý riêng.",
)

pdf.sec("5. LẬP HỒ SƠ VÀ NỘP LƯU TÀI LIỆU")
pdf.para(
    "5.1. Trong tháng 01 hằng năm, chánh văn phòng (hoặc người phụ trách văn phòng) các cấp ủy trình ban hành danh "
    "mục hồ sơ của cơ quan; mỗi cán bộ lập hồ sơ đối với công việc do mình chủ trì giải quyết."
)
pdf.para(
    "5.2. Hồ sơ công việc đã kết thúc phải nộp vào lưu trữ cơ quan trong thời hạn 01 năm kể từ năm công việc kết "
    "thúc; hồ sơ đại hội nộp lưu chậm nhất 03 tháng sau khi bế mạc đại hội. Cán bộ nghỉ hưu, chuyển công tác phải bàn "
    "giao toàn bộ hồ sơ, tài liệu trước khi nhận quyết định."
)
pdf.para("5.3. Thời hạn bảo quản một số nhóm tài liệu chủ yếu:")
pdf.para(
    "- Vĩnh viễn: nghị quyết, biên bản, báo cáo chính trị, danh sách trúng cử của đại hội; nghị quyết, quy định, quy "
    "chế của cấp ủy; hồ sơ kỷ luật đảng viên từ cảnh cáo trở lên.",
    4,
)
pdf.para("- 20 năm: chương trình, kế hoạch, báo cáo công tác năm và nhiệm kỳ của các ban, văn phòng.", 4)
pdf.para("- 10 năm: báo cáo quý, sáu tháng; hồ sơ hội nghị chuyên đề, sơ kết.", 4)
pdf.para("- 05 năm: công văn trao đổi thông thường, giấy mời, giấy giới thiệu, sổ theo dõi công văn đi, đến.", 4)
pdf.para(
    "5.4. Khi nộp lưu phải lập 02 bản mục lục hồ sơ và 02 bản biên bản giao nhận, mỗi bên giữ 01 bản. Tài liệu có giá "
    "trị bảo quản vĩnh viễn của các đảng ủy trực thuộc được nộp vào Kho Lưu trữ Tỉnh ủy sau 10 năm kể từ năm công việc "
    "kết thúc."
)
pdf.para(
    "5.5. Tài liệu hết giá trị chỉ được tiêu hủy khi có quyết định của người đứng đầu cơ quan sau khi có ý kiến thẩm "
    "định của Hội đồng xác định giá trị tài liệu; nghiêm cấm bán tài liệu hết giá trị làm giấy vụn khi chưa được hủy "
    "tin."
)

pdf.sec("6. VĂN BẢN ĐIỆN TỬ")
pdf.para(
    "6.1. Văn bản điện tử được ký số bằng chữ ký số của người có thẩm quyền và chữ ký số của cơ quan ban hành, định "
    "dạng tệp PDF; hình ảnh chữ ký số của cơ quan (hình con dấu) đặt trùm lên khoảng 1/3 hình ảnh chữ ký của người ký "
    "về phía bên trái."
)
pdf.para(
    "6.2. Văn bản điện tử được gửi, nhận qua Hệ thống thông tin điều hành tác nghiệp của Tỉnh ủy, phát hành trong ngày "
    "ký, chậm nhất trong ngày làm việc tiếp theo. Không gửi văn bản của Đảng qua thư điện tử cá nhân, Zalo, Facebook "
    "hoặc các ứng dụng nhắn tin khác."
)
pdf.para(
    "6.3. Văn bản có nội dung bí mật nhà nước không được soạn thảo, lưu giữ trên máy tính có kết nối Internet và "
    "không ký số, gửi trên hệ thống; chỉ phát hành văn bản giấy qua đường giao liên."
)

pdf.sec("7. TỔ CHỨC THỰC HIỆN")
pdf.para(
    "7.1. Các cấp ủy, cơ quan, đơn vị tổ chức quán triệt Hướng dẫn này đến cán bộ làm công tác văn phòng, văn thư; áp "
    "dụng thống nhất từ ngày 01 tháng 11 năm 2025. Văn bản đã phát hành trước ngày này không phải sửa đổi thể thức."
)
pdf.para(
    "7.2. Định kỳ hằng năm, Văn phòng Tỉnh ủy kiểm tra công tác văn thư, lưu trữ tại ít nhất 10 đảng ủy trực thuộc; "
    "kết quả kiểm tra là một tiêu chí đánh giá, xếp loại tổ chức đảng cuối năm."
)
pdf.para(
    "7.3. Hướng dẫn này thay thế Hướng dẫn số 03-HD/VPTU ngày 20 tháng 02 năm 2019 của Văn phòng Tỉnh ủy. Quá trình "
    "thực hiện có vướng mắc, đề nghị phản ánh về Phòng Hành chính - Lưu trữ, Văn phòng Tỉnh ủy (điện thoại "
    "0239.3812.563) để được hướng dẫn."
)
pdf.set_font("DejaVu", "", 9)
pdf.ln(3)
top = pdf.get_y()
pdf.multi_cell(
    pdf.width / 2,
    4.5,
    "Nơi nhận:\n- Thường trực Tỉnh ủy (để b/c),\n- Các đảng ủy trực thuộc Tỉnh ủy,\n- Các ban, cơ quan tham mưu Tỉnh "
    "ủy,\n- Lưu Văn phòng Tỉnh ủy.",
)
pdf.set_xy(pdf.l_margin + pdf.width / 2, top)
pdf.set_font("DejaVu", "B", 10)
pdf.multi_cell(pdf.width / 2, 5, "K/T CHÁNH VĂN PHÒNG\nPHÓ CHÁNH VĂN PHÒNG\n\n\nLục Thị Hạnh", align="C")

pdf.output(out_path(__file__, "huong-dan/huong-dan-the-thuc-trinh-bay-va-luu-tru-van-ban-cua-dang.pdf"))
