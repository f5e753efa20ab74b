"""Regulation (Quy định số 27-QĐ/TU) of the Ban Thường vụ Tỉnh ủy Lục Vân on rotating, transferring and seconding
cadres (luân chuyển, điều động, biệt phái cán bộ), as .docx drafted on an office template the way Word saves it:

- heading numbering defined on the STYLES, not on the paragraphs: three paragraph styles ("Muc Chuong", "Muc Dieu",
  "Muc Khoan") carry w:numPr in styles.xml, linked to one abstractNum whose levels name them in w:pStyle ("Chương %1"
  upper roman, "Điều %2." never restarting across chapters, "%3." for khoản), so no paragraph has w:numPr and no
  "Chương II", "Điều 7." or "3." is in the text; a chapter title follows its number after a line break (w:br)
  at the start of the same paragraph;
- TEXT BOXES holding headings: the document's name and the title of Chương III are inside floating text boxes
  (w:drawing / wps:wsp / w:txbxContent) written with mc:AlternateContent and a VML fallback (w:pict / v:textbox),
  so the heading's text is stored twice;
- CONTENT CONTROLS: the template's fill-in fields (number, date, deadlines, date of entry into force) are inline
  plain-text content controls (w:sdt inside the paragraph, around the run), which python-docx's `paragraph.text`
  does not read ("trước ngày  hằng năm"); the preamble and the signature / "Nơi nhận" block are block-level rich-text
  content controls (w:sdt around whole paragraphs), which `document.paragraphs` does not list;
- HYPERLINK FIELDS: a complex HYPERLINK field (fldChar begin / instrText / separate / result / end) and a simple
  field (w:fldSimple) whose result runs are not direct children of the paragraph;
- the letterhead table and a 3-column table of who proposes and who decides.

usage: /work/main/.venv/bin/python bench/corpus17/make_quy_dinh.py   (CORPUS17_OUT=DIR writes elsewhere)
"""

import sys
from itertools import count
from pathlib import Path
from xml.sax.saxutils import escape

from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from docx.shared import Pt, RGBColor

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from corpus_files import EDITORIAL_NOTE, LetterheadDocx, out_path

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
NS_ALL = (
    'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
    'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
    'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
    'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
    'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
    'xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
    'xmlns:w10="urn:schemas-microsoft-com:office:word"'
)
ids = count(-2047718000, 7919)
SHAPETYPE = (  # the VML text-box shape type, written once before the first text box's fallback
    '<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe">'
    '<v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>'
)
shape_ids = count(1)


def run_xml(text: str, bold: bool = False, italic: bool = False, size: int | None = None) -> str:
    rpr = ""
    if bold or italic or size:
        rpr = "<w:rPr>" + ("<w:b/>" if bold else "") + ("<w:i/>" if italic else "")
        rpr += f'<w:sz w:val="{size}"/><w:szCs w:val="{size}"/>' if size else ""
        rpr += "</w:rPr>"
    return f'<w:r>{rpr}<w:t xml:space="preserve">{escape(text)}</w:t></w:r>'


def sdt_inline(text: str, alias: str, tag: str) -> str:
    """An inline plain-text content control around one run (a template's fill-in field)."""
    return (
        f'<w:sdt><w:sdtPr><w:alias w:val="{alias}"/><w:tag w:val="{tag}"/><w:id w:val="{next(ids)}"/>'
        f"<w:text/></w:sdtPr><w:sdtContent>{run_xml(text)}</w:sdtContent></w:sdt>"
    )


def textbox_runs(lines: list[tuple[str, bool, int]], width_cm: float, height_cm: float, below_cm: float = 0) -> str:
    """A floating text box (wps with a VML fallback) holding one centred paragraph per line."""
    paras = "".join(
        f'<w:p><w:pPr><w:jc w:val="center"/><w:spacing w:after="0"/></w:pPr>{run_xml(t, bold=b, size=s)}</w:p>'
        for t, b, s in lines
    )
    cx, cy = int(width_cm * 360000), int(height_cm * 360000)
    offset = int(below_cm * 360000)
    sid = next(shape_ids)
    return (
        f"<w:r {NS_ALL}><w:rPr><w:noProof/></w:rPr><mc:AlternateContent>"
        '<mc:Choice Requires="wps"><w:drawing>'
        '<wp:anchor distT="45720" distB="45720" distL="114300" distR="114300" simplePos="0" '
        f'relativeHeight="{251659264 + sid}" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="0">'
        '<wp:simplePos x="0" y="0"/>'
        '<wp:positionH relativeFrom="column"><wp:align>center</wp:align></wp:positionH>'
        f'<wp:positionV relativeFrom="paragraph"><wp:posOffset>{offset}</wp:posOffset></wp:positionV>'
        f'<wp:extent cx="{cx}" cy="{cy}"/><wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapTopAndBottom/>'
        f'<wp:docPr id="{sid}" name="Text Box {sid}"/><wp:cNvGraphicFramePr/>'
        '<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
        '<wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr>'
        f'<a:xfrm><a:off x="0" y="0"/><a:ext cx="{cx}" cy="{cy}"/></a:xfrm>'
        '<a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:solidFill><a:srgbClr val="FFFFFF"/></a:solidFill>'
        '<a:ln w="9525"><a:solidFill><a:srgbClr val="000000"/></a:solidFill></a:ln></wps:spPr>'
        f"<wps:txbx><w:txbxContent>{paras}</w:txbxContent></wps:txbx>"
        '<wps:bodyPr rot="0" vert="horz" wrap="square" lIns="91440" tIns="45720" rIns="91440" bIns="45720" '
        'anchor="t" anchorCtr="0"><a:spAutoFit/></wps:bodyPr></wps:wsp></a:graphicData></a:graphic>'
        "</wp:anchor></w:drawing></mc:Choice>"
        "<mc:Fallback><w:pict>"
        + (SHAPETYPE if sid == 1 else "")
        + f'<v:shape id="Text Box {sid}" o:spid="_x0000_s{1025 + sid}" type="#_x0000_t202" '
        f'style="position:absolute;margin-left:0;margin-top:{below_cm}cm;width:{width_cm}cm;height:{height_cm}cm;'
        f"z-index:{sid};mso-position-horizontal:center;mso-position-horizontal-relative:text;"
        'mso-position-vertical-relative:text" '
        'strokeweight=".75pt"><v:textbox style="mso-fit-shape-to-text:t">'
        f"<w:txbxContent>{paras}</w:txbxContent></v:textbox>"
        '<w10:wrap type="topAndBottom"/></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>'
    )


doc = LetterheadDocx("TỈNH ỦY LỤC VÂN\nBAN THƯỜNG VỤ\n*", "ĐẢNG CỘNG SẢN VIỆT NAM")
d = doc.document
body = d.element.body

# --- letterhead: the number and the date are fill-in fields of the template ---------------------------------------
left, right = d.tables[0].cell(0, 0), d.tables[0].cell(0, 1)
p = left.add_paragraph()
p.alignment = WD_ALIGN_PARAGRAPH.CENTER
p._p.append(parse_xml(f'<w:r {W}><w:t xml:space="preserve">Số </w:t></w:r>'))
p._p.append(parse_xml(f"<w:sdt {W}>" + sdt_inline("27-QĐ/TU", "Số, ký hiệu", "so_ky_hieu")[7:]))
p = right.add_paragraph()
p.alignment = WD_ALIGN_PARAGRAPH.CENTER
p._p.append(parse_xml(f'<w:r {W}><w:rPr><w:i/></w:rPr><w:t xml:space="preserve">Lục Vân, </w:t></w:r>'))
p._p.append(parse_xml(f"<w:sdt {W}>" + sdt_inline("ngày 09 tháng 01 năm 2026", "Ngày ban hành", "ngay_ban_hanh")[7:]))
for cell in (left, right):
    for paragraph in cell.paragraphs:
        paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER

# --- styles carrying the numbering ---------------------------------------------------------------------------------
numbering = d.part.numbering_part.element
for child in list(numbering):
    numbering.remove(child)
LEVELS = [  # (format, text, style id, suffix, left indent)
    ("upperRoman", "Chương %1", "MucChuong", "nothing", 0),
    ("decimal", "Điều %2.", "MucDieu", "space", 0),
    ("decimal", "%3.", "MucKhoan", "space", 0),
]
lvls = []
for i, (fmt, text, style_id, suff, indent) in enumerate(LEVELS):
    restart = '<w:lvlRestart w:val="0"/>' if i == 1 else ""
    jc = "center" if i == 0 else "left"
    lvls.append(
        f'<w:lvl w:ilvl="{i}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/>{restart}<w:pStyle w:val="{style_id}"/>'
        f'<w:suff w:val="{suff}"/><w:lvlText w:val="{text}"/><w:lvlJc w:val="{jc}"/>'
        f'<w:pPr><w:ind w:left="{indent}" w:firstLine="0"/></w:pPr>'
        + ("<w:rPr><w:b/></w:rPr>" if i < 2 else "")
        + "</w:lvl>"
    )
numbering.append(
    parse_xml(
        f'<w:abstractNum {nsdecls("w")} w:abstractNumId="30"><w:nsid w:val="5A3C2E71"/>'
        '<w:multiLevelType w:val="multilevel"/>' + "".join(lvls) + "</w:abstractNum>"
    )
)
numbering.append(parse_xml(f'<w:num {nsdecls("w")} w:numId="11"><w:abstractNumId w:val="30"/></w:num>'))

for i, (name, style_id, bold, align, before) in enumerate(
    [
        ("Muc Chuong", "MucChuong", True, "center", 240),
        ("Muc Dieu", "MucDieu", True, "left", 120),
        ("Muc Khoan", "MucKhoan", False, "both", 0),
    ]
):
    style = d.styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
    style.base_style = d.styles["Normal"]
    style.font.bold = bold
    style.font.size = Pt(13 if i < 2 else 12)
    assert style.style_id == style_id, style.style_id
    ppr = style.element.get_or_add_pPr()
    ppr.append(
        parse_xml(
            f"<w:numPr {nsdecls('w')}>" + (f'<w:ilvl w:val="{i}"/>' if i else "") + '<w:numId w:val="11"/></w:numPr>'
        )
    )
    ppr.append(parse_xml(f'<w:spacing {nsdecls("w")} w:before="{before}" w:after="60"/>'))
    ppr.append(parse_xml(f'<w:jc {nsdecls("w")} w:val="{align}"/>'))


hyperlink = d.styles.add_style("Hyperlink", WD_STYLE_TYPE.CHARACTER)
hyperlink.font.underline = True
hyperlink.font.color.rgb = RGBColor(0x05, 0x63, 0xC1)


def styled(style: str, *parts: str):
    """A paragraph of `style` holding raw run XML (strings) in order."""
    paragraph = d.add_paragraph(style=style)
    for part in parts:
        paragraph._p.append(parse_xml(part))
    return paragraph


def chuong(title: str | None, boxed: bool = False) -> None:
    if boxed:  # the chapter's title is in a text box anchored to the numbered paragraph
        styled("Muc Chuong", textbox_runs([(title, True, 26)], 11.5, 0.9, below_cm=0.7))
    else:
        styled("Muc Chuong", f"<w:r {W}><w:br/></w:r>", f"<w:r {W}>" + run_xml(title)[5:])


def dieu(title: str) -> None:
    styled("Muc Dieu", f"<w:r {W}>" + run_xml(title)[5:])


def k(*parts: str) -> None:
    """A khoản: plain strings are text runs; ("sdt", text, alias, tag) is a content control; ("raw", xml) raw."""
    xml = []
    for part in parts:
        if isinstance(part, str):
            xml.append(f"<w:r {W}>" + run_xml(part)[5:])
        elif part[0] == "sdt":
            xml.append(f"<w:sdt {W}>" + sdt_inline(*part[1:])[7:])
        else:
            xml.append(part[1])
    styled("Muc Khoan", *xml)


def plain(text: str, indent: int = 567) -> None:
    paragraph = d.add_paragraph(text)
    paragraph.paragraph_format.left_indent = Pt(indent / 20)
    paragraph.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY


def block_sdt(alias: str, tag: str, paragraphs_xml: list[str]) -> None:
    """Block-level rich-text content control around whole paragraphs, appended before the section properties."""
    sdt = parse_xml(
        f'<w:sdt {W}><w:sdtPr><w:alias w:val="{alias}"/><w:tag w:val="{tag}"/><w:id w:val="{next(ids)}"/>'
        "</w:sdtPr><w:sdtContent>" + "".join(paragraphs_xml) + "</w:sdtContent></w:sdt>"
    )
    body.insert(len(body) - 1, sdt)


def para_xml(text: str, align: str = "both", bold: bool = False, italic: bool = False, breaks: bool = False) -> str:
    if breaks:  # Shift+Enter between lines
        runs = "<w:r><w:br/></w:r>".join(run_xml(line, bold=bold, italic=italic) for line in text.split("\n"))
    else:
        runs = run_xml(text, bold=bold, italic=italic)
    return f'<w:p><w:pPr><w:jc w:val="{align}"/></w:pPr>{runs}</w:p>'


def hyperlink_field(url: str, shown: str) -> list[tuple[str, str]]:
    return [
        ("raw", f'<w:r {W}><w:fldChar w:fldCharType="begin"/></w:r>'),
        ("raw", f'<w:r {W}><w:instrText xml:space="preserve"> HYPERLINK "{url}" \\o "{url}" </w:instrText></w:r>'),
        ("raw", f'<w:r {W}><w:fldChar w:fldCharType="separate"/></w:r>'),
        (
            "raw",
            f'<w:r {W}><w:rPr><w:rStyle w:val="Hyperlink"/><w:color w:val="0563C1"/><w:u w:val="single"/></w:rPr>'
            f'<w:t xml:space="preserve">{escape(shown)}</w:t></w:r>',
        ),
        ("raw", f'<w:r {W}><w:fldChar w:fldCharType="end"/></w:r>'),
    ]


# --- title (in a text box), note, preamble ------------------------------------------------------------------------
styled(
    "Normal",
    textbox_runs(
        [
            ("QUY ĐỊNH", True, 28),
            ("về luân chuyển, điều động và biệt phái cán bộ", True, 26),
            ("trong hệ thống chính trị tỉnh Lục Vân", True, 26),
        ],
        12.5,
        2.2,
    ),
)
doc.c("-----", bold=False)
doc.c(EDITORIAL_NOTE, bold=False).runs[0].italic = True
block_sdt(
    "Căn cứ ban hành",
    "can_cu",
    [
        para_xml("- Căn cứ Điều lệ Đảng;"),
        para_xml("- Căn cứ Quy chế làm việc của Tỉnh ủy, Ban Thường vụ Tỉnh ủy khóa XXI, nhiệm kỳ 2025 - 2030;"),
        para_xml("- Căn cứ các quy định của Bộ Chính trị về luân chuyển cán bộ và về công tác cán bộ;"),
        para_xml("- Xét đề nghị của Ban Tổ chức Tỉnh ủy,"),
        para_xml("Ban Thường vụ Tỉnh ủy quy định như sau:", bold=True),
    ],
)

# --- Chương I ------------------------------------------------------------------------------------------------------
chuong("NHỮNG QUY ĐỊNH CHUNG")
dieu("Phạm vi điều chỉnh, đối tượng áp dụng")
k(
    "Quy định này quy định về đối tượng, tiêu chuẩn, điều kiện, thời hạn, quy trình luân chuyển, điều động, biệt phái "
    "cán bộ; chế độ, chính sách và trách nhiệm của tổ chức, cá nhân có liên quan."
)
k(
    "Quy định này áp dụng đối với cán bộ lãnh đạo, quản lý thuộc diện Ban Thường vụ Tỉnh ủy quản lý; cán bộ, công "
    "chức trong các cơ quan đảng, Mặt trận Tổ quốc, các đoàn thể chính trị - xã hội, cơ quan nhà nước cấp tỉnh và "
    "cấp xã, phường trong tỉnh."
)
k(
    "Việc luân chuyển, điều động cán bộ trong Quân đội và Công an thực hiện theo quy định riêng của Quân ủy Trung ương "
    "và Đảng ủy Công an Trung ương; viên chức trong đơn vị sự nghiệp công lập thực hiện theo pháp luật về viên chức."
)
dieu("Giải thích từ ngữ")
k(
    "Luân chuyển là việc cán bộ lãnh đạo, quản lý được cử hoặc bổ nhiệm giữ một chức danh lãnh đạo, quản lý khác "
    "trong một thời hạn nhất định để tiếp tục được rèn luyện, thử thách, bồi dưỡng qua thực tiễn."
)
k(
    "Điều động là việc cán bộ được cấp có thẩm quyền quyết định chuyển từ cơ quan, đơn vị này đến làm việc tại cơ "
    "quan, đơn vị khác theo yêu cầu nhiệm vụ, không xác định thời hạn."
)
k(
    "Biệt phái là việc công chức được cử đến làm việc có thời hạn tại cơ quan, đơn vị khác nhưng vẫn thuộc biên chế "
    "và do cơ quan cử đi trả lương."
)
k(
    "Xã vùng đặc biệt khó khăn trong Quy định này gồm các xã thuộc khu vực III và các xã có từ 03 thôn, bản đặc biệt "
    "khó khăn trở lên theo quyết định của Ủy ban nhân dân tỉnh."
)
dieu("Nguyên tắc")
k(
    "Ban Thường vụ Tỉnh ủy thống nhất lãnh đạo, quản lý công tác luân chuyển, điều động, biệt phái cán bộ; quyết "
    "định theo đa số, đồng thời đề cao trách nhiệm của người đứng đầu cơ quan đề xuất."
)
k(
    "Luân chuyển phải gắn với quy hoạch, đào tạo, bồi dưỡng, bố trí và sử dụng cán bộ; đúng người, đúng việc, không "
    "làm xáo trộn lớn tổ chức bộ máy ở nơi đi và nơi đến."
)
k(
    "Không dùng luân chuyển để đưa cán bộ yếu kém, có khuyết điểm hoặc gây mất đoàn kết ra khỏi cơ quan, đơn vị; "
    "không luân chuyển cán bộ chỉ để hợp thức hóa việc bổ nhiệm."
)
k(
    "Thực hiện chủ trương bố trí bí thư cấp ủy, chủ tịch Ủy ban nhân dân cấp xã không phải là người địa phương. Không "
    "bố trí cán bộ luân chuyển giữ chức vụ lãnh đạo tại nơi có cha, mẹ, vợ hoặc chồng, con, anh, chị, em ruột đang "
    "giữ chức vụ chủ chốt cùng cấp."
)

# --- Chương II -----------------------------------------------------------------------------------------------------
chuong("LUÂN CHUYỂN CÁN BỘ")
dieu("Đối tượng luân chuyển")
k(
    "Cán bộ trong quy hoạch các chức danh thuộc diện Ban Thường vụ Tỉnh ủy quản lý, có triển vọng phát triển, còn đủ "
    "tuổi công tác ít nhất 08 năm tính từ thời điểm luân chuyển."
)
k(
    "Trưởng phòng, phó trưởng phòng và tương đương ở các sở, ban, ngành, Mặt trận Tổ quốc và đoàn thể tỉnh có trong "
    "quy hoạch, không quá 45 tuổi, được luân chuyển về giữ chức vụ lãnh đạo cấp xã."
)
k(
    "Cán bộ trẻ dưới 35 tuổi, tốt nghiệp đại học chính quy loại khá trở lên, được luân chuyển về làm phó chủ tịch Ủy "
    "ban nhân dân hoặc công chức chuyên môn ở xã vùng đặc biệt khó khăn để rèn luyện."
)
k(
    "Người đứng đầu đã giữ một chức vụ đủ 02 nhiệm kỳ liên tiếp hoặc đủ 10 năm tại một địa phương, cơ quan thì được "
    "xem xét luân chuyển hoặc điều động sang vị trí khác."
)
dieu("Tiêu chuẩn, điều kiện")
k("Cán bộ được luân chuyển phải bảo đảm đủ các điều kiện sau:")
plain(
    'a) Được xếp loại chất lượng từ "hoàn thành tốt nhiệm vụ" trở lên trong 03 năm liền kề trước thời điểm luân chuyển;'
)
plain("b) Có đủ sức khỏe, có giấy chứng nhận sức khỏe do cơ sở y tế có thẩm quyền cấp trong thời hạn 06 tháng;")
plain(
    "c) Có ít nhất 05 năm công tác, trong đó có ít nhất 02 năm giữ chức vụ lãnh đạo, quản lý (trừ cán bộ trẻ luân "
    "chuyển về xã vùng đặc biệt khó khăn);"
)
plain(
    "d) Không trong thời gian bị xem xét kỷ luật, đang bị thanh tra, kiểm tra hoặc có đơn tố cáo đang được xem xét, "
    "giải quyết."
)
k(
    "Cán bộ được luân chuyển giữ chức bí thư đảng ủy xã, phường mà chưa có trình độ trung cấp lý luận chính trị thì "
    "phải hoàn thành chương trình trong 12 tháng kể từ ngày nhận nhiệm vụ."
)
dieu("Thời gian luân chuyển")
k(
    "Thời gian luân chuyển ít nhất là 03 năm (36 tháng) và không quá 05 năm, trừ trường hợp Ban Thường vụ Tỉnh ủy "
    "quyết định khác."
)
k(
    "Cán bộ luân chuyển về xã vùng đặc biệt khó khăn có thời gian luân chuyển ít nhất 02 năm; thời gian này được tính "
    "là thời gian công tác thực tế ở cơ sở."
)
k(
    "Thời gian luân chuyển tính từ ngày cán bộ đến nhận nhiệm vụ tại nơi đến, không tính từ ngày ký quyết định luân "
    "chuyển."
)
k(
    "Trường hợp cán bộ luân chuyển được bầu giữ chức danh tại nơi đến thì thời gian luân chuyển có thể kéo dài đến "
    "hết nhiệm kỳ."
)
dieu("Trường hợp không luân chuyển hoặc tạm hoãn luân chuyển")
k("Không luân chuyển các trường hợp sau:")
plain("a) Cán bộ nữ đang mang thai hoặc đang nuôi con dưới 36 tháng tuổi;")
plain("b) Cán bộ đang điều trị bệnh hiểm nghèo hoặc bị suy giảm khả năng lao động từ 61% trở lên;")
plain("c) Cán bộ là con một đang trực tiếp chăm sóc cha, mẹ già yếu, ốm đau không có người nương tựa;")
plain("d) Cán bộ có vợ hoặc chồng đang được luân chuyển, biệt phái ở địa bàn khác, trừ trường hợp cán bộ tự nguyện.")
k(
    "Cán bộ có hoàn cảnh gia đình khó khăn đột xuất (thiên tai, người thân từ trần, ốm nặng) được tạm hoãn luân "
    "chuyển tối đa 12 tháng; cán bộ làm đơn gửi Ban Tổ chức Tỉnh ủy trong 05 ngày làm việc kể từ ngày được thông báo."
)
dieu("Thẩm quyền và quy trình luân chuyển")
k("Thẩm quyền đề xuất và quyết định luân chuyển, điều động được quy định như sau:")
doc.table(
    [
        ["Đối tượng", "Cơ quan tham mưu, đề xuất", "Cấp quyết định"],
        ["Cán bộ thuộc diện Ban Thường vụ Tỉnh ủy quản lý", "Ban Tổ chức Tỉnh ủy", "Ban Thường vụ Tỉnh ủy quyết định"],
        [
            "Trưởng phòng, phó trưởng phòng sở, ban, ngành tỉnh luân chuyển về xã",
            "Ban Tổ chức Tỉnh ủy phối hợp với Sở Nội vụ",
            "Thường trực Tỉnh ủy quyết định",
        ],
        [
            "Bí thư, phó bí thư đảng ủy, chủ tịch Ủy ban nhân dân xã, phường",
            "Ban Tổ chức Tỉnh ủy",
            "Ban Thường vụ Tỉnh ủy quyết định sau khi lấy ý kiến đảng ủy nơi đi",
        ],
        [
            "Công chức các cơ quan đảng, Mặt trận Tổ quốc, đoàn thể cấp tỉnh",
            "Cơ quan quản lý công chức",
            "Trưởng Ban Tổ chức Tỉnh ủy quyết định",
        ],
    ]
)
k(
    "Hằng năm, trong quý IV, Ban Tổ chức Tỉnh ủy rà soát, đề xuất danh sách cán bộ, địa bàn và chức danh dự kiến "
    "luân chuyển; trao đổi với cấp ủy, người đứng đầu nơi đi và nơi đến."
)
k(
    "Đại diện lãnh đạo Ban Tổ chức Tỉnh ủy gặp, trao đổi với cán bộ dự kiến luân chuyển; cán bộ có ý kiến bằng văn "
    "bản trong 05 ngày làm việc kể từ ngày được gặp."
)
k(
    "Ban Thường vụ Tỉnh ủy thảo luận, biểu quyết bằng phiếu kín; nhân sự được trên 50% tổng số ủy viên Ban Thường vụ "
    "đồng ý thì ban hành quyết định luân chuyển."
)
k(
    "Quyết định luân chuyển được công bố tại nơi đi và nơi đến chậm nhất 10 ngày làm việc kể từ ngày ký; cán bộ bàn "
    "giao công việc và đến nhận nhiệm vụ trong 15 ngày kể từ ngày công bố."
)
k(
    "Cán bộ luân chuyển chuyển sinh hoạt đảng chính thức về tổ chức đảng nơi đến; hồ sơ đảng viên được chuyển theo "
    "quy định."
)
dieu("Trách nhiệm của cán bộ luân chuyển, nơi đi và nơi đến")
k(
    "Cán bộ luân chuyển chấp hành nghiêm quyết định, không kén chọn nơi đến, chức vụ; định kỳ 06 tháng báo cáo kết "
    "quả công tác với Ban Tổ chức Tỉnh ủy."
)
k(
    "Cán bộ từ chối luân chuyển mà không có lý do chính đáng thì bị đưa ra khỏi quy hoạch và không được xem xét bổ "
    "nhiệm chức vụ cao hơn trong thời hạn 24 tháng."
)
k(
    "Cấp ủy nơi đến phân công nhiệm vụ cụ thể, tạo điều kiện làm việc, nhận xét, đánh giá cán bộ luân chuyển hằng năm "
    "và gửi bản nhận xét về Ban Tổ chức Tỉnh ủy trước ngày ",
    ("sdt", "15 tháng 12", "Thời hạn gửi nhận xét", "han_nhan_xet"),
    " hằng năm.",
)
k("Cấp ủy nơi đi theo dõi, giữ mối liên hệ với cán bộ và có ý kiến nhận xét khi cán bộ kết thúc thời gian luân chuyển.")

# --- Chương III (title in a text box) -------------------------------------------------------------------------------
chuong("ĐIỀU ĐỘNG, BIỆT PHÁI CÁN BỘ", boxed=True)
dieu("Điều động cán bộ")
k(
    "Việc điều động cán bộ được thực hiện khi cơ quan, đơn vị nơi đến có nhu cầu; khi sắp xếp tổ chức bộ máy; khi "
    "cán bộ giữ một chức vụ quá thời hạn tại một nơi; hoặc theo nguyện vọng của cán bộ phù hợp với yêu cầu nhiệm vụ."
)
k(
    "Cán bộ được thông báo bằng văn bản về dự kiến điều động ít nhất 15 ngày trước khi ban hành quyết định, trừ "
    "trường hợp điều động để thực hiện nhiệm vụ cấp bách, đột xuất."
)
k(
    "Cán bộ được điều động giữ chức vụ thấp hơn do sắp xếp tổ chức bộ máy thì được bảo lưu phụ cấp chức vụ cũ đến hết "
    "thời hạn giữ chức vụ, nhưng không ít hơn 06 tháng."
)
k(
    "Việc điều động công chức cấp xã giữa các xã, phường do Chủ tịch Ủy ban nhân dân tỉnh quyết định sau khi ban "
    "thường vụ đảng ủy nơi đi và nơi đến có ý kiến bằng văn bản."
)
dieu("Biệt phái cán bộ")
k(
    "Thời hạn biệt phái không quá 03 năm; trường hợp biệt phái về xã vùng đặc biệt khó khăn hoặc giúp xã, phường mới "
    "sắp xếp thì có thể gia hạn một lần không quá 12 tháng."
)
k(
    "Trong thời gian biệt phái, công chức chịu sự phân công, quản lý công việc của cơ quan nơi đến; cơ quan cử biệt "
    "phái tiếp tục trả lương và bảo đảm các chế độ, chính sách khác."
)
k("Không biệt phái công chức nữ đang mang thai hoặc nuôi con dưới 36 tháng tuổi, trừ trường hợp người đó tự nguyện.")
k(
    "Công chức biệt phái từ 03 tháng đến dưới 12 tháng chuyển sinh hoạt đảng tạm thời về chi bộ nơi đến; biệt phái "
    "từ 12 tháng trở lên thì chuyển sinh hoạt đảng chính thức và chuyển về khi hết thời hạn."
)
k(
    "Hết thời hạn biệt phái, cơ quan cử biệt phái bố trí công việc phù hợp cho công chức trở về; không bố trí vào vị "
    "trí thấp hơn vị trí trước khi đi biệt phái."
)

# --- Chương IV -----------------------------------------------------------------------------------------------------
chuong("CHẾ ĐỘ, CHÍNH SÁCH VÀ BỐ TRÍ CÁN BỘ SAU LUÂN CHUYỂN")
dieu("Chế độ, chính sách")
k(
    "Cán bộ luân chuyển được giữ nguyên lương và phụ cấp chức vụ cũ trong suốt thời gian luân chuyển nếu chức vụ ở nơi "
    "đến có phụ cấp thấp hơn."
)
k(
    "Nơi đến bố trí nhà ở công vụ hoặc hỗ trợ tiền thuê nhà; cơ quan quản lý cán bộ thanh toán tiền tàu xe về thăm gia "
    "đình mỗi tháng một lần. Mức hỗ trợ cụ thể thực hiện theo nghị quyết của Hội đồng nhân dân tỉnh."
)
k(
    "Thời gian luân chuyển về cơ sở được tính là tiêu chuẩn về kinh nghiệm thực tiễn khi xem xét quy hoạch, bổ nhiệm "
    "chức vụ cao hơn."
)
dieu("Bố trí cán bộ sau luân chuyển")
k(
    "Chậm nhất 06 tháng trước khi hết thời hạn luân chuyển, Ban Tổ chức Tỉnh ủy phối hợp với nơi đi, nơi đến đánh giá "
    "kết quả công tác và đề xuất phương án bố trí cán bộ."
)
k(
    "Cán bộ hoàn thành tốt nhiệm vụ được bố trí chức vụ tương đương hoặc cao hơn trước khi luân chuyển; có thể được "
    "bố trí ở lại nơi đến nếu nơi đến có nhu cầu."
)
k(
    "Cán bộ 02 năm không hoàn thành nhiệm vụ trong thời gian luân chuyển thì bị đưa ra khỏi quy hoạch và được bố trí "
    "công tác khác phù hợp, không chờ hết thời hạn luân chuyển."
)

# --- Chương V ------------------------------------------------------------------------------------------------------
chuong("TỔ CHỨC THỰC HIỆN")
dieu("Trách nhiệm thi hành")
k(
    "Ban Tổ chức Tỉnh ủy xây dựng kế hoạch luân chuyển cán bộ hằng năm, trình Ban Thường vụ Tỉnh ủy trước ngày ",
    ("sdt", "31 tháng 3", "Thời hạn trình kế hoạch", "han_ke_hoach"),
    "; tổng hợp, báo cáo kết quả thực hiện trước ngày ",
    ("sdt", "10 tháng 12", "Thời hạn báo cáo", "han_bao_cao"),
    " hằng năm.",
)
k(
    "Ủy ban Kiểm tra Tỉnh ủy giám sát việc thực hiện Quy định này; cơ quan, đơn vị thực hiện sai quy định thì xem xét "
    "trách nhiệm người đứng đầu."
)
k(
    "Kế hoạch và danh sách cán bộ luân chuyển sau khi được phê duyệt được gửi qua ",
    *hyperlink_field("https://dieuhanh.lucvan.dcs.vn/vanban", "Hệ thống thông tin điều hành tác nghiệp của Tỉnh ủy"),
    "; không đăng tải trên cổng thông tin công khai trước khi công bố quyết định.",
)
dieu("Hiệu lực thi hành")
k(
    "Quy định này có hiệu lực từ ngày ",
    ("sdt", "01 tháng 02 năm 2026", "Ngày có hiệu lực", "ngay_hieu_luc"),
    " và thay thế Quy định số 12-QĐ/TU ngày 21/6/2019 của Ban Thường vụ Tỉnh ủy về luân chuyển cán bộ.",
)
k(
    "Cán bộ đang luân chuyển theo Quy định số 12-QĐ/TU tiếp tục thực hiện đến hết thời hạn ghi trong quyết định luân "
    "chuyển."
)
k(
    "Trong quá trình thực hiện, nếu có vướng mắc, các cơ quan, đơn vị phản ánh về Ban Tổ chức Tỉnh ủy (Phòng Tổ chức "
    "cán bộ, điện thoại 0216.3857.402, thư điện tử ",
    (
        "raw",
        f'<w:fldSimple {W} w:instr=" HYPERLINK &quot;mailto:tccb.btctu@lucvan.dcs.vn&quot; ">'
        '<w:r><w:rPr><w:rStyle w:val="Hyperlink"/></w:rPr><w:t>tccb.btctu@lucvan.dcs.vn</w:t></w:r></w:fldSimple>',
    ),
    ") để tổng hợp, báo cáo Ban Thường vụ Tỉnh ủy xem xét.",
)

# --- signature and "Nơi nhận" in a block-level content control ----------------------------------------------------
block_sdt(
    "Khối chữ ký và nơi nhận",
    "chu_ky",
    [
        para_xml(
            "T/M BAN THƯỜNG VỤ\nPHÓ BÍ THƯ THƯỜNG TRỰC\n(đã ký)\nVũ Đình Khang", align="right", bold=True, breaks=True
        ),
        para_xml(
            "Nơi nhận:\n- Ban Tổ chức Trung ương,\n- Các đồng chí Tỉnh ủy viên,\n- Các đảng ủy trực thuộc Tỉnh ủy,\n"
            "- Sở Nội vụ,\n- Lưu Văn phòng Tỉnh ủy.",
            align="left",
            italic=True,
            breaks=True,
        ),
    ],
)

path = out_path(__file__, "quy-dinh/quy-dinh-luan-chuyen-dieu-dong-biet-phai-can-bo.docx")
doc.save(path)
print(path)
