"""The heading structure of a prose document, as a path of headings for each section. Pure.

Political reports, congress resolutions and long reports are organised as 'PHẦN THỨ HAI' (its name often on the
next line) > 'I.', 'II.' > '1.', '2.' > named headings. A numbered line is a heading only if it is not an item of
a running list: '3. Các chỉ tiêu chủ yếu:' followed by '1. …', '2. …', '8. …' is one heading and eight targets,
the last one too, even without a full stop. Markdown headings take their level from their '#'s. A line that looked
like a heading but has nothing under it (a short last line before the next heading) was text after all. A table
row is never a heading, however short: it is body text of the section above, next to its header row.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

PART, ROMAN, NUMBERED, NAMED = 0, 1, 2, 3

_PART = re.compile(r"^phần\s+(thứ\s+\w+|[ivxlc]+|\d+)\b[.:\-–—]?\s*(.*)$", re.IGNORECASE)
_ROMAN = re.compile(r"^[IVXLC]{1,6}\s*[.)]\s+\S")
_NUMBERED = re.compile(r"^(\d{1,2})\s*[.)]\s+\S")
_WRAPPED = (",", "-", "–")  # a heading's line ending so goes on on the next line
_PART_TAIL_CHARS = 40
# A numbered question of a 'Hỏi – đáp' booklet ('Câu hỏi 3: Thế nào là …?', 'Câu 3. …'): its answer follows.
_QUESTION = re.compile(r"^câu(?:\s+hỏi)?\s+\d{1,3}\s*[.:)]\s*(?:\S|$)", re.IGNORECASE)
# 'Câu 1.' alone on its line, the reader's question under it: 'Hỏi: Đồng chí … ?'.
_QUESTION_NUMBER_ONLY = re.compile(r"^câu(?:\s+hỏi)?\s+\d{1,3}\s*[.:)]$", re.IGNORECASE)
_ASKED = re.compile(r"^hỏi\s*[:\-–—]\s*(\S.*)$", re.IGNORECASE)
_QUESTION_MAX_CHARS = 250
_HEADING_MAX_CHARS = 150
_NUMBERED_MAX_CHARS = 120
_ANCESTOR_CHARS = 60  # an ancestor heading longer than this is shortened in the citation
TABLE_CELLS = " | "  # how the readers write a table row (.docx, .html, ruled PDF tables)


def is_table_row(text: str) -> bool:
    """'2.2 | Tỷ lệ dân số tham gia bảo hiểm y tế | 98%': a row of cells, not a heading or a name."""
    return TABLE_CELLS in text


def heading_text(line: str) -> str:
    return line.lstrip("#").strip().strip("*_").strip()


def level_name(name: str) -> str:
    """'CHƯƠNG ii' -> 'Chương II'; 'phần thứ nhất' -> 'Phần thứ nhất'."""
    first, _, rest = name.strip().partition(" ")
    rest = " ".join(
        word.upper() if re.fullmatch(r"[ivxlc]+", word, re.IGNORECASE) else word.lower() for word in rest.split()
    )
    return f"{first.capitalize()} {rest}"


def is_structure(text: str) -> bool:
    """A numbered part or heading ('PHẦN THỨ NHẤT', 'I. …', '1. …'): the title block has ended."""
    return bool(_PART.match(text) or _ROMAN.match(text) or _NUMBERED.match(text))


@dataclass
class Section:
    heading: str  # the section's own heading, '' before the first one
    ancestors: list[str] = field(default_factory=list)  # the headings above it, outermost first
    lines: list[str] = field(default_factory=list)

    @property
    def citation(self) -> str:
        """'Phần thứ hai. PHƯƠNG HƯỚNG, MỤC TIÊU… — I. PHƯƠNG HƯỚNG, MỤC TIÊU — 3. Các chỉ tiêu chủ yếu'."""
        return " — ".join([*(_shorten(heading) for heading in self.ancestors), self.heading])


def outline(body: list[str], title: str) -> list[Section]:
    """Split body lines into sections, each with its path of headings."""
    following = [""] * len(body)  # the next non-empty line after each line
    for i in range(len(body) - 2, -1, -1):
        following[i] = body[i + 1] or following[i + 1]
    walker = _Walker(title)
    for line, next_line in zip(body, following, strict=True):
        if line:
            walker.add(line, next_line)
    walker.close()
    return walker.sections


class _Walker:
    def __init__(self, title: str) -> None:
        self.title = title
        self.path: list[tuple[int, str]] = []
        self.sections = [Section("")]
        self.heading_line = ""  # the line of the last section's heading, as written
        self.last_item: int | None = None  # the number of the last numbered list item under this heading
        self.naming_part = False  # 'PHẦN THỨ HAI' alone on its line: its name is on the next line(s)
        self.part_named = False
        self.name_on_its_line = False  # 'PHẦN I. KẾT QUẢ …': the name came with the part's number
        self.naming_question = False  # 'Câu 1.' alone: the question is on the next line ('Hỏi: …')
        self.previous = ""  # the line added last

    def add(self, line: str, next_line: str) -> None:
        text = heading_text(line)
        # A row of one cell between rows ('A. KINH TẾ' across a table of targets) groups them; it heads nothing.
        in_table = is_table_row(self.previous) and is_table_row(next_line)
        level = None if in_table else self._level(line, text, next_line)
        self.previous = line
        if self.naming_question:
            self.naming_question = False
            if asked := _ASKED.match(text):
                self.path[-1] = (self.path[-1][0], f"{self.path[-1][1]} {asked.group(1)}")
                self.sections[-1].heading = self.path[-1][1]
                return
        if self.naming_part and self._names_part(text):
            # The part's name, possibly wrapped over several lines in a PDF.
            level_, label = self.path[-1]
            separator = " " if self.part_named else ". "
            self.path[-1] = (level_, f"{label}{separator}{text}")
            self.sections[-1].heading = self.path[-1][1]
            self.part_named = True
            return
        self.naming_part = self.part_named = False
        if level is None:
            numbered = _NUMBERED.match(text)
            self.last_item = int(numbered.group(1)) if numbered else self.last_item
            self.sections[-1].lines.append(line)
            return
        if text == self.title:  # the document's name, repeated as its first heading ('# …' or a page's title line)
            return
        label = text.rstrip(":").rstrip()
        part = _PART.match(text)
        if part and not line.startswith("#"):
            name = part.group(2).strip()
            label = level_name(f"phần {part.group(1)}") + (f". {name}" if name else "")
            # 'PHẦN II. PHƯƠNG HƯỚNG, MỤC TIÊU,': a name wrapped in a narrow column goes on on the next lines.
            self.naming_part = not name or name.endswith(_WRAPPED)
            self.part_named = self.name_on_its_line = bool(name)
        self.naming_question = _QUESTION_NUMBER_ONLY.match(text) is not None
        self._keep_empty_heading_as_text(level)
        self.path = [(outer, heading) for outer, heading in self.path if outer < level] + [(level, label)]
        self.last_item = None
        self.sections.append(Section(label, [heading for _, heading in self.path[:-1]]))
        self.heading_line = line

    def _names_part(self, text: str) -> bool:
        """The line goes on with the part's name: a line in capitals under 'PHẦN THỨ HAI', or the rest of a name
        wrapped after a comma or a dash ('PHẦN II. PHƯƠNG HƯỚNG,' + 'NHIỆM VỤ … 2025 -' + '2030')."""
        if self.path[-1][1].endswith(_WRAPPED):
            return _is_part_name(text) or (len(text) <= _PART_TAIL_CHARS and text == text.upper())
        return not self.name_on_its_line and _is_part_name(text)

    def close(self) -> None:
        self._keep_empty_heading_as_text(PART)

    def _keep_empty_heading_as_text(self, next_level: int) -> None:
        """A heading with nothing under it and no subheading was the last line of the section above: an empty
        section yields no passage, so as a heading its text would be lost (e.g. a table's last row)."""
        if self.sections[-1].lines or not self.path or self.path[-1][0] < next_level:
            return
        if self.heading_line.startswith("#"):  # a Markdown heading is one by the author's choice, even empty
            return
        self.sections.pop()
        self.path.pop()
        self.sections[-1].lines.append(self.heading_line)

    def _level(self, line: str, text: str, next_line: str) -> int | None:
        if line.startswith("#"):
            return max(0, len(line) - len(line.lstrip("#")) - 2)  # '##' is the first level under the title
        if _QUESTION.match(text) and len(text) <= _QUESTION_MAX_CHARS and not is_table_row(text):
            return NUMBERED
        if _PART.match(text) and text.isupper() and text.endswith(_WRAPPED) and len(text) <= _HEADING_MAX_CHARS:
            return PART  # its name wrapped after a comma or a dash, in a narrow column
        if not text or len(text) > _HEADING_MAX_CHARS or text[-1] in ".;,!?…" or is_table_row(text):
            return None
        if _PART.match(text):
            return PART
        if _ROMAN.match(text):
            return ROMAN
        if numbered := _NUMBERED.match(text):
            number = int(numbered.group(1))
            after = _NUMBERED.match(heading_text(next_line))
            in_a_list = self.last_item is not None and number == self.last_item + 1
            starts_a_list = after is not None and int(after.group(1)) == number + 1
            if in_a_list or starts_a_list or len(text) > _NUMBERED_MAX_CHARS or not next_line or _is_sentence(text):
                return None
            return NUMBERED
        if _is_named_heading(text, next_line):
            return ROMAN if text.isupper() else NAMED
        return None


# A numbered heading names a part ('2. Hồ sơ đề nghị xét tặng'); a numbered sentence that leads into its a) b) c)
# ('1. Trong thời hạn 15 ngày làm việc kể từ ngày về nước, đảng viên báo cáo … các nội dung sau') is an item.
_SENTENCE_WORDS = 16


def _is_sentence(text: str) -> bool:
    return "," in text and len(text.split()) > _SENTENCE_WORDS


def _is_part_name(text: str) -> bool:
    return text.isupper() and not is_structure(text) and len(text) <= _HEADING_MAX_CHARS and not is_table_row(text)


def _is_named_heading(text: str, next_line: str) -> bool:
    """An unnumbered heading: a short line, not a sentence, followed by something longer."""
    if len(text) > 90 or text[-1] in ':"”)' or len(text.split()) < 2:
        return False
    return (text[0].isupper() or text[0].isdigit()) and len(next_line) > len(text)


def _shorten(heading: str) -> str:
    if len(heading) <= _ANCESTOR_CHARS:
        return heading
    return heading[:_ANCESTOR_CHARS].rsplit(" ", 1)[0].rstrip(",;:") + "…"
