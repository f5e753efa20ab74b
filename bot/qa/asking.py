"""What a question asks for: a time, an amount, a who/where, a how, a what. Pure.

Two questions on one topic can ask different things: 'chuyển sinh hoạt đảng thế nào?' wants the steps, the FAQ
entry 'Chuyển công tác thì bao lâu phải chuyển sinh hoạt đảng?' gives a deadline. A curated answer to a question
asked in other words needs the two to ask for the same kind of thing.
"""

from __future__ import annotations

import re

from bot.text import fold_diacritics, normalize

_UNITS = r"(?:ngay|thang|nam|tuan|gio)"
_KINDS = {
    "time": re.compile(
        rf"\bbao lau\b|\bthoi han\b|\bhan chot\b|\bcham nhat\b|\bbao gio\b|\b(?:may|bao nhieu) {_UNITS}\b"
        rf"|\b(?:tu|den) (?:ngay|luc|khi) nao\b"
    ),
    "amount": re.compile(rf"\bbao nhieu\b(?! {_UNITS}\b)|\bmay (?:phan tram|muc|nguoi|dong)\b|%"),
    "who": re.compile(r"\bai\b|\b(?:cap|co quan|to chuc|ben|noi|don vi) nao\b|\bo dau\b"),
    "how": re.compile(r"\bthe nao\b|\bra sao\b|\blam sao\b|\bcach nao\b|\bcac buoc\b|\bthu tuc\b|\btrinh tu\b"),
    "what": re.compile(r"\bgi\b"),
}
# Kinds precise enough that an entry asking for one does not answer a question asking for another.
SPECIFIC = frozenset({"time", "amount", "who"})


def asked_for(question: str) -> frozenset[str]:
    """The kinds of answer the question asks for; empty for a yes/no question or one without a question word."""
    folded = fold_diacritics(normalize(question)).lower()
    return frozenset(kind for kind, pattern in _KINDS.items() if pattern.search(folded))


# 'có … không?', 'được không?', 'phải … chưa?' closing a question with no question word anywhere ('gì', 'nào',
# 'mấy', 'bao lâu'…): it asks whether one thing holds. A curated entry written to say what a rule is ('Lễ kết nạp
# tổ chức trong bao lâu?') seldom says whether that thing holds ('… có được tổ chức chung cho nhiều người không?'):
# over thirteen FAQ paraphrase sets, such questions were a third of the near misses given an entry.
_YES_NO = re.compile(r"\b(?:co|duoc|phai)\b.*\b(?:khong|ko|hong|chua)\b\W*(?:a|nhi|vay|the)?\W*$")
_QUESTION_WORD = re.compile(r"\b(?:gi|nao|may|bao nhieu|bao lau|bao gio|ai|o dau|the nao|ra sao|lam sao)\b")


def is_yes_no(question: str) -> bool:
    """The question asks only whether something holds ('Đảng viên dự bị có được biểu quyết không?')."""
    folded = fold_diacritics(normalize(question)).lower().strip()
    return _YES_NO.search(folded) is not None and _QUESTION_WORD.search(folded) is None


def same_ask(question: frozenset[str], entry: frozenset[str]) -> bool:
    """False when the entry asks for something specific and the question asks for other things only."""
    specific = entry & SPECIFIC
    return not (specific and question and not question & specific)
