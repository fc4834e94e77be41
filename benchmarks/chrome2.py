"""The "chrome2" part of the fixture corpus: the development families with the kinds of site
chrome Vietnamese portals put near an article that the other derived parts do not show.

The inline part (:mod:`benchmarks.inline`) puts breadcrumbs, a tool row, share buttons, tags,
a rating, an attachment box, lists of other articles and a comment form in and around the
article's block; the perturbed part (:mod:`benchmarks.perturb`) a header, a sidebar and a
footer of widgets. Portals show more, in the content column itself. This part adds it, on
every page where the family's own title and body elements are found (the hand profile's
selectors only locate them), every choice seeded by the site id (what varies per page seeded
by the article's headline, so a print view or a second part shows what its article shows):

- above the title: an accessibility or cookie bar ("Trang web sử dụng cookie ... Đồng ý",
  "Chế độ tương phản cao", "Hỗ trợ người khuyết tật"), a hotline banner ("Đường dây nóng:
  1900 ...", "Tổng đài 1022"), a news ticker ("Tin mới:" and other articles' titles, in a
  ``<marquee>`` on some sites, in a ``<div>`` on others);
- between the title and the body: an audio reader ("Nghe đọc bài", "Giọng nữ miền Bắc",
  "00:00 / 03:25"), the font-size and print controls each in its own item ("A-", "A", "A+",
  "In bài", "Gửi email", "Quay lại", "Đầu trang"; at the body's end on some sites), a
  table of contents ("Mục lục", numbered in-page links to the text's paragraphs) on some;
- inside the body element: AMP wrappers on some sites (``<amp-img>`` around the images'
  ``<img>``, an ``<amp-ad>`` whose fallback reads "Quảng cáo", ``<amp-social-share>``) and a
  page-number row on the pages of a split article ("Trang 1 2 Tiếp »");
- right after the body, after the article's own foot lines: a gallery strip repeating the
  article's image captions (with "1/3" counters; articles with captions), a QR code ("Quét mã
  QR để đọc bài trên điện thoại"), a social box (a Facebook page plugin's fallback link and a
  Zalo follow button's label), a tag cloud (a bare "Từ khóa"/"Chủ đề" heading and one tag per
  item), "Tin mới nhất | Đọc nhiều" tabs with other articles' titles and times, "Ý kiến bạn
  đọc (2)" comments with names, dates and texts, a "Thăm dò ý kiến" poll (question, options,
  "Biểu quyết", "Xem kết quả"), a "Liên kết website" ``<select>``, a copyright line
  ("Ghi rõ nguồn ... khi phát hành lại thông tin") and, on the sites with a print header, a
  print view's foot (the article's address, the portal's name, address and telephone, "In
  bài này | Đóng cửa sổ").

What stays content: the families' captions, signatures and source lines (the gallery strip
repeats the captions: a second copy is chrome, which the body F1's precision measures, the
first must stay). The truth is the family's, unchanged; the widgets' texts are added to the
family's chrome lines (:meth:`Chrome2.lines`, less any that an article's own text quotes),
so any that reaches a body counts as a leak. Pages are written back as UTF-8.
"""

from __future__ import annotations

from datetime import date
from types import ModuleType
from typing import Any

from lxml.html import HtmlElement

from benchmarks.blind import DerivedFamily, map_html, rewrite_html
from benchmarks.inline import _dmy, _esc, _first, _foot, _fragment, _pick, _slot
from crawler.replica.site import Site

_HOTLINES = ("Đường dây nóng: 1900 9090", "Tổng đài 1022 - Tiếp nhận phản ánh, kiến nghị",
             "Hotline: 0214.3822.115")  # fmt: skip
_VOICES = ("Giọng nữ miền Bắc", "Giọng nam miền Nam", "Giọng nữ miền Trung")
_TAG_HEADS = ("Từ khóa", "Chủ đề", "Thẻ bài viết")
_TAGS = ("dịch vụ công trực tuyến", "hành chính công", "kinh tế số", "xã hội số",
         "phòng chống thiên tai", "an toàn thực phẩm", "bảo hiểm y tế", "khuyến nông")  # fmt: skip
_TABS = (("Tin mới nhất", "Đọc nhiều"), ("Mới nhất", "Xem nhiều nhất"), ("Tin mới", "Tin đọc nhiều"))
_READERS = ("Nguyễn Văn Bình", "Trần Thị Mai", "Lê Quang Huy", "Phạm Thu Trang")
_COMMENTS = ("Thông tin rất hữu ích, cảm ơn ban biên tập.",
             "Mong các cấp sớm triển khai ở địa phương tôi.",
             "Đề nghị công khai tiến độ thực hiện hàng tháng.",
             "Cảm ơn cổng thông tin đã kịp thời đưa tin.")  # fmt: skip
_POLLS = (("Bạn đánh giá thế nào về giao diện cổng thông tin?", ("Rất đẹp", "Đẹp", "Bình thường")),
          ("Bạn thường tìm thông tin gì trên cổng?", ("Văn bản pháp luật", "Thủ tục hành chính", "Tin hoạt động")),
          ("Mức độ hài lòng với dịch vụ công trực tuyến?", ("Rất hài lòng", "Hài lòng", "Chưa hài lòng")))  # fmt: skip
_PRINT_ADDRESS, _PRINT_PHONE = "Số 8 đường Trần Phú, phường Trung tâm", "0214 3999 808"
_LINKS = ("Cổng TTĐT Chính phủ", "Cổng Dịch vụ công quốc gia", "Bộ Nội vụ", "Báo Nhân Dân")
_COPY = ("Ghi rõ nguồn \"{name}\" khi phát hành lại thông tin từ website này.",
         "© Bản quyền thuộc {name}. Nghiêm cấm sao chép khi chưa được sự đồng ý.",
         "Nội dung thuộc bản quyền của {name}, không sao chép dưới mọi hình thức.")  # fmt: skip


class Chrome2:
    """The content column's chrome of one site (see the module's docstring)."""

    def __init__(self, site_id: str, name: str, base: str, articles: list[Any]) -> None:
        from tests.families.texts import TEXTS

        self.site_id, self.name, self.base = site_id, name, base.rstrip("/")
        p = lambda what, n: _pick(site_id, what, n)  # noqa: E731
        self.bar = ("cookie", "access", None)[p("bar", 3)]
        self.hotline = _HOTLINES[p("hotline", 3)] if p("hotline?", 2) == 0 else None
        self.marquee = p("marquee", 2) == 0
        self.voice = _VOICES[p("voice", 3)]
        self.controls_at = ("top", "end")[p("controls", 2)]
        self.toc = p("toc", 3) == 0
        self.amp = p("amp", 3) == 0
        self.tag_head = _TAG_HEADS[p("taghead", 3)]
        self.tabs = _TABS[p("tabs", 3)]
        self.poll = _POLLS[p("poll", 3)]
        self.copyright = _COPY[p("copy", 3)].format(name=name)
        self.print_foot = p("print", 3) == 0
        self.items = [(a.title, a.path) for a in articles]
        said = " ".join(" ".join([lead, *paras]) for _, lead, paras in TEXTS)
        used = {a.text for a in articles}
        spare = [i for i in range(len(TEXTS)) if i not in used and TEXTS[i][0] not in said]
        self.items += [(TEXTS[i][0], f"/tin-tuc/{i}.html") for i in spare[10:16]]
        self._said = "\n".join("\n".join(a.body()) for a in articles)

    # --- the texts a body must not hold -----------------------------------------------------

    def lines(self) -> list[str]:
        out = ["Nghe đọc bài", self.voice, "Quét mã QR", "Quan tâm Zalo OA", "Thăm dò ý kiến",
               self.poll[0], *self.poll[1], "Biểu quyết", "Xem kết quả", "Liên kết website",
               *_LINKS, self.tabs[0], self.tabs[1], "giờ trước", *_READERS, *_COMMENTS,
               "Ý kiến bạn đọc", "Quảng cáo", "Đầu trang", "Tiếp »", self.copyright,
               *_TAGS, *(t for t, _ in self.items)]  # fmt: skip
        if self.bar == "cookie":
            out += ["sử dụng cookie", "Đồng ý"]
        elif self.bar == "access":
            out += ["Chế độ tương phản cao", "Hỗ trợ người khuyết tật"]
        if self.hotline:
            out.append(self.hotline)
        if self.toc:
            out.append("Mục lục")
        if self.print_foot:
            out += ["In bài này", "Đóng cửa sổ", "Địa chỉ bài viết", _PRINT_ADDRESS, _PRINT_PHONE]
        return [x for x in out if x not in self._said]

    # --- the widgets -----------------------------------------------------------------------

    def _n(self, what: str, target: str, n: int, base: int = 0) -> int:
        return base + _pick(self.site_id, f"{what} {target}", n)

    def head(self, target: str) -> str:
        parts = []
        if self.bar == "cookie":
            parts.append('<div class="cookie-notice">Trang web sử dụng cookie để nâng cao trải '
                         'nghiệm người dùng. <a href="#" class="btn">Đồng ý</a></div>')  # fmt: skip
        elif self.bar == "access":
            parts.append('<div class="accessibility"><a href="#">Chế độ tương phản cao</a> '
                         '<a href="#">Hỗ trợ người khuyết tật</a></div>')  # fmt: skip
        if self.hotline:
            parts.append(f'<div class="hotline-banner"><b>{_esc(self.hotline)}</b></div>')
        news = [t for t, _ in self.items if t != target][-4:]
        ticker = " &bull; ".join(f'<a href="#">{_esc(t)}</a>' for t in news)
        if self.marquee:
            parts.append(f'<div class="ticker"><b>Tin mới:</b> <marquee>{ticker}</marquee></div>')
        else:
            parts.append(f'<div class="ticker"><span>Tin mới:</span> <div class="ticker-items">'
                         f"{ticker}</div></div>")  # fmt: skip
        return "<div>" + "".join(parts) + "</div>"

    def reader(self, target: str) -> str:
        secs = self._n("secs", target, 240, 60)
        return (f'<div class="audio-reader"><div>Nghe đọc bài</div><select><option>{self.voice}'
                "</option><option>Giọng nam miền Bắc</option></select><div>"
                f"<span>{self.voice}</span></div><audio src=\"/tts/{secs}.mp3\"></audio>"
                f"<div>00:00 / {secs // 60:02d}:{secs % 60:02d}</div></div>")  # fmt: skip

    def controls(self) -> str:
        items = ("A-", "A", "A+", "In bài", "Gửi email", "Quay lại", "Đầu trang")
        lis = "".join(f'<li><a href="#">{i}</a></li>' for i in items)
        return f'<ul class="article-tools">{lis}</ul>'

    def contents(self, paragraphs: list[str]) -> str:
        lis = "".join(
            f'<li><a href="#muc-{k}">{k}. {_esc(" ".join(p.split()[:7]))}...</a></li>'
            for k, p in enumerate(paragraphs[:3], 1)
        )
        return f'<div class="toc"><div class="toc-title">Mục lục <a href="#">[Ẩn]</a></div><ol>{lis}</ol></div>'

    def after(self, target: str, captions: list[str], url: str) -> str:
        parts = []
        if captions:
            n = len(captions)
            strip = "".join(f'<div class="thumb"><img src="/thumb/{k}.jpg" alt=""><div>{_esc(c)}</div>'
                            f"<span>{k}/{n}</span></div>" for k, c in enumerate(captions, 1))  # fmt: skip
            parts.append(f'<div class="gallery-strip">{strip}</div>')
        parts.append('<div class="qr"><img src="/qr.png" alt="QR code"><div>Quét mã QR để đọc bài '
                     "trên điện thoại</div></div>")  # fmt: skip
        parts.append('<div class="social-box"><div class="fb-page" data-href="https://www.facebook.com/'
                     f'{self.site_id}"><blockquote class="fb-xfbml-parse-ignore"><a href="https://www.'
                     f'facebook.com/{self.site_id}">{_esc(self.name)}</a></blockquote></div>'
                     '<div class="zalo-follow-only-button" data-oaid="1">Quan tâm Zalo OA</div></div>')  # fmt: skip
        first = self._n("tag", target, len(_TAGS))
        tags = "".join(f'<li><a href="/tag/{k}">{_TAGS[(first + 3 * k) % len(_TAGS)]}</a></li>'
                       for k in range(2 + self._n("tagn", target, 3)))  # fmt: skip
        parts.append(f'<div class="tag-cloud"><h4>{self.tag_head}</h4><ul>{tags}</ul></div>')
        others = [(t, p) for t, p in self.items if t != target]
        shift = self._n("tabs", target, len(others))
        new = (others[shift:] + others[:shift])[:4]
        lis = "".join(f'<li><a href="{p}">{_esc(t)}</a> <span>{k + 1} giờ trước</span></li>'
                      for k, (t, p) in enumerate(new))  # fmt: skip
        most = "".join(f'<li><a href="{p}">{_esc(t)}</a></li>' for t, p in others[-3:])
        parts.append(f'<div class="tabs"><ul class="tab-head"><li>{self.tabs[0]}</li><li>{self.tabs[1]}'
                     f'</li></ul><ul>{lis}</ul><ul>{most}</ul></div>')  # fmt: skip
        n = 1 + self._n("comments", target, 2)
        comments = "".join(
            f'<div class="comment-item"><div><b>{_READERS[(k + n) % 4]}</b> - '
            f"{_dmy(date(2024, 4, 2 + k))} 10:1{k}</div>"
            f"<div>{_COMMENTS[(k + n) % 4]}</div></div>" for k in range(n)
        )
        parts.append(f'<div class="comments"><h3>Ý kiến bạn đọc ({n})</h3>{comments}</div>')
        question, options = self.poll
        radios = "".join(f'<div><input type="radio" name="poll"> <label>{o}</label></div>' for o in options)
        parts.append(f'<div class="poll"><h3>Thăm dò ý kiến</h3><div>{question}</div>{radios}'
                     '<div><a href="#">Biểu quyết</a> <a href="#">Xem kết quả</a></div></div>')  # fmt: skip
        opts = "".join(f"<option>{o}</option>" for o in _LINKS)
        parts.append(f'<div class="weblinks"><select><option>-- Liên kết website --</option>{opts}</select></div>')
        parts.append(f'<div class="copyright-note">{_esc(self.copyright)}</div>')
        if self.print_foot:
            parts.append(f'<div class="print-footer"><div>Địa chỉ bài viết: {_esc(url)}</div>'
                         f"<div><b>{_esc(self.name)}</b></div><div>Địa chỉ: {_PRINT_ADDRESS}</div>"
                         f"<div>Điện thoại: {_PRINT_PHONE}</div>"
                         '<div><a href="javascript:window.print()">In bài này</a> | '
                         '<a href="javascript:window.close()">Đóng cửa sổ</a></div></div>')  # fmt: skip
        return "<div>" + "".join(parts) + "</div>"


def _amp(body: HtmlElement) -> None:
    """AMP's wrappers inside the body: ``<amp-img>`` around each image, an ad with a fallback
    text and a share button after the first block."""
    for img in list(body.iter("img")):
        wrap = _fragment(f'<amp-img src="{_esc(img.get("src") or "")}" layout="responsive" '
                         'width="600" height="400"></amp-img>')  # fmt: skip
        img.addprevious(wrap)
        wrap.append(img)  # the image (and its tail) moves into the wrapper
    kids = [c for c in body if isinstance(c.tag, str)]
    ad = _fragment('<div><amp-ad type="adsense" width="300" height="250"><div fallback="">Quảng cáo'
                   '</div></amp-ad><amp-social-share type="facebook"></amp-social-share></div>')  # fmt: skip
    (kids[0].addnext(ad) if kids else body.insert(0, ad))


def chrome2_tree(
    doc: HtmlElement, widgets: Chrome2, family: Any, title_sel: list[str], body_sel: list[str]
) -> bool:
    title, body = _first(doc, title_sel), _first(doc, body_sel)
    if title is None or body is None or title is body or title in body.iterancestors():
        return False
    target = " ".join(title.text_content().split())
    art = next((a for a in family.ARTICLES if a.title == target), None)
    top = _slot(title)
    top.addprevious(_fragment(widgets.head(target)))
    between = widgets.reader(target)
    if widgets.controls_at == "top":
        between += widgets.controls()
    if widgets.toc and art is not None:
        between += widgets.contents(art.paragraphs)
    top.addnext(_fragment(f"<div>{between}</div>"))
    if widgets.amp:
        _amp(body)
    end = widgets.controls() if widgets.controls_at == "end" else ""
    if art is not None and art.split:
        end += '<div class="paging">Trang <a href="?page=1">1</a> <a href="?page=2">2</a> <a href="?page=2">Tiếp »</a></div>'
    if end:
        body.append(_fragment(f"<div>{end}</div>"))
    captions = art.captions() if art is not None else []
    url = widgets.base + (art.path if art is not None else "/")
    _foot(_slot(body), title).addnext(_fragment(widgets.after(target, captions, url)))
    return True


class Chrome2Family(DerivedFamily):
    """A development family with the content column's chrome: the same site id, base URL and
    articles (their truth unchanged), its chrome lines and the widgets'."""

    def __init__(self, family: ModuleType) -> None:
        from benchmarks.extraction_quality import family_base

        super().__init__(family)
        self.widgets = Chrome2(self.SITE_ID, self.NAME, family_base(family), self.ARTICLES)
        self.CHROME += self.widgets.lines()
        self.title_sel, self.body_sel = self.hand_selectors()

    def build_site(self) -> Site:
        w, f, t, b = self.widgets, self.family, self.title_sel, self.body_sel
        return map_html(
            self.family.build_site(),
            lambda body, ctype, _: rewrite_html(body, ctype, lambda doc: chrome2_tree(doc, w, f, t, b)),
        )
