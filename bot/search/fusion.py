"""Combine lexical and dense rankings. Pure functions over (ids, scores) arrays.

Default: weighted sum of per-query normalised scores. Unlike reciprocal-rank fusion it keeps *how much*
better the best passage is, which the answer step needs to tell "clearly found" from "nothing fits".
Both are measured side by side in BENCHMARKS.md.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

LEXICAL_WEIGHT = 0.8
DENSE_WEIGHT = 0.2
RRF_K = 60


@dataclass(frozen=True, slots=True)
class Fused:
    id: int
    score: float
    lexical: float  # lexical score / best lexical score of the query, in [0, 1]
    dense: float  # raw cosine similarity


def weighted(
    lexical_ids: np.ndarray,
    lexical_scores: np.ndarray,
    dense_ids: np.ndarray,
    dense_scores: np.ndarray,
    *,
    lexical_weight: float = LEXICAL_WEIGHT,
    dense_weight: float = DENSE_WEIGHT,
    dense_cosines: dict[int, float] | None = None,
) -> list[Fused]:
    """lexical/max(lexical) and dense min-max scaled over the candidates, then a weighted sum."""
    top_lexical = float(lexical_scores.max()) if len(lexical_scores) else 0.0
    lexical = {int(i): float(s) / top_lexical for i, s in zip(lexical_ids, lexical_scores, strict=True) if top_lexical}
    cosine = {int(i): float(s) for i, s in zip(dense_ids, dense_scores, strict=True)}
    if dense_cosines:
        cosine.update(dense_cosines)
    floor = min(cosine.values(), default=0.0)
    span = max(max(cosine.values(), default=0.0) - floor, 1e-6)
    fused = []
    for passage_id in lexical.keys() | cosine.keys():
        lex = lexical.get(passage_id, 0.0)
        cos = cosine.get(passage_id, floor)
        score = lexical_weight * lex + dense_weight * (cos - floor) / span
        fused.append(Fused(passage_id, score, lex, cos))
    fused.sort(key=lambda item: (-item.score, item.id))
    return fused


def reciprocal_rank(
    lexical_ids: np.ndarray,
    lexical_scores: np.ndarray,
    dense_ids: np.ndarray,
    dense_scores: np.ndarray,
    *,
    k: int = RRF_K,
    dense_cosines: dict[int, float] | None = None,
) -> list[Fused]:
    """Classic RRF: sum of 1/(k + rank) over both rankings."""
    top_lexical = float(lexical_scores.max()) if len(lexical_scores) else 0.0
    scores: dict[int, float] = {}
    for ranking in (lexical_ids, dense_ids):
        for rank, passage_id in enumerate(ranking):
            scores[int(passage_id)] = scores.get(int(passage_id), 0.0) + 1.0 / (k + rank + 1)
    lexical = {int(i): float(s) / top_lexical for i, s in zip(lexical_ids, lexical_scores, strict=True) if top_lexical}
    cosine = {int(i): float(s) for i, s in zip(dense_ids, dense_scores, strict=True)}
    cosine.update(dense_cosines or {})
    fused = [Fused(i, s, lexical.get(i, 0.0), cosine.get(i, 0.0)) for i, s in scores.items()]
    fused.sort(key=lambda item: (-item.score, item.id))
    return fused
