"""Courtesy around a question is cut before the search; courtesy alone gets a reply, not a search."""

from __future__ import annotations

import pytest

from bot.search.courtesy import SmallTalk, small_talk, without_courtesy
from bot.search.query import analyze


@pytest.mark.parametrize(
    ("typed", "asked"),
    [
        ("chào bạn, cho mình hỏi đảng viên dự bị bao lâu ạ", "đảng viên dự bị bao lâu"),
        ("Xin chào. Tôi muốn hỏi về chi bộ họp mấy lần một tháng? Cảm ơn!", "chi bộ họp mấy lần một tháng?"),
        ("hi bot, dang phi sinh vien bao nhieu", "dang phi sinh vien bao nhieu"),
        ("chao ad cho em hoi chut, ket nap lai duoc khong a", "ket nap lai duoc khong"),
        ("Tôi 61 tuổi, cho tôi hỏi còn vào Đảng được không ạ?", "Tôi 61 tuổi, còn vào Đảng được không?"),
        ("Dự bị có được biểu quyết không ạ? Em cảm ơn anh chị nhiều", "Dự bị có được biểu quyết không?"),
    ],
)
def test_courtesy_around_a_question_is_cut(typed, asked):
    assert without_courtesy(typed) == asked
    assert analyze(typed).text == asked


@pytest.mark.parametrize(
    "question",
    [
        "Chào cờ đầu tuần có bắt buộc đảng viên dự không?",  # 'chào cờ' is a ceremony, not a greeting
        "Cảm ơn thư là gì?",  # courtesy words in the middle of what is asked stay
        "Đảng viên vi phạm lần đầu thì kỷ luật nhẹ nhất là gì",  # 'nhẹ' folds to 'nhe', a particle elsewhere
        "Vitamin A",
        "Đảng viên dự bị bao lâu?",
    ],
)
def test_questions_without_courtesy_are_left_as_typed(question):
    assert without_courtesy(question) == question


@pytest.mark.parametrize(
    ("message", "talk"),
    [
        ("xin chào", SmallTalk.GREETING),
        ("Chào ad!", SmallTalk.GREETING),
        ("chao ban", SmallTalk.GREETING),
        ("cho em hỏi", SmallTalk.GREETING),
        ("cảm ơn bot nhiều nhé", SmallTalk.THANKS),
        ("ok cam on a", SmallTalk.THANKS),
        ("Thanks!", SmallTalk.THANKS),
        ("tạm biệt nhé", SmallTalk.GOODBYE),
        ("ok", SmallTalk.THANKS),  # acknowledging an answer
        ("vâng ạ", SmallTalk.THANKS),
        ("Dạ, chào anh ạ", SmallTalk.GREETING),
    ],
)
def test_courtesy_alone_is_small_talk(message, talk):
    assert small_talk(message) is talk


@pytest.mark.parametrize("message", ["", "Đảng phí", "chào cờ", "cảm ơn đảng viên giới thiệu được không", "dang vien"])
def test_anything_else_is_no_small_talk(message):
    assert small_talk(message) is None
