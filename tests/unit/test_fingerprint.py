"""Near-identical bodies at two URLs of one site: the building block the ingestor uses."""

from __future__ import annotations

from trafilatura.deduplication import Simhash

from pipelines.chrome import normalize
from pipelines.extract import extract
from pipelines.fingerprint import MAX_DISTANCE, distance, fingerprint, near_duplicate, simhash
from pipelines.record import ArticleRecord
from tests.families.texts import TEXTS
from tests.fixtures import inference_site as site

ADHOC = site.BASE + "/"


def _body(i: int, printed: bool) -> list[str]:
    from config.profile import adhoc_profile

    # the print copy at a URL that does not say it is one (at /in-bai/ it is refused by its URL)
    url = site.BASE + (f"/xem-nhanh/{1000 + i}.html" if printed else site.slug(i))
    record = extract(site.article(i, printed).encode(), url, {}, adhoc_profile(ADHOC))
    assert isinstance(record, ArticleRecord), record
    return record.body


def test_a_print_view_without_canonical_is_the_same_article() -> None:
    page, printed = _body(0, False), _body(0, True)
    assert near_duplicate(page, printed)
    assert distance(fingerprint(page), fingerprint(printed)) <= MAX_DISTANCE


def test_a_redirect_copy_with_a_different_edge_is_the_same_article() -> None:
    lead, paragraphs = TEXTS[2][1], TEXTS[2][2]
    one = [lead, *paragraphs, "BBT"]
    other = "\n".join([lead, *paragraphs, "In bài | Gửi email"])  # text form, one more edge line
    assert near_duplicate(one, other)


def test_two_articles_are_not_duplicates() -> None:
    for i in range(6):
        a = [TEXTS[i][1], *TEXTS[i][2]]
        b = [TEXTS[i + 1][1], *TEXTS[i + 1][2]]
        assert not near_duplicate(a, b)
        assert distance(fingerprint(a), fingerprint(b)) > 0
    assert not near_duplicate([], ["x y z w"])


def test_simhash_is_trafilaturas() -> None:
    """The fast sum of the tokens' bits gives trafilatura's Simhash, bit for bit: on real
    bodies, short and tied texts (a tie sets the bit), punctuation only, Chinese, none."""
    texts = [" ".join([title, lead, *body]) for title, lead, body in TEXTS]
    texts += [t[:n] for t in texts[:5] for n in (5, 40, 200)]
    texts += ["", "...", "a b", "Hà Nội", "中文。标点。", "xin chào " * 3000, "một hai ba bốn " * 7]
    for text in texts:
        assert simhash(text) == Simhash(text).hash, text[:60]
    lines = ["Đảng bộ  tỉnh", "họp"]
    assert fingerprint(lines) == Simhash(" ".join(map(normalize, lines))).to_hex()


def test_which_url_keeps_a_copied_article_does_not_depend_on_the_crawl_order() -> None:
    from pipelines.neardup import moves_to

    article = "https://so.gov.vn/tin-tuc/le-hoi-123.html"
    redirect = article + "?redirect=%2Ftin-tuc&_cur=2"
    model = {article}.__contains__  # the site model's article template holds the article
    unknown = set().__contains__  # no model yet: the URL's shape alone decides
    for is_article in (model, unknown):
        assert moves_to(article, redirect, is_article)  # the copy met first: the article moves
        assert not moves_to(redirect, article, is_article)  # the article met first: it stays
    print_view = "https://so.gov.vn/print/le-hoi-123"
    assert moves_to(article, print_view, unknown) and not moves_to(print_view, article, unknown)
    # two addresses that look alike (one article in two categories): one of them, whichever
    # came first (the order of URLs is total)
    other = "https://so.gov.vn/su-kien/le-hoi-123.html"
    assert moves_to(other, article, unknown) != moves_to(article, other, unknown)


def test_every_copy_shape_gives_way_to_the_article_in_any_order() -> None:
    """Without a site model (no article template to go by), the article's own address keeps
    it against each copy shape of fx-copies, and among all of them, whatever the order they
    are met in: an AMP and a mobile copy (the same path under /amp/ or /m/), a print view
    at a URL that does not say it is one (its node number, a shorter path), ``?view=print``,
    ``?redirect=``."""
    from itertools import permutations

    from pipelines.neardup import copy_shaped, moves_to

    article = "https://so.gov.vn/tin-tuc/le-hoi-nghinh-ong-nam-2024"
    copies = [article + "?redirect=%2Ftin-tuc&inheritRedirect=true", article + "?view=print",
              "https://so.gov.vn/xem-nhanh/816", "https://so.gov.vn/amp/tin-tuc/le-hoi-nghinh-ong-nam-2024",
              "https://so.gov.vn/m/tin-tuc/le-hoi-nghinh-ong-nam-2024", article + "?amp=1",
              article + "/amp", "https://so.gov.vn/tin-tuc/le-hoi-nghinh-ong-nam-2024.amp.html"]  # fmt: skip
    unknown = set().__contains__
    assert [copy_shaped(u) for u in copies[3:]] == [True] * 5 and not copy_shaped(article)
    for copy in copies:
        assert moves_to(article, copy, unknown) and not moves_to(copy, article, unknown), copy
    for order in permutations([article, *copies[:5]]):
        kept = order[0]
        for url in order[1:]:
            kept = url if moves_to(url, kept, unknown) else kept
        assert kept == article, order


def test_the_worker_makes_the_fingerprint_the_ingestor_would() -> None:
    """A worker sends each article's body fingerprint with it (issue 12: the crawl process
    neither spends its archive thread's CPU on it nor imports trafilatura); the ingestor
    uses it only for the body it was made from."""
    from pathlib import Path

    from archive.capture import CaptureRef
    from config.profile import adhoc_profile
    from pipelines.documents import Cited
    from pipelines.ingestparts import Ticket, made_fingerprint
    from pipelines.pool import extract_capture

    url = site.BASE + site.slug(1)
    capture = CaptureRef(1, url, "2024-01-01T00:00:00Z", payload=site.article(1, False).encode())
    out = extract_capture(Path("."), capture, adhoc_profile(ADHOC), None)
    assert isinstance(out, Cited)
    assert out.fingerprint == fingerprint(out.record.body)
    ticket, other = Ticket(capture), Ticket(capture)
    ticket.fingerprint = (out.record.body, out.fingerprint)
    assert made_fingerprint([ticket], out.record) == out.fingerprint
    changed = ArticleRecord(**{**out.record.__dict__, "body": out.record.body[1:]})
    assert made_fingerprint([ticket], changed) is None  # a body changed since: made again
    assert made_fingerprint([ticket, other], out.record) is None  # a joined article
    assert made_fingerprint([other], out.record) is None  # none sent


def test_of_two_spellings_of_one_path_the_fewer_capitals_keep_it() -> None:
    """IIS serves ``/Tin-Tuc/ArticleID/812/Slug`` (a hand-typed menu link) as
    ``/tin-tuc/ArticleID/812/Slug`` (the listings' link): equal on every other count, the URL
    with fewer capitals keeps the article in either order (before, code-point order kept the
    capitalised one)."""
    from pipelines.neardup import moves_to

    own = "https://s.gov.vn/tin-tuc/ArticleID/812/Phien-giao-dich-viec-lam"
    copy = "https://s.gov.vn/Tin-Tuc/ArticleID/812/Phien-giao-dich-viec-lam"
    unknown = set().__contains__
    assert moves_to(own, copy, unknown) and not moves_to(copy, own, unknown)


def test_liferays_group_path_is_a_copy_of_the_virtual_hosts() -> None:
    """Liferay serves ``/web/guest/tin-tuc/-/asset_publisher/Kx7bQ2/content/slug`` as
    ``/tin-tuc/-/asset_publisher/Kx7bQ2/content/slug`` (the path the virtual host serves and its
    listings link), each naming itself as canonical: the longer group path kept the article
    before. It still beats a copy with more query parameters (``view_article_content``)."""
    from pipelines.neardup import moves_to

    own = "https://s.gov.vn/tin-tuc/-/asset_publisher/Kx7bQ2/content/khoi-nghiep"
    group = "https://s.gov.vn/web/guest/tin-tuc/-/asset_publisher/Kx7bQ2/content/khoi-nghiep"
    bare = "https://s.gov.vn/c/journal/view_article_content?groupId=10180&articleId=45012"
    unknown = set().__contains__
    assert moves_to(own, group, unknown) and not moves_to(group, own, unknown)
    assert moves_to(group, bare, unknown) and not moves_to(bare, group, unknown)
