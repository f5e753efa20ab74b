"""Bytes of a text file to str: UTF-8 or UTF-16 as saved today, Windows-1258 as older Vietnamese Windows saved it,
TCVN3 as the '.VnTime' fonts typed it, or the charset a web page declares. Anything else is rejected, not guessed.
Text any reader got from a document typed in TCVN3 fonts (.docx, PDF) is converted the same way."""

from __future__ import annotations

import codecs
import re
import unicodedata

from bot.text import VIETNAMESE_MARKS

_REJECTED = "not UTF-8, UTF-16 or Vietnamese Windows-1258 / TCVN3 text; save the file as UTF-8"

# Vietnamese Windows ('ANSI', code page 1258) writes â, ơ, ư, ă, đ as one byte and the tones as combining marks.
# Almost any byte sequence decodes as cp1258, so the result must read as Vietnamese: every letter one of its
# alphabet and some letters only it has (a French latin-1 file or TCVN3 '.VnTime' bytes have none).
_VIETNAMESE_ONLY = frozenset("ăâđêôơưĂÂĐÊÔƠƯ\u0300\u0301\u0303\u0309\u0323")
_MARKS = frozenset(VIETNAMESE_MARKS)
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
        text = from_tcvn3(data.decode("latin-1"))
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


def _vietnamese_letter(char: str) -> bool:
    """'ế', 'Ơ', 'đ': a Vietnamese letter, precomposed; 'ä', 'ñ', 'Þ' are not."""
    return all(map(_vietnamese, unicodedata.normalize("NFD", char)))


# TCVN3 (ABC), the '.VnTime' fonts of Vietnamese offices before Unicode: each Vietnamese letter is typed as a
# Latin-1 code point the font draws as that letter ('§¶ng viªn' is 'Đảng viên'); capitals with marks are the small
# letters' codes in a '.VnTimeH' font. Small letters a ă â đ e ê i o ô ơ u ư y with their tones, then the seven
# capitals the encoding has.
_TCVN3 = dict(
    zip(
        "µ¸¶·¹¨»¾¼½Æ©ÇÊÈÉË®ÌÐÎÏÑªÒÕÓÔÖ×ÝØÜÞßãáâä«åèæçé¬êíëìîïóñòô\xadõøö÷ùúýûüþ¡¢§£¤¥¦",
        "àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵĂÂĐÊÔƠƯ",
        strict=True,
    )
)
# Codes that are no Vietnamese letter in Unicode ('¶', 'ª', 'Þ'): what TCVN3 text is full of and Unicode text is not.
_TCVN3_ONLY = frozenset(c for c in _TCVN3 if not (c.isalpha() and _vietnamese_letter(c)))
# Letters only Unicode Vietnamese has (ă, đ, ơ, ư, ạ … ỹ): one of them and the text is not TCVN3.
_UNICODE_VIETNAMESE = re.compile(
    "[\u0102\u0103\u0110\u0111\u0128\u0129\u0168\u0169\u01a0\u01a1\u01af\u01b0\u1ea0-\u1ef9]"
)
_MIN_TCVN3_WORDS = 3
_MIN_TCVN3_SHARE = 0.1  # of the words; Vietnamese typed in TCVN3 has a mark in every other word
_MAX_FOREIGN_SHARE = 0.01  # of the letters once converted: a foreign name ('Müller') may stay
_WORD = re.compile(r"[^\s\d.,;:!?()\"'/\-]+")


def from_tcvn3(text: str) -> str | None:
    """The text converted from TCVN3 to Unicode when it was typed in TCVN3; None when it was not."""
    if _UNICODE_VIETNAMESE.search(text):
        return None
    words = _WORD.findall(text)
    typed = sum(1 for word in words if any(c in _TCVN3_ONLY for c in word))
    if typed < _MIN_TCVN3_WORDS or typed < _MIN_TCVN3_SHARE * len(words):
        return None
    converted = _WORD.sub(_converted_word, text)
    # Converted, it reads as Vietnamese: broken UTF-8 read as Latin-1 ('á»¦y', 'Ä\x90') is full of these codes too.
    letters = [c for c in converted if c.isalpha()]
    foreign = sum(1 for c in letters if not _vietnamese_letter(c))
    return converted if foreign <= _MAX_FOREIGN_SHARE * len(letters) else None


def _converted_word(match: re.Match[str]) -> str:
    word = match.group()
    converted = "".join(_TCVN3.get(c, c) for c in word)
    plain = [c for c in word if c.isascii() and c.isalpha()]
    return converted.upper() if plain and all(c.isupper() for c in plain) else converted  # '§IÒU' is 'ĐIỀU'
