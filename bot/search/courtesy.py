"""Courtesy around a question: 'Chào bạn, cho mình hỏi …', '… ạ, cảm ơn!'. It names no topic, yet its words
('chào', 'bạn', 'hỏi', 'cảm ơn') count against the passages' coverage and the FAQ match: 'chào bạn, cho mình hỏi
đảng viên dự bị bao lâu' missed the entry that answers 'đảng viên dự bị bao lâu'. A message of courtesy alone
('xin chào', 'cảm ơn bot nhiều') is no question for the documents at all.

Patterns run on the folded text (one character per character of the NFC text), so unaccented typing is read the
same; what they match is cut from the text as typed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import Enum

from bot.text import fold_diacritics, normalize

# Whom a greeting or thanks is addressed to: 'chào anh chị', 'cảm ơn bot nhiều ạ'.
_ADDRESS = r"(?:ban|anh|chi|em|ad|admin|bot|tro ly|ca nha|moi nguoi|a|ak|nhe|nha|nhieu|oi)"
_SELF = r"(?:toi|minh|em|con|chau|tui|tao)"
# 'chào' alone must be followed by whom it greets or by punctuation: 'chào cờ' is a ceremony.
_GREETING = rf"(?:(?:xin chao|kinh chao|hello|hi|alo)(?: {_ADDRESS})*|chao(?: {_ADDRESS})+|chao(?=\s*[^\w\s]|\s*$))"
_ASKING = (
    rf"(?:(?:xin )?cho {_SELF} (?:duoc )?hoi|{_SELF} (?:muon|can|xin) (?:duoc )?hoi|xin hoi|cho hoi)"
    r"(?: (?:chut|xiu|ti|voi|mot chut|1 chut|la|ve))*"
)
_THANKS = rf"(?:(?:{_SELF} )?(?:xin )?cam on|thanks?(?: you)?|tks|thx)(?: {_ADDRESS})*"
_GOODBYE = rf"(?:tam biet|bye|goodbye)(?: {_ADDRESS})*"
_ACKNOWLEDGING = rf"(?:ok|oke|okay|vang|da vang|da)(?: {_ADDRESS})*"

_LEADING = re.compile(rf"^(?:[\W_]*\b(?:{_GREETING}|{_ASKING})\b)+[\W_]*", re.IGNORECASE)
# After a clause's end: 'Tôi 61 tuổi, cho tôi hỏi còn vào Đảng được không?'
_INNER_ASKING = re.compile(rf"(?<=[,.;:!?])\s*\b{_ASKING}\b\s*", re.IGNORECASE)
# 'ạ' closes a polite question; typed plain it is a lone small 'a' at the end ('vitamin A' is no particle).
_TRAILING = re.compile(rf"(?:[\W_]*\b(?:{_THANKS}|{_GOODBYE}|(?-i:a|ak))\b)+[\W_]*$", re.IGNORECASE)
_WHOLE = re.compile(rf"^[\W_]*(?:(?:{_GREETING}|{_THANKS}|{_GOODBYE}|{_ACKNOWLEDGING}|{_ASKING})\b[\W_]*)+$")
# In this order: 'ok', 'vâng' after an answer acknowledge it (the reply to thanks), unless the message greets
# ('Dạ, chào anh ạ').
_KINDS = (
    ("thanks", re.compile(rf"\b{_THANKS}\b")),
    ("goodbye", re.compile(rf"\b{_GOODBYE}\b")),
    ("greeting", re.compile(rf"\b{_GREETING}")),
    ("thanks", re.compile(rf"\b{_ACKNOWLEDGING}\b")),
)


SMALL_TALK_MAX_CHARS = 80
TAIL_CHARS = 120


class SmallTalk(Enum):
    GREETING = "greeting"
    THANKS = "thanks"
    GOODBYE = "goodbye"


def small_talk(message: str) -> SmallTalk | None:
    """What a message of courtesy alone says ('xin chào', 'cảm ơn bạn nhiều!'); None for anything else."""
    folded = fold_diacritics(normalize(message)).strip()
    if not folded or len(folded) > SMALL_TALK_MAX_CHARS or _WHOLE.match(folded) is None:
        return None
    for kind, pattern in _KINDS:
        if pattern.search(folded):
            return SmallTalk(kind)
    return SmallTalk.GREETING


@dataclass(frozen=True, slots=True)
class _Cut:
    start: int
    end: int
    keep: str = ""


def without_courtesy(question: str) -> str:
    """The question without the greeting, 'cho em hỏi' and thanks around it; unchanged if nothing else is left."""
    text = normalize(question)
    folded = fold_diacritics(text)
    if len(folded) != len(text):  # a character folding to two: positions would not line up; leave it as typed
        return question
    folded = _cased(text, folded)
    cuts = [_Cut(*m.span()) for m in _LEADING.finditer(folded)]
    cuts += [_Cut(*m.span(), keep=" ") for m in _INNER_ASKING.finditer(folded)]
    # Thanks close a message: only its end is searched (a run of '!!!…' made the search quadratic).
    tail = max(0, len(folded) - TAIL_CHARS)
    cuts += [_Cut(*m.span(), keep=_end_mark(m.group())) for m in _TRAILING.finditer(folded, tail)]
    if not cuts:
        return question
    pieces, position = [], 0
    for cut in sorted(cuts, key=lambda c: c.start):
        if cut.start < position:
            continue
        pieces += [text[position : cut.start], cut.keep]
        position = cut.end
    pieces.append(text[position:])
    kept = "".join(pieces).strip()
    return kept if re.search(r"\w", kept) else question


def _cased(text: str, folded: str) -> str:
    """Folded text (as long as `text`) with the capitals of `text`: only the particle 'ạ' needs them."""
    return "".join(f.upper() if t.isupper() else f for t, f in zip(text, folded, strict=True))


def _end_mark(cut: str) -> str:
    """The question mark of '… không ạ? Cảm ơn!' stays: it tells a question from a statement."""
    return "?" if "?" in cut else ""
