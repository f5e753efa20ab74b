"""One busy chat must not stall the others: per-chat update slots, per-chat and per-user limits, buttons
included. Driven through the fake Bot API with PTB's real AIORateLimiter (20 messages a minute per group)."""

from __future__ import annotations

import asyncio
from pathlib import Path

from bot.qa.service import QAService
from bot.tg import texts
from bot.tg.fairness import FairUpdateProcessor
from tests.tg.conftest import TgBot
from tests.tg.fake_telegram import BOT_USERNAME, FakeTelegram
from tests.tg.test_tg_bot import TRANSFER_FACT, TRANSFER_QUESTION, ask
from tests.tg.tg_harness import bot_settings, running_bot

GROUP_LIMIT = 20


async def test_a_flooding_group_does_not_delay_a_private_answer(tmp_path: Path, tg_service: QAService) -> None:
    group, member = -200700, 5200
    async with FakeTelegram() as fake:
        settings = bot_settings(fake, tmp_path, group_rate_limit_per_minute=GROUP_LIMIT)
        async with running_bot(settings, tg_service) as app:
            processor = app.update_processor
            assert isinstance(processor, FairUpdateProcessor) and processor.per_chat == 4
            for user in range(5000, 5100):  # a hundred members ask at once in one group
                fake.push_text(user, f"@{BOT_USERNAME} {TRANSFER_QUESTION}", chat_id=group)
            fake.push_text(member, TRANSFER_QUESTION)
            private = await fake.reply(member, 0)
            group_before = [m for m in fake.sent[: fake.sent.index(private)] if m.chat_id == group]
            await fake.wait_for(lambda: len(fake.sent_to(group)) >= GROUP_LIMIT + 1, what="the group's share")
            await asyncio.sleep(1.0)
            idle_chats = processor.chats_tracked
        answers = [m for m in fake.sent_to(group) if TRANSFER_FACT in m.text]
        warnings = [m for m in fake.sent_to(group) if m.text == texts.GROUP_RATE_LIMITED]
    assert TRANSFER_FACT in private.text
    assert len(group_before) < GROUP_LIMIT  # the private answer did not queue behind the group's backlog
    assert private.sent_at <= fake.sent_to(group)[-1].sent_at
    assert (len(answers), len(warnings), len(fake.sent_to(group))) == (GROUP_LIMIT, 1, GROUP_LIMIT + 1)
    assert fake.errors == [] and idle_chats == 0  # a chat's slots are dropped once it has nothing in flight


async def test_faq_buttons_count_towards_the_rate_limit(tg: TgBot) -> None:
    user, limit = 1130, tg.settings.rate_limit_per_minute
    menu = await ask(tg, user, "/faq đảng phí")
    question = next(data for _, data in menu.buttons() if data.startswith("q:"))
    presses = [tg.fake.press(user, menu, question) for _ in range(limit + 2)]
    await tg.fake.wait_for(lambda: all(q in tg.fake.callback_answers for q in presses), what="every press answered")
    await asyncio.sleep(0.5)
    answers = [m for m in tg.fake.sent_to(user) if m is not menu]
    refused = [q for q in presses if "hỏi hơi nhanh" in (tg.fake.callback_answers[q].get("text") or "")]
    assert (len(answers), len(refused)) == (limit, 2)
