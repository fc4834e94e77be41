"""Article texts of the fixture corpus, written by hand (Vietnamese, NFC).

Each text is (title, lead, paragraphs). The families reuse them under their own titles,
dates, authors and layouts (a text appears at most once per site), so each site's ground
truth is these words plus what ``tests/families/corpus.py`` states per article.
The development families added later take their texts from ``texts2.py`` by key
(``KEY["q13-via-he"]``), and the validation families from ``texts3.py``, the hard families from ``texts4.py``, the foot-date family from ``texts5.py``, the
session-8 template families (Next.js, Hugo, Blogger) from ``texts6.py``, round 15's first fresh
families from ``texts_fa.py``: they are appended
here after the original seven.
"""

from __future__ import annotations

from tests.families.texts2 import TEXTS2
from tests.families.texts3 import TEXTS3
from tests.families.texts4 import TEXTS4
from tests.families.texts5 import TEXTS5
from tests.families.texts6 import TEXTS6
from tests.families.texts_fa import TEXTS_FA

TEXTS: list[tuple[str, str, list[str]]] = [
    (
        "Hội nghị triển khai nhiệm vụ chuyển đổi số năm 2023",
        "Sáng nay, Sở Thông tin và Truyền thông tổ chức hội nghị triển khai nhiệm vụ chuyển đổi "
        "số năm 2023 với sự tham dự của đại diện các sở, ban, ngành và Ủy ban nhân dân các huyện.",
        [
            "Năm 2022, toàn tỉnh đã đưa vào vận hành nền tảng chia sẻ dữ liệu dùng chung, kết nối "
            "với cơ sở dữ liệu quốc gia về dân cư và cung cấp hơn một nghìn dịch vụ công trực "
            "tuyến toàn trình cho người dân và doanh nghiệp.",
            "Phát biểu chỉ đạo hội nghị, đồng chí Phó Chủ tịch Ủy ban nhân dân tỉnh đề nghị các "
            "đơn vị tập trung hoàn thiện hạ tầng số ở vùng sâu, vùng xa, đồng thời nâng cao kỹ "
            "năng số cho cán bộ cấp xã.",
            "Hội nghị cũng thống nhất danh mục mười hai nhiệm vụ trọng tâm, trong đó ưu tiên số "
            "hóa hồ sơ thủ tục hành chính và phát triển các tổ công nghệ số cộng đồng ở thôn, bản.",
        ],
    ),
    (
        "Khởi công xây dựng cầu treo dân sinh tại xã vùng cao",
        "Ngày 5 tháng Giêng, Ban Quản lý dự án đầu tư xây dựng huyện tổ chức lễ khởi công cầu "
        "treo dân sinh bắc qua suối Nậm Chăn, phục vụ nhu cầu đi lại của hơn bốn trăm hộ dân.",
        [
            "Cây cầu có chiều dài gần tám mươi mét, rộng một mét rưỡi, được đầu tư từ nguồn vốn "
            "chương trình mục tiêu quốc gia phát triển kinh tế xã hội vùng đồng bào dân tộc thiểu "
            "số và miền núi.",
            "Trước đây, mỗi mùa mưa lũ, học sinh và bà con phải lội suối hoặc đi vòng hơn mười "
            "cây số để ra trung tâm xã, tiềm ẩn nhiều nguy cơ mất an toàn.",
            "Đơn vị thi công cam kết hoàn thành công trình trước mùa mưa năm nay, bảo đảm chất "
            "lượng và an toàn lao động trong suốt quá trình xây dựng.",
        ],
    ),
    (
        "Tuổi trẻ huyện biên giới ra quân Tháng Thanh niên",
        "Hưởng ứng Tháng Thanh niên, sáng Chủ nhật, Huyện đoàn phối hợp với Đồn Biên phòng tổ "
        "chức lễ ra quân với nhiều hoạt động tình nguyện thiết thực tại các thôn giáp biên.",
        [
            "Các đoàn viên đã tu sửa hơn hai cây số đường giao thông nông thôn, trồng cây xanh "
            "tại điểm trường và tặng quà cho các gia đình có hoàn cảnh khó khăn.",
            "Tuổi trẻ xung kích, tình nguyện vì cộng đồng!",
            "Bí thư Huyện đoàn cho biết, trong tháng này các cơ sở đoàn sẽ triển khai công trình "
            "thanh niên thắp sáng đường quê và phong trào làm sạch nguồn nước sinh hoạt.",
            "Tuổi trẻ xung kích, tình nguyện vì cộng đồng!",
            "Lễ ra quân khép lại bằng buổi giao lưu văn nghệ giữa đoàn viên thanh niên, cán bộ "
            "chiến sĩ biên phòng và bà con dân bản.",
        ],
    ),
    (
        "Kế hoạch tuyển sinh vào lớp 10 năm học 2023 - 2024",
        "Sở Giáo dục và Đào tạo vừa ban hành kế hoạch tuyển sinh vào lớp 10 trung học phổ thông "
        "năm học 2023 - 2024, áp dụng phương thức kết hợp xét tuyển và thi tuyển.",
        [
            "Theo kế hoạch, thí sinh dự thi ba môn gồm Ngữ văn, Toán và Tiếng Anh; điểm xét tuyển "
            "là tổng điểm ba bài thi cộng điểm ưu tiên, khuyến khích nếu có.",
            "Các trường phổ thông dân tộc nội trú tiếp tục tuyển sinh theo chỉ tiêu được giao, "
            "ưu tiên học sinh người dân tộc thiểu số rất ít người.",
            "Phụ huynh và học sinh theo dõi toàn văn kế hoạch cùng các biểu mẫu đăng ký trong tệp "
            "đính kèm dưới đây.",
        ],
    ),
    (
        "Nông dân vùng cao thu hoạch chè xuân",
        "Những ngày này, trên các đồi chè của xã, bà con nông dân đang tất bật thu hoạch lứa chè "
        "xuân đầu tiên với năng suất và giá bán đều cao hơn năm trước.",
        [
            "Toàn xã hiện có hơn ba trăm héc ta chè, trong đó gần một nửa diện tích đã được chứng "
            "nhận sản xuất theo tiêu chuẩn hữu cơ, giúp sản phẩm vào được các thị trường khó tính.",
            "Hợp tác xã chè của xã thu mua búp tươi cho bà con ngay tại nương, đồng thời hướng dẫn "
            "kỹ thuật hái một tôm hai lá để bảo đảm chất lượng chè thành phẩm.",
            "Nhờ cây chè, nhiều hộ gia đình đã thoát nghèo, xây được nhà kiên cố và cho con em đi "
            "học đại học dưới xuôi.",
        ],
    ),
    (
        "Tăng cường phòng, chống cháy rừng mùa khô",
        "Trước diễn biến thời tiết hanh khô kéo dài, Chi cục Kiểm lâm đề nghị các địa phương "
        "triển khai đồng bộ các giải pháp phòng, chống cháy rừng, không để xảy ra cháy lớn.",
        [
            "Lực lượng kiểm lâm địa bàn được yêu cầu bám sát cơ sở, tuyên truyền người dân không "
            "đốt nương làm rẫy trong những ngày có cảnh báo cháy rừng cấp IV và cấp V.",
            "Các chủ rừng phải phát dọn thực bì, làm đường băng cản lửa và bố trí người trực ba "
            "mươi phút một lần tại các chòi canh trong thời gian cao điểm.",
            "Mọi trường hợp phát hiện cháy rừng cần báo ngay cho chính quyền xã và đường dây nóng "
            "của Chi cục để kịp thời huy động lực lượng chữa cháy.",
        ],
    ),
    (
        "Hội thi tìm hiểu pháp luật về phòng, chống bạo lực gia đình",
        "Hội Liên hiệp Phụ nữ tỉnh vừa tổ chức vòng chung kết Hội thi tìm hiểu pháp luật về "
        "phòng, chống bạo lực gia đình với sự tham gia của tám đội thi đến từ các huyện.",
        [
            "Qua các phần thi chào hỏi, kiến thức và tiểu phẩm, các đội đã truyền tải sinh động "
            "những quy định mới của Luật Phòng, chống bạo lực gia đình năm 2022.",
            "Nhiều tiểu phẩm được xây dựng từ chính câu chuyện có thật ở địa phương, để lại ấn "
            "tượng sâu sắc cho khán giả và ban giám khảo.",
            "Kết thúc hội thi, ban tổ chức trao giải nhất cho đội thi huyện Bảo Thắng, giải nhì "
            "cho đội huyện Sa Pa và các giải ba, giải khuyến khích cho những đội còn lại.",
        ],
    ),
]

_FIRST_NEW = len(TEXTS)
TEXTS += [(title, lead, paragraphs) for _, title, lead, paragraphs in TEXTS2 + TEXTS3 + TEXTS4 + TEXTS5 + TEXTS6 + TEXTS_FA]
KEY: dict[str, int] = {key: _FIRST_NEW + i for i, (key, *_) in enumerate(TEXTS2 + TEXTS3 + TEXTS4 + TEXTS5 + TEXTS6 + TEXTS_FA)}

# the fresh-B families' own texts (round 15), appended after the others
from tests.families.texts_freshb import TEXTS_FRESHB  # noqa: E402

KEY.update({key: len(TEXTS) + i for i, (key, *_) in enumerate(TEXTS_FRESHB)})
TEXTS += [(title, lead, paragraphs) for _, title, lead, paragraphs in TEXTS_FRESHB]

# the fresh-C families' own texts (round 16), appended after the others
from tests.families.texts_freshc import TEXTS_FRESHC  # noqa: E402

KEY.update({key: len(TEXTS) + i for i, (key, *_) in enumerate(TEXTS_FRESHC)})
TEXTS += [(title, lead, paragraphs) for _, title, lead, paragraphs in TEXTS_FRESHC]

# the fresh-D families' own texts (round 16), appended after the others
from tests.families.texts_freshd import TEXTS_FRESHD  # noqa: E402

KEY.update({key: len(TEXTS) + i for i, (key, *_) in enumerate(TEXTS_FRESHD)})
TEXTS += [(title, lead, paragraphs) for _, title, lead, paragraphs in TEXTS_FRESHD]

# the fresh-J families' own texts (round 18), appended after the others
from tests.families.texts_freshj import TEXTS_FRESHJ  # noqa: E402

KEY.update({key: len(TEXTS) + i for i, (key, *_) in enumerate(TEXTS_FRESHJ)})
TEXTS += [(title, lead, paragraphs) for _, title, lead, paragraphs in TEXTS_FRESHJ]

# the fresh-M families' own texts (round 19), appended after the others
from tests.families.texts_freshm import TEXTS_FRESHM  # noqa: E402

KEY.update({key: len(TEXTS) + i for i, (key, *_) in enumerate(TEXTS_FRESHM)})
TEXTS += [(title, lead, paragraphs) for _, title, lead, paragraphs in TEXTS_FRESHM]

# the fresh-U families' own texts (round 20), appended after the others
from tests.families.texts_freshu import TEXTS_FRESHU  # noqa: E402

KEY.update({key: len(TEXTS) + i for i, (key, *_) in enumerate(TEXTS_FRESHU)})
TEXTS += [(title, lead, paragraphs) for _, title, lead, paragraphs in TEXTS_FRESHU]

# the fresh-Z families' own texts (round 21), appended after the others
from tests.families.texts_freshz import TEXTS_FRESHZ  # noqa: E402

KEY.update({key: len(TEXTS) + i for i, (key, *_) in enumerate(TEXTS_FRESHZ)})
TEXTS += [(title, lead, paragraphs) for _, title, lead, paragraphs in TEXTS_FRESHZ]
