"""Telegram's rules for what a bot may send, as the fake Bot API enforces them (pure functions).

Text is 1..4096 UTF-16 units after entity parsing; HTML parse mode knows a few tags and the entities
&lt; &gt; &amp; &quot; (plus numeric ones); a bare <, > or & is an error; callback data is 1..64 bytes.
Errors carry the same descriptions the real server sends.
"""

from __future__ import annotations

import json
import re
from typing import Any

_TAG = re.compile(r"<(/?)([a-zA-Z][a-zA-Z0-9-]*)((?:\s+[a-zA-Z-]+(?:\s*=\s*(?:\"[^\"]*\"|'[^']*'|[^\s>\"']+))?)*)\s*>")
_ATTR = re.compile(r"([a-zA-Z-]+)(?:\s*=\s*(?:\"([^\"]*)\"|'([^']*)'|([^\s>\"']+)))?")
_ENTITY = re.compile(r"&(#[0-9]+|#x[0-9a-fA-F]+|[a-zA-Z]+);")
_NAMED = {"lt": "<", "gt": ">", "amp": "&", "quot": '"'}
_SIMPLE_TAGS = {"b", "strong", "i", "em", "u", "ins", "s", "strike", "del", "pre", "tg-spoiler"}
ACTIONS = {"typing", "upload_photo", "record_video", "upload_video", "record_voice", "upload_voice"}
ACTIONS |= {"upload_document", "choose_sticker", "find_location", "record_video_note", "upload_video_note"}


class ApiError(Exception):
    def __init__(self, description: str, status: int = 400) -> None:
        super().__init__(description)
        self.status = status
        self.description = description


def utf16_len(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def parse_html(text: str) -> str:
    """Telegram's HTML parse mode: return the plain text, or raise ApiError like the real server."""
    out: list[str] = []
    stack: list[str] = []
    position = 0
    while position < len(text):
        char = text[position]
        if char == "<":
            match = _TAG.match(text, position)
            if match is None:
                raise _cant_parse(f"Unexpected start tag at byte offset {_offset(text, position)}")
            closing, name, attrs = match.group(1) == "/", match.group(2).lower(), match.group(3)
            if closing:
                if not stack or stack[-1] != name:
                    expected = f"</{stack[-1]}>" if stack else "no end tag"
                    raise _cant_parse(
                        f"Unmatched end tag at byte offset {_offset(text, position)}, expected {expected}"
                    )
                stack.pop()
            else:
                _check_tag(name, dict(_attributes(attrs)), text, position)
                stack.append(name)
            position = match.end()
        elif char == "&":
            match = _ENTITY.match(text, position)
            if match is None:
                raise _cant_parse(f"Character & at byte offset {_offset(text, position)} must be escaped")
            out.append(_decode_entity(match.group(1), text, position))
            position = match.end()
        elif char == ">":
            raise _cant_parse(f"Character > at byte offset {_offset(text, position)} must be escaped")
        else:
            out.append(char)
            position += 1
    if stack:
        raise _cant_parse(f'Can\'t find end tag corresponding to start tag "{stack[-1]}"')
    return "".join(out)


def _check_tag(name: str, attrs: dict[str, str], text: str, position: int) -> None:
    allowed = name in _SIMPLE_TAGS and not attrs
    allowed |= name == "a" and set(attrs) == {"href"}
    allowed |= name == "span" and attrs == {"class": "tg-spoiler"}
    allowed |= name == "code" and (not attrs or set(attrs) == {"class"})
    allowed |= name == "blockquote" and set(attrs) <= {"expandable"}
    allowed |= name == "tg-emoji" and set(attrs) == {"emoji-id"}
    if not allowed:
        raise _cant_parse(f'Unsupported start tag "{name}" at byte offset {_offset(text, position)}')


def _attributes(raw: str) -> list[tuple[str, str]]:
    return [(m.group(1).lower(), m.group(2) or m.group(3) or m.group(4) or "") for m in _ATTR.finditer(raw)]


def _decode_entity(body: str, text: str, position: int) -> str:
    if body.startswith("#x"):
        return chr(int(body[2:], 16))
    if body.startswith("#"):
        return chr(int(body[1:]))
    if body not in _NAMED:
        raise _cant_parse(f'Unsupported HTML entity "&{body};" at byte offset {_offset(text, position)}')
    return _NAMED[body]


def _cant_parse(detail: str) -> ApiError:
    return ApiError(f"Bad Request: can't parse entities: {detail}")


def _offset(text: str, position: int) -> int:
    return len(text[:position].encode())


def message_text(params: dict[str, Any]) -> tuple[str, str]:
    html = str(params.get("text") or "")
    text = parse_html(html) if str(params.get("parse_mode", "")).upper() == "HTML" else html
    if not text.strip():
        raise ApiError("Bad Request: message text is empty")
    if utf16_len(text) > 4096:
        raise ApiError("Bad Request: message is too long")
    return html, text


def check_markup(params: dict[str, Any]) -> dict[str, Any] | None:
    if not params.get("reply_markup"):
        return None
    markup = params["reply_markup"]
    markup = json.loads(markup) if isinstance(markup, str) else markup
    for row in markup.get("inline_keyboard", []):
        for button in row:
            if not button.get("text"):
                raise ApiError("Bad Request: text buttons are unallowed in the inline keyboard")
            if "callback_data" in button and not 1 <= len(button["callback_data"].encode()) <= 64:
                raise ApiError("Bad Request: BUTTON_DATA_INVALID")
    return markup


def entities(text: str) -> list[dict[str, Any]]:
    entities = []
    command_end = 0
    if match := re.match(r"/[a-zA-Z0-9_]+(@[a-zA-Z0-9_]+)?", text):
        command_end = match.end()
        entities.append({"type": "bot_command", "offset": 0, "length": utf16_len(match.group())})
    for match in re.finditer(r"@[a-zA-Z0-9_]{5,32}", text):
        if match.start() >= command_end:
            offset = utf16_len(text[: match.start()])
            entities.append({"type": "mention", "offset": offset, "length": utf16_len(match.group())})
    return entities
