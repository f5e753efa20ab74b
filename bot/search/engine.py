"""One loaded index build: hybrid search (BM25 + FAISS), accent and article-number re-ranking."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import numpy as np

from bot.models import Hit, Passage
from bot.search import fusion
from bot.search.dense import DenseIndex
from bot.search.lexical import LexicalIndex
from bot.search.query import Query, accented_words, passage_words
from bot.search.store import PassageStore, read_manifest
from bot.text import terms

CANDIDATES = 100  # from each of BM25 and FAISS
RERANKED = 30  # fused candidates whose text is read for the accent bonus
ACCENT_WEIGHT = 0.15
ARTICLE_BONUS = 1.0  # an asked-for 'Điều N' goes above anything that merely mentions it


@dataclass(frozen=True, slots=True)
class SearchResult:
    query: Query
    hits: list[Hit]
    coverage: list[float]  # per hit (first few): idf-weighted share of the question's words the passage has


class SearchIndex:
    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.manifest = read_manifest(folder)
        self.lexical = LexicalIndex.load(folder / "lexical")
        self.dense = DenseIndex.load(folder / "dense.faiss")
        self.passages = PassageStore(folder / "passages.sqlite")
        self.size = self.lexical.size
        articles = self.passages.column("article")
        self._articles = np.array([-1 if a is None else a for a in articles], dtype=np.int32)
        sources = self.passages.column("source")
        self._doc_sources = list(dict.fromkeys(sources))
        position = {source: i for i, source in enumerate(self._doc_sources)}
        self._doc_of = np.array([position[s] for s in sources], dtype=np.int32)
        titles = {source: entry["title"] for source, entry in self.manifest["files"].items()}
        self._doc_terms = [set(terms(f"{titles.get(s, '')} {Path(s).stem}")) for s in self._doc_sources]

    def close(self) -> None:
        self.passages.close()

    def search(self, query: Query, query_vector: np.ndarray | None, k: int = 5) -> SearchResult:
        if self.size == 0:
            return SearchResult(query, [], [])
        lexical_scores = self.lexical.scores(query.search_terms)
        n = min(CANDIDATES, self.size)
        lexical_ids = np.argpartition(-lexical_scores, n - 1)[:n]
        lexical_ids = lexical_ids[lexical_scores[lexical_ids] > 0]
        if query_vector is not None:
            dense_ids, dense_scores = self.dense.search(query_vector, n)
        else:
            dense_ids, dense_scores = np.empty(0, dtype=np.int64), np.empty(0, dtype=np.float32)
        article_ids = self._article_candidates(query)
        missing = [int(i) for i in np.union1d(lexical_ids, article_ids) if i not in set(dense_ids.tolist())]
        cosines = self._cosines(query_vector, missing)
        fused = fusion.weighted(
            lexical_ids, lexical_scores[lexical_ids], dense_ids, dense_scores, dense_cosines=cosines
        )
        head = fused[:RERANKED]
        head_ids = {item.id for item in head}
        head += [item for item in fused[RERANKED:] if item.id in set(article_ids.tolist()) and item.id not in head_ids]
        passages = dict(zip([item.id for item in head], self.passages.get([item.id for item in head]), strict=True))
        rescored = sorted(
            ((self._rerank(query, item, passages[item.id]), item) for item in head),
            key=lambda pair: (-pair[0], pair[1].id),
        )[:k]
        hits = [Hit(passages[item.id], score, item.lexical, item.dense) for score, item in rescored]
        return SearchResult(query, hits, [self.coverage(query, hit.passage) for hit in hits[:3]])

    def _cosines(self, query_vector: np.ndarray | None, ids: list[int]) -> dict[int, float]:
        if query_vector is None or not ids:
            return {}
        vectors = self.dense.reconstruct(ids)
        return dict(zip(ids, (vectors @ query_vector.reshape(-1)).tolist(), strict=True))

    def _article_candidates(self, query: Query) -> np.ndarray:
        if query.article is None:
            return np.empty(0, dtype=np.int64)
        return np.flatnonzero(self._articles == query.article)

    def _rerank(self, query: Query, item: fusion.Fused, passage: Passage) -> float:
        score = item.score
        if query.accented_words:
            words = accented_words(passage.citation + " " + passage.text)
            weights = {w: self.lexical.idf(terms(w)[0]) if terms(w) else 0.0 for w in query.accented_words}
            total = sum(weights.values()) or 1.0
            score += ACCENT_WEIGHT * sum(weight for w, weight in weights.items() if w in words) / total
        if query.article is not None and passage.article == query.article:
            doc_terms = self._doc_terms[self._doc_of[item.id]]
            hint = query.document_hint
            match = len(hint & doc_terms) / len(hint) if hint else 0.0
            score += ARTICLE_BONUS + 0.5 * match
            if query.clause is not None and f"khoản {query.clause}" in passage.citation:
                score += 0.2
        return score

    def coverage(self, query: Query, passage: Passage) -> float:
        """Share of the question's idf mass present in the passage; unknown words weigh the most."""
        if not query.content_terms:
            return 0.0
        words = passage_words(passage.citation + " " + passage.text)
        weights = [(self.lexical.idf(t), t in words) for t in query.content_terms]
        total = sum(weight for weight, _ in weights)
        return sum(weight for weight, present in weights if present) / total if total else 0.0
