"""Every held-out corpus in one process (one model load): retrieval, answer lead, refusals, FAQ paraphrases.

    python bench/eval_all.py                  # all corpora; indexes built once under /tmp/eval-all/
    python bench/eval_all.py corpus5 corpus7  # some of them
    python bench/eval_all.py corpus7 --fail   # and each miss: rank-1 misses, wrong refusals, wrong answers
    python bench/eval_all.py --kinds          # and the pooled blind corpora per kind (congress, scenario...)
    python bench/eval_all.py --shown          # and how often an answer led by a gold passage shows its gold words

Prints Markdown: one row per corpus and the pooled row of the blind ones (corpus2 onwards), then the FAQ paraphrase
sets, all asked against the starter knowledge base (its FAQ).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from bot.cli import load_configured_embedder
from bot.config import load_settings
from bot.qa import evaluation
from bot.qa.service import QAService

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
NUMBERS = sorted(int(p.parent.name.removeprefix("corpus")) for p in BENCH.glob("corpus*/questions.jsonl"))
CORPORA = {
    "starter": (ROOT / "knowledge", ["testset", "negatives"]),
    **{f"corpus{n}": (BENCH / f"corpus{n}" / "knowledge", [f"corpus{n}/questions"]) for n in NUMBERS},
}
CORPORA["corpus2"][1].append("corpus2/questions_fresh")
FAQ_SETS = ["faq_paraphrases"] + [
    f"corpus{n}/faq_paraphrases" for n in NUMBERS if (BENCH / f"corpus{n}" / "faq_paraphrases.jsonl").exists()
]


def _pct(value: float | None) -> str:
    return "–" if value is None else f"{100 * value:.1f}"


def _num(value: float | None) -> str:
    return "–" if value is None else f"{value:.3f}"


def _row(name: str, report: evaluation.EvalReport) -> str:
    overall, answers = report.overall(), report.answers()
    recall = overall.recall or {}
    return (
        f"| {name} | {overall.questions}/{len(report.results) - overall.questions} | {_num(recall.get(1))} | "
        f"{_num(recall.get(5))} | {_num(overall.mrr)} | {_pct(answers['lead_gold'])} | "
        f"{_pct(report.answerable_none_rate)} | {_pct(report.offtopic_none_rate)} |"
    )


def _failures(report: evaluation.EvalReport, service: QAService) -> None:
    for result in report.results:
        wrong = (
            (result.answerable and (result.rank != 1 or result.answer_kind == "none" or not result.lead_relevant))
            if result.answerable
            else result.answer_kind != "none"
        )
        if not wrong:
            continue
        answer = service.ask(result.question)
        lead = answer.sources[0].passage.citation if answer.sources else answer.faq_id or ""
        print(f"  - [{result.kind}] rank={result.rank} {answer.kind}: {result.question}\n      → {lead[:110]}")


def _faq_failures(report: evaluation.EvalReport) -> None:
    for r in report.results:
        if (r.expected_faq and not r.faq_hit) or (r.avoid_faq and r.answer_kind == "faq"):
            print(f"  - {r.expected_faq or 'near miss'} → {r.answer_kind} {r.answer_faq or ''}: {r.question}")


def _shown(questions: list[evaluation.EvalQuestion], service: QAService) -> tuple[int, int]:
    """Of the passage answers led by a gold passage, how many show a gold anchor in their text (before 'Xem thêm'):
    the sentences chosen are the ones that answer."""
    led = shown = 0
    for question in (q for q in questions if q.gold):
        answer = service.ask(question.question)
        if answer.kind != "passages" or not evaluation.is_relevant(answer.sources[0].passage, question.gold):
            continue
        text = " ".join(answer.answer.split()).split("Xem thêm")[0].lower()
        led += 1
        shown += any(" ".join(gold.anchor.split()).lower() in text for gold in question.gold)
    return led, shown


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpora", nargs="*", help=f"some of {', '.join(CORPORA)} or faq (default: all)")
    parser.add_argument("--fail", action="store_true", help="list every question answered wrongly")
    parser.add_argument("--kinds", action="store_true", help="and the pooled blind corpora per kind of question")
    parser.add_argument("--shown", action="store_true", help="and the answers whose text shows the gold anchor")
    parser.add_argument("--work", type=Path, default=Path("/tmp/eval-all"))
    args = parser.parse_args()
    chosen = args.corpora or [*CORPORA, "faq"]
    embedder = load_configured_embedder(load_settings())

    def service_of(name: str) -> QAService:
        service = QAService(CORPORA[name][0], args.work / name, embedder)
        service.ensure_index()
        return service

    print("| corpus | answerable/unanswerable | R@1 | R@5 | MRR@10 | lead % | ans→none % | refused % |")
    print("|---|---|---|---|---|---|---|---|")
    pooled: list[evaluation.QuestionResult] = []
    led = shown = 0
    for name in [c for c in chosen if c in CORPORA]:
        service = service_of(name)
        questions = [q for f in CORPORA[name][1] for q in evaluation.load_questions(BENCH / f"{f}.jsonl")[0]]
        report = evaluation.evaluate(questions, service.search, service.ask)
        print(_row(name, report))
        if name != "starter":
            pooled += report.results
            if args.shown:
                found = _shown(questions, service)
                led, shown = led + found[0], shown + found[1]
        if args.fail:
            _failures(report, service)
    if len(pooled) > 0 and len([c for c in chosen if c in CORPORA and c != "starter"]) > 1:
        print(_row("**blind, pooled**", evaluation.EvalReport(pooled, 10)))
        if args.shown and led:
            print(f"\nAnswers led by a gold passage: {led}; showing a gold anchor: {shown} ({100 * shown / led:.1f} %)")
        if args.kinds:
            report = evaluation.EvalReport(pooled, 10)
            print(f"\n```\n{evaluation.render_table(report)}\n\n{evaluation.render_answers(report)}\n```")
    if "faq" in chosen:
        service = service_of("starter")
        print("\n| FAQ set | paraphrases | right % | offered % | passages % | none % | near misses given a FAQ % |")
        print("|---|---|---|---|---|---|---|")
        for name in FAQ_SETS:
            questions = evaluation.load_questions(BENCH / f"{name}.jsonl")[0]
            report = evaluation.evaluate(questions, service.search, service.ask)
            faq = report.faq()
            print(
                f"| {name} | {faq['expected']} | {_pct(faq['hit'])} | {_pct(faq['offered'])} | "
                f"{_pct(faq['passages'])} | {_pct(faq['none'])} | {_pct(faq['nearmiss_faq'])} |"
            )
            if args.fail:
                _faq_failures(report)
    return 0


if __name__ == "__main__":
    sys.exit(main())
