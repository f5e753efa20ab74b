"""Regulation (Số 18-QĐ/TU) of the Ban Thường vụ Tỉnh ủy Hà Sơn on giving and receiving gifts, hospitality and
conflicts of interest (tặng quà, nhận quà, tiếp khách và kiểm soát xung đột lợi ích), as a LibreOffice .odt built
by hand with zipfile: `mimetype` stored first and uncompressed, META-INF/manifest.xml, content.xml, styles.xml,
meta.xml. content.xml holds a heading hierarchy (text:h outline levels 1-3: Chương / Điều / a short sub-heading),
body text:p paragraphs, a text:list of points, a table:table (gift thresholds), two FOOTNOTES (text:note with
text:note-citation and text:note-body inside the paragraph that cites them), soft line breaks (text:line-break),
tabs (text:tab) and runs of spaces written as text:s with text:c.

usage: /work/main/.venv/bin/python bench/corpus16/make_quy_dinh.py   (CORPUS16_OUT=DIR writes elsewhere)
"""

import re
import sys
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from corpus_files import out_path

NOTE = (
    "(Văn bản soạn cho bộ câu hỏi kiểm thử, theo văn phong văn bản thật; địa danh, nhân vật, số liệu, mức tiền là "
    "giả định, không phải nguyên văn chính thức)"
)

NS = (
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
    'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
    'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
    'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" '
    'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
    'xmlns:dc="http://purl.org/dc/elements/1.1/" '
    'office:version="1.3"'
)

_notes = [0]


def inline(text: str) -> str:
    """Escape `text`; [[note]] becomes a footnote, | a soft line break, \\t a tab, runs of 2+ spaces text:s."""
    out = []
    for piece in re.split(r"(\[\[.*?\]\]|\||\t| {2,})", text):
        if not piece:
            continue
        if piece.startswith("[["):
            _notes[0] += 1
            n = _notes[0]
            out.append(
                f'<text:note text:id="ftn{n}" text:note-class="footnote"><text:note-citation>{n}</text:note-citation>'
                f'<text:note-body><text:p text:style-name="Footnote">{escape(piece[2:-2])}</text:p></text:note-body>'
                "</text:note>"
            )
        elif piece == "|":
            out.append("<text:line-break/>")
        elif piece == "\t":
            out.append("<text:tab/>")
        elif piece.startswith("  "):
            out.append(f'<text:s text:c="{len(piece)}"/>')
        else:
            out.append(escape(piece))
    return "".join(out)


body: list[str] = []


def h(level: int, text: str) -> None:
    body.append(f'<text:h text:style-name="Heading_20_{level}" text:outline-level="{level}">{inline(text)}</text:h>')


def p(text: str, style: str = "Text_20_body") -> None:
    body.append(f'<text:p text:style-name="{style}">{inline(text)}</text:p>')


def items(*texts: str) -> None:
    lis = "".join(
        f'<text:list-item><text:p text:style-name="List_20_Paragraph">{inline(t)}</text:p></text:list-item>'
        for t in texts
    )
    body.append(f'<text:list text:style-name="L1">{lis}</text:list>')


def table(name: str, rows: list[list[str]]) -> None:
    cols = len(rows[0])
    xml = [f'<table:table table:name="{name}" table:style-name="Tbl">']
    xml.append(f'<table:table-column table:number-columns-repeated="{cols}"/>')
    for r, row in enumerate(rows):
        if r == 0:
            xml.append("<table:table-header-rows>")
        xml.append("<table:table-row>")
        for cell in row:
            style = "Table_20_Heading" if r == 0 else "Table_20_Contents"
            xml.append(
                f'<table:table-cell office:value-type="string"><text:p text:style-name="{style}">{inline(cell)}'
                "</text:p></table:table-cell>"
            )
        xml.append("</table:table-row>")
        if r == 0:
            xml.append("</table:table-header-rows>")
    xml.append("</table:table>")
    body.append("".join(xml))


# ---------------------------------------------------------------------------------------------------------------
p("TỈNH ỦY HÀ SƠN\t\tĐẢNG CỘNG SẢN VIỆT NAM", "Letterhead")
p("BAN THƯỜNG VỤ\t\tHà Sơn, ngày 15 tháng 01 năm 2026", "Letterhead")
p("      *|Số 18-QĐ/TU", "Letterhead")
p("QUY ĐỊNH", "Title")
p(
    "về tặng quà, nhận quà, tiếp khách và kiểm soát xung đột lợi ích|đối với cán bộ, đảng viên trong Đảng bộ tỉnh",
    "Subtitle",
)
p(NOTE, "Note")
p(
    "Căn cứ Điều lệ Đảng; căn cứ các quy định của Bộ Chính trị về trách nhiệm nêu gương của cán bộ, đảng viên và về "
    "phòng, chống tham nhũng, tiêu cực; căn cứ Quy chế làm việc của Ban Chấp hành Đảng bộ tỉnh khóa XVI; xét đề "
    "nghị của Ủy ban Kiểm tra Tỉnh ủy, Ban Thường vụ Tỉnh ủy Hà Sơn quy định như sau:"
)

h(1, "Chương I|QUY ĐỊNH CHUNG")
h(2, "Điều 1. Phạm vi điều chỉnh, đối tượng áp dụng")
p(
    "1. Quy định này quy định việc tặng quà, nhận quà, tiếp khách, mời và nhận lời mời ăn uống, giải trí; việc "
    "nhận diện, kê khai và xử lý xung đột lợi ích của cán bộ, đảng viên trong Đảng bộ tỉnh Hà Sơn."
)
p(
    "2. Áp dụng đối với tổ chức đảng, đảng viên; cán bộ, công chức, viên chức, người lao động trong các cơ quan "
    "đảng, Mặt trận Tổ quốc và các đoàn thể, cơ quan nhà nước, đơn vị sự nghiệp công lập và doanh nghiệp nhà nước "
    "thuộc tỉnh (sau đây gọi chung là cán bộ, đảng viên). Người đã nghỉ hưu chỉ áp dụng các quy định tại Chương III "
    "khi nhận quà liên quan đến công việc trước đây mình đã giải quyết."
)
h(2, "Điều 2. Giải thích từ ngữ")
p("Trong Quy định này,  các từ ngữ dưới đây được hiểu như sau:")
items(
    "Quà tặng là tiền, ngoại tệ, giấy tờ có giá, thẻ mua hàng, phiếu quà tặng điện tử, vé máy bay, chuyến du lịch, "
    "dịch vụ chăm sóc sức khỏe, làm đẹp miễn phí và các hiện vật khác, kể cả khoản giảm giá không công khai cho "
    "riêng người nhận.",
    "Người có liên quan đến công việc là cơ quan, tổ chức, doanh nghiệp, cá nhân có hồ sơ, đề nghị, dự án, gói "
    "thầu, vụ việc đang hoặc sẽ do cán bộ, đảng viên trực tiếp giải quyết, tham mưu, thẩm định, kiểm tra, thanh "
    "tra trong vòng 12 tháng trước hoặc sau thời điểm tặng quà.",
    "Người thân là vợ, chồng; bố, mẹ, con (kể cả con dâu, con rể); anh, chị, em ruột của mình và của vợ hoặc chồng.",
    "Xung đột lợi ích là tình huống lợi ích của cán bộ, đảng viên hoặc người thân của họ tác động hoặc có thể tác "
    "động đến việc thực hiện nhiệm vụ, công vụ một cách khách quan, vô tư.",
)
h(2, "Điều 3. Nguyên tắc")
p(
    "1. Cán bộ, đảng viên không được trực tiếp hoặc gián tiếp nhận quà tặng dưới mọi hình thức của người có liên "
    "quan đến công việc mình giải quyết, bất kể giá trị lớn hay nhỏ."
)
p(
    "2. Không dùng ngân sách nhà nước, kinh phí hoạt động của cơ quan, đơn vị, doanh nghiệp nhà nước để làm quà "
    "tặng cá nhân, trừ trường hợp tặng quà theo chính sách và các trường hợp tại Điều 4."
)
p(
    "3. Cán bộ giữ chức vụ lãnh đạo, quản lý phải gương mẫu, chịu trách nhiệm về việc nhận quà của vợ, chồng, con "
    "sống chung khi quà đó xuất phát từ công việc của mình."
)

h(1, "Chương II|TẶNG QUÀ VÀ TIẾP KHÁCH")
h(2, "Điều 4. Tặng quà bằng kinh phí của cơ quan, đơn vị")
p(
    "1. Cơ quan, đơn vị chỉ được dùng kinh phí để tặng quà trong các trường hợp: thăm hỏi gia đình chính sách, "
    "người có công; thăm hỏi, động viên cán bộ ốm đau, gặp hoạn nạn; chúc mừng tổ chức, đơn vị bạn nhân ngày "
    "thành lập tròn năm (năm chẵn); tiếp đoàn khách nước ngoài theo chương trình đối ngoại đã được duyệt."
)
p(
    "2. Giá trị quà tặng tối đa không quá 500.000 đồng mỗi suất đối với khách trong nước và không quá 1.500.000 "
    "đồng mỗi suất đối với khách nước ngoài; ưu tiên sản phẩm OCOP, sản phẩm thủ công truyền thống của tỉnh."
)
p(
    "3. Nghiêm cấm đi chúc Tết, tặng quà Tết cấp trên dưới mọi hình thức; không tổ chức đoàn của tỉnh đi chúc Tết "
    "các cơ quan Trung ương, trừ khi Thường trực Tỉnh ủy có chủ trương bằng văn bản."
)
h(2, "Điều 5. Tiếp khách, mời và nhận lời mời ăn uống")
p(
    "1. Việc tiếp khách bằng kinh phí cơ quan thực hiện đúng chế độ, tiết kiệm; mức chi mời cơm khách trong nước "
    "tối đa 400.000 đồng mỗi suất, đã bao gồm đồ uống; không dùng rượu, bia trong bữa trưa các ngày làm việc."
)
p(
    "2. Cán bộ, đảng viên không được nhận lời mời ăn uống, du lịch, chơi gôn, hát karaoke, tham gia các hoạt "
    "động giải trí do người có liên quan đến công việc chi trả, kể cả ngoài giờ hành chính và ngày nghỉ."
)
p(
    "3. Trường hợp buộc phải dự bữa cơm trong chương trình làm việc chính thức với doanh nghiệp (ký kết hợp tác, "
    "khánh thành công trình) thì phải được thủ trưởng cơ quan đồng ý trước và ghi vào chương trình công tác."
)

h(1, "Chương III|NHẬN QUÀ VÀ XỬ LÝ QUÀ TẶNG")
h(2, "Điều 6. Những trường hợp được nhận quà")
p(
    "1. Cán bộ, đảng viên được nhận quà nhân dịp cưới hỏi,  tang lễ, ốm đau, mừng thọ, mừng nhà mới, sinh nhật của "
    "bản thân và người thân, nếu người tặng là người thân, bạn bè, đồng nghiệp không có liên quan đến công việc "
    "mình giải quyết."
)
p(
    "2. Đối với người tặng là cấp dưới trực tiếp, mức quà mỗi lần của một người không quá 2.000.000 đồng; "
    "tiền mừng, phúng viếng vượt mức này phải trả lại, không ghi nợ, không nhận thay bằng hiện vật."
)
p(
    "3. Quà lưu niệm có giá trị tượng trưng (không quá 300.000 đồng) trong hội nghị, hội thảo, lễ kỷ niệm do cơ "
    "quan, tổ chức tặng công khai cho tất cả người tham dự thì được nhận, không phải báo cáo."
)
h(2, "Điều 7. Từ chối, báo cáo và nộp lại quà tặng")
p(
    "1. Khi được tặng quà không đúng quy định, cán bộ, đảng viên phải từ chối ngay. Trường hợp không từ chối được "
    "(quà gửi qua đường bưu điện, người gửi không rõ địa chỉ, quà để lại tại nhà riêng) thì trong 05 ngày làm việc "
    "kể từ ngày nhận phải báo cáo thủ trưởng trực tiếp bằng văn bản theo Mẫu QT-01[[Mẫu QT-01 (Báo cáo nhận quà tặng) "
    "và Mẫu QT-02 (Sổ theo dõi quà tặng) ban hành kèm theo Quy định này; đăng trên Cổng Thông tin điện tử Tỉnh ủy, "
    "mục Văn bản.]] và nộp lại quà."
)
p(
    "2. Quà là tiền, ngoại tệ, giấy tờ có giá phải nộp vào tài khoản tạm giữ của Văn phòng Tỉnh ủy (đối với cán "
    "bộ thuộc diện Ban Thường vụ Tỉnh ủy quản lý) hoặc của đơn vị chậm nhất 03 ngày làm việc kể từ ngày báo cáo, "
    "không được giữ lại tiền mặt tại cơ quan."
)
p(
    "3. Quà là thực phẩm tươi sống, hàng hóa dễ hư hỏng thì báo cáo trong 24 giờ; thủ trưởng cơ quan quyết định "
    "chuyển cho bếp ăn tập thể, cơ sở bảo trợ xã hội hoặc trả lại người tặng và ghi vào sổ theo dõi."
)
p(
    "4. Văn phòng hoặc bộ phận tổ chức - hành chính của cơ quan mở Sổ theo dõi quà tặng, ghi đầy đủ tên người "
    "tặng, người nhận, giá trị ước tính, ngày nộp và cách xử lý; sổ được kiểm tra định kỳ 6 tháng một lần."
)
p("Các mức quà, thời hạn báo cáo và nơi nộp lại được tóm tắt như sau:")
table(
    "MucQua",
    [
        ["Loại quà, hoàn cảnh", "Mức được nhận", "Thời hạn báo cáo, nộp lại", "Nơi nộp hoặc xử lý"],
        [
            "Quà của người có liên quan đến công việc",
            "Không được nhận, bất kể giá trị",
            "Báo cáo trong 05 ngày làm việc",
            "Thủ trưởng trực tiếp; Hội đồng xử lý quà tặng",
        ],
        [
            "Tiền mừng cưới, phúng viếng của cấp dưới",
            "Không quá 2.000.000 đồng mỗi lần",
            "Phần vượt mức trả lại ngay",
            "Trả trực tiếp người tặng",
        ],
        [
            "Tiền, ngoại tệ, giấy tờ có giá không từ chối được",
            "Không được giữ",
            "Nộp chậm nhất 03 ngày làm việc sau khi báo cáo",
            "Tài khoản tạm giữ của Văn phòng Tỉnh ủy hoặc của đơn vị",
        ],
        [
            "Thực phẩm tươi sống, hàng dễ hư hỏng",
            "Không được giữ",
            "Báo cáo trong 24 giờ",
            "Bếp ăn tập thể, cơ sở bảo trợ xã hội",
        ],
        [
            "Quà lưu niệm tặng chung tại hội nghị",
            "Không quá 300.000 đồng",
            "Không phải báo cáo",
            "Người nhận giữ lại",
        ],
    ],
)
h(2, "Điều 8. Xử lý quà tặng đã nộp lại")
p(
    "1. Thủ trưởng cơ quan thành lập Hội đồng xử lý quà tặng gồm 03 đến 05 người, trong đó có đại diện cấp ủy và "
    "bộ phận kế toán. Trong 15 ngày làm việc kể từ ngày nhận quà nộp lại, Hội đồng phải xác định giá trị và quyết "
    "định cách xử lý."
)
p(
    "2. Quà là hiện vật có giá trị từ 10.000.000 đồng trở lên được bán đấu giá theo quy định, tiền thu được nộp "
    "ngân sách nhà nước; hiện vật dưới mức này được sử dụng cho hoạt động chung của cơ quan hoặc trao tặng quỹ "
    "\u201cVì người nghèo\u201d của tỉnh."
)
p(
    "3. Quà là tiền nộp vào tài khoản tạm giữ được chuyển nộp ngân sách nhà nước trong 30 ngày; trường hợp có dấu "
    "hiệu đưa hối lộ thì chuyển hồ sơ cho Ủy ban Kiểm tra cùng cấp và cơ quan điều tra."
)

h(1, "Chương IV|KIỂM SOÁT XUNG ĐỘT LỢI ÍCH")
h(2, "Điều 9. Kê khai tình huống xung đột lợi ích")
p(
    "1. Khi được giao giải quyết hồ sơ, vụ việc mà người thân của mình là một bên hoặc có lợi ích liên quan (tham "
    "dự thầu, dự tuyển dụng, được thanh tra, kiểm tra, xét duyệt dự án, xét bổ nhiệm), cán bộ, đảng viên phải tự "
    "kê khai bằng văn bản với thủ trưởng trong 03 ngày làm việc kể từ khi biết tình huống."
)
p(
    "2. Người khác biết tình huống xung đột lợi ích mà người có xung đột chưa kê khai thì có trách nhiệm phản ánh "
    "với thủ trưởng cơ quan hoặc Ủy ban Kiểm tra cấp ủy có thẩm quyền quản lý cán bộ đó."
)
p(
    "3. Cán bộ, đảng viên không được góp vốn, nắm giữ cổ phần, làm tư vấn cho doanh nghiệp hoạt động trong lĩnh "
    "vực mình trực tiếp quản lý; sau khi thôi giữ chức vụ 24 tháng mới được làm việc cho doanh nghiệp đó."
)
h(2, "Điều 10. Biện pháp xử lý xung đột lợi ích")
h(3, "Các biện pháp do thủ trưởng áp dụng")
p(
    "1. Căn cứ mức độ, thủ trưởng cơ quan áp dụng một hoặc các biện pháp: giám sát việc thực hiện nhiệm vụ; giao "
    "người khác cùng tham gia; tạm đình chỉ việc giải quyết hồ sơ; tạm thời chuyển sang vị trí công tác khác."
)
p(
    "2. Người đứng đầu cơ quan có xung đột lợi ích thì báo cáo cấp ủy, thủ trưởng cấp trên trực tiếp để quyết "
    "định biện pháp xử lý; không tự giao lại công việc cho cấp phó của mình."
)
h(3, "Công khai kết quả xử lý")
p(
    "3. Kết quả xử lý tình huống xung đột lợi ích được thông báo tại hội nghị cán bộ, công chức của cơ quan hoặc "
    "cuộc họp chi bộ gần nhất, trừ nội dung thuộc bí mật nhà nước."
)

h(1, "Chương V|XỬ LÝ VI PHẠM VÀ TỔ CHỨC THỰC HIỆN")
h(2, "Điều 11. Xử lý vi phạm")
p(
    "1. Nhận quà không đúng quy định mà không báo cáo, không nộp lại đúng hạn thì phải kiểm điểm trước chi bộ; "
    "quà có giá trị từ 2.000.000 đồng trở lên thì xem xét thi hành kỷ luật đảng từ khiển trách trở lên."
)
p(
    "2. Không kê khai tình huống xung đột lợi ích dẫn đến quyết định sai thì người vi phạm bị xem xét kỷ luật; "
    "thủ trưởng biết mà không xử lý bị xem xét trách nhiệm người đứng đầu."
)
p(
    "3. Cán bộ, đảng viên tự giác báo cáo, nộp lại quà đúng hạn được ghi nhận khi đánh giá, xếp loại chất lượng "
    "cuối năm và không bị coi là vi phạm."
)
h(2, "Điều 12. Trách nhiệm thi hành")
p(
    "1. Các cấp ủy, tổ chức đảng quán triệt Quy định này đến từng cán bộ, đảng viên trong quý I năm 2026. Chi bộ "
    "đưa việc thực hiện Quy định vào nội dung sinh hoạt ít nhất 6 tháng một lần."
)
p(
    "2. Ủy ban Kiểm tra Tỉnh ủy giúp Ban Thường vụ theo dõi, kiểm tra việc thực hiện; tổng hợp báo cáo 6 tháng "
    "trước ngày 15/6 và báo cáo năm trước ngày 15/12."
)
p(
    "3. Quy định này có hiệu lực kể từ ngày ký, thay thế Quy định số 07-QĐ/TU ngày 20/12/2019[[Quy định số "
    "07-QĐ/TU ngày 20/12/2019 của Ban Thường vụ Tỉnh ủy khóa XV về việc tặng quà, nhận quà của cán bộ, công chức "
    "trong hệ thống chính trị tỉnh.]] của Ban Thường vụ Tỉnh ủy. Trong quá trình thực hiện, nếu có vướng mắc, "
    "phản ánh về Ủy ban Kiểm tra Tỉnh ủy (điện thoại 0218.3856.204) để tổng hợp, báo cáo."
)
p("T/M BAN THƯỜNG VỤ|PHÓ BÍ THƯ THƯỜNG TRỰC|(đã ký)|Lò Văn Thịnh", "Signature")
p("Nơi nhận:|- Ban Bí thư (để báo cáo),|- Các đảng bộ trực thuộc Tỉnh ủy,|- Lưu Văn phòng Tỉnh ủy.", "Small")

CONTENT = (
    '<?xml version="1.0" encoding="UTF-8"?>\n'
    f"<office:document-content {NS}>"
    "<office:automatic-styles>"
    '<style:style style:name="Tbl" style:family="table"><style:table-properties style:width="17cm" '
    'table:align="margins"/></style:style>'
    "</office:automatic-styles>"
    "<office:body><office:text><text:sequence-decls/>" + "".join(body) + "</office:text></office:body>"
    "</office:document-content>"
)

ITALIC = ' fo:font-style="italic"'
STYLES = (
    '<?xml version="1.0" encoding="UTF-8"?>\n'
    f"<office:document-styles {NS}>"
    "<office:font-face-decls/>"
    "<office:styles>"
    '<style:default-style style:family="paragraph"><style:paragraph-properties fo:margin-bottom="0.15cm"/>'
    '<style:text-properties style:font-name="Times New Roman" fo:font-size="13pt" fo:language="vi" '
    'fo:country="VN"/></style:default-style>'
    '<style:style style:name="Standard" style:family="paragraph" style:class="text"/>'
    '<style:style style:name="Text_20_body" style:display-name="Text body" style:family="paragraph" '
    'style:parent-style-name="Standard"><style:paragraph-properties fo:text-align="justify" '
    'fo:text-indent="1cm"/></style:style>'
    '<style:style style:name="Heading" style:family="paragraph" style:parent-style-name="Standard"/>'
    + "".join(
        f'<style:style style:name="Heading_20_{n}" style:display-name="Heading {n}" style:family="paragraph" '
        f'style:parent-style-name="Heading" style:default-outline-level="{n}"><style:paragraph-properties '
        f'fo:text-align="{"center" if n == 1 else "start"}"/><style:text-properties fo:font-weight="bold"'
        f"{ITALIC if n == 3 else ''}/></style:style>"
        for n in (1, 2, 3)
    )
    + '<style:style style:name="Title" style:family="paragraph"><style:paragraph-properties fo:text-align="center"/>'
    '<style:text-properties fo:font-size="15pt" fo:font-weight="bold"/></style:style>'
    '<style:style style:name="Subtitle" style:family="paragraph"><style:paragraph-properties '
    'fo:text-align="center"/><style:text-properties fo:font-weight="bold"/></style:style>'
    '<style:style style:name="Note" style:family="paragraph"><style:paragraph-properties fo:text-align="center"/>'
    '<style:text-properties fo:font-style="italic" fo:font-size="11pt"/></style:style>'
    '<style:style style:name="Letterhead" style:family="paragraph"><style:paragraph-properties>'
    '<style:tab-stops><style:tab-stop style:position="8cm"/><style:tab-stop style:position="9cm"/>'
    '</style:tab-stops></style:paragraph-properties><style:text-properties fo:font-weight="bold" '
    'fo:font-size="12pt"/></style:style>'
    '<style:style style:name="List_20_Paragraph" style:display-name="List Paragraph" style:family="paragraph"/>'
    '<style:style style:name="Table_20_Contents" style:display-name="Table Contents" style:family="paragraph"/>'
    '<style:style style:name="Table_20_Heading" style:display-name="Table Heading" style:family="paragraph">'
    '<style:text-properties fo:font-weight="bold"/></style:style>'
    '<style:style style:name="Footnote" style:family="paragraph"><style:text-properties fo:font-size="10pt"/>'
    "</style:style>"
    '<style:style style:name="Signature" style:family="paragraph"><style:paragraph-properties fo:text-align="end"/>'
    '<style:text-properties fo:font-weight="bold"/></style:style>'
    '<style:style style:name="Small" style:family="paragraph"><style:text-properties fo:font-size="10pt"/>'
    "</style:style>"
    '<text:list-style style:name="L1"><text:list-level-style-number text:level="1" style:num-suffix=")" '
    'style:num-format="a"/></text:list-style>'
    "</office:styles>"
    "<office:automatic-styles>"
    '<style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="21cm" '
    'fo:page-height="29.7cm" fo:margin-left="3cm" fo:margin-right="2cm" fo:margin-top="2cm" '
    'fo:margin-bottom="2cm"/></style:page-layout>'
    "</office:automatic-styles>"
    '<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="pm1"/>'
    "</office:master-styles>"
    "</office:document-styles>"
)

META = (
    '<?xml version="1.0" encoding="UTF-8"?>\n'
    f"<office:document-meta {NS}><office:meta><meta:generator>LibreOffice/7.6</meta:generator>"
    "<dc:title>Quy định 18-QĐ/TU về tặng quà, nhận quà, tiếp khách và kiểm soát xung đột lợi ích</dc:title>"
    "<dc:language>vi-VN</dc:language></office:meta></office:document-meta>"
)

MANIFEST = (
    '<?xml version="1.0" encoding="UTF-8"?>\n'
    '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">'
    '<manifest:file-entry manifest:full-path="/" manifest:version="1.3" '
    'manifest:media-type="application/vnd.oasis.opendocument.text"/>'
    '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
    '<manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/>'
    '<manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/>'
    "</manifest:manifest>"
)

path = out_path(__file__, "quy-dinh/quy-dinh-tang-qua-nhan-qua-tiep-khach-xung-dot-loi-ich.odt")
with zipfile.ZipFile(path, "w") as z:
    z.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.text", zipfile.ZIP_STORED)
    for name, data in (
        ("META-INF/manifest.xml", MANIFEST),
        ("content.xml", CONTENT),
        ("styles.xml", STYLES),
        ("meta.xml", META),
    ):
        z.writestr(name, data.encode("utf-8"), zipfile.ZIP_DEFLATED)
print(path)
