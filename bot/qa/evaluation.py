"""Retrieval evaluation: recall@1/5/10 and MRR@10 over a JSONL file of questions with gold passages. Pure logic;
`python -m bot eval` parses the arguments and prints what this module computes.

A retrieved passage is relevant when its source is a gold source and the gold anchor phrase occurs in its text
(a table row's cells read on as one line), so gold labels survive re-chunking. Ranks are the positions in the list
`search` returns: ties in score are not re-ordered and duplicates are not removed, and only the first relevant
position counts, so a passage retrieved twice never scores more than once. Recall is "hit" recall: 1 when at least
one relevant passage is in the top n. Questions without gold passages (off-topic) stay out of recall and MRR; with
answers they measure how often the bot rightly says "none", as answerable questions measure how often it wrongly
does.

Optional fields of a question line: `group` (the knowledge document it is about, "none" or "faq", for per-group
reports and leave-one-group-out tuning), `split` ("tune" or "holdout"; `select` keeps one) and `faq`: an entry id
the answer should be (the FAQ hit rate), or null for a question that must not get any FAQ answer (FAQ near-misses).
With answers, answerable questions that get an answer (passages, or an FAQ entry with the passages its basis
names) also measure the answer's lead: is its first cited source a gold passage, and does it cite one at all.
"""

from __future__ import annotations

import json
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from bot.errors import ConfigError
from bot.ingest.outline import TABLE_CELLS
from bot.models import Answer, AnswerKind, Hit, Passage
from bot.text import normalize

RECALL_AT = (1, 5, 10)
SPLITS = ("tune", "holdout")
NO_GROUP = "-"  # the per-group row of questions without a `group` field
MRR_AT = 10
FAILURE_RANK = 5  # answerable questions whose first relevant passage is below this are listed as failures


@dataclass(frozen=True, slots=True)
class GoldPassage:
    source: str
    anchor: str  # a phrase that occurs in the relevant passage's text


@dataclass(frozen=True, slots=True)
class EvalQuestion:
    question: str
    gold: tuple[GoldPassage, ...]  # empty: the bot should answer "none"
    kind: str
    group: str | None = None
    split: str | None = None
    faq: str | None = None  # the FAQ entry id the answer should be
    avoid_faq: bool = False  # `"faq": null`: any FAQ answer is wrong


@dataclass(frozen=True, slots=True)
class QuestionResult:
    question: str
    kind: str
    answerable: bool
    rank: int | None  # 1-based rank of the first relevant hit within the top k
    answer_kind: AnswerKind | None  # None when evaluate() ran without `ask`
    group: str | None = None
    expected_faq: str | None = None
    avoid_faq: bool = False
    answer_faq: str | None = None  # the FAQ entry the answer gave, if it was a FAQ answer
    related_faq: str | None = None  # the FAQ entry a passage answer offered beside it
    lead_relevant: bool | None = None  # answerable and answered (passages or FAQ): is the first source a gold passage
    cites_relevant: bool | None = None  # ... is any cited source a gold passage

    @property
    def faq_hit(self) -> bool:
        return self.answer_kind == "faq" and self.answer_faq == self.expected_faq


@dataclass(frozen=True, slots=True)
class KindMetrics:
    questions: int  # all questions of the group; recall and MRR average over those with gold passages
    recall: dict[int, float] | None  # n -> recall@n; None when no question of the group has gold passages
    mrr: float | None
    none_rate: float | None  # share answered "none" (right for off-topic, a miss otherwise); None without `ask`
    # The rates below are None when no question of the group qualifies (or without `ask`).
    answered: int = 0  # answerable questions answered (passages or FAQ): the base of the two lead rates
    lead_gold: float | None = None  # share of those whose first cited source is a gold passage
    cites_gold: float | None = None  # share of those citing a gold passage at all
    faq_hit: float | None = None  # questions naming a FAQ entry: share answered with exactly that entry
    faq_false: float | None = None  # FAQ near-misses (`"faq": null`): share wrongly given any FAQ answer

    def retrieval_json(self) -> dict[str, object]:
        """The overall block: every key always present (null without answerable questions)."""
        recall = self.recall or {}
        return {
            "questions": self.questions,
            **{f"recall@{n}": _round(recall.get(n)) for n in RECALL_AT},
            f"mrr@{MRR_AT}": _round(self.mrr),
        }

    def to_json(self) -> dict[str, object]:
        """A kind's block: retrieval metrics only if it has gold passages, none_rate only if answers were asked."""
        data = self.retrieval_json() if self.recall is not None else {"questions": self.questions}
        if self.none_rate is not None:
            data["none_rate"] = _round(self.none_rate)
        if self.lead_gold is not None:
            data["answered"] = self.answered
            data["lead_gold"] = _round(self.lead_gold)
            data["cites_gold"] = _round(self.cites_gold)
        if self.faq_hit is not None:
            data["faq_hit"] = _round(self.faq_hit)
        if self.faq_false is not None:
            data["faq_false"] = _round(self.faq_false)
        return data


@dataclass(slots=True)
class EvalReport:
    results: list[QuestionResult]
    k: int
    bad_lines: list[str] = field(default_factory=list)
    filters: dict[str, str] = field(default_factory=dict)  # e.g. {"split": "holdout"}: what `select` kept

    def overall(self) -> KindMetrics:
        """Answerable questions only: off-topic ones have nothing to retrieve. Its none_rate is a miss rate."""
        answerable = [r for r in self.results if r.answerable]
        return KindMetrics(len(answerable), *_retrieval_metrics(answerable), _none_rate(answerable))

    def per_kind(self) -> dict[str, KindMetrics]:
        kinds = sorted({r.kind for r in self.results})
        return {kind: _kind_metrics([r for r in self.results if r.kind == kind]) for kind in kinds}

    def per_group(self) -> dict[str, KindMetrics]:
        """One block per `group`; empty when no question names one (questions without one go under "-")."""
        if all(r.group is None for r in self.results):
            return {}
        groups = sorted({r.group or NO_GROUP for r in self.results})
        return {group: _kind_metrics([r for r in self.results if (r.group or NO_GROUP) == group]) for group in groups}

    def answers(self) -> dict[str, object]:
        """Answer-lead metrics over answerable questions given an answer (nulls without `ask`)."""
        metrics = _kind_metrics([r for r in self.results if r.answerable])
        return {
            "answered": metrics.answered,
            "lead_gold": _round(metrics.lead_gold),
            "cites_gold": _round(metrics.cites_gold),
        }

    def faq(self) -> dict[str, object]:
        """How questions naming a FAQ entry were answered, and how often FAQ near-misses got a FAQ answer."""
        expected = [r for r in self.results if r.expected_faq is not None and r.answer_kind is not None]
        avoid = [r for r in self.results if r.avoid_faq and r.answer_kind is not None]

        def share(results: list[QuestionResult], test: Callable[[QuestionResult], bool]) -> float | None:
            return _round(sum(map(test, results)) / len(results)) if results else None

        return {
            "expected": len(expected),
            "hit": share(expected, lambda r: r.faq_hit),
            "other_entry": share(expected, lambda r: r.answer_kind == "faq" and not r.faq_hit),
            "passages": share(expected, lambda r: r.answer_kind == "passages"),
            "offered": share(expected, lambda r: r.answer_kind == "passages" and r.related_faq == r.expected_faq),
            "none": share(expected, lambda r: r.answer_kind == "none"),
            "nearmiss": len(avoid),
            "nearmiss_faq": share(avoid, lambda r: r.answer_kind == "faq"),
        }

    @property
    def offtopic_none_rate(self) -> float | None:
        """Share of gold-less questions correctly answered "none"."""
        return _none_rate([r for r in self.results if not r.answerable])

    @property
    def answerable_none_rate(self) -> float | None:
        """Share of answerable questions wrongly answered "none"."""
        return _none_rate([r for r in self.results if r.answerable])

    def failures(self) -> list[QuestionResult]:
        return [r for r in self.results if r.answerable and (r.rank is None or r.rank > FAILURE_RANK)]

    def to_json(self) -> dict[str, object]:
        return {
            "overall": self.overall().retrieval_json(),
            "per_kind": {kind: metrics.to_json() for kind, metrics in self.per_kind().items()},
            "offtopic_none_rate": _round(self.offtopic_none_rate),
            "answerable_none_rate": _round(self.answerable_none_rate),
            "questions": len(self.results),
            "bad_lines": list(self.bad_lines),
            "answers": self.answers(),
            "faq": self.faq(),
            "per_group": {group: metrics.to_json() for group, metrics in self.per_group().items()},
            "filters": dict(self.filters),
        }


def load_questions(path: Path) -> tuple[list[EvalQuestion], list[str]]:
    """Read a JSONL question file; bad lines become "line N: reason" messages instead of stopping the run."""
    try:
        data = path.read_bytes()
    except OSError as err:
        raise ConfigError(f"Cannot read the questions file {path}: {err.strerror}. Check the path.") from err
    data = data.removeprefix(b"\xef\xbb\xbf")
    questions: list[EvalQuestion] = []
    problems: list[str] = []
    # Decoded line by line so one broken line is reported, not the whole file rejected.
    for number, raw in enumerate(data.splitlines(), start=1):
        try:
            line = raw.decode("utf-8")
            if line.strip():
                questions.append(_parse_question(json.loads(line)))
        except UnicodeDecodeError:
            problems.append(f"line {number}: not valid UTF-8")
        except json.JSONDecodeError as err:
            problems.append(f"line {number}: invalid JSON ({err.msg})")
        except ValueError as err:
            problems.append(f"line {number}: {err}")
    return questions, problems


def _parse_question(item: object) -> EvalQuestion:
    if not isinstance(item, dict):
        raise ValueError("expected a JSON object")
    question = item.get("question")
    if not isinstance(question, str) or not question.strip():
        raise ValueError("'question' must be a non-empty string")
    gold_items = item.get("gold")
    if not isinstance(gold_items, list):
        raise ValueError("'gold' must be a list (empty for an off-topic question)")
    gold: list[GoldPassage] = []
    for index, entry in enumerate(gold_items):
        if not isinstance(entry, dict) or not all(
            isinstance(entry.get(key), str) and entry[key].strip() for key in ("source", "anchor")
        ):
            raise ValueError(f"gold[{index}] needs non-empty 'source' and 'anchor' strings")
        gold.append(GoldPassage(entry["source"].strip(), entry["anchor"].strip()))
    kind = item.get("kind", "answerable" if gold else "offtopic")
    if not isinstance(kind, str) or not kind.strip():
        raise ValueError("'kind' must be a non-empty string")
    group = _optional_text(item, "group")
    split = _optional_text(item, "split")
    if split is not None and split not in SPLITS:
        raise ValueError(f"'split' must be one of {', '.join(SPLITS)}")
    faq = _optional_text(item, "faq", "an entry id, or null for a question no FAQ entry should answer")
    avoid_faq = "faq" in item and item["faq"] is None
    return EvalQuestion(question.strip(), tuple(gold), kind.strip(), group, split, faq, avoid_faq)


def _optional_text(item: dict, key: str, what: str = "a non-empty string") -> str | None:
    value = item.get(key)
    if value is None:
        return None
    if not isinstance(value, str) or not value.strip():
        raise ValueError(f"'{key}' must be {what}")
    return value.strip()


def select(
    questions: Sequence[EvalQuestion], *, split: str | None = None, group: str | None = None
) -> list[EvalQuestion]:
    """The questions of one split and/or one group; a question without that field is left out."""
    if split is not None and split not in SPLITS:
        raise ConfigError(f"Unknown split '{split}'. Use one of: {', '.join(SPLITS)}.")
    return [q for q in questions if (split is None or q.split == split) and (group is None or q.group == group)]


def _match_form(text: str) -> str:
    # normalize() also unifies old/new tone placement ('hoà'/'hòa'); NFC again because casefold can decompose.
    return " ".join(unicodedata.normalize("NFC", normalize(text).casefold()).split())


def is_relevant(passage: Passage, gold: Sequence[GoldPassage]) -> bool:
    # Sources compared in NFC: file names written on macOS arrive decomposed.
    source = unicodedata.normalize("NFC", passage.source)
    text: str | None = None
    for item in gold:
        if unicodedata.normalize("NFC", item.source) != source:
            continue
        # A row's cells read on as one line, as the anchor's writer saw the table.
        text = _match_form(passage.text.replace(TABLE_CELLS, " ")) if text is None else text
        if _match_form(item.anchor) in text:
            return True
    return False


def first_relevant_rank(hits: Sequence[Hit], gold: Sequence[GoldPassage]) -> int | None:
    return next((rank for rank, hit in enumerate(hits, start=1) if is_relevant(hit.passage, gold)), None)


def evaluate(
    questions: Sequence[EvalQuestion],
    search: Callable[[str, int], list[Hit]],
    ask: Callable[[str], Answer] | None,
    k: int = 10,
    *,
    bad_lines: Sequence[str] = (),
    filters: dict[str, str] | None = None,
) -> EvalReport:
    """Retrieve the top k for every question (and ask it, when `ask` is given) and keep one record per question."""
    if k < 1:
        raise ConfigError(f"k must be at least 1, got {k}. Pass e.g. --k 10")
    results: list[QuestionResult] = []
    for item in questions:
        rank = first_relevant_rank(search(item.question, k)[:k], item.gold) if item.gold else None
        answer = ask(item.question) if ask is not None else None
        lead = cites = None
        if answer is not None and answer.kind != "none" and item.gold:
            relevant = [is_relevant(hit.passage, item.gold) for hit in answer.sources]
            lead, cites = bool(relevant and relevant[0]), any(relevant)
        results.append(
            QuestionResult(
                item.question,
                item.kind,
                bool(item.gold),
                rank,
                answer.kind if answer is not None else None,
                group=item.group,
                expected_faq=item.faq,
                avoid_faq=item.avoid_faq,
                answer_faq=answer.faq_id if answer is not None and answer.kind == "faq" else None,
                related_faq=answer.related_faq if answer is not None else None,
                lead_relevant=lead,
                cites_relevant=cites,
            )
        )
    return EvalReport(results, k, list(bad_lines), dict(filters or {}))


def _retrieval_metrics(results: Sequence[QuestionResult]) -> tuple[dict[int, float] | None, float | None]:
    if not results:
        return None, None
    ranks = [r.rank for r in results]
    recall = {n: sum(rank is not None and rank <= n for rank in ranks) / len(ranks) for n in RECALL_AT}
    mrr = sum(1 / rank for rank in ranks if rank is not None and rank <= MRR_AT) / len(ranks)
    return recall, mrr


def _kind_metrics(results: Sequence[QuestionResult]) -> KindMetrics:
    recall, mrr = _retrieval_metrics([r for r in results if r.answerable])
    led = [r for r in results if r.lead_relevant is not None]
    expected = [r for r in results if r.expected_faq is not None and r.answer_kind is not None]
    avoid = [r for r in results if r.avoid_faq and r.answer_kind is not None]
    return KindMetrics(
        len(results),
        recall,
        mrr,
        _none_rate(results),
        answered=len(led),
        lead_gold=_share(led, lambda r: bool(r.lead_relevant)),
        cites_gold=_share(led, lambda r: bool(r.cites_relevant)),
        faq_hit=_share(expected, lambda r: r.faq_hit),
        faq_false=_share(avoid, lambda r: r.answer_kind == "faq"),
    )


def _share(results: Sequence[QuestionResult], test: Callable[[QuestionResult], bool]) -> float | None:
    return sum(map(test, results)) / len(results) if results else None


def _none_rate(results: Sequence[QuestionResult]) -> float | None:
    answered = [r for r in results if r.answer_kind is not None]
    if not answered:
        return None
    return sum(r.answer_kind == "none" for r in answered) / len(answered)


def _round(value: float | None) -> float | None:
    return None if value is None else round(value, 4)


def render_table(report: EvalReport, by: str = "kind") -> str:
    """Fixed-width table: one row per kind (or per group), then "overall"; "-" where a metric does not apply."""
    rows = [*_rows_by(report, by), ("overall", report.overall())]
    width = max(len(by), *(len(name) for name, _ in rows))
    columns = ["n", *(f"R@{n}" for n in RECALL_AT), f"MRR@{MRR_AT}", "none%"]
    lines = [f"{by:<{width}}" + "".join(f"{column:>8}" for column in columns)]
    for name, metrics in rows:
        recall = metrics.recall or {}
        values = [*(recall.get(n) for n in RECALL_AT), metrics.mrr]
        cells = [str(metrics.questions), *(_cell(value, "{:.3f}") for value in values)]
        cells.append(_cell(None if metrics.none_rate is None else metrics.none_rate * 100, "{:.1f}"))
        lines.append(f"{name:<{width}}" + "".join(f"{cell:>8}" for cell in cells))
    return "\n".join(lines)


def _rows_by(report: EvalReport, by: str) -> list[tuple[str, KindMetrics]]:
    if by not in ("kind", "group"):
        raise ValueError(f"rows by 'kind' or 'group', not {by!r}")
    return list((report.per_kind() if by == "kind" else report.per_group()).items())


def render_answers(report: EvalReport, by: str = "kind") -> str:
    """Answer quality per kind (or group): `ans` answerable questions answered (passages or FAQ), `lead%` of those
    whose first source is gold, `cite%` citing gold at all; `faq%` right FAQ entry among questions naming one,
    `faqX%` FAQ near-misses wrongly given a FAQ answer. "all" pools every question."""
    rows = [*_rows_by(report, by), ("all", _kind_metrics(report.results))]
    width = max(len(by), *(len(name) for name, _ in rows))
    columns = ["n", "ans", "lead%", "cite%", "faq%", "faqX%"]
    lines = [f"{by:<{width}}" + "".join(f"{column:>8}" for column in columns)]
    for name, m in rows:
        rates = [m.lead_gold, m.cites_gold, m.faq_hit, m.faq_false]
        cells = [str(m.questions), str(m.answered) if m.lead_gold is not None else "-"]
        cells += [_cell(None if rate is None else rate * 100, "{:.1f}") for rate in rates]
        lines.append(f"{name:<{width}}" + "".join(f"{cell:>8}" for cell in cells))
    return "\n".join(lines)


def render_faq(report: EvalReport) -> str:
    """One line on FAQ matching: where questions naming an entry ended up, and near-misses given a FAQ answer."""
    faq = report.faq()

    def pct(value: object) -> str:
        return "-" if value is None else f"{float(value) * 100:.1f}%"

    return (
        f"FAQ: {faq['expected']} questions name an entry: right entry {pct(faq['hit'])}, "
        f"other entry {pct(faq['other_entry'])}, passages {pct(faq['passages'])} (the entry offered beside them "
        f"{pct(faq['offered'])}), none {pct(faq['none'])}; "
        f"{faq['nearmiss']} near-misses given a FAQ answer {pct(faq['nearmiss_faq'])}"
    )


def _cell(value: float | None, template: str) -> str:
    return "-" if value is None else template.format(value)


def plot_recall(report: EvalReport, path: Path) -> None:
    """Grouped bars of recall@1/5/10 per kind with gold passages, and overall, into a PNG."""
    try:
        from matplotlib.backends.backend_agg import FigureCanvasAgg
        from matplotlib.figure import Figure
    except ImportError as err:
        raise ConfigError("Plotting needs matplotlib: pip install 'party-docs-bot[plot]'") from err

    rows = [(name, m.recall) for name, m in [*report.per_kind().items(), ("overall", report.overall())] if m.recall]
    # A bare Figure on the Agg canvas: no pyplot global state, no display needed on a server.
    figure = Figure(figsize=(max(4.0, 1.2 * len(rows) + 2), 3.5), layout="tight")
    FigureCanvasAgg(figure)
    axes = figure.add_subplot()
    width = 0.8 / len(RECALL_AT)
    for offset, n in enumerate(RECALL_AT):
        shift = (offset - (len(RECALL_AT) - 1) / 2) * width
        axes.bar(
            [index + shift for index in range(len(rows))], [recall[n] for _, recall in rows], width, label=f"R@{n}"
        )
    axes.set_xticks(range(len(rows)), [name for name, _ in rows])
    axes.set_ylim(0, 1.15)  # headroom so the legend never hides a bar at 1.0
    axes.set_yticks([0, 0.25, 0.5, 0.75, 1])
    axes.set_ylabel("recall")
    axes.set_title(f"Retrieval recall ({len(report.results)} questions, k={report.k})")
    axes.legend(loc="upper center", ncols=len(RECALL_AT), frameon=False)
    path.parent.mkdir(parents=True, exist_ok=True)
    figure.savefig(path, format="png", dpi=100)
