"""The article title: profile selector, og:title, h1, <title>; site names stripped."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from urllib.parse import urljoin, urlsplit

from lxml.html import HtmlElement

from pipelines.dom import attr_words, clean, contains, css, text_of
from pipelines.signals import RELATED_BOX

SEPARATORS = (" - ", " | ", " – ", " — ", " :: ", " » ", " > ", " / ")
_CHROME_AREA = re.compile(r"logo|banner|header|brand|site-name|sitename")


def strip_affixes(title: str, affixes: list[str]) -> str:
    """Remove site-name prefixes/suffixes joined by a separator ("Tỉnh ủy Lào Cai - X")."""
    title = clean(title)
    ordered = sorted({clean(a) for a in affixes if a and a.strip()}, key=lambda a: (-len(a), a))
    before = None
    while before != title:  # "X - Tin tức - Sự kiện - Site": each affix may uncover another
        before = title
        for affix in ordered:
            low_affix = affix.casefold()
            for sep in SEPARATORS:
                low = title.casefold()
                if low.startswith(low_affix + sep.casefold()) and len(title) > len(affix + sep):
                    title = title[len(affix) + len(sep) :].strip()
                elif low.endswith(sep.casefold() + low_affix) and len(title) > len(affix + sep):
                    title = title[: -len(affix) - len(sep)].strip()
    if " | " in title:  # "Title | Section | Site": the longest part is the title
        title = max(title.split(" | "), key=len).strip()
    return title


def _meta(tree: HtmlElement, prop: str) -> str:
    for el in css(tree, f'meta[property="{prop}"], meta[name="{prop}"]'):
        value = clean(el.get("content"))
        if value:
            return value
    return ""


def _in_chrome(el: HtmlElement) -> bool:
    return any(_CHROME_AREA.search(attr_words(a)) for a in [el, *el.iterancestors()])


def _h1(
    tree: HtmlElement, page_title: str, affixes: list[str] = (), chrome: Callable[[str], bool] = lambda _: False
) -> HtmlElement | None:
    """The page's ``<h1>``: never one naming the site; of several, never a short one the site
    repeats on most pages (learned chrome: a side box's heading, "Văn bản mới", in a theme that
    heads its boxes with ``<h1>``; a page's one ``<h1>`` naming a menu item, "Giới thiệu", stays)."""
    names = {a.casefold() for a in affixes if a}
    h1s = [h for h in tree.iter("h1") if text_of(h) and text_of(h).casefold() not in names]
    if len(h1s) > 1:
        h1s = [h for h in h1s if not (chrome(text_of(h)) and len(text_of(h).split()) < 7)]
    if len(h1s) > 1:
        in_title = [h for h in h1s if text_of(h).casefold() in page_title.casefold()]
        h1s = in_title or [h for h in h1s if not _in_chrome(h)] or h1s
    return h1s[0] if h1s else None


# a day alone in an element of the headline's ("<h1>Headline <span class="date">(08/03/2024)</span>
# </h1>"): the page's date shown beside the headline, no part of it
_BARE_DATE = re.compile(
    r"^[(\[]?\s*\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{2,4}(?:\s*[-|,]?\s*\d{1,2}[:h]\d{2})?\s*[)\]]?$"
)


#: a day in brackets typed after the headline in its own element's text ("Headline (05/03/2024
#: 08:40)"): the page's date shown beside the headline, no part of it
_TYPED_DATE = re.compile(r"\s*[(\[]\s*\d{1,2}/\d{1,2}/\d{4}(?:\s*[-,]?\s*\d{1,2}[:h]\d{2})?\s*[)\]]$")


def typed_date(el: HtmlElement) -> str | None:
    """The day in brackets typed after the headline in ``el``'s own text ("Headline (05/03/2024
    08:40)" -> "05/03/2024 08:40"), when words remain before it; else None."""
    text = text_of(el)
    typed = _TYPED_DATE.search(text)
    if typed is None or len(text[: typed.start()].split()) < SOLE_H1_WORDS:
        return None
    return typed.group(0).strip(" ()[]")


def headline_text(el: HtmlElement) -> str:
    """``el``'s text without a day alone in an element of its own at its end (a date span
    in the headline's element), or a day in brackets typed at its end, when words remain
    before it."""
    text = text_of(el)
    typed = _TYPED_DATE.search(text)
    if typed and len(text[: typed.start()].split()) >= SOLE_H1_WORDS:
        return text[: typed.start()].strip()
    for child in reversed(list(el.iterdescendants())):
        if not isinstance(child.tag, str) or not text_of(child):
            continue
        if _BARE_DATE.match(text_of(child)) and text.endswith(text_of(child)):
            rest = text[: -len(text_of(child))].strip()
            return rest if len(rest.split()) >= SOLE_H1_WORDS else text
        break  # the last element with text is no date: the headline is whole
    return text


SOLE_H1_WORDS = 3  # a headline, not a logo's or a section's name


def sole_h1(tree: HtmlElement) -> HtmlElement | None:
    """The page's one ``<h1>`` when it is a headline: the only ``<h1>`` with text, of a few
    words at least, neither a link nor holding one, outside the banner. The title may come
    from og:title or ``<title>`` worded otherwise ("Peakforce – Starter Guide" beside the
    shown "Starter Guide"); the date line still sits by this headline."""
    h1s = [h for h in tree.iter("h1") if text_of(h)]
    if len(h1s) != 1:
        return None
    h1 = h1s[0]
    if len(text_of(h1).split()) < SOLE_H1_WORDS or _in_chrome(h1) or h1.find(".//a[@href]") is not None:
        return None
    if any(up.tag == "a" and up.get("href") for up in h1.iterancestors()):
        return None
    return h1


_MENU_AREA = re.compile(r"menu|\bnav")


def _menu_names(tree: HtmlElement) -> set[str]:
    """The texts of the page's menu links (in a ``<nav>`` or a block whose class or id says menu
    or nav), case-folded: the names of the site's sections."""
    out = set()
    for a in tree.iter("a"):
        text = text_of(a)
        if text and a.get("href") and any(
            up.tag == "nav" or _MENU_AREA.search(attr_words(up)) for up in [a, *a.iterancestors()]
        ):
            out.add(text.casefold())
    return out


#: the label a portal's detail template writes in ``<title>`` and its box's heading on every
#: page ("Chi tiết tin", "Tin chi tiết", "Chi tiết bài viết", "Nội dung chi tiết")
GENERIC_LABEL = re.compile(
    r"^(?:chi tiết(?: tin(?: tức| bài)?| bài viết| tin bài)?|tin chi tiết|nội dung chi tiết|xem chi tiết)$",
    re.IGNORECASE,
)


def _section_title(tree: HtmlElement, page_title: str, text: str) -> str | None:
    """The menu link's text that ``<title>`` names, its site name (and learned affixes, which
    may split the section's name at its own " - ") aside, when it says no more than that."""
    low, full = text.casefold(), page_title.casefold()
    if not low:
        return None
    for name in _menu_names(tree):
        if low in name and name in full and not _page_heading(tree, name):
            return name
    return None


#: the site's banner, by class or id: not an article's or a card's own header ("entry-header",
#: "entry-content-header", "post-header", "card-header"), which holds the page's headline
_BANNER_AREA = re.compile(r"logo|banner|brand|site-name|sitename|(?<![\w-])(?:site-|page-|top-|main-)?header(?![\w-])")


def _page_heading(tree: HtmlElement, name: str) -> bool:
    """A heading outside the banner says ``name`` (case-folded): the page is that menu item's
    own page ("Lịch tiếp công dân" over its text), not an article in its section (nor is an
    article whose headline a menu's preview of the latest stories or a breadcrumb shows: its
    ``<h1>`` in its "entry-header" says it)."""
    # (a table layout's headline is a ``<font class="title">`` or a ``<td class="title">``)
    for el in tree.iter("h1", "h2", "h3", "h4", "div", "p", "span", "font", "td"):
        if (el.tag.startswith("h") or "title" in attr_words(el)) and text_of(el).casefold() == name:
            # (up to the page's <body>, whose classes name a theme's options: "html_logo_left")
            blocks = [el, *(a for a in el.iterancestors() if a.tag not in ("body", "html"))]
            if not any(_BANNER_AREA.search(attr_words(a)) for a in blocks):
                return True
    return False


#: a box's heading by its class or id ("box-title", "portlet-title", "module-title", "widget-title",
#: "title-box"): a page read alone learns no chrome, and "Đường dây nóng" heads a side box
_BOX_HEADING = re.compile(
    r"(?:box|portlet|module|widget|block|panel|sidebar)[-_]?(?:title|head)"
    r"|(?:title|heading)[-_]?(?:box|portlet|module|widget|block|panel)"
)
#: a class or id that says title, in English or in Vietnamese without accents ("tieude", "tieu_de",
#: "tenbai", "tentin": "tên tin", the item's name, a site builder's headline class)
_TITLED = re.compile(r"title|tieu[-_]?de|headline|ten[-_]?bai|(?<![a-z])ten[-_]?tin|\bhead\b", re.IGNORECASE)


def _titled(
    tree: HtmlElement,
    names: set[str],
    chrome: Callable[[str], bool],
    url: str = "",
    after: HtmlElement | None = None,
) -> HtmlElement | None:
    root = tree.find("body")
    if root is None:
        return None
    own: set[str] | None = None  # the texts of the links to the page itself, read once when asked
    seen = after is None  # (``after``: only the elements after it, outside it)
    for el in root.iter("h1", "h2", "h3", "h4", "div", "span", "td", "p", "strong", "b"):
        if not seen:
            seen = el is after
            continue
        if after is not None and contains(after, el):
            continue
        if not _TITLED.search(attr_words(el)) or _in_chrome(el) or _BOX_HEADING.search(attr_words(el)):
            continue  # (a side box's heading by its class: "box-title", "portlet-title", "module-title")
        if el.find(".//a") is not None or any(a.tag == "a" for a in el.iterancestors()):
            continue
        text = text_of(el)
        words = len(text.split())
        if not 3 <= words <= 40 or text.casefold() in names or RELATED_BOX.match(text):
            continue  # (the heading of a box of other articles, "Các tin đã đưa")
        # a portlet's heading recurs on every page; so does a headline listed in a "Tin mới"
        # box on every page, but it is longer, or (a short one, "Lễ giao quân") the box's
        # link to the page itself says it
        if words >= 7 or not chrome(text):
            return _own_headline(el)
        if own is None:
            here = _address(url) if url else None
            own = {
                text_of(a).casefold()
                for a in root.iter("a")
                if here and a.get("href") and _address(urljoin(url, a.get("href", ""))) == here
            }
        if text.casefold() in own:
            return _own_headline(el)
    return _self_link(root, names, chrome, url) if url and after is None else None


def _self_link(
    root: HtmlElement, names: set[str], chrome: Callable[[str], bool], url: str
) -> HtmlElement | None:
    """The first link to the page itself (its path and query, as the page was requested) whose
    class or id, or its cell's, says title: a WebForms control's headline
    (``<a id="..._ucChiTiet_hlTitle" href="ChiTiet.aspx?ID=88">Headline</a>``, the page's own
    address), asked only when no unlinked element says title. A "Tin mới" box listing the page
    itself shows its headline too (the same words)."""
    own = _address(url)
    for a in root.iter("a"):
        href = a.get("href")
        if not href or _address(urljoin(url, href)) != own or _in_chrome(a):
            continue
        parent = a.getparent()
        if not (_TITLED.search(attr_words(a)) or (parent is not None and _TITLED.search(attr_words(parent)))):
            continue
        text = text_of(a)
        words = len(text.split())
        if 3 <= words <= 40 and text.casefold() not in names and (words >= 7 or not chrome(text)):
            return a
    return None


def _address(url: str) -> tuple[str, str, str]:
    """(host, path, query) of ``url``: the page a link names, its fragment and a trailing
    slash aside."""
    parts = urlsplit(url.strip())
    return parts.netloc.lower().removeprefix("www."), parts.path.rstrip("/"), parts.query


_LINE_BLOCKS = ("div", "p")
_HEADLINE_INLINE = ("b", "strong", "font", "span")


def _own_headline(el: HtmlElement) -> HtmlElement:
    """The headline inside a titled element that also holds a line of its own in a block
    (``<td class="news_title"><div><span>Minh Anh/TTXVN</span></div><b>Headline</b></td>``: a
    byline or a kicker over the headline): the inline element outside those blocks holding
    at least half the text, three words or more; ``el`` itself when it holds no such line."""
    blocks = [d for d in el.iterdescendants(*_LINE_BLOCKS) if text_of(d)]
    if not blocks:
        return el
    whole = len(text_of(el))
    for d in el.iterdescendants(*_HEADLINE_INLINE):
        text = text_of(d)
        if len(text.split()) < 3 or 2 * len(text) < whole:
            continue
        if not any(contains(b, d) or contains(d, b) for b in blocks):
            return d
    return el


def _element_with_text(tree: HtmlElement, text: str) -> HtmlElement | None:
    # (a table layout's headline is a ``<font class="title">`` or a ``<td class="title">``)
    for el in tree.iter("h1", "h2", "h3", "h4", "div", "p", "span", "font", "td"):
        if (el.tag.startswith("h") or "title" in attr_words(el)) and text_of(el) == text:
            return el
    return None


#: a line that says whose the site is: the copyright line ("© 2024 Sở ...", "Bản quyền thuộc về ...")
_COPYRIGHT = re.compile(r"^(?:copyright\s*)?(?:©|\(c\))?\s*(?:\d{4}\s*[-–]?\s*)*(?:bản quyền(?: thuộc(?: về)?)?\s*:?\s*)?", re.I)
_SITE_AREA = re.compile(r"logo|banner|brand|site-?name|header|footer|copyright|bottom")
SITE_NAME_WORDS = 4  # a name the site's own lines hold inside a longer line: this long at least


def _plain(text: str) -> str:
    """``text`` case-folded without diacritics, letters and digits only ("Hà Khê" -> "hakhe")."""
    text = unicodedata.normalize("NFD", text.casefold().replace("đ", "d"))
    return "".join(c for c in text if c.isalnum() and not unicodedata.combining(c))


def _shown_as_headline(tree: HtmlElement, text: str) -> bool:
    """An element outside the banner shows ``text`` as a headline: a heading, an element whose
    class or id says title (no box's heading), or a block wholly in bold; neither a link nor
    holding one (as ``_titled`` and ``sole_h1`` ask)."""
    root = tree.find("body")
    if root is None or len(text.split()) < SOLE_H1_WORDS:
        return False
    for el in root.iter("h1", "h2", "h3", "h4", "div", "span", "td", "p", "font", "strong", "b"):
        if text_of(el) != text or _in_chrome(el) or any(a.tag == "a" for a in el.iterancestors()):
            continue
        if el.find(".//a[@href]") is not None:
            continue  # (a listing's or a thread's linked heading, "h2.topic-title > a": no page's own headline)
        words = attr_words(el)
        if el.tag in ("h1", "h2", "h3", "h4", "strong", "b") or (_TITLED.search(words) and not _BOX_HEADING.search(words)):
            return True
        if el.tag in ("div", "p", "td") and _bold_whole(el):
            return True
    return False


def _site_name_lines(tree: HtmlElement, url: str) -> tuple[list[str], list[str]]:
    """(the lines the page itself says its site's name in: its logo's alt, its banner's and
    footer's lines, og:site_name; its copyright lines, their "©"/"Bản quyền" lead aside)."""
    lines, rights = [_meta(tree, "og:site_name")], []
    root = tree.find("body")
    for el in root.iter() if root is not None else ():
        if not isinstance(el.tag, str):
            continue
        area = any(_SITE_AREA.search(attr_words(a)) for a in [el, *el.iterancestors()]) or el.tag in ("header", "footer")
        if el.tag == "img" and (area or "logo" in (el.get("src") or "").lower()):
            lines.append(clean(el.get("alt")))
        for chunk in (el.text, el.tail):
            line = clean(chunk)
            if not line:
                continue
            if area and chunk is el.text:
                lines.append(line)
            if re.match(r"(?:copyright|©|\(c\)|bản quyền)", line, re.I):
                rights.append(_COPYRIGHT.sub("", line).strip(" .:"))
    return [x for x in lines if x], [x for x in rights if x]


_FOOT_AREA = re.compile(r"footer|bottom|copyright")

#: the ``<title>`` an HTML editor writes into a new page, left in place on a hand-made site
#: (FrontPage's "New Page 1", Dreamweaver's "Untitled Document", Word's "Untitled-1"): no headline
PLACEHOLDER_TITLE = re.compile(r"^(?:new page(?: \d+)?|untitled(?:[- ]\d+| document| page)?|no title|trang mới(?: \d+)?)$", re.I)


def _logo_or_footer_says(tree: HtmlElement, text: str) -> bool:
    """The page's logo or banner image (its ``alt``) or a line of its footer says ``text``
    whole (case aside), or its copyright line names it: ``<title>`` is the site's name (a page
    read alone learns no affix). Not a header's line: an article's own header holds its
    headline."""
    low = text.casefold()
    root = tree.find("body")
    if root is None or len(text.split()) < 2:
        return False
    for el in root.iter():
        if not isinstance(el.tag, str):
            continue
        if el.tag == "img":
            if clean(el.get("alt")).casefold() == low and (
                re.search(r"logo|banner", el.get("src") or "", re.I) or _in_chrome(el)
            ):
                return True
            continue
        line = clean(el.text)
        if not line:
            continue
        if re.match(r"(?:copyright|©|\(c\)|bản quyền)", line, re.I) and _COPYRIGHT.sub("", line).strip(" .:").casefold() == low:
            return True
        if line.casefold() == low and any(
            a.tag == "footer" or _FOOT_AREA.search(attr_words(a)) for a in [el, *el.iterancestors()]
        ):
            return True
        if el.tag in ("h1", "h2", "h3") and text_of(el).casefold() == low and _site_banner(el):
            return True
    return False


def _site_banner(el: HtmlElement) -> bool:
    """``el`` is in the site's banner: an ancestor whose class or id says logo, banner, brand or
    site name, or a ``<header>`` outside any ``<article>``/``<main>`` that links to the site's
    home (its logo's link to "/"). An article's own ``<header>`` (its headline's) links nowhere
    home, and a theme's "entry-header" is no banner."""
    ups = [el, *el.iterancestors()]
    if any(re.search(r"logo|banner|brand|site-?name", attr_words(a)) for a in ups):
        return True
    if any(a.tag in ("article", "main") for a in ups):
        return False
    for head in (a for a in ups if a.tag == "header"):
        if any(urlsplit(x.get("href") or "").path in ("", "/") and not (x.get("href") or "").startswith("#")
               and (x.get("href") or "").strip() for x in head.iter("a")):
            return True
    return False


def _site_name_by_page(tree: HtmlElement, part: str, url: str, lines: tuple[list[str], list[str]]) -> bool:
    """The page's own lines say ``part`` is its site's name: a logo's alt, a banner's or a
    footer's line, og:site_name says it, or holds it (when it is ``SITE_NAME_WORDS`` long); the
    copyright line names it; or its words end with the domain's own label and say more than the
    place's name alone ("Sở Tư pháp tỉnh Hà Khê" at stp.hakhe.gov.vn; "Lào Cai" is a headline's
    word at laocai.gov.vn as well)."""
    low, long = part.casefold(), len(part.split()) >= SITE_NAME_WORDS
    names, rights = lines
    for line in names:
        if line.casefold() == low or (long and low in line.casefold()):
            return True
    if any(r.casefold() == low or (long and r.casefold().endswith(low)) for r in rights):
        return True
    labels = [x for x in urlsplit(url).netloc.lower().split(":")[0].split(".") if x not in _GENERIC_HOST]
    plain = _plain(part)
    return any(len(x) >= 4 and plain.endswith(x) and len(plain) > len(x) + 3 for x in labels)


_GENERIC_HOST = {"www", "gov", "vn", "com", "net", "org", "edu", "info", "portal", "cong", "egov"}


def _unlearned_split(tree: HtmlElement, page_title: str, url: str) -> tuple[str, str] | None:
    """(headline, site name) of a ``<title>`` whose site-name part nothing learned says ("Sở Tư
    pháp tỉnh Hà Khê - Headline", "Headline | Site", either order; a page read alone): the part
    the page shows as a headline; failing that, the part beside the one the page's own lines
    say is its site's name. None when the page shows the whole ``<title>`` (a headline holding
    " - " itself, "Lào Cai - Điểm đến hấp dẫn") or says neither part."""
    title = clean(page_title)
    if not title or _shown_as_headline(tree, title):
        return None
    splits = []
    for sep in (" - ", " | ", " – ", " — ", " :: "):
        start = title.find(sep)
        while start > 0:
            splits.append((title[:start].strip(), title[start + len(sep) :].strip()))
            start = title.find(sep, start + 1)
    for left, right in splits:
        for head, site in ((left, right), (right, left)):
            if head and site and _shown_as_headline(tree, head):
                return head, site
    lines = _site_name_lines(tree, url)
    for left, right in splits:
        for head, site in ((left, right), (right, left)):
            if head and site and len(head.split()) >= SOLE_H1_WORDS and _site_name_by_page(tree, site, url, lines):
                if not _site_name_by_page(tree, head, url, lines):
                    return head, site
    return None


def find_title(
    tree: HtmlElement,
    selectors: list[str],
    affixes: list[str],
    chrome: Callable[[str], bool] = lambda _: False,
    headline: str | None = None,
    url: str = "",
) -> tuple[str | None, HtmlElement | None, str]:
    """(title, the element it was read from or None, where from). ``chrome`` says whether a
    line is the site's furniture (learned chrome: a portlet's title on every page);
    ``headline`` the structured data's (JSON-LD ``headline``, microdata), taken over an
    og:title the page does not show when the page shows it; ``url`` the page's address (a
    headline that links to it)."""
    # A headline element is taken verbatim: only <title> and og:title carry the site's name,
    # and a real headline may begin with it ("Tỉnh ủy Lào Cai - ...").
    for selector in selectors:
        for el in map(_own_headline, css(tree, selector)):  # (never a byline line beside it)
            text = headline_text(el)
            if text:
                return text, el, "selector"
    head_title = tree.find(".//title")
    page_title = text_of(head_title) if head_title is not None else ""
    affixes = [*affixes, _meta(tree, "og:site_name")]
    text = strip_affixes(page_title, affixes) if page_title else ""
    if text and text == clean(page_title) and not _meta(tree, "og:title"):
        # nothing learned names the site's part of a separated <title> (a page read alone):
        # the page's own headline, or its own lines naming the site, say which part it is
        split = _unlearned_split(tree, page_title, url)
        if split is not None:
            text, affixes = split[0], [*affixes, split[1]]
        elif text.casefold() not in {a.casefold() for a in affixes if a} and (
            PLACEHOLDER_TITLE.match(text) or _logo_or_footer_says(tree, text)
        ):
            # a bare <title> the logo or the footer says is the site's name, or an editor's
            # default left in place ("New Page 1"): no headline
            affixes = [*affixes, text]
    parts = [p.strip() for p in re.split("|".join(map(re.escape, SEPARATORS)), page_title) if p.strip()]
    if len(parts) <= 2 and any(GENERIC_LABEL.match(p) for p in parts):
        # "Chi tiết tin | Cổng TTĐT ...": the detail template's label on every page (shown as
        # its box's heading too) beside the site's name: no part of it names the headline (a
        # third part might: "Chi tiết tin - Headline - Site" is read as before)
        affixes, text = [*affixes, *parts], ""
    section = _section_title(tree, page_title, text)
    if section:
        # <title> names the page's section, one of the menu's links ("Tin tức - Sự kiện | UBND
        # xã ..." on every page of the section), and so does the section's banner <h1>: no
        # headline; what <title> says beside it is the site's name
        affixes, text = [*affixes, section, strip_affixes(page_title, [section])], ""
    og = strip_affixes(_meta(tree, "og:title"), affixes)
    if og.casefold() in {a.casefold() for a in affixes if a}:
        og = ""  # an og:title that only names the site (a theme's default): no headline
    if og:
        shown = _element_with_text(tree, og)
        if shown is None and headline and clean(headline) != og:
            # the search engine's title (og:title) beside the article's own headline, shown
            # under its element: the one the readers see
            own = _element_with_text(tree, clean(headline))
            if own is not None:
                return clean(headline), own, "headline"
        return og, shown, "og:title"
    shown = _element_with_text(tree, text) if text else None
    if shown is not None and text.casefold() not in {a.casefold() for a in affixes if a}:
        return text, shown, "title"  # the heading that says what <title> says, site name aside
    h1 = _h1(tree, page_title, affixes, chrome)  # never a banner h1 naming the site
    names = {a.casefold() for a in affixes if a}
    if h1 is not None:
        if text_of(h1).casefold() in _menu_names(tree):
            # the section's name over the page ("<h1>Thông báo</h1><div class="title-news">
            # Headline</div>"): a title-classed element under it is the headline; with none,
            # the page is that menu item's own ("Lịch tiếp công dân" over its text)
            under = _titled(tree, names, chrome, after=h1)
            if under is not None:
                return text_of(under), under, "heading"
        return headline_text(h1), h1, "h1"
    if text and text.casefold() not in names:
        return text, None, "title"
    # <title> only names the site (a banner on every page, "Portal > Tab"): the first element
    # whose class or id says title and whose text is not the site's furniture
    titled = _titled(tree, names, chrome, url)
    if titled is not None:
        return headline_text(titled), titled, "heading"
    if not text or text.casefold() in names:  # (<title> says only the site's names)
        typed = typed_headline(tree, names, chrome)
        if typed is None:  # (an element's truth is its children's count: never ``or``)
            typed = cell_headline(tree, names, chrome)
        if typed is None:
            typed = centred_headline(tree, names, chrome)
        if typed is not None:
            return headline_text(typed), typed, "heading"
        plain = plain_heading(tree, names, chrome)
        if plain is not None:
            return text_of(plain), plain, "heading"
    return (text, None, "title") if text else (None, None, "")


def plain_heading(tree: HtmlElement, names: set[str], chrome: Callable[[str], bool]) -> HtmlElement | None:
    """The headline as a plain ``<h2>``/``<h3>`` when ``<title>``, og:title and the ``<h1>``
    only name the site (``<h1 class="site-name">`` on every page, ``<h2>Headline</h2>`` in the
    article's block): the first such heading of 3 to 40 words, neither a link nor holding one,
    outside the banner, no box's heading nor the site's furniture, with a paragraph of prose
    (``TYPED_PROSE_WORDS``) after it in its container. A side box's heading has links or
    numbers under it; a listing's headings are links."""
    root = tree.find("body")
    if root is None:
        return None
    for el in root.iter("h2", "h3"):
        text = text_of(el)
        words = len(text.split())
        if not 3 <= words <= 40 or text.casefold() in names or RELATED_BOX.match(text):
            continue
        if chrome(text) and words < 7:
            continue  # (a long headline a "Tin khác" box lists on most pages is still the page's own)
        if el.find(".//a") is not None or any(a.tag == "a" for a in el.iterancestors()) or _in_chrome(el):
            continue
        if _BOX_HEADING.search(attr_words(el)):
            continue
        after = [c for c in el.itersiblings() if isinstance(c.tag, str) and text_of(c)]
        if after and _opens_with_heading(after[0], el.tag):
            continue  # a section's name over the article's block, which opens with the headline
        if any(len(text_of(c).split()) >= TYPED_PROSE_WORDS and c.find(".//a") is None for c in after[:2]):
            return el
    return None


def _opens_with_heading(block: HtmlElement, rank: str) -> bool:
    """``block``'s first element with text is an unlinked heading of a lower rank than ``rank``
    (``<h2>Hoạt động của HĐND - UBND xã</h2><div class="detail"><h3>Headline</h3>...``: the
    section's name over the article's block)."""
    first = next((x for x in block.iter() if x is not block and isinstance(x.tag, str) and text_of(x)), None)
    return (
        first is not None
        and first.tag in ("h2", "h3", "h4")
        and first.tag > rank
        and first.find(".//a") is None
    )


# a font size set inline: "font-size: 16pt", "font-size:20px", "font-size: x-large"
_FONT_SIZE = re.compile(r"font-size\s*:\s*(?:([\d.]+)\s*(pt|px|em|rem)|(x+-large|large))", re.IGNORECASE)
_BIG_PT = 14.0  # a headline typed into the text is set this large at least (pt; 16px = 12pt)
TYPED_BODY_BLOCKS = 2  # blocks of text after it, in the same container ...
TYPED_PROSE_WORDS = 15  # ... one of them a paragraph of prose this long at least


def _font_pt(el: HtmlElement) -> float | None:
    """The font size ``el`` or an element inside it sets inline, in points (the largest one),
    or None when none says."""
    sizes = []
    for x in el.iter():
        if not isinstance(x.tag, str):
            continue
        if x.tag == "font" and (x.get("size") or "").strip().isdigit():
            sizes.append({1: 7.5, 2: 10.0, 3: 12.0, 4: 13.5, 5: 18.0, 6: 24.0}.get(int(x.get("size")), 36.0))
        for m in _FONT_SIZE.finditer(x.get("style") or ""):
            if m.group(3):
                sizes.append({"large": 13.5, "x-large": 18.0}.get(m.group(3).lower(), 24.0))
            else:
                value, unit = float(m.group(1)), m.group(2).lower()
                sizes.append(value if unit == "pt" else value * 0.75 if unit == "px" else value * 12.0)
    return max(sizes) if sizes else None


def _bold_whole(el: HtmlElement) -> bool:
    """Every word of ``el`` is inside a ``<strong>``/``<b>`` (or a bold style)."""
    text = text_of(el)
    for x in el.iter():
        if not isinstance(x.tag, str):
            continue
        bold = x.tag in ("strong", "b") or re.search(r"font-weight\s*:\s*(?:bold|[6-9]00)", x.get("style") or "")
        if bold and text_of(x) == text:
            return True
    return False


def typed_headline(tree: HtmlElement, names: set[str], chrome: Callable[[str], bool]) -> HtmlElement | None:
    """The headline an editor typed into the text when the page shows none (a CMS whose title
    display is off: Joomla's "show title: no"; ``<title>`` only the site's or the menu's
    name): the first block of a container, a short line wholly in bold set in a large font
    (``<p><strong><span style="font-size: 16pt;">Headline</span></strong></p>``), larger than
    the blocks after it, with at least ``TYPED_BODY_BLOCKS`` blocks of text after it, one of
    them prose (``TYPED_PROSE_WORDS``). Never
    a link, a line ending a sentence, or the site's furniture."""
    root = tree.find("body")
    if root is None:
        return None
    for el in root.iter("p", "div", "h5", "h6"):
        text = text_of(el)
        words = len(text.split())
        if not 3 <= words <= 40 or text.endswith((".", ":", ";")) or text.casefold() in names or chrome(text):
            continue
        if el.find(".//a") is not None or any(a.tag == "a" for a in el.iterancestors()) or _in_chrome(el):
            continue
        if any(isinstance(c.tag, str) and c.tag in ("p", "div", "table", "ul") for c in el.iter() if c is not el):
            continue  # a block of blocks
        size = _font_pt(el)
        if size is None or size < _BIG_PT or not _bold_whole(el):
            continue
        parent = el.getparent()
        if parent is None:
            continue
        first = next((c for c in parent if isinstance(c.tag, str) and text_of(c)), None)
        if first is not el:
            continue  # the container's first block of text only
        after = [c for c in el.itersiblings() if isinstance(c.tag, str) and text_of(c)]
        if len(after) < TYPED_BODY_BLOCKS or max(len(text_of(c).split()) for c in after) < TYPED_PROSE_WORDS:
            continue  # (a box's bold heading over its phone numbers and links: no prose under it)
        if any((_font_pt(c) or 0.0) >= size for c in after[:TYPED_BODY_BLOCKS + 1]):
            continue  # the text itself set as large: no headline over it
        return el
    return None


def cell_headline(tree: HtmlElement, names: set[str], chrome: Callable[[str], bool]) -> HtmlElement | None:
    """The headline as the first ``<strong>``/``<b>`` of a table cell or a block holding the
    text (a legacy table portal: ``<td class="noidung"><strong>Headline</strong><br><p>...``;
    no heading tag, no title-classed element, ``<title>`` only the site's name): the cell's
    first text is that bold element, 3 to 40 words, not ending a sentence, neither a link nor
    in one, outside the banner, no site's furniture, with at least ``TYPED_BODY_BLOCKS`` blocks
    of text after it in the cell, one of them prose (``TYPED_PROSE_WORDS``). A box's bold
    heading over links has no prose under it; a bold lead-in of a paragraph is inside a block."""
    root = tree.find("body")
    if root is None:
        return None
    for cell in root.iter("td", "div"):
        if (cell.text or "").strip():
            continue
        first = next((c for c in cell if isinstance(c.tag, str) and text_of(c)), None)
        if first is None or first.tag not in ("strong", "b") or (first.getprevious() is not None and any(
            (x.tail or "").strip() for x in first.itersiblings(preceding=True)
        )):
            continue
        text = text_of(first)
        words = len(text.split())
        if not 3 <= words <= 40 or text.endswith((".", ":", ";")) or text.casefold() in names:
            continue
        if chrome(text) and words < 7:
            continue  # (a long headline a "Tin mới" box lists on every page is still the page's own)
        if first.find(".//a") is not None or any(a.tag == "a" for a in first.iterancestors()) or _in_chrome(first):
            continue
        after = [c for c in first.itersiblings() if isinstance(c.tag, str) and c.tag in ("p", "div") and text_of(c)]
        if len(after) < TYPED_BODY_BLOCKS or max(len(text_of(c).split()) for c in after) < TYPED_PROSE_WORDS:
            continue
        return first
    return None


_CENTRED = re.compile(r"text-align\s*:\s*center", re.IGNORECASE)
LEAD_LINE_WORDS = 12  # a short line over a centred headline: a date line, a breadcrumb


def _centred(el: HtmlElement) -> bool:
    """``el`` is centred by its ``align`` attribute or an inline ``text-align``."""
    return (el.get("align") or "").strip().lower() == "center" or bool(_CENTRED.search(el.get("style") or ""))


def centred_headline(tree: HtmlElement, names: set[str], chrome: Callable[[str], bool]) -> HtmlElement | None:
    """The headline as a centred line wholly in bold over the text, when ``<title>`` only names
    the site and nothing else says headline (an article pasted from Word, ``<p class="MsoNormal"
    align="center"><b><span style="font-size:13.0pt">HEADLINE</span></b></p>`` in the text's own
    size; a FrontPage page's ``<p align="center"><font size="4"><b>``): a ``<p>``/``<div>`` of 3
    to 40 words, not ending a sentence, neither a link nor in one, outside the banner, no site's
    furniture, with at least ``TYPED_BODY_BLOCKS`` blocks of text after it in its container, one
    of them prose (``TYPED_PROSE_WORDS``) holding no link, none of the next ones set larger;
    only short lines (``LEAD_LINE_WORDS``: the document's place-and-date line, a breadcrumb)
    before it in its container. A listing's centred heading has links under it, not prose."""
    root = tree.find("body")
    if root is None:
        return None
    for el in root.iter("p", "div"):
        text = text_of(el)
        words = len(text.split())
        if not 3 <= words <= 40 or text.endswith((".", ":", ";")) or text.casefold() in names:
            continue
        if not _centred(el) or not _bold_whole(el) or (chrome(text) and words < 7):
            continue
        if el.find(".//a") is not None or any(a.tag == "a" for a in el.iterancestors()) or _in_chrome(el):
            continue
        if any(isinstance(c.tag, str) and c.tag in ("p", "div", "table", "ul") for c in el.iter() if c is not el):
            continue  # a block of blocks
        before = [c for c in el.itersiblings(preceding=True) if isinstance(c.tag, str) and text_of(c)]
        if any(len(text_of(c).split()) > LEAD_LINE_WORDS for c in before):
            continue
        after = [c for c in el.itersiblings() if isinstance(c.tag, str) and text_of(c)]
        if len(after) < TYPED_BODY_BLOCKS or not any(
            len(text_of(c).split()) >= TYPED_PROSE_WORDS and c.find(".//a") is None for c in after
        ):
            continue
        size = _font_pt(el) or 0.0
        if any((_font_pt(c) or 0.0) > size for c in after[: TYPED_BODY_BLOCKS + 1]):
            continue  # (a line set smaller than the text under it: no headline)
        return el
    return None
