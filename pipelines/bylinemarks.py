"""Bylines that the page's own markup marks as authorship.

Two rules, each for a class of pages the public benchmarks' real pages show (session 11,
``benchmarks/author_misses.py`` on the tuning half):

- **A login or a one-word name in the post's author markup** (:func:`handle_byline`):
  blog themes (WordPress's ``<span class="author vcard"><a class="url fn n"
  rel="author">surfguard</a></span>``, Plone's ``documentAuthor``, Elementor's
  ``post-info__item--type-author``) print the poster's account name in the entry's meta
  row. One word is read as the author only there: an element whose ``rel``, hCard or own
  class says "author", in the article's entry (the block that holds its body or headline),
  never in a sidebar, a footer, a box of comments or of other posts. Never from body text
  or a widget: a name of one word anywhere else is not read.
- **The structured author shown on the page** (:func:`shown`): the page's JSON-LD, microdata
  or meta tags name a person and a short element of the page (outside sidebars, footers,
  comments and teasers) reads exactly that name ("By Ally Mutnick"): the structured name
  is the author, over a name a heuristic found elsewhere (another article's teaser, a
  commenter, a category link read as a name).
"""

from __future__ import annotations

import re
import unicodedata

from lxml.html import HtmlElement

from pipelines import authors
from pipelines.dom import clean, contains, in_comments, in_teaser_list, text_of

#: how many levels above a byline element the article's entry (the block that also holds the
#: body or the headline) may be: a theme's meta row sits a few levels inside the entry
ENTRY_LEVELS = 6
HANDLE_CHARS = 40
#: a box of other pages, of readers or of the site: a byline there is not the article's
_ELSEWHERE = re.compile(
    r"sidebar|related|comment|footer|widget|\baside\b|recent|popular|more-|teaser|pagination|profile"
)
#: a class that says its element names the author: ``author``, ``author-name``,
#: ``post-meta-author``, ``documentAuthor``, ``post-info__item--type-author``
#: a picture's credit or licence line (``media-license-author``: "zvg"): its author took
#: the photo, he did not write the article
_CREDIT = re.compile(r"media|image|photo|picture|caption|credit|licen[cs]e|copyright|figure")
_AUTHOR_CLASS = re.compile(r"^[\w-]*author(?:[-_]?name|[-_]link)?$", re.IGNORECASE)
_HANDLE = re.compile(r"^[^\W_](?:[\w.'’-]{0,38}[^\W_])?$")
#: words of a theme's byline row, never the account's name
_ROW_WORDS = frozenset(
    "by von par por door autor author auteur posted written published profile more follow home"
    " contact login share redaktion name".split()
)


def handle(text: str) -> str | None:
    """``text`` as a login or a one-word name ("surfguard", "c1ph4", "Lars",
    "www.koffergepackt.com"), or None: two letters at least, no space, never a CMS account
    ("admin"), a label or a word of the byline row ("Posted", "Profile")."""
    name = clean(text).strip(" .,;:|-–")
    if not name or len(name) > HANDLE_CHARS or not _HANDLE.match(name):
        return None
    if sum(ch.isalpha() for ch in name) < 2 or name.casefold() in _ROW_WORDS:
        return None
    return None if authors.is_junk_author(name) else name


def _marks_author(el: HtmlElement) -> bool:
    """``el`` says by its markup that it names the author: a ``rel="author"`` link, an hCard
    name (``.fn``, ``a.url``) in an author's or a vcard box, or a class of its own (or of
    its parent, when it is the parent's one link) that names the author."""
    if "author" in (el.get("rel") or "").lower().split():
        return True
    classes = (el.get("class") or "").split()
    parent = el.getparent()
    if any(_AUTHOR_CLASS.match(c) for c in classes):
        return True
    if parent is None:
        return False
    up_classes = (parent.get("class") or "").split()
    hcard = "fn" in classes or ("url" in classes and el.tag == "a")
    if hcard and any(c in ("vcard", "author") or _AUTHOR_CLASS.match(c) for c in up_classes):
        return True
    return (
        el.tag == "a"
        and len(parent.findall(".//a")) == 1
        and any(_AUTHOR_CLASS.match(c) for c in up_classes)
    )


def in_entry(el: HtmlElement, anchor: HtmlElement) -> bool:
    """``el`` is in the article's entry: an ancestor a few levels up holds ``anchor`` (the
    body's or the headline's element), and nothing between is a sidebar, a footer, a
    navigation, a box of comments or of other pages."""
    for level, up in enumerate([el, *el.iterancestors()]):
        if level > ENTRY_LEVELS or up.tag in ("body", "html"):
            return False
        if up is not el and contains(up, anchor):
            return True
        words = f"{up.get('class', '')} {up.get('id', '')}".lower()
        if (
            up.tag in ("aside", "footer", "nav", "figure")
            or _ELSEWHERE.search(words)
            or _CREDIT.search(words)
        ):
            return False
    return False


def _site_account(name: str, host: str) -> bool:
    """``name`` is the site's own account: the handle is the host's domain name ("hejfish"
    on fischerhuette.hejfish.com, "TarasFitWorld" on tarasfitworld.com), the publisher. A
    blog host's subdomain is its blogger's (surfguard.wordpress.com: "surfguard" signs)."""
    labels = host.lower().split(".")
    if len(labels) > 2 and labels[-2] in ("co", "com", "org", "net", "gov", "edu", "ac"):
        labels = labels[:-1]  # example.co.uk, example.com.vn
    key = authors.site_key(name)
    return len(labels) >= 2 and len(key) >= 3 and key == authors.site_key(labels[-2])


def handle_byline(tree: HtmlElement, anchor: HtmlElement | None, host: str = "") -> authors.Byline:
    """The login or one-word name in the article's author markup (the module's first rule),
    the first in the page's order that is not the site's own account; empty when there is
    none."""
    if anchor is None:
        return authors.Byline()
    for el in tree.iter("a", "span", "div", "p", "b", "strong", "li"):
        if not _marks_author(el):
            continue
        name = handle(text_of(el))
        if name is None or _site_account(name, host) or not in_entry(el, anchor):
            continue
        if in_comments(el) or in_teaser_list(el):
            continue
        return authors.Byline(author=name)
    return authors.Byline()


def _fold(text: str) -> str:
    return " ".join(unicodedata.normalize("NFC", text).split()).casefold()


SHOWN_CHARS = 80
#: the writer's degrees after the name on the byline ("Grant Tinsley, PhD", "Lizzie Streit,
#: MS, RDN"): the line still reads the structured name
_CREDENTIALS = re.compile(r"(?:,\s*[a-z]{2,4}\.?)+")
_LABEL = re.compile(
    r"^(?:(?:written|posted|published)\s+)?(?:by|von|par|por|door|autor|author|auteur)\s*:?\s+",
    re.I,
)


def shown(tree: HtmlElement, names: tuple[str, ...]) -> bool:
    """A short element of the page reads the first of ``names`` exactly (after a "By" label):
    the structured author is shown as the page's byline, outside a sidebar, a footer, a box
    of comments or of other pages."""
    if not names:
        return False
    want = _fold(names[0]).strip(" ,.;:|")
    last = names[0].split()[-1].strip(".")
    nodes = tree.xpath("//body//text()[contains(., $w) or contains(., $u)]", w=last, u=last.upper())
    for node in nodes:
        el = node.getparent()
        if el is not None and node.is_tail:
            el = el.getparent()
        if (
            el is None
            or not isinstance(el.tag, str)
            or el.tag in ("script", "style", "title", "noscript")
        ):
            continue
        line = _fold(_LABEL.sub("", text_of(el))).strip(" ,.;:|")
        if len(line) > SHOWN_CHARS or not (
            line == want or _CREDENTIALS.fullmatch(line[len(want) :]) and line.startswith(want)
        ):
            continue
        chain = [el, *el.iterancestors()]
        if any(
            up.tag in ("aside", "footer", "nav")
            or _ELSEWHERE.search(f"{up.get('class', '')} {up.get('id', '')}".lower())
            for up in chain
        ):
            continue
        if in_comments(el) or in_teaser_list(el):
            continue
        return True
    return False
