"""Errors the product raises on purpose. Every message says what to do next.

BotError
├── ConfigError            a setting is missing or invalid
├── KnowledgeError         the knowledge folder is missing or unusable
├── DocumentRejected       one uploaded/added file cannot be used (corrupt, empty, no text layer…)
├── FaqError               faq.yaml is invalid (names the entry)
├── IndexError_            the index on disk cannot serve
│   ├── IndexNotBuiltError
│   ├── IndexMismatchError built with another model or format version
│   └── IndexDamagedError  a file of the serving build is cut short, missing or unreadable
├── ReindexBusyError       a rebuild is already running
├── EmptyQuestionError     the question is empty after cleaning
└── UndecodableLineError   a line of questions on stdin is not UTF-8
"""

from __future__ import annotations

from pathlib import Path


class BotError(Exception):
    """Base class: an expected failure with a message fit for a log line or a CLI."""


class ConfigError(BotError):
    pass


class KnowledgeError(BotError):
    pass


class DocumentRejected(BotError):
    """A single document cannot be read; `reason` is a short English explanation."""

    def __init__(self, name: str, reason: str) -> None:
        super().__init__(f"{name}: {reason}")
        self.name = name
        self.reason = reason


class FaqError(BotError):
    pass


class SynonymsError(BotError):
    pass


class IndexError_(BotError):
    pass


class IndexNotBuiltError(IndexError_):
    def __init__(self, index_dir: Path) -> None:
        super().__init__(f"No index in {index_dir}. Build it: python -m bot index")


class IndexMismatchError(IndexError_):
    def __init__(self, index_dir: Path, what: str) -> None:
        super().__init__(f"The index in {index_dir} was built with {what}. Rebuild it: python -m bot index")


class IndexDamagedError(IndexError_):
    """`problem` names the damaged file and what is wrong with it, for callers that phrase their own line."""

    def __init__(self, index_dir: Path, problem: str) -> None:
        super().__init__(f"The index in {index_dir} is damaged: {problem}. Rebuild it: python -m bot index")
        self.index_dir = index_dir
        self.problem = problem


class ReindexBusyError(BotError):
    def __init__(self) -> None:
        super().__init__("A reindex is already running; wait for it to finish.")


class EmptyQuestionError(BotError):
    def __init__(self) -> None:
        super().__init__("The question is empty. Type a question in Vietnamese, e.g. 'Đảng viên dự bị bao lâu?'")


class UndecodableLineError(BotError):
    def __init__(self) -> None:
        super().__init__("The line is not valid UTF-8; save the questions as UTF-8 text.")
