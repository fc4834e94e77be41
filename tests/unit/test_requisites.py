"""Page requisites read from markup and stylesheets (pure), the profile switch, and the spider
arguments (``-a NAME=VALUE``): each bad input a one-line error naming it."""

from __future__ import annotations

import pytest
from lxml import html

from config.profile import ProfileError, profile_from_dict
from crawler.requisites import Requisite, css_requisites, page_requisites
from crawler.spiders.args import SpiderArgumentError, spider_arguments

PAGE = """<html><head>
<base href="http://portal.gov.vn/tin/">
<link rel="stylesheet" href="/css/site.css"><link rel="shortcut icon" href="/favicon.ico">
<link rel="preload" as="font" href="/f/a.woff2"><link rel="alternate" href="/rss.xml">
<script src="/js/app.js"></script><script>var inline = 1;</script>
<style>.banner { background: url(banner.jpg) }</style>
</head><body background="/img/paper.gif">
<img src="anh.jpg#zoom" srcset="anh-2x.jpg 2x, anh-3x.jpg 3x" alt="">
<img src="data:image/png;base64,AAAA" data-src="lazy.jpg">
<picture><source srcset="/img/wide.webp"><img src="/img/wide.jpg"></picture>
<div style="background-image: url('/img/box.png')"></div>
<a href="/tin/khac.html"><img src="//cdn.portal.gov.vn/logo.png"></a>
<img src="anh.jpg"><img src="javascript:void(0)"><img src="http://[bad">
</body></html>"""


def test_page_requisites_in_document_order_each_once() -> None:
    tree = html.document_fromstring(PAGE)
    found = page_requisites(tree, "http://portal.gov.vn/tin/")
    assert found == [
        Requisite("http://portal.gov.vn/css/site.css", "stylesheet"),
        Requisite("http://portal.gov.vn/favicon.ico", "image"),
        Requisite("http://portal.gov.vn/f/a.woff2", "font"),
        Requisite("http://portal.gov.vn/js/app.js", "script"),
        Requisite("http://portal.gov.vn/tin/banner.jpg", "image"),
        Requisite("http://portal.gov.vn/img/paper.gif", "image"),
        Requisite("http://portal.gov.vn/tin/anh.jpg", "image"),
        Requisite("http://portal.gov.vn/tin/anh-2x.jpg", "image"),
        Requisite("http://portal.gov.vn/tin/anh-3x.jpg", "image"),
        Requisite("http://portal.gov.vn/tin/lazy.jpg", "image"),
        Requisite("http://portal.gov.vn/img/wide.webp", "image"),
        Requisite("http://portal.gov.vn/img/wide.jpg", "image"),
        Requisite("http://portal.gov.vn/img/box.png", "image"),
        Requisite("http://cdn.portal.gov.vn/logo.png", "image"),
    ]


def test_css_requisites_as_a_browser_reads_them() -> None:
    css = b"""@charset "utf-8";
    @import url("base.css"); @import 'print.css' print;
    /* url(/commented-out.png) */
    body { background: url(img/bg.png) no-repeat }
    .x { background-image: image-set(url(a.png) 1x, "b.png" 2x) }
    @font-face { font-family: X; src: url(/fonts/x.woff2) format("woff2"), url('x-font') }
    @media screen { .y { background: url( "y.gif" ) } }
    .d { background: url(data:image/png;base64,AAAA) }
    .e { content: "url(not-a-url.png)" }
    .f { background: url(\\66 .png) }"""
    found = css_requisites(css, "http://portal.gov.vn/css/site.css")
    base = "http://portal.gov.vn/css/"
    assert found == [
        Requisite(base + "base.css", "stylesheet"),
        Requisite(base + "print.css", "stylesheet"),
        Requisite(base + "img/bg.png", "image"),
        Requisite(base + "a.png", "image"),
        Requisite(base + "b.png", "image"),
        Requisite("http://portal.gov.vn/fonts/x.woff2", "font"),
        Requisite(base + "x-font", "font"),  # a font by its @font-face, whatever its name
        Requisite(base + "y.gif", "image"),
        Requisite(base + "f.png", "image"),  # a CSS escape, unescaped
    ]


def test_broken_css_names_what_it_can() -> None:
    found = css_requisites("a { background: url(ok.png) } b { background: url(", "http://h/s.css")
    assert Requisite("http://h/ok.png", "image") in found


PROFILE = {"id": "fx-req", "name": "x", "base_url": "https://portal.gov.vn/"}


def test_requisites_default_to_all_and_hosts_are_kept_lower_case() -> None:
    profile = profile_from_dict({**PROFILE, "requisite_hosts": ["CDN.portal.gov.vn", "img.vn:8080"]})
    assert profile.requisites == "all"
    assert profile.requisite_hosts == ["cdn.portal.gov.vn", "img.vn:8080"]


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"requisites": "some"},
         "x.yaml: invalid site profile: field 'requisites': Input should be 'all', 'images' or 'none'"),
        ({"requisite_hosts": ["https://cdn.portal.gov.vn/"]},
         "x.yaml: invalid site profile: field 'requisite_hosts': 'https://cdn.portal.gov.vn/' is "
         "not a host name or host:port (no scheme, no path)"),
        ({"requisite_hosts": "cdn.portal.gov.vn"},
         "x.yaml: invalid site profile: field 'requisite_hosts': Input should be a valid list"),
    ],
)  # fmt: skip
def test_bad_requisite_fields_are_one_line_errors(fields: dict, message: str) -> None:
    with pytest.raises(ProfileError) as caught:
        profile_from_dict({**PROFILE, **fields}, "x.yaml")
    assert str(caught.value) == message


def test_spider_arguments_are_typed() -> None:
    given = {"base_url": "http://127.0.0.1:8000/", "max_pages": "50", "archive": "a", "_job": "j1"}
    args = spider_arguments("laocai-tinhuy", given)
    assert (args.base_url, args.max_pages, str(args.archive), args.job) == (
        "http://127.0.0.1:8000/", 50, "a", "j1")  # fmt: skip
    assert spider_arguments("laocai-tinhuy", {}).base_url is None


@pytest.mark.parametrize(
    ("given", "message"),
    [
        ({"colour": "red"}, "spider laocai-tinhuy: unknown argument 'colour' "
                            "(-a NAME=VALUE takes base_url, max_pages, archive)"),
        ({"max_pages": "0"}, "spider laocai-tinhuy: argument 'max_pages': Input should be "
                             "greater than or equal to 1"),
        ({"max_pages": "many"}, "spider laocai-tinhuy: argument 'max_pages': Input should be a "
                                "valid integer, unable to parse string as an integer"),
        ({"base_url": "tinhuy.laocai.gov.vn"}, "spider laocai-tinhuy: argument 'base_url': must "
                                               "be an http(s) URL, got 'tinhuy.laocai.gov.vn'"),
    ],
)  # fmt: skip
def test_bad_spider_arguments_are_one_line_errors(given: dict, message: str) -> None:
    with pytest.raises(SpiderArgumentError) as caught:
        spider_arguments("laocai-tinhuy", given)
    assert str(caught.value) == message
