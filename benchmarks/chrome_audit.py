"""Chrome mechanism audit: every kind of portal chrome, at every place portals put it in and
around the article's block, on every family template, must stay out of the body, and the
body must keep all of the article's text.

    python -m benchmarks.chrome_audit                        # dev + validation, both paths
    python -m benchmarks.chrome_audit --site fx-joomla --kind rating --place body_last
    python -m benchmarks.chrome_audit --rounds 0 --json /tmp/chrome_audit.json

A mechanism audit (issue 10: "no chrome line in an article's body"), like
:mod:`benchmarks.date_audit` for dates and :mod:`benchmarks.author_audit` for bylines. The
article pages of the non-sealed families (the parts of :data:`PARTS`) get one chrome block of
one **kind** (:data:`KINDS`: what Vietnamese portals show in the content column, each in
several markups: classes, ids, or bare ``<div>``/``<span>`` with none) at one **place**
(:data:`PLACES`). One site variant per (family, place, kind): the kind and its markup are the
site's template, the same on every article page (its per-page texts vary as a portal's do: a
view count, the related articles' titles); the kinds rotate over the families (the family of
rank ``r`` at the place of index ``p`` takes kind ``r + 5 * p + round * families``, so every
kind meets every place on several templates; ``--rounds 0`` writes every kind everywhere).
Each variant is extracted on the single-page path (the ad-hoc profile, chrome learned from
the site's pages) and on the crawl path (the ad-hoc crawl: the site model of the variant's
pages once confident), both as :func:`benchmarks.extraction_quality.crawl_like` does, and
per (kind, place, path) the audit counts:

- ``leaked``: chrome lines (a kind's :attr:`Block.markers`: its labels, link texts and
  items, each a line a reader sees) found in an article's body (a marker the article's own
  text or the unchanged family's body holds is not counted);
- ``lost``: article lines (the truth's body lines) the unchanged family's body keeps and the
  variant's body lacks (the recall side: a chrome rule that takes the article's text with the
  chrome);
- ``dropped``: articles that are no longer article records.

**Controls** (:data:`CONTROLS`): sentences of an article that use chrome's words ("chia sẻ",
"bình chọn", "xem thêm", "Facebook và Zalo", "tải về", "ý kiến bạn đọc", "Tin liên quan")
written as the body's paragraphs (first, last, and a short last line) and added to the truth:
any of them missing is ``lost``; they never count as leaks.

The places: before the headline inside the article's block (``before_title``), between the
headline and the body (``after_title``), the body element's first line (``body_first``), its
last line (``body_last``), right after the body element within the article's block
(``after_body``; at the body's end when the body's element holds the headline too), and
``plain_p``: the block's lines as the body's own paragraphs, ``<p>`` with no class, after its
last line.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from lxml.html import HtmlElement

from benchmarks.author_audit import _at_top
from benchmarks.blind import DerivedFamily, map_html, rewrite_html
from benchmarks.extraction_quality import (
    crawl_like,
    families,
    family_base,
    mode_profile,
    site_pages,
)
from benchmarks.forms import _at_end, _beside, _el, _owner, _Page
from crawler.replica.site import Site
from pipelines.dom import clean, contains

PARTS = ("dev", "validation")
MODES = {"single": "single", "crawl": "adhoc"}  # the audit's path -> the benchmark's mode
PLACES = ("before_title", "after_title", "body_first", "body_last", "after_body", "plain_p")
#: the places inside the body element, where a control sentence is written
BODY_PLACES = ("body_first", "body_last", "plain_p")
_TITLES = (
    "Hội nghị trực tuyến tổng kết công tác cải cách hành chính năm 2023",
    "Ra mắt mô hình tổ dân phố văn minh, sạch đẹp tại phường Trung tâm",
    "Kiểm tra công tác phòng cháy chữa cháy tại các chợ đầu mối",
    "Tập huấn nghiệp vụ công tác văn thư, lưu trữ cho cán bộ cấp xã",
    "Phát động phong trào thi đua yêu nước giai đoạn 2024 - 2025",
    "Hỗ trợ hộ nghèo sửa chữa nhà ở trước mùa mưa bão",
    "Triển khai kế hoạch tiêm chủng mở rộng cho trẻ em dưới 5 tuổi",
    "Giao ban công tác quốc phòng địa phương quý I",
)
_TAGS = ("cải cách hành chính", "chuyển đổi số", "nông thôn mới", "an sinh xã hội", "y tế cơ sở")


@dataclass(frozen=True)
class Block:
    """A chrome block as one page shows it: ``html`` in its markup (one element), ``rows``
    its lines as inline HTML (each written as a bare ``<p>`` at the ``plain_p`` place) and
    ``markers`` the texts whose presence in a body is a leaked line."""

    html: str
    rows: tuple[str, ...]
    markers: tuple[str, ...]


def _box(markup: int, classes: tuple[str, ...], inner: str, tag: str = "div") -> str:
    """``inner`` in a ``<tag>`` of the markup's class (``class``, then ``id``, then none)."""
    style = markup % 3
    name = classes[(markup // 3) % len(classes)]
    attr = f' class="{name}"' if style == 0 else f' id="{name}"' if style == 1 else ""
    return f"<{tag}{attr}>{inner}</{tag}>"


def _titles(k: int, n: int = 3) -> list[str]:
    return [_TITLES[(k + i) % len(_TITLES)] for i in range(n)]


def _share_print(k: int, m: int) -> Block:
    links = ('<a href="javascript:window.print()">In bài</a>', '<a href="mailto:?subject=tin">Gửi email</a>',
             '<a href="javascript:history.back()">Quay lại</a>', '<a href="#top">Lên đầu trang</a>')  # fmt: skip
    row = " | ".join(links) if m % 2 == 0 else "".join(f"<span>{x}</span>" for x in links)
    return Block(_box(m, ("print-tools", "article-tools", "divTools"), row), (row,),
                 ("In bài", "Gửi email", "Quay lại", "Lên đầu trang"))  # fmt: skip


def _social(k: int, m: int) -> Block:
    u = f"https%3A%2F%2Fexample.gov.vn%2Ftin-{k}.html"
    row = (f'<span>Chia sẻ:</span> <a href="https://www.facebook.com/sharer/sharer.php?u={u}">Facebook</a> '
           f'<a href="https://zalo.me/share?u={u}">Zalo</a> <a href="https://twitter.com/intent/tweet?url={u}">Twitter</a>')  # fmt: skip
    if m % 2:
        row = f'<a class="btn-share" href="#">Chia sẻ</a> <span>Facebook</span> <span>Zalo</span> <span>Thích {3 + k}</span>'
    return Block(_box(m, ("social-share", "share-buttons", "shareBox"), row), (row,), ("Chia sẻ", "Facebook", "Zalo"))


def _tags(k: int, m: int) -> Block:
    label = ("Từ khóa:", "Tags:")[m % 2]
    tags = [_TAGS[(k + i) % len(_TAGS)] for i in range(3)]
    links = ", ".join(f'<a href="/tag/{i}-{k}.html">{t}</a>' for i, t in enumerate(tags))
    row = f"<strong>{label}</strong> {links}"
    return Block(_box(m, ("tags", "tag-list", "keywords"), row), (row,), (label, *tags))


def _rating(k: int, m: int) -> Block:
    stars = "".join(f'<a href="#" title="{i} sao">★</a>' for i in range(1, 6))
    rows = ("<span>Đánh giá bài viết</span>", stars,
            f'<input type="button" value="Bình chọn"><span>Bình chọn</span> <span>({7 + k} lượt đánh giá)</span>')  # fmt: skip
    inner = "".join(f"<div>{r}</div>" for r in rows)
    return Block(_box(m, ("rating", "vote-box", "danhgia"), inner), rows,
                 ("Đánh giá bài viết", "Bình chọn", "lượt đánh giá"))  # fmt: skip


def _comment_form(k: int, m: int) -> Block:
    rows = ("<strong>Ý kiến bạn đọc</strong>", '<label>Họ tên:</label> <input type="text" name="name">',
            '<label>Email:</label> <input type="text" name="email">', '<textarea name="content"></textarea>',
            '<label>Mã xác nhận:</label> <input type="text" name="captcha"> <img src="/captcha.ashx" alt="">',
            '<button type="submit">Gửi ý kiến</button>')  # fmt: skip
    inner = "<h3>Ý kiến bạn đọc</h3>" + "".join(f"<div>{r}</div>" for r in rows[1:])
    return Block(_box(m, ("comment-form", "binhluan", "frmComment"), inner, ("div", "form")[m % 2]), rows,
                 ("Ý kiến bạn đọc", "Họ tên:", "Mã xác nhận", "Gửi ý kiến"))  # fmt: skip


def _font_size(k: int, m: int) -> Block:
    row = ('<span>Cỡ chữ:</span> <a href="#" class="fs-minus">A-</a> <a href="#">A</a> <a href="#" class="fs-plus">A+</a>'
           if m % 2 == 0 else '<a href="#">A-</a><a href="#">A</a><a href="#">A+</a> <span>Cỡ chữ</span>')  # fmt: skip
    return Block(_box(m, ("font-size", "text-size", "fontsize"), row), (row,), ("Cỡ chữ", "A+", "A-"))


def _audio(k: int, m: int) -> Block:
    rows = ("<span>Nghe đọc bài</span>",
            '<select><option>Giọng nữ miền Bắc</option><option>Giọng nam miền Nam</option></select>',
            f'<audio controls src="/audio/tin-{k}.mp3"></audio> <span>00:00 / 0{2 + k % 7}:25</span>')  # fmt: skip
    inner = "".join(f"<div>{r}</div>" for r in rows)
    return Block(_box(m, ("audio-player", "tts-box", "nghedoc"), inner), rows,
                 ("Nghe đọc bài", "Giọng nữ miền Bắc", "00:00 /"))  # fmt: skip


def _views(k: int, m: int) -> Block:
    row = f"Lượt xem: {1 + k % 9}.{(234 + 97 * k) % 1000:03d}"
    return Block(_box(m, ("view-count", "luotxem", "lblViews"), f"<span>{row}</span>"), (row,), ("Lượt xem",))


def _copyright(k: int, m: int) -> Block:
    row = ('Bản quyền thuộc Cổng thông tin điện tử tỉnh. Ghi rõ nguồn "Cổng TTĐT tỉnh" '
           "khi phát hành lại thông tin từ website này.")
    return Block(_box(m, ("copyright", "ban-quyen", "note-source"), f"<em>{row}</em>"), (row,),
                 ("Bản quyền thuộc", "khi phát hành lại thông tin"))  # fmt: skip


def _list(heading: str, k: int, m: int, classes: tuple[str, ...], dated: bool) -> Block:
    items = [(t, f"({(k + i) % 27 + 1:02d}/0{(k + i) % 9 + 1}/2024)" if dated else "")
             for i, t in enumerate(_titles(k))]  # fmt: skip
    rows = tuple(f'<a href="/tin-tuc/khac-{k}-{i}.html">{t}</a> {d}'.strip() for i, (t, d) in enumerate(items))
    heading_html = (f"<h3>{heading}</h3>", f'<div class="title">{heading}</div>', f"<strong>{heading}</strong>")[m % 3]
    inner = heading_html + "<ul>" + "".join(f"<li>{r}</li>" for r in rows) + "</ul>"
    return Block(_box(m, classes, inner), (f"<strong>{heading}</strong>", *rows), (heading, *(t for t, _ in items)))


def _related(k: int, m: int) -> Block:
    return _list("Tin liên quan", k, m, ("related-news", "tin-lien-quan", "relatedBox"), False)


def _others(k: int, m: int) -> Block:
    return _list("Các tin khác", k, m, ("other-news", "tinkhac", "cactinkhac"), True)


def _related_posts(k: int, m: int) -> Block:
    return _list("Bài viết liên quan", k + 3, m, ("related-posts", "baivietlienquan", "post-related"), False)


def _breadcrumb(k: int, m: int) -> Block:
    sep = (" » ", " > ", " / ")[m % 3]
    row = sep.join(('<a href="/">Trang chủ</a>', '<a href="/tin-tuc">Tin tức - Sự kiện</a>',
                    '<a href="/tin-tuc/hoat-dong">Hoạt động địa phương</a>'))  # fmt: skip
    return Block(_box(m, ("breadcrumb", "duongdan", "navpath"), row), (row,), ("Trang chủ", "Hoạt động địa phương"))


def _read_more(k: int, m: int) -> Block:
    title = _TITLES[(k + 5) % len(_TITLES)]
    rows = (f'<strong>Xem thêm:</strong> <a href="/tin-tuc/xem-them-{k}.html">{title}</a>',
            '<a href="/tin-tuc/hoat-dong" class="more">Đọc tiếp »</a>')  # fmt: skip
    inner = "".join(f"<div>{r}</div>" for r in rows)
    return Block(_box(m, ("read-more", "xemthem", "lnkMore"), inner), rows, ("Xem thêm", title, "Đọc tiếp"))


def _attachments(k: int, m: int) -> Block:
    name = f"Ke-hoach-so-{100 + k}-KH-UBND.pdf"
    rows = ("<strong>Tài liệu đính kèm</strong>",
            f'<span>{name}</span> <a href="/Uploads/files/{name}">Tải về</a>')  # fmt: skip
    inner = "".join(f"<div>{r}</div>" for r in rows)
    return Block(_box(m, ("attachments", "file-attach", "tailieu"), inner), rows, ("Tài liệu đính kèm", "Tải về"))


def _qr(k: int, m: int) -> Block:
    row = '<img src="/qr/tin.png" alt="QR code"> <span>Quét mã QR để đọc bài trên điện thoại</span>'
    return Block(_box(m, ("qr-code", "qrcode", "maQR"), row), (row,), ("Quét mã QR",))


KINDS: dict[str, Callable[[int, int], Block]] = {
    "share_print": _share_print, "social": _social, "tags": _tags, "rating": _rating,
    "comment_form": _comment_form, "font_size": _font_size, "audio": _audio, "views": _views,
    "copyright": _copyright, "related": _related, "others": _others, "breadcrumb": _breadcrumb,
    "read_more": _read_more, "attachments": _attachments, "qr": _qr, "related_posts": _related_posts,
}  # fmt: skip

#: article sentences that use chrome's words: text, never chrome
CONTROLS: dict[str, str] = {
    "ctl_chia_se": "Phát biểu tại hội nghị ở xã {x}, đồng chí Phó Chủ tịch UBND tỉnh chia sẻ những khó khăn "
                   "của {n} hộ dân khi làm thủ tục hành chính trên môi trường mạng.",
    "ctl_binh_chon": "Kết quả bình chọn cho thấy {n}% người dân xã {x} hài lòng với chất lượng phục vụ của "
                     "bộ phận một cửa.",
    "ctl_xem_them": "Người dân xã {x} có thể xem thêm hướng dẫn chi tiết và tải về {n} mẫu đơn tại trang "
                    "thông tin điện tử của Ủy ban nhân dân huyện.",
    "ctl_facebook": "Thông tin về {n} điểm tiêm tại xã {x} được đăng tải trên trang Facebook và Zalo chính "
                    "thức của Trung tâm Y tế để bạn đọc theo dõi.",
    "ctl_y_kien": "Mọi ý kiến bạn đọc về {n} tác phẩm dự thi của xã {x} xin gửi về Ban biên tập, bản quyền "
                  "các tác phẩm thuộc về Ban tổ chức.",
    "ctl_short": "Tin liên quan đến {n} hộ dân xã {x} sẽ được thông tin sau.",
}  # fmt: skip
_PLACES_VI = ("Bản Vược", "Cốc San", "Quang Kim", "Phìn Ngan", "Mường Hum", "Trịnh Tường", "Nậm Chạc")
ALL = (*KINDS, *CONTROLS)


def fitting(place: str) -> list[str]:
    """The kinds written at ``place`` (a control only inside the body element)."""
    return [*KINDS, *(CONTROLS if place in BODY_PLACES else ())]


def control_text(kind: str, k: int) -> str:
    """The control sentence of ``kind`` in the article of index ``k`` (its own words: an
    article's sentence is on no other page, a repeated one would be chrome by repetition)."""
    return CONTROLS[kind].format(n=12 + 7 * k, x=_PLACES_VI[k % len(_PLACES_VI)])


def block(kind: str, k: int, markup: int) -> Block:
    """The block of ``kind`` on the page of article ``k`` in the site's ``markup``."""
    if kind in CONTROLS:
        text = control_text(kind, k)
        return Block(f"<p>{text}</p>", (text,), ())
    return KINDS[kind](k, markup)


def write(page: _Page, place: str, blk: Block) -> bool:
    """``blk`` written into ``page`` at ``place``; False when the page has no such place (a
    split article's first page has no last paragraph)."""
    if place == "before_title":
        _beside(page.title, _el(blk.html), before=True)
    elif place == "after_title":
        _beside(page.title, _el(blk.html))
    elif place == "body_first":
        return _at_top(page, _el(blk.html))
    elif place == "body_last":
        if not page.has_last:
            return False
        _at_end(page, _el(blk.html))
    elif place == "after_body":
        if not page.has_last:
            return False
        if contains(page.body, page.title):
            _at_end(page, _el(blk.html))
        else:
            _beside(page.body, _el(blk.html))
    elif place == "plain_p":
        if not page.has_last:
            return False
        for row in blk.rows:  # (each after the ones written already)
            _at_end(page, _el(f"<p>{row}</p>"))
    else:
        raise ValueError(f"unknown place {place!r}")
    return True


class AuditArticle:
    """A family's article with one chrome block (or control sentence) at one place."""

    def __init__(self, art: Any, kind: str, place: str, index: int, markup: int) -> None:
        self.art, self.kind, self.place = art, kind, place
        self.path = art.path
        self.block = block(kind, index, markup)
        self.written = False  # the article's own page took the block

    def control(self) -> str | None:
        return self.block.rows[0] if self.kind in CONTROLS else None

    def rewrite(self, doc: HtmlElement, target: str) -> None:
        page = _Page(doc, self.art)
        if page.title is None or page.body is None or not page.lines:
            return
        if write(page, self.place, self.block) and target == self.path:
            self.written = True


class AuditFamily(DerivedFamily):
    """A family with one chrome kind at one place on every article page (``kind`` None: the
    family's pages unchanged, written back as UTF-8 like the others)."""

    def __init__(self, family: Any, kind: str | None, place: str, markup: int) -> None:
        super().__init__(family)
        self.kind, self.place = kind, place
        self.ARTICLES = [AuditArticle(a, kind, place, i, markup) for i, a in enumerate(family.ARTICLES)] if kind else []

    def build_site(self) -> Site:
        def rewrite(body: bytes, ctype: str, target: str) -> bytes:
            art = _owner(target, self.ARTICLES)
            if art is None:
                return rewrite_html(body, ctype, lambda doc: None)
            return rewrite_html(body, ctype, lambda doc: art.rewrite(doc, target))

        return map_html(self.family.build_site(), rewrite)


def _record(got: dict[str, Any], url: str, title: str) -> Any:
    # (a crawl's record is at the URL the site model settles on: one parameter less)
    return got.get(url) or next((r for r in got.values() if r.title == title), None)


_BASELINES: dict[tuple[str, str], dict[str, Any]] = {}


def baseline(family: Any, mode: str) -> dict[str, Any]:
    """The unchanged family's records on ``mode``'s path (once per family and path)."""
    key = (family.SITE_ID, mode)
    if key not in _BASELINES:
        variant = AuditFamily(family, None, PLACES[0], 0)
        pages = site_pages(variant.build_site())
        base = family_base(variant).rstrip("/")
        _BASELINES[key] = crawl_like(pages, base, mode_profile(variant, MODES[mode], pages), one_text=False)
    return _BASELINES[key]


def audit_family(family: Any, kind: str, place: str, markup: int,
                 modes: tuple[str, ...] = tuple(MODES)) -> list[dict[str, Any]]:  # fmt: skip
    """One row per (article, path) of one site variant: its leaked and lost lines."""
    variant = AuditFamily(family, kind, place, markup)
    pages = site_pages(variant.build_site())
    base = family_base(variant).rstrip("/")
    written = [a for a in variant.ARTICLES if a.written]
    rows: list[dict[str, Any]] = []
    for mode in modes:
        got = crawl_like(pages, base, mode_profile(variant, MODES[mode], pages), one_text=False)
        before = baseline(family, mode)
        for art in written:
            truth = art.art.truth(base)
            record = _record(got, truth["url"], art.art.title)
            was = _record(before, truth["url"], art.art.title)
            own = "\n".join([truth["title"], *truth["body"]])
            kept = was.body_text if was is not None else ""
            row = {"site": family.SITE_ID, "path": art.path, "mode": mode, "kind": kind, "place": place,
                   "markup": markup, "leaked": [], "lost": [], "dropped": record is None,
                   "control": art.control()}  # fmt: skip
            if record is not None:
                body = record.body_text
                row["leaked"] = [m for m in art.block.markers if m in body and m not in own and m not in kept]
                lines = [clean(x) for x in truth["body"] if clean(x) and clean(x) in kept]
                ctl = art.control()
                row["lost"] = [x for x in (*lines, *([ctl] if ctl else [])) if x not in body]
            rows.append(row)
    return rows


def audit(parts: tuple[str, ...] = PARTS, places: tuple[str, ...] = PLACES, rounds: int = 2,
          modes: tuple[str, ...] = tuple(MODES), sites: tuple[str, ...] = (),
          kinds: tuple[str, ...] = ()) -> dict[str, Any]:  # fmt: skip
    """{"rows": [...]} over the (family, place, kind) variants: the family of rank ``r`` at
    the place of index ``p`` takes kind ``r + 5 p + j * n`` of those fitting the place, for
    round ``j`` (``n`` the number of families; ``rounds`` 0: every kind); its markup is
    ``r + p``."""
    fams = [(site_id, f) for part in parts for site_id, f in sorted(families(part).items())]
    rows: list[dict[str, Any]] = []
    for rank, (site_id, family) in enumerate(fams):
        if sites and site_id not in sites:
            continue
        for place in places:
            p = PLACES.index(place)
            names = [k for k in fitting(place) if not kinds or k in kinds]
            if not names:
                continue
            chosen = names if rounds == 0 or kinds else sorted(
                {names[(rank + 5 * p + j * len(fams)) % len(names)] for j in range(rounds)}, key=names.index)
            for kind in chosen:
                rows += audit_family(family, kind, place, rank + p, modes)
    return {"rows": rows}


def report(result: dict[str, Any], detail: int = 40) -> str:
    rows = result["rows"]
    leaked = sum(len(r["leaked"]) for r in rows)
    lost = sum(len(r["lost"]) for r in rows)
    ctl_rows = [r for r in rows if r["kind"] in CONTROLS]
    ctl_lost = sum(len([x for x in r["lost"] if x == r["control"]]) for r in ctl_rows)
    dropped = sum(r["dropped"] for r in rows)
    lines = [f"chrome audit: {len(rows)} cases (article x path), {leaked} chrome lines leaked "
             f"({sum(1 for r in rows if r['leaked'])} bodies), {lost} article lines lost, "
             f"{dropped} dropped; controls: {len(ctl_rows)} cases, {ctl_lost} control lines lost"]  # fmt: skip
    for key in ("mode", "place", "kind", "site"):
        counts: Counter[str] = Counter()
        losses: Counter[str] = Counter()
        for r in rows:
            counts[r[key]] += len(r["leaked"])
            losses[r[key]] += len(r["lost"])
        shown = [f"{k} {counts[k]}/{losses[k]}" for k, _ in (counts + losses).most_common()]
        if shown:
            lines.append(f"by {key} (leaked/lost): " + ", ".join(shown))
    table: dict[tuple[str, str], dict[str, list[int]]] = defaultdict(lambda: {m: [0, 0, 0] for m in MODES})
    for r in rows:
        cell = table[(r["kind"], r["place"])][r["mode"]]
        cell[0] += 1
        cell[1] += len(r["leaked"])
        cell[2] += len(r["lost"]) + r["dropped"]
    lines.append("\nkind x place: cases leaked lost per path (" + ", ".join(MODES) + ")")
    for kind in ALL:
        for place in PLACES:
            if (kind, place) in table:
                cells = "  ".join(f"{c[0]:>3} {c[1]:>3} {c[2]:>3}" for c in table[(kind, place)].values())
                lines.append(f"  {kind:<14} {place:<13} {cells}")
    bad = [r for r in rows if r["leaked"] or r["lost"] or r["dropped"]]
    if bad and detail:
        lines.append("\ncases:")
        for r in bad[:detail]:
            lines.append(f"  [{r['mode']}] {r['site']}{r['path']} {r['kind']}@{r['place']} m{r['markup']}: "
                         f"leaked {r['leaked']} lost {[x[:50] for x in r['lost']]}"
                         f"{' DROPPED' if r['dropped'] else ''}")  # fmt: skip
        if len(bad) > detail:
            lines.append(f"  ... {len(bad) - detail} more")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--part", action="append", choices=PARTS, help="a part (repeatable; default: both)")
    parser.add_argument("--site", action="append", help="only this family (repeatable)")
    parser.add_argument("--place", action="append", choices=PLACES, help="a place (repeatable)")
    parser.add_argument("--kind", action="append", choices=ALL, help="a kind or control (repeatable; every family)")
    parser.add_argument("--mode", action="append", choices=tuple(MODES), help="a path (repeatable; default: both)")
    parser.add_argument("--rounds", type=int, default=2, help="kinds per family and place (0: all of them)")
    parser.add_argument("--detail", type=int, default=40, help="failing cases listed")
    parser.add_argument("--json", metavar="PATH", help="write the full result as JSON")
    args = parser.parse_args(argv)
    result = audit(tuple(args.part or PARTS), tuple(args.place or PLACES), args.rounds,
                   tuple(args.mode or MODES), tuple(args.site or ()), tuple(args.kind or ()))  # fmt: skip
    print(report(result, args.detail))
    if args.json:
        with open(args.json, "w", encoding="utf-8") as fh:
            json.dump(result, fh, ensure_ascii=False, indent=1)
    return 0


if __name__ == "__main__":
    sys.exit(main())
