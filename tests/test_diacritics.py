"""Diacritic restoration on small Vietnamese corpora written here."""

import unicodedata
import zipfile
from pathlib import Path

import numpy as np
import pytest

from bot.errors import IndexError_, IndexMismatchError
from bot.search import diacritics
from bot.search.diacritics import DiacriticRestorer
from bot.text import fold_diacritics

CORPUS = [
    "Đảng viên dự bị có quyền thảo luận trong sinh hoạt chi bộ.",
    "Chi bộ họp xét công nhận đảng viên chính thức.",
    "Chi bộ tổ chức lễ kết nạp đảng viên mới.",
    "Thời gian dự bị là mười hai tháng.",
    "Hết thời gian dự bị, chi bộ xét chuyển đảng viên chính thức.",
    "Đảng viên đang công tác phải giữ mối liên hệ với chi ủy nơi cư trú.",
    "Anh ấy chỉ bố mẹ cách đóng đảng phí.",
    "Con chỉ bố đường đi.",
    "Bố mẹ đang đợi.",
]


@pytest.fixture(scope="module")
def restorer() -> DiacriticRestorer:
    return DiacriticRestorer.train(CORPUS)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("dang vien du bi", "đảng viên dự bị"),
        ("chi bo hop xet cong nhan dang vien chinh thuc", "chi bộ họp xét công nhận đảng viên chính thức"),
        ("thoi gian du bi la muoi hai thang", "thời gian dự bị là mười hai tháng"),
    ],
)
def test_unaccented_text_gets_the_corpus_diacritics(restorer, typed, expected):
    assert restorer.restore(typed) == expected


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("chi bo hop", "chi bộ họp"),
        ("con chi bo duong di", "con chỉ bố đường đi"),
        ("dang vien dang cong tac", "đảng viên đang công tác"),
        ("bo me dang doi", "bố mẹ đang đợi"),
    ],
)
def test_context_decides_between_forms_of_the_same_letters(restorer, typed, expected):
    assert restorer.restore(typed) == expected


def test_a_syllable_typed_with_diacritics_is_kept_and_steers_its_neighbours(restorer):
    # Alone, 'chi bo' is 'chi bộ' (the frequent reading); the typed 'chỉ' fixes it and so 'bo' becomes 'bố'.
    assert restorer.restore("chi bo") == "chi bộ"
    assert restorer.restore("con chỉ bo duong di") == "con chỉ bố đường đi"
    assert restorer.restore("dảng vien du bi") == "dảng viên dự bị"  # a wrong accent typed is theirs to keep


def test_a_text_typed_with_diacritics_keeps_its_plain_words():
    restorer = DiacriticRestorer.train(["Năm này còn họp biểu quyết.", "Năm này còn họp.", "Thái Lần."])

    assert restorer.restore("nam nay con hop") == "năm này còn họp"
    assert restorer.restore("Năm nay con đi họp ở Thái Lan.") == "Năm nay con đi họp ở Thái Lan."
    assert restorer.restore("Năm nay con hop") == "Năm này còn họp"  # one word in four typed with diacritics


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("Năm nay con đã đi họp để bieu quyet.", "Năm nay con đã đi họp để biểu quyết."),  # 'bieu', 'quyet': no words
        ("Năm nay còn họp, con hop.", "Năm nay còn họp, con họp."),  # 'hop' with a final p takes a tone
    ],
)
def test_in_accented_text_spellings_no_syllable_has_are_restored(typed, expected):
    restorer = DiacriticRestorer.train(["Năm này còn họp biểu quyết.", "Năm này còn họp."])

    assert restorer.restore(typed) == expected


def test_casing_punctuation_and_spacing_are_the_users(restorer):
    typed = "  DANG VIEN du bi,  Chi bo hop?!\n\tThoi gian (du bi)…"

    assert restorer.restore(typed) == "  ĐẢNG VIÊN dự bị,  Chi bộ họp?!\n\tThời gian (dự bị)…"


def test_unknown_words_abbreviations_and_numbers_stay_as_typed(restorer):
    typed = "dang vien xyz du bi 12 thang, DVDB hoi qwerty"

    restored = restorer.restore(typed)

    assert restored == "đảng viên xyz dự bị 12 tháng, DVDB hoi qwerty"


def test_a_sentence_of_mostly_foreign_words_is_left_alone():
    restorer = DiacriticRestorer.train(["Có thể căn cứ vào đó.", "Mẹ đi chợ."])

    assert restorer.restore("What is the capital? co the can cu") == "What is the capital? có thể căn cứ"
    assert restorer.restore("Can you help me?") == "Can you help me?"
    assert restorer.restore("Can you help me? Me di cho") == "Can you help me? Mẹ đi chợ"


def test_text_without_anything_to_restore_is_returned_unchanged(restorer):
    decomposed = unicodedata.normalize("NFD", "Đảng viên dự bị")

    assert restorer.restore(decomposed) is decomposed
    assert restorer.restore("") == ""


def test_sentences_typed_without_any_diacritics_teach_nothing():
    restorer = DiacriticRestorer.train(["Đảng viên dự bị.", "dang vien du bi hoc tap", "Học tập."])

    assert restorer.restore("dang vien du bi hoc tap") == "đảng viên dự bị học tập"


def test_an_empty_corpus_restores_nothing():
    restorer = DiacriticRestorer.train([])

    assert restorer.restore("dang vien du bi") == "dang vien du bi"
    assert restorer.restore("Đảng viên") == "Đảng viên"
    assert restorer.knows("đèn")  # nothing to tell known spellings from unknown ones


def test_it_knows_which_spellings_the_documents_use(restorer):
    assert restorer.knows("đảng") and restorer.knows("đang") and restorer.knows("đợi")
    assert not restorer.knows("đáng") and not restorer.knows("dang")  # both fold like 'đảng', neither is written


def test_sentence_boundaries_cut_the_context():
    # After 'chỉ' the corpus says 'bố'; at the start of a sentence it says 'bộ'. The full stop decides.
    restorer = DiacriticRestorer.train(["Con chỉ bố."] * 3 + ["Bộ đội."] * 3)

    assert restorer.restore("con chỉ bo") == "con chỉ bố"
    assert restorer.restore("con chỉ. bo") == "con chỉ. bộ"
    assert restorer.restore("con chỉ\nbo") == "con chỉ\nbộ"


def test_two_words_of_context_beat_one():
    # After 'đi' alone 'chờ' is the more frequent; after 'anh đi' the corpus only ever has 'chợ'.
    restorer = DiacriticRestorer.train(["Anh đi chợ sớm.", "Anh đi chợ.", "Em đi chờ.", "Em đi chờ mãi.", "Em đi chờ."])

    assert restorer.restore("em di cho") == "em đi chờ"
    assert restorer.restore("anh di cho") == "anh đi chợ"


def test_a_later_word_can_overturn_the_reading_of_an_earlier_one():
    # 'chi' alone starts as 'chi bộ'; only the third word shows that this sentence is 'chỉ bố biết'.
    restorer = DiacriticRestorer.train(["Chi bộ họp.", "Chi bộ họp.", "Chi bộ họp.", "Chỉ bố biết."])

    assert restorer.restore("chi bo hop") == "chi bộ họp"
    assert restorer.restore("chi bo biet") == "chỉ bố biết"


def test_candidates_per_syllable_are_capped():
    forms = ["ma", "má", "mà", "mả", "mã", "mạ", "mâ", "mấ", "mầ"]
    restorer = DiacriticRestorer.train(
        " ".join([f"{form} đó"] * (len(forms) - i)) + "." for i, form in enumerate(forms)
    )

    candidates = restorer._candidates("ma")

    assert len(candidates) == diacritics.MAX_FORMS < len(forms)
    assert candidates == [restorer._ids[form] for form in forms[: len(candidates)]]


def test_a_long_paragraph_is_restored_whole(restorer):
    typed = "dang vien du bi co quyen thao luan trong sinh hoat chi bo " * 25

    restored = restorer.restore(typed)

    assert fold_diacritics(restored) == typed
    assert restored.count("đảng viên dự bị có quyền thảo luận") == 25


def test_save_and_load_give_the_same_restorations(restorer, tmp_path):
    path = tmp_path / diacritics.FILENAME
    restorer.save(path)

    loaded = DiacriticRestorer.load(path)

    assert loaded.vocabulary == restorer.vocabulary
    for typed in ("dang vien du bi", "con chi bo duong di", "CHI BO hop xet, dang vien chinh thuc"):
        assert loaded.restore(typed) == restorer.restore(typed)


def saved_counts(restorer: DiacriticRestorer, folder: Path) -> dict[str, list[int]]:
    """The n-gram counts as written to the model file, most frequent first."""
    restorer.save(folder / "counts.npz")
    with np.load(folder / "counts.npz") as arrays:
        return {name: sorted(arrays[f"{name}_counts"].tolist(), reverse=True) for name in ("bigram", "trigram")}


def test_pruning_keeps_the_most_frequent_ngrams(tmp_path):
    everything = saved_counts(DiacriticRestorer.train(CORPUS), tmp_path)

    restorer = DiacriticRestorer.train(CORPUS, max_bigrams=12, max_trigrams=14)

    assert restorer.sizes[1:] == (12, 14)
    assert saved_counts(restorer, tmp_path) == {
        "bigram": everything["bigram"][:12],
        "trigram": everything["trigram"][:14],
    }
    restorer.save(tmp_path / "small.npz")
    assert DiacriticRestorer.load(tmp_path / "small.npz").restore("dang vien") == "đảng viên"


def test_training_on_a_corpus_larger_than_the_caps_keeps_the_frequent_ngrams(tmp_path):
    rare = [f"Tờ {i} số {i + 1} ghi {i + 2}." for i in range(300)]  # 300 distinct trigrams each, seen once
    texts = [text for pair in zip(rare, ["Đảng viên dự bị."] * 300, strict=True) for text in pair]

    restorer = DiacriticRestorer.train(texts, max_bigrams=5, max_trigrams=5)

    # "<s> <s> tờ" and the four of "<s> <s> đảng viên dự bị", counted exactly despite the forgetting
    assert saved_counts(restorer, tmp_path) == {"bigram": [300] * 5, "trigram": [300] * 5}
    assert restorer.restore("dang vien du bi") == "đảng viên dự bị"


def test_words_beyond_the_vocabulary_cap_stay_as_typed():
    restorer = DiacriticRestorer.train(["Đảng viên đảng viên.", "Đảng viên.", "Hiếm."], max_words=2)

    assert restorer.restore("dang vien hiem") == "đảng viên hiem"


@pytest.mark.parametrize("damage", ["truncated", "garbage", "missing table", "bad id"])
def test_a_damaged_file_raises_a_clear_error(restorer, tmp_path, damage):
    path = tmp_path / diacritics.FILENAME
    restorer.save(path)
    data = path.read_bytes()
    if damage == "truncated":
        path.write_bytes(data[: len(data) // 2])
    elif damage == "garbage":
        path.write_bytes(b"not a model at all")
    else:
        with np.load(path) as arrays:
            tables = dict(arrays)
        if damage == "missing table":
            del tables["trigram_ids"]
        else:
            tables["bigram_ids"][0, 0] = len(restorer.vocabulary) + 3
        np.savez_compressed(path, **tables)

    with pytest.raises(IndexError_, match=r"damaged.*python -m bot index"):
        DiacriticRestorer.load(path)


def test_another_format_version_is_a_mismatch(restorer, tmp_path):
    path = tmp_path / diacritics.FILENAME
    restorer.save(path)
    with np.load(path) as arrays:
        tables = dict(arrays)
    tables["format_version"] = np.array([diacritics.FORMAT_VERSION + 1])
    np.savez_compressed(path, **tables)

    with pytest.raises(IndexMismatchError, match="diacritics model format"):
        DiacriticRestorer.load(path)


def test_a_build_without_the_file_is_a_mismatch(tmp_path):
    with pytest.raises(IndexMismatchError, match=r"no diacritics model.*python -m bot index"):
        DiacriticRestorer.load(tmp_path / diacritics.FILENAME)


def test_the_file_holds_no_pickles(restorer, tmp_path):
    path = tmp_path / diacritics.FILENAME
    restorer.save(path)

    with zipfile.ZipFile(path) as archive, np.load(path, allow_pickle=False) as arrays:
        assert sorted(name.removesuffix(".npy") for name in archive.namelist()) == sorted(arrays.files)
        assert all(arrays[name].dtype != object for name in arrays.files)
