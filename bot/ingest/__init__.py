"""Ingestion: files on disk -> Documents (loaders) -> citable Passages (chunking)."""

# Bumped whenever reading or chunking changes the passages a file gives: an index built before re-chunks its
# unchanged files (their vectors are still reused by text) instead of serving the old passages.
INGEST_VERSION = 2  # 2: article text on the 'Điều N.' line; list numbering and table rows of .docx; letterheads
