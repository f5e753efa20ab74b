"""Q&A page of the (invented) "Bản tin Sinh hoạt chi bộ" no. 02/2026 of the Ban Tổ chức Tỉnh ủy Hà Sơn on visiting
sick party members, the chi bộ's condolences and funerals of party members (thăm hỏi đảng viên ốm đau, viếng và tổ
chức lễ tang đảng viên), as plain text the way Windows Notepad saves "Unicode": UTF-16 LE with a byte-order mark
and CRLF line endings, each paragraph one line, questions marked "Hỏi:" and answers "Trả lời:", a dashed rule
between items and a "=====" banner at the top.

usage: /work/main/.venv/bin/python bench/corpus16/make_hoi_dap.py   (CORPUS16_OUT=DIR writes elsewhere)
"""

# ruff: noqa: E501  (the bulletin's text, one paragraph per line as the .txt holds it)

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from corpus_files import out_path

RULE = "-" * 72

TEXT = f"""{"=" * 72}
BẢN TIN SINH HOẠT CHI BỘ - SỐ 02/2026 (phát hành ngày 10/02/2026)
Ban Tổ chức Tỉnh ủy Hà Sơn
{"=" * 72}
(Bài soạn cho bộ câu hỏi kiểm thử, theo văn phong bài hỏi - đáp thật; địa danh, nhân vật, mức chi là giả định, không phải nguyên văn chính thức)

HỎI - ĐÁP: THĂM HỎI ĐẢNG VIÊN ỐM ĐAU, VIẾNG VÀ TỔ CHỨC LỄ TANG ĐẢNG VIÊN

Thời gian qua, Ban Tổ chức Tỉnh ủy nhận được nhiều câu hỏi của bí thư chi bộ và đảng viên về việc thăm hỏi đảng viên ốm đau, viếng đảng viên từ trần và thân nhân đảng viên, cũng như nghi thức lễ tang đảng viên. Căn cứ Hướng dẫn số 15-HD/VPTU ngày 05/01/2026 của Văn phòng Tỉnh ủy về chế độ thăm hỏi, phúng viếng trong Đảng bộ tỉnh, Bản tin trả lời một số câu hỏi như sau.

{RULE}
Câu 1.
Hỏi: Đồng chí Nông Văn Sình, chi bộ thôn Nà Pục, xã Khe Ngang hỏi: Đảng viên trong chi bộ bị ốm phải nằm viện thì chi bộ có phải đến thăm không, thăm bằng tiền của ai?
Trả lời: Đảng viên ốm đau phải điều trị nội trú tại cơ sở y tế thì chi ủy (hoặc bí thư chi bộ nơi không có chi ủy) cử đại diện đến thăm hỏi. Mức thăm hỏi của chi bộ là 300.000 đồng mỗi lần, chi từ quỹ chi bộ do đảng viên đóng góp và phần kinh phí được để lại của chi bộ. Mỗi đảng viên được chi bộ thăm hỏi không quá 02 lần trong một năm.
Trường hợp đảng viên nằm viện từ 07 ngày trở lên hoặc mắc bệnh hiểm nghèo (ung thư, suy thận phải chạy thận, đột quỵ...) thì chi bộ báo cáo đảng ủy cơ sở để đảng ủy đến thăm với mức 500.000 đồng, chi từ kinh phí hoạt động của đảng ủy.

{RULE}
Câu 2.
Hỏi: Bố tôi 82 tuổi, có 55 năm tuổi Đảng, đang điều trị dài ngày ở bệnh viện tỉnh. Ngoài chi bộ, cấp trên có đến thăm không?
Trả lời: Đảng viên có từ 50 năm tuổi Đảng trở lên, đảng viên là lão thành cách mạng, cán bộ thuộc diện Ban Thường vụ Tỉnh ủy quản lý (kể cả đã nghỉ hưu) khi ốm đau điều trị tại bệnh viện tuyến tỉnh trở lên thì đảng ủy xã, phường báo cáo Ban Tổ chức Tỉnh ủy. Lãnh đạo Ban Tổ chức Tỉnh ủy hoặc đồng chí Tỉnh ủy viên phụ trách địa bàn đến thăm, mức quà 1.000.000 đồng.
Gia đình cần thông báo cho bí thư chi bộ nơi cụ sinh hoạt để chi bộ báo cáo lên đảng ủy trong 02 ngày làm việc kể từ khi cụ nhập viện.

{RULE}
Câu 3.
Hỏi: Chi bộ tôi có một đồng chí vừa từ trần. Chi bộ phải làm những việc gì đầu tiên?
Trả lời: Khi đảng viên từ trần, bí thư chi bộ phải báo cáo ngay với đảng ủy cơ sở, chậm nhất trong 24 giờ kể từ khi nhận được tin, bằng điện thoại và sau đó bằng văn bản. Chi ủy cử người đến gia đình chia buồn, cùng gia đình và Ban công tác Mặt trận thôn, tổ dân phố bàn việc tổ chức lễ tang.
Chi bộ giúp gia đình soạn tiểu sử tóm tắt của đồng chí đảng viên (quê quán, ngày vào Đảng, quá trình công tác, khen thưởng), trình đảng ủy cơ sở duyệt trước khi đọc trong lễ truy điệu.

{RULE}
Câu 4.
Hỏi: Mức phúng viếng khi đảng viên từ trần là bao nhiêu, cấp nào đi viếng?
Trả lời: Chi bộ viếng vòng hoa và phúng viếng 500.000 đồng; đảng ủy cơ sở viếng vòng hoa và phúng viếng 1.000.000 đồng. Đảng viên có từ 40 năm tuổi Đảng trở lên thì đảng ủy xã, phường tổ chức đoàn viếng do bí thư hoặc phó bí thư đảng ủy dẫn đầu.
Đảng viên có từ 60 năm tuổi Đảng trở lên, lão thành cách mạng thì Ban Thường vụ Tỉnh ủy gửi vòng hoa, đại diện Ban Tổ chức Tỉnh ủy đến viếng cùng đảng ủy xã, phường.

{RULE}
Câu 5.
Hỏi: Gia đình muốn phủ cờ Đảng lên linh cữu của bố tôi thì có được không, phủ thế nào cho đúng?
Trả lời: Được. Linh cữu đảng viên được phủ cờ Đảng khi gia đình có nguyện vọng; chi bộ chuẩn bị cờ Đảng. Cờ được phủ kín nắp linh cữu, hình búa liềm ở phía đầu linh cữu, phía trên đặt ảnh hoặc di ảnh theo phong tục địa phương.
Không phủ cờ Đảng khi đảng viên đã bị khai trừ, xóa tên hoặc đã ra khỏi Đảng. Trường hợp đảng viên đồng thời là liệt sĩ hoặc được cấp có thẩm quyền quy định phủ Quốc kỳ thì phủ Quốc kỳ, không phủ đồng thời hai cờ.
Cờ Đảng được gấp lại trước khi hạ huyệt hoặc đưa vào hỏa táng và trao lại cho gia đình lưu giữ.

{RULE}
Câu 6.
Hỏi: Ai đọc điếu văn trong lễ truy điệu đảng viên? Ban lễ tang gồm những ai?
Trả lời: Ban lễ tang do đảng ủy cơ sở quyết định, thường gồm đại diện đảng ủy, chi bộ, chính quyền, Mặt trận và đại diện gia đình; trưởng ban lễ tang là bí thư chi bộ hoặc một đồng chí đảng ủy viên được phân công.
Điếu văn do trưởng ban lễ tang đọc. Lễ truy điệu tiến hành theo thứ tự: cử nhạc tang, giới thiệu thành phần, đọc điếu văn, gia đình cảm ơn, phút mặc niệm, rồi di quan.

{RULE}
Câu 7.
Hỏi: Một đồng chí trong chi bộ đang bị xem xét kỷ luật thì không may qua đời. Chi bộ có tổ chức viếng theo chế độ không?
Trả lời: Có. Đảng viên từ trần khi đang bị xem xét kỷ luật hoặc đang chấp hành kỷ luật khiển trách, cảnh cáo vẫn được chi bộ và đảng ủy thăm viếng theo chế độ như đảng viên khác. Việc xem xét kỷ luật dừng lại, tổ chức đảng có thẩm quyền kết luận bằng văn bản theo quy định.

{RULE}
Câu 8.
Hỏi: Mẹ đẻ của một đảng viên trong chi bộ mất, chi bộ có đi viếng không? Bố mẹ vợ thì sao?
Trả lời: Khi bố, mẹ (kể cả bố, mẹ vợ hoặc bố, mẹ chồng), vợ hoặc chồng, con của đảng viên từ trần, chi bộ cử đại diện đi viếng với mức 300.000 đồng, chi từ quỹ chi bộ. Đảng ủy cơ sở không chi phúng viếng thân nhân đảng viên, trừ thân nhân của đảng ủy viên.
Chi bộ không vận động đảng viên góp tiền phúng viếng bắt buộc; việc mỗi người đi viếng riêng là tự nguyện.

{RULE}
Câu 9.
Hỏi: Gia đình đảng viên tổ chức tang lễ thì cần tuân thủ những gì để thể hiện nếp sống văn minh?
Trả lời: Lễ tang của gia đình đảng viên thực hiện theo nếp sống văn minh: thời gian quàn ướp không quá 48 giờ kể từ khi từ trần (trừ trường hợp chờ con cháu ở xa về); không rải tiền, vàng mã trên đường đưa tang; không tổ chức ăn uống linh đình; sử dụng loa đài ở mức vừa phải, không dùng loa công suất lớn sau 22 giờ.
Khuyến khích hình thức hỏa táng và an táng tại nghĩa trang theo quy hoạch. Đảng viên là cán bộ, công chức không được lợi dụng việc tang để nhận phúng viếng của người có liên quan đến công việc của mình.

{RULE}
Câu 10.
Hỏi: Đảng viên đi làm ăn ở tỉnh khác, ốm nặng phải nằm viện ở đó thì chi bộ có thăm được không?
Trả lời: Chi bộ nơi đảng viên sinh hoạt chính thức vẫn thực hiện chế độ thăm hỏi; nếu không bố trí được người đến tận nơi thì chi bộ chuyển tiền thăm hỏi qua gia đình hoặc chuyển khoản cho đảng viên, có xác nhận của người nhận. Chi ủy gọi điện hỏi thăm và báo cáo đảng ủy cơ sở.

{RULE}
Câu 11.
Hỏi: Sau khi tang lễ xong, chi bộ còn phải làm thủ tục gì về hồ sơ của đồng chí đã mất?
Trả lời: Trong 30 ngày kể từ ngày đảng viên từ trần, chi bộ báo cáo đảng ủy cơ sở để làm thủ tục giảm đảng viên (do từ trần), ghi vào sổ danh sách đảng viên và cập nhật trên cơ sở dữ liệu đảng viên. Hồ sơ đảng viên được chuyển về cấp ủy quản lý hồ sơ để lưu theo quy định.
Đảng viên từ trần từ ngày 01 của tháng thì không thu đảng phí của tháng đó; chi bộ không truy thu đảng phí của các tháng trước nếu gia đình có khó khăn.

{RULE}
Câu 12.
Hỏi: Kinh phí thăm hỏi, phúng viếng của chi bộ lấy ở đâu, có phải công khai không?
Trả lời: Chi bộ được sử dụng phần kinh phí đảng phí được trích để lại và quỹ chi bộ do đảng viên tự nguyện đóng góp. Mức đóng góp quỹ do chi bộ thống nhất, thường từ 10.000 đến 20.000 đồng mỗi đảng viên một tháng.
Các khoản chi thăm hỏi, phúng viếng phải ghi sổ, có chữ ký người nhận hoặc xác nhận của gia đình, và được công khai trong buổi sinh hoạt chi bộ cuối mỗi quý.

{RULE}
Mọi thắc mắc về chế độ thăm hỏi, phúng viếng xin gửi về Phòng Tổ chức đảng, đảng viên - Ban Tổ chức Tỉnh ủy Hà Sơn, điện thoại 0218.3851.326, hoặc hộp thư bantinchibo@hason.dcs.vn.
BAN BIÊN TẬP
"""

path = out_path(__file__, "hoi-dap/hoi-dap-tham-hoi-dang-vien-om-dau-va-to-chuc-le-tang.txt")
with open(path, "wb") as f:
    f.write(b"\xff\xfe" + TEXT.replace("\n", "\r\n").encode("utf-16-le"))
print(path)
