"""Document -> citable Passages, following the document's own structure. Pure.

Legal texts (Điều lệ, Quy định, Hướng dẫn with 'Điều N.') give one passage per Điều; a long Điều is split by
khoản, each part repeating the Điều heading. Everything else (reports, news, guides) is split by headings and
paragraphs into bounded windows. Title blocks (letterheads, số hiệu, dates) never become passages: they would
match every question about the organisation and crowd out the content.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field, replace

from bot.ingest.titles import is_letterhead
from bot.models import Document, Passage

ARTICLE_MAX_CHARS = 1500
WINDOW_CHARS = 850
WINDOW_MAX_CHARS = 1200
# Hard cap on any passage text, heading included: an answer quotes passages, and Telegram splits at 4096.
PASSAGE_MAX_CHARS = 1800

_PART = re.compile(r"^(phần\s+(?:thứ\s+\w+|[ivxlc]+|\d+))\b[.:\-–—]?\s*(.*)$", re.IGNORECASE)
_CHAPTER = re.compile(r"^(chương\s+(?:[ivxlc]+|\d+))\b[.:\-–—]?\s*(.*)$", re.IGNORECASE)
_SECTION = re.compile(r"^(mục\s+(?:[ivxlc]+|\d+))\b[.:\-–—]?\s*(.*)$", re.IGNORECASE)
_ARTICLE = re.compile(r"^điều\s+(\d{1,3})\s*(?:([.:\-–—])\s*(.*))?$", re.IGNORECASE)
_CLAUSE = re.compile(r"^(\d{1,2})\s*[.)]\s+\S")
_SIGNATURE = re.compile(r"^(nơi nhận|t/m|tm\.|k/t|kt\.|\(đã ký\))", re.IGNORECASE)
_BOILERPLATE = re.compile(r"^(lượt xem|lượt đọc|chia sẻ|in bài|bình luận|tags?\s*:|từ khóa\s*:)", re.IGNORECASE)
_SENTENCE_END = re.compile(r"(?<=[.!?…;])\s+(?=[A-ZĐÀ-Ỹ0-9\"“(-])")


def chunk(document: Document) -> list[Passage]:
    lines = [_clean_line(line) for line in document.text.split("\n")]
    if _is_legal(lines):
        return _capped(_LegalChunker(document).run(lines))
    return _capped(_prose_passages(document, lines))


def _clean_line(line: str) -> str:
    # Markdown emphasis around headings ('**Điều 5.**') would hide them from the patterns.
    return line.strip().strip("*_").strip()


def _heading_text(line: str) -> str:
    return line.lstrip("#").strip().strip("*_").strip()


def _article_match(line: str) -> re.Match[str] | None:
    match = _ARTICLE.match(_heading_text(line))
    if match is None:
        return None
    separator, rest = match.group(2), match.group(3) or ""
    if separator or not rest:
        return match
    return None


def _is_legal(lines: list[str]) -> bool:
    numbers = [int(m.group(1)) for m in map(_article_match, lines) if m]
    return len(numbers) >= 2 and sum(b > a for a, b in itertools.pairwise(numbers)) >= len(numbers) // 2


@dataclass
class _Article:
    number: int
    heading: str
    context: str
    body: list[str] = field(default_factory=list)


class _LegalChunker:
    def __init__(self, document: Document) -> None:
        self.document = document
        self.part = self.chapter = self.section = ""
        self.articles: list[_Article] = []
        self.preamble: list[str] = []
        self.signed = False

    def run(self, lines: list[str]) -> list[Passage]:
        pending_title: str | None = None  # a 'Chương II' line whose name is on the next line
        for line in lines:
            if not line:
                continue
            text = _heading_text(line)
            if pending_title is not None:
                if text.isupper() and len(text) <= 150 and not _article_match(line):
                    self._set_level(pending_title, f"{self._level_value(pending_title)}. {text}")
                    pending_title = None
                    continue
                pending_title = None
            if _SIGNATURE.match(text):
                self.signed = True
                continue
            level = next((p for p in (_PART, _CHAPTER, _SECTION) if p.match(text)), None)
            if level is not None:
                match = level.match(text)
                name = _level_name(match.group(1))
                label = f"{name}. {match.group(2).strip()}" if match.group(2) else name
                self._set_level(level, label)
                pending_title = level if not match.group(2) else None
                continue
            if article := _article_match(line):
                self.signed = False
                heading = f"Điều {article.group(1)}. {(article.group(3) or '').strip()}".rstrip(" .")
                self.articles.append(_Article(int(article.group(1)), heading, self._context()))
                continue
            if self.signed or self._take_article_title(text):
                continue
            if self.articles:
                self.articles[-1].body.append(line)
            elif not _is_title_line(text, self.document.title):
                self.preamble.append(line)
        passages = _windows(self.document, self.preamble, "Phần mở đầu") if self.preamble else []
        for article in self.articles:
            passages.extend(self._article_passages(article))
        return passages

    def _take_article_title(self, text: str) -> bool:
        """'Điều 5' alone on its line: a short next line is its name."""
        article = self.articles[-1] if self.articles else None
        if article is None or article.body or not article.heading.endswith(f"Điều {article.number}"):
            return False
        if len(text) > 150 or _CLAUSE.match(text) or text.endswith(":") or (text.endswith(".") and len(text) > 80):
            return False
        article.heading = f"Điều {article.number}. {text.rstrip('.')}"
        return True

    def _level_value(self, level: re.Pattern[str]) -> str:
        return {_PART: self.part, _CHAPTER: self.chapter, _SECTION: self.section}[level]

    def _set_level(self, level: re.Pattern[str], label: str) -> None:
        if level is _PART:
            self.part, self.chapter, self.section = label, "", ""
        elif level is _CHAPTER:
            self.chapter, self.section = label, ""
        else:
            self.section = label

    def _context(self) -> str:
        return " — ".join(filter(None, (self.chapter, self.section))) or self.part

    def _article_passages(self, article: _Article) -> list[Passage]:
        prefix = f"{article.context} — " if article.context else ""
        whole = "\n".join([article.heading, *article.body])
        if len(whole) <= ARTICLE_MAX_CHARS:
            return [self._passage(prefix + article.heading, whole, article.number)]
        passages = []
        for numbers, lines in _clause_groups(article.body):
            where = f"khoản {numbers[0]}" if numbers[0] == numbers[-1] else f"khoản {numbers[0]}–{numbers[-1]}"
            if not numbers[0]:
                where = "phần đầu"
            for piece in _split_long("\n".join(lines), ARTICLE_MAX_CHARS):
                text = f"{article.heading}\n{piece}"
                passages.append(self._passage(f"{prefix}{article.heading} — {where}", text, article.number))
        return passages

    def _passage(self, citation: str, text: str, article: int | None) -> Passage:
        return Passage(self.document.source, self.document.title, citation, text, article)


def _level_name(name: str) -> str:
    """'CHƯƠNG ii' -> 'Chương II'; 'phần thứ nhất' -> 'Phần thứ nhất'."""
    first, _, rest = name.strip().partition(" ")
    rest = " ".join(
        word.upper() if re.fullmatch(r"[ivxlc]+", word, re.IGNORECASE) else word.lower() for word in rest.split()
    )
    return f"{first.capitalize()} {rest}"


def _is_title_line(text: str, title: str) -> bool:
    """Letterhead, an all-caps organisation line, or a piece of the document's name."""
    return is_letterhead(text) or (text.isupper() and len(text) <= 120) or _in_title(text, title)


_TITLE_NUMBER = re.compile(r"\s*\(?\bsố\s+[^\s)]+\)?", re.IGNORECASE)


def _in_title(text: str, title: str) -> bool:
    """'QUYẾT ĐỊNH về chế độ đảng phí' is in 'Quyết định số 342-QĐ/TW về chế độ đảng phí'."""
    if len(text) < 4:
        return text in title
    lowered, name = text.lower(), title.lower()
    return lowered in name or lowered in _TITLE_NUMBER.sub("", name)


def _clause_groups(body: list[str]) -> list[tuple[list[str], list[str]]]:
    """Group an article body into runs of whole khoản, each run at most ARTICLE_MAX_CHARS."""
    clauses: list[tuple[str, list[str]]] = []
    for line in body:
        match = _CLAUSE.match(line)
        if match or not clauses:
            clauses.append((match.group(1) if match else "", [line]))
        else:
            clauses[-1][1].append(line)
    groups: list[tuple[list[str], list[str]]] = []
    for number, lines in clauses:
        size = sum(len(line) + 1 for line in lines)
        if groups and groups[-1][0][0] and number and _size(groups[-1][1]) + size <= ARTICLE_MAX_CHARS:
            groups[-1][0].append(number)
            groups[-1][1].extend(lines)
        else:
            groups.append(([number], list(lines)))
    return groups


def _size(lines: list[str]) -> int:
    return sum(len(line) + 1 for line in lines)


def _split_long(text: str, limit: int) -> list[str]:
    """Split at sentence ends into pieces of at most `limit` characters; a longer sentence is cut by _split_hard."""
    if len(text) <= limit:
        return [text]
    pieces, current = [], ""
    for sentence in _SENTENCE_END.split(text):
        if len(sentence) > limit:
            pieces.extend(filter(None, [current]))
            *whole, current = _split_hard(sentence, limit)
            pieces.extend(whole)
        elif current and len(current) + len(sentence) + 1 > limit:
            pieces.append(current)
            current = sentence
        else:
            current = f"{current} {sentence}" if current else sentence
    if current:
        pieces.append(current)
    return pieces


# Where a run without sentence ends may be cut, best first: after a clause, after a comma or dash, between words.
_BREAKS = (re.compile(r"[;:](?=\s)"), re.compile(r"(?:,|\s[-–—])(?=\s)"), re.compile(r"\S(?=\s)"))


def _split_hard(text: str, limit: int) -> list[str]:
    """Pieces of at most `limit` characters, cut at the last clause, comma or word boundary in each piece's second
    half; a word longer than that is cut where it must be. Pasted minutes and OCR output have no sentence ends."""
    pieces, start = [], 0
    while len(text) - start > limit:
        end = start + limit
        cut = next((ends[-1] for ends in (_break_ends(b, text, start + limit // 2, end) for b in _BREAKS) if ends), end)
        pieces.append(text[start:cut].strip())
        start = cut
    pieces.append(text[start:].strip())
    return [piece for piece in pieces if piece]


def _break_ends(pattern: re.Pattern[str], text: str, start: int, end: int) -> list[int]:
    # The lookahead may look one character past `end`, so search up to it and keep the ends inside.
    return [match.end() for match in pattern.finditer(text, start, end + 1) if match.end() <= end]


def _capped(passages: list[Passage]) -> list[Passage]:
    """The last guard: no passage, heading and basis lines included, is longer than PASSAGE_MAX_CHARS."""
    bounded: list[Passage] = []
    for passage in passages:
        if len(passage.text) <= PASSAGE_MAX_CHARS:
            bounded.append(passage)
            continue
        heading, _, body = passage.text.partition("\n")
        if not body or len(heading) > 200:
            heading, body = "", passage.text
        pieces = _split_hard(body, PASSAGE_MAX_CHARS - len(heading) - 1)
        for i, piece in enumerate(pieces, 1):
            text = f"{heading}\n{piece}" if heading else piece
            bounded.append(replace(passage, citation=f"{passage.citation} (phần {i}/{len(pieces)})", text=text))
    return bounded


def _is_prose_heading(line: str, next_line: str) -> bool:
    if line.startswith("#"):
        return True
    text = _heading_text(line)
    if not text or len(text) > 90 or text[-1] in '.,;:!?…"”)' or len(text.split()) < 2:
        return False
    return (text[0].isupper() or text[0].isdigit()) and len(next_line) > len(text)


def _prose_passages(document: Document, lines: list[str]) -> list[Passage]:
    """Split by headings into sections, then pack each section's paragraphs into bounded windows."""
    body = _drop_title_block(document, lines)
    following = [""] * len(body)  # the next non-empty line after each line
    for i in range(len(body) - 2, -1, -1):
        following[i] = body[i + 1] or following[i + 1]
    sections: list[tuple[str, list[str]]] = [("", [])]
    for line, next_line in zip(body, following, strict=True):
        if _is_prose_heading(line, next_line):
            heading = _heading_text(line)
            if line.startswith("# ") and heading == document.title:
                continue
            sections.append((heading, []))
        elif line:
            sections[-1][1].append(line)
    passages: list[Passage] = []
    for heading, paragraphs in sections:
        if paragraphs:
            # Implementing texts are often organised as "1. Điều 1: Về tuổi đời …": keep the article number.
            cited = _CITED_ARTICLE.match(heading)
            article = int(cited.group(1)) if cited else None
            passages.extend(_windows(document, paragraphs, heading or "Phần mở đầu", heading, article))
    return passages


def _drop_title_block(document: Document, lines: list[str]) -> list[str]:
    """Drop the leading letterhead/title lines, boilerplate and repeated paragraphs (photo captions)."""
    kept: list[str] = []
    seen: set[str] = set()
    in_title_block = True
    for line in lines:
        text = _heading_text(line)
        if in_title_block and line:
            if _is_title_line(text, document.title):
                continue
            in_title_block = False
        if _BOILERPLATE.match(text) or (len(text) > 40 and text in seen):
            continue
        seen.add(text)
        kept.append(line)
    return kept


_BASIS = re.compile(r"^\(?\s*(căn cứ|cơ sở pháp lý|nguồn)\s*:", re.IGNORECASE)


_CITED_ARTICLE = re.compile(r"^(?:[\dIVXivx]+[.)]\s*)?điều\s+(\d{1,3})\b", re.IGNORECASE)


def _windows(
    document: Document, paragraphs: list[str], citation: str, heading: str = "", article: int | None = None
) -> list[Passage]:
    # A closing "(Căn cứ: Điều 4 …)" line names the basis of the whole section: every window keeps it.
    basis = paragraphs[-1] if len(paragraphs) > 1 and _BASIS.match(paragraphs[-1]) else ""
    if basis:
        paragraphs = paragraphs[:-1]
    units = [piece for paragraph in paragraphs for piece in _split_long(paragraph, WINDOW_MAX_CHARS)]
    windows: list[list[str]] = [[]]
    for unit in units:
        if windows[-1] and _size(windows[-1]) + len(unit) > WINDOW_CHARS:
            windows.append([])
        windows[-1].append(unit)
    if (
        len(windows) > 1
        and _size(windows[-1]) < WINDOW_CHARS // 4
        and _size(windows[-2]) + _size(windows[-1]) <= (WINDOW_MAX_CHARS)
    ):
        windows[-2].extend(windows.pop())
    passages = []
    for i, window in enumerate(windows):
        label = citation if len(windows) == 1 else f"{citation} (đoạn {i + 1}/{len(windows)})"
        text = "\n".join(filter(None, [heading, *window, basis]))
        passages.append(Passage(document.source, document.title, label, text, article))
    return passages
