"""extract() on pages that are not articles, and on article pages with metadata."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from config.profile import adhoc_profile, load_profile
from pipelines.extract import extract
from pipelines.record import ArticleRecord, Attachment, NotAnArticle

FIXTURES = Path(__file__).parent.parent / "fixtures"
SEED_PAGE = (FIXTURES / "seed" / "page.html").read_bytes()
URL = "https://tinhuy.laocai.gov.vn/tin-tuc/tin-hoat-dong/bai-viet.html"
HTML = {"content-type": "text/html; charset=utf-8"}
ADHOC = adhoc_profile(URL)


def _fixture(name: str) -> bytes:
    return (FIXTURES / "extract" / name).read_bytes()


def _reason(body: bytes, headers=HTML, profile=ADHOC, url=URL) -> str:
    result = extract(body, url, headers, profile)
    assert isinstance(result, NotAnArticle), result
    assert result.url == url
    return result.reason


@pytest.mark.parametrize(
    ("body", "headers", "reason"),
    [
        pytest.param(b"", HTML, "empty", id="empty"),
        pytest.param(b"  \r\n\t ", HTML, "empty", id="whitespace"),
        pytest.param(b"<html><body>  </body></html>", HTML, "empty", id="empty-document"),
        pytest.param(SEED_PAGE[: len(SEED_PAGE) // 2], HTML, "truncated", id="cut-in-half"),
        pytest.param(
            b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj<</Type/Catalog>>endobj\n%%EOF",
            {"content-type": "application/pdf"},
            "not_html",
            id="pdf",
        ),
        pytest.param(b"%PDF-1.7\n\x00\x01\x02binary", HTML, "not_html", id="pdf-labelled-html"),
        pytest.param(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", {}, "not_html", id="png-no-header"),
        pytest.param(random.Random(7).randbytes(4096), HTML, "undecodable", id="binary-garbage"),
        pytest.param(_fixture("listing.html"), HTML, "listing", id="listing"),
        pytest.param(_fixture("soft404.html"), HTML, "soft_404", id="soft-404"),
        pytest.param(
            b"<html><head><title>404 Not Found</title></head><body><h1>Not Found</h1>"
            b"<p>The requested URL was not found on this server.</p></body></html>",
            HTML,
            "soft_404",
            id="server-404-page",
        ),
        pytest.param(
            "<html><head><title>Tin tức</title></head><body><table><tr><td class='tieude'>Thông báo"
            "</td></tr><tr><td>Bài viết đã bị xóa hoặc không còn tồn tại trên hệ thống.</td></tr>"
            "</table></body></html>".encode(),
            HTML,
            "soft_404",
            id="removed-article-page",
        ),
        pytest.param(
            b"<html><body><div><p>Xin ch\xc3\xa0o</div></p><<>>></table></body></html>",
            HTML,
            "too_short",
            id="malformed-tiny",
        ),
        pytest.param(
            b"<html><body>"
            + b"<p>"
            + "Một đoạn văn bản dài. ".encode() * 30
            + b"</p></body></html>",
            HTML,
            "no_title",
            id="no-title",
        ),
    ],
)
def test_not_an_article(body, headers, reason):
    assert _reason(body, headers) == reason


def test_malformed_markup_still_extracts():
    page = (
        SEED_PAGE.replace(b"</p>", b"")
        .replace(b"</div>", b"", 3)
        .replace(b"<tbody>", b"<tbody><td>")
    )
    record = extract(page, URL, HTML, load_profile("laocai-tinhuy"))
    assert isinstance(record, ArticleRecord)
    assert record.author == "Đỗ Quang Thắng"
    assert record.published_at == "2023-01-09T15:20:00+07:00"


def test_listing_with_profile_is_rejected_by_url_rules():
    profile = load_profile("laocai-tinhuy")
    url = "https://tinhuy.laocai.gov.vn/tin-tuc/tin-hoat-dong.html"
    assert _reason(_fixture("listing.html"), profile=profile, url=url) == "not_article_url"


def test_too_short_article():
    page = (
        "<html><head><title>Thông báo</title></head><body><h1>Thông báo lịch tiếp công dân</h1>"
        "<div class='detail'><p>Lịch tiếp công dân tháng 1 năm 2023 của lãnh đạo tỉnh.</p></div>"
        "</body></html>"
    ).encode()
    assert _reason(page) == "too_short"
    # ... but a short notice carrying its document is kept
    with_pdf = page.replace(
        b"</p>", b' <a href="/files/lich.pdf">T\xe1\xba\xa3i v\xe1\xbb\x81</a></p>'
    )
    record = extract(with_pdf, URL, HTML, ADHOC)
    assert isinstance(record, ArticleRecord)
    assert record.attachments == [
        Attachment(url="https://tinhuy.laocai.gov.vn/files/lich.pdf", title="Tải về", kind="pdf")
    ]


def test_article_with_meta_sapo_figure_attachments_and_source():
    url = "https://laocai.gov.vn/tin-tuc/van-hoa/ngay-hoi-van-hoa.html?utm_source=zalo&fbclid=a"
    record = extract(_fixture("article-meta.html"), url, HTML, adhoc_profile(url))
    assert isinstance(record, ArticleRecord), record
    assert record.url == "https://laocai.gov.vn/tin-tuc/van-hoa/ngay-hoi-van-hoa.html"
    assert record.title == "Sở Văn hóa tổ chức Ngày hội văn hóa các dân tộc"
    # the visible date line wins over a meta tag giving another day (docs/extraction.md,
    # "Structured data against the visible line"); the meta's update date is kept
    assert record.published_at == "2023-03-04T08:15:00+07:00"
    assert record.date_raw == "Ngày đăng: 04/03/2023 | 08:15"
    assert record.updated_at == "2023-03-06T09:00:00+07:00"
    assert record.author is None  # meta author "admin" is CMS junk
    assert record.source == "Báo Lào Cai"
    assert (
        record.lead
        == "Ngày hội nhằm tôn vinh bản sắc văn hóa của đồng bào các dân tộc tỉnh Lào Cai."
    )
    assert record.body[0] == record.lead
    assert record.body[-1] == "Nguồn: Báo Lào Cai"
    assert [(i.src, i.caption) for i in record.images] == [
        (
            "https://laocai.gov.vn/tin-tuc/van-hoa/images/ngay-hoi.jpg",
            "Các nghệ nhân biểu diễn tại Ngày hội.",
        )
    ]
    assert [(a.url, a.kind, a.title) for a in record.attachments] == [
        (
            "https://laocai.gov.vn/Uploads/files/ke-hoach-ngay-hoi.pdf",
            "pdf",
            "Kế hoạch số 12/KH-SVHTTDL",
        ),
        ("https://laocai.gov.vn/Uploads/files/the-le.docx?v=2", "docx", "Thể lệ"),
    ]
    text = " ".join(record.body)
    for chrome in ("Tin liên quan", "Gầu Tào", "©", "Đăng nhập", "0214.3840.000"):
        assert chrome not in text


def _page(date_line: str, extra_head: str = "") -> bytes:
    paragraph = "Nội dung bài viết về công tác chuyển đổi số của tỉnh trong năm qua. " * 8
    return f"""<html><head><title>Bài viết</title>{extra_head}</head><body>
    <div class="main"><div class="detail"><h1>Chuyển đổi số ở Lào Cai</h1>
    <div class="info">{date_line}</div>
    <div class="content"><p>{paragraph}</p><p>{paragraph}</p></div></div>
    <div class="sidebar"><div class="title">Tin mới</div><ul>
    <li><a href="/a.html">Tin một</a> <span>(01/01/2023)</span></li>
    <li><a href="/b.html">Tin hai</a> <span>(02/01/2023)</span></li></ul></div></div>
    </body></html>""".encode()


def test_sidebar_date_is_never_taken():
    record = extract(_page(""), URL, HTML, ADHOC)
    assert isinstance(record, ArticleRecord), record
    assert record.published_at is None
    assert record.date_raw is None
    assert "date_unparsed" in record.warnings


def test_published_and_updated_on_one_line():
    record = extract(
        _page("Ngày đăng: 05/01/2023 | 08:15 - Cập nhật lúc 14:20 ngày 3/2/2023"), URL, HTML, ADHOC
    )
    assert record.published_at == "2023-01-05T08:15:00+07:00"
    assert record.date_raw == "Ngày đăng: 05/01/2023 | 08:15"
    assert record.updated_at == "2023-02-03T14:20:00+07:00"
    assert record.warnings == []


def test_a_page_whose_only_date_is_an_update_is_dated_by_it_and_says_so():
    """Many portals print nothing but "Cập nhật ...": never a null date for a whole site."""
    for line in ("Cập nhật lúc 14:20 ngày 3/2/2023", "Ngày cập nhật: 03/02/2023 14:20"):
        record = extract(_page(line), URL, HTML, ADHOC)
        assert record.published_at == "2023-02-03T14:20:00+07:00", line
        assert record.date_basis == "updated"
        assert record.updated_at == "2023-02-03T14:20:00+07:00"
        assert "date_unparsed" not in record.warnings
    dated = extract(_page("Ngày đăng: 05/01/2023 | 08:15"), URL, HTML, ADHOC)
    assert dated.date_basis == "published"


def test_the_profile_says_how_its_update_line_is_read():
    page = _page("Cập nhật lúc 14:20 ngày 3/2/2023")
    published = extract(page, URL, HTML, ADHOC.model_copy(update={"date_line": "published"}))
    assert (published.published_at, published.date_basis) == ("2023-02-03T14:20:00+07:00", "published")
    assert published.updated_at is None
    strict = extract(page, URL, HTML, ADHOC.model_copy(update={"date_line": "updated_only"}))
    assert strict.published_at is None and strict.updated_at == "2023-02-03T14:20:00+07:00"
    assert "date_unparsed" in strict.warnings


def test_jsonld_and_time_element():
    jsonld = (
        '<script type="application/ld+json">{"@context": "https://schema.org", "@graph": ['
        '{"@type": "NewsArticle", "datePublished": "2023-01-09T15:20:00+07:00",'
        ' "dateModified": "2023-01-10T08:00:00+07:00"}]}</script>'
    )
    record = extract(_page("", jsonld), URL, HTML, ADHOC)
    assert (record.published_at, record.updated_at) == (
        "2023-01-09T15:20:00+07:00",
        "2023-01-10T08:00:00+07:00",
    )
    record = extract(_page('<time datetime="2023-01-09">9/1/2023</time>'), URL, HTML, ADHOC)
    assert (record.published_at, record.date_precision) == ("2023-01-09T00:00:00+07:00", "day")


def test_mangled_pages_never_fail():
    rng = random.Random(11)
    pages = [SEED_PAGE, _fixture("listing.html"), _fixture("article-meta.html")]
    profiles = [ADHOC, load_profile("laocai-tinhuy")]
    for _ in range(60):
        page = bytearray(rng.choice(pages))
        for _ in range(rng.randint(1, 4)):
            start = rng.randrange(len(page))
            end = min(len(page), start + rng.randint(1, 300))
            if rng.random() < 0.6:
                del page[start:end]
            else:
                page[start:start] = page[rng.randrange(len(page)) :][: rng.randint(1, 300)]
        result = extract(bytes(page), URL, HTML, rng.choice(profiles))
        assert getattr(result, "reason", "") != "extract_error", result


def test_the_benchmark_reads_the_body_of_any_page_beside_the_verdict():
    """Benchmarks of body extraction compose the same stages, without stopping at the
    article/non-article verdict (no flag for it in ``extract``)."""
    from benchmarks.extraction_quality import body_and_verdict

    listing = _fixture("listing.html")
    assert _reason(listing) == "listing"
    record, refused = body_and_verdict(listing, URL, HTML, ADHOC)
    assert refused is not None and refused.reason == "listing"
    assert isinstance(record, ArticleRecord) and record.body
    seed = extract(SEED_PAGE, URL, HTML, ADHOC)
    assert body_and_verdict(SEED_PAGE, URL, HTML, ADHOC) == (seed, None)  # articles: unchanged
    half = SEED_PAGE[: len(SEED_PAGE) // 2]
    assert _reason(half) == "truncated"  # unreadable: still refused
    assert body_and_verdict(half, URL, HTML, ADHOC)[1].reason == "truncated"


def test_page_without_closing_tags_is_not_truncated():
    """HTML lets a page leave out </body></html>; a whole last tag means it is complete."""
    page = SEED_PAGE.replace(b"</body>", b"").replace(b"</html>", b"")
    assert isinstance(extract(page, URL, HTML, ADHOC), ArticleRecord)
    assert page.rstrip().endswith(b">")
    assert _reason(page.rstrip()[:-1]) == "truncated"  # cut inside its last tag


def test_control_characters_do_not_empty_the_page():
    """A stray \\x08 made trafilatura's XML tree fail and the page read as empty."""
    record = extract(SEED_PAGE.replace(b"</p>", b"\x08</p>", 1), URL, HTML, ADHOC)
    assert isinstance(record, ArticleRecord)
    assert record.body == extract(SEED_PAGE, URL, HTML, ADHOC).body


def test_a_page_over_the_size_limit_is_too_large_before_anything_reads_it() -> None:
    page = SEED_PAGE
    result = extract(page, URL, HTML, ADHOC, max_html=len(page) - 1)
    assert isinstance(result, NotAnArticle) and result.reason == "too_large"
    assert f"{len(page):,} bytes" in result.detail
    # at the limit it is read as usual; a URL the profile refuses keeps that reason
    assert isinstance(extract(page, URL, HTML, ADHOC, max_html=len(page)), ArticleRecord)
    strict = load_profile("laocai-tinhuy")
    refused = extract(page, strict.base_url + "lien-he", HTML, strict, max_html=10)
    assert refused.reason == "not_article_url"


def _portal(main: str, url: str = URL, title: str = "Cổng thông tin") -> ArticleRecord | NotAnArticle:
    page = (
        f"<html><head><meta charset='utf-8'><title>{title}</title></head><body>"
        "<header><a href='/'><img src='/logo.png'></a></header>"
        f"<div id='main'>{main}</div><footer>Bản quyền thuộc Ủy ban nhân dân huyện</footer></body></html>"
    )
    return extract(page.encode(), url, HTML, ADHOC)


TEXT = (
    "Sáng nay, Ủy ban nhân dân huyện tổ chức hội nghị tổng kết công tác năm với sự tham dự "
    "của đại diện các phòng, ban, ngành và lãnh đạo các xã, thị trấn trên địa bàn huyện. "
)


def test_an_introduction_page_with_only_an_update_date_is_not_news():
    main = f"<h1>Giới thiệu chung</h1><p>Cập nhật: 15/01/2024</p><p>{TEXT * 2}</p>"
    result = _portal(main, "https://sonha.gov.vn/gioi-thieu/gioi-thieu-chung")
    assert isinstance(result, NotAnArticle) and result.reason == "other_type", result
    # a leader's profile by its labelled fields, whatever its URL
    fields = "".join(f"<p>{k}: {v}</p>" for k, v in (("Họ và tên", "Đỗ Văn Hùng"), ("Chức vụ", "Chủ tịch"),
                                                      ("Quê quán", "xã Tả Phìn"), ("Điện thoại", "0215 3851 101")))  # fmt: skip
    result = _portal(f"<h1>Đỗ Văn Hùng</h1><p>Ngày 15/01/2024</p>{fields}<p>{TEXT * 2}</p>")
    assert isinstance(result, NotAnArticle) and result.reason == "other_type", result


def test_a_photo_gallery_is_not_an_article_and_a_photo_story_is():
    pics = "".join(f"<div class='col'><img src='/album/{i}.jpg'></div>" for i in range(6))
    caption = "<p>Một số hình ảnh tại lễ giao nhận quân của huyện sáng 26/2 năm nay.</p>"
    gallery = _portal(f"<h1>Hình ảnh lễ giao nhận quân năm 2024</h1><p>26/02/2024 15:00</p>{caption}{pics}{caption}")
    assert isinstance(gallery, NotAnArticle) and gallery.reason == "other_type", gallery
    story = _portal(f"<h1>Lễ giao nhận quân năm 2024</h1><p>26/02/2024 15:00</p><p>{TEXT * 2}</p>{pics}<p>{TEXT}</p>")
    assert isinstance(story, ArticleRecord), story


def test_a_right_aligned_name_under_the_body_is_its_author():
    """A table layout's author cell, the row after the body's (fx-oldtable has it outside
    the body its site model reads)."""
    main = (
        "<table><tr><td class='tieude'><h1>Khánh thành tuyến đường liên xã</h1></td></tr>"
        "<tr><td>Ngày đăng: 05/03/2024 16:20</td></tr>"
        f"<tr><td class='noidung'><p>{TEXT * 2}</p><p>{TEXT}</p></td></tr>"
        "<tr><td align='right'><b>Ngọc Lan</b></td></tr></table>"
    )
    result = _portal(main)
    assert isinstance(result, ArticleRecord) and result.author == "Ngọc Lan", result


def test_a_byline_after_the_article_block_and_a_photo_credit_under_the_body():
    """The writer in an author-classed block after the article's own; a photographer's
    credit under the body, where the writer would sign, is nobody's byline."""
    article = (
        "<article><h1>Khánh thành tuyến đường liên xã</h1><p>05/03/2024 16:20</p>"
        f"<div class='content'><p>{TEXT * 2}</p><p>{TEXT}</p></div>{{credit}}"
        "<div class='share'><a href='#'>Facebook</a> <a href='#'>Zalo</a></div></article>"
    )
    after = _portal(article.format(credit="") + "<div class='author-name'>Thu Hương</div>")
    assert isinstance(after, ArticleRecord) and after.author == "Thu Hương", after
    credit = "<p style='text-align: right;'><strong>Ảnh: Hải Đăng</strong></p>"
    unsigned = _portal(article.format(credit=credit))
    assert isinstance(unsigned, ArticleRecord) and unsigned.author is None, unsigned


def test_an_event_page_introducing_two_articles_is_a_listing_and_tag_and_share_rows_are_chrome():
    teaser = "<div class='item'><h3><a href='/tin-tuc/{0}.html'>{1}</a></h3><p>{2}</p></div>"
    items = teaser.format("a1", "Khai mạc Liên hoan dân ca các dân tộc lần thứ V", TEXT) + teaser.format(
        "a2", "Thư viện lưu động đưa sách về các trường vùng khó", TEXT
    )
    intro = "<p>Liên hoan diễn ra từ ngày 9 đến 11/3 tại Quảng trường trung tâm.</p>"
    event = _portal(f"<h1>Liên hoan dân ca năm 2024</h1><p>01/03/2024</p>{intro}{items}", URL)
    assert isinstance(event, NotAnArticle) and event.reason == "listing", event
    tail = "<p>Từ khóa: <a href='/tag/le-hoi.html'>lễ hội</a></p><p>Chia sẻ: <a href='#'>Facebook</a></p>"
    article = _portal(f"<h1>Lễ giao nhận quân năm 2024</h1><p>26/02/2024 15:00</p><p>{TEXT * 2}</p><p>{TEXT}</p>{tail}")
    assert isinstance(article, ArticleRecord), article
    assert "Từ khóa" not in article.body_text and "Chia sẻ" not in article.body_text


def test_spacers_and_icons_of_a_table_layout_make_no_gallery():
    decor = "".join(f"<img src='/images/spacer.gif' width='1' height='{i + 1}'><img src='/i/icon{i}.png'>" for i in range(4))
    words = " ".join((TEXT * 2).split()[:48])
    notice = _portal(f"<h1>Thông báo lịch tiếp công dân tháng 3</h1><p>01/03/2024</p>{decor}<p>{words}</p>")
    assert isinstance(notice, ArticleRecord), notice


def test_a_listing_of_teasers_is_one_when_a_portals_widgets_are_learned_chrome():
    """A portal's widgets (a counter, a schedule, a contact box: short lines on every page)
    dilute the share of teasers ending in "..." among the lines the page shows; the rule
    also reads the lines kept once the site's chrome is learned (the perturbed part)."""
    from pipelines.chrome import Learner
    from pipelines.sitemodel import extract_page

    widgets = (
        "<div class='box'><div>Thống kê truy cập</div><p>Đang online: 37</p><p>Hôm nay: 1.024</p>"
        "<p>Tổng lượt truy cập: 1.234.567</p></div><div class='box'><div>Lịch công tác</div>"
        "<p>08:00 Giao ban Thường trực</p><p>14:00 Tiếp công dân định kỳ</p></div>"
        "<div><p>Trưởng ban biên tập: Nguyễn Văn Hùng</p><p>Điện thoại: 0214 3821 456</p></div>"
    )
    sapo = " ".join(TEXT.split()[:30]) + "..."
    teasers = "".join(
        f"<div><a href='/tin-tuc/{i}.html'>{t}</a><p>{sapo}</p></div>"
        for i, t in enumerate(("Hội nghị", "Tiếp xúc cử tri", "Khánh thành"))
    )
    pages = {
        f"https://x.gov.vn/tin-tuc/{i}.html": f"<h1>Tin số {i} của huyện</h1><p>0{i + 1}/03/2024</p><p>{TEXT * 2}</p>"
        for i in range(3)
    } | {"https://x.gov.vn/tin-tuc.html": f"<h1>Tin tức</h1>{teasers}"}
    bodies = {
        url: f"<html><head><meta charset='utf-8'><title>T</title></head><body>{main}{widgets}</body></html>".encode()
        for url, main in pages.items()
    }
    learner = Learner()
    for url, raw in bodies.items():
        result = extract_page(raw, url, HTML, adhoc_profile(url))
        learner.add(result.page_lines, result.page_title)
    url = "https://x.gov.vn/tin-tuc.html"
    listing = extract_page(bodies[url], url, HTML, adhoc_profile(url), learned=learner.learned())
    assert isinstance(listing, NotAnArticle) and listing.reason == "listing", listing
    assert "teasers" in listing.detail
    first = next(iter(pages))  # an article of the same site keeps its text
    article = extract_page(bodies[first], first, HTML, adhoc_profile(first), learned=learner.learned())
    assert isinstance(article, ArticleRecord), article


def _with_boxes(after: str, sidebar: str) -> ArticleRecord | NotAnArticle:
    article = (
        "<div class='news-detail'><h1>Triển khai kế hoạch chuyển đổi số năm 2024</h1>"
        f"<p class='date'>Ngày đăng: 05/03/2024 16:20</p><div class='news-content'><p>{TEXT * 2}</p>"
        f"<p>{TEXT}</p></div></div>{after}"
        "<div class='share'>Chia sẻ: <a href='https://www.facebook.com/sharer.php?u=x'>Facebook</a></div>"
    )
    return _portal(f"<div class='col-main'>{article}</div><div class='col-side'>{sidebar}</div>")


#: a sidebar's newest documents, each a file of another page
NEWEST = (
    "<div class='box'><div class='box-title'>Văn bản mới</div><ul>"
    "<li><a href='/uploads/vanban/qd-99-ubnd.pdf'>Quyết định số 99/QĐ-UBND</a></li>"
    "<li><a href='/uploads/vanban/kh-15-ubnd.docx'>Kế hoạch số 15/KH-UBND</a></li></ul></div>"
)


def test_a_box_of_the_articles_files_after_its_body_is_its_attachments() -> None:
    box = (
        "<div class='file-attach'><strong>Tệp đính kèm:</strong><ul>"
        "<li><a href='/uploads/2024/ke-hoach-12.pdf'>Kế hoạch số 12/KH-UBND</a></li>"
        "<li><a href='/uploads/2024/phu-luc.xls'>Phụ lục</a></li>"
        "<li><a href='/uploads/2024/bieu-mau.docx'>Biểu mẫu</a></li></ul></div>"
    )
    record = _with_boxes(box, NEWEST)
    assert isinstance(record, ArticleRecord), record
    assert [(a.url, a.kind, a.title) for a in record.attachments] == [
        ("https://tinhuy.laocai.gov.vn/uploads/2024/ke-hoach-12.pdf", "pdf", "Kế hoạch số 12/KH-UBND"),
        ("https://tinhuy.laocai.gov.vn/uploads/2024/phu-luc.xls", "xls", "Phụ lục"),
        ("https://tinhuy.laocai.gov.vn/uploads/2024/bieu-mau.docx", "docx", "Biểu mẫu"),
    ]  # and none of the sidebar's newest documents
    # a "Tải về" box whose one other link is its viewer page: labelled as the article's files
    viewer = ("<div class='download'><a href='/uploads/2024/qd-7.zip'>Tải về</a> "
              "<a href='/uploads/2024/qd-7.docx'>Bản Word</a> <a href='/xem-van-ban/7'>Xem trực tuyến</a></div>")  # fmt: skip
    record = _with_boxes(viewer, NEWEST)
    assert isinstance(record, ArticleRecord)
    assert [a.kind for a in record.attachments] == ["zip", "docx"]
    # one block of widgets after the body: tags, the files, other news (fx-dnn's inline part)
    widgets = ("<div><div class='tags'>Tags: <a href='/tag/cds'>chuyển đổi số</a></div>"
               "<div class='attach'><h4>File đính kèm</h4><ul><li><a href='/upload/688-UBND.pdf'>688-UBND.pdf</a>"
               "</li></ul></div><div class='other-news'><h4>Tin liên quan</h4><a href='/uploads/x.pdf'>X</a></div></div>")  # fmt: skip
    record = _with_boxes(widgets, NEWEST)
    assert isinstance(record, ArticleRecord)
    assert [a.url.rsplit("/", 1)[1] for a in record.attachments] == ["688-UBND.pdf"]


def test_a_sidebars_newest_documents_are_never_the_articles_attachments() -> None:
    record = _with_boxes("", NEWEST)
    assert isinstance(record, ArticleRecord) and record.attachments == [], record
    # nor the same list right after the article, headed as other pages' documents
    record = _with_boxes(NEWEST, "")
    assert isinstance(record, ArticleRecord) and record.attachments == [], record
    # nor a box of related news that links a file among its articles
    related = ("<div class='box-news'><a href='/tin/a.html'>Hội nghị giao ban</a> <a href='/tin/b.html'>Tập huấn</a>"
               " <a href='/uploads/lich.pdf'>Lịch công tác</a></div>")  # fmt: skip
    record = _with_boxes(related, "")
    assert isinstance(record, ArticleRecord) and record.attachments == [], record


ARTICLE = (
    "<article>{above}<h1>Khánh thành tuyến đường liên xã</h1>{below}<p>05/03/2024 16:20</p>"
    "<div class='content'><p>{text}</p><p>{last}</p></div></article>{after}"
)
#: an old table template: the headline a cell of its own row, no heading, no title class (the
#: title is read from ``<title>``), the date and the body in the rows under it
TABLE = (
    "<table width='100%'>{above}<tr><td><b><font size='4'>Khánh thành tuyến đường liên xã</font></b></td></tr>"
    "{below}<tr><td><font size='1'>Ngày 05/03/2024 16:20</font></td></tr>"
    "<tr><td><p>{text}</p><p>{last}</p></td></tr></table>{after}"
)
#: an ASP.NET one: the headline's span shares its cell with the date line
TABLE_DATED = (
    "<table width='100%'>{above}<tr><td><span class='title'>Khánh thành tuyến đường liên xã</span><br>"
    "<span class='date'>(3/5/2024 4:20:00 PM)</span></td></tr>{below}<tr><td><p>{text}</p><p>{last}</p>"
    "</td></tr></table>{after}"
)


@pytest.mark.parametrize(
    ("parts", "author"),
    [
        # a label and its name in two cells of a row, or in a <dl>
        ({"below": "<table><tr><td>Tác giả:</td><td>Thu Hương</td></tr></table>"}, "Thu Hương"),
        ({"below": "<dl><dt>Tác giả</dt><dd>Thu Hương</dd></dl>"}, "Thu Hương"),
        ({"below": "<div><a href='/tac-gia/thu-huong'>Thu Hương</a></div>"}, "Thu Hương"),  # an author link
        ({"above": "<div><span>Thu Hương</span></div>"}, "Thu Hương"),  # a name alone above the headline
        ({"below": "<div><img src='/avatar/a.jpg' alt=''> <span>Thu Hương</span></div>"}, "Thu Hương"),
        ({"above": "<div><span>THỜI SỰ</span></div>"}, None),  # a kicker in capitals
        # an author box after the article: photo, name, bio naming the name again
        ({"after": "<div><img src='/avatar/a.jpg' alt='Thu Hương'><div><strong>Thu Hương</strong>"
                   "<p>Thu Hương là phóng viên Ban Thời sự.</p></div></div>"}, "Thu Hương"),  # fmt: skip
        # a list of other articles with pictures after the block names no one
        ({"after": "<div><img src='/a.jpg' alt=''><strong>Tin Liên Quan</strong><a href='/x'>Hội nghị "
                   "tổng kết công tác năm của huyện</a></div>"}, None),  # fmt: skip
        ({"last": f"{TEXT} <strong>Ngọc Ánh</strong>"}, "Ngọc Ánh"),  # the name in bold ending the text
        # a byline line beside the headline, in the forms the portals write it
        ({"below": "<p>Minh Anh - TTXVN</p>"}, "Minh Anh"),
        ({"below": "<p>Minh Anh/TTXVN</p>"}, "Minh Anh"),
        ({"below": "<p>Minh Anh (Văn phòng UBND huyện)</p>"}, "Minh Anh"),
        ({"below": "<p>Minh Anh - Thu Hà</p>"}, "Minh Anh, Thu Hà"),  # every writer
        ({"above": "<div><span>Minh Anh - Thu Hà</span></div>"}, "Minh Anh, Thu Hà"),
        ({"below": "<p>PV</p>"}, "PV"),  # the newsroom's staff
        ({"below": "<p>Nhóm PV</p>"}, "Nhóm PV"),
        ({"below": "<p>Q.Anh</p>"}, "Q.Anh"),  # initials and a given name
        ({"below": "<p>Luật sư Nguyễn Văn An</p>"}, "Luật sư Nguyễn Văn An"),  # a profession kept
        ({"below": "<p>Tác giả: Minh Anh</p>"}, "Minh Anh"),
        ({"below": "<p>Người viết: Minh Anh</p>"}, "Minh Anh"),
        ({"below": "<p>Bài: Minh Anh - Ảnh: Thu Hà</p>"}, "Minh Anh"),  # the writer, not the photographer
        ({"below": "<p>Theo Minh Anh (Báo Lào Cai)</p>"}, "Minh Anh"),  # a reprint's writer
        # lines at that place that name no writer
        ({"above": "<div><span>Kinh Tế</span></div>"}, None),  # a category in Title Case
        ({"above": "<div>Thời Sự</div>"}, None),
        ({"below": "<div>Văn Hóa - Xã Hội</div>"}, None),
        ({"below": "<div>Chuyển Đổi Số</div>"}, None),
        ({"above": "<div>Local News</div>"}, None),
        ({"above": "<h2>- Advertorial Dalbello-</h2>"}, None),  # a heading above the headline: a kicker
        ({"below": "<div class='article-category'>Hồng Hà Sa Pa</div>"}, None),  # classed as a category
        ({"below": "<p>Ảnh: Thu Hà</p>"}, None),  # a photographer's credit in a plain element
        ({"above": "<p>Ảnh: Hải Đăng</p>"}, None),
        ({"below": "<p>Theo TTXVN</p>"}, None),  # a source, not a person called "Theo TTXVN"
        ({"below": "<p>Theo Báo Lào Cai</p>"}, None),
        ({"below": "<p>TTXVN</p>"}, None),  # an agency alone
        ({"below": "<p>Báo Lào Cai</p>"}, None),
        # the name in bold or italics after the last sentence, the lines under it passed over
        # the byline a row of its own over or under the headline's row (an old table template)
        ({"layout": TABLE, "below": "<tr><td><div><span>Minh Anh - TTXVN</span></div></td></tr>"}, "Minh Anh"),
        ({"layout": TABLE, "above": "<tr><td>Thu Hương</td></tr>"}, "Thu Hương"),
        ({"layout": TABLE_DATED, "above": "<tr><td><div><span>Q.Anh</span></div></td></tr>"}, "Q.Anh"),
        ({"layout": TABLE}, None),  # unsigned
        ({"layout": TABLE, "above": "<tr><td>THỜI SỰ</td></tr>"}, None),  # a kicker's row
        ({"layout": TABLE, "below": "<tr><td>Theo Báo Lào Cai</td></tr>"}, None),  # a source's row
        ({"last": f"{TEXT} <strong>Minh Anh - Thu Hà</strong>"}, "Minh Anh, Thu Hà"),
        ({"last": f"{TEXT} <em>Ngọc Ánh</em>"}, "Ngọc Ánh"),
        ({"last": f"{TEXT} <strong>Ngọc Ánh</strong></p><p>Nguồn: Báo Lào Cai"}, "Ngọc Ánh"),
        ({"last": f"{TEXT} <b>Ngọc Ánh</b></p><p>Ảnh: Thu Hà"}, "Ngọc Ánh"),
        ({"last": f"{TEXT} <b>Q.Anh</b></p><p>Tải về: Kế hoạch số 12 (PDF)"}, "Q.Anh"),  # an attachment's line under it
        ({"last": f"{TEXT} <strong>PV</strong>"}, "PV"),
        ({"last": f"{TEXT} <strong>Kinh Tế</strong>"}, None),  # a category's words
        ({"last": f"{TEXT} <strong>TTXVN</strong>"}, None),  # an agency
        ({"last": f"{TEXT} <i>Theo Báo Lào Cai</i>"}, None),  # a source line in italics
        ({"last": "Hội nghị được chủ trì bởi đồng chí <strong>Nguyễn Văn An</strong>"}, None),  # no sentence before
        ({"last": "Theo TTXVN"}, None),  # a reprint's agency closing the text
        ({"last": f"{TEXT} <em>Ảnh: Thu Hà</em>"}, None),  # a caption's photographer
        ({"text": f"Theo Minh Anh (Báo Lào Cai)</p><p>{TEXT * 2}"}, "Minh Anh"),  # a reprint's line at the top
        # a right-aligned cell of a one-cell table right after the body (a frame table
        # unwrapped: its alignment kept) signs it, in every form the signature takes
        ({"last": f"{TEXT}</p></div><table width='100%'><tr><td align='right'><b>Hải Đăng - TTXVN</b>"
                  "</td></tr></table><div>"}, "Hải Đăng"),  # fmt: skip
        ({"last": f"{TEXT}</p></div><table width='100%'><tr><td align='right'><b>Người viết: Lê Thu Hà</b>"
                  "</td></tr></table><div>"}, "Lê Thu Hà"),  # fmt: skip
        # a notice's signatory in bold under its authority is no writer
        ({"last": f"{TEXT}</p><p><strong>TM. ỦY BAN NHÂN DÂN</strong></p><p><strong>CHỦ TỊCH</strong></p>"
                  "<p><strong>Nguyễn Văn Thành</strong>"}, None),  # fmt: skip
    ],
)
def test_bylines_of_unseen_portals(parts: dict[str, str], author: str | None) -> None:
    fields = {"above": "", "below": "", "after": "", "text": TEXT * 2, "last": TEXT, **parts}
    layout = fields.pop("layout", ARTICLE)
    title = "Cổng thông tin" if layout is ARTICLE else "Khánh thành tuyến đường liên xã"
    result = _portal(layout.format(**fields), title=title)
    assert isinstance(result, ArticleRecord) and result.author == author, result


def test_a_byline_element_outside_the_article_block_signs_it():
    """A theme that puts the byline in a band over the headline, outside the block the body
    stage finds (``<p class="author-name">``): the page's first byline element that reads
    as a name; one in a sidebar's box of other posts never does."""
    body = f"<div class='editor-content'><p>{TEXT * 2}</p><p>{TEXT}</p></div>"
    band = "<div class='hero'><p class='author-name'>Zoe Epstein</p></div>"
    side = "<aside class='sidebar'><div class='author'>Nguyễn Văn Bình</div></aside>"

    def page(band: str) -> bytes:
        return (
            "<html><head><meta charset='utf-8'><title>Khánh thành tuyến đường liên xã</title></head>"
            f"<body><div class='top'>{band}</div><main><h1>Khánh thành tuyến đường liên xã</h1>"
            f"<p>05/03/2024</p>{body}</main>{side}</body></html>"
        ).encode()

    signed = extract(page(band), URL, HTML, ADHOC)
    assert isinstance(signed, ArticleRecord) and signed.author == "Zoe Epstein", signed
    unsigned = extract(page(""), URL, HTML, ADHOC)
    assert isinstance(unsigned, ArticleRecord) and unsigned.author is None, unsigned


_OTHER_NEWS = (
    "<section><h2>Các tin khác</h2><ul>"
    + "".join(
        f"<li><a href='/tin-tuc/bai-{i}.html'>{t}</a> ({d}/03/2024)</li>"
        for i, (t, d) in enumerate((
            ("Quận ra quân lập lại trật tự lòng đường, vỉa hè trên các tuyến đường trọng điểm", 11),
            ("Chợ truyền thống đầu tiên của quận thanh toán không dùng tiền mặt", 8),
            ("Khởi động nạo vét rạch Bến Đình, giảm ngập cho ba phường của quận", 6),
            ("Khám sức khỏe miễn phí cho hơn 800 người cao tuổi trên địa bàn quận", 4),
            ("Ngày hội việc làm thu hút hơn 40 doanh nghiệp tham gia tuyển dụng", 1),
        ))
    )
    + "</ul></section>"
)
_FIGURES = "".join(
    f"<figure><img src='/images/dua-thuyen-{i}.jpg' alt=''><figcaption>{c}</figcaption></figure>"
    for i, c in enumerate(("Các đội thuyền xuất phát", "Người dân cổ vũ hai bên bờ sông",
                           "Đội thuyền nữ về đích", "Trao giải cho các đội đoạt giải"))
)  # fmt: skip


def _titled(main: str, title: str, url: str = URL) -> ArticleRecord | NotAnArticle:
    """A portal's page whose headline is ``title`` (its og:title: the site's name after it in
    ``<title>``, which a crawl learns, left aside)."""
    page = (
        f"<html><head><meta charset='utf-8'><title>{title} - Cổng thông tin</title>"
        f"<meta property='og:title' content='{title}'></head><body>"
        f"<div id='main'>{main}</div><footer>Bản quyền thuộc Ủy ban nhân dân</footer></body></html>"
    )
    return extract(page.encode(), url, HTML, ADHOC)


def test_a_photo_storys_one_sentence_under_its_headline_is_kept_beside_a_longer_list():
    """trafilatura takes a "Các tin khác" list's titles and a counter over a photo story's
    one sentence (fx-liferay6's photo story in typing_audit): the filters leave nothing of
    its pick, and the text under the headline is read instead; the story is an article."""
    story = (
        "<section><div><div><span><a href='/tin-tuc'><span>Quay lại</span></a></span>"
        "<h3>Ảnh: Sắc màu lễ hội đua thuyền truyền thống trên sông Lam</h3></div>"
        "<div><div><div><p>Lễ hội đua thuyền truyền thống năm nay thu hút hàng nghìn người dân và du khách "
        f"đến cổ vũ.</p>{_FIGURES}</div></div><div>Bản dịch: <a href='?languageId=en_US'>English</a></div></div>"
        "<div><span>14/03/2024</span> <span>1.406 Lượt xem</span></div></div></section>"
    )
    counter = "<section><header><h1>Lượt truy cập</h1></header><p>Đang online: 37</p></section>"
    result = _titled(f"<div><div>{story}</div><div>{_OTHER_NEWS}</div></div><div>{counter}</div>",
                     "Ảnh: Sắc màu lễ hội đua thuyền truyền thống trên sông Lam")  # fmt: skip
    assert isinstance(result, ArticleRecord), result
    assert result.body_text.startswith("Lễ hội đua thuyền truyền thống năm nay"), result.body_text
    assert "Các tin khác" not in result.body_text and "Chợ truyền thống" not in result.body_text


def test_an_album_in_a_text_with_summary_field_is_no_sapo_and_stays_a_gallery():
    """Drupal's body field (``field-type-text-with-summary``) around an album's date and five
    captions matched the generic sapo class ``[class*=summary]``: put first as a sapo, the
    album read as a text of its own and was stored (fx-drupal's gallery in typing_audit)."""
    captions = ("Quang cảnh ngày hội tại khu dân cư số 3", "Lãnh đạo tặng quà các hộ gia đình chính sách",
                "Các tiết mục văn nghệ chào mừng", "Bà con tham gia các trò chơi dân gian",
                "Trao giải hội thi ẩm thực truyền thống")  # fmt: skip
    figures = "".join(f"<figure><img src='/album/{i}.jpg' alt=''><figcaption>{c}</figcaption></figure>"
                      for i, c in enumerate(captions))  # fmt: skip
    album = (
        "<h1>Ngày hội Đại đoàn kết toàn dân tộc năm 2024</h1><div class='content'>"
        f"<div class='field field-type-text-with-summary'><div><p>03/05/2024</p>{figures}</div></div>"
        "<div class='field'>Từ khóa: <a href='/tu-khoa/le-hoi'>lễ hội</a> "
        "<a href='/tu-khoa/bao-ton-di-san'>bảo tồn di sản</a></div>"
        "<form><label>Tên của bạn</label><input name='n'><label>Bình luận *</label><textarea></textarea></form></div>"
    )
    result = _portal(album, "https://svhttdl.taygiang.gov.vn/thu-vien-anh/ngay-hoi-dai-doan-ket-2024.html")
    assert isinstance(result, NotAnArticle) and result.reason == "other_type", result
    # a sapo of one paragraph in such a class is still the sapo
    article = _portal(
        f"<h1>Khánh thành tuyến đường liên xã</h1><p>05/03/2024</p><div class='summary'>{TEXT}</div>"
        f"<div class='body'><p>{TEXT * 2}</p><p>{TEXT}</p></div>"
    )
    assert isinstance(article, ArticleRecord) and article.lead == TEXT.strip(), article


def test_a_login_page_at_an_opaque_url_is_no_article_by_its_heading():
    """A login form in the article template at ``?tabid=419``: the template's view count,
    update line and comment form gave its few words an article's length (fx-k2's login page
    in typing_audit)."""
    login = (
        "<h2>Đăng nhập</h2><p>Thứ sáu, 08/03/2024 14:20</p><div class='body'><form action='/dang-nhap' method='post'><label>Tên đăng nhập</label>"
        "<input name='u'><label>Mật khẩu</label><input type='password' name='p'><button>Đăng nhập</button></form>"
        "<p><a href='/quen-mat-khau'>Quên mật khẩu?</a> | <a href='/dang-ky'>Đăng ký tài khoản</a></p></div>"
        "<div>Lượt xem 523 lần</div><div>Sửa lần cuối vào Thứ sáu, 08 Tháng 3 2024 14:20</div>"
        "<div>Các bài viết khác trong mục này: <a href='/tin-tuc/item/1731.html'>« Ninh Lâm đưa 420 lao động "
        "đi làm việc ở nước ngoài trong quý I</a></div><form><label>Họ tên (bắt buộc)</label><input name='n'>"
        "<label>E-mail</label><input name='e'><label>(bắt buộc) Bình luận</label><textarea></textarea></form>"
    )
    result = _titled(login, "Đăng nhập", "https://sldtbxh.ninhlam.gov.vn/Default.aspx?tabid=419")
    assert isinstance(result, NotAnArticle) and result.reason == "other_type", result
    assert "login" in result.detail


def test_a_bold_name_ending_the_last_paragraph_is_read_past_a_caption_put_after_the_text():
    """An old table layout's picture caption cell comes out after the text (trafilatura),
    once the site's learned chrome (tools row, "Tin liên quan") is gone: the bold name ending
    the last paragraph is still the writer (fx-aspclassic in author_audit, in_last_strong and
    in_last_em)."""
    from pipelines.chrome import Learned, normalize

    related = "".join(
        f"<tr><td>- <a href='/tintuc/chitiet.asp?id={i}'>{t}</a></td></tr>"
        for i, t in ((301, "Nông dân vùng cao thu hoạch chè xuân"),
                     (302, "Khởi công xây dựng cầu treo dân sinh tại xã vùng cao"),
                     (304, "Hội nghị triển khai nhiệm vụ chuyển đổi số năm 2023"))
    )  # fmt: skip
    title = "Hội thi tìm hiểu pháp luật về phòng, chống bạo lực gia đình"
    main = (
        f"<table><tr><td class='tieude'>{title}</td></tr><tr><td>Thứ Hai, 26/12/2022 - 10:30</td></tr>"
        f"<tr><td><p align='justify'>{TEXT * 2}</p><table align='center' width='500'><tr><td>"
        "<img src='/anh/2022/hoithi.jpg' width='500' height='330'></td></tr><tr><td align='center'><i>"
        f"Tiết mục tiểu phẩm của đội thi huyện.</i></td></tr></table><p align='justify'>{TEXT}</p>"
        f"<p align='justify'>{TEXT}<strong>THU HÀ</strong></p></td></tr><tr><td align='right'>"
        "<a href='/tintuc/in.asp?id=303'>In trang</a> | <a href='#top'>Về đầu trang</a></td></tr>"
        f"<tr><td><b>Tin liên quan:</b></td></tr>{related}</table>"
    )
    page = (
        f"<html><head><meta charset='utf-8'><title>{title}</title></head><body>"
        f"<table><tr><td>{main}</td><td><b>Tin mới</b></td></tr></table></body></html>"
    )
    chrome = ["In trang | Về đầu trang", "Tin liên quan:", "- Nông dân vùng cao thu hoạch chè xuân",
              "- Khởi công xây dựng cầu treo dân sinh tại xã vùng cao",
              "- Hội nghị triển khai nhiệm vụ chuyển đổi số năm 2023"]  # fmt: skip
    learned = Learned(lines=frozenset(normalize(x) for x in chrome))
    result = extract(page.encode(), "https://batxat.laocai.gov.vn/tintuc/chitiet.asp?id=303", HTML, ADHOC, learned=learned)
    assert isinstance(result, ArticleRecord), result
    assert result.body_text.endswith("Tiết mục tiểu phẩm của đội thi huyện."), result.body_text  # the case
    assert result.author == "THU HÀ", result


@pytest.mark.parametrize(
    ("after", "author"),
    [
        ("<div style='text-align: right;'><b>Ngọc Bích</b></div>", "Ngọc Bích"),
        ("<div style='text-align: right;'><b>Ảnh: Ngọc Bích</b></div>", None),  # a photographer's credit
        ("<div>Liên hệ quảng cáo</div>", None),
    ],
)
def test_a_signature_after_the_bodys_counter_and_date_lines(after: str, author: str | None) -> None:
    """A right-aligned signature after the template's counter and last-modified lines that
    close the body's block (K2's ``itemHits``, ``itemDateModified``): those lines, short and
    holding a figure, are passed over to the block after them."""
    meta = ("<div class='hits'>Lượt xem <b>523</b> lần</div>"
            "<div class='modified'>Sửa lần cuối vào Thứ sáu, 08 Tháng 3 2024 14:20</div>")  # fmt: skip
    paragraphs = "".join(f"<p>{p}</p>" for p in (
        TEXT * 2,
        "Các đại biểu đã thảo luận, đóng góp nhiều ý kiến tâm huyết, trách nhiệm cho phương hướng, "
        "nhiệm vụ năm tới của huyện.",
        "Phát biểu bế mạc, đồng chí Chủ tịch Ủy ban nhân dân huyện đề nghị các đơn vị khẩn trương "
        "triển khai kế hoạch ngay từ đầu năm.",
    ))  # fmt: skip
    main = ("<div class='item'><h1>Khánh thành tuyến đường liên xã</h1><p>05/03/2024 16:20</p>"
            f"<div class='itemBody'><div class='itemFullText'>{paragraphs}</div>{meta}</div>{after}"
            "<div class='tags'>Thẻ: <a href='/tag/a'>giao thông</a></div></div>")  # fmt: skip
    result = _portal(main, title="Khánh thành tuyến đường liên xã")
    assert isinstance(result, ArticleRecord) and result.author == author, result


def test_soft_404_keys_are_found_across_any_whitespace() -> None:
    """The 404 phrases are looked for in the page's text with any run of whitespace between
    their words (perf16b: a regex instead of a folded copy of the whole text): the answer is
    the folded text's, on phrases broken by &nbsp;, CRLF, tabs, Unicode spaces, or not there."""
    from pipelines.signals import _SOFT_404_KEYS, _has_404_key

    texts = ["Trang không\xa0tìm\xa0thấy", "bài viết\r\nkhông tồn\n\ttại", "không tìm", "404",
             "mã 4 04", "đã bị\u2003xoá khỏi hệ thống", "đã bị xóa", "Not\x1cFound", "not  found",
             "không còn\u3000tồn tại nữa", "tìm thấy không", "", "   ", "đã bị gỡ bỏ"]  # fmt: skip
    for text in texts:
        low = text.lower()
        assert _has_404_key(low) == any(k in " ".join(low.split()) for k in _SOFT_404_KEYS), text


_SAPO = (
    "<article><h1>Khánh thành tuyến đường liên xã</h1><p>05/03/2024 16:20</p>"
    "<div class='content'>{top}<p><strong>{lead}</strong></p><p>{text}</p><p>{more}</p></div></article>"
)
_MORE = (
    "Hội nghị đã thảo luận, thống nhất các nhiệm vụ trọng tâm của năm tới, trong đó ưu tiên hoàn "
    "thành các công trình giao thông nông thôn và chương trình chuyển đổi số của huyện. "
)
_LEAD = (
    "Tuyến đường dài hơn mười bốn ki-lô-mét nối trung tâm hai xã vùng cao được đưa vào sử dụng sau "
    "gần hai năm thi công, mở ra cơ hội giao thương cho hàng nghìn hộ dân."
)


@pytest.mark.parametrize(
    ("top", "author"),
    [
        ("<div><b>Thu Hà (CTV)</b></div>", "Thu Hà"),
        ("<p><strong>Nguyễn Thị Minh Anh</strong></p>", "Nguyễn Thị Minh Anh"),
        ("<div><b>Minh Anh (Đài TT-TH huyện)</b></div>", "Minh Anh"),
        ("<div><em>Cộng tác viên Khánh Linh</em></div>", "Khánh Linh"),
        ("<div><b>Quang Vinh - TTXVN</b></div>", "Quang Vinh"),
        # what sits there and names no writer: a kicker in capitals, a category, a photo
        # credit, a source, a place
        ("<div><b>THỜI SỰ</b></div>", None),
        ("<div><b>Kinh Tế</b></div>", None),
        ("<div><b>Ảnh: Thu Hà</b></div>", None),
        ("<div><b>Theo Báo Lào Cai</b></div>", None),
        ("<div><b>Lào Cai</b></div>", None),
        ("", None),
    ],
)
def test_a_name_over_the_sapo_signs_the_article(top: str, author: str | None) -> None:
    """Round 16 (issue 10): the writer's name in bold or italics alone on the line opening
    the body, right over the sapo (a lead of 20 words or more), signs the article (the body
    may leave the short line out); before, only a labelled line there did."""
    page = _SAPO.format(top=top, lead=_LEAD, text=TEXT * 2, more=_MORE * 2)
    result = _portal(page, title="Khánh thành tuyến đường liên xã")
    assert isinstance(result, ArticleRecord) and result.author == author, result


def test_a_bold_name_over_a_short_line_is_no_byline() -> None:
    """Over a line too short for a sapo (a subheading, a quote's speaker), a bold name opens
    a paragraph of the text, not the article's byline."""
    page = _SAPO.format(top="<div><b>Nguyễn Văn An</b></div>", lead="Phát biểu khai mạc", text=TEXT * 2, more=_MORE * 2)
    result = _portal(page, title="Khánh thành tuyến đường liên xã")
    assert isinstance(result, ArticleRecord) and result.author is None, result


@pytest.mark.parametrize(
    ("after", "author"),
    [
        ("<table width='100%'><tr><td align='right'><b>Minh Khoa<br>Nguồn: Báo Lào Cai</b></td></tr></table>", "Minh Khoa"),
        ("<div style='text-align: right;'><strong>Thu Hà<br>Nguồn: Cổng TTĐT huyện</strong></div>", "Thu Hà"),
        ("<div style='text-align: right;'><strong>Thu Hà<br>Ảnh: Quang Vinh</strong></div>", "Thu Hà"),
        # a source alone names no one
        ("<div style='text-align: right;'><strong>Nguồn: Báo Lào Cai</strong></div>", None),
    ],
)
def test_a_signature_over_its_source_line_in_one_block_signs(after: str, author: str | None) -> None:
    """Round 16 (issue 10): the name and the source line under it in one block after the
    article ("Minh Khoa<br>Nguồn: Báo Lào Cai", read "Minh Khoa Nguồn: Báo Lào Cai"): the name
    ends at the next field's label; before, the joined line named no one."""
    fields = {"above": "", "below": "", "after": after, "text": TEXT * 2, "last": TEXT}
    result = _portal(ARTICLE.format(**fields))
    assert isinstance(result, ArticleRecord) and result.author == author, result


def test_a_title_case_heading_over_the_first_paragraph_is_no_byline() -> None:
    """A heading in bold Title Case opening the body ("Our Debt-Free Journey") over a long
    paragraph reads like a name to the signature's grammar; its pronoun, article or
    preposition tells it apart (WCXB's tuning half: it was taken as the author)."""
    page = _SAPO.format(top="<p><strong>Our Debt-Free Journey</strong></p>", lead=_LEAD, text=TEXT * 2, more=_MORE * 2)
    result = _portal(page, title="Khánh thành tuyến đường liên xã")
    assert isinstance(result, ArticleRecord) and result.author is None, result
