"""Which organisation a question or a document is about: the Party, the Youth Union (Đoàn), a trade union, a mass
association (farmers, women, veterans), the Fatherland Front or the Pioneers.

Their charters read alike: 'Người vào Đoàn phải…' and 'Người vào Đảng phải…' differ by one folded syllable and
sit close in meaning, so a knowledge base holding both, or only the party's, answers one organisation's question
with the other's rule. A question that names one organisation only is answered from that organisation's documents.
Pure; matched on folded words with abbreviations expanded ('ĐV' -> 'đảng viên'), so typing without diacritics works.
"""

from __future__ import annotations

import re

from bot.text import terms

PARTY, YOUTH, UNION = "party", "youth", "union"
# The mass associations and the Front have charters of their own that a knowledge base may hold beside the party's
# ('Điều lệ Hội Nông dân'): their rules on members, dues and discipline read like the party's.
_ASSOCIATIONS = {
    "farmers": re.compile(r"\b(?:hoi nong dan|nong dan viet nam)\b"),
    "women": re.compile(r"\b(?:hoi phu nu|hoi lien hiep phu nu|lien hiep phu nu)\b"),
    "veterans": re.compile(r"\b(?:hoi cuu chien binh|cuu chien binh viet nam)\b"),
    "front": re.compile(r"\b(?:mat tran to quoc|uy ban mat tran)\b"),
    # The Pioneers, whom the Youth Union leads: 'Đội viên Đội Thiếu niên Tiền phong đeo khăn quàng đỏ từ mấy tuổi?'
    "pioneers": re.compile(r"\b(?:doi thieu nien|thieu nien tien phong|doi tntp)\b"),
}

# 'đoàn viên công đoàn' is a trade-union member: the union's words are read (and taken out) first.
_UNION = re.compile(r"\b(?:doan vien cong doan|cong doan vien|cong doan)\b")
# Folded 'doan' is also 'đoạn' (a passage) and the 'đoàn' of 'đoàn kết', 'đoàn thể': only unambiguous phrases count.
_YOUTH = re.compile(
    r"\b(?:doan vien|chi doan|doan phi|vao doan|khoi doan|doan thanh nien|truong thanh doan|dieu le doan"
    r"|ket nap doan|doan truong|bi thu doan|doan co so|ban chap hanh doan)\b"
)
_PARTY = re.compile(
    r"\b(?:dang vien|chi bo|dang bo|dang phi|cap uy|chi uy|dang uy|vao dang|khoi dang|ket nap dang|tuoi dang"
    r"|the dang|sinh hoat dang|dieu le dang|dang cong san|to chuc dang|ky luat dang"
    r"|tinh uy|thanh uy|huyen uy|quan uy|thi uy)\b"  # a place's party committee ('BT TU' is its secretary)
)

# Party committees typed by their initials in capitals ('BT TU', 'UV BTV HU', 'ĐU xã'); folded 'tu', 'du' are words.
_PARTY_INITIALS = re.compile(r"(?<!\w)(?:TU|HU|QU|ĐU|TW|TƯ)(?!\w)")


def named_in(text: str) -> set[str]:
    """The organisations the text names ('Người vào Đoàn…' -> {youth}); empty when it names none."""
    folded = " ".join(terms(text))
    named = set()
    if _UNION.search(folded):
        named.add(UNION)
        folded = _UNION.sub(" ", folded)
    if _YOUTH.search(folded):
        named.add(YOUTH)
    if _PARTY.search(folded) or _PARTY_INITIALS.search(text):
        named.add(PARTY)
    named.update(name for name, phrase in _ASSOCIATIONS.items() if phrase.search(folded))
    return named


def of_document(title: str) -> str:
    """The organisation a document belongs to, by its title: the Youth Union's, a union's or an association's
    charter, else the party's (a party knowledge base's documents mostly do not say 'Đảng' in their titles)."""
    named = named_in(title)
    if "dieu le" not in " ".join(terms(title)):
        named -= set(_ASSOCIATIONS)  # a party resolution on the Front's work is still the party's
    if PARTY in named or len(named) != 1:
        return PARTY
    return next(iter(named))


# An association named in a document's title ('ĐIỀU LỆ HỘI NHÀ BÁO VIỆT NAM'), which members write by its initials
# ('Hội NBVN', 'Hội NB'); 'đại hội', 'xã hội' are words of their own ('lễ hội' is seldom in a title, and folded
# 'le' is also the 'lệ' of 'Điều lệ Hội …').
_ASSOCIATION_NAME = re.compile(r"(?<!\bdai )(?<!\bxa )(?<!\bquoc )(?<!\bco )\bhoi ((?:[a-z]+ ){0,7}[a-z]+)")
_NAME_ENDS = ("ve", "cua", "nhiem", "khoa", "lan", "tinh", "huyen", "xa", "phuong")


def association_initials(title: str) -> set[str]:
    """The word pairs 'hoi_<initials>' of the associations a title names: {'hoi_nbvn', 'hoi_nb'} for the charter
    of the 'Hội Nhà báo Việt Nam'; and a word of the name with the initials of the rest, as 'Hội Cựu TNXP' writes
    the 'Hội Cựu Thanh niên xung phong': {'cuu_tnxp', 'cuu_tnxpvn'}."""
    found = set()
    name_part = title.split("(")[0]  # not its note: '… VIỆT NAM (trích)'
    for match in _ASSOCIATION_NAME.finditer(" ".join(terms(name_part))):
        words = []
        for word in match.group(1).split():
            if word in _NAME_ENDS and words:
                break
            words.append(word)
        for name in (words, words[:-2] if words[-2:] == ["viet", "nam"] else []):
            if len(name) >= 2:
                found.add("hoi_" + "".join(word[0] for word in name))
            for cut in range(1, len(name) - 1):
                found.add(f"{name[cut - 1]}_" + "".join(word[0] for word in name[cut:]))
    return found


def the_one_named(text: str) -> str | None:
    """The organisation a question is about when it names exactly one, else None."""
    named = named_in(text)
    return next(iter(named)) if len(named) == 1 else None
