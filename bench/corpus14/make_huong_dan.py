"""Guide (Số 09-HD/BTCTU) of the Ban Tổ chức Tỉnh ủy Hà Sơn on the responsibility allowance of party committee
members (phụ cấp trách nhiệm cấp ủy viên) and the party-work allowance (phụ cấp công tác đảng), as a multi-page text
PDF (fpdf2 + DejaVuSans via `LetterheadPdf`): letterhead, numbered sections 1. / 1.1. / a) as separate paragraphs,
a ruled table of coefficients drawn cell by cell (STT | Chức danh | Hệ số | Mức hưởng) that runs over a page break,
a section of worked examples set in TWO COLUMNS (fpdf2 `text_columns`), a running header from page 2 on and a
footer "BTC Tỉnh ủy Hà Sơn - tr. N" that changes on every page (neither furniture nor a "Trang N" line).

usage: /work/main/.venv/bin/python bench/corpus14/make_huong_dan.py   (CORPUS14_OUT=DIR writes elsewhere)
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from corpus_files import LetterheadPdf, out_path

NOTE = (
    "(Văn bản soạn cho bộ câu hỏi kiểm thử, theo văn phong văn bản thật; địa danh, hệ số, số liệu là giả định, "
    "không phải nguyên văn chính thức)"
)


class GuidePdf(LetterheadPdf):
    def two_columns(self, paragraphs: list[str]) -> None:
        self.set_font("DejaVu", "", self.body[0] - 0.5)
        with self.text_columns(ncols=2, gutter=7, text_align="J", line_height=1.15) as cols:
            for text in paragraphs:
                cols.write(text=text)
                cols.ln()
                cols.ln()
        self.ln(2)


pdf = GuidePdf(
    "Hướng dẫn 09-HD/BTCTU - Phụ cấp trách nhiệm cấp ủy viên và phụ cấp công tác đảng",
    "TỈNH ỦY HÀ SƠN\nBAN TỔ CHỨC\n*\nSố 09-HD/BTCTU",
    "Hà Sơn, ngày 20 tháng 10 năm 2025",
    header_from=2,
    body=(10, 5.3),
    page_footer="BTC Tỉnh ủy Hà Sơn - tr. {}",
    footer_align="R",
    justify=0.8,
)
pdf.name("HƯỚNG DẪN")
pdf.name("thực hiện chế độ phụ cấp trách nhiệm đối với cấp ủy viên và phụ cấp công tác đảng trong Đảng bộ tỉnh", 11)
pdf.note(NOTE)
pdf.para(
    "Sau khi sắp xếp đơn vị hành chính và tổ chức bộ máy, để thống nhất việc chi trả phụ cấp đối với cấp ủy viên và "
    "cán bộ làm công tác đảng, Ban Tổ chức Tỉnh ủy hướng dẫn như sau:"
)

pdf.sec("1. ĐỐI TƯỢNG ÁP DỤNG")
pdf.para(
    "1.1. Phụ cấp trách nhiệm cấp ủy viên áp dụng đối với ủy viên ban chấp hành đảng bộ tỉnh, ủy viên ban chấp hành "
    "đảng bộ xã, phường, đặc khu, đảng bộ cơ sở và chi ủy viên chi bộ cơ sở; bí thư, phó bí thư, chi ủy viên chi bộ "
    "trực thuộc đảng ủy cơ sở (kể cả chi bộ thôn, tổ dân phố)."
)
pdf.para(
    "1.2. Phụ cấp công tác đảng áp dụng đối với cán bộ, công chức, viên chức trong biên chế làm việc tại các cơ quan "
    "tham mưu, giúp việc của cấp ủy, ủy ban kiểm tra các cấp, Văn phòng Tỉnh ủy và cán bộ chuyên trách công tác đảng "
    "ở đảng ủy xã, phường, đặc khu."
)
pdf.para(
    "1.3. Không áp dụng đối với người làm việc theo hợp đồng lao động thực hiện công việc hỗ trợ, phục vụ; cấp ủy "
    "viên đang bị đình chỉ sinh hoạt cấp ủy; người nghỉ việc riêng không hưởng lương từ 01 tháng trở lên (trong "
    "thời gian nghỉ)."
)

pdf.sec("2. MỨC PHỤ CẤP")
pdf.para(
    "2.1. Phụ cấp trách nhiệm cấp ủy viên được tính bằng hệ số nhân với mức lương cơ sở (hiện hành là 2.340.000 "
    "đồng/tháng). Khi Nhà nước điều chỉnh mức lương cơ sở thì mức hưởng được tính lại từ thời điểm điều chỉnh, "
    "không cần ra quyết định mới."
)
pdf.para(
    "2.2. Phụ cấp công tác đảng bằng 30% mức lương hiện hưởng cộng phụ cấp chức vụ lãnh đạo và phụ cấp thâm niên "
    "vượt khung (nếu có). Khoản phụ cấp này không dùng để tính đóng, hưởng bảo hiểm xã hội, bảo hiểm y tế."
)
pdf.para(
    "2.3. Hệ số và mức hưởng phụ cấp trách nhiệm theo từng chức danh được quy định tại bảng dưới đây (mức hưởng làm "
    "tròn đến nghìn đồng):"
)
pdf.ruled_table(
    [
        ("STT", "Chức danh", "Hệ số", "Mức hưởng/tháng (đồng)"),
        ("1", "Bí thư Tỉnh ủy", "0,30", "702.000"),
        ("2", "Phó Bí thư Tỉnh ủy", "0,25", "585.000"),
        ("3", "Ủy viên Ban Thường vụ Tỉnh ủy", "0,20", "468.000"),
        ("4", "Tỉnh ủy viên", "0,15", "351.000"),
        ("5", "Bí thư đảng ủy xã, phường, đặc khu", "0,30", "702.000"),
        ("6", "Phó bí thư đảng ủy xã, phường, đặc khu", "0,25", "585.000"),
        ("7", "Ủy viên ban thường vụ đảng ủy xã, phường, đặc khu", "0,20", "468.000"),
        ("8", "Đảng ủy viên xã, phường, đặc khu và đảng ủy viên đảng bộ cơ sở", "0,15", "351.000"),
        ("9", "Bí thư chi bộ cơ sở, bí thư chi bộ trực thuộc đảng ủy cơ sở", "0,15", "351.000"),
        ("10", "Phó bí thư chi bộ trực thuộc đảng ủy cơ sở", "0,10", "234.000"),
        ("11", "Chi ủy viên chi bộ cơ sở và chi bộ trực thuộc", "0,05", "117.000"),
        ("12", "Bí thư chi bộ thôn, tổ dân phố không hưởng lương từ ngân sách", "0,40", "936.000"),
    ],
    (14, 96, 22, 38),
    centred_below=35,
)
pdf.para(
    "2.4. Bí thư chi bộ thôn, tổ dân phố là người hưởng lương hưu hoặc trợ cấp mất sức lao động vẫn được hưởng đủ "
    "hệ số 0,40 quy định tại số thứ tự 12 của bảng trên."
)

pdf.sec("3. THỜI ĐIỂM ĐƯỢC HƯỞNG VÀ THÔI HƯỞNG")
pdf.para(
    "3.1. Cấp ủy viên được bầu tại đại hội hưởng phụ cấp từ tháng cấp ủy cấp trên ký quyết định chuẩn y kết quả "
    "bầu cử; cấp ủy viên được chỉ định hưởng từ tháng quyết định chỉ định có hiệu lực. Cán bộ được điều động về "
    "cơ quan đảng hưởng phụ cấp công tác đảng từ tháng nhận nhiệm vụ theo quyết định."
)
pdf.para(
    "3.2. Thôi hưởng từ tháng liền kề sau tháng có quyết định thôi giữ chức vụ, nghỉ hưu, chuyển công tác ra ngoài "
    "đảng bộ hoặc quyết định kỷ luật cách chức; trường hợp từ trần thì chi trả hết tháng đó."
)
pdf.para(
    "3.3. Cấp ủy viên được cử đi học tập trung liên tục trên 03 tháng thì thôi hưởng phụ cấp trách nhiệm từ tháng "
    "thứ tư; nghỉ ốm đau, thai sản liên tục trên 01 tháng thì không hưởng trong những tháng nghỉ đó."
)
pdf.para(
    "3.4. Cấp ủy viên bị đình chỉ sinh hoạt cấp ủy thì tạm dừng chi trả từ tháng có quyết định đình chỉ; nếu cấp có "
    "thẩm quyền kết luận không vi phạm thì được truy lĩnh toàn bộ khoản đã tạm dừng."
)

pdf.sec("4. GIỮ NHIỀU CHỨC DANH, KIÊM NHIỆM")
pdf.para(
    "4.1. Một người giữ nhiều chức danh cấp ủy ở các cấp khác nhau chỉ hưởng một mức phụ cấp trách nhiệm cao nhất, "
    "không cộng dồn các mức."
)
pdf.para(
    "4.2. Bí thư đảng ủy xã, phường, đặc khu kiêm chủ tịch hội đồng nhân dân cùng cấp được hưởng phụ cấp kiêm nhiệm "
    "bằng 10% mức lương hiện hưởng cộng phụ cấp chức vụ lãnh đạo; kiêm nhiều chức danh cũng chỉ hưởng một phụ cấp "
    "kiêm nhiệm."
)
pdf.para(
    "4.3. Bí thư chi bộ thôn, tổ dân phố kiêm trưởng thôn, tổ trưởng tổ dân phố được hưởng phụ cấp của chức danh "
    "cao hơn và thêm 50% mức phụ cấp của chức danh kiêm nhiệm."
)
pdf.para(
    "4.4. Cán bộ đang hưởng phụ cấp công tác đảng được điều động sang cơ quan nhà nước thì thôi hưởng từ tháng liền "
    "kề sau tháng có quyết định điều động; người hưởng phụ cấp công tác đảng không đồng thời hưởng phụ cấp ưu đãi "
    "theo nghề của ngành khác."
)

pdf.sec("5. NGUỒN KINH PHÍ VÀ CÁCH CHI TRẢ")
pdf.para(
    "5.1. Cấp ủy viên công tác ở cơ quan đảng, nhà nước, Mặt trận và đoàn thể: do ngân sách nhà nước bảo đảm, bố "
    "trí trong dự toán của cơ quan trả lương."
)
pdf.para(
    "5.2. Cấp ủy viên công tác ở doanh nghiệp nhà nước: doanh nghiệp chi trả và hạch toán vào chi phí quản lý của "
    "doanh nghiệp."
)
pdf.para(
    "5.3. Cấp ủy viên ở doanh nghiệp ngoài nhà nước, hợp tác xã và cấp ủy viên không hưởng lương: chi từ kinh phí "
    "hoạt động của đảng ủy xã, phường, đặc khu nơi tổ chức đảng trực thuộc, do ngân sách cấp xã bảo đảm."
)
pdf.para(
    "5.4. Phụ cấp được chi trả hằng tháng cùng kỳ lương, chậm nhất ngày 10 của tháng; người không hưởng lương từ "
    "ngân sách được chi trả theo quý, trước ngày 15 của tháng đầu quý sau."
)

pdf.sec("6. HỒ SƠ VÀ THỦ TỤC")
pdf.para(
    "6.1. Văn phòng cấp ủy hoặc bộ phận tổ chức lập danh sách hưởng phụ cấp theo Mẫu PC-01, kèm bản sao quyết định "
    "chuẩn y, chỉ định, gửi cơ quan tài chính cùng cấp; có thay đổi thì gửi danh sách điều chỉnh trước ngày 25 hằng "
    "tháng."
)
pdf.para(
    "6.2. Trường hợp chậm lập danh sách thì được truy lĩnh, nhưng thời gian truy lĩnh không quá 12 tháng tính đến "
    "tháng lập danh sách bổ sung. Khoản đã nhận không đúng quy định phải nộp hoàn trả trong 30 ngày kể từ ngày có "
    "thông báo."
)

pdf.sec("7. MỘT SỐ VÍ DỤ TÍNH PHỤ CẤP")
pdf.two_columns(
    [
        "Ví dụ 1. Đồng chí Lường Văn Khoa là Ủy viên Ban Thường vụ Tỉnh ủy, đồng thời là Bí thư Đảng ủy xã Mường "
        "Pồn. Đồng chí chỉ hưởng một mức hệ số 0,30 của bí thư đảng ủy xã, là mức cao hơn, không hưởng thêm hệ số "
        "0,20 của ủy viên ban thường vụ.",
        "Ví dụ 2. Đồng chí Hà Thị Nguyệt, chi ủy viên chi bộ thôn Bản Chiềng, được cử đi học lớp trung cấp lý luận "
        "chính trị tập trung từ tháng 3 đến hết tháng 7. Đồng chí hưởng phụ cấp tháng 3, 4, 5 và không hưởng tháng 6, "
        "7; từ tháng 8 được hưởng lại.",
        "Ví dụ 3. Đồng chí Vi Văn Tiến được đại hội bầu vào Đảng ủy xã Tân Phong ngày 12/8; quyết định chuẩn y ký "
        "ngày 03/9. Phụ cấp của đồng chí được tính từ tháng 9, không tính từ tháng 8.",
        "Ví dụ 4. Đồng chí Đinh Công Sơn là bí thư chi bộ thôn Nà Lũng kiêm trưởng thôn. Mức trưởng thôn theo nghị "
        "quyết của hội đồng nhân dân tỉnh thấp hơn nên đồng chí hưởng hệ số 0,40 của bí thư chi bộ và thêm một nửa "
        "mức phụ cấp trưởng thôn.",
    ]
)

pdf.sec("8. TỔ CHỨC THỰC HIỆN")
pdf.para(
    "8.1. Hướng dẫn này thực hiện từ ngày 01 tháng 11 năm 2025 và thay thế Hướng dẫn số 04-HD/BTCTU ngày 12/6/2020 "
    "của Ban Tổ chức Tỉnh ủy. Các khoản đã chi theo hướng dẫn cũ trước ngày này không phải tính lại."
)
pdf.para(
    "8.2. Các đảng ủy trực thuộc báo cáo kết quả thực hiện cùng báo cáo công tác tổ chức xây dựng đảng năm. Vướng "
    "mắc liên hệ Phòng Tổ chức - Cán bộ, Ban Tổ chức Tỉnh ủy, điện thoại 0226.3855.246."
)
pdf.signature("K/T TRƯỞNG BAN\nPHÓ TRƯỞNG BAN\n\n\n\nSầm Thị Hạnh", align="C")
pdf.output(out_path(__file__, "huong-dan/huong-dan-phu-cap-cap-uy-vien-va-phu-cap-cong-tac-dang.pdf"))
