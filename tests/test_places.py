"""Which place a question or a document title names."""

from __future__ import annotations

import pytest

from bot.search import places


@pytest.mark.parametrize(
    ("question", "named"),
    [
        ("Chỉ tiêu GRDP của tỉnh Bắc Giang nhiệm kỳ 2025-2030?", ("bac giang",)),
        ("chi tieu cua tinh Bac Giang", ("bac giang",)),
        ("Đảng bộ xã Tân Hòa khóa XXV có bao nhiêu ủy viên?", ("tan hoa",)),
        ("Đảng bộ thành phố Hồ Chí Minh", ("ho chi minh",)),
        ("Tôi chuyển công tác sang tỉnh khác", ()),  # not a name
        ("Ai được bầu làm BT TU Thạch Lâm khóa XVII?", ("thach lam",)),  # by its party committee
        ("Tỉnh ủy Hà Lĩnh ban hành quy định này khi nào?", ("ha linh",)),
        ("Chuyển sinh hoạt từ Hà Nội về quê thì làm gì?", ()),
        ("Đảng viên làm việc ở cơ quan Nhà nước", ()),  # 'quan' of 'cơ quan'
        ("Chủ nghĩa xã hội là gì?", ()),
        ("Tỉnh ủy quyết định", ()),
    ],
)
def test_the_places_a_question_names(question, named):
    assert places.named_in(question) == named


@pytest.mark.parametrize(
    ("title", "about"),
    [
        ("NGHỊ QUYẾT ĐẠI HỘI ĐẠI BIỂU ĐẢNG BỘ XÃ TÂN HÒA LẦN THỨ XXV", True),
        ("Chào mừng Đại hội Đảng bộ Các cơ quan tỉnh Bắc Giang, nhiệm kỳ 2020-2025", True),
        ("Quy định số 294-QĐ/TW về thi hành Điều lệ Đảng", False),
        ("Hướng dẫn về công tác xã hội của Tỉnh ủy", False),
    ],
)
def test_a_title_about_one_place(title, about):
    assert places.about_a_place(title) is about


def test_a_title_names_a_place_by_its_folded_words():
    title = "NGHỊ QUYẾT ĐẠI HỘI ĐẢNG BỘ XÃ TÂN HÒA"
    assert places.names(title, "tan hoa")
    assert not places.names(title, "bac giang")
    assert not places.names(title, "tan phu")  # another commune sharing a word of the name


def test_a_title_naming_no_place_takes_the_place_from_the_opening():
    report = (
        "BÁO CÁO CHÍNH TRỊ của Ban Chấp hành Đảng bộ tỉnh khóa XVI trình Đại hội đại biểu Đảng bộ tỉnh lần thứ XVII"
    )
    opening = "Đại hội đại biểu Đảng bộ tỉnh Thạch Lâm lần thứ XVII diễn ra …"
    assert places.names(places.own_place_text(report, opening), "thach lam")
    # A title naming its place keeps to it: a commune's resolution opening with its province is still the commune's.
    resolution = "NGHỊ QUYẾT ĐẠI HỘI ĐẢNG BỘ XÃ TÂN HÒA LẦN THỨ XXV"
    assert not places.names(places.own_place_text(resolution, "xã Tân Hòa, tỉnh Lâm Đồng"), "lam dong")
