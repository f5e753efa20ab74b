"""Parse a document in a worker process with a memory limit and a time budget.

A parser stuck in a crafted PDF cannot be interrupted from inside Python, and a MemoryError in the bot's own
process could hit any thread; a separate process can be killed and its memory capped with RLIMIT_AS. The worker
is one long-lived `python -m bot.ingest.sandbox` (not multiprocessing: `python -m bot` has no main guard, so a
spawned child would re-run the CLI), started on first use and replaced after a kill. Requests are serialised.

Protocol on the worker's stdin/stdout: a JSON header line, then exactly `size` raw bytes.
"""

from __future__ import annotations

import json
import os
import select
import subprocess
import sys
import threading
from pathlib import Path
from typing import BinaryIO

from bot.ingest.limits import MB, DocumentLimits, DocumentTooLarge

_STARTUP_SECONDS = 120.0  # imports on a busy machine; not part of any file's budget
_lock = threading.Lock()
_worker: _Worker | None = None


class WorkerUnavailable(RuntimeError):
    """The worker process could not be started."""


def parse_isolated(suffix: str, data: bytes, limits: DocumentLimits) -> str:
    """The text of one file, parsed in the worker; a reached limit or a parser failure raises ValueError."""
    global _worker
    with _lock:
        if _worker is None or not _worker.fits(limits):
            if _worker is not None:
                _worker.stop()
            _worker = _Worker(limits.memory_bytes)
        try:
            return _worker.parse(suffix, data, limits)
        except BaseException:
            if not _worker.alive():
                _worker = None
            raise


class _Worker:
    def __init__(self, memory_bytes: int) -> None:
        self.memory_bytes = memory_bytes
        package_root = str(Path(__file__).resolve().parents[2])
        env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [package_root, os.environ.get("PYTHONPATH")]))}
        try:
            self.process = subprocess.Popen(
                [sys.executable, "-m", "bot.ingest.sandbox", str(memory_bytes)],
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                stderr=subprocess.DEVNULL,  # parser warnings about broken files; the reason comes back on stdout
                env=env,
            )
        except OSError as err:
            raise WorkerUnavailable(f"the document parser process cannot start ({err})") from err
        if not self._readable(_STARTUP_SECONDS) or self.process.stdout.readline() != b"ready\n":
            self.stop()
            raise WorkerUnavailable("the document parser process did not start")

    def fits(self, limits: DocumentLimits) -> bool:
        return self.alive() and self.memory_bytes == limits.memory_bytes

    def alive(self) -> bool:
        return self.process.poll() is None

    def stop(self) -> None:
        if self.alive():
            self.process.kill()
        self.process.wait()

    def parse(self, suffix: str, data: bytes, limits: DocumentLimits) -> str:
        header = {"suffix": suffix, "size": len(data), "limits": limits.as_dict()}
        try:
            _send(self.process.stdin, header, data)
        except BrokenPipeError:
            self.stop()
            raise WorkerUnavailable("the document parser process stopped") from None
        if not self._readable(limits.seconds):
            self.stop()
            raise DocumentTooLarge(f"took too long to read: more than {limits.seconds:g} s")
        reply, body = _receive(self.process.stdout)
        if reply is None:  # the worker died: the kernel or the allocator refused it more memory
            self.stop()
            raise DocumentTooLarge(f"needs too much memory to read: more than {limits.memory_bytes // MB} MB")
        if not reply["ok"]:
            raise ValueError(reply["reason"])
        return body.decode("utf-8")

    def _readable(self, seconds: float) -> bool:
        ready, _, _ = select.select([self.process.stdout], [], [], seconds)
        return bool(ready)


def _send(stream: BinaryIO, header: dict[str, object], body: bytes) -> None:
    stream.write(json.dumps(header).encode("utf-8") + b"\n")
    stream.write(body)
    stream.flush()


def _receive(stream: BinaryIO) -> tuple[dict | None, bytes]:
    line = stream.readline()
    if not line:
        return None, b""
    header = json.loads(line)
    body = stream.read(header["size"])
    if len(body) != header["size"]:
        return None, b""
    return header, body


def _serve(memory_bytes: int) -> None:
    """The worker's loop: read a request, parse, answer; exit when the bot closes stdin."""
    try:
        import resource

        resource.setrlimit(resource.RLIMIT_AS, (memory_bytes, memory_bytes))
    except (ImportError, ValueError, OSError):  # no RLIMIT_AS here: the time budget still holds
        pass
    from bot.ingest.loaders import failure_reason, parse_text

    requests, replies = sys.stdin.buffer, sys.stdout.buffer
    sys.stdout = sys.stderr  # a stray print in a library must not corrupt the protocol
    replies.write(b"ready\n")
    replies.flush()
    while line := requests.readline():
        request = json.loads(line)
        data = requests.read(request["size"])
        try:
            text = parse_text(request["suffix"], data, DocumentLimits(**request["limits"]))
            body, reply = text.encode("utf-8"), {"ok": True}
        except MemoryError:
            reason = f"needs too much memory to read: more than {memory_bytes // MB} MB"
            body, reply = b"", {"ok": False, "reason": reason}
        except Exception as err:  # every failure is a reason to reject this one file
            body, reply = b"", {"ok": False, "reason": failure_reason(err)}
        _send(replies, {**reply, "size": len(body)}, body)


if __name__ == "__main__":
    _serve(int(sys.argv[1]))
