"""Whether a question asks what a congress planned, what it achieved or whom it elected, and which a passage reports.

A political report or congress resolution tells both, in the same words: 'kết nạp 148 đảng viên mới' under the
results of the past term, 'kết nạp từ 150 đảng viên trở lên' under the targets of the next. Asked 'nhiệm kỳ mới
đặt chỉ tiêu kết nạp bao nhiêu đảng viên', the passage that reads closest may be the result. The part a passage
sits in is in its citation ('Phần II. Phương hướng, mục tiêu, chỉ tiêu… — 2. Các chỉ tiêu chủ yếu'), and the
question's words say which it asks for. Who was elected ('ai làm bí thư', 'chi ủy khóa mới gồm những ai') is in the
part on the elections ('IV. Kết quả bầu cử'), not in the opening that names the guests from the level above. Pure;
folded words.
"""

from __future__ import annotations

import re

from bot.search.measures import ASKS_FIGURE, ELECTED_BODIES
from bot.text import fold_text

TARGET, RESULT, ELECTION = "target", "result", "election"

# Targets have words of their own; results are asked in everyday words ('kết quả', 'đã thực hiện'), which ask for
# a congress's results only in a question about a congress or its term ('kết quả kiểm tra' on a regulation does not).
_ABOUT_A_CONGRESS = re.compile(r"\b(?:nhiem ky|dai hoi|nghi quyet|bao cao chinh tri|van kien)\b")
_ASKS_TARGET = re.compile(
    r"\b(?:chi tieu|muc tieu|phan dau|phuong huong|dat ra|de ra|dinh huong|den nam|nhiem vu trong tam|dot pha)\b"
)
# What looks back at the past term ('nhiệm kỳ qua', 'đã kết nạp'), a part of asking for its results.
_PAST = r"nhiem ky (?:qua|truoc|vua qua)|da (?:dat|ket nap|thuc hien|hoan thanh|lam duoc|xay dung)"
_ASKS_RESULT = re.compile(rf"\b(?:ket qua|dat duoc|duoc bao nhieu|thanh tuu|{_PAST}|thuc hien duoc)\b")
_ASKS_ELECTED = re.compile(
    r"\bai (?:(?:duoc )?(?:bau|cu|chon) )?(?:dang |hien )?(?:lam|la|giu)\b"
    r"|\b(?:gom|co|la) nhung ai\b|\bla ai\b|\bbau (?:ai|nhung ai)\b|\btrung cu\b|\bket qua bau\b"
)
# The next term or a year ahead, asked with a figure ('nhiệm kỳ mới muốn kết nạp được bao nhiêu', 'đến 2030 phải
# đạt bao nhiêu'), asks for a target even in words that also ask for results ('được bao nhiêu').
_AHEAD = re.compile(
    r"\b(?:nhiem ky (?:moi|toi|sau|ke tiep)|den (?:nam )?20\d\d|(?:nhung|may|\d+|nam) nam (?:sap )?toi|giai doan toi)\b"
)
_ELECTS = re.compile(r"\b(?:bau|trung cu|ung cu)\b")  # 'nhiệm kỳ tới bầu mấy chi ủy viên' asks the rule
_LOOKS_BACK = re.compile(rf"\b(?:{_PAST})\b")
_ABOUT_A_TERM = re.compile(r"\b(?:nhiem ky|dai hoi|khoa (?:moi|[ivxlc]+|\d+))\b")
# 'Ban chấp hành khóa mới có bao nhiêu người?': the size of a body just elected, not the rule on its size.
_ELECTED_BODY = re.compile(
    rf"\b(?:{ELECTED_BODIES})\b.*"
    r"\b(?:khoa moi|khoa (?:[ivxlc]+|\d+)|vua (?:duoc )?bau|moi (?:duoc )?bau|da bau|trung cu)\b"
)
_COUNT = re.compile(r"\b(?:bao nhieu|may) (?:nguoi|dong chi|uy vien|thanh vien|vi)\b")
# A report names its own term in its title ('… nhiệm kỳ 2025 – 2030'); a part naming an earlier term looks back.
_TERM = re.compile(r"\b((?:19|20)\d\d) ?[-–—] ?((?:19|20)\d\d)\b")
_ELECTION_PART = re.compile(
    r"\b(?:bau cu|ket qua bau|bau (?:ban chap hanh|chi uy|cap uy|bi thu|doan dai bieu)|trung cu)\b"
)
# The heads of a report's parts: 'Phương hướng, mục tiêu, chỉ tiêu…', 'Nhiệm vụ, giải pháp', 'Khâu đột phá' look
# ahead; 'Kết quả thực hiện nghị quyết…', 'Đánh giá tình hình…' look back.
_TARGET_PART = re.compile(r"\b(?:phuong huong|muc tieu|chi tieu|nhiem vu,? giai phap|dot pha)\b")
_RESULT_PART = re.compile(r"\b(?:ket qua|danh gia|tinh hinh|thanh tuu|han che|bai hoc|kiem diem)\b")


def asked(question: str) -> str | None:
    """ELECTION, TARGET or RESULT when the question's words ask for one of them only; else None."""
    folded = fold_text(question)
    if _ASKS_ELECTED.search(folded) and _ABOUT_A_TERM.search(folded):
        return ELECTION
    if _ELECTED_BODY.search(folded) and _COUNT.search(folded):
        return ELECTION
    ahead = _AHEAD.search(folded) and ASKS_FIGURE.search(folded)
    if ahead and not _LOOKS_BACK.search(folded) and not _ELECTS.search(folded):
        return TARGET
    target = _ASKS_TARGET.search(folded)
    result = _ASKS_RESULT.search(folded) and _ABOUT_A_CONGRESS.search(folded)
    if bool(target) == bool(result):
        return None
    return TARGET if target else RESULT


def for_document(plan: str | None, named_term: int | None, document_term: int | None) -> str | None:
    """What a question asks of one document: a term it names decides against the document's own term (that term's
    targets, or an earlier term's results), whatever its words say ('Cả nhiệm kỳ 2025 - 2030 phải kết nạp được bao
    nhiêu' reads like a result, and asks the 2025 - 2030 resolution for a target); who was elected stays so."""
    if plan == ELECTION or named_term is None or document_term is None:
        return plan
    return TARGET if named_term >= document_term else RESULT


def term_of(title: str) -> int | None:
    """The first year of the term a report or resolution is for, from its title ('… nhiệm kỳ 2025 – 2030'), or
    that a question names ('Cả nhiệm kỳ 2025 - 2030 …'); None when there is none."""
    found = _TERM.search(fold_text(title))
    return int(found.group(1)) if found else None


def part_of(citation: str, term: int | None = None) -> str | None:
    """ELECTION for the part on the elections; RESULT for a part naming a term that ended by the document's own
    `term` ('Nhiệm kỳ 2020 – 2025: 15/17 chỉ tiêu đạt'), TARGET for one naming the document's term; else TARGET or
    RESULT by the outermost part of the citation that names one ('Phần I. Kết quả… — Chỉ tiêu' is a result); None
    for a citation naming neither (an article of a regulation, a window of news)."""
    folded = fold_text(citation)
    if _ELECTION_PART.search(folded):
        return ELECTION
    named = _TERM.search(folded)
    if term is not None and named is not None:
        return RESULT if int(named.group(2)) <= term else TARGET
    target, result = _TARGET_PART.search(folded), _RESULT_PART.search(folded)
    if target is None and result is None:
        return None
    if target is None or (result is not None and result.start() < target.start()):
        return RESULT
    return TARGET
