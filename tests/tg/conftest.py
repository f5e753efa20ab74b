"""Fixtures of the Telegram tests: the real QAService over small fixture knowledge, a fake Bot API server on
127.0.0.1 and the bot wired to it, started once per session."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from bot.config import Settings
from bot.qa.service import QAService
from bot.search.embedder import Embedder
from bot.tg.context import BotApp
from tests.tg.fake_telegram import FakeTelegram
from tests.tg.tg_harness import bot_settings, copy_knowledge, running_bot


@pytest.fixture(scope="session")
def tg_folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("tg")
    copy_knowledge(folder / "knowledge")
    return folder


@pytest.fixture(scope="session")
def tg_service(tg_folder: Path, real_embedder: Embedder) -> Iterator[QAService]:
    """The real QAService over the fixture knowledge, index built once for all Telegram tests."""
    service = QAService(tg_folder / "knowledge", tg_folder / "index", real_embedder)
    service.ensure_index()
    yield service


@dataclass
class TgBot:
    """A running bot and the fake Telegram it talks to."""

    fake: FakeTelegram
    app: BotApp
    settings: Settings
    service: QAService


@pytest.fixture(scope="session")
async def tg_session(tg_folder: Path, tg_service: QAService) -> AsyncIterator[TgBot]:
    async with FakeTelegram() as fake:
        settings = bot_settings(fake, tg_folder)
        async with running_bot(settings, tg_service) as app:
            yield TgBot(fake, app, settings, tg_service)


@pytest.fixture
async def tg(tg_session: TgBot) -> AsyncIterator[TgBot]:
    """The shared bot; each test must leave no 4xx behind (Telegram would have rejected those requests)."""
    before = len(tg_session.fake.errors)
    yield tg_session
    assert tg_session.fake.errors[before:] == []
