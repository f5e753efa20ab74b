"""Hybrid search and answers through QAService, over real FAISS and bm25s indexes built in a temporary folder."""

import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from bot.errors import EmptyQuestionError
from bot.models import Passage
from bot.qa.service import QAService
from bot.search.embedder import Embedder
from bot.search.engine import SearchIndex
from bot.search.query import PassageTerms, analyze, embedding_text, whole_words_in
from bot.search.store import IndexFolder
from bot.text import WORD, terms, with_bigrams
from tests.conftest import CHARTER, REGULATION, REPORT, FakeEmbedder, fake_index, fixture_text, write_knowledge

# Pairs of passages identical once folded: only the accents tell them apart.
ACCENT_PAIRS = [
    ("Cấp ủy Đảng lãnh đạo công tác dân vận ở khu dân cư.", "Cấp ủy đang lãnh đạo công tác dân vận ở khu dân cư."),
    ("Hội nghị thống nhất bỏ phiếu kín để bầu bí thư mới.", "Hội nghị thống nhất bộ phiếu kín để bầu bí thư mới."),
    ("Mức đóng góp của đảng viên được ghi vào sổ.", "Mục đóng góp của đảng viên được ghi vào sổ."),
]
ACCENT_TITLE = "Ghi chép cuộc họp chi bộ tháng trước"

ENGLISH_NOTE = "ghi-chu-tieng-anh.txt"
ENGLISH_PASSAGE = "The branch secretary convenes a monthly meeting where every comrade reviews the past month's work."


def _accent_source(pair: int, side: int) -> str:
    return f"ghi-chep-{pair}-{side}.txt"


@pytest.fixture(scope="module")
def fake_search(tmp_path_factory: pytest.TempPathFactory) -> Iterator[QAService]:
    """The core fixture documents plus the accent pairs, indexed with the fake embedder."""
    root = tmp_path_factory.mktemp("fake-search")
    knowledge = write_knowledge(root / "knowledge")
    for pair, texts in enumerate(ACCENT_PAIRS):
        for side, text in enumerate(texts):
            (knowledge / _accent_source(pair, side)).write_text(f"{ACCENT_TITLE}\n\n{text}\n", encoding="utf-8")
    service = QAService(knowledge, root / "index", FakeEmbedder())
    service.rebuild()
    yield service


@pytest.fixture(scope="module")
def real_search(tmp_path_factory: pytest.TempPathFactory, real_embedder: Embedder) -> Iterator[QAService]:
    """The core fixture documents, an English note and the FAQ, indexed with the real model."""
    root = tmp_path_factory.mktemp("real-search")
    knowledge = write_knowledge(root / "knowledge", faq=True)
    (knowledge / ENGLISH_NOTE).write_text(f"Ghi chú của chi bộ bằng tiếng Anh\n\n{ENGLISH_PASSAGE}\n", encoding="utf-8")
    service = QAService(knowledge, root / "index", real_embedder)
    service.rebuild()
    yield service


def _top(service: QAService, question: str) -> tuple[str, int | None, str]:
    passage = service.search(question)[0].passage
    return passage.source, passage.article, passage.citation


def _lexical_top(service: QAService, question: str) -> Passage:
    """The BM25 channel's best passage: the fake embedder's hashed words would only add noise to what is tested."""
    return service.search_result(question, dense=False).hits[0].passage


@pytest.mark.parametrize(
    ("question", "source", "anchor"),
    [
        ("thoi gian du bi muoi hai thang", CHARTER, "Điều 5. Đảng viên dự bị"),
        ("hinh thuc ky luat dang vien khien trach canh cao", CHARTER, "Điều 9. Hình thức kỷ luật đảng viên"),
        ("chuyen sinh hoat chinh thuc trong sau muoi ngay", REGULATION, "Điều 5. Chuyển sinh hoạt chính thức"),
        ("nguoi gioi thieu vao dang phai bao cao voi chi bo", CHARTER, "Điều 4. Thủ tục kết nạp đảng viên"),
        ("SINH HOAT CHUYEN DE THEO QUY", REPORT, "II. Kết quả công tác xây dựng Đảng"),
    ],
)
def test_unaccented_question_finds_the_accented_passage(fake_search, question, source, anchor):
    found = _lexical_top(fake_search, question)

    assert found.source == source
    assert anchor in found.citation


@pytest.mark.parametrize(
    ("question", "source", "text"),
    [
        ("UBKT", REPORT, "Ủy ban kiểm tra Đảng ủy"),
        ("ubkt chủ động", REPORT, "Ủy ban kiểm tra Đảng ủy"),
        ("ĐV dự bị vi phạm thì sao", CHARTER, "Đảng viên dự bị vi phạm"),
        ("dvdb vi phạm", CHARTER, "Đảng viên dự bị vi phạm"),
        ("BTV Tỉnh ủy ban hành công văn", REPORT, "Ban Thường vụ Tỉnh ủy"),
    ],
)
def test_abbreviated_question_finds_the_spelled_out_passage(fake_search, question, source, text):
    found = _lexical_top(fake_search, question)

    assert text in found.text
    assert found.source == source
    assert question.split()[0] not in found.text  # the abbreviation itself is not in the document


@pytest.mark.parametrize(
    ("question", "source", "article"),
    [
        ("Điều 9 Điều lệ Đảng", CHARTER, 9),
        ("điều 9 điều lệ", CHARTER, 9),
        ("dieu 9 dieu le dang", CHARTER, 9),
        ("điều 9 quy định 24", REGULATION, 9),
        ("Điều 5 Quy định 24-QĐ/TW", REGULATION, 5),
        ("điều 5 quy định 24", REGULATION, 5),
        ("Điều 5 Điều lệ Đảng nói gì", CHARTER, 5),
        ("Điều 1 Điều lệ Đảng", CHARTER, 1),
        ("điều 4 điều lệ đảng", CHARTER, 4),
        # After the document's name 'quy định' is the verb, not a Quy định (the implementing regulation's name).
        ("Điều 9 Điều lệ Đảng quy định thẩm quyền kỷ luật thế nào?", CHARTER, 9),
        ("Khoản 2 Điều 5 Điều lệ Đảng quy định công nhận chính thức ra sao?", CHARTER, 5),
        ("Điều 9 Quy định 24 quy định thẩm quyền kỷ luật thế nào?", REGULATION, 9),
    ],
)
def test_article_lookup_returns_that_article_first(fake_search, question, source, article):
    found_source, found_article, _ = _top(fake_search, question)

    assert (found_source, found_article) == (source, article)


def _cited_clauses(citation: str) -> range:
    """'… — khoản 3' -> 3..3, '… — khoản 1–2' -> 1..2 (chunking may group short clauses)."""
    cited = re.search(r"khoản (\d+)(?:–(\d+))?$", citation)
    assert cited, citation
    return range(int(cited.group(1)), int(cited.group(2) or cited.group(1)) + 1)


@pytest.mark.parametrize("clause", [1, 2, 3, 4])
def test_article_lookup_with_clause_prefers_the_part_holding_it(fake_search, clause):
    _, article, citation = _top(fake_search, f"Điều 4 khoản {clause} Điều lệ Đảng")

    assert article == 4
    assert clause in _cited_clauses(citation)


@pytest.mark.parametrize("pair", range(len(ACCENT_PAIRS)))
@pytest.mark.parametrize("side", [0, 1])
def test_exact_accents_outrank_a_merely_folded_match(fake_search, pair, side):
    question = ACCENT_PAIRS[pair][side].rstrip(".")
    sources = [hit.passage.source for hit in fake_search.search(question, k=10)]

    wanted, other = _accent_source(pair, side), _accent_source(pair, 1 - side)
    assert wanted in sources
    assert other in sources
    assert sources.index(wanted) < sources.index(other)


def test_accent_pairs_are_identical_when_folded(fake_search):
    for pair in range(len(ACCENT_PAIRS)):
        question = ACCENT_PAIRS[pair][0]
        by_source = {hit.passage.source: hit for hit in fake_search.search(question, k=10)}
        first, second = by_source[_accent_source(pair, 0)], by_source[_accent_source(pair, 1)]
        assert first.lexical == pytest.approx(second.lexical)
        assert first.dense == pytest.approx(second.dense)


def test_search_hits_are_sorted_and_bounded(fake_search):
    hits = fake_search.search("đảng viên dự bị", k=4)

    assert len(hits) == 4
    assert [hit.score for hit in hits] == sorted((hit.score for hit in hits), reverse=True)


PRUNING_QUESTIONS = [
    *(f"Điều 4 khoản {clause} Điều lệ Đảng" for clause in (1, 2, 3, 4)),
    "kết nạp Điều 4",
    "điều 5 quy định 24",
    "Điều 9 nói gì về kỷ luật",
    "thoi gian du bi muoi hai thang",
    "Đảng viên dự bị vi phạm kỷ luật thì xử lý thế nào?",
    "Hội nghị thống nhất bỏ phiếu kín để bầu bí thư mới",
    "chi bo sinh hoat chuyen de",
    "Chương II Điều lệ Đảng quy định gì về kỷ luật?",  # a chapter's bonus
    "Chỉ tiêu kết nạp đảng viên nhiệm kỳ tới là bao nhiêu?",  # a report's targets part
    "Nhiệm kỳ qua Đảng bộ đã kết nạp được bao nhiêu đảng viên?",  # its results part
]


@pytest.mark.parametrize("question", PRUNING_QUESTIONS)
@pytest.mark.parametrize(
    ("dense", "lexical"), [(True, True), (False, True), (True, False)], ids=["hybrid", "bm25", "dense"]
)
@pytest.mark.parametrize("k", [1, 3])
def test_skipping_passages_out_of_reach_changes_no_hit(fake_search, monkeypatch, question, dense, lexical, k):
    def hits() -> list[tuple[str, str, float]]:
        result = fake_search.search_result(question, k=k, dense=dense, lexical=lexical)
        return [(hit.passage.source, hit.passage.citation, round(hit.score, 9)) for hit in result.hits]

    pruned = hits()
    monkeypatch.setattr(SearchIndex, "_within_reach", lambda self, query, weights, head, k, lexical: head)
    assert pruned == hits()


def test_passage_terms_and_whole_words_match_their_plain_definitions():
    texts = [fixture_text(name) for name in (CHARTER, REGULATION, REPORT)] + [ACCENT_PAIRS[0][0], "ĐV, BCH và UBKT_x"]
    for text in texts:
        present = PassageTerms(text)
        plain = set(with_bigrams(terms(text)))
        for term in plain | {"dang_vien", "vien_dang", "x_y", "ky", "ky_luat", "luat_ky"}:
            assert (term in present) == (term in plain), term
        wanted = {"đảng", "viên", "dự", "bị", "đang", "bộ", "bỏ", "x", "ubkt"}
        assert whole_words_in(text, wanted) == wanted & set(WORD.findall(text.lower()))


# -- the real model: what each channel contributes ------------------------------------------------------

DENSE_ONLY = ["How regularly must members be brought together?", "How frequently are comrades summoned together?"]
LEXICAL_ONLY = ["ông Quế", "Quế"]


def _ranking(service: QAService, question: str, **channels: bool) -> list[tuple[str, str]]:
    return [
        (hit.passage.source, hit.passage.citation) for hit in service.search_result(question, k=50, **channels).hits
    ]


@pytest.mark.parametrize("question", DENSE_ONLY)
def test_paraphrase_sharing_no_words_is_found_by_dense_search(real_search, question):
    assert _ranking(real_search, question, dense=False) == []  # BM25 alone finds nothing
    assert _ranking(real_search, question, lexical=False)[0][0] == ENGLISH_NOTE

    hits = real_search.search(question)

    assert hits[0].passage.source == ENGLISH_NOTE
    assert hits[0].lexical == 0.0
    assert not {word.lower() for word in question.rstrip("?").split()} & set(ENGLISH_PASSAGE.lower().split())


@pytest.mark.parametrize("question", LEXICAL_ONLY)
def test_proper_name_is_found_first_by_bm25_and_by_the_hybrid(real_search, question):
    wanted = (REPORT, "I. Tình hình chung")
    assert _ranking(real_search, question, dense=False)[0] == wanted

    hits = real_search.search(question)

    assert (hits[0].passage.source, hits[0].passage.citation) == wanted


@pytest.mark.parametrize(
    "question",
    ["giá vàng hôm nay", "how to cook pho", "😀😀", "asdkjh qwe", "thời tiết Hà Nội ngày mai thế nào", "???", "12345"],
)
def test_off_topic_questions_get_no_answer(real_search, question):
    answer = real_search.ask(question)

    assert answer.kind == "none"
    assert answer.sources == ()
    assert answer.faq_id is None
    assert answer.answer


@pytest.mark.parametrize(
    ("question", "faq_id"),
    [
        ("Đảng viên dự bị mấy tháng?", "du-bi-bao-lau"),
        ("dang vien vi pham co nhung hinh thuc ky luat nao", "hinh-thuc-ky-luat"),
    ],
)
def test_faq_questions_get_the_curated_answer(real_search, question, faq_id):
    answer = real_search.ask(question)

    assert (answer.kind, answer.faq_id) == ("faq", faq_id)
    assert answer.answer.startswith(real_search.faq.get(faq_id).answer)


@pytest.mark.parametrize(
    ("question", "source", "anchor"),
    [
        ("Người giới thiệu người vào Đảng có trách nhiệm gì?", CHARTER, "Điều 4"),
        ("Chi bộ có quyền khiển trách, cảnh cáo người vi phạm không?", REGULATION, "Điều 9"),
        ("Điều 5 Điều lệ Đảng", CHARTER, "Điều 5"),
    ],
)
def test_answer_cites_the_passage(real_search, question, source, anchor):
    answer = real_search.ask(question)

    assert answer.kind == "passages"
    assert answer.sources[0].passage.source == source
    assert anchor in answer.sources[0].passage.citation
    assert anchor in answer.answer


@pytest.mark.parametrize("question", ["", "   ", "\n\t ", "\u200b"])
@pytest.mark.parametrize("method", ["ask", "search"])
def test_empty_question_is_refused(fake_search, question, method):
    with pytest.raises(EmptyQuestionError):
        getattr(fake_search, method)(question)


def test_very_long_question_gets_an_answer(real_search):
    question = "Tình huống ở chi bộ tôi. " + "Chi bộ họp bàn nhiều việc. " * 380 + "Đảng viên dự bị mấy tháng?"
    assert len(question) >= 10_000

    answer = real_search.ask(question)

    assert answer.kind in {"faq", "passages", "none"}
    assert answer.query == question  # echoed as asked; only the search sees the shortened form


def test_index_built_with_the_fake_embedder_is_in_the_tmp_folder(fake_search):
    assert Path(fake_search.index_dir).is_dir()
    assert IndexFolder(fake_search.index_dir).manifest()["model"] == "fake-hash-64"


def test_a_long_question_is_embedded_by_its_head_and_its_tail():
    stem = "Câu 3: Theo quy định hiện hành, nội dung nào sau đây là đúng về đảng viên dự bị? " * 3
    options = " ".join(f"{letter}. " + "phương án dài về thủ tục kết nạp " * 6 for letter in "ABCD")
    question = f"{stem}{options} Vậy chi bộ phải làm gì?"

    shown = embedding_text(question)

    assert len(question) > 1000 and len(shown) <= 510
    assert shown.startswith("Câu 3: Theo quy định hiện hành") and shown.endswith("Vậy chi bộ phải làm gì?")
    assert " … " in shown
    assert embedding_text("Đảng viên dự bị bao lâu?") == "Đảng viên dự bị bao lâu?"


def test_a_word_spelled_as_the_documents_never_do_weighs_like_an_unknown_one(fake_search, monkeypatch):
    """Folded, 'nối' is 'noi', as common as 'nơi': the documents' own spellings say it is foreign to them."""
    index = fake_search._loaded()
    query = analyze("chi bộ nối")
    passage = next(h.passage for h in fake_search.search("chi bộ nơi đến") if " nơi " in h.passage.text)
    assert "noi" in query.content_terms and not index.restorer.knows("nối") and index.restorer.knows("nơi")

    spelled = index.coverage(query, passage)
    monkeypatch.setattr(type(index.restorer), "knows", lambda self, syllable: True)

    assert spelled < index.coverage(query, passage)


IMPLEMENTING = "quy-dinh-294.md"
IMPLEMENTING_TEXT = """# Quy định số 294-QĐ/TW về thi hành Điều lệ Đảng

1. Điều 1: Về tuổi đời của người vào Đảng

1.1. Người vào Đảng phải đủ 18 tuổi đến đủ 60 tuổi tính theo tháng.

3. Điều 4: Về thủ tục kết nạp đảng viên

3.1. Giấy chứng nhận học lớp bồi dưỡng nhận thức về Đảng có giá trị trong thời hạn 60 tháng. Người giới thiệu \
phải là đảng viên chính thức, cùng công tác với người vào Đảng ít nhất 12 tháng.
"""


@pytest.fixture(scope="module")
def with_implementing(tmp_path_factory: pytest.TempPathFactory) -> QAService:
    """The charter beside a regulation implementing it, whose sections are named after the charter's articles."""
    return fake_index(tmp_path_factory.mktemp("implementing"), {IMPLEMENTING: IMPLEMENTING_TEXT}, CHARTER)


@pytest.mark.parametrize(
    ("question", "source"),
    [
        ("Điều 4 Điều lệ Đảng quy định gì?", CHARTER),
        ("dieu 4 dieu le dang", CHARTER),
        ("Điều 4 Quy định 294", IMPLEMENTING),
    ],
)
def test_an_article_of_the_named_document_comes_before_a_section_about_it_in_another(
    with_implementing, question, source
):
    """'Quy định … thi hành Điều lệ Đảng' has the words 'Điều lệ Đảng' too; the title they name best wins."""
    found_source, found_article, _ = _top(with_implementing, question)

    assert (found_source, found_article) == (source, 4)


YOUTH_CHARTER = "dieu-le-doan.md"
YOUTH_CHARTER_TEXT = """# ĐIỀU LỆ ĐOÀN THANH NIÊN CỘNG SẢN HỒ CHÍ MINH

Điều 1. Đoàn viên

Thanh niên Việt Nam tuổi từ 16 đến 30, tích cực học tập, lao động, tán thành Điều lệ Đoàn, tự nguyện hoạt động \\
trong một tổ chức cơ sở của Đoàn thì được xét kết nạp vào Đoàn.

Điều 2. Đoàn phí

Đoàn viên đóng đoàn phí hằng tháng theo quy định của Ban Chấp hành Trung ương Đoàn.
"""
PARTY_AGE = "tuoi-vao-dang.md"
PARTY_AGE_TEXT = """# Hướng dẫn kết nạp đảng viên

1. Tuổi của người vào Đảng

Người vào Đảng phải từ đủ 18 tuổi đến đủ 60 tuổi, tính theo tháng, đến ngày chi bộ họp xét kết nạp.
"""


@pytest.fixture(scope="module")
def with_youth_charter(tmp_path_factory: pytest.TempPathFactory) -> QAService:
    """The party's admission guide beside the Youth Union's charter, which reads much like it."""
    return fake_index(tmp_path_factory.mktemp("youth"), {YOUTH_CHARTER: YOUTH_CHARTER_TEXT, PARTY_AGE: PARTY_AGE_TEXT})


@pytest.mark.parametrize(
    ("question", "source"),
    [
        ("Người vào Đoàn phải bao nhiêu tuổi?", YOUTH_CHARTER),
        ("nguoi vao doan phai bao nhieu tuoi", YOUTH_CHARTER),
        ("Người vào Đảng phải bao nhiêu tuổi?", PARTY_AGE),
    ],
)
def test_a_question_naming_one_organisation_is_searched_in_its_documents_first(with_youth_charter, question, source):
    assert _lexical_top(with_youth_charter, question).source == source


RESOLUTION = "nghi-quyet-xa.md"
RESOLUTION_TEXT = """# Nghị quyết Đại hội Đảng bộ xã Tân Hòa lần thứ XXV, nhiệm kỳ 2025–2030

Đại hội đại biểu Đảng bộ xã Tân Hòa lần thứ XXV, nhiệm kỳ 2025–2030 họp với 150 đại biểu chính thức đại diện cho \\
612 đảng viên trong toàn Đảng bộ xã.

## Chỉ tiêu về xây dựng Đảng

Kết nạp đảng viên mới trong nhiệm kỳ từ 60 đảng viên trở lên; 100% chi bộ hoàn thành nhiệm vụ.

## Chỉ tiêu về kinh tế

Thu nhập bình quân đầu người đạt 95 triệu đồng; tốc độ tăng giá trị sản xuất 9,5% mỗi năm.
"""


@pytest.fixture(scope="module")
def with_resolution(tmp_path_factory: pytest.TempPathFactory) -> QAService:
    return fake_index(tmp_path_factory.mktemp("resolution"), {RESOLUTION: RESOLUTION_TEXT}, CHARTER)


def test_a_passage_inherits_its_documents_title_so_the_opening_that_restates_it_does_not_win(with_resolution):
    """The opening repeats 'Đảng bộ xã Tân Hòa, nhiệm kỳ 2025–2030'; the question asks for a target."""
    question = "Nhiệm kỳ 2025-2030 Đảng bộ xã Tân Hòa phấn đấu kết nạp bao nhiêu đảng viên mới?"
    top = _lexical_top(with_resolution, question)

    assert "60 đảng viên" in top.text


REVIEW = "bao-cao-kiem-diem.md"
# The title names no place ('Đảng bộ xã'); the letterhead and the opening do, and the first part repeats it.
REVIEW_TEXT = """ĐẢNG BỘ XÃ KHE VÀNG

# Báo cáo kiểm điểm sự lãnh đạo của Ban Chấp hành Đảng bộ xã nhiệm kỳ 2020–2025

Ban Chấp hành Đảng bộ xã Khe Vàng khóa XX kiểm điểm sự lãnh đạo, chỉ đạo trong nhiệm kỳ 2020–2025.

## I. Đặc điểm tình hình

Xã Khe Vàng có 14 thôn; Đảng bộ xã Khe Vàng có 21 chi bộ, 612 đảng viên. Ban Chấp hành Đảng bộ xã Khe Vàng \
khóa XX có 15 đồng chí.

## IV. Bài học kinh nghiệm

Một là, giữ vững nguyên tắc tập trung dân chủ. Hai là, bám sát cơ sở, lắng nghe ý kiến của Nhân dân.
"""


@pytest.fixture(scope="module")
def with_review(tmp_path_factory: pytest.TempPathFactory) -> QAService:
    return fake_index(tmp_path_factory.mktemp("review"), {REVIEW: REVIEW_TEXT}, CHARTER, REGULATION, REPORT)


@pytest.mark.parametrize(
    "question",
    [
        "Đảng bộ xã Khe Vàng rút ra những bài học gì?",
        "dang bo xa khe vang rut ra nhung bai hoc gi",
    ],
)
def test_a_passage_inherits_the_place_its_report_names_only_in_the_letterhead(with_review, question):
    """Every passage of the report is about xã Khe Vàng: the part that repeats the name does not win for it."""
    assert _lexical_top(with_review, question).citation.startswith("IV.")


WARD_REPORT = "bao-cao-phuong.md"
WARD_REPORT_TEXT = """# Báo cáo chính trị Đại hội Đảng bộ phường An Bình, nhiệm kỳ 2025–2030

## Phần I. Kết quả thực hiện Nghị quyết Đại hội nhiệm kỳ 2020–2025

### 1. Về xây dựng Đảng

Trong nhiệm kỳ, Đảng bộ kết nạp 148 đảng viên mới, đạt 123% chỉ tiêu Đại hội; 95% chi bộ hoàn thành tốt nhiệm vụ.

## Phần II. Phương hướng, mục tiêu, chỉ tiêu nhiệm kỳ 2025–2030

### 1. Về xây dựng Đảng

Trong nhiệm kỳ, Đảng bộ kết nạp từ 150 đảng viên mới trở lên; 100% chi bộ hoàn thành tốt nhiệm vụ.
"""


@pytest.fixture(scope="module")
def with_report(tmp_path_factory: pytest.TempPathFactory) -> QAService:
    return fake_index(tmp_path_factory.mktemp("report"), {WARD_REPORT: WARD_REPORT_TEXT})


@pytest.mark.parametrize(
    ("question", "part"),
    [
        ("Nhiệm kỳ tới phường phấn đấu kết nạp bao nhiêu đảng viên mới?", "Phần II"),
        ("chi tieu ket nap dang vien moi cua phuong", "Phần II"),  # the results say 'đạt 123% chỉ tiêu' too
        ("Nhiệm kỳ qua phường đã kết nạp được bao nhiêu đảng viên mới?", "Phần I."),
    ],
)
def test_a_question_on_targets_gets_the_reports_targets_and_one_on_results_its_results(with_report, question, part):
    """The two passages read alike word for word; the part of the report each sits in is what the question asks."""
    assert _lexical_top(with_report, question).citation.startswith(part)


WARD_NEWS = "tin-dai-hoi.md"
WARD_NEWS_TEXT = """# Đại hội Đảng bộ phường Tân Thành lần thứ XIV, nhiệm kỳ 2025 – 2030

## Nhiệm kỳ 2020 – 2025: 15/17 chỉ tiêu đạt và vượt

Dù chịu ảnh hưởng của dịch bệnh, phường hoàn thành 15/17 chỉ tiêu nghị quyết; chỉnh trang 42 km đường, hẻm;
kết nạp 214 đảng viên mới.

## Mục tiêu nhiệm kỳ 2025 – 2030

Đảng bộ phường Tân Thành kết nạp từ 250 đảng viên mới trở lên.
"""


@pytest.fixture(scope="module")
def with_news(tmp_path_factory: pytest.TempPathFactory) -> QAService:
    return fake_index(tmp_path_factory.mktemp("news"), {WARD_NEWS: WARD_NEWS_TEXT})


def test_a_news_heading_naming_the_past_term_answers_a_question_on_results(with_news):
    """News headings name a term, not a part: the term before the congress's own is its results."""
    question = "Nhiệm kỳ qua phường Tân Thành đã kết nạp được bao nhiêu đảng viên mới?"
    assert _lexical_top(with_news, question).citation.startswith("Nhiệm kỳ 2020 – 2025")


CHAPTERED = "dieu-le.md"
CHAPTERED_TEXT = """# Điều lệ Đảng

## Chương I. ĐẢNG VIÊN

Điều 1. Đảng viên là chiến sĩ cách mạng, tuân theo nguyên tắc tổ chức của Đảng.

## Chương II. NGUYÊN TẮC TỔ CHỨC VÀ CƠ CẤU TỔ CHỨC CỦA ĐẢNG

Điều 9. Đảng tổ chức theo nguyên tắc tập trung dân chủ.
"""


@pytest.fixture(scope="module")
def with_chapters(tmp_path_factory: pytest.TempPathFactory) -> QAService:
    return fake_index(tmp_path_factory.mktemp("chapters"), {CHAPTERED: CHAPTERED_TEXT})


@pytest.mark.parametrize(
    ("question", "article"), [("Chương II Điều lệ Đảng nói về nguyên tắc tổ chức gì?", 9), ("chuong 1 dieu le", 1)]
)
def test_a_question_naming_a_chapter_gets_that_chapters_articles_first(with_chapters, question, article):
    assert _lexical_top(with_chapters, question).article == article
