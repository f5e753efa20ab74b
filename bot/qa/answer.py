"""Search results -> an Answer: the FAQ entry, the best passages with their most relevant sentences first,
or an honest 'nothing found'. Pure: every number it needs is passed in.

Whether to answer at all takes more than the top score (which separates off-topic questions poorly): two
independent pieces of evidence are added up, how much of the question's informative words the passage has
(idf-weighted; words the documents never use weigh the most; a word typed with diacritics must match them)
and the dense cosine. A question naming an article is answered only by a passage that is or cites that
article; one naming a document number that the top passage cites is always answered.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable

from bot.models import Answer, FaqEntry, Hit
from bot.search.engine import SearchResult, cites_document, mentions_article
from bot.search.query import passage_words
from bot.text import fold_diacritics

# Answer when coverage (share of the question's idf mass the top passage has) plus the dense cosine reaches
# this. Calibrated on bench/devset.jsonl (bench/quality.py --features): 4.6 % of answerable questions fall
# below it, 4 % of off-topic ones above. Coverage alone or cosine alone separates them much worse.
EVIDENCE_MIN = 0.9
COVERAGE_MIN = 0.5  # extra passages must cover at least this much of the question
RELATED_SCORE_RATIO = 0.8  # extra passages shown only when nearly as good as the best one
MAX_PASSAGES = 3
SENTENCES_SHOWN = 3
LIST_ITEMS_SHOWN = 6  # items following a sentence that ends with ':'

NONE_MESSAGE = (
    "Xin lỗi, tôi chưa tìm thấy nội dung phù hợp trong các tài liệu hiện có. "
    "Bạn có thể diễn đạt lại câu hỏi cụ thể hơn (ví dụ nêu tên văn bản, Điều, khoản) hoặc xem các câu hỏi thường gặp."
)

_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[^\s\d])")
_LIST_ITEM = re.compile(r"^\s*(?:[-+•*–]|[a-zđ]\)|\d{1,2}[.)])\s+")  # '- ', '+ ', 'a) ', 'đ) ', '2. ', '3) '
_BASIS = re.compile(r"^\(?\s*(căn cứ|cơ sở pháp lý)\s*:", re.IGNORECASE)


def is_answerable(result: SearchResult) -> bool:
    if not result.hits or not result.query.content_terms:
        return False
    top = result.hits[0]
    article = result.query.article
    if article is not None:
        # Asked for 'Điều N': a passage that neither is nor cites it answers another question ('Điều 24').
        return top.passage.article == article or mentions_article(top.passage, article)
    if any(cites_document(top.passage, number) for number in result.query.document_numbers):
        return True
    return result.coverage[0] + top.dense >= EVIDENCE_MIN


def faq_answer(query: str, entry: FaqEntry) -> Answer:
    answer = fold_diacritics(entry.answer)
    # An answer that already names its basis ('Căn cứ: ...') is not given a second, shorter one.
    cited = not entry.source or fold_diacritics(entry.source) in answer or "can cu:" in answer
    text = entry.answer if cited else f"{entry.answer}\n(Căn cứ: {entry.source})"
    return Answer(query=query, kind="faq", answer=text, faq_id=entry.id)


def none_answer(query: str) -> Answer:
    return Answer(query=query, kind="none", answer=NONE_MESSAGE)


def passages_answer(question: str, result: SearchResult, idf: Callable[[str], float]) -> Answer:
    hits = _chosen(result)
    parts = []
    for number, hit in enumerate(hits):
        count = SENTENCES_SHOWN if number == 0 else 1
        shown = excerpt(hit.passage.text, result.query.content_terms, idf, count, skip=hit.passage.citation)
        where = f"{hit.passage.citation} ({hit.passage.title})"
        lead = "Theo" if number == 0 else "Xem thêm"
        basis = next((line for line in hit.passage.text.splitlines() if _BASIS.match(line.strip())), None)
        if number == 0 and basis:
            shown.append(basis.strip())  # the governing article, as the document itself names it
        parts.append(f"{lead} {where}:\n" + "\n".join(shown))
    return Answer(query=question, kind="passages", answer="\n\n".join(parts), sources=tuple(hits))


def _chosen(result: SearchResult) -> list[Hit]:
    top = result.hits[0]
    chosen = [top]
    for hit, coverage in zip(result.hits[1:MAX_PASSAGES], result.coverage[1:], strict=False):
        if hit.score >= RELATED_SCORE_RATIO * top.score and coverage >= COVERAGE_MIN:
            chosen.append(hit)
    return chosen


def excerpt(
    text: str, question_terms: tuple[str, ...], idf: Callable[[str], float], count: int, skip: str = ""
) -> list[str]:
    """The `count` sentences of the passage sharing most (idf-weighted) words with the question, in the
    passage's own order; a sentence that introduces a list ('... khi:') brings the list's items with it.

    Headings already shown in the citation (`skip`) and the basis line are left out.
    """
    units = [(s, item) for s, item in _sentences(text) if len(s) >= 15 and s not in skip and not _BASIS.match(s)]
    if not units:
        return [text.strip()]
    wanted = set(question_terms)
    relevance = [sum(idf(word) for word in passage_words(sentence) & wanted) for sentence, _ in units]
    best = sorted(range(len(units)), key=lambda i: (-relevance[i], i))[:count]
    shown: list[int] = []
    for i in sorted(best):
        following = range(i + 1, len(units)) if units[i][0].endswith(":") else range(0)
        items = itertools.islice(itertools.takewhile(lambda j: units[j][1], following), LIST_ITEMS_SHOWN)
        shown.extend(j for j in (i, *items) if j not in shown)
    return [units[i][0] for i in shown]


def _sentences(text: str) -> list[tuple[str, bool]]:
    """(sentence, whether it opens a list item), in order; list markers and heading marks removed."""
    found = []
    for line in text.splitlines():
        marker = _LIST_ITEM.match(line)
        body = line[marker.end() :] if marker else line
        for n, sentence in enumerate(_SENTENCE_END.split(body)):
            found.append((sentence.strip(" -•*#+"), marker is not None and n == 0))
    return found
