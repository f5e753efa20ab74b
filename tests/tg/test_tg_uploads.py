"""Uploads at the edges: a size Telegram does not report, a very long name in a 3-byte script."""

from __future__ import annotations

import os
import unicodedata
from pathlib import Path

import pytest

from bot.errors import DocumentRejected
from bot.ingest.loaders import read_bytes
from bot.qa import service as qa_service
from bot.qa.service import QAService, safe_filename
from bot.search.embedder import Embedder
from bot.tg import texts
from tests.tg.fake_telegram import FakeTelegram
from tests.tg.test_tg_admin import NEW_FACT_DOCUMENT
from tests.tg.tg_harness import ADMIN_ID, bot_settings, copy_knowledge, running_bot

LONG_STEM = "Hướng dẫn về công tác kiểm tra giám sát và thi hành kỷ luật trong Đảng " * 3  # 200+ characters
THREE_BYTE_STEM = "Nghị quyết " + "ờ" * 200  # ờ, ệ, ữ…: three bytes each in UTF-8


async def test_upload_without_a_reported_size_is_checked_after_download(tmp_path: Path, tg_service: QAService) -> None:
    documents = tg_service.info().documents
    async with FakeTelegram() as fake:
        settings = bot_settings(fake, tmp_path, max_upload_mb=1)
        async with running_bot(settings, tg_service):
            fake.push_document(ADMIN_ID, "bao-cao.pdf", b"%PDF-1.4\n" + b"0" * (1024 * 1024 + 1), with_size=False)
            status = await fake.reply(ADMIN_ID, 0)
            await fake.wait_for(lambda: status.text[0] in "✅❌" or texts.ERROR in status.text, what="a result")
        assert fake.errors == []
    assert status.text.startswith("❌") and texts.UPLOAD_TOO_BIG.format(max_mb=1) in status.text
    assert tg_service.info().documents == documents


async def test_a_long_vietnamese_file_name_is_shortened_and_stored(tmp_path: Path, real_embedder: Embedder) -> None:
    name = f"{THREE_BYTE_STEM}.txt"
    assert len(name.encode()) > 255
    service = QAService(copy_knowledge(tmp_path / "knowledge"), tmp_path / "index", real_embedder)
    service.ensure_index()  # its own knowledge folder: the shared bot's file counts stay as other tests expect
    async with FakeTelegram() as fake:
        async with running_bot(bot_settings(fake, tmp_path), service):
            fake.push_document(ADMIN_ID, name, NEW_FACT_DOCUMENT.encode())
            status = await fake.reply(ADMIN_ID, 0)
            errors = lambda: [m for m in fake.sent_to(ADMIN_ID) if m.text == texts.ERROR]  # noqa: E731
            await fake.wait_for(lambda: status.text[0] in "✅❌" or errors(), what="the upload result")
        assert fake.errors == []
    assert status.text.startswith("✅") and not errors()
    uploads = tmp_path / "knowledge" / "uploads"
    stored = [path.name for path in uploads.iterdir()]
    assert len(stored) == 1 and stored[0].startswith("Nghị quyết ờờ") and len(stored[0].encode()) <= 255


@pytest.mark.parametrize("stem", [LONG_STEM, THREE_BYTE_STEM, "đ" * 300, "字" * 300, "a" * 400])
def test_safe_filename_fits_a_file_system_name(stem: str) -> None:
    name = safe_filename(f"{stem}.docx")
    assert len(name.encode()) <= 255 and name.endswith(".docx") and unicodedata.is_normalized("NFC", name)


def test_safe_filename_still_rejects_unsupported_types() -> None:
    with pytest.raises(DocumentRejected):
        safe_filename("a" * 300 + ".exe")


def test_a_failed_write_leaves_no_temporary_copy(tmp_path: Path) -> None:
    (tmp_path / "taken.txt").mkdir()  # replacing a folder with a file fails
    with pytest.raises(OSError):
        qa_service._write_atomically(tmp_path / "taken.txt", b"x")
    assert sorted(os.listdir(tmp_path)) == ["taken.txt"]


async def test_libreoffice_and_tcvn3_files_are_accepted(tmp_path: Path, real_embedder: Embedder) -> None:
    """A LibreOffice .odt and a .txt typed in the old '.VnTime' (TCVN3) fonts are read, not refused."""
    from tests.test_odt import make_odt

    odt = make_odt("<text:p>Ngày truyền thống của chi bộ Hoa Sen là ngày mười lăm tháng ba hằng năm.</text:p>")
    tcvn3 = "Chi bé Hoa Sen häp th\xadêng kú vµo ngµy 5 h»ng th¸ng t¹i nhµ v¨n hãa khu phè.".encode("latin-1")
    service = QAService(copy_knowledge(tmp_path / "knowledge"), tmp_path / "index", real_embedder)
    service.ensure_index()
    async with FakeTelegram() as fake:
        async with running_bot(bot_settings(fake, tmp_path), service):
            for number, (name, data) in enumerate([("ngay-truyen-thong.odt", odt), ("lich-hop-cu.txt", tcvn3)]):
                fake.push_document(ADMIN_ID, name, data)
                status = await fake.reply(ADMIN_ID, number)
                await fake.wait_for(lambda status=status: status.text[0] in "✅❌", what="the upload result")
                assert status.text.startswith("✅"), status.text
        assert fake.errors == []
    stored = (tmp_path / "knowledge" / "uploads" / "lich-hop-cu.txt").read_bytes()
    assert stored == tcvn3  # kept as sent; only the index reads it converted
    assert "Chi bộ Hoa Sen họp thường kỳ vào ngày 5 hằng tháng" in read_bytes("lich-hop-cu.txt", stored).text
