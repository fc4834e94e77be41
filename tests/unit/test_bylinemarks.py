"""Bylines the page's markup marks as authorship (pipelines.bylinemarks, session 11, from the
public benchmarks' real pages): a blog theme's login in the entry's author markup, the
structured author the page shows over a name found elsewhere, a commenter's name never the
article's, and page furniture ("View Comments", "More Posts") never a name."""

from __future__ import annotations

import pytest

from config.profile import adhoc_profile
from pipelines.authors import parse_signature
from pipelines.bylinemarks import handle
from pipelines.extract import extract
from pipelines.record import ArticleRecord

URL = "https://blog.example.org/2024/03/a-walk-in-the-hills/"
BODY = "".join(
    f"<p>Paragraph {i}: we walked up the old path above the village in the morning and saw the "
    f"valley open below us, with the river shining between the fields and the woods.</p>"
    for i in range(6)
)
VCARD = (
    '<span class="author vcard"><a class="url fn n" rel="author" href="/author/{0}/">{0}</a></span>'
)


def _author(meta: str = "", after: str = "", head: str = "", url: str = URL) -> str | None:
    page = (
        f"<html><head><title>A walk in the hills</title>{head}</head><body><div id='content'>"
        f"<article class='post hentry'><header class='entry-header'><h1>A walk in the hills</h1>"
        f"<div class='entry-meta'><time>5 March 2024</time> {meta}</div></header>"
        f"<div class='entry-content'>{BODY}</div>{after}</article></div></body></html>"
    )
    result = extract(
        page.encode(), url, {"Content-Type": "text/html; charset=utf-8"}, adhoc_profile(url)
    )
    assert isinstance(result, ArticleRecord), result
    return result.author


def _ld(name: str) -> str:
    return f'<script type="application/ld+json">{{"@type": "BlogPosting", "author": {{"@type": "Person", "name": "{name}"}}}}</script>'


# --- a login in the entry's author markup (WordPress, Plone, Elementor blog themes) ----------


@pytest.mark.parametrize(
    "meta",
    [
        VCARD.format("surfguard"),  # WordPress: span.author.vcard > a.url.fn.n[rel=author]
        '<a rel="author" href="/author/c1ph4/">c1ph4</a>',  # a rel=author link alone
        '<span class="documentAuthor"><a href="/author/dominique">Dominique</a></span>',  # Plone
        '<span class="post-meta-author"><a href="/author/x/">www.koffergepackt.com</a></span>',
    ],
)
def test_a_login_in_the_entry_s_author_markup_signs(meta: str) -> None:
    author = _author(meta)
    assert author is not None and author in meta


def test_a_one_word_name_is_never_read_from_body_text_a_widget_a_comment_or_a_credit() -> None:
    sidebar = f"<aside class='widget'><h3>About me</h3>{VCARD.format('gizzmo')}</aside>"
    assert _author(after=sidebar) is None  # a widget of the blog, not the post's byline
    assert _author(after="<p>Lars</p>") is None  # a word of the text, no markup
    comments = "<div class='comment-body'><span class='author'><a href='/u/1'>RockyRider66</a></span></div>"
    assert _author(after=comments) is None  # a reader's login
    credit = "<p class='media-license'><span class='media-license-author'>zvg</span></p>"
    assert _author(meta=credit) is None  # a photo's credit: its author took the picture
    assert _author(VCARD.format("admin")) is None  # a CMS account
    # the site's own account ("hejfish" on fischerhuette.hejfish.com) is the publisher...
    assert _author(VCARD.format("hejfish"), url="https://fischerhuette.hejfish.com/talk/") is None
    # ...but a blog host's subdomain is its blogger's
    assert (
        _author(VCARD.format("surfguard"), url="https://surfguard.wordpress.com/medien/")
        == "surfguard"
    )


def test_handle() -> None:
    assert handle(" Lars ") == "Lars"
    assert handle("c1ph4") == "c1ph4"
    for no in ("Posted", "admin", "12345", "a", "two words", "Profile", "x" * 41):
        assert handle(no) is None, no


# --- the structured author the page shows; a commenter is never the article's author --------


def test_the_structured_author_the_page_shows_over_a_name_found_elsewhere() -> None:
    shown = "<p class='story-meta'>By Ally Mutnick</p>"
    other = "<div class='author'>Tom Pyman</div>"  # a name a byline class holds elsewhere
    assert _author(meta=shown + other, head=_ld("Ally Mutnick")) == "Ally Mutnick"
    # not shown on the page: the visible byline keeps priority (test_structured)
    assert _author(meta=other, head=_ld("Ally Mutnick")) == "Tom Pyman"
    # shown only in a sidebar: no evidence the page signs with it
    aside = "<aside><p>By Ally Mutnick</p></aside>"
    assert _author(meta=other, after=aside, head=_ld("Ally Mutnick")) == "Tom Pyman"


def test_a_commenter_s_name_in_the_article_s_block_is_not_its_author() -> None:
    comment = (
        "<div class='comment-list'><article class='comment-body'><p class='comment-author'>"
        "<a class='comment-author-link' href='https://x.example'>Nettie Arneson</a></p>"
        "<p>Lovely walk, thanks!</p></article></div>"
    )
    assert _author(after=comment, head=_ld("Jeanie Emmert")) == "Jeanie Emmert"


@pytest.mark.parametrize("line", ["View Comments", "More Posts", "About Jeanie", "Read Reviews"])
def test_page_furniture_with_a_plural_is_no_name(line: str) -> None:
    assert parse_signature(line) is None  # ("comments" had its s stripped and passed)


def test_a_company_s_legal_name_is_no_author() -> None:
    # a shop's or a publisher's imprint (its meta author, its footer): not who wrote
    head = '<meta name="author" content="ZooRoyal Petcare GmbH">'
    assert _author(head=head) is None
    assert parse_signature("Olympia-Verlag GmbH") is None
    assert parse_signature("Anna Berg") is not None  # a person's name stays
