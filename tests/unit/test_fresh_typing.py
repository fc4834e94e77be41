"""Page typing causes found on the fresh-B families (issue 10, round 15): a leader's profile
under an update line alone, whose biography's first sentence gave the publication date; a
draft open for comments; a hotline page; the site model's reading of the profile page."""

from __future__ import annotations

import lxml.html

from config.profile import Selectors, SiteProfile, adhoc_profile
from pipelines import pagekind
from pipelines.datefind import find_dates
from pipelines.extract import extract
from pipelines.inference import infer
from pipelines.record import ArticleRecord
from tests.helpers import read_ad_hoc

BASE = "https://thanhpho.example.gov.vn"
HEAD = "text/html; charset=utf-8"
BIO = [
    "Sinh ngày 12/5/1974. Quê quán: phường An Lạc, thành phố Hải Đông. Dân tộc: Kinh. Trình độ chuyên môn: "
    "Thạc sĩ Quản lý công; lý luận chính trị: Cao cấp.",
    "Từ năm 1997 đến năm 2005, công tác tại Phòng Tài chính - Kế hoạch thành phố; từ năm 2005 đến năm 2012 là "
    "Trưởng phòng Tài chính - Kế hoạch. Từ năm 2012 đến năm 2019, Phó Chủ tịch Ủy ban nhân dân thành phố.",
    "Từ tháng 7/2019 đến nay, Phó Bí thư Thành ủy, Chủ tịch Ủy ban nhân dân thành phố, phụ trách chung, trực "
    "tiếp chỉ đạo các lĩnh vực tổ chức bộ máy, tài chính - ngân sách, quy hoạch và đầu tư công.",
]
NEWS = [
    "Sáng nay, Ủy ban nhân dân thành phố tổ chức hội nghị triển khai nhiệm vụ chuyển đổi số năm 2024 với sự tham "
    "dự của đại diện các phòng, ban và Ủy ban nhân dân các phường.",
    "Năm qua, thành phố đã đưa vào vận hành nền tảng chia sẻ dữ liệu dùng chung và cung cấp hơn ba trăm dịch vụ "
    "công trực tuyến toàn trình cho người dân và doanh nghiệp.",
    "Hội nghị thống nhất danh mục mười nhiệm vụ trọng tâm, trong đó ưu tiên số hóa hồ sơ thủ tục hành chính và "
    "phát triển các tổ công nghệ số cộng đồng ở khu phố.",
]


TOPICS = ("chuyển đổi số", "cải cách hành chính", "trật tự đô thị", "an toàn giao thông", "vệ sinh môi trường",
          "phòng cháy chữa cháy")  # fmt: skip


def _news(topic: str) -> list[str]:
    return [p.replace("chuyển đổi số", topic).replace("dịch vụ", f"dịch vụ về {topic},") for p in NEWS]


def _page(title: str, date_line: str, paragraphs: list[str]) -> bytes:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (
        f'<html><head><meta charset="utf-8"><title>{title}</title></head><body>'
        f'<div class="header"><a href="/">Cổng thông tin điện tử thành phố</a></div>'
        f'<div class="article"><h1 class="article-title">{title}</h1><span class="article-time">{date_line}</span>'
        f'<div class="article-body">{body}</div></div><div class="footer">Bản quyền thuộc UBND thành phố</div>'
        "</body></html>"
    ).encode()


def _extract(page: bytes, path: str) -> ArticleRecord | str:
    return read_ad_hoc(page, BASE + path)


def test_a_date_of_birth_is_no_publication_date() -> None:
    """Under an update line alone, the scan went on into the body for a publication date
    and took the biography's "Sinh ngày 12/5/1974" (published 1974, updated 2024)."""
    tree = lxml.html.fromstring(_page("Chủ tịch Nguyễn Hoàng Phúc", "Ngày cập nhật: 10/01/2024", BIO))
    found = find_dates(tree, "Asia/Ho_Chi_Minh", [], tree.find(".//h1"), None, url=BASE + "/35/1203.html")
    assert found.published is not None and found.published.iso.startswith("2024-01-10")
    assert found.basis == "updated"
    tree = lxml.html.fromstring(_page("Hồ sơ cán bộ", "Ngày sinh: 03/09/1980", BIO[1:]))
    assert find_dates(tree, "Asia/Ho_Chi_Minh", [], tree.find(".//h1"), None).published is None


def test_a_biography_under_an_update_date_alone_is_a_profile_page() -> None:
    got = _extract(_page("Chủ tịch Ủy ban nhân dân thành phố Nguyễn Hoàng Phúc", "Ngày cập nhật: 10/01/2024", BIO),
                   "/35/1203.html")  # fmt: skip
    assert isinstance(got, str) and got.startswith("other_type: a person's biography"), got


def test_a_published_biography_with_its_headline_stays_news() -> None:
    """An appointment's news tells the appointee's curriculum under a publication date."""
    lead = "Chiều 05/3, Hội đồng nhân dân thành phố bầu ông Nguyễn Hoàng Phúc giữ chức Chủ tịch Ủy ban nhân dân."
    got = _extract(_page("Ông Nguyễn Hoàng Phúc được bầu làm Chủ tịch UBND thành phố", "Ngày đăng: 05/03/2024 16:30",
                         [lead, *BIO[1:], BIO[0]]), "/12/48230.html")  # fmt: skip
    assert isinstance(got, ArticleRecord), got
    assert got.published_at == "2024-03-05T16:30:00+07:00"


def test_a_draft_open_for_comments_is_a_record() -> None:
    lines = [
        "Thời gian lấy ý kiến: từ ngày 04/03/2024 đến ngày 03/04/2024",
        "Tóm tắt nội dung: Dự thảo quy định các tuyến đường được sử dụng tạm thời một phần vỉa hè.",
        "Cơ quan soạn thảo: Phòng Quản lý đô thị",
        "Tệp dự thảo: du-thao-qd-via-he.docx",
    ]
    assert pagekind.form_kind(lines) == "draft"
    assert pagekind.form_kind([NEWS[0], "Tóm tắt nội dung: hội nghị chuyển đổi số.", *NEWS[1:]]) is None


def test_a_hotline_page_is_a_static_page() -> None:
    assert pagekind.static_kind(BASE + "/duong-day-nong.html", None)
    assert pagekind.static_kind("", "Đường dây nóng")
    page = _page("Đường dây nóng", "", [
        "Người dân, doanh nghiệp phản ánh các vấn đề về trật tự đô thị, môi trường, thủ tục hành chính qua các số "
        "điện thoại đường dây nóng dưới đây (trực 24/7):",
        "Chủ tịch Ủy ban nhân dân thành phố: 0913 222 111", "Văn phòng HĐND và UBND thành phố: 0292 3822 456",
        "Phòng Quản lý đô thị: 0292 3822 478", "Tổng đài hỗ trợ dịch vụ công: 1900 6868",
    ])  # fmt: skip
    got = _extract(page, "/duong-day-nong.html")
    assert isinstance(got, str) and got.startswith("other_type: an introduction"), got


def test_the_site_model_types_a_profile_page_under_an_update_date() -> None:
    pages = [
        (f"{BASE}/12/{48200 + i}.html", _page(f"Tin thứ {i} về {TOPICS[i]} của thành phố Hải Đông",
                                              f"Thứ ba, 0{i + 1}/03/2024 - 08:30", _news(TOPICS[i])), {"content-type": HEAD})
        for i in range(6)
    ] + [
        (f"{BASE}/35/{1203 + i}.html", _page(f"Phó Chủ tịch Nguyễn Văn {name}", "Ngày cập nhật: 10/01/2024", BIO),
         {"content-type": HEAD})
        for i, name in enumerate(("An", "Bình"))
    ]  # fmt: skip
    model = infer(pages)
    assert {model.page_types[f"{BASE}/35/{1203 + i}.html"] for i in range(2)} == {"profile"}
    assert {model.page_types[f"{BASE}/12/{48200 + i}.html"] for i in range(6)} == {"article"}


def _with_selectors(**flags: bool) -> SiteProfile:
    profile = adhoc_profile(BASE + "/").model_copy(update=flags)
    chosen = Selectors(title=["h1.article-title"], date=["span.article-time"], body=["div.article-body"])
    return profile.model_copy(update={"selectors": chosen})


def test_a_body_selector_no_maintainer_chose_does_not_type_the_page() -> None:
    """A site model's selectors (ad hoc) or those ``sites new`` wrote (``inferred``) find the
    body of every page of the article template, a leader's profile or a week's schedule in
    the news template too: the page's own kind still decides. A hand profile's selectors
    are the maintainer's say, as before."""
    page = _page("Phó Chủ tịch Nguyễn Văn An", "Ngày cập nhật: 10/01/2024", BIO)
    url = BASE + "/35/1203.html"
    for flags in ({"adhoc": True}, {"adhoc": False, "inferred": True}):
        got = extract(page, url, {"content-type": HEAD}, _with_selectors(**flags))
        assert not isinstance(got, ArticleRecord) and got.reason == "other_type", flags
    hand = extract(page, url, {"content-type": HEAD}, _with_selectors(adhoc=False))
    assert isinstance(hand, ArticleRecord)
    news = extract(_page("Thành phố triển khai chuyển đổi số", "Thứ ba, 05/03/2024 - 08:30", NEWS),
                   BASE + "/12/48213.html", {"content-type": HEAD}, _with_selectors(adhoc=True))  # fmt: skip
    assert isinstance(news, ArticleRecord)


def test_records_sharing_the_news_url_shape_leave_it_an_article_template() -> None:
    """One URL shape for every list of the portal (SharePoint's ``Detail.aspx?ItemID=``):
    six news pages beside eight documents' records. The records are typed by their fields
    and are no evidence against the template (they outnumbered the news: no article
    template, no model)."""
    doc = [
        "Số ký hiệu: {n}/QĐ-UBND", "Ngày ban hành: 0{d}/03/2024", "Trích yếu: Quyết định về việc ban hành kế hoạch "
        "số {n} của Ủy ban nhân dân thành phố về công tác năm 2024.", "Cơ quan ban hành: Ủy ban nhân dân thành phố",
        "Người ký: Nguyễn Hoàng Phúc",
    ]  # fmt: skip
    pages = [
        (f"{BASE}/Pages/Detail.aspx?ItemID={100 + i}", _page(f"Tin thứ {i} về {TOPICS[i]} của thành phố Hải Đông",
                                                             f"Ngày đăng: 0{i + 1}/03/2024 08:30", _news(TOPICS[i])),
         {"content-type": HEAD})
        for i in range(6)
    ] + [
        (f"{BASE}/Pages/Detail.aspx?ItemID={200 + i}", _page(f"Quyết định số {240 + i}/QĐ-UBND năm 2024",
                                                             f"Ngày đăng: 0{i % 9 + 1}/02/2024 10:00",
                                                             [x.format(n=240 + i, d=i % 9 + 1) for x in doc]),
         {"content-type": HEAD})
        for i in range(8)
    ]  # fmt: skip
    model = infer(pages)
    types = {u.rsplit("=", 1)[1]: t for u, t in model.page_types.items()}
    assert {types[str(100 + i)] for i in range(6)} == {"article"}
    assert {types[str(200 + i)] for i in range(8)} == {"document"}
    assert len(model.article) >= 1


EN = [
    "The city held a conference this morning to launch its digital transformation tasks for 2024, attended by "
    "representatives of departments and ward people's committees.",
    "Last year the city put a shared data platform into operation and offered more than three hundred fully online "
    "public services to residents and businesses.",
    "The conference agreed on ten priority tasks, among them digitising administrative records and setting up "
    "community digital technology teams in every ward.",
]


def test_a_translation_naming_its_vietnamese_page_is_a_copy() -> None:
    """At another language's URL, a page with its own English text that names its Vietnamese
    version (``hreflang="vi"``) is that article's translation: no second row, as the site
    model denies such URLs. Without the link, or at a URL of no other language, it stands."""
    vi = '<link rel="alternate" hreflang="vi" href="/Pages/Detail.aspx?ItemID=1342">'

    def page(head: str) -> bytes:
        return _page("City launches digital transformation tasks", "Posted: 12/03/2024 08:30", EN).replace(
            b"<title>", head.encode() + b"<title>"
        )

    got = _extract(page(vi), "/en/Pages/Detail.aspx?ItemID=1342")
    assert isinstance(got, str) and got.startswith("other_type: a translation"), got
    assert isinstance(_extract(page(""), "/en/Pages/Detail.aspx?ItemID=1342"), ArticleRecord)
    assert isinstance(_extract(page(vi), "/news/city-launches-digital-transformation-tasks"), ArticleRecord)
    own = vi.replace("/Pages/Detail.aspx?ItemID=1342", "/en/Pages/Detail.aspx?ItemID=1342")
    assert isinstance(_extract(page(own), "/en/Pages/Detail.aspx?ItemID=1342"), ArticleRecord)
