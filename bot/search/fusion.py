"""Combine lexical and dense rankings. Pure functions over (ids, scores) arrays.

Default: weighted sum of per-query normalised scores. Unlike reciprocal-rank fusion it keeps *how much*
better the best passage is, which the answer step needs to tell "clearly found" from "nothing fits".
Both are measured side by side in BENCHMARKS.md. Vectorised: at 200,000 passages the candidates number
~200 per search and a per-candidate Python loop was a sixth of the search time.
"""

from __future__ import annotations

from typing import NamedTuple

import numpy as np

# Chosen by bench/tune.py (leave-one-document-out over the tune questions; BENCHMARKS.md "Fusion").
LEXICAL_WEIGHT = 0.4
DENSE_WEIGHT = 0.6
RRF_K = 60


class Fused(NamedTuple):
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
    """lexical/max(lexical) and dense min-max scaled over the candidates, then a weighted sum.

    `dense_cosines` adds the cosines of candidates the dense search did not return; a candidate with no
    cosine at all counts as the lowest one.
    """
    ids, lexical, cosine = _candidates(lexical_ids, lexical_scores, dense_ids, dense_scores, dense_cosines)
    known = ~np.isnan(cosine)
    floor = float(cosine[known].min()) if known.any() else 0.0
    span = max((float(cosine[known].max()) if known.any() else 0.0) - floor, 1e-6)
    cosine[~known] = floor
    scores = lexical_weight * lexical + dense_weight * (cosine - floor) / span
    return _ranked(ids, scores, lexical, cosine)


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
    ids, lexical, cosine = _candidates(lexical_ids, lexical_scores, dense_ids, dense_scores, dense_cosines)
    scores = np.zeros(len(ids))
    for candidates, values in ((lexical_ids, lexical_scores), (dense_ids, dense_scores)):
        ranking = candidates[np.lexsort((candidates, -values))]  # callers need not pass them sorted
        scores[np.searchsorted(ids, ranking)] += 1.0 / (k + np.arange(len(ranking)) + 1)
    # Candidates only the cosine look-up brought in have no rank in either list.
    return [item for item in _ranked(ids, scores, lexical, np.nan_to_num(cosine)) if item.score > 0]


def _candidates(
    lexical_ids: np.ndarray,
    lexical_scores: np.ndarray,
    dense_ids: np.ndarray,
    dense_scores: np.ndarray,
    dense_cosines: dict[int, float] | None,
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Sorted distinct candidate ids, their lexical share of the best (0 if none) and cosine (NaN if unknown)."""
    extra_ids = np.fromiter(dense_cosines or {}, dtype=np.int64, count=len(dense_cosines or {}))
    extra = np.fromiter((dense_cosines or {}).values(), dtype=np.float64, count=len(extra_ids))
    ids = np.union1d(np.union1d(lexical_ids, dense_ids), extra_ids).astype(np.int64)
    lexical = np.zeros(len(ids))
    top_lexical = float(lexical_scores.max()) if len(lexical_scores) else 0.0
    if top_lexical:
        lexical[np.searchsorted(ids, lexical_ids)] = lexical_scores.astype(np.float64) / top_lexical
    cosine = np.full(len(ids), np.nan)
    cosine[np.searchsorted(ids, dense_ids)] = dense_scores
    cosine[np.searchsorted(ids, extra_ids)] = extra
    return ids, lexical, cosine


def _ranked(ids: np.ndarray, scores: np.ndarray, lexical: np.ndarray, cosine: np.ndarray) -> list[Fused]:
    order = np.lexsort((ids, -scores))  # best first; ties by id, so runs are reproducible
    columns = (ids[order].tolist(), scores[order].tolist(), lexical[order].tolist(), cosine[order].tolist())
    return [Fused(*row) for row in zip(*columns, strict=True)]
