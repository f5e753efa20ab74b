"""Choose fusion weights and answer/FAQ thresholds by cross-validation, and report them on held-out questions.

    python bench/tune.py [--index DIR] [--knowledge knowledge] bench/*.jsonl

Every question carries `group` (the document it is about, or none/faq) and `split` (tune/holdout). Values are
chosen on `tune` questions only: for each group left out, the best value on the other groups is scored on the
left-out group (leave-one-group-out), which estimates how a choice transfers to documents it did not see; the
value chosen on all tune questions is then scored once on `holdout`. Prints Markdown for BENCHMARKS.md.
Query vectors are cached in the index folder's parent (`.tune-vectors.npz`) between runs.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path

import numpy as np

from bot.cli import build_service
from bot.config import Settings
from bot.qa import decision, faq
from bot.qa.evaluation import GoldPassage, first_relevant_rank
from bot.qa.scope import unknown_names
from bot.search import fusion
from bot.search.query import Query, analyze, model_input


@dataclass
class Item:
    question: str
    gold: tuple[GoldPassage, ...]
    kind: str
    group: str
    split: str
    faq: str | None
    query: Query = field(init=False)
    restored: str = ""
    vector: np.ndarray | None = None
    raw_vector: np.ndarray | None = None


def load(paths: Sequence[Path]) -> list[Item]:
    items = []
    for path in paths:
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            row = json.loads(line)
            gold = tuple(GoldPassage(g["source"], g["anchor"]) for g in row.get("gold", []))
            items.append(
                Item(
                    row["question"],
                    gold,
                    row.get("kind", "?"),
                    row.get("group", "?"),
                    row.get("split", "tune"),
                    row.get("faq"),
                )
            )
    return items


def embed_all(service, items: list[Item], cache: Path) -> None:
    index = service._loaded()
    for item in items:
        item.query = analyze(item.question, service.lexicon)
        item.restored = model_input(item.query, index.restorer.restore)
    stored = dict(np.load(cache, allow_pickle=False)) if cache.exists() else {}
    texts = sorted({t for item in items for t in (item.restored, item.query.text)} - stored.keys())
    if texts:
        print(f"embedding {len(texts)} questions", file=sys.stderr)
        for text, vector in zip(texts, service.embedder.encode_queries(texts), strict=True):
            stored[text] = vector
        np.savez(cache, **stored)
    for item in items:
        item.vector, item.raw_vector = stored[item.restored], stored[item.query.text]


def ranks(service, items: list[Item], fuse: Callable, *, raw: bool = False) -> list[int | None]:
    index = service._loaded()
    index.fuse = fuse
    out = []
    for item in items:
        result = index.search(item.query, item.raw_vector if raw else item.vector, k=10)
        out.append(first_relevant_rank(result.hits, item.gold))
    index.fuse = fusion.weighted
    return out


def metrics(found: Sequence[int | None]) -> dict[str, float]:
    n = max(len(found), 1)
    return {
        "R@1": sum(1 for r in found if r == 1) / n,
        "R@5": sum(1 for r in found if r is not None and r <= 5) / n,
        "MRR": sum(1 / r for r in found if r is not None) / n,
    }


def leave_one_group_out(items: list[Item], score: Callable[[list[Item], float], float], grid: Sequence[float]):
    """Per group: the value best on the other groups, and its score on the left-out group; then the value
    best on all of them."""
    groups = sorted({item.group for item in items})
    chosen, held = {}, []
    for group in groups:
        rest = [i for i in items if i.group != group]
        best = max(grid, key=lambda value: score(rest, value))
        chosen[group] = best
        held.append((len([i for i in items if i.group == group]), score([i for i in items if i.group == group], best)))
    estimate = sum(n * s for n, s in held) / sum(n for n, _ in held)
    return max(grid, key=lambda value: score(items, value)), chosen, estimate


def tune_fusion(service, items: list[Item]) -> None:
    answerable = [i for i in items if i.gold]
    tune = [i for i in answerable if i.split == "tune"]
    holdout = [i for i in answerable if i.split == "holdout"]
    grid = [round(w, 2) for w in np.arange(0.0, 1.01, 0.1)]
    cache: dict[tuple[float, str], list[int | None]] = {}

    def ranked(subset: list[Item], weight: float) -> list[int | None]:
        key = (weight, "|".join(i.question for i in subset))
        if key not in cache:
            fuse = partial(fusion.weighted, lexical_weight=1 - weight, dense_weight=weight)
            cache[key] = ranks(service, subset, fuse)
        return cache[key]

    def score(subset: list[Item], weight: float) -> float:
        return metrics(ranked(subset, weight))["MRR"]

    print("## Fusion: dense weight (lexical = 1 - dense), MRR@10\n")
    print("| dense weight | tune R@1 | tune MRR | holdout R@1 | holdout MRR |")
    print("|---|---|---|---|---|")
    for weight in grid:
        t, h = metrics(ranked(tune, weight)), metrics(ranked(holdout, weight))
        print(f"| {weight:.1f} | {t['R@1']:.3f} | {t['MRR']:.3f} | {h['R@1']:.3f} | {h['MRR']:.3f} |")
    best, chosen, estimate = leave_one_group_out(tune, score, grid)
    print(f"\nChosen on tune: dense weight {best}; leave-one-group-out MRR estimate {estimate:.3f}; per group {chosen}")
    for name, subset in (("tune", tune), ("holdout", holdout)):
        by_kind = {}
        for kind in sorted({i.kind for i in subset}):
            by_kind[kind] = metrics(ranked([i for i in subset if i.kind == kind], best))
        print(f"\n{name} at {best}: " + json.dumps(metrics(ranked(subset, best))))
        for kind, m in by_kind.items():
            print(
                f"  {kind:15s} n={len([i for i in subset if i.kind == kind]):3d} "
                + " ".join(f"{k} {v:.3f}" for k, v in m.items())
            )
    for label, fuse, raw in (
        ("BM25 only", partial(fusion.weighted, lexical_weight=1.0, dense_weight=0.0), False),
        ("dense only (restored)", partial(fusion.weighted, lexical_weight=0.0, dense_weight=1.0), False),
        ("dense only (as typed)", partial(fusion.weighted, lexical_weight=0.0, dense_weight=1.0), True),
        ("fused, as typed", partial(fusion.weighted, lexical_weight=1 - best, dense_weight=best), True),
    ):
        print(f"{label:24s} holdout " + json.dumps(metrics(ranks(service, holdout, fuse, raw=raw))))


MAX_WRONG_NONE = 0.05  # answerable questions refused: the constraint every decision threshold is chosen under


@dataclass
class DecisionRows:
    """Per question what the decision sees, so the grid is scored with numpy instead of one call per setting."""

    gold: np.ndarray  # answerable
    forced_yes: np.ndarray  # answered whatever the thresholds (the asked-for article, a cited document)
    allowed: np.ndarray  # not refused by names, citations or an empty question
    coverage: np.ndarray
    cosine: np.ndarray

    @classmethod
    def of(cls, rows) -> DecisionRows:
        inf = float("inf")
        columns = [
            (
                bool(item.gold),
                decision.is_answerable(r, u, minimum=inf),
                decision.is_answerable(r, u, minimum=-inf),
                *((e.coverage, e.cosine) if (e := decision.evidence(r)) else (0.0, 0.0)),
            )
            for item, r, u in rows
        ]
        return cls(*(np.array(column) for column in zip(*columns, strict=True)))

    def rates(self, weight: float, minimum: float, floor: float = 0.0) -> tuple[float, float]:
        """(share of answerable refused, share of unanswerable refused)."""
        score = self.coverage + weight * (self.cosine - decision.COSINE_FLOOR)
        answered = self.forced_yes | (self.allowed & (self.coverage >= floor) & (score >= minimum))
        refused = ~answered
        return float(refused[self.gold].mean()), float(refused[~self.gold].mean())

    def subset(self, mask: np.ndarray) -> DecisionRows:
        return DecisionRows(
            self.gold[mask], self.forced_yes[mask], self.allowed[mask], self.coverage[mask], self.cosine[mask]
        )


def choose_decision(rows: DecisionRows) -> tuple[float, float, float]:
    """Weight, minimum and coverage floor refusing most unanswerable questions with at most MAX_WRONG_NONE
    answerable ones. (A floor on coverage alone, whatever the cosine, was never chosen: the product has none.)"""
    best = (-1.0, 0.0, 0.0, 0.0)
    for weight in (0.0, 2.0, 4.0, 6.0, 8.0, 10.0, 15.0):
        for floor in (0.0, 0.1, 0.2, 0.3):
            for minimum in np.arange(0.0, 2.0, 0.01):
                wrong, right = rows.rates(weight, float(minimum), floor)
                if wrong <= MAX_WRONG_NONE and right > best[0]:
                    best = (right, weight, round(float(minimum), 2), floor)
    return best[1], best[2], best[3]


def tune_decision(service, items: list[Item], dense_weight: float) -> None:
    index = service._loaded()
    index.fuse = partial(fusion.weighted, lexical_weight=1 - dense_weight, dense_weight=dense_weight)
    searched = [
        (item, index.search(item.query, item.vector, k=5), unknown_names(item.query.text, index.knows))
        for item in items
        if item.kind != "faq_nearmiss"
    ]
    index.fuse = fusion.weighted
    rows = DecisionRows.of(searched)
    split = np.array([item.split for item, _, _ in searched])
    tune, holdout = rows.subset(split == "tune"), rows.subset(split == "holdout")
    folds = 5
    wrong = right = 0.0
    order = np.random.default_rng(7).permutation(len(tune.gold))
    print("\n## Answer or none: 5-fold cross-validation on tune, then holdout\n")
    for fold in range(folds):
        test_mask = np.zeros(len(tune.gold), dtype=bool)
        test_mask[order[fold::folds]] = True
        chosen = choose_decision(tune.subset(~test_mask))
        w, r = tune.subset(test_mask).rates(*chosen)
        wrong += w * test_mask.sum() / len(tune.gold)
        right += r * test_mask.sum() / len(tune.gold)
        print(
            f"fold {fold}: weight, minimum, coverage floor {chosen}: "
            f"answerable refused {w:.3f}, unanswerable refused {r:.3f}"
        )
    print(f"cross-validated: answerable refused {wrong:.3f}, unanswerable refused {right:.3f}")
    chosen = choose_decision(tune)
    w, r = tune.rates(*chosen)
    hw, hr = holdout.rates(*chosen)
    print(
        f"chosen on all tune: weight, minimum, coverage floor {chosen} (tune {w:.3f} / {r:.3f}); "
        f"holdout: answerable refused {hw:.3f}, unanswerable refused {hr:.3f}"
    )
    shipped = (decision.COSINE_WEIGHT, decision.EVIDENCE_MIN, 0.0)
    hw, hr = holdout.rates(*shipped)
    print(f"holdout with the shipped constants {shipped}: answerable refused {hw:.3f}, unanswerable refused {hr:.3f}")
    by_name = [row for row in searched if not row[0].gold and row[2]]
    print(f"unanswerable refused by name checks alone: {len(by_name)} of {int((~rows.gold).sum())}")


@dataclass
class FaqCounts:
    """What one FAQ rule did: right and wrong entries for paraphrases, any entry for near misses, unanswerable
    questions and the other answerable ones."""

    paraphrases: int = 0
    right: int = 0
    wrong: int = 0
    near: int = 0
    near_hit: int = 0
    unanswerable: int = 0
    unanswerable_hit: int = 0
    others_hit: int = 0

    @classmethod
    def of(cls, rows) -> FaqCounts:
        """`rows`: (item, the candidate entry or None, whether the rule gave it)."""
        counts = cls()
        for item, found, hit in rows:
            if item.faq:
                counts.paraphrases += 1
                counts.right += hit and found.entry.id == item.faq
                counts.wrong += hit and found.entry.id != item.faq
            elif item.kind == "faq_nearmiss":
                counts.near += 1
                counts.near_hit += hit
            elif not item.gold:
                counts.unanswerable += 1
                counts.unanswerable_hit += hit
            else:
                counts.others_hit += hit
        return counts

    def rates(self) -> dict[str, float]:
        return {
            "right": self.right / max(self.paraphrases, 1),
            "wrong_entry": self.wrong / max(self.paraphrases, 1),
            "nearmiss_faq": self.near_hit / max(self.near, 1),
            "unanswerable_faq": self.unanswerable_hit / max(self.unanswerable, 1),
        }


def faq_outcomes(rows, same: float, margin: float, lexical: float, coverage: float) -> dict[str, float]:
    """Right entry among FAQ paraphrases; any FAQ answer to a near-miss or an unanswerable question."""
    counts = FaqCounts.of(
        (item, found, found is not None and faq.accepts(found, same, margin, lexical, coverage)) for item, found in rows
    )
    return {**counts.rates(), "gain": counts.right - 2 * (counts.wrong + counts.near_hit + counts.unanswerable_hit)}


def report_grid(rows, grid, outcomes: Callable, names: Sequence[str], shipped: tuple) -> None:
    """The five best settings on tune (by `gain`), then the shipped one on tune and on holdout."""
    tune = [row for row in rows if row[0].split == "tune"]
    holdout = [row for row in rows if row[0].split == "holdout"]

    def shown(subset, values) -> str:
        return json.dumps({k: round(v, 3) for k, v in outcomes(subset, *values).items()})

    ranked = sorted(grid, key=lambda values: (outcomes(tune, *values)["gain"], values), reverse=True)
    for values in ranked[:5]:
        setting = ", ".join(f"{name} {value}" for name, value in zip(names, values, strict=True))
        print(f"{setting}: tune {shown(tune, values)}")
    for name, subset in (("tune", tune), ("holdout", holdout)):
        print(f"{name} with the shipped constants {shipped}: {shown(subset, shipped)}")


def tune_faq(service, items: list[Item]) -> None:
    index = service._loaded()
    rows = [
        (
            item,
            None if unknown_names(item.query.text, index.knows) else service.faq.candidate(item.query, item.vector),
        )
        for item in items
    ]
    grid = [
        (same, margin, lex, cover)
        for same in (0.9, 0.92, 0.93, 0.94, 0.95, 0.96, 0.97)
        for margin in (0.0, 0.05, 0.1, 0.2)
        for lex in (0.0, 0.7)
        for cover in (0.0, 0.7, 0.8, 0.9, 1.0)
    ]
    print("\n## FAQ matching: chosen on tune (right entries minus twice the wrong ones), then holdout\n")
    shipped = (faq.SAME_QUESTION, faq.MARGIN_MIN, faq.LEXICAL_MIN, faq.COVERAGE_MIN)
    report_grid(rows, grid, faq_outcomes, ("same-question", "margin", "lexical", "coverage"), shipped)
    answered = [item for item, found in rows if found is not None and faq.accepts(found) and not item.faq and item.gold]
    others = [item for item in items if item.gold and not item.faq]
    print(f"answerable questions from the other sets given a curated answer: {len(answered)} of {len(others)}")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("questions", type=Path, nargs="+")
    parser.add_argument("--knowledge", type=Path, default=Path("knowledge"))
    parser.add_argument("--index", type=Path, default=Path("/tmp/tune-index"))
    parser.add_argument("--skip-fusion", action="store_true", help="only the answer/none decision")
    args = parser.parse_args()
    service = build_service(Settings(knowledge_dir=args.knowledge, index_dir=args.index))
    service.ensure_index()
    items = load(args.questions)
    embed_all(service, items, args.index.parent / ".tune-vectors.npz")
    parser_weight = fusion.DENSE_WEIGHT
    if not args.skip_fusion:
        tune_fusion(service, items)
    tune_decision(service, items, parser_weight)
    tune_faq(service, items)  # the agreement rule has its own fit: bench/faq_fit.py


if __name__ == "__main__":
    main()
