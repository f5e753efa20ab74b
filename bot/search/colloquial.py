"""Members' everyday words for the documents' terms: 'tiền Đảng' is 'đảng phí', 'đuổi khỏi Đảng' is 'khai trừ'.

Regulations use a small official vocabulary; members ask in their own words, which neither BM25 nor a small
embedding model links to it ('giai đoạn thử thách' vs 'thời gian dự bị'). A question's everyday phrases add the
official wording to what the search reads; the phrase itself stays too (it may be the document's word as well).
Keys are lower case and match whole words: a word typed with diacritics must match them ('bộ họp' is not
'bỏ họp'); one typed without matches either ('bo hop') unless the question is typed with diacritics ('rủ nhau' is
not 'nhậu'), and an entry with no wording shields an official phrase that contains an everyday one. The list is
about party work in general, never about one document.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from bot.errors import SynonymsError
from bot.ingest.yaml_file import read_yaml
from bot.search.diacritics import ACCENTED_TEXT
from bot.text import WORD, fold_diacritics, has_diacritics, normalize

MAX_PHRASE_WORDS = 8

_LEXICON: dict[str, str] = {
    # how often: regulations write 'hằng tháng', members 'mỗi tháng' or 'hàng tháng'
    "mỗi tháng": "hằng tháng",
    "hàng tháng": "hằng tháng",
    "mỗi năm": "hằng năm",
    "hàng năm": "hằng năm",
    "mỗi quý": "hằng quý",
    "hàng quý": "hằng quý",
    # admission
    "vô đảng": "kết nạp vào Đảng",
    "vào đảng": "kết nạp vào Đảng",
    "lên đảng": "kết nạp vào Đảng",
    "hàng ngũ của đảng": "kết nạp vào Đảng",
    "hàng ngũ đảng": "kết nạp vào Đảng",
    "làm đảng viên": "kết nạp đảng viên",
    "thành đảng viên": "kết nạp đảng viên",
    "đỡ đầu": "người giới thiệu",
    "bảo lãnh": "người giới thiệu",
    "dẫn dắt": "người giới thiệu",
    "giấy tờ": "hồ sơ",
    "học hết lớp": "trình độ học vấn",
    "bằng cấp": "trình độ học vấn",
    "ký duyệt": "quyết định",
    "làm lễ": "lễ kết nạp",
    "lớp cảm tình": "bồi dưỡng nhận thức về Đảng",
    "cảm tình đảng": "bồi dưỡng nhận thức về Đảng",
    "lớp đảng viên mới": "bồi dưỡng lý luận chính trị dành cho đảng viên mới",
    "xác minh lý lịch": "thẩm tra lý lịch",
    # probation
    "thử việc": "dự bị",
    "giai đoạn thử thách": "thời gian dự bị",
    "thời gian thử thách": "thời gian dự bị",
    "thời kỳ thử thách": "thời gian dự bị",
    "năm thử thách": "thời gian dự bị",
    "đảng viên thật sự": "đảng viên chính thức",
    "đảng viên thực thụ": "đảng viên chính thức",
    # Read before 'thành đảng viên' (admission): a member becomes a full member when probation ends, which both
    # the probation period and the recognition that follows it are written in terms of.
    "thành đảng viên chính thức": "hết thời gian dự bị",
    "lên đảng viên chính thức": "hết thời gian dự bị",
    "lên chính thức": "chuyển đảng chính thức",
    "thành chính thức": "chuyển đảng chính thức",
    "vào chính thức": "chuyển đảng chính thức",
    "đỗ chính thức": "chuyển đảng chính thức",
    "giơ tay": "biểu quyết",
    "nghe theo số đông": "thiểu số phục tùng đa số",
    "theo số đông": "thiểu số phục tùng đa số",
    "số đông": "đa số",
    "bỏ phiếu": "biểu quyết bầu cử",
    "đi bầu": "bầu cử",
    # discipline
    "bị phạt": "kỷ luật",
    "hình thức phạt": "hình thức kỷ luật",
    "làm sai": "vi phạm",
    "sai phạm": "vi phạm",
    "đuổi": "khai trừ",
    "tống cổ": "khai trừ",
    "mất đảng tịch": "khai trừ xóa tên",
    "mất tư cách đảng viên": "khai trừ xóa tên",
    "gạch tên": "xóa tên",
    "bỏ đảng": "xin ra khỏi Đảng",
    "đưa ra khỏi đảng": "xóa tên, khai trừ",  # put out of the party, not leaving it ('xin ra khỏi Đảng')
    "loại ra khỏi đảng": "xóa tên, khai trừ",
    "loại khỏi đảng": "xóa tên, khai trừ",
    "minh oan": "kỷ luật oan sai",
    "xử oan": "kỷ luật oan sai",
    "xử sai": "kỷ luật oan sai",
    "đề nghị xem lại": "khiếu nại",
    "xin xem lại": "khiếu nại",
    "không phục": "khiếu nại",
    "tố giác": "tố cáo",
    "đơn nặc danh": "tố cáo giấu tên",
    "đơn không ký tên": "tố cáo giấu tên",
    "soát xét": "kiểm tra",
    "đi tù": "truy cứu trách nhiệm hình sự",
    "ngồi tù": "truy cứu trách nhiệm hình sự",
    "bị bắt": "truy cứu trách nhiệm hình sự",
    "bị khởi tố": "truy cứu trách nhiệm hình sự",
    "bị truy tố": "truy cứu trách nhiệm hình sự",
    "tham ô": "tham nhũng",
    "ăn hối lộ": "tham nhũng",
    "nhận hối lộ": "tham nhũng",
    "sinh con thứ ba": "vi phạm chính sách dân số",
    "đánh vợ": "bạo lực gia đình",
    "đánh chồng": "bạo lực gia đình",
    "đánh con": "bạo lực gia đình",
    "mắc lỗi": "vi phạm",
    "phạm lỗi": "vi phạm",
    "kỷ luật nặng hơn": "tình tiết tăng nặng",
    "xử nặng hơn": "tình tiết tăng nặng",
    "kỷ luật nhẹ hơn": "tình tiết giảm nhẹ",
    "xử nhẹ hơn": "tình tiết giảm nhẹ",
    "được giảm nhẹ": "tình tiết giảm nhẹ",
    "tự giải thích": "trình bày ý kiến",
    "đứng lên giải thích": "trình bày ý kiến",
    "tự trình bày": "trình bày ý kiến",
    "thanh minh": "trình bày ý kiến",
    "kỷ luật chính quyền": "kỷ luật hành chính",
    "kỷ luật cơ quan": "kỷ luật hành chính",
    "cờ bạc": "tệ nạn xã hội",
    "đánh bạc": "tệ nạn xã hội",
    # meetings ('chi bo hop' typed without diacritics is a branch meeting, not 'bỏ họp')
    "chi bộ họp": "",
    "đảng bộ họp": "",
    "họp chi bộ": "sinh hoạt chi bộ",
    "họp đảng": "sinh hoạt đảng",
    "đi họp": "sinh hoạt",
    "nghỉ họp": "vắng sinh hoạt",
    "bỏ họp": "vắng sinh hoạt",
    "vắng họp": "vắng sinh hoạt",
    "trốn họp": "vắng sinh hoạt",
    "không đi họp": "vắng sinh hoạt",
    "không phải đi họp": "miễn sinh hoạt",
    "thôi đi họp": "miễn sinh hoạt",
    "nghỉ sinh hoạt": "miễn sinh hoạt",
    "họp chủ đề": "sinh hoạt chuyên đề",
    "họp theo chủ đề": "sinh hoạt chuyên đề",
    "sinh hoạt chủ đề": "sinh hoạt chuyên đề",
    "sinh hoạt theo chủ đề": "sinh hoạt chuyên đề",
    "họp hằng tháng": "sinh hoạt định kỳ",
    "họp hàng tháng": "sinh hoạt định kỳ",
    "họp định kỳ": "sinh hoạt định kỳ",
    "họp thường kỳ": "sinh hoạt thường kỳ",
    "họp bất thường": "sinh hoạt bất thường",
    "biên bản họp": "biên bản sinh hoạt",
    "ốm liệt giường": "tuổi cao sức yếu",
    "nằm một chỗ": "tuổi cao sức yếu",
    "già yếu": "tuổi cao sức yếu",
    "lớn tuổi": "tuổi cao",
    # moving and living away
    "điều động": "chuyển công tác",
    "luân chuyển": "chuyển công tác",
    "biệt phái": "chuyển công tác tạm thời",
    "chuyển cơ quan": "chuyển công tác",
    "chuyển chỗ làm": "chuyển công tác",
    "đổi chỗ làm": "chuyển công tác",
    "chuyển đảng chính thức": "",
    "chuyển đảng": "chuyển sinh hoạt đảng",
    "giấy chuyển": "giấy giới thiệu sinh hoạt đảng",
    "đi làm ăn xa": "đi làm ăn xa",
    "đi làm xa": "đi làm ăn xa",
    "xuất khẩu lao động": "đi làm ăn xa",
    "viễn dương": "đi làm ăn xa",
    "đi biển": "đi làm ăn xa",
    "nơi ở": "nơi cư trú",
    "chỗ ở": "nơi cư trú",
    "về quê": "nơi cư trú",
    "đi bộ đội": "nhập ngũ",
    "đi lính": "nhập ngũ",
    "ra quân": "xuất ngũ phục viên",
    "nghỉ việc": "thôi việc",
    # dues
    "tiền đảng": "đảng phí",
    "nộp tiền đảng": "đóng đảng phí",
    "đóng tiền đảng": "đóng đảng phí",
    "nộp đảng phí": "đóng đảng phí",
    "quỹ đảng": "đảng phí",
    "lương hưu": "hưu trí",
    "về hưu": "hưu trí",
    "nghỉ chế độ": "nghỉ hưu",
    "nghỉ hưu": "hưu trí",
    "sinh con": "thai sản",
    "sinh em bé": "thai sản",
    "nghỉ đẻ": "thai sản",
    "hộ nghèo": "khó khăn miễn giảm",
    "bớt tiền": "miễn giảm",
    "không phải nộp": "miễn",
    "không phải đóng": "miễn",
    # assessment and leadership
    "đánh giá cuối năm": "xếp loại chất lượng",
    "chấm điểm": "xếp loại chất lượng",
    "phân loại đảng viên": "xếp loại chất lượng",
    "xếp hạng": "xếp loại",
    "bình xét cuối năm": "đánh giá xếp loại",
    "tự nhận xét": "tự kiểm điểm",
    "nâng lên đảng bộ": "thành lập đảng bộ cơ sở",
    "lên đảng bộ": "thành lập đảng bộ cơ sở",
    "trúng cử": "bầu",
    "đắc cử": "bầu",
    # conduct of cadres (rules on setting an example, on assets, on kin): everyday words for the regulations' terms
    "sếp": "người đứng đầu",
    "thủ trưởng": "người đứng đầu",
    "khai tài sản": "kê khai tài sản",
    "tiền bạc": "tài sản",
    "nhà cửa": "tài sản",
    "xe cơ quan": "tài sản công",
    "xe công": "tài sản công",
    "của công": "tài sản công",
    "người nhà": "người thân",
    "họ hàng": "người thân",
    "em ruột": "người thân",
    "anh ruột": "người thân",
    "cất nhắc": "bổ nhiệm",
    "nhậu": "rượu bia",
    "lon bia": "rượu bia",
    "uống bia": "rượu bia",
    "uống rượu": "rượu bia",
    "say xỉn": "rượu bia nồng độ cồn",
    "say rượu": "rượu bia nồng độ cồn",
    "hơi men": "rượu bia nồng độ cồn",
    "đám cưới": "việc cưới, cưới hỏi",
    "ăn cưới": "việc cưới, cưới hỏi",
    "đám ma": "việc tang",
    "đám tang": "việc tang",
    "đám hiếu": "việc tang",
    # gifts, gambling, superstition and the internet, as the rules on members' conduct name them
    "phong bì": "quà tặng",
    "quà biếu": "quà tặng",
    "biếu quà": "quà tặng",
    "biếu xén": "quà tặng",
    "thẻ mua sắm": "quà tặng",
    "voucher": "quà tặng",
    "cá độ": "đánh bạc, tệ nạn xã hội",
    "lô đề": "đánh bạc, tệ nạn xã hội",
    "xem bói": "mê tín dị đoan",
    "lên đồng": "mê tín dị đoan",
    "facebook": "mạng xã hội",
    "zalo": "mạng xã hội",
    "tiktok": "mạng xã hội",
    "lên mạng": "mạng xã hội",
    "đăng mạng": "mạng xã hội",
    "đa cấp": "kinh doanh đa cấp",
    # congress documents
    "mũi đột phá": "khâu đột phá",
    "thành tích": "kết quả nổi bật",
    "thiếu sót": "hạn chế",
    "ban lãnh đạo": "cấp ủy",
    "cấp trên": "cấp ủy cấp trên",
}


@dataclass(frozen=True, slots=True)
class Everyday:
    found: tuple[tuple[str, str], ...]  # (folded everyday phrase, its official wording), in question order

    @property
    def official(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(official for _, official in self.found))

    @property
    def text(self) -> str:
        return ", ".join(self.official)


class Lexicon:
    """Everyday phrases and their official wording: the built-in list, plus an organisation's own."""

    def __init__(self, entries: Mapping[str, str]) -> None:
        # By folded first word, longest first: 'chuyển đảng chính thức' is read before 'chuyển đảng' inside it.
        self._by_first_word: dict[str, list[tuple[tuple[str, ...], str]]] = {}
        for key, official in sorted(entries.items(), key=lambda item: -len(item[0].split())):
            phrase = tuple(key.split())
            self._by_first_word.setdefault(fold_diacritics(phrase[0]), []).append((phrase, official))
        self._entries = dict(entries)

    def extended(self, extra: Mapping[str, str]) -> Lexicon:
        """This lexicon with `extra` added; an extra phrase replaces a built-in one."""
        return Lexicon({**self._entries, **extra}) if extra else self

    def phrases(self, question: str) -> Everyday:
        """The question's everyday phrases and the official wording each stands for, read left to right."""
        typed = WORD.findall(normalize(question).lower())
        # In a question typed with diacritics, a plain word is meant plain: 'rủ nhau' is not 'nhậu'.
        letters = [word for word in typed if not word.isdigit()]
        accented = sum(map(has_diacritics, letters)) >= ACCENTED_TEXT * len(letters) > 0
        same = _same_word_as_typed if accented else _same_word
        found: list[tuple[str, str]] = []
        start = 0
        while start < len(typed):
            size = 1
            for phrase, official in self._by_first_word.get(fold_diacritics(typed[start]), ()):
                end = start + len(phrase)
                if end <= len(typed) and all(map(same, typed[start:end], phrase)):
                    size = len(phrase)
                    if official:  # '' marks an official phrase that contains an everyday one
                        found.append((fold_diacritics(" ".join(phrase)), official))
                    break
            start += size
        return Everyday(tuple(found))


BUILT_IN = Lexicon(_LEXICON)


def load_lexicon(path: Path) -> Lexicon:
    """The built-in lexicon plus the organisation's `synonyms.yaml` ('everyday phrase: official wording').

    A missing file adds nothing; anything malformed is a SynonymsError naming the entry.
    """
    if not path.is_file():
        return BUILT_IN
    raw = read_yaml(path, SynonymsError)
    if raw is None:
        return BUILT_IN
    if not isinstance(raw, dict):
        raise SynonymsError(f'{path} must map everyday phrases to official wording ("tiền Đảng": "đảng phí").')
    extra: dict[str, str] = {}
    for key, official in raw.items():
        if not isinstance(key, str) or not isinstance(official, str) or not key.strip() or not official.strip():
            raise SynonymsError(f"{path}: entry {key!r}: both the phrase and its official wording must be text.")
        phrase = " ".join(WORD.findall(normalize(key).lower()))
        if not phrase or len(phrase.split()) > MAX_PHRASE_WORDS:
            raise SynonymsError(f"{path}: entry {key!r}: a phrase has 1 to {MAX_PHRASE_WORDS} words.")
        extra[phrase] = normalize(official).strip()
    return BUILT_IN.extended(extra)


def _same_word(typed: str, known: str) -> bool:
    return typed == known or (not has_diacritics(typed) and typed == fold_diacritics(known))


def _same_word_as_typed(typed: str, known: str) -> bool:
    return typed == known
