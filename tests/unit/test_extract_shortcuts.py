"""Extraction's shortcuts give what the longer way gave (issue 12: re-extraction's cost).

Each shortcut is checked against the computation it replaced, on every HTML page of the
development and validation fixture families and on made-up edge cases."""

from __future__ import annotations

import random
import re
from functools import cache

import pytest
from lxml.html import HtmlElement

from config.profile import load_profile
from pipelines import body, pagekind
from pipelines.chrome import Learned
from pipelines.dom import first, parse, text_of, word_count
from pipelines.page import Page, apply_remove, emptied_by, read_page
from tests.families import DEVELOPMENT, VALIDATION

_VI = re.compile(r"[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]", re.I)

EDGE_PAGES = [
    "<html><body>foo<span>bar</span>baz<br>qux<img alt='x'>tail</body></html>",
    "<html><body><picture>inside picture<source></picture>after <!-- a comment --> end</body></html>",
    "<html><body><p>one <script>var x = 1;</script>two</p><noscript>hidden words</noscript>x</body></html>",
    "<html><body><div>a<nav>menu words <b>bold</b></nav>b<form><p>field</p></form>c</div></body></html>",
    "<html><body>" + "<div><p>w1 w2</p><span>w3</span></div>" * 40 + "</body></html>",
    "<html><body><br>text after a br<br/><p>p</p></body></html>",
    "<html><body></body></html>",
]


def _old_vietnamese(text: str) -> bool:
    letters = sum(ch.isalpha() for ch in text)
    return letters > 0 and len(_VI.findall(text)) >= 0.05 * letters


@cache
def _family_trees() -> list[HtmlElement]:
    trees = []
    for family in (*DEVELOPMENT, *VALIDATION):
        for page in family.build_site().pages.values():
            kind = page.header("Content-Type") or ""
            if "html" not in kind or not page.body:
                continue
            try:
                text = page.body.decode("utf-8")
            except UnicodeDecodeError:
                text = page.body.decode("cp1258", errors="replace")
            tree = parse(text)
            if tree is not None:
                trees.append(tree)
    return trees


def _bodies() -> list[HtmlElement]:
    found = [t.find("body") for t in _family_trees()]
    found += [parse(html).find("body") for html in EDGE_PAGES]
    return [b for b in found if b is not None]


def test_the_page_reports_walk_counts_the_words_word_count_counts() -> None:
    bodies = _bodies()
    assert len(bodies) > 200
    for root in bodies:
        chunks: list[str] = []
        lines = body.block_paragraphs(root, chunks=chunks)
        assert lines == body.block_paragraphs(root)
        assert len(" ".join(chunks).split()) == word_count(root)


def test_vietnamese_answers_as_counting_every_letter() -> None:
    texts = [text_of(root) for root in _bodies()]
    rng = random.Random(5)
    vi, latin = "Tỉnh ủy Lào Cai tổ chức hội nghị", "The provincial committee met today"
    for _ in range(300):  # mixes around the 5% line, digits and punctuation between
        words = [rng.choice((vi, latin, "2024 -- 17/03", "...")) for _ in range(rng.randint(0, 30))]
        texts.append(" ".join(words))
    texts += ["", "   ", "12345", "ă", "a" * 19 + "ă", "a" * 21 + "ă", "Ă" + "b" * 19]
    assert any(_old_vietnamese(t) for t in texts) and not all(_old_vietnamese(t) for t in texts)
    for text in texts:
        assert pagekind.vietnamese(text) == _old_vietnamese(text), text[:80]


@pytest.mark.parametrize("html", EDGE_PAGES[:4])
def test_a_skipped_elements_own_text_is_still_counted(html: str) -> None:
    root = parse(html).find("body")
    chunks: list[str] = []
    body.block_paragraphs(root, chunks=chunks)
    assert len(" ".join(chunks).split()) == word_count(root)


@pytest.mark.parametrize(
    ("body", "remove"),
    [
        ([".content"], [".share"]),  # the element matched before is still the first match
        ([".content"], [".content"]),  # removed: looked for again (none)
        ([".content", "article"], [".share", ".content"]),  # removed: the second selector's
        (["div:first-child", ".content"], [".ad"]),  # a pseudo-class: div.x matches now
        (["aside + div"], ["aside"]),  # a sibling combinator: likewise
    ],
)
def test_the_body_element_kept_through_remove_is_the_one_looked_up_after(
    body: list[str], remove: list[str]
) -> None:
    html = (
        "<html><body><span class='ad'>ad</span><div class='x'><aside>a</aside><div>y</div></div>"
        "<div class='content'><p>text</p><div class='share'>Chia sẻ</div></div>"
        "<article><p>other</p></article></body></html>"
    )
    tree = parse(html)
    _, _, kept = apply_remove(tree, remove, body)
    after = first(tree, body)
    assert kept is None or kept is after
    if body == [".content"] and remove == [".share"]:
        assert kept is not None  # the shortcut is taken where it is safe
    if any(c in "".join(body) for c in ":+~"):
        assert kept is None  # never where a removal can make another element match


def test_emptied_by_counts_the_words_before_remove() -> None:
    profile = load_profile("laocai-tinhuy")
    html = (
        "<html><head><title>t</title></head><body><h1 class='title-news'>Tiêu đề</h1>"
        "<div class='views'>" + "lượt xem " * 60 + "</div>"
        "<div class='content-news'><p>Một hai ba bốn.</p></div></body></html>"
    ).encode()
    page = read_page(html, "https://tinhuy.laocai.gov.vn/tin-tuc/a/b.html",
                     {"content-type": "text/html; charset=utf-8"}, profile, Learned())  # fmt: skip
    assert isinstance(page, Page)
    root = parse(html.decode()).find("body")
    assert page.words_before_remove == word_count(root) == 126
    assert emptied_by(page) is not None and emptied_by(page).selector == ".views"
