"""Names the knowledge base never mentions: documents by number, laws, associations, other countries' parties."""

from __future__ import annotations

import pytest

from bot.qa.scope import unknown_names
from bot.qa.service import QAService
from bot.text import terms, with_bigrams
from tests.conftest import FakeEmbedder, fake_index

KNOWLEDGE = (
    "Đồng chí Nguyễn Văn An. Nghị quyết Trung ương 4 khóa XII. Đảng viên dự bị đóng đảng phí. "
    "Quy định số 294-QĐ/TW thi hành Điều lệ Đảng Cộng sản Việt Nam. Kỷ luật đảng viên vi phạm pháp luật. "
    "Hướng dẫn 12-HD/BTCTW về sinh hoạt chi bộ. Đại hội đảng bộ, hội nghị chi bộ, Ban chấp hành Công đoàn. "
    "Đoàn viên công đoàn. Tiền lương làm căn cứ đóng bảo hiểm xã hội. "
    "Nơi tạm trú. Mặt trận Tổ quốc Việt Nam. Luật Cán bộ, công chức. Đại hội nhiệm kỳ 2020 – 2025."
)
VOCABULARY = set(with_bigrams(terms(KNOWLEDGE)))


def knows(term: str) -> bool:
    return term in VOCABULARY


@pytest.mark.parametrize(
    ("question", "named"),
    [
        ("Quy định 214 của Bộ Chính trị gồm những gì?", "văn bản số 214"),
        ("QĐ số 08 về nêu gương", "văn bản số 08"),
        ("Chỉ thị 35 có gì mới?", "văn bản số 35"),
        ("nq 57 ve khoa hoc cong nghe", "văn bản số 57"),
        ("Luật Đất đai 2024 cấp sổ đỏ thế nào?", "luat dat"),
        ("luat bao hiem xa hoi rut mot lan", "luat bao"),
        ("Hội viên Hội Cựu chiến binh đóng hội phí bao nhiêu?", "hội cựu"),
        ("Chi hội phụ nữ thôn bầu chi hội trưởng thế nào?", "hội phụ"),
        ("hoi phu nu dong hoi phi bao nhieu 1 nam", "hoi phu nu"),  # a well-known association, typed plain
        ("hoi vien hoi cuu chien binh co phai sinh hoat hang thang", "hoi cuu chien binh"),
        ("Đảng Cộng sản Trung Quốc có bao nhiêu đảng viên?", "dang cong san trung"),
        ("dang cong san cuba dai hoi may nam mot lan", "dang cong san cuba"),
        ("Đảng Nhân dân Cách mạng Lào thành lập năm nào?", "Đảng Nhân"),
        # The report of another term, and the kind of target a congress sets that no document here names.
        ("Chỉ tiêu kết nạp đảng viên nhiệm kỳ 2025-2030?", "nhiệm kỳ 2025-2030"),
        ("nhiem ky 2025 - 2030 dang bo dat bao nhieu", "nhiệm kỳ 2025-2030"),
        ("Khâu đột phá nhiệm kỳ 2020-2025 là gì?", "đột phá"),
        ("Bầu cử HĐND cấp xã NK 2026-2031 diễn ra vào ngày nào?", "nhiệm kỳ 2026-2031"),
        # A form by a code the guides never list.
        ("Mẫu KK-03 dùng để kê khai tài sản trong trường hợp nào?", "mẫu KK-03"),
        ("mau so qh 01 gom nhung cot nao", "mẫu QH-01"),
        ("Bộ Chính trị khóa XIV có bao nhiêu ủy viên?", "XIV"),  # a committee by a number the documents never write
        ("van kien dai hoi xiii de ra may dot pha chien luoc", "XIII"),
        # A term of party work the documents never write: they hold no rule on it.
        ("Đảng viên vi phạm thì bị khiển trách hay cảnh cáo?", "khien trach"),
        ("mat the dang thi lam lai the nao", "the dang"),
        ("Bác tôi được 40 năm tuổi Đảng thì được gì?", "tuoi dang"),
        # When a discipline is lifted: documents that say write it ('xóa kỷ luật'); these only discipline.
        ("Đảng viên bị kỷ luật thì sau bao lâu được xóa kỷ luật?", "xoa ky luat"),
        ("dang vien bi ky luat bao lau thi het ky luat", "het ky luat"),
        # The state's civil-registration papers, which party documents seldom write.
        ("Đăng ký thường trú cho con mới sinh cần giấy tờ gì?", "thuong tru"),
        ("lam can cuoc cho con 14 tuoi o dau", "can cuoc"),
        # The state's insurance, taxes, land, pay scales and business papers, asked of the bot as often; a
        # knowledge base of party documents that never writes them has no rule on them.
        ("Thủ tục xin cấp lại thẻ bảo hiểm y tế bị mất làm ở đâu?", "bao hiem y te"),
        ("Cựu chiến binh được cấp thẻ BHYT miễn phí theo quy định nào?", "bao hiem y te"),
        ("Bị mất việc thì hưởng bảo hiểm thất nghiệp tối đa mấy tháng?", "bao hiem that nghiep"),
        ("thue thu nhap ca nhan cua ho kinh doanh nam 2026 tinh the nao", "thue thu nhap"),
        ("Mức lương tối thiểu vùng năm 2026 là bao nhiêu?", "luong toi thieu"),
        ("Muốn khiếu nại quyết định thu hồi đất thì nộp đơn ở đâu?", "thu hoi dat"),
        ("Vốn điều lệ tối thiểu để mở công ty một thành viên là bao nhiêu?", "von dieu le"),
        ("cach dang ky chu ky so ca nhan tren dien thoai", "chu ky so"),
        ("thu tuc dang ky ho kinh doanh ca the o xa can nhung giay to gi", "ho kinh doanh"),
        # An association of firms or trades by a name the documents never write ('Hiệp hội …').
        ("hiep hoi doanh nghiep tinh ket nap hoi vien la doanh nghiep nhu the nao", "hiep hoi doanh"),
        ("Hiệp hội Doanh nghiệp tỉnh kết nạp hội viên thế nào?", "hiep hoi doanh"),
        # A person or a company by a proper name the documents never write.
        ("Đồng chí Lê Thị Hồng Nhung sinh năm nào?", "Lê Thị Hồng Nhung"),
        ("Công ty cổ phần Cấp nước Bình Lâm năm 2024 lãi bao nhiêu tỷ đồng?", "Cấp nước Bình Lâm"),
        ("Công ty TNHH Minh Phát có chi bộ không?", "Minh Phát"),
    ],
)
def test_a_name_the_documents_never_mention_is_reported(question, named):
    assert named in unknown_names(question, knows)


@pytest.mark.parametrize(
    "question",
    [
        "Quy định 294 nói gì về đảng viên dự bị?",
        "Theo 294-QĐ/TW thì chuyển sinh hoạt thế nào?",
        "Hướng dẫn 12 về sinh hoạt chi bộ",
        "Đảng viên bị kỷ luật khi vi phạm pháp luật?",  # 'kỷ luật', 'pháp luật' are not laws
        "Luật Cán bộ, công chức quy định gì?",
        "Đại hội đảng bộ họp mấy năm một lần?",  # 'đại hội' is not an association
        "Hội nghị chi bộ có bao nhiêu người?",
        "cho toi hoi dang vien du bi bao lau",  # 'hoi' typed plain is 'hỏi' (ask) as often as 'hội'
        "cho em hoi sinh vien dong dang phi bao nhieu",  # 'hỏi sinh viên', not 'Hội Sinh viên'
        "Đảng Cộng sản Việt Nam được thành lập năm nào?",
        "nguoi nuoc ngoai co duoc vao dang cong san viet nam khong",
        "Mặt trận Tổ quốc có vai trò gì?",
        "Nhiệm kỳ 2020-2025 kết nạp bao nhiêu đảng viên?",  # years are no document numbers, and this term is known
        "Luật nào quy định việc này?",
        "Nghị quyết Trung ương 4 khóa XII nói gì về tự phê bình?",  # a term the documents name
        "Đảng viên tạm trú ở phường thì sinh hoạt ở đâu?",  # 'tạm trú' is a term these documents write
        "Cô tôi 61 tuổi, vẫn hăng hái làm công tác hội ở xóm, còn được xét vào Đảng không?",  # 'hội ở' names nothing
        "Tôi chuyển hẳn ra Hà Nội sinh sống thì chuyển sinh hoạt đảng thế nào?",  # two words: a place, not a person
        "Học tập tư tưởng Hồ Chí Minh ở chi bộ thế nào?",
        "Công ty tôi chưa có chi bộ thì ai giới thiệu tôi vào Đảng?",  # no name follows
        "Đồng chí Nguyễn Văn An giữ chức vụ gì?",  # a name the documents write
        # 'tuổi, đang là' and 'tuổi đang là' are no 'tuổi đảng' (party age), which these documents never write.
        "Mẹ tôi năm nay 72 tuổi, đang là đoàn viên công đoàn thì có phải đóng phí không?",
        "Mẹ tôi 72 tuổi đang là đoàn viên công đoàn thì có phải đóng phí không?",
        # 'bảo hiểm xã hội' is written here: the dues on the pay it is paid on are a question for these documents.
        "Đảng phí tính trên tiền lương đóng BHXH hay lương thực nhận?",
        "Đảng viên đóng bảo hiểm xã hội thì đóng đảng phí thế nào?",
        # A story's terms are told, not asked about: the denunciation is the question, not the land papers.
        "Tôi phát hiện một cán bộ xã nhận tiền của dân khi làm sổ đỏ. Muốn báo lên tổ chức đảng thì gửi đơn cho ai?",
        "",
    ],
)
def test_names_the_documents_have_or_no_names_at_all_pass(question):
    assert unknown_names(question, knows) == []


def test_a_document_known_only_by_its_title_is_not_an_unknown_name(tmp_path):
    """The number of a regulation often stands only in its title block ('Quy định số 69-QĐ/TW'), never in a
    passage: asking for it by number must still be answered from it."""
    knowledge = tmp_path / "knowledge"
    knowledge.mkdir()
    (knowledge / "qd-69.md").write_text(
        "# Quy định số 69-QĐ/TW về kỷ luật tổ chức đảng, đảng viên vi phạm\n\n"
        "## Điều 4. Thời hiệu xử lý kỷ luật\n\n"
        "Thời hiệu xử lý kỷ luật là thời hạn được quy định mà khi hết thời hạn đó thì không xem xét xử lý kỷ luật.\n",
        encoding="utf-8",
    )
    service = QAService(knowledge, tmp_path / "index", FakeEmbedder())
    service.rebuild()

    answer = service.ask("Điều 4 Quy định 69-QĐ/TW về thời hiệu kỷ luật quy định thế nào?")

    assert answer.kind == "passages"
    assert "Thời hiệu xử lý kỷ luật" in answer.answer
    assert service.ask("Quy định 214 về thời hiệu kỷ luật quy định thế nào?").kind == "none"


@pytest.mark.parametrize(
    "question",
    ["Hội phí của Hội Phụ nữ tối thiểu một năm là bao nhiêu?", "hoi phu nu xet tang ky niem chuong cho ai"],
)
def test_an_association_by_its_short_name_is_known_from_its_full_name(question):
    """'Hội Phụ nữ' is what members call the 'Hội Liên hiệp Phụ nữ Việt Nam' its charter names."""
    vocabulary = set(with_bigrams(terms("Điều lệ Hội Liên hiệp Phụ nữ Việt Nam. Hội viên đóng hội phí.")))
    assert unknown_names(question, vocabulary.__contains__) == []


@pytest.mark.parametrize(
    "question",
    ["hoi lien hiep thanh nien viet nam thu hoi phi bao nhieu mot nam", "hội liên hiệp thanh niên thu hội phí thế nào"],
)
def test_an_association_named_liên_hiệp_is_not_known_from_another_liên_hiệp(question):
    """The women's union charter knows 'Hội Liên hiệp', not the youth federation's 'Liên hiệp Thanh niên' (and its
    'Hội thành lập' is 'hoi_thanh' folded)."""
    charter = "Điều lệ Hội Liên hiệp Phụ nữ Việt Nam. Hội thành lập năm 1930. Hội viên đóng hội phí. Thanh niên."
    vocabulary = set(with_bigrams(terms(charter)))
    assert unknown_names(question, vocabulary.__contains__) != []


@pytest.mark.parametrize(
    "question",
    [
        "Chi hội NCT đông bao nhiêu người thì phải chia ra tổ hội theo Điều lệ Hội Người cao tuổi?",
        "Mẹ tôi sinh hoạt Hội Người cao tuổi đã 11 năm. Bà có thể được Hội xét tặng kỷ niệm chương gì không?",
        "Thôn tôi mới có 4 người vào Hội Người cao tuổi, như vậy đã đủ để thành lập chi hội chưa?",
    ],
)
def test_the_association_as_a_subject_or_by_its_abbreviation_names_no_other(question):
    """'Hội xét tặng' is the association doing something, 'tổ hội theo' a group of it, 'Hội NCT' its short form."""
    vocabulary = set(with_bigrams(terms("Điều lệ Hội Người cao tuổi Việt Nam. Chi hội, tổ hội.")))
    assert unknown_names(question, vocabulary.__contains__) == []


def test_a_term_the_curated_faq_answers_about_is_known():
    """The documents never write 'thẻ đảng', an FAQ entry does: the question is the FAQ's to answer."""
    question = "mat the dang thi lam lai the nao"

    assert unknown_names(question, knows) == ["the dang"]
    assert unknown_names(question, knows, lambda term: term == "the_dang") == []


def test_an_association_typed_by_its_abbreviation_is_the_association():
    """'Hội CCB' is 'Hội Cựu chiến binh': known when the documents name it, reported when they do not."""
    charter = set(with_bigrams(terms("Điều lệ Hội Cựu chiến binh Việt Nam. Hội viên đóng hội phí.")))
    question = "HV Hội CCB tham gia Hội bao nhiêu năm thì được xét kỷ niệm chương?"

    assert unknown_names(question, charter.__contains__) == []
    assert unknown_names(question, knows) == ["hội ccb"]


def test_a_law_typed_plain_is_named_even_where_its_word_is_a_particle_after_hoi():
    """Folded 'can' closes 'chi hội cần…' but is 'Cán' in 'Luật Cán bộ, công chức'."""
    assert "luat can" in unknown_names("luat can bo cong chuc quy dinh tuoi nghi huu the nao", lambda term: False)


@pytest.mark.parametrize(
    ("question", "named"),
    [
        ("Muốn vào Hội Nhà văn Việt Nam thì cần có mấy tác phẩm đã xuất bản?", ["Hội Nhà văn"]),
        ("Điều lệ Hội Văn học nghệ thuật tỉnh quy định hội phí bao nhiêu?", ["Hội Văn học"]),
        ("Hội Nhà báo Việt Nam kết nạp hội viên thế nào?", []),
        ("Hội viên Hội Nhà báo đóng hội phí bao nhiêu một năm?", []),
        ("Chi hội Nhà báo họp mấy tháng một lần?", []),
    ],
)
def test_an_association_is_known_by_the_two_words_of_its_name(question, named):
    """'Hội Nhà báo' in the charter does not make 'Hội Nhà văn' known, and a line break after 'Đại hội' before
    'Văn kiện' does not make 'Hội Văn học' known."""
    vocabulary = set(with_bigrams(terms("Điều lệ Hội Nhà báo Việt Nam. Hội viên đóng hội phí. Đại hội\nVăn kiện.")))
    assert unknown_names(question, vocabulary.__contains__) == named


def test_an_association_by_the_initials_of_its_charters_name_is_known(tmp_path):
    """'Hội NBVN' is the 'Hội Nhà báo Việt Nam' of the charter's title; 'Hội LHPN' names no charter held here."""
    charter = "ĐIỀU LỆ HỘI NHÀ BÁO VIỆT NAM\n\nĐiều 10. Đại hội\n\nĐại hội chi hội tổ chức hai năm rưỡi một lần.\n"
    knows = fake_index(tmp_path, {"dieu-le-hoi-nha-bao.txt": charter})._loaded().knows

    assert unknown_names("Hội NBVN: ĐH chi hội tổ chức mấy năm 1 lần?", knows) == []
    assert unknown_names("Hội NB tổ chức đại hội chi hội mấy năm một lần?", knows) == []
    assert unknown_names("Hội LHPN tổ chức đại hội mấy năm một lần?", knows) == ["hội lhpn"]


@pytest.mark.parametrize(
    "question", ["Đại hội Đảng toàn quốc bao lâu mới họp một lần?", "ĐẠI HỘI Chi bộ Khu phố 5 họp mấy năm một lần?"]
)
def test_a_congress_is_no_association_by_its_two_words(question):
    """'Đại hội Đảng toàn quốc' is the party's national congress: 'hội Đảng toàn' names no association."""
    vocabulary = set(with_bigrams(terms("Đại hội Đảng bộ tỉnh. Đại hội Chi bộ nhiệm kỳ 2025 - 2030.")))
    assert unknown_names(question, vocabulary.__contains__) == []


def test_an_association_by_a_word_of_its_name_and_the_initials_of_the_rest_is_known(tmp_path):
    """'Hội Cựu TNXP' is the 'Hội Cựu Thanh niên xung phong' of the charter's title."""
    charter = (
        "# ĐIỀU LỆ HỘI CỰU THANH NIÊN XUNG PHONG VIỆT NAM (trích)\n\n## Điều 6. Đại hội\n\n"
        "Ban Chấp hành Trung ương Hội có không quá 75 ủy viên.\n"
    )
    knows = fake_index(tmp_path, {"dieu-le.md": charter})._loaded().knows

    assert unknown_names("BCH TW Hội Cựu TNXP VN có tối đa bao nhiêu UV?", knows) == []
    assert unknown_names("Hội Cựu GC tỉnh có bao nhiêu ủy viên?", knows) == ["Hội Cựu GC"]


@pytest.mark.parametrize(
    ("question", "named"),
    [
        ("BCH ĐB công ty CTN Bắc Lũng khóa VI có bao nhiêu UV?", []),  # initials of 'Cấp thoát nước', then the term
        ("Đảng bộ Công ty Cấp thoát nước Bắc Lũng nhiệm kỳ này kết nạp bao nhiêu đảng viên?", []),
        ("Công ty CTN Hà Giang có bao nhiêu đảng viên?", ["CTN Hà Giang"]),
    ],
)
def test_a_company_is_known_by_its_name_whatever_initials_and_term_go_with_it(question, named):
    vocabulary = set(with_bigrams(terms("Đảng bộ Công ty Cấp thoát nước Bắc Lũng khóa VI, nhiệm kỳ 2025 - 2030.")))
    assert unknown_names(question, vocabulary.__contains__) == named


@pytest.mark.parametrize(
    ("question", "named"),
    [
        ("hoi nguoi mu viet nam thu hoi phi mot nam bao nhieu", ["hoi nguoi mu"]),
        ("hoi nguoi khuyet tat tinh co ho tro xe lan khong", ["hoi nguoi khuyet tat"]),
        ("hoi nguoi cao tuoi thu hoi phi bao nhieu", []),
    ],
)
def test_a_well_known_association_typed_plain_is_known_by_its_whole_name(question, named):
    """'Hội Người cao tuổi' in the charter does not make 'hoi nguoi mu' known: not its first word alone."""
    vocabulary = set(with_bigrams(terms("Điều lệ Hội Người cao tuổi Việt Nam. Hội viên đóng hội phí hằng năm.")))
    assert unknown_names(question, vocabulary.__contains__) == named
