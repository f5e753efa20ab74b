"""Choose the answer/none decision across knowledge bases: leave one corpus out, score it, then choose on all.

    python bench/decide_across.py            # builds missing indexes under /tmp/decide-across/

`bench/tune.py` chooses on the starter knowledge base's `tune` questions; its documents and questions were
written together, and coverage (the question's words found in the passage) separates there far better than on
documents whose questions were written blind in everyday words (bench/corpus3-5: coverage alone AUC 0.59, the
model's cosine 0.76). Here each corpus is one group: the constants are chosen on the others, keeping the mean over
corpora of answerable questions refused at or under 5 %, and scored on the corpus left out. Prints Markdown.
"""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))

from tune import MAX_WRONG_NONE, DecisionRows, embed_all, load

from bot.cli import build_service
from bot.config import Settings
from bot.qa import decision
from bot.qa.scope import unknown_names

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
CORPORA = {
    "starter": (ROOT / "knowledge", ["devset", "testset", "negatives", "paraphrases"]),
    "corpus2": (BENCH / "corpus2" / "knowledge", ["corpus2/questions", "corpus2/questions_fresh"]),
    "corpus3": (BENCH / "corpus3" / "knowledge", ["corpus3/questions"]),
    "corpus4": (BENCH / "corpus4" / "knowledge", ["corpus4/questions"]),
    "corpus5": (BENCH / "corpus5" / "knowledge", ["corpus5/questions"]),
    "corpus6": (BENCH / "corpus6" / "knowledge", ["corpus6/questions"]),
    "corpus7": (BENCH / "corpus7" / "knowledge", ["corpus7/questions"]),
    "corpus8": (BENCH / "corpus8" / "knowledge", ["corpus8/questions"]),
    **{
        f"corpus{n}": (BENCH / f"corpus{n}" / "knowledge", [f"corpus{n}/questions"])
        for n in sorted(int(p.parent.name.removeprefix("corpus")) for p in BENCH.glob("corpus*/questions.jsonl"))
        if n >= 9
    },
}
WEIGHTS = (2.0, 4.0, 6.0, 10.0, 15.0, 25.0, 35.0, 50.0, 100.0)
FLOORS = (0.0, 0.1, 0.2)


def rows_of(name: str, knowledge: Path, files: list[str], work: Path) -> DecisionRows:
    service = build_service(Settings(knowledge_dir=knowledge, index_dir=work / name))
    service.ensure_index()
    items = [i for i in load([BENCH / f"{f}.jsonl" for f in files]) if not i.kind.startswith("faq")]
    embed_all(service, items, work / f"{name}-vectors.npz")
    index = service._loaded()
    searched = [
        (
            item,
            index.search(item.query, item.vector, k=5),
            unknown_names(item.query.text, index.knows, service.faq.says),
        )
        for item in items
        if item.query.text
    ]
    return DecisionRows.of(searched)


def mean_rates(groups: list[DecisionRows], setting: tuple[float, float, float]) -> tuple[float, float]:
    rates = np.array([rows.rates(*setting) for rows in groups])
    return float(rates[:, 0].mean()), float(rates[:, 1].mean())


def choose(groups: list[DecisionRows]) -> tuple[float, float, float]:
    """Weight, minimum and coverage floor refusing most unanswerable questions (mean over corpora) with at most
    MAX_WRONG_NONE of the answerable ones refused (mean over corpora)."""
    best, chosen = -1.0, (decision.COSINE_WEIGHT, decision.EVIDENCE_MIN, 0.0)
    for weight in WEIGHTS:
        # The minimum is searched in steps of the cosine (0.0005), whatever the weight.
        for cosine in np.arange(0.83, 0.92, 0.0005):
            minimum = round(float(weight * (cosine - decision.COSINE_FLOOR)), 4)
            for floor in FLOORS:
                wrong, right = mean_rates(groups, (weight, minimum, floor))
                if wrong <= MAX_WRONG_NONE and right > best:
                    best, chosen = right, (weight, minimum, floor)
    return chosen


def main() -> int:
    work = Path("/tmp/decide-across")
    work.mkdir(parents=True, exist_ok=True)
    groups = {name: rows_of(name, knowledge, files, work) for name, (knowledge, files) in CORPORA.items()}
    print("## Answer or none across knowledge bases: leave one corpus out\n")
    print("| left out | chosen on the others (weight, minimum, floor) | answerable refused | unanswerable refused |")
    print("|---|---|---|---|")
    held = []
    for name, rows in groups.items():
        setting = choose([g for n, g in groups.items() if n != name])
        wrong, right = rows.rates(*setting)
        held.append((wrong, right))
        print(f"| {name} | {setting} | {wrong:.3f} | {right:.3f} |")
    wrong, right = np.mean(held, axis=0)
    print(f"| mean | | {wrong:.3f} | {right:.3f} |")
    setting = choose(list(groups.values()))
    shipped = (decision.COSINE_WEIGHT, decision.EVIDENCE_MIN, 0.0)
    print(f"\nChosen on all corpora: {setting}. Per corpus, answerable refused / unanswerable refused:\n")
    print("| corpus | chosen | shipped " + str(shipped) + " |")
    print("|---|---|---|")
    for name, rows in groups.items():
        a, b = rows.rates(*setting), rows.rates(*shipped)
        print(f"| {name} | {a[0]:.3f} / {a[1]:.3f} | {b[0]:.3f} / {b[1]:.3f} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
