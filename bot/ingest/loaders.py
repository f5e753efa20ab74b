"""Read one knowledge file into a Document. One reader per format; failures become DocumentRejected."""

from __future__ import annotations

import logging
import re
from collections.abc import Callable
from pathlib import Path

from bot.errors import DocumentRejected
from bot.ingest.docx_text import read_docx
from bot.ingest.encodings import decode_text, from_tcvn3
from bot.ingest.html_text import html_text
from bot.ingest.limits import DEFAULT_LIMITS, DocumentLimits, check_size, too_much_text
from bot.ingest.odt_text import read_odt
from bot.ingest.pdf_text import MIN_TEXT_CHARS, read_pdf
from bot.ingest.plain_text import plain_text, unwrap
from bot.ingest.sandbox import WorkerUnavailable, parse_isolated
from bot.ingest.titles import guess_title, is_letterhead
from bot.models import Document
from bot.text import normalize

log = logging.getLogger(__name__)

SUPPORTED_SUFFIXES = frozenset({".md", ".txt", ".docx", ".odt", ".pdf", ".html", ".htm"})
FAQ_FILENAME = "faq.yaml"
SYNONYMS_FILENAME = "synonyms.yaml"  # the organisation's own everyday phrases (bot/search/colloquial.py)


def _read_plain(data: bytes, limits: DocumentLimits) -> str:
    return plain_text(decode_text(data))


_MARKDOWN_EMPHASIS = re.compile(r"(\*\*|__)(.+?)\1")
_MARKDOWN_LINK = re.compile(r"\[([^\]]+)\]\([^)]*\)")


_TABLE_RULE = re.compile(r"^\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?$")
_TABLE_BREAK = re.compile(r"<br\s*/?>", re.IGNORECASE)


def _read_markdown(data: bytes, limits: DocumentLimits) -> str:
    """Markdown minus inline markup ('**Chuẩn bị:**', links): users see the text, not the syntax. Tables read as the
    .docx reader writes them ('1 | Thu nhập bình quân | 70 triệu đồng', no rule line, a cell's <br> a '; '), so a
    table stays one block under its header row; a letterhead laid out as a table becomes its lines, which the title
    block reads and drops. A paragraph wrapped by hand is one line, as Markdown shows it."""
    text = _MARKDOWN_LINK.sub(r"\1", _MARKDOWN_EMPHASIS.sub(r"\2", decode_text(data)))
    lines: list[str] = []
    for line in text.splitlines():
        row = line.strip()
        if _TABLE_RULE.match(row):
            continue
        if not (row.startswith("|") and row.endswith("|") and len(row) > 1):
            lines.append(line)
            continue
        cells = row[1:-1].split("|")
        items = [item.strip() for cell in cells for item in _TABLE_BREAK.split(cell) if item.strip()]
        if items and all(map(is_letterhead, items)):  # '| ĐẢNG BỘ XÃ …<br>Số 01-NQ/ĐH | ĐẢNG CỘNG SẢN VIỆT NAM<br>… |'
            lines.extend(items)
        else:
            lines.append(" | ".join(_TABLE_BREAK.sub("; ", cell).strip() for cell in cells))
    return unwrap("\n".join(lines))


def _read_html(data: bytes, limits: DocumentLimits) -> str:
    return html_text(decode_text(data, web_page=True))


_READERS: dict[str, Callable[[bytes, DocumentLimits], str]] = {
    ".md": _read_markdown,
    ".txt": _read_plain,
    ".docx": read_docx,
    ".odt": read_odt,
    ".pdf": read_pdf,
    ".html": _read_html,
    ".htm": _read_html,
}


# Formats whose parsers can be made to spend unbounded time or memory: they are read in the worker process.
_ISOLATED = frozenset({".docx", ".odt", ".pdf", ".html", ".htm"})


def read_bytes(source: str, data: bytes, limits: DocumentLimits = DEFAULT_LIMITS) -> Document:
    """Decode one file's bytes; raise DocumentRejected with a reason a person can act on."""
    suffix = Path(source).suffix.lower()
    if suffix not in _READERS:
        allowed = ", ".join(sorted(SUPPORTED_SUFFIXES))
        raise DocumentRejected(source, f"unsupported file type '{suffix or '(none)'}'; use one of {allowed}")
    if not data.strip():
        raise DocumentRejected(source, "the file is empty")
    try:
        check_size(data, limits)
        parsed = _parse(source, suffix, data, limits)
        parsed = from_tcvn3(parsed) or parsed  # a .docx or PDF typed in the '.VnTime' fonts
        text = normalize(parsed).replace("\r\n", "\n").replace("\r", "\n")
    except DocumentRejected:
        raise
    except Exception as err:  # any parser failure means the same thing: this file cannot be used
        raise DocumentRejected(source, failure_reason(err)) from err
    if len(text.strip()) < MIN_TEXT_CHARS:
        raise DocumentRejected(source, "no usable text in the file")
    return Document(source=source, title=guess_title(text, source), text=text)


def _parse(source: str, suffix: str, data: bytes, limits: DocumentLimits) -> str:
    if suffix not in _ISOLATED:
        return parse_text(suffix, data, limits)
    try:
        return parse_isolated(suffix, data, limits)
    except WorkerUnavailable as err:  # still bounded in size, pages and characters; not in time and memory
        log.warning("Reading %s in the bot's own process: %s", source, err)
        return parse_text(suffix, data, limits)


def parse_text(suffix: str, data: bytes, limits: DocumentLimits) -> str:
    """The raw text of one file of a supported type (the worker process calls this)."""
    text = _READERS[suffix](data, limits)
    if len(text) > limits.max_chars:  # checked here so that the worker never sends such a text back
        raise too_much_text(limits)
    return text


def failure_reason(err: Exception) -> str:
    return str(err) if isinstance(err, ValueError) else f"cannot be parsed ({err.__class__.__name__}: {err})"


def read_file(path: Path, root: Path) -> Document:
    return read_bytes(path.relative_to(root).as_posix(), path.read_bytes())


def discover(root: Path) -> list[Path]:
    """Files under root, sorted, except hidden ones, the FAQ and the synonyms; unsupported types are reported by the
    build."""
    files = []
    for path in sorted(root.rglob("*")):
        relative = path.relative_to(root)
        if any(part.startswith(".") for part in relative.parts) or not path.is_file():
            continue
        own_files = (FAQ_FILENAME, SYNONYMS_FILENAME)
        if relative.as_posix() in own_files or (path.name.lower() == "readme.md" and len(relative.parts) == 1):
            continue
        files.append(path)
    return files
