import dataclasses
from datetime import date
from pathlib import Path

import pytest

from bot.errors import FaqError
from bot.models import FaqEntry
from bot.qa.faq import FaqBook, FaqCandidate, accepts, agrees, load_faq, related
from bot.qa.provenance import references
from bot.search.query import analyze
from tests.conftest import FakeEmbedder

REPO_FAQ = Path(__file__).parent.parent / "knowledge" / "faq.yaml"

GOOD_FAQ = """\
- id: du-bi-bao-lau
  topic: Kết nạp và dự bị
  question: Thời gian dự bị của đảng viên là bao lâu?
  aliases: ["Đảng viên dự bị mấy tháng?", "du bi bao nhieu thang"]
  answer: Mười hai tháng, tính từ ngày chi bộ tổ chức lễ kết nạp.
  source: Điều lệ Đảng, Điều 5
- id: dang-phi-muc
  topic: Đảng phí
  question: Mức đóng đảng phí của đảng viên hưởng lương là bao nhiêu?
  answer: Một phần trăm tiền lương, đóng hằng tháng.
- id: sinh-hoat-thuong-ky
  topic: Sinh hoạt chi bộ
  question: Chi bộ sinh hoạt thường kỳ bao lâu một lần?
  aliases: ["Bao lâu chi bộ họp một lần?"]
  answer: Mỗi tháng một lần.
- id: sinh-hoat-chuyen-de
  topic: Sinh hoạt chi bộ
  question: Sinh hoạt chuyên đề tổ chức mấy lần một năm?
  answer: Ít nhất mỗi quý một lần.
"""


def _write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "faq.yaml"
    path.write_text(text, encoding="utf-8")
    return path


@pytest.fixture
def book(tmp_path: Path) -> FaqBook:
    return FaqBook(load_faq(_write(tmp_path, GOOD_FAQ)))


def test_load_reads_every_entry(tmp_path):
    entries = load_faq(_write(tmp_path, GOOD_FAQ))

    assert [entry.id for entry in entries] == [
        "du-bi-bao-lau",
        "dang-phi-muc",
        "sinh-hoat-thuong-ky",
        "sinh-hoat-chuyen-de",
    ]
    assert entries[0].aliases == ("Đảng viên dự bị mấy tháng?", "du bi bao nhieu thang")
    assert entries[0].source == "Điều lệ Đảng, Điều 5"
    assert entries[1].source is None


def test_load_accepts_a_byte_order_mark(tmp_path):
    path = tmp_path / "faq.yaml"
    path.write_bytes(GOOD_FAQ.encode("utf-8-sig"))

    assert len(load_faq(path)) == 4


@pytest.mark.parametrize("text", [None, "", "# chưa có câu hỏi nào\n"])
def test_missing_or_empty_file_is_an_empty_faq(tmp_path, text):
    path = tmp_path / "faq.yaml" if text is None else _write(tmp_path, text)

    assert load_faq(path) == ()


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("- id: a\n  question: [không đóng ngoặc\n  answer: x\n", ["not valid YAML"]),
        ("- id: a\n\tquestion: tab\n", ["not valid YAML"]),
        ("id: a\nquestion: Một mục, không phải danh sách?\nanswer: x\n", ["must be a list"]),
        (
            GOOD_FAQ + "- id: thieu-tra-loi\n  question: Câu hỏi không có trả lời?\n",
            ["entry 5", "thieu-tra-loi", "answer"],
        ),
        (GOOD_FAQ + "- question: Câu hỏi không có id?\n  answer: Có.\n", ["entry 5", "id"]),
        (GOOD_FAQ + "- id: co dau cach\n  question: Id có dấu cách?\n  answer: x\n", ["entry 5", "co dau cach", "id"]),
        (GOOD_FAQ + "- id: la\n  question: Có trường lạ?\n  answer: x\n  tags: [a]\n", ["entry 5", "'la'", "tags"]),
        (GOOD_FAQ + "- chỉ là một chuỗi\n", ["entry 5"]),
        (GOOD_FAQ + "- id: dang-phi-muc\n  question: Trùng id?\n  answer: x\n", ["entry 5", "dang-phi-muc", "unique"]),
    ],
    ids=[
        "bad-yaml",
        "tab",
        "not-a-list",
        "missing-answer",
        "missing-id",
        "bad-id",
        "unknown-field",
        "string",
        "dup-id",
    ],
)
def test_invalid_faq_names_the_problem(tmp_path, text, names):
    path = _write(tmp_path, text)

    with pytest.raises(FaqError) as caught:
        load_faq(path)

    message = str(caught.value)
    assert str(path) in message and "\n" not in message  # one line, for the log and the admin's chat
    for name in names:
        assert name in message


@pytest.mark.skipif(not REPO_FAQ.is_file(), reason="knowledge/faq.yaml is not in the repository yet")
def test_repository_faq_loads_and_each_question_finds_its_entry(real_embedder):
    entries = load_faq(REPO_FAQ)

    assert len(entries) >= 30
    assert len({entry.id for entry in entries}) == len(entries)
    assert all(entry.answer and entry.topic for entry in entries)
    book = FaqBook(entries)
    book.embed(real_embedder.encode_queries, real_embedder.encode_passages)
    questions = [entry.question for entry in entries]
    for entry, vector in zip(entries, real_embedder.encode_queries(questions), strict=True):
        match = book.match(entry.question, vector)
        assert match is not None and match.entry.id == entry.id, entry.id


@pytest.fixture(scope="module")
def real_book(tmp_path_factory, real_embedder) -> tuple[FaqBook, object]:
    book = FaqBook(load_faq(_write(tmp_path_factory.mktemp("faq"), GOOD_FAQ)))
    book.embed(real_embedder.encode_queries, real_embedder.encode_passages)
    return book, real_embedder


# Entries resting on a regulation whose article numbers nobody on the team could check against its text: they name
# the document only, rather than an article that might be wrong.
WITHOUT_ARTICLE = {
    "muc-dong-dang-phi",
    "dang-phi-thai-san",
    "sinh-hoat-chuyen-de",
    "van-ban-kiem-tra-giam-sat",
    "thoi-hieu-ky-luat",
    "ky-luat-oan-phuc-hoi",
}


@pytest.mark.skipif(not REPO_FAQ.is_file(), reason="knowledge/faq.yaml is not in the repository yet")
def test_repository_faq_entries_name_their_basis_and_date():
    for entry in load_faq(REPO_FAQ):
        found = references(entry.source or "")
        assert found, entry.id
        assert any(ref.articles for ref in found) or entry.id in WITHOUT_ARTICLE, entry.id
        assert entry.valid_as_of is not None, entry.id
        assert "căn cứ:" not in entry.answer.lower(), entry.id  # the basis is `source`, shown once under the answer


@pytest.mark.skipif(not REPO_FAQ.is_file(), reason="knowledge/faq.yaml is not in the repository yet")
def test_repository_faq_ties_the_trade_union_route_to_there_being_no_youth_union():
    answer = {entry.id: entry for entry in load_faq(REPO_FAQ)}["nguoi-gioi-thieu-vao-dang"].answer

    assert "ngoài độ tuổi thanh niên" not in answer
    assert "không có tổ chức Đoàn Thanh niên" in answer


@pytest.mark.skipif(not REPO_FAQ.is_file(), reason="knowledge/faq.yaml is not in the repository yet")
@pytest.mark.parametrize(
    ("question", "entry_id"), [("Đảng phí", "muc-dong-dang-phi"), ("kỷ luật", "hinh-thuc-ky-luat-dang-vien")]
)
def test_a_topic_typed_alone_gets_its_overview_entry(question, entry_id, real_embedder):
    book = FaqBook(load_faq(REPO_FAQ))
    book.embed(real_embedder.encode_queries, real_embedder.encode_passages)
    match = book.match(question, real_embedder.encode_queries([question])[0])
    assert match is not None and match.entry.id == entry_id


def test_valid_as_of_is_read_as_a_date(tmp_path):
    entries = load_faq(
        _write(
            tmp_path,
            GOOD_FAQ.replace(
                "  source: Điều lệ Đảng, Điều 5\n", "  source: Điều lệ Đảng, Điều 5\n  valid_as_of: 2026-02-03\n"
            ),
        )
    )

    assert entries[0].valid_as_of == date(2026, 2, 3)
    assert entries[1].valid_as_of is None


@pytest.mark.parametrize(
    ("question", "entry_id"),
    [
        ("Thời gian dự bị của đảng viên là bao lâu?", "du-bi-bao-lau"),
        ("Thời gian dự bị của đảng viên là bao lâu", "du-bi-bao-lau"),
        ("Đảng viên dự bị mấy tháng?", "du-bi-bao-lau"),
        ("DU BI BAO NHIEU THANG", "du-bi-bao-lau"),
        ("Mức đóng đảng phí của đảng viên hưởng lương là bao nhiêu?", "dang-phi-muc"),
        ("Bao lâu chi bộ họp một lần?", "sinh-hoat-thuong-ky"),
        ("Sinh hoạt chuyên đề tổ chức mấy lần một năm", "sinh-hoat-chuyen-de"),
    ],
)
def test_match_finds_the_entry_from_its_question_or_an_alias(real_book, question, entry_id):
    book, embedder = real_book
    match = book.match(question, embedder.encode_queries([question])[0])

    assert match is not None
    assert match.entry.id == entry_id


@pytest.mark.parametrize(
    "question",
    [
        "Giá vàng hôm nay bao nhiêu?",
        "Đảng viên bị kỷ luật cảnh cáo thì sao?",
        "chi bộ",
        "",
        "😀",
        "how to cook pho",
        # Near misses: one word makes them other questions, and the cosine alone is above 0.95.
        "Đảng viên là sinh viên đóng đảng phí bao nhiêu?",
        "Chi bộ họp bất thường khi nào?",
    ],
)
def test_match_returns_none_for_other_questions(real_book, question):
    book, embedder = real_book
    assert book.match(question, embedder.encode_queries([question])[0]) is None


def test_match_needs_a_vector(book):
    book.embed(FakeEmbedder().encode_queries)
    assert book.match("Thời gian dự bị của đảng viên là bao lâu?") is None


def test_match_uses_meaning_when_vectors_are_given(book):
    embedder = FakeEmbedder()
    book.embed(embedder.encode_queries)
    question = "Thời gian dự bị của đảng viên là bao lâu?"

    match = book.match(question, embedder.encode_queries([question])[0])

    assert match is not None
    assert match.entry.id == "du-bi-bao-lau"
    assert match.score == pytest.approx(1.0, abs=1e-5)


def test_empty_book_matches_nothing():
    book = FaqBook([])

    assert book.match("Thời gian dự bị của đảng viên là bao lâu?") is None
    assert book.search("dự bị") == []
    assert book.topics() == []


@pytest.mark.parametrize(
    ("keyword", "expected"),
    [
        ("dự bị", ["du-bi-bao-lau"]),
        ("du bi", ["du-bi-bao-lau"]),
        ("đảng phí", ["dang-phi-muc"]),
        ("sinh hoạt", ["sinh-hoat-thuong-ky", "sinh-hoat-chuyen-de"]),
        ("chuyên đề sinh hoạt", ["sinh-hoat-chuyen-de", "sinh-hoat-thuong-ky"]),
        ("thủy điện", []),
        ("là gì", []),
    ],
)
def test_search_by_keyword_puts_the_best_entries_first(book, keyword, expected):
    found = [entry.id for entry in book.search(keyword)]

    assert found[: len(expected)] == expected
    assert bool(found) == bool(expected)


def test_search_lists_each_entry_once_and_respects_the_limit(book):
    found = book.search("chi bộ đảng viên sinh hoạt tháng", limit=2)

    assert len(found) == 2
    assert len({entry.id for entry in found}) == 2


def test_topics_in_file_order_and_entries_by_topic(book):
    assert book.topics() == ["Kết nạp và dự bị", "Đảng phí", "Sinh hoạt chi bộ"]
    assert [entry.id for entry in book.by_topic("Sinh hoạt chi bộ")] == ["sinh-hoat-thuong-ky", "sinh-hoat-chuyen-de"]
    assert book.by_topic("Không có chủ đề này") == []


def test_get_by_id(book):
    assert book.get("dang-phi-muc").question.startswith("Mức đóng đảng phí")
    assert book.get("khong-co") is None


def test_entry_without_topic_goes_to_the_general_topic():
    entry = FaqEntry(id="x", question="Câu hỏi chung?", answer="  Trả lời.  ")

    assert entry.topic == "Chung"
    assert entry.answer == "Trả lời."


def test_a_question_about_another_organisation_gets_no_party_entry(book):
    """'Đoàn phí' is the Youth Union's: the party's dues entry, however close its wording, is not the answer."""
    embedder = FakeEmbedder()
    book.embed(embedder.encode_queries)
    party, youth = (
        "Mức đóng đảng phí của đảng viên hưởng lương là bao nhiêu?",
        "Mức đóng đoàn phí của đoàn viên là bao nhiêu?",
    )

    assert book.candidate(analyze(party), embedder.encode_queries([party])[0]) is not None
    assert book.candidate(analyze(youth), embedder.encode_queries([youth])[0]) is None


@pytest.mark.parametrize(
    ("answerable", "wording", "margin", "agreed"),
    [
        (False, 0.87, 0.10, False),  # the passages could not answer: a merely close entry is no answer
        (False, 0.93, 0.30, True),  # an entry far ahead of the others, in nearly the same words
        (False, 0.93, 0.10, False),  # nearly the same words, but another entry is close behind
    ],
)
def test_an_entry_answers_without_the_passages_evidence_only_when_it_fits_far_better(
    answerable, wording, margin, agreed
):
    entry = FaqEntry(id="quyen-du-bi", question="Đảng viên dự bị có được biểu quyết không?", answer="Không.")
    found = FaqCandidate(entry, wording, wording, margin, lexical=1.0, coverage=0.6, entry_cosine=0.80)

    assert agrees(found, basis_rank=1, answerable=answerable, passage_cosine=0.9) is agreed
    assert not agrees(found, basis_rank=2, answerable=answerable)  # not without the passages unless its basis is first
    assert not agrees(found, basis_rank=None, answerable=answerable)


@pytest.mark.parametrize(
    ("basis_rank", "answerable", "entry_cosine", "entry_margin", "passage_cosine", "coverage", "agreed"),
    [
        (1, True, 0.90, 0.01, 0.89, 0.6, True),  # closer as a whole than the passages found and the other entries
        (3, True, 0.90, 0.01, 0.89, 0.6, True),  # its basis third: the search still agrees
        (4, True, 0.99, 0.05, 0.80, 1.0, False),  # the search puts other passages well before its basis
        (2, False, 0.99, 0.05, 0.80, 1.0, False),  # the passages' evidence is missing
        (1, True, 0.88, 0.01, 0.90, 0.6, False),  # a passage reads closer: the same topic, not the same question
        (1, True, 0.90, -0.01, 0.89, 0.6, False),  # another entry reads closer as a whole
        (1, True, 0.90, 0.01, 0.89, 0.1, False),  # hardly a word of the question in the entry
    ],
)
def test_an_entry_closer_than_the_passages_and_the_other_entries_answers_when_the_search_agrees(
    basis_rank, answerable, entry_cosine, entry_margin, passage_cosine, coverage, agreed
):
    entry = FaqEntry(id="du-bi-bao-lau", question="Đảng viên dự bị bao lâu?", answer="Mười hai tháng.")
    found = FaqCandidate(
        entry,
        entry_cosine,
        0.88,
        0.1,
        lexical=1.0,
        coverage=coverage,
        entry_cosine=entry_cosine,
        entry_margin=entry_margin,
    )

    assert agrees(found, basis_rank, answerable, passage_cosine) is agreed
    assert not agrees(dataclasses.replace(found, same_ask=False), basis_rank, answerable, passage_cosine)


def test_an_entry_on_the_branch_does_not_answer_for_a_higher_body(book):
    """'Ban Chấp hành' in the question, only 'chi bộ' in the entry: no curated answer, however close."""
    embedder = FakeEmbedder()
    book.embed(embedder.encode_queries)
    branch = next(entry for entry in book.entries if "chi bộ" in entry.question.lower())
    asked = branch.question.replace("chi bộ", "Ban Chấp hành").replace("Chi bộ", "Ban Chấp hành")

    same = book.candidate(analyze(branch.question), embedder.encode_queries([branch.question])[0])
    other = book.candidate(analyze(asked), embedder.encode_queries([asked])[0])
    assert same is not None and same.same_organs
    assert other is not None and not other.same_organs
    assert not agrees(dataclasses.replace(other, wording=0.99, margin=0.5, coverage=1.0), basis_rank=1)


def test_an_entry_whose_answer_states_no_measure_asked_for_is_no_answer(book):
    """'Mười hai tháng' answers 'mấy tháng', not 'bao nhiêu phần trăm': such a question gets the passages."""
    embedder = FakeEmbedder()
    book.embed(embedder.encode_queries)
    entry = book.get("du-bi-bao-lau")

    def candidate(question: str) -> FaqCandidate:
        found = book.candidate(analyze(question), embedder.encode_queries([question])[0])
        assert found is not None and found.entry == entry
        return dataclasses.replace(found, wording=0.99, similarity=0.99, margin=0.5, lexical=1.0, coverage=1.0)

    months, share = candidate("Đảng viên dự bị mấy tháng?"), candidate("Đảng viên dự bị bao nhiêu phần trăm?")
    assert accepts(months) and agrees(months, basis_rank=1)
    assert not share.states_measures
    assert not accepts(share) and not agrees(share, basis_rank=1)


def test_a_yes_no_question_gets_only_an_entry_that_answers_one():
    """'Sinh hoạt chuyên đề … có phải mời cấp trên không?' is a near miss of the entry saying how often such
    meetings are held: an entry answers whether something holds only if it is written to (a yes/no wording)."""
    asked = "Sinh hoạt chuyên đề có phải mời cấp ủy cấp trên về dự không?"
    often = FaqEntry(
        id="sinh-hoat-chuyen-de",
        question="Sinh hoạt chuyên đề tổ chức mấy lần một năm?",
        answer="Ít nhất mỗi quý một lần; cấp ủy cấp trên có thể cử người dự.",
    )
    whether = often.model_copy(update={"aliases": ["Chi bộ có phải sinh hoạt chuyên đề không?"]})
    embedder = FakeEmbedder()
    for entry, answers in ((often, False), (whether, True)):
        book = FaqBook([entry])
        book.embed(embedder.encode_queries)
        found = book.candidate(analyze(asked), embedder.encode_queries([asked])[0])
        assert found is not None and found.same_ask is answers
        assert agrees(dataclasses.replace(found, coverage=1.0, entry_cosine=0.95), 1, True, 0.9) is answers


@pytest.mark.parametrize(
    ("basis_rank", "wording", "margin", "coverage", "offered"),
    [
        (3, 0.92, 0.10, 0.5, True),  # close, ahead of the others, some shared words, its basis found
        (6, 0.92, 0.10, 0.5, False),  # its basis is not among the passages found
        (None, 0.99, 0.50, 1.0, False),
        (1, 0.88, 0.10, 0.5, False),  # not close enough
        (1, 0.92, 0.00, 0.5, False),  # another entry reads as close
        (3, 0.93, 0.40, 0.29, False),  # 'Chuyển sinh hoạt … bao lâu?' vs 'Đảng viên dự bị mấy tháng?': only the ask
    ],
)
def test_an_entry_is_offered_beside_the_passages_when_it_is_close_to_the_question(
    basis_rank, wording, margin, coverage, offered
):
    entry = FaqEntry(id="vang-sinh-hoat", question="Vắng sinh hoạt chi bộ thì phải làm gì?", answer="Báo cáo lý do.")
    found = FaqCandidate(entry, wording, wording, margin, lexical=1.0, coverage=coverage)

    assert related(found, basis_rank) is offered
    assert not related(dataclasses.replace(found, same_ask=False), basis_rank)
