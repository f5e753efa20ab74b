"""How much one document may cost to read. A hostile file is rejected with a reason; the rest of the build goes on.

Seen in the wild (issue 11.5): a 349 kB .docx whose XML inflated to 0.95 GB, a 9 kB PDF that took 8 s of CPU and
produced 4.4 M characters. The cheap checks run first (file size; the zip directory of a .docx before anything is
inflated; the page count of a PDF before any page is read); time and memory are bounded by parsing in a worker
process (bot/ingest/sandbox.py).
"""

from __future__ import annotations

import zipfile
from dataclasses import asdict, dataclass

MB = 1024 * 1024


@dataclass(frozen=True, slots=True)
class DocumentLimits:
    # Uploads stop at MAX_UPLOAD_MB (20 by default); folder files may be larger, within reason.
    max_file_bytes: int = 64 * MB
    # A .docx's XML compresses 10-20x and its images not at all: 64 MB unpacked is a 300-page text with pictures.
    max_unpacked_bytes: int = 64 * MB
    max_parts: int = 1000  # a .docx has 15-30 parts, a few hundred with many images
    max_pdf_pages: int = 2000
    # About 1,500 pages of text; the congress documents of a national congress are under 1 M characters.
    max_chars: int = 3_000_000
    seconds: float = 60.0  # a 500-page text PDF reads in well under this on one core
    memory_bytes: int = 1536 * MB  # address space of the worker process, its own imports included

    def as_dict(self) -> dict[str, float]:
        return asdict(self)


DEFAULT_LIMITS = DocumentLimits()


class DocumentTooLarge(ValueError):
    """A limit was reached; the message is the reason shown to the admin (short English, says which limit)."""


def check_size(data: bytes, limits: DocumentLimits) -> None:
    if len(data) > limits.max_file_bytes:
        raise DocumentTooLarge(f"too large: {_mb(len(data))} (limit {_mb(limits.max_file_bytes)})")


def check_zip_directory(archive: zipfile.ZipFile, limits: DocumentLimits) -> None:
    """Judge a .docx by its zip directory, before inflating anything."""
    entries = archive.infolist()
    if len(entries) > limits.max_parts:
        raise DocumentTooLarge(f"too many parts in the .docx: {len(entries)} (limit {limits.max_parts})")
    unpacked = sum(entry.file_size for entry in entries)
    if unpacked > limits.max_unpacked_bytes:
        raise DocumentTooLarge(
            f"too large when unpacked: the .docx expands to {_mb(unpacked)} (limit {_mb(limits.max_unpacked_bytes)})"
        )


def read_zip_member(archive: zipfile.ZipFile, name: str, limits: DocumentLimits) -> bytes:
    """Inflate one part, never more than the limit even if the directory lied about its size."""
    with archive.open(name) as member:
        data = member.read(limits.max_unpacked_bytes + 1)
    if len(data) > limits.max_unpacked_bytes:
        raise DocumentTooLarge(f"too large when unpacked: {name} exceeds {_mb(limits.max_unpacked_bytes)}")
    return data


def check_pages(pages: int, limits: DocumentLimits) -> None:
    if pages > limits.max_pdf_pages:
        raise DocumentTooLarge(f"too many pages in the PDF: {pages} (limit {limits.max_pdf_pages})")


def too_much_text(limits: DocumentLimits) -> DocumentTooLarge:
    return DocumentTooLarge(f"too much text: more than {limits.max_chars:,} characters")


def _mb(size: int) -> str:
    return f"{size / MB:.1f} MB"
