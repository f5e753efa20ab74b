"""Who may use the bot and how often: admins, the optional allowlist, sliding-window rate limits.

State is kept per user (or per chat) only while it matters: entries whose window or silence has passed are
dropped on a sweep at most once a window, so a bot that meets many people does not grow without end.
"""

from __future__ import annotations

import time
from collections import deque
from collections.abc import Callable, Hashable, Iterable

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
        self._swept_at = clock()

    def __len__(self) -> int:
        """Strangers currently remembered."""
        return len(self._refused_at)

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
        if now - self._swept_at >= self._silence:
            self._refused_at = {user: at for user, at in self._refused_at.items() if now - at < self._silence}
            self._swept_at = now
        refused = self._refused_at.get(user_id)
        if refused is not None and now - refused < self._silence:
            return False
        self._refused_at[user_id] = now
        return True


class RateLimiter:
    """Sliding one-minute window per key (a user, or a chat); over the limit, warned once per blocked stretch."""

    def __init__(self, per_minute: int, *, window: float = 60.0, clock: Clock = time.monotonic) -> None:
        self._limit = per_minute
        self._window = window
        self._clock = clock
        self._asked: dict[Hashable, deque[float]] = {}
        self._warned_until: dict[Hashable, float] = {}
        self._swept_at = clock()

    def __len__(self) -> int:
        """Keys currently tracked."""
        return len(self._asked.keys() | self._warned_until.keys())

    def check(self, key: Hashable) -> float:
        """Record a request. 0 if allowed, else seconds until the next one is allowed."""
        now = self._clock()
        self._sweep(now)
        asked = self._asked.setdefault(key, deque())
        while asked and now - asked[0] >= self._window:
            asked.popleft()
        if len(asked) < self._limit:
            asked.append(now)
            return 0.0
        return max(self._window - (now - asked[0]), 0.1)

    def should_warn(self, key: Hashable, wait: float) -> bool:
        """Warn only once per blocked stretch, so a flood gets one reply."""
        now = self._clock()
        if now < self._warned_until.get(key, 0.0):
            return False
        self._warned_until[key] = now + wait
        return True

    def _sweep(self, now: float) -> None:
        if now - self._swept_at < self._window:
            return
        self._swept_at = now
        self._asked = {key: times for key, times in self._asked.items() if times and now - times[-1] < self._window}
        self._warned_until = {key: until for key, until in self._warned_until.items() if until > now}
