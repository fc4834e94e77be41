"""The text of an element (pipelines.dom.text_chunks: small subtrees walked in Python, larger
ones by lxml's C walk) and the samples the site inference keeps between its runs."""

import threading
from copy import deepcopy

import lxml.html
import pytest
from lxml import etree

from pipelines import dom
from pipelines.inference import sample as sample_mod
from pipelines.inference.sample import memo_of, paragraph_keys, read_samples

TRICKY = (
    "<div id=d>a<!-- c -->ct<?pi x?>pt<form id=f>f<p id=p>p<script>s</script>st<nav>n</nav>nt"
    "<b>b</b>bt{more}</p>pt2<select><option>o</option></select>sel</form>ft</div>"
)


def _tree(more: str = "") -> etree._Element:
    return lxml.html.fromstring(TRICKY.format(more=more))


@pytest.mark.parametrize("big", [False, True], ids=["small", "large"])
def test_text_leaves_out_drop_tags_inside_the_element_and_comments_keeping_tails(big):
    # "large" holds more elements than are walked in Python: lxml's walk reads it
    more = "".join(f"<span>w{i}</span>" for i in range(2 * dom.SMALL_SUBTREE)) if big else ""
    div = _tree(more)
    words = [f"w{i}" for i in range(2 * dom.SMALL_SUBTREE)] if big else []
    assert dom.text_chunks(div) == ["a", "ct", "pt", "ft"]  # the form is left out
    form = div.get_element_by_id("f")
    # an element read whatever it is (a form), its DROP_TAGS descendants left out
    assert dom.text_chunks(form) == ["f", "p", "st", "nt", "b", "bt", *words, "pt2", "sel"]
    assert dom.text_of(form) == " ".join(["f p st nt b bt", *words, "pt2 sel"])
    assert dom.text_chunks(div.get_element_by_id("p")) == ["p", "st", "nt", "b", "bt", *words]
    assert dom.has_text(form) and not dom.has_text(lxml.html.fromstring("<p> <b> </b></p>"))


def test_text_leaves_out_empty_strings_and_entity_references():
    el = lxml.html.fromstring("<div>a<b>x</b><i>y</i></div>")
    el.text, el[0].text = "", ""
    entity = etree.Entity("nbsp")
    entity.tail = "after"
    el[1].append(entity)
    for _ in range(dom.SMALL_SUBTREE):  # large enough for lxml's walk
        etree.SubElement(el, "u").text = "u"
    assert dom.text_chunks(el) == ["y", "after"] + ["u"] * dom.SMALL_SUBTREE


def _page(n: int) -> tuple[str, bytes, dict[str, str]]:
    words = " ".join(f"từ{i}" for i in range(60))
    html = f"<html><body><h1>Bài {n}</h1><div class=c><p>{words} {n}</p></div></body></html>"
    return f"https://a.gov.vn/bai-{n}.html", html.encode(), {"content-type": "text/html"}


def test_a_page_read_again_is_the_kept_sample_and_the_cache_is_bounded(monkeypatch):
    sample_mod.clear_cache()
    monkeypatch.setattr(sample_mod, "CACHE_PAGES", 2)
    first = read_samples([_page(1), _page(2)])
    again = read_samples([_page(2), _page(1)])
    assert [s.url for s in again] == [first[1].url, first[0].url]
    assert again[0] is first[1] and again[1] is first[0]
    # a page given twice in one run is read twice: two samples never share a tree
    twice = read_samples([_page(1), _page(1)])
    assert twice[0].tree is not twice[1].tree
    read_samples([_page(3)])  # the least recently used page (2) is dropped
    assert read_samples([_page(2)])[0] is not first[1]
    # another thread keeps its own: no tree is read by two threads at once
    other: list = []
    thread = threading.Thread(target=lambda: other.extend(read_samples([_page(2)])))
    thread.start()
    thread.join()
    assert other[0].tree is not read_samples([_page(2)])[0].tree
    sample_mod.clear_cache()


def test_what_is_kept_of_an_element_is_kept_only_for_a_kept_samples_tree():
    sample_mod.clear_cache()
    (kept,) = read_samples([_page(4)])
    div = kept.tree.find(".//div")
    assert memo_of(div) is kept.extra
    assert paragraph_keys(div) is paragraph_keys(div)  # worked out once
    copy = deepcopy(div)  # a copy may be cut down: nothing of it is kept
    assert memo_of(copy) is None
    copy[0].drop_tree()
    assert paragraph_keys(copy) == frozenset()
    sample_mod.clear_cache()


def test_clean_of_a_collapsed_text_is_the_split_and_joined_one():
    import unicodedata

    texts = ["Tỉnh ủy Lào Cai", "a  b", " a", "a ", "a\xa0b", "a\nb", "e\u0301 x", "a\u3000b", ""]
    for text in texts:
        want = unicodedata.normalize("NFC", " ".join(text.split())) if text else ""
        assert dom.clean(text) == want, text


@pytest.mark.parametrize("big", [False, True], ids=["small", "large"])
def test_text_sizes_of_a_tree_measured_in_one_walk_are_the_texts_lengths(big):
    more = "<span>x y</span>" * 30 if big else ""
    html = (f"<html><body><div id=a>  Sáng   nay <span>Ban  Thường vụ</span>\n<td>ô</td>"
            f"{TRICKY.format(more=more)}<table><tr><td> Tỉnh ủy </td></tr></table></div>"
            "<div>  </div></body></html>")  # fmt: skip
    tree = lxml.html.document_fromstring(html)
    sizes = sample_mod._sizes(tree)  # noqa: SLF001
    assert sizes is not None
    elements = list(tree.iter(*sample_mod.SIZED_TAGS))
    assert elements and all(sizes[el] == len(dom.text_of(el)) for el in elements)
    # a decomposed text node (NFC would shorten it): measured one by one instead
    decomposed = lxml.html.document_fromstring("<html><body><div>Vie\u0302\u0323t</div></body></html>")
    assert sample_mod._sizes(decomposed) is None  # noqa: SLF001


@pytest.mark.parametrize(
    "html",
    [
        "<div>" + "<span> </span>" * 30 + "<script>x</script><p>late</p></div>",  # text last
        "<div>" + "<span> </span>" * 30 + "<script>only a script</script></div>",  # none
        "<div>" + "<b> </b>" * 30 + "<p>no drop tag</p></div>",  # lxml's walk, text last
        "<div>" + "<b> </b>" * 30 + "</div>",  # lxml's walk, none
        "<div><p>first</p>" + "<b> </b>" * 30 + "<style>s</style></div>",  # text first
        "<div>" + "<i><!-- c --></i>" * 20 + "&nbsp;<noscript>n</noscript>tail</div>",
    ],
)
def test_has_text_reads_up_to_the_first_word_and_says_what_the_whole_text_says(html):
    el = lxml.html.fromstring(html)
    assert dom.has_text(el) == any(chunk.strip() for chunk in dom.text_chunks(el))


def test_a_readers_name_under_a_comments_heading_is_in_comments() -> None:
    from pipelines.dom import in_comments

    tree = lxml.html.fromstring(
        '<div><div class="info"><b>Minh Anh</b></div><p>Text.</p><div class="box"><h3>Ý kiến bạn '
        'đọc (2)</h3><div><div><b>Lê Quang Huy</b> - 02/04/2024 10:10</div><div>Rất hữu ích.</div>'
        "</div></div></div>"
    )
    names = {el.text: el for el in tree.iter("b")}
    assert in_comments(names["Lê Quang Huy"]) and not in_comments(names["Minh Anh"])


@pytest.mark.parametrize(
    "html",
    [
        TRICKY.format(more=""),
        TRICKY.format(more="<span>x  y</span>" * 30),  # lxml's walk, DROP_TAGS inside
        "<div>" + "<b>wo\u0301rd </b>\n" * 40 + "</div>",  # lxml's walk, decomposed: NFC shortens
        "<div>" + "<span> </span>" * 30 + "<script>x</script><p>late</p></div>",
        "<div>a &amp; b" + "<i><!-- c --></i>" * 20 + "&nbsp;<noscript>n</noscript>tail</div>",
        "<div>" + "  \n ".join(["<p>Sáng nay Ban Thường vụ Tỉnh ủy họp</p>"] * 12) + "</div>",
    ],
)
def test_text_longer_says_what_the_whole_texts_length_says(html):
    # it reads only the first chunks it needs: whatever the limit, its answer is the length's
    el = lxml.html.fromstring(html)
    length = len(dom.text_of(el))
    for limit in sorted({0, 1, 10, 40, 100, 120, 150, length - 1, length, length + 1, 2 * length}):
        assert dom.text_longer(el, limit) == (length > limit), (limit, length)


def test_a_teasers_link_share_is_read_up_to_the_size_it_decides() -> None:
    # in_teaser asks text_longer(block, _most_text(linked)) instead of reading the block's
    # whole text: the same verdict as linked >= TEASER_LINK_SHARE * len(text_of(block))
    share = dom.TEASER_LINK_SHARE
    for linked in range(0, 3000):
        most = dom._most_text(linked)
        for size in range(max(0, most - 2), most + 3):
            assert (linked >= share * size) == (size <= most), (linked, size)
    for words in (1, 3, 4, 6, 8, 12, 40):
        tree = lxml.html.fromstring(
            f'<div><div class="row"><a href="/tin/a.html">Tin một hai ba</a> {"chữ " * words}'
            "<span>12/03/2024</span></div></div>"
        )
        row = tree.find(".//div[@class='row']")
        linked = len(dom.text_of(row.find("a")))
        whole = linked >= share * len(dom.text_of(row))
        assert dom.in_teaser(row.find("span")) == whole, words
