"""The text of an OpenDocument text file (.odt, LibreOffice Writer), as the .docx reader gives it: one line per
paragraph or heading, line breaks and tabs kept as whitespace, table rows as 'cell | cell', in document order.

Footnotes and comments stay out (a passage is the body's text), and so does the tracked-changes log, which holds
deleted text: the body already reads as if the changes were accepted.
"""

from __future__ import annotations

import io
import zipfile

from lxml import etree

from bot.ingest.docx_text import parse_xml
from bot.ingest.limits import DocumentLimits, check_zip_directory, read_zip_member

_TEXT = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"
_TABLE = "{urn:oasis:names:tc:opendocument:xmlns:table:1.0}"
_OFFICE = "{urn:oasis:names:tc:opendocument:xmlns:office:1.0}"
_PARAGRAPHS = {f"{_TEXT}p", f"{_TEXT}h"}
_CONTAINERS = {
    *(f"{_TEXT}{tag}" for tag in ("list", "list-item", "list-header", "section")),
    *(f"{_TABLE}{tag}" for tag in ("table-header-rows", "table-rows")),
}
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
    except zipfile.BadZipFile as err:
        raise ValueError(f"not a valid .odt file ({err})") from err
    body = root.find(f"{_OFFICE}body/{_OFFICE}text")
    if body is None:
        raise ValueError("not a valid .odt file (no text body)")
    return "\n".join(_blocks(body))


def _blocks(parent: etree._Element) -> list[str]:
    lines: list[str] = []
    for child in parent:
        if child.tag in _PARAGRAPHS:
            lines.append(_text(child))
        elif child.tag == f"{_TABLE}table":
            lines.extend(_rows(child))
        elif child.tag in _CONTAINERS:
            lines.extend(_blocks(child))
    return lines


def _rows(table: etree._Element) -> list[str]:
    rows = []
    for row in table.iter(f"{_TABLE}table-row"):
        cells = [" ".join(line for line in _blocks(cell) if line.strip()) for cell in row.iter(f"{_TABLE}table-cell")]
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
