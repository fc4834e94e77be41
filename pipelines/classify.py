"""The classify stage: is this page an article? Each check returns a NotAnArticle or None.

Three moments, each with what it needs and nothing more:

- :func:`classify_url`, before the page is even parsed: the profile's ``links.article``.
- :func:`classify_page`, on the parsed page: a canonical link naming another document,
  the profile's ``selectors.article``, a soft 404, a listing (>= 5 similar linked blocks).
- :func:`classify_text`, once the body and the dates are known: a listing of 3-4 blocks
  with no date near the title, teasers ending in "..." with no date, page N of a listing,
  a page that shows itself as something else (``signals.other_page``: a product, forum
  thread or Q&A, documentation or the home page with no date), a photo gallery (four
  pictures or more and under 50 words besides their captions), too little text, no title.

A page whose body selector matches, that declares itself an article (og:type, JSON-LD) or
that matches ``selectors.article`` is trusted: no listing or teaser check runs on it.
"""

from __future__ import annotations

import re
from functools import lru_cache

from config.profile import SiteProfile
from pipelines import body, pagecontent, pagekind, pagemodel, signals
from pipelines.content import Text
from pipelines.datefind import FoundDates
from pipelines.dom import text_of
from pipelines.metadata import find_byline
from pipelines.page import Page, emptied_by
from pipelines.record import NotAnArticle
from pipelines.urls import absolutize, canonicalize, is_site_root, same_document

MIN_WORDS = 40  # fewer body words: not an article (unless it carries attachments)
MIN_WORDS_DECLARED = 12  # ... for a page that declares itself an article (og:type, JSON-LD)
# body words from which an undated page declaring itself an article is not refused by
# WordPress's static-page mark alone (a long read published as a WordPress "page")
WORDPRESS_DECLARED_WORDS = 300
TEASER_SHARE = 0.5  # paragraphs ending in "..." on a page with no date: a listing


@lru_cache(maxsize=256)
def _url_rules(patterns: tuple[str, ...]) -> tuple[re.Pattern[str], ...]:
    return tuple(re.compile(p) for p in patterns)


def classify_url(url: str, profile: SiteProfile) -> NotAnArticle | None:
    """The profile's article URL rules (the URL is also tried without tracking parameters)."""
    if not profile.links.article:
        return None
    clean_url = canonicalize(url)
    rules = _url_rules(tuple(profile.links.article))
    if any(rule.search(u) for rule in rules for u in (url, clean_url)):
        return None
    return NotAnArticle(url, "not_article_url", "no links.article rule matches")


def trusted(page: Page) -> bool:
    """The page says it is an article, or the profile says so: no listing checks."""
    return page.declared or page.body_el is not None or page.marked_article


def classify_page(page: Page) -> NotAnArticle | None:
    url, canonical = page.url, page.canonical
    if (
        canonical
        and not is_site_root(canonical)
        and not same_document(canonical, url)
        and page.part is None
    ):
        return NotAnArticle(url, "duplicate_of_canonical", canonical)
    if page.profile.selectors.article and not page.marked_article:
        return NotAnArticle(url, "not_article_selector", "no selectors.article element")
    h1 = page.tree.find(".//h1")
    head_title = page.tree.find(".//title")
    phrase = signals.soft_404(
        page.tree,
        [
            page.title or "",
            text_of(h1) if h1 is not None else "",
            text_of(head_title) if head_title is not None else "",
        ],
    )
    if phrase:
        return NotAnArticle(url, "soft_404", phrase)
    if not trusted(page):
        detail = signals.listing(page.tree, heading=page.title_el) or signals.whole_posts(page.tree)
        if detail:
            return NotAnArticle(url, "listing", detail)
    return None


def classify_text(page: Page, text: Text, dates: FoundDates) -> NotAnArticle | None:
    url = page.url
    if not trusted(page) and page.part is None:
        # (a listing's date is often its first teaser's: the check runs on dated pages too)
        detail = signals.listing(page.tree, min_items=3, heading=page.title_el)
        if detail:
            return NotAnArticle(url, "listing", detail)
    if not trusted(page) and page.part is None and dates.published is None:
        # (on the lines as read and as kept: a portal's widgets, learned chrome, dilute the first)
        if teasers(text.generic) or teasers(text.paragraphs):
            return NotAnArticle(url, "listing", "teasers ending in '...' and no date")
    if not trusted(page) and page.part is None and dates.published is not None:
        # every line a sapo cut with "...": a short category's teasers (two notices), the
        # page dated by its first teaser's day; an article's lines are not all cut
        if teasers(text.generic, 1.0) and teasers(text.paragraphs, 1.0):
            return NotAnArticle(url, "listing", "every line a teaser ending in '...'")
    if not trusted(page) and page.part is not None:
        if teasers(text.generic, 1.0) or teasers(text.paragraphs, 1.0):
            return NotAnArticle(url, "listing", "page N of a listing: only teasers ending in '...'")
        detail = signals.listing(page.tree, min_items=2, heading=page.title_el)
        if detail:
            return NotAnArticle(url, "listing", f"page N of a listing: {detail}")
    if not trusted(page) and _teaser_body(page, text):
        return NotAnArticle(url, "listing", "the text is a teaser of another page (its linked title)")
    if not trusted(page) and dates.published is None and _dated_index(page, text):
        return NotAnArticle(url, "listing", "dated links to other pages beside a short text, no date")
    if not trusted(page) and _teaser_list(page, text):
        return NotAnArticle(url, "listing", "most of the text is other pages' linked titles and sapos")
    copy = _copy_kind(page, text)
    if copy is not None:  # (whatever the page declares itself)
        return NotAnArticle(url, "other_type", copy)
    if not trusted(page):
        other = signals.other_page(page.tree, url, dates.published is not None)
        if other is not None and not _video_report(other, page, text, dates):
            return NotAnArticle(url, *other)
    if not trusted(page) or _unchecked(page):
        other = _page_kind(page, text, dates)
        if other is not None:
            return NotAnArticle(url, *other)
    if (not trusted(page) or _unchecked(page)) and _gallery(page, text):
        return NotAnArticle(url, "other_type", "a photo gallery: pictures and a caption")
    if not text.had_text and not text.attachments:
        return NotAnArticle(url, "too_short", _short_detail(page, "no body text"))
    words = sum(len(p.split()) for p in text.paragraphs)
    minimum = MIN_WORDS_DECLARED if page.declared or page.marked_article or _photo_story(page, text) else MIN_WORDS
    if words < minimum and not text.attachments:
        return NotAnArticle(url, "too_short", _short_detail(page, f"{words} words"))
    if not page.title:
        return NotAnArticle(url, "no_title", "no title selector, og:title, h1 or <title>")
    # the learned page typing model, trained on pages that are not Vietnamese, for such
    # pages; Vietnamese portals' pages are typed by the rules above and the site model
    if page.body_el is None and not page.marked_article and not pagekind.vietnamese(
        " ".join(text.paragraphs)
    ):
        # a page that declares itself an article skipped the shape checks above: a forum
        # thread, undated documentation or the undated home page is none all the same
        # (WordPress's static-page mark is not asked of a long page declaring itself an
        # article: themes and SEO plugins publish guides and long reads as "pages" with
        # og:type article or a JSON-LD Article; the learned model weighs such a page)
        long_declared = page.declared and words >= WORDPRESS_DECLARED_WORDS
        shape = signals.page_shape(page.tree, url, dates.published is not None, wordpress=not long_declared)
        if shape is not None:
            return NotAnArticle(url, *shape)
        score = pagemodel.not_article_score(pagemodel.features(page, text, dates))
        if score is not None and score >= pagemodel.threshold():
            return NotAnArticle(url, "typed_other", f"the page typing model: {score:.3f}")
    return None


GALLERY_MIN_IMAGES = 4  # a body of this many pictures or more ...
GALLERY_MAX_WORDS = 50  # ... and fewer words than this besides their captions: a gallery


def _gallery(page: Page, text: Text) -> bool:
    """A photo gallery ("Thư viện ảnh", an album): pictures with their captions and a
    date, no text of its own (a photo story has its text beside its pictures: one sentence
    of :data:`STORY_LINE_WORDS` words or more besides the captions makes it one). Its pictures are the
    body's, or the page's own (not linked, not in a header, menu, footer or aside: a grid
    of pictures is often no body to the generic extractor)."""
    if max(len(text.images), _own_pictures(page)) < GALLERY_MIN_IMAGES:
        return False
    captions = {i.caption for i in text.images if i.caption} | {i.alt for i in text.images if i.alt}
    # (a grid the body stage did not read as pictures: the page's own captions)
    captions |= {text_of(c) for c in page.tree.iter("figcaption")}
    own = [p for p in text.paragraphs if p not in captions]
    if any(_story_line(p) for p in own):
        return False  # a photo story: its pictures beside a text of its own, a sentence or more
    return sum(len(p.split()) for p in own) < GALLERY_MAX_WORDS


def _photo_story(page: Page, text: Text) -> bool:
    """A photo story: :data:`GALLERY_MIN_IMAGES` pictures or more beside a sentence of text
    of its own (:func:`_story_line`); its pictures say what a text's words would, so it needs
    no more words than a page that declares itself an article."""
    if max(len(text.images), _own_pictures(page)) < GALLERY_MIN_IMAGES:
        return False
    return any(_story_line(p) for p in text.paragraphs)


STORY_LINE_WORDS = 12  # a line of a photo story's own text: a sentence this long at least
_SENTENCE_END = re.compile(r"[.!?…]\s*[\"”’)]?\s*$")


# an album's line introducing its pictures ("Một số hình ảnh tại đêm khai mạc ...", "Chùm
# ảnh: ...", "Mời bạn đọc cùng xem ..."), no story of its own
_ALBUM_INTRO = re.compile(
    r"^(?:(?:một số|một vài|những|các|dưới đây là(?: một số)?)\s+)?(?:hình ảnh|bức ảnh|ảnh|chùm ảnh|khoảnh khắc)\b"
    r"|^(?:mời (?:bạn đọc|quý vị|độc giả)|cùng (?:nhìn lại|xem))\b",
    re.IGNORECASE,
)


def _story_line(line: str) -> bool:
    """A sentence of text (:data:`STORY_LINE_WORDS` words or more, ending as one) that is no
    album's introduction of its pictures: an album's lines are its date, its name, "Một số
    hình ảnh tại ..." and "Ảnh: ..." credits."""
    line = line.strip()
    return len(line.split()) >= STORY_LINE_WORDS and bool(_SENTENCE_END.search(line)) and not _ALBUM_INTRO.match(line)


_FRAME_TAGS = {"header", "nav", "footer", "aside", "a"}


_DECOR = re.compile(r"spacer|blank|icon|logo|banner|bullet|arrow|\.gif(?:$|\?)", re.IGNORECASE)
PICTURE_MIN_PX = 100  # a declared width or height under this: an icon, a spacer


def _own_pictures(page: Page) -> int:
    """The page's pictures: not linked, not in a header, menu, footer or aside, not an icon,
    logo, banner or spacer (old table layouts hold many)."""
    body_el = page.tree.find("body")
    if body_el is None:
        return 0
    count = 0
    for img in body_el.iter("img"):
        if _DECOR.search(img.get("src") or "") or any(up.tag in _FRAME_TAGS for up in img.iterancestors()):
            continue
        sizes = [img.get(k) or "" for k in ("width", "height")]
        if any(v.isdigit() and int(v) < PICTURE_MIN_PX for v in sizes):
            continue
        count += 1
    return count


TEASER_MAX_WORDS = 120  # a body this short whose first line links elsewhere is a teaser


def _teaser_body(page: Page, text: Text) -> bool:
    """The body is short and opens with the text of a link to another page of the site:
    a section page holding one teaser (its linked title, a date, a sapo), not an article."""
    paragraphs = text.paragraphs
    if not paragraphs or sum(len(p.split()) for p in paragraphs) > TEASER_MAX_WORDS:
        return False
    head = pagecontent.undated_title(paragraphs[0]).casefold()  # "Title (22/02/2024)" too
    here = canonicalize(page.url)
    for a in page.tree.iter("a") if len(head.split()) >= 4 else ():
        href = a.get("href")
        if href and text_of(a).casefold() == head:
            target = canonicalize(absolutize(page.base, href) or "")
            if target and target != here and not same_document(target, here):
                return True
    # or most of it is the sapo under another page's linked title (the title not extracted)
    if pagecontent.teaser_sapo(page.tree, page.base, page.url, paragraphs):
        return True
    # or a line is another page's linked title (a date after it) and the next its cut sapo:
    # the last page of a listing, holding one teaser under the section's name
    return pagecontent.cut_teaser(page.tree, page.base, page.url, paragraphs)


def _dated_index(page: Page, text: Text) -> bool:
    """A short text beside three links or more to other pages of the site, each with its
    date, in the title's and body's block: an event's or a contest's index of its
    announcements (the caller asks it of pages with no date of their own)."""
    if sum(len(p.split()) for p in text.paragraphs) > TEASER_MAX_WORDS:
        return False
    root = text.container if text.container is not None else (
        text.element.getparent() if text.element is not None else None
    )  # fmt: skip
    return pagecontent.dated_links(root, page.base, page.url) >= pagecontent.DATED_LINKS_MIN


TEASER_LIST_MIN = 2  # linked titles of other pages in the body ...
TEASER_LIST_SHARE = 0.5  # ... which, with the line after each, hold this share of its words


def _teaser_list(page: Page, text: Text) -> bool:
    """The body is mostly other pages' teasers: two linked titles of other pages of the
    site or more, each followed by its sapo, holding half of its words (an event's or a
    topic's landing page introducing a few articles; too few for a listing's run of alike
    blocks). Read on the lines before learned chrome (a title many listings show is chrome)."""
    paragraphs = text.generic or text.paragraphs
    total = sum(len(p.split()) for p in paragraphs)
    if total == 0 or len(paragraphs) < 2 * TEASER_LIST_MIN:
        return False
    here = canonicalize(page.url)
    linked: set[str] = set()
    for a in page.tree.iter("a"):
        href, label = a.get("href"), text_of(a).casefold()
        if href and len(label.split()) >= 4:
            target = canonicalize(absolutize(page.base, href) or "")
            if target and target != here and not same_document(target, here):
                linked.add(label)
    count = words = 0
    for line, after in zip(paragraphs, paragraphs[1:], strict=False):
        # a linked title and its sapo (not the next title of a list of links); the title's
        # line may carry its date after the link ("... (26/02/2024)": a WebForms grid)
        title, next_title = pagecontent.undated_title(line), pagecontent.undated_title(after)
        if title.casefold() in linked and next_title.casefold() not in linked and len(after.split()) >= 8:
            count += 1
            words += len(line.split()) + len(after.split())
    return count >= TEASER_LIST_MIN and words >= TEASER_LIST_SHARE * total


_LISTING_KINDS = {"search": "a search page", "tag": "a tag page", "author": "an author's page",
                  "calendar": "a calendar, schedule or date archive"}  # fmt: skip
_OTHER_KINDS = {"login": "a login page", "qa": "a question and answer page"}


def _page_kind(page: Page, text: Text, dates: FoundDates) -> tuple[str, str] | None:
    """(reason, detail) for a page that says what it is by its URL, its fields or, with no
    date, its name (:mod:`pipelines.pagekind`)."""
    kind = pagekind.url_kind(page.url)
    if kind in _LISTING_KINDS:
        return "listing", f"{_LISTING_KINDS[kind]} (URL)"
    if kind in _OTHER_KINDS:
        return "other_type", f"{_OTHER_KINDS[kind]} (URL)"
    if page.title and pagekind.SCHEDULE_HEAD.match(page.title):
        return "listing", "a schedule (its heading)"
    if page.title and pagekind.LOGIN_HEAD.match(page.title):
        return "other_type", "a login page (its heading)"
    lines = body.block_paragraphs(text.element) if text.element is not None else text.paragraphs
    # (the lines of the body's element, and the body's lines: a table of labelled fields
    # may put the body's element at one cell, "Số ký hiệu", the row's others beside it;
    # each read up to a box of other pages under the text, whose column heads are no
    # fields of the page: a "Văn bản liên quan" table's "Số ký hiệu | Trích yếu | Ngày ban hành")
    own, own_paragraphs = body.without_sections(lines), body.without_sections(text.paragraphs)
    form = pagekind.form_kind(own) or (pagekind.form_kind(own_paragraphs) if lines != text.paragraphs else None)
    if form is not None:
        return "other_type", f"a {form} record (labelled fields)"
    if pagekind.qa_turns(own) or pagekind.qa_turns(own_paragraphs):
        return "other_type", "a question and its answer (\"Hỏi:\", \"Trả lời:\")"
    block = text.container if text.container is not None else text.element
    content = pagecontent.content_kind(
        page.tree, block, lines, dates.published is not None, signed=lambda: _signed(page, text, dates)
    )
    if content is not None:
        return content
    # (on the body's lines: the element located may be the page's wrapper, its side column's
    # teasers and footer sentences beside the table)
    # (undated, or showing only when it was last revised: "Cập nhật lúc 14:00, 10/01/2024"
    # over the department's telephone directory; news giving phones tells them in sentences)
    if (not _own_date(dates) or dates.basis == "updated") and pagecontent.directory(text.paragraphs):
        return "other_type", "a directory (names, posts and phone numbers, no prose, no date or only an update date)"
    # (the prose beside the table counted on the body's lines: the sapo is one, often
    # outside the body's element)
    if pagecontent.records_table(page.tree, block, text.paragraphs) and not _signed(page, text, dates):
        return "listing", "a table of records (rows of items, little text beside it)"
    if pagecontent.dated_sapos(lines) or pagecontent.dated_sapos(text.paragraphs):
        return "listing", "other items' dated titles, each with its sapo"
    if (
        dates.published is None
        or not _headline_shown(page)
        or dates.basis == "updated"
        # the headline names the page a curriculum ("Tiểu sử đồng chí ..."): the leader's
        # page of a CMS that dates every item, not the news of an appointment
        or bool(page.title and pagekind.PROFILE_HEAD.match(page.title.strip()))
    ) and pagecontent.biography(text.paragraphs):
        # a leader's profile page: undated, under the portal's date line with no headline
        # of its own shown (its name only in <title>; a dated biography that is news, an
        # appointment, has one), or showing only when it was last revised ("Ngày cập nhật:
        # 10/01/2024": news is published); read on the body's lines too, the element's may
        # be one paragraph of them
        return "other_type", "a person's biography, undated, with no headline shown or only an update date (a profile page)"
    if not _own_date(dates) and (
        pagekind.home_url(page.url)
        or pagekind.static_kind(page.url, page.title)
        # a table layout's title is the site's banner: the breadcrumb's last crumb, or the
        # body's first line when a heading's length ("GIỚI THIỆU CHUNG"), names the page
        or pagekind.static_kind("", pagekind.last_crumb(page.tree))
        or pagekind.static_kind("", _first_heading(text))
        # the document's <title>, or its first piece, when the headline chosen is the
        # page's own heading ("Tổng quan về huyện ..." under <title>Giới thiệu</title>)
        or pagekind.static_kind("", _TITLE_PIECES.split(page.page_title or "", maxsplit=1)[0])
    ):
        return "other_type", "an introduction, contact or home page with no date"
    if pagekind.static_heading(page.title):
        # a CMS storing every page as a news item dates its introduction, functions and
        # contact pages too: the headline names the page ("Liên hệ", "Giới thiệu chung xã ...")
        return "other_type", "an introduction, organisation or contact page (its headline names it)"
    if dates.basis == "updated" and pagekind.static_kind(page.url, page.title):
        # "Giới thiệu", "Lãnh đạo" pages show when they were last revised, never published
        return "other_type", "an introduction or organisation page with only an update date"
    return None


def _unchecked(page: Page) -> bool:
    """The page is trusted only for a body selector no maintainer chose: the site model's
    (an ad-hoc crawl's) or the one ``sites new`` wrote (``inferred``), which every page of
    the article template's URLs shares, a schedule, a document's record, a leader's profile
    in the news template too. What the page says of itself (its URL, heading, labelled
    fields, biography: :func:`_page_kind`) still types it; a page that declares itself an
    article or carries the profile's article marker does not need to."""
    return (
        page.body_el is not None
        and not page.declared
        and not page.marked_article
        and (page.profile.adhoc or page.profile.inferred)
    )


def _headline_shown(page: Page) -> bool:
    """The page shows its title as an element of its own (a headline, a heading), not only
    in ``<title>`` or og:title."""
    return page.title_el is not None


_TODAY = re.compile(r"^\s*(?:hôm nay|today)\b", re.IGNORECASE)
FIRST_HEADING_WORDS = 8  # a body's first line this short may be the page's heading


_TITLE_PIECES = re.compile(r"\s+[-|–—»:]\s+")  # "Giới thiệu - Cổng thông tin điện tử ..."


def _own_date(dates: FoundDates) -> bool:
    """The page has a date of its own: a date read from a "Hôm nay: Thứ tư, 20/03/2024" bar
    is the visit's (every page of the site shows it), not the page's."""
    found = dates.published
    return found is not None and not _TODAY.match(found.raw or "")


def _first_heading(text: Text) -> str | None:
    first = text.paragraphs[0] if text.paragraphs else ""
    return first if 0 < len(first.split()) <= FIRST_HEADING_WORDS else None


def _video_report(other: tuple[str, str], page: Page, text: Text, dates: FoundDates) -> bool:
    """A page declaring ``og:type video.*`` that is dated, signed and holds a text of its own
    (:data:`pagecontent.PLAYER_MAX_WORDS` words or more beside the player): a video report,
    an article, as the player rule reads a signed player page (a newscast's page, a player,
    its title and air time, stays a video page)."""
    if not other[1].startswith("og:type video") or dates.published is None:
        return False
    words = sum(len(p.split()) for p in text.paragraphs)
    return words >= pagecontent.PLAYER_MAX_WORDS and _signed(page, text, dates)


def _signed(page: Page, text: Text, dates: FoundDates) -> bool:
    return find_byline(page, text, dates).author is not None


def _copy_kind(page: Page, text: Text) -> str | None:
    """A print view by its URL, or a copy of Vietnamese text at another language's URL."""
    kind = pagekind.url_kind(page.url)
    if kind == "print":
        return "a print view (URL)"
    if kind == "language" and pagekind.vietnamese(" ".join(text.paragraphs)):
        return "a copy of Vietnamese text at another language's URL"
    if kind == "language" and _vietnamese_original(page):
        return "a translation at another language's URL of the Vietnamese page it names (hreflang)"
    return None


_VI_HREFLANG = re.compile(r"^vi(?:[-_][a-z]{2})?$", re.IGNORECASE)


def _vietnamese_original(page: Page) -> bool:
    """The page names its Vietnamese version, another URL, in ``<link rel="alternate"
    hreflang="vi">``: at another language's URL it is that page's translation, a copy in
    another language of an article the site has (the site model denies such URLs; the archive
    keeps the original)."""
    for link in page.tree.iter("link"):
        rel = (link.get("rel") or "").lower().split()
        if "alternate" not in rel or not _VI_HREFLANG.match(link.get("hreflang") or ""):
            continue
        target = absolutize(page.url, link.get("href"))
        if target and not same_document(target, page.url):
            return True
    return False


def _short_detail(page: Page, what: str) -> str:
    culprit = emptied_by(page)
    if culprit is None:
        return what
    return (
        f"{what}: selectors.remove[{culprit.index}] {culprit.selector!r} removed the body "
        f"({culprit.words} words)"
    )


# a cut sapo's end: "...", "…", and WordPress's excerpt marker "[…]" / "[...]"
_CUT_END = re.compile(r"(?:\.\.\.|…)\]?\s*$")


def teasers(paragraphs: list[str], share: float = TEASER_SHARE) -> bool:
    ends = sum(bool(_CUT_END.search(p)) for p in paragraphs)
    return len(paragraphs) >= 2 and ends >= share * len(paragraphs)
