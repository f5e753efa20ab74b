"""Access rules (admins, allowlist, strangers) and the per-user rate limit, on a fake clock."""

from __future__ import annotations

from bot.tg.access import AccessPolicy, RateLimiter


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_without_allowlist_everyone_may_ask_but_only_admins_administer() -> None:
    policy = AccessPolicy({1})
    assert policy.is_allowed(5) and policy.is_allowed(1) and not policy.is_allowed(None)
    assert policy.is_admin(1) and not policy.is_admin(5) and not policy.is_admin(None)


def test_allowlist_admits_members_and_admins_only() -> None:
    policy = AccessPolicy({1}, {2})
    assert policy.is_allowed(1) and policy.is_allowed(2) and not policy.is_allowed(3)


def test_stranger_is_told_once_per_silence_period() -> None:
    clock = Clock()
    policy = AccessPolicy((), {2}, silence_seconds=600, clock=clock)
    assert policy.should_tell_stranger(3)
    clock.now += 599
    assert not policy.should_tell_stranger(3)
    assert policy.should_tell_stranger(4)
    clock.now += 2
    assert policy.should_tell_stranger(3)


def test_rate_limit_is_a_sliding_minute_per_user() -> None:
    clock = Clock()
    limiter = RateLimiter(3, clock=clock)
    assert [limiter.check(1) for _ in range(3)] == [0.0, 0.0, 0.0]
    assert limiter.check(1) == 60.0 and limiter.check(2) == 0.0
    clock.now += 30
    assert limiter.check(1) == 30.0
    clock.now += 30
    assert limiter.check(1) == 0.0


def test_flood_is_warned_once() -> None:
    clock = Clock()
    limiter = RateLimiter(1, clock=clock)
    limiter.check(1)
    wait = limiter.check(1)
    assert limiter.should_warn(1, wait) and not limiter.should_warn(1, limiter.check(1))
    clock.now += 61
    assert limiter.check(1) == 0.0
    assert limiter.should_warn(1, limiter.check(1))


def test_rate_limit_forgets_users_who_went_quiet() -> None:
    clock = Clock()
    limiter = RateLimiter(3, clock=clock)
    for user in range(1000):
        limiter.check(user)
    assert len(limiter) == 1000
    clock.now += 61
    limiter.check(5000)
    assert len(limiter) == 1


def test_refused_strangers_are_forgotten_after_the_silence() -> None:
    clock = Clock()
    policy = AccessPolicy((), {2}, silence_seconds=600, clock=clock)
    for user in range(1000, 2000):
        policy.should_tell_stranger(user)
    clock.now += 601
    assert policy.should_tell_stranger(3)
    assert len(policy) == 1
