"""Answers and reports -> Telegram HTML messages, each within Telegram's 4096-character limit.

Every piece of document text goes through `html.escape`; markup only comes from our own templates and
wraps whole blocks, so splitting between blocks (or inside a block's plain text) never cuts a tag or an
entity in half.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from datetime import datetime, timedelta
from html import escape

from bot.models import Answer, BuildReport, FaqEntry, Hit
from bot.qa.answer import CASE_PREFIX, basis_line
from bot.tg import texts

# Telegram counts UTF-16 code units; measuring the HTML source (not the parsed text) keeps a margin.
MAX_MESSAGE = 4096
# Titles, citations and FAQ questions sit inside markup lines; capping them keeps every such line short.
MAX_LABEL = 300
_BREAKS = (re.compile(r"\n"), re.compile(r"(?<=[.!?;:…])\s"), re.compile(r"\s"))


def esc(text: object) -> str:
    """Escape text for Telegram HTML (quotes need no escaping outside attributes)."""
    return escape(str(text), quote=False)


def tg_len(text: str) -> int:
    """Length as Telegram counts it: UTF-16 code units."""
    return len(text.encode("utf-16-le")) // 2


def render_answer(answer: Answer, faq: FaqEntry | None = None, related: FaqEntry | None = None) -> list[str]:
    """Answer -> HTML parts: the answer text, then one '📄 title — citation' line per distinct source, then the
    line over the button of an FAQ entry the passages are offered beside."""
    if answer.kind == "none":
        return [esc(answer.answer)] if answer.small_talk else [texts.NOT_FOUND]
    if faq is not None:
        return render_faq(faq, answer.sources, answer.case)
    blocks = [esc(paragraph) for paragraph in _paragraphs(answer.answer)]
    lines = source_lines((hit.passage.title, hit.passage.citation) for hit in answer.sources)
    if lines:
        blocks.append(texts.SOURCES_HEADER + "\n" + "\n".join(lines))
    if related is not None:
        blocks.append(texts.RELATED_FAQ)
    return pack(blocks)


def render_faq(entry: FaqEntry, sources: Sequence[Hit] = (), case: str = "") -> list[str]:
    """A curated FAQ entry (after the line for the asker's case, if one stood out), its basis line (with the date
    it is valid as of) and the passages the basis names."""
    blocks = [f"<b>{esc(clip(entry.question))}</b>"]
    if case:
        blocks.append(esc(CASE_PREFIX + case))
    blocks += [esc(paragraph) for paragraph in _paragraphs(entry.answer)]
    basis = basis_line(entry.source, entry.valid_as_of)
    if basis:
        blocks.append(esc(basis))
    lines = source_lines((hit.passage.title, hit.passage.citation) for hit in sources)
    if lines:
        blocks.append(texts.SOURCES_HEADER + "\n" + "\n".join(lines))
    return pack(blocks)


def source_lines(pairs: Iterable[tuple[str, str]]) -> list[str]:
    """Distinct '📄 title — citation' lines, escaped, in order of first appearance."""
    lines: list[str] = []
    for title, citation in pairs:
        title, citation = esc(clip(title)), esc(clip(citation))
        line = texts.SOURCE_LINE.format(title=title, citation=citation) if citation else f"📄 {title}"
        if line not in lines:
            lines.append(line)
    return lines


def render_report(report: BuildReport) -> list[str]:
    """A finished rebuild: counts, then the skipped files with their reasons."""
    blocks = [
        texts.REINDEX_DONE.format(
            documents=report.documents,
            passages=report.passages,
            embedded=report.embedded,
            seconds=report.seconds,
        )
    ]
    if report.skipped:
        skipped = [
            texts.SKIPPED_LINE.format(source=esc(clip(item.source)), reason=esc(clip(texts.reject_reason(item.reason))))
            for item in report.skipped
        ]
        blocks.append(texts.REINDEX_SKIPPED.format(count=len(skipped)) + "\n" + "\n".join(skipped))
    return pack(blocks)


def render_age(built_at: datetime, now: datetime) -> str:
    """'35 phút' / '5 giờ' / '3 ngày' since the index was built."""
    age = max(now - built_at, timedelta(0))
    if age < timedelta(hours=1):
        return texts.AGE_MINUTES.format(minutes=int(age.total_seconds() // 60))
    if age < timedelta(days=1):
        return texts.AGE_HOURS.format(hours=int(age.total_seconds() // 3600))
    return texts.AGE_DAYS.format(days=age.days)


def pack(blocks: Sequence[str], limit: int = MAX_MESSAGE) -> list[str]:
    """Join HTML blocks with blank lines into as few parts as fit; an oversized block is split further."""
    parts: list[str] = []
    current = ""
    for block in blocks:
        for piece in _fit(block, limit):
            candidate = f"{current}\n\n{piece}" if current else piece
            if tg_len(candidate) <= limit:
                current = candidate
            else:
                parts.append(current)
                current = piece
    if current:
        parts.append(current)
    return parts


def clip(text: str, limit: int = MAX_LABEL) -> str:
    """Shorten a one-line label to `limit` characters, marking the cut with an ellipsis."""
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _paragraphs(text: str) -> list[str]:
    return [paragraph.strip() for paragraph in re.split(r"\n\s*\n", text) if paragraph.strip()]


def _fit(block: str, limit: int) -> list[str]:
    """Split one block that is too long. Only tag-free blocks can be too long: they are escaped text."""
    if tg_len(block) <= limit:
        return [block]
    if "<" in block:
        # Our own markup blocks (headers, source lists) are short lines; split them between lines.
        return _split_lines(block, limit)
    return [esc(chunk) for chunk in split_plain(_unescape(block), limit)]


def _split_lines(block: str, limit: int) -> list[str]:
    chunks: list[str] = []
    for line in block.split("\n"):
        if chunks and tg_len(chunks[-1]) + 1 + tg_len(line) <= limit:
            chunks[-1] += "\n" + line
        else:
            # Markup lines are short by construction (labels are clipped); plain ones may need splitting.
            chunks.extend([line] if "<" in line else _fit(line, limit))
    return chunks


def split_plain(text: str, limit: int) -> list[str]:
    """Split plain text into chunks whose *escaped* length fits, preferring line, sentence, word breaks."""
    chunks: list[str] = []
    rest = text.strip()
    while rest:
        if tg_len(esc(rest)) <= limit:
            chunks.append(rest)
            break
        cut = _longest_prefix(rest, limit)
        window = rest[:cut]
        for pattern in _BREAKS:
            breaks = [match.end() for match in pattern.finditer(window) if match.end() > cut // 3]
            if breaks:
                cut = breaks[-1]
                break
        chunks.append(rest[:cut].rstrip())
        rest = rest[cut:].lstrip()
    return [chunk for chunk in chunks if chunk]


def _longest_prefix(text: str, limit: int) -> int:
    """Largest n such that esc(text[:n]) fits in `limit` UTF-16 units (binary search)."""
    low, high = 1, len(text)
    while low < high:
        middle = (low + high + 1) // 2
        if tg_len(esc(text[:middle])) <= limit:
            low = middle
        else:
            high = middle - 1
    return low


def _unescape(block: str) -> str:
    return block.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")
