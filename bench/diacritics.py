"""Diacritic restoration accuracy and speed: fold -> restore -> compare, on text the model did not learn from.

    python bench/diacritics.py [--knowledge knowledge] [--questions bench/devset.jsonl bench/testset.jsonl]
                               [--write BENCHMARKS.md]

1. The knowledge folder's sentences (documents and FAQ entries), 10 folds: train on 90 %, restore the other 10 %
   typed without any diacritics, and typed with every other syllable still accented (partly accented input).
2. Leave one document out: train on the other documents and the FAQ, restore that document.
3. The unaccented questions of the question files, against their accented counterparts: one in the same files
   with the same folded text if there is one, else the accented spelling written below (GOLD).
Counts: syllables are word tokens with a letter; 'ambiguous' ones fold to a spelling with 2+ accented forms in the
training text; 'unseen' ones were never in it (they cannot be restored). The no-context baseline picks the most
frequent form of each syllable. Timings are `restore` on one question, and on a 1,500-character paragraph.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
import tempfile
import time
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import report
import yaml

from bot.ingest.loaders import FAQ_FILENAME, discover, read_file
from bot.search.diacritics import (
    FILENAME,
    MAX_BIGRAMS,
    MAX_TRIGRAMS,
    MAX_WORDS,
    DiacriticRestorer,
)
from bot.text import WORD, fold_diacritics, has_diacritics, normalize, words

FOLDS = 10
_SENTENCE = re.compile(r"(?<=[.?!…;])\s+|\n+")

# How a member would have typed the unaccented questions of bench/devset.jsonl and bench/testset.jsonl with
# diacritics (written for this benchmark; neither file holds accented twins of them). Keyed by folded text.
_GOLD_TEXT = """
đảng viên dự bị bao lâu thì được chuyển chính thức
mức đóng đảng phí của đảng viên hưởng lương là bao nhiêu
hồ sơ xin vào đảng gồm những giấy tờ gì
vào đảng cần bằng tốt nghiệp gì
cấp nào có thẩm quyền quyết định kết nạp đảng viên
có quyết định kết nạp rồi bao lâu phải tổ chức lễ
chi bộ họp chậm xét chính thức thì có bị thiệt không
hồ sơ chuyển đảng chính thức cần những gì
biểu quyết 3 lần không đủ 2/3 đề nghị chính thức thì sao
nhận giấy giới thiệu sinh hoạt đảng rồi bao lâu phải nộp
ai làm thủ tục giới thiệu chuyển sinh hoạt đảng sang tỉnh khác
đi làm ăn xa không về sinh hoạt chi bộ được thì làm thế nào
đảng viên đang công tác có phải giữ liên hệ với nơi cư trú không
không đóng đảng phí mấy tháng thì bị xóa tên
có thể đóng đảng phí qua cổng dịch vụ công quốc gia không
xin giảm đảng phí được giảm bao nhiêu phần trăm
sinh hoạt chuyên đề chi bộ mấy tháng một lần
bỏ sinh hoạt đảng bao lâu thì bị xóa tên
đảng viên già yếu xin miễn sinh hoạt đảng thế nào
ủy ban kiểm tra có những nhiệm vụ gì
đơn tố cáo nặc danh có được giải quyết không
chi bộ có quyền khai trừ đảng viên không
kỷ luật đảng viên bỏ phiếu kín hay giơ tay
đảng bộ các cơ quan tỉnh bắc giang kiểm tra bao nhiêu tổ chức đảng nhiệm kỳ 2015 2020
đảng viên bị kỷ luật oan thì được phục hồi như thế nào
lương hưu năm 2025 tăng bao nhiêu phần trăm
thủ tục ly hôn thuận tình
người nước ngoài có được vào đảng cộng sản việt nam không
muốn vào đảng có phải học lớp cảm tình đảng không
đảng viên chính thức nào được phân công giúp đỡ đảng viên dự bị
ngày lễ kết nạp và ngày ghi trong quyết định kết nạp khác nhau thế nào
hết dự bị mà không đủ điều kiện thì bị xóa tên à
thôi việc ở công ty thì có phải chuyển sinh hoạt đảng không
hồ sơ đảng viên khi chuyển đi có phải niêm phong không
đảng viên làm việc ở nước ngoài đóng đảng phí thế nào
đảng viên mất việc không đóng bhxh nữa thì đóng đảng phí bao nhiêu
trước tháng 2 năm 2026 đảng phí tính theo quy định nào
bao nhiêu đảng viên thì lập đảng bộ cơ sở
đại hội chi bộ trực thuộc mấy năm tổ chức một lần
chủ nhiệm ủy ban kiểm tra do ai bầu
thời hiệu kỷ luật đối với tổ chức đảng là bao lâu
luật đất đai 2024 có gì mới
"""


def _key(text: str) -> str:
    return " ".join(words(fold_diacritics(text)))


GOLD = {_key(line): line for line in _GOLD_TEXT.strip().splitlines()}


def fold_keeping_case(text: str) -> str:
    """'Đảng viên' -> 'Dang vien': how it looks typed on a keyboard without Vietnamese input."""
    return "".join(
        folded.upper() if char.isupper() else folded
        for char, folded in zip(text, map(fold_diacritics, text), strict=True)
    )


def partly_folded(text: str, rng: random.Random) -> tuple[str, set[int]]:
    """Every other syllable (random start) typed plain; returns the text and the plain ones' indexes."""
    pieces, position, plain = [], 0, set()
    offset = rng.randrange(2)
    for i, match in enumerate(WORD.finditer(text)):
        stripped = (i + offset) % 2 == 0
        pieces += [text[position : match.start()], fold_keeping_case(match.group()) if stripped else match.group()]
        plain.update([i] if stripped else [])
        position = match.end()
    return "".join([*pieces, text[position:]]), plain


def syllables(text: str) -> list[str]:
    return WORD.findall(normalize(text).lower())


@dataclass
class Tally:
    syllables: int = 0
    right: int = 0
    ambiguous: int = 0
    ambiguous_right: int = 0
    baseline_ambiguous_right: int = 0
    unseen: int = 0
    sentences: int = 0
    sentences_right: int = 0

    def add(self, gold: str, restored: str, forms: dict[str, Counter], judged: Callable[[int], bool]) -> None:
        gold_words, restored_words = syllables(gold), syllables(restored)
        if len(gold_words) != len(restored_words):
            raise AssertionError(f"restoration changed the words: {gold!r} -> {restored!r}")
        self.sentences += 1
        self.sentences_right += normalize(gold).lower() == normalize(restored).lower()
        for i, (expected, got) in enumerate(zip(gold_words, restored_words, strict=True)):
            if expected.isdigit() or not judged(i):
                continue
            seen = forms.get(fold_diacritics(expected), Counter())
            self.syllables += 1
            self.right += expected == got
            self.unseen += expected not in seen
            if len(seen) > 1:
                self.ambiguous += 1
                self.ambiguous_right += expected == got
                self.baseline_ambiguous_right += expected == seen.most_common(1)[0][0]

    def row(self, name: str) -> str:
        def share(part: int, whole: int) -> str:
            return f"{part / whole:.1%}" if whole else "–"

        return (
            f"| {name} | {self.sentences} | {self.syllables} | {share(self.right, self.syllables)} "
            f"| {self.ambiguous} | {share(self.ambiguous_right, self.ambiguous)} "
            f"| {share(self.baseline_ambiguous_right, self.ambiguous)} | {share(self.unseen, self.syllables)} "
            f"| {share(self.sentences_right, self.sentences)} |"
        )


HEADER = [
    "| test | sentences | syllables judged | syllable accuracy | ambiguous | ambiguous accuracy "
    "| no-context baseline on ambiguous | unseen | sentence exact match |",
    "|---|---:|---:|---:|---:|---:|---:|---:|---:|",
]


def knowledge_sentences(knowledge: Path) -> dict[str, list[str]]:
    """Source -> its sentences; the FAQ's questions, answers and aliases count as one more document."""
    documents = {
        path.relative_to(knowledge).as_posix(): read_file(path, knowledge).text for path in discover(knowledge)
    }
    faq = knowledge / FAQ_FILENAME
    if faq.is_file():
        entries = yaml.safe_load(faq.read_text(encoding="utf-8")) or []
        fields = ([entry.get("question", ""), entry.get("answer", ""), *entry.get("aliases", [])] for entry in entries)
        documents[FAQ_FILENAME] = "\n".join(text for group in fields for text in group)
    return {
        source: [s.strip() for s in _SENTENCE.split(normalize(text)) if len(words(s)) >= 2 and has_diacritics(s)]
        for source, text in documents.items()
    }


def forms_of(sentences: list[str]) -> dict[str, Counter]:
    forms: dict[str, Counter] = defaultdict(Counter)
    for sentence in sentences:
        for word in syllables(sentence):
            forms[fold_diacritics(word)][word] += 1
    return forms


def run(restorer: DiacriticRestorer, tally: Tally, gold: str, typed: str, forms: dict, judged: Callable) -> str:
    restored = restorer.restore(typed)
    tally.add(gold, restored, forms, judged)
    return restored


def seconds(restorer: DiacriticRestorer, text: str, rounds: int = 5) -> float:
    """The median of a few runs: on a shared VM single runs wander."""
    timings = []
    for _ in range(rounds):
        started = time.perf_counter()
        restorer.restore(text)
        timings.append(time.perf_counter() - started)
    return report.percentile(timings, 0.5)


def held_out(documents: dict[str, list[str]]) -> list[str]:
    rng = random.Random(7)
    sentences = [sentence for group in documents.values() for sentence in group]
    rng.shuffle(sentences)
    plain, partly, per_document = Tally(), Tally(), Tally()
    for fold in range(FOLDS):
        test = sentences[fold::FOLDS]
        train = [s for i, s in enumerate(sentences) if i % FOLDS != fold]
        restorer, forms = DiacriticRestorer.train(train), forms_of(train)
        for sentence in test:
            run(restorer, plain, sentence, fold_keeping_case(sentence), forms, lambda i: True)
            typed, stripped = partly_folded(sentence, rng)
            run(restorer, partly, sentence, typed, forms, stripped.__contains__)
    for source in documents:
        train = [s for other, group in documents.items() if other != source for s in group]
        restorer, forms = DiacriticRestorer.train(train), forms_of(train)
        for sentence in documents[source]:
            run(restorer, per_document, sentence, fold_keeping_case(sentence), forms, lambda i: True)
    return [
        plain.row(f"{FOLDS}-fold held-out sentences, typed without diacritics"),
        partly.row(f"{FOLDS}-fold held-out sentences, every other syllable typed plain (only those judged)"),
        per_document.row(f"leave one document out ({len(documents)} documents), typed without diacritics"),
    ]


def questions(paths: list[Path], restorer: DiacriticRestorer, forms: dict) -> tuple[list[str], list[str], list[float]]:
    rows, lines, timings = [], [], []
    for path in paths:
        asked = [json.loads(line)["question"] for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
        twins = {_key(q): q for q in asked if has_diacritics(q)}
        tally, twins_found = Tally(), 0
        accented = [question for question in asked if has_diacritics(question)]
        changed = [question for question in accented if restorer.restore(question) != question]
        lines += [f"- accented, changed: `{question}` → `{restorer.restore(question)}`" for question in changed]
        for question in asked:
            if has_diacritics(question) or not words(fold_diacritics(question)):
                continue
            gold = twins.get(_key(question)) or GOLD.get(_key(question), question)
            twins_found += _key(question) in twins
            restored = run(restorer, tally, gold, question, forms, lambda i: True)
            timings.append(seconds(restorer, question))
            if normalize(restored).lower() != normalize(gold).lower():
                lines.append(f"- `{question}` → `{restored}` (expected `{gold}`)")
        rows.append(
            tally.row(
                f"{path.as_posix()}: {tally.sentences} unaccented questions ({twins_found} accented twins in the "
                f"file); its {len(accented)} accented questions: {len(changed)} changed"
            )
        )
    return rows, lines, timings


def _saved(restorer: DiacriticRestorer, folder: Path) -> tuple[int, float]:
    """File size in bytes and load time in ms."""
    path = folder / FILENAME
    restorer.save(path)
    started = time.perf_counter()
    DiacriticRestorer.load(path)
    return path.stat().st_size, (time.perf_counter() - started) * 1000


def _at_the_caps() -> DiacriticRestorer:
    """The largest model the caps allow: random n-grams over a full vocabulary, which compress worst."""
    rng = np.random.default_rng(0)
    vocabulary = ["<s>", *(f"w{i}" for i in range(MAX_WORDS))]
    tables = [
        np.hstack([rng.integers(0, MAX_WORDS + 1, size=(rows, order)), rng.geometric(0.3, size=(rows, 1))])
        for rows, order in ((MAX_BIGRAMS, 2), (MAX_TRIGRAMS, 3))
    ]
    return DiacriticRestorer(vocabulary, rng.geometric(0.01, size=len(vocabulary)), *tables)


def sizes(restorer: DiacriticRestorer) -> list[str]:
    with tempfile.TemporaryDirectory() as folder:
        size, load_ms = _saved(restorer, Path(folder))
        full_size, full_load_ms = _saved(_at_the_caps(), Path(folder))
    words_kept, bigrams_kept, trigrams_kept = restorer.sizes
    return [
        f"Model file `{FILENAME}` trained on all of knowledge/: {size / 1024:.0f} KiB ({words_kept} words, "
        f"{bigrams_kept} bigrams, {trigrams_kept} trigrams), loads in {load_ms:.0f} ms. A large corpus (200k "
        f"passages) is pruned to the caps, {MAX_WORDS:,} words, {MAX_BIGRAMS:,} bigrams and {MAX_TRIGRAMS:,} "
        f"trigrams, the most frequent kept; a model at the caps is at most {full_size / 2**20:.1f} MiB on disk "
        f"and loads in {full_load_ms:.0f} ms.",
    ]


def paragraph_ms(restorer: DiacriticRestorer, sentences: list[str]) -> str:
    text = ""
    for sentence in sentences:
        if len(text) + len(sentence) + 1 > 1500:
            break
        text += sentence + " "
    typed = fold_keeping_case(text)
    timing = seconds(restorer, typed)
    return f"A {len(typed)}-character pasted paragraph ({len(words(typed))} words) takes {timing * 1000:.1f} ms."


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--knowledge", type=Path, default=Path("knowledge"))
    parser.add_argument(
        "--questions", type=Path, nargs="*", default=[Path("bench/devset.jsonl"), Path("bench/testset.jsonl")]
    )
    parser.add_argument("--write", type=Path, help="update this benchmark's section of a markdown file")
    args = parser.parse_args()

    documents = knowledge_sentences(args.knowledge)
    everything = [sentence for group in documents.values() for sentence in group]
    full = DiacriticRestorer.train(everything)
    question_rows, misses, timings = questions(args.questions, full, forms_of(everything))
    body = [
        f"Knowledge: {len(documents)} documents (FAQ included), {len(everything)} sentences with diacritics.",
        "",
        *HEADER,
        *held_out(documents),
        *question_rows,
        "",
        f"Time per question (`restore`, model trained on all of knowledge/): {report.ms(timings)} "
        f"over {len(timings)} unaccented questions (median of 5 runs each). {paragraph_ms(full, everything)}",
        "",
        *sizes(full),
        "",
        "Questions not restored exactly, and accented questions `restore` changed (it should change none):",
        "",
        *misses,
    ]
    report.publish("diacritics", "Diacritic restoration", body, args.write)


if __name__ == "__main__":
    sys.exit(main())
