"""A deterministic synthetic knowledge folder that reads like party regulations and reports, and a fast
stand-in embedder for it.

Sentences come from a word-bigram chain trained on the repository's own knowledge/ files, so the vocabulary,
word pairs and word frequencies are real Vietnamese; made-up place names and document numbers add the long
tail a large corpus has. Regulations are written with Chương/Điều/khoản, reports as headed prose, so the
product's own chunker turns every file into the passages a real folder would give.
"""

from __future__ import annotations

import math
import random
import re
import time
import zlib
from collections import Counter, defaultdict
from collections.abc import Callable, Sequence
from pathlib import Path

import numpy as np
from scipy import sparse

from bot.ingest.chunking import chunk
from bot.ingest.loaders import FAQ_FILENAME, read_bytes
from bot.text import fold_diacritics, words

ROOT = Path(__file__).resolve().parent.parent
_TOKEN = re.compile(r"\w+(?:[-/]\w+)*|[.,;:?]")
_ONSET = re.compile(r"ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđghklmnprstvx]?")
_ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII"]
_KINDS = ("Quy định", "Hướng dẫn", "Quy chế", "Nghị quyết")
_REPORTS = ("Báo cáo chính trị", "Báo cáo tổng kết", "Kế hoạch", "Thông báo kết luận")
_UNITS = ("Đảng bộ xã", "Đảng bộ phường", "Chi bộ thôn", "Đảng ủy khối", "Đảng bộ cơ quan")


class SentenceChain:
    """Word-bigram Markov chain over the knowledge folder's text."""

    def __init__(self, knowledge: Path = ROOT / "knowledge") -> None:
        self.following: dict[str, list[str]] = defaultdict(list)
        self.starts: list[str] = []
        for path in sorted(knowledge.rglob("*")):
            if path.suffix not in {".md", ".txt"}:
                continue
            for line in path.read_text(encoding="utf-8").splitlines():
                tokens = _TOKEN.findall(line.strip("#*- "))
                for previous, word in zip([".", *tokens], tokens, strict=False):
                    self.following[previous].append(word)
                    if previous == "." and word[0].isalpha():
                        self.starts.append(word)
        syllables = sorted({w.lower() for w in self.following if w.isalpha() and 1 < len(w) <= 7})
        self.onsets = sorted({_ONSET.match(s).group(0) for s in syllables})
        rhymes = {s[len(_ONSET.match(s).group(0)) :] for s in syllables}
        self.rhymes = sorted(r for r in rhymes if r and fold_diacritics(r[0]) in "aeiouy")

    def sentence(self, rng: random.Random, low: int = 10, high: int = 28) -> str:
        words = [rng.choice(self.starts)]
        while len(words) < high:
            word = rng.choice(self.following.get(words[-1]) or self.starts)
            if word in ".?":
                if len(words) >= low:
                    break
                word = rng.choice(self.starts).lower()  # too short: go on with a new clause
            words.append(word)
        text = " ".join(w for w in words if w not in ";:")
        text = re.sub(r" ([,])", r"\1", text).rstrip(",")
        return text[0].upper() + text[1:] + "."

    def phrase(self, rng: random.Random, low: int = 3, high: int = 8) -> str:
        words = [w for w in self.sentence(rng, low, high).rstrip(".").split() if w != ","]
        return " ".join(words[: rng.randint(low, high)])

    def name(self, rng: random.Random) -> str:
        """A made-up place name from real onsets and rhymes: the long tail of words a large corpus has."""
        parts = (rng.choice(self.onsets) + rng.choice(self.rhymes) for _ in range(rng.randint(2, 3)))
        return " ".join(part.capitalize() for part in parts)


def regulation(chain: SentenceChain, rng: random.Random, number: int) -> str:
    unit = f"{rng.choice(_UNITS)} {chain.name(rng)}"
    kind = rng.choice(_KINDS)
    lines = [f"# {kind} {chain.phrase(rng).lower()} của {unit}", "", f"Số {number}-QĐ/ĐU", ""]
    article = 0
    for chapter in range(rng.randint(2, 4)):
        lines += [f"Chương {_ROMAN[chapter]}", chain.phrase(rng).upper(), ""]
        for _ in range(rng.randint(2, 5)):
            article += 1
            lines.append(f"Điều {article}. {chain.phrase(rng)}")
            for clause in range(1, rng.randint(2, 5)):
                body = " ".join(chain.sentence(rng) for _ in range(rng.randint(1, 3)))
                lines.append(f"{clause}. {body}")
            lines.append("")
    return "\n".join(lines)


def report(chain: SentenceChain, rng: random.Random, number: int) -> str:
    unit = f"{rng.choice(_UNITS)} {chain.name(rng)}"
    year = rng.randint(2005, 2025)
    lines = [f"# {rng.choice(_REPORTS)} của {unit} năm {year}", ""]
    for section in range(1, rng.randint(4, 10)):
        lines += [f"## {section}. {chain.phrase(rng)}", ""]
        for _ in range(rng.randint(1, 3)):
            lines += [" ".join(chain.sentence(rng) for _ in range(rng.randint(2, 4))), ""]
        if rng.random() < 0.3:
            lines += [f"(Căn cứ: Điều {rng.randint(1, 40)} Quy định số {number % 400 + 1}-QĐ/TW.)", ""]
    return "\n".join(lines)


def write_knowledge(
    folder: Path, passages: int, *, documents: int | None = None, seed: int = 7, include_starter: bool = False
) -> int:
    """Write documents into `folder` until the product's chunker makes `passages` (or there are `documents`).

    Returns the number of passages. `include_starter` also copies the repository's knowledge/ (FAQ included).
    """
    rng = random.Random(seed)
    chain = SentenceChain()
    folder.mkdir(parents=True, exist_ok=True)
    total = 0
    if include_starter:
        for path in sorted((ROOT / "knowledge").rglob("*")):
            if path.is_file():
                relative = path.relative_to(ROOT / "knowledge")
                target = folder / (relative if path.name == FAQ_FILENAME else Path("starter") / relative)
                target.parent.mkdir(parents=True, exist_ok=True)
                target.write_bytes(path.read_bytes())
                if path.suffix in {".md", ".txt"}:
                    total += len(chunk(read_bytes(path.name, path.read_bytes())))
    number = 0
    while total < passages and number != documents:
        number += 1
        legal = rng.random() < 0.6
        text = (regulation if legal else report)(chain, rng, number)
        source = f"{'quy-dinh' if legal else 'bao-cao'}/{number // 1000:03d}/vb-{number:06d}.md"
        data = text.encode("utf-8")
        (folder / source).parent.mkdir(parents=True, exist_ok=True)
        (folder / source).write_bytes(data)
        total += len(chunk(read_bytes(source, data)))
    return total


def add_document(folder: Path, *, seed: int = 99) -> Path:
    """One more regulation, for incremental-rebuild measurements."""
    path = folder / "moi" / f"vb-them-{seed}.md"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(regulation(SentenceChain(), random.Random(seed), seed), encoding="utf-8")
    return path


def questions(chain: SentenceChain, count: int, *, seed: int = 11) -> list[str]:
    """Question-like strings: half typed with diacritics, half without."""
    rng = random.Random(seed)
    made = []
    for i in range(count):
        text = f"{chain.phrase(rng, 4, 10)} {rng.choice(['như thế nào', 'là gì', 'bao lâu', 'ai quyết định'])}?"
        made.append(text if i % 2 else fold_diacritics(text))
    return made


class HashEmbedder:
    """Stand-in embedder: idf-weighted sum of one fixed random vector per folded word, normalised.

    Word vectors share a 32-d subspace and all passages a common direction (calibrated on the 5,000-passage
    synthetic set: HNSW recall@10 at efSearch 16/32/64/128 is within 0.03 of the real model's there);
    independent word vectors would make neighbours far harder to find than real embeddings do.
    """

    name, dimension, rank, noise = "hash-projection-384", 384, 32, 0.5

    def __init__(self) -> None:
        counts = Counter(w for following in SentenceChain().following.values() for w in following)
        total = sum(counts.values())
        self._idf = {fold_diacritics(w): math.log(total / (1 + n)) for w, n in counts.items()}
        self._rare = math.log(total)
        rng = np.random.default_rng(1)
        self._basis = rng.standard_normal((self.rank, self.dimension)).astype(np.float32) / math.sqrt(self.rank)
        self._common = rng.standard_normal(self.dimension).astype(np.float32) / math.sqrt(self.dimension)
        self._ids: dict[str, int] = {}
        self._vectors: list[np.ndarray] = []
        self.seconds = 0.0

    def _id(self, word: str) -> int:
        found = self._ids.get(word)
        if found is None:
            found = self._ids[word] = len(self._vectors)
            rng = np.random.default_rng(zlib.crc32(word.encode("utf-8")))
            topic = rng.standard_normal(self.rank).astype(np.float32) @ self._basis
            self._vectors.append(topic + self.noise * rng.standard_normal(self.dimension).astype(np.float32))
        return found

    def _encode(self, texts: Sequence[str]) -> np.ndarray:
        started = time.perf_counter()
        rows, columns, weights = [], [], []
        for row, text in enumerate(texts):
            for word, n in Counter(words(fold_diacritics(text))).items():
                rows.append(row)
                columns.append(self._id(word))
                weights.append((1 + math.log(n)) * self._idf.get(word, self._rare))
        shape = (len(texts), len(self._vectors))
        features = sparse.csr_matrix((np.asarray(weights, np.float32), (rows, columns)), shape=shape)
        out = np.asarray(features @ np.vstack(self._vectors), dtype=np.float32)
        out /= np.maximum(np.linalg.norm(out, axis=1, keepdims=True), 1e-9)
        out += self._common
        out /= np.linalg.norm(out, axis=1, keepdims=True)
        self.seconds += time.perf_counter() - started
        return out

    def encode_queries(self, texts: Sequence[str]) -> np.ndarray:
        return self._encode(texts)

    def encode_passages(self, texts: Sequence[str], progress: Callable[[int, int], None] | None = None) -> np.ndarray:
        return self._encode(texts)
