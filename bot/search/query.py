"""What the search needs to know about one question. Pure."""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.text import QUESTION_STOPWORDS, clean_question, has_diacritics, terms, with_bigrams

_ARTICLE = re.compile(r"\bdieu\s+(\d{1,3})\b")
_CLAUSE = re.compile(r"\bkhoan\s+(\d{1,2})\b")
_WORD = re.compile(r"\w+")


@dataclass(frozen=True, slots=True)
class Query:
    text: str
    search_terms: list[str]  # folded unigrams and bigrams, abbreviations expanded: what BM25 sees
    content_terms: tuple[str, ...]  # distinct topical unigrams: what a good passage should cover
    accented_words: frozenset[str]  # words the user typed with diacritics, for the exact-accent bonus
    article: int | None  # "Điều 9 ..." asks for that article
    clause: int | None
    document_hint: frozenset[str]  # the other words of an article look-up: which document it names


def analyze(question: str) -> Query:
    text = clean_question(question)
    unigrams = terms(text)
    folded = " ".join(unigrams)
    article = _ARTICLE.search(folded)
    clause = _CLAUSE.search(folded)
    content = tuple(dict.fromkeys(t for t in unigrams if t not in QUESTION_STOPWORDS))
    accented = (
        frozenset(w for w in _WORD.findall(text.lower()) if has_diacritics(w)) if has_diacritics(text) else frozenset()
    )
    hint: frozenset[str] = frozenset()
    if article:
        skip = {"dieu", article.group(1), "khoan", clause.group(1) if clause else ""}
        hint = frozenset(t for t in content if t not in skip)
    return Query(
        text=text,
        search_terms=with_bigrams(unigrams),
        content_terms=content,
        accented_words=accented,
        article=int(article.group(1)) if article else None,
        clause=int(clause.group(1)) if clause else None,
        document_hint=hint,
    )


def passage_words(text: str) -> set[str]:
    """Folded words of a passage (for coverage)."""
    return set(terms(text))


def accented_words(text: str) -> set[str]:
    return set(_WORD.findall(text.lower()))
