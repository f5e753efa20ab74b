"""Command line: index / search / ask / eval / serve. Thin: errors become exit codes and one clear line."""

from __future__ import annotations

import argparse
import json
import logging
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import TextIO

from bot.config import Settings
from bot.errors import BotError, EmptyQuestionError
from bot.models import Answer, BuildReport
from bot.qa.service import QAService

EXIT_ERROR = 1
EXIT_USAGE = 2


def build_service(settings: Settings) -> QAService:
    """Load the configured embedding model and wire the core together."""
    from bot.search.embedder import load_embedder

    embedder = load_embedder(
        settings.embedding_model,
        query_prefix=settings.embedding_query_prefix,
        passage_prefix=settings.embedding_passage_prefix,
        word_segment=settings.embedding_word_segment,
        fold=settings.embedding_fold_diacritics,
        device=settings.embedding_device,
        batch_size=settings.embedding_batch_size,
    )
    return QAService(settings.knowledge_dir, settings.index_dir, embedder, ann_min_passages=settings.ann_min_passages)


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m bot", description="Vietnamese party-documents assistant.")
    commands = parser.add_subparsers(dest="command", required=True)

    def with_folders(name: str, help_text: str) -> argparse.ArgumentParser:
        sub = commands.add_parser(name, help=help_text, description=help_text)
        sub.add_argument("--knowledge", type=Path, help="knowledge folder (default: KNOWLEDGE_DIR or knowledge/)")
        sub.add_argument("--index", type=Path, help="index folder (default: INDEX_DIR or index/)")
        return sub

    index = with_folders("index", "Build or update the search index from the knowledge folder.")
    index.add_argument("--full", action="store_true", help="re-embed everything instead of reusing vectors")
    for name, help_text in (("search", "Show the best passages for a question."), ("ask", "Answer a question.")):
        sub = with_folders(name, help_text)
        sub.add_argument("--k", type=int, default=5, help="number of passages (default 5)")
        sub.add_argument("--json", action="store_true", help="one JSON line per question")
        sub.add_argument("question", nargs="?", help="the question; omitted: one question per line on stdin")
    evaluate = with_folders("eval", "Measure retrieval and answer quality on a JSONL question set.")
    evaluate.add_argument("questions", type=Path, help="JSONL: {question, gold: [{source, anchor}], kind}")
    evaluate.add_argument("--k", type=int, default=10)
    evaluate.add_argument("--json", action="store_true", help="print the report as JSON")
    evaluate.add_argument("--plot", type=Path, help="write a PNG chart of recall per kind")
    commands.add_parser("serve", help="Run the Telegram bot.")
    return parser


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    settings = Settings()
    logging.basicConfig(
        level=settings.log_level.upper() if args.command == "serve" else logging.WARNING,
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
    )
    if getattr(args, "knowledge", None):
        settings.knowledge_dir = args.knowledge
    if getattr(args, "index", None):
        settings.index_dir = args.index
    try:
        if args.command == "serve":
            from bot.tg.app import run

            run(settings, lambda: build_service(settings))
            return 0
        service = build_service(settings)
        if args.command == "index":
            return _index(service, args.full)
        _ensure_index(service)
        if args.command == "eval":
            return _eval(service, args)
        return _answer_questions(service, args)
    except EmptyQuestionError as err:
        print(f"error: {err}", file=sys.stderr)
        return EXIT_USAGE
    except BotError as err:
        print(f"error: {err}", file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        return 130


def _progress(message: str) -> None:
    print(f"\r{message:<60}", end="", file=sys.stderr, flush=True)


def _index(service: QAService, full: bool) -> int:
    report = service.rebuild(progress=_progress if sys.stderr.isatty() else None, incremental=not full)
    if sys.stderr.isatty():
        print(file=sys.stderr)
    _print_report(report)
    return 0


def _print_report(report: BuildReport, stream: TextIO | None = None) -> None:
    stream = stream or sys.stdout  # looked up at call time: a default of sys.stdout would pin the import-time stream
    print(
        f"Indexed {report.documents} documents, {report.passages} passages "
        f"({report.embedded} embedded, {report.reused} reused) in {report.seconds:.1f} s.",
        file=stream,
    )
    for skipped in report.skipped:
        print(f"Skipped {skipped.source}: {skipped.reason}", file=stream)
    for entry in report.faq_unresolved:
        print(f"FAQ basis not found in the index: {entry}", file=stream)


def _ensure_index(service: QAService) -> None:
    if service.needs_build():
        print("The index is missing or older than the knowledge folder; building it first…", file=sys.stderr)
        _print_report(service.rebuild(), stream=sys.stderr)


def _questions(single: str | None) -> Iterator[str]:
    if single is not None:
        yield single
        return
    for line in sys.stdin:
        if line.strip():
            yield line.rstrip("\n")


def _answer_questions(service: QAService, args: argparse.Namespace) -> int:
    if args.question is not None and not args.question.strip():
        raise EmptyQuestionError()
    for question in _questions(args.question):
        if args.command == "search":
            hits = service.search(question, k=max(1, args.k))
            if args.json:
                print(json.dumps({"query": question, "hits": [h.to_json() for h in hits]}, ensure_ascii=False))
            else:
                _print_hits(question, hits)
        else:
            answer = service.ask(question)
            print(json.dumps(answer.to_json(), ensure_ascii=False) if args.json else _readable(answer))
        sys.stdout.flush()
    return 0


def _print_hits(question: str, hits: list) -> None:
    print(f"? {question}")
    for rank, hit in enumerate(hits, 1):
        snippet = " ".join(hit.passage.text.split())[:240]
        print(f"{rank}. [{hit.score:.3f}] {hit.passage.title} — {hit.passage.citation}\n   {snippet}")
    print()


def _readable(answer: Answer) -> str:
    lines = [answer.answer]
    if answer.faq_id:
        lines += ["", f"Nguồn: câu hỏi thường gặp (faq.yaml, mục {answer.faq_id})"]
    if answer.sources:
        lines.append("Căn cứ trong tài liệu:" if answer.faq_id else "\nNguồn:")
        lines += [f"  • {hit.passage.title} — {hit.passage.citation} ({hit.passage.source})" for hit in answer.sources]
    return "\n".join(lines) + "\n"


def _eval(service: QAService, args: argparse.Namespace) -> int:
    from bot.qa import evaluation

    questions, problems = evaluation.load_questions(args.questions)
    for problem in problems:
        print(f"warning: {problem}", file=sys.stderr)
    started = time.perf_counter()
    report = evaluation.evaluate(questions, service.search, service.ask, k=args.k, bad_lines=problems)
    if args.json:
        print(json.dumps(report.to_json(), ensure_ascii=False))
    else:
        print(evaluation.render_table(report))
        print(f"({len(questions)} questions in {time.perf_counter() - started:.1f} s)")
    if args.plot:
        evaluation.plot_recall(report, args.plot)
    return 0
