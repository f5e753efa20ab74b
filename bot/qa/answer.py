"""Search results -> an Answer: the FAQ entry, the best passages with their most relevant sentences first,
or an honest 'nothing found'. Pure: every number it needs is passed in.

Whether to answer at all takes more than the top score (which separates off-topic questions poorly): two
independent pieces of evidence are added up, how much of the question's informative words the passage has
(idf-weighted; words the documents never use weigh the most; a word typed with diacritics must match them)
and the dense cosine. A question naming an article or a document number that the top passage is or cites
is always answered.
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

NONE_MESSAGE = (
    "Xin lỗi, tôi chưa tìm thấy nội dung phù hợp trong các tài liệu hiện có. "
    "Bạn có thể diễn đạt lại câu hỏi cụ thể hơn (ví dụ nêu tên văn bản, Điều, khoản) hoặc xem các câu hỏi thường gặp."
)

_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[^\s\d])|\n+")
_BASIS = re.compile(r"^\(?\s*(căn cứ|cơ sở pháp lý)\s*:", re.IGNORECASE)


def is_answerable(result: SearchResult) -> bool:
    if not result.hits or not result.query.content_terms:
        return False
    top = result.hits[0]
    article = result.query.article
    if article is not None and (top.passage.article == article or mentions_article(top.passage, article)):
        return True
    if any(cites_document(top.passage, number) for number in result.query.document_numbers):
        return True
    return result.coverage[0] + top.dense >= EVIDENCE_MIN


def faq_answer(query: str, entry: FaqEntry) -> Answer:
    cited = not entry.source or fold_diacritics(entry.source) in fold_diacritics(entry.answer)
    text = entry.answer if cited else f"{entry.answer}\n(Căn cứ: {entry.source})"
    return Answer(query=query, kind="faq", answer=text, faq_id=entry.id)


def none_answer(query: str) -> Answer:
    return Answer(query=query, kind="none", answer=NONE_MESSAGE)


def passages_answer(question: str, result: SearchResult, idf: Callable[[str], float]) -> Answer:
    hits = _chosen(result)
    parts = []
    for number, hit in enumerate(hits):
        sentences = best_sentences(hit.passage.text, result.query.content_terms, idf, skip=hit.passage.citation)
        where = f"{hit.passage.citation} ({hit.passage.title})"
        lead = "Theo" if number == 0 else "Xem thêm"
        shown = sentences[: SENTENCES_SHOWN if number == 0 else 1]
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


def best_sentences(
    text: str, question_terms: tuple[str, ...], idf: Callable[[str], float], skip: str = ""
) -> list[str]:
    """Sentences of the passage, the ones sharing most (idf-weighted) words with the question first.

    Headings already shown in the citation (`skip`) are left out.
    """
    sentences = [s.strip(" -•*#") for s in _SENTENCE.split(text)]
    sentences = [s for s in sentences if len(s) >= 15 and s not in skip and not _BASIS.match(s)]
    if not sentences:
        return [text.strip()]
    wanted = set(question_terms)
    scored = [
        (sum(idf(word) for word in passage_words(sentence) & wanted), -i, sentence)
        for i, sentence in enumerate(sentences)
    ]
    scored.sort(reverse=True)
    return [sentence for _, _, sentence in scored]
