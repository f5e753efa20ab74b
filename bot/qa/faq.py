"""Curated FAQ (faq.yaml): loading with clear errors, browsing by topic, and matching a question to an entry."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import yaml
from pydantic import ValidationError

from bot.errors import FaqError
from bot.models import FaqEntry
from bot.text import QUESTION_STOPWORDS, terms, with_bigrams

# A question must be this close to an entry to get the curated answer directly; otherwise the passages answer.
# Checked by hand on the dev and test questions: below these, most matches answered a neighbouring question
# ('sinh viên đóng đảng phí' -> the entry for retirees), and a wrong curated answer is worse than passages.
MATCH_THRESHOLD = 0.70
LEXICAL_MIN = 0.65  # the words must agree too: meaning alone confuses neighbouring questions
LEXICAL_WEIGHT = 0.6


def load_faq(path: Path) -> tuple[FaqEntry, ...]:
    """Read faq.yaml; a missing file is an empty FAQ, anything malformed is a FaqError naming the entry."""
    if not path.is_file():
        return ()
    try:
        raw = yaml.safe_load(path.read_text(encoding="utf-8-sig"))
    except (yaml.YAMLError, UnicodeDecodeError) as err:
        raise FaqError(f"{path} is not valid YAML: {err}. Fix the file and reload.") from err
    if raw is None:
        return ()
    if not isinstance(raw, list):
        raise FaqError(f"{path} must be a list of entries (- id: ..., question: ..., answer: ...).")
    entries: list[FaqEntry] = []
    seen: set[str] = set()
    for number, item in enumerate(raw, 1):
        label = f"entry {number}" + (f" (id '{item.get('id')}')" if isinstance(item, dict) and item.get("id") else "")
        try:
            entry = FaqEntry.model_validate(item)
        except ValidationError as err:
            problems = "; ".join(f"{'.'.join(map(str, e['loc'])) or 'entry'}: {e['msg']}" for e in err.errors())
            raise FaqError(f"{path}: {label} is invalid: {problems}") from err
        if entry.id in seen:
            raise FaqError(f"{path}: {label} repeats the id '{entry.id}'; ids must be unique.")
        seen.add(entry.id)
        entries.append(entry)
    return tuple(entries)


def _signature(text: str) -> set[str]:
    words = [t for t in terms(text) if t not in QUESTION_STOPWORDS]
    return set(with_bigrams(words))


@dataclass(frozen=True, slots=True)
class FaqMatch:
    entry: FaqEntry
    score: float


class FaqBook:
    def __init__(self, entries: Sequence[FaqEntry]) -> None:
        self.entries = tuple(entries)
        self._by_id = {entry.id: entry for entry in self.entries}
        self._variants = [(entry, text) for entry in self.entries for text in (entry.question, *entry.aliases)]
        self._signatures = [_signature(text) for _, text in self._variants]
        self._vectors: np.ndarray | None = None

    def topics(self) -> list[str]:
        return list(dict.fromkeys(entry.topic for entry in self.entries))

    def by_topic(self, topic: str) -> list[FaqEntry]:
        return [entry for entry in self.entries if entry.topic == topic]

    def get(self, entry_id: str) -> FaqEntry | None:
        return self._by_id.get(entry_id)

    def embed(self, encode: Callable[[list[str]], np.ndarray]) -> None:
        """Encode every question variant once, so matching also sees paraphrases."""
        if self._variants:
            self._vectors = encode([text for _, text in self._variants])

    def _lexical(self, question: str) -> list[float]:
        asked = _signature(question)
        if not asked:
            return [0.0] * len(self._variants)
        # Dice over words and word pairs: symmetric, so a short question cannot match a long entry by luck.
        return [2 * len(asked & known) / (len(asked) + len(known)) if known else 0.0 for known in self._signatures]

    def match(self, question: str, vector: np.ndarray | None = None) -> FaqMatch | None:
        """The entry this question asks for, if the match is convincing; else None."""
        if not self._variants:
            return None
        lexical = np.array(self._lexical(question))
        if vector is not None and self._vectors is not None:
            scores = LEXICAL_WEIGHT * lexical + (1 - LEXICAL_WEIGHT) * (self._vectors @ vector.reshape(-1))
        else:
            scores = lexical
        best = int(np.argmax(scores))
        if scores[best] < MATCH_THRESHOLD or lexical[best] < LEXICAL_MIN:
            return None
        return FaqMatch(self._variants[best][0], float(scores[best]))

    def search(self, text: str, limit: int = 8) -> list[FaqEntry]:
        """Entries sharing words with `text` (for '/faq từ khoá'), best first, each entry once."""
        asked = _signature(text)
        if not asked:
            return []
        ranked = sorted(
            ((len(asked & known), i) for i, known in enumerate(self._signatures) if asked & known),
            key=lambda pair: (-pair[0], pair[1]),
        )
        found: dict[str, FaqEntry] = {}
        for _, i in ranked:
            entry = self._variants[i][0]
            found.setdefault(entry.id, entry)
        return list(found.values())[:limit]
