"""Page signals that say a page is not an article: not HTML, soft 404, listing pages,
print/duplicate views whose canonical link names another URL."""

from __future__ import annotations

import re
from collections import Counter
from urllib.parse import urlsplit

from lxml.html import HtmlElement

from pipelines.dom import (
    CARD_TITLE_WORDS,
    DROP_TAGS,
    card_headline,
    clean,
    is_card,
    iter_text,
    link_label,
    own_text,
    text_of,
)
from pipelines.urls import absolutize, same_document

HTML_TYPES = ("text/html", "application/xhtml+xml", "application/xml", "text/xml", "text/plain")
_MAGIC = (
    (b"%PDF-", "pdf"),
    (b"PK\x03\x04", "zip/office"),
    (b"\xd0\xcf\x11\xe0", "ms-office"),
    (b"\x89PNG", "png"),
    (b"GIF8", "gif"),
    (b"\xff\xd8\xff", "jpeg"),
    (b"Rar!", "rar"),
    (b"\x1f\x8b", "gzip"),
    (b"RIFF", "riff"),
    (b"ID3", "mp3"),
    (b"\x00\x00\x00", "binary"),
)
_SOFT_404_TEXT = (
    r"không tìm thấy (?:trang|nội dung|bài viết|đường dẫn|tin bài|dữ liệu bạn)"
    r"|trang (?:bạn )?(?:yêu cầu |tìm |truy cập )?không tồn tại"
    r"|(?:nội dung|bài viết|đường dẫn|liên kết|tin bài)(?: bạn tìm| bạn yêu cầu)?(?: này)?"
    r" (?:không (?:còn )?tồn tại|đã bị (?:xóa|xoá|gỡ bỏ))|page not found|lỗi 404|error 404"
)
_SOFT_404 = re.compile(_SOFT_404_TEXT, re.IGNORECASE)
# in a title or h1 a bare "404" or "Not Found" is enough
_SOFT_404_TITLE = re.compile(
    _SOFT_404_TEXT + r"|not found|(?<![\d/.,-])404(?![\d/.,-])", re.IGNORECASE
)
_SOFT_404_KEYS = ("không tìm thấy", "không tồn tại", "không còn tồn tại", "đã bị xóa", "đã bị xoá", "đã bị gỡ", "not found", "404")
SOFT_404_MAX_WORDS = 120  # a 404 page has little paragraph text
LISTING_MIN_ITEMS = 5
LISTING_MIN_CARDS = 2  # ... or this many teaser cards (dom.is_card) of one tag and class
LISTING_SHARE = 0.4  # items hold at least this share of the content column's words
LISTING_COLUMN = 0.5  # the content column: the run's smallest block holding this share of the page
LISTING_MAX_PARAGRAPH = 60  # ... and no paragraph outside them is this long (words)
LISTING_MAX_ITEM_WORDS = 80  # teasers are short: more words per block on average is text
LISTING_LINK_SHARE = 0.15  # ... and their links (titles) hold a fair share of their words


def non_html(body: bytes, content_type: str | None) -> str | None:
    """Why ``body`` is not an HTML page (for the detail), or None."""
    mime = (content_type or "").split(";", 1)[0].strip().lower()
    if mime and not mime.startswith(HTML_TYPES) and not mime.endswith("+xml"):
        return f"content-type {mime}"
    head = body[:16].lstrip()
    for magic, kind in _MAGIC:
        if head.startswith(magic):
            return f"{kind} data"
    return None


#: an href that is a path relative to the page (no scheme, no leading "/", "." or "?")
_BARE_PATH = re.compile(r"^(?![a-z][a-z0-9+.-]*:|[/.?#])", re.I)


def canonical(tree: HtmlElement, base: str) -> str | None:
    for link in tree.iter("link"):
        rels = (link.get("rel") or "").lower().split()
        if "canonical" in rels:
            href = (link.get("href") or "").strip()
            # the site's path written without its leading slash ("tin-tuc/a.html" on
            # /tin-tuc/a.html): as written it names a page under the page itself (a 404);
            # the template meant the page
            if href and _BARE_PATH.match(href):
                rooted = absolutize(base, "/" + href)
                if rooted and same_document(rooted, base):
                    return rooted
            return absolutize(base, href)
    return None


def _paragraph_words(tree: HtmlElement) -> list[int]:
    return [len(text_of(p).split()) for p in tree.iter("p")]


#: :data:`_SOFT_404_KEYS` with any run of whitespace between their words: searched in the
#: page's lower-cased text it answers as the keys in that text with its whitespace folded
#: (``re``'s ``\s`` is ``str.split``'s whitespace, code point for code point), without
#: building the folded copy of the whole page (perf16b: 0.17 ms a page less, extraction interleaved)
_SOFT_404_KEYS_RE = re.compile(
    "|".join(r"\s+".join(map(re.escape, key.split())) for key in _SOFT_404_KEYS)
)


def _has_404_key(text: str) -> bool:
    """The page's lower-cased text (read once, not once a key) holds one of the 404
    phrases, whitespace between their words folded ("không&nbsp;tìm&nbsp;thấy", a phrase
    broken over CRLF lines)."""
    return _SOFT_404_KEYS_RE.search(text) is not None


def soft_404(tree: HtmlElement, title_texts: list[str]) -> str | None:
    """The 404 phrase found on a page with almost no paragraph text, or None."""
    found = [m.group(0) for t in title_texts if t and (m := _SOFT_404_TITLE.search(t))]
    if not found and _has_404_key(tree.text_content().lower()):
        for el in tree.iter("h1", "h2", "h3", "p", "div", "span", "td"):
            text = text_of(el) if el.tag in ("h1", "h2", "h3", "p") else clean(el.text)
            if text and len(text) < 200 and (m := _SOFT_404.search(text)):
                found.append(m.group(0))
                break
    if not found:
        return None
    if sum(_paragraph_words(tree)) > SOFT_404_MAX_WORDS:
        return None
    return found[0]


def _other_page(a: HtmlElement) -> bool:
    """A link to another page: not an in-page anchor or script toggle (an accordion's
    ``<a href="#">`` question opens its answer, it is no teaser's title)."""
    href = (a.get("href") or "").strip()
    return bool(href) and not href.startswith(("#", "javascript:"))


def _link_share(items: list[HtmlElement]) -> float:
    total = sum(_words(c) for c in items)
    # (a thumbnail card's headline names its image link: the words a reader clicks)
    linked = sum(
        len(card_headline(c).split()) or sum(_words(a) or len(link_label(a).split()) for a in c.iter("a") if _other_page(a))
        for c in items
    )
    return linked / total if total else 0.0


def _words(el: HtmlElement) -> int:
    return sum(len(t.split()) for t in iter_text(el))


def listing(
    tree: HtmlElement, min_items: int = LISTING_MIN_ITEMS, heading: HtmlElement | None = None
) -> str | None:
    """Detail when the page is a list of links to other pages (category, search, tag
    pages): a run of >= 5 similar sibling blocks (or two classed teaser cards of any tag,
    :func:`pipelines.dom.is_card`), each with a link, holding a large share of the words of
    the page's content column (:func:`_column`: a portal's header, sidebar and footer
    widgets are not the listing's; ``heading``: the page's title element), and no long
    paragraph outside them."""
    body = tree.find("body")
    if body is None:
        return None
    total = _words(body)
    if total == 0:
        return None
    best = None
    for parent in body.iter():
        children = [c for c in parent if isinstance(c.tag, str) and c.tag not in DROP_TAGS]
        if len(children) < min(min_items, LISTING_MIN_CARDS):
            continue
        groups = Counter((c.tag, c.get("class", "")) for c in children)
        key, count = groups.most_common(1)[0]
        items = [c for c in children if (c.tag, c.get("class", "")) == key]
        cards = bool(key[1]) and count >= LISTING_MIN_CARDS and all(is_card(c) for c in items)
        if count < min_items and not cards:
            continue  # (two classed cards, each a headline link in a heading, are enough)
        linked = [c for c in items if any(_other_page(a) for a in c.iter("a"))]
        if len(linked) < 0.8 * len(items):
            continue
        if _related_box(parent):
            continue  # an article's "Tin liên quan" box: not the page's own list
        if _regions(items):
            continue  # the page's layout (header, menu, wrapper, footer), not a list's items
        words = sum(_words(c) for c in items)
        if words > LISTING_MAX_ITEM_WORDS * len(items) or _link_share(items) < LISTING_LINK_SHARE:
            continue  # long blocks, or few words in links: paragraphs of one text, not teasers
        if best is None or words > best[0]:
            best = (words, items, parent)
    if best is None:
        return None
    words, items, parent = best
    members = [x for item in items for x in item.iter()]  # keeps the proxies (and ids) alive
    inside = {id(x) for x in members}
    if heading is not None and id(heading) in inside:
        heading = None  # a teaser's title is no heading of the page
    column = _column(parent, words, total, heading)
    if words < LISTING_SHARE * column:
        return None
    longest = 0
    for el in body.iter("p", "div", "td", "li", "blockquote"):
        if id(el) not in inside:
            text = text_of(el) if el.tag == "p" else own_text(el)
            longest = max(longest, len(text.split()))
    if longest >= LISTING_MAX_PARAGRAPH:
        return None
    return f"{len(items)} similar linked blocks hold {words}/{column} words of the content column"


def _regions(items: list[HtmlElement]) -> bool:
    """Every block carries an id of its own, no numbered variant of another's ("top",
    "banner", "menu", "wrapper", "footer"): the regions of a page's layout, unclassed
    ``<div id=...>`` children of ``<body>``, not a list's items (an item's id, when it has
    one, is its post's number: "post-12", "post-13")."""
    ids = [item.get("id") for item in items]
    if not all(ids):
        return False
    return len({re.sub(r"\d+", "#", str(i)) for i in ids}) == len(ids)


# the heading of an article's box of links to other articles (not a section's name: "Tin mới
# nhất", "Đọc nhiều" head listings of their own too)
_RELATED_BOX = re.compile(
    r"^(?:tin liên quan|bài viết liên quan|các tin (?:liên quan|khác|đã đưa|cùng chuyên mục)|tin khác|tin đã đưa|tin cùng "
    r"chuyên mục|các bài (?:viết )?khác|bài viết khác|xem thêm|(?:các )?văn bản (?:liên quan|khác)|tài liệu liên quan"
    r"|related(?: articles| posts| news| stories)?)\s*:?$",
    re.IGNORECASE,
)
RELATED_BOX = _RELATED_BOX  # (the titles read it: such a box's heading is no headline)
RELATED_BOX_LEVELS = 3  # levels above a run its box's heading may be the first element of


def _related_box(run_parent: HtmlElement) -> bool:
    """The run sits in a box headed "Tin liên quan", "Các tin khác" (the box's first element,
    a few levels up): an article's related links, whose words are no listing's (a short
    article, a photo story, holds fewer words than its related box)."""
    for up in [run_parent, *run_parent.iterancestors()][:RELATED_BOX_LEVELS]:
        if up.tag in ("body", "html"):
            return False
        first = next((c for c in up if isinstance(c.tag, str) and c.tag not in DROP_TAGS), None)
        if first is not None and first.tag not in ("ul", "ol", "table", "li", "tr") and _RELATED_BOX.match(text_of(first)):
            return True
        if first is not None and first.tag == "tr" and first.find(".//a") is None and _RELATED_BOX.match(text_of(first)):
            return True  # a table layout heads its box in the table's first row, the items its next rows
        if up.tag == "tr" and _related_row(up):
            return True
    return False


def _related_row(row: HtmlElement) -> bool:
    """The table row right before ``row`` (the first with text) is the box's heading ("<tr><td
    class="tieudebox">Các tin khác</td></tr><tr><td><ul>...</ul></td></tr>": a table layout
    heads its box in a row of its own)."""
    for prev in row.itersiblings("tr", preceding=True):
        if text_of(prev):
            return bool(_RELATED_BOX.match(text_of(prev)))
    return False


WHOLE_POSTS_MIN = 2  # sibling blocks, each a whole post under its own linked headline
_HEADINGS = ("h1", "h2", "h3", "h4")


def whole_posts(tree: HtmlElement) -> str | None:
    """Detail when the page shows several whole posts (a blog's home, month archive or label
    page: Blogger, full-content themes): a run of at least two alike sibling blocks (one tag
    and class), each longer than a teaser (:data:`LISTING_MAX_ITEM_WORDS`) and each under a
    heading that links to another page by a headline of a few words (the post's permalink),
    the links all different. An article's own headline links nowhere else; its "Tin liên
    quan" teasers are short."""
    body = tree.find("body")
    if body is None:
        return None
    for parent in body.iter():
        children = [c for c in parent if isinstance(c.tag, str) and c.tag not in DROP_TAGS]
        if len(children) < WHOLE_POSTS_MIN:
            continue
        key, count = Counter((c.tag, c.get("class", "")) for c in children).most_common(1)[0]
        if count < WHOLE_POSTS_MIN:
            continue
        targets = []
        for item in (c for c in children if (c.tag, c.get("class", "")) == key):
            if _words(item) <= LISTING_MAX_ITEM_WORDS:
                break
            link = next(
                (a for h in item.iter(*_HEADINGS) for a in h.iter("a")
                 if _other_page(a) and len(text_of(a).split()) >= CARD_TITLE_WORDS),
                None,
            )  # fmt: skip
            if link is None:
                break
            targets.append(link.get("href"))
        else:
            if len(set(targets)) == len(targets) >= WHOLE_POSTS_MIN:
                return f"{len(targets)} whole posts, each under a headline linking to its own page"
    return None


def _column(parent: HtmlElement, run: int, total: int, heading: HtmlElement | None) -> int:
    """The words of the content column a run of blocks sits in. With the page's heading
    outside the run: the smallest block holding both, when the heading's side of it holds
    no more words than the run (``run``; the run is under the heading, a listing's; a run beside a
    column of text the heading heads, a sidebar or a "related" list, is measured against the
    whole page). With none: the smallest block holding the run and at least half of the
    page's words (``total``): a portal's header, sidebar and footer boxes are each a
    minority of the page, its content column is not. The whole page when no smaller block is."""
    ups = [parent, *parent.iterancestors()]
    if heading is not None:
        chain = [heading, *heading.iterancestors()]
        for below, up in zip(chain, chain[1:], strict=False):
            if up in ups:  # the smallest block holding both; ``below``: the heading's side
                if up.tag in ("body", "html") or _words(below) > run:
                    return total
                return _words(up)
        return total
    for up in ups:
        if up.tag in ("body", "html"):
            break
        words = _words(up)
        if words >= LISTING_COLUMN * total:
            return words
    return total


_ARTICLE_TYPES = {"article", "newsarticle", "blogposting", "reportagenews", "analysisnewsarticle"}


def declared_article(tree: HtmlElement) -> bool:
    """The page says it is one article: og:type=article or a JSON-LD Article type."""
    for meta in tree.iter("meta"):
        kind = (meta.get("property") or meta.get("name") or "").lower()
        if kind == "og:type" and (meta.get("content") or "").strip().lower() == "article":
            return True
    return bool(jsonld_types(tree) & _ARTICLE_TYPES)


_TYPE_VALUE = re.compile(r'"@type"\s*:\s*(\[[^\]]*\]|"[^"]*")')


def jsonld_types(tree: HtmlElement) -> set[str]:
    """Every ``@type`` named in the page's JSON-LD (lower case; a list names several)."""
    found: set[str] = set()
    for script in tree.iter("script"):
        if (script.get("type") or "").lower() == "application/ld+json" and script.text:
            for value in _TYPE_VALUE.findall(script.text):
                found |= {t.lower() for t in re.findall(r'"([A-Za-z]+)"', value)}
    return found


# --- pages that say what they are, and it is not an article ------------------------------

_OTHER_TYPES = {
    "product", "offer", "aggregateoffer", "itemlist", "collectionpage", "searchresultspage",
    "qapage", "question", "discussionforumposting", "faqpage", "profilepage",
    "softwareapplication",
}  # fmt: skip
_OTHER_OG = ("product", "profile", "video", "music", "books.book", "business.business")
_FORUM_URL = re.compile(
    r"/(?:threads?/|showthread|viewtopic|forums?/|discussions?/|questions/\d+|t/[^/]+/\d+|t/\d+"
    r"|topics?/\d+|community/topic)|ubbthreads|index\.php\?/topic",
    re.IGNORECASE,
)
_FORUM_SOFTWARE = re.compile(
    r"vbulletin|xenforo|phpbb|discourse|mybb|invision|vanilla|simple machines|smf|nodebb", re.I
)
_POST_CLASS = re.compile(r"\b(?:post|message|comment|reply|answer)(?:[-_](?:body|content|text))?\b")
_DOCS_HOST = ("docs.", "developer.", "developers.", "wiki.", "help.")
_DOCS_PATH = re.compile(
    r"^/(?:[a-z]{2}(?:[-_][a-z]{2})?/)?(?:docs?|documentation|manual|reference|api|guides?"
    r"|handbook|wiki|learn|tutorial)(?:/|$)",
    re.IGNORECASE,
)
_DOCS_SOFTWARE = re.compile(
    r"sphinx|docutils|mkdocs|vitepress|vuepress|docusaurus|mediawiki|gitbook|hugo|jekyll|gatsby",
    re.IGNORECASE,
)
FORUM_POSTS = 3  # post/message/comment blocks of a thread


def _meta_value(tree: HtmlElement, name: str) -> str:
    for meta in tree.iter("meta"):
        if (meta.get("property") or meta.get("name") or "").lower() == name:
            return (meta.get("content") or "").strip().lower()
    return ""


def other_page(tree: HtmlElement, url: str, dated: bool) -> tuple[str, str] | None:
    """(reason, detail) when the page shows itself as something other than an article:
    it declares another type (a product, a Q&A or forum posting, a collection); it is a
    forum thread; or, with no date, a documentation page or the site's home page. The caller only asks about pages that do not declare themselves articles.

    Left out on purpose: code blocks alone (tech articles have many) and prices with cart
    buttons (reviews have them): signals that also mark articles."""
    types = jsonld_types(tree) & _OTHER_TYPES
    if types:
        return "other_type", "JSON-LD " + ", ".join(sorted(types))
    og = _meta_value(tree, "og:type")
    if og.startswith(_OTHER_OG):
        return "other_type", f"og:type {og}"
    return page_shape(tree, url, dated)


def page_shape(tree: HtmlElement, url: str, dated: bool, wordpress: bool = True) -> tuple[str, str] | None:
    """(reason, detail) for a forum thread (post blocks at a forum URL) or, with no date, a
    documentation page or the site's home page: what a page is by its URL and furniture,
    whatever type it declares (:func:`other_page`'s checks but the declared types);
    ``wordpress=False``: WordPress's static-page mark (:func:`wordpress_page`) is not asked."""
    parts = urlsplit(url)
    generator = _meta_value(tree, "generator")
    posts = sum(1 for el in tree.iter() if isinstance(el.tag, str) and _POST_CLASS.search(el.get("class") or ""))
    where = parts.path + (f"?{parts.query}" if parts.query else "")
    if _FORUM_URL.search(where) and (posts >= FORUM_POSTS or _FORUM_SOFTWARE.search(generator)):
        return "forum", f"{posts} post blocks at a forum URL"
    if dated:
        return None
    code = sum(1 for _ in tree.iter("pre", "code"))
    host = (parts.hostname or "").lower()
    if (host.startswith(_DOCS_HOST) or _DOCS_PATH.search(parts.path)) and (
        code or _DOCS_SOFTWARE.search(generator)
    ):
        return "documentation", "documentation URL, no date"
    if parts.path in ("", "/") and not parts.query:
        return "site_root", "the home page, no date"
    if wordpress and wordpress_page(tree):
        return "other_type", "a page WordPress marks as a static page (not a post), no date"
    return None


def wordpress_page(tree: HtmlElement) -> bool:
    """WordPress marks a static page as one: ``<body class="page page-id-42">`` or an
    ``<article class="page type-page">``, where a post is ``single-post`` / ``type-post``
    (an English edition's "Investment incentives", "Investment procedures")."""
    body = tree.find(".//body") if tree.tag != "body" else tree
    classes = set(((body.get("class") if body is not None else None) or "").split())
    typed = {c for el in tree.iter("article", "div") for c in (el.get("class") or "").split() if c.startswith("type-")}
    if "single-post" in classes or "single" in classes or "type-post" in typed:
        return False
    marked_body = "page" in classes and any(c.startswith(("page-id-", "page-template")) for c in classes)
    return marked_body or "type-page" in typed

