"""Prose documents (reports, congress documents, news, guides) -> passages. Pure.

Sections come from the heading outline (outline.py) and are cited by their heading path. Inside a section,
paragraphs are packed into windows of about WINDOW_CHARS; a list with the line introducing it and a table with
its header row stay whole up to BLOCK_MAX_CHARS, and beyond it every window repeats that line or header row.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.ingest.outline import heading_text, is_structure, is_table_row, outline
from bot.ingest.splitting import size, split_long
from bot.ingest.titles import is_letterhead, without_note
from bot.models import Document, Passage

WINDOW_CHARS = 850
WINDOW_MAX_CHARS = 1200

_BOILERPLATE = re.compile(r"^(lượt xem|lượt đọc|chia sẻ|in bài|bình luận|tags?\s*:|từ khóa\s*:)", re.IGNORECASE)


def clean_line(line: str) -> str:
    # Markdown emphasis around headings ('**Điều 5.**') would hide them from the patterns.
    return line.strip().strip("*_").strip()


def is_title_line(text: str, title: str) -> bool:
    """Letterhead, an all-caps organisation line, or a piece of the document's name (with or without the
    "(Trích …)" note the title leaves out: 'KỲ 2025–2030 (Trích — …)' ends a name wrapped onto a second line)."""
    named = without_note(text) or text
    return is_letterhead(text) or (text.isupper() and len(text) <= 120) or _in_title(named, title)


_TITLE_NUMBER = re.compile(r"\s*\(?\bsố\s+[^\s)]+\)?", re.IGNORECASE)


def _in_title(text: str, title: str) -> bool:
    """'QUYẾT ĐỊNH về chế độ đảng phí' is in 'Quyết định số 342-QĐ/TW về chế độ đảng phí'."""
    if len(text) < 4:
        return text in title
    lowered, name = text.lower(), title.lower()
    return lowered in name or lowered in _TITLE_NUMBER.sub("", name)


def prose_passages(document: Document, lines: list[str]) -> list[Passage]:
    """Split by headings into sections, then pack each section's paragraphs into bounded windows."""
    passages: list[Passage] = []
    for section in outline(_drop_title_block(document, lines), document.title):
        if section.lines:
            # Implementing texts are often organised as "1. Điều 1: Về tuổi đời …": keep the article number.
            cited = _CITED_ARTICLE.match(section.heading)
            article = int(cited.group(1)) if cited else None
            citation = section.citation or "Phần mở đầu"
            passages.extend(windows(document, section.lines, citation, section.heading, article))
    return passages


def _drop_title_block(document: Document, lines: list[str]) -> list[str]:
    """Drop the leading letterhead/title lines, boilerplate and repeated paragraphs (photo captions)."""
    kept: list[str] = []
    seen: set[str] = set()
    in_title_block = True
    for line in lines:
        text = heading_text(line)
        if in_title_block and line:
            if is_title_line(text, document.title) and not is_structure(text):
                continue
            in_title_block = False
        if _BOILERPLATE.match(text) or (len(text) > 40 and text in seen):
            continue
        seen.add(text)
        kept.append(line)
    return kept


_BASIS = re.compile(r"^\(?\s*(căn cứ|cơ sở pháp lý|nguồn)\s*:", re.IGNORECASE)


_CITED_ARTICLE = re.compile(r"^(?:[\dIVXivx]+[.)]\s*)?điều\s+(\d{1,3})\b", re.IGNORECASE)


# A list or a table up to this size stays in one passage with its introduction or header row, even past
# WINDOW_CHARS: a member asking for the targets of a term wants all of them (PASSAGE_MAX_CHARS still holds).
BLOCK_MAX_CHARS = 1500
# Reports and resolutions enumerate in words: 'Một là, …', 'Hai là, …'; 'Thứ nhất, …' or 'Thứ nhất: …'; with what
# is counted first, 'Đột phá thứ nhất: …', 'Nhiệm vụ thứ hai: …' (a capitalised word or two, then the ordinal).
ORDINAL_ITEM = (
    r"(?:[Mm]ột|[Hh]ai|[Bb]a|[Bb]ốn|[Nn]ăm|[Ss]áu|[Bb]ảy|[Tt]ám|[Cc]hín|[Mm]ười) là[,:]"
    r"|(?:[A-ZĐ]\w*(?: \w+){0,2} )?[Tt]hứ (?:nhất|hai|ba|tư|năm|sáu|bảy|tám|chín|mười)[,:]"
)
_LIST_ITEM = re.compile(rf"^([-+•–]\s|[a-zđ]\)\s|\d{{1,2}}\s*[.)]\s|(?:{ORDINAL_ITEM})\s)")


@dataclass
class _Block:
    """A paragraph; or a list with the line introducing it; or a table with its header row. The head is repeated
    at the top of every window a split block continues in."""

    head: str
    items: list[str]
    kind: str  # 'text', 'list' or 'table'
    lead: str = ""  # the line introducing a table ('Các chỉ tiêu chủ yếu:'), before its header row, once


def _blocks(paragraphs: list[str]) -> list[_Block]:
    blocks: list[_Block] = []
    for i, line in enumerate(paragraphs):
        last = blocks[-1] if blocks else None
        kind = "table" if is_table_row(line) else "list" if _LIST_ITEM.match(line) else "text"
        if kind == "text" and last is not None and last.kind == "table" and is_table_row(_at(paragraphs, i + 1)):
            kind = "table"  # a row of one cell between rows ('A. KINH TẾ') groups them, under the same header row
        if last is not None and kind != "text" and last.kind == kind:
            last.items.append(line)
        elif kind == "table" and last is not None and last.kind == "text" and last.items[0].endswith(":"):
            blocks[-1] = _Block(line, [], kind, lead=last.items[0])
        elif kind == "table":
            blocks.append(_Block(line, [], kind))
        elif kind == "list" and last is not None and last.kind == "text" and last.items[0].endswith(":"):
            blocks[-1] = _Block(last.items[0], [line], kind)
        else:
            blocks.append(_Block("", [line], kind))
    return blocks


def _at(lines: list[str], i: int) -> str:
    return lines[i] if i < len(lines) else ""


def _pack(blocks: list[_Block]) -> list[list[str]]:
    packed: list[list[str]] = [[]]
    for block in blocks:
        whole = [line for line in (block.lead, block.head, *block.items) if line]
        if block.kind != "text" and size(whole) <= BLOCK_MAX_CHARS:
            if packed[-1] and size(packed[-1]) + size(whole) > WINDOW_CHARS:
                packed.append([])
            packed[-1].extend(whole)
            continue
        opening = [line for line in (block.lead, block.head) if line]
        if opening:
            if packed[-1] and size(packed[-1]) + size(opening) > WINDOW_CHARS:
                packed.append([])
            packed[-1].extend(opening)
        group = ""  # a table's last group row ('B. ĐÀO TẠO TRUNG CẤP'): its rows' context, as the header row is
        for unit in (piece for item in block.items for piece in split_long(item, WINDOW_MAX_CHARS)):
            opens_group = block.kind == "table" and not is_table_row(unit)
            # A window ending with the block's opening gets its first item, however long: never a bare header.
            bare = bool(block.head) and packed[-1][-1:] in ([block.head], [group])
            full = size(packed[-1]) + len(unit) > WINDOW_CHARS or (opens_group and size(packed[-1]) > WINDOW_CHARS // 2)
            if packed[-1] and not bare and full:
                packed.append([line for line in (block.head, "" if opens_group else group) if line])
            group = unit if opens_group else group
            packed[-1].append(unit)
    return packed


def windows(
    document: Document, paragraphs: list[str], citation: str, heading: str = "", article: int | None = None
) -> list[Passage]:
    # A closing "(Căn cứ: Điều 4 …)" line names the basis of the whole section: every window keeps it.
    basis = paragraphs[-1] if len(paragraphs) > 1 and _BASIS.match(paragraphs[-1]) else ""
    if basis:
        paragraphs = paragraphs[:-1]
    packed = _pack(_blocks(paragraphs))
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
