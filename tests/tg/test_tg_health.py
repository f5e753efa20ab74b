"""`python -m bot health` (the Docker HEALTHCHECK) against a bot polling the fake Bot API: healthy while
updates can arrive, unhealthy when Telegram stops answering getUpdates or the bot has stopped."""

from __future__ import annotations

import asyncio
import sys
import time
from pathlib import Path

import pytest

from bot.qa.service import QAService
from bot.tg import heartbeat
from tests.tg.fake_telegram import FakeTelegram
from tests.tg.test_tg_startup import bot_env, run_cli
from tests.tg.tg_harness import bot_settings, running_bot

BEAT = 0.2


async def health(tmp_path: Path, beat_file: Path) -> tuple[int, str]:
    process = await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "bot",
        "health",
        cwd=tmp_path,
        env=bot_env(tmp_path, HEARTBEAT_PATH=str(beat_file), HEARTBEAT_SECONDS=str(BEAT * 5)),
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.STDOUT,
    )
    output, _ = await asyncio.wait_for(process.communicate(), 60)
    assert process.returncode is not None
    return process.returncode, output.decode().strip()


async def until(condition: object, what: str, timeout: float = 30.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():  # type: ignore[operator]
        assert time.monotonic() < deadline, f"gave up waiting for {what}"
        await asyncio.sleep(0.1)


def test_health_fails_when_no_bot_runs(tmp_path: Path) -> None:
    done = run_cli(tmp_path, "health", HEARTBEAT_PATH=str(tmp_path / "heartbeat"))
    assert done.returncode == 1 and done.stderr.count("\n") == 1 and "not running" in done.stderr


async def test_health_follows_the_polling_bot(
    tmp_path: Path, tg_service: QAService, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(heartbeat, "POLL_TIMEOUT", 1)  # the harness long-polls for 1 s, not 10
    beat_file = tmp_path / "data" / "heartbeat"
    async with FakeTelegram() as fake:
        settings = bot_settings(fake, tmp_path, heartbeat_path=beat_file, heartbeat_seconds=BEAT)
        async with running_bot(settings, tg_service):
            await until(beat_file.exists, "the first heartbeat")
            healthy = await health(tmp_path, beat_file)
            fake.outage = 10**9  # Telegram answers nothing but 502 from now on
            await until(lambda: time.time() - beat_file.stat().st_mtime > BEAT * 15, "the heartbeat to go stale")
            stalled = await health(tmp_path, beat_file)
            fake.outage = 0
        stopped = await health(tmp_path, beat_file)
    assert healthy[0] == 0 and healthy[1].startswith("healthy")
    assert stalled[0] == 1 and "no updates received" in stalled[1]
    assert stopped[0] == 1 and "not running" in stopped[1]
