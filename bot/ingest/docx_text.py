"""The text of a .docx body, as a reader sees it: line breaks and tabs are whitespace, never glued words.

Only the body is read: headers and footers ('Lưu hành nội bộ', page numbers) are page furniture, not content.
A letterhead table (issuing body and số hiệu on the left, party name and date on the right) and a signature table
('Nơi nhận:' on the left, 'T/M BAN THƯỜNG VỤ' on the right) are written out one line per cell line, so the title
finder and the chunker see the same letterhead and signature lines as in a text file.
Paragraphs numbered by Word keep their marks ('1.', 'a)', '-'; bot/ingest/docx_numbering.py).
"""

from __future__ import annotations

import io
import posixpath
import zipfile

from lxml import etree

from bot.ingest.docx_numbering import ListNumbering
from bot.ingest.limits import DocumentLimits, DocumentTooLarge, check_zip_directory, read_zip_member
from bot.ingest.signature import is_signature_line
from bot.ingest.titles import is_letterhead

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_PARAGRAPH, _TABLE, _ROW, _CELL = f"{_W}p", f"{_W}tbl", f"{_W}tr", f"{_W}tc"
_RUN_TEXT = {f"{_W}t": None, f"{_W}tab": "\t", f"{_W}br": "\n", f"{_W}cr": "\n", f"{_W}noBreakHyphen": "-"}
_RUN, _SDT, _SDT_CONTENT = f"{_W}r", f"{_W}sdt", f"{_W}sdtContent"
# Tracked changes read as accepted: deleted runs hold w:delText (never read), but text moved away keeps w:t.
_REMOVED = {f"{_W}del", f"{_W}moveFrom"}
_TEXT_BOX = f"{_W}txbxContent"
_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"
_RELATIONSHIP = "{http://schemas.openxmlformats.org/package/2006/relationships}Relationship"


def read_docx(data: bytes, limits: DocumentLimits) -> str:
    """The text of a .docx, judged first by its zip directory and never inflated past the limits."""
    if not zipfile.is_zipfile(io.BytesIO(data)):
        raise ValueError("not a valid .docx file (not a zip archive)")
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        check_zip_directory(archive, limits)
        main = _main_part(archive, limits)
        return docx_text(read_zip_member(archive, main, limits), _list_numbering(archive, main, limits))


def _main_part(archive: zipfile.ZipFile, limits: DocumentLimits) -> str:
    """The main document part named by the package relationships (almost always word/document.xml)."""
    names = set(archive.namelist())
    if "_rels/.rels" in names:
        for relationship in parse_xml(read_zip_member(archive, "_rels/.rels", limits)).iter(_RELATIONSHIP):
            target = relationship.get("Target", "").lstrip("/")
            if relationship.get("Type", "").endswith("/officeDocument") and target in names:
                return target
    if "word/document.xml" not in names:
        raise ValueError("cannot be parsed (no word/document.xml: not a Word document)")
    return "word/document.xml"


def _list_numbering(archive: zipfile.ZipFile, main: str, limits: DocumentLimits) -> ListNumbering:
    """How the document numbers its lists. The numbering and styles parts only add list marks: missing or broken,
    they cost the marks, never the document."""
    parts = _related_parts(archive, main, limits)
    numbering, styles = (_optional_part(archive, parts.get(kind), limits) for kind in ("numbering", "styles"))
    try:
        return ListNumbering(numbering, styles)
    except Exception:  # a definition this reader did not foresee
        return ListNumbering()


def _related_parts(archive: zipfile.ZipFile, source: str, limits: DocumentLimits) -> dict[str, str]:
    """The parts `source` refers to, by kind of relationship ('numbering', 'styles', …)."""
    folder, name = posixpath.split(source)
    relationships = _optional_part(archive, posixpath.join(folder, "_rels", f"{name}.rels"), limits)
    parts = {}
    for relationship in relationships.iter(_RELATIONSHIP) if relationships is not None else ():
        target = relationship.get("Target", "")
        if relationship.get("TargetMode") != "External":
            kind = relationship.get("Type", "").rpartition("/")[2]
            parts[kind] = (
                target.lstrip("/") if target.startswith("/") else posixpath.normpath(posixpath.join(folder, target))
            )
    return parts


def _optional_part(archive: zipfile.ZipFile, name: str | None, limits: DocumentLimits) -> etree._Element | None:
    """A part the text can do without: None when missing or unreadable. Size limits still reject the file."""
    if name is None or name not in archive.namelist():
        return None
    try:
        return parse_xml(read_zip_member(archive, name, limits))
    except DocumentTooLarge:
        raise
    except Exception:  # a bad zip entry or bad XML: the part is as good as missing
        return None


def parse_xml(xml: bytes) -> etree._Element:
    # No entities, no network, libxml2's default bounds on depth and text node size.
    parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False)
    return etree.parse(io.BytesIO(xml), parser).getroot()


def docx_text(document_xml: bytes, numbering: ListNumbering | None = None) -> str:
    """word/document.xml -> text: one line per paragraph, table rows as 'cell | cell'."""
    numbering = numbering or ListNumbering()
    root = parse_xml(document_xml)
    body = root.find(f"{_W}body")
    if body is None:
        raise ValueError("not a valid .docx file (no document body)")
    _flatten_text_boxes(body)
    blocks: list[str] = []
    # Walk the body in order so tables stay where they are in the document.
    for child in _blocks(body):
        if child.tag == _PARAGRAPH:
            blocks.append(_numbered_text(child, numbering))
        elif child.tag == _TABLE:
            blocks.extend(_table_lines(child, numbering, letterhead_allowed=not any(b.strip() for b in blocks)))
    return "\n".join(blocks)


def _flatten_text_boxes(body: etree._Element) -> None:
    """A text box (often the letterhead) becomes its own lines where it stands, read once.

    Word stores each box twice, as a drawing and as a VML fallback for old readers: the fallback is dropped.
    """
    for fallback in list(body.iter(_FALLBACK)):
        fallback.getparent().remove(fallback)
    for box in list(body.iter(_TEXT_BOX)):
        run = next(box.iterancestors(_RUN), None)
        if run is None or run.getparent() is None:
            continue
        replacement = etree.Element(_RUN)
        lines = [_paragraph_text(paragraph) for paragraph in box.iter(_PARAGRAPH)]
        etree.SubElement(replacement, f"{_W}t").text = "\n" + "\n".join(lines) + "\n"
        run.getparent().replace(run, replacement)


def _blocks(parent: etree._Element) -> list[etree._Element]:
    """Paragraphs and tables in order, including those inside content controls (<w:sdt>, e.g. a cover page)."""
    found = []
    for child in parent:
        if child.tag in (_PARAGRAPH, _TABLE):
            found.append(child)
        elif child.tag == _SDT:
            for content in child.iter(_SDT_CONTENT):
                found.extend(_blocks(content))
                break
    return found


def _paragraph_text(paragraph: etree._Element) -> str:
    parts: list[str] = []
    for node in paragraph.iter(*_RUN_TEXT):
        run = node.getparent()
        if run.tag != _RUN or run.getparent().tag in _REMOVED:  # <w:tab> in <w:tabs> is a tab stop, not a character
            continue
        text = _RUN_TEXT[node.tag]
        parts.append(node.text or "" if text is None else text)
    return "".join(parts)


def _numbered_text(paragraph: etree._Element, numbering: ListNumbering) -> str:
    mark, text = numbering.mark(paragraph), _paragraph_text(paragraph)
    if not text.strip():
        return mark if " " in mark else text  # 'Chương II' numbered by Word, its name in the next paragraph
    return f"{mark} {text.lstrip()}" if mark else text


def _cell_lines(cell: etree._Element, numbering: ListNumbering) -> list[str]:
    lines = [line.strip() for p in cell.iter(_PARAGRAPH) for line in _numbered_text(p, numbering).split("\n")]
    return [line for line in lines if line]


def _table_lines(table: etree._Element, numbering: ListNumbering, *, letterhead_allowed: bool) -> list[str]:
    rows = [[_cell_lines(cell, numbering) for cell in row.findall(_CELL)] for row in table.findall(_ROW)]
    cells = [lines for row in rows for lines in row if lines]
    letterhead = letterhead_allowed and any(is_letterhead(lines[0]) for lines in cells)
    if len(rows) <= 3 and (letterhead or any(is_signature_line(lines[0]) for lines in cells)):
        return [line for lines in cells for line in lines]
    blocks = []
    for row in rows:
        # A merged cell is one <w:tc> (gridSpan) or empty continuations (vMerge): equal texts are real columns.
        texts = [" ".join(lines) for lines in row if lines]
        if texts:
            blocks.append(" | ".join(texts))
    return blocks
