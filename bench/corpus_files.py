"""What the bench corpora's generators share: where a file goes, a .docx or a text PDF with an official letterhead.

Each `bench/corpusN/make_*.py` writes one document of its corpus's `knowledge/` (or of `$CORPUSN_OUT`):

    from corpus_files import LetterheadDocx, out_path
    doc = LetterheadDocx("ĐẢNG BỘ …\\n*\\nSố 01-NQ/ĐH", "ĐẢNG CỘNG SẢN VIỆT NAM\\n…, ngày …")
    doc.c("NGHỊ QUYẾT"); doc.b("I. MỤC TIÊU"); doc.para("…")
    doc.save(out_path(__file__, "van-kien/nghi-quyet.docx"))
"""

from __future__ import annotations

import os
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from fpdf import FPDF

FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
EDITORIAL_NOTE = "(Trích — văn bản soạn cho mục đích tham khảo, không phải nguyên văn chính thức)"


def out_path(script: str, relative: str) -> str:
    """`relative` under the script's corpus `knowledge/`, or under $CORPUSN_OUT; its folder is made."""
    corpus = Path(script).resolve().parent
    env = f"CORPUS{corpus.name.removeprefix('corpus')}_OUT"
    path = Path(os.environ.get(env, corpus / "knowledge")) / relative
    path.parent.mkdir(parents=True, exist_ok=True)
    return str(path)


class LetterheadDocx:
    """A .docx opening with the two-column letterhead table (issuing body and số | party name and date)."""

    def __init__(self, issuer: str, dated: str) -> None:
        self.document = Document()
        table = self.document.add_table(rows=1, cols=2)
        table.cell(0, 0).text = issuer
        table.cell(0, 1).text = dated

    def c(self, text: str, bold: bool = True):
        """A centred line, bold unless told."""
        paragraph = self.document.add_paragraph()
        paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
        paragraph.add_run(text).bold = bold
        return paragraph

    def b(self, text: str):
        """A bold line (a heading)."""
        paragraph = self.document.add_paragraph()
        paragraph.add_run(text).bold = True
        return paragraph

    def para(self, text: str):
        return self.document.add_paragraph(text)

    def broken(self, *lines: str):
        """One paragraph whose lines are separated by Shift+Enter (manual line breaks)."""
        paragraph = self.document.add_paragraph()
        for number, line in enumerate(lines):
            run = paragraph.add_run(line)
            if number < len(lines) - 1:
                run.add_break()
        return paragraph

    def table(self, rows: list[list[str]]):
        """A ruled table whose first row (its header) is bold."""
        table = self.document.add_table(rows=len(rows), cols=len(rows[0]))
        table.style = "Table Grid"
        for r, row in enumerate(rows):
            for k, text in enumerate(row):
                table.cell(r, k).text = text
                if r == 0:
                    for run in table.cell(r, k).paragraphs[0].runs:
                        run.bold = True
        return table

    def save(self, path: str) -> None:
        self.document.save(path)


class LetterheadPdf(FPDF):
    """A text PDF in DejaVu Sans with the letterhead in two columns, a running header (from `header_from` page on)
    and a 'Trang N' footer."""

    def __init__(
        self,
        header: str,
        issuer: str,
        dated: str,
        *,
        header_from: int = 1,
        body: tuple[float, float] = (10.5, 5.5),  # font size, line height
        after_letterhead: float = 10,
        page_footer: str = "Trang {}",  # the page number in {}
        footer_align: str = "C",
        justify: float | None = None,  # justified paragraphs, with this space after each; left-aligned if None
    ) -> None:
        super().__init__(format="A4")
        self.running_header, self.header_from, self.body = header, header_from, body
        self.page_footer, self.footer_align, self.justify = page_footer, footer_align, justify
        for style, name in (("", "DejaVuSans.ttf"), ("B", "DejaVuSans-Bold.ttf"), ("I", "DejaVuSans-Oblique.ttf")):
            self.add_font("DejaVu", style, str(FONT_DIR / name))
        self.set_margins(20, 18, 20)
        self.set_auto_page_break(True, margin=20)
        self.add_page()
        self.width = self.w - self.l_margin - self.r_margin
        half = self.width / 2
        top = self.get_y()
        self.set_font("DejaVu", "B", 10)
        self.multi_cell(half, 5, issuer, align="C")
        self.set_xy(self.l_margin + half, top)
        self.multi_cell(half, 5, "ĐẢNG CỘNG SẢN VIỆT NAM", align="C")
        self.set_x(self.l_margin + half)
        self.set_font("DejaVu", "I", 10)
        self.multi_cell(half, 5, dated, align="C")
        self.ln(after_letterhead)

    def header(self) -> None:
        if self.page_no() >= self.header_from:
            self.set_font("DejaVu", "I", 8)
            self.cell(0, 6, self.running_header, align="R", new_x="LMARGIN", new_y="NEXT")
            self.ln(2)

    def footer(self) -> None:
        self.set_y(-15)
        self.set_font("DejaVu", "", 8)
        self.cell(0, 8, self.page_footer.format(self.page_no()), align=self.footer_align)

    def name(self, text: str, size: float = 13) -> None:
        """A line of the document's name, bold and centred (FPDF keeps `title` for the metadata)."""
        self.set_font("DejaVu", "B", size)
        self.multi_cell(self.width, 7, text, align="C", new_x="LMARGIN", new_y="NEXT")

    def note(self, text: str = EDITORIAL_NOTE, space: float = 4) -> None:
        """The italic line under the title."""
        self.set_font("DejaVu", "I", 9)
        self.multi_cell(self.width, 5, text, align="C", new_x="LMARGIN", new_y="NEXT")
        self.ln(space)

    def sec(self, text: str) -> None:
        """A bold heading (a part, a section, an article)."""
        self.ln(2)
        self.set_font("DejaVu", "B", 11)
        self.multi_cell(self.width, 6, text)

    def para(self, text: str, indent: float = 0) -> None:
        size, height = self.body
        self.set_font("DejaVu", "", size)
        self.set_x(self.l_margin + indent)
        if self.justify is None:
            self.multi_cell(self.width - indent, height, text)
        else:  # justified body text: its stretched word gaps come out of the PDF as runs of spaces
            self.multi_cell(self.width - indent, height, text, align="J")
            self.ln(self.justify)

    def ruled_table(
        self, rows: list[tuple[str, ...]], widths: tuple[float, ...], line: float = 5.2, centred_below: float = 30
    ) -> None:
        """A table drawn cell by cell with explicit lines (no fpdf table API); a row that does not fit goes to the
        next page. Columns narrower than `centred_below` mm are centred."""
        x0 = self.l_margin
        for r, row in enumerate(rows):
            self.set_font("DejaVu", "B" if r == 0 else "", 9)
            heights = []
            for text, width in zip(row, widths, strict=True):
                lines = self.multi_cell(width - 2, line, text, dry_run=True, output="LINES")
                heights.append(len(lines) * line + 2)
            height = max(heights)
            if self.get_y() + height > self.h - self.b_margin:
                self.add_page()
            top = self.get_y()
            x = x0
            for text, width in zip(row, widths, strict=True):
                self.set_xy(x + 1, top + 1)
                self.multi_cell(width - 2, line, text, align="C" if width < centred_below else "L")
                x += width
            self.line(x0, top, x0 + sum(widths), top)
            self.line(x0, top + height, x0 + sum(widths), top + height)
            x = x0
            for width in (0, *widths):
                x += width
                self.line(x, top, x, top + height)
            self.set_xy(x0, top + height)
        self.ln(3)

    def signature(self, text: str, space: float = 4, align: str = "R") -> None:
        """The signer's block at the end, in bold ('T/M BỘ CHÍNH TRỊ')."""
        self.ln(space)
        self.set_font("DejaVu", "B", 10)
        if align == "C":  # centred under the right column
            self.set_x(self.l_margin + self.width / 2)
            self.multi_cell(self.width / 2, 5, text, align="C")
        else:
            self.multi_cell(self.width, 5, text, align=align)
