"""Page typing margin on the public benchmark's tuning half (round 22): an undated page
WordPress marks as a static page is refused by that mark (``signals.wordpress_page``), but a
long read that declares itself an article (og:type article, as SEO plugins write it) and is
published as a WordPress "page" is an article; the mark does not outrank the declaration,
the learned model weighs the page. The page is built here (no benchmark text)."""

from __future__ import annotations

from pipelines.record import ArticleRecord
from tests.helpers import read_ad_hoc

BASE = "https://www.example-garden.org"

GUIDE = [
    "Planning a vegetable garden starts long before the first seed goes into the ground, with a look at how much "
    "sun each corner of the yard receives during a summer day.",
    "Most vegetables need six to eight hours of direct sunlight, so we walked our own plot every two hours on a "
    "clear Saturday and marked the shadows cast by the fence, the shed and the old maple tree.",
    "The soil came next. A simple test kit from the hardware store told us the beds were slightly acidic and poor "
    "in nitrogen, which explained why the tomatoes struggled the year before.",
    "We worked in three inches of compost in early spring and waited two weeks before planting, giving the worms "
    "and the microbes time to break the material down into something the roots could use.",
    "Spacing matters more than most beginners expect. Crowded plants compete for water and light, and the damp "
    "air trapped between their leaves invites mildew and blight late in the season.",
    "A notebook kept through the season turned out to be the most useful tool of all: when the beans sprouted, when "
    "the first beetles appeared, which varieties cracked in the heat and which ones kept producing into October.",
    "Watering deeply twice a week, early in the morning, did more for the peppers than a light sprinkle every "
    "evening, because the roots followed the moisture down instead of staying near the surface.",
    "Mulch saved us hours of weeding. A layer of straw between the rows kept the soil cool, held the moisture after "
    "each watering and slowly added organic matter as it broke down over the summer.",
    "Succession planting kept the harvest steady: a new row of lettuce every three weeks meant we never had thirty "
    "heads ready on the same weekend and nothing at all a month later.",
    "Companion planting is half folklore and half good sense. Marigolds at the ends of the tomato rows did seem to "
    "keep some pests away, and the basil between them certainly made the kitchen happier.",
    "By the end of the first full season the garden had produced far more than the family could eat, and the "
    "neighbours learned to expect a basket of zucchini on their porch every few days in August.",
    "The lessons carried into the next year: test the soil every spring, keep the notebook, plant less of what "
    "nobody eats, and leave a path wide enough for the wheelbarrow between every pair of beds.",
]


def _wp(og_type: str, title: str, lines: list[str]) -> bytes:
    paras = "".join(f"<p>{x}</p>" for x in lines)
    return (
        f'<!DOCTYPE html><html lang="en-US"><head><meta charset="UTF-8"><title>{title} - Example Garden</title>'
        f'<meta property="og:type" content="{og_type}"><meta property="og:title" content="{title}"></head>'
        '<body class="page-template-default page page-id-118">'
        '<header><a href="/">Home</a> <a href="/about/">About</a> <a href="/shop/">Shop</a></header>'
        '<main id="main"><article class="post-118 page type-page status-publish">'
        f'<header class="entry-header"><h1 class="entry-title">{title}</h1></header>'
        f'<div class="entry-content">{paras}</div></article></main>'
        "<footer>Copyright © 2024 Example Garden</footer></body></html>"
    ).encode()


def test_a_long_undated_wordpress_page_declaring_itself_an_article_is_not_refused_by_the_page_mark() -> None:
    assert sum(len(x.split()) for x in GUIDE) >= 300
    got = read_ad_hoc(_wp("article", "How we planned our first vegetable garden", GUIDE), BASE + "/first-vegetable-garden/")
    assert isinstance(got, ArticleRecord), got


def test_the_wordpress_page_mark_still_refuses_a_short_or_undeclared_page() -> None:
    # the same long text with og:type website: a standing page by WordPress's own mark
    got = read_ad_hoc(_wp("website", "How we planned our first vegetable garden", GUIDE), BASE + "/first-vegetable-garden/")
    assert isinstance(got, str) and "WordPress marks" in got, got
    # a short page declaring itself an article (SEO plugins declare every page so): still the mark's
    got = read_ad_hoc(_wp("article", "Opening hours", GUIDE[:3]), BASE + "/opening-hours/")
    assert isinstance(got, str) and "WordPress marks" in got, got
