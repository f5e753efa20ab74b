"""The bot end to end for ordinary users: real PTB, real QAService and model, fake Bot API over HTTP."""

from __future__ import annotations

import asyncio
import logging
import sqlite3

import pytest

from bot.tg import handlers, texts
from bot.tg.app import protect_logs
from tests.tg.conftest import TgBot
from tests.tg.fake_telegram import BOT_USERNAME, TOKEN, SentMessage

# What the fixture knowledge says about moving one's party membership (Điều 7 of the fixture Điều lệ).
TRANSFER_FACT = "sáu mươi ngày"
TRANSFER_CITATION = "Điều 7. Chuyển sinh hoạt đảng"
TRANSFER_QUESTION = "Chuyển sinh hoạt đảng trong thời hạn bao lâu?"


async def ask(tg: TgBot, user_id: int, text: str, *, chat_id: int | None = None) -> SentMessage:
    """Send `text` as `user_id` and return the bot's first reply in that chat."""
    chat = chat_id if chat_id is not None else user_id
    before = len(tg.fake.sent_to(chat))
    tg.fake.push_text(user_id, text, chat_id=chat_id)
    return await tg.fake.reply(chat, before)


async def test_start_tells_what_the_bot_knows(tg: TgBot) -> None:
    info = tg.service.info()
    reply = await ask(tg, 1001, "/start")
    assert "Xin chào" in reply.text
    assert f"{info.documents} tài liệu ({info.passages} đoạn trích)" in reply.text
    assert "• Thời gian dự bị của đảng viên là bao lâu?\n• Mức đóng đảng phí" in reply.text  # one per FAQ topic


async def test_help_shows_admin_commands_only_to_admins(tg: TgBot) -> None:
    user_help = await ask(tg, 1002, "/help")
    admin_help = await ask(tg, tg.settings.admin_ids.__iter__().__next__(), "/help")
    assert f"@{BOT_USERNAME}" in user_help.text and "/replace" not in user_help.text
    assert "/replace" in admin_help.text and "/reindex" in admin_help.text


@pytest.mark.parametrize(
    ("user_id", "question"),
    [
        (1003, "Khi thay đổi nơi cư trú thì chuyển sinh hoạt đảng trong bao lâu?"),
        (1004, "chuyen sinh hoat dang trong thoi han bao lau"),
        (1005, "/ask Chuyển sinh hoạt đảng trong thời hạn bao lâu?"),
    ],
)
async def test_questions_get_cited_answers(tg: TgBot, user_id: int, question: str) -> None:
    reply = await ask(tg, user_id, question)
    assert TRANSFER_FACT in reply.text
    assert f"📄 Điều lệ Đảng — {TRANSFER_CITATION}" in reply.text
    assert [label for label, _ in reply.buttons()] == ["👍", "👎"]


@pytest.mark.parametrize(("delay", "typing_expected"), [(0.0, True), (30.0, False)])
async def test_typing_is_shown_only_when_the_answer_is_slow(
    tg: TgBot, monkeypatch: pytest.MonkeyPatch, delay: float, typing_expected: bool
) -> None:
    monkeypatch.setattr(handlers, "TYPING_AFTER_SECONDS", delay)
    user_id = 1020 + int(typing_expected)
    await ask(tg, user_id, "chuyen sinh hoat dang trong thoi han bao lau")
    actions = [call for call in tg.fake.calls if call.method == "sendChatAction"]
    typed = any(call.params["chat_id"] == str(user_id) and call.params["action"] == "typing" for call in actions)
    assert typed is typing_expected


@pytest.mark.parametrize(
    ("user_id", "question", "entry_question", "fact", "citation"),
    [
        # The example of issue 9: the entry says "dự bị", the member says "chờ mấy tháng ... chính thức".
        (
            1030,
            "Kết nạp xong phải chờ mấy tháng mới thành đảng viên chính thức?",
            "Thời gian dự bị của đảng viên là bao lâu?",
            "mười hai tháng",
            "Điều 5. Thời gian dự bị",
        ),
        (1031, "Mỗi tháng phải nộp tiền Đảng bao nhiêu?", "Mức đóng đảng phí", "một phần trăm", "Điều 6. Đảng phí"),
    ],
)
async def test_a_faq_question_in_other_words_gets_the_entry_under_its_own_question(
    tg: TgBot, user_id: int, question: str, entry_question: str, fact: str, citation: str
) -> None:
    reply = await ask(tg, user_id, question)
    assert reply.html.startswith(f"<b>{entry_question}")  # the member sees which question is answered
    assert fact in reply.text
    assert f"📄 Điều lệ Đảng — {citation}" in reply.text


async def test_a_passage_answer_offers_the_faq_entry_close_to_it_one_tap_away(tg: TgBot) -> None:
    """The entry on who chairs a meeting reads close to the question but not close enough to be given as the
    answer: the passages answer, and a button opens the entry."""
    user = 1032
    reply = await ask(tg, user, "Buổi sinh hoạt chi bộ do ai điều hành?")
    assert not reply.html.startswith("<b>")  # the passages answer, not the entry
    assert reply.text.rstrip().endswith(texts.RELATED_FAQ)
    buttons = reply.buttons()
    assert buttons[0] == ("Ai chủ trì và kết luận buổi sinh hoạt chi bộ?", "q:sh-7")
    assert [label for label, _ in buttons[1:]] == ["👍", "👎"]
    before = len(tg.fake.sent_to(user))
    tg.fake.press(user, reply, "q:sh-7")
    entry = await tg.fake.reply(user, before)
    assert entry.text.startswith("Ai chủ trì và kết luận buổi sinh hoạt chi bộ?")
    assert "chủ trì và kết luận" in entry.text.split("\n", 1)[1]


async def test_off_topic_question_is_not_found(tg: TgBot) -> None:
    reply = await ask(tg, 1006, "Thời tiết Hà Nội ngày mai thế nào?")
    assert "không tìm thấy" in reply.text and "/faq" in reply.text
    assert reply.buttons() == []


@pytest.mark.parametrize(("message", "reply_starts"), [("xin chào", "Xin chào!"), ("cảm ơn bot nhiều", "Rất vui")])
async def test_greetings_and_thanks_get_a_reply_not_a_search(tg: TgBot, message: str, reply_starts: str) -> None:
    reply = await ask(tg, 1010, message)
    assert reply.text.startswith(reply_starts)
    assert "không tìm thấy" not in reply.text
    assert reply.buttons() == []


async def test_faq_topics_pages_and_answer(tg: TgBot) -> None:
    user = 1007
    menu = await ask(tg, user, "/faq")
    topics = menu.buttons()
    assert [label for label, _ in topics] == ["Kết nạp và dự bị", "Đảng phí", "Sinh hoạt chi bộ"]
    tg.fake.press(user, menu, topics[2][1])
    await tg.fake.wait_for(lambda: menu.edits >= 1, what="the topic page")
    first_page = menu.buttons()
    assert "trang 1/2" in menu.text and len(first_page) == 6 + 2  # six questions, next, back to topics
    tg.fake.press(user, menu, next(data for label, data in first_page if label == texts.BUTTON_NEXT))
    await tg.fake.wait_for(lambda: menu.edits >= 2, what="the second page")
    assert "trang 2/2" in menu.text
    question = next(data for _, data in menu.buttons() if data.startswith("q:"))
    before = len(tg.fake.sent_to(user))
    query_id = tg.fake.press(user, menu, question)
    answer = await tg.fake.reply(user, before)
    assert "Bí thư chi bộ" in answer.text and answer.text.startswith("Ai chủ trì")
    assert query_id in tg.fake.callback_answers


async def test_faq_search_by_keyword(tg: TgBot) -> None:
    reply = await ask(tg, 1008, "/faq đảng phí")
    assert ("Mức đóng đảng phí của đảng viên hưởng lương là bao nhiêu?", "q:dang-phi-muc") in reply.buttons()
    nothing = await ask(tg, 1008, "/faq vũ trụ")
    assert "Không có câu hỏi thường gặp" in nothing.text


async def test_feedback_is_stored_and_acknowledged(tg: TgBot) -> None:
    reply = await ask(tg, 1009, "Đảng viên vắng mặt sinh hoạt chi bộ phải báo cáo với ai?")
    thumbs_down = dict(reply.buttons())["👎"]
    query_id = tg.fake.press(1009, reply, thumbs_down)
    await tg.fake.wait_for(lambda: tg.fake.callback_answers.get(query_id), what="the callback answer")
    assert tg.fake.callback_answers[query_id]["text"] == texts.FEEDBACK_THANKS
    disliked = tg.app.bot_data.querylog.stats().most_disliked  # type: ignore[union-attr]
    assert ("Đảng viên vắng mặt sinh hoạt chi bộ phải báo cáo với ai?", 1) in disliked
    stranger_vote = tg.fake.press(1010, reply, thumbs_down)  # someone else cannot rate this answer
    await tg.fake.wait_for(lambda: tg.fake.callback_answers.get(stranger_vote), what="the callback answer")
    assert tg.fake.callback_answers[stranger_vote]["text"] == texts.FEEDBACK_STALE


async def test_group_answers_only_when_addressed(tg: TgBot) -> None:
    group, user = -100500, 1011
    tg.fake.push_text(user, TRANSFER_QUESTION, chat_id=group)  # not addressed: silence
    mentioned = await ask(tg, user, f"@{BOT_USERNAME} {TRANSFER_QUESTION}", chat_id=group)
    assert TRANSFER_FACT in mentioned.text and mentioned.reply_to is not None
    command = await ask(tg, user, f"/ask@{BOT_USERNAME} {TRANSFER_QUESTION}", chat_id=group)
    assert TRANSFER_FACT in command.text
    before = len(tg.fake.sent_to(group))
    reply_to_bot = tg.fake.push_text(user, TRANSFER_QUESTION.lower(), chat_id=group, reply_to=command.message_id)
    assert reply_to_bot["reply_to_message"]["from"]["is_bot"]
    assert TRANSFER_FACT in (await tg.fake.reply(group, before)).text
    assert len(tg.fake.sent_to(group)) == 3


@pytest.mark.parametrize("kind", ["sticker", "photo", "voice"])
async def test_non_text_messages_get_a_hint(tg: TgBot, kind: str) -> None:
    user = 1012
    before = len(tg.fake.sent_to(user))
    getattr(tg.fake, f"push_{kind}")(user)
    assert (await tg.fake.reply(user, before)).text == texts.NON_TEXT


async def test_ask_without_question_shows_usage(tg: TgBot) -> None:
    reply = await ask(tg, 1013, "/ask")
    assert "/ask Đảng viên dự bị bao lâu?" in reply.text


async def test_very_long_message_is_answered(tg: TgBot) -> None:
    question = " ".join([TRANSFER_QUESTION] * 120)
    assert len(question) >= 5000
    reply = await ask(tg, 1014, question)
    assert reply.text == texts.NOT_FOUND or TRANSFER_FACT in reply.text
    with sqlite3.connect(tg.settings.query_log_path) as db:
        [(logged,)] = db.execute("SELECT question FROM queries WHERE id = (SELECT MAX(id) FROM queries)")
    assert logged.startswith(TRANSFER_QUESTION) and len(logged) < len(question)  # the core truncated it


async def test_markup_characters_are_answered(tg: TgBot) -> None:
    question = TRANSFER_QUESTION + " < > & _ * [ ] ( ) ~ ` # + - = | { } . ! <b>x</i> &amp;"
    reply = await ask(tg, 1015, question)
    assert reply.text == texts.NOT_FOUND or TRANSFER_FACT in reply.text


async def test_rate_limit_warns_once(tg: TgBot) -> None:
    user, limit = 1016, tg.settings.rate_limit_per_minute
    for _ in range(limit + 3):
        tg.fake.push_text(user, TRANSFER_QUESTION)
    await tg.fake.wait_for(lambda: len(tg.fake.sent_to(user)) >= limit + 1, what="answers and one warning")
    await asyncio.sleep(0.5)
    warnings = [m for m in tg.fake.sent_to(user) if "hỏi hơi nhanh" in m.text]
    assert len(warnings) == 1 and len(tg.fake.sent_to(user)) == limit + 1


async def test_thirty_users_at_once_all_get_answers(tg: TgBot) -> None:
    users = range(2000, 2030)
    for user in users:
        tg.fake.push_text(user, "Chi bộ sinh hoạt thường kỳ bao lâu một lần?")
    await tg.fake.wait_for(lambda: all(tg.fake.sent_to(u) for u in users), timeout=60, what="30 replies")
    assert all("Mỗi tháng một lần" in tg.fake.sent_to(user)[0].text for user in users)


async def test_token_stays_out_of_the_logs(tg: TgBot, caplog: pytest.LogCaptureFixture) -> None:
    protect_logs(tg.settings)
    with caplog.at_level(logging.DEBUG):
        await ask(tg, 1017, TRANSFER_QUESTION)
    assert caplog.records and TOKEN not in caplog.text
