"""Page requisites of realistic weight for the generated portal (:mod:`benchmarks.sitegen`).

A provincial portal's article page loads a skin stylesheet of some tens of kB (which names
background images and a web font or two), jQuery (~90 kB), a header banner, and the
article's photos, 60-180 kB JPEGs. The replica's own assets are a few hundred bytes, which
would make the page requisites' share of a crawl's WARC bytes meaningless; these weigh what
real ones weigh. Everything is deterministic (seeded by path): the same URL always gets the
same bytes, so a re-crawl sees them unchanged. Images and fonts are incompressible, as real
JPEGs and WOFF2 files are; CSS and JavaScript are varied text that gzip compresses about as
much as real ones.
"""

from __future__ import annotations

import random
import zlib

from crawler.replica import assets
from crawler.replica.site import Page

SKIN = "/Portals/_default/skin.css"
FONTS = ("/Portals/_default/fonts/roboto-regular.woff2", "/Portals/_default/fonts/roboto-bold.woff2")
SKIN_IMAGES = {  # path -> (width, height) of a noisy PNG: its weight is about 3 x w x h
    "/Portals/_default/images/bg-header.png": (120, 60),
    "/Portals/_default/images/icons.png": (64, 64),
    "/images/banner.png": (200, 80),
}
PHOTO_KB = (60, 180)


def _seed(path: str) -> int:
    return zlib.crc32(path.encode("utf-8")) or 1


def skin_css(kb: int = 40) -> str:
    """A skin stylesheet of about ``kb`` kB: the replica's rules, web fonts, background
    images, then many varied rules (as a portal theme has)."""
    rng = random.Random(7)
    head = [assets.SKIN_CSS]
    for weight, path in zip(("400", "700"), FONTS, strict=True):
        head.append(f'@font-face{{font-family:"Roboto";font-weight:{weight};'
                    f'src:url("{path}") format("woff2")}}')  # fmt: skip
    head.append(".header{background:#a50000 url(images/bg-header.png) repeat-x}")
    head.append(".icon{background:url('images/icons.png') no-repeat}")
    words = "menu news item box title list link date sapo col row nav btn tab icon".split()
    props = ["color:#{:06x}", "margin:{}px", "padding:{}px {}px", "font-size:{}px",
             "border:1px solid #{:06x}", "width:{}%", "line-height:{}px"]  # fmt: skip
    rules, size = [], sum(map(len, head))
    while size < kb * 1024:
        name = "-".join(rng.sample(words, 2)) + str(rng.randint(1, 60))
        decls = ";".join(
            p.format(*(rng.randint(0, 0xFFFFFF) if "#" in p else rng.randint(1, 40)
                       for _ in range(p.count("{"))))
            for p in rng.sample(props, rng.randint(2, 4))
        )  # fmt: skip
        rule = f".{name}{{{decls}}}\n"
        rules.append(rule)
        size += len(rule)
    return "\n".join(head) + "\n" + "".join(rules)


def script_js(kb: int = 90) -> str:
    """About ``kb`` kB of minified-looking JavaScript (jQuery's weight)."""
    rng = random.Random(11)
    parts, size = [assets.JQUERY_STUB], 0
    names = "each map grep extend ajax css attr data find on off trigger ready".split()
    while size < kb * 1024:
        a, b = rng.sample(names, 2)
        local = "".join(rng.choices("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ", k=6))
        part = (f"function {a}{rng.randint(1, 9999)}(e,{local}){{var n=e.{b}||{rng.random():.6f};"
                f"return {local}?n+{local}.length:{a}(e,\"{local[::-1]}\")}}")  # fmt: skip
        parts.append(part)
        size += len(part)
    return "".join(parts) + "\n"


def photo(path: str) -> Page:
    """An article photo: a valid JPEG of 60-180 kB (by path)."""
    rng = random.Random(_seed(path))
    size = rng.randint(*PHOTO_KB) * 1024
    return Page(200, [("Content-Type", "image/jpeg")], assets.padded_jpeg(size, _seed(path)))


def static_requisites() -> dict[str, Page]:
    """The layout's stylesheet (and the images and fonts it names), script and banner."""
    pages = {
        SKIN: Page.text(skin_css(), "text/css"),
        "/js/jquery.min.js": Page.text(script_js(), "application/javascript"),
    }
    for path, (width, height) in SKIN_IMAGES.items():
        png = assets.png(width, height, noise=_seed(path))
        pages[path] = Page(200, [("Content-Type", "image/png")], png)
    for path in FONTS:
        body = b"wOF2" + random.Random(_seed(path)).randbytes(40 * 1024)
        pages[path] = Page(200, [("Content-Type", "font/woff2")], body)
    return pages
