"""Prose documents (reports, news, guides) -> passages: sections by headings, packed into bounded windows. Pure."""

from __future__ import annotations

import re

from bot.ingest.splitting import size, split_long
from bot.ingest.titles import is_letterhead
from bot.models import Document, Passage

WINDOW_CHARS = 850
WINDOW_MAX_CHARS = 1200

_BOILERPLATE = re.compile(r"^(lượt xem|lượt đọc|chia sẻ|in bài|bình luận|tags?\s*:|từ khóa\s*:)", re.IGNORECASE)


def clean_line(line: str) -> str:
    # Markdown emphasis around headings ('**Điều 5.**') would hide them from the patterns.
    return line.strip().strip("*_").strip()


def heading_text(line: str) -> str:
    return line.lstrip("#").strip().strip("*_").strip()


def level_name(name: str) -> str:
    """'CHƯƠNG ii' -> 'Chương II'; 'phần thứ nhất' -> 'Phần thứ nhất'."""
    first, _, rest = name.strip().partition(" ")
    rest = " ".join(
        word.upper() if re.fullmatch(r"[ivxlc]+", word, re.IGNORECASE) else word.lower() for word in rest.split()
    )
    return f"{first.capitalize()} {rest}"


def is_title_line(text: str, title: str) -> bool:
    """Letterhead, an all-caps organisation line, or a piece of the document's name."""
    return is_letterhead(text) or (text.isupper() and len(text) <= 120) or _in_title(text, title)


_TITLE_NUMBER = re.compile(r"\s*\(?\bsố\s+[^\s)]+\)?", re.IGNORECASE)


def _in_title(text: str, title: str) -> bool:
    """'QUYẾT ĐỊNH về chế độ đảng phí' is in 'Quyết định số 342-QĐ/TW về chế độ đảng phí'."""
    if len(text) < 4:
        return text in title
    lowered, name = text.lower(), title.lower()
    return lowered in name or lowered in _TITLE_NUMBER.sub("", name)


def _is_prose_heading(line: str, next_line: str) -> bool:
    if line.startswith("#"):
        return True
    text = heading_text(line)
    if not text or len(text) > 90 or text[-1] in '.,;:!?…"”)' or len(text.split()) < 2:
        return False
    return (text[0].isupper() or text[0].isdigit()) and len(next_line) > len(text)


def prose_passages(document: Document, lines: list[str]) -> list[Passage]:
    """Split by headings into sections, then pack each section's paragraphs into bounded windows."""
    body = _drop_title_block(document, lines)
    following = [""] * len(body)  # the next non-empty line after each line
    for i in range(len(body) - 2, -1, -1):
        following[i] = body[i + 1] or following[i + 1]
    sections: list[tuple[str, list[str]]] = [("", [])]
    for line, next_line in zip(body, following, strict=True):
        if _is_prose_heading(line, next_line):
            heading = heading_text(line)
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
            passages.extend(windows(document, paragraphs, heading or "Phần mở đầu", heading, article))
    return passages


def _drop_title_block(document: Document, lines: list[str]) -> list[str]:
    """Drop the leading letterhead/title lines, boilerplate and repeated paragraphs (photo captions)."""
    kept: list[str] = []
    seen: set[str] = set()
    in_title_block = True
    for line in lines:
        text = heading_text(line)
        if in_title_block and line:
            if is_title_line(text, document.title):
                continue
            in_title_block = False
        if _BOILERPLATE.match(text) or (len(text) > 40 and text in seen):
            continue
        seen.add(text)
        kept.append(line)
    return kept


_BASIS = re.compile(r"^\(?\s*(căn cứ|cơ sở pháp lý|nguồn)\s*:", re.IGNORECASE)


_CITED_ARTICLE = re.compile(r"^(?:[\dIVXivx]+[.)]\s*)?điều\s+(\d{1,3})\b", re.IGNORECASE)


def windows(
    document: Document, paragraphs: list[str], citation: str, heading: str = "", article: int | None = None
) -> list[Passage]:
    # A closing "(Căn cứ: Điều 4 …)" line names the basis of the whole section: every window keeps it.
    basis = paragraphs[-1] if len(paragraphs) > 1 and _BASIS.match(paragraphs[-1]) else ""
    if basis:
        paragraphs = paragraphs[:-1]
    units = [piece for paragraph in paragraphs for piece in split_long(paragraph, WINDOW_MAX_CHARS)]
    packed: list[list[str]] = [[]]
    for unit in units:
        if packed[-1] and size(packed[-1]) + len(unit) > WINDOW_CHARS:
            packed.append([])
        packed[-1].append(unit)
    if (
        len(packed) > 1
        and size(packed[-1]) < WINDOW_CHARS // 4
        and size(packed[-2]) + size(packed[-1]) <= (WINDOW_MAX_CHARS)
    ):
        packed[-2].extend(packed.pop())
    passages = []
    for i, window in enumerate(packed):
        label = citation if len(packed) == 1 else f"{citation} (đoạn {i + 1}/{len(packed)})"
        text = "\n".join(filter(None, [heading, *window, basis]))
        passages.append(Passage(document.source, document.title, label, text, article))
    return passages
