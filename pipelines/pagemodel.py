"""A small learned page-typing model for the single-page path: is this page an article?

The hand rules of :mod:`pipelines.classify` and :mod:`pipelines.pagekind` refuse what says
plainly what it is; the pages left (service and product pages, forum threads, collections,
documentation that carry a date or call themselves articles) differ from articles by many
weak signals at once. :func:`features` measures them on the page the extraction stages
already read (structure, links, forms, prices, paragraphs, the URL's shape), and
:func:`not_article_score` runs a gradient-boosted tree ensemble over them: a few hundred
numbers kept in ``pagemodel.json`` beside this module, read once, applied in pure Python
(deterministic, no dependency at run time).

The model is trained by ``python -m benchmarks.train_page_typing`` (scikit-learn, fixed
seed) on the tuning half of the public benchmarks with ``page_type`` (WCXB) and on the
development fixture families; its threshold is chosen on cross-validated scores so that
articles are kept. The held-out half is only scored.
"""

from __future__ import annotations

import json
import math
import re
from functools import lru_cache
from pathlib import Path
from urllib.parse import urlsplit

from lxml.html import HtmlElement

from pipelines import signals
from pipelines.content import Text
from pipelines.datefind import FoundDates
from pipelines.dom import DROP_TAGS, clean, iter_text, text_of
from pipelines.page import Page

MODEL_FILE = Path(__file__).with_name("pagemodel.json")

_PRICE = re.compile(r"(?:[$€£¥₫]\s?\d|\d[\d.,]*\s?(?:đ|₫|vnđ|vnd|usd|eur)\b)", re.I)
_CART = re.compile(r"add to (?:cart|bag|basket)|buy now|checkout|giỏ hàng|mua ngay|đặt hàng", re.I)
_U_PRODUCT = re.compile(r"/(?:products?|shop|store|item|p|dp|buy|pricing|plans?)(?:/|$)", re.I)
_U_DOCS = re.compile(r"/(?:docs?|documentation|wiki|manual|guides?|reference|api|learn|help|support|kb|faq)(?:/|$)", re.I)
_U_FORUM = re.compile(r"/(?:forums?|threads?|topics?|community|discussions?|questions?|t|viewtopic)(?:/|$|\.)", re.I)
_U_LIST = re.compile(r"/(?:category|categories|tags?|topics|archives?|collections?|search|page/\d+|chuyen-muc|danh-muc)(?:/|$)", re.I)
_U_STORY = re.compile(r"/(?:blog|news|articles?|stor(?:y|ies)|posts?|tin-tuc|bai-viet|tin)(?:/|$)|/(?:19|20)\d{2}/\d{1,2}/", re.I)
_U_DATE = re.compile(r"/(?:19|20)\d{2}/\d{1,2}(?:/|$)|(?:19|20)\d{2}-\d{2}-\d{2}")
_U_ID = re.compile(r"\d{4,}")
_ENDS = (".", "!", "?", "…", '"', "”", ":")

# (no count of code blocks: tech articles have many, and code alone is no sign that a page is
# documentation, see signals.other_page)
FEATURES = (
    "u_depth", "u_slug_words", "u_id", "u_date", "u_query", "u_ext", "u_product", "u_docs",
    "u_forum", "u_list", "u_story",
    "words_page", "words_body", "body_share", "paragraphs", "mean_par", "max_par",
    "sentence_share", "question_share", "link_share_page", "link_share_body", "links",
    "forms", "inputs", "buttons", "headings", "list_items", "li_share", "tables",
    "images", "prices", "cart", "posts", "dated", "date_meta", "declared", "other_type",
    "og_website", "article_el", "time_el", "listing_items", "listing_share", "title_words",
    "byline", "short_share", "heading_density", "cta", "you_share", "we_share", "forum_words",
    "date_page", "by_line", "short_links",
    "h_forum", "h_docs", "h_shop", "jl_article", "jl_product", "jl_forum", "jl_docs", "jl_business",
    "jl_list", "jl_faq", "og_article", "p_share", "c_product", "c_forum", "c_docs", "c_card",
    "c_rating", "c_user", "c_nav", "c_pager", "c_testimonial", "c_article", "c_comment",
    "anchored_headings", "nav_links", "tel_links", "selects", "blockquotes", "edit_page",
    "toc", "stock", "reply_links", "longest_at",
)  # fmt: skip
_CTA = re.compile(
    r"^(?:get started|sign up|contact us|book(?: now| online| a \w+)?|request (?:a )?(?:quote|demo|"
    r"consultation)|learn more|shop(?: now)?|buy|free trial|start (?:your )?free|schedule|call(?: us)?"
    r"(?: now| today)?|get (?:a )?(?:quote|estimate|in touch)|subscribe|try (?:it )?(?:free|now)|"
    r"order now|apply now|donate|view (?:details|product)|see (?:pricing|plans)|liên hệ|đăng ký|mua ngay)\b",
    re.I,
)
_YOU = re.compile(r"\b(?:you|your|yours)\b|\bbạn\b|quý khách", re.I)
_WE = re.compile(r"\b(?:we|our|us)\b|chúng tôi", re.I)
_FORUM_WORDS = re.compile(r"\b(?:reply|replies|joined|posts:|quote|thread|reputation|member since)\b", re.I)
_H_FORUM = re.compile(r"^(?:forums?|community|discuss|discussions?|boards?|bbs|talk)\.", re.I)
_H_DOCS = re.compile(r"^(?:docs?|developers?|dev|support|help|learn|wiki|kb|api|manual)\.", re.I)
_H_SHOP = re.compile(r"^(?:shop|store|buy)\.", re.I)
# words in class and id names, counted per group in one pass over the page
_CLASS_GROUPS = {
    "c_product": re.compile(r"product|price|cart|sku|add-to|variant|checkout|woocommerce", re.I),
    "c_forum": re.compile(r"forum|thread|topic|bbp|xenforo|vbulletin|phpbb|discourse|postbit|message", re.I),
    "c_docs": re.compile(r"docs?[-_]|sidebar-?nav|toctree|menu-?toc|doc-?nav|theme-doc|md-nav|rst-|sphinx|docusaurus", re.I),
    "c_card": re.compile(r"\b(?:card|tile|grid-item|product-item|teaser|item-card)", re.I),
    "c_rating": re.compile(r"rating|stars?\b|review-?score", re.I),
    "c_user": re.compile(r"avatar|username|user-?name|userinfo|user-?details|member|poster", re.I),
    "c_nav": re.compile(r"\bnav|menu|breadcrumb", re.I),
    "c_pager": re.compile(r"pagination|pager|page-numbers|next-?page|load-?more", re.I),
    "c_testimonial": re.compile(r"testimonial|cta|call-to-action|hero|pricing|plan", re.I),
    "c_article": re.compile(r"article|entry-content|post-content|story|byline|author|dateline|published", re.I),
    "c_comment": re.compile(r"comment", re.I),
}
_EDIT = re.compile(r"edit (?:this page|on github)|improve this (?:page|doc)|view source|suggest an edit", re.I)
_TOC = re.compile(r"^(?:on this page|table of contents|contents|in this (?:article|section|page))$", re.I)
_STOCK = re.compile(r"\b(?:in stock|out of stock|sku|add to wishlist|quantity|free shipping|qty)\b", re.I)
_REPLY = re.compile(r"^(?:reply|quote|report|like|share|permalink|#\d+)$", re.I)
_BY_HEAD = re.compile(r"(?:by|posted by|written by|tác giả|bài)\b", re.I)
_BY = re.compile(r"^(?:by|posted by|written by|tác giả:?|bài:?)\s+\S", re.I)


def _log(n: float) -> float:
    return math.log1p(max(n, 0.0))


def _words(el: HtmlElement) -> int:
    return sum(len(t.split()) for t in iter_text(el))


def _url_features(url: str) -> dict[str, float]:
    parts = urlsplit(url)
    segments = [s for s in parts.path.split("/") if s]
    slug = max((len(re.split(r"[-_+]+", s)) for s in segments), default=0)
    return {
        "u_depth": len(segments),
        "u_slug_words": slug,
        "u_id": float(bool(_U_ID.search(parts.path))),
        "u_date": float(bool(_U_DATE.search(parts.path))),
        "u_query": float(bool(parts.query)),
        "u_ext": float(bool(re.search(r"\.(?:s?html?|aspx?|php|jsp)$", parts.path, re.I))),
        "u_product": float(bool(_U_PRODUCT.search(parts.path))),
        "u_docs": float(bool(_U_DOCS.search(parts.path))),
        "u_forum": float(bool(_U_FORUM.search(parts.path))),
        "u_list": float(bool(_U_LIST.search(parts.path + "/"))),
        "u_story": float(bool(_U_STORY.search(parts.path))),
    }


def _listing_shape(root: HtmlElement, total: int) -> tuple[float, float]:
    """The longest run of alike sibling blocks that each hold a link, and its share of the
    page's words (a listing's teasers, a forum's posts, a shop's products)."""
    best, share = 0, 0.0
    for parent in root.iter():
        children = [c for c in parent if isinstance(c.tag, str) and c.tag not in DROP_TAGS]
        if len(children) < 3:
            continue
        counts: dict[tuple[str, str], list[HtmlElement]] = {}
        for c in children:
            counts.setdefault((c.tag, c.get("class", "")), []).append(c)
        items = max(counts.values(), key=len)
        linked = [c for c in items if c.tag == "a" or c.find(".//a[@href]") is not None]
        if len(linked) >= 3 and len(linked) >= 0.8 * len(items) and len(linked) > best:
            best = len(linked)
            share = sum(_words(c) for c in items) / total if total else 0.0
    return float(best), share


def features(page: Page, text: Text, dates: FoundDates) -> list[float]:
    """The model's inputs for one page, in :data:`FEATURES` order."""
    tree = page.tree
    root = tree.find("body")
    if root is None:
        root = tree
    total = _words(root)
    paragraphs = text.paragraphs
    lengths = [len(p.split()) for p in paragraphs]
    body_words = sum(lengths)
    link_words = sum(_words(a) for a in root.iter("a"))
    body_el = text.element
    body_links = sum(_words(a) for a in body_el.iter("a")) if body_el is not None else 0
    body_total = _words(body_el) if body_el is not None else 0
    li = list(root.iter("li"))
    types = signals.jsonld_types(tree)
    og = ""
    for meta in tree.iter("meta"):
        if (meta.get("property") or meta.get("name") or "").lower() == "og:type":
            og = (meta.get("content") or "").strip().lower()
    buttons = [text_of(b) for b in root.iter("button")] + [
        (i.get("value") or "") for i in root.iter("input") if (i.get("type") or "").lower() in ("submit", "button")
    ]
    page_text = " ".join(iter_text(root))
    items, share = _listing_shape(root, total)
    posts = sum(
        1 for el in root.iter() if isinstance(el.tag, str) and signals._POST_CLASS.search(el.get("class") or "")  # noqa: SLF001
    )
    anchors = [text_of(a) for a in root.iter("a")]
    # (only elements whose own text opens like a byline are read whole: reading every
    # container's text would cost as much as all the other features together)
    short_lines = [
        t
        for t in (
            text_of(el)
            for el in root.iter("p", "span", "div", "a", "address")
            if el.text and _BY_HEAD.match(el.text.lstrip())
        )
        if t and len(t) <= 80
    ]
    values = {
        **_url_features(page.url),
        "words_page": _log(total),
        "words_body": _log(body_words),
        "body_share": body_words / total if total else 0.0,
        "paragraphs": _log(len(paragraphs)),
        "mean_par": body_words / len(paragraphs) if paragraphs else 0.0,
        "max_par": float(max(lengths, default=0)),
        "sentence_share": sum(p.rstrip().endswith(_ENDS) for p in paragraphs) / len(paragraphs) if paragraphs else 0.0,
        "question_share": sum(p.rstrip().endswith("?") for p in paragraphs) / len(paragraphs) if paragraphs else 0.0,
        "link_share_page": link_words / total if total else 0.0,
        "link_share_body": body_links / body_total if body_total else 0.0,
        "links": _log(sum(1 for _ in root.iter("a"))),
        "forms": _log(sum(1 for _ in root.iter("form"))),
        "inputs": _log(sum(1 for _ in root.iter("input", "select", "textarea"))),
        "buttons": _log(len(buttons)),
        "headings": _log(sum(1 for _ in root.iter("h1", "h2", "h3"))),
        "list_items": _log(len(li)),
        "li_share": sum(_words(x) for x in li if x.getparent() is None or x.getparent().tag != "li") / total if total else 0.0,
        "tables": _log(sum(1 for _ in root.iter("table"))),
        "images": _log(sum(1 for _ in root.iter("img"))),
        "prices": _log(len(_PRICE.findall(page_text))),
        "cart": float(bool(_CART.search(" ".join(buttons) + " " + " ".join(text_of(a) for a in root.iter("a"))))),
        "posts": _log(posts),
        "dated": float(dates.published is not None),
        "date_meta": float(dates.source in ("meta", "jsonld")),
        "declared": float(page.declared),
        "other_type": float(bool(types - {"article", "newsarticle", "blogposting", "webpage", "organization", "website", "breadcrumblist", "person", "imageobject", "wpheader", "wpfooter", "sitenavigationelement"})),
        "og_website": float(og == "website"),
        "article_el": _log(sum(1 for _ in root.iter("article"))),
        "time_el": _log(sum(1 for _ in root.iter("time"))),
        "listing_items": _log(items),
        "listing_share": share,
        "title_words": float(len((page.title or "").split())),
        "byline": float(
            any((m.get("name") or "").lower() == "author" for m in tree.iter("meta"))
            or any("author" in (el.get("rel") or el.get("class") or "") for el in root.iter("a", "span", "div", "p"))
        ),
    }
    words_all = max(1, len(page_text.split()))
    values.update(
        short_share=sum(n < 10 for n in lengths) / len(lengths) if lengths else 0.0,
        heading_density=sum(1 for _ in root.iter("h2", "h3", "h4")) / (body_words / 100 + 1),
        cta=_log(sum(1 for t in anchors + buttons if t and len(t) <= 40 and _CTA.match(t.strip()))),
        you_share=len(_YOU.findall(page_text)) / words_all * 100,
        we_share=len(_WE.findall(page_text)) / words_all * 100,
        forum_words=_log(len(_FORUM_WORDS.findall(page_text))),
        date_page=float(dates.source in ("page", "foot") and dates.published is not None),
        by_line=float(any(_BY.match(t) for t in short_lines[:400])),
        short_links=sum(1 for t in anchors if t and len(t.split()) <= 3) / len(anchors) if anchors else 0.0,
    )
    values.update(_more(page, root, types, og, total, anchors, page_text))
    return [float(values[name]) for name in FEATURES]


@lru_cache(maxsize=4096)
def _class_groups(names: str) -> tuple[str, ...]:
    """The groups of :data:`_CLASS_GROUPS` an element's class and id names fall in (pages
    repeat the same names: one look each)."""
    return tuple(key for key, pattern in _CLASS_GROUPS.items() if pattern.search(names))


def _more(
    page: Page, root: HtmlElement, types: set[str], og: str, total: int, anchors: list[str], page_text: str
) -> dict[str, float]:
    """Per-type signals: the host's name, JSON-LD types, class names, docs' and forums' furniture."""
    host = (urlsplit(page.url).hostname or "").lower()
    counts = dict.fromkeys(_CLASS_GROUPS, 0)
    p_words = anchored = nav_links = blockquotes = selects = 0
    longest, longest_at, position = 0, 0.0, 0
    for el in root.iter():
        if not isinstance(el.tag, str):
            continue
        position += 1
        names = (el.get("class") or "") + " " + (el.get("id") or "")
        if names != " ":
            for key in _class_groups(names):
                counts[key] += 1
        tag = el.tag
        if tag == "p":
            n = len(text_of(el).split())
            p_words += n
            if n > longest:
                longest, longest_at = n, position
        elif tag in ("h2", "h3", "h4") and (el.get("id") or el.find(".//a[@href]") is not None and (el.find(".//a[@href]").get("href") or "").startswith("#")):
            anchored += 1
        elif tag == "nav":
            nav_links += sum(1 for _ in el.iter("a"))
        elif tag == "blockquote":
            blockquotes += 1
        elif tag == "select":
            selects += 1
    short = [t for t in anchors if t and len(t) <= 40]
    return {
        "h_forum": float(bool(_H_FORUM.match(host))),
        "h_docs": float(bool(_H_DOCS.match(host))),
        "h_shop": float(bool(_H_SHOP.match(host))),
        "jl_article": float(bool(types & {"article", "newsarticle", "blogposting", "reportagenewsarticle", "analysisnewsarticle", "opinionnewsarticle", "scholarlyarticle", "liveblogposting"})),
        "jl_product": float(bool(types & {"product", "offer", "aggregateoffer", "aggregaterating", "productgroup", "itemavailability"})),
        "jl_forum": float(bool(types & {"discussionforumposting", "qapage", "question", "answer", "comment", "socialmediaposting"})),
        "jl_docs": float(bool(types & {"techarticle", "apireference", "howto", "softwaresourcecode", "softwareapplication"})),
        "jl_business": float(bool(types & {"localbusiness", "service", "professionalservice", "homeandconstructionbusiness", "organization", "corporation", "educationalorganization", "ngo", "store", "movingcompany", "offercatalog"})),
        "jl_list": float(bool(types & {"itemlist", "collectionpage", "searchresultspage", "listitem"})),
        "jl_faq": float(bool(types & {"faqpage"})),
        "og_article": float(og == "article"),
        "p_share": p_words / total if total else 0.0,
        **{key: _log(n) for key, n in counts.items()},
        "anchored_headings": _log(anchored),
        "nav_links": _log(nav_links),
        "tel_links": _log(sum(1 for a in root.iter("a") if (a.get("href") or "").startswith(("tel:", "mailto:")))),
        "selects": _log(selects),
        "blockquotes": _log(blockquotes),
        "edit_page": float(any(_EDIT.search(t) for t in short)),
        "toc": float(any(
            len(h) == 0 and h.text and len(h.text) <= 60 and _TOC.match(clean(h.text))
            for h in root.iter("h2", "h3", "h4", "h5", "h6", "strong", "p", "span", "div", "button")
        )),
        "stock": _log(len(_STOCK.findall(page_text))),
        "reply_links": _log(sum(1 for t in short if _REPLY.match(t.strip()))),
        "longest_at": longest_at / position if position else 0.0,
    }


@lru_cache(maxsize=1)
def _model() -> dict | None:
    if not MODEL_FILE.is_file():
        return None
    data = json.loads(MODEL_FILE.read_text(encoding="utf-8"))
    return data if tuple(data.get("features", ())) == FEATURES else None


def _tree_value(nodes: list[list[float]], x: list[float]) -> float:
    node = 0
    while True:
        feature, threshold, left, right, value = nodes[node]
        if feature < 0:
            return value
        node = int(left) if x[int(feature)] <= threshold else int(right)


def not_article_score(x: list[float]) -> float | None:
    """The model's probability that the page is not an article (None: no model shipped)."""
    model = _model()
    if model is None:
        return None
    raw = model["init"] + model["learning_rate"] * sum(_tree_value(t, x) for t in model["trees"])
    return 1.0 / (1.0 + math.exp(-raw))


def threshold() -> float:
    model = _model()
    return float(model["threshold"]) if model else 1.0
