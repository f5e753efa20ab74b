"""BM25 over folded Vietnamese syllables and syllable pairs (bm25s: sparse scores, memory-mappable)."""

from __future__ import annotations

import logging
import math
from collections.abc import Iterable
from pathlib import Path

import bm25s
import numpy as np

logging.getLogger("bm25s").setLevel(logging.WARNING)

# Questions are full of words most passages have ('dang', 'vien', 'chi', 'bo'). Scattering such a posting
# list costs ~10x more than adding a dense column, so the most common terms (in at least DENSE_TERM_SHARE of
# the passages) are also kept as dense columns, up to DENSE_BUDGET_BYTES. Same additions in the same order:
# the scores are bit-for-bit those of the sparse path.
DENSE_TERM_SHARE = 1 / 8
DENSE_BUDGET_BYTES = 64 * 2**20


class LexicalIndex:
    def __init__(self, retriever: bm25s.BM25) -> None:
        self._bm25 = retriever
        self._vocab: dict[str, int] = retriever.vocab_dict
        self.size = int(retriever.scores["num_docs"])
        self._data = retriever.scores["data"]
        self._indices = retriever.scores["indices"]
        self._indptr = indptr = np.asarray(retriever.scores["indptr"])
        document_frequency = np.diff(indptr)
        self._idf = np.log1p((self.size - document_frequency + 0.5) / (document_frequency + 0.5))
        self.max_idf = float(math.log1p((self.size + 0.5) / 0.5))  # what a term no passage has would get
        self._dense_rows, self._dense = self._dense_columns(document_frequency)

    def _dense_columns(self, document_frequency: np.ndarray) -> tuple[dict[int, int], np.ndarray]:
        most = DENSE_BUDGET_BYTES // (4 * max(self.size, 1))
        common = np.argsort(-document_frequency, kind="stable")[:most]
        common = common[document_frequency[common] >= max(1.0, self.size * DENSE_TERM_SHARE)]
        columns = np.zeros((len(common), self.size), dtype=np.float32)
        for row, term in enumerate(common):
            start, end = self._indptr[term], self._indptr[term + 1]
            columns[row, self._indices[start:end]] = self._data[start:end]
        return {int(term): row for row, term in enumerate(common)}, columns

    @classmethod
    def build(cls, corpus_terms: Iterable[list[str]]) -> LexicalIndex:
        vocab: dict[str, int] = {}
        # Term ids, each one shared int per term, instead of a str per occurrence: at 200,000 passages the
        # strings alone took gigabytes. Every passage has at least its citation; guard against none anyway.
        ids = [[vocab.setdefault(term, len(vocab)) for term in terms or [""]] for terms in corpus_terms]
        retriever = bm25s.BM25(k1=1.2, b=0.75)
        retriever.index((ids, vocab), show_progress=False)
        return cls(retriever)

    def save(self, folder: Path) -> None:
        self._bm25.save(str(folder), show_progress=False)

    @classmethod
    def load(cls, folder: Path, *, mmap: bool = True) -> LexicalIndex:
        return cls(bm25s.BM25.load(str(folder), mmap=mmap, show_progress=False))

    def scores(self, query_terms: list[str]) -> np.ndarray:
        """BM25 score of every passage (zeros when no query term is known)."""
        scores = np.zeros(self.size, dtype=np.float32)
        for term_id in (self._vocab[term] for term in query_terms if term in self._vocab):
            row = self._dense_rows.get(term_id)
            if row is not None:
                scores += self._dense[row]
            else:
                start, end = self._indptr[term_id], self._indptr[term_id + 1]
                np.add.at(scores, self._indices[start:end], self._data[start:end])
        return scores

    def idf(self, term: str) -> float:
        term_id = self._vocab.get(term)
        return self.max_idf if term_id is None else float(self._idf[term_id])
