"""The index folder: manifest, atomic publishing, incremental builds, staleness, uploads and the rebuild lock."""

import hashlib
import json
import os
import threading
from collections.abc import Sequence
from datetime import datetime
from pathlib import Path

import numpy as np
import pytest

from bot.errors import DocumentRejected, IndexMismatchError, IndexNotBuiltError, KnowledgeError, ReindexBusyError
from bot.ingest.chunking import chunk
from bot.ingest.loaders import read_file
from bot.qa import service as service_module
from bot.qa.service import QAService, safe_filename
from bot.search import builder
from bot.search.dense import DenseIndex
from bot.search.embedder import Progress
from bot.search.lexical import LexicalIndex
from bot.search.store import FORMAT_VERSION, POINTER, IndexFolder, PassageStore
from tests.conftest import CHARTER, REGULATION, REPORT, FakeEmbedder

NEW_DOCUMENT = (
    "Hướng dẫn chi bộ về sổ tay đảng viên\n\n"
    "Mỗi đảng viên ghi sổ tay công tác, trong đó có lịch tiếp xúc cử tri ở khu phố Hoàng Hoa Thám."
)
NEW_PHRASE = "tiếp xúc cử tri ở khu phố Hoàng Hoa Thám"


def _snapshot(folder: Path) -> dict[str, bytes]:
    return {path.relative_to(folder).as_posix(): path.read_bytes() for path in folder.rglob("*") if path.is_file()}


def _pointer(service: QAService) -> str:
    return (service.index_dir / POINTER).read_text(encoding="utf-8")


def _leftovers(service: QAService) -> list[str]:
    return sorted(path.name for path in service.index_dir.glob(".tmp-*"))


def test_manifest_describes_the_build(fake_service, knowledge):
    manifest = IndexFolder(fake_service.index_dir).manifest()

    assert manifest["format_version"] == FORMAT_VERSION
    assert manifest["model"] == "fake-hash-64"
    assert manifest["dimension"] == FakeEmbedder.dimension
    assert set(manifest["files"]) == {CHARTER, REGULATION, REPORT}
    for source, entry in manifest["files"].items():
        data = (knowledge / source).read_bytes()
        assert entry["sha256"] == hashlib.sha256(data).hexdigest()
        assert entry["size"] == len(data)
        assert entry["passages"] == len(chunk(read_file(knowledge / source, knowledge)))
    assert manifest["passages"] == sum(entry["passages"] for entry in manifest["files"].values())
    built_at = datetime.fromisoformat(manifest["built_at"])
    assert built_at.tzinfo is not None


def test_info_reports_the_serving_build(fake_service):
    info = fake_service.info()
    manifest = IndexFolder(fake_service.index_dir).manifest()

    assert (info.documents, info.passages, info.model) == (3, manifest["passages"], "fake-hash-64")


def test_build_publishes_one_folder_and_a_pointer(fake_service):
    builds = sorted(path.name for path in fake_service.index_dir.glob("build-*"))

    assert builds == [_pointer(fake_service)]
    assert _leftovers(fake_service) == []
    for name in ("manifest.json", "passages.sqlite", "dense.faiss", "lexical"):
        assert (fake_service.index_dir / builds[0] / name).exists(), name


def test_rebuild_replaces_the_old_build(fake_service):
    before = _pointer(fake_service)

    fake_service.rebuild()

    assert _pointer(fake_service) != before
    assert not (fake_service.index_dir / before).exists()
    assert len(list(fake_service.index_dir.glob("build-*"))) == 1


def _raise(*args: object, **kwargs: object) -> None:
    raise RuntimeError("simulated crash in the middle of a build")


@pytest.mark.parametrize("failure", ["embedder", "lexical", "manifest"])
def test_failed_build_leaves_the_previous_index_serving(fake_service, knowledge, monkeypatch, failure):
    pointer, builds = _pointer(fake_service), sorted(fake_service.index_dir.glob("build-*"))
    question = "thời gian dự bị mười hai tháng"
    before = [hit.passage for hit in fake_service.search(question)]
    (knowledge / "moi.txt").write_text(NEW_DOCUMENT, encoding="utf-8")
    if failure == "embedder":
        monkeypatch.setattr(fake_service.embedder, "encode_passages", _raise)
    elif failure == "lexical":
        monkeypatch.setattr(LexicalIndex, "build", classmethod(_raise))
    else:
        monkeypatch.setattr(builder, "write_manifest", _raise)

    with pytest.raises(RuntimeError, match="simulated crash"):
        fake_service.rebuild()

    assert _pointer(fake_service) == pointer
    assert sorted(fake_service.index_dir.glob("build-*")) == builds
    assert _leftovers(fake_service) == []
    assert not fake_service.is_rebuilding
    assert [hit.passage for hit in fake_service.search(question)] == before
    reopened = QAService(knowledge, fake_service.index_dir, FakeEmbedder())
    assert [hit.passage for hit in reopened.search(question)] == before
    assert all(hit.passage.source != "moi.txt" for hit in reopened.search(NEW_PHRASE, k=20))
    assert reopened.needs_build()


def test_adding_a_file_embeds_only_its_passages(fake_service, knowledge, fake_embedder):
    before = fake_embedder.passages_encoded
    (knowledge / "huong-dan").mkdir()
    new = knowledge / "huong-dan" / "so-tay.txt"
    new.write_text(NEW_DOCUMENT, encoding="utf-8")
    expected = len(chunk(read_file(new, knowledge)))

    report = fake_service.rebuild()

    assert expected >= 1
    assert fake_embedder.passages_encoded - before == expected
    assert report.embedded == expected
    assert report.reused == report.passages - expected
    assert report.documents == 4
    assert fake_service.search(NEW_PHRASE)[0].passage.source == "huong-dan/so-tay.txt"


def _count_dense_builds(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    built: list[int] = []
    original = DenseIndex.build

    def counting(cls: type, vectors: np.ndarray, **kwargs: int) -> DenseIndex:
        built.append(len(vectors))
        return original(vectors, **kwargs)

    monkeypatch.setattr(DenseIndex, "build", classmethod(counting))
    return built


DENSE_QUESTIONS = ["đảng viên dự bị", "hình thức kỷ luật", "sinh hoạt chi bộ", NEW_PHRASE]


def _dense_hits(service: QAService) -> list[list[tuple[str, str]]]:
    results = (service.search_result(q, lexical=False) for q in DENSE_QUESTIONS)
    return [[(hit.passage.source, hit.passage.citation) for hit in result.hits] for result in results]


@pytest.mark.parametrize("ann_min_passages", [1, 20_000], ids=["hnsw", "exact"])
def test_adding_a_file_grows_the_dense_index_instead_of_rebuilding_it(
    knowledge, tmp_path, fake_embedder, monkeypatch, ann_min_passages
):
    service = QAService(knowledge, tmp_path / "index", fake_embedder, ann_min_passages=ann_min_passages)
    service.rebuild()
    (knowledge / "a-so-tay.txt").write_text(NEW_DOCUMENT, encoding="utf-8")  # sorts before the others
    built = _count_dense_builds(monkeypatch)

    report = service.rebuild()

    assert built == []
    assert service.search(NEW_PHRASE)[0].passage.source == "a-so-tay.txt"
    fresh = QAService(knowledge, tmp_path / "fresh", FakeEmbedder(), ann_min_passages=ann_min_passages)
    fresh.rebuild()
    assert _dense_hits(service) == _dense_hits(fresh)  # every vector still belongs to its passage
    assert service.info().passages == report.passages


@pytest.mark.parametrize("change", ["edit", "remove", "cross_ann_threshold"])
def test_dense_index_is_rebuilt_when_it_cannot_just_grow(knowledge, tmp_path, fake_embedder, monkeypatch, change):
    service = QAService(knowledge, tmp_path / "index", fake_embedder)
    service.rebuild()
    if change == "edit":
        _edit(knowledge)
    elif change == "remove":
        _remove(knowledge)
    else:
        service.ann_min_passages = service.info().passages + 1
        (knowledge / "a-so-tay.txt").write_text(NEW_DOCUMENT, encoding="utf-8")
    built = _count_dense_builds(monkeypatch)

    report = service.rebuild()

    assert built == [report.passages]
    assert _dense_hits(service)[0]  # and it serves


def _vectors(service: QAService) -> dict[str, np.ndarray]:
    folder = IndexFolder(service.index_dir).current()
    assert folder is not None
    dense = DenseIndex.load(folder / "dense.faiss")
    store = PassageStore(folder / "passages.sqlite")
    try:
        return dict(zip(store.column("text_hash"), dense.reconstruct(list(range(dense.size))), strict=True))
    finally:
        store.close()


def test_rebuild_reuses_vectors_at_full_precision(fake_service, knowledge):
    before = _vectors(fake_service)
    _edit(knowledge)

    fake_service.rebuild()

    after = _vectors(fake_service)
    kept = before.keys() & after.keys()
    assert len(kept) >= len(before) - 1
    for text_hash in kept:
        np.testing.assert_array_equal(after[text_hash], before[text_hash])


def test_damaged_serving_index_is_rebuilt_from_scratch(fake_service, fake_embedder):
    folder = IndexFolder(fake_service.index_dir).current()
    assert folder is not None
    (folder / "dense.faiss").write_bytes(b"not a faiss index")
    before = fake_embedder.passages_encoded

    report = fake_service.rebuild()

    assert report.embedded == report.passages == fake_embedder.passages_encoded - before
    assert fake_service.search(NEW_PHRASE.split()[0])


def test_unchanged_rebuild_embeds_nothing(fake_service, fake_embedder):
    before = fake_embedder.passages_encoded

    report = fake_service.rebuild()

    assert fake_embedder.passages_encoded == before
    assert report.embedded == 0
    assert report.reused == report.passages > 0


def test_editing_one_article_embeds_only_the_changed_passage(fake_service, knowledge, fake_embedder):
    before = fake_embedder.passages_encoded
    path = knowledge / REGULATION
    path.write_text(
        path.read_text(encoding="utf-8") + "\nĐiều 10. Hiệu lực thi hành\nQuy định này có hiệu lực từ ngày ký.\n",
        encoding="utf-8",
    )

    report = fake_service.rebuild()

    assert report.embedded == fake_embedder.passages_encoded - before == 1
    assert fake_service.search("điều 10 quy định 24")[0].passage.article == 10


def test_full_rebuild_embeds_everything(fake_service, fake_embedder):
    before = fake_embedder.passages_encoded

    report = fake_service.rebuild(incremental=False)

    assert report.embedded == report.passages == fake_embedder.passages_encoded - before


def test_vectors_of_another_model_are_not_reused(fake_service, knowledge):
    other = FakeEmbedder("another-fake-model")
    service = QAService(knowledge, fake_service.index_dir, other)

    report = service.rebuild()

    assert report.embedded == report.passages == other.passages_encoded
    assert IndexFolder(fake_service.index_dir).manifest()["model"] == "another-fake-model"


@pytest.fixture
def broken_files(knowledge: Path) -> dict[str, str]:
    """Unusable files next to the good ones, with a word their rejection reason must contain."""
    (knowledge / "hong.pdf").write_bytes(b"this is not a pdf " * 10)
    (knowledge / "trong.txt").write_bytes(b"")
    (knowledge / "bang.xlsx").write_bytes(b"PK\x03\x04 spreadsheet")
    return {"hong.pdf": "PDF", "trong.txt": "empty", "bang.xlsx": "unsupported"}


def test_unreadable_files_are_skipped_with_a_reason_while_the_rest_builds(knowledge, broken_files, tmp_path):
    service = QAService(knowledge, tmp_path / "index", FakeEmbedder())

    first = service.rebuild()
    second = service.rebuild()  # the same broken files, unchanged: still reported

    for report in (first, second):
        reasons = {skipped.source: skipped.reason for skipped in report.skipped}
        assert set(reasons) == set(broken_files)
        for source, word in broken_files.items():
            assert word in reasons[source]
        assert report.documents == 3
        assert report.passages > 0
    assert set(IndexFolder(service.index_dir).manifest()["skipped"]) == set(broken_files)
    assert not service.needs_build()
    assert service.search("thời gian dự bị")[0].passage.source == CHARTER


def test_missing_knowledge_folder_is_a_knowledge_error(tmp_path):
    service = QAService(tmp_path / "khong-co", tmp_path / "index", FakeEmbedder())

    with pytest.raises(KnowledgeError, match="khong-co"):
        service.rebuild()

    assert not list((tmp_path / "index").glob("build-*"))


@pytest.mark.parametrize(
    ("files", "message"),
    [({}, "No usable documents"), ({"hong.pdf": b"not a pdf", "trong.txt": b""}, "2 unusable files skipped")],
)
def test_knowledge_folder_without_usable_documents_is_a_knowledge_error(tmp_path, files, message):
    (tmp_path / "knowledge").mkdir()
    for name, data in files.items():
        (tmp_path / "knowledge" / name).write_bytes(data)
    service = QAService(tmp_path / "knowledge", tmp_path / "index", FakeEmbedder())

    with pytest.raises(KnowledgeError, match=message):
        service.rebuild()

    assert not list((tmp_path / "index").glob("build-*"))
    assert not list((tmp_path / "index").glob(".tmp-*"))


def test_emptied_knowledge_folder_keeps_the_previous_index_serving(fake_service, knowledge):
    pointer = _pointer(fake_service)
    for name in (CHARTER, REGULATION, REPORT):
        (knowledge / name).unlink()

    with pytest.raises(KnowledgeError):
        fake_service.rebuild()

    assert _pointer(fake_service) == pointer
    assert fake_service.search("thời gian dự bị")[0].passage.source == CHARTER


@pytest.mark.parametrize("method", ["ask", "search", "info"])
def test_index_of_another_model_is_refused_with_how_to_rebuild(fake_service, knowledge, method):
    other = QAService(knowledge, fake_service.index_dir, FakeEmbedder("another-fake-model"))

    with pytest.raises(IndexMismatchError) as caught:
        getattr(other, method)(*(["đảng viên"] if method != "info" else []))

    assert "python -m bot index" in str(caught.value)
    assert "fake-hash-64" in str(caught.value)


def test_index_of_another_format_version_is_refused(fake_service, knowledge):
    manifest_path = fake_service.index_dir / _pointer(fake_service) / "manifest.json"
    manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
    manifest_path.write_text(json.dumps(manifest | {"format_version": FORMAT_VERSION + 1}), encoding="utf-8")

    with pytest.raises(IndexMismatchError, match="python -m bot index"):
        QAService(knowledge, fake_service.index_dir, FakeEmbedder()).search("đảng viên")


def test_missing_index_says_how_to_build_it(knowledge, tmp_path):
    service = QAService(knowledge, tmp_path / "chua-co-index", FakeEmbedder())

    assert service.needs_build()
    with pytest.raises(IndexNotBuiltError, match="python -m bot index"):
        service.search("đảng viên")


def _edit(knowledge: Path) -> None:
    path = knowledge / REPORT
    path.write_text(path.read_text(encoding="utf-8") + "\nBổ sung một đoạn mới.\n", encoding="utf-8")


def _edit_same_size(knowledge: Path) -> None:
    path = knowledge / REPORT
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("có 77 tổ chức", "có 78 tổ chức"), encoding="utf-8")
    assert path.stat().st_size == len(text.encode("utf-8"))
    os.utime(path, ns=(path.stat().st_atime_ns, path.stat().st_mtime_ns + 5_000_000_000))


def _add(knowledge: Path) -> None:
    (knowledge / "moi.txt").write_text(NEW_DOCUMENT, encoding="utf-8")


def _add_in_subfolder(knowledge: Path) -> None:
    (knowledge / "a" / "b").mkdir(parents=True)
    (knowledge / "a" / "b" / "moi.md").write_text(NEW_DOCUMENT, encoding="utf-8")


def _remove(knowledge: Path) -> None:
    (knowledge / REGULATION).unlink()


def _rename(knowledge: Path) -> None:
    (knowledge / REPORT).rename(knowledge / "bao-cao-2023-ban-sua.txt")


def _add_unreadable(knowledge: Path) -> None:
    (knowledge / "hong.pdf").write_bytes(b"not a pdf")


@pytest.mark.parametrize(
    "change",
    [_edit, _edit_same_size, _add, _add_in_subfolder, _remove, _rename, _add_unreadable],
    ids=lambda f: f.__name__,
)
def test_needs_build_after_the_knowledge_changes(fake_service, knowledge, change):
    assert not fake_service.needs_build()

    change(knowledge)

    assert fake_service.needs_build()
    fake_service.rebuild()
    assert not fake_service.needs_build()


def _touch(knowledge: Path) -> None:
    path = knowledge / CHARTER
    os.utime(path, ns=(path.stat().st_atime_ns, path.stat().st_mtime_ns + 5_000_000_000))


def _add_hidden(knowledge: Path) -> None:
    (knowledge / ".nhap.md").write_text(NEW_DOCUMENT, encoding="utf-8")


def _edit_faq(knowledge: Path) -> None:
    (knowledge / "faq.yaml").write_text("- id: a\n  question: Câu hỏi?\n  answer: Trả lời.\n", encoding="utf-8")


@pytest.mark.parametrize("change", [_touch, _add_hidden, _edit_faq], ids=lambda f: f.__name__)
def test_no_build_needed_when_no_document_changed(fake_service, knowledge, change):
    change(knowledge)

    assert not fake_service.needs_build()


def test_ensure_index_builds_only_when_needed(knowledge, tmp_path):
    embedder = FakeEmbedder()
    service = QAService(knowledge, tmp_path / "index", embedder)

    assert service.ensure_index() is not None
    assert service.ensure_index() is None
    _add(knowledge)
    assert service.ensure_index().embedded >= 1


# -- add_document ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("filename", "stored"),
    [
        ("../../etc/passwd.txt", "passwd.txt"),
        ("..\\..\\Windows\\ghi-chu.md", "ghi-chu.md"),
        ("/tmp/báo cáo tháng 5.TXT", "báo cáo tháng 5.txt"),
        (".an.md", "an.md"),
        ("a/b/<script>.html", "script.html"),
        ("tên;rm -rf ~.txt", "tên-rm -rf.txt"),
        ("...txt", "tai-lieu.txt"),
    ],
)
def test_safe_filename(filename, stored):
    assert safe_filename(filename) == stored


@pytest.mark.parametrize("filename", ["virus.exe", "bang.xlsx", "khong-duoi", "../../etc/passwd"])
def test_safe_filename_refuses_unsupported_types(filename):
    with pytest.raises(DocumentRejected, match="unsupported file type"):
        safe_filename(filename)


def test_add_document_stores_under_uploads_and_indexes_it(fake_service, knowledge, fake_embedder):
    before = fake_embedder.passages_encoded

    added = fake_service.add_document("../../etc/passwd.txt", NEW_DOCUMENT.encode("utf-8"))

    assert added.source == "uploads/passwd.txt"
    assert (knowledge / "uploads" / "passwd.txt").read_text(encoding="utf-8") == NEW_DOCUMENT
    assert not (knowledge.parent / "etc").exists()
    assert added.passages >= 1
    assert added.report.embedded == added.passages == fake_embedder.passages_encoded - before
    assert fake_service.search(NEW_PHRASE)[0].passage.source == "uploads/passwd.txt"
    assert not fake_service.needs_build()


def test_add_document_refuses_to_overwrite_unless_asked(fake_service, knowledge):
    fake_service.add_document("so-tay.txt", NEW_DOCUMENT.encode("utf-8"))
    replacement = NEW_DOCUMENT.replace("Hoàng Hoa Thám", "Nguyễn Trãi")

    with pytest.raises(DocumentRejected) as caught:
        fake_service.add_document("so-tay.txt", replacement.encode("utf-8"))

    assert caught.value.reason == "exists"
    assert (knowledge / "uploads" / "so-tay.txt").read_text(encoding="utf-8") == NEW_DOCUMENT

    fake_service.add_document("so-tay.txt", replacement.encode("utf-8"), overwrite=True)

    assert (knowledge / "uploads" / "so-tay.txt").read_text(encoding="utf-8") == replacement
    assert "Nguyễn Trãi" in fake_service.search("khu phố Nguyễn Trãi")[0].passage.text
    assert all("Hoàng Hoa Thám" not in hit.passage.text for hit in fake_service.search(NEW_PHRASE, k=20))


@pytest.mark.parametrize(
    ("filename", "data"),
    [
        ("hong.pdf", b"%PDF-1.4 this is a broken pdf " * 5),
        ("hong.docx", b"not a zip archive"),
        ("trong.txt", b""),
        ("virus.exe", b"MZ" + b"\0" * 100),
    ],
)
def test_add_document_rejects_unusable_files_and_changes_nothing(
    fake_service, knowledge, fake_embedder, filename, data
):
    files, pointer, encoded = _snapshot(knowledge), _pointer(fake_service), fake_embedder.passages_encoded

    with pytest.raises(DocumentRejected) as caught:
        fake_service.add_document(filename, data)

    assert caught.value.reason
    assert _snapshot(knowledge) == files
    assert _pointer(fake_service) == pointer
    assert fake_embedder.passages_encoded == encoded


def test_add_document_undoes_the_file_when_indexing_fails(fake_service, knowledge, monkeypatch):
    fake_service.add_document("so-tay.txt", NEW_DOCUMENT.encode("utf-8"))
    files, pointer = _snapshot(knowledge), _pointer(fake_service)
    monkeypatch.setattr(fake_service.embedder, "encode_passages", _raise)

    for name, data in (("moi.txt", NEW_DOCUMENT + " Bản mới."), ("so-tay.txt", NEW_DOCUMENT + " Bản sửa.")):
        with pytest.raises(RuntimeError):
            fake_service.add_document(name, data.encode("utf-8"), overwrite=True)

    assert _snapshot(knowledge) == files
    assert _pointer(fake_service) == pointer


# -- one rebuild at a time ----------------------------------------------------------------------------


class BlockingEmbedder(FakeEmbedder):
    """Holds a rebuild inside the embedding step until the test lets it go."""

    def __init__(self) -> None:
        super().__init__()
        self.started = threading.Event()
        self.release = threading.Event()

    def encode_passages(self, texts: Sequence[str], progress: Progress | None = None) -> np.ndarray:
        self.started.set()
        self.release.wait(timeout=30)
        return super().encode_passages(texts, progress)


def test_second_rebuild_while_one_is_running_is_refused(knowledge, tmp_path):
    embedder = BlockingEmbedder()
    service = QAService(knowledge, tmp_path / "index", embedder)
    running = threading.Thread(target=service.rebuild)
    running.start()
    try:
        assert embedder.started.wait(timeout=30)
        assert service.is_rebuilding

        with pytest.raises(ReindexBusyError, match="already running"):
            service.rebuild()
        with pytest.raises(ReindexBusyError):
            service.add_document("moi.txt", NEW_DOCUMENT.encode("utf-8"))
        assert not (knowledge / "uploads" / "moi.txt").exists()
    finally:
        embedder.release.set()
        running.join(timeout=30)

    assert not running.is_alive()
    assert not service.is_rebuilding
    assert service.search("thời gian dự bị")[0].passage.source == CHARTER
    service.rebuild()


def test_a_new_way_of_reading_documents_rechunks_unchanged_files_and_keeps_their_vectors(
    fake_service, fake_embedder, monkeypatch
):
    """Better chunking must reach an index built before it, without paying for the embeddings again."""
    chunked: list[str] = []
    real_chunk = builder.chunk

    def counting_chunk(document):
        chunked.append(document.source)
        return real_chunk(document)

    monkeypatch.setattr(builder, "chunk", counting_chunk)
    monkeypatch.setattr(builder, "INGEST_VERSION", builder.INGEST_VERSION + 1)
    monkeypatch.setattr(service_module, "INGEST_VERSION", builder.INGEST_VERSION)
    before = fake_embedder.passages_encoded
    assert fake_service.needs_build()

    report = fake_service.rebuild()

    assert sorted(chunked) == sorted(IndexFolder(fake_service.index_dir).manifest()["files"])
    assert report.embedded == fake_embedder.passages_encoded - before == 0
    assert report.reused == report.passages > 0
    assert not fake_service.needs_build()
