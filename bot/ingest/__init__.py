"""Ingestion: files on disk -> Documents (loaders) -> citable Passages (chunking)."""
