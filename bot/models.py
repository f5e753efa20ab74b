"""Shared data passed between the layers. Plain frozen dataclasses: cheap to build, easy to test."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

AnswerKind = Literal["faq", "passages", "none"]


@dataclass(frozen=True, slots=True)
class Document:
    """One file of the knowledge folder, decoded to NFC text."""

    source: str  # path relative to the knowledge folder, '/'-separated
    title: str
    text: str


@dataclass(frozen=True, slots=True)
class Passage:
    """A citable piece of a document: one Điều, one khoản of a long Điều, or a window of prose."""

    source: str
    title: str
    citation: str  # e.g. "Chương II — Điều 5. Thủ tục kết nạp — khoản 2"
    text: str
    article: int | None = None  # the Điều number, for direct look-ups like "Điều 9 Điều lệ Đảng"

    def to_json(self) -> dict[str, object]:
        return {"source": self.source, "title": self.title, "citation": self.citation, "text": self.text}


@dataclass(frozen=True, slots=True)
class Hit:
    passage: Passage
    score: float
    lexical: float = 0.0  # normalised component scores, kept for answer confidence and debugging
    dense: float = 0.0

    def to_json(self) -> dict[str, object]:
        return {**self.passage.to_json(), "score": round(float(self.score), 4)}


@dataclass(frozen=True, slots=True)
class Answer:
    query: str
    kind: AnswerKind
    answer: str
    sources: tuple[Hit, ...] = ()
    faq_id: str | None = None
    case: str = ""  # of a curated answer: its line for the asker's own case, shown first ('' when none stands out)
    # A reply to a greeting or thanks: kind "none" (no document answers it), shown as it is, not as 'not found'.
    small_talk: bool = False
    # Of a passage answer: an FAQ entry close to the question, offered beside the passages, not given as the answer.
    related_faq: str | None = None

    def to_json(self) -> dict[str, object]:
        return {
            "query": self.query,
            "kind": self.kind,
            "faq_id": self.faq_id,
            "related_faq": self.related_faq,
            "answer": self.answer,
            "sources": [hit.to_json() for hit in self.sources],
        }


class FaqEntry(BaseModel):
    """One curated question with its answer, as written in faq.yaml."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    id: str = Field(min_length=1, max_length=40, pattern=r"^[A-Za-z0-9_.-]+$")
    question: str = Field(min_length=3)
    answer: str = Field(min_length=1)
    aliases: tuple[str, ...] = ()
    topic: str = "Chung"
    source: str | None = None  # its basis: document and Điều/khoản, resolved to passages of the index
    valid_as_of: date | None = None  # the date the answer was checked against the documents in force

    @field_validator("question", "answer", "topic")
    @classmethod
    def _strip(cls, value: str) -> str:
        return value.strip()


@dataclass(frozen=True, slots=True)
class SkippedFile:
    source: str
    reason: str


@dataclass(frozen=True, slots=True)
class IndexedFile:
    source: str
    title: str  # as every citation of its passages shows it
    passages: int


@dataclass(slots=True)
class BuildReport:
    documents: int = 0
    passages: int = 0
    embedded: int = 0  # passages encoded in this build (the rest came from the embedding cache)
    files: list[IndexedFile] = field(default_factory=list)
    skipped: list[SkippedFile] = field(default_factory=list)
    faq_unresolved: list[str] = field(default_factory=list)  # 'id: basis' of FAQ entries whose basis is not indexed
    seconds: float = 0.0
    built_at: datetime | None = None

    @property
    def reused(self) -> int:
        return self.passages - self.embedded


@dataclass(frozen=True, slots=True)
class IndexInfo:
    documents: int
    passages: int
    model: str
    built_at: datetime
