"""Plain text and Markdown as offices save them: wrapped by hand at a fixed width (a typewriter-style guide, a
mail), paged with form feeds under a running header and a '- 2 -' page number, tables set with tabs.

Read line by line as they are, a sentence wrapped at 76 columns would be as many 'paragraphs' (its first line taken
for a heading), the running header would land in the middle of a sentence on every page, and a table's cells would
run into one another. The PDF reader meets the same layout and already undoes it: its page furniture and line
joining are reused here, but only where the text shows it was wrapped.
"""

from __future__ import annotations

import itertools
import re

from bot.ingest.outline import TABLE_CELLS
from bot.ingest.pdf_text import continues_wrapped, drop_running_lines, reflow
from bot.ingest.titles import is_letterhead

# A line of rule characters only ('=====', '-----'): a banner or a table's rule, no words.
_RULE = re.compile(r"^\s*([-=_*~.+#])\1{3,}\s*$")
# Cells set apart by tabs, or by a run of spaces a sentence never has ('TỈNH ỦY LỤC VÂN' + 30 spaces + 'ĐẢNG CỘNG
# SẢN VIỆT NAM', a letterhead typed in two columns).
_CELL_GAP = re.compile(r"\t+| {5,}")
# A text whose lines were wrapped by hand shows it often: a sentence going on in lower case on the next line. A
# title block shows it once or twice ('HƯỚNG DẪN' + 'về …'), and there the lines are kept apart.
WRAPPED_MIN_LINES = 4
WRAPPED_MIN_SHARE = 0.05


def plain_text(text: str) -> str:
    """A .txt file's decoded text, laid out as the other readers write theirs."""
    pages = text.replace("\r\n", "\n").replace("\r", "\n").split("\f")
    if len(pages) > 1:
        pages = drop_running_lines(pages)
    lines = [line for line in "\n".join(pages).split("\n") if not _RULE.match(line)]
    return unwrap("\n".join(_tab_rows(lines)))


def unwrap(text: str) -> str:
    """Lines wrapped mid-sentence joined again, when the text was wrapped by hand; otherwise as it is."""
    return reflow(text) if is_wrapped(text.split("\n")) else text


def is_wrapped(lines: list[str]) -> bool:
    filled = [line.strip() for line in lines if line.strip()]
    wrapped = sum(1 for previous, line in itertools.pairwise(filled) if continues_wrapped(previous, line))
    return wrapped >= WRAPPED_MIN_LINES and wrapped >= WRAPPED_MIN_SHARE * len(filled)


def _tab_rows(lines: list[str]) -> list[str]:
    """A letterhead set in columns ('ĐẢNG BỘ TỈNH<tab>ĐẢNG CỘNG SẢN VIỆT NAM') becomes its lines, which the title
    block reads; runs of two or more lines with cells become rows ('Mật | 10 năm | …')."""
    split = [_parts(line) for line in lines]
    cells = [_cells(parts) for parts in split]
    out: list[str] = []
    for i, line in enumerate(lines):
        row, parts = cells[i], split[i]
        if len(parts) >= 2 and all(map(is_letterhead, parts)):
            out.extend(parts)
        elif len(row) < 2:
            out.append(" ".join(parts) if _CELL_GAP.search(line.strip()) else line)
        elif any(len(cells[j]) >= 2 for j in (i - 1, i + 1) if 0 <= j < len(lines)):
            out.append(TABLE_CELLS.join(row))
        else:
            out.append(" ".join(row))
    return out


# A heading's or an item's mark set off by a tab ('1.<tab>Nội dung', 'Điều 1.<tab>Phạm vi', 'a)<tab>…'), as Word
# saves its automatic numbering as plain text: the mark and its text, not two cells.
_MARK = re.compile(
    r"^(?:(?:điều|chương|mục|phần|câu)\s+\w+\.?|[ivxlc]+\.|\d{1,2}(?:\.\d{1,2})*[.)]?|[a-zđ]\)|[-+•–*])$", re.IGNORECASE
)


def _parts(line: str) -> list[str]:
    """The line's text between column gaps, rules dropped ('VĂN PHÒNG      -------' is 'VĂN PHÒNG')."""
    return [part for part in _CELL_GAP.split(line.strip()) if part and not _RULE.match(part)]


def _cells(parts: list[str]) -> list[str]:
    """A line's cells, from its parts: none when it has fewer than two, or its first gap only follows a mark."""
    return parts if len(parts) > 1 and not _MARK.match(parts[0]) else []
