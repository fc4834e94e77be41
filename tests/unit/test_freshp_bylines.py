"""Author conventions fresh-P's families showed the generic path missing (round 19b, issue
10), and one date line, each on a page or a line built here (no family read)."""

from __future__ import annotations

from config.profile import adhoc_profile
from pipelines.authors import parse_byline_text, unit_signature
from pipelines.body import chrome_kind
from pipelines.chrome import Learned, normalize
from pipelines.sitemodel import extract_page

BASE = "https://ttyt.namha.example.vn/"
TEXT = (
    "Sáng 11/3, Trung tâm Y tế huyện tổ chức tiêm vắc xin phòng bệnh cho trẻ em trong độ tuổi tiêm "
    "chủng mở rộng tại mười sáu trạm y tế xã, thị trấn trên địa bàn với hơn một nghìn trẻ được tiêm."
)
MORE = (
    "Cán bộ y tế khám sàng lọc trước khi tiêm, hướng dẫn phụ huynh theo dõi trẻ tại trạm ít nhất ba "
    "mươi phút sau tiêm và ghi đầy đủ thông tin vào sổ tiêm chủng điện tử của từng trẻ."
)


def _record(page: str, path: str = "tin-tuc/tiem-chung-1184.html"):  # noqa: ANN202 - the ArticleRecord
    return extract_page(page.encode(), BASE + path, {}, adhoc_profile(BASE))


def test_a_bar_before_the_next_label_is_no_part_of_the_name() -> None:
    # "Người đăng: Hoàng Lan | Lượt xem: 215": the name ends at the bar, not with it
    assert parse_byline_text("Người đăng: Lường Văn Pâng | Lượt xem: 215").author == "Lường Văn Pâng"
    assert parse_byline_text("Tác giả: Minh Anh · Nguồn: Báo Lào Cai").author == "Minh Anh"
    assert parse_byline_text("Người đăng: Hoàng Lan | 04/03/2024").author == "Hoàng Lan"


def _lead_page(lead: str, closing: str = "") -> str:
    return (
        "<html><head><meta charset='utf-8'><title>Tiêm chủng mở rộng tháng 3</title></head><body>"
        "<div id='menu'><a href='/'>Trang chủ</a> | <a href='/tin-tuc.html'>Tin tức</a></div>"
        "<div class='detail'><h1 class='detail-title'>Tiêm chủng mở rộng tháng 3 cho hơn một nghìn trẻ</h1>"
        "<div class='detail-time'>12/03/2024 08:30</div>"
        f"<p class='detail-sapo'><strong>{lead}{TEXT}</strong></p>"
        f"<div class='detail-content'><p>{MORE}</p>{closing}</div></div>"
        "<div id='footer'>Bản quyền © Trung tâm Y tế huyện. Địa chỉ: Tổ 5, thị trấn.</div></body></html>"
    )


def test_a_name_in_capitals_opening_the_lead_is_its_writer() -> None:
    assert _record(_lead_page("HÀ ANH - ")).author == "HÀ ANH"
    assert _record(_lead_page("SÙNG SEO VẦN - ")).author == "SÙNG SEO VẦN"
    # a paper's source code, a province, an office in capitals name no one
    for lead in ("(LC) - ", "LCĐT - ", "TTXVN - ", "HÀ NỘI - ", "SỞ Y TẾ - "):
        assert _record(_lead_page(lead)).author is None, lead
    # a signature closing the text is read first
    closing = "<p style='text-align:right'><strong>Minh Đức</strong></p>"
    assert _record(_lead_page("HÀ ANH - ", closing)).author == "Minh Đức"


def _html5_page(meta: str = "", closing: str = "") -> str:
    return (
        "<html><head><meta charset='utf-8'><title>Tiêm chủng mở rộng tháng 3</title></head><body>"
        "<nav><a href='/'>Trang chủ</a> | <a href='/tin-tuc.html'>Tin tức</a></nav>"
        "<article class='post'><h1 class='entry-title'>Tiêm chủng mở rộng tháng 3 cho hơn một nghìn trẻ</h1>"
        f"<div class='entry-meta'><time datetime='2024-03-12T08:30:00+07:00'>12/03/2024 - 08:30</time>{meta}</div>"
        f"<div class='entry-content'><p>{TEXT}</p><p>{MORE}</p>{closing}</div></article>"
        "<footer>Bản quyền © Trung tâm Y tế huyện. Địa chỉ: Tổ 5, thị trấn.</footer></body></html>"
    )


def test_a_byline_of_an_avatar_alone_names_its_tooltip() -> None:
    avatar = " <span class='byline'><img class='avatar' src='/up/avatar/k.jpg' title='Trần Minh Khôi' alt=''></span>"
    assert _record(_html5_page(meta=avatar)).author == "Trần Minh Khôi"
    # an avatar whose tooltip is no name ("Ảnh đại diện") names no one
    blank = " <span class='byline'><img class='avatar' src='/up/avatar/k.jpg' title='Ảnh đại diện'></span>"
    assert _record(_html5_page(meta=blank)).author is None


def test_a_scanned_signature_closing_the_text_names_its_alt_text() -> None:
    right = "<p style='text-align: right;'><img class='signature' src='/up/chuky/hvn.png' alt='Hoàng Văn Nam'></p>"
    assert _record(_html5_page(closing=right)).author == "Hoàng Văn Nam"
    by_file = "<p><img src='/up/chu-ky/hvn.png' alt='Hoàng Văn Nam'></p>"
    assert _record(_html5_page(closing=by_file)).author == "Hoàng Văn Nam"
    # a centred portrait closing the text names who is pictured, not who wrote
    portrait = "<p style='text-align: center;'><img src='/up/2024/03/chan-dung.jpg' alt='Nguyễn Văn Thành'></p>"
    assert _record(_html5_page(closing=portrait)).author is None


def test_a_hospital_department_signs_as_an_office() -> None:
    assert unit_signature("Khoa Kiểm soát bệnh tật") == "Khoa Kiểm soát bệnh tật"
    assert unit_signature("Khoa Minh Tuấn") is None  # every word capitalised: a person
    assert unit_signature("Khoa học công nghệ") is None  # a phrase
    closing = "<p align='right'><i>Khoa Kiểm soát bệnh tật</i></p>"
    assert _record(_html5_page(closing=closing)).author == "Khoa Kiểm soát bệnh tật"


def test_a_cms_accounts_poster_row_is_the_templates_meta_row() -> None:
    assert chrome_kind("Người đăng: admin | Lượt xem: 26") == "strong"
    assert chrome_kind("Đăng bởi: host | In bài | Chia sẻ") == "strong"
    # a person posting is a byline, read for the author; a poster field alone is no row
    assert chrome_kind("Người đăng: Lường Văn Pâng | Lượt xem: 26") is None
    assert chrome_kind("Người đăng: admin") is None


def test_the_headlines_timed_date_line_learned_as_chrome_is_still_its_date() -> None:
    # a small site's listings show each article's date line as its page does: learned as chrome
    line = "Thứ Ba, 12/03/2024 08:30"
    page = _lead_page("").replace("12/03/2024 08:30", line).encode()
    learned = Learned(lines=frozenset({normalize(line)}))
    record = extract_page(page, BASE + "tin-tuc/tiem-chung-1184.html", {}, adhoc_profile(BASE), learned=learned)
    assert record.published_at == "2024-03-12T08:30:00+07:00"
