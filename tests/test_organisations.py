"""Which organisation a question or a document is about: the Party, the Youth Union, a trade union, an association."""

import pytest

from bot.search.organisations import PARTY, UNION, YOUTH, named_in, of_document


@pytest.mark.parametrize(
    ("question", "named"),
    [
        ("Người vào Đoàn phải bao nhiêu tuổi?", {YOUTH}),
        ("thanh nien bao nhieu tuoi duoc vao doan", {YOUTH}),
        ("Đoàn viên không đóng đoàn phí 3 tháng thì bị xử lý thế nào?", {YOUTH}),
        ("Người vào Đảng phải bao nhiêu tuổi?", {PARTY}),
        ("ĐV dự bị có được biểu quyết không?", {PARTY}),
        ("CB có quyền kỷ luật cảnh cáo không?", {PARTY}),
        ("Kết nạp ĐV là đoàn viên thì cần mấy người giới thiệu?", {PARTY, YOUTH}),
        ("Đoàn viên công đoàn đã quá tuổi thanh niên muốn vào Đảng thì ai giới thiệu?", {PARTY, UNION}),
        ("Công ty chưa có công đoàn thì đóng kinh phí công đoàn ở đâu?", {UNION}),
        ("Thời hiệu xử lý kỷ luật là bao lâu?", set()),
        ("Đoạn văn này nói gì về đoàn kết?", set()),
        ("Hội viên Hội Nông dân đóng hội phí bao nhiêu?", {"farmers"}),
        ("hoi phi hoi phu nu bao nhieu", {"women"}),
        ("ĐV sinh con thứ ba có bị kỷ luật không?", {PARTY}),
        ("Đội viên Đội Thiếu niên Tiền phong đeo khăn quàng đỏ từ mấy tuổi?", {"pioneers"}),
        ("Đội viên Đội TNTP xuất sắc đủ 15 tuổi có được vào Đoàn không?", {"pioneers", YOUTH}),
        # A place's party committee, spelled or by its initials, beside the Front it works with.
        ("Buổi BT TU tiếp dân thì bên UBKT, MTTQ và ngành nào phải ngồi cùng?", {PARTY, "front"}),
        ("Huyện ủy giao Mặt trận Tổ quốc huyện giám sát việc gì?", {PARTY, "front"}),
        ("tu nay ve sau mat tran to quoc xa hop may lan", {"front"}),
    ],
)
def test_the_organisations_a_question_names(question, named):
    assert named_in(question) == named


@pytest.mark.parametrize(
    ("title", "organisation"),
    [
        ("ĐIỀU LỆ ĐOÀN THANH NIÊN CỘNG SẢN HỒ CHÍ MINH", YOUTH),
        ("Điều lệ Công đoàn Việt Nam", UNION),
        ("ĐIỀU LỆ ĐẢNG CỘNG SẢN VIỆT NAM", PARTY),
        ("Quy định số 294-QĐ/TW về thi hành Điều lệ Đảng", PARTY),
        ("Hướng dẫn về đảng phí (tóm tắt không chính thức)", PARTY),
        ("Báo cáo tổng kết năm 2023", PARTY),  # a document naming no organisation is the party's own
        ("Hướng dẫn công tác đoàn viên trong chi bộ Đảng", PARTY),  # both: the party's
        ("ĐIỀU LỆ HỘI NÔNG DÂN VIỆT NAM (trích)", "farmers"),
        ("Điều lệ Hội Cựu chiến binh Việt Nam", "veterans"),
        ("Nghị quyết về công tác Mặt trận Tổ quốc trong tình hình mới", PARTY),  # the party's, on the Front's work
    ],
)
def test_the_organisation_a_document_belongs_to(title, organisation):
    assert of_document(title) == organisation
