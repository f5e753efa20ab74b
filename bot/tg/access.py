"""Who may use the bot and how often: admins, the optional allowlist, a per-user question rate."""

from __future__ import annotations

import time
from collections import deque
from collections.abc import Callable, Iterable

Clock = Callable[[], float]


class AccessPolicy:
    """Admins always pass; with an allowlist, strangers are refused once, then ignored for a while."""

    def __init__(
        self,
        admin_ids: Iterable[int],
        allowed_user_ids: Iterable[int] = (),
        *,
        silence_seconds: float = 3600.0,
        clock: Clock = time.monotonic,
    ) -> None:
        self.admin_ids = frozenset(admin_ids)
        self.allowed_user_ids = frozenset(allowed_user_ids)
        self._silence = silence_seconds
        self._clock = clock
        self._refused_at: dict[int, float] = {}

    def is_admin(self, user_id: int | None) -> bool:
        return user_id is not None and user_id in self.admin_ids

    def is_allowed(self, user_id: int | None) -> bool:
        if user_id is None:
            return False
        if not self.allowed_user_ids:
            return True
        return user_id in self.allowed_user_ids or user_id in self.admin_ids

    def should_tell_stranger(self, user_id: int) -> bool:
        """True the first time a stranger writes (and again once the silence period has passed)."""
        now = self._clock()
        refused = self._refused_at.get(user_id)
        if refused is not None and now - refused < self._silence:
            return False
        self._refused_at[user_id] = now
        return True


class RateLimiter:
    """Sliding one-minute window per user; over the limit, the user is warned once per window."""

    def __init__(self, per_minute: int, *, window: float = 60.0, clock: Clock = time.monotonic) -> None:
        self._limit = per_minute
        self._window = window
        self._clock = clock
        self._asked: dict[int, deque[float]] = {}
        self._warned_until: dict[int, float] = {}

    def check(self, user_id: int) -> float:
        """Record a question. 0 if allowed, else seconds until the next one is allowed."""
        now = self._clock()
        asked = self._asked.setdefault(user_id, deque())
        while asked and now - asked[0] >= self._window:
            asked.popleft()
        if len(asked) < self._limit:
            asked.append(now)
            return 0.0
        return max(self._window - (now - asked[0]), 0.1)

    def should_warn(self, user_id: int, wait: float) -> bool:
        """Tell a user they are too fast only once per blocked stretch, so a flood gets one reply."""
        now = self._clock()
        if now < self._warned_until.get(user_id, 0.0):
            return False
        self._warned_until[user_id] = now + wait
        return True
