"""Micro-batching of query embeddings: questions that arrive together share one encode call.

On 2 cores one encode of 8 questions costs little more than one of a single question, while 8 separate encodes
queue behind each other; under 30 simultaneous Telegram users that queue is most of the reply time. The first
caller waits a few milliseconds for company, then encodes everything that arrived meanwhile and hands each
caller its rows. Callers are threads (the Telegram layer runs questions in worker threads).
"""

from __future__ import annotations

import threading
import time
from collections.abc import Sequence
from dataclasses import dataclass, field

import numpy as np

from bot.search.embedder import Embedder, Progress

WAIT_SECONDS = 0.004  # how long the first question waits for others: small next to a 15-40 ms encode
MAX_BATCH = 32


@dataclass(eq=False)
class _Request:
    texts: list[str]
    done: threading.Event = field(default_factory=threading.Event)
    vectors: np.ndarray | None = None
    error: BaseException | None = None


class BatchingEmbedder:
    """An Embedder whose `encode_queries` batches concurrent calls; passages go straight through."""

    def __init__(self, inner: Embedder, *, wait_seconds: float = WAIT_SECONDS, max_batch: int = MAX_BATCH) -> None:
        self.inner = inner
        self.name = inner.name
        self.dimension = inner.dimension
        self._wait = wait_seconds
        self._max_batch = max_batch
        self._lock = threading.Lock()
        self._pending: list[_Request] = []
        self._leader_active = False
        self.batches = 0  # encode calls made, for tests and benchmarks

    def encode_passages(self, texts: Sequence[str], progress: Progress | None = None) -> np.ndarray:
        return self.inner.encode_passages(texts, progress)

    def encode_queries(self, texts: Sequence[str]) -> np.ndarray:
        request = _Request(list(texts))
        with self._lock:
            self._pending.append(request)
            lead = not self._leader_active
            self._leader_active = True
        if lead:
            time.sleep(self._wait)  # let the questions that arrive together join this batch
        else:
            request.done.wait()  # answered, or promoted to lead the next batch
        if request.vectors is None and request.error is None:
            self._run_batch()  # a leader's own request is always first in its batch
        if request.error is not None:
            raise request.error
        assert request.vectors is not None
        return request.vectors

    def _run_batch(self) -> None:
        with self._lock:
            batch, self._pending = self._take(self._pending)
        self._encode(batch)
        with self._lock:
            if self._pending:  # the oldest waiting caller leads next: nobody waits for a stranger's batch
                self._pending[0].done.set()
            else:
                self._leader_active = False

    def _take(self, pending: list[_Request]) -> tuple[list[_Request], list[_Request]]:
        count = taken = 0
        for request in pending:
            if taken and count + len(request.texts) > self._max_batch:
                break
            count += len(request.texts)
            taken += 1
        return pending[:taken], pending[taken:]

    def _encode(self, batch: list[_Request]) -> None:
        texts = [text for request in batch for text in request.texts]
        try:
            vectors = self.inner.encode_queries(texts) if texts else np.zeros((0, self.dimension), np.float32)
            self.batches += 1
        except BaseException as err:  # every waiting caller gets the error, not a hang
            for request in batch:
                request.error = err
                request.done.set()
            return
        start = 0
        for request in batch:
            request.vectors = vectors[start : start + len(request.texts)]
            start += len(request.texts)
            request.done.set()
