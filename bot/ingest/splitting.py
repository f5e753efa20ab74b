"""Cutting text into bounded pieces: at sentence ends first, else at a clause, a comma or a word. Pure."""

from __future__ import annotations

import re

_SENTENCE_END = re.compile(r"(?<=[.!?…;])\s+(?=[A-ZĐÀ-Ỹ0-9\"“(-])")


def size(lines: list[str]) -> int:
    return sum(len(line) + 1 for line in lines)


def split_long(text: str, limit: int) -> list[str]:
    """Split at sentence ends into pieces of at most `limit` characters; a longer sentence is cut by _split_hard."""
    if len(text) <= limit:
        return [text]
    pieces, current = [], ""
    for sentence in _SENTENCE_END.split(text):
        if len(sentence) > limit:
            pieces.extend(filter(None, [current]))
            *whole, current = split_hard(sentence, limit)
            pieces.extend(whole)
        elif current and len(current) + len(sentence) + 1 > limit:
            pieces.append(current)
            current = sentence
        else:
            current = f"{current} {sentence}" if current else sentence
    if current:
        pieces.append(current)
    return pieces


# Where a run without sentence ends may be cut, best first: after a clause, after a comma or dash, between words.
_BREAKS = (re.compile(r"[;:](?=\s)"), re.compile(r"(?:,|\s[-–—])(?=\s)"), re.compile(r"\S(?=\s)"))


def split_hard(text: str, limit: int) -> list[str]:
    """Pieces of at most `limit` characters, cut at the last clause, comma or word boundary in each piece's second
    half; a word longer than that is cut where it must be. Pasted minutes and OCR output have no sentence ends."""
    pieces, start = [], 0
    while len(text) - start > limit:
        end = start + limit
        cut = next((ends[-1] for ends in (_break_ends(b, text, start + limit // 2, end) for b in _BREAKS) if ends), end)
        pieces.append(text[start:cut].strip())
        start = cut
    pieces.append(text[start:].strip())
    return [piece for piece in pieces if piece]


def _break_ends(pattern: re.Pattern[str], text: str, start: int, end: int) -> list[int]:
    # The lookahead may look one character past `end`, so search up to it and keep the ends inside.
    return [match.end() for match in pattern.finditer(text, start, end + 1) if match.end() <= end]
