"""Handlers for everyone: greeting, questions, FAQ browsing, feedback. Thin: the work is in the core."""

from __future__ import annotations

import asyncio
import logging

from telegram import Chat, InlineKeyboardMarkup, Message, MessageEntity, Update, User
from telegram.constants import ChatAction
from telegram.error import BadRequest
from telegram.ext import ApplicationHandlerStop

from bot.errors import EmptyQuestionError, IndexError_
from bot.models import Answer, FaqEntry
from bot.qa.faq import FaqBook
from bot.tg import keyboards, texts
from bot.tg.context import AppContext
from bot.tg.render import clip, esc, render_answer, render_faq

log = logging.getLogger(__name__)

TYPING_AFTER_SECONDS = 0.5
QUERY_SHOWN = 100  # an echoed /faq query is clipped: the user's text alone may already fill a message


async def gatekeeper(update: Update, context: AppContext) -> None:
    """Stop updates from strangers when an allowlist is set: one refusal, then silence for a while."""
    user = update.effective_user
    if context.access.is_allowed(user.id if user else None):
        return
    if user is not None and context.access.should_tell_stranger(user.id):
        log.info("Refused %s (not in ALLOWED_USER_IDS)", who(context, user.id))
        if update.callback_query:
            await update.callback_query.answer(texts.STRANGER)
        elif update.effective_message and update.effective_chat and update.effective_chat.type == Chat.PRIVATE:
            await update.effective_message.reply_html(texts.STRANGER)
    raise ApplicationHandlerStop


async def start(update: Update, context: AppContext) -> None:
    """Greet, say what the bot knows and show example questions."""
    message, user = _message(update), update.effective_user
    name = esc(user.first_name if user else "bạn")
    try:
        info = await asyncio.to_thread(context.qa.info)
    except IndexError_:
        await message.reply_html(texts.START_NO_INDEX.format(name=name))
        return
    examples = "\n".join(f"• {esc(example)}" for example in example_questions(context.qa.faq))
    await message.reply_html(
        texts.START.format(name=name, documents=info.documents, passages=info.passages, examples=examples)
    )


def example_questions(book: FaqBook, count: int = 3) -> list[str]:
    """One curated question from each of the first topics (answerable by construction), else the defaults."""
    found = [book.by_topic(topic)[0].question for topic in book.topics()[:count]]
    return found if len(found) == count else list(texts.EXAMPLE_QUESTIONS)


async def help_command(update: Update, context: AppContext) -> None:
    """Explain usage; admins also see the admin commands."""
    text = texts.HELP.format(username=esc(context.bot.username))
    if context.access.is_admin(update.effective_user.id if update.effective_user else None):
        text += texts.HELP_ADMIN.format(max_mb=context.options.max_upload_mb)
    await _message(update).reply_html(text)


async def ask_command(update: Update, context: AppContext) -> None:
    """/ask <question> — the explicit way to ask, and the one that works in groups."""
    question = " ".join(context.args or [])
    if not question.strip():
        await _message(update).reply_html(texts.ASK_USAGE)
        return
    await answer_question(update, context, question)


async def on_text(update: Update, context: AppContext) -> None:
    """Answer free text: always in private chats, in groups only when mentioned or replied to."""
    message = _message(update)
    question = message.text or ""
    if message.chat.type != Chat.PRIVATE:
        mention = f"@{context.bot.username}".lower()
        found = message.parse_entities([MessageEntity.MENTION]).values()
        mentions = [text for text in found if text.lower() == mention]
        replied = message.reply_to_message is not None and message.reply_to_message.from_user is not None
        to_bot = replied and message.reply_to_message.from_user.id == context.bot.id  # type: ignore[union-attr]
        if not mentions and not to_bot:
            return
        for text in mentions:
            question = question.replace(text, " ")
    await answer_question(update, context, question)


async def on_other(update: Update, context: AppContext) -> None:
    """Stickers, photos, voice…: say that only text questions are understood."""
    await _message(update).reply_html(texts.NON_TEXT)


async def answer_question(update: Update, context: AppContext, question: str) -> None:
    """Rate-limit, ask the core in a worker thread, log the question, send the cited answer."""
    message, user = _message(update), _user(update)
    if not await admit(update, context):
        return
    work = asyncio.ensure_future(asyncio.to_thread(context.qa.ask, question))
    # Most answers take tens of milliseconds; "typing…" only when the user would notice the wait. It also
    # halves the requests per question under Telegram's 30-requests-a-second limit.
    done, _ = await asyncio.wait({work}, timeout=TYPING_AFTER_SECONDS)
    if not done:
        await message.chat.send_action(ChatAction.TYPING)
    try:
        answer = await work
    except EmptyQuestionError:
        await message.reply_html(texts.EMPTY_QUESTION)
        return
    except IndexError_:
        log.exception("The index cannot serve questions")
        await message.reply_html(texts.INDEX_NOT_READY)
        return
    faq = context.qa.faq.get(answer.faq_id) if answer.faq_id else None
    related = context.qa.faq.get(answer.related_faq) if answer.related_faq else None
    await _send_answer(message, context, user, answer, render_answer(answer, faq, related), related)


async def admit(update: Update, context: AppContext) -> bool:
    """Count a question or button press against its group chat and its user; over a limit, say so once.

    The chat is checked first, so a member's own allowance is not spent on a group that is over its limit.
    """
    chat, user = update.effective_chat, _user(update)
    if chat is not None and chat.type != Chat.PRIVATE:
        wait = context.chat_limiter.check(chat.id)
        if wait:
            await _refuse(update, context.chat_limiter.should_warn(chat.id, wait), texts.GROUP_RATE_LIMITED)
            return False
    wait = context.limiter.check(user.id)
    if wait:
        text = texts.RATE_LIMITED.format(seconds=round(wait))
        await _refuse(update, context.limiter.should_warn(user.id, wait), text)
        return False
    return True


async def _refuse(update: Update, warn: bool, text: str) -> None:
    if update.callback_query is not None:
        await update.callback_query.answer(text)  # every press is acknowledged; a popup posts nothing to the chat
    elif warn:
        await _message(update).reply_html(text)


async def faq_command(update: Update, context: AppContext) -> None:
    """/faq shows the topics; /faq <keywords> searches the curated questions."""
    message, book = _message(update), context.qa.faq
    query = " ".join(context.args or []).strip()
    if query:
        found = await asyncio.to_thread(book.search, query, 8)
        shown = esc(clip(query, QUERY_SHOWN))
        if not found:
            await message.reply_html(texts.FAQ_SEARCH_NONE.format(query=shown))
            return
        markup = keyboards.questions_keyboard(found)
        await message.reply_html(texts.FAQ_SEARCH.format(query=shown), reply_markup=markup)
    elif book.topics():
        await message.reply_html(texts.FAQ_TOPICS, reply_markup=keyboards.topics_keyboard(book.topics()))
    else:
        await message.reply_html(texts.FAQ_EMPTY)


async def on_faq_topics(update: Update, context: AppContext) -> None:
    """Button '↩ Chủ đề': show the topic list again in the same message."""
    query = update.callback_query
    assert query is not None
    if not await admit(update, context):
        return
    await query.answer()
    await edit_message(query.message, texts.FAQ_TOPICS, keyboards.topics_keyboard(context.qa.faq.topics()))


async def on_faq_topic(update: Update, context: AppContext) -> None:
    """A topic button or a page button: list that page of the topic's questions."""
    query = update.callback_query
    assert query is not None and query.data is not None
    if not await admit(update, context):
        return
    topic_index, page = keyboards.parse_topic(query.data)
    topics = context.qa.faq.topics()
    await query.answer()
    if topic_index >= len(topics):
        await edit_message(query.message, texts.FAQ_TOPICS, keyboards.topics_keyboard(topics))
        return
    entries = context.qa.faq.by_topic(topics[topic_index])
    page = min(page, keyboards.page_count(entries) - 1)
    text = texts.FAQ_TOPIC.format(topic=esc(topics[topic_index]), page=page + 1, pages=keyboards.page_count(entries))
    await edit_message(query.message, text, keyboards.topic_keyboard(entries, topic_index, page))


async def on_faq_question(update: Update, context: AppContext) -> None:
    """A question button: send its curated answer as a new message."""
    query = update.callback_query
    assert query is not None and query.data is not None
    entry = context.qa.faq.get(keyboards.parse_question(query.data))
    if entry is None or not isinstance(query.message, Message):
        await query.answer(texts.FAQ_GONE)
        return
    if not await admit(update, context):
        return
    await query.answer()
    answer = Answer(query=entry.question, kind="faq", answer=entry.answer, faq_id=entry.id)
    await _send_answer(query.message, context, query.from_user, answer, render_faq(entry))


async def on_vote(update: Update, context: AppContext) -> None:
    """👍/👎 under an answer: store the feedback and acknowledge."""
    query = update.callback_query
    assert query is not None and query.data is not None
    row, value = keyboards.parse_vote(query.data)
    stored = await asyncio.to_thread(context.querylog.feedback, row, query.from_user.id, value)
    await query.answer(texts.FEEDBACK_THANKS if stored else texts.FEEDBACK_STALE)


async def on_unknown_button(update: Update, context: AppContext) -> None:
    """Button data no keyboard of ours makes (crafted, or from an old version): acknowledge, change nothing."""
    assert update.callback_query is not None
    await update.callback_query.answer(texts.BUTTON_STALE)


async def on_error(update: object, context: AppContext) -> None:
    """Log the failure first, then tell the user politely (if there is someone to tell)."""
    log.error("Update %s failed", getattr(update, "update_id", "?"), exc_info=context.error)
    if not isinstance(update, Update):
        return
    try:
        if update.callback_query is not None:  # a press left unanswered keeps spinning on the user's screen
            await update.callback_query.answer(texts.ERROR)
        elif update.effective_chat is not None:
            await context.bot.send_message(update.effective_chat.id, texts.ERROR)
    except Exception:
        log.exception("Could not tell the user about the failure")


async def _send_answer(
    message: Message, context: AppContext, user: User, answer: Answer, parts: list[str], related: FaqEntry | None = None
) -> None:
    row = await asyncio.to_thread(context.querylog.record, user.id, answer)
    markup = keyboards.feedback_keyboard(row, related) if answer.kind != "none" else None
    quote = message.chat.type != Chat.PRIVATE
    for number, part in enumerate(parts):
        last = number == len(parts) - 1
        await message.reply_html(part, reply_markup=markup if last else None, do_quote=quote and number == 0)


async def edit_message(message: object, text: str, markup: InlineKeyboardMarkup | None = None) -> None:
    """Edit a bot message, skipping edits that would change nothing (Telegram rejects those)."""
    if not isinstance(message, Message):
        return  # the message is too old to be edited (Telegram sends an inaccessible stub)
    if message.text_html == text and message.reply_markup == markup:
        return
    try:
        await message.edit_text(text, parse_mode="HTML", reply_markup=markup)
    except BadRequest as err:
        if "not modified" not in str(err).lower():
            raise


def who(context: AppContext, user_id: int) -> str:
    """How logs name a user: the start of the query log's salted hash, never the Telegram id."""
    return f"user#{context.querylog.user_hash(user_id)[:10]}"


def _message(update: Update) -> Message:
    assert update.effective_message is not None
    return update.effective_message


def _user(update: Update) -> User:
    assert update.effective_user is not None
    return update.effective_user
