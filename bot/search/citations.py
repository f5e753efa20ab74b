"""Which documents a question naming one by number ('Quy định 17-QĐ/TU', 'Hướng dẫn 04') is about. Pure.

A knowledge base often knows a number only from another document: the regulation that replaced it ('Quy định này
thay thế Quy định số 17-QĐ/TU'), or a guide that cites it in passing. Asked what the old rule said, the closest
passage is the new rule's, a confident wrong answer. So a question naming a document is answered only from a
document that bears that number in its title or cites it as in force; a citation that only says it was replaced
or repealed counts when the question asks about that ('… còn hiệu lực không?').
"""

from __future__ import annotations

import re

from bot.models import Passage
from bot.text import fold_diacritics

_NUMBERED = r"\b0*{}\s*-\s*[A-ZĐ]"  # '17-QĐ/TU', '04-HD/BTCTU', '213 - QĐ/TW'
_ANY_NUMBER = re.compile(r"\b0*(\d{1,4})\s*-\s*[A-ZĐ]")
_SENTENCE = re.compile(r"(?<=[.;!?])\s+|\n")
_REPLACED = re.compile(r"\b(thay thế|bãi bỏ|hết hiệu lực|thôi hiệu lực)\b", re.IGNORECASE)
_ASKS_VALIDITY = re.compile(r"\b(hieu luc|thay the|thay cho|bai bo|con ap dung|con dung|con gia tri)\b")


_CODED = re.compile(r"\b0*(\d{1,4})\s*-\s*(?:qđi|qđ|qd|hd|nq|ct|kl|tb|bc|kh|cv)\b", re.IGNORECASE)
# How BM25 indexes a cited number: the pair of the number and its code's first letters ('17-QĐ/TU' -> '17_qd'),
# folded. Rules and resolutions; reports, plans and letters are cited by number too ('86-BC/ĐU').
DOCUMENT_CODES = ("qd", "qdi", "nq", "ct", "kl", "hd", "tt", "nd", "qc", "tb", "ttg", "ttr")
CITED_CODES = (*DOCUMENT_CODES, "bc", "kh", "cv")


def coded_numbers(question: str) -> frozenset[int]:
    """The documents a question names with their code ('17-QĐ/TU', '04-hd'), not a bare 'quy định 18' (tuổi)."""
    return frozenset(int(number) for number in _CODED.findall(question))


def number_forms(number: str) -> set[str]:
    """'05', '5': a number as documents write it, with or without its leading zero."""
    return {number, number.lstrip("0") or "0", number.zfill(2)}


def numbers_in_title(title: str) -> frozenset[int]:
    return frozenset(int(number) for number in _ANY_NUMBER.findall(title))


def cites(passage: Passage, number: int) -> bool:
    """The passage names document number N by its code ('213-QĐ/TW', 'số 01-HD/TW')."""
    return re.search(_NUMBERED.format(number), passage.text) is not None


def cites_in_force(passage: Passage, number: int) -> bool:
    """Cites document N other than to say that it was replaced or repealed."""
    return any(not _REPLACED.search(s) for s in _citing(passage, number))


def replaces(passage: Passage, number: int) -> bool:
    """The passage says its document replaces or repeals document N ('… thay thế Quy định số 12-QĐ/TU'): that
    document never states what N said, though it may cite N again ('cán bộ đang luân chuyển theo Quy định số
    12-QĐ/TU tiếp tục thực hiện …')."""
    return any(_REPLACED.search(s) for s in _citing(passage, number))


def _citing(passage: Passage, number: int) -> list[str]:
    """The passage's sentences that name document N by its code."""
    pattern = re.compile(_NUMBERED.format(number))
    return [s for s in _SENTENCE.split(passage.text) if pattern.search(s)]


def asks_validity(question: str) -> bool:
    """'Quy định 17-QĐ/TU còn hiệu lực không?', '… được thay thế bằng văn bản nào?'"""
    return _ASKS_VALIDITY.search(fold_diacritics(question).lower()) is not None
