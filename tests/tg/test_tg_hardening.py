"""Crafted and unusual input through the fake Bot API: button data nobody sent, oversized queries, edits,
floods. Each press must be acknowledged and every reply must be one Telegram accepts."""

from __future__ import annotations

import asyncio
import logging
from pathlib import Path

import aiohttp
import pytest

from bot.qa.service import QAService
from bot.tg import texts
from tests.tg.conftest import TgBot
from tests.tg.fake_telegram import FakeTelegram
from tests.tg.test_tg_bot import TRANSFER_QUESTION, ask
from tests.tg.tg_harness import ADMIN_ID, bot_settings, free_port, running_bot


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


async def test_stats_are_shown_only_in_a_private_chat(tg: TgBot) -> None:
    group = -100900
    tg.fake.push_text(1120, "chào cả chi bộ", chat_id=group)  # the group exists
    reply = await ask(tg, ADMIN_ID, "/stats", chat_id=group)
    assert reply.text == texts.STATS_PRIVATE_ONLY


async def test_stats_shorten_the_questions_they_show(tg: TgBot) -> None:
    user, question = 1121, " ".join([TRANSFER_QUESTION] * 3)
    reply = await ask(tg, user, question)
    query_id = tg.fake.press(user, reply, dict(reply.buttons())["👎"])
    await tg.fake.wait_for(lambda: tg.fake.callback_answers.get(query_id), what="the callback answer")
    stats = await ask(tg, ADMIN_ID, "/stats")
    assert "Bị 👎 nhiều nhất" in stats.text and question not in stats.text
    assert TRANSFER_QUESTION[:30] in stats.text


async def test_an_edited_question_is_not_answered_again(tg: TgBot) -> None:
    user = 1122
    first = await ask(tg, user, f"/ask {TRANSFER_QUESTION}")
    asked = next(m for m in reversed(tg.fake._user_messages.values()) if m["chat"]["id"] == user)
    tg.fake.push_edit(asked, f"/ask {TRANSFER_QUESTION} (sửa)")
    tg.fake.push_edit(asked, "Chuyển sinh hoạt đảng thế nào?")
    help_reply = await ask(tg, user, "/help")
    await asyncio.sleep(0.5)
    assert [m.message_id for m in tg.fake.sent_to(user)] == [first.message_id, help_reply.message_id]


async def test_logs_hold_no_raw_user_ids(tg: TgBot, caplog: pytest.LogCaptureFixture) -> None:
    member = 3999123
    with caplog.at_level(logging.INFO):
        assert (await ask(tg, member, "/reindex")).text == texts.NOT_ADMIN
        assert (await ask(tg, member, "/stats")).text == texts.NOT_ADMIN
        before = len(tg.fake.sent_to(member))
        tg.fake.push_document(member, "tai-lieu.txt", b"Van ban")
        assert (await tg.fake.reply(member, before)).text == texts.UPLOAD_NOT_ADMIN
    assert "Refused" in caplog.text and str(member) not in caplog.text


async def test_forged_webhook_updates_are_refused(tmp_path: Path, tg_service: QAService) -> None:
    port = free_port()
    async with FakeTelegram() as fake:
        url = f"http://127.0.0.1:{port}/telegram-hook"
        settings = bot_settings(fake, tmp_path, webhook_url=url, webhook_port=port, webhook_secret="s3cret-value")
        async with running_bot(settings, tg_service):
            fake.webhook = None  # the fake must not deliver this message itself: the forger posts it
            forged = fake.push_text(4201, TRANSFER_QUESTION)  # a real chat, so an answer would be visible
            statuses = []
            async with aiohttp.ClientSession() as session:
                for headers in ({}, {"X-Telegram-Bot-Api-Secret-Token": "guess"}):
                    update = {"update_id": 10**6 + len(statuses), "message": forged}
                    async with session.post(url, json=update, headers=headers) as response:
                        statuses.append(response.status)
            await asyncio.sleep(0.5)
        assert settings.webhook_listen == "127.0.0.1"
        assert statuses == [403, 403] and fake.sent_to(4201) == []
