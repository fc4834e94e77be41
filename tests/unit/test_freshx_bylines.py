"""Author conventions fresh-X's families showed the generic path missing (round 21, issue 10),
each on a line or a page built here (no family read)."""

from __future__ import annotations

from config.profile import adhoc_profile
from pipelines.authors import is_junk_author
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
    for login in ("bientap", "tpd_admin", "editor01", "nguyenvana", "bt.huyenuy"):
        assert is_junk_author(login), login
    assert _record(_wp_page()).author is None
    closing = "<p class='has-text-align-right'><strong>Minh Đức</strong></p>"
    assert _record(_wp_page(closing=closing)).author == "Minh Đức"
    # a person's name, capitalised or not, initials, staff: not a login
    for name in ("Minh Đức", "thu hà", "N.T.H", "PV", "BBT", "Ban Biên tập"):
        assert not is_junk_author(name), name
