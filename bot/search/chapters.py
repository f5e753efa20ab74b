"""'Chương II Điều lệ Đảng quy định gì?': the chapter a question asks for, and the chapter a passage is in.

Regulations and charters group their articles in chapters ('Chương II. NGUYÊN TẮC TỔ CHỨC…'), and the citation of
each passage starts with its chapter. A question naming a chapter is answered from that chapter, as one naming
'Điều N' is from that article; a chapter the documents do not have is not answered at all. Pure.
"""

from __future__ import annotations

import re

from bot.text import fold_text

_ROMAN_VALUES = {"i": 1, "v": 5, "x": 10, "l": 50, "c": 100}
# 'chương trình' (a programme) is no chapter: a number must follow.
_ASKED = re.compile(r"\bchuong\s+([ivxlc]{1,7}|\d{1,2})\b")
_CITED = re.compile(r"(?:^|— )chuong\s+([ivxlc]{1,7}|\d{1,2})\b")


def _number(token: str) -> int | None:
    if token.isdigit():
        return int(token)
    values = [_ROMAN_VALUES[char] for char in token]
    total = sum(-v if i + 1 < len(values) and v < values[i + 1] else v for i, v in enumerate(values))
    return total or None


def asked(question: str) -> int | None:
    """The chapter the question names ('Chương IV', 'chuong 3'), else None."""
    match = _ASKED.search(fold_text(question))
    return _number(match.group(1)) if match else None


def of_citation(citation: str) -> int | None:
    """The chapter a passage is in, by its citation ('Chương II. NGUYÊN TẮC … — Điều 9'), else None."""
    match = _CITED.search(fold_text(citation))
    return _number(match.group(1)) if match else None
