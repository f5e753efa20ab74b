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
from bot.qa.evaluation import GoldPassage, first_relevant_rank
from bot.search import fusion
from bot.search.query import Query, analyze


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
        item.query = analyze(item.question)
        item.restored = index.restorer.restore(item.query.text)
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
            print(f"  {kind:15s} n={len([i for i in subset if i.kind == kind]):3d} " + " ".join(f"{k} {v:.3f}" for k, v in m.items()))
    for label, fuse, raw in (
        ("BM25 only", partial(fusion.weighted, lexical_weight=1.0, dense_weight=0.0), False),
        ("dense only (restored)", partial(fusion.weighted, lexical_weight=0.0, dense_weight=1.0), False),
        ("dense only (as typed)", partial(fusion.weighted, lexical_weight=0.0, dense_weight=1.0), True),
        ("fused, as typed", partial(fusion.weighted, lexical_weight=1 - best, dense_weight=best), True),
    ):
        print(f"{label:24s} holdout " + json.dumps(metrics(ranks(service, holdout, fuse, raw=raw))))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("questions", type=Path, nargs="+")
    parser.add_argument("--knowledge", type=Path, default=Path("knowledge"))
    parser.add_argument("--index", type=Path, default=Path("/tmp/tune-index"))
    args = parser.parse_args()
    service = build_service(Settings(knowledge_dir=args.knowledge, index_dir=args.index))
    service.ensure_index()
    items = load(args.questions)
    embed_all(service, items, args.index.parent / ".tune-vectors.npz")
    tune_fusion(service, items)


if __name__ == "__main__":
    main()
