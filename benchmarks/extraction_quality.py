"""Extraction quality: the fixture corpus (ad-hoc and with profiles) and the public benchmarks.

    python -m benchmarks.extraction_quality                 # development families, every mode
    python -m benchmarks.extraction_quality --part all      # + validation, hard, blind, perturbed, forms, inline, chrome2, pages2, dates2, bylines, unsigned, fresh, sealed, sealed2, sealed3
    python -m benchmarks.extraction_quality --part hard     # the families rich in non-articles
    python -m benchmarks.extraction_quality --part blind    # dev without class names or labels
    python -m benchmarks.extraction_quality --part perturbed  # dev with portal widgets
    python -m benchmarks.extraction_quality --part forms    # dev with the field's date lines and bylines
    python -m benchmarks.extraction_quality --part inline   # dev with in-article chrome
    python -m benchmarks.extraction_quality --part chrome2  # dev with the content column's chrome
    python -m benchmarks.extraction_quality --part pages2   # dev with non-article pages it lacks
    python -m benchmarks.extraction_quality --part dates2   # dev with other date presentations
    python -m benchmarks.extraction_quality --part bylines  # dev with byline kinds the rest lack
    python -m benchmarks.extraction_quality --part unsigned # dev, half the articles unsigned
    python -m benchmarks.extraction_quality --part fresh    # round 15's new portals (fresh-A, fresh-B)
    python -m benchmarks.extraction_quality --shared        # + ../shared/benchmarks, beside
                                                            #   bare trafilatura.extract
    python -m benchmarks.extraction_quality --json out.json
    python -m benchmarks.extraction_quality --part validation --growth

Fixture corpus (tests/families/, ground truth written by hand): every HTML page a site serves
is a candidate (ad-hoc) or those matching the profile's article rules (profile), extracted
the way a crawl does: a first pass reports each page's lines to the chrome learner, the
second extracts with what was learned; parts of split articles are joined; copies of one
article at several URLs are one row, at the URL the ingestor keeps (its near-duplicate step). Per site:
coverage, non-articles stored, title exact, published date exact (minute and zone, and what
it was read from: ``date_basis``), author,
body token P/R/F1 (mean precision and mean recall over articles, ``\\w+`` tokens, NFC,
casefolded), chrome leaks (articles x chrome strings found in a body).
"""

from __future__ import annotations

import argparse
import copy
import gzip
import hashlib
import json
import re
import sys
import time
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable
from concurrent.futures import ProcessPoolExecutor
from importlib import import_module
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

ROOT = Path(__file__).resolve().parent.parent
# ../shared/benchmarks beside the checkout (a worktree sits one level deeper)
SHARED = next(
    (p / "shared" / "benchmarks" for p in (ROOT.parent, ROOT.parent.parent) if (p / "shared" / "benchmarks").is_dir()),
    ROOT.parent / "shared" / "benchmarks",
)
sys.path.insert(0, str(ROOT))

from config.profile import SiteProfile, adhoc_profile, load_profile_file
from pipelines.chrome import Learned, Learner
from pipelines.classify import classify_page, classify_text
from pipelines.content import extract_body
from pipelines.datefallback import htmldate_dates
from pipelines.datezone import page_zone
from pipelines.discover import written_profile
from pipelines.extract import EXTRACTOR, extract
from pipelines.fingerprint import fingerprint as body_fingerprint
from pipelines.inference import SiteModel, infer
from pipelines.linkgraph import LinkGraph, no_links, page_links
from pipelines.metadata import build_record, page_dates
from pipelines.multipage import join
from pipelines.neardup import RecentBodies, moves_to
from pipelines.page import Page, read_page
from pipelines.record import ArticleRecord, NotAnArticle
from pipelines.sitemodel import ModelProfile, Typing, extract_page
from pipelines.urls import canonicalize

_TOKEN = re.compile(r"\w+")
METRICS = ("coverage", "non_articles", "title", "date", "author", "body_p", "body_r", "body_f1",
           "chrome_leaks")  # fmt: skip


def tokens(text: str) -> Counter[str]:
    return Counter(_TOKEN.findall(unicodedata.normalize("NFC", text).casefold()))


def overlap(got: str, want: str) -> tuple[float, float]:
    g, w = tokens(got), tokens(want)
    common = sum((g & w).values())
    p = common / sum(g.values()) if g else (1.0 if not w else 0.0)
    r = common / sum(w.values()) if w else 1.0
    return p, r


def f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


# --- fixture corpus ------------------------------------------------------------------------

MODES = ("profile", "adhoc", "single", "inferred")
MODE_HELP = {
    "profile": "the family's hand profile, as `govarchive crawl SITE` extracts with it: once "
    "the site model of the crawled pages is confident, merged under it (hand-set fields win)",
    "adhoc": "`govarchive crawl URL` with no profile: the site model of the crawled pages "
    "once it is confident (`infer`, `SiteModel.confident`), as the crawl uses it "
    "(`ModelProfile`: the model's profile for the pages of its article template, the "
    "single-page path for the others; `Typing`: pages it types as non-articles refused), "
    "else the single-page path",
    "single": "the single-page path alone (no site model; learned chrome only)",
    "inferred": "the profile `sites new` writes (the model of the pages, unedited, marked "
    "`inferred`), whatever its confidence, as `govarchive crawl` extracts with it: the "
    "profile's records for the pages of its `links.article` rules, the single-page path for "
    "the others (`ModelProfile.written`), merged with the crawl's own site model once it is "
    "confident; pages of its `links.deny` rules are never requested",
}


def family_profile(site_id: str) -> SiteProfile:
    return load_profile_file(ROOT / "tests" / "sites" / site_id / f"{site_id}.yaml")


def has_profile(site_id: str) -> bool:
    return (ROOT / "tests" / "sites" / site_id / f"{site_id}.yaml").is_file()


PARTS = ("dev", "validation", "hard", "blind", "perturbed", "forms", "inline", "chrome2", "pages2", "dates2", "bylines", "unsigned", "fresh", "sealed", "sealed2", "sealed3")
# the sealed parts: only scored, reported as one aggregate per mode, never per site
# (part -> (module, name of its {site_id: family} dict))
SEALED_PARTS = {
    "sealed": ("tests.sealed", "SEALED"),
    "sealed2": ("tests.sealed", "SEALED2"),
    "sealed3": ("tests.sealed3", "SEALED3"),
}
# the modes a part is scored in (every mode when not listed): the blind part has no hand
# profile (its pages have lost the classes a profile's CSS names) and is scored without one;
# the perturbed part measures the generic path on portal widgets, without one too
# the forms part measures the generic path's date and byline rules, the single-page path too;
# the inline part too, and on the single-page path, which its widgets meet first; the chrome2
# part the same way; the pages2 part in every mode (its pages are refused by URL rules with a
# hand profile, by the site model ad hoc, by the page's own content on the single-page path)
PART_MODES = {
    "blind": ("adhoc", "inferred"),
    "perturbed": ("adhoc", "inferred"),
    "forms": ("adhoc", "inferred", "single"),
    "inline": ("adhoc", "single", "inferred"),
    "chrome2": ("adhoc", "single", "inferred"),
    "pages2": ("profile", "adhoc", "single", "inferred"),
    "dates2": ("adhoc", "single", "inferred"),
    "bylines": ("adhoc", "single", "inferred"),
    "unsigned": ("adhoc", "single", "inferred"),
    "fresh": ("adhoc", "single", "inferred"),
}


def families(part: str) -> dict[str, Any]:
    """The fixture families of a part: "dev" (the five first families and
    ``tests.families.DEVELOPMENT``, tuned on), "validation" (``tests.families.VALIDATION``,
    reported apart: a held-out figure when first measured), "hard" (``tests.families.HARD``,
    the families rich in non-articles and author conventions, reported on their own: held
    out when first scored, tuned on since and part of "dev"), "fresh"
    (``tests.families.FRESH_A``, round 15's fresh template families, held out when first
    scored: benchmarks/README.md gives that figure), "sealed"
    (``tests.sealed.SEALED``, only ever scored), "sealed2" (``tests.sealed.SEALED2``, a
    second sealed part, scored once when built) or "sealed3" (``tests.sealed3.SEALED3``, a
    third, built once by one helper and only scored); a sealed part is empty when absent. "blind"
    is "dev" without its surface cues (:mod:`benchmarks.blind`: class and id values as
    meaningless tokens, no byline labels, no structured-data authors): label-free inference
    measured on pages whose truth is known. "perturbed" is "dev" with the same portal widgets
    on every page of a site (:mod:`benchmarks.perturb`: weather, visitor counter, "Tin mới"
    list, contact box, "Lịch công tác", "THƯ VIỆN ẢNH", a © line, a "Người đăng:" line): the
    widgets' robustness, measured on pages whose truth is known. "forms" is "dev" with each
    article's date line and byline rewritten to one of the field's conventions, the same on
    every page of a site (:mod:`benchmarks.forms`): date and author recall on forms and places
    the families never showed, measured on pages whose truth is known. "inline" is "dev" with
    the chrome portals put inside and right around the article's own block
    (:mod:`benchmarks.inline`: breadcrumbs, tool and share rows, tags, rating, attachment box,
    "Tin cùng chuyên mục" lists, comment form, a player's placeholder). "chrome2" is "dev" with
    the content column's chrome the parts above do not show (:mod:`benchmarks.chrome2`: audio
    reader, tools one per item, ticker, cookie bar, hotline, table of contents, AMP ad, page
    row, gallery strip, QR code, social box, tag cloud, tabs, readers' comments, poll, select,
    copyright note, print view's foot). "pages2" is "dev" with six non-article pages per site
    in the site's article template, of kinds the families lack (:mod:`benchmarks.pages2`: a
    category of one article, a listing with long sapos, a leader's profile, a document's and
    a Q&A's detail page, a week's schedule, a gallery, a video page, an event's index, search
    results, a 404 served with 200, a site map, a staff directory, a form page, an RSS index,
    page 5 of a listing), every one "not an article".
    "bylines" is "dev" with the byline presentations none of
    those shows, one kind per site (:mod:`benchmarks.bylines`: "Bài và ảnh:", "Tin: X; Ảnh:
    Y", "X/TTXVN", "Theo X (Báo Y)", an italic name, a contributors' credit, a labelled
    uppercase name, "Tác giả" in a table row or a ``<dl>``, the author only in ``<meta>`` or
    JSON-LD, an author link, an author box, a name above the headline, a source prefix on the
    lead, and no-author kinds: a notice's signatory, a photo credit alone, an editor's line, a
    duty widget). "unsigned" is "dev" with about half of each site's articles unsigned and
    something else at the byline's place, one kind per site (:mod:`benchmarks.unsigned`: a
    source line, "(Theo TTXVN)", a photo caption, a bold closing sentence, a quote's
    attribution, an editor's line, a notice's signatory, a name-like slogan, a date line).
    "fresh" is ``tests.families.FRESH_A`` and ``FRESH_B`` (round 15) and ``FRESH_D`` (round 16):
    new portals rich in non-article pages of kinds and URL shapes the others lack (and, FRESH_D,
    in chrome inside the content), ``FRESH_C`` (round 16), ``FRESH_E`` and ``FRESH_F`` (round 17): date and
    byline conventions the others lack, ``FRESH_G`` (round 17): record kinds in the article
    template the others lack, ``FRESH_H`` (round 17): chrome in the body's own container
    (hidden blocks, gallery controls, a whole article in one table cell), ``FRESH_J`` (round 18):
    page types in the article template, ``FRESH_I`` (round 18): title and date conventions the
    others lack, ``FRESH_K`` (round 18): chrome leaking into the body
    from inside or around the article's container, ``FRESH_L`` (round 18): long-form and
    multimedia article forms, ``FRESH_M`` (round 19): publication date conventions (a day only
    in markup, in words, with dots and two-digit years, in English), ``FRESH_N`` (round 19):
    author conventions the others lack, ``FRESH_O`` (round 19): decoy dates (a source paper's
    day, today's header, lunar days, comments, markup dates that disagree), ``FRESH_P`` (round
    19): bylines that get missed (in capitals opening the sapo, in semantic markup, in a poster
    row), and round 20's six: ``FRESH_Q`` chrome lines the template writes inside the text's own
    element (tools, notices, plugins' blocks), ``FRESH_R`` dates missed or on the wrong day (UTC
    values, .NET's en-US culture, calendar badges, split days, cited and signing days),
    ``FRESH_S`` authors missed on the generic path (ranks, degrees, Word's ``&nbsp;``, plain
    spans, a writer only in meta), ``FRESH_T`` one article at several URLs (SEF and query forms,
    tabs and menus, case, session ids, canonical links that name a copy, the listing or the home
    page), ``FRESH_U`` titles and dates a page read alone misses (label spans, a headline typed
    into the text, section headings over it, the date in a meta row or after the text),
    ``FRESH_V`` non-article pages stored as articles (a CMS's static items, leaders'
    biographies, schedules, Q&A, procedures, author and print pages), and round 21's eight:
    ``FRESH_W`` publication-date conventions the earlier date sets did not hold (days without
    their year, a printed document's header block, "Ngày xuất bản" in a definition list, the
    breadcrumb's row, spaced separators, structured values written day first), ``FRESH_X``
    byline conventions the earlier author sets lacked (alignment by an editor's class, a CMS's
    field ``<div>``s, a link's tooltip, a caption's credit, a cell beside a counter),
    ``FRESH_Y`` chrome kinds the chrome sets before it lacked (a listen bar of spans,
    ``<noscript>`` and media fallbacks, attachment tables with sizes, a print header hidden by
    the head's style, the site's own "Nguồn:" line, text-only tools in a layout table's side
    cells, comment forms of text labels), ``FRESH_Z`` titles and dates a page read alone misses
    in other places (no heading tag, a reversed ``<title>``, ``<h1>`` the site's name, the date
    above the headline, in a foot row, only in microdata, JSON-LD, a badge image's alt or a DC
    meta, or nowhere), ``FRESH_AA`` an article's own URL among copies ``FRESH_T`` lacks
    (trailing slash and ``index.html`` forms, two menus, tabs, printer, AMP and mobile views,
    each page naming itself as canonical) and ``FRESH_AB`` the English editions of Vietnamese
    government portals (English chrome, day-first dates under English labels,
    "By"/"Reported by"/"Source:"/"Translated by" credits), ``FRESH_AD`` dates put on the
    wrong day or missed (a plugin's false UTC offset on the local clock, hand-typed forms,
    an event's days around the post's), ``FRESH_AI`` date conventions no earlier set held
    (spoken clocks "23g15", "11:40 tối", Unix times in ``__NEXT_DATA__`` and ``itemprop``,
    month-first dates on an en-US English edition) and ``FRESH_AG`` titles and dates the
    single page misses where a site model finds them (box headings in ``<h1>``, a big-styled
    ``div.title`` with the date typed after it, the first ``<strong>`` of a table cell under
    "Ngày 05 tháng 3 năm 2024", an unlinked section ``<h2>`` over a plain ``<h3>``), ``FRESH_AL``
    titles and dates a page read alone misses in shapes no set held (FrontPage's "New Page 1"
    over a ``<font size="4">`` headline, a Word paste's upper-case ``p.MsoNormal``, a day in a
    breadcrumb, a URL's folders or a clock icon's ``title``, a kicker or ``<br>``-split headline)
    and ``FRESH_AC`` copies
    whose URL has the article template's shape too (a second category path, the route without
    its slug, capitals, ``/vi/``, ``/amp``, an old ``.aspx?ItemID=`` or ``index.php`` form,
    an ``.aspx`` suffix) and ``FRESH_AF`` chrome inside or right
    after the text the chrome sets before it lacked (mobile-only copies of the headline and date,
    a label-less pointer between paragraphs, tools and share names as list items, an empty
    related heading, the template's parenthesised own source, icon counts, star ratings,
    placeholder forms, label-less hashtags, app promotions) with non-article kinds the page-type
    sets lacked, ``FRESH_AK`` chrome that changes from page to page inside the text's own
    element (a reading time, the headline again, "Số lần đọc", a number rating row, a topic row,
    the previous and next posts' titles, label-less "►" links, the posting line again, the
    template's "Bạn đang đọc bài viết ..." sentence), and ``FRESH_AE`` byline
    conventions the earlier author sets lacked (the writers only in JSON-LD's ``author`` list,
    Liferay's ``metadata-author``, an office in brackets or in capitals, a ``mailto:`` signature,
    a signature floated right or aligned ``end``, a school's units), and ``FRESH_AH`` copies
    the copy sets before lacked (a same-host mobile edition with its own listings, own links
    written at an old ``http://www.`` origin beside a raw Joomla form, a "Tin mới" box that
    leaves out the article shown), and ``FRESH_AJ`` byline
    conventions no earlier author set held (the Central Highlands' names, a school's labels and
    titles, an ``<article>``'s ``<footer>``, Cloudflare's hidden e-mail, ``DC.creator``, a
    kicker, a lower-case signature); each held out when first scored."""
    if part == "forms":
        from benchmarks.forms import forms_families

        return forms_families(families("dev"))
    if part == "inline":
        from benchmarks.inline import InlineFamily

        return {k: InlineFamily(f) for k, f in families("dev").items()}
    if part == "dates2":
        from benchmarks.dates2 import dates2_families

        return dates2_families(families("dev"))
    if part == "chrome2":
        from benchmarks.chrome2 import Chrome2Family

        return {k: Chrome2Family(f) for k, f in families("dev").items()}
    if part == "pages2":
        from benchmarks.pages2 import Pages2Family

        return {k: Pages2Family(f) for k, f in families("dev").items()}
    if part == "bylines":
        from benchmarks.bylines import bylines_families

        return bylines_families(families("dev"))
    if part == "unsigned":
        from benchmarks.unsigned import unsigned_families

        return unsigned_families(families("dev"))
    if part == "perturbed":
        from benchmarks.perturb import PerturbedFamily

        return {k: PerturbedFamily(f) for k, f in families("dev").items()}
    if part == "blind":
        from benchmarks.blind import BlindFamily

        return {k: BlindFamily(f) for k, f in families("dev").items()}
    if part == "fresh":
        from tests.families import (
            FRESH_A,
            FRESH_AA,
            FRESH_AB,
            FRESH_AC,
            FRESH_AD,
            FRESH_AE,
            FRESH_AF,
            FRESH_AG,
            FRESH_AH,
            FRESH_AI,
            FRESH_AJ,
            FRESH_AK,
            FRESH_AL,
            FRESH_B,
            FRESH_C,
            FRESH_D,
            FRESH_E,
            FRESH_F,
            FRESH_G,
            FRESH_H,
            FRESH_I,
            FRESH_J,
            FRESH_K,
            FRESH_L,
            FRESH_M,
            FRESH_N,
            FRESH_O,
            FRESH_P,
            FRESH_Q,
            FRESH_R,
            FRESH_S,
            FRESH_T,
            FRESH_U,
            FRESH_V,
            FRESH_W,
            FRESH_X,
            FRESH_Y,
            FRESH_Z,
        )

        return {
            **FRESH_A, **FRESH_B, **FRESH_C, **FRESH_D, **FRESH_E, **FRESH_F, **FRESH_G, **FRESH_H,
            **FRESH_I, **FRESH_J, **FRESH_K, **FRESH_L, **FRESH_M, **FRESH_N, **FRESH_O, **FRESH_P,
            **FRESH_Q, **FRESH_R, **FRESH_S, **FRESH_T, **FRESH_U, **FRESH_V, **FRESH_W, **FRESH_X,
            **FRESH_Y, **FRESH_Z, **FRESH_AA, **FRESH_AB, **FRESH_AC, **FRESH_AD, **FRESH_AE, **FRESH_AF, **FRESH_AG,
            **FRESH_AH, **FRESH_AI, **FRESH_AJ, **FRESH_AK, **FRESH_AL,
        }  # fmt: skip
    if part == "hard":
        from tests.families import HARD

        return {m.SITE_ID: m for m in HARD}
    if part in ("dev", "validation"):
        from tests.families import FAMILIES, VALIDATION

        held = {m.SITE_ID for m in VALIDATION}
        return {k: f for k, f in FAMILIES.items() if (k in held) == (part == "validation")}
    module, name = SEALED_PARTS[part]
    try:
        sealed = import_module(module)
    except ModuleNotFoundError:
        return {}
    return dict(getattr(sealed, name, {}))


def family_base(family: Any) -> str:
    """The origin a family's pages are read at: its profile's, else a neutral one."""
    if has_profile(family.SITE_ID):
        return family_profile(family.SITE_ID).base_url
    return getattr(family, "BASE_URL", f"https://{family.SITE_ID}.gov.vn/")


def site_pages(site: Any) -> list[tuple[str, bytes, dict[str, str]]]:
    """(path, body, headers) of every HTML page with status 200 a fixture site serves."""
    out = []
    for path, page in sorted(site.pages.items()):
        ctype = page.header("Content-Type") or ""
        if page.status == 200 and "html" in ctype:
            out.append((path, page.body, {"content-type": ctype}))
    return out


Mode = SiteProfile | ModelProfile | tuple[ModelProfile | SiteProfile, Typing | None]


def crawl_like(
    pages: list[tuple[str, bytes, dict[str, str]]], base: str, profile: Mode, one_text: bool = True,
    learn: bool = True,
) -> dict[str, ArticleRecord]:
    """Extract like a crawl of these pages: learn chrome, re-extract, join parts, keep one
    row per text (:func:`one_per_text`; ``one_text=False``: every page's record, for a test
    of which pages the rules keep). With a (profile, typing) pair, as the ingestor does with
    a site model in use: the pages the model types as non-articles are refused.
    ``learn=False``: nothing learned, each page read alone (``benchmarks/read_alone.py``)."""
    rules, typing = profile if isinstance(profile, tuple) else (profile, None)
    # a crawl never requests a page of a deny rule
    deny = [re.compile(r) for r in (rules.profile if isinstance(rules, ModelProfile) else rules).links.deny]
    pages = [p for p in pages if not any(d.search(canonicalize(base + p[0])) for d in deny)]
    # a crawl requests a link at its canonical form (tracking parameters removed,
    # ``pipelines.urls.canonicalize``): a page served at a ``?utm_source=``/``?fbclid=`` URL
    # beside its clean one is the same fetch, never a second page (a part of the article)
    clean = {base + p[0] for p in pages if canonicalize(base + p[0]) == base + p[0]}
    pages = [p for p in pages if base + p[0] in clean or canonicalize(base + p[0]) not in clean]
    learner = Learner()
    graph = LinkGraph()  # the site's links to each URL, from every page the crawl reads
    for path, body, headers in pages:
        result = extract_page(body, base + path, headers, rules)
        learner.add(result.page_lines, result.page_title)
        graph.add(base + path, page_links(body, base + path, headers.get("content-type")))
    learned = learner.learned() if learn else Learned()
    records: dict[str, list[ArticleRecord]] = {}
    for path, body, headers in pages:
        url = base + path
        result = extract_page(body, url, headers, rules, learned=learned)
        if not isinstance(result, ArticleRecord):
            continue
        if typing is not None and typing.type_of(url, result.page_dated):
            continue
        records.setdefault(result.url, []).append(result)
    joined = {url: join(parts) for url, parts in records.items()}
    if not one_text:
        return joined
    return one_per_text(joined, typing.is_article_url if typing is not None else _no_template, graph.inbound)


def _no_template(url: str) -> bool:
    return False


def one_per_text(
    records: dict[str, ArticleRecord], is_article_url: Callable[[str], bool],
    inbound: Callable[[str], int] = no_links,
) -> dict[str, ArticleRecord]:
    """The rows an archive keeps of ``records`` (in the order given): the ingestor's
    near-duplicate step (:meth:`pipelines.ingest.Ingestor._save`,
    :meth:`pipelines.ingestmodel.SiteModelSteps._same_article`) through its own functions. A
    record whose text :class:`pipelines.neardup.RecentBodies` finds at another kept URL is
    that article: it stays at the kept URL, or the article moves to the record's URL (and
    takes its record) when :func:`pipelines.neardup.moves_to` prefers it (``inbound``: how
    many of the site's pages link a URL, counted over every page, as the ingestor's final
    review counts them). Which URL keeps an article does not depend on the order
    (``tests/unit/test_neardup_benchmark.py``)."""
    recent = RecentBodies()
    kept: dict[str, ArticleRecord] = {}
    texts: dict[int, str] = {}  # article id -> its stored text
    for article_id, (url, record) in enumerate(records.items()):
        body = body_fingerprint(record.body)
        same = recent.find(url, body, record.body, texts.get)
        if same is None:
            kept[url], texts[article_id] = record, record.body_text
            recent.add(url, article_id, body)
        elif moves_to(url, same.url, is_article_url, inbound):
            del kept[same.url]
            kept[url], texts[same.article_id] = record, record.body_text
            recent.moved(same.url, url, same.article_id, body)
    return kept


def site_model(family: Any, pages: list[tuple[str, bytes, dict[str, str]]]) -> SiteModel:
    """The site model of every page a family serves, as the crawl infers it once it has
    seen them all."""
    origin = family_base(family).rstrip("/")
    return infer([(origin + p, b, h) for p, b, h in pages])


def crawl_profile(model: SiteModel, base: SiteProfile) -> Mode:
    """What a crawl extracts with (the contract of the crawl's use of the site model,
    :class:`pipelines.knowledge.SiteKnowledge`): once the model is confident, its profile
    under ``base`` (:class:`ModelProfile`) and its page types (:class:`Typing`), else
    ``base`` (for an ad-hoc crawl, the single-page path). Pages held or extracted before
    the model was confident are extracted again with it, so the settled result depends on
    the final model only. (A profile ``sites new`` wrote is used like a model's from the
    start: :meth:`ModelProfile.written`.)"""
    if model.confident:
        return ModelProfile.of(base, model), Typing(model, base)
    return ModelProfile.of(base, None)


def mode_profile(
    family: Any, mode: str, pages: list[tuple[str, bytes, dict[str, str]]], model: SiteModel | None = None
) -> Mode:
    """The profile a mode extracts with (see :data:`MODE_HELP`); ``model``, the site model of
    ``pages`` when the caller has it already (inferred otherwise)."""
    base = family_base(family)
    if mode == "single":
        return adhoc_profile(base)
    if mode == "profile" and not has_profile(family.SITE_ID):
        raise ValueError(f"{family.SITE_ID} has no hand profile")
    hand = family_profile(family.SITE_ID) if mode == "profile" else adhoc_profile(base)
    model = site_model(family, pages) if model is None else model
    if mode == "inferred":  # sites new's sample is the whole site; so is the crawl's
        return crawl_profile(model, written_profile(hand, model))
    return crawl_profile(model, hand)


def score_site(family: Any, mode: str) -> dict[str, Any]:
    return score_modes(family, (mode,))[mode]


def score_modes(family: Any, modes: Iterable[str]) -> dict[str, dict[str, Any]]:
    """{mode: figures} of a family: its site built and its site model inferred once for
    all the modes (both are functions of the family alone); each mode extracts with its own
    copy of the model, so no mode sees what another's extraction cached in it."""
    pages = site_pages(family.build_site())
    modes = tuple(modes)
    model = site_model(family, pages) if any(m != "single" for m in modes) else None
    return {
        mode: score_pages(family, pages, mode_profile(family, mode, pages, copy.deepcopy(model)))
        for mode in modes
    }


def score_pages(
    family: Any, pages: list[tuple[str, bytes, dict[str, str]]], profile: Mode, learn: bool = True
) -> dict[str, Any]:
    """The figures of extracting ``pages`` of a family like a crawl, with ``profile``
    (``learn=False``: each page read alone, nothing learned from the others)."""
    base = family_base(family).rstrip("/")
    got = crawl_like(pages, base, profile, learn=learn)
    truths = [a.truth(base) for a in family.ARTICLES]
    keys = {t["url"] for t in truths}
    found = [(t, got[t["url"]]) for t in truths if t["url"] in got]
    # an expected article the archive holds at another of its URLs (the near-duplicate step
    # kept the copy's address: it looks more like an article's own, ``moves_to``) is found
    # there, once; counted apart ("found at copy")
    rest = [u for u in got if u not in keys]
    at_copy = 0
    for truth in truths:
        if truth["url"] in got:
            continue
        there = next((u for u in rest if is_copy(got[u].body_text, [truth])), None)
        if there is not None:
            rest.remove(there)
            found.append((truth, got[there]))
            at_copy += 1
    ps, rs = [], []
    leaks = 0
    for truth, record in found:
        p, r = overlap(record.body_text, "\n".join(truth["body"]))
        ps.append(p)
        rs.append(r)
        leaks += sum(1 for c in family.CHROME if c in record.body_text)
    counts = {
        "articles": len(truths),
        "found": len(found),
        "non_articles": len(rest),
        "title": sum(r.title == t["title"] for t, r in found),
        "date": sum(
            r.published_at == t["published_at"] and r.date_basis == t.get("date_basis", "published")
            for t, r in found
        ),
        "author": sum(r.author == t["author"] for t, r in found),
        **miss_kinds(found),
        "non_articles_copy": sum(is_copy(got[u].body_text, truths) for u in rest),
        "found_at_copy": at_copy,
        "body_p": sum(ps),
        "body_r": sum(rs),
        "chrome_leaks": leaks,
    }
    return figures(counts)


#: how a date or author is wrong, counted over the found articles (the errors table); how
#: many of the non-article rows are a copy of an expected article's body (a print view, an
#: AMP or ``?redirect=`` copy) rather than a page of its own; and how many expected articles
#: were found at another URL than theirs, holding their text. :func:`crawl_like` runs the
#: ingestor's near-duplicate step (:func:`one_per_text`: :class:`pipelines.neardup.RecentBodies`
#: and :func:`pipelines.neardup.moves_to`, whose choice of URL does not depend on the order),
#: so a copy the crawl stores as its article is no row of its own here either: a copy row
#: left is one whose text that step does not call the same (a print view's other lines), an
#: article "found at copy" one the archive holds at the copy's address (the step prefers it:
#: no site model, fewer query parameters)
MISS_KINDS = ("date_missed", "date_wrong_day", "date_same_day", "date_basis",
              "author_missed", "author_invented", "author_other", "non_articles_copy",
              "found_at_copy")  # fmt: skip


def is_copy(body: str, truths: list[dict[str, Any]], share: float = 0.8) -> bool:
    """``body`` is mostly one expected article's body and holds most of it (both token
    overlaps at least ``share``): a second copy of that article, not a page of its own."""
    for truth in truths:
        p, r = overlap(body, "\n".join(truth["body"]))
        if p >= share and r >= share:
            return True
    return False


def miss_kinds(found: list[tuple[dict[str, Any], Any]]) -> dict[str, int]:
    """What kind of error each wrong date and author is: a date none (missed), on another
    day, on the same day with another time or precision, or right but with another
    ``date_basis``; an author none where the truth names one (missed), one where the truth
    has none (invented), or another name. Aggregates only, like every sealed figure: they
    say which kind of rule is missing, never which page."""
    out = dict.fromkeys(MISS_KINDS[:-2], 0)
    for truth, r in found:
        want, got = truth["published_at"], r.published_at
        if got != want or r.date_basis != truth.get("date_basis", "published"):
            if got is None:
                out["date_missed"] += 1
            elif want is None or got[:10] != want[:10]:
                out["date_wrong_day"] += 1
            elif got != want:
                out["date_same_day"] += 1
            else:
                out["date_basis"] += 1
        if r.author != truth["author"]:
            kind = "missed" if r.author is None else "invented" if truth["author"] is None else "other"
            out[f"author_{kind}"] += 1
    return out


def crawl_order(pages: list[tuple[str, bytes, dict[str, str]]], base: str) -> list[int]:
    """The order a crawl from the home page meets the pages: breadth first over the links
    each page holds (pages no link reaches come last, in path order)."""
    from pipelines.inference.sample import read_sample

    index = {base + p: i for i, (p, _, _) in enumerate(pages)}
    start = index.get(base + "/", 0)
    seen, order, queue = {start}, [], [start]
    while queue:
        i = queue.pop(0)
        order.append(i)
        path, body, headers = pages[i]
        sample = read_sample(base + path, body, headers)
        for url, _ in sample.links if sample is not None else ():
            j = index.get(url)
            if j is not None and j not in seen:
                seen.add(j)
                queue.append(j)
    return order + [i for i in range(len(pages)) if i not in seen]


def growth(family: Any, step: int = 4) -> dict[str, Any]:
    """The site model as a crawl sees it grow: the model of the first N pages (in crawl
    order, every ``step`` pages), when it first is confident, and the ad-hoc figures each
    confident model gives on the whole site beside the single-page path's (a confident
    model worse than the single-page path is a wrong one)."""
    pages = site_pages(family.build_site())
    base = family_base(family).rstrip("/")
    order = crawl_order(pages, base)
    single = score_pages(family, pages, adhoc_profile(base + "/"))
    out: dict[str, Any] = {"pages": len(pages), "confident_at": None, "worse": []}
    for n in [*range(step, len(order), step), len(order)]:
        model = infer([(base + pages[i][0], pages[i][1], pages[i][2]) for i in order[:n]])
        if not model.confident:
            continue
        if out["confident_at"] is None:
            out["confident_at"] = n
        got = score_pages(family, pages, crawl_profile(model, adhoc_profile(base + "/")))
        if _worse(got, single):
            out["worse"].append(n)
    out["single"] = single
    return out


def _worse(a: dict[str, Any], b: dict[str, Any]) -> bool:
    """``a`` is worse than ``b`` on a figure that matters to the archive."""
    return (
        a["coverage"] < b["coverage"] - 1e-9
        or a["body_f1"] < b["body_f1"] - 0.01
        or a["non_articles"] > b["non_articles"]
        or min(a["title"], a["date"]) < min(b["title"], b["date"]) - 1e-9
    )


def figures(counts: dict[str, float]) -> dict[str, Any]:
    """Shares from counts (over every expected article: a missed one scores 0)."""
    n = counts["articles"]
    mp = counts["body_p"] / n if n else 0.0
    mr = counts["body_r"] / n if n else 0.0
    return {
        "coverage": counts["found"] / n if n else 0.0,
        "non_articles": int(counts["non_articles"]),
        "title": counts["title"] / n if n else 0.0,
        "date": counts["date"] / n if n else 0.0,
        "author": counts["author"] / n if n else 0.0,
        "body_p": mp,
        "body_r": mr,
        "body_f1": f1(mp, mr),
        "chrome_leaks": int(counts["chrome_leaks"]),
        # expected articles the archive holds at a copy's URL (pinned: lower is better)
        "found_at_copy": int(counts.get("found_at_copy", 0)),
        "_counts": counts,
    }


def aggregate(sites: dict[str, dict[str, Any]]) -> dict[str, Any]:
    """One set of figures over all the sites' articles."""
    total: Counter[str] = Counter()
    for m in sites.values():
        total.update(m["_counts"])
    return figures(dict(total)) if total else {}


def fixture_report(
    parts: Iterable[str] = ("dev",), modes: dict[str, Iterable[str]] | None = None
) -> dict[str, dict[str, Any]]:
    """{part: {mode: {site: figures, ...}}}; a sealed part holds aggregates only
    (``{mode: figures}``): it is scored, never looked into. ``modes`` limits the modes a
    part is scored in (the quality gate scores only those it pins)."""
    report: dict[str, dict[str, Any]] = {}
    for part in parts:
        fams = families(part)
        if not fams:
            continue
        wanted = (modes or {}).get(part, PART_MODES.get(part, MODES))
        modes_of = [m for m in wanted if part not in SEALED_PARTS or m != "profile"]
        report[part] = {}
        scored = {
            k: score_modes(f, [m for m in modes_of if m != "profile" or has_profile(k)]) for k, f in fams.items()
        }
        for mode in modes_of:
            sites = {k: got[mode] for k, got in scored.items() if mode in got}
            if part in SEALED_PARTS:
                report[part][mode] = aggregate(sites)
            else:
                report[part][mode] = {**sites, "all": aggregate(sites)}
    return report


# --- shared public benchmarks --------------------------------------------------------------


def body_and_verdict(
    raw: bytes, url: str, headers: dict[str, str], profile: SiteProfile
) -> tuple[ArticleRecord | NotAnArticle, NotAnArticle | None]:
    """(the record extraction's stages give for any page, the classifier's refusal).

    The stages of :func:`pipelines.extract.extract`, run to the end whatever the classify
    stage says: body benchmarks score the body of every page, and report the refusal (None:
    an article) beside it. Unreadable pages are refused."""
    return _stages(raw, url, headers, profile)[:2]


def _stages(
    raw: bytes, url: str, headers: dict[str, str], profile: SiteProfile
) -> tuple[ArticleRecord | NotAnArticle, NotAnArticle | None, Page | None]:
    """:func:`body_and_verdict` and the parsed page (None when unreadable)."""
    page = read_page(raw, url, headers, profile, Learned())
    if isinstance(page, NotAnArticle):
        return page, page, None
    refused = classify_page(page)
    text = extract_body(page)
    dates = page_dates(page, text)
    refused = refused or classify_text(page, text, dates)
    dates = htmldate_dates(dates, page.tree, page.url, page_zone(page))
    return build_record(page, text, dates, EXTRACTOR), refused, page


def govarchive_page(
    raw: bytes, url: str
) -> tuple[ArticleRecord | NotAnArticle, NotAnArticle | None, Page | None]:
    """(record, refusal, parsed page) of one public benchmark page on the generic path (an
    ad-hoc profile for the URL's origin); a page whose canonical link names another URL is
    read at that URL, as a crawl would fetch it."""
    profile = adhoc_profile(_origin(url))
    page_url = url or _origin(url)
    result, refused, page = _stages(raw, page_url, {}, profile)
    if refused is not None and refused.reason == "duplicate_of_canonical":  # a crawl fetches it
        result, refused, page = _stages(raw, refused.detail, {}, profile)
    return result, refused, page


def _load(folder: Path, limit: int | None) -> list[dict[str, Any]]:
    lines = (folder / "ground-truth.jsonl").read_text(encoding="utf-8").splitlines()
    rows = [json.loads(x) for x in lines if x.strip()]
    return rows[:limit] if limit else rows


def _both(args: tuple[str, str, str]) -> tuple[Any, ...]:
    """(govarchive's body, bare trafilatura's text, govarchive's verdict, govarchive's
    publication day, trafilatura's (htmldate's) day, govarchive's author, trafilatura's
    author, govarchive's title, trafilatura's title) for one page.

    The body is the one the generic path extracts from any page (``classify=False``): these
    benchmarks measure body extraction, and their forum, listing and product pages are pages
    govarchive would not store. The verdict (None: an article; else the NotAnArticle reason)
    is reported on its own. The days are "YYYY-MM-DD" or None (none found); govarchive's is
    the day of ``published_at`` as stored (in the profile's time zone)."""
    import trafilatura

    path, url, _ = args
    raw = gzip.decompress(Path(path).read_bytes())
    result, refused, _ = govarchive_page(raw, url)
    verdict = refused.reason if refused is not None else None
    ours = result.body_text if isinstance(result, ArticleRecord) else ""
    text = raw.decode("utf-8", "replace")
    bare = trafilatura.extract(text, url=url) or ""
    ours_day = (result.published_at or "")[:10] or None if isinstance(result, ArticleRecord) else None
    meta = trafilatura.extract_metadata(text, default_url=url or None)
    bare_day = (meta.date or "")[:10] or None if meta is not None else None
    record = result if isinstance(result, ArticleRecord) else None
    return (
        ours, bare, verdict, ours_day, bare_day,
        record.author if record else None, meta.author if meta is not None else None,
        record.title if record else None, meta.title if meta is not None else None,
    )  # fmt: skip


_BY = re.compile(r"^by\s+", re.IGNORECASE)


def same_name(got: str | None, want: str | None) -> bool:
    """An author or title read right: equal after NFC, case folding, collapsed whitespace
    and, for a byline, a leading "By " dropped (``By Jane Doe`` is ``jane doe``)."""
    if not got or not want:
        return False

    def norm(text: str) -> str:
        return _BY.sub("", " ".join(unicodedata.normalize("NFC", text).split())).casefold()

    return norm(got) == norm(want)


_NAME_JOINS = re.compile(r"\s*[,;&|]\s*|\s+(?:and|und|et|và)\s+", re.IGNORECASE)


def truth_author(row: dict[str, Any]) -> str | None:
    """A page's true author(s) as one string ("A, B" for a list, as WCXB writes several)."""
    value = row.get("author")
    if isinstance(value, list):
        return ", ".join(str(x) for x in value if x) or None
    return value or None


def same_authors(got: str | None, want: str | None) -> bool:
    """The same people, whatever joins them: "A und B" (trafilatura-eval's truth) is "A, B"
    and "A; B" (a record, trafilatura's ``extract_metadata``); each name as :func:`same_name`,
    in the same order."""
    if not got or not want:
        return False
    names = [x for x in _NAME_JOINS.split(_BY.sub("", got.strip())) if x]
    wanted = [x for x in _NAME_JOINS.split(_BY.sub("", want.strip())) if x]
    return len(names) == len(wanted) and all(same_name(a, b) for a, b in zip(names, wanted, strict=True))


def metadata_report(rows: list[dict[str, Any]], outputs: list[tuple[Any, ...]]) -> dict[str, dict[str, float]]:
    """Author and title on a benchmark's article pages whose truth has them, by half:
    govarchive's beside trafilatura's ``extract_metadata``; the day too, on the same pages.
    Only pages whose truth has an ``author`` field count for authors (trafilatura-eval
    leaves it out on pages it did not annotate; an empty one is an unsigned page)."""
    out: dict[str, dict[str, float]] = {}
    arts = [i for i, r in enumerate(rows) if r.get("page_type", "article") == "article"]
    for name in ("tuning", "held-out", "all"):
        keep = [i for i in arts if name == "all" or half(str(rows[i]["id"])) == name]
        for label, author, title, day in (("govarchive", 5, 7, 3), ("trafilatura", 6, 8, 4)):
            authored = [i for i in keep if truth_author(rows[i])]
            dated = [i for i in keep if rows[i].get("date")]
            titled = [i for i in keep if rows[i].get("title")]
            out[f"{name}/{label}"] = {
                "authored": len(authored),
                "author_right": sum(same_authors(outputs[i][author], truth_author(rows[i])) for i in authored),
                "author_none": sum(not outputs[i][author] for i in authored),
                # an author named on a page whose truth has none (a widget, the site's name)
                "author_extra": sum(bool(outputs[i][author]) for i in keep if _unsigned(rows[i])),
                "unauthored": sum(_unsigned(rows[i]) for i in keep),
                "dated": len(dated),
                "day_right": sum(outputs[i][day] == rows[i]["date"][:10] for i in dated),
                "titled": len(titled),
                "title_right": sum(same_name(outputs[i][title], rows[i]["title"]) for i in titled),
            }
    return out


def _unsigned(row: dict[str, Any]) -> bool:
    return "author" in row and not truth_author(row)


def _origin(url: str) -> str:
    parts = urlsplit(url)
    if parts.scheme in ("http", "https") and parts.hostname:
        return f"{parts.scheme}://{parts.netloc}/"
    return "https://example.org/"


def half(page_id: str) -> str:
    """The fixed half of a public benchmark page: "tuning" (tuned on) or "held-out" (only
    reported), by a hash of its id."""
    return ("tuning", "held-out")[int(hashlib.sha1(page_id.encode()).hexdigest(), 16) % 2]


def typing_report(rows: list[dict[str, Any]], verdicts: list[str | None]) -> dict[str, dict[str, float]]:
    """Page typing on a benchmark with ``page_type``: articles kept, other pages refused, for
    the tuning half, the held-out half and the whole."""
    out: dict[str, dict[str, float]] = {}
    for name in ("tuning", "held-out", "all"):
        keep = [i for i, r in enumerate(rows) if name == "all" or half(str(r["id"])) == name]
        arts = [i for i in keep if rows[i].get("page_type", "article") == "article"]
        other = [i for i in keep if i not in set(arts)]
        out[name] = {
            "articles": len(arts),
            "articles_kept": sum(verdicts[i] is None for i in arts),
            "others": len(other),
            "others_refused": sum(verdicts[i] is not None for i in other),
        }
    return out


SHARED_NAMES = ("article-extraction-benchmark", "wcxb-test", "trafilatura-eval", "htmldate-mediacloud")


def shared_report(
    limit: int | None = None, workers: int = 2, names: Iterable[str] = SHARED_NAMES
) -> dict[str, dict[str, Any]]:
    """govarchive's generic path and bare ``trafilatura.extract``, same pages, same run.

    Both are scored on every page; ``not_article`` counts the pages govarchive's classifier
    would not store (their body is scored all the same); ``typing/<benchmark>`` gives the
    page typing figures (articles kept, other pages refused) by half; ``dates/<benchmark>``
    the publication day on the pages whose truth has one, govarchive's beside
    trafilatura's (htmldate's)."""
    report: dict[str, dict[str, Any]] = {}
    for name in names:
        folder = SHARED / name
        if not folder.is_dir():
            continue
        rows = _load(folder, limit)
        jobs = [(str(folder / r["html"]), r.get("url") or "", r["id"]) for r in rows]
        with ProcessPoolExecutor(workers) as pool:
            outputs = list(pool.map(_both, jobs, chunksize=8))
        verdicts = [o[2] for o in outputs]
        dated = [i for i, r in enumerate(rows) if isinstance(r.get("date"), str) and r["date"]]
        if dated:  # the publication day (any page type): govarchive beside trafilatura/htmldate
            for label, index in (("govarchive", 3), ("trafilatura", 4)):
                report[f"dates/{name}/{label}"] = {
                    "pages": len(dated),
                    "right": sum(outputs[i][index] == rows[i]["date"][:10] for i in dated),
                    "none": sum(outputs[i][index] is None for i in dated),
                }
                for part in ("tuning", "held-out"):  # the fixed halves of half()
                    keep = [i for i in dated if half(str(rows[i]["id"])) == part]
                    report[f"dates/{name}/{label}"][part] = (
                        sum(outputs[i][index] == rows[i]["date"][:10] for i in keep), len(keep)
                    )
        if "page_type" in rows[0] or name == "article-extraction-benchmark":
            report[f"typing/{name}"] = typing_report(rows, verdicts)
        if any("author" in r for r in rows):
            report[f"meta/{name}"] = metadata_report(rows, outputs)
        if "body" not in rows[0] and "with" not in rows[0]:
            continue  # a dates-only benchmark
        subsets = [(name, list(range(len(rows))))]
        if "page_type" in rows[0]:  # govarchive stores articles: compare on article pages too
            keep = [i for i, r in enumerate(rows) if r.get("page_type") == "article"]
            subsets.append((f"{name} (article pages)", keep))
        for title, keep in subsets:
            for label, index in (("govarchive", 0), ("trafilatura", 1)):
                texts = [outputs[i][index] for i in keep]
                figures = _score_texts([rows[i] for i in keep], texts)
                if label == "govarchive":
                    figures["not_article"] = sum(outputs[i][2] is not None for i in keep)
                report[f"{title}/{label}"] = figures
    return report


def _score_texts(rows: list[dict[str, Any]], texts: list[str]) -> dict[str, float]:
    if "body" in rows[0]:
        pairs = [overlap(t, r["body"]) for r, t in zip(rows, texts, strict=True)]
        p = sum(x for x, _ in pairs) / len(pairs)
        r = sum(y for _, y in pairs) / len(pairs)
        return {"pages": len(rows), "p": p, "r": r, "f1": f1(p, r)}
    # snippets: counts pooled over pages (trafilatura's own evaluation)
    tp = fn = fp = tn = 0
    for row, text in zip(rows, texts, strict=True):
        norm = " ".join(unicodedata.normalize("NFC", text).split())
        for snippet in row.get("with", []):
            hit = " ".join(snippet.split()) in norm
            tp, fn = tp + hit, fn + (not hit)
        for snippet in row.get("without", []):
            hit = " ".join(snippet.split()) in norm
            fp, tn = fp + hit, tn + (not hit)
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return {"pages": len(rows), "p": p, "r": r, "f1": f1(p, r)}


# --- output --------------------------------------------------------------------------------


def fixture_table(report: dict[str, dict[str, Any]]) -> str:
    head = (
        "| part | mode | site | coverage | non-articles | title | date | author | body P | body R "
        "| body F1 | chrome leaks |"
    )
    lines = [head, "|---" * 12 + "|"]
    for part, modes in report.items():
        for mode, sites in modes.items():
            rows = {"all (aggregate)": sites} if part in SEALED_PARTS else sites
            for site_id, m in rows.items():
                if not m:
                    continue
                lines.append(
                    f"| {part} | {mode} | {site_id} | {m['coverage']:.0%} | {m['non_articles']} | "
                    f"{m['title']:.0%} | {m['date']:.0%} | {m['author']:.0%} | {m['body_p']:.3f} | "
                    f"{m['body_r']:.3f} | {m['body_f1']:.3f} | {m['chrome_leaks']} |"
                )
    return "\n".join(lines)


def misses_table(report: dict[str, dict[str, Any]]) -> str:
    """Per part and mode (aggregates), how the wrong dates and authors are wrong."""
    head = "| part | mode | " + " | ".join(k.replace("_", " ") for k in MISS_KINDS) + " |"
    lines = [head, "|---" * (2 + len(MISS_KINDS)) + "|"]
    for part, modes in report.items():
        for mode, sites in modes.items():
            m = sites if part in SEALED_PARTS else sites.get("all", {})
            counts = m.get("_counts", {})
            if counts:
                lines.append(f"| {part} | {mode} | " + " | ".join(str(int(counts.get(k, 0)))
                                                               for k in MISS_KINDS) + " |")  # fmt: skip
    return "\n".join(lines)


def dates_table(report: dict[str, dict[str, Any]]) -> str:
    lines = [
        "| benchmark | extractor | dated pages | day right | tuning half | held-out half | no date found |",
        "|---|---|---|---|---|---|---|",
    ]
    for key, m in report.items():
        if key.startswith("dates/"):
            _, name, label = key.split("/")
            halves = " | ".join(f"{m[p][0]}/{m[p][1]}" if p in m else "" for p in ("tuning", "held-out"))
            lines.append(
                f"| {name} | {label} | {m['pages']} | {m['right']} ({m['right'] / m['pages']:.1%}) | {halves} "
                f"| {m['none']} |"
            )
    return "\n".join(lines)


def metadata_table(report: dict[str, dict[str, Any]]) -> str:
    lines = [
        "| benchmark | half | extractor | author right | no author found | author on an unsigned page "
        "| day right | title right |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for key, halves in report.items():
        if not key.startswith("meta/"):
            continue
        for part, m in halves.items():
            name, label = part.split("/")

            def share(n: float, d: float) -> str:
                return f"{n:.0f}/{d:.0f} ({n / d:.1%})" if d else "–"

            lines.append(
                f"| {key[5:]} | {name} | {label} | {share(m['author_right'], m['authored'])} "
                f"| {m['author_none']:.0f} | {m['author_extra']:.0f}/{m['unauthored']:.0f} "
                f"| {share(m['day_right'], m['dated'])} | {share(m['title_right'], m['titled'])} |"
            )
    return "\n".join(lines)


def growth_table(report: dict[str, dict[str, Any]]) -> str:
    lines = [
        "| part | site | pages | first confident at | confident models worse than the single page |",
        "|---|---|---|---|---|",
    ]
    for key, g in report.items():
        part, site_id = key.split("/", 1)
        worse = ", ".join(str(n) for n in g["worse"]) or "none"
        lines.append(f"| {part} | {site_id} | {g['pages']} | {g['confident_at']} | {worse} |")
    return "\n".join(lines)


def typing_table(report: dict[str, dict[str, Any]]) -> str:
    lines = [
        "| benchmark | half | articles kept | other pages refused |",
        "|---|---|---|---|",
    ]
    for key, halves in report.items():
        if not key.startswith("typing/"):
            continue
        for name, m in halves.items():
            others = (
                f"{m['others_refused']}/{m['others']} ({m['others_refused'] / m['others']:.1%})"
                if m["others"] else "–"
            )  # fmt: skip
            lines.append(
                f"| {key.split('/', 1)[1]} | {name} | {m['articles_kept']}/{m['articles']} "
                f"({m['articles_kept'] / m['articles']:.1%}) | {others} |"
            )
    return "\n".join(lines)


def shared_table(report: dict[str, dict[str, Any]]) -> str:
    lines = [
        "| benchmark | extractor | pages | P | R | F1 | classified not-article |",
        "|---|---|---|---|---|---|---|",
    ]
    for key, m in report.items():
        if key.startswith(("typing/", "dates/", "meta/")):
            continue
        name, label = key.split("/")
        verdicts = f"{m['not_article']:.0f}" if "not_article" in m else "–"
        lines.append(
            f"| {name} | {label} | {m['pages']:.0f} | {m['p']:.3f} | {m['r']:.3f} | {m['f1']:.3f} "
            f"| {verdicts} |"
        )
    return "\n".join(lines)


def main(argv: Iterable[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--part", choices=(*PARTS, "all"), default="dev",
        help="fixture families: dev (tuned on), validation (tests.families.VALIDATION, "
        "reported apart), hard (tests.families.HARD, reported on their own), blind (dev without "
        "class/id names, byline labels or structured-data authors: ad hoc and inferred), perturbed (dev with portal "
        "widgets on every page: ad hoc and inferred), forms (dev with the field's date lines and bylines, "
        "one convention per site: ad hoc, inferred and single page), inline (dev with the chrome portals "
        "put in and around the article's block: ad hoc, single page and inferred), chrome2 (dev with the "
        "content column's chrome the other parts do not show: ad hoc, single page and inferred), dates2 (dev with "
        "the date presentations the other parts do not show, and decoy dates: ad hoc, single page and inferred), bylines (dev "
        "with the byline presentations the other parts lack, one kind per site: ad hoc, single page and "
        "inferred), fresh (tests.families.FRESH_A to FRESH_Z and FRESH_AA to FRESH_AL: rounds 15-23's fresh template families, no hand "
        "profile: ad hoc, single page and inferred), sealed (tests.sealed, "
        "only scored: aggregate figures), sealed2 (the second sealed part, tests.sealed.SEALED2, "
        "scored once when built: aggregate figures), sealed3 (the third, tests.sealed3.SEALED3, "
        "only scored: aggregate figures), or all of them",
    )  # fmt: skip
    parser.add_argument("--shared", action="store_true", help="also the public benchmarks")
    parser.add_argument(
        "--infer-cost", action="store_true",
        help="also time the site inference on a generated 300-article portal",
    )  # fmt: skip
    parser.add_argument(
        "--growth", action="store_true",
        help="also the site model as a crawl sees it grow, per development and validation "
        "family: the sample size it is first confident at, and any confident model worse than "
        "the single-page path",
    )  # fmt: skip
    parser.add_argument("--limit", type=int, help="pages per public benchmark (default: all)")
    parser.add_argument(
        "--benchmark", action="append", choices=SHARED_NAMES,
        help="with --shared, only this public benchmark (repeatable; default: all four)",
    )  # fmt: skip
    parser.add_argument("--json", type=Path, help="write the figures as JSON")
    args = parser.parse_args(list(argv) if argv is not None else None)
    start = time.perf_counter()
    parts = PARTS if args.part == "all" else (args.part,)
    report = fixture_report(parts)
    out: dict[str, Any] = {"fixtures": _public(report)}
    print(fixture_table(out["fixtures"]))
    print("\nWrong dates and authors, by kind, and the non-article rows that copy an article "
          "(aggregate per part):\n" + misses_table(report))
    if args.shared:
        out["shared"] = shared_report(args.limit, names=args.benchmark or SHARED_NAMES)
        print()
        print(shared_table(out["shared"]))
        print()
        print(typing_table(out["shared"]))
        print()
        print(dates_table(out["shared"]))
        print()
        print(metadata_table(out["shared"]))
    if args.growth:
        grown = out["growth"] = {
            f"{part}/{k}": {key: g[key] for key in ("pages", "confident_at", "worse")}
            for part in ("dev", "validation")
            for k, g in ((k, growth(f)) for k, f in families(part).items())
        }
        print("\n" + growth_table(grown))
    if args.infer_cost:
        cost = out["infer_cost"] = inference_cost()
        print(
            f"\ninfer over {cost['pages']:.0f} pages: {cost['infer_s']:.1f} s, one extraction "
            f"pass {cost['extract_s']:.1f} s (ratio {cost['ratio']:.2f})"
        )
    print(f"\n({time.perf_counter() - start:.1f} s)")
    if args.json:
        args.json.write_text(json.dumps(out, indent=2, ensure_ascii=False), encoding="utf-8")
    return 0


def inference_cost(n_articles: int = 300) -> dict[str, float]:
    """Time of ``infer`` over a generated portal's pages beside one extraction pass over the
    same pages, measured in one run (the machine is noisy: the ratio is the figure)."""
    from benchmarks.sitegen import build_generated_site

    pages = site_pages(build_generated_site(n_articles=n_articles, per_page=50))
    base = "https://tinhuy.laocai.gov.vn"
    profile = adhoc_profile(base + "/")
    start = time.perf_counter()
    for path, body, headers in pages:
        extract(body, base + path, headers, profile)
    once = time.perf_counter() - start
    start = time.perf_counter()
    model = infer([(base + p, b, h) for p, b, h in pages])
    took = time.perf_counter() - start
    return {"pages": len(pages), "infer_s": took, "extract_s": once, "ratio": took / once,
            "confident": float(model.confident)}  # fmt: skip


def _public(report: dict[str, dict[str, Any]]) -> dict[str, dict[str, Any]]:
    """The report without the raw counts (figures only)."""

    def strip(m: Any) -> Any:
        if isinstance(m, dict):
            return {k: strip(v) for k, v in m.items() if k != "_counts"}
        return m

    return strip(report)


if __name__ == "__main__":
    sys.exit(main())
