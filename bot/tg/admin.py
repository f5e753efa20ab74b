"""Handlers for admins: /reindex with live progress, document upload, /stats."""

from __future__ import annotations

import asyncio
import logging
import threading
from datetime import datetime

from telegram import Chat, Message, Update

from bot.errors import BotError, DocumentRejected, ReindexBusyError
from bot.tg import texts
from bot.tg.context import AppContext
from bot.tg.handlers import edit_message, who
from bot.tg.render import clip, esc, pack, render_age, render_report

log = logging.getLogger(__name__)
MEGABYTE = 1024 * 1024
# /stats quotes members' questions: only the start of each, enough for an admin to recognise the topic.
STATS_QUESTION = 60


async def reindex(update: Update, context: AppContext) -> None:
    """/reindex: rebuild the index in a background task; a second /reindex meanwhile is told to wait."""
    message = update.effective_message
    assert message is not None
    if not await _require_admin(update, context, "/reindex"):
        return
    services = context.services
    running = services.reindex_task is not None and not services.reindex_task.done()
    if running or context.qa.is_rebuilding:
        await message.reply_html(texts.REINDEX_BUSY)
        return
    # Created before any await, so two /reindex arriving together cannot both start one.
    services.reindex_task = context.application.create_task(
        _run_reindex(context, message), update=update, name="reindex"
    )


async def on_document(update: Update, context: AppContext) -> None:
    """An admin sends a file: add it to the knowledge folder (caption /replace overwrites the same name)."""
    message, user = update.effective_message, update.effective_user
    assert message is not None and message.document is not None
    if user is None or not context.access.is_admin(user.id):
        _log_refusal(update, context, "document upload")
        await message.reply_html(texts.UPLOAD_NOT_ADMIN)
        return
    document = message.document
    name = document.file_name or f"{document.file_unique_id}.txt"
    limit = context.options.max_upload_mb * MEGABYTE
    too_big = texts.UPLOAD_REJECTED.format(
        name=esc(clip(name)), reason=texts.UPLOAD_TOO_BIG.format(max_mb=context.options.max_upload_mb)
    )
    if (document.file_size or 0) > limit:
        await message.reply_html(too_big)
        return
    overwrite = (message.caption or "").strip().lower().startswith("/replace")
    status = await message.reply_html(texts.UPLOAD_RECEIVED.format(name=esc(clip(name))))
    file = await document.get_file()
    # Telegram may leave the size out of the message (and of getFile): then only the download tells.
    if (file.file_size or 0) > limit:
        await edit_message(status, too_big)
        return
    data = bytes(await file.download_as_bytearray())
    if len(data) > limit:
        await edit_message(status, too_big)
        return
    try:
        added = await asyncio.to_thread(context.qa.add_document, name, data, overwrite=overwrite)
    except DocumentRejected as err:
        log.info("Upload %r rejected: %s", name, err.reason)
        reason = esc(texts.reject_reason(err.reason))
        await edit_message(status, texts.UPLOAD_REJECTED.format(name=esc(clip(name)), reason=reason))
        return
    except ReindexBusyError:
        await edit_message(status, texts.REINDEX_BUSY)
        return
    except OSError:
        log.exception("Could not store the upload %r", name)
        await edit_message(status, texts.UPLOAD_REJECTED.format(name=esc(clip(name)), reason=texts.UPLOAD_NOT_STORED))
        return
    log.info("Admin %s added %s (%d passages)", who(context, user.id), added.source, added.passages)
    await edit_message(status, texts.UPLOAD_DONE.format(name=esc(clip(added.source)), passages=added.passages))


async def stats(update: Update, context: AppContext) -> None:
    """/stats: index size and age, questions asked, share unanswered, most 👎-ed questions."""
    message = update.effective_message
    assert message is not None
    if not await _require_admin(update, context, "/stats"):
        return
    if message.chat.type != Chat.PRIVATE:
        await message.reply_html(texts.STATS_PRIVATE_ONLY)
        return
    info = await asyncio.to_thread(context.qa.info)
    await asyncio.to_thread(context.querylog.purge)
    numbers = await asyncio.to_thread(context.querylog.stats)
    now = datetime.now(info.built_at.tzinfo)
    blocks = [
        texts.STATS.format(
            documents=info.documents,
            passages=info.passages,
            model=esc(info.model),
            age=render_age(info.built_at, now),
            day=numbers.last_day,
            week=numbers.last_week,
            none_share=numbers.none_share,
        )
    ]
    if numbers.most_disliked:
        lines = [
            texts.STATS_DISLIKED_LINE.format(count=n, question=esc(clip(q, STATS_QUESTION)))
            for q, n in numbers.most_disliked
        ]
        blocks.append(texts.STATS_DISLIKED + "\n" + "\n".join(lines))
    for part in pack(blocks):
        await message.reply_html(part)


class _Progress:
    """Receives status strings from the rebuild thread; the event loop reads the latest one."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._latest: str | None = None

    def __call__(self, status: str) -> None:
        with self._lock:
            self._latest = status

    @property
    def latest(self) -> str | None:
        with self._lock:
            return self._latest


async def _run_reindex(context: AppContext, command: Message) -> None:
    status = await command.reply_html(texts.REINDEX_STARTED)
    progress = _Progress()
    worker = asyncio.ensure_future(asyncio.to_thread(context.qa.rebuild, progress))
    shown = texts.REINDEX_STARTED
    # Editing on a timer, not on every callback, keeps within Telegram's edit limits.
    while not worker.done():
        await asyncio.wait({worker}, timeout=context.options.progress_edit_seconds)
        if not worker.done() and progress.latest:
            text = texts.REINDEX_PROGRESS.format(status=esc(clip(texts.progress(progress.latest))))
            if text != shown:
                await edit_message(status, text)
                shown = text
    try:
        report = worker.result()
    except ReindexBusyError:
        await edit_message(status, texts.REINDEX_BUSY)
        return
    except Exception as err:
        # Caught here rather than in the error handler so the progress message does not stay stuck.
        log.error("Reindex failed: %s", err, exc_info=not isinstance(err, BotError))
        await edit_message(status, texts.REINDEX_FAILED.format(reason=esc(clip(str(err)))))
        return
    log.info("Reindex done: %d files, %d passages, %d embedded", report.documents, report.passages, report.embedded)
    first, *rest = render_report(report)
    await edit_message(status, first)
    for part in rest:
        await command.reply_html(part)


async def _require_admin(update: Update, context: AppContext, what: str) -> bool:
    if context.access.is_admin(update.effective_user.id if update.effective_user else None):
        return True
    _log_refusal(update, context, what)
    if update.effective_message:
        await update.effective_message.reply_html(texts.NOT_ADMIN)
    return False


def _log_refusal(update: Update, context: AppContext, what: str) -> None:
    user = update.effective_user
    log.warning("Refused %s for non-admin %s", what, who(context, user.id) if user else "?")
