"""Micro-batching of query embeddings: concurrent callers share encode calls and each gets its own rows."""

from __future__ import annotations

import threading
import time
from collections.abc import Sequence

import numpy as np
import pytest

from bot.search.batching import BatchingEmbedder
from tests.conftest import FakeEmbedder


class SlowEmbedder(FakeEmbedder):
    """A fake whose encode takes a while, like a real model on 2 cores; records every call's size."""

    def __init__(self, fail_on: str | None = None) -> None:
        super().__init__()
        self.calls: list[int] = []
        self.fail_on = fail_on

    def encode_queries(self, texts: Sequence[str]) -> np.ndarray:
        self.calls.append(len(texts))
        time.sleep(0.05)
        if self.fail_on in texts:
            raise RuntimeError("model failed")
        return super().encode_queries(texts)


def ask_together(embedder: BatchingEmbedder, questions: list[str]) -> dict[str, np.ndarray | BaseException]:
    results: dict[str, np.ndarray | BaseException] = {}
    start = threading.Barrier(len(questions))

    def one(question: str) -> None:
        start.wait()
        try:
            results[question] = embedder.encode_queries([question])
        except BaseException as err:
            results[question] = err

    threads = [threading.Thread(target=one, args=(question,)) for question in questions]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)
    assert not any(thread.is_alive() for thread in threads), "a caller hung"
    return results


QUESTIONS = [f"câu hỏi số {i} về đảng viên dự bị" for i in range(24)]


def test_concurrent_questions_share_encode_calls() -> None:
    inner = SlowEmbedder()
    results = ask_together(BatchingEmbedder(inner, max_batch=32), QUESTIONS)
    assert sum(inner.calls) == len(QUESTIONS)
    assert len(inner.calls) < len(QUESTIONS) / 3
    reference = FakeEmbedder()
    for question in QUESTIONS:
        np.testing.assert_allclose(results[question], reference.encode_queries([question]))


def test_batches_respect_the_size_cap() -> None:
    inner = SlowEmbedder()
    ask_together(BatchingEmbedder(inner, max_batch=5), QUESTIONS)
    assert max(inner.calls) <= 5 and sum(inner.calls) == len(QUESTIONS)


def test_an_error_reaches_only_its_batch_and_nobody_hangs() -> None:
    inner = SlowEmbedder(fail_on=QUESTIONS[0])
    results = ask_together(BatchingEmbedder(inner, max_batch=4), QUESTIONS)
    failed = [q for q, value in results.items() if isinstance(value, BaseException)]
    assert QUESTIONS[0] in failed
    assert len(failed) <= 4  # the batch that held the failing question, no more
    assert len(results) == len(QUESTIONS)


def test_a_lone_question_is_encoded_alone() -> None:
    inner = SlowEmbedder()
    embedder = BatchingEmbedder(inner)
    vectors = embedder.encode_queries(["a", "b"])
    assert vectors.shape == (2, inner.dimension) and inner.calls == [2]
    assert embedder.encode_passages(["c"]).shape == (1, inner.dimension)


@pytest.mark.parametrize("rounds", [3])
def test_leadership_passes_on_between_rounds(rounds: int) -> None:
    inner = SlowEmbedder()
    embedder = BatchingEmbedder(inner)
    for _ in range(rounds):
        ask_together(embedder, QUESTIONS[:6])
    assert sum(inner.calls) == 6 * rounds
