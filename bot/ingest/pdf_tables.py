"""Tables drawn in a PDF, read row by row: a page with ruled tables is read again with pdfplumber, its tables as
'cell | cell' rows (as the .docx and web readers write them) and the text between them as lines.

pypdf reads a ruled table as one run of words ('Chỉ tiêu Kết quả 2020 – 2025 Mục tiêu 2030 Kết nạp đảng viên mới
389 đảng viên Từ 400 …'): the rows and their column headers are lost, and a question about one target finds a
blob. pdfplumber finds the tables by their ruling lines; it is slower, so only pages that draw lines are opened.
Tables without ruling lines stay as pypdf reads them: guessing columns from gaps splits ordinary justified text.
"""

from __future__ import annotations

import io
import logging
import re
import time
from collections.abc import Sequence
from typing import TYPE_CHECKING

from bot.ingest import pdf_columns
from bot.ingest.outline import TABLE_CELLS

log = logging.getLogger(__name__)

if TYPE_CHECKING:
    from pdfplumber.page import Page
    from pypdf import PageObject

# Path operators that draw a table's rules: rectangles ('re') and line segments ('l'). A page of plain text draws
# none or a few (an underline, a rule under the letterhead); a table draws a handful per cell.
_DRAWING = re.compile(rb"(?<![\w/])(?:re|l)\s")
MIN_DRAWING_OPS = 4


def draws_rules(page: PageObject) -> bool:
    """Cheap test before pdfplumber: the page's content draws enough rectangles or lines to hold a table."""
    contents = page.get_contents()
    if contents is None:
        return False
    return len(_DRAWING.findall(contents.get_data())) >= MIN_DRAWING_OPS


def pages_with_layout(
    data: bytes, ruled: Sequence[int], columned: Sequence[int] = (), seconds: float = float("inf")
) -> dict[int, str]:
    """Text of each listed page (0-based) that holds a ruled table of at least two rows and two columns (`ruled`)
    or prose in two columns (`columned`: bot/ingest/pdf_columns.py); pages with neither are left out. Pages are
    read again for `seconds` at most (pdfplumber takes ~0.1-0.2 s a page): the pages left keep their plain text,
    so that a long newsletter is still read within the document's time limit."""
    import pdfplumber

    texts: dict[int, str] = {}
    deadline = time.monotonic() + seconds
    numbers = sorted({*ruled, *columned})
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        for done, number in enumerate(numbers):
            if time.monotonic() > deadline:
                log.warning(
                    "PDF layout read on %d of %d pages within %g s; the rest keep their plain text",
                    done,
                    len(numbers),
                    seconds,
                )
                break
            text = _page_text(pdf.pages[number], tables=number in ruled, columns=number in columned)
            if text is not None:
                texts[number] = text
    return texts


def _page_text(page: Page, *, tables: bool, columns: bool) -> str | None:
    page = page.filter(_not_turned)  # a stamp lies over the text (`is_turned`)
    found = [(table.bbox, table.extract()) for table in page.find_tables()] if tables else []  # slow: once
    grids = sorted(((bbox, rows) for bbox, rows in found if _is_grid(rows)), key=lambda grid: grid[0][1])
    if not grids:
        return pdf_columns.text(page) if columns else None
    parts: list[str] = []
    top = 0.0
    for (_, table_top, _, bottom), rows in grids:
        parts.append(_band_text(page, top, table_top, columns))
        parts.append("\n".join(_rows(rows)))
        top = max(top, bottom)
    parts.append(_band_text(page, top, float(page.height), columns))
    return "\n".join(part for part in parts if part)


def _band_text(page: Page, top: float, bottom: float, columns: bool) -> str:
    if bottom - top < 1:
        return ""
    band = page.crop((0, max(top, 0), float(page.width), min(bottom, float(page.height))), strict=False)
    in_columns = pdf_columns.text(band) if columns else None
    return in_columns if in_columns is not None else band.extract_text() or ""


def _is_grid(rows: list[list[str | None]]) -> bool:
    filled = [row for row in rows if sum(1 for cell in row if cell and cell.strip()) >= 2]
    return len(filled) >= 2


def _rows(rows: list[list[str | None]]) -> list[str]:
    """One line per row; a cell's wrapped lines joined by spaces; empty cells (merged ones) left out."""
    lines = []
    for row in rows:
        cells = [" ".join(cell.split()) for cell in row if cell and cell.strip()]
        if cells:
            lines.append(TABLE_CELLS.join(cells))
    return lines


# Text turned off the page's axes (a 'signed' stamp at 18°, a 'BẢN SAO' watermark at 45°) lies over the text, not in
# it: read with it, its words land in the middle of the sentence it covers and its first line passes for a heading.
# A column heading set upright (90°) is still read. Tolerance: the sine of about one degree.
_TURN_TOLERANCE = 0.02


def is_turned(a: float, b: float) -> bool:
    """A text matrix's first row (a, b) turns its text off both axes of the page."""
    return abs(b) > _TURN_TOLERANCE * abs(a) and abs(a) > _TURN_TOLERANCE * abs(b)


def _not_turned(obj: dict) -> bool:
    return obj.get("object_type") != "char" or not is_turned(*obj["matrix"][:2])
