"""Is what the question names in the knowledge base at all? A question about 'Hội Cựu chiến binh', 'Luật Đất đai',
'Quy định 214', 'Đảng Cộng sản Trung Quốc' or 'nhiệm kỳ 2025-2030' reads much like one about what the documents
hold, and the passages closest to it in meaning are confidently wrong. When such a name occurs nowhere in the
documents, the honest answer is "không tìm thấy", whatever the scores say. Pure: the knowledge base is asked
through `knows`.

`knows(term)` answers for folded words ('luat') and adjacent word pairs ('luat_dat'), as BM25 indexes them.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable

from bot.search.citations import DOCUMENT_CODES, number_forms
from bot.search.measures import SURNAMES
from bot.text import ABBREVIATIONS, WORD, fold_diacritics, normalize, sentences

Knows = Callable[[str], bool]

DOCUMENT_TYPES = r"quy dinh|quyet dinh|nghi quyet|chi thi|ket luan|huong dan|thong tu|nghi dinh|quy che|thong bao"
# 'Quy định 214', 'QĐ số 08', 'Chỉ thị 35': a document by its number (dates such as 'năm 2025' do not follow these).
_BY_TYPE = re.compile(rf"\b(?:{DOCUMENT_TYPES}|{'|'.join(DOCUMENT_CODES)})\s+(?:so\s+)?(\d{{1,4}})\b")
_BY_CODE = re.compile(rf"\b(\d{{1,4}})\s+(?:{'|'.join(DOCUMENT_CODES)})\b")
# The word before a number when the documents cite it: 'quy định 294', 'số 294', ...
_CITING_WORDS = ("dinh", "quyet", "thi", "luan", "dan", "tu", "che", "bao", "so")
# A law by name; 'kỷ luật' and 'pháp luật' are not laws.
_LAW = re.compile(r"\b(?<!ky )(?<!phap )(?:bo )?luat ([a-z]+)")
# An association ('Hội Nông dân', 'chi hội phụ nữ'), typed with its diacritics: folded 'hoi' is also 'hỏi' (ask).
# 'đại hội', 'xã hội', 'quốc hội', 'cơ hội', 'lễ hội' are words of their own.
_HOI = r"(?<!đại )(?<!xã )(?<!quốc )(?<!cơ )(?<!lễ )(?<!tổng )\bhội"
_ASSOCIATION = re.compile(rf"{_HOI} (?!bao nhiêu\b)(\w+)")
# An association by the two words of its name, typed with its capital ('Hội Nhà văn'): the charter of 'Hội Nhà
# báo' knows 'hội nhà' but not 'nhà văn'. Its first word alone is too weak a sign: words meet across a line break
# ('Đại hội' / 'Văn kiện' gives 'hội văn').
_NAMED_ASSOCIATION = re.compile(rf"{_HOI} ([^\W\d_]+) ([^\W\d_]+)", re.IGNORECASE)
# Typed without diacritics, only well-known associations whose names one seldom 'hỏi' (asks) count: 'hoi phu nu'
# is hardly 'hỏi phụ nữ', while 'hoi sinh vien' is as often 'hỏi sinh viên' as 'Hội Sinh viên'.
# Known by its whole name: 'Hội Người cao tuổi' does not make 'hoi nguoi mu' known.
_PLAIN_ASSOCIATION = re.compile(
    r"\bhoi (phu nu|lien hiep phu nu|cuu chien binh|nong dan|chu thap do|nguoi cao tuoi|khuyen hoc"
    r"|cuu giao chuc|cuu thanh nien xung phong|nan nhan chat doc|nguoi mu|nguoi khuyet tat|doanh nhan tre"
    r"|kien truc su|van hoc nghe thuat|cuu tu chinh tri)\b"
)
# 'Hội Liên hiệp Thanh niên' is not known from 'Hội Liên hiệp Phụ nữ': the word after 'Liên hiệp' names which
# union, and only its pair with 'hiệp' tells (folded 'hoi_thanh' is also 'hội thành lập').
_UNION_OF = re.compile(r"\bhoi lien hiep ([a-z]+)")
# 'Hiệp hội Doanh nghiệp tỉnh', 'hiep hoi du lich': known when the documents write 'hội' with that word after it.
_FEDERATION = re.compile(r"\bhiep hoi ([a-z]+)")
_FRONT = re.compile(r"\bmat tran ([a-z]+)")
# Another country's communist party; the product serves the Communist Party of Vietnam, known whatever the documents.
_COMMUNIST_PARTY = re.compile(r"\bdang cong san ([a-z]+)")
# 'Đảng Lao động Triều Tiên', 'Đảng Dân chủ': a party by a capitalised name (not 'Đảng ủy', 'Đảng viên').
_NAMED_PARTY = re.compile(r"\bĐảng ([A-ZĐ]\w*)")
# A congress term ('nhiệm kỳ 2025-2030'): the documents hold the reports of some terms, not of the others.
_TERM = re.compile(r"\b(?:nhiem ky|nk) (\d{4}) (\d{4})\b")
# A congress or a committee by its roman number ('Đại hội XIII', 'khóa XIV', 'lần thứ XIX'): documents about it
# write the number somewhere.
_ROMAN_TERM = re.compile(r"\b(?:khoa|dai hoi|lan thu)\s+([ivxl]{2,})\b")
# A form by its code ('Mẫu KK-03', 'mẫu số QH-01'): a guide that has it lists its code; one it does not list is
# another guide's (the closest passage, the list of this guide's forms, does not say what it is for).
_FORM = re.compile(r"\bmau (?:so )?([a-z]{1,5}) (\d{1,3})\b")
# Breakthroughs ('khâu đột phá') are a congress resolution's own kind of content: knowledge without the word has
# no resolution that sets them, and the closest passage (the term's tasks) answers another question.
_BREAKTHROUGH = re.compile(r"\bdot pha\b")
# Terms of party work a passage that answers would use: a question built on one the documents never write
# ('khiển trách hay cảnh cáo' over a knowledge base without discipline rules) is about something they do not cover.
# Terms of two to four syllables written one way only: others are written in several ways ('miễn sinh hoạt' /
# 'miễn công tác và sinh hoạt'). An abbreviation typed for one counts as the term ('thẻ BHYT').
# The state's civil-registration papers ('đăng ký thường trú', 'làm căn cước') are asked of the bot too; party
# documents seldom write them, and when they do not, the closest passage (a party procedure's papers) misleads.
_TERMS = {
    fold_diacritics(term): term
    for term in (
        "khiển trách",
        "cảnh cáo",
        "cách chức",
        "khai trừ",
        "đảng phí",
        "dự bị",
        "thẻ đảng",
        "huy hiệu",
        "xóa tên",
        "thời hiệu",
        "tố cáo",
        "khiếu nại",
        "tuổi đảng",
        "xếp loại",
        "kiểm điểm",
        "thường trú",
        "tạm trú",
        "khai sinh",
        "khai tử",
        "căn cước",
        "hộ khẩu",
        "hộ chiếu",
        "bằng lái",
        # When a discipline ends: a rule that says writes the phrase; the rules on discipline itself do not.
        "xóa kỷ luật",
        "hết kỷ luật",
        # The state's insurance, taxes, land, pay scales, business and e-government papers: asked of the bot as
        # often as civil registration, and just as seldom written in party documents. Not shares and securities:
        # a rule on members in business writes 'cổ phần' and answers 'mua cổ phiếu được không'.
        "bảo hiểm y tế",
        "bảo hiểm xã hội",
        "bảo hiểm thất nghiệp",
        "thuế thu nhập",
        "mã số thuế",
        "lệ phí trước bạ",
        "sổ đỏ",
        "thu hồi đất",
        "quyền sử dụng đất",
        "lương tối thiểu",
        "lương hưu",
        "trợ cấp thôi việc",
        "vốn điều lệ",
        "giấy phép kinh doanh",
        "hộ kinh doanh",
        "học phí",
        "nghĩa vụ quân sự",
        "chữ ký số",
        "định danh điện tử",
        "đăng kiểm",
    )
}
_CLAUSE = re.compile(r"[,.;:!?()…\n]")
# A person or a company by its proper name, as typed with capitals: 'đồng chí Nguyễn Văn Hùng', 'Công ty cổ phần
# Cấp nước Bình Lâm'. Documents that answer about them write the name. A person's name has three words or more: two
# capitalised words after a family name are as often a place ('Hà Nội', 'Cao Bằng'), which places.py weighs.
_PERSON = re.compile(rf"(?<![\w.])(?<!Thành phố )(?<!TP )(?:{SURNAMES})(?:\s+\w+){{2,3}}")
_COMPANY = re.compile(r"\b[Cc]ông ty\s+(?:(?:[Cc]ổ phần|TNHH|[Tt]rách nhiệm hữu hạn|CP)\s+)*(\w+(?:\s+\w+){0,4})")
# A company's name capitalises its first word only ('Cấp nước Bình Lâm'); it ends where the question goes on.
_AFTER_NAME = frozenset(
    {"nam", "co", "la", "duoc", "da", "dang", "thi", "o", "tai", "bao", "lai", "nhu", "trong", "cua", "cho", "voi"}
    | {"khong", "va", "hay", "nao", "gi", "may", "khoa", "nhiem"}  # 'Công ty … khóa VI', '… nhiệm kỳ'
)
_FAMOUS = frozenset({"ho chi minh"})  # named in the party's own name for its ideology; known whatever the documents
# Words that follow a head word without naming anything ('luật gì', 'hội nào', 'công tác hội ở xóm').
_NOT_NAMES = frozenset(
    {"gi", "nao", "nay", "do", "ay", "kia", "la", "va", "hay", "thi", "co", "cua", "moi", "cu", "theo"}
    | {
        "o",
        "tai",
        "voi",
        "cho",
        "trong",
        "ngoai",
        "nua",
        "roi",
        "duoc",
        "khong",
        "cung",
        "ma",
        "de",
        "ve",
        "den",
        "tu",
    }
)
# After 'hội' (typed with diacritics), also the particles closing a question or a clause ('đủ để thành lập chi hội
# chưa?', 'vào hội thì sao'); folded, some are names after 'luật' ('Luật Cán bộ, công chức' is 'luat can').
_NOT_ASSOCIATIONS = _NOT_NAMES | {
    "chua",
    "a",
    "nhe",
    "vay",
    "dau",
    "sao",
    "phai",
    "can",
    "se",
    "da",
    "nen",
    "luon",
    "may",
}


def unknown_names(question: str, knows: Knows, knows_term: Knows | None = None) -> list[str]:
    """The named things of `question` that the knowledge base never mentions, as typed; empty when all are known.
    Terms of party work are also looked up with `knows_term` (the curated FAQ answers about them too). An
    association is known by its full name too ('Hội Phụ nữ' where the charter writes 'Hội Liên hiệp Phụ nữ')."""
    text = normalize(question)
    folded = " ".join(WORD.findall(fold_diacritics(text).lower()))
    accented = " ".join(WORD.findall(text.lower()))
    found: list[str] = []
    for number in {*_BY_TYPE.findall(folded), *_BY_CODE.findall(folded)}:
        if not _knows_document(number, knows):
            found.append(f"văn bản số {number}")
    for pattern, head, source in (
        (_LAW, "luat", folded),
        (_FRONT, "tran", folded),
        (_COMMUNIST_PARTY, "san", folded),
        (_ASSOCIATION, "hoi", accented),
    ):
        for match in pattern.finditer(source):
            if head == "hoi" and _acts(text, match.group(1)):
                continue
            name = fold_diacritics(match.group(1))
            if name in ABBREVIATIONS:  # 'Hội CCB' is 'Hội Cựu chiến binh'
                name = fold_diacritics(ABBREVIATIONS[name]).split()[0]
            known = knows(f"{head}_{name}") or (head == "hoi" and knows(f"hiep_{name}"))
            ignored = _NOT_ASSOCIATIONS if head == "hoi" else _NOT_NAMES
            if name not in ignored and not known and (head, name) != ("san", "viet"):
                found.append(match.group(0))
    for match in _NAMED_ASSOCIATION.finditer(text):
        first, second = (fold_diacritics(word).lower() for word in match.groups())
        if not match.group(1)[0].isupper() or match.group(1).isupper() or second in _NOT_ASSOCIATIONS | _AFTER_NAME:
            continue  # not a name, an abbreviation ('Hội CCB'), or a name of one word
        if knows(f"hoi_{first}") and not knows(f"{first}_{second}"):
            found.append(match.group(0))
    for match in _PLAIN_ASSOCIATION.finditer(folded):
        words = match.group(1).split()
        named = knows(f"hoi_{words[0]}") or knows(f"hiep_{words[0]}")
        reported = any(fold_diacritics(name.lower()).startswith(f"hoi {words[0]}") for name in found)
        if not reported and not (named and all(knows(f"{a}_{b}") for a, b in itertools.pairwise(words))):
            found.append(match.group(0))
    for match in _FEDERATION.finditer(folded):
        if not knows(f"hoi_{match.group(1)}"):
            found.append(match.group(0))
    for match in _UNION_OF.finditer(folded):
        if match.group(1) not in _NOT_ASSOCIATIONS and not knows(f"hiep_{match.group(1)}"):
            found.append(match.group(0))
    for match in _NAMED_PARTY.finditer(text):
        name = fold_diacritics(match.group(1)).lower()
        if name not in _NOT_NAMES and not knows(f"dang_{name}"):
            found.append(match.group(0))
    for start, end in _TERM.findall(folded):
        if not knows(f"{start}_{end}"):
            found.append(f"nhiệm kỳ {start}-{end}")
    for letters, digits in _FORM.findall(folded):
        if not any(knows(f"{letters}_{form}") for form in number_forms(digits)):
            found.append(f"mẫu {letters.upper()}-{digits}")
    for numeral in _ROMAN_TERM.findall(folded):
        if not knows(numeral):
            found.append(numeral.upper())
    told = sentences(text)
    for term in _terms_of_work(told[-1] if told else ""):  # a story's terms are told; its last sentence asks
        pairs = [f"{a}_{b}" for a, b in itertools.pairwise(term.split())]
        if not all(map(knows, pairs)) and not (knows_term is not None and all(map(knows_term, pairs))):
            found.append(term)
    people = (_person(m.group(0)) for m in _PERSON.finditer(text))
    companies = (_company(m.group(1)) for m in _COMPANY.finditer(text) if m.group(1)[0].isupper())
    for name in filter(None, [*people, *companies]):
        # Initials in a name ('Công ty CTN Bắc Lũng' of 'Cấp thoát nước') are not the words the documents write.
        words = [fold_diacritics(word).lower() for word in name.split() if not (len(word) > 1 and word.isupper())]
        if not words:
            continue
        known = all(knows(f"{a}_{b}") for a, b in itertools.pairwise(words)) if len(words) > 1 else knows(words[0])
        if " ".join(words) not in _FAMOUS and not known:
            found.append(name)
    if _BREAKTHROUGH.search(folded) and not knows("dot_pha"):
        found.append("đột phá")
    return found


def _acts(text: str, word: str) -> bool:
    """'Hội xét tặng …': the association doing something, 'Hội' typed with its capital and the next word without,
    not a name ('Hội Phụ nữ'; well-known names typed plain are caught by _PLAIN_ASSOCIATION)."""
    return re.search(rf"\bHội {re.escape(word)}\b", text) is not None


def _terms_of_work(text: str) -> list[str]:
    """The terms of party work the question is built on, folded ('tuoi dang'): two to four words of one clause, each
    typed plain or as the term writes it, so that '72 tuổi, đang là' or '72 tuổi đang là' is no 'tuổi đảng'."""
    found = []
    for clause in _CLAUSE.split(text.lower()):
        typed = [word for typed in WORD.findall(clause) for word in _expanded(typed)]
        for size in (2, 3, 4):
            for words in zip(*(typed[i:] for i in range(size)), strict=False):
                folded = fold_diacritics(" ".join(words))
                term = _TERMS.get(folded)
                if term and all(w == fold_diacritics(w) or w == t for w, t in zip(words, term.split(), strict=True)):
                    found.append(folded)
    return found


def _expanded(word: str) -> list[str]:
    """A typed word, or the words an abbreviation stands for as the term writes them ('bhyt': bảo hiểm y tế)."""
    expansion = ABBREVIATIONS.get(fold_diacritics(word))
    return expansion.split() if expansion is not None and " " in expansion else [word]


def _person(words: str) -> str | None:
    """A family name and two or three more capitalised words ('Lê Thị Hồng Nhung'); None for fewer."""
    kept = list(itertools.takewhile(lambda word: word[0].isupper(), words.split()))
    return " ".join(kept) if len(kept) >= 3 else None


def _company(words: str) -> str:
    """The name of 'Công ty …' up to the words that go on with the question ('Cấp nước Bình Lâm' of '… năm 2024')."""
    kept = itertools.takewhile(lambda word: fold_diacritics(word).lower() not in _AFTER_NAME, words.split())
    return " ".join(kept) or words.split()[0]


def _knows_document(number: str, knows: Knows) -> bool:
    forms = number_forms(number)
    return any(knows(f"{form}_{code}") for form in forms for code in DOCUMENT_CODES) or any(
        knows(f"{word}_{form}") for form in forms for word in _CITING_WORDS
    )
