"""A heartbeat file for container health checks: refreshed only while updates are really arriving.

In polling mode that means Telegram answered a getUpdates call recently (a long poll returns at least
every POLL_TIMEOUT seconds, updates or not); in webhook mode, that the webhook server is up. `python -m bot
health` (the Docker HEALTHCHECK) fails once the file is older than a few beats, or gone after a stop.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from pathlib import Path
from typing import Any

from telegram.ext import Application
from telegram.request import HTTPXRequest

log = logging.getLogger(__name__)

POLL_TIMEOUT = 10  # seconds a getUpdates long poll may wait for updates (what run() passes to run_polling)


class PollWatch(HTTPXRequest):
    """The connection getUpdates uses, remembering when Telegram last answered it with 200."""

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(connection_pool_size=1, **kwargs)
        self.answered_at = float("-inf")  # time.monotonic()

    async def do_request(self, *args: Any, **kwargs: Any) -> tuple[int, bytes]:
        code, payload = await super().do_request(*args, **kwargs)
        if code == 200:
            self.answered_at = time.monotonic()
        return code, payload


class Heartbeat:
    """Touch `path` every `every` seconds while the application receives updates; remove it on stop."""

    def __init__(self, path: Path, every: float, watch: PollWatch | None) -> None:
        self.path, self.every, self.watch = path, every, watch  # watch None: webhook mode
        self._task: asyncio.Task[None] | None = None

    def start(self, application: Application[Any, Any, Any, Any, Any, Any]) -> None:
        self._task = asyncio.get_running_loop().create_task(self._beat(application), name="heartbeat")

    async def stop(self) -> None:
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task
        self.path.unlink(missing_ok=True)

    def receiving(self, application: Application[Any, Any, Any, Any, Any, Any]) -> bool:
        updater = application.updater
        if not (application.running and updater is not None and updater.running):
            return False
        return self.watch is None or time.monotonic() - self.watch.answered_at < POLL_TIMEOUT + 2 * self.every

    async def _beat(self, application: Application[Any, Any, Any, Any, Any, Any]) -> None:
        while True:
            if self.receiving(application):
                try:
                    self.path.parent.mkdir(parents=True, exist_ok=True)
                    self.path.touch()
                except OSError as err:
                    log.warning("Cannot write the heartbeat file %s: %s", self.path, err)
            await asyncio.sleep(self.every)
