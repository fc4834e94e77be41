"""A separated ``<title>`` read alone, nothing learned (titles._unlearned_split): the part the
page shows as its headline, or the part beside the site's name by the page's own lines; never
a cut of a headline that holds " - " itself."""

import lxml.html
import pytest

from pipelines.titles import find_title

SITE = "Sở Tư pháp tỉnh Hà Khê"
HEADLINE = "Kiểm tra hoạt động công chứng, chứng thực năm 2024"
URL = "https://stp.hakhe.gov.vn/index.asp?act=detail&id=1858"


def _read(title: str, body: str, url: str = URL) -> str | None:
    page = f"<html><head><title>{title}</title></head><body>{body}</body></html>"
    return find_title(lxml.html.document_fromstring(page), [], [], url=url)[0]


def _text(headline: str = "", foot: str = "") -> str:
    return (f"<table><tr><td align='right'>Thứ Ba, 05/03/2024 - 08:40</td></tr>"
            f"<tr><td>{headline}</td></tr><tr><td><p>Sáng 19/2, đoàn kiểm tra của Sở đã làm việc tại "
            f"các tổ chức hành nghề công chứng trên địa bàn tỉnh theo kế hoạch năm 2024.</p></td></tr>"
            f"<tr><td class='footer'>{foot}</td></tr></table>")  # fmt: skip


@pytest.mark.parametrize("title", [f"{SITE} - {HEADLINE}", f"{HEADLINE} | {SITE}", f"{SITE} :: {HEADLINE}"])
def test_the_part_the_page_shows_as_a_title_classed_headline(title: str) -> None:
    """tuphap read alone: no heading tag, the headline a ``span.tenbai``, no og: tags."""
    assert _read(title, _text(f"<span class='tenbai'>{HEADLINE}</span>")) == HEADLINE


def test_the_part_the_page_shows_as_a_bold_block() -> None:
    assert _read(f"{SITE} - {HEADLINE}", _text(f"<p><b>{HEADLINE}</b></p>")) == HEADLINE


@pytest.mark.parametrize(
    "foot",
    [f"{SITE}<br>Địa chỉ: Số 8 đường Trần Phú", f"© 2024 {SITE}", f"Bản quyền thuộc về {SITE}"],
)
def test_the_part_beside_the_site_name_the_page_says(foot: str) -> None:
    """No element shows the headline: the footer's or the copyright line names the site."""
    assert _read(f"{SITE} - {HEADLINE}", _text(foot=foot)) == HEADLINE
    assert _read(f"{HEADLINE} - {SITE}", _text(foot=foot)) == HEADLINE


def test_the_logo_alt_and_the_domain_name_the_site() -> None:
    logo = f"<div class='logo'><img src='/images/logo.png' alt='{SITE}'></div>"
    assert _read(f"{SITE} - {HEADLINE}", logo + _text(), url="https://example.org/a/1") == HEADLINE
    # the domain's own label ends the site's name ("hakhe" of "Hà Khê")
    assert _read(f"{SITE} - {HEADLINE}", _text()) == HEADLINE


@pytest.mark.parametrize("shown", ["<h1>{}</h1>", "<span class='title'>{}</span>", ""])
def test_a_headline_with_a_dash_of_its_own_is_never_cut(shown: str) -> None:
    """"Lào Cai - Điểm đến hấp dẫn", the site's name absent: shown whole, or shown nowhere and
    neither part the site's name (the domain's label alone is a place's name in a headline)."""
    title = "Lào Cai - Điểm đến hấp dẫn của du khách"
    body = (shown.format(title) if shown else "") + _text(foot="UBND tỉnh Lào Cai")
    assert _read(title, body, url="https://laocai.gov.vn/tin/1") == title


def test_a_linked_heading_is_no_shown_headline() -> None:
    """A forum thread's ``h2.topic-title > a`` (the thread's link) holds the first part of
    "Topic - Forum name" too: no headline the page shows as its own (a listing's or a thread's
    heading; ``_titled`` and ``sole_h1`` pass over linked headings alike)."""
    title = "Gallery of completed woodworking projects - Woodworkers Forums"
    body = "<h2 class='topic-title'><a href='viewtopic.php?t=1'>Gallery of completed woodworking projects</a></h2>"
    assert _read(title, body, url="https://forum.example.com/viewtopic.php?t=1") == title
