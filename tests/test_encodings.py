import unicodedata

import pytest

from bot.errors import DocumentRejected
from bot.ingest.loaders import read_bytes

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


@pytest.mark.parametrize(
    "data",
    [
        "Procès-verbal de la réunion du comité, année 2023".encode("latin-1"),
        # TCVN3 (ABC) bytes, the old '.VnTime' font encoding, are not Windows-1258 text: not guessed.
        "§¶ng viªn dù bÞ ph¶i tr¶i qua thêi gian dù bÞ m­êi hai th¸ng".encode("cp1252"),
    ],
    ids=["latin-1", "tcvn3"],
)
def test_other_legacy_encodings_are_still_rejected(data):
    with pytest.raises(DocumentRejected) as caught:
        read_bytes("cu.txt", data)

    assert "UTF-8" in caught.value.reason
