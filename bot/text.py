"""Vietnamese normalisation for matching: NFC, one tone-mark placement, diacritic folding, abbreviations.

Everything here is pure. Folded text is for matching only; users always see the original.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from collections.abc import Iterable

_TONES = ("\u0300", "\u0301", "\u0309", "\u0303", "\u0323")  # huyền, sắc, hỏi, ngã, nặng


def _tone_placement_table() -> dict[str, str]:
    """Old-style 'oà, oé, uỷ' (tone on the last vowel of an open syllable) -> 'òa, óe, ủy'."""
    table: dict[str, str] = {}
    for first, second in (("o", "a"), ("o", "e"), ("u", "y")):
        for tone in _TONES:
            old = first + unicodedata.normalize("NFC", second + tone)
            new = unicodedata.normalize("NFC", first + tone) + second
            for variant_old, variant_new in (
                (old, new),
                (old.upper(), new.upper()),
                (old.title(), new.title()),
            ):
                table[variant_old] = variant_new
    return table


_TONE_TABLE = _tone_placement_table()
# Only at the end of a syllable ("hoà" yes, "hoàng" no) and not after q ("quý" is already right). Character
# classes, not an alternation of the 45 pairs: the regex engine then skips most text at C speed; a pair the
# classes admit but the table lacks ('uà') is left as it is.
_TONE_FIRST, _TONE_SECOND = ("".join(sorted({old[i] for old in _TONE_TABLE})) for i in (0, 1))
_TONE_RE = re.compile(rf"[{_TONE_FIRST}](?<![qQ].)[{_TONE_SECOND}](?![^\W\d_])")
# Runs other than a lone plain space: replacing every single space one match at a time cost ~10x the rest.
_SPACES = re.compile(r"[ \t\u00a0\u200b\ufeff]{2,}|[\t\u00a0\u200b\ufeff]")
# What Vietnamese letters decompose into besides ASCII: the five tones, circumflex, breve and horn.
VIETNAMESE_MARKS = "\u0300\u0301\u0309\u0303\u0323\u0302\u0306\u031b"
_OTHER_NON_ASCII = re.compile(f"([^\\x00-\\x7f{VIETNAMESE_MARKS}])")


def normalize(text: str) -> str:
    """NFC, unified tone marks ('hoà' -> 'hòa', 'thuỷ' -> 'thủy'), tidy spaces; keeps case and diacritics."""
    text = unicodedata.normalize("NFC", text)
    text = _TONE_RE.sub(lambda match: _TONE_TABLE.get(match.group(), match.group()), text)
    return _SPACES.sub(" ", text)


def fold_diacritics(text: str) -> str:
    """'Đảng viên dự bị' -> 'dang vien du bi' (for matching only; never shown to users)."""
    # All in C but the join: Vietnamese decomposes to ASCII plus its own marks, which encoding to ASCII drops.
    # Any other non-ASCII character ('—', '“', Cyrillic) splits the text and is kept unless it is a mark.
    pieces = _OTHER_NON_ASCII.split(unicodedata.normalize("NFD", text.lower().replace("đ", "d")))
    return "".join(
        piece if i % 2 else piece.encode("ascii", "ignore").decode("ascii")
        for i, piece in enumerate(pieces)
        if not (i % 2 and unicodedata.combining(piece))
    )


def fold_text(text: str) -> str:
    """Normalised, then folded: 'Chương  II' -> 'chuong ii'. What matching on typed questions and citations reads."""
    return fold_diacritics(normalize(text))


def has_diacritics(text: str) -> bool:
    return fold_diacritics(text) != text.lower()


# Party-work abbreviations, keyed by their folded form. None is a Vietnamese syllable, so expanding
# them never changes the meaning of an ordinary word.
ABBREVIATIONS: dict[str, str] = {
    "dv": "đảng viên",
    "dvdb": "đảng viên dự bị",
    # 'chi bộ', not 'cán bộ': in knowledge/faq.yaml and bench/ 21 of 23 'CB' mean the branch; members spell
    # 'cán bộ' out, and a cadre reading sent branch questions to other bodies' articles.
    "cb": "chi bộ",
    "cbcc": "cán bộ công chức",
    "btcb": "bí thư chi bộ",
    "kl": "kỷ luật",  # in document codes ('21-KL/TW') it is 'kết luận'; a member's 'bị KL' is discipline
    "sv": "sinh viên",
    "bhxh": "bảo hiểm xã hội",
    "bhyt": "bảo hiểm y tế",
    "bch": "ban chấp hành",
    "btv": "ban thường vụ",
    "bbt": "ban bí thư",
    "bct": "bộ chính trị",
    "ubkt": "ủy ban kiểm tra",
    "ducs": "đảng ủy cơ sở",
    "tccsd": "tổ chức cơ sở đảng",
    "tcd": "tổ chức đảng",
    "tw": "trung ương",
    "knd": "kết nạp đảng",
    "qd": "quy định",
    "hd": "hướng dẫn",
    "nq": "nghị quyết",
    "ct": "chỉ thị",
    "dlđ": "điều lệ đảng",
    "dld": "điều lệ đảng",
    "ccq": "các cơ quan",
    "bt": "bí thư",
    "pbt": "phó bí thư",
    "uv": "ủy viên",
    "dp": "đảng phí",
    "shd": "sinh hoạt đảng",
    "sh": "sinh hoạt",
    "shcb": "sinh hoạt chi bộ",
    "cu": "cấp ủy",
    "dtn": "đoàn thanh niên",
    "ktgs": "kiểm tra giám sát",
    "kt": "kiểm tra",
    "gs": "giám sát",
    "mttq": "mặt trận tổ quốc",
    "ccb": "cựu chiến binh",
    "tnxp": "thanh niên xung phong",
    "hnd": "hội nông dân",
    "lhpn": "liên hiệp phụ nữ",
    "nct": "người cao tuổi",
    "tncs": "thanh niên cộng sản",
    "ubnd": "ủy ban nhân dân",
    "hdnd": "hội đồng nhân dân",
    "vpcc": "văn phòng cấp ủy",
    "xkld": "xuất khẩu lao động",
    "csdl": "cơ sở dữ liệu",
    "gv": "giáo viên",
}

FOOTNOTE_MARKS = "¹²³⁴⁵⁶⁷⁸⁹⁰"
# Letters and digits; '_', symbols and footnote marks ('miễn học¹') are never words.
WORD = re.compile(rf"[^\W_{FOOTNOTE_MARKS}]+")
MAX_QUERY_CHARS = 1500


def words(folded_text: str) -> list[str]:
    """Word tokens of already-folded text; one-character tokens stay ('Điều 9' keeps its '9')."""
    return WORD.findall(folded_text)


def expand_abbreviations(tokens: Iterable[str]) -> list[str]:
    """Keep every token and add the folded expansion of known abbreviations after it."""
    tokens = list(tokens)
    if ABBREVIATIONS.keys().isdisjoint(tokens):  # most passages: nothing to expand, no Python-level loop
        return tokens
    expanded: list[str] = []
    for token in tokens:
        expanded.append(token)
        if token in ABBREVIATIONS:
            expanded.extend(words(fold_diacritics(ABBREVIATIONS[token])))
    return expanded


def clean_question(question: str) -> str:
    """Normalise a user question and bound its length, keeping its start and its end.

    Long scenario questions usually ask the actual question in the last sentence.
    """
    text = normalize(question).strip()
    if len(text) <= MAX_QUERY_CHARS:
        return text
    head, tail = text[: MAX_QUERY_CHARS * 2 // 3], text[-MAX_QUERY_CHARS // 3 :]
    return f"{head.rsplit(' ', 1)[0]} … {tail.split(' ', 1)[-1]}"


# Vietnamese groups thousands with dots: '1.247' and '1247' are one number. Only groups of exactly three digits
# join: section numbers ('1.1', '2.3.1'), decimals ('4,6', '12.5') and dates keep their parts. Year ranges need
# nothing: '2020-2025', '2020 – 2025' and '2020–2025' all give the words '2020', '2025' (dashes are not words).
_THOUSANDS = re.compile(r"(?<![\d.])\d{1,3}(?:\.\d{3})+(?!\d|\.\d)")
_DOT_THREE_DIGITS = re.compile(r"\d\.\d{3}")  # a cheap first look: most texts have no such number at all


def join_thousands(text: str) -> str:
    """'1.247.000 đồng' -> '1247000 đồng'."""
    if _DOT_THREE_DIGITS.search(text) is None:
        return text
    return _THOUSANDS.sub(lambda match: match.group().replace(".", ""), text)


def terms(text: str) -> list[str]:
    """Matching terms of any text: folded words plus the expansions of abbreviations."""
    return expand_abbreviations(words(join_thousands(fold_diacritics(normalize(text)))))


def with_bigrams(tokens: list[str]) -> list[str]:
    """Unigrams plus adjacent pairs: Vietnamese words are mostly two syllables ('dang_vien', 'du_bi')."""
    return tokens + [f"{a}_{b}" for a, b in itertools.pairwise(tokens)]


# Folded words that carry no topic in a question; ignored when judging how well a passage covers it.
# Folding merges words, so anything that also folds from a party term stays out ("dang": đang/Đảng).
_STOPWORDS_TEXT = """
    a ad admin ah ak anh be cac cai cho con cua da day den deu di do duoc em gi gio ha hay hom khi khong
    ko la len luc ma may mot muon nao nay neu nen nhe nhi nhieu nhung o oi phai ra roi sao se theo toi
    tren trong va vay voi vui
"""
QUESTION_STOPWORDS = frozenset(_STOPWORDS_TEXT.split())

# Small numbers are written both ways in regulations ("ba tháng", "3 tháng"); folded word forms.
NUMBER_WORDS = {
    "1": "mot",
    "2": "hai",
    "3": "ba",
    "4": "bon",
    "5": "nam",
    "6": "sau",
    "7": "bay",
    "8": "tam",
    "9": "chin",
}
NUMBER_WORDS["10"] = "muoi"

# How questions are asked, not what about: "bao lâu", "như thế nào", "có được không".
QUESTION_PHRASES = (
    ("bao", "lau"),
    ("bao", "nhieu"),
    ("nhu", "the", "nao"),
    ("the", "nao"),
    ("ra", "sao"),
    ("la", "gi"),
    ("khi", "nao"),
    ("o", "dau"),
    ("tai", "sao"),
    ("vi", "sao"),
    ("lam", "sao"),
    ("co", "phai"),
    ("duoc", "khong"),
    ("hay", "khong"),
    ("phai", "khong"),
    ("nhung", "gi"),
    ("xin", "hoi"),
    ("cho", "hoi"),
    ("dong", "chi"),  # "đồng chí": a form of address, like "tôi"
)


def drop_question_phrases(tokens: list[str]) -> list[str]:
    """Remove question-forming phrases from folded tokens, longest first."""
    kept: list[str] = []
    i = 0
    while i < len(tokens):
        phrase = next((p for p in QUESTION_PHRASES if tuple(tokens[i : i + len(p)]) == p), None)
        if phrase:
            i += len(phrase)
        else:
            kept.append(tokens[i])
            i += 1
    return kept


_SENTENCE_END = re.compile(r"(?<=[.?!…])\s+")


def sentences(text: str) -> list[str]:
    """The text's sentences, split after '.', '?', '!' or '…' and a space: a member's story asks in its last one."""
    return [part for part in _SENTENCE_END.split(text) if part.strip()]


_CAPITALS = re.compile(r"(?<!\w)[A-ZĐ]{2,6}(?!\w)")


def spelled_out(text: str) -> str:
    """The text with the abbreviations typed in capitals written out ('BT HU' -> 'bí thư HU'). Only capitals: typed
    in lower case, 'cu' is as often 'cũ' (old) as 'CU' (cấp ủy)."""
    return _CAPITALS.sub(lambda found: ABBREVIATIONS.get(fold_diacritics(found.group(0)).lower(), found.group(0)), text)
