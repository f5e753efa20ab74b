"""Starting safely: the token is checked before anything slow happens, and it never reaches the output.

getMe is retried with growing pauses while the network is down, but not when Telegram rejects the token;
failures become one-line BotErrors (what failed, what to check). RedactToken scrubs the token from every log
record, tracebacks included, since library errors quote it (PTB's InvalidToken, request URLs).
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable

from telegram import Bot
from telegram.error import InvalidToken, NetworkError, TelegramError

from bot.errors import BotError, ConfigError

log = logging.getLogger(__name__)
Sleep = Callable[[float], Awaitable[object]]

REJECTED = (
    "Telegram rejected the bot token (getMe answered 401/404). "
    "Check TELEGRAM_BOT_TOKEN (from @BotFather) and, if set, TELEGRAM_BASE_URL."
)
MAX_BACKOFF = 30.0


class TelegramUnavailableError(BotError):
    """The Bot API could not be reached at start, after the retries."""


class RedactToken(logging.Filter):
    """Replace the bot token in any log record: message, traceback and stack (library errors quote it)."""

    def __init__(self, token: str) -> None:
        super().__init__()
        self._token = token

    def filter(self, record: logging.LogRecord) -> bool:
        if not self._token:
            return True
        message = record.getMessage()
        if self._token in message:
            record.msg, record.args = message.replace(self._token, "<token>"), None
        if record.exc_info and not record.exc_text:
            # Formatters reuse a cached exc_text; filling it here means the raw traceback is never printed.
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text and self._token in record.exc_text:
            record.exc_text = record.exc_text.replace(self._token, "<token>")
        if record.stack_info and self._token in record.stack_info:
            record.stack_info = record.stack_info.replace(self._token, "<token>")
        return True


async def check_telegram(
    token: str, *, base_url: str, base_file_url: str, retries: int, sleep: Sleep = asyncio.sleep
) -> str:
    """getMe, retried with growing pauses on network errors; a rejected token is not retried. Returns @username."""
    library = logging.getLogger("telegram")
    level = library.level
    library.setLevel(logging.CRITICAL)  # it logs a traceback per failed try; the outcome is reported here instead
    try:
        return await _get_me(Bot(token, base_url=base_url, base_file_url=base_file_url), retries, sleep)
    finally:
        library.setLevel(level)


async def _get_me(bot: Bot, retries: int, sleep: Sleep) -> str:
    delay, attempt = 1.0, 0
    while True:
        try:
            async with bot:
                return bot.username
        except InvalidToken:
            raise ConfigError(REJECTED) from None
        except NetworkError as err:
            attempt += 1
            if attempt > retries:
                raise start_failure(err, bot.token) from None
            reason = _redact(str(err), bot.token)
            log.warning("Telegram is not reachable (%s); retry %d of %d in %.0f s", reason, attempt, retries, delay)
        await sleep(delay)
        delay = min(delay * 2, MAX_BACKOFF)


def start_failure(err: TelegramError, token: str) -> BotError:
    """A Telegram error at start -> one line saying what failed and what to check, without the token."""
    if isinstance(err, InvalidToken):
        return ConfigError(REJECTED)
    return TelegramUnavailableError(
        f"Cannot reach the Telegram Bot API ({_redact(str(err), token)}). "
        "Check the network, a proxy if one is needed, and TELEGRAM_BASE_URL if set."
    )


def _redact(text: str, token: str) -> str:
    return text.replace(token, "<token>") if token else text
