"""Every Vietnamese string the bot shows. Templates are Telegram HTML; callers escape what they insert."""

from __future__ import annotations

START = (
    "Xin chào <b>{name}</b>! Tôi là trợ lý hỏi đáp về văn bản, tài liệu của Đảng.\n\n"
    "Tôi đang tra cứu <b>{documents}</b> tài liệu ({passages} đoạn trích). "
    "Hãy gõ câu hỏi bằng tiếng Việt (có dấu hoặc không dấu), tôi sẽ trả lời kèm nguồn trích dẫn.\n\n"
    "Ví dụ:\n{examples}\n\n"
    "Gõ /faq để xem các câu hỏi thường gặp, /help để xem hướng dẫn."
)
START_NO_INDEX = "Xin chào <b>{name}</b>! Chỉ mục tài liệu đang được chuẩn bị, vui lòng thử lại sau ít phút."
# Shown by /start when the FAQ has no topics to take examples from.
EXAMPLE_QUESTIONS = (
    "Thời hạn dự bị của đảng viên là bao lâu?",
    "Bao nhiêu tuổi thì được kết nạp Đảng?",
    "Chi bộ sinh hoạt định kỳ mấy lần một tháng?",
)

HELP = (
    "<b>Cách dùng</b>\n"
    "• Gõ câu hỏi bất kỳ, hoặc /ask &lt;câu hỏi&gt;.\n"
    "• Trong nhóm: nhắc tên tôi (@{username}), trả lời tin nhắn của tôi, hoặc dùng /ask.\n"
    "• /faq — câu hỏi thường gặp theo chủ đề; /faq &lt;từ khoá&gt; — tìm trong câu hỏi thường gặp.\n"
    "• Bấm 👍 hoặc 👎 dưới câu trả lời để góp ý.\n"
    "Câu trả lời được trích từ tài liệu, luôn kèm nguồn để bạn đối chiếu."
)
HELP_ADMIN = (
    "\n\n<b>Quản trị</b>\n"
    "• /reindex — lập lại chỉ mục từ thư mục tài liệu.\n"
    "• Gửi tệp PDF, DOCX, ODT, TXT, MD hoặc HTML (tối đa {max_mb} MB) để thêm vào kho tài liệu.\n"
    "• Ghi chú (caption) <code>/replace</code> khi gửi tệp để thay thế tệp cùng tên.\n"
    "• /stats — thống kê chỉ mục và câu hỏi."
)

ASK_USAGE = "Hãy gõ câu hỏi sau lệnh, ví dụ: <code>/ask Đảng viên dự bị bao lâu?</code>"
EMPTY_QUESTION = "Câu hỏi đang trống. Bạn hãy gõ câu hỏi bằng tiếng Việt, ví dụ: «Đảng viên dự bị bao lâu?»"
NOT_FOUND = (
    "Xin lỗi, tôi không tìm thấy nội dung phù hợp trong tài liệu hiện có.\n"
    "Bạn thử diễn đạt lại câu hỏi (dùng từ ngữ trong văn bản, ví dụ «kết nạp», «dự bị», «chi bộ») "
    "hoặc xem /faq."
)
SOURCES_HEADER = "<b>Nguồn:</b>"
SOURCE_LINE = "📄 {title} — {citation}"
NON_TEXT = "Tôi chỉ đọc được câu hỏi dạng chữ. Bạn hãy gõ câu hỏi, hoặc dùng /faq."
RATE_LIMITED = "Bạn hỏi hơi nhanh. Vui lòng đợi khoảng {seconds} giây rồi hỏi tiếp."
GROUP_RATE_LIMITED = (
    "Nhóm đang hỏi nhiều quá, tôi tạm ngừng trả lời trong nhóm khoảng một phút. Bạn có thể nhắn riêng cho tôi để hỏi."
)
STRANGER = "Xin lỗi, trợ lý này chỉ phục vụ thành viên được cấp quyền. Vui lòng liên hệ quản trị viên."
NOT_ADMIN = "Xin lỗi, chỉ quản trị viên mới dùng được chức năng này."
ERROR = "Đã có lỗi khi xử lý yêu cầu. Bạn vui lòng thử lại sau ít phút."
INDEX_NOT_READY = "Chỉ mục tài liệu chưa sẵn sàng. Quản trị viên cần chạy /reindex."

FEEDBACK_UP = "👍"
FEEDBACK_DOWN = "👎"
FEEDBACK_THANKS = "Cảm ơn bạn đã góp ý!"
FEEDBACK_STALE = "Không ghi nhận được góp ý cho câu trả lời này."

RELATED_FAQ = "📌 Câu hỏi thường gặp liên quan:"
FAQ_TOPICS = "<b>Câu hỏi thường gặp</b>\nChọn một chủ đề:"
FAQ_TOPIC = "<b>{topic}</b> (trang {page}/{pages})\nChọn câu hỏi:"
FAQ_SEARCH = "Các câu hỏi thường gặp khớp với «{query}»:"
FAQ_SEARCH_NONE = "Không có câu hỏi thường gặp nào khớp với «{query}». Gõ /faq để xem theo chủ đề."
FAQ_EMPTY = "Chưa có câu hỏi thường gặp nào."
FAQ_GONE = "Câu hỏi này không còn trong danh sách, gõ /faq để xem lại."
BUTTON_STALE = "Nút này không còn dùng được. Gõ /faq hoặc đặt câu hỏi mới."
BUTTON_PREV = "◀ Trước"
BUTTON_NEXT = "Sau ▶"
BUTTON_TOPICS = "↩ Chủ đề"

REINDEX_STARTED = "⏳ Đang lập lại chỉ mục…"
REINDEX_PROGRESS = "⏳ Đang lập lại chỉ mục: {status}"
REINDEX_BUSY = "Việc lập chỉ mục đang chạy, vui lòng đợi xong rồi thử lại."
REINDEX_FAILED = "❌ Lập chỉ mục thất bại: {reason}"
REINDEX_DONE = (
    "✅ Đã lập xong chỉ mục.\n"
    "• Tệp: {documents}\n"
    "• Đoạn trích: {passages}\n"
    "• Đoạn mới mã hoá: {embedded}\n"
    "• Thời gian: {seconds:.1f} giây"
)
REINDEX_SKIPPED = "<b>Bỏ qua {count} tệp:</b>"
SKIPPED_LINE = "• {source} — {reason}"
# Progress statuses come from the core in English ("reading 3/12 files"); these words are swapped.
PROGRESS_WORDS = {
    "reading": "đang đọc",
    "chunking": "đang tách đoạn",
    "embedding": "đang mã hoá",
    "indexing": "đang lập chỉ mục",
    "writing": "đang ghi",
    "saving": "đang lưu",
    "files": "tệp",
    "file": "tệp",
    "passages": "đoạn",
    "done": "xong",
}

UPLOAD_RECEIVED = "⏳ Đã nhận «{name}», đang đọc và lập chỉ mục…"
UPLOAD_DONE = "✅ Đã thêm «{name}»: {passages} đoạn trích, có thể hỏi ngay."
UPLOAD_REJECTED = "❌ Không thêm được «{name}»: {reason}. Kho tài liệu không thay đổi."
UPLOAD_TOO_BIG = "tệp lớn hơn {max_mb} MB"
UPLOAD_NOT_STORED = "không lưu được tệp trên máy chủ (quản trị viên xem nhật ký của bot)"
UPLOAD_NOT_ADMIN = "Xin lỗi, chỉ quản trị viên mới thêm được tài liệu. Bạn hãy gõ câu hỏi dạng chữ."
# Keys are matched against DocumentRejected.reason (short English from the core); first match wins.
REJECT_REASONS = {
    "exists": "đã có tệp cùng tên (gửi lại với ghi chú /replace để thay thế)",
    "'.doc'": "tệp Word cũ (.doc) chưa đọc được; hãy mở bằng Word và lưu thành .docx rồi gửi lại",
    "unsupported": "định dạng không được hỗ trợ (chỉ nhận PDF, DOCX, ODT, TXT, MD, HTML)",
    "empty": "tệp rỗng",
    "utf-8": "không đọc được bảng mã của tệp (bot đọc UTF-8, UTF-16, Windows-1258, TCVN3); hãy lưu lại với mã UTF-8",
    "no text layer": "PDF không có lớp chữ (có thể là bản scan); hãy nhận dạng chữ (OCR) hoặc gửi bản DOCX",
    "not a readable pdf": "tệp PDF bị hỏng hoặc không đọc được",
    "not a valid .docx": "tệp DOCX bị hỏng hoặc không đọc được",
    "not a valid .odt": "tệp ODT bị hỏng hoặc không đọc được",
    "cannot be parsed": "tệp bị hỏng hoặc không đọc được",
    "no usable text": "tệp không có nội dung chữ dùng được",
    "no passages": "tệp không có nội dung chữ dùng được",
}
REJECT_OTHER = "tệp không dùng được ({reason})"

STATS = (
    "<b>Thống kê</b>\n"
    "• Tài liệu: {documents}\n"
    "• Đoạn trích: {passages}\n"
    "• Mô hình: {model}\n"
    "• Chỉ mục lập cách đây: {age}\n"
    "• Câu hỏi 24 giờ qua: {day}\n"
    "• Câu hỏi 7 ngày qua: {week}\n"
    "• Tỉ lệ không tìm thấy (7 ngày): {none_share:.0%}"
)
STATS_PRIVATE_ONLY = "Thống kê chỉ xem được trong chat riêng với tôi (để câu hỏi của thành viên không lộ ra nhóm)."
STATS_DISLIKED = "<b>Bị 👎 nhiều nhất:</b>"
STATS_DISLIKED_LINE = "• {count}× {question}"
AGE_MINUTES = "{minutes} phút"
AGE_HOURS = "{hours} giờ"
AGE_DAYS = "{days} ngày"

COMMANDS = {
    "start": "Giới thiệu và ví dụ",
    "help": "Hướng dẫn sử dụng",
    "ask": "Đặt câu hỏi",
    "faq": "Câu hỏi thường gặp",
}


def progress(status: str) -> str:
    """'reading 3/12 files' -> 'đang đọc 3/12 tệp' (unknown words stay as they are)."""
    return " ".join(PROGRESS_WORDS.get(word.lower(), word) for word in status.split())


def reject_reason(reason: str) -> str:
    """Translate a DocumentRejected reason from the core; unknown reasons are shown in brackets."""
    lowered = reason.lower()
    for key, text in REJECT_REASONS.items():
        if key in lowered:
            return text
    return REJECT_OTHER.format(reason=reason)
