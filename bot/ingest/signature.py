"""The signature block that closes an official document: 'T/M BAN CHẤP HÀNH TRUNG ƯƠNG', 'TỔNG BÍ THƯ', '(đã ký)',
the signer's name, and the 'Nơi nhận:' list printed beside it. Pure.

Left in, it became the end of the last article or section. Taken conservatively: only at the very end of the
text, only from a line in capitals that signs on behalf of a body or a superior (T/M, TM., K/T, KT.), and only
when nothing but a few short lines follows it.
"""

from __future__ import annotations

import re
from collections.abc import Callable

# 'Nơi nhận: T/M BỘ CHÍNH TRỊ' is how a PDF reads the two columns of the closing block on one line.
# On behalf of (T/M), for (K/T), by order of (T/L) or by delegation of (T/UQ) a body or a superior.
_SIGNS_FOR = re.compile(r"^(?:(?i:nơi nhận)\s*:?\s*)?((?:T/M|TM\.|K/T|KT\.|T/L|TL\.|T/UQ|TUQ\.)\s*\S.*)$")
_RECIPIENTS = re.compile(r"^nơi nhận\s*:?$", re.IGNORECASE)
_RECIPIENTS_LINE = re.compile(r"^nơi nhận\s*:\s*\S", re.IGNORECASE)  # the list on the same line
RECIPIENTS_LIST_CHARS = 400
# What may follow the T/M line: titles ('TỔNG BÍ THƯ'), '(đã ký)', a name, each short and not a sentence; and the
# recipients ('- Lưu VP.'), longer when a PDF reads the signer's title onto the same line. Chosen by hand: signer
# lines in Party documents hold under 40 characters, while a body sentence ends with its full stop.
CLOSING_LINE_CHARS = 60
RECIPIENT_LINE_CHARS = 100
SIGNATURE_MAX_LINES = 15


def is_signature_line(line: str) -> bool:
    """'T/M BAN CHẤP HÀNH TRUNG ƯƠNG', 'KT. BÍ THƯ', 'Nơi nhận: TM. BAN THƯỜNG VỤ'; not 'TM. Ban Thường vụ …'."""
    match = _SIGNS_FOR.match(line.strip())
    return match is not None and match.group(1).isupper() and len(line.strip()) <= RECIPIENT_LINE_CHARS


def without_signature(lines: list[str], text_of: Callable[[str], str] = str.strip) -> list[str]:
    """The lines before the closing signature block (and the 'Nơi nhận:' list just before it), if there is one."""
    start = _signature_start([text_of(line) for line in lines])
    return lines if start is None else lines[:start]


def _signature_start(texts: list[str]) -> int | None:
    filled = [i for i, text in enumerate(texts) if text]
    tail: list[int] = []  # the trailing lines that could close a document, last first
    for i in reversed(filled):
        if not _closing(texts[i]) or len(tail) == SIGNATURE_MAX_LINES:
            break
        tail.append(i)
    start = next((i for i in reversed(tail) if is_signature_line(texts[i])), None)
    return None if start is None else _recipients_start(texts, start)


def _closing(text: str) -> bool:
    if _recipient(text) or is_signature_line(text):
        return True
    return len(text) <= CLOSING_LINE_CHARS and not text.endswith((".", ";", "?", "!"))


def _recipient(text: str) -> bool:
    """'- Lưu VP.'; or the whole 'Nơi nhận: …; lưu VP.' list on one line, as a PDF reads it after the signature."""
    if _RECIPIENTS_LINE.match(text):
        return len(text) <= RECIPIENTS_LIST_CHARS
    return text.startswith(("-", "+", "•")) and len(text) <= RECIPIENT_LINE_CHARS


def _recipients_start(texts: list[str], start: int) -> int:
    """'Nơi nhận:' and its '- …' items right above the signature belong to the block."""
    i = start - 1
    while i >= 0 and (not texts[i] or (_recipient(texts[i]) and not _RECIPIENTS_LINE.match(texts[i]))):
        i -= 1
    heads = i >= 0 and (_RECIPIENTS.match(texts[i]) or _RECIPIENTS_LINE.match(texts[i]))
    return i if heads else start
