"""Author conventions fresh-X's families showed the generic path missing (round 21, issue 10),
each on a line or a page built here (no family read)."""

from __future__ import annotations

from config.profile import adhoc_profile
from pipelines.authors import is_junk_author, parse_byline_text, parse_signature, staff_signature
from pipelines.sitemodel import extract_page

BASE = "https://huyenuy.tanphuoc.example.vn/"
TEXT = (
    "Chiều 28/2, Ban Dân vận Huyện ủy phối hợp với Huyện đoàn tổ chức hội nghị đối thoại với hơn hai "
    "trăm đoàn viên thanh niên về việc làm, khởi nghiệp và chuyển đổi số ở các xã trong huyện."
)
MORE = (
    "Các ý kiến, kiến nghị của đoàn viên thanh niên được lãnh đạo huyện trả lời trực tiếp tại hội nghị; "
    "những nội dung vượt thẩm quyền được tổng hợp để báo cáo cấp trên xem xét, giải quyết."
)


def _record(page: str, path: str = "2024/02/ban-dan-van/"):  # noqa: ANN202 - the ArticleRecord
    return extract_page(page.encode(), BASE + path, {}, adhoc_profile(BASE))


def _wp_page(poster: str = "bientap", closing: str = "", extra: str = "") -> str:
    return (
        "<html><head><meta charset='utf-8'><title>Đối thoại với đoàn viên thanh niên</title></head><body>"
        "<nav><a href='/'>Trang chủ</a> | <a href='/category/tin-tuc/'>Tin tức</a></nav>"
        "<article class='post type-post'><header class='entry-header'>"
        "<h1 class='entry-title'>Ban Dân vận Huyện ủy đối thoại với đoàn viên thanh niên</h1>"
        "<div class='entry-meta'><span class='posted-on'><time datetime='2024-02-29T16:45:00+07:00'>29/02/2024</time></span>"
        f"<span class='byline'> Đăng bởi <span class='author vcard'><a class='url fn n' href='/author/{poster}/'>{poster}</a>"
        "</span></span></div></header>"
        f"<div class='entry-content'><p>{TEXT}</p>{extra}<p>{MORE}</p>{closing}</div></article>"
        "<footer>© 2024 Huyện ủy Tân Phước. Địa chỉ: khu phố 1, thị trấn.</footer></body></html>"
    )


def test_a_cms_login_as_the_poster_is_no_author() -> None:
    # WordPress's "Đăng bởi <login>" on every post: an account, never the writer
    from pipelines.authors import login_name

    for login in ("bientap", "tpd_admin", "editor01", "nguyenvana", "bt.huyenuy"):
        assert login_name(login), login
    assert _record(_wp_page()).author is None
    closing = "<p class='has-text-align-right'><strong>Minh Đức</strong></p>"
    assert _record(_wp_page(closing=closing)).author == "Minh Đức"
    # a person's name, capitalised or not, initials, staff: not a login
    for name in ("Minh Đức", "thu hà", "N.T.H", "PV", "BBT", "Ban Biên tập"):
        assert not login_name(name), name
    # a handle stays a name to the generic account check (an English blog's truth names it)
    assert not is_junk_author("surfguard")


def _drupal_page(meta: str) -> str:
    return (
        "<html><head><meta charset='utf-8'><title>Giải chạy vì sức khỏe cộng đồng</title></head><body>"
        "<nav><a href='/'>Trang chủ</a> | <a href='/chuyen-muc/tin-tuc'>Tin tức</a></nav>"
        "<article class='node node--type-article'><h1 class='page-title'>Hơn ba nghìn người tham gia giải chạy</h1>"
        f"<div class='node__meta'>{meta}<span class='node__date'>03/03/2024 - 07:45</span></div>"
        f"<div class='field--name-body'><p>{TEXT}</p><p>{MORE}</p></div></article>"
        "<footer>Bản quyền thuộc Sở Văn hóa, Thể thao và Du lịch. Địa chỉ: số 12 đường Lê Lợi.</footer></body></html>"
    )


def test_a_writers_link_names_its_tooltip_when_it_shows_no_text() -> None:
    # an avatar linked to the writer's page, the name only in the link's title
    avatar = ("<span class='node__author'><a href='/tac-gia/le-van-hung' title='Lê Văn Hùng'>"
              "<img src='/files/avatar/le-van-hung.jpg' alt=''></a></span>")
    assert _record(_drupal_page(avatar), "tin-tuc/giai-chay").author == "Lê Văn Hùng"
    icon = "<a href='/tac-gia/le-van-hung' title='Lê Văn Hùng'><i class='fa fa-user'></i></a>"
    assert _record(_drupal_page(icon), "tin-tuc/giai-chay").author == "Lê Văn Hùng"
    # a tooltip that is no name names no one
    other = "<span class='node__author'><a href='/tac-gia/le-van-hung' title='Xem hồ sơ'><img src='/a.jpg' alt=''></a></span>"
    assert _record(_drupal_page(other), "tin-tuc/giai-chay").author is None


def test_a_team_of_writers_label_names_its_writers() -> None:
    # "Nhóm tác giả: A - B" signs like "Tác giả: A - B"; the team's name alone stays the staff's
    assert parse_signature("Nhóm tác giả: Lê Hà - Văn Tâm").author == "Lê Hà, Văn Tâm"
    assert parse_byline_text("Nhóm tác giả: Lê Hà, Văn Tâm").author == "Lê Hà, Văn Tâm"
    assert parse_signature("Nhóm tác giả: Đỗ Quang Minh").author == "Đỗ Quang Minh"
    assert parse_signature("Nhóm tác giả").author == "Nhóm tác giả"


def test_a_writers_label_naming_the_video_too_names_the_writer() -> None:
    # the roles a writer-photographer-cameraman signs under, two or three of them
    for line in ("Bài, ảnh, video: Thanh Xuân", "Bài và video: Thanh Xuân", "Bài, ảnh và clip: Thanh Xuân"):
        assert parse_signature(line).author == "Thanh Xuân", line
    # the page closing with it
    closing = "<p class='has-text-align-right'><strong>Bài, ảnh, video: Thanh Xuân</strong></p>"
    assert _record(_wp_page(closing=closing)).author == "Thanh Xuân"
    # a cameraman's credit alone names no writer
    assert parse_signature("Video: Thanh Xuân") is None


def test_the_staff_signing_with_their_unit_and_no_dash_are_the_staff() -> None:
    # "PV Ban Tuyên giáo": the staff signature as written, the unit after it (as "PV - Ban ...")
    got = staff_signature("PV Ban Tuyên giáo")
    assert (got.author, got.unit) == ("PV", "Ban Tuyên giáo")
    assert staff_signature("Nhóm PV Đài Truyền thanh xã").author == "Nhóm PV"
    closing = "<p class='has-text-align-right'><strong>PV Ban Tuyên giáo</strong></p>"
    assert _record(_wp_page(closing=closing)).author == "PV"
    # a reporter's name after the title is the name; a place in lower case is no unit
    assert staff_signature("PV Thu Hà") is None and parse_signature("PV Thu Hà").author == "Thu Hà"
    assert staff_signature("PV huyện") is None


def _figure(caption: str) -> str:
    return (f"<figure class='wp-block-image'><img src='/wp-content/uploads/2024/03/hn.jpg' alt=''>"
            f"<figcaption class='wp-element-caption'>{caption}</figcaption></figure>")


def test_a_writers_credit_in_the_lead_pictures_caption_names_the_writer() -> None:
    from pipelines.authors import credit_in_caption

    page = _wp_page(extra=_figure("Đồng chí Bí thư Huyện ủy phát biểu tại hội nghị. (Bài và ảnh: Lương Thị Hồng)"))
    assert _record(page).author == "Lương Thị Hồng"
    assert credit_in_caption(["Quang cảnh hội nghị. Bài, ảnh: Minh Anh"]).author == "Minh Anh"
    # the photographer's credit alone names no writer; a signature closing the text wins
    assert _record(_wp_page(extra=_figure("Đồng chí Bí thư Huyện ủy phát biểu. Ảnh: Lương Thị Hồng"))).author is None
    closing = "<p class='has-text-align-right'><strong>Minh Đức</strong></p>"
    assert _record(_wp_page(closing=closing, extra=_figure("Quang cảnh. (Bài và ảnh: Lương Thị Hồng)"))).author == "Minh Đức"
    # captions crediting two writers: no one is taken
    assert credit_in_caption(["Quang cảnh. (Bài và ảnh: An Bình)", "Khách mời. (Bài và ảnh: Cao Dũng)"]).author is None
