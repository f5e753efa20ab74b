"""Regulation (Quy chế số 09-QC/TU) of the Ban Thường vụ Tỉnh ủy Hà Sơn on the party's spokesperson and press
information regime (phát ngôn và cung cấp thông tin cho báo chí), as .docx: the letterhead table, a page header
and a footer with a PAGE field, and Word AUTOMATIC NUMBERING — a numbering.xml abstractNum with four levels
("Chương %1" upper roman, "Điều %2." never restarting across chapters, "%3." for khoản, "%4)" lower letter for
điểm, so the sixth point comes out "f)" where a Vietnamese text writes "đ)"); every Chương / Điều / khoản / điểm
paragraph carries w:numPr, so the visible numbers are not in the text runs at all.

usage: /work/main/.venv/bin/python bench/corpus16/make_quy_che.py   (CORPUS16_OUT=DIR writes elsewhere)
"""

import sys
from pathlib import Path

from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from docx.shared import Pt

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from corpus_files import LetterheadDocx, out_path

NOTE = (
    "(Văn bản soạn cho bộ câu hỏi kiểm thử, theo văn phong văn bản thật; địa danh, nhân vật, số điện thoại, thời "
    "hạn là giả định, không phải nguyên văn chính thức)"
)

doc = LetterheadDocx(
    "TỈNH ỦY HÀ SƠN\nBAN THƯỜNG VỤ\n*\nSố 09-QC/TU",
    "ĐẢNG CỘNG SẢN VIỆT NAM\nHà Sơn, ngày 22 tháng 12 năm 2025",
)
d = doc.document

# --- numbering.xml: one abstractNum, four levels ------------------------------------------------------------------
LEVELS = [
    ("upperRoman", "Chương %1", "center", 0, True),
    ("decimal", "Điều %2.", "left", 0, True),
    ("decimal", "%3.", "left", 567, False),
    ("lowerLetter", "%4)", "left", 851, False),
]
lvls = []
for i, (fmt, text, _jc, indent, bold) in enumerate(LEVELS):
    restart = '<w:lvlRestart w:val="0"/>' if i == 1 else ""
    rpr = "<w:rPr><w:b/></w:rPr>" if bold else ""
    suff = '<w:suff w:val="nothing"/>' if i == 0 else '<w:suff w:val="space"/>'
    lvls.append(
        f'<w:lvl w:ilvl="{i}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/>{restart}{suff}'
        f'<w:lvlText w:val="{text}"/><w:lvlJc w:val="left"/>'
        f'<w:pPr><w:ind w:left="{indent}" w:firstLine="0"/></w:pPr>{rpr}</w:lvl>'
    )
numbering = d.part.numbering_part.element
for child in list(numbering):
    numbering.remove(child)
numbering.append(
    parse_xml(
        f'<w:abstractNum {nsdecls("w")} w:abstractNumId="20"><w:multiLevelType w:val="multilevel"/>'
        + "".join(lvls)
        + "</w:abstractNum>"
    )
)
numbering.append(parse_xml(f'<w:num {nsdecls("w")} w:numId="7"><w:abstractNumId w:val="20"/></w:num>'))


def numbered(level: int, text: str, bold: bool = False):
    paragraph = d.add_paragraph()
    ppr = paragraph._p.get_or_add_pPr()
    ppr.append(parse_xml(f'<w:numPr {nsdecls("w")}><w:ilvl w:val="{level}"/><w:numId w:val="7"/></w:numPr>'))
    if level == 0:
        paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if text:
        paragraph.add_run(text).bold = bold
    return paragraph


def chuong(title: str) -> None:
    numbered(0, "", bold=True)
    doc.c(title)


def dieu(title: str) -> None:
    numbered(1, title, bold=True)


def k(text: str) -> None:
    numbered(2, text)


def diem(text: str) -> None:
    numbered(3, text)


# --- header and footer ----------------------------------------------------------------------------------------------
section = d.sections[0]
hp = section.header.paragraphs[0]
hp.text = "Quy chế phát ngôn và cung cấp thông tin cho báo chí của Tỉnh ủy Hà Sơn"
hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
hp.runs[0].italic = True
hp.runs[0].font.size = Pt(9)
fp = section.footer.paragraphs[0]
fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
fp.add_run("Trang ")
fp._p.append(parse_xml(f'<w:r {nsdecls("w")}><w:fldChar w:fldCharType="begin"/></w:r>'))
fp._p.append(parse_xml(f'<w:r {nsdecls("w")}><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r>'))
fp._p.append(parse_xml(f'<w:r {nsdecls("w")}><w:fldChar w:fldCharType="separate"/></w:r>'))
fp._p.append(parse_xml(f"<w:r {nsdecls('w')}><w:t>1</w:t></w:r>"))
fp._p.append(parse_xml(f'<w:r {nsdecls("w")}><w:fldChar w:fldCharType="end"/></w:r>'))

# --- text -----------------------------------------------------------------------------------------------------------
doc.c("QUY CHẾ")
doc.c("phát ngôn và cung cấp thông tin cho báo chí của các cơ quan đảng trong Đảng bộ tỉnh Hà Sơn")
doc.c(NOTE, bold=False)
doc.para(
    "Căn cứ Điều lệ Đảng; căn cứ Luật Báo chí và các quy định của Trung ương về phát ngôn, cung cấp thông tin cho "
    "báo chí; xét đề nghị của Ban Tuyên giáo và Dân vận Tỉnh ủy, Ban Thường vụ Tỉnh ủy ban hành Quy chế phát ngôn "
    "và cung cấp thông tin cho báo chí như sau:"
)

chuong("NHỮNG QUY ĐỊNH CHUNG")
dieu("Phạm vi điều chỉnh và đối tượng áp dụng")
k(
    "Quy chế này quy định về người phát ngôn, hình thức, thời hạn phát ngôn và cung cấp thông tin cho báo chí; "
    "việc cải chính, xử lý thông tin sai sự thật liên quan đến tổ chức đảng, cán bộ, đảng viên trên báo chí và "
    "mạng xã hội."
)
k(
    "Áp dụng đối với Tỉnh ủy, Ban Thường vụ Tỉnh ủy, các cơ quan tham mưu, giúp việc của Tỉnh ủy, các đảng ủy trực "
    "thuộc Tỉnh ủy, đảng ủy xã, phường và cán bộ, đảng viên trong Đảng bộ tỉnh."
)
dieu("Nguyên tắc phát ngôn")
k(
    "Thông tin phát ngôn phải chính xác, kịp thời, đúng thẩm quyền, thống nhất với chủ trương của cấp ủy; người "
    "phát ngôn chịu trách nhiệm trước cấp ủy và trước pháp luật về nội dung mình phát ngôn."
)
k(
    "Chỉ người phát ngôn hoặc người được ủy quyền phát ngôn mới được nhân danh cơ quan đảng cung cấp thông tin cho "
    "báo chí; cán bộ, đảng viên khác chỉ cung cấp thông tin khi được người phát ngôn giao bằng văn bản."
)
k(
    "Đảng viên trả lời phỏng vấn với tư cách cá nhân phải nói rõ đó là ý kiến cá nhân, không được nhân danh chi "
    "bộ, cấp ủy hay cơ quan nơi mình công tác."
)

chuong("NGƯỜI PHÁT NGÔN VÀ HÌNH THỨC PHÁT NGÔN")
dieu("Người phát ngôn")
k(
    "Bí thư Tỉnh ủy là người phát ngôn chính thức của Tỉnh ủy; có thể ủy quyền cho Phó Bí thư Thường trực Tỉnh ủy "
    "phát ngôn về những vấn đề cụ thể."
)
k(
    "Chánh Văn phòng Tỉnh ủy là người được giao nhiệm vụ phát ngôn thường xuyên về hoạt động của Tỉnh ủy, Ban "
    "Thường vụ, Thường trực Tỉnh ủy."
)
k(
    "Trưởng các ban đảng, Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy phát ngôn về lĩnh vực do cơ quan mình phụ trách; "
    "riêng kết luận kiểm tra, thi hành kỷ luật đảng viên thuộc diện Ban Thường vụ Tỉnh ủy quản lý do Chủ nhiệm Ủy "
    "ban Kiểm tra Tỉnh ủy phát ngôn sau khi được Thường trực Tỉnh ủy đồng ý."
)
k(
    "Ở cấp xã, phường, bí thư đảng ủy là người phát ngôn; phó bí thư thường trực được ủy quyền khi bí thư vắng "
    "mặt. Bí thư chi bộ không phát ngôn với báo chí về các vụ việc trong chi bộ, trừ khi được đảng ủy cấp trên "
    "giao."
)
k(
    "Danh sách người phát ngôn, số điện thoại, thư điện tử được công khai trên Cổng Thông tin điện tử Tỉnh ủy và "
    "gửi các cơ quan báo chí trước ngày 15 tháng 01 hằng năm; khi thay đổi phải thông báo trong 03 ngày làm việc."
)
dieu("Những người không được phát ngôn")
k("Không giao nhiệm vụ phát ngôn hoặc ủy quyền phát ngôn cho các trường hợp sau:")
diem("Cán bộ đang trong thời gian bị xem xét, thi hành kỷ luật hoặc đang bị điều tra;")
diem("Cán bộ có người thân là một bên của vụ việc đang được báo chí phản ánh;")
diem("Người làm hợp đồng, người mới được tuyển dụng đang trong thời gian tập sự.")
dieu("Hình thức phát ngôn và cung cấp thông tin")
k("Việc phát ngôn, cung cấp thông tin được thực hiện bằng một hoặc các hình thức sau:")
diem(
    "Tổ chức họp báo định kỳ mỗi quý một lần, vào tuần đầu tiên của tháng cuối quý, do Văn phòng Tỉnh ủy chủ trì, "
    "Ban Tuyên giáo và Dân vận Tỉnh ủy phối hợp;"
)
diem("Ra thông cáo báo chí, đăng tải trên Cổng Thông tin điện tử Tỉnh ủy và trang mạng xã hội chính thức của Tỉnh ủy;")
diem("Trả lời phỏng vấn trực tiếp hoặc trả lời bằng văn bản câu hỏi của cơ quan báo chí;")
diem("Cung cấp thông tin tại hội nghị giao ban báo chí hằng tháng của tỉnh;")
diem("Phát ngôn qua hệ thống truyền thanh cơ sở đối với cấp xã, phường;")
diem(
    "Họp báo đột xuất khi có sự kiện, vụ việc quan trọng, phức tạp được dư luận quan tâm, trong đó có vụ việc liên "
    "quan đến cán bộ chủ chốt của tỉnh."
)

chuong("THỜI HẠN PHÁT NGÔN, THÔNG TIN KHÔNG ĐƯỢC CUNG CẤP")
dieu("Phát ngôn trong trường hợp đột xuất, bất thường")
k(
    "Khi xảy ra sự kiện, vụ việc gây bức xúc trong dư luận liên quan đến tổ chức đảng, cán bộ, đảng viên, người "
    "phát ngôn phải cung cấp thông tin ban đầu cho báo chí chậm nhất 24 giờ kể từ khi sự việc xảy ra."
)
k(
    "Khi có thêm thông tin mới hoặc kết luận của cơ quan có thẩm quyền, người phát ngôn tiếp tục cung cấp thông "
    "tin cập nhật, không chờ đến kỳ họp báo định kỳ."
)
dieu("Trả lời câu hỏi của báo chí")
k(
    "Câu hỏi của cơ quan báo chí gửi bằng văn bản được trả lời trong 05 ngày làm việc kể từ ngày nhận; nội dung "
    "phức tạp, phải xin ý kiến cấp trên thì không quá 10 ngày làm việc."
)
k(
    "Trường hợp chưa trả lời được hoặc từ chối trả lời, người phát ngôn phải thông báo cho cơ quan báo chí biết và "
    "nêu rõ lý do trong 02 ngày làm việc kể từ ngày nhận câu hỏi."
)
k(
    "Phóng viên đến liên hệ trực tiếp phải xuất trình thẻ nhà báo hoặc giấy giới thiệu của cơ quan báo chí; bộ "
    "phận văn phòng bố trí người tiếp, ghi sổ và báo cáo người phát ngôn ngay trong ngày."
)
dieu("Những thông tin không được cung cấp")
k("Người phát ngôn không được cung cấp cho báo chí các thông tin sau:")
diem("Thông tin thuộc bí mật nhà nước, bí mật nội bộ của Đảng chưa được phép công bố;")
diem(
    "Nội dung vụ việc đang trong quá trình kiểm tra, giám sát, xem xét kỷ luật, giải quyết tố cáo khi chưa có kết "
    "luận chính thức;"
)
diem("Hồ sơ, phương án nhân sự đang trong quy trình, chưa được cấp có thẩm quyền quyết định;")
diem("Ý kiến phát biểu của từng thành viên tại các cuộc họp cấp ủy, ban thường vụ;")
diem("Thông tin về đời tư của cán bộ, đảng viên và người thân khi chưa được người đó đồng ý;")
diem("Thông tin làm ảnh hưởng đến quá trình điều tra, truy tố, xét xử.")

chuong("CẢI CHÍNH VÀ XỬ LÝ THÔNG TIN SAI SỰ THẬT")
dieu("Yêu cầu báo chí cải chính")
k(
    "Khi báo chí đăng tải thông tin sai sự thật về tổ chức đảng, cán bộ, đảng viên, người phát ngôn gửi văn bản "
    "yêu cầu cơ quan báo chí cải chính, đồng thời báo cáo Ban Tuyên giáo và Dân vận Tỉnh ủy để phối hợp theo dõi."
)
k(
    "Nếu cơ quan báo chí không cải chính theo quy định, Ban Tuyên giáo và Dân vận Tỉnh ủy đề nghị cơ quan quản lý "
    "nhà nước về báo chí xem xét, xử lý."
)
dieu("Xử lý tin giả, tin sai sự thật trên mạng xã hội")
k(
    "Tổ chức đảng, đảng viên phát hiện tin giả, tin xấu độc, xuyên tạc liên quan đến tổ chức đảng, cán bộ của tỉnh "
    "trên mạng xã hội phải báo cáo cấp ủy quản lý trực tiếp và Ban Tuyên giáo và Dân vận Tỉnh ủy chậm nhất 12 giờ "
    "kể từ khi phát hiện, kèm đường dẫn và ảnh chụp màn hình."
)
k(
    "Cơ quan có liên quan đăng thông tin chính thức để cải chính, phản bác trên Cổng Thông tin điện tử Tỉnh ủy và "
    "trang mạng xã hội chính thức chậm nhất 24 giờ kể từ khi có báo cáo; trường hợp có dấu hiệu vi phạm pháp luật "
    "thì phối hợp với Công an tỉnh xử lý."
)
k(
    "Cán bộ, đảng viên không chia sẻ, bình luận, bày tỏ cảm xúc đối với thông tin chưa được kiểm chứng; không tự ý "
    "đăng tải văn bản, tài liệu nội bộ của Đảng lên mạng xã hội, kể cả trong nhóm Zalo, Facebook kín."
)
k(
    "Các trang mạng xã hội của chi bộ, đảng bộ cơ sở phải do một chi ủy viên hoặc đảng ủy viên được phân công quản "
    "trị và đăng ký với Ban Tuyên giáo và Dân vận Tỉnh ủy trong 10 ngày làm việc kể từ ngày lập."
)

chuong("TỔ CHỨC THỰC HIỆN")
dieu("Chế độ báo cáo")
k(
    "Văn phòng Tỉnh ủy tổng hợp việc phát ngôn, cung cấp thông tin cho báo chí, báo cáo Thường trực Tỉnh ủy 6 "
    "tháng một lần, trước ngày 20 tháng 6 và trước ngày 20 tháng 12."
)
k(
    "Đảng ủy xã, phường và các đảng ủy trực thuộc báo cáo Ban Tuyên giáo và Dân vận Tỉnh ủy về tình hình tin giả, "
    "tin xấu độc trên địa bàn vào ngày 25 hằng tháng."
)
dieu("Khen thưởng và xử lý vi phạm")
k(
    "Tổ chức, cá nhân làm tốt công tác phát ngôn, kịp thời phát hiện, đấu tranh với tin giả được biểu dương trong "
    "sơ kết, tổng kết hằng năm."
)
k(
    "Cán bộ, đảng viên tự ý cung cấp tài liệu nội bộ cho báo chí, phát ngôn sai thẩm quyền hoặc chậm phát ngôn gây "
    "hậu quả thì tùy mức độ bị kiểm điểm hoặc xem xét xử lý kỷ luật."
)
dieu("Hiệu lực thi hành")
k(
    "Quy chế này có hiệu lực từ ngày ký và thay thế Quy chế số 04-QC/TU ngày 10/3/2020 của Ban Thường vụ Tỉnh ủy "
    "về phát ngôn và cung cấp thông tin cho báo chí."
)
k(
    "Ban Tuyên giáo và Dân vận Tỉnh ủy chủ trì hướng dẫn, theo dõi thực hiện Quy chế; đầu mối liên hệ: Phòng Báo "
    "chí - Xuất bản, điện thoại 0218.3852.117."
)
doc.b("T/M BAN THƯỜNG VỤ").alignment = WD_ALIGN_PARAGRAPH.RIGHT
doc.c("BÍ THƯ", bold=True).alignment = WD_ALIGN_PARAGRAPH.RIGHT
doc.para("(đã ký)").alignment = WD_ALIGN_PARAGRAPH.RIGHT
doc.b("Hoàng Minh Khuê").alignment = WD_ALIGN_PARAGRAPH.RIGHT
doc.broken(
    "Nơi nhận:",
    "- Văn phòng Trung ương Đảng,",
    "- Ban Tuyên giáo và Dân vận Trung ương,",
    "- Các cơ quan báo chí của tỉnh,",
    "- Lưu Văn phòng Tỉnh ủy.",
)

path = out_path(__file__, "quy-che/quy-che-phat-ngon-va-cung-cap-thong-tin-cho-bao-chi.docx")
doc.save(path)
print(path)
