"""Search results -> an Answer: the FAQ entry, the best passages with their most relevant sentences first,
or an honest 'nothing found'. Pure: every number it needs is passed in.

Whether to answer at all takes more than the top score (which separates off-topic questions poorly): two
independent pieces of evidence are added up, how much of the question's informative words the passage has
(idf-weighted; words the documents never use weigh the most; a word typed with diacritics must match them)
and the dense cosine. A question naming an article is answered only by a passage that is or cites that
article; one naming a document number that the top passage cites is always answered.
"""

from __future__ import annotations

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
_BULLETS = {"-", "+", "•", "*", "–"}
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
        clause = result.query.clause if hit.passage.article == result.query.article else None
        shown = excerpt(hit.passage.text, result.query.content_terms, idf, count, hit.passage.citation, clause)
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
    text: str,
    question_terms: tuple[str, ...],
    idf: Callable[[str], float],
    count: int,
    skip: str = "",
    clause: int | None = None,
) -> list[str]:
    """The `count` sentences of the passage sharing most (idf-weighted) words with the question, in the
    passage's own order; a sentence that introduces a list ('... khi:') brings the list's items with it.
    List items keep their letter or number ('b)', '2.'); plain bullets become '•'.

    Headings already shown in the citation (`skip`) and the basis line are left out. When the question asks
    for a khoản (`clause`) the passage numbers, that khoản's sentences come first.
    """
    units = [
        (sentence, mark, number)
        for sentence, mark, number in _sentences(text)
        if (len(sentence) >= 15 or (mark and sentence)) and sentence not in skip and not _BASIS.match(sentence)
    ]  # short fragments go, short list items ('a) Khiển trách;') stay
    if not units:
        return [text.strip()]
    wanted = set(question_terms)
    relevance = [sum(idf(word) for word in passage_words(sentence) & wanted) for sentence, _, _ in units]
    in_clause = [clause is not None and number == clause for _, _, number in units]
    best = sorted(range(len(units)), key=lambda i: (not in_clause[i], -relevance[i], i))[:count]
    shown: list[int] = []
    for i in sorted(best):
        shown.extend(j for j in (i, *_list_after(units, i)) if j not in shown)
    return [f"{units[i][1]} {units[i][0]}" if units[i][1] else units[i][0] for i in shown]


def _list_after(units: list[tuple[str, str, int | None]], lead: int) -> list[int]:
    """The items of the list a sentence ending with ':' introduces: the following units marked alike."""
    if not units[lead][0].endswith(":") or lead + 1 == len(units) or not units[lead + 1][1]:
        return []
    kind = _mark_kind(units[lead + 1][1])
    items = []
    for j in range(lead + 1, min(len(units), lead + 1 + LIST_ITEMS_SHOWN)):
        if not units[j][1] or _mark_kind(units[j][1]) != kind:
            break
        items.append(j)
    return items


def _mark_kind(mark: str) -> str:
    """'a)' and 'b)' are one list, '3.' after them is the next khoản, '•' another list again."""
    return "letter" if mark[:1].isalpha() else "number" if mark[:1].isdigit() else "bullet"


def _sentences(text: str) -> list[tuple[str, str, int | None]]:
    """(sentence, list mark if it opens a list item else '', the numbered khoản it is in), in order."""
    found = []
    clause = None
    for line in text.splitlines():
        marker = _LIST_ITEM.match(line)
        mark = "" if marker is None else marker.group().strip()
        if mark[:-1].isdigit() and mark.endswith("."):  # '2. ...' opens khoản 2 of an article
            clause = int(mark[:-1])
        body = line[marker.end() :] if marker else line
        for n, sentence in enumerate(_SENTENCE_END.split(body)):
            found.append((sentence.strip(" -•*#+"), ("•" if mark in _BULLETS else mark) if n == 0 else "", clause))
    return found
