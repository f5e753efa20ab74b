"""The fake Bot API must reject what Telegram rejects, or the end-to-end tests prove nothing."""

from __future__ import annotations

import json

import aiohttp
import pytest

from tests.tg.fake_telegram import TOKEN, FakeTelegram
from tests.tg.telegram_rules import ApiError, parse_html


@pytest.mark.parametrize(
    ("html", "plain"),
    [
        ("<b>đậm</b> &lt;3 &amp; &gt; &quot;", 'đậm <3 & > "'),
        ('<a href="https://x.vn/?a=1&amp;b=2">liên kết</a>', "liên kết"),
        ('<span class="tg-spoiler">ẩn</span><tg-spoiler>x</tg-spoiler>', "ẩnx"),
        ('<pre><code class="language-python">a</code></pre><blockquote expandable>q</blockquote>', "aq"),
        ("&#39;&#x27;", "''"),
    ],
)
def test_valid_html(html: str, plain: str) -> None:
    assert parse_html(html) == plain


@pytest.mark.parametrize(
    "html",
    [
        "<b>mở",
        "đóng</b>",
        "<b><i>x</b></i>",
        "<div>x</div>",
        "<script>",
        "a < b",
        "a > b",
        "A & B",
        "&nbsp;",
        "<a>x</a>",
    ],
)
def test_invalid_html(html: str) -> None:
    with pytest.raises(ApiError, match="can't parse entities"):
        parse_html(html)


async def call(fake: FakeTelegram, method: str, **params: object) -> tuple[int, dict]:
    data = {key: value if isinstance(value, str) else json.dumps(value) for key, value in params.items()}
    async with (
        aiohttp.ClientSession() as session,
        session.post(f"{fake.base_url}{TOKEN}/{method}", data=data) as response,
    ):
        return response.status, await response.json()


async def test_limits_are_enforced_and_recorded() -> None:
    async with FakeTelegram() as fake:
        fake.push_text(5, "chào")
        assert (await call(fake, "sendMessage", chat_id=5, text="x" * 4096))[0] == 200
        status, body = await call(fake, "sendMessage", chat_id=5, text="x" * 4097)
        assert (status, body["description"]) == (400, "Bad Request: message is too long")
        assert (await call(fake, "sendMessage", chat_id=5, text="😀" * 2049))[0] == 400
        assert (await call(fake, "sendMessage", chat_id=5, text="<b> </b>", parse_mode="HTML"))[0] == 400
        assert (await call(fake, "sendMessage", chat_id=5, text="<b>x", parse_mode="HTML"))[0] == 400
        button = {"inline_keyboard": [[{"text": "a", "callback_data": "x" * 65}]]}
        assert (await call(fake, "sendMessage", chat_id=5, text="a", reply_markup=button))[1]["description"] == (
            "Bad Request: BUTTON_DATA_INVALID"
        )
        assert (await call(fake, "sendMessage", chat_id=6, text="a"))[1]["description"] == "Bad Request: chat not found"
        reply = {"message_id": 99999}
        assert (await call(fake, "sendMessage", chat_id=5, text="a", reply_parameters=reply))[0] == 400
        first = fake.sent[0]
        same = await call(fake, "editMessageText", chat_id=5, message_id=first.message_id, text=first.html)
        assert "message is not modified" in same[1]["description"]
        assert (await call(fake, "getMe"))[0] == 200
        assert (await call(fake, "noSuchMethod"))[0] == 404
        assert len(fake.errors) == 9


async def test_wrong_token_is_unauthorized() -> None:
    async with FakeTelegram() as fake, aiohttp.ClientSession() as session:
        async with session.post(f"{fake.base_url}123:wrong/getMe") as response:
            assert response.status == 401
        assert fake.errors[0].description == "Unauthorized"
