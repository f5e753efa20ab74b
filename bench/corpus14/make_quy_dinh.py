"""Regulation (Số 45-QĐ/TU) of the Ban Thường vụ Tỉnh ủy Hà Sơn on the party secretary receiving citizens and
holding direct dialogues with the people (Bí thư cấp ủy tiếp dân, đối thoại trực tiếp với Nhân dân), as .docx:
letterhead table, Chương / Điều as separate paragraphs, the khoản of four Điều numbered by Word AUTOMATIC NUMBERING
(an abstract numbering "%1." in numbering.xml and w:numPr on each paragraph, restarting at 1 in each Điều, so the
digits are not in the paragraph text), one 4-column table of who sits with the secretary, and the other khoản and
điểm typed as text.

usage: /work/main/.venv/bin/python bench/corpus14/make_quy_dinh.py   (CORPUS14_OUT=DIR writes elsewhere)
"""

import sys
from pathlib import Path

from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from corpus_files import LetterheadDocx, out_path

NOTE = (
    "(Văn bản soạn cho bộ câu hỏi kiểm thử, theo văn phong văn bản thật; địa danh, nhân vật, số liệu là giả định, "
    "không phải nguyên văn chính thức)"
)

doc = LetterheadDocx(
    "ĐẢNG BỘ TỈNH HÀ SƠN\nBAN THƯỜNG VỤ TỈNH ỦY\n*\nSố 45-QĐ/TU",
    "ĐẢNG CỘNG SẢN VIỆT NAM\nHà Sơn, ngày 10 tháng 11 năm 2025",
)
d, c, b, para = doc.document, doc.c, doc.b, doc.para
numbering = d.part.numbering_part.element
_next_id = [900]


def numbered_list() -> int:
    """A new abstract numbering (decimal, "%1.", hanging indent) and a w:num pointing to it; returns the numId."""
    _next_id[0] += 1
    ident = _next_id[0]
    abstract = parse_xml(
        f'<w:abstractNum {nsdecls("w")} w:abstractNumId="{ident}">'
        '<w:multiLevelType w:val="singleLevel"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/>'
        '<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="0" w:firstLine="567"/></w:pPr></w:lvl>'
        "</w:abstractNum>"
    )
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(abstract)
    else:
        numbering.append(abstract)
    numbering.append(parse_xml(f'<w:num {nsdecls("w")} w:numId="{ident}"><w:abstractNumId w:val="{ident}"/></w:num>'))
    return ident


def auto(num_id: int, text: str):
    """A khoản whose number comes from Word's automatic numbering, not from its text."""
    paragraph = para(text)
    paragraph._p.get_or_add_pPr().append(
        parse_xml(f'<w:numPr {nsdecls("w")}><w:ilvl w:val="0"/><w:numId w:val="{num_id}"/></w:numPr>')
    )
    return paragraph


c("QUY ĐỊNH")
c("về trách nhiệm của bí thư cấp ủy trong việc tiếp dân, đối thoại trực tiếp với Nhân dân và xử lý phản ánh, kiến nghị")
c(NOTE, bold=False)
para(
    "Căn cứ Điều lệ Đảng; căn cứ Quy định của Bộ Chính trị về trách nhiệm của người đứng đầu cấp ủy trong việc tiếp "
    "dân, đối thoại trực tiếp với dân và xử lý những phản ánh, kiến nghị của dân; căn cứ Quy chế làm việc của Ban "
    "Chấp hành Đảng bộ tỉnh khóa XVIII; xét đề nghị của Ban Nội chính Tỉnh ủy, Ban Thường vụ Tỉnh ủy Hà Sơn quy định "
    "như sau:"
)

c("Chương I")
c("QUY ĐỊNH CHUNG")
b("Điều 1. Phạm vi điều chỉnh và đối tượng áp dụng")
para(
    "1. Quy định này quy định việc tiếp dân định kỳ, tiếp dân đột xuất, đối thoại trực tiếp với Nhân dân và việc xử "
    "lý phản ánh, kiến nghị của Nhân dân qua tiếp dân, đối thoại của bí thư cấp ủy trong Đảng bộ tỉnh Hà Sơn."
)
para(
    "2. Đối tượng áp dụng gồm Bí thư Tỉnh ủy và bí thư đảng ủy các xã, phường, đặc khu trực thuộc Tỉnh ủy (sau đây "
    "gọi chung là bí thư cấp ủy)."
)
para(
    "3. Bí thư đảng ủy cơ quan, doanh nghiệp không tiếp dân định kỳ theo Quy định này nhưng phải đối thoại với người "
    "lao động ít nhất 01 lần mỗi năm. Bí thư chi bộ thôn, tổ dân phố không thuộc đối tượng áp dụng, song có mặt khi "
    "bí thư đảng ủy xã, phường tiếp công dân cư trú tại thôn, tổ dân phố mình."
)
b("Điều 2. Nguyên tắc tiếp dân, đối thoại")
k = numbered_list()
auto(
    k,
    "Bí thư cấp ủy trực tiếp tiếp dân, không ủy quyền cho người khác. Trường hợp ốm đau, đi công tác theo phân công "
    "thì phó bí thư thường trực tiếp thay và thông báo lại lịch; việc tiếp thay không được quá 02 kỳ liên tiếp.",
)
auto(
    k,
    "Tiếp dân, đối thoại phải công khai, dân chủ, tôn trọng, lắng nghe; không hứa hẹn vượt thẩm quyền, không đùn "
    "đẩy, né tránh trách nhiệm.",
)
auto(
    k,
    "Không tiếp người đang say rượu, bia, sử dụng chất kích thích, mang theo vũ khí, vật dễ cháy nổ hoặc cố ý gây "
    "rối trật tự tại nơi tiếp dân; lực lượng bảo vệ lập biên bản và mời ra khỏi nơi tiếp.",
)
auto(
    k,
    "Việc tiếp dân của bí thư cấp ủy được kết hợp với lịch tiếp công dân của chủ tịch ủy ban nhân dân cùng cấp; "
    "một buổi có thể tiếp chung nhưng biên bản ghi rõ người chủ trì.",
)

c("Chương II")
c("TIẾP DÂN ĐỊNH KỲ VÀ ĐỘT XUẤT")
b("Điều 3. Thời gian tiếp dân")
k = numbered_list()
auto(
    k,
    "Bí thư Tỉnh ủy tiếp dân định kỳ ít nhất 01 ngày trong mỗi tháng, vào ngày 15 hằng tháng; nếu ngày 15 trùng "
    "ngày nghỉ, ngày lễ thì tiếp vào ngày làm việc kế tiếp.",
)
auto(
    k,
    "Bí thư đảng ủy xã, phường, đặc khu tiếp dân định kỳ ít nhất 02 ngày trong mỗi tháng, vào buổi sáng thứ Năm của "
    "tuần đầu tiên và tuần thứ ba trong tháng.",
)
auto(
    k,
    "Bí thư cấp ủy tiếp dân đột xuất trong thời hạn 03 ngày làm việc khi có vụ việc phức tạp, nổi cộm, có từ 05 "
    "người trở lên cùng phản ánh một nội dung, hoặc khi có nguy cơ mất an ninh, trật tự.",
)
b("Điều 4. Địa điểm tiếp dân")
para(
    "1. Bí thư Tỉnh ủy tiếp dân tại Trụ sở Tiếp công dân tỉnh, số 27 đường Trần Phú, phường Hà Sơn. Bí thư đảng ủy "
    "xã, phường, đặc khu tiếp dân tại phòng tiếp công dân của Trung tâm Phục vụ hành chính công cấp xã."
)
para(
    "2. Không tiếp dân tại nhà riêng, nhà hàng, quán cà phê hoặc địa điểm không phải nơi tiếp công dân. Trường hợp "
    "tiếp dân đột xuất tại thôn, tổ dân phố thì tiếp tại nhà văn hóa và có đại diện Mặt trận Tổ quốc cùng dự."
)
b("Điều 5. Thông báo lịch và đăng ký tiếp")
k = numbered_list()
auto(
    k,
    "Lịch tiếp dân định kỳ của bí thư cấp ủy được niêm yết tại trụ sở, đăng trên cổng thông tin điện tử và thông "
    "báo trên hệ thống loa truyền thanh chậm nhất 07 ngày trước ngày tiếp.",
)
auto(
    k,
    "Công dân đăng ký trước trực tiếp tại nơi tiếp hoặc qua đường dây nóng 0226.3855.117 (đối với lịch của Bí thư "
    "Tỉnh ủy); người không đăng ký trước vẫn được tiếp nếu còn thời gian, sau những người đã đăng ký.",
)
auto(
    k,
    "Mỗi buổi tiếp bố trí không quá 10 lượt công dân; mỗi lượt không quá 30 phút. Trường hợp nhiều người cùng một "
    "nội dung thì cử không quá 05 người đại diện trình bày.",
)
b("Điều 6. Thành phần cùng tiếp dân")
para("Thành phần dự buổi tiếp dân của bí thư cấp ủy thực hiện theo bảng sau:")
doc.table(
    [
        ["Cấp", "Người chủ trì", "Thành phần cùng dự", "Cơ quan giúp việc"],
        [
            "Tỉnh",
            "Bí thư Tỉnh ủy",
            "Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy, Trưởng Ban Nội chính Tỉnh ủy, Chánh Thanh tra tỉnh, đại diện "
            "Ủy ban Mặt trận Tổ quốc tỉnh",
            "Ban Tiếp công dân tỉnh và Văn phòng Tỉnh ủy",
        ],
        [
            "Xã, phường, đặc khu",
            "Bí thư đảng ủy",
            "Chủ tịch ủy ban nhân dân, công chức địa chính, tư pháp và bí thư chi bộ thôn, tổ dân phố nơi công "
            "dân cư trú",
            "Văn phòng đảng ủy và công chức tiếp công dân",
        ],
        [
            "Đối thoại toàn tỉnh",
            "Bí thư Tỉnh ủy",
            "Thủ trưởng các sở, ngành có liên quan đến chủ đề đối thoại và chủ tịch ủy ban nhân dân các xã có ý kiến",
            "Ban Dân vận Tỉnh ủy chủ trì chuẩn bị",
        ],
    ]
)
b("Điều 7. Sổ tiếp dân, biên bản và lưu trữ")
para(
    "1. Mọi buổi tiếp dân đều phải ghi vào sổ tiếp công dân và lập biên bản. Biên bản ghi rõ nội dung công dân "
    "trình bày, ý kiến trả lời hoặc hướng xử lý của bí thư cấp ủy, có chữ ký của người chủ trì và của công dân."
)
para(
    "2. Công dân có yêu cầu thì được nhận bản sao biên bản trong 02 ngày làm việc. Việc ghi âm, ghi hình buổi tiếp "
    "chỉ thực hiện khi công dân đồng ý."
)
para("3. Sổ tiếp công dân, biên bản và hồ sơ vụ việc được lưu tại văn phòng cấp ủy trong thời hạn 05 năm.")
para(
    "4. Người trực tiếp phục vụ buổi tiếp dân được hưởng mức bồi dưỡng 150.000 đồng/người/buổi từ kinh phí hoạt "
    "động của cấp ủy."
)

c("Chương III")
c("ĐỐI THOẠI TRỰC TIẾP VỚI NHÂN DÂN")
b("Điều 8. Số lần, hình thức và thành phần đối thoại")
para(
    "1. Bí thư Tỉnh ủy đối thoại trực tiếp với Nhân dân ít nhất 01 lần mỗi năm, tổ chức trong quý III; chủ đề do "
    "Ban Thường vụ Tỉnh ủy lựa chọn từ những vấn đề được dư luận quan tâm."
)
para(
    "2. Bí thư đảng ủy xã, phường, đặc khu đối thoại trực tiếp với Nhân dân ít nhất 02 lần mỗi năm, tổ chức trong "
    "quý II và quý IV."
)
para(
    "3. Mỗi buổi đối thoại có ít nhất 50 người dân tham dự, trong đó phụ nữ và thanh niên chiếm ít nhất 30%. Có thể "
    "tổ chức trực tuyến kết hợp trực tiếp, nhưng phải có ít nhất 01 điểm cầu mà người dân dự trực tiếp."
)
para(
    "4. Ủy ban Mặt trận Tổ quốc cùng cấp tổng hợp ý kiến, kiến nghị của Nhân dân gửi bí thư cấp ủy chậm nhất 10 "
    "ngày trước buổi đối thoại."
)
b("Điều 9. Thông báo kết quả đối thoại")
k = numbered_list()
auto(
    k,
    "Trong 10 ngày làm việc sau buổi đối thoại, văn phòng cấp ủy ban hành thông báo kết luận của bí thư cấp ủy, gửi "
    "các cơ quan liên quan và niêm yết công khai tại trụ sở ủy ban nhân dân cấp xã.",
)
auto(
    k,
    "Kết quả giải quyết từng kiến nghị được thông tin lại cho Nhân dân tại buổi đối thoại lần sau hoặc qua hệ thống "
    "truyền thanh.",
)
auto(
    k,
    "Bí thư đảng ủy xã, phường, đặc khu báo cáo kết quả đối thoại về Ban Thường vụ Tỉnh ủy (qua Ban Dân vận Tỉnh ủy) "
    "trong 15 ngày kể từ ngày đối thoại.",
)

c("Chương IV")
c("XỬ LÝ PHẢN ÁNH, KIẾN NGHỊ")
b("Điều 10. Thời hạn xử lý")
para(
    "1. Phản ánh, kiến nghị thuộc thẩm quyền, đã rõ nội dung thì bí thư cấp ủy trả lời ngay tại buổi tiếp; trường "
    "hợp chưa trả lời ngay được thì trả lời bằng văn bản trong 05 ngày làm việc."
)
para(
    "2. Vụ việc cần xác minh thì bí thư cấp ủy giao cơ quan tham mưu hoặc chỉ đạo cơ quan nhà nước xem xét; cơ quan "
    "được giao phải trả lời bằng văn bản trong 30 ngày, vụ việc phức tạp không quá 45 ngày."
)
para(
    "3. Vụ việc không thuộc thẩm quyền thì chuyển đến cơ quan có thẩm quyền trong 05 ngày làm việc và thông báo "
    "bằng văn bản cho công dân biết."
)
para(
    "4. Đơn không ghi tên, ghi tên người khác hoặc không rõ địa chỉ thì không xử lý theo Quy định này; nếu nội dung "
    "cụ thể, có tài liệu kèm theo thì chuyển ủy ban kiểm tra cùng cấp để tham khảo."
)
para(
    "5. Vụ việc đã được trả lời đúng quy định mà công dân tiếp tục đề nghị cùng nội dung, không có tình tiết mới, "
    "thì không tiếp lần thứ ba; văn phòng cấp ủy gửi thông báo dừng tiếp cho công dân."
)
b("Điều 11. Theo dõi, đôn đốc")
para(
    "Văn phòng cấp ủy mở sổ theo dõi từng kiến nghị; đôn đốc bằng văn bản khi cơ quan được giao chậm quá 10 ngày so "
    "với thời hạn. Cơ quan, người đứng đầu để chậm 02 lần trở lên trong một năm phải kiểm điểm trước ban thường vụ "
    "cấp ủy."
)

c("Chương V")
c("TRÁCH NHIỆM VÀ TỔ CHỨC THỰC HIỆN")
b("Điều 12. Trách nhiệm của bí thư cấp ủy")
k = numbered_list()
auto(
    k,
    "Kết quả tiếp dân, đối thoại là một tiêu chí đánh giá, xếp loại chất lượng hằng năm đối với bí thư cấp ủy và "
    "tập thể ban thường vụ cấp ủy.",
)
auto(
    k,
    "Bí thư cấp ủy không tổ chức từ 03 buổi tiếp dân định kỳ trở lên trong năm mà không có lý do chính đáng thì "
    "không xếp loại mức hoàn thành xuất sắc nhiệm vụ năm đó.",
)
auto(
    k,
    "Để xảy ra khiếu kiện đông người, vượt cấp kéo dài tại địa phương do không tiếp, không đối thoại hoặc xử lý "
    "không kịp thời thì bí thư cấp ủy phải tự kiểm điểm làm rõ trách nhiệm, báo cáo cấp ủy cấp trên.",
)
b("Điều 13. Trách nhiệm của các cơ quan")
para(
    "1. Ban Nội chính Tỉnh ủy giúp Ban Thường vụ theo dõi, tổng hợp; báo cáo sáu tháng gửi trước ngày 15 tháng 6 và "
    "báo cáo năm gửi trước ngày 05 tháng 12 hằng năm."
)
para(
    "2. Ban Dân vận Tỉnh ủy và Ủy ban Mặt trận Tổ quốc các cấp giám sát việc tiếp dân, đối thoại; Ủy ban Kiểm tra "
    "Tỉnh ủy đưa nội dung này vào chương trình kiểm tra, giám sát hằng năm."
)
b("Điều 14. Hiệu lực thi hành")
para(
    "Quy định này có hiệu lực từ ngày ký, thay thế Quy định số 17-QĐ/TU ngày 05/3/2019 của Ban Thường vụ Tỉnh ủy về "
    "tiếp dân của bí thư cấp ủy. Trong quá trình thực hiện, nếu có vướng mắc, các cấp ủy báo cáo Ban Thường vụ Tỉnh "
    "ủy (qua Ban Nội chính Tỉnh ủy) để xem xét."
)
doc.broken(
    "Nơi nhận:",
    "- Các đảng ủy trực thuộc Tỉnh ủy,",
    "- Các ban, Văn phòng Tỉnh ủy,",
    "- Các đồng chí Tỉnh ủy viên,",
    "- Lưu Văn phòng Tỉnh ủy.",
)
c("T/M BAN THƯỜNG VỤ\nBÍ THƯ\n\nNông Văn Thắng")

doc.save(out_path(__file__, "quy-dinh/quy-dinh-bi-thu-cap-uy-tiep-dan-doi-thoai-voi-nhan-dan.docx"))
