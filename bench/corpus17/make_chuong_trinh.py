# ruff: noqa: E501  (table rows and sentences of the document kept whole, as they are printed)
"""Action programme (Chương trình hành động số 03-CTr/ĐU) of the Đảng ủy phường Đông Lục (tỉnh Lục Vân) to carry out
the resolution of the ward's 1st party congress, term 2025–2030, as the .htm file Word writes with "Save as Web
Page" (not filtered), UTF-8:

- the Office namespaces on <html>, ProgId / Generator meta tags, a File-List link to a "_files" folder that was not
  copied along, <o:DocumentProperties> and <w:WordDocument> XML inside conditional comments (<!--[if gte mso 9]>),
  a <style> block wrapped in an HTML comment with mso-* properties, @page and @list definitions, and a second
  conditional <style> for MsoNormalTable;
- every paragraph a <p class=MsoNormal ...> (MsoListParagraphCxSpFirst / Middle / Last for list items) whose text
  sits in <span lang=VI style=...> runs, closed by an empty <o:p></o:p>, with empty paragraphs as <o:p>&nbsp;</o:p>;
  double spaces saved as "&nbsp; "; proofing marks (<span class=SpellE> / <span class=GramE>) around a few names and
  abbreviations, splitting the text into more runs;
- the source hard-wrapped at about 80 columns the way Word writes it (line breaks inside the text and inside tags);
- Word list numbering written as downlevel-revealed marked sections (<![if !supportLists]>…<![endif]>) holding the
  number and a run of &nbsp; in a <span style='mso-list:Ignore'>;
- two tables (class MsoTableGrid, width / valign / mso-border styles, section rows merged with colspan, a bold
  header row), a Word footnote (an <a> with mso-footnote-id and a "[1]" marker inside <![if !supportFootnotes]>,
  the note in a <div style='mso-element:footnote-list'> at the end) and a page break (<br clear=all
  style='page-break-before:always'>).

usage: /work/main/.venv/bin/python bench/corpus17/make_chuong_trinh.py   (CORPUS17_OUT=DIR writes elsewhere)
"""

import re
import sys
from html import escape
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from corpus_files import EDITORIAL_NOTE, out_path

NAME = "chuong-trinh-hanh-dong-thuc-hien-nghi-quyet-dai-hoi-dang-bo-phuong-dong-luc-lan-thu-i"
SPELL = ["Nà Vài", "Nậm Lục", "CTr/ĐU", "ki-ốt", "m³"]  # words Word's proofing flags
FONT = 'font-size:14.0pt;font-family:"Times New Roman",serif;mso-ansi-language:VI'


def text_html(text: str) -> str:
    """Escaped text, double spaces as '&nbsp; ', flagged words in SpellE spans (which close and reopen runs)."""
    out = escape(text, quote=False).replace("  ", "&nbsp; ")
    for word in SPELL:
        out = out.replace(escape(word, quote=False), f"<span class=SpellE>{escape(word, quote=False)}</span>")
    return out


def runs_html(runs, size: float = 14.0) -> str:
    """runs: a string or a list of (text, 'b' / 'i' / 'bi' / '') pieces."""
    if isinstance(runs, str):
        runs = [(runs, "")]
    out = []
    style = FONT.replace("14.0pt", f"{size}pt")
    for text, fmt in runs:
        span = f"<span lang=VI style='{style}'>{text_html(text)}</span>"
        if "i" in fmt:
            span = f"<i style='mso-bidi-font-style:normal'>{span}</i>"
        if "b" in fmt:
            span = f"<b style='mso-bidi-font-weight:normal'>{span}</b>"
        out.append(span)
    last = out[-1]
    # Word closes the paragraph's last run with an empty <o:p></o:p> inside its span
    out[-1] = re.sub(r"</span>((?:</[bi]>)*)$", r"<o:p></o:p></span>\1", last)
    return "".join(out)


def p(
    runs, align: str = "justify", indent: bool = True, cls: str = "MsoNormal", size: float = 14.0, extra: str = ""
) -> str:
    style = [f"text-align:{align}"] if align != "left" else []
    if indent:
        style.append("text-indent:1.0cm")
    style.append("margin-top:3.0pt;margin-right:0cm;margin-bottom:3.0pt;margin-left:0cm")
    if extra:
        style.append(extra)
    al = f" align={align}" if align in ("center", "right") else ""
    return f"<p class={cls}{al} style='{';'.join(style)}'>{runs_html(runs, size)}</p>"


def empty() -> str:
    return f"<p class=MsoNormal><span lang=VI style='{FONT}'><o:p>&nbsp;</o:p></span></p>"


def listed(items: list, lst: str, fmt: str = "%1.") -> list[str]:
    """Word list paragraphs: the number in a downlevel-revealed marked section, not in the text."""
    out = []
    for n, runs in enumerate(items, 1):
        cls = "MsoListParagraphCxSpMiddle"
        if n == 1:
            cls = "MsoListParagraphCxSpFirst"
        elif n == len(items):
            cls = "MsoListParagraphCxSpLast"
        number = fmt.replace("%1", str(n))
        marker = (
            f"<![if !supportLists]><span lang=VI style='{FONT}'><span style='mso-list:Ignore'>{number}"
            "<span style='font:7.0pt \"Times New Roman\"'>&nbsp;&nbsp;&nbsp;&nbsp; </span></span></span><![endif]>"
        )
        out.append(
            f"<p class={cls} style='margin-top:3.0pt;margin-right:0cm;margin-bottom:3.0pt;margin-left:0cm;"
            f"text-align:justify;text-indent:1.0cm;mso-list:{lst} level1 lfo{lst[1:]}'>{marker}{runs_html(runs)}</p>"
        )
    return out


def cell(text: str, width: int, bold: bool = False, align: str = "left", colspan: int = 1) -> str:
    span = f" colspan={colspan}" if colspan > 1 else ""
    runs = [(text, "b" if bold else "")]
    al = f" align={align}" if align != "left" else ""
    return (
        f"<td width={width}{span} valign=top style='width:{width * 0.75:.2f}pt;border:solid windowtext 1.0pt;"
        "mso-border-alt:solid windowtext .5pt;padding:0cm 5.4pt 0cm 5.4pt'>"
        f"<p class=MsoNormal{al} style='text-align:{align}'>{runs_html(runs, 12.0)}</p></td>"
    )


def table(rows: list[list], widths: list[int]) -> str:
    """rows: lists of cell texts; a row of one string is a section row merged across all columns."""
    out = [
        f"<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0 width={sum(widths)} "
        f"style='width:{sum(widths) * 0.75:.2f}pt;border-collapse:collapse;border:none;mso-border-alt:solid "
        "windowtext .5pt;mso-yfti-tbllook:1184;mso-padding-alt:0cm 5.4pt 0cm 5.4pt'>"
    ]
    for r, row in enumerate(rows):
        flags = [f"mso-yfti-irow:{r}"] + (["mso-yfti-firstrow:yes"] if r == 0 else [])
        flags += ["mso-yfti-lastrow:yes"] if r == len(rows) - 1 else []
        out.append(f" <tr style='{';'.join(flags)}'>")
        if len(row) == 1:
            out.append("  " + cell(row[0], sum(widths), bold=True, colspan=len(widths)))
        else:
            for k, (text, width) in enumerate(zip(row, widths, strict=True)):
                centred = "center" if r == 0 or k in (0,) or (k >= 2 and len(text) < 28) else "left"
                out.append("  " + cell(text, width, bold=(r == 0), align=centred))
        out.append(" </tr>")
    out.append("</table>")
    return "\n".join(out)


def wrap_source(html: str, width: int = 80) -> str:
    """Hard-wrap the source at spaces outside quoted attribute values, as Word writes its HTML."""
    html = html.replace("<![if !", "<![if\x00!")  # never break inside a marked section
    out_lines = []
    for line in html.split("\n"):
        while len(line) > width:
            quote = None
            cut = -1
            for i, ch in enumerate(line):
                if ch in "'\"" and (quote is None or quote == ch):
                    quote = None if quote else ch
                elif ch == " " and quote is None:
                    if i > width and cut > 0:
                        break
                    cut = i
            if cut <= 0:
                break
            out_lines.append(line[:cut])
            line = line[cut + 1 :]
        out_lines.append(line)
    return "\n".join(out_lines).replace("\x00", " ")


HEAD = f"""<html xmlns:v="urn:schemas-microsoft-com:vml"
xmlns:o="urn:schemas-microsoft-com:office:office"
xmlns:w="urn:schemas-microsoft-com:office:word"
xmlns:m="http://schemas.microsoft.com/office/2004/12/omml"
xmlns="http://www.w3.org/TR/REC-html40">

<head>
<meta http-equiv=Content-Type content="text/html; charset=utf-8">
<meta name=ProgId content=Word.Document>
<meta name=Generator content="Microsoft Word 15">
<meta name=Originator content="Microsoft Word 15">
<link rel=File-List href="{NAME}_files/filelist.xml">
<title>ĐẢNG BỘ TỈNH LỤC VÂN</title>
<!--[if gte mso 9]><xml>
 <o:DocumentProperties>
  <o:Author>VP Dang uy phuong</o:Author>
  <o:LastAuthor>Van phong Dang uy</o:LastAuthor>
  <o:Revision>14</o:Revision>
  <o:TotalTime>312</o:TotalTime>
  <o:Created>2025-09-10T02:15:00Z</o:Created>
  <o:LastSaved>2025-09-18T08:41:00Z</o:LastSaved>
  <o:Pages>6</o:Pages>
  <o:Words>2460</o:Words>
  <o:Company>Dang uy phuong Dong Luc</o:Company>
  <o:Version>16.00</o:Version>
 </o:DocumentProperties>
</xml><![endif]-->
<!--[if gte mso 9]><xml>
 <w:WordDocument>
  <w:View>Print</w:View>
  <w:SpellingState>Dirty</w:SpellingState>
  <w:GrammarState>Dirty</w:GrammarState>
  <w:TrackMoves>false</w:TrackMoves>
  <w:TrackFormatting/>
  <w:PunctuationKerning/>
  <w:ValidateAgainstSchemas/>
  <w:DoNotPromoteQF/>
  <w:LidThemeOther>VI</w:LidThemeOther>
  <w:LidThemeAsian>X-NONE</w:LidThemeAsian>
  <w:LidThemeComplexScript>X-NONE</w:LidThemeComplexScript>
  <w:Compatibility>
   <w:BreakWrappedTables/>
   <w:SnapToGridInCell/>
   <w:WrapTextWithPunct/>
   <w:UseAsianBreakRules/>
  </w:Compatibility>
 </w:WordDocument>
</xml><![endif]-->
<style>
<!--
 /* Font Definitions */
 @font-face
	{{font-family:"Cambria Math";
	panose-1:2 4 5 3 5 4 6 3 2 4;
	mso-font-charset:0;
	mso-generic-font-family:roman;}}
 /* Style Definitions */
 p.MsoNormal, li.MsoNormal, div.MsoNormal
	{{mso-style-unhide:no;
	mso-style-qformat:yes;
	mso-style-parent:"";
	margin:0cm;
	margin-bottom:.0001pt;
	mso-pagination:widow-orphan;
	font-size:14.0pt;
	font-family:"Times New Roman",serif;
	mso-fareast-font-family:"Times New Roman";
	mso-ansi-language:VI;}}
 p.MsoListParagraph, p.MsoListParagraphCxSpFirst, p.MsoListParagraphCxSpMiddle, p.MsoListParagraphCxSpLast
	{{mso-style-priority:34;
	mso-style-qformat:yes;
	margin-left:36.0pt;
	mso-add-space:auto;
	font-size:14.0pt;
	font-family:"Times New Roman",serif;}}
 p.MsoFootnoteText
	{{mso-style-priority:99;
	mso-style-link:"Footnote Text Char";
	margin:0cm;
	font-size:10.0pt;
	font-family:"Times New Roman",serif;}}
 span.MsoFootnoteReference
	{{mso-style-priority:99;
	vertical-align:super;}}
 span.SpellE
	{{mso-style-name:"";
	mso-spl-e:yes;}}
 span.GramE
	{{mso-style-name:"";
	mso-gram-e:yes;}}
 @page WordSection1
	{{size:595.3pt 841.9pt;
	margin:2.0cm 1.5cm 2.0cm 3.0cm;
	mso-header-margin:35.4pt;
	mso-footer-margin:35.4pt;
	mso-paper-source:0;}}
 div.WordSection1
	{{page:WordSection1;}}
 /* List Definitions */
 @list l1
	{{mso-list-id:1103188275;
	mso-list-type:hybrid;}}
 @list l1:level1
	{{mso-level-text:"%1\\.";
	mso-level-tab-stop:none;
	mso-level-number-position:left;
	margin-left:54.0pt;
	text-indent:-18.0pt;}}
 @list l2:level1
	{{mso-level-text:"%1\\.";
	mso-level-number-position:left;}}
 @list l3:level1
	{{mso-level-text:"%1\\.";
	mso-level-number-position:left;}}
-->
</style>
<!--[if gte mso 10]>
<style>
 /* Style Definitions */
 table.MsoNormalTable
	{{mso-style-name:"Table Normal";
	mso-tstyle-rowband-size:0;
	mso-tstyle-colband-size:0;
	mso-style-noshow:yes;
	mso-style-priority:99;
	mso-padding-alt:0cm 5.4pt 0cm 5.4pt;
	font-size:10.0pt;
	font-family:"Times New Roman",serif;}}
 table.MsoTableGrid
	{{mso-style-name:"Table Grid";
	mso-style-priority:39;
	border:solid windowtext 1.0pt;
	mso-border-alt:solid windowtext .5pt;}}
</style>
<![endif]--><!--[if gte mso 9]><xml>
 <o:shapedefaults v:ext="edit" spidmax="1026"/>
</xml><![endif]-->
</head>

<body lang=EN-US style='tab-interval:36.0pt'>

<div class=WordSection1>
"""

FOOTNOTE_REF = (
    '<a style=\'mso-footnote-id:ftn1\' href="#_ftn1" name="_ftnref1" title=""><span '
    "class=MsoFootnoteReference><span lang=VI style='mso-ansi-language:VI'><span "
    "style='mso-special-character:footnote'><![if !supportFootnotes]><span class=MsoFootnoteReference><span lang=VI "
    f"style='{FONT}'>[1]</span></span><![endif]></span></span></span></a>"
)

parts: list[str] = []
add = parts.append

# --- letterhead: a borderless two-cell table ------------------------------------------------------------------------
add(
    "<table class=MsoNormalTable border=0 cellspacing=0 cellpadding=0 width=643 style='width:482.15pt;"
    "border-collapse:collapse;mso-yfti-tbllook:1184;mso-padding-alt:0cm 5.4pt 0cm 5.4pt'>\n"
    " <tr style='mso-yfti-irow:0;mso-yfti-firstrow:yes;mso-yfti-lastrow:yes'>\n"
    "  <td width=283 valign=top style='width:212.6pt;padding:0cm 5.4pt 0cm 5.4pt'>\n"
    + p("ĐẢNG BỘ TỈNH LỤC VÂN", align="center", indent=False, size=13.0)
    + "\n"
    + p([("ĐẢNG ỦY PHƯỜNG ĐÔNG LỤC", "b")], align="center", indent=False, size=13.0)
    + "\n"
    + p("*", align="center", indent=False, size=13.0)
    + "\n"
    + p("Số 03-CTr/ĐU", align="center", indent=False, size=13.0)
    + "\n  </td>\n"
    "  <td width=360 valign=top style='width:270.0pt;padding:0cm 5.4pt 0cm 5.4pt'>\n"
    + p([("ĐẢNG CỘNG SẢN VIỆT NAM", "b")], align="center", indent=False, size=13.0)
    + "\n"
    + p([("Đông Lục, ngày 18 tháng 9 năm 2025", "i")], align="center", indent=False, size=13.0)
    + "\n  </td>\n </tr>\n</table>"
)
add(empty())
add(p([("CHƯƠNG TRÌNH HÀNH ĐỘNG", "b")], align="center", indent=False, size=15.0))
add(
    p(
        [("thực hiện Nghị quyết Đại hội đại biểu Đảng bộ phường Đông Lục lần thứ I, nhiệm kỳ 2025 - 2030", "b")],
        align="center",
        indent=False,
    )
)
add(p([(EDITORIAL_NOTE, "i")], align="center", indent=False, size=12.0))
add(p("-----", align="center", indent=False))
add(
    "<p class=MsoNormal style='text-align:justify;text-indent:1.0cm;margin-top:3.0pt;margin-right:0cm;"
    f"margin-bottom:3.0pt;margin-left:0cm'><span lang=VI style='{FONT}'>"
    + text_html(
        "Đại hội đại biểu Đảng bộ phường Đông Lục lần thứ I, nhiệm kỳ 2025 - 2030 diễn ra trong hai ngày 14 và 15 tháng "
        "8 năm 2025, đã thảo luận, thống nhất thông qua Nghị quyết Đại hội"
    )
    + "</span>"
    + FOOTNOTE_REF
    + f"<span lang=VI style='{FONT}'>"
    + text_html(
        " với mục tiêu, 16 chỉ tiêu chủ yếu, các nhiệm vụ trọng tâm và 03 khâu đột phá. Để đưa Nghị quyết vào cuộc "
        "sống, Ban Chấp hành Đảng bộ phường xây dựng Chương trình hành động như sau:"
    )
    + "<o:p></o:p></span></p>"
)

# --- I --------------------------------------------------------------------------------------------------------------
add(p([("I. MỤC ĐÍCH, YÊU CẦU", "b")], indent=True))
add(
    p(
        "Cụ thể hóa mục tiêu, chỉ tiêu, nhiệm vụ và các khâu đột phá của Nghị quyết Đại hội thành các nhiệm vụ, công "
        "trình, dự án cụ thể; phân công rõ người, rõ việc, rõ thời gian, rõ trách nhiệm, rõ sản phẩm và rõ thẩm quyền."
    )
)
add(
    p(
        "Các chi bộ trực thuộc, Ủy ban nhân dân phường, Ủy ban Mặt trận Tổ quốc và các đoàn thể căn cứ Chương trình "
        "này xây dựng kế hoạch thực hiện của đơn vị mình, gửi Văn phòng Đảng ủy trước ngày 31 tháng 10 năm 2025."
    )
)

# --- II -------------------------------------------------------------------------------------------------------------
add(p([("II. KHÁI QUÁT KẾT QUẢ NHIỆM KỲ 2020 - 2025", "b")]))
add(
    p(
        "Phường Đông Lục được thành lập từ ngày 01 tháng 7 năm 2025 trên cơ sở sắp xếp phường Lục Sơn, phường Đông "
        "Thành và xã Nà Vài; diện tích tự nhiên 38,6 km², dân số 52.480 người, 48 tổ dân phố. Đảng bộ phường có 41 chi "
        "bộ trực thuộc với 1.872 đảng viên. Số liệu dưới đây tính chung trên địa bàn ba đơn vị trước khi sắp xếp."
    )
)
add(
    p(
        "Tốc độ tăng giá trị sản xuất bình quân đạt 9,2%/năm. Thu ngân sách nhà nước trên địa bàn năm 2025 ước đạt 318 "
        "tỷ đồng, gấp 1,7 lần năm 2020. Thu nhập bình quân đầu người năm 2025 đạt 74,5 triệu đồng, tăng 28,5 triệu "
        "đồng so với năm 2020."
    )
)
add(
    p(
        "Tỷ lệ hộ nghèo giảm còn 0,62% (42 hộ); 100% tuyến đường tổ dân phố được cứng hóa; 9/12 trường học đạt chuẩn "
        "quốc gia; tỷ lệ dân số tham gia bảo hiểm y tế đạt 94,1%."
    )
)
add(
    p(
        "Trong nhiệm kỳ kết nạp 236 đảng viên, đạt 107,3% chỉ tiêu; hằng năm trên 88% tổ chức đảng được xếp loại hoàn "
        "thành tốt nhiệm vụ trở lên."
    )
)
add(
    p(
        [
            ("Hạn chế: ", "b"),
            (
                "03/17 chỉ tiêu nhiệm kỳ không đạt, gồm tỷ lệ nước thải đô thị được thu gom, xử lý (đạt 41%, chỉ "
                "tiêu 60%), tỷ lệ lao động qua đào tạo có bằng cấp, chứng chỉ (đạt 31%, chỉ tiêu 35%) và số doanh "
                "nghiệp thành lập mới (đạt 164, chỉ tiêu 200). Chợ Đông Lục xuống cấp, nhiều năm chưa được đầu tư; "
                "07 tổ dân phố chưa có nhà văn hóa đạt chuẩn.",
                "",
            ),
        ]
    )
)

# --- III: the targets table -----------------------------------------------------------------------------------------
add(p([("III. CÁC CHỈ TIÊU CHỦ YẾU ĐẾN NĂM 2030", "b")]))
add(
    p(
        [("(Kèm theo Nghị quyết Đại hội; số liệu năm 2025 là số ước thực hiện)", "i")],
        align="center",
        indent=False,
        size=12.0,
    )
)
TARGETS = [
    ["TT", "Chỉ tiêu", "Năm 2025 (ước)", "Mục tiêu đến năm 2030", "Cơ quan theo dõi"],
    ["A. KINH TẾ"],
    ["1", "Tốc độ tăng giá trị sản xuất bình quân", "9,2%/năm", "Từ 11%/năm trở lên", "Ủy ban nhân dân phường"],
    [
        "2",
        "Thu ngân sách nhà nước trên địa bàn",
        "318 tỷ đồng",
        "Đạt 520 tỷ đồng năm 2030",
        "Phòng Kinh tế, Hạ tầng và Đô thị",
    ],
    [
        "3",
        "Thu nhập bình quân đầu người",
        "74,5 triệu đồng",
        "Đạt 120 triệu đồng/người/năm",
        "Phòng Kinh tế, Hạ tầng và Đô thị",
    ],
    [
        "4",
        "Số doanh nghiệp thành lập mới trong nhiệm kỳ",
        "164",
        "260 doanh nghiệp",
        "Phòng Kinh tế, Hạ tầng và Đô thị",
    ],
    ["B. VĂN HÓA - XÃ HỘI"],
    [
        "5",
        "Tỷ lệ hộ nghèo theo chuẩn đa chiều",
        "0,62%",
        "Không còn hộ nghèo, trừ hộ thuộc diện bảo trợ xã hội",
        "Phòng Văn hóa - Xã hội",
    ],
    ["6", "Trường học đạt chuẩn quốc gia", "9/12 trường", "12/12 trường", "Phòng Văn hóa - Xã hội"],
    ["7", "Tỷ lệ dân số tham gia bảo hiểm y tế", "94,1%", "97,5%", "Phòng Văn hóa - Xã hội"],
    ["8", "Tỷ lệ lao động qua đào tạo có bằng cấp, chứng chỉ", "31%", "40%", "Phòng Văn hóa - Xã hội"],
    ["C. ĐÔ THỊ, MÔI TRƯỜNG"],
    [
        "9",
        "Tỷ lệ nước thải đô thị được thu gom, xử lý",
        "41%",
        "Đạt 70% vào năm 2030",
        "Phòng Kinh tế, Hạ tầng và Đô thị",
    ],
    ["10", "Trồng mới cây xanh đô thị trong nhiệm kỳ", "-", "15.000 cây", "Phòng Kinh tế, Hạ tầng và Đô thị"],
    ["11", "Tổ dân phố có nhà văn hóa đạt chuẩn", "41/48 tổ", "48/48 tổ", "Phòng Văn hóa - Xã hội"],
    ["D. CHUYỂN ĐỔI SỐ, CẢI CÁCH HÀNH CHÍNH"],
    [
        "12",
        "Tỷ lệ hồ sơ thủ tục hành chính được xử lý trực tuyến toàn trình",
        "46%",
        "85%",
        "Trung tâm Phục vụ hành chính công phường",
    ],
    ["13", "Người dân từ 14 tuổi trở lên có tài khoản định danh điện tử mức 2", "78%", "98%", "Công an phường"],
    ["E. XÂY DỰNG ĐẢNG"],
    ["14", "Kết nạp đảng viên mới trong nhiệm kỳ", "236 đảng viên", "Từ 260 đảng viên trở lên", "Ban Xây dựng Đảng"],
    [
        "15",
        "Tổ chức đảng được xếp loại hoàn thành tốt nhiệm vụ trở lên hằng năm",
        "88%",
        "Từ 92% trở lên",
        "Ban Xây dựng Đảng",
    ],
    [
        "16",
        "Chi bộ được kiểm tra, giám sát ít nhất một lần trong nhiệm kỳ",
        "-",
        "100% chi bộ",
        "Ủy ban Kiểm tra Đảng ủy",
    ],
]
add(table(TARGETS, [38, 230, 95, 140, 140]))

# --- page break, IV -------------------------------------------------------------------------------------------------
add(
    f"<span lang=VI style='{FONT}'><br clear=all style='mso-special-character:line-break;"
    "page-break-before:always'></span>"
)
add(p([("IV. NHIỆM VỤ, GIẢI PHÁP TRỌNG TÂM", "b")]))
parts.extend(
    listed(
        [
            [
                ("Phát triển thương mại, dịch vụ. ", "b"),
                (
                    "Kêu gọi đầu tư cải tạo chợ Đông Lục thành trung tâm thương mại 4 tầng, hoàn thành trước quý IV "
                    "năm 2027; thu hút ít nhất 02 dự án khách sạn từ 3 sao trở lên; mỗi năm hỗ trợ ít nhất 30 hộ kinh "
                    "doanh chuyển lên doanh nghiệp. Ủy ban nhân dân phường chủ trì.",
                    "",
                ),
            ],
            [
                ("Quản lý đô thị và bảo vệ môi trường. ", "b"),
                (
                    "Chỉnh trang 24 tuyến phố, ngầm hóa cáp viễn thông trên đường Trần Hưng Đạo và đường Lê Lợi trước "
                    "năm 2027; xây dựng trạm xử lý nước thải Nà Vài công suất 5.000 m³/ngày đêm; xử lý dứt điểm 11 "
                    "điểm ngập úng trước mùa mưa năm 2027.",
                    "",
                ),
            ],
            [
                ("Văn hóa, xã hội. ", "b"),
                (
                    "Xây dựng nhà văn hóa cho 07 tổ dân phố còn thiếu trước năm 2027; xây mới Trường Trung học cơ sở "
                    "Đông Thành 24 phòng học; phấn đấu mỗi năm có ít nhất 90% hộ gia đình đạt danh hiệu gia đình văn "
                    "hóa.",
                    "",
                ),
            ],
            [
                ("Quốc phòng, an ninh. ", "b"),
                (
                    "Xây dựng mô hình camera an ninh ở 48/48 tổ dân phố trước năm 2027; giảm số vụ tai nạn giao thông "
                    "ít nhất 5% mỗi năm; hoàn thành chỉ tiêu giao quân hằng năm.",
                    "",
                ),
            ],
            [
                ("Xây dựng Đảng và hệ thống chính trị. ", "b"),
                (
                    "Kiện toàn các chi bộ tổ dân phố gắn với 48 tổ dân phố sau sắp xếp, bảo đảm mỗi chi bộ có ít nhất "
                    "05 đảng viên chính thức; mỗi đảng ủy viên dự sinh hoạt với chi bộ được phân công ít nhất 03 lần "
                    "mỗi năm; mỗi năm thành lập mới ít nhất 01 chi bộ trong doanh nghiệp ngoài nhà nước; bình quân mỗi "
                    "năm kết nạp 52 đảng viên, ưu tiên đoàn viên thanh niên và công nhân.",
                    "",
                ),
            ],
            [
                ("Mặt trận Tổ quốc và các đoàn thể. ", "b"),
                (
                    'Đẩy mạnh phong trào "Toàn dân đoàn kết xây dựng đời sống văn hóa"; vận động nhân dân hiến đất, '
                    'góp công mở rộng ngõ phố; mỗi đoàn thể có ít nhất 01 mô hình "Dân vận khéo" mỗi năm.',
                    "",
                ),
            ],
        ],
        "l1",
    )
)

# --- V: the breakthroughs -------------------------------------------------------------------------------------------
add(p([("V. BA KHÂU ĐỘT PHÁ", "b")]))
parts.extend(
    listed(
        [
            [
                ("Đột phá về hạ tầng đô thị: ", "b"),
                (
                    "nâng cấp, mở rộng đường Đông Lục - Bến Đò dài 4,2 km lên 4 làn xe, hoàn thành trước ngày 30 tháng "
                    "6 năm 2028; đưa phố đi bộ ven sông Nậm Lục vào hoạt động từ ngày 30 tháng 4 năm 2026. Đồng chí Chủ "
                    "tịch Ủy ban nhân dân phường trực tiếp chỉ đạo.",
                    "",
                ),
            ],
            [
                ('Đột phá về chuyển đổi số, xây dựng "phường không giấy tờ": ', "b"),
                (
                    "từ ngày 01 tháng 01 năm 2027, Trung tâm Phục vụ hành chính công phường chỉ tiếp nhận hồ sơ điện "
                    "tử; trong năm 2026 cấp chữ ký số cho 100% cán bộ, công chức phường; 48/48 tổ dân phố có nhóm "
                    '"tổ dân phố số". Đồng chí Phó Bí thư Thường trực Đảng ủy trực tiếp chỉ đạo.',
                    "",
                ),
            ],
            [
                ("Đột phá về phát triển kinh tế đêm và du lịch: ", "b"),
                (
                    "hình thành phố ẩm thực đêm chợ Đông Lục và tuyến du lịch ven sông, phấn đấu đón 420.000 lượt "
                    "khách vào năm 2030. Đồng chí Phó Chủ tịch Ủy ban nhân dân phường phụ trách văn hóa - xã hội trực "
                    "tiếp chỉ đạo.",
                    "",
                ),
            ],
        ],
        "l2",
    )
)

# --- VI: key works --------------------------------------------------------------------------------------------------
add(p([("VI. DANH MỤC CÔNG TRÌNH, DỰ ÁN TRỌNG ĐIỂM", "b")]))
WORKS = [
    ["TT", "Tên công trình, dự án", "Quy mô", "Thời gian hoàn thành", "Cơ quan chủ trì"],
    [
        "1",
        "Nâng cấp, mở rộng đường Đông Lục - Bến Đò",
        "4,2 km, 4 làn xe",
        "Trước ngày 30/6/2028",
        "Ủy ban nhân dân phường",
    ],
    [
        "2",
        "Trung tâm thương mại chợ Đông Lục",
        "4 tầng, 620 ki-ốt",
        "Quý IV năm 2027",
        "Ủy ban nhân dân phường kêu gọi nhà đầu tư",
    ],
    [
        "3",
        "Trạm xử lý nước thải Nà Vài",
        "5.000 m³/ngày đêm",
        "Năm 2029",
        "Ủy ban nhân dân phường phối hợp Sở Xây dựng",
    ],
    ["4", "Phố đi bộ ven sông Nậm Lục", "1,1 km", "30/4/2026", "Phòng Kinh tế, Hạ tầng và Đô thị"],
    ["5", "Trường Trung học cơ sở Đông Thành", "24 phòng học", "Năm 2027", "Ủy ban nhân dân phường"],
    ["6", "Nhà văn hóa 07 tổ dân phố", "07 nhà", "Năm 2027", "Ủy ban Mặt trận Tổ quốc phường phối hợp"],
]
add(table(WORKS, [38, 230, 110, 110, 155]))

# --- VII ------------------------------------------------------------------------------------------------------------
add(p([("VII. TỔ CHỨC THỰC HIỆN", "b")]))
parts.extend(
    listed(
        [
            "Các chi bộ trực thuộc tổ chức quán triệt Chương trình hành động đến toàn thể đảng viên trong kỳ sinh hoạt "
            "tháng 10 năm 2025 và xây dựng kế hoạch cụ thể của chi bộ.",
            "Ban Xây dựng Đảng theo dõi, đôn đốc việc thực hiện; Ủy ban Kiểm tra Đảng ủy giám sát việc thực hiện "
            "Chương trình, mỗi năm giám sát ít nhất 10 chi bộ.",
            "Các chi bộ, cơ quan báo cáo kết quả 6 tháng trước ngày 10 tháng 6 và báo cáo năm trước ngày 05 tháng 12; "
            "Đảng ủy sơ kết giữa nhiệm kỳ vào quý I năm 2028 và tổng kết vào quý II năm 2030.",
            "Văn phòng Đảng ủy tham mưu Thường trực Đảng ủy theo dõi, tổng hợp; trong quá trình thực hiện, nếu cần bổ "
            "sung, điều chỉnh chỉ tiêu, Ủy ban nhân dân phường báo cáo Ban Thường vụ Đảng ủy xem xét.",
        ],
        "l3",
    )
)
add(empty())
add(p([("T/M ĐẢNG ỦY", "b")], align="right", indent=False))
add(p([("BÍ THƯ", "b")], align="right", indent=False))
add(p([("(đã ký)", "i")], align="right", indent=False))
add(p([("Lê Thị Thanh Hà", "b")], align="right", indent=False))
add(p([("Nơi nhận:", "bi")], align="left", indent=False, size=12.0))
for line in [
    "- Ban Thường vụ Tỉnh ủy (để b/c),",
    "- Các đồng chí Đảng ủy viên,",
    "- Các chi bộ trực thuộc,",
    "- Ủy ban nhân dân, Ủy ban MTTQ phường,",
    "- Lưu Văn phòng Đảng ủy.",
]:
    add(p(line, align="left", indent=False, size=12.0))

FOOTNOTES = (
    "<div style='mso-element:footnote-list'><![if !supportFootnotes]><br clear=all>\n"
    '<hr align=left size=1 width="33%">\n<![endif]>\n'
    "<div style='mso-element:footnote' id=ftn1>\n"
    '<p class=MsoFootnoteText><a style=\'mso-footnote-id:ftn1\' href="#_ftnref1" name="_ftn1" title=""><span '
    "class=MsoFootnoteReference><span lang=VI><span style='mso-special-character:footnote'><![if "
    "!supportFootnotes]><span class=MsoFootnoteReference><span lang=VI style='font-size:10.0pt'>[1]</span></span>"
    "<![endif]></span></span></span></a><span lang=VI> Nghị quyết số 01-NQ/ĐH ngày 15/8/2025 của Đại hội đại biểu "
    "Đảng bộ phường Đông Lục lần thứ I, nhiệm kỳ 2025 - 2030.<o:p></o:p></span></p>\n</div>\n</div>"
)

html = HEAD + "\n\n".join(parts) + "\n\n</div>\n\n" + FOOTNOTES + "\n\n</body>\n\n</html>\n"
body_start = html.index("<body")
html = html[:body_start] + wrap_source(html[body_start:])
path = out_path(__file__, f"van-kien/{NAME}.htm")
Path(path).write_text(html, encoding="utf-8", newline="\r\n")
print(path)
