"""OpenDocument text (.odt, LibreOffice Writer): read like a .docx, in document order, tables as rows."""

import io
import zipfile

import pytest

from bot.errors import DocumentRejected
from bot.ingest.loaders import read_bytes

_NS = (
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
    'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"'
)


def make_odt(body: str, styles: str = "") -> bytes:
    """A minimal .odt as LibreOffice writes it: the mimetype first and stored, then content.xml (and styles.xml,
    whose office:styles hold `styles`)."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.text")
        content = f'<?xml version="1.0" encoding="UTF-8"?><office:document-content {_NS}><office:body><office:text>'
        archive.writestr("content.xml", content + body + "</office:text></office:body></office:document-content>")
        if styles:
            head = f'<?xml version="1.0" encoding="UTF-8"?><office:document-styles {_NS} {_STYLE_NS}><office:styles>'
            archive.writestr("styles.xml", head + styles + "</office:styles></office:document-styles>")
        archive.writestr("META-INF/manifest.xml", "<manifest/>")
    return out.getvalue()


_STYLE_NS = 'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"'


def test_odt_list_marks_come_from_the_list_style():
    """LibreOffice numbers a list by its style ('a)', '1.', a bullet): the marks are not in the text, and without
    them 'Quà tặng gồm:' loses its points."""
    styles = (
        '<text:list-style style:name="L1">'
        '<text:list-level-style-number text:level="1" style:num-format="a" style:num-suffix=")"/>'
        '<text:list-level-style-bullet text:level="2" text:bullet-char="•"/></text:list-style>'
        '<text:list-style style:name="L2">'
        '<text:list-level-style-number text:level="1" style:num-format="1" style:num-suffix="." text:start-value="3"/>'
        "</text:list-style>"
    )
    body = (
        "<text:p>Quà tặng gồm:</text:p>"
        '<text:list text:style-name="L1">'
        "<text:list-item><text:p>Tiền, giấy tờ có giá;</text:p></text:list-item>"
        "<text:list-item><text:p>Hiện vật:</text:p>"
        "<text:list><text:list-item><text:p>Vé máy bay;</text:p></text:list-item></text:list></text:list-item>"
        "<text:list-item><text:p>Dịch vụ miễn phí.</text:p></text:list-item></text:list>"
        "<text:p>Thời hạn:</text:p>"
        '<text:list text:style-name="L2"><text:list-item><text:p>Báo cáo trong 05 ngày làm việc.</text:p>'
        "</text:list-item></text:list>"
    )

    text = read_bytes("tang-qua.odt", make_odt(body, styles)).text

    assert text.splitlines() == [
        "Quà tặng gồm:",
        "a) Tiền, giấy tờ có giá;",
        "b) Hiện vật:",
        "- Vé máy bay;",
        "c) Dịch vụ miễn phí.",
        "Thời hạn:",
        "3. Báo cáo trong 05 ngày làm việc.",
    ]


def test_odt_headings_paragraphs_lists_and_tables_are_read_in_order():
    body = (
        '<text:h text:outline-level="1">QUY ĐỊNH về đảng viên đi nước ngoài</text:h>'
        "<text:p>Điều 1. Đảng viên báo cáo chi bộ<text:line-break/>trước<text:s/>khi đi<text:tab/>15 ngày.</text:p>"
        "<text:list><text:list-item><text:p>a) Đơn theo mẫu;</text:p></text:list-item>"
        "<text:list-item><text:p>b) Bản sao thư mời.</text:p></text:list-item></text:list>"
        "<table:table><table:table-row><table:table-cell><text:p>Đối tượng</text:p></table:table-cell>"
        "<table:table-cell><text:p>Cấp đồng ý</text:p></table:table-cell></table:table-row>"
        "<table:table-row><table:table-cell><text:p>Đảng viên</text:p></table:table-cell>"
        "<table:table-cell><text:p>Đảng ủy cơ sở</text:p></table:table-cell></table:table-row></table:table>"
        "<text:p>Điều 2. Hiệu lực<text:note><text:note-citation>1</text:note-citation><text:note-body>"
        "<text:p>Chú thích cuối trang.</text:p></text:note-body></text:note></text:p>"
    )

    document = read_bytes("di-nuoc-ngoai.odt", make_odt(body))

    assert document.text.splitlines() == [
        "QUY ĐỊNH về đảng viên đi nước ngoài",
        "Điều 1. Đảng viên báo cáo chi bộ",
        "trước khi đi 15 ngày.",
        "a) Đơn theo mẫu;",
        "b) Bản sao thư mời.",
        "Đối tượng | Cấp đồng ý",
        "Đảng viên | Đảng ủy cơ sở",
        "Điều 2. Hiệu lực",
    ]
    assert document.title == "QUY ĐỊNH về đảng viên đi nước ngoài"


def test_odt_tracked_deletions_are_left_out():
    body = (
        "<text:tracked-changes><text:changed-region text:id='c1'><text:deletion>"
        "<text:p>10 ngày</text:p></text:deletion></text:changed-region></text:tracked-changes>"
        "<text:p>Điều 1. Báo cáo chi bộ trước <text:change text:change-id='c1'/>15 ngày làm việc.</text:p>"
    )

    assert read_bytes("a.odt", make_odt(body)).text.strip() == "Điều 1. Báo cáo chi bộ trước 15 ngày làm việc."


@pytest.mark.parametrize(
    ("data", "reason"),
    [(b"not a zip at all", "not a valid .odt"), (make_odt("")[:40], "not a valid .odt")],
    ids=["not-zip", "truncated"],
)
def test_a_broken_odt_is_rejected_with_a_reason(data, reason):
    with pytest.raises(DocumentRejected) as caught:
        read_bytes("hong.odt", data)

    assert reason in caught.value.reason


def test_an_odt_that_expands_entities_is_rejected_not_inflated():
    """A 'billion laughs' content.xml: entities are never expanded into memory; the file is refused."""
    entities = "".join(f'<!ENTITY e{i} "{(f"&e{i - 1};" if i > 1 else "ha") * 10}">' for i in range(1, 10))
    content = (
        f'<?xml version="1.0"?><!DOCTYPE d [{entities}]><office:document-content {_NS}><office:body><office:text>'
        "<text:p>Điều 1. Chi bộ họp hằng tháng. &e9;</text:p></office:text></office:body></office:document-content>"
    )
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.text")
        archive.writestr("content.xml", content)

    with pytest.raises(DocumentRejected) as caught:
        read_bytes("bom.odt", out.getvalue())

    assert "cannot be parsed" in caught.value.reason


def test_a_cross_reference_keeps_the_text_it_shows():
    body = (
        "<text:p>Hồ sơ theo <text:bookmark-ref text:ref-name='d5'>Điều 5</text:bookmark-ref> của Quy định này.</text:p>"
    )

    assert read_bytes("a.odt", make_odt(body)).text.strip() == "Hồ sơ theo Điều 5 của Quy định này."
