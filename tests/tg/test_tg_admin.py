"""Admin flows end to end (reindex, uploads, stats) and the allowlist, against the real QAService."""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Sequence
from pathlib import Path

import numpy as np

from bot.qa.service import QAService
from bot.search.embedder import Embedder, Progress
from bot.tg import texts
from tests.tg.conftest import TgBot
from tests.tg.fake_telegram import FakeTelegram, SentMessage
from tests.tg.test_tg_bot import TRANSFER_FACT, TRANSFER_QUESTION, ask
from tests.tg.tg_harness import ADMIN_ID, bot_settings, free_port, running_bot

NEW_FACT_DOCUMENT = (
    "Quy định <nội bộ> về ngày truyền thống của chi bộ Hoa Sen & các tổ đảng\n\n"
    "Ngày truyền thống của chi bộ Hoa Sen là ngày mười lăm tháng ba hằng năm. "
    "Vào ngày truyền thống, chi bộ Hoa Sen tổ chức gặp mặt các đảng viên cao tuổi.\n"
)


class GatedPassages:
    """The real embedder, but encoding passages waits for the test's go-ahead: questions come meanwhile."""

    def __init__(self, inner: Embedder) -> None:
        self.inner, self.gate = inner, threading.Event()
        self.name, self.dimension = inner.name, inner.dimension

    def encode_queries(self, texts: Sequence[str]) -> np.ndarray:
        return self.inner.encode_queries(texts)

    def encode_passages(self, texts: Sequence[str], progress: Progress | None = None) -> np.ndarray:
        self.gate.wait(timeout=60)
        return self.inner.encode_passages(texts, progress)


async def send_document(tg: TgBot, user: int, name: str, data: bytes, caption: str | None = None) -> SentMessage:
    """Upload a file as `user`; returns the bot's status message once it shows a result (✅/❌)."""
    before = len(tg.fake.sent_to(user))
    tg.fake.push_document(user, name, data, caption=caption)
    status = await tg.fake.reply(user, before)
    await tg.fake.wait_for(lambda: status.text[0] in "✅❌" or "Xin lỗi" in status.text, what="the upload result")
    return status


async def test_non_admin_cannot_reindex_or_see_stats(tg: TgBot) -> None:
    assert (await ask(tg, 3001, "/reindex")).text == texts.NOT_ADMIN
    assert (await ask(tg, 3001, "/stats")).text == texts.NOT_ADMIN


async def test_reindex_reports_progress_while_questions_are_answered(tg: TgBot, tg_service: QAService) -> None:
    extra = Path(tg.settings.knowledge_dir) / "ghi-chu-moi.txt"
    extra.write_text("Ghi chú mới về công tác kiểm tra\n\nChi ủy kiểm tra việc ghi sổ nghị quyết mỗi quý.\n", "utf-8")
    real, gated = tg_service.embedder, GatedPassages(tg_service.embedder)
    tg_service.embedder = gated  # type: ignore[assignment]
    try:
        command = await ask(tg, ADMIN_ID, "/reindex")
        assert command.text == texts.REINDEX_STARTED
        await tg.fake.wait_for(lambda: tg_service.is_rebuilding, what="the rebuild to start")
        busy = await ask(tg, ADMIN_ID, "/reindex")
        assert busy.text == texts.REINDEX_BUSY
        answer = await ask(tg, 3002, TRANSFER_QUESTION)
        assert TRANSFER_FACT in answer.text and tg_service.is_rebuilding
        await tg.fake.wait_for(lambda: "đang mã hoá" in command.text, what="a progress edit")
        gated.gate.set()
        await tg.fake.wait_for(lambda: command.text.startswith("✅"), timeout=60, what="the reindex report")
    finally:
        gated.gate.set()
        tg_service.embedder = real
    assert command.edits >= 2  # at least one progress edit, then the report
    assert "• Đoạn mới mã hoá: 1" in command.text and "• Tệp: 3" in command.text


async def test_uploaded_document_answers_new_questions(tg: TgBot) -> None:
    question = "Ngày truyền thống của chi bộ Hoa Sen là ngày nào?"
    status = await send_document(tg, ADMIN_ID, "ngay-truyen-thong.txt", NEW_FACT_DOCUMENT.encode())
    assert status.text.startswith("✅") and "uploads/ngay-truyen-thong.txt" in status.text
    reply = await ask(tg, 3003, question)
    assert "mười lăm tháng ba" in reply.text
    assert "📄 Quy định <nội bộ> về ngày truyền thống của chi bộ Hoa Sen & các tổ đảng" in reply.text
    again = await send_document(tg, ADMIN_ID, "ngay-truyen-thong.txt", NEW_FACT_DOCUMENT.encode())
    assert again.text.startswith("❌") and "đã có tệp cùng tên" in again.text
    changed = NEW_FACT_DOCUMENT.replace("mười lăm tháng ba", "hai mươi tháng tư")
    replaced = await send_document(tg, ADMIN_ID, "ngay-truyen-thong.txt", changed.encode(), caption="/replace")
    assert replaced.text.startswith("✅")
    assert "hai mươi tháng tư" in (await ask(tg, 3003, question)).text


async def test_corrupt_pdf_is_rejected_and_the_bot_keeps_answering(tg: TgBot, tg_service: QAService) -> None:
    documents = tg_service.info().documents
    status = await send_document(tg, ADMIN_ID, "bao-cao.pdf", b"%PDF-1.4\n1 0 obj << /Type /Catalog >>\ngarbage")
    assert status.text.startswith("❌") and "PDF bị hỏng" in status.text
    assert not (Path(tg.settings.knowledge_dir) / "uploads" / "bao-cao.pdf").exists()
    assert tg_service.info().documents == documents
    assert TRANSFER_FACT in (await ask(tg, 3004, TRANSFER_QUESTION)).text


async def test_unsupported_upload_and_non_admin_upload_are_refused(tg: TgBot) -> None:
    status = await send_document(tg, ADMIN_ID, "bang-tinh.xlsx", b"PK\x03\x04 not really")
    assert status.text.startswith("❌") and "định dạng không được hỗ trợ" in status.text
    refused = await send_document(tg, 3005, "tai-lieu.txt", NEW_FACT_DOCUMENT.encode())
    assert refused.text == texts.UPLOAD_NOT_ADMIN


async def test_stats_for_admins(tg: TgBot) -> None:
    await ask(tg, 3006, "Thời tiết Hà Nội ngày mai thế nào?")
    reply = await ask(tg, ADMIN_ID, "/stats")
    info = tg.service.info()
    assert f"• Tài liệu: {info.documents}" in reply.text and "Câu hỏi 24 giờ qua" in reply.text
    assert "Tỉ lệ không tìm thấy (7 ngày)" in reply.text


async def test_stranger_is_refused_once_then_ignored(tmp_path: Path, tg_service: QAService) -> None:
    member, stranger = 4001, 4002
    async with FakeTelegram() as fake:
        settings = bot_settings(fake, tmp_path, allowed_user_ids=frozenset({member}))
        async with running_bot(settings, tg_service):
            fake.push_text(stranger, TRANSFER_QUESTION)
            refusal = await fake.reply(stranger, 0)
            fake.push_text(stranger, "Cho tôi hỏi lại?")
            fake.push_text(stranger, "/start")
            answer_before = len(fake.sent_to(member))
            fake.push_text(member, TRANSFER_QUESTION)
            assert TRANSFER_FACT in (await fake.reply(member, answer_before)).text
            await asyncio.sleep(0.5)
        assert refusal.text == texts.STRANGER
        assert len(fake.sent_to(stranger)) == 1
        assert fake.errors == []


async def test_webhook_mode_receives_updates(tmp_path: Path, tg_service: QAService) -> None:
    port = free_port()
    async with FakeTelegram() as fake:
        url = f"http://127.0.0.1:{port}/telegram-hook"
        settings = bot_settings(
            fake, tmp_path, webhook_url=url, webhook_listen="127.0.0.1", webhook_port=port, webhook_secret="s3cret"
        )
        async with running_bot(settings, tg_service):
            assert fake.webhook == {"url": url, "secret_token": "s3cret"}
            fake.push_text(4101, TRANSFER_QUESTION)
            reply = await fake.reply(4101, 0)
        assert TRANSFER_FACT in reply.text
        assert fake.deliveries == [200] and fake.errors == []
        assert not any(call.method == "getUpdates" for call in fake.calls)
