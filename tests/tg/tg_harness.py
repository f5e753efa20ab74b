"""Running the real Application against the fake Bot API, as `python -m bot serve` would (but in-process)."""

from __future__ import annotations

import shutil
import socket
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

from telegram import Update

from bot.config import Settings
from bot.tg.app import build_application, webhook_options
from bot.tg.context import BotApp
from tests.tg.fake_telegram import TOKEN, FakeTelegram

FIXTURE_KNOWLEDGE = Path(__file__).parent.parent / "fixtures" / "tg_knowledge"
ADMIN_ID = 777


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def copy_knowledge(target: Path) -> Path:
    shutil.copytree(FIXTURE_KNOWLEDGE, target)
    return target


def bot_settings(fake: FakeTelegram, folder: Path, **overrides: Any) -> Settings:
    """Settings for a bot talking to `fake`, keeping its state under `folder`; nothing read from .env."""
    values: dict[str, Any] = {
        "telegram_bot_token": TOKEN,
        "telegram_base_url": fake.base_url,
        "telegram_base_file_url": fake.base_file_url,
        "knowledge_dir": folder / "knowledge",
        "index_dir": folder / "index",
        "query_log_path": folder / "data" / "queries.sqlite3",
        "heartbeat_path": folder / "data" / "heartbeat",
        "admin_ids": frozenset({ADMIN_ID}),
        "progress_edit_seconds": 0.2,
        "rate_limit_per_minute": 10,
    }
    return Settings(_env_file=None, **(values | overrides))  # type: ignore[call-arg]


@asynccontextmanager
async def running_bot(settings: Settings, service: object) -> AsyncIterator[BotApp]:
    """Start the bot as Application.run_polling/run_webhook would (post_init included); stop it the same way."""
    application = build_application(settings, service)  # type: ignore[arg-type]
    await application.initialize()
    if application.post_init:
        await application.post_init(application)
    assert application.updater is not None
    if settings.webhook_url:
        await application.updater.start_webhook(**webhook_options(settings))
    else:
        await application.updater.start_polling(timeout=1, poll_interval=0, allowed_updates=Update.ALL_TYPES)
    await application.start()
    try:
        yield application
    finally:
        await application.updater.stop()
        await application.stop()
        await application.shutdown()
        if application.post_shutdown:
            await application.post_shutdown(application)
