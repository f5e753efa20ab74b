"""One loaded index build: hybrid search (BM25 + FAISS), accent and article-number re-ranking."""

from __future__ import annotations

import os
import re
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from bot.models import Hit, Passage
from bot.search import chapters, citations, fusion, organisations, places, plans
from bot.search.dense import DenseIndex
from bot.search.diacritics import FILENAME as DIACRITICS_FILE
from bot.search.diacritics import DiacriticRestorer
from bot.search.lexical import LexicalIndex, top_positive
from bot.search.query import PassageTerms, Query, whole_words_in
from bot.search.store import PassageStore, read_manifest
from bot.text import NUMBER_WORDS, fold_diacritics, terms, with_bigrams

CANDIDATES = 100  # from each of BM25 and FAISS
RERANKED = 30  # best fused candidates considered for re-ranking; only those that can reach the top k are read
ACCENT_WEIGHT = 0.15
ARTICLE_BONUS = 1.0  # an asked-for 'Điều N' goes above anything that merely mentions it
MENTION_BONUS = 0.3  # a summary that cites the asked-for 'Điều N' comes next
CLAUSE_BONUS = 0.2  # and within the article, the asked-for khoản
# A question naming one organisation ('Người vào Đoàn…') is answered from that organisation's documents only (the
# answer step refuses another's), so they come first: the Youth Union's charter reads much like the party's, and
# 'Người vào Đảng phải…' shares more words with that question than the Youth Union's own article does.
ORGANISATION_BONUS = 0.5
# The document a question names by its code ('Theo 294-QĐ/TW, …'), its title bearing that number, comes first, not
# the charter that shares more of the question's words: answers are allowed only from it or a document citing it
# in force (bot/search/citations.py). One that merely cites it gets no bonus: its passage may be on another matter.
NAMED_DOCUMENT_BONUS = 1.0  # as strong as an asked-for article (ARTICLE_BONUS)
CHAPTER_BONUS = 0.5  # an asked-for 'Chương N' goes above the passages of other chapters
PLAN_BONUS = 0.1  # a report's targets for a question on targets, its results for one on results (plans.py)
# Who was elected is asked in words no other part shares ('là những ai'), while the opening names the same posts
# ('Bí thư Đảng ủy khóa XIII đọc diễn văn khai mạc'): the election part needs more than a target or a result.
ELECTION_BONUS = 0.3
TITLE_PRECISION_WEIGHT = 0.5  # of two titles with all the named words, the one that is little else comes first
# A passage inherits its document's title: the question's words the title has count for every passage of that
# document, not only for those that repeat them. Otherwise the opening of a congress resolution, which restates
# 'Đảng bộ xã …, nhiệm kỳ 2025–2030', outranks the target the question asks for ('kết nạp 60 đảng viên mới').
# Weight: bench R@1 tune 0.765 -> 0.770, holdout 0.714 -> 0.735 (BENCHMARKS.md, "Title inheritance").
TITLE_INHERIT_WEIGHT = 0.6
PAIR_WEIGHT = 0.5  # word pairs count for coverage, but less than the words themselves
# Passages numbered 'Điều N' re-ranked for an article look-up. Only a corpus of ~50+ regulations has more;
# then those of the documents the question names best (and with the best BM25 score) are kept.
ARTICLE_CANDIDATES = 100
# From this size on, the FAISS search runs in a worker thread while BM25 scores (~2 ms less at 200,000 passages);
# below it the hand-over would cost more than it saves.
PARALLEL_MIN_PASSAGES = 20_000
CITING_PASSAGES = 50  # read to find the documents citing a number the question names
_DENSE_SEARCHES = ThreadPoolExecutor(max_workers=os.cpu_count() or 1, thread_name_prefix="dense-search")
_CITED_CLAUSES = re.compile(r"— khoản (\d+)(?:–(\d+))?$")  # chunking cites "khoản 3" or a run "khoản 1–2"


@dataclass(frozen=True, slots=True)
class SearchResult:
    query: Query
    hits: list[Hit]
    coverage: list[float]  # per hit (first few): idf-weighted share of the question's words the passage has
    # Per source among the hits: where its document names the place it is about (bot/search/places.py).
    place_text: dict[str, str] = field(default_factory=dict)
    # Per document number the question names with its code: the documents that bear it or cite it in force.
    about_numbers: dict[int, frozenset[str]] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class _Weights:
    """What re-ranking weighs, the same for every passage of one search."""

    accents: dict[str, float]  # idf of each word typed with diacritics
    accent_total: float
    document_match: np.ndarray  # per document: how well its title matches the document an article look-up names
    # Per document: ORGANISATION_BONUS if it is the organisation the question names, NAMED_DOCUMENT_BONUS if it is
    # the document the question names by its code.
    document_bonus: np.ndarray
    inherited: dict[int, dict[str, float]]  # per document: the question's words its title has, as shares of all


def mentions_article(passage: Passage, article: int) -> bool:
    return re.search(rf"\bđiều\s+{article}\b", passage.text, re.IGNORECASE) is not None


class SearchIndex:
    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.manifest = read_manifest(folder)
        self.lexical = LexicalIndex.load(folder / "lexical")
        self.dense = DenseIndex.load(folder / "dense.faiss")
        self.passages = PassageStore(folder / "passages.sqlite")
        self.restorer = DiacriticRestorer.load(folder / DIACRITICS_FILE)
        self.fuse = fusion.weighted  # replaceable, so benchmarks can compare fusion methods on the same index
        self.size = self.lexical.size
        articles = self.passages.column("article")
        self._articles = np.array([-1 if a is None else a for a in articles], dtype=np.int32)
        sources = self.passages.column("source")
        self._doc_sources = list(dict.fromkeys(sources))
        position = {source: i for i, source in enumerate(self._doc_sources)}
        self._doc_of = np.array([position[s] for s in sources], dtype=np.int32)
        titles = {source: entry["title"] for source, entry in self.manifest["files"].items()}
        self._doc_terms = [set(terms(f"{titles.get(s, '')} {Path(s).stem}")) for s in self._doc_sources]
        docs_with: dict[str, list[int]] = {}
        for doc, doc_terms in enumerate(self._doc_terms):
            for term in doc_terms:
                docs_with.setdefault(term, []).append(doc)
        self._docs_with = {term: np.array(docs, dtype=np.int32) for term, docs in docs_with.items()}
        self._doc_organisation = np.array([organisations.of_document(titles.get(s, "")) for s in self._doc_sources])
        self._doc_term = [plans.term_of(titles.get(s, "")) for s in self._doc_sources]
        self._doc_numbers = [citations.numbers_in_title(titles.get(s, "")) for s in self._doc_sources]
        self._doc_sizes = np.array([max(len(doc_terms), 1) for doc_terms in self._doc_terms], dtype=np.float64)
        first = {}  # each document's opening passage
        for i, source in enumerate(sources):
            first.setdefault(source, i)
        openings = self.passages.get(list(first.values()))
        self._place_text = {
            s: places.own_place_text(titles.get(s, ""), opening.text)
            for s, opening in zip(self._doc_sources, openings, strict=True)
        }
        # A report's place is part of its name even when only its letterhead and opening give it ('Báo cáo … của
        # Ban Chấp hành Đảng bộ xã' of 'ĐẢNG BỘ XÃ KHE VÀNG'): every passage of it inherits the place's words.
        self._title_terms = [
            set(with_bigrams(terms(f"{titles.get(s, '')} {' '.join(places.named_in(self._place_text[s]))}")))
            for s in self._doc_sources
        ]
        self._title_vocabulary = set().union(
            *self._title_terms, *map(organisations.association_initials, titles.values())
        )

    def close(self) -> None:
        self.passages.close()

    def knows(self, term: str) -> bool:
        """A folded word or word pair ('69_qd') occurs in a passage or a document's title: a regulation's number
        often stands only in its title block."""
        return term in self.lexical or term in self._title_vocabulary

    def search(
        self, query: Query, query_vector: np.ndarray | None, k: int = 5, *, lexical: bool = True
    ) -> SearchResult:
        """Hybrid search; without a query vector it is BM25 only, with `lexical=False` dense only."""
        if self.size == 0:
            return SearchResult(query, [], [])
        n = min(CANDIDATES, self.size)
        dense: Future | None = None
        if query_vector is not None and self.size >= PARALLEL_MIN_PASSAGES:
            dense = _DENSE_SEARCHES.submit(self.dense.search, query_vector, n)  # FAISS releases the GIL
        terms_used = query.search_terms if lexical else []
        lexical_scores = self.lexical.scores(terms_used)
        lexical_ids = top_positive(lexical_scores, n)
        if dense is not None:
            dense_ids, dense_scores = dense.result()
        elif query_vector is not None:
            dense_ids, dense_scores = self.dense.search(query_vector, n)
        else:
            dense_ids, dense_scores = np.empty(0, dtype=np.int64), np.empty(0, dtype=np.float32)
        # Article look-ups and the accent bonus are lexical evidence: a dense-only run goes without them.
        article_ids = set(self._article_candidates(query, lexical_ids, lexical_scores).tolist()) if lexical else set()
        known = set(dense_ids.tolist())
        cosines = self._cosines(query_vector, sorted((set(lexical_ids.tolist()) | article_ids) - known))
        fused = self.fuse(lexical_ids, lexical_scores[lexical_ids], dense_ids, dense_scores, dense_cosines=cosines)
        head = fused[:RERANKED]
        head += [item for item in fused[RERANKED:] if item.id in article_ids]
        codes = citations.coded_numbers(query.text)  # documents the question names by number, for both below
        weights = self._weights(query, head, codes)
        head = self._within_reach(query, weights, head, k, lexical)
        passages = dict(zip([item.id for item in head], self.passages.get([item.id for item in head]), strict=True))
        scored = [
            (self._rerank(query, weights, item, passages[item.id]) if lexical else item.score, item) for item in head
        ]
        rescored = sorted(scored, key=lambda pair: (-pair[0], pair[1].id))[:k]
        hits = [Hit(passages[item.id], score, item.lexical, item.dense) for score, item in rescored]
        coverage = [self.coverage(query, hit.passage) for hit in hits[:3]]
        place_text = {h.passage.source: self._place_text[h.passage.source] for h in hits}
        return SearchResult(query, hits, coverage, place_text, self._about_numbers(query.text, codes))

    def _about_numbers(self, question: str, codes: frozenset[int]) -> dict[int, frozenset[str]]:
        about: dict[int, frozenset[str]] = {}
        validity = bool(codes) and citations.asks_validity(question)
        for number in codes:
            sources = {s for s, numbers in zip(self._doc_sources, self._doc_numbers, strict=True) if number in numbers}
            forms = [f"{form}_{code}" for form in citations.number_forms(str(number)) for code in citations.CITED_CODES]
            citing = self.passages.get(top_positive(self.lexical.scores(forms), CITING_PASSAGES).tolist())
            replacing = {p.source for p in citing if citations.replaces(p, number)} - sources
            for passage in citing:
                in_force = citations.cites_in_force(passage, number) and passage.source not in replacing
                if in_force or (validity and citations.cites(passage, number)):
                    sources.add(passage.source)
            about[number] = frozenset(sources)
        return about

    def _cosines(self, query_vector: np.ndarray | None, ids: list[int]) -> dict[int, float]:
        if query_vector is None or not ids:
            return {}
        vectors = self.dense.reconstruct(ids)
        return dict(zip(ids, (vectors @ query_vector.reshape(-1)).tolist(), strict=True))

    def _article_candidates(self, query: Query, lexical_ids: np.ndarray, lexical_scores: np.ndarray) -> np.ndarray:
        if query.article is None:
            return np.empty(0, dtype=np.int64)
        found = np.flatnonzero(self._articles == query.article)
        if len(found) <= ARTICLE_CANDIDATES:
            return found
        # The known parts of what `_rerank` will give them: the document match and, as fusion counts it, BM25.
        named = self._document_match(query.document_hint)[self._doc_of[found]]
        in_fusion = np.zeros(self.size, dtype=bool)
        in_fusion[lexical_ids] = True
        lexical = np.where(in_fusion[found], lexical_scores[found], 0.0) / (float(lexical_scores.max()) or 1.0)
        return found[_best(0.5 * named + fusion.LEXICAL_WEIGHT * lexical, ARTICLE_CANDIDATES)]

    def _within_reach(
        self, query: Query, weights: _Weights, head: list[fusion.Fused], k: int, lexical: bool
    ) -> list[fusion.Fused]:
        """The candidates re-ranking could still lift into the top k; the others' text is never read.

        `_rerank` adds to the fused score a part known before reading (the organisation a question names, the
        asked-for article and how well its document matches) and a bounded rest (accents, a mention, the khoản, the
        title's words the passage lacks, the report's part, the chapter).
        A candidate whose best case stays below the k-th best known total cannot make the top k.
        """
        if not lexical:  # no re-ranking: the fused order is final
            return head[:k]
        if len(head) <= k:
            return head
        ids = np.array([item.id for item in head])
        known = np.array([item.score for item in head]) + weights.document_bonus[self._doc_of[ids]]
        slack = np.full(len(head), ACCENT_WEIGHT if query.accented_words else 0.0)
        slack += _plan_bonus(query.plan or (plans.TARGET if query.term is not None else None))
        slack += CHAPTER_BONUS if query.chapter is not None else 0.0
        slack += [TITLE_INHERIT_WEIGHT * sum(weights.inherited[doc].values()) for doc in self._doc_of[ids].tolist()]
        if query.article is not None:
            asked = self._articles[ids] == query.article
            match = weights.document_match[self._doc_of[ids]]
            known += np.where(asked, ARTICLE_BONUS + 0.5 * match, 0.0)
            slack += np.where(asked, CLAUSE_BONUS if query.clause is not None else 0.0, MENTION_BONUS)
        bar = np.partition(known, len(known) - k)[len(known) - k] - 1e-9  # sums in another order: a margin
        return [item for item, best in zip(head, (known + slack).tolist(), strict=True) if best >= bar]

    def _document_match(self, hint: frozenset[str]) -> np.ndarray:
        """Per document: the share of the hint's words its title and file name have, plus a part of the share of
        its title those words are. 'Điều lệ Đảng' is all of the charter's title and a small part of 'Quy định …
        thi hành Điều lệ Đảng', whose sections are named after the charter's articles ('3. Điều 4: Về …')."""
        matched = np.zeros(len(self._doc_sources), dtype=np.float64)
        if not hint:
            return matched
        for term in hint & self._docs_with.keys():
            matched[self._docs_with[term]] += 1
        return matched / len(hint) + TITLE_PRECISION_WEIGHT * matched / self._doc_sizes

    def _weights(self, query: Query, head: list[fusion.Fused], codes: frozenset[int]) -> _Weights:
        accents = {word: self.lexical.idf(fold_diacritics(word)) for word in query.accented_words}
        words = {term: self.lexical.idf(term) for term in query.content_terms}
        words.update({pair: PAIR_WEIGHT * self.lexical.idf(pair) for pair in query.content_pairs})
        total = sum(words.values()) or 1.0
        # An article look-up weighs the title it names on its own (`_document_match`): not twice.
        inherited = {
            doc: {}
            if query.article is not None
            else {term: weight / total for term, weight in words.items() if term in self._title_terms[doc]}
            for doc in {int(self._doc_of[item.id]) for item in head}
        }
        named = self._document_match(query.document_hint)
        asked = self._doc_organisation == query.organisation if query.organisation else np.zeros(len(named), dtype=bool)
        bonus = np.where(asked, ORGANISATION_BONUS, 0.0)
        if codes:
            bonus += np.array([NAMED_DOCUMENT_BONUS if codes & numbers else 0.0 for numbers in self._doc_numbers])
        return _Weights(accents, sum(accents.values()) or 1.0, named, bonus, inherited)

    def _rerank(self, query: Query, weights: _Weights, item: fusion.Fused, passage: Passage) -> float:
        doc = int(self._doc_of[item.id])
        score = item.score + float(weights.document_bonus[doc])
        text = f"{passage.citation} {passage.text}"
        if weights.accents:
            found = whole_words_in(text, weights.accents)
            score += ACCENT_WEIGHT * sum(weights.accents[word] for word in found) / weights.accent_total
        title_words = weights.inherited[doc]
        if title_words:
            present = PassageTerms(text)
            score += TITLE_INHERIT_WEIGHT * sum(share for term, share in title_words.items() if term not in present)
        plan = plans.for_document(query.plan, query.term, self._doc_term[doc])
        if plan is not None and plans.part_of(passage.citation, self._doc_term[doc]) == plan:
            score += _plan_bonus(plan)
        if query.chapter is not None and chapters.of_citation(passage.citation) == query.chapter:
            score += CHAPTER_BONUS
        if query.article is not None and passage.article is None and mentions_article(passage, query.article):
            score += MENTION_BONUS
        if query.article is not None and passage.article == query.article:
            score += ARTICLE_BONUS + 0.5 * float(weights.document_match[doc])
            if query.clause is not None and _cites_clause(passage.citation, query.clause):
                score += CLAUSE_BONUS
        return score

    def coverage(self, query: Query, passage: Passage) -> float:
        """How much of the question the passage answers: the whole question or, if better, its last sentence."""
        text = f"{passage.citation} {passage.text}"
        present = PassageTerms(text)  # folding the passage costs more than the rest: once for both sentences
        typed = [*query.accents.values(), *(query.last_sentence.accents.values() if query.last_sentence else ())]
        exact = whole_words_in(text, typed)
        whole = self._coverage(query, present, exact)
        if query.last_sentence is None:
            return whole
        return max(whole, self._coverage(query.last_sentence, present, exact))

    def _coverage(self, query: Query, present: PassageTerms, exact: set[str]) -> float:
        """Share of the question's idf mass (words and word pairs) that the passage has.

        Words the documents never use weigh the most, and so does a word typed with diacritics that the documents
        never spell that way: folded, 'đèn đỏ' is 'den do', as common as 'đến', 'độ'. A word typed with diacritics
        must appear with the same diacritics: folding alone would let 'giá vàng' match 'tham gia' and 'vắng mặt'.
        """
        if not query.content_terms:
            return 0.0
        found = total = 0.0
        for term in query.content_terms:
            typed = query.accents.get(term)
            known = typed is None or self.restorer.knows(typed)
            weight = self.lexical.idf(term) if known else self.lexical.max_idf
            total += weight
            spelled = NUMBER_WORDS.get(term)  # '3 tháng' in the question, 'ba tháng' in the text
            if (
                (term in present and (typed is None or typed in exact))
                or (spelled is not None and spelled in present)
                or (term not in present and query.covered(term, present))
            ):
                found += weight
        for pair in query.content_pairs:
            weight = PAIR_WEIGHT * self.lexical.idf(pair)
            total += weight
            found += weight if query.covered(pair, present) else 0.0
        return found / total if total else 0.0


def _plan_bonus(plan: str | None) -> float:
    return 0.0 if plan is None else ELECTION_BONUS if plan == plans.ELECTION else PLAN_BONUS


def _cites_clause(citation: str, clause: int) -> bool:
    match = _CITED_CLAUSES.search(citation)
    return match is not None and int(match.group(1)) <= clause <= int(match.group(2) or match.group(1))


def _best(values: np.ndarray, n: int) -> np.ndarray:
    """Positions of the n largest values, ties going to the earlier position (a stable sort's first n, unsorted)."""
    cut = np.partition(values, len(values) - n)[len(values) - n]
    above = np.flatnonzero(values > cut)
    return np.concatenate([above, np.flatnonzero(values == cut)[: n - len(above)]])
