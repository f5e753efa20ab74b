"""Inline keyboards and their callback data.

Telegram allows 64 bytes of callback data, so buttons carry short prefixes plus an FAQ id (≤ 40 chars),
a topic index or a query-log row id — never the text itself:

    T                 the list of FAQ topics
    t:<topic>:<page>  one page of a topic's questions
    q:<faq id>        send that FAQ answer
    v:<row id>:<+|->  👍/👎 on a logged answer
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from telegram import InlineKeyboardButton, InlineKeyboardMarkup

from bot.models import FaqEntry
from bot.tg import texts
from bot.tg.render import clip

MAX_CALLBACK_BYTES = 64
PAGE_SIZE = 6
BUTTON_LABEL = 60

TOPICS = "T"
# Digits are bounded: callback data comes from the client and may be crafted (SQLite ids are 64-bit).
TOPIC_PATTERN = r"^t:\d{1,6}:\d{1,6}$"
QUESTION_PATTERN = r"^q:[A-Za-z0-9_.-]+$"
VOTE_PATTERN = r"^v:\d{1,18}:[+-]$"


def topics_keyboard(topics: Sequence[str]) -> InlineKeyboardMarkup:
    """One button per topic, in the FAQ book's order (the index is the callback key)."""
    return InlineKeyboardMarkup([[_button(clip(topic, BUTTON_LABEL), f"t:{i}:0")] for i, topic in enumerate(topics)])


def page_count(entries: Sequence[FaqEntry]) -> int:
    return max(1, math.ceil(len(entries) / PAGE_SIZE))


def topic_keyboard(entries: Sequence[FaqEntry], topic_index: int, page: int) -> InlineKeyboardMarkup:
    """A page of questions, with previous/next buttons when needed and a way back to the topics."""
    page = min(max(page, 0), page_count(entries) - 1)
    rows = [[_question_button(entry)] for entry in entries[page * PAGE_SIZE : (page + 1) * PAGE_SIZE]]
    navigation = []
    if page > 0:
        navigation.append(_button(texts.BUTTON_PREV, f"t:{topic_index}:{page - 1}"))
    if page < page_count(entries) - 1:
        navigation.append(_button(texts.BUTTON_NEXT, f"t:{topic_index}:{page + 1}"))
    navigation.append(_button(texts.BUTTON_TOPICS, TOPICS))
    return InlineKeyboardMarkup([*rows, navigation])


def questions_keyboard(entries: Sequence[FaqEntry]) -> InlineKeyboardMarkup:
    """FAQ search results: one button per matching question."""
    return InlineKeyboardMarkup([[_question_button(entry)] for entry in entries])


def feedback_keyboard(query_id: int, related: FaqEntry | None = None) -> InlineKeyboardMarkup:
    """👍 / 👎 under an answer, and under a passage answer the FAQ entry it is close to, one tap away."""
    votes = [_button(texts.FEEDBACK_UP, f"v:{query_id}:+"), _button(texts.FEEDBACK_DOWN, f"v:{query_id}:-")]
    return InlineKeyboardMarkup([[_question_button(related)], votes] if related is not None else [votes])


def parse_topic(data: str) -> tuple[int, int]:
    """'t:3:1' -> (topic index 3, page 1)."""
    _, topic, page = data.split(":")
    return int(topic), int(page)


def parse_question(data: str) -> str:
    return data.removeprefix("q:")


def parse_vote(data: str) -> tuple[int, int]:
    """'v:42:-' -> (row 42, -1)."""
    _, row, sign = data.split(":")
    return int(row), 1 if sign == "+" else -1


def _question_button(entry: FaqEntry) -> InlineKeyboardButton:
    return _button(clip(entry.question, BUTTON_LABEL), f"q:{entry.id}")


def _button(label: str, data: str) -> InlineKeyboardButton:
    if len(data.encode()) > MAX_CALLBACK_BYTES:
        raise ValueError(f"callback data over {MAX_CALLBACK_BYTES} bytes: {data!r}")
    return InlineKeyboardButton(label, callback_data=data)
