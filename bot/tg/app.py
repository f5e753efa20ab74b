"""All Telegram wiring in one place: build_application() for tests and run() for `python -m bot serve`."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from telegram import BotCommand, Update
from telegram.error import TelegramError
from telegram.ext import (
    AIORateLimiter,
    ApplicationBuilder,
    CallbackQueryHandler,
    CommandHandler,
    ContextTypes,
    MessageHandler,
    TypeHandler,
    filters,
)

from bot.config import Settings
from bot.errors import ConfigError
from bot.qa.querylog import QueryLog
from bot.tg import admin, handlers, keyboards, texts
from bot.tg.access import AccessPolicy, RateLimiter
from bot.tg.context import AppContext, BotApp, BotOptions, BotServices
from bot.tg.fairness import FairUpdateProcessor
from bot.tg.heartbeat import POLL_TIMEOUT, Heartbeat, PollWatch
from bot.tg.startup import RedactToken, check_telegram, start_failure

if TYPE_CHECKING:
    from bot.qa.service import QAService

log = logging.getLogger(__name__)

NO_TOKEN = "TELEGRAM_BOT_TOKEN is not set. Get one from @BotFather and put it in .env"
NO_SECRET = (
    "WEBHOOK_SECRET is not set: without it anyone who finds WEBHOOK_URL can send forged updates. "
    "Set WEBHOOK_SECRET in .env to a random string, e.g. the output of: "
    "python -c 'import secrets; print(secrets.token_urlsafe(32))'"
)
# New messages only, commands included (CommandHandler also takes edits by default): an edited question is
# not answered, nor logged, a second time.
_MESSAGE = filters.UpdateType.MESSAGE
_NOT_TEXT = _MESSAGE & filters.ChatType.PRIVATE & ~filters.TEXT & ~filters.Document.ALL & ~filters.StatusUpdate.ALL


def build_application(settings: Settings, service: QAService) -> BotApp:
    """The bot, wired: handlers, typed context, rate limiter, services opened in post_init."""
    if settings.telegram_bot_token is None:
        raise ConfigError(NO_TOKEN)

    async def post_init(application: BotApp) -> None:
        services = application.bot_data
        services.qa = service
        salt = settings.query_log_salt.get_secret_value() if settings.query_log_salt else None
        services.querylog = await asyncio.to_thread(
            QueryLog, settings.query_log_path, salt=salt, retention_days=settings.query_log_retention_days
        )
        purged = await asyncio.to_thread(services.querylog.purge)
        if purged:
            log.info("Purged %d query-log entries past retention", purged)
        services.access = AccessPolicy(
            settings.admin_ids, settings.allowed_user_ids, silence_seconds=settings.stranger_silence_minutes * 60
        )
        services.limiter = RateLimiter(settings.rate_limit_per_minute)
        services.chat_limiter = RateLimiter(settings.group_rate_limit_per_minute)
        services.options = BotOptions(settings.max_upload_mb, settings.progress_edit_seconds)
        await application.bot.set_my_commands([BotCommand(name, text) for name, text in texts.COMMANDS.items()])
        heartbeat.start(application)

    async def post_shutdown(application: BotApp) -> None:
        await heartbeat.stop()
        if application.bot_data.querylog is not None:
            application.bot_data.querylog.close()

    watch = None if settings.webhook_url else PollWatch()
    heartbeat = Heartbeat(settings.heartbeat_path, settings.heartbeat_seconds, watch)
    builder = ApplicationBuilder().get_updates_request(watch) if watch is not None else ApplicationBuilder()
    application: BotApp = (
        builder.token(settings.telegram_bot_token.get_secret_value())
        .base_url(settings.telegram_base_url)
        .base_file_url(settings.telegram_base_file_url)
        .context_types(ContextTypes(context=AppContext, bot_data=BotServices))
        .rate_limiter(AIORateLimiter())
        .concurrent_updates(FairUpdateProcessor(settings.concurrent_updates))
        .post_init(post_init)
        .post_shutdown(post_shutdown)
        .build()
    )
    _add_handlers(application)
    return application


def _add_handlers(application: BotApp) -> None:
    application.add_handler(TypeHandler(Update, handlers.gatekeeper), group=-1)
    application.add_handlers(
        [
            CommandHandler("start", handlers.start, filters=_MESSAGE),
            CommandHandler("help", handlers.help_command, filters=_MESSAGE),
            CommandHandler("ask", handlers.ask_command, filters=_MESSAGE),
            CommandHandler("faq", handlers.faq_command, filters=_MESSAGE),
            CommandHandler("reindex", admin.reindex, filters=_MESSAGE),
            CommandHandler("stats", admin.stats, filters=_MESSAGE),
            MessageHandler(_MESSAGE & filters.ChatType.PRIVATE & filters.Document.ALL, admin.on_document),
            MessageHandler(_MESSAGE & filters.TEXT & ~filters.COMMAND, handlers.on_text),
            MessageHandler(_MESSAGE & filters.ChatType.PRIVATE & filters.COMMAND, handlers.help_command),
            MessageHandler(_NOT_TEXT, handlers.on_other),
            CallbackQueryHandler(handlers.on_faq_topics, pattern=f"^{keyboards.TOPICS}$"),
            CallbackQueryHandler(handlers.on_faq_topic, pattern=keyboards.TOPIC_PATTERN),
            CallbackQueryHandler(handlers.on_faq_question, pattern=keyboards.QUESTION_PATTERN),
            CallbackQueryHandler(handlers.on_vote, pattern=keyboards.VOTE_PATTERN),
            CallbackQueryHandler(handlers.on_unknown_button),
        ]
    )
    application.add_error_handler(handlers.on_error)


def protect_logs(settings: Settings) -> None:
    """Keep the token out of the logs: httpx logs every request URL at INFO, and that URL holds it."""
    if not logging.getLogger().handlers:
        logging.basicConfig(level=settings.log_level, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    logging.getLogger("httpx").setLevel(logging.WARNING)
    if settings.telegram_bot_token is not None:
        redact = RedactToken(settings.telegram_bot_token.get_secret_value())
        for handler in logging.getLogger().handlers:
            handler.addFilter(redact)


def run(settings: Settings, make_service: Callable[[], QAService]) -> None:
    """Serve until interrupted: build the index if needed, then long polling (or a webhook if WEBHOOK_URL).

    Everything that can be wrong with the settings or the connection is found before the model is loaded,
    and every Telegram failure leaves as a BotError whose message never holds the token.
    """
    if settings.telegram_bot_token is None:
        raise ConfigError(NO_TOKEN)
    if settings.webhook_url:
        webhook_options(settings)  # refuses to start without WEBHOOK_SECRET
    protect_logs(settings)
    token = settings.telegram_bot_token.get_secret_value()
    connection = {"base_url": settings.telegram_base_url, "base_file_url": settings.telegram_base_file_url}
    username = asyncio.run(check_telegram(token, retries=settings.startup_retries, **connection))
    log.info("Connected to Telegram as @%s", username)
    service = make_service()
    log.info("Checking the index in %s (it is built now if missing or stale)", settings.index_dir)
    report = service.ensure_index()
    if report is not None:
        log.info("Built the index: %d files, %d passages in %.1f s", report.documents, report.passages, report.seconds)
    application = build_application(settings, service)
    try:
        if settings.webhook_url:
            log.info("Receiving updates by webhook on %s:%d", settings.webhook_listen, settings.webhook_port)
            application.run_webhook(**webhook_options(settings), bootstrap_retries=settings.startup_retries)
        else:
            log.info("Receiving updates by long polling")
            application.run_polling(
                allowed_updates=Update.ALL_TYPES, timeout=POLL_TIMEOUT, bootstrap_retries=settings.startup_retries
            )
    except TelegramError as err:
        raise start_failure(err, token) from None


def webhook_options(settings: Settings) -> dict[str, Any]:
    """Arguments for run_webhook/start_webhook: where to listen locally, and the public URL Telegram posts to."""
    if not settings.webhook_url:
        raise ConfigError("WEBHOOK_URL is not set; leave it empty to use long polling instead.")
    if settings.webhook_secret is None:
        raise ConfigError(NO_SECRET)
    return {
        "listen": settings.webhook_listen,
        "port": settings.webhook_port,
        "url_path": urlsplit(settings.webhook_url).path.lstrip("/"),
        "webhook_url": settings.webhook_url,
        "secret_token": settings.webhook_secret.get_secret_value(),
        "allowed_updates": Update.ALL_TYPES,
    }
