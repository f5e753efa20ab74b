"""What a question asks for, and when a curated entry asks for something else."""

import pytest

from bot.qa.asking import asked_for, is_yes_no, same_ask


@pytest.mark.parametrize(
    ("question", "kinds"),
    [
        ("Đảng viên dự bị phải dự bị bao lâu?", {"time"}),
        ("tôi được để bao nhiêu ngày mới phải làm giấy tờ?", {"time"}),
        ("Tuổi đảng được tính từ ngày nào?", {"time"}),
        ("Mức đóng đảng phí hằng tháng là bao nhiêu?", {"amount"}),
        ("dong dang phi may phan tram luong", {"amount"}),
        ("Cơ quan nào làm thủ tục giới thiệu?", {"who", "how"}),
        ("Ai được giới thiệu người vào Đảng?", {"who"}),
        ("Chuyển sinh hoạt đảng thế nào?", {"how"}),
        ("Hồ sơ gồm những gì?", {"what"}),
        ("Đảng viên dự bị có được biểu quyết không?", set()),
    ],
)
def test_the_kind_of_answer_asked_for(question, kinds):
    assert asked_for(question) == kinds


@pytest.mark.parametrize(
    ("question", "entry", "same"),
    [
        ("Tôi chuyển công tác thì chuyển sinh hoạt đảng thế nào?", "Chuyển công tác thì bao lâu phải chuyển?", False),
        ("Người giới thiệu chuyển đi thì phải làm sao?", "Ai được giới thiệu người vào Đảng?", False),
        ("Vừa làm lễ, em phải chờ mấy tháng?", "Đảng viên dự bị phải dự bị bao lâu?", True),
        ("Chi bộ 7 người có lập chi ủy không?", "Chi bộ bao nhiêu đảng viên thì được bầu chi ủy?", True),  # yes/no
        ("Nghỉ sinh con thì tiền Đảng tính theo cái gì?", "Nghỉ thai sản thì đóng đảng phí thế nào?", True),
    ],
)
def test_an_entry_asking_for_something_specific_needs_a_question_asking_the_same(question, entry, same):
    assert same_ask(asked_for(question), asked_for(entry)) is same


@pytest.mark.parametrize(
    ("question", "yes_no"),
    [
        ("Lễ kết nạp có được tổ chức chung cho nhiều người một lúc không?", True),
        ("uy ban kiem tra dang uy xa co con dau rieng khong", True),
        ("Người xin vào Đảng có phải nộp giấy khám sức khỏe không ạ?", True),
        ("Đảng viên dự bị đã được biểu quyết chưa?", True),
        ("Đảng viên dự bị phải chờ bao lâu, có được rút ngắn không?", False),  # it asks how long too
        ("Cần những giấy tờ gì, có cần chứng thực không?", False),
        ("Biên bản họp chi bộ phải có chữ ký của những ai?", False),
        ("Chi bộ họp mấy lần một năm?", False),
    ],
)
def test_a_question_asking_only_whether_something_holds(question, yes_no):
    assert is_yes_no(question) is yes_no
