"""Page typing causes found on the fresh-AB families (issue 10, round 21): the English
editions of Vietnamese government portals, whose standing pages (functions, structure, the
leader's profile, a document's record, an introduction) are named and labelled in English.
Each test builds its page here (no family text), the way such an edition writes it, and
extracts it on the generic path (a page read alone)."""

from __future__ import annotations

from pipelines import pagekind
from pipelines.record import ArticleRecord
from tests.helpers import paras, read_ad_hoc

BASE = "https://english.example.gov.vn"
NEWS = [
    "The provincial People's Committee on Tuesday launched a campaign to clean up the canals of the city, drawing "
    "more than 300 officials, union members and residents.",
    "Participants cleared bushes, dredged drains and collected nearly 12 tonnes of waste along the roads and around "
    "the central market.",
    "On this occasion, the province called on every household to sort its waste at source and to join a clean-up on "
    "the last Saturday of each month.",
]


def _page(title: str, date_line: str, content: str) -> bytes:
    return (
        f'<html lang="en"><head><meta charset="utf-8"><title>{title}</title></head><body>'
        '<div class="menu"><a href="/">Home</a> <a href="/web/english/about">About</a></div>'
        f'<div class="journal-content-article"><h1 class="header-title">{title}</h1><div class="date">{date_line}</div>'
        f'<div class="journal-body">{content}</div></div><div class="footer">Copyright © Provincial People\'s Committee</div>'
        "</body></html>"
    ).encode()


def _extract(page: bytes, path: str) -> ArticleRecord | str:
    return read_ad_hoc(page, BASE + path)


DUTIES = [
    "The Department is a specialised agency of the Provincial People's Committee, performing the function of state "
    "management of planning and investment in the province.",
    "1. To submit to the Provincial People's Committee draft decisions and plans in the fields under its management.",
    "2. To guide and inspect the implementation of legal documents, strategies and plans after their approval.",
    "3. To manage public services in the sector and to carry out international cooperation as assigned.",
]


def test_a_dated_page_whose_english_headline_names_a_standing_page_is_no_article() -> None:
    # an English edition's CMS dates every item ("Posted: ..."); the headline names the page
    for title in ("Functions and tasks", "Organizational structure", "Functions, duties and powers", "Contact us",
                  "About us", "Overview"):
        assert pagekind.static_heading(title), title
        got = _extract(_page(title, "Posted: 10/01/2023 08:00 AM", paras(DUTIES)), "/web/english/page-101")
        assert isinstance(got, str) and got.startswith("other_type"), (title, got)
    # news headlines are sentences about an event
    for title in ("Functions and tasks of commune police to be expanded", "Contact group meets on border trade",
                  "Overview of the economy shows strong growth"):
        assert not pagekind.static_heading(title), title
    got = _extract(_page("Province cleans up city canals", "Posted: 12/03/2024 08:40 AM", paras(NEWS)),
                   "/web/english/page-612")  # fmt: skip
    assert isinstance(got, ArticleRecord), got


def test_a_legal_document_s_record_labelled_in_english_is_no_article() -> None:
    # the ministry's English site shows a document's record in the news template under "Posted:"
    record = ["Number: 12/2024/TT-BNNPTNT", "Issued date: 01/03/2024", "Effective date: 15/04/2024",
              "Document type: Circular", "Issuing agency: Ministry of Agriculture and Rural Development",
              "Signed by: Deputy Minister Tran Thanh Nam",
              "Summary: Circular guiding the management of seed varieties of perennial crops"]  # fmt: skip
    assert pagekind.form_kind(record) == "document"
    got = _extract(_page("Circular guiding the management of seed varieties of perennial crops",
                         "Posted: 04/03/2024 03:00 PM", paras(record)), "/web/english/legal-documents/-/document/1")  # fmt: skip
    assert isinstance(got, str) and "document record" in got, got
    # news citing a document's number and day in its sentences has no such fields
    assert pagekind.form_kind([*NEWS, "The decision was signed by Vice Chairman Hoang Quoc Khanh."]) is None


INTRO = [
    "Son Ha is a mountainous border province in the northwest of Vietnam, about 290 kilometres from Ha Noi, sharing a "
    "203-kilometre border with China.",
    "The province has eight districts, one town and one city, with a population of about 770,000 people from 25 "
    "ethnic groups.",
    "Its economy is based on mining, hydropower, agriculture, border trade and tourism.",
]


def test_an_undated_page_of_an_english_about_section_is_no_article() -> None:
    # the English edition's introduction: /about/<page>, no date, a headline of its own
    assert pagekind.static_kind(BASE + "/about/overview.html", "Overview of Son Ha")
    assert pagekind.static_kind(BASE + "/about-us/history", "Our history")
    got = _extract(_page("Overview of Son Ha", "", paras(INTRO)), "/about/overview.html")
    assert isinstance(got, str) and got.startswith("other_type"), got
    # an English word is a section only as a whole segment: an article's slug may start with it
    assert not pagekind.static_kind(BASE + "/news/about-the-vote.html", "About the vote")
    assert not pagekind.static_kind(BASE + "/about-the-vote/results.html", "Results")


def _wp(body_class: str, article_class: str, title: str, lines: list[str]) -> bytes:
    return (
        f'<!DOCTYPE html><html lang="en-US"><head><meta charset="UTF-8"><title>{title} &#8211; Department</title>'
        '<meta property="og:type" content="website"></head>'
        f'<body class="{body_class}"><header><a href="/">Home</a> <a href="/investment-incentives/">Incentives</a></header>'
        f'<main id="main"><article class="{article_class}"><header class="entry-header"><h1 class="entry-title">{title}</h1>'
        f'</header><div class="entry-content">{paras(lines)}</div></article></main>'
        "<footer>Copyright © 2024 Department of Planning and Investment</footer></body></html>"
    ).encode()


INCENTIVES = [
    "Projects in the province enjoy the incentives of the Law on Investment and the province's own support policies.",
    "Corporate income tax: a rate of 10 percent for 15 years for projects in the economic zone and in high "
    "technology; exemption for four years and a 50 percent reduction for the following nine years.",
    "Land rent: exemption for the whole project life for projects in the fields of special investment incentives.",
    "The province also supports part of the costs of site clearance and vocational training for projects in "
    "agriculture and rural areas.",
]


def test_an_undated_page_wordpress_marks_as_a_page_is_no_article() -> None:
    # WordPress classes its static pages "page" / "type-page" and its posts "single-post" /
    # "type-post": an undated page it marks as a page is a standing page ("Investment incentives")
    got = _extract(_wp("page-template-default page page-id-42", "post-42 page type-page status-publish",
                       "Investment incentives", INCENTIVES), "/investment-incentives/")  # fmt: skip
    assert isinstance(got, str) and got.startswith("other_type"), got
    # the same text as an undated post stays an article
    got = _extract(_wp("post-template-default single single-post postid-42", "post-42 post type-post status-publish",
                       "Investment incentives explained", INCENTIVES), "/investment-incentives-explained/")  # fmt: skip
    assert isinstance(got, ArticleRecord), got


BIO_EN = [
    "Tran Van Son was born on 3 August 1963 in Thanh Binh district, Dong Thap province.",
    "He holds a Master's degree in Agricultural Economics and an Advanced Political Theory degree.",
    "From 1997 to 2008 he held various positions in the provincial People's Committee, before becoming Chairman of "
    "the provincial People's Committee in 2008.",
    "He was appointed Deputy Minister in 2020 and elected Minister by the National Assembly in April 2021.",
]


def test_a_dated_english_page_headlined_with_a_leader_s_title_and_name_over_a_curriculum_is_a_profile() -> None:
    # the English site dates every item; the leader's page is headlined by the post and the name alone
    for title in ("Minister Tran Van Son", "Deputy Minister Nguyen Hoang Hiep", "Chairman Tran Minh Duc",
                  "Biography of Minister Tran Van Son"):
        assert pagekind.PROFILE_HEAD.match(title), title
    for title in ("Minister Tran Van Son visits Dong Thap", "Minister receives FAO Representative",
                  "Tiểu sử đồng chí Trần Văn Hùng"):
        assert bool(pagekind.PROFILE_HEAD.match(title)) == title.startswith("Tiểu sử"), title
    got = _extract(_page("Minister Tran Van Son", "Posted: 14/06/2023 09:00 AM", paras(BIO_EN)), "/web/english/minister")
    assert isinstance(got, str) and "biography" in got, got
    # the same curriculum under an appointment's headline is the news of it
    got = _extract(_page("Tran Van Son elected Minister of Agriculture", "Posted: 08/04/2021 09:00 AM", paras(BIO_EN)),
                   "/web/english/news-301")  # fmt: skip
    assert isinstance(got, ArticleRecord), got
