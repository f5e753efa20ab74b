"""A congress's targets or its results: what a question asks for and which part of a report a passage is in."""

import pytest

from bot.search.plans import ELECTION, RESULT, TARGET, asked, for_document, part_of, term_of


@pytest.mark.parametrize(
    ("question", "plan"),
    [
        ("Chỉ tiêu kết nạp đảng viên nhiệm kỳ 2025-2030?", TARGET),
        ("nhiem ky moi phuong dat chi tieu ket nap bao nhieu dang vien", TARGET),
        ("Đến năm 2030 tỷ lệ hộ nghèo còn bao nhiêu?", TARGET),
        ("Nghị quyết đại hội đảng bộ UBND tỉnh chọn những khâu nào làm đột phá?", TARGET),  # what a term sets
        ("Đại hội nhiệm kỳ 2025 - 2030 xác định 5 năm tới có mấy khâu đột phá?", TARGET),
        ("Nhiệm kỳ 2015-2020 kết nạp được bao nhiêu đảng viên?", RESULT),
        # The next term, or a year ahead, asked with a figure: a target, whatever else the words say.
        ("Nhiệm kỳ mới Đảng bộ Quân sự tỉnh muốn kết nạp được bao nhiêu đảng viên?", TARGET),
        ("ty le dang vien trong dan quan tu ve den 2030 phai dat bao nhieu", TARGET),
        ("Nhiệm kỳ tới Đảng bộ trường muốn đạt bao nhiêu phần trăm giảng viên là tiến sĩ?", TARGET),
        ("Nhiệm kỳ tới chi bộ có 12 đảng viên thì bầu mấy chi ủy viên?", None),  # the rule on an election
        ("Nhiệm kỳ qua Đảng bộ đã đạt những kết quả nào?", RESULT),
        ("Nhiệm kỳ qua có đạt chỉ tiêu kết nạp không?", None),  # asks both: no preference
        ("Đảng viên dự bị bao lâu thì được xét chuyển chính thức?", None),
        ("Kết quả kiểm tra đảng viên được thông báo cho ai?", None),  # results of an inspection, not of a term
        # A member's story mentioning a coming congress asks about a member's rights, not about targets.
        ("Tháng sau chi bộ đại hội bầu chi ủy nhiệm kỳ mới, đảng viên dự bị có được bỏ phiếu không?", None),
        ("Đại hội chi bộ thôn Đông Tâm vừa rồi chọn ai làm bí thư?", ELECTION),
        ("Nhiệm kỳ mới, ai là phó bí thư chi bộ thôn Đông Tâm?", ELECTION),
        ("Ban chi ủy thôn Đông Tâm khóa mới gồm những ai?", ELECTION),
        ("Ai có quyền kỷ luật bí thư chi bộ?", None),  # who may, not who was elected
        ("Phó bí thư Đảng ủy phường nhiệm kỳ này là những ai?", ELECTION),
        ("Ban chấp hành đảng bộ phường khóa mới có bao nhiêu người, mấy chị em?", ELECTION),
        ("Chi bộ có 12 đảng viên chính thức thì đại hội bầu mấy người vào chi ủy?", None),  # the rule, not a result
    ],
)
def test_what_a_question_asks_of_a_congress(question, plan):
    assert asked(question) == plan


@pytest.mark.parametrize(
    ("citation", "part"),
    [
        ("Phần II. PHƯƠNG HƯỚNG, MỤC TIÊU, CHỈ TIÊU NHIỆM KỲ 2025–2030 — 2. Các chỉ tiêu chủ yếu", TARGET),
        ("II. CÁC CHỈ TIÊU CHỦ YẾU — 1. Về kinh tế", TARGET),
        ("IV. KHÂU ĐỘT PHÁ", TARGET),
        ("Phần I. KẾT QUẢ THỰC HIỆN NGHỊ QUYẾT ĐẠI HỘI NHIỆM KỲ… — 4. Về xây dựng Đảng", RESULT),
        ("Phần thứ nhất. KẾT QUẢ… — I. KẾT QUẢ ĐẠT ĐƯỢC — 3. Chỉ tiêu", RESULT),  # the outer part decides
        ("Chương II — Điều 5. Thủ tục kết nạp — khoản 2", None),
        ("QUYẾT NGHỊ — IV. KẾT QUẢ BẦU CỬ — 1. Đại hội bầu Chi ủy khóa XII gồm 05 đồng chí", ELECTION),
        ("Phần mở đầu", None),
    ],
)
def test_the_part_of_a_report_a_passage_is_in(citation, part):
    assert part_of(citation) == part


@pytest.mark.parametrize(
    ("citation", "part"),
    [
        ("Nhiệm kỳ 2020 – 2025: 15/17 chỉ tiêu đạt và vượt", RESULT),  # news headings name the term, not the part
        ("Mục tiêu nhiệm kỳ 2025 – 2030", TARGET),
        ("Chỉ tiêu nhiệm kỳ 2025-2030 — Kết nạp đảng viên", TARGET),
        ("Toàn cảnh Đại hội", None),
    ],
)
def test_a_part_naming_a_term_is_placed_by_the_documents_own_term(citation, part):
    term = term_of("Đại hội Đảng bộ phường Tân Thành lần thứ XIV, nhiệm kỳ 2025 – 2030: Đoàn kết, đổi mới")
    assert term == 2025
    assert part_of(citation, term) == part


def test_a_title_without_a_term_places_nothing_by_years():
    assert term_of("Quy định về cấp, quản lý thẻ đảng viên") is None
    assert part_of("Nhiệm kỳ 2020 – 2025: 15/17 chỉ tiêu đạt và vượt") == TARGET  # by its words alone


@pytest.mark.parametrize(
    ("plan", "named", "document", "expected"),
    [
        (RESULT, 2025, 2025, TARGET),  # 'Cả nhiệm kỳ 2025 - 2030 phải kết nạp được bao nhiêu' in its own resolution
        (None, 2025, 2025, TARGET),
        (TARGET, 2020, 2025, RESULT),  # the term the report looks back on
        (ELECTION, 2025, 2025, ELECTION),
        (RESULT, 2025, None, RESULT),  # a document of no term: the words decide
        (TARGET, None, 2025, TARGET),
    ],
)
def test_a_term_the_question_names_decides_against_the_documents_own_term(plan, named, document, expected):
    assert for_document(plan, named, document) == expected


def test_the_term_a_question_names():
    assert term_of("Cả nhiệm kỳ 2025 - 2030 phải kết nạp bao nhiêu đảng viên?") == 2025
    assert term_of("nk 2020-2025 ket nap duoc bao nhieu") == 2020
    assert term_of("Năm 2025 kết nạp bao nhiêu đảng viên?") is None
