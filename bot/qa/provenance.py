"""Where an answer comes from and as of when: each FAQ entry's basis resolved to passages of the index, and the
date a document says its content is valid as of.

A basis ('khoản 2 Điều 24 Điều lệ Đảng; Quy định số 294-QĐ/TW') is split into references; a reference is found as
the article itself when its document is indexed, else as the best passages (for the entry's question) that name
it as their basis. Entries with a reference found nowhere are listed, so `python -m bot index` can report them.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date

from bot.models import FaqEntry, Hit, Passage
from bot.search.engine import SearchIndex
from bot.search.query import analyze
from bot.text import fold_diacritics

NO_SOURCE = "(no source)"
BARE_LISTED = 5  # entries without a 'source:' line named in the build report (an FAQ written without any: all)
CANDIDATES = 5  # passages on the entry's topic (and per article look-up): its basis must be named by one of them
_ARTICLE = re.compile(r"\bdieu\s+(\d{1,3})\b")
_NUMBER = re.compile(r"\b0*(\d{1,4})\s*-\s*(?:qd|hd|nq|ct|kl)\b")  # '294-QĐ/TW', 'số 01-QĐ/TW' (folded)
_CHARTER = "dieu le dang"
_SEGMENTS = re.compile(r"[;\n]")  # a basis line lists its documents separated by ';'
_BASIS_LINE = re.compile(r"\(?\s*(căn cứ|theo)\b", re.IGNORECASE)  # '(Căn cứ: ...)', 'Theo Điều 5 Quy định ...:'
# A document's header line: 'Nội dung cập nhật đến ngày 03/02/2026.'
_VALID_AS_OF = re.compile(r"cập nhật đến ngày (\d{1,2})/(\d{1,2})/(\d{4})", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Reference:
    """One document of a basis and the articles named in it: 'Điều 5, Điều 35 Điều lệ Đảng'."""

    text: str
    articles: tuple[int, ...]
    number: int | None  # the document's number ('294' of '294-QĐ/TW'); None for the Điều lệ Đảng

    def named_in(self, text: str) -> bool:
        """Some part of `text` (a basis line) names this document and, if any are given, one of its articles."""
        for segment in _SEGMENTS.split(fold_diacritics(text)):
            if _names_document(segment, self.number) and (
                not self.articles or any(int(n) in self.articles for n in _ARTICLE.findall(segment))
            ):
                return True
        return False

    def is_document_of(self, passage: Passage) -> bool:
        """The passage belongs to this document (its title names it)."""
        title = fold_diacritics(passage.title)
        numbers = {int(n) for n in _NUMBER.findall(title)}
        return self.number in numbers if self.number is not None else _CHARTER in title and not numbers


def references(basis: str) -> list[Reference]:
    """'Điều 4, Điều 5 Điều lệ Đảng; Quy định số 294-QĐ/TW' -> two references; parts naming no document go."""
    found = []
    for part in basis.split(";"):
        folded = fold_diacritics(part)
        number = _NUMBER.search(folded)
        if number is None and _CHARTER not in folded:
            continue
        articles = tuple(int(n) for n in _ARTICLE.findall(folded))
        found.append(Reference(part.strip(), articles, int(number.group(1)) if number else None))
    return found


def _names_document(folded: str, number: int | None) -> bool:
    if number is None:
        return _CHARTER in folded
    return any(int(n) == number for n in _NUMBER.findall(folded))


@dataclass(frozen=True, slots=True)
class FaqSources:
    """Per FAQ entry id: the passages its basis resolves to, and the references found nowhere."""

    passages: dict[str, tuple[Hit, ...]] = field(default_factory=dict)
    unresolved: dict[str, tuple[str, ...]] = field(default_factory=dict)
    # Per entry without a basis found: the passage its own question and answer read closest to (BM25), which the
    # search must agree with before the entry answers a question in other words. It is not shown as a source.
    nearest: dict[str, Hit] = field(default_factory=dict)

    def of(self, entry_id: str) -> tuple[Hit, ...]:
        return self.passages.get(entry_id, ())

    def anchors(self, entry_id: str) -> tuple[Hit, ...]:
        """Where the entry's content lives in the documents: its basis, or else its nearest passage."""
        found = self.of(entry_id)
        if found or entry_id not in self.nearest:
            return found
        return (self.nearest[entry_id],)

    def report(self) -> list[str]:
        """'id: reference' for every reference not found, in entry order; entries naming no basis in one line."""
        lines = [
            f"{entry_id}: {text}" for entry_id, texts in self.unresolved.items() for text in texts if text != NO_SOURCE
        ]
        bare = [entry_id for entry_id, texts in self.unresolved.items() if NO_SOURCE in texts]
        if bare:
            shown = ", ".join(bare[:BARE_LISTED]) + (", …" if len(bare) > BARE_LISTED else "")
            lines.append(f"{len(bare)} entries name no basis ('source:'): {shown}")
        return lines


def resolve(entries: Sequence[FaqEntry], index: SearchIndex) -> FaqSources:
    """Look every entry's basis up in one index build (BM25 only: no query embedding is needed)."""
    passages: dict[str, tuple[Hit, ...]] = {}
    unresolved: dict[str, tuple[str, ...]] = {}
    nearest: dict[str, Hit] = {}
    for entry in entries:
        # The entry's own words find the passages on its topic; of those, the ones resting on the reference count.
        # (The reference's words would not do: 'Điều 2' lifts every passage citing Điều 2, on any topic.)
        topical = index.search(analyze(f"{entry.question} {entry.answer}"), None, k=CANDIDATES).hits
        found: list[Hit] = []
        named = references(entry.source or "")
        # Nothing naming a document can be found: the basis as written is reported.
        missing: list[str] = [] if named else [entry.source or NO_SOURCE]
        for reference in named:
            if any(reference.named_in(_basis_lines(hit.passage)) for hit in found):
                continue  # a passage already found rests on it too
            hit = _find(reference, topical, index)
            if hit is None:
                missing.append(reference.text)
            elif all(hit.passage != known.passage for known in found):
                found.append(hit)
        passages[entry.id] = tuple(found)
        if missing:
            unresolved[entry.id] = tuple(missing)
        if not found and topical:
            # An FAQ written without 'source:' (or naming a document not indexed) still has a home in the
            # documents: for 46 of the 47 bundled entries the passage closest to question + answer is the basis.
            nearest[entry.id] = topical[0]
    return FaqSources(passages, unresolved, nearest)


def _find(reference: Reference, topical: list[Hit], index: SearchIndex) -> Hit | None:
    """The article itself if its document is indexed, else the best passage on the topic naming it as its basis."""
    if reference.articles:
        for hit in index.search(analyze(reference.text), None, k=CANDIDATES).hits:
            if hit.passage.article in reference.articles and reference.is_document_of(hit.passage):
                return hit
    return next((hit for hit in topical if reference.named_in(_basis_lines(hit.passage))), None)


def _basis_lines(passage: Passage) -> str:
    """The lines of a passage that name what it rests on: '(Căn cứ: ...)' or 'Theo Điều 5 Quy định ...:'."""
    return "\n".join(line for line in passage.text.splitlines() if _BASIS_LINE.match(line.strip()))


def valid_as_of(text: str) -> date | None:
    """The date in a header line 'Nội dung cập nhật đến ngày 03/02/2026.', if the text has one."""
    match = _VALID_AS_OF.search(text)
    if match is None:
        return None
    day, month, year = (int(part) for part in match.groups())
    try:
        return date(year, month, day)
    except ValueError:
        return None


class DocumentDates:
    """Source -> the valid-as-of date in the document's opening passage, looked up once per source."""

    def __init__(self, opening: Callable[[str], str]) -> None:
        self._opening = opening
        self._dates: dict[str, date | None] = {}

    @classmethod
    def of(cls, index: SearchIndex) -> DocumentDates:
        def opening(source: str) -> str:
            passages = index.passages.by_source(source)
            return passages[0][0].text if passages else ""

        return cls(opening)

    def __call__(self, source: str) -> date | None:
        if source not in self._dates:
            self._dates[source] = valid_as_of(self._opening(source))
        return self._dates[source]
