"""Members' everyday words reach the documents' terms, without reading a branch meeting as a skipped one."""

from collections.abc import Iterator

import pytest

from bot.errors import SynonymsError
from bot.qa.service import QAService
from bot.search.colloquial import BUILT_IN, load_lexicon
from bot.search.query import analyze, model_input
from tests.conftest import CHARTER, FakeEmbedder, write_knowledge


@pytest.fixture(scope="module")
def core_search(tmp_path_factory: pytest.TempPathFactory) -> Iterator[QAService]:
    root = tmp_path_factory.mktemp("colloquial")
    service = QAService(write_knowledge(root / "knowledge"), root / "index", FakeEmbedder())
    service.rebuild()
    yield service


@pytest.mark.parametrize(
    ("question", "official"),
    [
        ("Tiền Đảng tháng này chưa đóng thì có sao không?", "đảng phí"),
        ("Sếp lấy xe cơ quan đi ăn cưới có được không?", "tài sản công"),  # the conduct rules' words
        ("sep dua em ruot len lam truong phong duoc khong", "người thân"),
        ("tien dang thang nay chua dong thi co sao khong", "đảng phí"),
        ("Mỗi tháng phải nộp tiền Đảng bao nhiêu?", "đóng đảng phí"),
        ("Đảng phí mỗi tháng đóng bao nhiêu?", "hằng tháng"),  # the rules' word for it
        ("Vừa làm lễ xong, em phải qua giai đoạn thử thách bao lâu?", "thời gian dự bị"),
        ("Chi bộ có tự đuổi một đồng chí ra khỏi Đảng được không?", "khai trừ"),
        ("dv nghi hop may thang lien thi bi xu ly gi", "vắng sinh hoạt"),
        ("Có quyết định điều động sang sở khác thì làm gì?", "chuyển công tác"),
        ("Bao giờ tôi được lên chính thức?", "chuyển đảng chính thức"),
        ("Kết nạp xong phải chờ mấy tháng mới thành đảng viên chính thức?", "hết thời gian dự bị"),
        ("Đảng viên đánh vợ thì chi bộ kỷ luật thế nào?", "bạo lực gia đình"),
        ("Những trường hợp nào bị kỷ luật nặng hơn?", "tình tiết tăng nặng"),
        ("Khi chi bộ họp bàn kỷ luật, tôi có được tự trình bày không?", "trình bày ý kiến"),
        ("trong dang y kien it nguoi co phai nghe theo so dong khong", "thiểu số phục tùng đa số"),
        ("Con tôi là đảng viên sắp đi bộ đội thì sinh hoạt đảng ra sao?", "nhập ngũ"),
        ("Đảng viên bị khởi tố thì chi bộ xử lý thế nào?", "truy cứu trách nhiệm hình sự"),
        ("dang vien di nhau ve roi lai xe may", "rượu bia"),  # typed plain: 'nhau' may be 'nhậu'
        ("Đảng viên đi nhậu về rồi lái xe máy thì bị kỷ luật không?", "rượu bia"),
        ("Người ta biếu voucher siêu thị thì đảng viên có được nhận không?", "quà tặng"),
        ("Nghỉ họp nhiều buổi thì có bị đưa ra khỏi Đảng không?", "xóa tên, khai trừ"),
    ],
)
def test_everyday_phrase_brings_the_official_wording(question, official):
    assert official in BUILT_IN.phrases(question).official


@pytest.mark.parametrize(
    ("question", "not_meant"),
    [
        ("Chi bộ họp mấy lần một năm?", "vắng sinh hoạt"),  # 'bộ họp' is not 'bỏ họp'
        ("chi bo hop may lan mot nam", "vắng sinh hoạt"),  # nor when typed without diacritics
        ("Hồ sơ xét chuyển đảng chính thức gồm gì?", "chuyển sinh hoạt đảng"),  # the official phrase holds
        ("Nêu những khó khăn, thử thách của nhiệm kỳ", "thời gian dự bị"),  # a challenge is not probation
        ("Ý kiến phát biểu tại đại hội", "kỷ luật"),  # 'phát' is not 'phạt'
        ("Mức phạt vượt đèn đỏ là bao nhiêu?", "hình thức kỷ luật"),  # a fine is not party discipline
        ("Phải chờ mấy tháng mới thành đảng viên chính thức?", "kết nạp đảng viên"),  # probation's end, not admission
        ("Đảng viên rủ nhau chơi hụi thì có vi phạm không?", "rượu bia"),  # typed with accents, 'nhau' is 'nhau'
    ],
)
def test_official_or_unrelated_words_are_left_alone(question, not_meant):
    assert not_meant not in BUILT_IN.phrases(question).official


def test_the_official_wording_joins_what_bm25_and_the_model_read():
    query = analyze("Tiền Đảng của sinh viên là bao nhiêu?")

    assert "dang_phi" in query.search_terms
    # A passage saying 'đảng phí' covers 'tiền Đảng'; one saying neither covers neither.
    assert query.covered("tien", {"dang", "phi"}) and query.covered("tien_dang", {"dang", "phi"})
    assert not query.covered("tien", {"dang", "vien"})
    assert model_input(query, str.upper) == "TIỀN ĐẢNG CỦA SINH VIÊN LÀ BAO NHIÊU? (đảng phí)"
    assert model_input(analyze("Đảng phí hằng tháng"), str.upper) == "ĐẢNG PHÍ HẰNG THÁNG"


@pytest.mark.parametrize(
    ("question", "anchor"),
    [
        ("Mỗi tháng phải nộp tiền Đảng đúng hạn à?", "đóng đảng phí"),
        ("Vừa làm lễ xong thì giai đoạn thử thách kéo dài mấy tháng?", "thời gian dự bị mười hai tháng"),
        ("Đảng viên làm sai có thể bị đuổi không?", "khai trừ"),
    ],
)
def test_everyday_question_finds_the_official_passage(core_search, question, anchor):
    """BM25 alone (the fake embedder's hashed words would only add noise to what is tested)."""
    found = core_search.search_result(question, dense=False).hits[0].passage

    assert found.source == CHARTER
    assert anchor in found.text


# -- the organisation's own phrases (knowledge/synonyms.yaml) ---------------------------------------------------


def test_an_organisations_own_phrases_join_the_built_in_ones(tmp_path):
    path = tmp_path / "synonyms.yaml"
    path.write_text('"Họp Tổ": "sinh hoạt tổ đảng"\n"tiền Đảng": "đảng phí hằng tháng"\n', encoding="utf-8")

    lexicon = load_lexicon(path)

    assert lexicon.phrases("hop to thang nay lui lai").official == ("sinh hoạt tổ đảng",)
    assert lexicon.phrases("tiền Đảng của tôi").official == ("đảng phí hằng tháng",)  # replaces the built-in one
    assert lexicon.phrases("bị đuổi khỏi Đảng").official == ("khai trừ",)  # the built-in ones stay
    assert load_lexicon(tmp_path / "absent.yaml") is BUILT_IN


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        ("- tiền Đảng\n- đảng phí\n", "must map everyday phrases"),
        ('"tiền Đảng": 3\n', "must be text"),
        ('"": "đảng phí"\n', "must be text"),
        ('"a b c d e f g h i": "đảng phí"\n', "1 to 8 words"),
        ('"tiền Đảng": [đảng phí\n', "not valid YAML"),
    ],
)
def test_a_malformed_synonyms_file_is_one_clear_error(tmp_path, content, reason):
    path = tmp_path / "synonyms.yaml"
    path.write_text(content, encoding="utf-8")

    with pytest.raises(SynonymsError, match=reason) as raised:
        load_lexicon(path)
    assert "\n" not in str(raised.value)


def test_a_synonyms_file_in_another_encoding_is_one_clear_error(tmp_path):
    path = tmp_path / "synonyms.yaml"
    path.write_bytes('"tiền Đảng": "đảng phí"\n'.encode("utf-16"))  # as some editors save it

    with pytest.raises(SynonymsError, match=r"is not UTF-8 text .* Save it as UTF-8"):
        load_lexicon(path)


def test_a_rebuild_takes_up_edited_phrases_and_a_broken_file_changes_nothing(tmp_path):
    knowledge = write_knowledge(tmp_path / "knowledge")
    service = QAService(knowledge, tmp_path / "index", FakeEmbedder())
    service.rebuild()
    question = "tống xuất đảng viên"  # 'tống xuất' is this organisation's word for 'khai trừ'
    assert "khai trừ" not in service.search_result(question, dense=False).hits[0].passage.text

    (knowledge / "synonyms.yaml").write_text('"tống xuất": "khai trừ"\n', encoding="utf-8")
    report = service.rebuild()
    assert "khai trừ" in service.search_result(question, dense=False).hits[0].passage.text
    assert report.skipped == []  # the file is the bot's own, not a document to index

    (knowledge / "synonyms.yaml").write_text('"tống xuất": [khai trừ\n', encoding="utf-8")
    with pytest.raises(SynonymsError):
        service.rebuild()
    assert "khai trừ" in service.search_result(question, dense=False).hits[0].passage.text
