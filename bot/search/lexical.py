"""BM25 over folded Vietnamese syllables and syllable pairs (bm25s: sparse scores, memory-mappable)."""

from __future__ import annotations

import logging
import math
from collections.abc import Iterable
from pathlib import Path

import bm25s
import numpy as np

logging.getLogger("bm25s").setLevel(logging.WARNING)

# Questions are full of words most passages have ('dang', 'vien', 'chi', 'bo'). Scattering a posting list
# costs ~4 ns a passage, adding a dense column ~0.2 ns a passage of the corpus: from ~1/20 of the passages on,
# the column is faster. So terms in at least DENSE_TERM_SHARE of the passages are also kept as dense columns,
# most common first, up to DENSE_BUDGET_BYTES (320 columns at 200,000 passages: a 77-term scenario question
# scored in 3 ms instead of 10). Same additions in the same order: the scores are bit-for-bit the sparse ones.
DENSE_TERM_SHARE = 1 / 16
DENSE_BUDGET_BYTES = 256 * 2**20
# Length normalisation: the usual b = 0.75 let a short closing paragraph that repeats the question's words outrank
# the list of targets or steps that answers it (lists stay whole with their lead-in, so they are long). b = 0.3,
# swept with k1 over the second corpus and the starter sets (BENCHMARKS.md, fifth round).
BM25_K1 = 1.2
BM25_B = 0.3


class _TermIds(dict[str, int]):
    """term -> id, numbering new terms as they come: looked up through `map` in C (2.5x `setdefault`)."""

    def __missing__(self, term: str) -> int:
        self[term] = number = len(self)
        return number


class LexicalIndex:
    def __init__(self, retriever: bm25s.BM25) -> None:
        self._bm25 = retriever
        self._vocab: dict[str, int] = retriever.vocab_dict
        self.size = int(retriever.scores["num_docs"])
        # Plain views of the memory maps: np.memmap's Python-level slicing costs more than the reads at 200k.
        self._data = np.asarray(retriever.scores["data"])
        self._indices = np.asarray(retriever.scores["indices"])
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
        vocab = _TermIds()
        # Term ids, each one shared int per term, instead of a str per occurrence: at 200,000 passages the
        # strings alone took gigabytes. Every passage has at least its citation; guard against none anyway.
        ids = [list(map(vocab.__getitem__, terms or [""])) for terms in corpus_terms]
        retriever = bm25s.BM25(k1=BM25_K1, b=BM25_B)
        retriever.index((ids, dict(vocab)), show_progress=False)
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

    def __contains__(self, term: str) -> bool:
        """Whether any passage has this folded word or word pair ('luat_dat')."""
        return term in self._vocab

    def idf(self, term: str) -> float:
        term_id = self._vocab.get(term)
        return self.max_idf if term_id is None else float(self._idf[term_id])


def top_positive(scores: np.ndarray, n: int, *, stride: int = 16) -> np.ndarray:
    """Ids of the n best positive scores, in no particular order.

    A full argpartition of 200,000 scores takes ~0.6 ms. The n-th best of every 16th score is a bar at least
    n scores reach, so the n best all lie among the few (~16n) that reach it: exact, and ~3x faster.
    """
    sample = scores[::stride]
    bar = np.partition(sample, len(sample) - n)[len(sample) - n] if len(sample) > n else 0.0
    pool = np.flatnonzero(scores >= bar) if bar > 0 else np.flatnonzero(scores > 0)
    return pool[np.argpartition(-scores[pool], n - 1)[:n]] if len(pool) > n else pool
