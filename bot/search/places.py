"""Which place a question or a document is about: 'tỉnh Bắc Giang', 'xã Tân Hòa', 'phường Hòa Bình'.

A congress resolution or a report is about one place, and its targets and figures read like any other place's:
asked for 'thu nhập bình quân đầu người của tỉnh Bắc Giang', the closest passage is the income target of the
commune whose resolution the knowledge base holds, a confident wrong answer. A regulation names no place, and a
member's scenario ('tôi chuyển công tác sang tỉnh Lâm Đồng') is still answered from it. Pure; folded words.
"""

from __future__ import annotations

import itertools
import re

from bot.text import fold_diacritics, normalize

# Administrative units; the name after them is capitalised as typed ('tỉnh Bắc Giang'). Folded 'xa' (far) and
# 'quan' (the 'cơ quan Nhà nước' of every regulation) are other words.
_UNIT = r"tỉnh|tinh|thành phố|thanh pho|huyện|huyen|quận|thị xã|thi xa|xã|phường|phuong|thị trấn|thi tran"
# A place's party committee names it too ('Tỉnh ủy Thạch Lâm', 'BT TU Thạch Lâm'); 'TU'/'HU' only in capitals.
_COMMITTEE = r"tỉnh ủy|tỉnh uỷ|tinh uy|thành ủy|thành uỷ|thanh uy|huyện ủy|huyện uỷ|huyen uy|(?-i:TU|HU)"
_IN_QUESTION = re.compile(rf"\b(?:{_COMMITTEE}|{_UNIT})((?:\s+\w+){{1,4}})", re.IGNORECASE)
# Capitalised words that follow a unit without naming a place ('tỉnh Đảng bộ', 'huyện Ủy ban').
_NOT_NAMES = frozenset({"dang", "nha", "uy", "doan", "hoi", "mat", "ban"})
# In a title (often all capitals): an accented unit followed by a word that is not part of another term
# ('tỉnh ủy', 'xã hội', 'huyện đoàn').
_IN_TITLE = re.compile(
    r"\b(?:tỉnh|thành phố|huyện|quận|thị xã|xã|phường|thị trấn)\s+(?!ủy\b|uỷ\b|hội\b|đoàn\b|viên\b|nhà\b)\w",
    re.IGNORECASE,
)


def named_in(question: str) -> tuple[str, ...]:
    """The places a question names, as folded lower-case words ('bac giang'); empty when it names none."""
    found: list[str] = []
    for match in _IN_QUESTION.finditer(normalize(question)):
        name = list(itertools.takewhile(lambda word: word[0].isupper(), match.group(1).split()))
        if name and _folded(name[0]) not in _NOT_NAMES:
            found.append(_folded(" ".join(name)))
    return tuple(dict.fromkeys(found))


def about_a_place(title: str) -> bool:
    """The document's title names a place: it is one place's resolution, report or news."""
    return _IN_TITLE.search(normalize(title)) is not None


def names(title: str, place: str) -> bool:
    """The title names this place (folded words, in order)."""
    return f" {place} " in f" {_folded(title)} "


def own_place_text(title: str, opening: str) -> str:
    """Where a document says which place it is about: its title, or, when the title says 'Đảng bộ tỉnh' without a
    name (a political report's 'Báo cáo chính trị của Ban Chấp hành Đảng bộ tỉnh khóa XVI …', named only in its
    letterhead), its opening passage too ('Đại hội đại biểu Đảng bộ tỉnh Thạch Lâm lần thứ XVII …')."""
    if not about_a_place(title) or named_in(title):
        return title
    return f"{title}\n{opening}"


def _folded(text: str) -> str:
    return " ".join(re.findall(r"\w+", fold_diacritics(text).lower()))
