"""Search results -> an Answer: the FAQ entry, the best passages with their most relevant sentences first,
or an honest 'nothing found'. Pure: every number it needs is passed in.

Whether to answer at all takes more than the top score (which separates off-topic questions poorly): the
passage must cover most of the question's informative words (idf-weighted; words the documents never use
weigh the most), and a weaker lexical match must be backed by the dense similarity.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from bot.models import Answer, FaqEntry, Hit
from bot.search.engine import SearchResult
from bot.search.query import passage_words

COVERAGE_MIN = 0.5  # below this share of the question's idf mass the passage is not about the question
COVERAGE_SURE = 0.7  # at or above this the lexical evidence alone is enough
DENSE_MIN = 0.35  # between the two, the meaning must agree too
RELATED_SCORE_RATIO = 0.8  # extra passages shown only when nearly as good as the best one
MAX_PASSAGES = 3
SENTENCES_SHOWN = 3

NONE_MESSAGE = (
    "Xin lỗi, tôi chưa tìm thấy nội dung phù hợp trong các tài liệu hiện có. "
    "Bạn có thể diễn đạt lại câu hỏi cụ thể hơn (ví dụ nêu tên văn bản, Điều, khoản) hoặc xem các câu hỏi thường gặp."
)

_SENTENCE = re.compile(r"(?<=[.!?;:])\s+|\n+")


def is_answerable(result: SearchResult) -> bool:
    if not result.hits or not result.query.content_terms:
        return False
    top = result.hits[0]
    if result.query.article is not None and top.passage.article == result.query.article:
        return True
    coverage = result.coverage[0]
    return coverage >= COVERAGE_SURE or (coverage >= COVERAGE_MIN and top.dense >= DENSE_MIN)


def faq_answer(query: str, entry: FaqEntry) -> Answer:
    text = entry.answer if not entry.source else f"{entry.answer}\n(Căn cứ: {entry.source})"
    return Answer(query=query, kind="faq", answer=text, faq_id=entry.id)


def none_answer(query: str) -> Answer:
    return Answer(query=query, kind="none", answer=NONE_MESSAGE)


def passages_answer(result: SearchResult, idf: Callable[[str], float]) -> Answer:
    hits = _chosen(result)
    parts = []
    for number, hit in enumerate(hits):
        sentences = best_sentences(hit.passage.text, result.query.content_terms, idf, skip=hit.passage.citation)
        where = f"{hit.passage.citation} ({hit.passage.title})"
        lead = "Theo" if number == 0 else "Xem thêm"
        parts.append(f"{lead} {where}:\n" + "\n".join(sentences[: SENTENCES_SHOWN if number == 0 else 1]))
    return Answer(query=result.query.text, kind="passages", answer="\n\n".join(parts), sources=tuple(hits))


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
    sentences = [s for s in sentences if len(s) >= 15 and s not in skip]
    if not sentences:
        return [text.strip()]
    wanted = set(question_terms)
    scored = [
        (sum(idf(word) for word in passage_words(sentence) & wanted), -i, sentence)
        for i, sentence in enumerate(sentences)
    ]
    scored.sort(reverse=True)
    return [sentence for _, _, sentence in scored]
