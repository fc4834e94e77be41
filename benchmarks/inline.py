"""The "inline" part of the fixture corpus: the development families with the chrome that
Vietnamese portals put inside and right around the article's own block.

The perturbed part (:mod:`benchmarks.perturb`) puts widgets in a header, a sidebar and a
footer, away from the article; a crawl's evidence takes them for what they are. Real portals
also put furniture in the article's own container, where a body extractor reads it as text:
above the title, between the title and the body, at the end of the body element and right
after it. This part measures that on pages whose truth is known: each development family's
pages and truth, with deterministic widgets (every choice seeded by the site id; some texts
seeded by the page too) on every page where the family's own title and body elements are
found (its article pages and their parts; the hand profile's selectors only locate them):

- above the title: a print-view header with the portal's name (some sites), breadcrumbs
  ("Trang chủ » Tin tức » ...", separator per site);
- between the title and the body (or at the body's end, per site): a tool row ("In bài viết",
  "Gửi email", "Chia sẻ", font size "A- A+", a view count that differs per page), share and
  like buttons (Facebook/Zalo: empty script placeholders, and some with visible labels and
  per-page counts);
- inside the body element: a video player's placeholder text on about a third of the
  articles (per page), and on some sites the tag row or the view count at the body's end;
- right after the body, in the same container: "Từ khóa:"/"Tags:" with per-page tags, a
  rating box ("Đánh giá bài viết", stars, "(4,3/5 - 17 lượt đánh giá)"), an attachment box
  ("Tệp đính kèm" and file names), "Tin cùng chuyên mục"/"Tin liên quan"/"Các tin đã đưa"/
  "Các tin khác" lists of other articles' titles (with dates none of the family's articles
  has on some sites, without on others), "Bài viết cùng tác giả", a "Quay lại | Lên đầu
  trang" row, an "Ý kiến bạn đọc" comment form ("Họ tên", "Email", "Nội dung", a captcha,
  "Gửi ý kiến"), its fields as ``<div>`` labels beside the inputs (WebForms pages are one
  ``<form>``).

What stays content: the families' image captions, signatures and source lines ("Nguồn: Báo
Hòa Sơn": the article's own attribution, read into the record's ``source`` and kept in the
body, as the design's data model and every family's truth keep it), so none is added as
chrome and the widgets must not cost them. The truth is the family's, unchanged; the widgets'
texts are added to the family's chrome lines (:meth:`Inline.lines`), so any that reaches a
body counts as a leak. Pages are written back as UTF-8.
"""

from __future__ import annotations

import hashlib
from datetime import date, timedelta
from types import ModuleType
from typing import Any

import lxml.html
from lxml.html import HtmlElement

from benchmarks.blind import DerivedFamily, map_html, rewrite_html
from crawler.replica.site import Site
from pipelines.dom import css

_SEPARATORS = (" » ", " > ", " / ", " › ")
_SECTIONS = ("Tin tức - Sự kiện", "Tin hoạt động", "Thông tin chỉ đạo điều hành", "Tin địa phương")
_RELATED = ("Tin cùng chuyên mục", "Tin liên quan", "Các tin đã đưa", "Các tin khác")
_TAG_LABELS = ("Từ khóa:", "Tags:", "Từ khoá:")
_TAGS = ("chuyển đổi số", "cải cách hành chính", "nông thôn mới", "an sinh xã hội", "giáo dục",
         "y tế", "môi trường", "du lịch", "quốc phòng", "văn hóa")  # fmt: skip
_VIEWS = ("Lượt xem:", "Số lượt xem:", "Lượt đọc:")
_ATTACH = ("Tệp đính kèm", "File đính kèm", "Tài liệu đính kèm")
_VIDEO = ("Trình duyệt của bạn không hỗ trợ phát video.", "Loading the player...",
          "Đang tải video...")  # fmt: skip
_FORMS = (("Ý kiến bạn đọc", "Gửi ý kiến"), ("Gửi ý kiến", "Gửi"), ("Bình luận", "Gửi bình luận"))


def _pick(site_id: str, what: str, n: int) -> int:
    """A stable choice among ``n`` for ``what`` (the site id, and a page, seed every choice)."""
    return int.from_bytes(hashlib.sha1(f"{site_id}\0{what}".encode()).digest()[:4], "big") % n


def _dmy(day: date) -> str:
    return f"{day.day:02d}/{day.month:02d}/{day.year}"


def _esc(text: str) -> str:
    return (
        text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")
    )


def _slot(el: HtmlElement) -> HtmlElement:
    """``el`` or its ancestor whose parent can hold a ``<div>`` (a title in a table cell:
    the table)."""
    bad = {"tr", "tbody", "thead", "tfoot", "table", "ul", "ol", "dl", "p", "a", "span", "b",
           "strong", "em", "i", "font", "label", "h1", "h2", "h3", "h4", "h5", "h6"}  # fmt: skip
    while el.getparent() is not None and el.getparent().tag in bad:
        el = el.getparent()
    return el


class Inline:
    """The in-article widgets of one site (see the module's docstring)."""

    def __init__(self, site_id: str, name: str, articles: list[Any]) -> None:
        from tests.families.texts import TEXTS

        self.site_id, self.name = site_id, name
        p = lambda what, n: _pick(site_id, what, n)  # noqa: E731
        self.sep = _SEPARATORS[p("sep", 4)]
        self.section = _SECTIONS[p("section", 4)]
        self.print_head = p("print", 3) == 0
        self.tools_at = ("top", "top", "end", "after")[p("tools", 4)]  # end: in the body
        self.views = _VIEWS[p("views", 3)]
        self.share_text = p("share", 2) == 0  # visible labels and counts, else placeholders
        self.tag_label = _TAG_LABELS[p("tags", 3)]
        self.tags_in_body = p("tags in", 3) == 0
        self.rating = p("rating", 3) != 0
        self.attach = _ATTACH[p("attach", 3)] if p("attach?", 2) == 0 else None
        self.related = _RELATED[p("related", 4)]
        self.related_dated = p("dated", 2) == 0
        self.same_author = p("author", 2) == 0
        self.video = _VIDEO[p("video", 3)]
        self.form = _FORMS[p("form", 3)]
        self.back_row = p("back", 2) == 0
        taken = {a.published[:10] for a in articles}
        first = min((date.fromisoformat(d) for d in taken), default=date(2024, 1, 1))
        days = (first - timedelta(days=k) for k in range(3, 90))
        self.dates = [d for d in days if d.isoformat() not in taken][:8]
        used = {a.text for a in articles}
        self.items = [(a.title, a.path) for a in articles]
        said = " ".join(" ".join([lead, *paras]) for _, lead, paras in TEXTS)
        # other titles of the corpus, none of which any text quotes (a leak is unambiguous)
        spare = [i for i in range(len(TEXTS)) if i not in used and TEXTS[i][0] not in said]
        self.items += [
            (TEXTS[i][0], f"/tin-tuc/{i}.html") for i in spare[: max(0, 6 - len(self.items))]
        ]
        self.others = [(TEXTS[i][0], f"/tin-tuc/{i}.html") for i in spare[6:10]]
        self._said = "\n".join("\n".join(a.body()) for a in articles)

    # --- the texts a body must not hold -----------------------------------------------------

    def lines(self) -> list[str]:
        """The widgets' texts (labels; the lists' titles and dates) a body must not hold."""
        out = ["Trang chủ" + self.sep + "Tin tức", "In bài viết", "Gửi email", self.views,
               self.tag_label, self.related, self.video, "Họ tên", "Mã xác nhận", self.form[0],
               *(t for t, _ in self.items), *(t for t, _ in self.others)]  # fmt: skip
        if self.print_head:
            out += [self.name.upper(), "Đóng cửa sổ"]
        if self.share_text:
            out += ["Chia sẻ:", "Thích "]
        if self.rating:
            out += ["Đánh giá bài viết", "lượt đánh giá"]
        if self.attach:
            out += [self.attach, "-UBND.pdf", "-KH.docx"]
        if self.related_dated:
            out += [f"({_dmy(d)})" for d in self.dates]
        if self.same_author:
            out.append("Bài viết cùng tác giả")
        if self.back_row:
            out += ["Quay lại", "Lên đầu trang"]
        # a list's title that an article's own text quotes (its lead names its event) would
        # count the text as a leak: left out
        return [x for x in out if x not in self._said]

    # --- the widgets -----------------------------------------------------------------------

    def _n(self, what: str, target: str, n: int, base: int = 0) -> int:
        """A stable number for ``what`` on the page of the article headed ``target``."""
        return base + _pick(self.site_id, f"{what} {target}", n)

    def head(self) -> str:
        crumbs = self.sep.join(
            [
                '<a href="/">Trang chủ</a>',
                '<a href="/tin-tuc">Tin tức</a>',
                f"<span>{self.section}</span>",
            ]
        )
        out = f'<div class="breadcrumb">{crumbs}</div>'
        if self.print_head:
            out = (f'<div class="print-header"><img src="/images/logo.png" alt="">'
                   f"<b>{_esc(self.name.upper())}</b><div><a href=\"javascript:window.print()\">In trang</a>"
                   ' | <a href="javascript:window.close()">Đóng cửa sổ</a></div></div>' + out)  # fmt: skip
        return f"<div>{out}</div>"

    def tools(self, target: str) -> str:
        views = self._n("views", target, 4000, 120)
        view = f"{self.views} {views:,}".replace(",", ".")
        if self.share_text:
            likes, shares = self._n("likes", target, 40), self._n("shares", target, 15)
            share = (f'<div class="social">Chia sẻ: <a href="https://www.facebook.com/sharer/sharer.php">Facebook</a>'
                     f' <a href="https://zalo.me/share">Zalo</a> <span>Thích {likes}</span>'
                     f" <span>Chia sẻ {shares}</span></div>")  # fmt: skip
        else:
            share = ('<div class="social"><div class="fb-like" data-layout="button_count" data-share="true">'
                     '</div><div class="zalo-share-button" data-oaid="579745863508352884"></div></div>')  # fmt: skip
        row = (
            '<a href="javascript:window.print()">In bài viết</a> | <a href="mailto:">Gửi email</a>'
            ' | <a href="#share">Chia sẻ</a> | <span>Cỡ chữ:</span> <a href="#">A-</a> <a href="#">A+</a>'
        )
        return f'<div class="tools"><div>{view}</div><div>{row}</div>{share}</div>'

    def tags(self, target: str) -> str:
        first = self._n("tag", target, len(_TAGS))
        chosen = [
            _TAGS[(first + k * 3) % len(_TAGS)] for k in range(1 + self._n("tagn", target, 3))
        ]
        links = ", ".join(f'<a href="/tag/{i}">{t}</a>' for i, t in enumerate(chosen))
        return f'<div class="tags"><b>{self.tag_label}</b> {links}</div>'

    def _list(self, heading: str, items: list[tuple[str, str]], dated: bool, target: str) -> str:
        lis = []
        for title, path in items:  # a title keeps its day on every page
            k = next((i for i, (_, p) in enumerate(self.items) if p == path), 0)
            day = f" <span>({_dmy(self.dates[k % len(self.dates)])})</span>" if dated else ""
            lis.append(f'<li><a href="{path}">{_esc(title)}</a>{day}</li>')
        return f'<div class="other-news"><h3>{heading}</h3><ul>{"".join(lis)}</ul></div>'

    def after(self, target: str) -> str:
        parts = []
        if not self.tags_in_body:
            parts.append(self.tags(target))
        if self.tools_at == "after":
            parts.append(self.tools(target))
        if self.rating:
            votes = self._n("votes", target, 60, 3)
            score = f"{3 + self._n('score', target, 20) / 10:.1f}".replace(".", ",")
            parts.append(f'<div class="rating"><span>Đánh giá bài viết</span> <span class="stars">★★★★☆</span>'
                         f" <span>({score}/5 - {votes} lượt đánh giá)</span></div>")  # fmt: skip
        if self.attach:
            n = self._n("doc", target, 900, 100)
            parts.append(f'<div class="attach"><h4>{self.attach}</h4><ul>'
                         f'<li><a href="/upload/{n}-UBND.pdf">{n}-UBND.pdf</a> (245 KB)</li>'
                         f'<li><a href="/upload/{n}-KH.docx">{n}-KH.docx</a></li></ul></div>')  # fmt: skip
        if self.back_row:
            parts.append('<div class="back"><a href="javascript:history.back()">« Quay lại</a>'
                         ' <a href="#top">Lên đầu trang</a></div>')  # fmt: skip
        mine = [(t, p) for t, p in self.items if t != target]  # the page's own title left out
        shift = self._n("related", target, len(mine))
        parts.append(
            self._list(self.related, (mine[shift:] + mine[:shift])[:5], self.related_dated, target)
        )
        if self.same_author:
            parts.append(self._list("Bài viết cùng tác giả", self.others[:3], False, target))
        heading, button = self.form
        parts.append(f'<div class="comment"><h3>{heading}</h3>'
                     '<div><label>Họ tên</label> <input type="text" name="name"></div>'
                     '<div><label>Email</label> <input type="text" name="email"></div>'
                     '<div><label>Nội dung</label> <textarea name="body"></textarea></div>'
                     '<div><label>Mã xác nhận</label> <img src="/captcha.ashx" alt=""> <input name="code"></div>'
                     f'<div><a class="button" href="#">{button}</a></div></div>')  # fmt: skip
        return "<div>" + "".join(parts) + "</div>"

    def in_body_end(self, target: str) -> str:
        parts = []
        if self.tags_in_body:
            parts.append(self.tags(target))
        if self.tools_at == "end":
            parts.append(self.tools(target))
        return "<div>" + "".join(parts) + "</div>" if parts else ""

    def has_video(self, target: str) -> bool:
        return self._n("video", target, 3) == 0

    def player(self) -> str:
        return (f'<div class="video-player" id="player_1"><video controls src="/video/clip.mp4"></video>'
                f"<div>{self.video}</div></div>")  # fmt: skip


def _fragment(html: str) -> HtmlElement:
    return lxml.html.fragment_fromstring(html)


def _first(doc: HtmlElement, selectors: list[str]) -> HtmlElement | None:
    for selector in selectors:
        found = css(doc, selector)
        if found:
            return found[0]
    return None


def inline_tree(
    doc: HtmlElement, widgets: Inline, title_sel: list[str], body_sel: list[str]
) -> bool:
    """Put the widgets in and around the article's block of ``doc``; False (``doc`` as it
    was) where the family's title or body element is not on the page."""
    title, body = _first(doc, title_sel), _first(doc, body_sel)
    if title is None or body is None or title is body or title in body.iterancestors():
        return False
    # what varies per page is seeded by the article (its headline), so that its print view
    # and its parts show the same (a copy of a page is still a copy)
    target = " ".join(title.text_content().split())
    top = _slot(title)
    top.addprevious(_fragment(widgets.head()))
    if widgets.tools_at == "top":
        top.addnext(_fragment(widgets.tools(target)))
    if widgets.has_video(target):
        kids = [c for c in body if isinstance(c.tag, str)]
        player = _fragment(widgets.player())
        if kids:
            kids[0].addnext(player) if kids[0].tag not in ("br",) else body.insert(0, player)
        else:
            body.insert(0, player)
    end = widgets.in_body_end(target)
    if end:
        body.append(_fragment(end))
    _foot(_slot(body), title).addnext(_fragment(widgets.after(target)))
    return True


FOOT_CHARS = 100


def _foot(el: HtmlElement, title: HtmlElement) -> HtmlElement:
    """The last of the article's own foot lines after ``el`` (a date line, a signature, a
    source: short blocks without a link), else ``el``: portals put their tools and lists
    after the foot. The body's last block in its parent stands for the parent (when that
    does not hold the title)."""
    while (
        el.getnext() is None and el.getparent() is not None
        and el.getparent().tag not in ("body", "html", "td", "form")
        and title not in el.getparent().iterdescendants()
    ):  # fmt: skip
        el = el.getparent()
    nxt = el.getnext()
    while (
        nxt is not None and isinstance(nxt.tag, str) and nxt.find(".//a") is None and nxt.tag != "a"
        and 0 < len(nxt.text_content().strip()) <= FOOT_CHARS
    ):  # fmt: skip
        el, nxt = nxt, nxt.getnext()
    return el


def inline_html(
    body: bytes,
    content_type: str | None,
    widgets: Inline,
    title_sel: list[str],
    body_sel: list[str],
) -> bytes:
    """One HTML page with the site's in-article widgets, as UTF-8 (as it was when the
    family's title and body elements are not both on it)."""
    return rewrite_html(body, content_type,
                        lambda doc: inline_tree(doc, widgets, title_sel, body_sel))  # fmt: skip


class InlineFamily(DerivedFamily):
    """A development family with in-article widgets: the same site id, base URL and articles
    (their truth unchanged), its chrome lines and the widgets'."""

    def __init__(self, family: ModuleType) -> None:
        super().__init__(family)
        self.widgets = Inline(self.SITE_ID, self.NAME, self.ARTICLES)
        self.CHROME += self.widgets.lines()
        self.title_sel, self.body_sel = self.hand_selectors()

    def build_site(self) -> Site:
        w, t, b = self.widgets, self.title_sel, self.body_sel
        return map_html(
            self.family.build_site(), lambda body, ctype, _: inline_html(body, ctype, w, t, b)
        )
