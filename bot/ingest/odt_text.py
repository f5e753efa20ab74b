"""The text of an OpenDocument text file (.odt, LibreOffice Writer), as the .docx reader gives it: one line per
paragraph or heading, line breaks and tabs kept as whitespace, table rows as 'cell | cell', in document order.
A numbered or bulleted list's marks come from its list style ('a)', '2.', '-'): they are not in the text, and
without them a lead-in ('… gồm:') loses its list.

Footnotes and comments stay out (a passage is the body's text), and so does the tracked-changes log, which holds
deleted text: the body already reads as if the changes were accepted.
"""

from __future__ import annotations

import io
import zipfile
from dataclasses import dataclass

from lxml import etree

from bot.ingest.docx_numbering import formatted
from bot.ingest.docx_text import parse_xml
from bot.ingest.limits import DocumentLimits, check_zip_directory, read_zip_member

_TEXT = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"
_TABLE = "{urn:oasis:names:tc:opendocument:xmlns:table:1.0}"
_OFFICE = "{urn:oasis:names:tc:opendocument:xmlns:office:1.0}"
_STYLE = "{urn:oasis:names:tc:opendocument:xmlns:style:1.0}"
_PARAGRAPHS = {f"{_TEXT}p", f"{_TEXT}h"}
_CONTAINERS = {
    *(f"{_TEXT}{tag}" for tag in ("list-item", "list-header", "section")),
    *(f"{_TABLE}{tag}" for tag in ("table-header-rows", "table-rows")),
}
_MAX_AFFIX = 8  # a list mark's prefix or suffix ('(', ')', '.'); longer is no mark
_MAX_SPACES = 64  # <text:s text:c="…"> repeats a space; a hostile file must not make it a gigabyte
_LEFT_OUT = {f"{_TEXT}note", f"{_OFFICE}annotation", f"{_TEXT}tracked-changes"}


def read_odt(data: bytes, limits: DocumentLimits) -> str:
    if not zipfile.is_zipfile(io.BytesIO(data)):
        raise ValueError("not a valid .odt file (not a zip archive)")
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            check_zip_directory(archive, limits)
            if "content.xml" not in archive.namelist():
                raise ValueError("not a valid .odt file (no content.xml)")
            root = parse_xml(read_zip_member(archive, "content.xml", limits))
            styles = (
                parse_xml(read_zip_member(archive, "styles.xml", limits))
                if "styles.xml" in archive.namelist()
                else None
            )
    except zipfile.BadZipFile as err:
        raise ValueError(f"not a valid .odt file ({err})") from err
    body = root.find(f"{_OFFICE}body/{_OFFICE}text")
    if body is None:
        raise ValueError("not a valid .odt file (no text body)")
    return "\n".join(_Reader(list_styles(root, styles)).blocks(body))


@dataclass(frozen=True, slots=True)
class _ListLevel:
    number_format: str  # '1', 'a', 'A', 'i', 'I'; '' for no number; '-' for a bullet
    prefix: str = ""
    suffix: str = ""
    start: int = 1


def list_styles(*parts: etree._Element | None) -> dict[str, dict[int, _ListLevel]]:
    """List style name -> level (1-based) -> how its items are marked, from content.xml and styles.xml."""
    found: dict[str, dict[int, _ListLevel]] = {}
    for part in filter(lambda part: part is not None, parts):
        for style in part.iter(f"{_TEXT}list-style"):
            levels = found.setdefault(style.get(f"{_STYLE}name") or "", {})
            for definition in style:
                level = _number(definition.get(f"{_TEXT}level"), 1)
                if definition.tag == f"{_TEXT}list-level-style-number":
                    levels[level] = _ListLevel(
                        definition.get(f"{_STYLE}num-format") or "",
                        (definition.get(f"{_STYLE}num-prefix") or "")[:_MAX_AFFIX],
                        (definition.get(f"{_STYLE}num-suffix") or "")[:_MAX_AFFIX],
                        _number(definition.get(f"{_TEXT}start-value"), 1),
                    )
                elif definition.tag == f"{_TEXT}list-level-style-bullet":
                    levels[level] = _ListLevel("-")
    return found


class _Reader:
    """Reads blocks in document order, counting list items per list style and level."""

    def __init__(self, styles: dict[str, dict[int, _ListLevel]]) -> None:
        self.styles = styles
        self.counts: dict[tuple[str, int], int] = {}

    def blocks(self, parent: etree._Element, style: str = "", level: int = 0) -> list[str]:
        lines: list[str] = []
        for child in parent:
            if child.tag in _PARAGRAPHS:
                lines.append(_text(child))
            elif child.tag == f"{_TABLE}table":
                lines.extend(_rows(child, self))
            elif child.tag == f"{_TEXT}list":
                lines.extend(self._list(child, style, level + 1))
            elif child.tag in _CONTAINERS:
                lines.extend(self.blocks(child, style, level))
        return lines

    def _list(self, element: etree._Element, outer_style: str, level: int) -> list[str]:
        style = element.get(f"{_TEXT}style-name") or outer_style
        if element.get(f"{_TEXT}continue-numbering") != "true" and not element.get(f"{_TEXT}continue-list"):
            self.counts.pop((style, level), None)
        lines: list[str] = []
        for item in element:
            if item.tag not in (f"{_TEXT}list-item", f"{_TEXT}list-header"):
                continue
            item_lines = self.blocks(item, style, level)
            mark = self._mark(item, style, level) if item.tag == f"{_TEXT}list-item" else ""
            first = next((i for i, line in enumerate(item_lines) if line.strip()), None)
            if mark and first is not None and item[0].tag in _PARAGRAPHS:  # not a list that only holds a list
                item_lines[first] = f"{mark} {item_lines[first].lstrip()}"
            lines.extend(item_lines)
        return lines

    def _mark(self, item: etree._Element, style: str, level: int) -> str:
        defined = self.styles.get(style, {}).get(level)
        if defined is None:
            return ""
        if defined.number_format == "-":
            return "-"
        restart = item.get(f"{_TEXT}start-value")
        previous = self.counts.get((style, level))
        count = _number(restart, 1) if restart else defined.start if previous is None else previous + 1
        self.counts[(style, level)] = count
        for deeper in [key for key in self.counts if key[0] == style and key[1] > level]:
            del self.counts[deeper]  # a deeper level starts again under a new item
        word_format = _WORD_FORMATS.get(defined.number_format)
        number = formatted(word_format, count) if word_format else ""
        return f"{defined.prefix}{number}{defined.suffix}".strip() if number else ""


# OpenDocument's number formats by Word's names, formatted as the .docx reader does; any other ('') is no number.
_WORD_FORMATS = {"1": "decimal", "a": "lowerLetter", "A": "upperLetter", "i": "lowerRoman", "I": "upperRoman"}


def _number(text: str | None, default: int) -> int:
    return int(text) if text is not None and text.isascii() and text.isdigit() and len(text) <= 5 else default


def _rows(table: etree._Element, reader: _Reader) -> list[str]:
    rows = []
    for row in table.iter(f"{_TABLE}table-row"):
        cells = [
            " ".join(line for line in reader.blocks(cell) if line.strip()) for cell in row.iter(f"{_TABLE}table-cell")
        ]
        cells = [cell.strip() for cell in cells if cell.strip()]
        if cells:
            rows.append(" | ".join(cells))
    return rows


def _text(element: etree._Element) -> str:
    parts = [element.text or ""]
    for child in element:
        if child.tag == f"{_TEXT}s":
            count = child.get(f"{_TEXT}c", "1")
            parts.append(" " * min(int(count) if count.isdigit() else 1, _MAX_SPACES))
        elif child.tag == f"{_TEXT}tab":
            parts.append("\t")
        elif child.tag == f"{_TEXT}line-break":
            parts.append("\n")
        elif child.tag not in _LEFT_OUT:
            parts.append(_text(child))  # spans, links, fields: their text
        parts.append(child.tail or "")
    return "".join(parts)
