"""Choose the FAQ agreement rule (bot/qa/faq.py `agrees`, AGREE_*) by cross-validation over the paraphrase sets.

    python bench/faq_fit.py     # the grid on the nine sets below, each left out in turn; every set; starter questions

For every question of the FAQ paraphrase sets (against the bundled knowledge base and its FAQ), the best entry and
its evidence are computed as the service does. Each setting of the rule (how much closer than the best passage and
than the next entry the whole entry must read to the question) is scored by right entries minus twice the wrong
ones and the near misses given an entry. Each set is left out in turn: the best setting on the other sets is
scored on it. The starter negatives (off-topic and near-domain questions) show how many unanswerable questions an
entry would answer. Sets written later than FIT_SETS are reported as held out.
"""

from __future__ import annotations

import argparse
import dataclasses
from pathlib import Path

from eval_all import BENCH, CORPORA, FAQ_SETS

from bot.cli import load_configured_embedder
from bot.config import load_settings
from bot.qa import decision, evaluation, faq
from bot.qa.scope import unknown_names
from bot.qa.service import QAService
from bot.search.query import analyze

FIT_SETS = ["faq_paraphrases"] + [f"corpus{n}/faq_paraphrases" for n in (3, 5, 6, 7, 8, 9, 10, 12)]
STARTER_SETS = ["negatives", "testset"]
GRID = [(p, e) for p in (-0.01, -0.005, 0.0, 0.005, 0.01) for e in (-0.01, 0.0, 0.005, 0.01)]


@dataclasses.dataclass
class Row:
    set: str
    kind: str
    want: str | None
    found: faq.FaqCandidate | None
    basis_rank: int | None
    answerable: bool
    unknown: bool
    closest: float  # the best cosine of the question to a passage found

    def given(self, over_passages: float = faq.AGREE_OVER_PASSAGES, over_entries: float = faq.AGREE_OVER_ENTRIES):
        f = self.found
        if f is None or self.unknown:
            return False
        agreed = faq.agrees(f, self.basis_rank, self.answerable, self.closest, over_passages, over_entries)
        return faq.accepts(f) or agreed


def rows_of(service: QAService, sets: list[str]) -> list[Row]:
    index = service._loaded()
    rows = []
    for name in sets:
        for q in evaluation.load_questions(BENCH / f"{name}.jsonl")[0]:
            query = analyze(q.question, service.lexicon)
            vector = service._embed(query)
            unknown = unknown_names(query.text, index.knows, service.faq.says)
            found = service.faq.candidate(query, vector)
            result = index.search(query, vector, k=5)
            rank = service._basis_rank(found.entry, result) if found else None
            answerable = decision.is_answerable(result, unknown)
            closest = max((hit.dense for hit in result.hits), default=0.0)
            rows.append(Row(name, q.kind, q.faq, found, rank, answerable, bool(unknown), closest))
    return rows


def counts(rows: list[Row], setting: tuple[float, float]) -> tuple[int, int, int, int]:
    """Right entries, wrong entries (paraphrases), near misses given one, paraphrases."""
    given = [row for row in rows if row.given(*setting)]
    right = sum(1 for r in given if r.want and r.found is not None and r.found.entry.id == r.want)
    wrong = sum(1 for r in given if r.want) - right
    return right, wrong, sum(1 for r in given if not r.want), sum(1 for r in rows if r.want)


def gain(rows: list[Row], setting: tuple[float, float]) -> int:
    right, wrong, near, _ = counts(rows, setting)
    return right - 2 * (wrong + near)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--index", type=Path, default=Path("/tmp/eval-all/starter"))
    args = parser.parse_args()
    service = QAService(CORPORA["starter"][0], args.index, load_configured_embedder(load_settings()))
    service.ensure_index()
    held_out = [name for name in FAQ_SETS if name not in FIT_SETS]
    rows = rows_of(service, FIT_SETS + held_out)
    starter = [r for r in rows_of(service, STARTER_SETS) if r.kind in ("offtopic", "nearmiss")]
    fitted = [r for r in rows if r.set in FIT_SETS]

    print("## Settings (closer than the best passage by, than the next entry by): right / wrong / near / paraphrases\n")
    print("| setting | nine sets | starter unanswerable given an entry |\n|---|---|---|")
    for setting in GRID:
        negatives = sum(1 for r in starter if r.given(*setting))
        print(f"| {setting} | {' / '.join(map(str, counts(fitted, setting)))} | {negatives} of {len(starter)} |")
    print("\n## Each set left out: the best setting on the others, scored on it\n")
    print("| set | chosen | right / wrong / near / paraphrases |\n|---|---|---|")
    total = [0, 0, 0, 0]
    for name in FIT_SETS:
        others = [r for r in fitted if r.set != name]
        chosen = max(GRID, key=lambda setting: (gain(others, setting), setting))
        found = counts([r for r in rows if r.set == name], chosen)
        total = [a + b for a, b in zip(total, found, strict=True)]
        print(f"| {name} | {chosen} | {' / '.join(map(str, found))} |")
    print(f"| all, cross-validated | | {' / '.join(map(str, total))} |")
    shipped = (faq.AGREE_OVER_PASSAGES, faq.AGREE_OVER_ENTRIES)
    print(f"\n## The shipped setting {shipped}\n\n| set | right / wrong / near / paraphrases |\n|---|---|")
    for name in FIT_SETS + held_out:
        label = name if name in FIT_SETS else f"{name} (held out)"
        print(f"| {label} | {' / '.join(map(str, counts([r for r in rows if r.set == name], shipped)))} |")
    print(f"| the nine sets | {' / '.join(map(str, counts(fitted, shipped)))} |")
    print(f"\nstarter unanswerable questions given an entry: {sum(r.given() for r in starter)} of {len(starter)}")


if __name__ == "__main__":
    main()
