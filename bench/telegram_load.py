"""Many users asking at once: the real bot and model against the fake Bot API, timing every reply.

    python bench/telegram_load.py [--users 30] [--rounds 3] [--knowledge knowledge] [--questions bench/devset.jsonl]
                                  [--write BENCHMARKS.md]

Each round, every simulated user sends one question at the same moment; latency is measured from the
update being offered to the bot until the fake server receives the reply. Prints p50/p95/max latency
and how many requests the fake Telegram rejected with a 4xx (should be 0). `--write` puts the result in
its own section of BENCHMARKS.md (bench/report.py), leaving the other sections alone.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TARGET_P95_SECONDS = 1.5
sys.path.insert(0, str(ROOT))

from bench import report  # noqa: E402
from bot.cli import build_service  # noqa: E402
from tests.network import clear_proxies  # noqa: E402
from tests.tg.fake_telegram import FakeTelegram  # noqa: E402
from tests.tg.tg_harness import bot_settings, running_bot  # noqa: E402


def load_questions(path: Path) -> list[str]:
    return [json.loads(line)["question"] for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


async def measure(args: argparse.Namespace, folder: Path) -> tuple[list[float], int, float]:
    shutil.copytree(args.knowledge, folder / "knowledge")
    questions = load_questions(args.questions)
    async with FakeTelegram() as fake:
        settings = bot_settings(fake, folder, rate_limit_per_minute=10_000)
        service = build_service(settings, batch_queries=True)  # as `serve` runs it
        started = time.perf_counter()
        service.ensure_index()
        print(f"index ready in {time.perf_counter() - started:.1f} s; model {service.info().model}", flush=True)
        latencies: list[float] = []
        async with running_bot(settings, service):
            users = range(10_000, 10_000 + args.users)
            await _round(fake, users, questions, 0)  # warm-up: first calls pay for lazy loading
            started = time.perf_counter()
            for number in range(1, args.rounds + 1):
                latencies += await _round(fake, users, questions, number)
            elapsed = time.perf_counter() - started
    return latencies, len(fake.errors), elapsed


async def _round(fake: FakeTelegram, users: range, questions: list[str], number: int) -> list[float]:
    pushed: dict[int, tuple[float, int]] = {}
    for index, user in enumerate(users):
        pushed[user] = (time.monotonic(), len(fake.sent_to(user)))
        fake.push_text(user, questions[(index + number * len(users)) % len(questions)])
    replies = await asyncio.gather(*(fake.reply(user, before, timeout=120) for user, (_, before) in pushed.items()))
    return [reply.sent_at - pushed[reply.chat_id][0] for reply in replies]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--users", type=int, default=30)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--knowledge", type=Path, default=ROOT / "knowledge")
    parser.add_argument("--questions", type=Path, default=ROOT / "bench" / "devset.jsonl")
    parser.add_argument("--write", type=Path, help="update the Telegram section of this markdown file")
    args = parser.parse_args()
    clear_proxies()
    with tempfile.TemporaryDirectory() as folder:
        latencies, rejected, elapsed = asyncio.run(measure(args, Path(folder)))
    p50, p95 = report.percentile(latencies, 0.5), report.percentile(latencies, 0.95)
    lines = [
        f"{args.users} users x {args.rounds} rounds = {len(latencies)} questions in {elapsed:.1f} s",
        f"reply latency: p50 {p50:.2f} s, p95 {p95:.2f} s, max {max(latencies):.2f} s",
        f"4xx responses from the fake Telegram: {rejected}",
        f"peak RSS of the bot process (model, index, Telegram layer, fake server): {report.peak_rss_mb():.0f} MB",
    ]
    met = p95 <= TARGET_P95_SECONDS and rejected == 0
    verdict = (
        f"**Verdict:** {'meets' if met else 'MISSES'} p95 {p95:.2f} s (≤ {TARGET_P95_SECONDS} s) with {rejected} 4xx."
        ' Questions answered in under 0.5 s send no "typing" action: under PTB\'s 30 requests/s limiter each'
        " question otherwise costs two requests (p95 1.93 s when it did)."
    )
    report.publish("telegram_load", "Telegram load", ["```", *lines, "```", "", verdict], args.write)


if __name__ == "__main__":
    main()
