"""Causes found on round 21's fresh-Z families (``tests.families.FRESH_Z``, part "fresh" of
benchmarks/extraction_quality.py: titles and dates a page read alone misses), each on a page of
its own (no family read).

- a commune's site builder writes the headline in ``<div class="tentin">`` ("tên tin", the
  item's name), a class no title rule spelled; ``<title>`` and ``og:title`` only the commune's
  name, so that was the title on every path;
- a district's portal writes the site's name in every page's ``<h1>``, ``<title>`` and
  ``og:title``, and the headline in a plain ``<h2>`` (no class) over the sapo: read alone, the
  page's title was the site's name;
- the commune's site builder draws the day as a calendar badge image right under the headline
  (``<div class="lich"><img alt="Ngày 05/03/2024"></div>``) and prints it nowhere else: the
  date was missed on every path;
- a department's table portal heads its "Các tin khác" box in a table row of its own over the
  row holding the list: an undated notice of three paragraphs under six long linked headlines
  was refused as a listing (the box not seen as an article's related links);
- its pages repeat the headline in a hidden print block with "Ngày in: 20/03/2024" (today, on
  every article page, on no other page): the site inference could take it for the date's place
  (on every page, where the visible date cell is empty on an undated one);
- the site inference typed an undated item of the article template (a notice whose date the
  editor left out, a "Tin liên quan" list of dated teasers under it) a listing: an article's
  shape needed a date, so the crawl's paths refused it (the page read alone keeps it);
"""

from __future__ import annotations

from config.profile import adhoc_profile
from pipelines.record import ArticleRecord
from pipelines.sitemodel import extract_page

BASE = "https://tanlac.example.gov.vn/"
SITE = "Ủy ban nhân dân xã Tân Lạc"
TITLE = "Xã Tân Lạc ra quân nạo vét kênh mương nội đồng"
LEAD = ("Sáng 5/3, Ủy ban nhân dân xã Tân Lạc huy động hơn 300 đoàn viên, hội viên và người dân ra quân nạo "
        "vét kênh mương nội đồng phục vụ sản xuất vụ Đông Xuân.")
PROSE = [
    "Các lực lượng đã nạo vét gần 4 km kênh mương, phát quang bờ cỏ và khơi thông dòng chảy tại các cánh "
    "đồng thôn Tân Thành, Tân Hòa và Đồng Mới.",
    "Ủy ban nhân dân xã đề nghị các thôn duy trì việc ra quân hằng tháng, bảo đảm nước tưới cho hơn 250 ha "
    "lúa và hoa màu trong mùa khô năm nay.",
]


def _extract(html: str, path: str = "tin-tuc/ra-quan-nao-vet-kenh-muong.html") -> ArticleRecord:
    record = extract_page(html.encode(), BASE + path, {"Content-Type": "text/html; charset=utf-8"},
                          adhoc_profile(BASE))
    assert isinstance(record, ArticleRecord), record
    return record


def _page(main: str, head: str = "") -> str:
    return (f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>{SITE}</title>'
            f'<meta property="og:title" content="{SITE}"><meta property="og:site_name" content="{SITE}">{head}</head>'
            f'<body><div class="top"><a href="/"><img src="/logo.png" alt="{SITE}"></a></div>'
            '<div class="menu"><a href="/">Trang chủ</a><a href="/tin-tuc.html">Tin tức</a></div>'
            f'<div class="main">{main}</div><div class="bottom">{SITE} - Điện thoại: 0207.3861.005</div></body></html>')


def _body() -> str:
    return f'<div class="tomtat"><em>{LEAD}</em></div><div class="noidung">{"".join(f"<p>{p}</p>" for p in PROSE)}</div>'


def test_a_tentin_classed_div_is_the_headline() -> None:
    record = _extract(_page(f'<div class="chitiet"><div class="tentin">{TITLE}</div>{_body()}</div>'))
    assert record.title == TITLE
    # a content wrapper's class holding "tentin" inside a word ("contentinner") says no title
    record = _extract(_page(f'<div class="contentinner"><p>Tin nổi bật của xã trong tuần</p>'
                            f'<div class="chitiet"><div class="tentin">{TITLE}</div>{_body()}</div></div>'))
    assert record.title == TITLE


def test_a_plain_h2_is_the_headline_when_everything_else_names_the_site() -> None:
    side = ('<div class="col-left"><h2>Liên kết website các cơ quan</h2><ul><li><a href="https://chinhphu.vn">'
            'Cổng thông tin điện tử Chính phủ</a></li><li><a href="/sxd">Sở Xây dựng</a></li></ul></div>')
    article = f'<div class="news-detail"><div class="breadcrumb"><a href="/tin-tuc">Tin hoạt động</a></div><h2>{TITLE}</h2>{_body()}</div>'
    head = f'<h1 class="site-name"><a href="/">{SITE}</a></h1>'
    record = _extract(_page(head + side + article))
    assert record.title == TITLE
    # a box's heading over its links is never the headline, nor a listing's linked headings
    html = _page(head + side + f'<div class="news-detail"><h2><a href="/tin/1.html">{TITLE}</a></h2>{_body()}</div>')
    result = extract_page(html.encode(), BASE + "tin-tuc/a.html", {"Content-Type": "text/html; charset=utf-8"},
                          adhoc_profile(BASE))
    assert getattr(result, "title", None) != "Liên kết website các cơ quan"


def test_a_calendar_badge_images_alt_under_the_headline_is_the_day() -> None:
    badge = '<div class="lich"><img src="/images/lich/05-03-2024.png" alt="Ngày 05/03/2024"></div>'
    others = '<div class="tinkhac">Tin khác<ul><li><a href="/tin-tuc/b.html">Hội nghị tổng kết công tác năm</a> (01/02/2024)</li></ul></div>'
    record = _extract(_page(f'<div class="chitiet"><div class="tentin">{TITLE}</div>{badge}{_body()}</div>{others}'))
    assert record.published_at == "2024-03-05T00:00:00+07:00"
    # a photo under the headline whose alt is a caption is no date
    photo = '<div class="anh"><img src="/a.jpg" alt="Người dân nạo vét kênh mương sáng 04/03/2024 tại thôn Tân Hòa"></div>'
    record = _extract(_page(f'<div class="chitiet"><div class="tentin">{TITLE}</div>{photo}{_body()}</div>{others}'))
    assert record.published_at is None or not record.published_at.startswith("2024-03-04")


def test_a_related_box_headed_in_the_row_above_is_no_listing() -> None:
    others = "".join(
        f'<li><a href="/index.asp?act=detail&id={i}">Hội nghị tổng kết công tác tư pháp năm 2023 và triển khai nhiệm '
        f'vụ trọng tâm năm 2024 tại cơ sở số {i}</a> (0{i}/03/2024)</li>' for i in range(1, 7))
    main = (f'<table width="100%"><tr><td align="right" class="ngaydang"></td></tr><tr><td><span class="tenbai">{TITLE}'
            f'</span></td></tr><tr><td><p><b>{LEAD}</b></p>{"".join(f"<p>{p}</p>" for p in PROSE)}</td></tr></table>'
            f'<table width="100%"><tr><td class="tieudebox">Các tin khác</td></tr><tr><td><ul>{others}</ul></td></tr></table>')
    html = (f'<html><head><meta charset="utf-8"><title>{TITLE}</title></head><body><table width="980">'
            f'<tr><td><img src="/banner.jpg" alt="Banner"></td></tr><tr><td>{main}</td></tr>'
            f'<tr><td class="footer">{SITE}</td></tr></table></body></html>')
    record = _extract(html, "index.asp?act=detail&id=9")
    assert record.title == TITLE and record.published_at is None


def test_a_hidden_print_blocks_date_is_no_date_place() -> None:
    import lxml.html

    from pipelines.inference.template import _date

    trees, heads = [], []
    for i, day in enumerate(("05/03/2024 - 08:40", "01/03/2024 - 15:10", "27/02/2024 - 09:30", "22/02/2024 - 14:00",
                             "19/02/2024 - 10:15", "")):  # (five dated, one the editor left undated)
        html = (f'<html><body><table><tr><td>menu</td></tr><tr><td><table class="chitiet">'
                f'<tr><td align="right" class="ngaydang">{day}</td></tr><tr><td><span class="tenbai">{TITLE} số {i}</span>'
                f'</td></tr><tr><td><p>{LEAD}</p><p>{PROSE[0]}</p></td></tr></table>'
                f'<div id="printarea" style="display:none"><p>SỞ TƯ PHÁP</p><p>{TITLE} số {i}</p><p>Ngày in: 20/03/2024</p>'
                '</div></td></tr></table></body></html>')
        tree = lxml.html.document_fromstring(html)
        trees.append(tree)
        heads.append(tree.find(".//span").getparent())  # (the headline's cell, as the model's slot finds it)
    choice = _date(trees, heads, "Asia/Ho_Chi_Minh", [])
    assert choice is not None and "printarea" not in choice.selector


_EVENTS = [
    ("Hội nghị triển khai nhiệm vụ phát triển kinh tế năm 2024", "kinh tế"),
    ("Ra quân tổng vệ sinh môi trường các tuyến đường liên thôn", "môi trường"),
    ("Tập huấn kỹ thuật trồng và chăm sóc cây ăn quả có múi", "nông nghiệp"),
    ("Kiểm tra công tác phòng cháy chữa cháy rừng mùa khô", "lâm nghiệp"),
    ("Tổ chức ngày hội đại đoàn kết toàn dân tộc ở khu dân cư", "văn hóa"),
    ("Khai giảng lớp bồi dưỡng nghiệp vụ cho cán bộ thôn bản", "đào tạo"),
    ("Thông báo lịch tiêm chủng mở rộng cho trẻ em dưới một tuổi", "y tế"),
]


def _site_page(title: str, when: str, content: str, i: int) -> bytes:
    others = "".join(f'<li><a href="/tin/{700 + j}">{t}</a> ({10 + j:02d}/02/2024)</li>'
                     for j, (t, _) in enumerate(_EVENTS) if j != i)
    return (f'<html><head><meta charset="utf-8"><title>{SITE}</title></head><body><div class="menu"><a href="/">Trang '
            f'chủ</a> <a href="/chuyen-muc/1">Tin tức</a></div><div class="main"><div class="detail"><h2 class="title">'
            f'{title}</h2><div class="date">{when}</div><div class="content">{content}</div></div>'
            f'<div class="related"><div class="hd">Tin liên quan</div><ul>{others}</ul></div></div>'
            f'<div class="footer">Bản quyền thuộc {SITE}</div></body></html>').encode()


def test_an_undated_item_of_the_article_template_is_an_article() -> None:
    from benchmarks.extraction_quality import crawl_like, crawl_profile
    from pipelines.inference import infer

    base = "https://tanlac.example.gov.vn"
    head = {"content-type": "text/html; charset=utf-8"}
    pages = []
    for i, (title, topic) in enumerate(_EVENTS):
        when = "" if i == 6 else f"Thứ Hai, {10 + i:02d}/02/2024 - 08:30"
        text = "".join(f"<p>Về lĩnh vực {topic} (tin số {i + 1}), {x}</p>" for x in (LEAD, *PROSE))
        pages.append((f"/tin/{700 + i}", _site_page(title, when, text, i), head))
    teasers = "".join(f'<div class="item"><h3><a href="/tin/{700 + i}">{t}</a></h3><p>{LEAD[:120]}...</p></div>'
                      for i, (t, _) in enumerate(_EVENTS))
    for path in ("/", "/chuyen-muc/1", "/chuyen-muc/2"):
        listing = (f'<html><head><meta charset="utf-8"><title>{SITE}</title></head><body><div class="menu"><a href="/">'
                   f'Trang chủ</a></div><div class="main"><h2>Tin tức</h2>{teasers}</div></body></html>')
        pages.insert(0, (path, listing.encode(), head))
    model = infer([(base + p, b, h) for p, b, h in pages])
    assert model.confident
    got = crawl_like(pages, base, crawl_profile(model, adhoc_profile(base + "/")))
    assert all(f"{base}/tin/{700 + i}" in got for i in range(len(_EVENTS)))
    assert got[f"{base}/tin/706"].published_at is None
