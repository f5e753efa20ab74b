"""A document's own name, found in its title block: 'Quyết định số 342-QĐ/TW về chế độ đảng phí'.

The title block is what comes before the first Điều/Chương/numbered part or the first paragraph of prose. In it,
the letterhead (party name, motto, 'Số …', '…, ngày … tháng …') and the issuing body ('BỘ CHÍNH TRỊ', 'ĐẢNG BỘ
…', 'CHI BỘ …') are never the name. Members cite documents by type, số hiệu and subject, so a title line with
the type alone ('QUYẾT ĐỊNH') takes its subject from the next line and the số hiệu from the letterhead.
"""

from __future__ import annotations

import re
from pathlib import Path

DOCUMENT_TYPES = tuple(
    sorted(
        (
            "điều lệ",
            "quy định",
            "quyết định",
            "hướng dẫn",
            "nghị quyết",
            "chỉ thị",
            "kết luận",
            "báo cáo chính trị",
            "báo cáo",
            "thông báo",
            "thông tri",
            "tờ trình",
            "kế hoạch",
            "chương trình",
            "công văn",
            "quy chế",
            "quy trình",
            "đề án",
            "biên bản",
            "văn kiện",
        ),
        key=len,
        reverse=True,  # 'báo cáo chính trị' before 'báo cáo'
    )
)

_NUMBER = re.compile(r"^số\s*:?\s*(\d{1,4}\s*-\s*[\w/.\-]+)", re.IGNORECASE)
_STRUCTURE = re.compile(
    r"^(điều\s+\d|chương\s+[ivxlc\d]|phần\s+(thứ|[ivxlc\d])|mục\s+[ivxlc\d]|[ivxlc]+\s*[.)]\s|\d{1,2}\s*[.)]\s)",
    re.IGNORECASE,
)
_DATE = r"ngày\s+\d{1,2}(\s*(tháng|/|-)\s*\d{1,2})?(\s*(năm|/|-)\s*\d{2,4})?"
# Each alternative is one whole letterhead item; a line is letterhead only if nothing but such items (or capitals)
# follows, so that a sentence opening with the party's name or a date is body text ('Đảng Cộng sản Việt Nam do …').
_LETTERHEAD = re.compile(
    rf"^(đảng cộng sản việt nam|cộng hòa xã hội chủ nghĩa việt nam|độc lập\s*[-–]\s*tự do(\s*[-–]\s*hạnh phúc)?|"
    rf"số\s*(:\s*[\w/.\-]*|\d[\w/.\-]*)|{_DATE}|[-*_=.\s]+$|lượt xem|.{{0,40}}?,\s*{_DATE})",
    re.IGNORECASE,
)
_BETWEEN_ITEMS = " \t,.:;*|-–—"
# Who issued the document; written in capitals on the letterhead ('ĐẢNG BỘ PHƯỜNG HÒA BÌNH', 'BỘ CHÍNH TRỊ').
_ISSUER = re.compile(
    r"^(ban chấp hành|ban thường vụ|bộ chính trị|ban bí thư|đảng bộ|chi bộ|đảng ủy|đảng đoàn|ban cán sự|"
    r"(tỉnh|thành|huyện|quận|thị|xã|phường) ủy|ủy ban kiểm tra|ban tổ chức|ban tuyên giáo|ban dân vận|văn phòng|"
    r"trung ương|ủy ban nhân dân|hội đồng)\b",
    re.IGNORECASE,
)
MAX_TITLE_CHARS = 200
WRAPPED_TITLE_CHARS = 60  # a name in mixed case this long, without a full stop, may go on on the next line
_PARAGRAPH_CHARS = 250  # a longer line is prose: the title block has ended


def guess_title(text: str, source: str) -> str:
    """The document's name from its title block; the file name when it has none."""
    block = _title_block(text)
    number = next((m.group(1).replace(" ", "") for m in map(_NUMBER.match, block) if m), None)
    title = _typed_title(block, number)
    if title is None:
        heading = next((line for line in block if _could_be_heading(line)), None)
        if heading is None:
            return Path(source).stem.replace("-", " ").replace("_", " ")
        title = f"{heading} (số {number})" if number and number not in heading else heading
    return title[:MAX_TITLE_CHARS]


def is_letterhead(line: str) -> bool:
    """A line of letterhead items only (party name, motto, số hiệu, place and date, separators), or the issuing
    body in capitals. A sentence that opens with one of them is body text."""
    return _only_letterhead_items(line) or (line.isupper() and bool(_ISSUER.match(line)))


def _only_letterhead_items(line: str) -> bool:
    """'Số 342-QĐ/TW Hà Nội, ngày 28 tháng 12 năm 2010' (columns read as one line), not 'Ngày 3/2/1930, Đảng …'."""
    rest = line.strip()
    while match := _LETTERHEAD.match(rest):
        rest = rest[match.end() :].strip(_BETWEEN_ITEMS)
        if rest == rest.upper():  # nothing left, or more in capitals (the issuing body's column)
            return True
    return False


# An editorial note after the name in a title block ('… hằng năm (Trích)') is not part of it.
_NOTE = re.compile(r"\s*\(\s*trích\b[^()]*\)\s*$", re.IGNORECASE)
_ANY_NOTE = re.compile(r"\s*\([^()]*\)\s*$")


def without_note(line: str) -> str:
    """'HƯỚNG DẪN … hằng năm (Trích — văn bản tham khảo)' -> 'HƯỚNG DẪN … hằng năm'."""
    return _NOTE.sub("", line)


def _title_block(text: str) -> list[str]:
    block: list[str] = []
    for raw in text.splitlines()[:60]:
        line = raw.strip().lstrip("#").strip().strip("*_").strip()
        if not line:
            continue
        if len(line) > MAX_TITLE_CHARS and _document_type(line) and line.split()[1].isupper():
            # A PDF's reflow may join a title in its own lines with the note under it ('HƯỚNG DẪN thể thức … (Văn
            # bản soạn cho …)'): without the note, it is the name and no paragraph.
            line = _ANY_NOTE.sub("", line)
        if _STRUCTURE.match(line) or len(line) > _PARAGRAPH_CHARS:
            break
        wrapped = block and block[-1].isupper() and _document_type(block[-1]) != block[-1]
        if wrapped and not is_letterhead(block[-1]) and _document_type(line) is None:
            # A name in capitals wrapped onto this line: its capitals belong to it, the rest stays a line. A line
            # opening with a type ('ĐIỀU LỆ …') is the name itself, under its organisation's line.
            head, rest = _capitals_prefix(line)
            if head and not is_letterhead(line):
                block[-1] = f"{block[-1]} {head}"
                line = rest
                if not line:
                    continue
        # A Markdown heading is the name its author chose, note included; a line that is only a note names nothing.
        if raw.lstrip().startswith("#"):
            block.append(line)
        elif named := without_note(line):
            block.append(named)
    return block


def _capitals_prefix(line: str) -> tuple[str, str]:
    """'KỲ 2025–2030 (trích)' -> ('KỲ 2025–2030', '(trích)'): the words in capitals or digits that open it."""
    words = line.split()
    count = 0
    while count < len(words) and words[count] == words[count].upper() and not words[count].startswith("("):
        count += 1
    return " ".join(words[:count]), " ".join(words[count:])


def _could_be_heading(line: str) -> bool:
    return 8 <= len(line) <= MAX_TITLE_CHARS and not is_letterhead(line) and line[-1] not in ".;,:"


def _document_type(line: str) -> str | None:
    lowered = line.lower()
    for kind in DOCUMENT_TYPES:
        if lowered.startswith(kind) and (len(line) == len(kind) or not line[len(kind)].isalnum()):
            return line[: len(kind)]
    return None


def _subject_line(line: str) -> bool:
    return not is_letterhead(line) and not line.startswith(("-", "("))


# What opens the preamble under a title ('Căn cứ Điều lệ Đảng', 'Thực hiện Quy định …'), never a name's second line.
_PREAMBLE = ("Căn cứ", "Thực hiện", "Kính gửi", "Theo ", "Để ", "Nhằm", "Trên cơ sở")
_SENTENCE = re.compile(r"[.;:!?,]$|[.;!?] ")


def _wrapped_subject(block: list[str], at: int, first: str | None = None) -> str:
    """The subject starting on block[at] (or `first`, the rest of that line), with the lines it was wrapped onto:
    'kiểm điểm … của Ban Chấp hành Đảng bộ Trường' + 'Đại học Bắc Phương nhiệm kỳ 2020 – 2025 (…)'. A wrapped name
    has no sentence in it; a preamble, a note, the letterhead or a line in capitals ends it."""
    parts = [block[at] if first is None else first]
    for line in block[at + 1 :]:
        ended = _SENTENCE.search(parts[-1]) or _SENTENCE.search(line)
        joined = len(" ".join([*parts, line])) > MAX_TITLE_CHARS
        if ended or joined or not _subject_line(line) or line.isupper() or line.startswith(_PREAMBLE):
            break
        parts.append(line)
    return " ".join(parts)


def _typed_title(block: list[str], number: str | None) -> str | None:
    """'QUYẾT ĐỊNH' + 'về chế độ đảng phí' + 'Số 342-QĐ/TW' -> 'Quyết định số 342-QĐ/TW về chế độ đảng phí'."""
    for i, line in enumerate(block):
        line = without_note(line)  # 'ĐIỀU LỆ HỘI … (trích)'
        kind = _document_type(line)
        if kind is None or len(line) > MAX_TITLE_CHARS:
            continue
        # A mixed-case type line is a title only if it reads like one ('Hướng dẫn về đảng phí'), not a sentence.
        if not kind.isupper() and line[-1] in ".;,:":
            continue
        subject = line[len(kind) :].strip(" :-–—")
        if not subject:
            at = next((j for j in range(i + 1, min(i + 3, len(block))) if _subject_line(block[j])), None)
            subject = "" if at is None else _wrapped_subject(block, at)
        elif line.isupper() and i + 1 < len(block) and block[i + 1][:1].islower():
            # 'CHƯƠNG TRÌNH HÀNH ĐỘNG' + 'thực hiện Nghị quyết Đại hội …': the type's full name, then its subject.
            kind, subject = line, _wrapped_subject(block, i + 1)
        elif number is None or line.isupper():
            if number is None and not line.isupper() and len(line) >= WRAPPED_TITLE_CHARS:
                line = _wrapped_subject(block, i)  # a long name wrapped onto the next line ('… huyện Kim' + 'Lũy …')
            return f"{line} (số {number})" if number else line  # the name as the document writes it
        else:
            subject = _wrapped_subject(block, i, first=subject)
        if not subject:
            return f"{kind.capitalize()} số {number}" if number else None
        if subject.isupper():
            return f"{kind} {subject}" + (f" (số {number})" if number else "")
        if subject[0].isupper() and subject[1:2].islower():
            subject = subject[0].lower() + subject[1:]
        return " ".join(filter(None, (kind.capitalize(), f"số {number}" if number else "", subject)))
    return None
