"""Hostile documents (issue 11.5): each is rejected with a reason that names the limit; the rest still builds."""

import io
import sys
import zipfile
import zlib
from functools import cache

import pytest

from bot.errors import DocumentRejected
from bot.ingest import sandbox
from bot.ingest.limits import DEFAULT_LIMITS, MB, DocumentLimits
from bot.ingest.loaders import read_bytes
from bot.qa.service import QAService
from tests.conftest import FakeEmbedder

GOOD_TEXT = "Chi bộ sinh hoạt thường kỳ mỗi tháng một lần vào ngày mùng năm."


def _docx(paragraph: str = GOOD_TEXT) -> bytes:
    import docx

    document = docx.Document()
    document.add_paragraph(paragraph)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def _replace_parts(data: bytes, parts: dict[str, bytes]) -> bytes:
    """The same .docx with some parts replaced or added, each deflated."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for item in source.infolist():
            if item.filename not in parts:
                target.writestr(item, source.read(item.filename))
        for name, content in parts.items():
            target.writestr(name, content)
    return out.getvalue()


@cache
def _zip_bomb_docx() -> bytes:
    """A valid .docx of a few hundred kB whose document.xml inflates past the default limit."""
    padding = b" " * (DEFAULT_LIMITS.max_unpacked_bytes + 8 * MB)
    xml = (
        b'<?xml version="1.0" encoding="UTF-8"?><w:document '
        b'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>'
        + GOOD_TEXT.encode()
        + padding
        + b"</w:t></w:r></w:p></w:body></w:document>"
    )
    return _replace_parts(_docx(), {"word/document.xml": xml})


def _raw_pdf(objects: list[bytes]) -> bytes:
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


def _crafted_pdf(content: bytes, pages: int = 1) -> bytes:
    """One page object with a deflated content stream, listed `pages` times in the page tree."""
    packed = zlib.compress(content, 9)
    return _raw_pdf(
        [
            b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [%s] /Count %d >>" % (b" ".join([b"3 0 R"] * pages), pages),
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
            b"/Resources << /Font << /F1 5 0 R >> >> >>",
            b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(packed) + packed + b"\nendstream",
            b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        ]
    )


LINE = b"BT /F1 12 Tf 72 700 Td (Chi bo sinh hoat thuong ky moi thang mot lan.) Tj ET"


def _rejected(name: str, data: bytes, limits: DocumentLimits = DEFAULT_LIMITS) -> str:
    with pytest.raises(DocumentRejected) as caught:
        read_bytes(name, data, limits)
    assert caught.value.name == name
    return caught.value.reason


def test_the_crafted_files_are_readable_within_their_limits():
    assert GOOD_TEXT in read_bytes("tot.docx", _docx()).text
    assert "Chi bo sinh hoat" in read_bytes("tot.pdf", _crafted_pdf(LINE, pages=3)).text


def test_docx_zip_bomb_is_rejected_from_its_zip_directory():
    data = _zip_bomb_docx()
    assert len(data) < 1 * MB

    assert "too large when unpacked" in _rejected("bom.docx", data)


def test_docx_with_too_many_parts_is_rejected():
    parts = {f"word/media/image{n}.png": b"x" for n in range(DEFAULT_LIMITS.max_parts)}

    assert "too many parts" in _rejected("nhieu-phan.docx", _replace_parts(_docx(), parts))


def test_pdf_with_many_pages_is_rejected_before_any_page_is_read():
    data = _crafted_pdf(LINE, pages=DEFAULT_LIMITS.max_pdf_pages + 1)
    assert len(data) < 64 * 1024

    assert "too many pages" in _rejected("nhieu-trang.pdf", data)


def test_pdf_whose_content_stream_makes_too_much_text_is_stopped_inside_the_page():
    content = b"BT /F1 12 Tf 72 700 Td " + (b"(" + b"x" * 100 + b") Tj ") * 3000 + b"ET"

    reason = _rejected("chu.pdf", _crafted_pdf(content), DocumentLimits(max_chars=50_000))

    assert reason == "too much text: more than 50,000 characters"


def test_pdf_that_takes_too_long_is_stopped_and_the_next_file_is_read():
    endless = _crafted_pdf(b"0 0 m 1 1 l S\n" * 3_000_000)  # millions of drawing operators, no text

    assert "took too long" in _rejected("cham.pdf", endless, DocumentLimits(seconds=0.5))
    assert "Chi bo sinh hoat" in read_bytes("tot.pdf", _crafted_pdf(LINE)).text


def test_parsing_that_needs_too_much_memory_is_stopped():
    # 70 MB of inflated content stream (under pypdf's own 75 MB cap) cannot fit in a 160 MB address space.
    data = _crafted_pdf(LINE + b" " * (70 * MB))
    assert len(data) < 100 * 1024

    assert "too much memory" in _rejected("phinh.pdf", data, DocumentLimits(memory_bytes=160 * MB))


@pytest.mark.parametrize(
    ("name", "data", "limits", "reason"),
    [
        ("lon.txt", GOOD_TEXT.encode() * 100, DocumentLimits(max_file_bytes=1000), "too large: 0.0 MB"),
        ("dai.txt", GOOD_TEXT.encode() * 100, DocumentLimits(max_chars=1000), "too much text"),
        ("dai.md", GOOD_TEXT.encode() * 100, DocumentLimits(max_chars=1000), "too much text"),
    ],
)
def test_plain_files_over_a_limit_are_rejected(name, data, limits, reason):
    assert reason in _rejected(name, data, limits)


def test_a_hostile_file_in_the_folder_is_skipped_and_the_rest_builds(tmp_path):
    knowledge = tmp_path / "knowledge"
    knowledge.mkdir()
    (knowledge / "sinh-hoat.md").write_text(f"# Sinh hoạt chi bộ\n\n{GOOD_TEXT}\n", encoding="utf-8")
    (knowledge / "bom.docx").write_bytes(_zip_bomb_docx())
    (knowledge / "nhieu-trang.pdf").write_bytes(_crafted_pdf(LINE, pages=DEFAULT_LIMITS.max_pdf_pages + 1))

    report = QAService(knowledge, tmp_path / "index", FakeEmbedder()).rebuild()

    assert report.documents == 1
    assert report.passages >= 1
    reasons = {skipped.source: skipped.reason for skipped in report.skipped}
    assert "too large when unpacked" in reasons["bom.docx"]
    assert "too many pages" in reasons["nhieu-trang.pdf"]


def test_a_hostile_upload_is_rejected_and_nothing_changes(tmp_path):
    knowledge = tmp_path / "knowledge"
    knowledge.mkdir()
    (knowledge / "sinh-hoat.md").write_text(f"# Sinh hoạt chi bộ\n\n{GOOD_TEXT}\n", encoding="utf-8")
    service = QAService(knowledge, tmp_path / "index", FakeEmbedder())
    service.rebuild()

    with pytest.raises(DocumentRejected) as caught:
        service.add_document("bom.docx", _zip_bomb_docx())

    assert "too large when unpacked" in caught.value.reason
    assert not (knowledge / "uploads" / "bom.docx").exists()


def test_without_a_worker_process_files_are_read_in_process_within_the_other_limits(monkeypatch):
    monkeypatch.setattr(sandbox, "_worker", None)
    monkeypatch.setattr(sys, "executable", "/nonexistent/python")

    assert GOOD_TEXT in read_bytes("tot.docx", _docx()).text
    assert "too large when unpacked" in _rejected("bom.docx", _zip_bomb_docx())
