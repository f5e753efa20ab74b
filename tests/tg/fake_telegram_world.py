"""The user side of the fake Telegram: chats, messages, the update queue, and waiting for the bot.

Tests (and bench/telegram_load.py) push what users do — text, documents, stickers, button presses — and
wait for what the bot sends; the HTTP side in fake_telegram.py serves the same state to the bot.
"""

from __future__ import annotations

import asyncio
import json
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from itertools import count
from typing import Any, TypeVar

from tests.tg.telegram_rules import ApiError, entities

T = TypeVar("T")
BOT_ID = 123456
BOT_USERNAME = "party_docs_bot"
BOT_USER = {"id": BOT_ID, "is_bot": True, "first_name": "Trợ lý", "username": BOT_USERNAME}


@dataclass
class Call:
    """One request the bot made, with the status the fake answered."""

    method: str
    params: dict[str, Any]
    status: int = 200
    description: str = ""


@dataclass
class SentMessage:
    """A message the bot sent (kept up to date when the bot edits it)."""

    chat_id: int
    message_id: int
    html: str
    text: str
    reply_markup: dict[str, Any] | None
    reply_to: int | None = None
    edits: int = 0
    sent_at: float = field(default_factory=time.monotonic)

    def buttons(self) -> list[tuple[str, str]]:
        """(label, callback_data) of every inline button, row by row."""
        rows = (self.reply_markup or {}).get("inline_keyboard", [])
        return [(button["text"], button.get("callback_data", "")) for row in rows for button in row]


@dataclass
class _Chat:
    id: int
    type: str
    title: str | None = None

    def to_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {"id": self.id, "type": self.type}
        if self.title:
            data["title"] = self.title
        else:
            data["first_name"] = f"User {self.id}"
        return data


@dataclass
class TelegramWorld:
    """Everything the fake Telegram knows and everything the bot did to it."""

    calls: list[Call] = field(default_factory=list)
    sent: list[SentMessage] = field(default_factory=list)
    callback_answers: dict[str, dict[str, Any]] = field(default_factory=dict)
    files: dict[str, bytes] = field(default_factory=dict)
    unsized: set[str] = field(default_factory=set)  # files whose size Telegram does not report

    def __post_init__(self) -> None:
        self._updates: list[dict[str, Any]] = []
        self._ids = count(1)
        self._chats: dict[int, _Chat] = {}
        self._user_messages: dict[tuple[int, int], dict[str, Any]] = {}
        self._changed = asyncio.Condition()
        self._open_queries: set[str] = set()

    @property
    def errors(self) -> list[Call]:
        """Every request answered with a 4xx."""
        return [call for call in self.calls if 400 <= call.status < 500]

    # ---- pushing updates (what users do) ----

    def push_text(
        self, user_id: int, text: str, *, chat_id: int | None = None, reply_to: int | None = None
    ) -> dict[str, Any]:
        """A user writes `text` (commands and @mentions get their entities, as Telegram adds them)."""
        message = self._user_message(user_id, chat_id, text=text, entities=entities(text))
        if reply_to is not None:
            message["reply_to_message"] = self._message_json(reply_to, message["chat"]["id"])
        return self._push({"message": message})["message"]

    def push_edit(self, message: dict[str, Any], text: str) -> dict[str, Any]:
        """The user edits one of their messages: Telegram sends an `edited_message` update."""
        edited = message | {"text": text, "entities": entities(text), "edit_date": int(time.time())}
        edited = {key: value for key, value in edited.items() if value}
        self._user_messages[(edited["chat"]["id"], edited["message_id"])] = edited
        return self._push({"edited_message": edited})["edited_message"]

    def push_document(
        self, user_id: int, file_name: str, data: bytes, *, caption: str | None = None, with_size: bool = True
    ) -> dict[str, Any]:
        """An upload; Telegram may leave file_size out (`with_size=False`), and getFile then too."""
        file_id = f"file-{next(self._ids)}"
        self.files[file_id] = data
        document = {"file_id": file_id, "file_unique_id": f"u{file_id}", "file_name": file_name}
        if with_size:
            document["file_size"] = len(data)
        else:
            self.unsized.add(file_id)
        message = self._user_message(user_id, None, document=document)
        if caption:
            message["caption"] = caption
        return self._push({"message": message})["message"]

    def push_sticker(self, user_id: int) -> dict[str, Any]:
        sticker = {"file_id": "sticker-1", "file_unique_id": "s1", "type": "regular", "width": 512, "height": 512}
        sticker |= {"is_animated": False, "is_video": False}
        return self._push({"message": self._user_message(user_id, None, sticker=sticker)})["message"]

    def push_photo(self, user_id: int) -> dict[str, Any]:
        photo = [{"file_id": "photo-1", "file_unique_id": "p1", "width": 90, "height": 90}]
        return self._push({"message": self._user_message(user_id, None, photo=photo)})["message"]

    def push_voice(self, user_id: int) -> dict[str, Any]:
        voice = {"file_id": "voice-1", "file_unique_id": "v1", "duration": 3}
        return self._push({"message": self._user_message(user_id, None, voice=voice)})["message"]

    def press(self, user_id: int, message: SentMessage, callback_data: str) -> str:
        """A user presses an inline button under one of the bot's messages; returns the query id."""
        query_id = str(next(self._ids))
        self._open_queries.add(query_id)
        query = {
            "id": query_id,
            "from": _user(user_id),
            "chat_instance": str(message.chat_id),
            "data": callback_data,
            "message": self._message_json(message.message_id, message.chat_id),
        }
        self._push({"callback_query": query})
        return query_id

    # ---- waiting for the bot ----

    def sent_to(self, chat_id: int) -> list[SentMessage]:
        return [message for message in self.sent if message.chat_id == chat_id]

    async def wait_for(self, predicate: Callable[[], T | None], timeout: float = 60.0, what: str = "") -> T:
        """Wait until predicate() returns something truthy (checked after every request the bot makes)."""
        deadline = time.monotonic() + timeout
        async with self._changed:
            while not (result := predicate()):
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    raise TimeoutError(f"gave up after {timeout:.0f} s waiting for {what or predicate}")
                try:
                    await asyncio.wait_for(self._changed.wait(), remaining)
                except TimeoutError:
                    continue
            return result

    async def reply(self, chat_id: int, after: int, timeout: float = 60.0) -> SentMessage:
        """The first message the bot sends to `chat_id` beyond the first `after` ones."""
        return await self.wait_for(
            lambda: (self.sent_to(chat_id)[after:] or [None])[0], timeout, f"a reply in chat {chat_id}"
        )

    # ---- helpers ----

    def _push(self, update: dict[str, Any]) -> dict[str, Any]:
        update["update_id"] = next(self._ids)
        self._updates.append(update)
        asyncio.get_running_loop().create_task(self._notify())
        return update

    async def _notify(self) -> None:
        async with self._changed:
            self._changed.notify_all()

    def _user_message(self, user_id: int, chat_id: int | None, **content: Any) -> dict[str, Any]:
        chat_id = chat_id if chat_id is not None else user_id
        chat = self._chats.setdefault(
            chat_id, _Chat(chat_id, "private" if chat_id > 0 else "supergroup", None if chat_id > 0 else "Chi bộ")
        )
        message = {
            "message_id": next(self._ids),
            "date": int(time.time()),
            "chat": chat.to_json(),
            "from": _user(user_id),
        }
        message |= {key: value for key, value in content.items() if value}
        self._user_messages[(chat_id, message["message_id"])] = message
        return message

    def _message_json(self, message_id: int, chat_id: int) -> dict[str, Any]:
        if (chat_id, message_id) in self._user_messages:
            return self._user_messages[(chat_id, message_id)]
        message = self._bot_message(chat_id, message_id)
        data: dict[str, Any] = {
            "message_id": message_id,
            "date": int(time.time()),
            "chat": self._chats[chat_id].to_json(),
        }
        data |= {"from": BOT_USER, "text": message.text}
        if message.reply_markup:
            data["reply_markup"] = message.reply_markup
        return data

    def _chat(self, params: dict[str, Any]) -> _Chat:
        try:
            return self._chats[int(params.get("chat_id") or 0)]
        except (KeyError, ValueError):
            raise ApiError("Bad Request: chat not found") from None

    def _bot_message(self, chat_id: int, message_id: int) -> SentMessage:
        for message in self.sent:
            if message.chat_id == chat_id and message.message_id == message_id:
                return message
        raise ApiError("Bad Request: message to edit not found")

    def _reply_target(self, chat_id: int, params: dict[str, Any]) -> int | None:
        reply = json.loads(params["reply_parameters"]) if params.get("reply_parameters") else {}
        target = reply.get("message_id") or params.get("reply_to_message_id")
        if target is None:
            return None
        known = (chat_id, int(target)) in self._user_messages or any(
            m.chat_id == chat_id and m.message_id == int(target) for m in self.sent
        )
        if not known and not reply.get("allow_sending_without_reply"):
            raise ApiError("Bad Request: message to be replied not found")
        return int(target)


def _user(user_id: int) -> dict[str, Any]:
    return {"id": user_id, "is_bot": False, "first_name": f"Người dùng {user_id}", "language_code": "vi"}
