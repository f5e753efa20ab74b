import random
import re
import sys
import unicodedata

import pytest

from bot.text import (
    _TONE_TABLE,
    ABBREVIATIONS,
    MAX_QUERY_CHARS,
    clean_question,
    expand_abbreviations,
    fold_diacritics,
    has_diacritics,
    normalize,
    terms,
    with_bigrams,
    words,
)


@pytest.mark.parametrize("text", ["Đảng viên dự bị", "Ủy ban kiểm tra", "nghị quyết", "Điều lệ Đảng"])
def test_normalize_composes_nfd_input(text):
    decomposed = unicodedata.normalize("NFD", text)
    assert decomposed != text

    assert normalize(decomposed) == text
    assert unicodedata.is_normalized("NFC", normalize(decomposed))


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("hoà", "hòa"),
        ("hoá", "hóa"),
        ("thuỷ", "thủy"),
        ("khoẻ", "khỏe"),
        ("Uỷ ban", "Ủy ban"),
        ("UỶ BAN", "ỦY BAN"),
        ("Hoà bình", "Hòa bình"),
        ("chuyển hoá.", "chuyển hóa."),
        ("Cộng hoà xã hội chủ nghĩa", "Cộng hòa xã hội chủ nghĩa"),
    ],
)
def test_normalize_moves_old_style_tone_marks(old, new):
    assert normalize(old) == new


@pytest.mark.parametrize("text", ["hoàng", "quý", "Quý", "hoạt động", "khoảng", "thuyết", "quỷ", "quà", "hòa"])
def test_normalize_leaves_correct_tone_placement_alone(text):
    assert normalize(text) == text


def test_normalize_nfd_old_style_gives_new_style():
    assert normalize(unicodedata.normalize("NFD", "hoà thuỷ")) == "hòa thủy"


@pytest.mark.parametrize(
    ("text", "expected"),
    [("a\u00a0b", "a b"), ("a \t  b", "a b"), ("a\u200bb", "a b"), ("a\ufeffb", "a b")],
)
def test_normalize_tidies_spaces(text, expected):
    assert normalize(text) == expected


@pytest.mark.parametrize(
    ("text", "folded"),
    [
        ("Đảng viên dự bị", "dang vien du bi"),
        ("ĐIỀU LỆ ĐẢNG", "dieu le dang"),
        ("đđĐĐ", "dddd"),
        ("Ủy ban kiểm tra", "uy ban kiem tra"),
        ("khoảng", "khoang"),
        ("already plain", "already plain"),
    ],
)
def test_fold_diacritics(text, folded):
    assert fold_diacritics(text) == folded


def _reference_fold(text: str) -> str:
    """The definition the fast paths must match: drop every combining mark after NFD."""
    decomposed = unicodedata.normalize("NFD", text.lower().replace("đ", "d"))
    return "".join(char for char in decomposed if not unicodedata.combining(char))


def _reference_normalize(text: str) -> str:
    text = unicodedata.normalize("NFC", text)
    alternatives = "|".join(map(re.escape, _TONE_TABLE))
    text = re.sub(rf"(?<![qQ])({alternatives})(?![^\W\d_])", lambda match: _TONE_TABLE[match.group(1)], text)
    return re.sub(r"[ \t\u00a0\u200b\ufeff]+", " ", text)


def _random_texts(count: int) -> list[str]:
    """Vietnamese-heavy strings with stray marks, dashes, quotes, odd spaces and any other code point."""
    rng = random.Random(11)
    common = [*"aăâeêioôơuưyđĐqQOUAE \t\u00a0\u200b–“”…_-9", "oà", "uỷ", "oé", "\u0301", "\u0323", "ư\u031b"]
    common += list("Đảng viên dự bị chuyển chính thức hoà thuỷ khoẻ QUÝ")
    every = [chr(c) for c in range(sys.maxunicode + 1) if not 0xD800 <= c < 0xE000]
    return [
        "".join(rng.choice(every) if rng.random() < 0.1 else rng.choice(common) for _ in range(rng.randint(1, 40)))
        for _ in range(count)
    ]


def test_fast_fold_and_normalize_match_their_definitions():
    for text in _random_texts(3000):
        assert fold_diacritics(text) == _reference_fold(text), repr(text)
        assert normalize(text) == _reference_normalize(text), repr(text)


@pytest.mark.parametrize(("text", "expected"), [("đảng", True), ("Đ", True), ("dang", False), ("DANG 9", False)])
def test_has_diacritics(text, expected):
    assert has_diacritics(text) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Điều 9", ["dieu", "9"]),
        ("khoản 2, điểm a)", ["khoan", "2", "diem", "a"]),
        ("Số 24-QĐ/TW", ["so", "24", "qd", "tw"]),
    ],
)
def test_words_keeps_one_character_tokens(text, expected):
    assert words(fold_diacritics(text)) == expected


@pytest.mark.parametrize(
    ("question", "expansion"),
    [
        ("ĐV dự bị", ["dang", "vien"]),
        ("UBKT có quyền gì", ["uy", "ban", "kiem", "tra"]),
        ("BCH họp mấy lần", ["ban", "chap", "hanh"]),
        ("đvdb được biểu quyết không", ["dang", "vien", "du", "bi"]),
        ("TCCSĐ gồm những gì", ["to", "chuc", "co", "so", "dang"]),
        ("BTV tỉnh ủy", ["ban", "thuong", "vu"]),
        ("quy định của TW", ["trung", "uong"]),
        ("CB có quyền kỷ luật cảnh cáo ĐV không?", ["chi", "bo"]),
        ("Tổ chức đảng vi phạm thì bị KL theo những hình thức gì?", ["ky", "luat"]),
        ("BTCB có được bầu bằng giơ tay không?", ["bi", "thu", "chi", "bo"]),
        ("SV là đảng viên, học xa nhà", ["sinh", "vien"]),
        ("Tỷ lệ tham gia BHYT", ["bao", "hiem", "y", "te"]),
        ("nghỉ thai sản hưởng BHXH", ["bao", "hiem", "xa", "hoi"]),
        ("Đi XKLĐ ở Hàn Quốc thì sinh hoạt đảng ra sao?", ["xuat", "khau", "lao", "dong"]),
        ("Chi ủy thu tiền Đảng của GV trường công thế nào?", ["giao", "vien"]),
        ("Ai nhập thông tin lên phần mềm CSDL?", ["co", "so", "du", "lieu"]),
        ("Ai được bỏ phiếu đối với UV BTV TU?", ["uy", "vien"]),
    ],
)
def test_terms_expand_abbreviations(question, expansion):
    found = terms(question)
    start = next(i for i, token in enumerate(found) if token in ABBREVIATIONS)

    assert found[start + 1 : start + 1 + len(expansion)] == expansion


@pytest.mark.parametrize("question", ["CB có quyền kỷ luật cảnh cáo ĐV không?", "CB họp thường kỳ bao lâu 1 lần?"])
def test_cb_is_the_party_branch_not_a_cadre(question):
    # Members write 'CB' for 'chi bộ' and spell 'cán bộ' out; 'cán bộ' would pull in unrelated passages.
    assert "can" not in terms(question)


def test_expand_abbreviations_keeps_the_abbreviation_and_ordinary_words():
    assert expand_abbreviations(["ubkt", "xem", "xet"]) == ["ubkt", "uy", "ban", "kiem", "tra", "xem", "xet"]


@pytest.mark.parametrize("word", ["dang", "vien", "chi", "bo", "ky", "luat"])
def test_ordinary_syllables_are_not_abbreviations(word):
    assert expand_abbreviations([word]) == [word]


def test_with_bigrams_adds_adjacent_pairs():
    assert with_bigrams(["dang", "vien", "du", "bi"]) == [
        "dang",
        "vien",
        "du",
        "bi",
        "dang_vien",
        "vien_du",
        "du_bi",
    ]


def test_clean_question_keeps_short_questions_whole():
    assert clean_question("  Đảng viên dự bị bao lâu?  ") == "Đảng viên dự bị bao lâu?"


def test_clean_question_truncates_long_questions_keeping_head_and_tail():
    head = "Tình huống ở chi bộ chúng tôi như sau."
    tail = "Vậy đảng viên dự bị có được biểu quyết không?"
    question = f"{head} {'Chi bộ họp và bàn nhiều việc khác nhau. ' * 260}{tail}"
    assert len(question) >= 10_000

    cleaned = clean_question(question)

    assert cleaned.startswith(head)
    assert cleaned.endswith(tail)
    assert len(cleaned) <= MAX_QUERY_CHARS + 100
    assert len(cleaned) <= 1600


def test_clean_question_of_one_huge_word_is_bounded():
    assert len(clean_question("a" * 10_000)) <= 1600


@pytest.mark.parametrize("written", ["2020-2025", "2020 – 2025", "2020 - 2025", "2020–2025", "2020 đến 2025"])
def test_a_year_range_has_the_same_terms_however_the_dash_is_written(written):
    expected = terms("nhiệm kỳ 2020-2025")

    found = terms(f"nhiệm kỳ {written}")

    assert [t for t in found if t != "den"] == expected == ["nhiem", "ky", "2020", "2025"]
    assert "2020_2025" in with_bigrams([t for t in found if t != "den"])


@pytest.mark.parametrize(
    ("grouped", "plain"),
    [
        ("kết nạp 1.247 đảng viên", "kết nạp 1247 đảng viên"),
        ("1.247.000 đồng", "1247000 đồng"),
        ("tổng số 12.500 đảng viên.", "tổng số 12500 đảng viên."),
        ("đạt 1.247.", "đạt 1247."),
    ],
)
def test_thousands_separators_do_not_split_a_number(grouped, plain):
    assert terms(grouped) == terms(plain)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("mục 1.1", ["muc", "1", "1"]),  # section numbers are not thousands
        ("khoản 2.3.1", ["khoan", "2", "3", "1"]),
        ("4,6 nghìn", ["4", "6", "nghin"]),  # a decimal comma
        ("ngày 1/3/2017", ["ngay", "1", "3", "2017"]),
        ("12.5%", ["12", "5"]),
        ("1.2345", ["1", "2345"]),  # not a group of three
    ],
)
def test_other_dotted_numbers_keep_their_parts(text, expected):
    assert terms(text) == expected
