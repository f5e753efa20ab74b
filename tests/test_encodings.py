import unicodedata

import pytest

from bot.errors import DocumentRejected
from bot.ingest.loaders import read_bytes
from tests.conftest import make_docx

TEXT = (
    "NGHỊ QUYẾT\nĐại hội đại biểu Đảng bộ Công ty lần thứ VI, nhiệm kỳ 2025 - 2030\n"
    "1. Kết nạp ít nhất 45 đảng viên mới; 100% chi bộ đạt hoàn thành tốt nhiệm vụ trở lên.\n"
    "2. Khâu đột phá: chuyển đổi số trong quản trị, đào tạo thợ bậc cao."
)
_TONES = "\u0300\u0301\u0303\u0309\u0323"


def windows_1258(text: str) -> bytes:
    """As Windows writes Vietnamese 'ANSI' text: letters with their circumflex, breve or horn precomposed (â, ơ),
    tones as separate combining marks (cp1258 has no 'ế' or 'ạ')."""
    out = []
    for char in unicodedata.normalize("NFC", text):
        try:
            out.append(char.encode("cp1258"))
        except UnicodeEncodeError:
            parts = unicodedata.normalize("NFD", char)
            letter = unicodedata.normalize("NFC", "".join(p for p in parts if p not in _TONES))
            out.append((letter + "".join(p for p in parts if p in _TONES)).encode("cp1258"))
    return b"".join(out)


def test_vietnamese_windows_1258_text_is_read():
    data = windows_1258(TEXT)
    with pytest.raises(UnicodeDecodeError):
        data.decode("utf-8")

    document = read_bytes("nghi-quyet-dai-hoi.txt", data)

    assert document.text.strip() == TEXT


def test_web_page_in_its_declared_charset_is_read():
    page = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1258">'
        f"<title>Nghị quyết</title></head><body><article><p>{TEXT.replace(chr(10), '</p><p>')}</p>"
        "</article></body></html>"
    )

    text = read_bytes("nghi-quyet.html", windows_1258(page)).text

    assert "Khâu đột phá: chuyển đổi số trong quản trị" in text


def test_other_legacy_encodings_are_still_rejected():
    with pytest.raises(DocumentRejected) as caught:
        read_bytes("cu.txt", "Procès-verbal de la réunion du comité, année 2023".encode("latin-1"))

    assert "UTF-8" in caught.value.reason


# Typed with the '.VnTime' / '.VnTimeH' fonts of TCVN3 (ABC): the letters are Latin-1 code points the font draws as
# Vietnamese ones ('§¶ng' is 'Đảng'); capitals drawn by the H font share the small letters' codes.
TCVN3 = "§IÒU 5. §¶NG VI£N Dù BÞ\n§¶ng viªn dù bÞ ph¶i tr¶i qua thêi gian dù bÞ m\xadêi hai th¸ng."
UNICODE = "ĐIỀU 5. ĐẢNG VIÊN DỰ BỊ\nĐảng viên dự bị phải trải qua thời gian dự bị mười hai tháng."


def test_tcvn3_text_file_is_converted():
    assert read_bytes("dieu-le-cu.txt", TCVN3.encode("latin-1")).text.strip() == UNICODE


def test_tcvn3_text_in_a_docx_is_converted():
    def build(document):
        for line in TCVN3.splitlines():
            document.add_paragraph(line).runs[0].font.name = ".VnTime"

    assert read_bytes("dieu-le-cu.docx", make_docx(build)).text.strip() == UNICODE


def test_unicode_text_with_latin_1_symbols_is_left_alone():
    text = "Điều 5. Đảng viên dự bị ¶ xem § 3; nhiệt độ 25°, giá 1.000 µg. Ghi chú: ª, «trích»."

    assert read_bytes("ghi-chu.txt", text.encode()).text.strip() == text
