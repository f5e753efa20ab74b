"""A fake Telegram Bot API server on 127.0.0.1 that enforces the limits a real bot trips over.

PTB talks to it over real HTTP through `base_url`/`base_file_url`. It checks message length (1..4096
UTF-16 units after entity parsing), Telegram's HTML subset, callback data size, replies to unknown
messages, edits that change nothing, callback queries answered twice — and records every request, so a
test can assert that the bot caused no 4xx at all. Tests push updates; the bot long-polls getUpdates.
Also imported by bench/telegram_load.py.
"""

from __future__ import annotations

import asyncio
import json
import re
import time
from typing import Any

import aiohttp
from aiohttp import web

from tests.tg.fake_telegram_world import BOT_USER, BOT_USERNAME, Call, SentMessage, TelegramWorld
from tests.tg.telegram_rules import ACTIONS, ApiError, check_markup, message_text

__all__ = ["BOT_USERNAME", "TOKEN", "FakeTelegram", "SentMessage"]
TOKEN = "123456:TEST-token-for-the-fake-server"


class FakeTelegram(TelegramWorld):
    """The server and everything it saw. Use `async with FakeTelegram() as tg:` in tests."""

    def __init__(self, token: str = TOKEN) -> None:
        super().__init__()
        self.token = token
        self.port = 0
        self.webhook: dict[str, str] | None = None
        self.deliveries: list[int] = []  # HTTP status of each update posted to the bot's webhook
        self.outage = 0  # this many API requests to come are answered 502 Bad Gateway, as during an outage
        self._runner: web.AppRunner | None = None
        self._tasks: set[asyncio.Task[None]] = set()

    async def __aenter__(self) -> FakeTelegram:
        app = web.Application(client_max_size=64 * 1024 * 1024)
        app.router.add_route("*", "/bot{token}/{method}", self._api)
        app.router.add_get("/file/bot{token}/{path:.+}", self._download)
        self._runner = web.AppRunner(app, access_log=None)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        self.port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        if self._tasks:
            await asyncio.wait(self._tasks, timeout=10)
        if self._runner is not None:
            await self._runner.cleanup()

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/bot"

    @property
    def base_file_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/file/bot"

    def _push(self, update: dict[str, Any]) -> dict[str, Any]:
        """With a webhook set, Telegram posts each update to the bot instead of queueing it for getUpdates."""
        if self.webhook is None:
            return super()._push(update)
        update["update_id"] = next(self._ids)
        task = asyncio.get_running_loop().create_task(self._deliver(update, self.webhook))
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)
        return update

    async def _deliver(self, update: dict[str, Any], webhook: dict[str, str]) -> None:
        headers = {"X-Telegram-Bot-Api-Secret-Token": webhook["secret_token"]} if webhook["secret_token"] else {}
        timeout = aiohttp.ClientTimeout(total=30)
        async with (
            aiohttp.ClientSession(timeout=timeout) as session,
            session.post(webhook["url"], json=update, headers=headers) as response,
        ):
            self.deliveries.append(response.status)

    # ---- the HTTP side ----

    async def _api(self, request: web.Request) -> web.Response:
        method = request.match_info["method"]
        params = await _params(request)
        call = Call(method, params)
        try:
            if self.outage > 0:
                self.outage -= 1
                raise ApiError("Bad Gateway", 502)
            if request.match_info["token"] != self.token:
                raise ApiError("Unauthorized", 401)
            handler = getattr(self, f"_m_{method.lower()}", None)
            if handler is None:
                raise ApiError("Not Found", 404)
            result = await handler(params) if method == "getUpdates" else handler(params)
            body: dict[str, Any] = {"ok": True, "result": result}
        except ApiError as err:
            call.status, call.description = err.status, err.description
            body = {"ok": False, "error_code": err.status, "description": err.description}
        self.calls.append(call)
        async with self._changed:
            self._changed.notify_all()
        return web.json_response(body, status=call.status)

    async def _download(self, request: web.Request) -> web.Response:
        path = request.match_info["path"]
        file_id = path.rsplit("/", 1)[-1].split(".", 1)[0]
        if request.match_info["token"] != self.token or file_id not in self.files:
            self.calls.append(Call("download", {"path": path}, 404, "Not Found"))
            return web.Response(status=404, text="Not Found")
        self.calls.append(Call("download", {"path": path}))
        return web.Response(body=self.files[file_id])

    async def _m_getupdates(self, params: dict[str, Any]) -> list[dict[str, Any]]:
        if self.webhook is not None:
            raise ApiError(
                "Conflict: can't use getUpdates method while webhook is active; use deleteWebhook to delete the "
                "webhook first",
                409,
            )
        offset = int(params.get("offset") or 0)
        self._updates = [update for update in self._updates if update["update_id"] >= offset]
        timeout = float(params.get("timeout") or 0)
        deadline = time.monotonic() + timeout
        async with self._changed:
            while not self._updates and time.monotonic() < deadline:
                try:
                    await asyncio.wait_for(self._changed.wait(), deadline - time.monotonic())
                except TimeoutError:
                    break
        return self._updates[: int(params.get("limit") or 100)]

    def _m_getme(self, params: dict[str, Any]) -> dict[str, Any]:
        return BOT_USER

    def _m_deletewebhook(self, params: dict[str, Any]) -> bool:
        self.webhook = None
        return True

    def _m_setwebhook(self, params: dict[str, Any]) -> bool:
        """Like Telegram, minus the HTTPS requirement: the bot under test listens on plain 127.0.0.1."""
        url, secret = str(params.get("url") or ""), str(params.get("secret_token") or "")
        if not re.fullmatch(r"https?://[^/\s]+(/\S*)?", url):
            raise ApiError("Bad Request: bad webhook: Failed to resolve host: Name or service not known")
        if secret and not re.fullmatch(r"[A-Za-z0-9_-]{1,256}", secret):
            raise ApiError("Bad Request: secret token contains unallowed characters")
        self.webhook = {"url": url, "secret_token": secret}
        return True

    def _m_setmycommands(self, params: dict[str, Any]) -> bool:
        for command in json.loads(params["commands"]):
            if not re.fullmatch(r"[a-z0-9_]{1,32}", command["command"]) or not 1 <= len(command["description"]) <= 256:
                raise ApiError("Bad Request: BOT_COMMAND_INVALID")
        return True

    def _m_sendchataction(self, params: dict[str, Any]) -> bool:
        self._chat(params)
        if params.get("action") not in ACTIONS:
            raise ApiError("Bad Request: wrong parameter action in request")
        return True

    def _m_sendmessage(self, params: dict[str, Any]) -> dict[str, Any]:
        chat = self._chat(params)
        html, text = message_text(params)
        markup = check_markup(params)
        reply_to = self._reply_target(chat.id, params)
        message = SentMessage(chat.id, next(self._ids), html, text, markup, reply_to)
        self.sent.append(message)
        return self._message_json(message.message_id, chat.id)

    def _m_editmessagetext(self, params: dict[str, Any]) -> dict[str, Any]:
        chat = self._chat(params)
        message = self._bot_message(chat.id, int(params.get("message_id") or 0))
        html, text = message_text(params)
        markup = check_markup(params)
        if html == message.html and markup == message.reply_markup:
            raise ApiError(
                "Bad Request: message is not modified: specified new message content and reply markup are "
                "exactly the same as a current content and reply markup of the message"
            )
        message.html, message.text, message.reply_markup = html, text, markup
        message.edits += 1
        return self._message_json(message.message_id, chat.id)

    def _m_answercallbackquery(self, params: dict[str, Any]) -> bool:
        query_id = str(params.get("callback_query_id"))
        if query_id not in self._open_queries:
            raise ApiError("Bad Request: query is too old and response timeout expired or query ID is invalid")
        if len(params.get("text") or "") > 200:
            raise ApiError("Bad Request: MESSAGE_TOO_LONG")
        self._open_queries.discard(query_id)
        self.callback_answers[query_id] = params
        return True

    def _m_getfile(self, params: dict[str, Any]) -> dict[str, Any]:
        file_id = str(params.get("file_id"))
        if file_id not in self.files:
            raise ApiError("Bad Request: invalid file_id")
        found = {"file_id": file_id, "file_unique_id": f"u{file_id}", "file_path": f"documents/{file_id}.bin"}
        if file_id not in self.unsized:
            found["file_size"] = len(self.files[file_id])
        return found


async def _params(request: web.Request) -> dict[str, Any]:
    if request.content_type == "application/json":
        return dict(await request.json())
    if request.method == "GET":
        return dict(request.query)
    return {key: value for key, value in (await request.post()).items() if isinstance(value, str)}
