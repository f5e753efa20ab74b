"""The typed callback context: handlers reach the services as `context.qa`, `context.querylog`, …"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from telegram.ext import Application, CallbackContext, ExtBot

from bot.qa.querylog import QueryLog
from bot.tg.access import AccessPolicy, RateLimiter

if TYPE_CHECKING:
    from bot.qa.service import QAService


@dataclass
class BotOptions:
    """The few settings handlers need, copied out of Settings so handlers never read the environment."""

    max_upload_mb: int = 20
    progress_edit_seconds: float = 1.5


@dataclass
class BotServices:
    """Everything shared by the handlers; `qa` is given to build_application, the rest made in post_init."""

    qa: QAService | None = None
    querylog: QueryLog | None = None
    access: AccessPolicy = field(default_factory=lambda: AccessPolicy(()))
    limiter: RateLimiter = field(default_factory=lambda: RateLimiter(10))  # per user
    chat_limiter: RateLimiter = field(default_factory=lambda: RateLimiter(20))  # per group chat
    options: BotOptions = field(default_factory=BotOptions)
    reindex_task: asyncio.Task[None] | None = None


class AppContext(CallbackContext[ExtBot[None], dict, dict, BotServices]):
    """CallbackContext with typed access to the bot's services."""

    @property
    def services(self) -> BotServices:
        return self.bot_data

    @property
    def qa(self) -> QAService:
        if self.bot_data.qa is None:
            raise RuntimeError("the QA service is not set; build the app with build_application()")
        return self.bot_data.qa

    @property
    def querylog(self) -> QueryLog:
        if self.bot_data.querylog is None:
            raise RuntimeError("the query log opens in post_init; it is not open yet")
        return self.bot_data.querylog

    @property
    def access(self) -> AccessPolicy:
        return self.bot_data.access

    @property
    def limiter(self) -> RateLimiter:
        return self.bot_data.limiter

    @property
    def chat_limiter(self) -> RateLimiter:
        return self.bot_data.chat_limiter

    @property
    def options(self) -> BotOptions:
        return self.bot_data.options


BotApp = Application[ExtBot[None], AppContext, dict, dict, BotServices, None]
