"""Score fusion and top-n selection: pure functions checked on hand-made cases and against plain definitions."""

import numpy as np
import pytest

from bot.search import fusion
from bot.search.engine import _best
from bot.search.lexical import top_positive


def _ids(*values: int) -> np.ndarray:
    return np.array(values, dtype=np.int64)


def _scores(*values: float) -> np.ndarray:
    return np.array(values, dtype=np.float32)


def test_weighted_fusion_by_hand() -> None:
    fused = fusion.weighted(
        _ids(1, 2), _scores(4.0, 2.0), _ids(2, 3), _scores(0.9, 0.5), lexical_weight=0.8, dense_weight=0.2
    )
    by_id = {item.id: item for item in fused}
    # lexical: 1 -> 1.0, 2 -> 0.5; cosine min-max over {0.9, 0.5}; passage 1 has no cosine: the floor.
    assert by_id[1].score == pytest.approx(0.8)
    assert by_id[2].score == pytest.approx(0.8 * 0.5 + 0.2)
    assert by_id[3].score == pytest.approx(0.0)
    assert by_id[1].dense == pytest.approx(0.5)
    assert [item.id for item in fused] == [1, 2, 3]


def test_weighted_fusion_uses_the_extra_cosines_of_lexical_only_candidates() -> None:
    without = {item.id: item for item in fusion.weighted(_ids(1), _scores(1.0), _ids(2), _scores(0.5))}
    extra = {
        item.id: item for item in fusion.weighted(_ids(1), _scores(1.0), _ids(2), _scores(0.5), dense_cosines={1: 0.9})
    }
    assert without[1].dense == pytest.approx(0.5)
    assert extra[1].dense == pytest.approx(0.9)
    assert extra[1].score == pytest.approx(1.0)


def test_fusion_ties_go_to_the_lower_id() -> None:
    fused = fusion.weighted(_ids(9, 4, 7), _scores(1.0, 1.0, 1.0), _ids(), _scores())
    assert [item.id for item in fused] == [4, 7, 9]


def test_fusion_of_nothing_is_empty() -> None:
    assert fusion.weighted(_ids(), _scores(), _ids(), _scores()) == []
    assert fusion.reciprocal_rank(_ids(), _scores(), _ids(), _scores()) == []


def test_reciprocal_rank_adds_both_ranks_and_ignores_cosine_only_candidates() -> None:
    fused = fusion.reciprocal_rank(_ids(1, 2), _scores(3.0, 1.0), _ids(2, 1), _scores(0.9, 0.1), dense_cosines={5: 0.7})
    assert {item.id for item in fused} == {1, 2}
    assert fused[0].score == pytest.approx(1 / 61 + 1 / 62)
    assert [item.id for item in fused] == [1, 2]  # equal sums: the lower id first


@pytest.mark.parametrize("size", [0, 5, 99, 100, 1_000, 20_000])
def test_top_positive_finds_the_best_scores(size: int) -> None:
    rng = np.random.default_rng(size)
    scores = np.where(rng.random(size) < 0.3, 0.0, rng.integers(1, 50, size)).astype(np.float32)
    found = top_positive(scores, 100)
    assert len(found) == min(100, int((scores > 0).sum()))
    best_first = np.sort(scores)[::-1]
    assert sorted(scores[found].tolist(), reverse=True) == best_first[: len(found)].tolist()


def test_top_positive_of_all_zero_scores_is_empty() -> None:
    assert len(top_positive(np.zeros(10_000, dtype=np.float32), 100)) == 0


def test_best_breaks_ties_like_a_stable_sort() -> None:
    values = np.array([3.0, 1.0, 2.0, 2.0, 2.0, 0.0])
    assert sorted(_best(values, 3).tolist()) == [0, 2, 3]
    rng = np.random.default_rng(3)
    for _ in range(200):
        values = rng.integers(0, 5, 50).astype(np.float64)
        expected = np.argsort(-values, kind="stable")[:10]
        assert sorted(_best(values, 10).tolist()) == sorted(expected.tolist())


def test_reciprocal_rank_ranks_by_score_not_by_the_order_given() -> None:
    # Candidate selection (argpartition) hands the lexical ids over unsorted.
    fused = fusion.reciprocal_rank(_ids(3, 1, 2), _scores(1.0, 5.0, 3.0), _ids(), _scores())
    assert [item.id for item in fused] == [1, 2, 3]
    assert fused[0].score == pytest.approx(1 / 61)
