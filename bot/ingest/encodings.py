"""Bytes of a text file to str: UTF-8 or UTF-16 as saved today, Windows-1258 as older Vietnamese Windows saved it,
or the charset a web page declares. Anything else is rejected, not guessed."""

from __future__ import annotations

import codecs
import re
import unicodedata

_REJECTED = "not UTF-8, UTF-16 or Vietnamese Windows-1258 text; save the file as UTF-8"

# Vietnamese Windows ('ANSI', code page 1258) writes â, ơ, ư, ă, đ as one byte and the tones as combining marks.
# Almost any byte sequence decodes as cp1258, so the result must read as Vietnamese: every letter one of its
# alphabet and some letters only it has (a French latin-1 file or TCVN3 '.VnTime' bytes have none).
_VIETNAMESE_ONLY = frozenset("ăâđêôơưĂÂĐÊÔƠƯ\u0300\u0301\u0303\u0309\u0323")
_MARKS = frozenset("\u0300\u0301\u0303\u0309\u0323\u0302\u0306\u031b")
_MIN_VIETNAMESE_SHARE = 0.02  # of the letters; a Vietnamese sentence has many times more

# <meta charset="..."> or <meta http-equiv="Content-Type" content="text/html; charset=...">, in the page's head.
_DECLARED = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([A-Za-z0-9_.:-]+)""", re.IGNORECASE)
_HEAD_BYTES = 4096


def decode_text(data: bytes, *, web_page: bool = False) -> str:
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    if len(data) >= 2 and data[1::2].count(0) > len(data) // 4:  # BOM-less UTF-16LE
        try:
            return data.decode("utf-16-le")
        except UnicodeDecodeError:
            pass
    declared = _declared_charset(data) if web_page else None
    if declared is not None:
        try:
            return data.decode(declared)
        except UnicodeDecodeError as err:
            raise ValueError(f"not valid {declared} text, as the page declares; save the file as UTF-8") from err
    text = _windows_1258(data)
    if text is None:
        raise ValueError(_REJECTED)
    return text


def _declared_charset(data: bytes) -> str | None:
    found = _DECLARED.search(data[:_HEAD_BYTES])
    if found is None:
        return None
    try:
        return codecs.lookup(found.group(1).decode("ascii")).name
    except LookupError:
        return None


def _windows_1258(data: bytes) -> str | None:
    try:
        text = data.decode("cp1258")
    except UnicodeDecodeError:  # a byte cp1258 leaves undefined
        return None
    letters = [c for c in unicodedata.normalize("NFD", text) if c.isalpha() or c in _MARKS]
    if any(not _vietnamese(c) for c in letters):
        return None
    own = sum(1 for c in text if c in _VIETNAMESE_ONLY)
    return text if letters and own >= _MIN_VIETNAMESE_SHARE * len(letters) else None


def _vietnamese(char: str) -> bool:
    return char.isascii() or char in _MARKS or char in "đĐ"
