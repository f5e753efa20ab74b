"""Evaluation metrics on hand-made rankings: a fake `search` returns fixed lists of real Hit objects."""

from __future__ import annotations

import dataclasses
import json
import sys
import unicodedata
from pathlib import Path

import pytest

from bot.errors import ConfigError
from bot.models import Answer, AnswerKind, Hit, Passage
from bot.qa.evaluation import (
    EvalQuestion,
    EvalReport,
    GoldPassage,
    evaluate,
    is_relevant,
    load_questions,
    plot_recall,
    render_answers,
    render_faq,
    render_table,
    select,
)

SOURCE = "dieu-le-dang.docx"
RELEVANT = Passage(SOURCE, "Điều lệ Đảng", "Điều 5", "Thời gian dự bị là mười hai tháng, tính từ ngày kết nạp.", 5)
GOLD = (GoldPassage(SOURCE, "dự bị là mười hai tháng"),)
NOISE = [Passage(SOURCE, "Điều lệ Đảng", f"Điều {n}", f"Nội dung khác số {n}.", n) for n in range(20, 40)]


def ranking(rank: int | None, length: int = 10) -> list[Hit]:
    """`length` noise hits with the relevant passage at 1-based `rank` (or absent); scores fall with the rank."""
    passages = NOISE[:length]
    if rank is not None:
        passages = [*passages[: rank - 1], RELEVANT, *passages[rank - 1 : length - 1]]
    return [Hit(passage, 1.0 - index / 100) for index, passage in enumerate(passages)]


def fake_search(rankings: dict[str, list[Hit]]):
    return lambda question, k: rankings[question]


def fake_ask(kinds: dict[str, AnswerKind]):
    return lambda question: Answer(question, kinds[question], "…")


def answerable(question: str, kind: str = "answerable") -> EvalQuestion:
    return EvalQuestion(question, GOLD, kind)


def offtopic(question: str) -> EvalQuestion:
    return EvalQuestion(question, (), "offtopic")


@pytest.mark.parametrize(
    ("rank", "recall", "mrr"),
    [
        (1, {1: 1.0, 5: 1.0, 10: 1.0}, 1.0),
        (3, {1: 0.0, 5: 1.0, 10: 1.0}, 1 / 3),
        (7, {1: 0.0, 5: 0.0, 10: 1.0}, 1 / 7),
        (None, {1: 0.0, 5: 0.0, 10: 0.0}, 0.0),
    ],
)
def test_single_question_metrics(rank: int | None, recall: dict[int, float], mrr: float) -> None:
    report = evaluate([answerable("q")], fake_search({"q": ranking(rank)}), None)
    overall = report.overall()
    assert report.results[0].rank == rank
    assert overall.recall == recall
    assert overall.mrr == pytest.approx(mrr)


def test_mrr_averages_reciprocal_ranks() -> None:
    search = fake_search({"a": ranking(1), "b": ranking(3), "c": ranking(None)})
    report = evaluate([answerable("a"), answerable("b"), answerable("c")], search, None)
    overall = report.overall()
    assert overall.mrr == pytest.approx((1 + 1 / 3 + 0) / 3)
    assert overall.recall == pytest.approx({1: 1 / 3, 5: 2 / 3, 10: 2 / 3})
    assert report.to_json()["overall"]["mrr@10"] == round((1 + 1 / 3) / 3, 4)


@pytest.mark.parametrize(
    ("rank", "k", "expected_rank", "recall_10", "mrr"),
    [
        (12, 20, 12, 0.0, 0.0),  # found, but below the cut-off of both metrics
        (12, 10, None, 0.0, 0.0),  # search returned more than k: the extra hits are ignored
        (10, 10, 10, 1.0, 0.1),
    ],
)
def test_rank_cut_offs(rank: int, k: int, expected_rank: int | None, recall_10: float, mrr: float) -> None:
    report = evaluate([answerable("q")], fake_search({"q": ranking(rank, length=20)}), None, k=k)
    assert report.results[0].rank == expected_rank
    assert report.overall().recall[10] == recall_10
    assert report.overall().mrr == pytest.approx(mrr)


@pytest.mark.parametrize(
    ("hits", "rank", "mrr"),
    [
        ([Hit(RELEVANT, 0.9), Hit(RELEVANT, 0.9)], 1, 1.0),  # a duplicate does not count twice
        ([Hit(NOISE[0], 0.9), Hit(RELEVANT, 0.8), Hit(RELEVANT, 0.8)], 2, 0.5),
        ([Hit(NOISE[0], 0.5), Hit(RELEVANT, 0.5)], 2, 0.5),  # equal scores: list order decides
        ([Hit(RELEVANT, 0.5), Hit(NOISE[0], 0.5)], 1, 1.0),
        ([Hit(NOISE[0], 0.1), Hit(RELEVANT, 0.9)], 2, 0.5),  # scores are never re-sorted
    ],
)
def test_ties_and_duplicates_follow_list_order(hits: list[Hit], rank: int, mrr: float) -> None:
    report = evaluate([answerable("q")], fake_search({"q": hits}), None)
    assert report.results[0].rank == rank
    assert report.overall().mrr == mrr
    assert report.overall().recall == {1: float(rank == 1), 5: 1.0, 10: 1.0}


def test_offtopic_questions_are_excluded_from_recall_and_counted_in_none_rate() -> None:
    questions = [answerable("in"), offtopic("out"), offtopic("out2")]
    search = fake_search({"in": ranking(1), "out": ranking(None), "out2": ranking(None)})
    ask = fake_ask({"in": "passages", "out": "none", "out2": "faq"})
    report = evaluate(questions, search, ask)
    data = report.to_json()
    assert data["overall"] == {"questions": 1, "recall@1": 1.0, "recall@5": 1.0, "recall@10": 1.0, "mrr@10": 1.0}
    assert data["per_kind"]["offtopic"] == {"questions": 2, "none_rate": 0.5}
    assert data["offtopic_none_rate"] == 0.5
    assert data["answerable_none_rate"] == 0.0
    assert data["questions"] == 3
    assert report.failures() == []


@pytest.mark.parametrize(
    ("answers", "answerable_rate", "offtopic_rate"),
    [
        ({"a": "none", "b": "passages", "c": "none"}, 0.5, 1.0),
        ({"a": "faq", "b": "passages", "c": "passages"}, 0.0, 0.0),
        (None, None, None),
    ],
)
def test_none_rates(
    answers: dict[str, AnswerKind] | None, answerable_rate: float | None, offtopic_rate: float | None
) -> None:
    search = fake_search({"a": ranking(1), "b": ranking(2), "c": []})
    ask = fake_ask(answers) if answers is not None else None
    report = evaluate([answerable("a"), answerable("b"), offtopic("c")], search, ask)
    assert report.answerable_none_rate == answerable_rate
    assert report.offtopic_none_rate == offtopic_rate
    assert report.results[0].answer_kind == (answers["a"] if answers else None)
    assert ("none_rate" in report.to_json()["per_kind"]["answerable"]) == (answers is not None)


def test_per_kind_metrics_average_within_each_kind() -> None:
    questions = [answerable("a", "exact"), answerable("b", "paraphrase"), answerable("c", "paraphrase")]
    report = evaluate(questions, fake_search({"a": ranking(1), "b": ranking(2), "c": ranking(None)}), None)
    per_kind = report.to_json()["per_kind"]
    assert per_kind["exact"]["recall@1"] == 1.0
    assert per_kind["paraphrase"] == {
        "questions": 2,
        "recall@1": 0.0,
        "recall@5": 0.5,
        "recall@10": 0.5,
        "mrr@10": 0.25,
    }


def test_failures_lists_answerable_questions_missing_from_top_5() -> None:
    search = fake_search({"a": ranking(1), "b": ranking(5), "c": ranking(6), "d": ranking(None), "e": []})
    questions = [answerable(name) for name in "abcd"] + [offtopic("e")]
    report = evaluate(questions, search, None)
    assert [(r.question, r.rank) for r in report.failures()] == [("c", 6), ("d", None)]


def passage(text: str, source: str = SOURCE) -> Passage:
    return Passage(source, "Điều lệ Đảng", "Điều 5", text)


@pytest.mark.parametrize(
    ("text", "anchor", "expected"),
    [
        ("Đảng viên dự bị", "đảng viên dự bị", True),
        (unicodedata.normalize("NFD", "Đảng viên dự bị"), "Đảng viên dự bị", True),
        ("Đảng viên dự bị", unicodedata.normalize("NFD", "ĐẢNG VIÊN DỰ BỊ"), True),
        ("Đảng viên\ndự   bị\r\n mười hai tháng", "Đảng viên dự bị mười hai tháng", True),
        ("Đảng viên\u00a0dự\tbị", "đảng viên dự bị", True),
        ("Hội nghị hoà giải", "hòa giải", True),  # old and new tone placement
        ("Đảng viên dự bị", "dang vien du bi", False),  # diacritics are not folded: they change the word
        ("Đảng viên chính thức", "đảng viên dự bị", False),
        # A table row as the readers write it: the anchor was copied from the row as a reader sees it.
        ("1 | Tiêu đề ĐẢNG CỘNG SẢN VIỆT NAM | 15 | In hoa", "Tiêu đề ĐẢNG CỘNG SẢN VIỆT NAM 15", True),
    ],
)
def test_anchor_matching(text: str, anchor: str, expected: bool) -> None:
    assert is_relevant(passage(text), [GoldPassage(SOURCE, anchor)]) is expected


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        (SOURCE, True),
        ("quy-dinh-24.pdf", False),  # the anchor matches, the document does not
        ("dieu-le-dang.pdf", False),
    ],
)
def test_source_must_match(source: str, expected: bool) -> None:
    assert is_relevant(passage("Đảng viên dự bị", source), [GoldPassage(SOURCE, "dự bị")]) is expected


def test_any_gold_passage_is_enough() -> None:
    gold = [GoldPassage("other.docx", "dự bị"), GoldPassage(SOURCE, "dự bị")]
    assert is_relevant(passage("Đảng viên dự bị"), gold)
    report = evaluate([EvalQuestion("q", tuple(gold), "x")], fake_search({"q": [Hit(passage("dự bị"), 1.0)]}), None)
    assert report.results[0].rank == 1


def test_source_compared_in_nfc() -> None:
    source = "tài-liệu/điều-lệ.docx"
    nfd = unicodedata.normalize("NFD", source)
    assert is_relevant(passage("Đảng viên dự bị", nfd), [GoldPassage(source, "dự bị")])


GOOD = json.dumps(
    {"question": "Đảng viên dự bị bao lâu?", "gold": [{"source": SOURCE, "anchor": "mười hai tháng"}]},
    ensure_ascii=False,
)
OFFTOPIC = json.dumps({"question": "Thời tiết hôm nay?", "gold": []}, ensure_ascii=False)


@pytest.mark.parametrize(
    ("bad", "reason"),
    [
        ('{"question": "thiếu ngoặc"', "invalid JSON"),
        ('["question"]', "expected a JSON object"),
        ('{"gold": []}', "'question'"),
        ('{"question": "   ", "gold": []}', "'question'"),
        ('{"question": 5, "gold": []}', "'question'"),
        ('{"question": "q"}', "'gold'"),
        ('{"question": "q", "gold": "dieu-le.docx"}', "'gold'"),
        ('{"question": "q", "gold": [{"source": "a.docx"}]}', "gold[0]"),
        ('{"question": "q", "gold": [{"source": "a.docx", "anchor": ""}]}', "gold[0]"),
        ('{"question": "q", "gold": [], "kind": 3}', "'kind'"),
    ],
)
def test_bad_lines_are_reported_and_good_lines_load(tmp_path: Path, bad: str, reason: str) -> None:
    path = tmp_path / "questions.jsonl"
    path.write_text(f"{GOOD}\n\n{bad}\n{OFFTOPIC}\n", encoding="utf-8")
    questions, problems = load_questions(path)
    assert [q.kind for q in questions] == ["answerable", "offtopic"]
    assert questions[0].gold == (GoldPassage(SOURCE, "mười hai tháng"),)
    assert len(problems) == 1
    assert problems[0].startswith("line 3: ")
    assert reason in problems[0]


def test_load_questions_reads_bom_crlf_explicit_kind_and_reports_bad_utf8(tmp_path: Path) -> None:
    path = tmp_path / "questions.jsonl"
    explicit = json.dumps({"question": " Điều 9? ", "gold": [{"source": SOURCE, "anchor": "x"}], "kind": "article"})
    path.write_bytes(b"\xef\xbb\xbf" + f"{explicit}\r\n".encode() + b'{"question": "\xff"}\r\n' + GOOD.encode())
    questions, problems = load_questions(path)
    assert [(q.question, q.kind) for q in questions] == [
        ("Điều 9?", "article"),
        ("Đảng viên dự bị bao lâu?", "answerable"),
    ]
    assert problems == ["line 2: not valid UTF-8"]


def test_missing_questions_file_is_a_config_error(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="questions file"):
        load_questions(tmp_path / "missing.jsonl")


def test_k_must_be_positive() -> None:
    with pytest.raises(ConfigError, match="k must be"):
        evaluate([answerable("q")], fake_search({"q": ranking(1)}), None, k=0)


def sample_report() -> EvalReport:
    questions = [answerable("a", "exact"), answerable("b", "paraphrase"), offtopic("c")]
    search = fake_search({"a": ranking(1), "b": ranking(3), "c": []})
    ask = fake_ask({"a": "passages", "b": "none", "c": "none"})
    return evaluate(questions, search, ask, bad_lines=["line 4: invalid JSON"])


def test_to_json_has_stable_keys() -> None:
    data = sample_report().to_json()
    assert list(data) == [
        "overall",
        "per_kind",
        "offtopic_none_rate",
        "answerable_none_rate",
        "questions",
        "bad_lines",
        "answers",
        "faq",
        "per_group",
        "filters",
    ]
    assert list(data["overall"]) == ["questions", "recall@1", "recall@5", "recall@10", "mrr@10"]
    assert data["bad_lines"] == ["line 4: invalid JSON"]
    assert json.loads(json.dumps(data)) == data


def test_overall_keys_present_without_answerable_questions() -> None:
    data = evaluate([offtopic("c")], fake_search({"c": []}), None).to_json()
    assert data["overall"] == {"questions": 0, "recall@1": None, "recall@5": None, "recall@10": None, "mrr@10": None}


def test_render_table_has_a_row_per_kind_and_overall() -> None:
    table = render_table(sample_report())
    rows = {line.split()[0]: line.split()[1:] for line in table.splitlines()}
    assert rows["kind"] == ["n", "R@1", "R@5", "R@10", "MRR@10", "none%"]
    assert rows["exact"] == ["1", "1.000", "1.000", "1.000", "1.000", "0.0"]
    assert rows["paraphrase"] == ["1", "0.000", "1.000", "1.000", "0.333", "100.0"]
    assert rows["offtopic"] == ["1", "-", "-", "-", "-", "100.0"]
    assert rows["overall"] == ["2", "0.500", "1.000", "1.000", "0.667", "50.0"]
    assert len({len(line) for line in table.splitlines()}) == 1  # fixed width


def test_plot_writes_a_png(tmp_path: Path) -> None:
    pytest.importorskip("matplotlib")
    path = tmp_path / "plots" / "recall.png"
    plot_recall(sample_report(), path)
    assert path.read_bytes().startswith(b"\x89PNG\r\n\x1a\n")


def test_plot_without_matplotlib_says_how_to_install(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    for module in ("matplotlib", "matplotlib.backends.backend_agg", "matplotlib.figure"):
        monkeypatch.setitem(sys.modules, module, None)  # None in sys.modules makes the import fail
    with pytest.raises(ConfigError, match=r"pip install 'party-docs-bot\[plot\]'"):
        plot_recall(sample_report(), tmp_path / "recall.png")


# -- groups, splits, FAQ and answer-lead metrics ------------------------------------------------------------------


def answer(kind: AnswerKind, *passages: Passage, faq_id: str | None = None) -> Answer:
    return Answer("q", kind, "…", tuple(Hit(p, 1.0) for p in passages), faq_id)


def fake_answers(answers: dict[str, Answer]):
    return lambda question: answers[question]


def line(**fields: object) -> str:
    return json.dumps({"question": "q", "gold": [], **fields}, ensure_ascii=False)


def test_optional_fields_load(tmp_path: Path) -> None:
    path = tmp_path / "questions.jsonl"
    rows = [
        line(group="dang-phi", split="tune", faq="muc-dong-dang-phi"),
        line(faq=None, split="holdout"),
        line(),
    ]
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    questions, problems = load_questions(path)
    assert problems == []
    assert [(q.group, q.split, q.faq, q.avoid_faq) for q in questions] == [
        ("dang-phi", "tune", "muc-dong-dang-phi", False),
        (None, "holdout", None, True),  # "faq": null: no FAQ entry should answer it
        (None, None, None, False),
    ]


@pytest.mark.parametrize(
    ("fields", "reason"),
    [
        ({"split": "dev"}, "'split' must be one of tune, holdout"),
        ({"split": ""}, "'split'"),
        ({"group": 3}, "'group'"),
        ({"faq": ["id"]}, "'faq' must be an entry id"),
        ({"faq": " "}, "'faq'"),
    ],
)
def test_bad_optional_fields_are_reported(tmp_path: Path, fields: dict, reason: str) -> None:
    path = tmp_path / "questions.jsonl"
    path.write_text(line(**fields) + "\n" + GOOD + "\n", encoding="utf-8")
    questions, problems = load_questions(path)
    assert len(questions) == 1
    assert len(problems) == 1 and problems[0].startswith("line 1: ") and reason in problems[0]


def test_select_by_split_and_group() -> None:
    questions = [
        EvalQuestion("a", GOLD, "x", group="g1", split="tune"),
        EvalQuestion("b", GOLD, "x", group="g2", split="holdout"),
        EvalQuestion("c", GOLD, "x", group="g1", split="holdout"),
        EvalQuestion("d", GOLD, "x"),  # no split, no group: only kept without filters
    ]
    assert [q.question for q in select(questions)] == ["a", "b", "c", "d"]
    assert [q.question for q in select(questions, split="holdout")] == ["b", "c"]
    assert [q.question for q in select(questions, group="g1")] == ["a", "c"]
    assert [q.question for q in select(questions, split="holdout", group="g1")] == ["c"]
    with pytest.raises(ConfigError, match="Unknown split"):
        select(questions, split="dev")


def faq_report() -> EvalReport:
    questions = [
        EvalQuestion("hit", GOLD, "faq_paraphrase", group="faq", faq="du-bi"),
        EvalQuestion("other", GOLD, "faq_paraphrase", group="faq", faq="du-bi"),
        EvalQuestion("passages", GOLD, "faq_paraphrase", group="faq", faq="du-bi"),
        EvalQuestion("none", (), "faq_paraphrase", group="faq", faq="du-bi"),
        EvalQuestion("near-faq", GOLD, "faq_nearmiss", group="faq", avoid_faq=True),
        EvalQuestion("near-ok", (), "faq_nearmiss", group="faq", avoid_faq=True),
        EvalQuestion("plain", GOLD, "accented", group="dieu-le"),
    ]
    answers = {
        "hit": answer("faq", faq_id="du-bi"),
        "other": answer("faq", faq_id="dang-phi"),
        "passages": dataclasses.replace(answer("passages", RELEVANT), related_faq="du-bi"),  # offered beside
        "none": answer("none"),
        "near-faq": answer("faq", faq_id="du-bi"),
        "near-ok": answer("none"),
        "plain": answer("faq", faq_id="du-bi"),  # no `faq` field: a FAQ answer is neither a hit nor a false one
    }
    search = fake_search({name: ranking(1) for name in answers})
    return evaluate(questions, search, fake_answers(answers))


def test_faq_metrics() -> None:
    report = faq_report()
    assert report.to_json()["faq"] == {
        "expected": 4,
        "hit": 0.25,
        "other_entry": 0.25,
        "passages": 0.25,
        "offered": 0.25,
        "none": 0.25,
        "nearmiss": 2,
        "nearmiss_faq": 0.5,
    }
    per_kind = report.to_json()["per_kind"]
    assert per_kind["faq_paraphrase"]["faq_hit"] == 0.25
    assert per_kind["faq_nearmiss"]["faq_false"] == 0.5
    assert "faq_hit" not in per_kind["accented"] and "faq_false" not in per_kind["accented"]
    assert report.results[0].answer_faq == "du-bi" and report.results[2].answer_faq is None


def test_faq_metrics_are_null_without_answers_or_faq_questions() -> None:
    report = evaluate([answerable("a")], fake_search({"a": ranking(1)}), None)
    assert report.to_json()["faq"] == {
        "expected": 0,
        "hit": None,
        "other_entry": None,
        "passages": None,
        "offered": None,
        "none": None,
        "nearmiss": 0,
        "nearmiss_faq": None,
    }
    assert report.to_json()["answers"] == {"answered": 0, "lead_gold": None, "cites_gold": None}


def test_answer_lead_counts_answerable_questions_given_an_answer() -> None:
    other = passage("Nội dung khác")
    answers = {
        "lead": answer("passages", RELEVANT, other),
        "second": answer("passages", other, RELEVANT),
        "missing": answer("passages", other),
        "empty": answer("passages"),
        "faq": answer("faq", faq_id="du-bi"),
        "none": answer("none"),
        "off": answer("passages", RELEVANT),  # off-topic: nothing is gold, so no lead to measure
    }
    questions = [answerable(name) for name in answers if name != "off"] + [offtopic("off")]
    report = evaluate(questions, fake_search({name: ranking(1) for name in answers}), fake_answers(answers))
    leads = {r.question: (r.lead_relevant, r.cites_relevant) for r in report.results}
    assert leads == {
        "lead": (True, True),
        "second": (False, True),
        "missing": (False, False),
        "empty": (False, False),
        "faq": (False, False),  # an FAQ answer is judged by the passages it cites, like any other
        "none": (None, None),
        "off": (None, None),
    }
    assert report.to_json()["answers"] == {"answered": 5, "lead_gold": 0.2, "cites_gold": 0.4}
    block = report.to_json()["per_kind"]["answerable"]
    assert (block["answered"], block["lead_gold"], block["cites_gold"]) == (5, 0.2, 0.4)
    assert "lead_gold" not in report.to_json()["per_kind"]["offtopic"]


def test_lead_uses_the_answer_sources_not_the_search_ranking() -> None:
    other = passage("Nội dung khác")
    report = evaluate([answerable("q")], fake_search({"q": ranking(1)}), fake_answers({"q": answer("passages", other)}))
    assert report.results[0].rank == 1
    assert report.to_json()["answers"]["lead_gold"] == 0.0


def test_per_group_blocks() -> None:
    questions = [
        EvalQuestion("a", GOLD, "x", group="dieu-le"),
        EvalQuestion("b", GOLD, "x", group="dieu-le"),
        EvalQuestion("c", (), "offtopic", group="none"),
        EvalQuestion("d", GOLD, "x"),
    ]
    search = fake_search({"a": ranking(1), "b": ranking(None), "c": [], "d": ranking(2)})
    report = evaluate(questions, search, fake_ask({"a": "passages", "b": "none", "c": "none", "d": "passages"}))
    per_group = report.to_json()["per_group"]
    assert list(per_group) == ["-", "dieu-le", "none"]
    assert per_group["dieu-le"]["recall@1"] == 0.5 and per_group["dieu-le"]["none_rate"] == 0.5
    assert per_group["none"] == {"questions": 1, "none_rate": 1.0}
    assert per_group["-"]["recall@5"] == 1.0
    assert evaluate([answerable("a")], fake_search({"a": ranking(1)}), None).to_json()["per_group"] == {}


def test_filters_are_reported() -> None:
    report = evaluate([answerable("a")], fake_search({"a": ranking(1)}), None, filters={"split": "holdout"})
    assert report.to_json()["filters"] == {"split": "holdout"}


def test_render_group_answers_and_faq() -> None:
    report = faq_report()
    groups = {row.split()[0]: row.split()[1:] for row in render_table(report, by="group").splitlines()}
    assert groups["group"] == ["n", "R@1", "R@5", "R@10", "MRR@10", "none%"]
    assert groups["faq"][0] == "6" and groups["dieu-le"][0] == "1"
    answers = {row.split()[0]: row.split()[1:] for row in render_answers(report).splitlines()}
    assert answers["kind"] == ["n", "ans", "lead%", "cite%", "faq%", "faqX%"]
    # FAQ answers without sources count as answers that cite no gold passage.
    assert answers["faq_paraphrase"] == ["4", "3", "33.3", "33.3", "25.0", "-"]
    assert answers["faq_nearmiss"] == ["2", "1", "0.0", "0.0", "-", "50.0"]
    assert answers["all"] == ["7", "5", "20.0", "20.0", "25.0", "50.0"]
    assert len({len(row) for row in render_answers(report).splitlines()}) == 1
    assert render_faq(report) == (
        "FAQ: 4 questions name an entry: right entry 25.0%, other entry 25.0%, passages 25.0% (the entry offered "
        "beside them 25.0%), none 25.0%; "
        "2 near-misses given a FAQ answer 50.0%"
    )
    with pytest.raises(ValueError, match="kind"):
        render_table(report, by="source")


class FakeService:
    def __init__(self, answers: dict[str, Answer]) -> None:
        self.answers = answers
        self.asked: list[str] = []

    def search(self, question: str, k: int = 5) -> list[Hit]:
        return ranking(1)

    def ask(self, question: str) -> Answer:
        self.asked.append(question)
        return self.answers[question]


def eval_file(tmp_path: Path) -> Path:
    gold = [{"source": SOURCE, "anchor": "dự bị là mười hai tháng"}]
    rows = [
        {"question": "tune q", "gold": gold, "kind": "accented", "group": "dieu-le", "split": "tune"},
        {"question": "hold q", "gold": gold, "kind": "faq_paraphrase", "group": "faq", "split": "holdout", "faq": "x"},
        {"question": "hold off", "gold": [], "kind": "nearmiss", "group": "none", "split": "holdout"},
    ]
    path = tmp_path / "questions.jsonl"
    path.write_text("".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows), encoding="utf-8")
    return path


def test_cli_eval_filters_by_split_and_prints_json(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from bot import cli

    service = FakeService({"hold q": answer("faq", faq_id="x"), "hold off": answer("none")})
    args = cli._parser().parse_args(["eval", str(eval_file(tmp_path)), "--split", "holdout", "--json"])
    assert cli._eval(service, args) == 0
    data = json.loads(capsys.readouterr().out)
    assert service.asked == ["hold q", "hold off"]
    assert data["questions"] == 2
    assert data["filters"] == {"split": "holdout"}
    assert data["faq"]["hit"] == 1.0
    assert list(data["per_group"]) == ["faq", "none"]


def test_cli_eval_text_output_has_group_and_answer_tables(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from bot import cli

    service = FakeService({"tune q": answer("passages", RELEVANT)})
    args = cli._parser().parse_args(["eval", str(eval_file(tmp_path)), "--split", "tune", "--group", "dieu-le"])
    assert cli._eval(service, args) == 0
    out = capsys.readouterr().out
    assert out.splitlines()[0].split()[0] == "kind"
    assert any(row.startswith("group ") for row in out.splitlines())
    assert any(row.split()[:3] == ["all", "1", "1"] for row in out.splitlines())
    assert "FAQ: 0 questions name an entry" in out
    assert "(1 questions, split tune, group dieu-le in" in out


def test_cli_eval_rejects_unknown_split(tmp_path: Path) -> None:
    from bot import cli

    with pytest.raises(SystemExit):
        cli._parser().parse_args(["eval", str(eval_file(tmp_path)), "--split", "dev"])
