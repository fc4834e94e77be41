"""Site inference: a pure function over a set of pages (no Scrapy, no server), tested on
fixture page sets: a commune portal with every trap of issue 10 and the template families."""

from __future__ import annotations

import pytest

from benchmarks.extraction_quality import crawl_like, family_base, site_pages
from config.profile import SiteProfile, adhoc_profile
from pipelines.chrome import Learner
from pipelines.dates import AS_WRITTEN
from pipelines.extract import extract
from pipelines.inference import SiteModel, infer
from pipelines.inference.urlshape import group_urls
from pipelines.record import ArticleRecord
from pipelines.sitemodel import made_with
from tests.families import FAMILIES
from tests.fixtures import inference_site as site

PAGES = site.pages()
MODEL = infer(PAGES)


def _path(url: str) -> str:
    return url[len(site.BASE) :]


def test_page_types_from_cross_page_evidence() -> None:
    types = {_path(u): t for u, t in MODEL.page_types.items()}
    assert [p for p, t in types.items() if t == "article"] == [site.slug(i) for i in range(7)]
    assert {types[p] for p in ("/", "/tin-tuc.html", "/tin-tuc.html?page=2")} == {"listing"}
    assert {types[p] for p in ("/gioi-thieu.html", "/lien-he.html", "/so-do-cong.html")} == {
        "static"
    }
    assert {types[f"/in-bai/{1000 + i}.html"] for i in range(7)} == {"print"}  # no canonical
    assert {types[p] for p in types if p.startswith("/lich-cong-tac")} == {"calendar"}
    assert types["/tim-kiem.html?tukhoa=chuyen+doi+so"] == "search"
    assert types["/dang-nhap.html"] == "login"
    assert types["/?lang=en"] == "language"
    assert types["/tin-tuc/khong-ton-tai-9999.html"] == "not_found"
    assert MODEL.types["article"] == 7


def test_the_article_template_never_takes_widgets_or_teasers() -> None:
    assert MODEL.title is not None and MODEL.title.selector == ".tieu-de"  # not the banner h1
    assert (MODEL.title.agree, MODEL.title.pages) == (7, 7)
    assert MODEL.date is not None and MODEL.date.selector == ".thoi-gian"  # not "Các tin khác"
    assert MODEL.author is not None and MODEL.author.selector == ".tac-gia"  # not the weather
    assert MODEL.body is not None and MODEL.body.selector == ".noi-dung"
    assert MODEL.lead is not None and MODEL.lead.selector == ".tom-tat"
    assert MODEL.confident


def test_url_rules_from_the_sample() -> None:
    assert len(MODEL.article) == 1
    rule = MODEL.article[0]
    assert rule.template == "/tin-tuc/{slugnum}.html" and rule.agree == 7
    kinds = {r.kind for r in MODEL.deny}
    assert {"print", "calendar", "search", "language"} <= kinds
    assert MODEL.follow_complete


def test_the_inferred_profile_validates_and_extracts_unedited() -> None:
    profile = MODEL.to_profile(site.BASE + "/")
    assert isinstance(SiteProfile.model_validate(profile.model_dump()), SiteProfile)
    learner = Learner()
    for url, body, headers in PAGES:
        result = extract(body, url, headers, profile)
        learner.add(result.page_lines, result.page_title)
    learned = learner.learned()
    stored = {}
    for url, body, headers in PAGES:
        result = extract(body, url, headers, profile, learned=learned)
        if isinstance(result, ArticleRecord):
            stored[_path(result.url)] = result
    assert sorted(stored) == sorted(site.slug(i) for i in range(7))
    for i in range(7):
        record = stored[site.slug(i)]
        head, lead, paragraphs = site.TEXTS[i]
        assert record.title == head
        hour, minute = site.TIMES[i].split(":")
        day, month, year = site.DATES[i].split("/")
        assert (
            record.published_at
            == f"{year}-{int(month):02d}-{int(day):02d}T{hour}:{minute}:00+07:00"
        )
        assert record.date_basis == "updated"  # the only date line reads "Cập nhật lúc ..."
        assert record.author == site.AUTHORS[i]
        assert record.body == [lead, *paragraphs]


def test_ad_hoc_alone_no_longer_falls_into_the_traps() -> None:
    """What the inference was first built for: read alone, this portal's page gave the banner
    as title or the weather widget as author. A page read alone now splits its ``<title>``
    ("headline - Cổng thông tin điện tử xã ...") at the part it shows as its headline
    (``titles._unlearned_split``), and the widget is no byline; the inferred profile's own
    figures are tested above."""
    url, body, headers = next(p for p in PAGES if p[0].endswith(site.slug(0)))
    record = extract(body, url, headers, adhoc_profile(site.BASE + "/"))
    assert isinstance(record, ArticleRecord)
    assert (record.title, record.author) == (site.TEXTS[0][0], site.AUTHORS[0])


def test_the_model_is_json_and_comes_back_the_same() -> None:
    again = SiteModel.from_json(MODEL.to_json())
    assert again == MODEL
    assert again.to_profile(site.BASE + "/") == MODEL.to_profile(site.BASE + "/")


def test_a_growing_sample_gives_the_model_of_that_sample() -> None:
    """No state between runs: the model of the first pages, then of all of them."""
    early = infer(PAGES[:6])
    assert early.pages == 6 and not early.confident  # too few articles to agree
    assert infer(PAGES) == MODEL


def test_nothing_readable_gives_an_empty_model() -> None:
    model = infer([("https://x.gov.vn/a.pdf", b"%PDF-1.4", {"content-type": "application/pdf"})])
    assert model.pages == 0 and model.confidence == 0.0 and model.notes


@pytest.mark.parametrize("site_id", sorted(FAMILIES))
def test_template_families_extract_with_the_inferred_profile(site_id: str) -> None:
    family = FAMILIES[site_id]
    pages = site_pages(family.build_site())
    base = family_base(family).rstrip("/")
    model = infer([(base + p, b, h) for p, b, h in pages])
    assert model.confident, model.notes
    got = crawl_like(pages, base, model.to_profile(adhoc_profile(base + "/")))
    truths = {t["url"]: t for t in (a.truth(base) for a in family.ARTICLES)}
    assert set(got) == set(truths)  # every article, nothing else
    for url, record in got.items():
        for field in ("title", "published_at", "author", "body"):
            assert getattr(record, field) == truths[url][field], (url, field)


def test_url_templates() -> None:
    urls = [f"https://x.vn/tin-tuc/{s}.html" for s in ("a-b-c", "d-e-f", "g-h-i")]
    urls += ["https://x.vn/gioi-thieu/lich-su.html", "https://x.vn/p.aspx?ItemID=12",
             "https://x.vn/p.aspx?ItemID=13", "https://x.vn/p.aspx?Page=2"]  # fmt: skip
    found = {t.text: sorted(m) for t, m in group_urls(urls)}
    assert found == {
        "/tin-tuc/{var}.html": [0, 1, 2],
        "/gioi-thieu/lich-su.html": [3],
        "/p.aspx?ItemID={num}": [4, 5],
        "/p.aspx?Page={num}": [6],
    }


def _card_site() -> list[tuple[str, bytes, dict[str, str]]]:
    """A small portal whose listings are grids of two ``<div class="card">`` teasers (image,
    headline link, date, sapo): the layout of real portals, not ``<li>`` items."""
    base, html = "https://cards.gov.vn", {"content-type": "text/html; charset=utf-8"}
    words = "Ủy ban nhân dân tỉnh chỉ đạo các sở ngành triển khai kế hoạch năm {i} đúng tiến độ."
    arts = [(f"/tin/bai-viet-so-{i}.html", f"Hội nghị triển khai nhiệm vụ trọng tâm số {i}", f"0{i + 1}/03/2024") for i in range(4)]  # fmt: skip

    def page(title: str, main: str) -> bytes:
        nav = '<nav><a href="/">Trang chủ</a> <a href="/tin">Tin tức</a> <a href="/su-kien">Sự kiện</a></nav>'
        return f"<html><head><title>{title} - Cổng TTĐT</title></head><body>{nav}<main>{main}</main><footer>Cổng thông tin điện tử tỉnh</footer></body></html>".encode()  # fmt: skip

    def card(path: str, title: str, day: str, sapo: str) -> str:
        return (f'<div class="card"><a href="{path}"><img src="/a.jpg" alt=""></a><h3 class="card__title"><a href="{path}">{title}</a></h3>'
                f'<span class="card__date">{day}</span><p class="card__sapo">{sapo}: {words.format(i=day)} {words.format(i=title)}</p></div>')  # fmt: skip

    pages = []
    for i, (path, title, day) in enumerate(arts):
        body = "".join(f"<p>{words.format(i=i)} Đoạn {k} nói rõ việc của bài {i}, nội dung riêng số {k * 7 + i}.</p>" for k in range(6))
        pages.append((path, page(title, f'<h1>{title}</h1><div class="date">Ngày {day} 08:00</div>{body}')))
    for path, name, chunk in (("/tin", "Tin tức", arts[:2]), ("/su-kien", "Sự kiện", arts[2:]), ("/", "Trang chủ", arts[1:3])):
        pages.append((path, page(name, f'<h2>{name}</h2><div class="cards">{"".join(card(*a, name) for a in chunk)}</div>')))
    return [(base + p, b, html) for p, b in pages]


def test_listings_of_div_cards_are_listings() -> None:
    model = infer(_card_site())
    types = {u.split(".vn", 1)[1]: t for u, t in model.page_types.items()}
    assert [p for p, t in types.items() if t == "article"] == [f"/tin/bai-viet-so-{i}.html" for i in range(4)]
    assert {types["/tin"], types["/su-kien"], types["/"]} == {"listing"}


def test_the_single_page_path_sees_two_div_cards_as_a_listing() -> None:
    from lxml import html

    from pipelines import signals

    pages = {u.split(".vn", 1)[1]: b for u, b, _ in _card_site()}
    assert signals.listing(html.fromstring(pages["/tin"]), min_items=3)
    assert not signals.listing(html.fromstring(pages["/tin/bai-viet-so-0.html"]), min_items=3)


def test_a_site_whose_zone_is_not_known_gets_the_same_model() -> None:
    # `timezone: null` infers with dates read as written: which element holds the date,
    # and what each page is, do not depend on the zone; the evidence says which zone it was
    as_written = infer(PAGES, AS_WRITTEN)
    assert as_written.page_types == MODEL.page_types
    assert as_written.date == MODEL.date and as_written.title == MODEL.title
    assert made_with(AS_WRITTEN) != made_with("Asia/Ho_Chi_Minh")


def test_a_short_article_in_the_article_template_is_an_article() -> None:
    # a brief of about 30 words of its own (under ARTICLE_WORDS, SHORT_WORDS or more) at the
    # article template's URL, dated, its own headline: an article (session 14's typing audit)
    head, lead, paragraphs = site.TEXTS[0]
    brief_head = "Xã ra quân vệ sinh môi trường hưởng ứng ngày Chủ nhật xanh"
    brief = (
        "Sáng 17/3, Ủy ban nhân dân xã phối hợp với Đoàn thanh niên tổ chức ra quân vệ sinh môi "
        "trường, thu gom rác thải tại các tuyến đường liên thôn và khu dân cư tập trung."
    )
    html = site.article(0).replace(head, brief_head).replace(lead, "Hơn 200 đoàn viên tham gia")
    html = html.replace("".join(f"<p>{site.escape(p)}</p>" for p in paragraphs), f"<p>{brief}</p>")
    html = html.replace(site.DATES[0], "17/3/2024")
    url = site.BASE + "/tin-tuc/ra-quan-ve-sinh-moi-truong-1009.html"
    model = infer([*PAGES, (url, html.encode(), {"content-type": "text/html; charset=utf-8"})])
    assert model.page_types[url] == "article"
    # an undated page of as many words in that template is no article
    undated = html.replace("Cập nhật lúc", "").replace(f"{site.TIMES[0]} ngày 17/3/2024", "")
    other = site.BASE + "/tin-tuc/gioi-thieu-ve-xa-1010.html"
    model = infer([*PAGES, (other, undated.encode(), {"content-type": "text/html; charset=utf-8"})])
    assert model.page_types[other] != "article"


def test_a_site_whose_pages_are_all_at_a_language_url_is_that_language_s_own() -> None:
    # fresh-M's English portal: every page under /en/, no Vietnamese page sampled; its
    # articles are no language copies (they were all typed "language" and denied)
    from tests.families import freshm_english as fam

    base = family_base(fam).rstrip("/")
    model = infer([(base + p, b, h) for p, b, h in site_pages(fam.build_site())])
    assert "language" not in set(model.page_types.values())
    typed = [model.page_types[base + a.path] for a in fam.ARTICLES]
    assert typed.count("article") >= 5 and not set(typed) & {"language", "print", "duplicate", "listing"}
    assert not [r for r in model.deny if r.kind == "language"]


def test_a_post_dated_only_in_its_json_ld_graph_stays_in_its_article_template() -> None:
    # fresh-M: the English portal's post with no date line, its NewsArticle's datePublished in
    # a Yoast @graph, was typed "other" (off the template's date element) and lost
    from tests.families import freshm_english as fam

    base = family_base(fam).rstrip("/")
    model = infer([(base + p, b, h) for p, b, h in site_pages(fam.build_site())])
    assert {model.page_types[base + a.path] for a in fam.ARTICLES} == {"article"}


def test_a_post_round_a_document_s_record_box_is_an_article() -> None:
    # fresh-M: a district's post announcing a decision, "Số ký hiệu / Ngày ban hành / Ngày hiệu
    # lực / Người ký" in a table above its sapo and paragraphs, was typed "document"
    from pipelines.inference.pagetypes import _reported
    from tests.families import freshm_chu as fam

    base = family_base(fam).rstrip("/")
    model = infer([(base + p, b, h) for p, b, h in site_pages(fam.build_site())])
    assert {model.page_types[base + a.path] for a in fam.ARTICLES} == {"article"}
    # a document's page, its summary the one line of prose, stays a record
    summary = ("Công bố danh mục 24 thủ tục hành chính được chuẩn hóa trong lĩnh vực hộ tịch thuộc thẩm quyền giải "
               "quyết của Sở Tư pháp trên địa bàn tỉnh.")
    assert not _reported(["Số ký hiệu: 245/QĐ-UBND", "Ngày ban hành: 06/03/2024", "Trích yếu:", summary, "Người ký: A"])
