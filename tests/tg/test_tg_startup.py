"""`python -m bot serve` (and every other command) started as a real subprocess: bad settings, a rejected
token, an unreachable Bot API and a webhook without a secret end in one clear line, never the token."""

from __future__ import annotations

import asyncio
import io
import logging
import os
import subprocess
import sys
from pathlib import Path

import pytest

from bot.errors import ConfigError
from bot.tg.startup import RedactToken, check_telegram
from tests.tg.fake_telegram import TOKEN, FakeTelegram
from tests.tg.tg_harness import FIXTURE_KNOWLEDGE, bot_settings, free_port

ROOT = Path(__file__).parent.parent.parent
TIMEOUT = 120.0


def bot_env(tmp_path: Path, **values: str) -> dict[str, str]:
    """A clean environment: this checkout's `bot`, no proxies, state under tmp_path, plus `values`."""
    env = {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "PYTHONPATH": str(ROOT),
        "HOME": str(tmp_path),
        "NO_PROXY": "127.0.0.1,localhost",
        "HF_HUB_OFFLINE": "1",
        "KNOWLEDGE_DIR": str(FIXTURE_KNOWLEDGE),
        "INDEX_DIR": str(tmp_path / "index"),
        "QUERY_LOG_PATH": str(tmp_path / "data" / "queries.sqlite3"),
        "MODEL_CACHE_DIR": str(ROOT / "models"),  # the converted model the test session shares
    }
    return env | values


def run_cli(tmp_path: Path, *argv: str, **values: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "bot", *argv],
        cwd=tmp_path,  # no stray .env
        env=bot_env(tmp_path, **values),
        capture_output=True,
        text=True,
        timeout=TIMEOUT,
        check=False,
    )


async def serve(tmp_path: Path, **values: str) -> tuple[int, str]:
    """Run `python -m bot serve` to its end while this event loop keeps the fake Bot API answering."""
    process = await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "bot",
        "serve",
        cwd=tmp_path,
        env=bot_env(tmp_path, **values),
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.STDOUT,
    )
    try:
        output, _ = await asyncio.wait_for(process.communicate(), TIMEOUT)
    finally:
        if process.returncode is None:
            process.kill()
            await process.wait()
    assert process.returncode is not None
    return process.returncode, output.decode()


def last_line(output: str) -> str:
    return output.strip().splitlines()[-1]


@pytest.mark.parametrize(
    ("name", "value"),
    [
        ("ADMIN_IDS", "777 @myname"),
        ("ALLOWED_USER_IDS", "@someone"),
        ("EMBEDDING_BATCH_SIZE", "abc"),
        ("RATE_LIMIT_PER_MINUTE", "0"),
        ("LOG_LEVEL", "verbose"),
        ("QUERY_LOG_SALT", "abc"),
    ],
)
def test_a_malformed_setting_is_one_line_naming_it(tmp_path: Path, name: str, value: str) -> None:
    done = run_cli(tmp_path, "search", "đảng phí", **{name: value})
    assert done.returncode == 1
    assert done.stderr.count("\n") == 1 and "Traceback" not in done.stderr
    assert done.stderr.startswith(f"error: Invalid setting: {name} must be ")
    assert value not in done.stderr


def test_webhook_without_a_secret_refuses_to_start(tmp_path: Path) -> None:
    closed = f"http://127.0.0.1:{free_port()}/bot"
    done = run_cli(
        tmp_path,
        "serve",
        TELEGRAM_BOT_TOKEN=TOKEN,
        TELEGRAM_BASE_URL=closed,
        WEBHOOK_URL="https://bot.example.org/hook",
    )
    assert done.returncode == 1 and "Traceback" not in done.stderr
    assert done.stderr.count("\n") == 1 and "WEBHOOK_SECRET" in done.stderr and "secrets.token_urlsafe" in done.stderr


def test_webhook_listens_on_loopback_by_default() -> None:
    settings = bot_settings(FakeTelegram(), Path("unused"))
    assert settings.webhook_listen == "127.0.0.1"


@pytest.mark.parametrize("problem", ["wrong token", "mistyped base url"])
async def test_a_rejected_token_is_one_line_without_the_token(tmp_path: Path, problem: str) -> None:
    async with FakeTelegram() as fake:
        token, base_url = TOKEN, fake.base_url
        if problem == "wrong token":
            token = "654321:WRONG-token-nobody-should-see"
        else:
            base_url = f"http://127.0.0.1:{fake.port}/api/bot"  # the fake answers 404 there, as Telegram does
        code, output = await serve(tmp_path, TELEGRAM_BOT_TOKEN=token, TELEGRAM_BASE_URL=base_url)
    assert code == 1 and "Traceback" not in output
    assert token not in output and token.split(":")[1] not in output
    assert last_line(output).startswith("error: Telegram rejected the bot token")
    assert len(output.strip().splitlines()) <= 2
    assert [call.method for call in fake.calls] == (["getMe"] if problem == "wrong token" else [])  # not retried


async def test_an_unreachable_bot_api_is_retried_then_one_line(tmp_path: Path) -> None:
    closed = f"http://127.0.0.1:{free_port()}/bot"
    code, output = await serve(tmp_path, TELEGRAM_BOT_TOKEN=TOKEN, TELEGRAM_BASE_URL=closed, STARTUP_RETRIES="2")
    lines = output.strip().splitlines()
    assert code == 1 and "Traceback" not in output and TOKEN not in output
    assert sum("Telegram is not reachable" in line for line in lines) == 2
    assert lines[-1].startswith("error: Cannot reach the Telegram Bot API") and len(lines) == 3


async def test_start_up_retries_through_an_outage(tmp_path: Path) -> None:
    pauses: list[float] = []

    async def pause(seconds: float) -> None:
        pauses.append(seconds)

    async with FakeTelegram() as fake:
        fake.outage = 3
        where = {"base_url": fake.base_url, "base_file_url": fake.base_file_url}
        username = await check_telegram(TOKEN, retries=5, sleep=pause, **where)
        assert username == "party_docs_bot" and pauses == [1.0, 2.0, 4.0]
        fake.outage = 10
        with pytest.raises(Exception, match="Cannot reach the Telegram Bot API") as caught:
            await check_telegram(TOKEN, retries=2, sleep=pause, **where)
        assert not isinstance(caught.value, ConfigError) and TOKEN not in str(caught.value)


def test_tracebacks_in_the_log_lose_the_token() -> None:
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.addFilter(RedactToken(TOKEN))
    logger = logging.getLogger("tests.redact")
    logger.addHandler(handler)
    try:
        raise RuntimeError(f"The token `{TOKEN}` was rejected by the server.")
    except RuntimeError:
        logger.exception("Start-up failed for %s", TOKEN, stack_info=True)
    finally:
        logger.removeHandler(handler)
    assert "RuntimeError: The token `<token>` was rejected" in stream.getvalue()
    assert TOKEN not in stream.getvalue() and "Stack (most recent call last)" in stream.getvalue()
