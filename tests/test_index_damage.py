"""A damaged or half-written index folder, and rebuilds that fail: what serves afterwards and what the error says."""

import fcntl
import json
import os
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from bot.errors import FaqError, IndexDamagedError, ReindexBusyError
from bot.qa import service as service_module
from bot.qa.service import QAService, up_to_date
from bot.search import store
from bot.search.store import POINTER, IndexFolder
from tests.conftest import CHARTER, FakeEmbedder

REPO = Path(__file__).resolve().parents[1]
NEW_DOCUMENT = "Sổ tay chi bộ\n\nChi bộ ghi lịch tiếp xúc cử tri ở khu phố Hoàng Hoa Thám vào tháng năm."
NEW_PHRASE = "tiếp xúc cử tri ở khu phố Hoàng Hoa Thám"
BROKEN_FAQ = "- id: du-bi\n  question: [Đảng viên dự bị bao lâu?\n  answer: 12 tháng.\n"


def _serving(index: Path) -> Path:
    return index / (index / POINTER).read_text(encoding="utf-8").strip()


def _cut_in_half(path: Path) -> None:
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])


def _manifest_path(index: Path) -> Path:
    return _serving(index) / "manifest.json"


def _truncate_manifest(index: Path) -> None:
    _cut_in_half(_manifest_path(index))


def _manifest_not_an_object(index: Path) -> None:
    _manifest_path(index).write_text("[]", encoding="utf-8")


def _truncate_passages(index: Path) -> None:
    _cut_in_half(_serving(index) / "passages.sqlite")


def _truncate_passages_of_an_older_build(index: Path) -> None:
    """A build whose manifest records no file sizes: the passages themselves must show the damage."""
    manifest = json.loads(_manifest_path(index).read_text(encoding="utf-8"))
    manifest.pop("sizes", None)
    _manifest_path(index).write_text(json.dumps(manifest), encoding="utf-8")
    _truncate_passages(index)


def _remove_passages(index: Path) -> None:
    (_serving(index) / "passages.sqlite").unlink()


def _truncate_dense(index: Path) -> None:
    _cut_in_half(_serving(index) / "dense.faiss")


def _truncate_lexical(index: Path) -> None:
    _cut_in_half(max((_serving(index) / "lexical").iterdir(), key=lambda path: path.stat().st_size))


DAMAGE = [
    _truncate_manifest,
    _manifest_not_an_object,
    _truncate_passages,
    _truncate_passages_of_an_older_build,
    _remove_passages,
    _truncate_dense,
    _truncate_lexical,
]


@pytest.mark.parametrize("damage", DAMAGE, ids=lambda f: f.__name__)
@pytest.mark.parametrize("method", ["ask", "search", "needs_build"])
def test_damaged_index_is_reported_with_the_command_that_repairs_it(fake_service, knowledge, damage, method):
    damage(fake_service.index_dir)
    fresh = QAService(knowledge, fake_service.index_dir, FakeEmbedder())  # as after a restart

    with pytest.raises(IndexDamagedError) as caught:
        getattr(fresh, method)(*(["thời gian dự bị"] if method != "needs_build" else []))

    message = str(caught.value)
    assert "damaged" in message
    assert message.endswith("Rebuild it: python -m bot index")
    assert "\n" not in message


@pytest.mark.parametrize("damage", DAMAGE, ids=lambda f: f.__name__)
def test_rebuild_repairs_a_damaged_index(fake_service, knowledge, fake_embedder, damage):
    damage(fake_service.index_dir)
    fresh = QAService(knowledge, fake_service.index_dir, fake_embedder)
    before = fake_embedder.passages_encoded

    report = fresh.rebuild()

    assert report.embedded == report.passages == fake_embedder.passages_encoded - before
    assert not fresh.needs_build()
    assert fresh.search("thời gian dự bị mười hai tháng")[0].passage.source == CHARTER


# -- scratch folders of interrupted builds ------------------------------------------------------------------

_STUCK_BUILD = """
import sys, time
from pathlib import Path
from bot.search.builder import build_index
from tests.conftest import FakeEmbedder

class Stuck(FakeEmbedder):
    def encode_passages(self, texts, progress=None):
        Path(sys.argv[3]).touch()
        time.sleep(600)

build_index(Path(sys.argv[1]), Path(sys.argv[2]), Stuck())
"""


def _wait_for(condition: Callable[[], bool], what: str) -> None:
    deadline = time.monotonic() + 120
    while not condition():
        assert time.monotonic() < deadline, f"gave up waiting for {what}"
        time.sleep(0.05)


def test_scratch_folder_of_a_killed_build_is_removed_by_the_next_build(knowledge, tmp_path):
    index, marker = tmp_path / "index", tmp_path / "embedding-started"
    stuck = subprocess.Popen(
        [sys.executable, "-c", _STUCK_BUILD, str(knowledge), str(index), str(marker)],
        cwd=REPO,
        env=os.environ | {"PYTHONPATH": str(REPO)},
    )
    try:
        _wait_for(lambda: marker.exists() or stuck.poll() is not None, "the build to start embedding")
        assert stuck.poll() is None, "the stuck build exited early"
    finally:
        stuck.send_signal(signal.SIGKILL)
        stuck.wait()
    assert [path.name for path in index.glob(".tmp-*")], "kill -9 should have left a scratch folder behind"

    QAService(knowledge, index, FakeEmbedder()).rebuild()

    assert list(index.glob(".tmp-*")) == []
    assert [path.name for path in index.glob("build-*")] == [(index / POINTER).read_text(encoding="utf-8")]


def test_scratch_folder_of_a_running_build_is_left_alone(knowledge, tmp_path, monkeypatch):
    """A second build waits for the first one's lock before it clears scratch folders, so it never takes the
    folder the first build is writing."""
    index = tmp_path / "index"
    first_embedding, first_may_finish, second_locking = threading.Event(), threading.Event(), threading.Event()
    real_flock = fcntl.flock

    class HeldEmbedder(FakeEmbedder):
        def encode_passages(self, texts, progress=None):
            first_embedding.set()
            first_may_finish.wait(timeout=120)
            return super().encode_passages(texts, progress)

    def flock(fd: object, operation: int) -> None:
        if threading.current_thread().name == "second":
            second_locking.set()
        real_flock(fd, operation)

    monkeypatch.setattr(store.fcntl, "flock", flock)
    first = QAService(knowledge, index, HeldEmbedder())
    second = QAService(knowledge, index, FakeEmbedder())
    errors: list[BaseException] = []

    def build(service: QAService) -> None:
        try:
            service.rebuild()
        except BaseException as err:
            errors.append(err)

    threads = [threading.Thread(target=build, args=(first,), name="first")]
    threads[0].start()
    assert first_embedding.wait(timeout=120)
    threads.append(threading.Thread(target=build, args=(second,), name="second"))
    threads[1].start()
    assert second_locking.wait(timeout=120)
    scratch = list(index.glob(".tmp-*"))
    first_may_finish.set()
    for thread in threads:
        thread.join(timeout=120)

    assert len(scratch) == 1
    assert errors == []
    assert list(index.glob(".tmp-*")) == []
    assert second.search("thời gian dự bị mười hai tháng")[0].passage.source == CHARTER


# -- a failed rebuild publishes nothing ----------------------------------------------------------------------


def _snapshot(folder: Path) -> dict[str, bytes]:
    return {path.relative_to(folder).as_posix(): path.read_bytes() for path in folder.rglob("*") if path.is_file()}


def test_broken_faq_fails_the_rebuild_before_anything_is_published(fake_service, knowledge):
    index = fake_service.index_dir
    pointer, builds = (index / POINTER).read_text(encoding="utf-8"), sorted(index.glob("build-*"))
    (knowledge / "moi.txt").write_text(NEW_DOCUMENT, encoding="utf-8")
    (knowledge / "faq.yaml").write_text(BROKEN_FAQ, encoding="utf-8")

    with pytest.raises(FaqError, match=r"faq\.yaml"):
        fake_service.rebuild()

    assert (index / POINTER).read_text(encoding="utf-8") == pointer
    assert sorted(index.glob("build-*")) == builds
    assert list(index.glob(".tmp-*")) == []
    assert fake_service.needs_build()  # moi.txt is still waiting to be indexed
    assert all(hit.passage.source != "moi.txt" for hit in fake_service.search(NEW_PHRASE, k=20))


def test_upload_with_a_broken_faq_changes_nothing(fake_service, knowledge):
    (knowledge / "faq.yaml").write_text(BROKEN_FAQ, encoding="utf-8")
    files, pointer = _snapshot(knowledge), (fake_service.index_dir / POINTER).read_text(encoding="utf-8")

    with pytest.raises(FaqError, match=r"faq\.yaml"):
        fake_service.add_document("so-tay.txt", NEW_DOCUMENT.encode("utf-8"))

    assert _snapshot(knowledge) == files
    assert (fake_service.index_dir / POINTER).read_text(encoding="utf-8") == pointer
    assert not fake_service.needs_build()


def test_upload_keeps_its_file_when_the_published_index_has_it(fake_service, knowledge, monkeypatch):
    """Opening the new build fails after it was published: the file it indexed must stay in the knowledge folder."""

    def unreadable(folder: Path) -> None:
        raise RuntimeError("simulated failure while opening the new build")

    monkeypatch.setattr(service_module, "SearchIndex", unreadable)

    with pytest.raises(IndexDamagedError):
        fake_service.add_document("so-tay.txt", NEW_DOCUMENT.encode("utf-8"))

    assert (knowledge / "uploads" / "so-tay.txt").read_text(encoding="utf-8") == NEW_DOCUMENT
    assert "uploads/so-tay.txt" in IndexFolder(fake_service.index_dir).manifest()["files"]
    assert not fake_service.needs_build()


def test_upload_during_a_rebuild_is_refused_before_its_file_is_written(knowledge, tmp_path, monkeypatch):
    """Written and then taken back, the file could be read by the running rebuild and be in the index it publishes."""
    embedding, release = threading.Event(), threading.Event()

    class HeldEmbedder(FakeEmbedder):
        def encode_passages(self, texts, progress=None):
            embedding.set()
            release.wait(timeout=120)
            return super().encode_passages(texts, progress)

    service = QAService(knowledge, tmp_path / "index", HeldEmbedder())
    written: list[Path] = []
    monkeypatch.setattr(service_module, "_write_atomically", lambda target, data: written.append(target))
    running = threading.Thread(target=service.rebuild)
    running.start()
    try:
        assert embedding.wait(timeout=120)
        with pytest.raises(ReindexBusyError):
            service.add_document("so-tay.txt", NEW_DOCUMENT.encode("utf-8"))
    finally:
        release.set()
        running.join(timeout=120)

    assert written == []


def test_index_is_up_to_date_only_when_its_files_can_be_checked(fake_service, knowledge):
    """A build from before manifests recorded file sizes gets one incremental build, which records them."""
    index = fake_service.index_dir
    assert up_to_date(knowledge, index, "fake-hash-64") is not None
    assert up_to_date(knowledge, index, "another-model") is None
    manifest = json.loads(_manifest_path(index).read_text(encoding="utf-8"))
    _manifest_path(index).write_text(json.dumps({k: v for k, v in manifest.items() if k != "sizes"}), encoding="utf-8")

    assert up_to_date(knowledge, index, "fake-hash-64") is None
    assert fake_service.rebuild().embedded == 0
    assert up_to_date(knowledge, index, "fake-hash-64") is not None
