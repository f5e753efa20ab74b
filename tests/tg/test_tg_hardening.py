"""Crafted and unusual input through the fake Bot API: button data nobody sent, oversized queries, edits,
floods. Each press must be acknowledged and every reply must be one Telegram accepts."""

from __future__ import annotations

import pytest

from bot.tg import texts
from tests.tg.conftest import TgBot
from tests.tg.test_tg_bot import TRANSFER_QUESTION, ask


@pytest.mark.parametrize(
    ("user", "data"),
    [
        (1101, "v:99999999999999999999999999999:+"),
        (1102, "v:0:-"),
        (1103, "t:99999999999999999999:0"),
        (1104, "q:no-such-entry"),
        (1105, "x:crafted"),
    ],
)
async def test_crafted_button_data_is_acknowledged(tg: TgBot, user: int, data: str) -> None:
    reply = await ask(tg, user, TRANSFER_QUESTION)
    query_id = tg.fake.press(user, reply, data)
    await tg.fake.wait_for(lambda: tg.fake.callback_answers.get(query_id), timeout=20, what="the callback answer")
    assert not [m for m in tg.fake.sent_to(user) if m.text == texts.ERROR]


async def test_faq_search_with_a_very_long_query_fits_in_a_message(tg: TgBot) -> None:
    query = "vũ trụ thiên hà " * 250
    reply = await ask(tg, 1110, f"/faq {query}"[:4096])
    assert reply.text.startswith("Không có câu hỏi thường gặp nào khớp với") and len(reply.text) < 1000
