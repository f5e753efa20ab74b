"""Diacritic restoration for questions typed without accents, learnt from the knowledge base's own text. Pure.

'dang vien du bi bao lau' -> 'đảng viên dự bị bao lâu': each syllable typed without diacritics may become any
accented form of it seen in the corpus (the most frequent MAX_FORMS); a syllable-trigram language model with
interpolated absolute discounting scores the sequences and an exact Viterbi search picks the best. Syllables typed
with diacritics are kept and condition their neighbours; syllables the corpus never had stay as typed.
Casing, punctuation and spacing are the user's.

On disk (`diacritics.npz` in a build folder): numpy arrays, no pickles — the vocabulary, unigram counts and the
most frequent bigrams and trigrams as id columns with counts, plus a format version.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
import zipfile
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from pathlib import Path

import numpy as np

from bot.errors import IndexError_, IndexMismatchError
from bot.text import WORD, fold_diacritics, has_diacritics, normalize

FORMAT_VERSION = 1
FILENAME = "diacritics.npz"
# Sentence start; never a word, WORD has no '<'. The sentence end is not modelled: questions end where
# documents seldom do ('… tổ chức lễ' read as 'lệ', from 'Điều lệ.'), and scoring it lost accuracy everywhere.
BOUNDARY = "<s>"
# Sentence ends and line breaks cut the n-grams; commas do not (they sit inside one thought).
_SEGMENT_BREAK = re.compile(r"[\n.?!…;]")
# Two or more words typed wholly without diacritics teach nothing but wrong forms (FAQ aliases such as
# 'dang phi', 'dieu kien vao dang'); a lone plain word ('TW', 'ISO') is usually a code and is kept.
_MIN_PLAIN_RUN = 2
MAX_FORMS = 6  # candidate forms per syllable, most frequent first: 'dang' has đang/đảng/dạng/đăng/đáng/…
DISCOUNT = 0.75
# Rare words and n-grams are pruned to these counts (most frequent kept): a 200k-passage corpus then stays a
# few MB. Vietnamese has ~7,000 syllables in use; the rest of a large corpus's words are numbers and names.
MAX_WORDS = 50_000
MAX_BIGRAMS = 150_000
MAX_TRIGRAMS = 250_000
# A text with diacritics on at least this share of its Vietnamese words was typed with them: its plain words
# ('năm nay', 'công ty con', 'Thái Lan') are meant plain, and only spellings no syllable has are restored
# (_NEEDS_MARKS). Without that, 20 of the 123 accented questions of the question files got a wrong mark
# ('sinh con' -> 'sinh còn'); with it none, and 85 % of syllables typed plain in half-accented text come back
# right (95 % if every plain corpus word were restored, at 5 accented questions changed). Accented questions of
# bench/devset.jsonl and bench/testset.jsonl are all at 0.57 or more, knowledge/ sentences of 5+ words at 0.60
# or more in 99 %; a question typed with every other syllable plain is at about 0.4.
ACCENTED_TEXT = 0.5
_SPARE = 8  # while training, up to this many times the n-grams kept are counted before the rarest are dropped


def _segments(text: str) -> Iterator[list[re.Match[str]]]:
    """Word matches of `text`, grouped into sentences: a gap holding a sentence end or a line break splits."""
    segment: list[re.Match[str]] = []
    previous_end = 0
    for match in WORD.finditer(text):
        if segment and _SEGMENT_BREAK.search(text, previous_end, match.start()):
            yield segment
            segment = []
        segment.append(match)
        previous_end = match.end()
    if segment:
        yield segment


def _is_taught(tokens: list[str]) -> bool:
    """Whether a sentence's words go into the model: not when it was typed without diacritics."""
    letters = [token for token in tokens if not token.isdigit()]
    return len(letters) < _MIN_PLAIN_RUN or any(map(has_diacritics, letters))


def _drop_rarest(counter: Counter, keep: int) -> None:
    """Forget the n-grams seen least (once, then twice…) until `keep` are left.

    Bounds the memory of training on a large corpus; an n-gram forgotten and seen again restarts from zero,
    so its count is an undercount, which only matters for n-grams near the cut."""
    threshold = 1
    while len(counter) > keep:
        for gram in [gram for gram, count in counter.items() if count <= threshold]:
            del counter[gram]
        threshold += 1


def _mostly_foreign(segment: list[re.Match[str]], lattice: list[list[int]]) -> bool:
    """Half the words or more plain and unknown to the corpus: English ('What is the capital…'), not for us.

    Chosen on the English and gibberish questions of bench/devset.jsonl ('the' -> 'thể', 'can' -> 'căn').
    A word typed with diacritics is Vietnamese whether the corpus knows it or not."""
    judged = [(m.group(), c) for m, c in zip(segment, lattice, strict=True) if not m.group().isdigit()]
    foreign = sum(candidates == [-1] and not has_diacritics(word) for word, candidates in judged)
    return 2 * foreign >= len(judged)


# Plain spellings no Vietnamese syllable has: a final p/t/c/ch takes a sắc or nặng tone, and 'iê', 'yê', 'uô/ươ',
# 'ưu' carry their marks ('ket', 'thuc', 'vien', 'duoc', 'huu'). Typed so in an accented text, a word was rushed.
_NEEDS_MARKS = re.compile(r"[a-z]*(?:[aeiouy](?:p|t|c|ch)|ie|ye|uo|uu)[a-z]*")


def _typed_with_diacritics(segments: list[list[re.Match[str]]], lattices: list[list[list[int]]]) -> bool:
    """Vietnamese words: those typed with diacritics and those the corpus knows (not 'SJC', not numbers)."""
    accented = vietnamese = 0
    for segment, lattice in zip(segments, lattices, strict=True):
        for match, candidates in zip(segment, lattice, strict=True):
            marked = has_diacritics(match.group())
            accented += marked
            vietnamese += marked or (candidates != [-1] and not match.group().isdigit())
    return vietnamese > 0 and accented >= ACCENTED_TEXT * vietnamese


def _with_case_of(typed: str, form: str) -> str:
    """The typed word's capitals on the restored form: 'Dang' -> 'Đảng', 'UBND' stays upper."""
    if typed.islower():
        return form
    if len(typed) == len(form):  # NFC Vietnamese letters are one code point each, like their folds
        return "".join(f.upper() if t.isupper() else f for t, f in zip(typed, form, strict=True))
    return form.upper() if typed.isupper() else form[:1].upper() + form[1:]


class _Table:
    """Sorted int64 keys and their value columns, looked up many keys at a time; absent keys give 0."""

    def __init__(self, keys: np.ndarray, *columns: np.ndarray) -> None:
        order = np.argsort(keys, kind="stable")
        self.keys = keys[order]
        self.columns = [column[order] for column in columns]

    def __len__(self) -> int:
        return len(self.keys)

    def get(self, queries: np.ndarray) -> list[np.ndarray]:
        if not len(self.keys):
            return [np.zeros(len(queries), dtype=np.int64) for _ in self.columns]
        at = np.searchsorted(self.keys, queries).clip(max=len(self.keys) - 1)
        found = self.keys[at] == queries
        return [np.where(found, column[at], 0) for column in self.columns]

    @classmethod
    def contexts(cls, contexts: np.ndarray, counts: np.ndarray) -> _Table:
        """Context -> how often it continues and into how many different words: what the discounting needs."""
        keys, inverse = np.unique(contexts, return_inverse=True)
        return cls(keys, np.bincount(inverse, weights=counts).astype(np.int64), np.bincount(inverse))


class DiacriticRestorer:
    """A syllable trigram model over the corpus's accented text, and the decoder that restores accents with it.

    The n-grams stay in sorted numpy arrays (a model at the caps holds ~30 MB in RAM where Python dicts took
    ~120 MB); the decoder looks up all the trigrams of a sentence in one vectorised batch.
    """

    def __init__(self, vocabulary: list[str], unigrams: np.ndarray, bigrams: np.ndarray, trigrams: np.ndarray) -> None:
        """`bigrams`/`trigrams`: int64 rows of word ids then the count; id 0 is the sentence boundary."""
        self.vocabulary = vocabulary
        self._ids = {word: i for i, word in enumerate(vocabulary)}
        self._unigrams = unigrams.astype(np.int64)
        size = self._size = max(len(vocabulary), 1)
        # Add-a-tenth smoothing keeps a seen-once form possible next to a frequent one.
        self._unigram_p = (self._unigrams + 0.1) / (self._unigrams.sum() + 0.1 * size)
        bigrams, trigrams = bigrams.astype(np.int64), trigrams.astype(np.int64)
        self._bigrams = _Table(bigrams[:, 0] * size + bigrams[:, 1], bigrams[:, 2])
        self._trigrams = _Table((trigrams[:, 0] * size + trigrams[:, 1]) * size + trigrams[:, 2], trigrams[:, 3])
        self._contexts1 = _Table.contexts(bigrams[:, 0], bigrams[:, 2])
        self._contexts2 = _Table.contexts(trigrams[:, 0] * size + trigrams[:, 1], trigrams[:, 3])
        forms: dict[str, list[tuple[int, int]]] = defaultdict(list)
        # One fold of the whole vocabulary: word by word it was most of the load time of a large model.
        folded_vocabulary = fold_diacritics("\n".join(vocabulary)).split("\n")
        for i, (folded, count) in enumerate(zip(folded_vocabulary, self._unigrams.tolist(), strict=True)):
            if i:
                forms[folded].append((-count, i))
        self._forms = {folded: [i for _, i in sorted(found)[:MAX_FORMS]] for folded, found in forms.items()}

    def knows(self, syllable: str) -> bool:
        """The documents use this lower-case syllable, diacritics and all (an empty model knows every one)."""
        return syllable in self._ids or len(self.vocabulary) <= 1

    @property
    def sizes(self) -> tuple[int, int, int]:
        """How many words, bigrams and trigrams the model keeps."""
        return len(self.vocabulary) - 1, len(self._bigrams), len(self._trigrams)

    # -- training ---------------------------------------------------------------------------------------

    @classmethod
    def train(
        cls,
        texts: Iterable[str],
        *,
        max_words: int = MAX_WORDS,
        max_bigrams: int = MAX_BIGRAMS,
        max_trigrams: int = MAX_TRIGRAMS,
    ) -> DiacriticRestorer:
        unigrams: Counter[str] = Counter()
        bigrams: Counter[tuple[str, str]] = Counter()
        trigrams: Counter[tuple[str, str, str]] = Counter()
        for text in texts:
            lowered = normalize(text).lower()
            for segment in _segments(lowered):
                tokens = [match.group() for match in segment]
                if not _is_taught(tokens):
                    continue
                unigrams.update(tokens)
                padded = [BOUNDARY, BOUNDARY, *tokens]
                bigrams.update(itertools.pairwise(padded[1:]))
                trigrams.update(zip(padded, padded[1:], padded[2:], strict=False))
            for counter, keep in ((bigrams, max_bigrams), (trigrams, max_trigrams)):
                if len(counter) > _SPARE * keep:
                    _drop_rarest(counter, keep)
        kept_words = sorted(unigrams.items(), key=lambda item: (-item[1], item[0]))[:max_words]
        vocabulary = [BOUNDARY, *sorted(word for word, _ in kept_words)]
        ids = {word: i for i, word in enumerate(vocabulary)}
        counts = np.array([0] + [unigrams[word] for word in vocabulary[1:]], dtype=np.int64)

        def table(counter: Counter, keep: int, order: int) -> np.ndarray:
            known = ((gram, count) for gram, count in counter.items() if all(word in ids for word in gram))
            kept = sorted(known, key=lambda item: (-item[1], item[0]))[:keep]
            rows = [[ids[word] for word in gram] + [count] for gram, count in kept]
            return np.array(rows, dtype=np.int64).reshape(-1, order + 1)

        return cls(vocabulary, counts, table(bigrams, max_bigrams, 2), table(trigrams, max_trigrams, 3))

    # -- scoring and decoding ---------------------------------------------------------------------------

    def _log_probs(self, u: np.ndarray, v: np.ndarray, w: np.ndarray) -> np.ndarray:
        """log P(w | u v), interpolated absolute discounting down to smoothed unigrams; -1 is an unknown word."""
        size, known = self._size, w >= 0
        word = np.where(known, w, 0)
        p = self._unigram_p[word]
        for table, contexts, context in (
            (self._bigrams, self._contexts1, np.where(v >= 0, v, -1)),
            (self._trigrams, self._contexts2, np.where((u >= 0) & (v >= 0), u * size + v, -1)),
        ):
            total, kinds = contexts.get(context)
            (count,) = table.get(np.where(context >= 0, context * size + word, -1))
            p = np.where(total > 0, (np.maximum(count - DISCOUNT, 0) + DISCOUNT * kinds * p) / np.maximum(total, 1), p)
        return np.where(known, np.log(p), 0.0)  # the same for every path: an unknown word only cuts the context

    def _candidates(self, typed: str, *, accented_text: bool = False) -> list[int]:
        """Ids the typed word may stand for; forms are keyed by folded text, so a word typed accented is itself.

        In a text typed with diacritics a plain word is meant plain ('năm nay', 'công ty con', 'Thái Lan') unless
        no syllable is spelt so ('bieu quyet')."""
        word = normalize(typed).lower()
        forms = self._forms.get(word)
        if not forms or (accented_text and not _NEEDS_MARKS.fullmatch(word)):
            return [self._ids.get(word, -1)]
        return forms

    def _decode(self, lattice: list[list[int]]) -> list[int]:
        """Exact Viterbi over (previous, current) word pairs; every trigram it needs is scored in one batch."""
        columns = [np.zeros(1, dtype=np.int64)] * 2 + [np.array(options, dtype=np.int64) for options in lattice]
        shapes = [(len(a), len(b), len(c)) for a, b, c in zip(columns, columns[1:], columns[2:], strict=False)]
        grids = [
            np.broadcast_arrays(a[:, None, None], b[None, :, None], c[None, None, :])
            for a, b, c in zip(columns, columns[1:], columns[2:], strict=False)
        ]
        u, v, w = (np.concatenate([grid[i].ravel() for grid in grids]) for i in range(3))
        scores = np.split(self._log_probs(u, v, w), np.cumsum([a * b * c for a, b, c in shapes])[:-1])
        best = np.zeros((1, 1))  # best log probability of a path ending in each (previous, current) pair
        back = []
        for shape, score in zip(shapes, scores, strict=True):
            extended = best[:, :, None] + score.reshape(shape)
            back.append(extended.argmax(axis=0))
            best = extended.max(axis=0)
        previous, current = np.unravel_index(int(best.argmax()), best.shape)
        chosen = [int(current), int(previous)]
        for pointers in reversed(back[1:]):
            previous, current = int(pointers[previous, current]), previous
            chosen.append(previous)
        picks = chosen[::-1][-len(lattice) :]
        return [options[i] for options, i in zip(lattice, picks, strict=True)]

    def restore(self, text: str) -> str:
        """Put diacritics on the syllables typed without them; everything else stays as typed.

        In a text mostly typed with diacritics only plain spellings no syllable has are restored (ACCENTED_TEXT)."""
        composed = unicodedata.normalize("NFC", text)
        segments = list(_segments(composed))
        lattices = [[self._candidates(match.group()) for match in segment] for segment in segments]
        if _typed_with_diacritics(segments, lattices):
            lattices = [
                [self._candidates(match.group(), accented_text=True) for match in segment] for segment in segments
            ]
        replacements: list[tuple[int, int, str]] = []
        for segment, lattice in zip(segments, lattices, strict=True):
            if _mostly_foreign(segment, lattice):
                continue
            if all(len(candidates) == 1 for candidates in lattice):
                chosen = [candidates[0] for candidates in lattice]
            else:
                chosen = self._decode(lattice)
            for match, w in zip(segment, chosen, strict=True):
                if w >= 0 and not has_diacritics(match.group()):
                    form = _with_case_of(match.group(), self.vocabulary[w])
                    if form != match.group():
                        replacements.append((match.start(), match.end(), form))
        if not replacements:
            return text
        pieces, position = [], 0
        for start, end, form in replacements:
            pieces += [composed[position:start], form]
            position = end
        return "".join([*pieces, composed[position:]])

    # -- on disk ----------------------------------------------------------------------------------------

    def save(self, path: Path) -> None:
        size = self._size
        id_type = np.uint16 if size <= 2**16 else np.uint32
        bigram_ids = np.column_stack(np.divmod(self._bigrams.keys, size))
        trigram_context, trigram_last = np.divmod(self._trigrams.keys, size)
        trigram_ids = np.column_stack([*np.divmod(trigram_context, size), trigram_last])
        np.savez_compressed(
            path,
            format_version=np.array([FORMAT_VERSION]),
            vocabulary=np.frombuffer("\n".join(self.vocabulary).encode("utf-8"), dtype=np.uint8),
            unigrams=self._unigrams.astype(np.uint32),
            bigram_ids=bigram_ids.astype(id_type),
            bigram_counts=self._bigrams.columns[0].astype(np.uint32),
            trigram_ids=trigram_ids.astype(id_type),
            trigram_counts=self._trigrams.columns[0].astype(np.uint32),
        )

    @classmethod
    def load(cls, path: Path) -> DiacriticRestorer:
        try:
            with np.load(path, allow_pickle=False) as arrays:
                version = int(arrays["format_version"][0])
                if version != FORMAT_VERSION:
                    raise IndexMismatchError(
                        path.parent, f"diacritics model format {version} (this version reads {FORMAT_VERSION})"
                    )
                vocabulary = bytes(arrays["vocabulary"]).decode("utf-8").split("\n")
                unigrams = arrays["unigrams"].astype(np.int64)
                bigrams = np.column_stack([arrays["bigram_ids"], arrays["bigram_counts"]]).astype(np.int64)
                trigrams = np.column_stack([arrays["trigram_ids"], arrays["trigram_counts"]]).astype(np.int64)
            if len(unigrams) != len(vocabulary) or bigrams.shape[1] != 3 or trigrams.shape[1] != 4:
                raise ValueError("tables of inconsistent shapes")
            if max(int(bigrams[:, :2].max(initial=0)), int(trigrams[:, :3].max(initial=0))) >= len(vocabulary):
                raise ValueError("an n-gram names a word outside the vocabulary")
        except IndexMismatchError:
            raise
        except FileNotFoundError as err:
            raise IndexMismatchError(path.parent, f"no diacritics model ({path.name} is missing)") from err
        except (OSError, ValueError, KeyError, IndexError, EOFError, zipfile.BadZipFile, UnicodeDecodeError) as err:
            raise IndexError_(
                f"The diacritics model {path} is damaged ({err.__class__.__name__}: {err}). "
                "Rebuild the index: python -m bot index"
            ) from err
        return cls(vocabulary, unigrams, bigrams, trigrams)
