"""What a question asks to be measured, and whether a passage states it: 'bao nhiêu phần trăm', 'phạt bao nhiêu
tiền', 'mấy năm', 'bao nhiêu ủy viên', 'Ai được bầu làm Bí thư…?'. Pure; read once per question (Query.measures).
"""

from __future__ import annotations

import re

from bot.text import fold_diacritics, normalize, sentences

# A question asking for a measure ('bao nhiêu phần trăm', 'phạt bao nhiêu tiền', 'mấy tuổi', 'bao nhiêu tấn')
# is answered only by a passage that states one. Passages on the right topic without it are what near-domain
# questions get ('Lái xe có nồng độ cồn bị phạt bao nhiêu tiền?' -> the party's rule on drunk driving, which
# names no fine). Folded text; each measure: what the question says, what the passage must have.
_NUMBER = r"\d[\d.,]*\s*"
# A number in digits or in words ('12 tháng', 'mười hai tháng', 'hai đảng viên').
# Separators only between digits: '5. Chi bộ mới thành lập…' is an item's number, not five branches.
_COUNT = r"(?:\d+(?:[.,]\d+)*|mot|hai|ba|bon|tu|nam|sau|bay|tam|chin|muoi|tram|nghin|ngan)"
# Folded, '05 đồng chí' reads as a sum: the currency is a 'đồng' not followed by 'chí', 'ý' or 'viên'.
_DONG = r"dong(?! chi\b| y\b| vien\b)"
_SUM = rf"{_NUMBER}(?:d|{_DONG}|vnd|trieu|ty|nghin|ngan)\b|\b(?:trieu|ty|nghin|ngan) dong\b"
_PEOPLE = "nguoi|dang vien|uy vien|dong chi|dai bieu|thanh vien|doan vien|hoi vien|khach"
_MEMBER_WORDS = f"{_PEOPLE}|chi bo|to chuc|dang bo"
_MEMBERS = rf"(?:{_MEMBER_WORDS})"
_MEMBERS_TYPED = rf"(?:{_MEMBER_WORDS}|dv)"  # as typed: 'bao nhiêu ĐV' (the passage spells it out)
_MEASURES = {
    "percent": (
        re.compile(r"\b(?:bao nhieu|may) (?:phan tram|%)|(?:bao nhieu|may) ?%"),
        # 'quá một nửa', 'hai phần ba', '2/3' are shares too; '03/02/2026' is a date.
        re.compile(r"%|\bphan tram\b|(?<![\d/])\d/\d(?![\d/])|\bnua\b|\bphan (?:hai|ba|tu|nam|muoi)\b"),
    ),
    "money": (
        re.compile(
            r"\b(?:bao nhieu|may) (?:tien|dong(?! chi\b| y\b| vien\b)|trieu|ty(?! le\b)|nghin|ngan)\b"
            r"|\bphat bao nhieu\b|\bso tien (?:tu |la )?bao nhieu\b"
            # 'Phụ cấp … được bao nhiêu?', 'mức lương … bao nhiêu?': pay is a sum. Folded 'luong' alone is also
            # 'lượng' (sản lượng, số lượng) and 'lương thực': only phrases that are pay whatever the accents.
            r"|\b(?:phu cap|thu lao|muc luong|tien luong|luong co so|luong (?:cua|chu tich|bi thu|can bo|cong chuc))\b"
            r"[^.?!]*\bbao nhieu\b"
        ),
        # Dues are a share of pay ('1% tiền lương') as often as a sum ('2.000 đồng').
        re.compile(rf"{_SUM}|%|phan tram"),
    ),
    # Pay asked as a sum ('Phụ cấp bí thư chi bộ thôn bao nhiêu?', 'Lương cơ sở hiện nay bao nhiêu?') is a sum in
    # money or a coefficient of base pay: the dues passage's '1% tiền lương' names pay but states neither. Unless
    # the question is about dues or fees, where pay is only what the share is taken from ('lương 10 triệu thì
    # đóng đảng phí bao nhiêu').
    "pay": (
        re.compile(
            r"^(?!.*\b(?:\w+ phi|nop|dong|trich)\b).*\b(?:phu cap|thu lao|muc luong|tien luong|luong co so"
            r"|luong (?:toi thieu|cua|chu tich|bi thu|can bo|cong chuc))\b[^.?!]*\bbao nhieu\b"
        ),
        re.compile(rf"{_SUM}|\bhe so\b"),
    ),
    # A person's age is a number of years ('đủ 18 tuổi', 'từ 16 đến 30 tuổi'); '50 năm tuổi đảng' is a party age.
    "age": (
        re.compile(r"\b(?:bao nhieu|may) tuoi\b(?! dang)"),
        re.compile(rf"\b{_COUNT}\s+tuoi\b(?! dang)|\b(?:do|tuoi) tuoi\b|\btuoi (?:doi|tho)\b"),
    ),
    "party age": (re.compile(r"\b(?:bao nhieu|may) (?:nam )?tuoi dang\b"), re.compile(r"\btuoi dang\b")),
    # 'mấy năm', 'bao nhiêu ngày' (not the looser 'bao lâu': any passage on a procedure names some time).
    "duration": (
        re.compile(r"\b(?:bao nhieu|may) (?:nam|thang|ngay|tuan)\b"),
        # 'mỗi quý một lần', 'hằng tháng' answer 'mấy tháng một lần' too, and '48 giờ' answers 'mấy ngày'.
        re.compile(rf"\b{_COUNT}\s+(?:nam|thang|ngay|tuan|quy|gio)\b|\b(?:hang|moi) (?:nam|thang|ngay|tuan|quy)\b"),
    ),
    "count": (
        re.compile(rf"\b(?:bao nhieu|may) {_MEMBERS_TYPED}\b"),
        re.compile(rf"\b{_COUNT}\s+(?:\w+\s+){{0,2}}?{_MEMBERS}\b"),
    ),
    # What a thing is made of or where a person comes from ('Huy hiệu làm bằng vàng hay bằng đồng?', 'quê ở đâu?'):
    # a rule on the badge or a congress report that names the new secretary seldom says, and then nothing answers.
    "material": (
        re.compile(r"\blam bang (?:chat lieu )?(?:gi|vang|dong|bac)\b|\bchat lieu\b"),
        re.compile(r"\bchat lieu\b|\blam bang\b|\b(?:bang|ma) (?:vang|dong|bac|nhua|giay|kim loai|vai|go|thep)\b"),
    ),
    # A calendar day ('khai mạc vào ngày nào', 'họp vào ngày mấy', 'trao vào dịp nào'), not the event a period counts
    # from ('tuổi đảng tính từ ngày nào': the day of the admission decision).
    "date": (
        re.compile(r"^(?!.*\btu (?:ngay|hom) nao\b).*(?:\b(?:ngay|hom|dip) nao\b|\bngay may\b)"),
        re.compile(
            r"\bngay \d|(?<![\d/])\d{1,2}/\d{1,2}(?![\d/]?\d)|\bngay (?:mung|mong|dau|cuoi)\b|\bdip\b|\bky niem\b"
            r"|\bngay (?:\w+ ){1,2}thang\b|\bhang (?:thang|nam|quy)\b|\bthang \d"
            r"|\b(?:dau|cuoi|giua) (?:moi )?(?:nam|thang|quy)\b"
        ),
    ),
    "hometown": (re.compile(r"\bque (?:quan )?(?:o )?dau\b"), re.compile(r"\bque\b")),
    # How to reach an office ('số điện thoại của Ban Tổ chức là số mấy?', 'làm việc ở địa chỉ nào?', 'mở cửa mấy
    # giờ?'): a guide's closing article names the office, seldom its phone, street or hours; a passage that answers
    # writes them in figures.
    "phone": (
        re.compile(r"\b(?:so dien thoai|sdt|so dt|hotline|duong day nong|so di dong|dien thoai di dong)\b"),
        re.compile(r"(?<![\d.,/])0\d{2,3}(?:[ .]?\d){6,8}(?![\d,/])|\b1[89]00[ .]?\d{3,4}\b"),
    ),
    "address": (
        re.compile(r"\bdia chi\b"),
        re.compile(r"\bdia chi\b|\bso \d+[a-z]?,? (?:duong|pho|ngo|hem)\b|\b(?:duong|pho) [a-z]+ [a-z]+,"),
    ),
    # Which year ('thành lập năm nào', 'sinh năm bao nhiêu'): a passage that answers writes one. Not 'năm nào cũng'
    # (every year) nor 'hằng năm bao nhiêu phần trăm' (a yearly share).
    "which year": (
        re.compile(r"\bnam nao\b(?! cung)|\bsinh nam bao nhieu\b"),
        re.compile(r"(?<![\d.,])(?:19|20)\d\d(?!\d|[.,]\d)"),
    ),
    "clock": (
        re.compile(r"\bmay gio\b|\b(?:gio|khung gio) nao\b"),
        re.compile(r"\b\d{1,2}\s*(?:gio|h)(?:\s*\d{2})?\b|\b\d{1,2}:\d{2}\b"),
    ),
    "tonnes": (re.compile(r"\b(?:bao nhieu|may) tan\b"), re.compile(rf"{_NUMBER}tan\b")),
    "area": (re.compile(r"\b(?:bao nhieu|may) (?:ha|hecta|hec ta)\b"), re.compile(rf"{_NUMBER}(?:ha|hecta|hec ta)\b")),
    "length": (
        re.compile(r"\b(?:bao nhieu|may) (?:km|ki lo met|kilomet|met|cm|xen ti met|mm|mi li met)\b"),
        re.compile(rf"{_NUMBER}(?:km|ki lo met|kilomet|m|met|cm|xen ti met|mm|mi li met)\b"),
    ),
    # Paper by its weight ('giấy định lượng bao nhiêu gam'): a formatting guide that names the paper's size only
    # ('khổ A4') does not say.
    "weight": (
        re.compile(r"\b(?:bao nhieu|may) (?:g|gam|gram|kg|ki lo gam|kilogam)\b"),
        re.compile(rf"{_NUMBER}(?:g|gam|gram|kg|ki lo gam|kilogam)\b"),
    ),
}


# Who holds a post ('Ai được bầu làm Bí thư…?', '… Bí thư Đảng ủy phường khóa XIV là ai?') is answered by a name
# ('đồng chí Nguyễn Văn An', 'Bí thư … Thân Minh Quế'), read with its capitals: a title and a name, or a family
# name and one to three more; who may do something ('Ai có quyền kỷ luật…') is answered by a body, not checked.
# The post asked about must be named too: 'Ai đang làm Chủ tịch UBND xã?' is not answered by a list of the branch
# committee's members, however many names it gives.
_POST = (
    r"(tong bi thu|pho bi thu|bi thu|pho chu tich|chu tich|chu nhiem|truong ban|giam doc|pho chanh van phong"
    r"|chanh van phong)"
)
_ASKS_PERSON = re.compile(
    rf"\bai (?:(?:duoc )?(?:bau|cu) )?(?:dang |hien )?(?:lam|giu(?: chuc)?|la) {_POST}\b"
    rf"|\b{_POST}\b.* la (?:ai|dong chi nao)\s*\W*$"
)
SURNAMES = (
    "Nguyễn|Trần|Lê|Phạm|Hoàng|Huỳnh|Phan|Vũ|Võ|Đặng|Bùi|Đỗ|Hồ|Ngô|Dương|Lý|Thân|Đinh|Trịnh|Đoàn|Lâm|Mai|Trương|Hà"
    "|Lương|Tạ|Cao|Chu|Phùng|Vương|Tô|Lưu|Kiều|Quách|Triệu|Tăng|Lục|Nông|Hứa|Thái|Văn|Đào|Đàm|La|Khúc|Giang|Tống"
)
# Who signed, or a person's name asked outright ('do đồng chí nào ký ban hành?', 'thầy dạy lớp đó tên là gì?'): a
# name answers; the signature block is never indexed, so a regulation's closing article does not. 'Ai ký quyết
# định kết nạp?' asks for the authority (a body), and is not checked.
_ASKS_NAME = re.compile(
    r"\bdong chi nao (?:da )?ky\b|\bai (?:da )?ky ban hanh\b"
    r"|\b(?:dong chi|ong|ba|thay|co|gv|giao vien|nguoi)\b.*\bten (?:la )?gi\b"
    rf"|\b{_POST}\b.*\bten (?:la )?gi\b"
)
_NAMED_PERSON = re.compile(
    rf"\b(?:(?:[Đđ]ồng chí|[Đđ]/c|[Ôô]ng|[Bb]à)\s+[A-ZĐÀ-Ỹ]\w*|(?:{SURNAMES})(?:\s+[A-ZĐÀ-Ỹ]\w*){{1,3}})"
)
# 'mấy' also means 'a few': 'mấy năm nay', 'mấy tháng liền', 'mấy năm trước' tell, they do not ask.
_A_FEW = re.compile(r"\bmay (\w+(?: vien| chi)?) (?:nay|lien|qua|truoc|roi|gan day)\b")


# A colour is asked with its diacritics only: folded 'mau nao' is as often 'mẫu nào' (which form).
_ASKS_COLOUR = re.compile(r"\bmàu (?:gì|nào)|\bmàu sắc\b")
_COLOUR = re.compile(r"\bmàu\b|\b(?:đỏ|vàng|xanh|trắng|đen|tím|hồng|nâu|bạc)\b", re.IGNORECASE)


def asked(question: str) -> tuple[str, ...]:
    """The measures the question asks for ('percent', 'money', 'age', …); empty for most questions. A member's
    story asks in its last sentence: figures told before it ('thăm mấy đồng chí ốm') are not asked for."""
    told = sentences(normalize(question))
    last = told[-1] if told else ""
    folded = _A_FEW.sub(" ", fold_diacritics(last))
    holder = _ASKS_PERSON.search(folded)
    person = ("person", f"post {holder.group(1) or holder.group(2)}") if holder else ()
    if not person and _ASKS_NAME.search(folded):
        person = ("person",)
    colour = ("colour",) if _ASKS_COLOUR.search(last.lower()) else ()
    asked_for = tuple(name for name, (asked, _) in _MEASURES.items() if asked.search(folded)) + person + colour
    if "money" in asked_for and not _SHARE_OF_PAY.search(folded):
        asked_for = tuple("sum" if name == "money" else name for name in asked_for)
    if "pay" in asked_for:  # a coefficient of base pay answers too ('hệ số 0,15'), not only a sum in money
        asked_for = tuple(name for name in asked_for if name not in ("sum", "money"))
    return asked_for + _units_asked(folded) + _years_asked(folded)


# A head count of one kind ('bao nhiêu ủy viên', 'mấy chi bộ') is a number of that kind or of what may stand for it
# ('15 đồng chí'), not just any count: a report's '486 đảng viên' does not say how many members the Front's
# committee has. A share answers how many members must agree ('2/3 số đảng viên'); 'bao nhiêu người' takes any.
_COUNTED_AS = {
    "uy vien": "uy vien|dong chi|thanh vien|nguoi",
    "dang vien": "dang vien|dong chi|nguoi",
    "dai bieu": "dai bieu|dong chi|nguoi",
    "doan vien": "doan vien|nguoi",
    "hoi vien": "hoi vien|nguoi",
    "dong chi": _PEOPLE,
    "thanh vien": _PEOPLE,
    "chi bo": "chi bo|to chuc",
    "to chuc": "to chuc|chi bo|dang bo",
    "dang bo": "dang bo|to chuc",
    "cu tri": "cu tri|nguoi",
    "ho dan": "ho dan|ho gia dinh|ho",
    "ho gia dinh": "ho dan|ho gia dinh|ho",
    "doanh nghiep": "doanh nghiep|cong ty|don vi",
}
_TYPED_UNITS = {"dv": "dang vien"}
_UNIT_ASKED = re.compile(rf"\b(?:bao nhieu|may) ({'|'.join([*_COUNTED_AS, *_TYPED_UNITS])})\b")
_UNIT_STATED = {
    unit: re.compile(rf"\b{_COUNT}\s+(?:\w+\s+){{0,2}}?(?:{words})\b") for unit, words in _COUNTED_AS.items()
}


# The bodies a congress or a committee elects, folded ('bch' as typed).
ELECTED_BODIES = r"ban chap hanh|bch|chi uy|ban thuong vu|cap uy|uy ban kiem tra"
# 'Bầu Ban Chấp hành bao nhiêu người?' asks how many members the body has: a share of votes does not say.
_BODY_SIZE = re.compile(rf"\b(?:{ELECTED_BODIES})\b.*\b(?:bao nhieu|may) (?:nguoi|dong chi)\b")


def _units_asked(folded_sentence: str) -> tuple[str, ...]:
    units = [_TYPED_UNITS.get(unit, unit) for unit in _UNIT_ASKED.findall(folded_sentence)]
    if _BODY_SIZE.search(folded_sentence):
        units.append("uy vien")
    return tuple(f"count of {unit}" for unit in dict.fromkeys(units))


def _states_count_of(unit: str, folded: str) -> bool:
    if unit == "dang vien" and _MEASURES["percent"][1].search(folded):
        return True
    return _UNIT_STATED[unit].search(folded) is not None


# A figure asked for one year ('Thu nhập bình quân năm 2015 là bao nhiêu?', 'năm 2024 kỷ luật bao nhiêu ĐV?') is
# that year's: a report's or resolution's other years do not state it. A rule holds across years ('đảng phí năm 2025
# bao nhiêu' is what the rule in force says), so only one place's documents are checked (`for_rules` drops the
# year). A term ('nhiệm kỳ 2015-2020') is written many ways and is left to the words; a story's years ('Năm 2016
# tôi…') are told, not asked for.
_YEAR = re.compile(r"\bnam ((?:19|20)\d\d)\b(?!\s*[-–]\s*\d)")
ASKS_FIGURE = re.compile(r"\b(?:bao nhieu|may)\b")  # folded: the question asks for a figure


def for_rules(measures: tuple[str, ...]) -> tuple[str, ...]:
    """What a rule, not one place's report, must state of what is asked: everything but the year."""
    return tuple(name for name in measures if not name.startswith("year "))


def _years_asked(folded_sentence: str) -> tuple[str, ...]:
    if not ASKS_FIGURE.search(folded_sentence):
        return ()
    return tuple(f"year {year}" for year in dict.fromkeys(_YEAR.findall(folded_sentence)))


# A share answers 'bao nhiêu tiền' only of dues, fees and pay ('đóng đảng phí bao nhiêu', '1% tiền lương'); a
# bonus, a fine or a price asked as a sum ('được thưởng bao nhiêu tiền') needs a sum: a passage's '20%' quota is not.
_SHARE_OF_PAY = re.compile(r"\b(?:\w+ phi|dong|nop|trich|luong)\b")
_SUM_STATED = re.compile(_SUM)


def stated(measures: tuple[str, ...], text: str, title: str = "") -> bool:
    """The text states every measure asked for: a passage without one does not answer the question. A year may
    stand in the document's title instead ('Quy định … năm 2026')."""
    text = normalize(text)
    folded = fold_diacritics(text)

    def states(name: str) -> bool:
        if name == "person":
            return bool(_NAMED_PERSON.search(text))
        if name == "colour":
            return _COLOUR.search(text) is not None
        if name == "sum":
            return _SUM_STATED.search(folded) is not None
        if name.startswith("post "):
            return re.search(rf"\b{name[5:]}\b", folded) is not None
        if name == "count":  # 'bao nhiêu người' is a number of people or a share of them ('20% số đảng viên')
            return any(_MEASURES[kind][1].search(folded) for kind in ("count", "percent"))
        if name.startswith("count of "):
            return _states_count_of(name[9:], folded)
        if name.startswith("year "):
            return re.search(rf"(?<!\d){name[5:]}(?!\d)", f"{title}\n{text}") is not None
        return _MEASURES[name][1].search(folded) is not None

    return all(states(name) for name in measures)
