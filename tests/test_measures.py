"""What a question asks to be measured (a share, a sum, a duration, a head count, a person), and whether a passage
states it."""

import pytest

from bot.search.measures import asked, stated
from bot.search.query import analyze


@pytest.mark.parametrize(
    ("question", "measures"),
    [
        ("Lái xe có nồng độ cồn thì bị phạt bao nhiêu tiền?", ("sum",)),  # a fine is a sum, not a share
        ("dang vien sinh vien dong dang phi bao nhieu tien", ("money",)),
        ("Tổng vốn đầu tư là bao nhiêu tỷ đồng?", ("money",)),
        ("Phụ cấp hằng tháng của ủy viên ban thường vụ được bao nhiêu?", ("pay",)),  # a sum or a coefficient
        ("dv xep loai xuat sac cuoi nam duoc thuong bao nhieu tien", ("sum",)),
        ("luong chu tich ubnd xa hien nay la bao nhieu", ("pay",)),
        ("Mức lương cơ sở năm 2025 là bao nhiêu một tháng?", ("pay", "year 2025")),
        ("Mức lương 10 triệu thì đóng đảng phí bao nhiêu?", ("money",)),  # pay is what the dues are a share of
        ("Lương hưu 8 triệu thì mỗi tháng nộp Đảng bao nhiêu tiền?", ("money",)),
        ("Số lượng đảng viên của chi bộ là bao nhiêu?", ()),  # folded 'luong' is also 'lượng'
        ("UBKT năm 2024 kỷ luật bao nhiêu ĐV?", ("count", "count of dang vien", "year 2024")),  # abbreviated as typed
        ("Chi bộ giữ lại bao nhiêu phần trăm đảng phí?", ("percent",)),
        ("kết nạp cần bao nhiêu % đồng ý", ("percent",)),
        ("Người vào Đảng phải bao nhiêu tuổi?", ("age",)),
        ("Được bao nhiêu năm tuổi đảng thì được tặng Huy hiệu?", ("party age", "duration")),
        ("Phường có bao nhiêu cử tri và bao nhiêu hộ dân?", ("count of cu tri", "count of ho dan")),
        ("Thẻ đảng viên màu gì và làm bằng chất liệu gì?", ("material", "colour")),
        ("Tân bí thư quê ở đâu?", ("hometown",)),
        ("Đại hội bầu Ban Chấp hành bao nhiêu người?", ("count", "count of uy vien")),  # a body's size, not a share
        ("Đại hội Đảng bộ phường họp vào hôm nào, ở chỗ nào?", ("date",)),
        ("Trong năm có những dịp nào chi bộ làm lễ trao huy hiệu?", ("date",)),
        ("Tuổi đảng được tính từ ngày nào?", ()),  # the event it counts from, not a calendar day
        ("Đơn xin vào Đảng viết theo mẫu nào?", ()),  # folded 'mau nao' is 'mẫu nào' too: asked with accents only
        ("Tôi quê ở Nghệ An, đi làm ở Bình Dương. Tôi sinh hoạt ở đâu?", ()),  # told, not asked
        ("Sản lượng lương thực đạt bao nhiêu tấn?", ("tonnes",)),
        ("van ban dang in ra phai dung giay dinh luong bao nhieu gam", ("weight",)),
        ("Lề trái văn bản rộng bao nhiêu mm?", ("length",)),
        (
            "Đại hội bầu bao nhiêu đồng chí vào Ban Chấp hành?",
            ("count", "count of dong chi"),
        ),  # people, not a sum of money ('đồng')
        ("Thời hiệu kỷ luật khiển trách là mấy năm?", ("duration",)),
        ("sinh hoat chuyen de may thang mot lan", ("duration",)),
        ("Bố tôi mấy năm nay ốm nặng, có được miễn sinh hoạt không?", ()),  # 'mấy năm nay': for some years
        ("Chi bộ đi thăm mấy đồng chí ốm. Tiền đó lấy từ đảng phí có đúng không?", ()),  # told, not asked
        ("Tỷ lệ hộ nghèo giảm bao nhiêu?", ()),  # could be a share or a count: not checked
        ("Đảng viên dự bị bao lâu?", ()),
        ("Thu nhập bình quân đầu người của xã năm 2015 là bao nhiêu?", ("year 2015",)),
        (
            "Nhiệm kỳ 2015-2020 kết nạp được bao nhiêu đảng viên?",
            ("count", "count of dang vien"),
        ),  # a term, written many ways
        ("Kết nạp bao nhiêu đảng viên trong nhiệm kỳ năm 2015 - 2020?", ("count", "count of dang vien")),
        ("Ủy ban Mặt trận xã có bao nhiêu ủy viên?", ("count", "count of uy vien")),
        ("Đám cưới được mời tối đa bao nhiêu người?", ("count",)),  # any people
        ("Năm 2016 tôi viết đơn xin ra khỏi Đảng, nay có được kết nạp lại không?", ()),  # told, not a figure
        ("Ai được bầu làm Bí thư Đảng ủy xã Tân Hòa khóa XXV?", ("person", "post bi thu")),
        ("Bí thư Đảng ủy phường An Bình khóa XIV là ai?", ("person", "post bi thu")),
        ("Bí thư Huyện ủy khóa XXII là đồng chí nào?", ("person", "post bi thu")),
        ("Chánh Văn phòng Tỉnh ủy hiện nay là ai?", ("person", "post chanh van phong")),
        ("Số di động của chánh văn phòng là số mấy?", ("phone",)),
        ("Ai đang làm Chủ tịch Ủy ban nhân dân xã Hòa Phong?", ("person", "post chu tich")),
        ("Nhiệm kỳ mới, ai là phó bí thư chi bộ thôn Đông Tâm?", ("person", "post pho bi thu")),
        ("Bí thư chi bộ là ai bầu ra?", ()),  # asks who elects: a body
        ("Ai có quyền kỷ luật bí thư chi bộ?", ()),
        ("sdt van phong huyen uy la so nao", ("phone",)),
        ("SĐT của Ban Tổ chức Tỉnh ủy là số mấy?", ("phone",)),
        ("Đảng viên điện thoại cho bí thư xin vắng họp có được không?", ()),  # a call, not a number asked
        ("Ủy ban kiểm tra làm việc ở địa chỉ nào?", ("address",)),
        ("Khu di tích mở cửa vào những giờ nào?", ("clock",)),
        ("Chi bộ thôn Đông Tâm được thành lập vào năm nào?", ("which year",)),
        ("Cán bộ có phải năm nào cũng kê khai tài sản không?", ()),  # every year
        ("Hằng năm bao nhiêu phần trăm đảng viên hoàn thành tốt nhiệm vụ?", ("percent",)),
        ("Quy định này do đồng chí nào ký ban hành?", ("person",)),
        ("Giáo viên dạy lớp đảng viên mới ở xã tên là gì?", ("person",)),
        ("Ai ký quyết định kết nạp đảng viên?", ()),  # the authority, a body
    ],
)
def test_the_measure_a_question_asks_for(question, measures):
    assert asked(question) == measures


@pytest.mark.parametrize(
    ("measure", "text", "states"),
    [
        ("money", "Đảng viên là sinh viên đóng 5.000 đồng/tháng.", True),
        ("money", "Đóng đảng phí bằng 1% tiền lương.", True),  # dues are a share of pay
        ("sum", "Hằng năm không quá 20% số đảng viên được xếp loại xuất sắc.", False),  # a quota is no sum
        ("sum", "Kèm theo Huy hiệu 30 năm tuổi Đảng là 1.500.000 đồng.", True),
        ("money", "Đảng viên điều khiển phương tiện khi có nồng độ cồn thì bị khiển trách.", False),
        ("money", "Đồng chí bí thư thống nhất với ý kiến đồng ý của chi bộ.", False),  # 'đồng' without a sum
        ("money", "Đại hội bầu Chi ủy khóa XII gồm 05 đồng chí.", False),  # a head count, not a sum
        ("pay", "Chi ủy gồm 05 đồng chí, bí thư là đồng chí Nguyễn Văn Thắng.", False),
        ("post chu tich", "Bí thư Chi bộ: đồng chí Nguyễn Văn Thắng; Phó Bí thư: đồng chí Lê Thị Nhung.", False),
        ("post pho bi thu", "Chi ủy bầu đồng chí Lê Thị Hồng Nhung làm Phó Bí thư Chi bộ.", True),
        ("pay", "Phụ cấp hằng tháng bằng 1.500.000 đồng.", True),
        ("pay", "Phụ cấp tính theo hệ số 0,3 mức lương cơ sở.", True),
        ("pay", "Đảng viên đóng đảng phí bằng 1% tiền lương, phụ cấp.", False),  # a share of pay, not the pay
        ("percent", "Trúng cử khi được quá một nửa số phiếu bầu.", True),
        ("percent", "Phải được ít nhất 2/3 số đảng viên chính thức tán thành.", True),
        ("percent", "Quy định số 01-QĐ/TW ngày 03/02/2026 về chế độ đảng phí.", False),  # a date is no share
        ("age", "Người vào Đảng phải đủ 18 tuổi.", True),
        ("age", "Dự Đại hội có 12 đảng viên được tặng Huy hiệu 50 năm tuổi đảng.", False),  # a party age
        ("age", "Đoàn viên trong độ tuổi từ mười sáu đến ba mươi.", True),
        ("party age", "Huy hiệu 30 năm tuổi đảng.", True),
        ("duration", "Thời hiệu xử lý kỷ luật khiển trách là năm năm.", True),
        ("duration", "Chi bộ sinh hoạt chuyên đề ít nhất mỗi quý một lần.", True),
        ("duration", "Việc quàn linh cữu tại nhà không quá 48 giờ.", True),  # 'mấy ngày' answered in hours
        ("duration", "Ủy ban kiểm tra xem xét đơn tố cáo theo quy định.", False),
        ("count", "Người vào Đảng phải được hai đảng viên chính thức giới thiệu.", True),
        ("count", "Ban Chấp hành gồm 35 đồng chí.", True),
        ("count", "Đại hội bầu Ban Chấp hành bằng phiếu kín.", False),
        ("count", "5. Chi bộ mới thành lập thì đảng ủy chỉ định chi ủy lâm thời.", False),  # an item's number
        ("count", "Đảng bộ có 1.382 đảng viên sinh hoạt ở 41 chi bộ.", True),
        ("count", "Cán bộ lãnh đạo, quản lý không mời quá 300 khách.", True),
        ("count", "Số lượng không vượt quá 20% số đảng viên được xếp loại.", True),  # a share of them
        ("person", "Đại hội bầu đồng chí Nguyễn Văn An làm Bí thư Đảng ủy.", True),
        ("person", "Bí thư Đảng ủy Các cơ quan tỉnh Thân Minh Quế trao chứng nhận.", True),  # a family name, no title
        ("person", "Bí thư đảng ủy do Ban Chấp hành Đảng bộ bầu.", False),
        ("person", "Đảng Cộng sản Việt Nam lãnh đạo Nhà nước.", False),
        ("tonnes", "Sản lượng lương thực đạt 12.500 tấn mỗi năm.", True),
        ("weight", "In trên giấy trắng định lượng 70 - 80 g/m2.", True),
        ("weight", "Văn bản trình bày trên giấy khổ A4 (210 mm x 297 mm).", False),
        ("length", "Lề trái cách mép 30 mm, lề phải cách mép 15 mm.", True),
        ("length", "Sử dụng phông chữ Times New Roman, cỡ chữ 14.", False),
        ("colour", "Thẻ đảng viên nền đỏ, in búa liềm vàng.", True),
        ("date", "Trong hai ngày 08 và 09/7/2025, Đảng bộ phường tổ chức Đại hội.", True),
        ("date", "Đảng viên ký cam kết vào đầu mỗi năm.", True),
        ("date", "Chi bộ hoàn thành kiểm điểm trước ngày 25 tháng 12.", True),
        ("date", "Đại hội bầu Ban Chấp hành khóa mới gồm 27 đồng chí.", False),
        ("phone", "Vướng mắc liên hệ đường dây nóng 0236 3822 456 (giờ hành chính).", True),
        ("phone", "Văn phòng Tỉnh ủy là đầu mối tiếp nhận phản ánh của đảng viên.", False),
        ("phone", "Năm 2025 kết nạp 1.318 đảng viên, đạt 105,2% chỉ tiêu.", False),  # figures, not a number to call
        ("address", "Trụ sở đặt tại số 12, đường Lê Lợi, phường Hòa Bình.", True),
        ("address", "Ủy ban Kiểm tra Tỉnh ủy chủ trì, phối hợp với Ban Tổ chức Tỉnh ủy.", False),
        ("clock", "Khu di tích mở cửa từ 7 giờ 30 đến 17 giờ hằng ngày.", True),
        ("clock", "Khu di tích đón khách tham quan vào tất cả các ngày trong tuần.", False),
        ("which year", "Chi bộ được thành lập ngày 3/2/1948.", True),
        ("which year", "Chi bộ có 41 đảng viên, tỷ lệ 20,25% là nữ.", False),
        ("colour", "Thẻ đảng viên do Ban Tổ chức Tỉnh ủy in và cấp.", False),
        ("material", "Huy hiệu Đảng được mạ vàng.", True),
        ("material", "Huy hiệu Đảng gồm các mốc 30, 40, 45 năm.", False),
        ("hometown", "Đồng chí Lê Thị Hồng Nhung tái đắc cử Bí thư với 158/163 phiếu.", False),
        ("tonnes", "Xây dựng xã Tân Hòa trở thành xã nông thôn mới.", False),  # folded 'Tân' is no tonne
    ],
)
def test_a_passage_states_the_measure_asked_for(measure, text, states):
    assert stated((measure,), text) is states


@pytest.mark.parametrize(
    ("unit", "text", "states"),
    [
        ("uy vien", "Ban Chấp hành khóa mới gồm 15 đồng chí.", True),
        ("uy vien", "Đảng bộ hiện có 486 đảng viên sinh hoạt ở 23 chi bộ.", False),  # a count, not of members
        ("dang vien", "Phải được ít nhất 2/3 số đảng viên chính thức tán thành.", True),  # how many must agree
        ("chi bo", "Kiểm tra 12 tổ chức đảng và 26 đảng viên.", True),
        ("dai bieu", "Đại hội có 280 đại biểu dự.", True),
        ("cu tri", "Đại hội có 163 đại biểu có mặt.", False),  # voters are no delegates
        ("ho dan", "Tỷ lệ hộ nghèo giảm còn 0,3%; 98,6% hộ gia đình đạt danh hiệu văn hóa.", False),
        ("ho dan", "Phường có 4.215 hộ với 16.300 nhân khẩu.", True),
    ],
)
def test_a_head_count_is_a_number_of_that_kind(unit, text, states):
    assert stated((f"count of {unit}",), text) is states


@pytest.mark.parametrize(
    ("text", "title", "states"),
    [
        ("Thu nhập bình quân năm 2015 đạt 18 triệu đồng.", "", True),
        ("Thu nhập bình quân năm 2020 đạt 38 triệu đồng, gấp đôi đầu nhiệm kỳ.", "", False),  # another year's
        ("Mức đóng bằng 1% tiền lương.", "Quy định số 01-QĐ/TW năm 2015 về chế độ đảng phí", True),  # in the title
        ("Đã kết nạp 120 đảng viên, đạt 20150 lượt.", "", False),  # part of another number
    ],
)
def test_a_figure_asked_for_a_year_is_stated_for_that_year(text, title, states):
    assert stated(("year 2015",), text, title) is states


@pytest.mark.parametrize(
    ("question", "text", "states"),
    [
        ("Bí thư chi bộ thôn hưởng phụ cấp hệ số bao nhiêu?", "Bí thư chi bộ thôn hưởng hệ số 0,15 lương cơ sở.", True),
        ("Phụ cấp của chi ủy viên mỗi tháng được bao nhiêu?", "Chi ủy viên: 117.000 đồng/tháng.", True),
        ("Phụ cấp của chi ủy viên mỗi tháng được bao nhiêu?", "Chi ủy viên được hưởng phụ cấp theo quy định.", False),
    ],
)
def test_pay_asked_as_a_sum_is_stated_as_a_sum_or_a_coefficient(question, text, states):
    assert stated(asked(question), text) is states


@pytest.mark.parametrize(
    ("question", "measures"),
    [
        ("BT HU Kim Lũy khóa XXII là đồng chí nào?", ("person", "post bi thu")),
        ("BT ĐU trường ĐH Bắc Phương khóa VII tên là gì?", ("person",)),
        ("PBT thường trực là ai?", ("person", "post pho bi thu")),
    ],
)
def test_abbreviations_typed_in_capitals_are_read_for_what_is_asked(question, measures):
    """'BT' is 'bí thư' for the measures too: asked who holds a post, a passage without a name does not answer."""
    assert analyze(question).measures == measures


def test_a_syllable_typed_in_lower_case_is_not_taken_for_an_abbreviation():
    assert analyze("quy dinh cu la ai ky?").measures == ()  # 'cu' is 'cũ' here, not 'cấp ủy'
