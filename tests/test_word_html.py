"""A document Word saved as a web page (.htm): every table cell holds a <p class=MsoNormal>, the letterhead is a
table too, list numbers sit in conditional comments. Read as the .docx reader writes the same document."""

from bot.ingest.chunking import chunk
from bot.ingest.loaders import read_bytes


def _cell(text: str) -> str:
    return f"<td valign=top><p class=MsoNormal align=center><span lang=VI>{text}<o:p></o:p></span></p></td>"


def _row(*cells: str) -> str:
    return "<tr>" + "".join(_cell(cell) for cell in cells) + "</tr>"


PAGE = f"""\
<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word">
<head><meta http-equiv=Content-Type content="text/html; charset=utf-8">
<!--[if gte mso 9]><xml><w:WordDocument><w:View>Print</w:View></w:WordDocument></xml><![endif]-->
<style>p.MsoNormal {{margin:0cm; font-family:"Times New Roman"}}</style></head>
<body lang=EN-US style='tab-interval:36.0pt'><div class=WordSection1>
<table class=MsoTableGrid border=0><tr>
<td valign=top><p class=MsoNormal align=center>ĐẢNG BỘ TỈNH LỤC VÂN<o:p></o:p></p>
<p class=MsoNormal align=center><b>ĐẢNG ỦY PHƯỜNG ĐÔNG LỤC</b></p><p class=MsoNormal align=center>*</p>
<p class=MsoNormal align=center>Số 03-CTr/ĐU</p></td>
<td valign=top><p class=MsoNormal align=center><b><u>ĐẢNG CỘNG SẢN VIỆT NAM</u></b></p>
<p class=MsoNormal align=center><i>Đông Lục, ngày 10 tháng 9 năm 2025</i></p></td></tr></table>
<p class=MsoNormal align=center><b>CHƯƠNG TRÌNH HÀNH ĐỘNG<o:p></o:p></b></p>
<p class=MsoNormal align=center><b>thực hiện Nghị quyết Đại hội Đảng bộ phường Đông Lục lần thứ I</b></p>
<p class=MsoNormal>Đại hội đã thông qua Nghị quyết Đại hội<a style='mso-footnote-id:ftn1' href="#_ftn1"
name="_ftnref1"><span class=MsoFootnoteReference><![if !supportFootnotes]>[1]<![endif]></span></a> với 16 chỉ
tiêu chủ yếu.<o:p></o:p></p>
<p class=MsoNormal><b>III. CÁC CHỈ TIÊU CHỦ YẾU ĐẾN NĂM 2030<o:p></o:p></b></p>
<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0>
{_row("TT", "Chỉ tiêu", "Năm 2025 (ước)", "Mục tiêu đến năm 2030")}
<tr><td colspan=4><p class=MsoNormal><b>A. KINH TẾ</b></p></td></tr>
{_row("1", "Thu nhập bình quân đầu người", "74,5 triệu đồng", "Đạt 120 triệu đồng/người/năm")}
{_row("2", "Số doanh nghiệp thành lập mới trong nhiệm kỳ", "164", "260 doanh nghiệp")}
<tr><td colspan=4><p class=MsoNormal><b>B. XÂY DỰNG ĐẢNG</b></p></td></tr>
{_row("3", "Kết nạp đảng viên mới trong nhiệm kỳ", "236 đảng viên", "Từ 260 đảng viên trở lên")}
</table>
<p class=MsoNormal><b>IV. NHIỆM VỤ, GIẢI PHÁP TRỌNG TÂM</b></p>
<p class=MsoListParagraph><![if !supportLists]><span>1.<span>&nbsp;&nbsp;&nbsp;</span></span><![endif]>Phát triển
thương mại, dịch vụ; cải tạo chợ Đông Lục thành trung tâm thương mại 4 tầng.<o:p></o:p></p>
</div>
<div style='mso-element:footnote-list'><![if !supportFootnotes]><br clear=all><hr align=left size=1 width="33%">
<![endif]><div style='mso-element:footnote' id=ftn1><p class=MsoFootnoteText><a style='mso-footnote-id:ftn1'
href="#_ftnref1" name="_ftn1">[1]</a> Nghị quyết số 01-NQ/ĐH ngày 15/8/2025 của Đại hội.<o:p></o:p></p></div>
</div></body></html>
"""


def test_a_word_table_with_a_paragraph_in_each_cell_reads_as_rows():
    document = read_bytes("van-kien/chuong-trinh-hanh-dong.htm", PAGE.encode("utf-8"))
    lines = document.text.splitlines()

    assert "TT | Chỉ tiêu | Năm 2025 (ước) | Mục tiêu đến năm 2030" in lines
    assert "1 | Thu nhập bình quân đầu người | 74,5 triệu đồng | Đạt 120 triệu đồng/người/năm" in lines
    assert "3 | Kết nạp đảng viên mới trong nhiệm kỳ | 236 đảng viên | Từ 260 đảng viên trở lên" in lines
    # A cell is not a heading, nor is a group row spanning the table ('A. KINH TẾ'): the rows stay under the part
    # that lists them.
    passages = chunk(document)
    citations = [passage.citation for passage in passages]
    assert not any("260 đảng viên" in citation or "120 triệu" in citation for citation in citations)
    assert not any("KINH TẾ" in citation or "XÂY DỰNG ĐẢNG" in citation for citation in citations)
    target = next(passage for passage in passages if "Từ 260 đảng viên trở lên" in passage.text)
    assert target.citation.startswith("III. CÁC CHỈ TIÊU CHỦ YẾU ĐẾN NĂM 2030")
    assert "Mục tiêu đến năm 2030" in target.text  # its column headers, whichever window of the table it is in
    # The letterhead, a table of several paragraphs a cell, is still its lines: not the document's title.
    assert document.title.startswith("Chương trình hành động")
    assert "1. Phát triển thương mại, dịch vụ; cải tạo chợ Đông Lục thành trung tâm thương mại 4 tầng." in lines
    # Word's footnotes stay out, as in the .odt and .docx readers: no '[1]' glued to a word, no note after the end.
    assert "Đại hội đã thông qua Nghị quyết Đại hội với 16 chỉ tiêu chủ yếu." in lines
    assert "01-NQ/ĐH" not in document.text and lines[-1].startswith("1. Phát triển")


def test_every_window_of_a_long_table_of_targets_keeps_its_column_headers():
    groups = ["A. KINH TẾ", "B. VĂN HÓA - XÃ HỘI", "C. XÂY DỰNG ĐẢNG"]
    rows = [_row("TT", "Chỉ tiêu", "Năm 2025 (ước)", "Mục tiêu đến năm 2030")]
    for g, group in enumerate(groups):
        rows.append(f"<tr><td colspan=4><p class=MsoNormal><b>{group}</b></p></td></tr>")
        for n in range(1, 9):
            number = 8 * g + n
            name = f"Chỉ tiêu thứ {number} về tỷ lệ hộ gia đình, tổ dân phố đạt chuẩn văn hóa, văn minh đô thị"
            rows.append(_row(str(number), name, f"{40 + number}%", f"Đạt {60 + number}% trở lên"))
    page = (
        "<html><body><div class=WordSection1><p class=MsoNormal><b>CHƯƠNG TRÌNH HÀNH ĐỘNG</b></p>"
        "<p class=MsoNormal><b>III. CÁC CHỈ TIÊU CHỦ YẾU ĐẾN NĂM 2030</b></p>"
        f"<table class=MsoTableGrid border=1>{''.join(rows)}</table></div></body></html>"
    )
    passages = [p for p in chunk(read_bytes("chuong-trinh.htm", page.encode("utf-8"))) if "Chỉ tiêu thứ" in p.text]

    assert len(passages) > 1  # the table is split into windows
    for passage in passages:
        assert "TT | Chỉ tiêu | Năm 2025 (ước) | Mục tiêu đến năm 2030" in passage.text
        assert passage.citation.startswith("III. CÁC CHỈ TIÊU CHỦ YẾU ĐẾN NĂM 2030")
        # and the group its rows belong to, however the windows fall
        for number in range(1, 25):
            if f"\n{number} | Chỉ tiêu thứ {number} " in passage.text:
                assert groups[(number - 1) // 8] in passage.text
