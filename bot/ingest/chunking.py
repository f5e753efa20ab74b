"""Document -> citable Passages, following the document's own structure. Pure.

Legal texts (Điều lệ, Quy định, Hướng dẫn with 'Điều N.') give one passage per Điều; a long Điều is split by
khoản, each part repeating the Điều heading. Everything else (reports, congress documents, news, guides) goes
to prose.py: sections along its numbered headings (outline.py), packed into bounded windows. Title blocks
(letterheads, số hiệu, dates) never become passages: they would match every question about the organisation
and crowd out the content; nor does the closing signature block (signature.py). Whatever the punctuation,
no passage is longer than PASSAGE_MAX_CHARS.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field, replace

from bot.ingest.outline import heading_text, is_table_row, level_name
from bot.ingest.prose import WINDOW_MAX_CHARS, clean_line, is_title_line, prose_passages, windows
from bot.ingest.signature import without_signature
from bot.ingest.splitting import size, split_hard, split_long
from bot.models import Document, Passage

__all__ = ["ARTICLE_MAX_CHARS", "PASSAGE_MAX_CHARS", "WINDOW_MAX_CHARS", "chunk"]

ARTICLE_MAX_CHARS = 1500
# Hard cap on any passage text, heading included: an answer quotes passages, and Telegram splits at 4096.
PASSAGE_MAX_CHARS = 1800

_PART = re.compile(r"^(phần\s+(?:thứ\s+\w+|[ivxlc]+|\d+))\b[.:\-–—]?\s*(.*)$", re.IGNORECASE)
_CHAPTER = re.compile(r"^(chương\s+(?:[ivxlc]+|\d+))\b[.:\-–—]?\s*(.*)$", re.IGNORECASE)
_SECTION = re.compile(r"^(mục\s+(?:[ivxlc]+|\d+))\b[.:\-–—]?\s*(.*)$", re.IGNORECASE)
_ARTICLE = re.compile(r"^điều\s+(\d{1,3})\s*(?:([.:\-–—])\s*(.*))?$", re.IGNORECASE)
_CLAUSE = re.compile(r"^(\d{1,2})\s*[.)]\s+\S")
_SIGNATURE = re.compile(r"^(nơi nhận|t/m|tm\.|k/t|kt\.|\(đã ký\))", re.IGNORECASE)
_SENTENCE_BREAK = re.compile(r"[.!?]\s+[^\W\d_]")
_TITLE_MAX_CHARS = 150


def chunk(document: Document) -> list[Passage]:
    lines = without_signature([clean_line(line) for line in document.text.split("\n")], heading_text)
    if _is_legal(lines):
        return _capped(_LegalChunker(document).run(lines))
    return _capped(prose_passages(document, lines))


def _article_match(line: str) -> re.Match[str] | None:
    if is_table_row(line):  # 'Điều 9: nguyên tắc | Tổ chức | 9' is a row of a table of articles
        return None
    match = _ARTICLE.match(heading_text(line))
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
            text = heading_text(line)
            if pending_title is not None:
                if text.isupper() and len(text) <= 150 and not _article_match(line) and not is_table_row(text):
                    self._set_level(pending_title, f"{self._level_value(pending_title)}. {text}")
                    pending_title = None
                    continue
                pending_title = None
            if _SIGNATURE.match(text):
                self.signed = True
                continue
            levels = () if is_table_row(text) else (_PART, _CHAPTER, _SECTION)
            level = next((p for p in levels if p.match(text)), None)
            if level is not None:
                match = level.match(text)
                name = level_name(match.group(1))
                label = f"{name}. {match.group(2).strip()}" if match.group(2) else name
                self._set_level(level, label)
                pending_title = level if not match.group(2) else None
                continue
            if article := _article_match(line):
                self.signed = False
                rest = (article.group(3) or "").strip()
                name = "" if _is_prose(rest) else rest
                heading = f"Điều {article.group(1)}. {name}".rstrip(" .")
                self.articles.append(_Article(int(article.group(1)), heading, self._context()))
                if rest and not name:
                    self.articles[-1].body.append(rest)
                continue
            if self.signed or self._take_article_title(text):
                continue
            if self.articles:
                self.articles[-1].body.append(line)
            elif not is_title_line(text, self.document.title):
                self.preamble.append(line)
        passages = windows(self.document, self.preamble, "Phần mở đầu") if self.preamble else []
        for article in self.articles:
            passages.extend(self._article_passages(article))
        return passages

    def _take_article_title(self, text: str) -> bool:
        """'Điều 5' alone on its line: a short next line is its name."""
        article = self.articles[-1] if self.articles else None
        if article is None or article.body or not article.heading.endswith(f"Điều {article.number}"):
            return False
        if _is_prose(text) or _CLAUSE.match(text) or text.endswith(":"):
            return False
        if is_table_row(text):
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
            for piece in split_long("\n".join(lines), ARTICLE_MAX_CHARS):
                text = f"{article.heading}\n{piece}"
                passages.append(self._passage(f"{prefix}{article.heading} — {where}", text, article.number))
        return passages

    def _passage(self, citation: str, text: str, article: int | None) -> Passage:
        return Passage(self.document.source, self.document.title, citation, text, article)


def _is_prose(text: str) -> bool:
    """The article's text rather than its name: too long for a title, or more than one sentence."""
    too_long = len(text) > _TITLE_MAX_CHARS or (text.endswith(".") and len(text) > 80)
    return too_long or bool(_SENTENCE_BREAK.search(text))


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
        if groups and groups[-1][0][0] and number and size(groups[-1][1]) + size(lines) <= ARTICLE_MAX_CHARS:
            groups[-1][0].append(number)
            groups[-1][1].extend(lines)
        else:
            groups.append(([number], list(lines)))
    return groups


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
        pieces = split_hard(body, PASSAGE_MAX_CHARS - len(heading) - 1)
        for i, piece in enumerate(pieces, 1):
            text = f"{heading}\n{piece}" if heading else piece
            bounded.append(replace(passage, citation=f"{passage.citation} (phần {i}/{len(pieces)})", text=text))
    return bounded
