"""Update slots shared fairly between chats.

PTB hands every update to one pool of `concurrent_updates` slots. A busy group's updates wait inside their
slots — for the group's 20-messages-a-minute send limit, for worker threads — so a flood could fill the
pool and a private member's question queued behind all of it. Here an update first takes one of its
chat's few slots and only then a shared one: a chat's backlog waits outside the pool.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable
from typing import Any

from telegram import Update
from telegram.ext import BaseUpdateProcessor

# A chat may hold at most 1/CHAT_SHARE of the pool (4 of 64 slots): enough to answer a group's questions
# concurrently, little enough that 15 other chats busy at once still find room.
CHAT_SHARE = 16


class FairUpdateProcessor(BaseUpdateProcessor):
    """At most `max_concurrent_updates` updates at once, and at most `per_chat` of them from one chat."""

    def __init__(self, max_concurrent_updates: int, per_chat: int | None = None) -> None:
        super().__init__(max_concurrent_updates)
        self.per_chat = per_chat or max(1, max_concurrent_updates // CHAT_SHARE)
        self._chats: dict[int, asyncio.Semaphore] = {}
        self._holders: dict[int, int] = {}  # updates holding or awaiting a chat's slots; the entry goes at 0

    async def process_update(self, update: object, coroutine: Awaitable[Any]) -> None:
        key = _chat_key(update)
        if key is None:
            await super().process_update(update, coroutine)
            return
        slots = self._chats.setdefault(key, asyncio.Semaphore(self.per_chat))
        self._holders[key] = self._holders.get(key, 0) + 1
        try:
            async with slots:
                await super().process_update(update, coroutine)
        finally:
            self._holders[key] -= 1
            if not self._holders[key]:
                del self._holders[key], self._chats[key]

    async def do_process_update(self, update: object, coroutine: Awaitable[Any]) -> None:
        await coroutine

    async def initialize(self) -> None:
        """Nothing to set up."""

    async def shutdown(self) -> None:
        """Nothing to release."""

    @property
    def chats_tracked(self) -> int:
        return len(self._chats)


def _chat_key(update: object) -> int | None:
    if not isinstance(update, Update):
        return None
    if update.effective_chat is not None:
        return update.effective_chat.id
    return update.effective_user.id if update.effective_user is not None else None
