"""The text layer of a PDF: page by page, within the limits, without running headers and page numbers,
with lines wrapped mid-sentence joined again."""

from __future__ import annotations

import bisect
import io
import itertools
import logging
import re
from collections import Counter
from typing import TYPE_CHECKING

from bot.ingest import pdf_columns, pdf_tables
from bot.ingest.limits import DocumentLimits, DocumentTooLarge, check_pages, too_much_text
from bot.ingest.outline import is_table_row
from bot.text import FOOTNOTE_MARKS

if TYPE_CHECKING:
    from pypdf import PdfReader

log = logging.getLogger(__name__)

MIN_TEXT_CHARS = 20
# Of the time a document may take to read (DocumentLimits.seconds), the share pdfplumber may spend on pages with
# ruled tables or two columns; pypdf's pass has already read every page within the rest.
LAYOUT_SHARE = 0.4


def read_pdf(data: bytes, limits: DocumentLimits) -> str:
    from pypdf import PdfReader
    from pypdf.errors import LimitReachedError, PdfReadError

    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            reader.decrypt("")
        check_pages(len(reader.pages), limits)
        pages, columned = _pdf_pages(reader, limits)
        ruled = [number for number, page in enumerate(reader.pages) if pdf_tables.draws_rules(page)]
    except DocumentTooLarge:
        raise
    except LimitReachedError as err:  # pypdf's own bounds (page tree entries, stream sizes)
        raise DocumentTooLarge(f"too large: {err}") from err
    except (PdfReadError, ValueError, KeyError, TypeError, AttributeError) as err:
        raise ValueError(f"not a readable PDF ({err.__class__.__name__})") from err
    for number, text in _relaid(data, ruled, columned, limits.seconds * LAYOUT_SHARE).items():
        pages[number] = text
    text = reflow(spaced_letters_joined("\n".join(move_notes(drop_running_lines(pages)))))
    if len(text.strip()) < MIN_TEXT_CHARS:
        raise ValueError("the PDF has no text layer (scanned?); run OCR first or upload the .docx")
    return text


def _pdf_pages(reader: PdfReader, limits: DocumentLimits) -> tuple[list[str], list[int]]:
    """Each page's text, stopping as soon as the document has more than max_chars (inside a page too), and the
    pages that look set in two columns (bot/ingest/pdf_columns.py)."""
    pages: list[str] = []
    columned: list[int] = []
    total = 0
    starts: list[float] = []
    turned: list[str] = []

    def visit(text: str, cm: list[float], tm: list[float], *_: object) -> None:
        nonlocal total
        total += len(text)
        if total > limits.max_chars:
            raise too_much_text(limits)
        if not text.strip():
            return
        if pdf_tables.is_turned(tm[0] * cm[0] + tm[1] * cm[2], tm[0] * cm[1] + tm[1] * cm[3]):
            turned.append(text.strip())
        else:  # where the run starts on the page: the text matrix's origin through the CTM
            starts.append(cm[0] * tm[4] + cm[2] * tm[5] + cm[4])

    for number, page in enumerate(reader.pages):
        starts.clear()
        turned.clear()
        pages.append(without(turned, page.extract_text(visitor_text=visit) or ""))
        if pdf_columns.right_margin(starts, float(page.mediabox.width)) is not None:
            columned.append(number)
    return pages, columned


def without(turned: list[str], page: str) -> str:
    """The page's text less the runs drawn turned, each once, where it was read: on a line of its own (which goes,
    as it split a paragraph), else inside the first line holding it. The same words in the text stay ('MẬT' as a
    watermark, 'TÀI LIỆU MẬT' as a heading)."""
    lines = page.split("\n")
    for run in turned:
        own = next((i for i, line in enumerate(lines) if line.strip() == run), None)
        if own is not None:
            del lines[own]
            continue
        holding = next((i for i, line in enumerate(lines) if run in line), None)
        if holding is not None:
            lines[holding] = lines[holding].replace(run, "", 1).rstrip()
            if not lines[holding].strip():
                del lines[holding]
    return "\n".join(lines)


# A heading set with wide letter spacing comes out of the text layer a letter at a time ('T À I L I Ệ U H Ỏ I'):
# three or more letters alone, each a single space apart. Where the words were is not in the text; it is found
# again by splitting the letters into the fewest syllables, preferring those the document writes elsewhere.
_SPACED = re.compile(r"(?<!\S)(?:[^\W\d_] ){2,}[^\W\d_](?!\S)")
_SYLLABLE = re.compile(
    r"(?:ngh|ng|gh|gi|kh|nh|ph|th|tr|ch|qu|[bcdđghklmnpqrstvx])?"
    r"[aăâeêioôơuưyàằầèềìòồờùừỳáắấéếíóốớúứýảẳẩẻểỉỏổởủửỷãẵẫẽễĩõỗỡũữỹạặậẹệịọộợụựỵ]{1,3}"
    r"(?:ch|nh|ng|[cmnpt])?"
)


def spaced_letters_joined(text: str) -> str:
    """Letters set one by one ('T À I L I Ệ U') joined into their syllables ('TÀI LIỆU'); left as they are when
    they do not split into Vietnamese syllables."""
    if not _SPACED.search(text):
        return text
    known = {word.lower() for word in re.findall(r"[^\W\d_]{2,}", text)}

    def joined(match: re.Match[str]) -> str:
        syllables = _syllables(match.group(0).replace(" ", ""), known)
        return " ".join(syllables) if syllables else match.group(0)

    return _SPACED.sub(joined, text)


def _syllables(letters: str, known: set[str]) -> list[str] | None:
    """The split of `letters` into syllables with the fewest parts, a syllable the text does not know counting
    half a part more; None when there is none."""
    best: list[tuple[float, list[str]] | None] = [(0.0, [])] + [None] * len(letters)
    for end in range(1, len(letters) + 1):
        for start in range(max(0, end - 7), end):
            before, piece = best[start], letters[start:end]
            if before is None or not _SYLLABLE.fullmatch(piece.lower()):
                continue
            cost = before[0] + (1.0 if piece.lower() in known else 1.5)
            if best[end] is None or cost < best[end][0]:
                best[end] = (cost, [*before[1], piece])
    found = best[-1]
    return found[1] if found is not None else None


def _relaid(data: bytes, ruled: list[int], columned: list[int], seconds: float) -> dict[int, str]:
    """The pages holding ruled tables or two columns, read again with pdfplumber for `seconds` at most; none when
    it fails on the file (pypdf's text of those pages is kept: a table read as one run of words beats a document
    refused)."""
    if not ruled and not columned:
        return {}
    try:
        return pdf_tables.pages_with_layout(data, ruled, columned, seconds)
    except Exception as err:  # pdfminer raises its own types for what pypdf tolerated
        log.warning("PDF layout not read (%s: %s); keeping the plain text of those pages", type(err).__name__, err)
        return {}


_PAGE_NUMBER = re.compile(r"^\W*(trang\s*)?\d{1,4}(\s*/\s*\d{1,4})?\W*$", re.IGNORECASE)
_EDGE_LINES = 2  # running headers and footers are among the first and last lines of a page's text


def drop_running_lines(pages: list[str]) -> list[str]:
    """Remove page numbers and the lines repeated at the top or bottom of most pages ('Lưu hành nội bộ').

    Page furniture would otherwise land in the middle of passages, once per page. A page of one or two lines
    is left as it is: there, the first and last lines are the content.
    """
    split = [page.split("\n") for page in pages]
    edges = [_edge_positions(lines) for lines in split]
    counts = Counter(
        key for lines, positions in zip(split, edges, strict=True) for key in {_key(lines[i]) for i in positions}
    )
    # On most pages; a two-page text only counts what both repeat, a longer one what every page after the first
    # does (the first carries the letterhead instead of the running header).
    needed = 2 if len(pages) <= 2 else min(len(pages) - 1, max(3, len(pages) // 2))
    running = {key for key, count in counts.items() if len(pages) > 1 and count >= needed}
    cleaned = []
    for lines, positions in zip(split, edges, strict=True):
        dropped = {i for i in positions if _PAGE_NUMBER.match(lines[i]) or _key(lines[i]) in running}
        cleaned.append("\n".join(line for i, line in enumerate(lines) if i not in dropped))
    return cleaned


# A footnote at a page's bottom opens with its superscript mark ('¹ Bằng cao cấp … cũng được miễn học.').
_NOTE = re.compile(rf"^\s*[{FOOTNOTE_MARKS}]+\s*\S")
_NOTE_REGION = 12  # a page's notes are among its last lines


def move_notes(pages: list[str]) -> list[str]:
    """A page's footnotes placed after the sentence that goes on overleaf, not in the middle of it ('… 06 tiết ôn
    tập và' + '¹ Bằng cao cấp …' + 'viết bài thu hoạch …'). Where the page's text ends its sentence they stay."""
    split = [page.split("\n") for page in pages]
    for number in range(len(split) - 1):
        lines, following = split[number], split[number + 1]
        filled = [i for i, line in enumerate(lines) if line.strip()]
        start = next((i for i in filled[-_NOTE_REGION:] if _NOTE.match(lines[i]) and i != filled[0]), None)
        if start is None:
            continue
        body, notes = lines[:start], lines[start:]
        if next((line.strip() for line in reversed(body) if line.strip()), "").endswith(_SENTENCE_END):
            continue
        end = next((i for i, line in enumerate(following) if line.strip().endswith(_SENTENCE_END)), None)
        if end is not None:
            split[number] = body
            split[number + 1] = [*following[: end + 1], *notes, *following[end + 1 :]]
    return ["\n".join(lines) for lines in split]


def _edge_positions(lines: list[str]) -> set[int]:
    filled = [i for i, line in enumerate(lines) if line.strip()]
    if len(filled) < 3:
        return set()
    return set(filled[:_EDGE_LINES] + filled[-_EDGE_LINES:])


_ENDING_NUMBER = re.compile(r"\d{1,4}(\s*/\s*\d{1,4})?[^\w.]*$")


def _key(line: str) -> str:
    """The number that ends the line masked: a footer naming its page ('BTC Tỉnh ủy - tr. 2') repeats on every
    page all the same. Not a heading or an item, which may open every page with its own number ('Điều 2. …')."""
    key = " ".join(line.lower().split())
    return key if _OWN_LINE.match(key) else _ENDING_NUMBER.sub("#", key)


_POINT = re.compile(r"^[a-zđ]\)\s")  # điểm 'a) …' starts in lower case but begins its own line
# What begins a line of its own even after a line that does not end a sentence: Điều/Chương/Mục/Phần, 'I.', '2.',
# '4.2.', bullets, 'Nơi nhận:', and a preamble's 'Căn cứ …' or 'Kính gửi: …' under a title line.
_OWN_LINE = re.compile(
    r"^(điều\s+\d|chương\s|mục\s|phần\s|[ivxlc]+\s*[.)]\s|\d{1,2}(\.\d{1,2})*\s*[.)]\s|[-+•–*]\s"
    r"|nơi nhận|căn cứ|kính gửi|#{1,6}\s)",  # and a Markdown heading ('## Điều 2'), in a hand-wrapped .md
    re.IGNORECASE,
)
_SENTENCE_END = tuple(".;:?!…")
_NUMBERED_ITEM = re.compile(r"^\(\d{1,2}\)\s")
# A line this close to the page's full width was wrapped, not ended. Chosen on the text PDF of Quy định 69-QĐ/TW
# (exploratory corpus): its wrapped lines hold 79-85 characters, its longest heading 66 (78% of the widest).
FULL_LINE_RATIO = 0.85
WORD_FIT_RATIO = 0.95  # characters are a proxy for widths in a proportional font
_MIN_FULL_LINE_CHARS = 30  # narrower 'full lines' are title lines wrapped by hand, which tell nothing of the width
_NEIGHBOURHOOD = 8  # lines either side whose widths tell how wide a full line is here


def reflow(text: str) -> str:
    """Join PDF lines that were wrapped mid-sentence: a line starting in lower case continues the previous one,
    and so does any line after a full-width line that does not end its sentence ('… cho đến' + 'Ban Chấp hành
    Trung ương.', '… chậm nhất' + '30 ngày …'), unless it begins a line of its own (a heading, an item).

    Without this every visual line of a PDF would look like a paragraph (or a heading) to the chunker, and the
    answer would quote a sentence without its end.
    """
    visual = text.split("\n")
    full_width = _full_widths(visual)
    lines: list[str] = []
    for i, (previous, line) in enumerate(itertools.pairwise(["", *visual])):
        if lines and lines[-1] and _continues(previous.strip(), line.strip(), full_width[i - 1] if i else 0):
            lines[-1] = f"{lines[-1].rstrip()} {line.strip()}"
        else:
            lines.append(line)
    return "\n".join(lines)


def continues_wrapped(previous: str, line: str) -> bool:
    """The stripped `line` goes on with the sentence a full `previous` line left open, in lower case: what shows
    that a text was wrapped at a fixed width (bot/ingest/plain_text.py)."""
    return (
        _width(previous) >= _MIN_FULL_LINE_CHARS
        and not previous.endswith(_SENTENCE_END)
        and line[:1].islower()
        and not _POINT.match(line)
        and not is_table_row(previous)
    )


def _continues(previous: str, line: str, full_width: int) -> bool:
    if not line or _POINT.match(line) or is_table_row(line) or is_table_row(previous):
        return False  # a table row is a line of its own (bot/ingest/pdf_tables.py)
    if line[0].islower() or line[0] in ",;":
        return True
    if previous.isupper() and not line.isupper():
        return False  # a heading in capitals, then its text: a name wrapped in capitals goes on in capitals
    if previous.count("(") > previous.count(")") and not _OWN_LINE.match(line):
        return True  # a parenthesis left open ('(trình Đại hội đại biểu') closes on the next line
    if line[0] == "(":  # '… theo quy định' + '(khoản 2)'; not '… lần thứ VIII)' + '(Trích …)', a note of its own,
        # nor 'a) Về kinh tế' + '(1) Tốc độ tăng …', the first of a resolution's numbered targets
        return not previous.endswith((*_SENTENCE_END, ")")) and not _NUMBERED_ITEM.match(line)
    # Full, or too full for the next line's first word: a narrow column's lines vary more in length.
    fitted = _width(previous) + 1 + len(line.split()[0])
    wide = _width(previous) >= FULL_LINE_RATIO * full_width or fitted > WORD_FIT_RATIO * full_width
    # A line that is one parenthesis ('(Trích …)', '(Dự thảo)') is a note of its own, however wide.
    note = previous.startswith("(") and previous.endswith(")")
    wrapped = full_width and wide and not note and not previous.endswith(_SENTENCE_END)
    return bool(wrapped) and not line.isupper() and not _OWN_LINE.match(line)


def _width(line: str) -> int:
    """Characters on the line, each run of spaces counted once: a justified line's stretched gaps come out of the
    PDF as two or three spaces ('2.  Tỷ  lệ'), and counted as they are, it would pass for the widest line."""
    return len(" ".join(line.split()))


def _full_widths(lines: list[str]) -> list[int]:
    """How many characters a full line holds, line by line: the nearest line that a lower-case line continues
    (0 if none is near). Around, not on the whole page: a two-column page is read column after
    column, and its half-width lines are full for their column though its full-width opening is twice as wide."""
    at: list[int] = []  # the lines a lower-case line continues, in order, and their widths
    width_at: list[int] = []
    for i, (line, after) in enumerate(itertools.pairwise(lines)):
        width = _width(line)
        evidence = width >= _MIN_FULL_LINE_CHARS and not is_table_row(line)
        if evidence and after.strip()[:1].islower() and not _POINT.match(after.strip()):
            at.append(i)
            width_at.append(width)
    widths = []
    for i in range(len(lines)):
        # The nearest evidence, the wider at equal distance: where a full-width opening meets the columns below it,
        # the lines of the column are measured by their own.
        first, last = bisect.bisect_left(at, i - _NEIGHBOURHOOD), bisect.bisect_right(at, i + _NEIGHBOURHOOD)
        near = [(abs(i - at[k]), -width_at[k]) for k in range(first, last)]
        widths.append(-min(near)[1] if near else 0)
    return widths
