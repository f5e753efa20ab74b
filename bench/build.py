"""Index build cost with the real model: full build vs the bare model, and adding one document.

    python bench/build.py [--documents 100] [--write BENCHMARKS.md]

A synthetic knowledge folder of `--documents` files (bench/synthetic.py) is indexed by `QAService.rebuild`
(full, no reuse) and the same passage texts are encoded by the bare `encode_passages`, so the difference
is what the product adds: reading, chunking, BM25, FAISS, SQLite, publishing. Then one more document is
written and `QAService.rebuild()` runs again, which should embed only that document's passages.
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

import report
import synthetic

from bot.config import DEFAULT_MODEL
from bot.qa.service import QAService
from bot.search.builder import embedding_input
from bot.search.embedder import load_embedder
from bot.search.store import IndexFolder, PassageStore

TARGET_BUILD_RATIO, TARGET_INCREMENTAL_RATIO = 1.3, 0.10


def timed_rebuild(service: QAService, *, incremental: bool) -> tuple[float, dict[str, float], object]:
    phases: dict[str, float] = {}
    started = time.perf_counter()

    def progress(message: str) -> None:
        phases.setdefault(message.split()[0], time.perf_counter() - started)

    built = service.rebuild(progress, incremental=incremental)
    return time.perf_counter() - started, phases, built


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--documents", type=int, default=100)
    parser.add_argument("--write", type=Path, help="update this benchmark's section of a markdown file")
    args = parser.parse_args()
    embedder = load_embedder(DEFAULT_MODEL, cache_dir=report.ROOT / "models")
    embedder.encode_passages(["khởi động mô hình"] * 8)  # first call pays for lazy initialisation
    with tempfile.TemporaryDirectory() as scratch:
        knowledge, index = Path(scratch) / "knowledge", Path(scratch) / "index"
        synthetic.write_knowledge(knowledge, 10**9, documents=args.documents)
        service = QAService(knowledge, index, embedder)
        full, phases, built = timed_rebuild(service, incremental=False)
        print(f"full build: {built.passages} passages in {full:.1f} s", flush=True)
        store = PassageStore(IndexFolder(index).current() / "passages.sqlite")  # type: ignore[operator]
        texts = [embedding_input(passage) for passage in store.get(list(range(built.passages)))]
        store.close()
        started = time.perf_counter()
        embedder.encode_passages(texts)
        bare = time.perf_counter() - started
        print(f"bare encode: {bare:.1f} s", flush=True)
        synthetic.add_document(knowledge)
        again, _, added = timed_rebuild(service, incremental=True)
        print(f"incremental: {added.embedded} embedded in {again:.1f} s", flush=True)
    ratio, share = full / bare, again / full
    steps = ", ".join(f"{name} from {seconds:.1f} s" for name, seconds in phases.items())
    encoding = phases["indexing"] - phases["embedding"]  # the build's own encode, timed by its progress messages
    body = [
        f"Synthetic knowledge folder of {built.documents} documents (bench/synthetic.py, seed 7), model"
        f" {DEFAULT_MODEL} on CPU, batch size 32.",
        "",
        "| measurement | passages embedded | seconds |",
        "|---|---:|---:|",
        f"| bare `encode_passages` of the same {len(texts)} passage texts | {len(texts)} | {bare:.1f} |",
        f"| full build, `QAService.rebuild(incremental=False)` ({steps}) | {built.embedded} | {full:.1f} |",
        f"| add 1 document ({added.passages - built.passages} passages), `QAService.rebuild()` | {added.embedded}"
        f" | {again:.1f} |",
        "",
        f"Everything but encoding (reading, chunking, BM25, FAISS, SQLite, publishing) took {full - encoding:.1f} s"
        f" of the full build ({(full - encoding) / full:.1%}); its own encoding took {encoding:.1f} s against"
        f" {bare:.1f} s bare (this VM's speed varies from run to run).",
        "",
        f"**Verdict:** full build / bare encode = {ratio:.2f}x: "
        f"{'meets' if ratio <= TARGET_BUILD_RATIO else 'MISSES'} the ≤ {TARGET_BUILD_RATIO}x target. "
        f"Incremental rebuild = {share:.1%} of the full build ({added.embedded} passages embedded): "
        f"{'meets' if share <= TARGET_INCREMENTAL_RATIO else 'MISSES'} the ≤ {TARGET_INCREMENTAL_RATIO:.0%} target.",
        "",
    ]
    report.publish("build", "Index build (bench/build.py)", body, args.write)


if __name__ == "__main__":
    main()
