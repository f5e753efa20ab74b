"""Retrieval and answer quality on a question set: hybrid vs BM25-only vs dense-only, weighted vs RRF fusion.

    python bench/quality.py bench/devset.jsonl [--knowledge knowledge] [--features out.jsonl]

Builds a throw-away index of the knowledge folder with the configured model, then prints one table per
configuration. `--features` also writes, per question, the signals the answer step uses (coverage, cosine,
scores), which is how the thresholds in bot/qa/answer.py were calibrated.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

from bot.cli import build_service
from bot.config import Settings
from bot.qa import evaluation
from bot.search import fusion


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("questions", type=Path)
    parser.add_argument("--knowledge", type=Path, default=Path("knowledge"))
    parser.add_argument("--features", type=Path)
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as index_dir:
        settings = Settings(knowledge_dir=args.knowledge, index_dir=Path(index_dir))
        service = build_service(settings)
        service.rebuild()
        questions, problems = evaluation.load_questions(args.questions)
        for problem in problems:
            print("warning:", problem, file=sys.stderr)
        index = service._loaded()
        configurations = {
            "hybrid (weighted fusion)": dict(dense=True, lexical=True),
            "BM25 only": dict(dense=False, lexical=True),
            "dense only": dict(dense=True, lexical=False),
        }
        for name, channels in configurations.items():
            started = time.perf_counter()

            def search(question: str, k: int, channels: dict = channels) -> list:
                return service.search_result(question, k, **channels).hits

            ask = service.ask if name.startswith("hybrid") else None
            report = evaluation.evaluate(questions, search, ask, k=10)
            print(f"## {name}  ({time.perf_counter() - started:.1f} s)\n{evaluation.render_table(report)}\n")
            if name.startswith("hybrid"):
                for failure in report.failures():
                    print(f"  miss [{failure.kind}] rank={failure.rank}: {failure.question}")
                wrong_none = [r for r in report.results if r.answerable and r.answer_kind == "none"]
                wrong_answer = [r for r in report.results if not r.answerable and r.answer_kind != "none"]
                for r in wrong_none:
                    print(f"  wrongly none [{r.kind}]: {r.question}")
                for r in wrong_answer:
                    print(f"  wrongly answered ({r.answer_kind}): {r.question}")
                print()
        index.fuse = fusion.reciprocal_rank
        report = evaluation.evaluate(questions, service.search, None, k=10)
        print(f"## hybrid (RRF fusion)\n{evaluation.render_table(report)}\n")
        index.fuse = fusion.weighted
        if args.features:
            _write_features(service, questions, args.features)


def _write_features(service, questions, path: Path) -> None:
    with path.open("w", encoding="utf-8") as out:
        for question in questions:
            result = service.search_result(question.question, 5)
            top = result.hits[0] if result.hits else None
            rank = evaluation.first_relevant_rank(result.hits, question.gold)
            match = service.faq.match(question.question, service.embedder.encode_queries([question.question])[0])
            row = {
                "question": question.question,
                "kind": question.kind,
                "answerable": bool(question.gold),
                "rank": rank,
                "coverage": result.coverage[0] if result.coverage else 0.0,
                "dense": top.dense if top else 0.0,
                "lexical": top.lexical if top else 0.0,
                "score": top.score if top else 0.0,
                "article_hit": bool(
                    top and result.query.article is not None and top.passage.article == result.query.article
                ),
                "terms": len(result.query.content_terms),
                "faq": match.entry.id if match else None,
                "faq_score": match.score if match else None,
            }
            out.write(json.dumps(row, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
