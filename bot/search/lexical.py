"""BM25 over folded Vietnamese syllables and syllable pairs (bm25s: sparse scores, memory-mappable)."""

from __future__ import annotations

import logging
import math
from pathlib import Path

import bm25s
import numpy as np

logging.getLogger("bm25s").setLevel(logging.WARNING)


class LexicalIndex:
    def __init__(self, retriever: bm25s.BM25) -> None:
        self._bm25 = retriever
        self._vocab: dict[str, int] = retriever.vocab_dict
        self.size = int(retriever.scores["num_docs"])
        indptr = np.asarray(retriever.scores["indptr"])
        document_frequency = np.diff(indptr)
        self._idf = np.log1p((self.size - document_frequency + 0.5) / (document_frequency + 0.5))
        self.max_idf = float(math.log1p((self.size + 0.5) / 0.5))  # what a term no passage has would get

    @classmethod
    def build(cls, corpus_terms: list[list[str]]) -> LexicalIndex:
        retriever = bm25s.BM25(k1=1.2, b=0.75)
        # Every passage has at least its citation, but guard against an empty token list anyway.
        retriever.index([terms or [""] for terms in corpus_terms], show_progress=False)
        return cls(retriever)

    def save(self, folder: Path) -> None:
        self._bm25.save(str(folder), show_progress=False)

    @classmethod
    def load(cls, folder: Path, *, mmap: bool = True) -> LexicalIndex:
        return cls(bm25s.BM25.load(str(folder), mmap=mmap, show_progress=False))

    def scores(self, query_terms: list[str]) -> np.ndarray:
        """BM25 score of every passage (zeros when no query term is known)."""
        ids = [self._vocab[term] for term in query_terms if term in self._vocab]
        if not ids:
            return np.zeros(self.size, dtype=np.float32)
        return np.asarray(self._bm25.get_scores(ids), dtype=np.float32)

    def idf(self, term: str) -> float:
        term_id = self._vocab.get(term)
        return self.max_idf if term_id is None else float(self._idf[term_id])
