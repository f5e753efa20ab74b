"""Word's automatic list numbering, written out as a reader sees it: '1.', 'a)', '-' before a paragraph's text.

A paragraph is numbered by its own <w:numPr> or by its style's ('List Number', 'List Bullet' or a house style);
the number formats are defined in the numbering part, with the text around the number ('Điều %2.', 'Chương %1',
'%1.%2.'): a regulation numbered by Word has no 'Điều 7.' in its text runs. Counters run per list (numId) and
level, and a level starts again after a shallower one, as Word draws them, unless its definition says otherwise
(articles numbered on across chapters). Without a usable definition a List Number style counts in
decimals and a List Bullet style gets '-'. The chunker reads '1.', 'a)' and '-' as list items: without them a
lead-in ('Đảng viên có nhiệm vụ:') loses its list. Whatever the numbering and styles parts hold, the worst outcome
is a paragraph without its mark.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from lxml import etree

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_VAL = f"{_W}val"
_LEVELS = 9  # Word's list levels are 0-8
_MAX_START = 32767  # the largest start value Word accepts
_STYLE_DEPTH = 10  # basedOn links followed: a loop in a broken styles part must end


@dataclass(frozen=True, slots=True)
class _Style:
    name: str
    based_on: str | None
    num_id: str | None
    level: int | None


@dataclass(frozen=True, slots=True)
class _Level:
    number_format: str
    start: int
    text: str | None = None  # what Word writes: 'Điều %2.', '%1)'; None without a definition
    restart: int | None = None  # starts again after an item of a level up to this one; 0: never; None: any shallower


class ListNumbering:
    """The marks of numbered paragraphs, counted in document order: call mark() once per paragraph, in order."""

    def __init__(self, numbering: etree._Element | None = None, styles: etree._Element | None = None) -> None:
        self._lists = _lists(numbering) if numbering is not None else {}
        self._styles = _styles(styles) if styles is not None else {}
        self._counters: dict[str, list[int | None]] = {}

    def mark(self, paragraph: etree._Element) -> str:
        """'1.', 'a)', '-' or '' for this paragraph, which is counted."""
        properties = paragraph.find(f"{_W}pPr")
        if properties is None:
            return ""
        style_id = _val(properties.find(f"{_W}pStyle"))
        num_id, level = self._style_numbering(style_id)
        own = properties.find(f"{_W}numPr")
        if own is not None:
            num_id = _val(own.find(f"{_W}numId")) or num_id
            level = _level(_val(own.find(f"{_W}ilvl")), level)
        if num_id == "0":  # numbering switched off for this paragraph
            return ""
        level = level or 0
        levels = self._lists.get(num_id or "", {})
        defined = levels.get(level)
        number_format = defined.number_format if defined else None
        number_format = number_format or self._list_style_format(style_id) or ("decimal" if num_id else None)
        if number_format is None:
            return ""
        counts = self._count(num_id or f"style {style_id}", level, levels)
        if (
            defined is None
            or defined.text is None
            or _JUST_A_NUMBER.fullmatch(defined.text)
            or number_format == "bullet"
        ):
            return _mark(number_format, counts[level] or 1)  # written the way the chunker reads items: 'a)', '2.
        return _rendered(defined.text, levels, counts)

    def _count(self, key: str, level: int, levels: dict[int, _Level]) -> list[int | None]:
        counts = self._counters.setdefault(key, [None] * _LEVELS)
        previous = counts[level]
        counts[level] = (levels[level].start if level in levels else 1) if previous is None else previous + 1
        for deeper in range(level + 1, _LEVELS):  # a deeper level starts again under a new item, unless told not to
            restart = levels[deeper].restart if deeper in levels else None
            if restart is None or (restart > 0 and level <= restart - 1):
                counts[deeper] = None
        return counts

    def _style_numbering(self, style_id: str | None) -> tuple[str | None, int | None]:
        for _ in range(_STYLE_DEPTH):
            style = self._styles.get(style_id or "")
            if style is None:
                break
            if style.num_id is not None:
                return style.num_id, style.level
            style_id = style.based_on
        return None, None

    def _list_style_format(self, style_id: str | None) -> str | None:
        style = self._styles.get(style_id or "")
        for name in (style_id or "", style.name if style else ""):
            key = name.replace(" ", "").lower()
            if key.startswith("listnumber"):
                return "decimal"
            if key.startswith("listbullet"):
                return "bullet"
        return None


def _lists(numbering: etree._Element) -> dict[str, dict[int, _Level]]:
    """numId -> level -> its definition, from the abstract definitions and each list's start overrides."""
    abstract = {node.get(f"{_W}abstractNumId"): _abstract_levels(node) for node in numbering.iter(f"{_W}abstractNum")}
    lists: dict[str, dict[int, _Level]] = {}
    for num in numbering.iter(f"{_W}num"):
        levels = dict(abstract.get(_val(num.find(f"{_W}abstractNumId")), {}))
        for override in num.iter(f"{_W}lvlOverride"):
            level = _level(override.get(f"{_W}ilvl"), None)
            start = _start(_val(override.find(f"{_W}startOverride")), None)
            if level in levels and start is not None:
                levels[level] = replace(levels[level], start=start)
        lists[num.get(f"{_W}numId") or ""] = levels
    return lists


def _abstract_levels(abstract: etree._Element) -> dict[int, _Level]:
    levels = {}
    for definition in abstract.iter(f"{_W}lvl"):
        level = _level(definition.get(f"{_W}ilvl"), None)
        if level is not None:
            text = _val(definition.find(f"{_W}lvlText"))
            levels[level] = _Level(
                number_format=_val(definition.find(f"{_W}numFmt")) or "decimal",
                start=_start(_val(definition.find(f"{_W}start")), 1) or 1,
                text=text[:_MAX_LEVEL_TEXT] if text else None,
                restart=_level(_val(definition.find(f"{_W}lvlRestart")), None),
            )
    return levels


_PLACEHOLDER = re.compile(r"%([1-9])")
_JUST_A_NUMBER = re.compile(r"%[1-9][.)]?")  # '%2.', '%1)': the plain mark; 'Điều %2.', '%1.%2.' say more
_MAX_LEVEL_TEXT = 40  # Word's own limit is shorter; a longer text is no number


def _rendered(text: str, levels: dict[int, _Level], counts: list[int | None]) -> str:
    """'Điều %2.' with the second level's count -> 'Điều 7.'; each placeholder in its own level's format."""

    def number(match: re.Match[str]) -> str:
        level = int(match.group(1)) - 1
        defined = levels.get(level)
        count = counts[level] or (defined.start if defined else 1)
        return formatted(defined.number_format if defined else "decimal", count)

    return _PLACEHOLDER.sub(number, text).strip()


def _styles(styles: etree._Element) -> dict[str, _Style]:
    found = {}
    for style in styles.iter(f"{_W}style"):
        numbering = style.find(f"{_W}pPr/{_W}numPr")
        found[style.get(f"{_W}styleId") or ""] = _Style(
            name=_val(style.find(f"{_W}name")) or "",
            based_on=_val(style.find(f"{_W}basedOn")),
            num_id=_val(numbering.find(f"{_W}numId")) if numbering is not None else None,
            level=_level(_val(numbering.find(f"{_W}ilvl")), None) if numbering is not None else None,
        )
    return found


def _mark(number_format: str, number: int) -> str:
    """The mark without a level text: 'a)', 'II.', '3.', '-'."""
    if number_format == "bullet":
        return "-"
    number_text = formatted(number_format, number)
    if not number_text:
        return ""
    letter = number_format in ("lowerLetter", "upperLetter") and number_text.isalpha()
    return f"{number_text})" if letter else f"{number_text}."


def formatted(number_format: str, number: int) -> str:
    """A count in one of Word's number formats ('lowerLetter': 'c', 'upperRoman': 'III', 'decimal': '3')."""
    if number_format in ("none", "bullet"):
        return ""
    if number_format in ("lowerLetter", "upperLetter") and 1 <= number <= 260:
        letters = chr(ord("a") + (number - 1) % 26) * ((number - 1) // 26 + 1)  # Word's a … z, aa … zz
        return letters.upper() if number_format == "upperLetter" else letters
    if number_format in ("lowerRoman", "upperRoman") and 1 <= number < 4000:
        numeral = _roman(number)
        return numeral.lower() if number_format == "lowerRoman" else numeral
    return str(number)


_ROMAN_VALUES = (1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1)
_ROMAN_NUMERALS = ("M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I")


def _roman(number: int) -> str:
    digits = []
    for value, numeral in zip(_ROMAN_VALUES, _ROMAN_NUMERALS, strict=True):
        count, number = divmod(number, value)
        digits.append(numeral * count)
    return "".join(digits)


def _val(node: etree._Element | None) -> str | None:
    return node.get(_VAL) if node is not None else None


def _level(text: str | None, default: int | None) -> int | None:
    number = _small_number(text)
    return number if number is not None and number < _LEVELS else default


def _start(text: str | None, default: int | None) -> int | None:
    number = _small_number(text)
    return number if number is not None and number <= _MAX_START else default


def _small_number(text: str | None) -> int | None:
    # Attribute values come from the file: 'x', '-1', '²' or a thousand digits must not raise.
    if text is None or not (text.isascii() and text.isdigit()) or len(text) > 6:
        return None
    return int(text)
