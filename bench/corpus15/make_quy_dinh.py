"""Regulation (Số 52-QĐ/TU) of the Ban Thường vụ Tỉnh ủy Bắc Lũng on party members travelling abroad for private
purposes (đảng viên đi nước ngoài vì việc riêng), as .docx: letterhead table, Chương / Điều / khoản as separate
paragraphs with typed numbers, a 4-column table of who approves and who keeps the passport, two FOOTNOTES (a real
footnotes.xml part, references as superscript runs), and Word TRACKED CHANGES left unaccepted (`w:trackRevisions`
in settings.xml): inside some khoản an old figure or phrase sits in a `w:del` run (text in `w:delText`, which a
faithful reader must drop) next to the new one in a `w:ins` run (which it must read); two khoản are wholly deleted
(paragraph mark deleted too) and two wholly inserted. python-docx's `paragraph.text` sees neither kind of run, so a
reader built on it loses the inserted figures.

usage: /work/main/.venv/bin/python bench/corpus15/make_quy_dinh.py   (CORPUS15_OUT=DIR writes elsewhere)
"""

import sys
from pathlib import Path
from xml.sax.saxutils import escape

from docx.opc.constants import CONTENT_TYPE as CT
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from corpus_files import LetterheadDocx, out_path

NOTE = (
    "(Văn bản soạn cho bộ câu hỏi kiểm thử, theo văn phong văn bản thật; địa danh, nhân vật, số liệu là giả định, "
    "không phải nguyên văn chính thức)"
)
AUTHOR, DATE = "Phòng Bảo vệ chính trị nội bộ - BTC Tỉnh ủy", "2025-12-12T08:30:00Z"

doc = LetterheadDocx(
    "ĐẢNG BỘ TỈNH BẮC LŨNG\nBAN THƯỜNG VỤ TỈNH ỦY\n*\nSố 52-QĐ/TU",
    "ĐẢNG CỘNG SẢN VIỆT NAM\nBắc Lũng, ngày 18 tháng 12 năm 2025",
)
d, c, b, para = doc.document, doc.c, doc.b, doc.para
body = d.element.body
_rev = [100]


def _rev_id() -> int:
    _rev[0] += 1
    return _rev[0]


def _run(text: str, deleted: bool = False) -> str:
    tag = "w:delText" if deleted else "w:t"
    return f'<w:r><{tag} xml:space="preserve">{escape(text)}</{tag}></w:r>'


def _piece(kind: str, text: str) -> str:
    if kind == "n":
        return _run(text)
    if kind == "i":
        return f'<w:ins w:id="{_rev_id()}" w:author="{AUTHOR}" w:date="{DATE}">{_run(text)}</w:ins>'
    if kind == "d":
        return f'<w:del w:id="{_rev_id()}" w:author="{AUTHOR}" w:date="{DATE}">{_run(text, True)}</w:del>'
    if kind == "f":  # a footnote reference; text is the footnote id
        return f'<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteReference w:id="{text}"/></w:r>'
    raise ValueError(kind)


def tracked(*pieces: tuple[str, str], mark: str | None = None):
    """A paragraph of normal ("n"), inserted ("i") and deleted ("d") runs and footnote references ("f"); `mark`
    "i" / "d" marks the paragraph mark itself as inserted / deleted (a whole khoản added or removed)."""
    ppr = ""
    if mark:
        tag = "w:ins" if mark == "i" else "w:del"
        ppr = f'<w:pPr><w:rPr><{tag} w:id="{_rev_id()}" w:author="{AUTHOR}" w:date="{DATE}"/></w:rPr></w:pPr>'
    p = parse_xml(f"<w:p {nsdecls('w')}>{ppr}{''.join(_piece(k, t) for k, t in pieces)}</w:p>")
    body.insert(len(body) - 1, p)  # before the final sectPr
    return p


def add_footnotes(notes: dict[int, str]) -> None:
    """A footnotes.xml part with the two separator notes and `notes`, related from the document part."""
    items = [
        '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>',
        '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p>'
        "</w:footnote>",
    ]
    for ident, text in notes.items():
        items.append(
            f'<w:footnote w:id="{ident}"><w:p><w:pPr><w:spacing w:after="0"/></w:pPr>'
            f'<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteRef/></w:r>'
            f'<w:r><w:rPr><w:sz w:val="18"/></w:rPr><w:t xml:space="preserve"> {escape(text)}</w:t></w:r></w:p>'
            "</w:footnote>"
        )
    xml = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        f"<w:footnotes {nsdecls('w')}>{''.join(items)}</w:footnotes>"
    ).encode()
    part = Part(PackURI("/word/footnotes.xml"), CT.WML_FOOTNOTES, xml, d.part.package)
    d.part.relate_to(part, RT.FOOTNOTES)
    settings = (
        d.settings.element
    )  # in the schema's order: trackRevisions before defaultTabStop, footnotePr before compat
    settings.find(qn("w:defaultTabStop")).addprevious(parse_xml(f"<w:trackRevisions {nsdecls('w')}/>"))
    settings.find(qn("w:compat")).addprevious(
        parse_xml(f'<w:footnotePr {nsdecls("w")}><w:footnote w:id="-1"/><w:footnote w:id="0"/></w:footnotePr>')
    )


c("QUY ĐỊNH")
c("về quản lý đảng viên đi nước ngoài vì việc riêng trong Đảng bộ tỉnh Bắc Lũng")
c(NOTE, bold=False)
para(
    "Căn cứ Điều lệ Đảng; căn cứ các quy định của Bộ Chính trị về bảo vệ chính trị nội bộ Đảng và về quản lý cán "
    "bộ; căn cứ Quy chế làm việc của Ban Chấp hành Đảng bộ tỉnh khóa XV; xét đề nghị của Ban Tổ chức Tỉnh ủy, Ban "
    "Thường vụ Tỉnh ủy Bắc Lũng quy định như sau:"
)

c("Chương I")
c("QUY ĐỊNH CHUNG")
b("Điều 1. Phạm vi điều chỉnh và đối tượng áp dụng")
para(
    "1. Quy định này quy định thẩm quyền, thủ tục xem xét cho đảng viên đi nước ngoài vì việc riêng; việc quản lý "
    "hộ chiếu; trách nhiệm của đảng viên trong thời gian ở nước ngoài và sau khi về nước. Áp dụng đối với đảng viên "
    "trong Đảng bộ tỉnh Bắc Lũng."
)
tracked(
    (
        "n",
        "2. Đi nước ngoài vì việc riêng gồm: thăm thân nhân, du lịch, chữa bệnh, học tập tự túc, dự lễ cưới, lễ "
        "tang của người thân và các mục đích cá nhân khác không do cơ quan, tổ chức cử đi",
    ),
    ("i", ", kể cả đi qua cửa khẩu biên giới đất liền bằng giấy thông hành"),
    ("n", "."),
)
para(
    "3. Đảng viên đi nước ngoài công tác, học tập theo quyết định cử của cơ quan có thẩm quyền thực hiện theo quy "
    "định về quản lý đoàn đi công tác nước ngoài, không thuộc phạm vi Quy định này."
)
b("Điều 2. Nguyên tắc")
para(
    "1. Đảng viên đi nước ngoài vì việc riêng phải báo cáo và được cấp có thẩm quyền đồng ý bằng văn bản trước khi "
    "đi; không tự ý xuất cảnh khi chưa có văn bản đồng ý."
)
para(
    "2. Đảng viên tự túc toàn bộ chi phí chuyến đi; không sử dụng ngân sách nhà nước, kinh phí của cơ quan, doanh "
    "nghiệp; không nhận tài trợ của tổ chức, cá nhân có quan hệ đến công việc mình phụ trách."
)
tracked(
    (
        "d",
        "3. Đảng viên đã nghỉ hưu, không giữ chức vụ thì không phải làm đơn, chỉ báo cáo miệng với bí thư chi bộ "
        "trước khi đi.",
    ),
    mark="d",
)
tracked(
    (
        "i",
        "3. Đảng viên đã nghỉ hưu cũng phải có đơn báo cáo chi bộ nơi sinh hoạt và được đảng ủy cơ sở đồng ý như "
        "đảng viên khác.",
    ),
    mark="i",
)
para(
    "4. Đảng viên đang bị xem xét kỷ luật, đang trong quá trình kiểm tra khi có dấu hiệu vi phạm, đang bị điều tra, "
    "truy tố hoặc đang có đơn tố cáo chưa được kết luận thì chưa xem xét cho đi nước ngoài vì việc riêng, trừ trường "
    "hợp đi chữa bệnh hiểm nghèo hoặc dự tang lễ cha, mẹ, vợ, chồng, con."
)

c("Chương II")
c("THẨM QUYỀN VÀ THỦ TỤC")
b("Điều 3. Thẩm quyền đồng ý")
tracked(
    (
        "n",
        "1. Thường trực Tỉnh ủy xem xét, đồng ý đối với Tỉnh ủy viên, cán bộ thuộc diện Ban Thường vụ Tỉnh ủy quản lý",
    ),
    ("i", " và người đứng đầu doanh nghiệp nhà nước do tỉnh quản lý"),
    ("n", "; Ban Tổ chức Tỉnh ủy tiếp nhận hồ sơ và tham mưu."),
)
para(
    "2. Ban thường vụ đảng ủy xã, phường và đảng ủy trực thuộc Tỉnh ủy xem xét, đồng ý đối với cán bộ thuộc diện "
    "mình quản lý và bí thư, phó bí thư các đảng ủy, chi bộ cơ sở trực thuộc."
)
para(
    "3. Đảng ủy cơ sở (chi bộ cơ sở) xem xét, đồng ý đối với các đảng viên còn lại; đảng viên sinh hoạt ở chi bộ trực "
    "thuộc thì chi ủy hoặc bí thư chi bộ cho ý kiến bằng văn bản trước khi đảng ủy cơ sở quyết định."
)
para(
    "4. Đảng viên công tác trong lực lượng vũ trang, cơ quan cơ yếu thực hiện theo quy định riêng của ngành, đồng "
    "thời báo cáo chi bộ nơi sinh hoạt."
)
para("Việc phân cấp đồng ý, tiếp nhận hồ sơ và giữ hộ chiếu được tổng hợp tại bảng sau:")
doc.table(
    [
        ["Đối tượng", "Cấp đồng ý", "Nơi nhận hồ sơ", "Nơi giữ hộ chiếu"],
        [
            "Tỉnh ủy viên; cán bộ thuộc diện Ban Thường vụ Tỉnh ủy quản lý",
            "Thường trực Tỉnh ủy",
            "Ban Tổ chức Tỉnh ủy",
            "Ban Tổ chức Tỉnh ủy (Phòng Bảo vệ chính trị nội bộ)",
        ],
        [
            "Cán bộ thuộc diện ban thường vụ đảng ủy xã, phường quản lý; bí thư, phó bí thư cơ sở",
            "Ban thường vụ đảng ủy xã, phường, đảng ủy trực thuộc",
            "Văn phòng đảng ủy xã, phường",
            "Văn phòng đảng ủy xã, phường",
        ],
        [
            "Đảng viên không giữ chức vụ thuộc diện cấp ủy quản lý",
            "Đảng ủy cơ sở, sau khi chi ủy cho ý kiến",
            "Chi ủy hoặc bí thư chi bộ",
            "Đảng viên tự giữ hộ chiếu của mình",
        ],
    ]
)
b("Điều 4. Hồ sơ và thời hạn đề nghị")
tracked(
    ("n", "1. Đảng viên làm đơn theo Mẫu NN-01"),
    ("f", "1"),
    (
        "n",
        ", ghi rõ nước đến, mục đích, thời gian đi và về, người đi cùng, nguồn kinh phí; gửi nơi nhận hồ sơ chậm nhất ",
    ),
    ("d", "10"),
    ("i", "15"),
    (
        "n",
        " ngày làm việc trước ngày dự kiến xuất cảnh. Đi theo lời mời, bảo lãnh của người thân thì kèm bản sao thư "
        "mời hoặc giấy bảo lãnh.",
    ),
)
para(
    "2. Cấp có thẩm quyền trả lời bằng văn bản trong 05 ngày làm việc kể từ ngày nhận đủ hồ sơ; trường hợp không "
    "đồng ý phải nêu rõ lý do."
)
para(
    "3. Trường hợp đột xuất (người thân ở nước ngoài ốm nặng, từ trần; cần cấp cứu, chữa bệnh khẩn cấp), đảng viên "
    "báo cáo trực tiếp hoặc qua điện thoại với người có thẩm quyền, được đồng ý thì đi và nộp bổ sung đơn trong 03 "
    "ngày làm việc kể từ ngày về nước."
)
tracked(
    ("n", "4. Văn bản đồng ý có giá trị trong "),
    ("d", "03"),
    ("i", "06"),
    ("n", " tháng kể từ ngày ký; quá thời hạn này mà chưa đi thì phải làm lại đơn."),
)
b("Điều 5. Thời gian ở nước ngoài")
para(
    "1. Mỗi chuyến đi vì việc riêng không quá 30 ngày; đi chữa bệnh hoặc chăm sóc con, cháu sinh nở ở nước ngoài "
    "không quá 90 ngày."
)
para(
    "2. Có lý do chính đáng cần ở lại thêm thì đảng viên gửi đơn xin gia hạn qua thư điện tử hoặc tin nhắn cho cấp "
    "đã đồng ý, trước ngày hết hạn ít nhất 05 ngày; mỗi chuyến chỉ được gia hạn một lần, không quá 30 ngày."
)
tracked(
    (
        "n",
        "3. Cán bộ thuộc diện Ban Thường vụ Tỉnh ủy quản lý không đi nước ngoài vì việc riêng quá 02 lần trong một năm",
    ),
    ("i", "; không đi trong thời gian diễn ra kỳ họp Hội đồng nhân dân tỉnh, hội nghị Ban Chấp hành Đảng bộ tỉnh"),
    ("n", "."),
)
tracked(
    (
        "d",
        "4. Đảng viên đi thăm thân nhân ở nước ngoài được đảng ủy cơ sở cấp giấy giới thiệu để liên hệ với tổ chức "
        "đảng ở nước sở tại trong thời gian lưu trú.",
    ),
    mark="d",
)
para(
    "4. Đảng viên ra nước ngoài ở từ 12 tháng trở lên thực hiện theo hướng dẫn của Ban Tổ chức Trung ương về quản "
    "lý đảng viên ở nước ngoài."
)

c("Chương III")
c("QUẢN LÝ HỘ CHIẾU")
b("Điều 6. Giao nộp và quản lý hộ chiếu")
para(
    "1. Cán bộ thuộc diện Ban Thường vụ Tỉnh ủy quản lý nộp hộ chiếu phổ thông cho Ban Tổ chức Tỉnh ủy quản lý; "
    "cán bộ thuộc diện ban thường vụ đảng ủy xã, phường quản lý nộp cho văn phòng đảng ủy."
)
tracked(
    ("n", "2. Cán bộ phải nộp hộ chiếu được nhận lại hộ chiếu khi có văn bản đồng ý và nộp lại trong "),
    ("d", "05"),
    ("i", "07"),
    ("n", " ngày làm việc kể từ ngày nhập cảnh. Việc giao, nhận hộ chiếu ghi vào sổ theo dõi, có chữ ký hai bên."),
)
para(
    "3. Cán bộ được cấp hộ chiếu mới phải nộp trong 10 ngày làm việc kể từ ngày nhận; không được giữ đồng thời hai "
    "hộ chiếu phổ thông còn giá trị."
)
b("Điều 7. Mất hộ chiếu")
para(
    "1. Đảng viên bị mất hộ chiếu ở trong nước phải trình báo cơ quan công an nơi gần nhất và báo cáo cơ quan quản "
    "lý hộ chiếu trong 48 giờ kể từ khi phát hiện."
)
para(
    "2. Bị mất hộ chiếu ở nước ngoài thì trình báo cơ quan sở tại, liên hệ cơ quan đại diện Việt Nam để được cấp "
    "giấy thông hành về nước; trong 05 ngày làm việc sau khi về phải có bản tường trình gửi cấp đã đồng ý cho đi."
)
para("3. Để mất hộ chiếu từ 02 lần trở lên trong 05 năm thì phải kiểm điểm trước chi bộ.")

c("Chương IV")
c("TRÁCH NHIỆM Ở NƯỚC NGOÀI VÀ SAU KHI VỀ NƯỚC")
b("Điều 8. Trách nhiệm trong thời gian ở nước ngoài")
para("1. Đi đúng nước, đúng thời gian đã được đồng ý; thay đổi nước đến phải báo cáo ngay với cấp đã đồng ý.")
para(
    "2. Không tham gia, tiếp xúc với tổ chức, cá nhân chống đối Nhà nước Việt Nam; không trả lời phỏng vấn báo chí "
    "nước ngoài về vấn đề chính trị khi chưa được phép; không mang theo tài liệu mật."
)
para(
    "3. Không vào chơi tại sòng bạc (casino) dưới bất kỳ hình thức nào; không nhận quà, tiền của tổ chức, cá nhân có "
    "quan hệ công việc."
)
para(
    "4. Khi gặp sự cố (bị bắt giữ, tai nạn, bị lôi kéo, mua chuộc) phải liên hệ ngay cơ quan đại diện Việt Nam tại "
    "nước sở tại và báo cáo tổ chức đảng khi có điều kiện."
)
b("Điều 9. Báo cáo sau khi về nước")
tracked(
    ("n", "1. Trong "),
    ("d", "10 ngày"),
    ("i", "05 ngày làm việc"),
    (
        "n",
        " kể từ ngày nhập cảnh, đảng viên báo cáo bằng văn bản theo Mẫu NN-02 với cấp đã đồng ý cho đi, đồng "
        "thời báo cáo chi bộ tại kỳ sinh hoạt gần nhất.",
    ),
)
para(
    "2. Báo cáo nêu rõ những nơi đã đến, những người đã tiếp xúc có liên quan đến chính trị, an ninh và các sự việc "
    "phát sinh (nếu có)."
)
para("3. Văn phòng đảng ủy, Ban Tổ chức Tỉnh ủy lưu đơn và báo cáo vào hồ sơ đảng viên.")
b("Điều 10. Đảng viên có người thân ở nước ngoài")
para(
    "1. Đảng viên có vợ, chồng, con, cha, mẹ (kể cả bên vợ, bên chồng), anh, chị, em ruột định cư hoặc làm việc "
    "dài hạn ở nước ngoài phải khai rõ trong phiếu bổ sung hồ sơ đảng viên và báo cáo chi bộ trong 30 ngày kể từ "
    "khi biết việc đó."
)
para(
    "2. Đảng viên có con kết hôn với người nước ngoài phải báo cáo chi bộ; cán bộ thuộc diện cấp ủy quản lý báo cáo "
    "thêm với ban thường vụ cấp ủy quản lý cán bộ."
)
para(
    "3. Chi ủy nơi đảng viên sinh hoạt nắm tình hình, theo dõi mối quan hệ của đảng viên với người thân ở nước "
    "ngoài; phát hiện dấu hiệu bị lợi dụng thì báo cáo ngay cấp ủy cấp trên."
)
tracked(
    (
        "i",
        "4. Đảng viên có con đi du học, đi lao động ở nước ngoài theo hợp đồng thì báo cáo chi bộ trước khi con "
        "đi; chi bộ ghi vào sổ theo dõi đảng viên.",
    ),
    mark="i",
)
b("Điều 11. Xử lý vi phạm")
para(
    "1. Đảng viên đi nước ngoài vì việc riêng mà không báo cáo hoặc chưa được đồng ý; ở lại quá hạn không có lý do "
    "chính đáng; không báo cáo sau khi về thì phải kiểm điểm và tùy mức độ bị xem xét xử lý theo quy định."
)
para(
    "2. Cấp ủy, người có thẩm quyền buông lỏng quản lý, để đảng viên đi nước ngoài trái quy định thì phải kiểm điểm "
    "trách nhiệm."
)
para(
    "3. Đảng viên ở lại nước ngoài quá 06 tháng mà không liên hệ với tổ chức đảng thì chi bộ xem xét, đề nghị xóa "
    "tên trong danh sách đảng viên."
)

c("Chương V")
c("TỔ CHỨC THỰC HIỆN")
b("Điều 12. Trách nhiệm thi hành")
para(
    "1. Ban Tổ chức Tỉnh ủy hướng dẫn, theo dõi; tổng hợp báo cáo Ban Thường vụ Tỉnh ủy sáu tháng (trước ngày 20 "
    "tháng 6) và năm (trước ngày 10 tháng 12). Các đảng ủy trực thuộc mở sổ theo dõi đảng viên đi nước ngoài."
)
para(
    "2. Ủy ban Kiểm tra Tỉnh ủy và ủy ban kiểm tra các cấp giám sát việc thực hiện; Công an tỉnh cung cấp thông tin "
    "xuất cảnh, nhập cảnh của đảng viên khi cấp ủy có văn bản đề nghị."
)
b("Điều 13. Hiệu lực thi hành")
tracked(
    ("n", "Quy định này có hiệu lực từ ngày 01 tháng 01 năm 2026, thay thế Quy định số 21-QĐ/TU ngày 07/8/2018"),
    ("f", "2"),
    (
        "n",
        " của Ban Thường vụ Tỉnh ủy. Trong quá trình thực hiện, nếu có vướng mắc, các cấp ủy báo cáo Ban Thường "
        "vụ Tỉnh ủy (qua Ban Tổ chức Tỉnh ủy) để xem xét.",
    ),
)
doc.broken(
    "Nơi nhận:",
    "- Các đảng ủy trực thuộc Tỉnh ủy,",
    "- Các ban, Văn phòng Tỉnh ủy,",
    "- Công an tỉnh,",
    "- Lưu Văn phòng Tỉnh ủy.",
)
c("T/M BAN THƯỜNG VỤ\nBÍ THƯ\n\nTriệu Quang Vinh")

add_footnotes(
    {
        1: "Mẫu NN-01 (đơn đề nghị) và Mẫu NN-02 (báo cáo sau chuyến đi) do Ban Tổ chức Tỉnh ủy ban hành kèm văn "
        "bản hướng dẫn thực hiện Quy định này.",
        2: "Quy định số 21-QĐ/TU ngày 07/8/2018 về quản lý cán bộ, đảng viên đi nước ngoài vì việc riêng.",
    }
)
doc.save(out_path(__file__, "quy-dinh/quy-dinh-dang-vien-di-nuoc-ngoai-vi-viec-rieng.docx"))
