"""Pages set in two columns (newsletters, congress bulletins), read column by column.

A reader that goes line by line across the page reads '… tỷ lệ lấp đầy cụm công (1) Tốc độ tăng giá trị sản xuất
…': the left column's line and the right column's line at the same height glued into one, every sentence of both
cut in half. A two-column page is found cheaply from pypdf's text runs (many lines start at one x in the middle of
the page: the right column's margin); such a page is read again from pdfplumber's words: the lines that leave that
margin free on their left form column bands, read left column first, and a line running across it (a title, a
full-width paragraph) ends the band. A band is read as columns only if it is prose, its left halves mostly filling
their column: a table set without rules ('Đối tượng    Mức') keeps its rows.
"""

from __future__ import annotations

import itertools
from collections import Counter
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pdfplumber.page import Page

MIDDLE = (0.3, 0.7)  # where a right column's margin may lie, as shares of the page's width
MIN_MARGIN_LINES = 6  # lines starting at that margin
MIN_MARGIN_SHARE = 0.2  # of the page's text runs
GUTTER_MIN = 4.0  # points of white between the left half and the right margin
FILLED = 0.75  # a prose line's left half reaches this share of the column's width
MIN_FILLED_SHARE = 0.5  # of a band's left halves
SAME_LINE = 3.0  # points between the tops of words on one line


def right_margin(starts: Iterable[float], width: float) -> float | None:
    """The x where a right column starts, from where text runs (or words) start; None for a page in one column."""
    starts = list(starts)
    middle = Counter(round(x) for x in starts if MIDDLE[0] * width <= x <= MIDDLE[1] * width)
    if not middle:
        return None
    x, count = middle.most_common(1)[0]
    return float(x) if count >= MIN_MARGIN_LINES and count >= MIN_MARGIN_SHARE * len(starts) else None


def text(page: Page) -> str | None:
    """The page (or a cropped band of it) read column by column; None when it has no prose in two columns."""
    words = page.extract_words()
    lines = _lines(words)
    margin = right_margin((w["x0"] for w in _line_starts(lines)), float(page.width))
    if margin is None:
        return None
    left = min((w["x0"] for w in words), default=0.0)
    parts: list[str] = []
    band: list[tuple[list[dict], list[dict]]] = []
    read_as_columns = False
    for line in lines:
        halves = _split(line, margin)
        if halves is None:
            read_as_columns |= _flush(parts, band, margin - left)
            band = []
            parts.append(_joined(line))
        else:
            band.append(halves)
    read_as_columns |= _flush(parts, band, margin - left)
    return "\n".join(part for part in parts if part) if read_as_columns else None


def _line_starts(lines: list[list[dict]]) -> list[dict]:
    """The first word of each line and each word after a wide gap: where a column's lines start."""
    starts = []
    for line in lines:
        starts.append(line[0])
        starts += [word for before, word in itertools.pairwise(line) if word["x0"] - before["x1"] > GUTTER_MIN]
    return starts


def _lines(words: Sequence[dict]) -> list[list[dict]]:
    lines: list[list[dict]] = []
    for word in sorted(words, key=lambda w: (w["top"], w["x0"])):
        if lines and abs(lines[-1][0]["top"] - word["top"]) <= SAME_LINE:
            lines[-1].append(word)
        else:
            lines.append([word])
    return [sorted(line, key=lambda w: w["x0"]) for line in lines]


def _split(line: list[dict], margin: float) -> tuple[list[dict], list[dict]] | None:
    """The line's words left and right of the margin; None when a word crosses it or comes too close."""
    left = [w for w in line if w["x0"] < margin - 1]
    right = [w for w in line if w["x0"] >= margin - 1]
    if left and left[-1]["x1"] > margin - GUTTER_MIN:
        return None
    return left, right


def _flush(parts: list[str], band: list[tuple[list[dict], list[dict]]], column_width: float) -> bool:
    """Append the band: column by column if it is prose in two columns, line by line otherwise."""
    if not band:
        return False
    lefts = [left for left, _ in band if left]
    rights = [right for _, right in band if right]
    start = min((line[0]["x0"] for line in lefts), default=0.0)
    filled = sum(1 for line in lefts if line[-1]["x1"] - start >= FILLED * column_width)
    if lefts and rights and filled >= MIN_FILLED_SHARE * len(lefts):
        parts.extend(_joined(line) for line in lefts)
        parts.extend(_joined(line) for line in rights)
        return True
    parts.extend(_joined(left + right) for left, right in band)
    return False


def _joined(words: Sequence[dict]) -> str:
    return " ".join(w["text"] for w in words)
