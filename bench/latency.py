"""Warm question latency with the real model: the starter knowledge base and a 5,000-passage synthetic one.

    python bench/latency.py [--passages 5000] [--rounds 2] [--workdir DIR] [--write BENCHMARKS.md]

For every dev question it times, separately: the query embedding (the model), the search without the
embedding (analyze + hybrid search + re-rank, as QAService runs it), and the whole `QAService.search` and
`QAService.ask` calls. Each question is asked once before timing, so caches and lazy loading are warm.
`--workdir` keeps the built indexes there; a second run reuses them instead of re-embedding.
"""

from __future__ import annotations

import argparse
import json
import tempfile
import time
from pathlib import Path

import report
import synthetic

from bot.config import DEFAULT_MODEL
from bot.qa.service import QAService
from bot.search.embedder import load_embedder
from bot.search.query import analyze, model_input

TARGET_P95 = 0.100  # warm QAService.search at 5,000 passages, short and long questions alike
OPTIONS = "ABCD"


def long_questions(knowledge: Path, count: int = 40) -> list[str]:
    """Exam-style questions with their options and pasted paragraphs of 500-1,500 characters, from the
    knowledge base's own text (what members paste into the chat)."""
    paragraphs = [
        part.strip()
        for path in sorted(knowledge.rglob("*.md")) + sorted(knowledge.rglob("*.txt"))
        for part in path.read_text(encoding="utf-8").split("\n\n")
        if len(part.strip()) >= 120
    ]
    questions = []
    for i in range(count):
        if i % 2:
            pasted = " ".join(paragraphs[(i + j) % len(paragraphs)] for j in range(6))[: 500 + (i * 97) % 1000]
            questions.append(f"{pasted} Vậy trong trường hợp này chi bộ phải làm gì?")
        else:
            options = [paragraphs[(i * 3 + j) % len(paragraphs)][:220] for j in range(4)]
            lines = [f"Câu {i + 1}: Theo quy định hiện hành, nội dung nào sau đây là đúng?"]
            lines += [f"{letter}. {option}" for letter, option in zip(OPTIONS, options, strict=True)]
            questions.append("\n".join(lines))
    return questions


def load_questions(path: Path) -> list[str]:
    lines = path.read_text(encoding="utf-8").splitlines()
    return [json.loads(line)["question"] for line in lines if line.strip()]


def measure(service: QAService, questions: list[str], rounds: int) -> dict[str, list[float]]:
    index = service._loaded()
    for question in questions:  # warm-up
        service.ask(question)
    timings: dict[str, list[float]] = {"embedding": [], "search": [], "service.search": [], "service.ask": []}
    for _ in range(rounds):
        for question in questions:
            started = time.perf_counter()
            query = analyze(question, service.lexicon)
            analyzed = time.perf_counter()
            vector = service.embedder.encode_queries([model_input(query, index.restorer.restore)])[0]
            embedded = time.perf_counter()
            index.search(query, vector, k=5)
            searched = time.perf_counter()
            timings["embedding"].append(embedded - analyzed)
            timings["search"].append((analyzed - started) + (searched - embedded))
            started = time.perf_counter()
            service.search(question)
            timings["service.search"].append(time.perf_counter() - started)
            started = time.perf_counter()
            service.ask(question)
            timings["service.ask"].append(time.perf_counter() - started)
    return timings


def prepare(name: str, knowledge: Path, workdir: Path, embedder: object) -> tuple[QAService, float]:
    service = QAService(knowledge, workdir / name / "index", embedder)  # type: ignore[arg-type]
    started = time.perf_counter()
    built = service.ensure_index()
    return service, (time.perf_counter() - started) if built else float("nan")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--passages", type=int, default=5000)
    parser.add_argument("--rounds", type=int, default=2, help="timed passes over the questions")
    parser.add_argument("--questions", type=Path, default=report.ROOT / "bench" / "devset.jsonl")
    parser.add_argument("--workdir", type=Path, help="keep indexes here (default: a temporary folder)")
    parser.add_argument("--write", type=Path, help="update this benchmark's section of a markdown file")
    args = parser.parse_args()
    questions = load_questions(args.questions)
    with tempfile.TemporaryDirectory() as scratch:
        workdir = args.workdir or Path(scratch)
        started = time.perf_counter()
        embedder = load_embedder(DEFAULT_MODEL, cache_dir=report.ROOT / "models")
        print(f"model loaded in {time.perf_counter() - started:.1f} s", flush=True)
        synthetic_knowledge = workdir / "synthetic" / "knowledge"
        if not synthetic_knowledge.exists():
            synthetic.write_knowledge(synthetic_knowledge, args.passages, include_starter=True)
        rows = []
        for name, knowledge in (("starter", report.ROOT / "knowledge"), ("synthetic", synthetic_knowledge)):
            service, build_seconds = prepare(name, knowledge, workdir, embedder)
            passages = service.info().passages
            print(f"{name}: {passages} passages, built in {build_seconds:.0f} s; timing…", flush=True)
            timings = measure(service, questions, args.rounds)
            long_timings = measure(service, long_questions(report.ROOT / "knowledge"), args.rounds)
            rows.append((name, passages, build_seconds, timings))
            rows.append((f"{name}, long questions", passages, build_seconds, long_timings))
    body = [
        f"{len(questions)} dev questions ({args.questions.name}) x {args.rounds} rounds, after one warm-up pass; "
        f"model {DEFAULT_MODEL} on CPU (diacritics restored before embedding, as the bot does); one question at a"
        " time. 'long questions': 40 exam-style questions with four options and pasted paragraphs of 500-1,500"
        " characters, built from the knowledge base's text.",
        "",
        "| knowledge base | passages | build | query embedding | search without embedding"
        " | `QAService.search` | `QAService.ask` |",
        "|---|---:|---:|---|---|---|---|",
    ]
    for name, passages, build_seconds, timings in rows:
        cells = [report.ms(timings[key]) for key in ("embedding", "search", "service.search", "service.ask")]
        build = "reused" if build_seconds != build_seconds else f"{build_seconds:.0f} s"  # NaN: built by a run before
        body.append(f"| {name} | {passages} | {build} | " + " | ".join(cells) + " |")
    large = rows[-2][3]
    p95 = report.percentile(large["service.search"], 0.95)
    long_p95 = report.percentile(rows[-1][3]["service.search"], 0.95)
    verdict = "meets" if p95 <= TARGET_P95 else "MISSES"
    body += [
        "",
        f"Peak RSS of the benchmark process (model + both indexes): {report.peak_rss_mb():.0f} MB.",
        "",
        f"**Verdict:** warm `QAService.search` p95 at {rows[-1][1]} passages is {p95 * 1000:.0f} ms "
        f"(query embedding included): {verdict} the ≤ {TARGET_P95 * 1000:.0f} ms target; long questions"
        f" {long_p95 * 1000:.0f} ms ({'meets' if long_p95 <= TARGET_P95 else 'MISSES'} it).",
        "",
    ]
    report.publish("latency", "Question latency (bench/latency.py)", body, args.write)


if __name__ == "__main__":
    main()
