"""Command line: index / search / ask / eval / serve. Thin: errors become exit codes and one clear line."""

from __future__ import annotations

import argparse
import json
import logging
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from bot.config import Settings, load_settings
from bot.errors import BotError, EmptyQuestionError, IndexDamagedError, UndecodableLineError
from bot.ingest.loaders import FAQ_FILENAME, SYNONYMS_FILENAME
from bot.models import Answer, BuildReport
from bot.qa.faq import load_faq
from bot.qa.service import QAService, up_to_date
from bot.search.colloquial import load_lexicon
from bot.search.store import IndexFolder

if TYPE_CHECKING:
    from bot.search.embedder import Embedder

EXIT_ERROR = 1
EXIT_USAGE = 2
RELATED_FAQ = "Câu hỏi thường gặp liên quan:"
FILES_LISTED = 50  # documents named with their title after a build; a larger knowledge base lists the first ones


def build_service(settings: Settings, *, batch_queries: bool = False) -> QAService:
    """Load the configured embedding model and wire the core together.

    `batch_queries`: concurrent questions (the Telegram bot) share query-embedding calls.
    """
    from bot.search.batching import BatchingEmbedder

    embedder = load_configured_embedder(settings)
    if batch_queries:
        embedder = BatchingEmbedder(embedder)
    return QAService(settings.knowledge_dir, settings.index_dir, embedder, ann_min_passages=settings.ann_min_passages)


def load_configured_embedder(settings: Settings) -> Embedder:
    """The embedding model the settings name, with its prefixes and input preparation."""
    from bot.search.embedder import load_embedder

    return load_embedder(
        settings.embedding_model,
        query_prefix=settings.embedding_query_prefix,
        passage_prefix=settings.embedding_passage_prefix,
        word_segment=settings.embedding_word_segment,
        fold=settings.embedding_fold_diacritics,
        device=settings.embedding_device,
        batch_size=settings.embedding_batch_size,
        cache_dir=settings.model_cache_dir,
    )


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
    evaluate.add_argument(
        "questions", type=Path, help="JSONL: {question, gold: [{source, anchor}], kind[, group, split, faq]}"
    )
    evaluate.add_argument("--k", type=int, default=10)
    evaluate.add_argument("--split", choices=["tune", "holdout"], help="only the questions of this split")
    evaluate.add_argument("--group", help="only the questions of this group (a document's file stem, none, faq)")
    evaluate.add_argument("--json", action="store_true", help="print the report as JSON")
    evaluate.add_argument("--plot", type=Path, help="write a PNG chart of recall per kind")
    commands.add_parser("serve", help="Run the Telegram bot.")
    commands.add_parser("health", help="Exit 0 if a running bot received updates recently (for HEALTHCHECK).")
    return parser


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        settings = load_settings()
        logging.basicConfig(
            level=settings.log_level if args.command == "serve" else logging.WARNING,
            format="%(asctime)s %(levelname)s %(name)s: %(message)s",
        )
        if getattr(args, "knowledge", None):
            settings.knowledge_dir = args.knowledge
        if getattr(args, "index", None):
            settings.index_dir = args.index
        if args.command == "health":
            return _health(settings)
        if args.command == "index":
            return _index(settings, args.full)
        # A damaged index is said before a minute of model loading or of trying to reach Telegram.
        IndexFolder(settings.index_dir).manifest()
        if args.command == "serve":
            from bot.tg.app import run

            run(settings, lambda: build_service(settings, batch_queries=True))
            return 0
        service = build_service(settings)
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


def _health(settings: Settings) -> int:
    """The serving bot touches its heartbeat file only while updates arrive: missing or 3 beats old is unhealthy."""
    limit = 3 * settings.heartbeat_seconds
    try:
        age = time.time() - settings.heartbeat_path.stat().st_mtime
    except FileNotFoundError:
        print(f"unhealthy: no heartbeat at {settings.heartbeat_path}; the bot is not running", file=sys.stderr)
        return EXIT_ERROR
    if age > limit:
        print(f"unhealthy: no updates received for {age:.0f} s (limit {limit:.0f} s)", file=sys.stderr)
        return EXIT_ERROR
    print(f"healthy: heartbeat {age:.0f} s ago")
    return 0


def _progress(message: str) -> None:
    print(f"\r{message:<60}", end="", file=sys.stderr, flush=True)


def _index(settings: Settings, full: bool) -> int:
    """Build or update the index; the model is loaded only when something changed."""
    started = time.perf_counter()
    if not full:
        try:
            manifest = up_to_date(settings.knowledge_dir, settings.index_dir, settings.embedding_model)
        except IndexDamagedError as err:
            print(f"The index in {err.index_dir} is damaged: {err.problem}; building it from scratch.", file=sys.stderr)
            manifest, full = None, True
        if manifest is not None:
            # A broken faq.yaml or synonyms.yaml is reported even with nothing to do.
            load_faq(settings.knowledge_dir / FAQ_FILENAME)
            load_lexicon(settings.knowledge_dir / SYNONYMS_FILENAME)
            IndexFolder(settings.index_dir).clean_up()
            print(
                f"The index is up to date: {manifest['documents']} documents, {manifest['passages']} passages; "
                f"nothing to do ({time.perf_counter() - started:.1f} s)."
            )
            for source, reason in manifest.get("skipped", {}).items():
                print(f"Skipped {source}: {reason}")
            return 0
    service = build_service(settings)
    report = service.rebuild(progress=_progress if sys.stderr.isatty() else None, incremental=not full)
    if sys.stderr.isatty():
        print(file=sys.stderr)
    _print_report(report, seconds=time.perf_counter() - started)  # with the model's loading: the time it took
    return 0


def _print_report(report: BuildReport, stream: TextIO | None = None, *, seconds: float | None = None) -> None:
    stream = stream or sys.stdout  # looked up at call time: a default of sys.stdout would pin the import-time stream
    seconds = report.seconds if seconds is None else seconds
    print(
        f"Indexed {report.documents} documents, {report.passages} passages "
        f"({report.embedded} embedded, {report.reused} reused) in {seconds:.1f} s.",
        file=stream,
    )
    for indexed in report.files[:FILES_LISTED]:
        print(f"  {indexed.source}: “{indexed.title}”, {indexed.passages} passages", file=stream)
    if len(report.files) > FILES_LISTED:
        print(f"  … and {len(report.files) - FILES_LISTED} more (titles in the build's manifest.json)", file=stream)
    for skipped in report.skipped:
        print(f"Skipped {skipped.source}: {skipped.reason}", file=stream)
    for entry in report.faq_unresolved:
        print(f"FAQ basis not found in the index: {entry}", file=stream)


def _ensure_index(service: QAService) -> None:
    if service.needs_build():
        print(
            "The index is missing, older than the knowledge folder or made by another model; building it first…",
            file=sys.stderr,
        )
        _print_report(service.rebuild(), stream=sys.stderr)


def _stdin_lines() -> Iterator[tuple[int, str | None]]:
    """Lines of stdin numbered from 1, without a leading BOM; None for a line that is not UTF-8."""
    raw = getattr(sys.stdin, "buffer", None)
    if raw is None:  # already text (stdin replaced in-process)
        for number, line in enumerate(sys.stdin, 1):
            yield number, line.removeprefix("\ufeff") if number == 1 else line
        return
    for number, data in enumerate(raw, 1):
        try:
            yield number, data.decode("utf-8-sig" if number == 1 else "utf-8")
        except UnicodeDecodeError:
            yield number, None


def _answer_questions(service: QAService, args: argparse.Namespace) -> int:
    if args.question is not None:
        if not args.question.strip():
            raise EmptyQuestionError()
        _answer(service, args, args.question)
        return 0
    failed = 0
    for number, line in _stdin_lines():
        if line is not None and not line.strip():
            continue
        question = None if line is None else line.rstrip("\r\n")
        try:
            if question is None:
                raise UndecodableLineError()
            _answer(service, args, question)
        except (EmptyQuestionError, UndecodableLineError) as err:  # about this line only: the batch goes on
            failed += 1
            if args.json:
                print(json.dumps({"line": number, "query": question, "error": str(err)}, ensure_ascii=False))
            else:
                print(f"error: line {number}: {err}", file=sys.stderr)
        sys.stdout.flush()
    return EXIT_ERROR if failed else 0


def _answer(service: QAService, args: argparse.Namespace, question: str) -> None:
    if args.command == "search":
        hits = service.search(question, k=max(1, args.k))
        if args.json:
            print(json.dumps({"query": question, "hits": [h.to_json() for h in hits]}, ensure_ascii=False))
        else:
            _print_hits(question, hits)
    else:
        answer = service.ask(question)
        print(json.dumps(answer.to_json(), ensure_ascii=False) if args.json else readable(answer, service))


def _print_hits(question: str, hits: list) -> None:
    print(f"? {question}")
    for rank, hit in enumerate(hits, 1):
        snippet = " ".join(hit.passage.text.split())[:240]
        print(f"{rank}. [{hit.score:.3f}] {hit.passage.title} — {hit.passage.citation}\n   {snippet}")
    print()


def readable(answer: Answer, service: QAService) -> str:
    """An answer as `ask` prints it. A curated one opens with its entry's question, as in Telegram: the member
    sees which question it answers."""
    entry = service.faq.get(answer.faq_id) if answer.faq_id else None
    lines = [f"[Câu hỏi thường gặp] {entry.question}", answer.answer] if entry else [answer.answer]
    if answer.faq_id:
        lines += ["", f"Nguồn: câu hỏi thường gặp (faq.yaml, mục {answer.faq_id})"]
    if answer.sources:
        lines.append("Căn cứ trong tài liệu:" if answer.faq_id else "\nNguồn:")
        lines += [f"  • {hit.passage.title} — {hit.passage.citation} ({hit.passage.source})" for hit in answer.sources]
    related = service.faq.get(answer.related_faq) if answer.related_faq else None
    if related is not None:
        lines += ["", f"{RELATED_FAQ} {related.question} (mục {related.id})"]
    return "\n".join(lines) + "\n"


def _eval(service: QAService, args: argparse.Namespace) -> int:
    from bot.qa import evaluation

    questions, problems = evaluation.load_questions(args.questions)
    for problem in problems:
        print(f"warning: {problem}", file=sys.stderr)
    filters = {name: value for name in ("split", "group") if (value := getattr(args, name, None)) is not None}
    if filters:
        questions = evaluation.select(questions, **filters)
        if not questions:
            print(f"warning: no question matches {filters}", file=sys.stderr)
    started = time.perf_counter()
    report = evaluation.evaluate(questions, service.search, service.ask, k=args.k, bad_lines=problems, filters=filters)
    if args.json:
        print(json.dumps(report.to_json(), ensure_ascii=False))
    else:
        print(evaluation.render_table(report))
        if report.per_group():
            print()
            print(evaluation.render_table(report, by="group"))
        print()
        print(evaluation.render_answers(report))
        print(evaluation.render_faq(report))
        chosen = "".join(f", {name} {value}" for name, value in filters.items())
        print(f"({len(questions)} questions{chosen} in {time.perf_counter() - started:.1f} s)")
    if args.plot:
        evaluation.plot_recall(report, args.plot)
    return 0
