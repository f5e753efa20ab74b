"""The bot's own YAML files in the knowledge folder (faq.yaml, synonyms.yaml), read with one-line errors."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from bot.errors import BotError


def read_yaml(path: Path, error: type[BotError]) -> Any:
    """The parsed file (None when empty); unreadable YAML raises `error` with one line: where, and what."""
    try:
        return yaml.safe_load(path.read_text(encoding="utf-8-sig"))
    except UnicodeDecodeError as err:
        raise error(
            f"{path} is not UTF-8 text ({err.reason} at byte {err.start}). Save it as UTF-8 and reload."
        ) from err
    except yaml.YAMLError as err:
        mark = getattr(err, "problem_mark", None)
        where = f" at line {mark.line + 1}, column {mark.column + 1}" if mark is not None else ""
        problem = getattr(err, "problem", None) or str(err).splitlines()[0]
        raise error(f"{path} is not valid YAML{where}: {problem}. Fix the file and reload.") from err
