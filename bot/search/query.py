"""What the search needs to know about one question. Pure."""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Container, Iterable
from dataclasses import dataclass, field

from bot.search import chapters, measures, organisations, places, plans
from bot.search.colloquial import BUILT_IN, Lexicon
from bot.search.courtesy import without_courtesy
from bot.text import (
    ABBREVIATIONS,
    QUESTION_STOPWORDS,
    WORD,
    clean_question,
    drop_question_phrases,
    fold_diacritics,
    has_diacritics,
    sentences,
    spelled_out,
    terms,
    with_bigrams,
)

_ARTICLE = re.compile(r"\bdieu\s+(\d{1,3})\b")
_CLAUSE = re.compile(r"\bkhoan\s+(\d{1,2})\b")
# 'Điều 4 Điều lệ Đảng quy định gì?': 'quy định' asks what the article says, it does not name a 'Quy định'.
_ASKS_WHAT_IT_SAYS = re.compile(
    r"\b(?:quy dinh|noi|de cap)\s+(?:nhung gi|gi|ve|the nao|nhu the nao|ra sao|nhung noi dung|cai gi)\b"
    r"|\bquy dinh\s*$"
)
# 'Điều 46 Điều lệ Đảng quy định tiền đảng phí thế nào?': after a document's name, 'quy định' is the verb; as a
# name it would point the look-up at 'Quy định … thi hành Điều lệ Đảng', whose sections carry the same numbers.
_DOCUMENT_TYPE = re.compile(r"\b(?:dieu le|quy dinh|huong dan|nghi quyet|quyet dinh|chi thi|ket luan|luat)\b")
_QUY_DINH = re.compile(r"\bquy dinh\b")
# "Quy định 213", "QĐ số 24", "213-QĐ/TW" name a document by its number.
_DOCUMENT_NUMBER = re.compile(
    r"\b(?:quy dinh|huong dan|nghi quyet|chi thi|quyet dinh|ket luan|qd|hd|nq|ct|kl)\s+(?:so\s+)?(\d{1,4})\b"
    r"|\b(\d{1,4})\s+(?:qd|hd|nq|ct|kl)\b"
)
# What the model reads of a long question: its opening and its end, where exam stems and pasted scenarios put
# what is asked. Encoding costs grow with length (on 2 cores ~140 ms for 1,500 characters, ~90 ms for 700, ~60 ms
# for 500: bench/latency.py); BM25 still reads every word.
EMBEDDED_HEAD = 200
EMBEDDED_TAIL = 300


@dataclass(frozen=True, slots=True)
class Query:
    text: str
    search_terms: list[str]  # folded unigrams and bigrams, abbreviations expanded: what BM25 sees
    content_terms: tuple[str, ...]  # distinct topical unigrams: what a good passage should cover
    content_pairs: tuple[str, ...]  # adjacent topical unigrams as 'a_b': phrases a good passage should have
    accented_words: frozenset[str]  # words the user typed with diacritics, for the exact-accent bonus
    accents: dict[str, str]  # folded term -> the accented word typed, where the user typed diacritics
    article: int | None  # "Điều 9 ..." asks for that article
    clause: int | None
    document_numbers: frozenset[int]  # documents named by number ('Quy định 213-QĐ/TW')
    document_hint: frozenset[str]  # the other words of an article look-up: which document it names
    organisation: str | None = None  # the one organisation the question names (bot/search/organisations.py)
    places: tuple[str, ...] = ()  # the places it names, folded ('bac giang': bot/search/places.py)
    plan: str | None = None  # a congress's targets or its results (bot/search/plans.py), when it asks for one
    term: int | None = None  # the first year of a congress term it names ('nhiệm kỳ 2025 - 2030')
    chapter: int | None = None  # "Chương II …" asks for that chapter (bot/search/chapters.py)
    measures: tuple[str, ...] = ()  # what it asks to be measured, 'percent', 'person'… (bot/search/measures.py)
    # A long scenario usually asks its actual question last; coverage is also judged on that sentence alone.
    last_sentence: Query | None = None
    official: str = ""  # the documents' wording for the question's everyday phrases ('tiền Đảng' -> 'đảng phí')
    # A word of an everyday phrase also counts as covered where the phrase's official words all are.
    alternatives: dict[str, tuple[str, ...]] = field(default_factory=dict)

    def covered(self, term: str, present: Container[str]) -> bool:
        """The term, or the official wording of the everyday phrase it belongs to ('tien_dang': 'dang phi')."""
        return term in present or (term in self.alternatives and all(t in present for t in self.alternatives[term]))


def analyze(question: str, lexicon: Lexicon = BUILT_IN) -> Query:
    text = clean_question(without_courtesy(question))
    told = sentences(text)
    last = analyze(told[-1], lexicon) if len(told) > 1 else None
    unigrams = terms(text)
    folded = " ".join(unigrams)
    everyday = lexicon.phrases(text)
    wording_terms = {wording: tuple(terms(wording)) for wording in everyday.official}
    official = [list(found) for found in wording_terms.values()]
    alternatives: dict[str, tuple[str, ...]] = {}
    for phrase, wording in everyday.found:
        words = phrase.split()
        for term in (*words, *(f"{a}_{b}" for a, b in itertools.pairwise(words))):
            alternatives.setdefault(term, wording_terms[wording])
    article = _ARTICLE.search(folded)
    clause = _CLAUSE.search(folded)
    # An abbreviation is followed by its expansion in `unigrams`; the expansion is what a passage should have.
    # Lone letters are markup or typing noise ('<b>', 'a'); lone digits stay ('Điều 9', '3 tháng').
    topical = [t for t in drop_question_phrases(unigrams) if len(t) > 1 or t.isdigit()]
    content = tuple(dict.fromkeys(t for t in topical if t not in QUESTION_STOPWORDS and t not in ABBREVIATIONS))
    pairs = tuple(
        dict.fromkeys(
            f"{a}_{b}"
            for a, b in itertools.pairwise(topical)
            if not {a, b} & QUESTION_STOPWORDS and not {a, b} & ABBREVIATIONS.keys()
        )
    )
    typed = [word for word in WORD.findall(text.lower()) if has_diacritics(word)]
    accents = {fold_diacritics(word): word for word in typed}
    hint: frozenset[str] = frozenset()
    if article:
        skip = {"dieu", article.group(1), "khoan", clause.group(1) if clause else ""}
        skip |= {word for verb in _ASKS_WHAT_IT_SAYS.findall(folded) for word in verb.split()}
        if _only_a_verb(folded):
            skip |= {"quy", "dinh"}
        hint = frozenset(t for t in content if t not in skip)
    return Query(
        text=text,
        search_terms=with_bigrams(unigrams) + [t for wording in official for t in with_bigrams(wording)],
        content_terms=content,
        content_pairs=pairs,
        accented_words=frozenset(typed),
        accents=accents,
        article=int(article.group(1)) if article else None,
        clause=int(clause.group(1)) if clause else None,
        document_numbers=frozenset(int(a or b) for a, b in _DOCUMENT_NUMBER.findall(folded)),
        document_hint=hint,
        organisation=organisations.the_one_named(text),
        places=places.named_in(text),
        plan=plans.asked(text),
        term=plans.term_of(text),
        chapter=chapters.asked(text),
        measures=measures.asked(spelled_out(text)),
        last_sentence=last,
        official=everyday.text,
        alternatives=alternatives,
    )


def _only_a_verb(folded: str) -> bool:
    """Every 'quy định' of the question follows another document's name: it says what that document says."""
    found = list(_QUY_DINH.finditer(folded))
    return bool(found) and all(_DOCUMENT_TYPE.search(folded, 0, match.start()) for match in found)


def model_input(query: Query, restore: Callable[[str], str]) -> str:
    """What the embedding model reads of a question: its text with diacritics restored, plus the official
    wording of its everyday phrases (the model does not know 'tiền Đảng' is 'đảng phí')."""
    text = restore(embedding_text(query.text))
    return f"{text} ({query.official})" if query.official else text


def embedding_text(text: str) -> str:
    """The part of a question the embedding model reads: all of it, or the head and the tail of a long one."""
    if len(text) <= EMBEDDED_HEAD + EMBEDDED_TAIL:
        return text
    head = text[:EMBEDDED_HEAD].rsplit(" ", 1)[0]
    tail = text[-EMBEDDED_TAIL:].split(" ", 1)[-1]
    return f"{head} … {tail}"


def passage_words(text: str) -> set[str]:
    """Folded words of a passage (for coverage)."""
    return set(terms(text))


class PassageTerms:
    """Folded words and adjacent word pairs ('a_b') of a passage, as in `with_bigrams(terms(text))`.

    Pairs are looked up in the joined words rather than built: building them all cost more than the rest.
    """

    def __init__(self, text: str) -> None:
        words = terms(text)
        self._words = set(words)
        self._joined = f" {' '.join(words)} "

    def __contains__(self, term: str) -> bool:
        first, pair, second = term.partition("_")
        return f" {first} {second} " in self._joined if pair else term in self._words


def whole_words_in(text: str, wanted: Iterable[str]) -> set[str]:
    """The lower-case words of `wanted` that `text` has as whole words, diacritics and all.

    Same as `wanted & set(WORD.findall(text.lower()))` (a word is a run of `str.isalnum` characters), but
    finding each wanted word spares tokenising the whole text.
    """
    lowered = text.lower()
    return {word for word in wanted if _has_whole_word(lowered, word)}


def _has_whole_word(text: str, word: str) -> bool:
    start = text.find(word)
    while start >= 0:
        end = start + len(word)
        if (start == 0 or not text[start - 1].isalnum()) and (end == len(text) or not text[end].isalnum()):
            return True
        start = text.find(word, start + 1)
    return False
