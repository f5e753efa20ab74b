"""What every benchmark prints: the machine, percentiles, and its own marked section of BENCHMARKS.md."""

from __future__ import annotations

import os
import platform
import resource
import sys
from importlib import metadata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def machine() -> str:
    with open("/proc/cpuinfo") as cpuinfo:
        cpu = next((line.split(":", 1)[1].strip() for line in cpuinfo if line.startswith("model name")), "?")
    with open("/proc/meminfo") as meminfo:
        ram_kb = int(next(line for line in meminfo if line.startswith("MemTotal")).split()[1])
    versions = ", ".join(f"{name} {_version(name)}" for name in ("faiss-cpu", "torch", "bm25s", "numpy"))
    load = ", ".join(f"{value:.1f}" for value in os.getloadavg())
    return (
        f"{os.cpu_count()} cores ({cpu}), {ram_kb / 2**20:.1f} GiB RAM, {platform.system()} {platform.machine()}, "
        f"Python {platform.python_version()}, {versions}; load average at the end {load}"
    )


def _version(name: str) -> str:
    try:
        return metadata.version(name)
    except metadata.PackageNotFoundError:
        return "not installed"


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def ms(values: list[float]) -> str:
    """'p50 1.2 ms, p95 3.4 ms' for a list of seconds."""
    return f"p50 {percentile(values, 0.5) * 1000:.1f} ms, p95 {percentile(values, 0.95) * 1000:.1f} ms"


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def command() -> str:
    return "python " + " ".join([Path(sys.argv[0]).resolve().relative_to(ROOT).as_posix(), *sys.argv[1:]])


def section(name: str, title: str, body: list[str]) -> str:
    head = [f"<!-- {name}:start -->", f"## {title}", "", f"`{command()}`", "", f"Machine: {machine()}", ""]
    return "\n".join([*head, *body, f"<!-- {name}:end -->"])


def write(path: Path, name: str, text: str) -> None:
    """Replace (or append) one benchmark's section, marked by HTML comments, leaving the others alone."""
    start, end = f"<!-- {name}:start -->", f"<!-- {name}:end -->"
    current = path.read_text(encoding="utf-8") if path.exists() else "# Benchmarks\n"
    if start in current and end in current:
        before, rest = current.split(start, 1)
        current = before + text + rest.split(end, 1)[1]
    else:
        current = current.rstrip("\n") + "\n\n" + text + "\n"
    path.write_text(current, encoding="utf-8")


def publish(name: str, title: str, body: list[str], path: Path | None) -> None:
    """Print the section and, given a path, put it into that file (BENCHMARKS.md)."""
    text = section(name, title, body)
    print(text)
    if path:
        write(path, name, text)
