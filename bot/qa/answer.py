"""Search results -> an Answer: the FAQ entry, the best passages with their most relevant sentences first,
or an honest 'nothing found'. Pure: every number it needs is passed in. Whether to answer at all is decided
before (bot/qa/decision.py); a 'Xem thêm' passage must pass the same bar on its own.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date

from bot.ingest.prose import ORDINAL_ITEM
from bot.models import Answer, FaqEntry, Hit, Passage
from bot.qa import decision
from bot.search import measures, organisations, plans
from bot.search.courtesy import SmallTalk
from bot.search.engine import SearchResult, mentions_article
from bot.search.query import Query
from bot.text import fold_diacritics, terms, with_bigrams

COVERAGE_MIN = 0.5  # extra passages must cover at least this much of the question
RELATED_SCORE_RATIO = 0.8  # extra passages shown only when nearly as good as the best one
MAX_PASSAGES = 3
SEE_ALSO_MAX = 2
SENTENCES_SHOWN = 3
LIST_ITEMS_MAX = 12  # a list longer than this is cut (with '…'): a whole chapter is not an answer
# Composition ratios, chosen by hand on the cases of issue 10 (tests/test_answer.py, tests/test_answers_bundled.py):
# a further sentence is shown only when at least this relevant compared with the best one ('sinh viên' must not
# bring the retirees' line), and a 'Xem thêm' passage only when the question's words it shares with the lead's
# sentences weigh at least this share of the lead's (the same topic: sharing only generic words like 'lý do',
# 'xử lý' with the question, as 'Thời hạn xuất trình giấy giới thiệu' does for 'bỏ sinh hoạt 3 tháng', is not).
SENTENCE_RATIO = 0.6
SEE_ALSO_RATIO = 0.5
# Another passage leads instead of the top hit only when its best sentence outweighs the top hit's by this factor.
# Chosen on the thirteen corpora's answers (`python bench/eval_all.py`, pooled lead of the blind ones): 1.25 84.2 %,
# 1.5 84.5 %, 2.0 84.8 %, never 84.7 %: a passage sharing the question's words sentence by sentence took the lead
# from the right top hit more often than it corrected a wrong one. A scope article ('Phạm vi điều chỉnh', 'Đối tượng
# áp dụng') restates the document's subject in the question's words without answering it, and gives way sooner:
# 'chi bộ khu phố 5 sinh hoạt vào ngày nào' is answered by the article on meetings, not by Điều 1.
LEAD_MARGIN = 2.0
SCOPE_LEAD_MARGIN = 1.25
_SCOPE_ARTICLE = re.compile(r"\b(?:phạm vi điều chỉnh|đối tượng áp dụng|phạm vi và đối tượng)\b", re.IGNORECASE)
SHORT_QUESTION = 2  # content words: a question this short names a topic, and the passage headed by it leads
# A curated answer covering several cases ('... lương hưu đóng 0,5%; sinh viên đóng 5.000 đồng') opens with the one
# the asker names: the question's words that the entry's own question lacks must point to that line this much more
# than to any other ('hưởng lương' must not bring the retirees' 'hưởng lương hưu' line to a salaried member).
CASE_MARGIN = 2.0
# Only words that name something count for it ('hưu' 2.1, 'sinh viên' 3.1 in the bundled documents), not those
# that fold like everyday function words ('thì' -> 'thi' 0.6, 'về' 0.4).
CASE_WORD_IDF = 1.5
CASE_LINES_MIN = 3  # an answer of one or two lines is read whole at a glance: repeating one of them is noise
CASE_PREFIX = "Trường hợp bạn hỏi: "

NONE_MESSAGE = (
    "Xin lỗi, tôi chưa tìm thấy nội dung phù hợp trong các tài liệu hiện có. "
    "Bạn có thể diễn đạt lại câu hỏi cụ thể hơn (ví dụ nêu tên văn bản, Điều, khoản) hoặc xem các câu hỏi thường gặp."
)

_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[^\s\d])")
_BULLETS = {"-", "+", "•", "*", "–"}
# '- ', '+ ', 'a) ', 'đ) ', '2. ', '3) ', 'Một là, ', 'Thứ hai, '
_LIST_ITEM = re.compile(rf"^\s*(?:[-+•*–]|[a-zđ]\)|\d{{1,2}}[.)]|{ORDINAL_ITEM})\s+")
_BASIS = re.compile(r"^\(?\s*(căn cứ|cơ sở pháp lý)\s*:", re.IGNORECASE)
_WINDOW = re.compile(r"\s*\(đoạn \d+/\d+\)$")  # chunking labels the windows of a long section '(đoạn 2/3)'
_TABLE_CELL = " | "  # how ingestion writes a table row's cells (bot/ingest/docx_text.py)
_CASE_END = re.compile(r"(?<=[.;])\s+")  # the lines of a curated answer: sentences and ';'-separated cases


def faq_answer(
    question: str,
    entry: FaqEntry,
    sources: Sequence[Hit] = (),
    *,
    query: Query | None = None,
    idf: Callable[[str], float] | None = None,
) -> Answer:
    """The curated answer, then its basis line; `sources` are the passages the basis resolves to. Given the
    analysed question, the line for the asker's own case comes first (`case_line`)."""
    # An answer that already names its basis ('... Căn cứ: ...') is not given a second one; its date still shows.
    cited = "can cu:" in fold_diacritics(entry.answer)
    line = basis_line(None if cited else entry.source, entry.valid_as_of)
    text = f"{entry.answer}\n{line}" if line else entry.answer
    case = case_line(query, entry, idf) if query is not None and idf is not None else ""
    if case:
        text = f"{CASE_PREFIX}{case}\n\n{text}"
    return Answer(query=question, kind="faq", answer=text, sources=tuple(sources), faq_id=entry.id, case=case)


def case_line(query: Query, entry: FaqEntry, idf: Callable[[str], float]) -> str:
    """The later line of a curated answer that the asker's case points to ('Tôi là sinh viên…' -> the students'
    rate), or '' when the question names no case, the opening line is it, or no line stands out."""
    own = set(with_bigrams(terms(entry.question)))  # aliases often name a case: "Sinh viên … bao nhiêu?"
    case = {
        word for word in (*query.content_terms, *query.content_pairs) if word not in own and idf(word) >= CASE_WORD_IDF
    }
    lines = [line.strip() for line in _CASE_END.split(entry.answer) if line.strip()]
    if not case or len(lines) < CASE_LINES_MIN:
        return ""
    weights = [sum(idf(word) for word in case & set(with_bigrams(terms(line)))) for line in lines]
    best = max(range(len(lines)), key=lambda i: (weights[i], -i))
    runner_up = max(weight for i, weight in enumerate(weights) if i != best)
    if best == 0 or weights[best] == 0 or weights[best] < CASE_MARGIN * runner_up:
        return ""
    return lines[best].rstrip(" ;,.") + "."


def basis_line(basis: str | None, valid_as_of: date | None) -> str:
    """'(Căn cứ: Điều 5 Điều lệ Đảng; nội dung cập nhật đến ngày 03/02/2026.)', or '' with neither."""
    parts = [f"Căn cứ: {basis.strip().rstrip('.')}"] if basis else []
    if valid_as_of is not None:
        parts.append(f"nội dung cập nhật đến ngày {valid_as_of:%d/%m/%Y}")
    text = "; ".join(parts)
    return f"({text})" if text.endswith(("?", "!")) else f"({text}.)" if text else ""


def none_answer(query: str) -> Answer:
    return Answer(query=query, kind="none", answer=NONE_MESSAGE)


SMALL_TALK_REPLIES = {
    SmallTalk.GREETING: (
        "Xin chào! Tôi trả lời câu hỏi về Điều lệ, quy định, hướng dẫn và văn kiện của Đảng từ kho tài liệu, "
        "kèm nguồn trích dẫn. Bạn hãy gõ câu hỏi, ví dụ: «Đảng viên dự bị bao lâu thì được xét chuyển chính thức?»"
    ),
    SmallTalk.THANKS: "Rất vui được giúp bạn! Khi cần tra cứu thêm, bạn cứ gõ câu hỏi nhé.",
    SmallTalk.GOODBYE: "Chào bạn, hẹn gặp lại! Khi cần tra cứu, bạn cứ gõ câu hỏi nhé.",
}


def small_talk_answer(message: str, talk: SmallTalk) -> Answer:
    return Answer(query=message, kind="none", answer=SMALL_TALK_REPLIES[talk], small_talk=True)


def passages_answer(
    question: str,
    result: SearchResult,
    idf: Callable[[str], float],
    valid_as_of: Callable[[str], date | None] | None = None,
) -> Answer:
    """The passage that answers, its answering sentences and basis line, then at most two 'Xem thêm'."""
    query = result.query
    wanted = (*query.content_terms, *query.content_pairs)
    candidates = _candidates(result)
    best = [_excerpt(hit, query, wanted, idf, 1) for hit in candidates]  # each one's best sentence (and its list)
    hit = candidates[_lead(query, candidates, best)]
    chosen = _excerpt(hit, query, wanted, idf, SENTENCES_SHOWN)
    dated = valid_as_of(hit.passage.source) if valid_as_of else None
    parts = ["\n".join([*chosen.lines, basis_line(_basis(hit.passage), dated)])]
    shown = [hit]
    for other, found in zip(candidates, best, strict=True):
        if len(shown) > SEE_ALSO_MAX or not _adds_to(other, found, hit, chosen, idf, query.article):
            continue
        parts.append(f"Xem thêm {other.passage.citation} ({other.passage.title}):\n" + "\n".join(found.lines))
        shown.append(other)
    return Answer(query=question, kind="passages", answer="\n\n".join(parts), sources=tuple(shown))


def _candidates(result: SearchResult) -> list[Hit]:
    """The top hit (the decision already took it) and those that pass the same bar on their own."""
    top = result.hits[0]
    chosen = [top]
    for hit, coverage in zip(result.hits[1:MAX_PASSAGES], result.coverage[1:], strict=False):
        if (
            hit.score >= RELATED_SCORE_RATIO * top.score
            and coverage >= COVERAGE_MIN
            and decision.Evidence(coverage, hit.dense).score() >= decision.EVIDENCE_MIN
        ):
            chosen.append(hit)
    return chosen


def _lead(query: Query, candidates: list[Hit], excerpts: list[_Excerpt]) -> int:
    """Which candidate answers: the asked-for article; for a one- or two-word question the passage headed by
    those words (the topic's overview, not a sub-case); otherwise the one whose sentences answer best."""
    if query.article is not None:
        return 0
    if len(query.content_terms) <= SHORT_QUESTION:
        asked = set(query.content_terms)
        headed = [i for i, hit in enumerate(candidates) if asked <= set(terms(_section(hit.passage.citation)))]
        return headed[0] if headed else 0
    # The search put the part of a report the question asks for first (its targets, not the past term's results,
    # which read alike sentence by sentence: bot/search/plans.py); the lead stays in that part.
    in_part = [i for i, hit in enumerate(candidates) if _in_asked_part(query, hit)]
    choices = in_part if in_part and in_part[0] == 0 else list(range(len(candidates)))
    # Asked 'bao nhiêu', 'mấy năm': the decision took a first passage that states it; the lead states it too.
    asked = measures.for_rules(query.measures)
    if asked and _states(candidates[0], asked):
        choices = [i for i in choices if _states(candidates[i], asked)]
    best = max(choices, key=lambda i: (excerpts[i].relevance, -i))
    margin = SCOPE_LEAD_MARGIN if _SCOPE_ARTICLE.search(candidates[0].passage.citation) else LEAD_MARGIN
    return best if excerpts[best].relevance >= margin * excerpts[0].relevance else 0


def _states(hit: Hit, asked: tuple[str, ...]) -> bool:
    return measures.stated(asked, hit.passage.text, hit.passage.title)


def _part(hit: Hit) -> str | None:
    return plans.part_of(hit.passage.citation, plans.term_of(hit.passage.title))


def _in_asked_part(query: Query, hit: Hit) -> bool:
    asked = plans.for_document(query.plan, query.term, plans.term_of(hit.passage.title))
    return asked is not None and _part(hit) == asked


def _adds_to(
    hit: Hit,
    found: _Excerpt,
    lead: Hit,
    lead_found: _Excerpt,
    idf: Callable[[str], float],
    asked_article: int | None = None,
) -> bool:
    """A 'Xem thêm' is another article or document of the same organisation (the Youth Union's charter reads like
    the party's, it does not add to it), on the lead's topic, adding words of the question. For an article
    look-up it is or cites that article: 'Điều 24 Điều lệ Đảng quy định gì?' is not answered by a passage that
    names only the Điều lệ."""
    if hit is lead or (hit.passage.source == lead.passage.source and _article(hit) == _article(lead)):
        return False
    if asked_article is not None and not _is_or_cites(hit.passage, asked_article):
        return False
    if organisations.of_document(hit.passage.title) != organisations.of_document(lead.passage.title):
        return False
    shared = sum(idf(word) for word in found.words & lead_found.words)
    return shared >= SEE_ALSO_RATIO * lead_found.relevance and bool(found.words - lead_found.words)


def _is_or_cites(passage: Passage, article: int) -> bool:
    return passage.article == article or mentions_article(passage, article)


def _article(hit: Hit) -> str:
    """The article or section a passage belongs to: its Điều number, or its heading without the window label."""
    return str(hit.passage.article) if hit.passage.article is not None else _section(hit.passage.citation)


def _section(citation: str) -> str:
    return _WINDOW.sub("", citation)


def _basis(passage: Passage) -> str:
    """What the passage says it rests on ('Căn cứ: ...' line), else the passage itself: document — citation."""
    for line in passage.text.splitlines():
        if _BASIS.match(line.strip()):
            return line.strip().strip("()").split(":", 1)[1]
    return f"{passage.title} — {passage.citation}"


@dataclass(frozen=True, slots=True)
class _Unit:
    text: str
    mark: str  # the list mark if the unit opens a list item ('a)', '2.', '•'), else ''
    clause: int | None  # the numbered khoản it is in
    line: int  # units of one line belong together (a list item of several sentences)
    kind: str  # 'letter' / 'number' / 'bullet' for the units of a list item's line, else ''


@dataclass(frozen=True, slots=True)
class _Excerpt:
    lines: list[str]
    relevance: float  # weight of the question's words in the best sentence
    words: frozenset[str]  # the question's words the shown sentences have


def _excerpt(hit: Hit, query: Query, wanted: tuple[str, ...], idf: Callable[[str], float], count: int) -> _Excerpt:
    clause = query.clause if hit.passage.article == query.article else None
    return _choose(
        hit.passage.text, wanted, idf, count, hit.passage.citation, clause, measures.for_rules(query.measures)
    )


def excerpt(
    text: str,
    question_terms: tuple[str, ...],
    idf: Callable[[str], float],
    count: int,
    skip: str = "",
    clause: int | None = None,
    asked: tuple[str, ...] = (),
) -> list[str]:
    """The sentences of the passage that answer the question, in the passage's own order (see `_choose`)."""
    return _choose(text, question_terms, idf, count, skip, clause, asked).lines


def _choose(
    text: str,
    question_terms: tuple[str, ...],
    idf: Callable[[str], float],
    count: int,
    skip: str = "",
    clause: int | None = None,
    asked: tuple[str, ...] = (),
) -> _Excerpt:
    """The best sentence (idf-weighted words, and word pairs, shared with the question) and up to `count - 1`
    more that are nearly as relevant, in the passage's order. A question asking for a measure ('bao nhiêu tiền',
    `asked`: bot/search/measures.py) is answered by sentences that state one when some do: 'Hội viên đóng hội phí
    24.000 đồng một năm', not '… trợ giúp pháp lý ít nhất 02 vụ việc mỗi năm', which shares more words. A list
    comes whole when its lead-in ('... khi:') or one of its numbered or lettered items is chosen (steps,
    conditions, papers); a plain bullet comes with its lead-in only, as bullets are often separate cases. Items keep
    their letter or number; bullets become '•'.

    Headings already shown in the citation (`skip`) and the basis line are left out. When the question asks
    for a khoản (`clause`) the passage numbers, that khoản's sentences come first.
    """
    units = [
        unit
        for unit in _units(text)
        if (len(unit.text) >= 15 or (unit.mark and unit.text)) and unit.text not in skip and not _BASIS.match(unit.text)
    ]  # short fragments go, short list items ('a) Khiển trách;') stay
    if not units:
        return _Excerpt([text.strip()], 0.0, frozenset())
    wanted = set(question_terms)
    found = [wanted & set(with_bigrams(terms(unit.text))) for unit in units]
    relevance = [sum(idf(word) for word in words) for words in found]
    in_clause = [clause is not None and unit.clause == clause for unit in units]
    # A lead-in states what its list does ('2. Số lượng ủy viên:' over '- Đảng ủy cơ sở: từ 3 đến 5 ủy viên').
    states = [
        bool(asked) and relevance[i] > 0 and measures.stated(asked, " ".join(units[j].text for j in _block(units, i)))
        for i in range(len(units))
    ]
    order = sorted(range(len(units)), key=lambda i: (not in_clause[i], not states[i], -relevance[i], i))
    # How well the passage answers, for choosing among passages: its most relevant unit's, measure or not.
    score = relevance[min(range(len(units)), key=lambda i: (not in_clause[i], -relevance[i], i))]
    best = order[0]
    picked = [best]
    for i in order[1:]:
        if len(picked) >= count:
            break
        if states[best] and not states[i] and not in_clause[i]:
            continue  # the figure asked for, not a wordier sentence around it
        if in_clause[i] or (relevance[i] > 0 and relevance[i] >= SENTENCE_RATIO * relevance[best]):
            picked.append(i)
    if relevance[best] == 0 and not in_clause[best]:
        picked = order[:count]  # nothing shares a word with the question: the passage's opening sentences
    shown = sorted({j for i in picked for j in _block(units, i)})
    lines = [f"{units[i].mark} {units[i].text}" if units[i].mark else units[i].text for i in shown]
    if any(_list_cut(units, i) for i in picked):
        lines.append("…")
    return _Excerpt(lines, score, frozenset(w for i in shown for w in found[i]))


def _block(units: list[_Unit], i: int) -> list[int]:
    """The units shown when unit i is chosen: a whole list for its lead-in or a numbered/lettered item, a
    bullet with its lead-in, else the unit (with the rest of its list item's line)."""
    lead = _lead_in(units, i)
    if lead is None and _TABLE_CELL in units[i].text:
        return sorted({_table_start(units, i), i})  # '98%' means nothing without 'Đến năm 2030' above it
    if lead is None and not units[i].kind:
        # A paragraph ending in a lead-in: '… xác định 5 nhiệm vụ. Trong đó tập trung 3 nhóm nhiệm vụ sau:' then
        # the items. The sentence chosen introduces what the list holds.
        end = max(j for j in range(i, len(units)) if units[j].line == units[i].line)
        if end > i and units[end].text.endswith(":") and (items := _items(units, end)):
            return [*range(i, end + 1), *items]
    if lead is None and units[i].kind == "ordinal" and _opens_passage(units, i):
        return _items(units, -1)  # 'Đột phá thứ nhất: … thứ hai: …' under a heading the citation shows: all of it
    if lead is None:
        return [j for j in range(len(units)) if units[j].line == units[i].line] if units[i].kind else [i]
    items = _items(units, lead)
    if i == lead or units[i].kind != "bullet":
        return [lead, *items]
    return [lead, *(j for j in items if units[j].line == units[i].line)]


def _opens_passage(units: list[_Unit], i: int) -> bool:
    """Unit i is in a list that starts the passage's shown text (its heading is the citation, left out)."""
    return all(units[j].kind == units[i].kind for j in range(i))


def _table_start(units: list[_Unit], i: int) -> int:
    """The first row (the header, as tables are written) of the run of table rows unit i is in."""
    j = i
    while j > 0 and _TABLE_CELL in units[j - 1].text and units[j - 1].line == units[j].line - 1:
        j -= 1
    return j


def _lead_in(units: list[_Unit], i: int) -> int | None:
    """The sentence ending with ':' that introduces the list unit i is in (or that unit i is)."""
    if units[i].text.endswith(":") and _items(units, i):
        return i
    if not units[i].kind:
        return None
    j = i
    while j > 0 and units[j - 1].kind == units[i].kind:
        j -= 1
    # The lead-in may itself be an item of another list: '4. Kết nạp lại người đã ra khỏi Đảng:' then 'a)', 'b)'.
    return j - 1 if j > 0 and units[j - 1].text.endswith(":") else None


def _items(units: list[_Unit], lead: int, budget: int = LIST_ITEMS_MAX) -> list[int]:
    """The units of the list items following a lead-in: the next lines marked alike ('a)' and 'b)' are one
    list, '3.' after them is the next khoản), each item with its own list if it ends with ':', at most
    `budget` lines in all."""
    if lead + 1 == len(units) or not units[lead + 1].mark:
        return []
    kind = units[lead + 1].kind
    items: list[int] = []
    lines: set[int] = set()
    j = lead + 1
    while j < len(units) and units[j].kind == kind and not (units[j].mark and len(lines) >= budget):
        lines.add(units[j].line)
        items.append(j)
        if units[j].text.endswith(":") and j + 1 < len(units) and units[j + 1].kind != kind:
            nested = _items(units, j, budget - len(lines))  # an item that is a lead-in: its list is its body
            lines.update(units[k].line for k in nested)
            items.extend(nested)
        j = items[-1] + 1
    return items


def _list_cut(units: list[_Unit], i: int) -> bool:
    lead = _lead_in(units, i)
    if lead is None:
        return False
    items = _items(units, lead)
    after = items[-1] + 1 if items else lead + 1
    if after == len(units) or not units[after].kind:
        return False
    last = units[after - 1]
    # Cut in the list itself, in the list of its last item, or right after an item that leads in to a list.
    return units[after].kind in (units[lead + 1].kind, last.kind) or last.text.endswith(":")


def _mark_kind(mark: str) -> str:
    """'a)' and 'b)' are one list, '3.' after them is the next khoản, '•' another list again, 'Một là,' too."""
    if mark.endswith((",", ":")):
        return "ordinal"
    return "letter" if mark[:1].isalpha() else "number" if mark[:1].isdigit() else "bullet"


def _units(text: str) -> list[_Unit]:
    """The passage's sentences in order, each with its list mark, khoản and line."""
    found = []
    clause = None
    for number, line in enumerate(text.splitlines()):
        marker = _LIST_ITEM.match(line)
        mark = "" if marker is None else marker.group().strip()
        if mark[:-1].isdigit() and mark.endswith("."):  # '2. ...' opens khoản 2 of an article
            clause = int(mark[:-1])
        body = line[marker.end() :] if marker else line
        kind = _mark_kind(mark) if mark else ""
        for n, sentence in enumerate(_SENTENCE_END.split(body)):
            shown_mark = ("•" if mark in _BULLETS else mark) if n == 0 else ""
            found.append(_Unit(sentence.strip(" -•*#+"), shown_mark, clause, number, kind))
    return found
