"""The headline inside a titled element that also holds a byline line (titles._own_headline)."""

import lxml.html
import pytest

from benchmarks.author_audit import BEFORE_15, audit
from pipelines.titles import find_title

SITE = "Sở Giao thông vận tải tỉnh Thạch Lâm"
HEADLINE = "Thông xe kỹ thuật cầu Yên Bình trên tỉnh lộ 721"


def _title(cell: str) -> tuple[str | None, str | None]:
    page = (f"<html><head><title>{SITE}</title></head><body><table><tr><td class='news_title'>"
            f"<font size='4'>{cell}</font></td></tr></table></body></html>")  # fmt: skip
    text, el, _ = find_title(lxml.html.document_fromstring(page), [], [SITE])
    return text, None if el is None else el.tag


@pytest.mark.parametrize(
    "line", ["<div><span>Quang Vinh/TTXVN</span></div>", "<p>Nhóm PV</p>", "<div>THỜI SỰ</div>"]
)
def test_a_line_of_its_own_over_the_headline_is_no_part_of_it(line: str) -> None:
    assert _title(f"{line}<b>{HEADLINE}</b>") == (HEADLINE, "b")
    assert _title(f"<b>{HEADLINE}</b>{line}") == (HEADLINE, "b")  # under it


def test_a_title_selector_on_such_a_cell_reads_the_headline_alone() -> None:
    """The ad-hoc crawl's site model learns ``td.news_title`` as the title's place: the byline
    line in it is no part of the title there either."""
    page = (f"<html><head><title>{SITE}</title></head><body><table><tr><td class='news_title'><font>"
            f"<div><span>Quang Vinh/TTXVN</span></div><b>{HEADLINE}</b></font></td></tr></table></body></html>")  # fmt: skip
    text, el, how = find_title(lxml.html.document_fromstring(page), ["td.news_title"], [SITE])
    assert (text, el.tag if el is not None else None, how) == (HEADLINE, "b", "selector")


def test_a_headline_cell_with_no_line_of_its_own_is_the_headline() -> None:
    assert _title(f"<b>{HEADLINE}</b>") == (HEADLINE, "td")
    # a headline written in two inline parts is read whole
    assert _title("<b>Thông xe kỹ thuật</b> <span>cầu Yên Bình trên tỉnh lộ 721</span>")[0] == HEADLINE


def test_the_byline_over_a_table_headline_cell_signs_the_family() -> None:
    """fx-phpnews: the byline beside the headline written in the headline's own cell was read
    into the title ("Quang Vinh/TTXVN Thông xe ...") and the writer missed."""
    for position in ("above_title", "below_title"):
        result = audit(("dev", "validation"), (position,), rounds=1, modes=("single",), sites=("fx-phpnews",),
                       presentations=BEFORE_15)  # fmt: skip
        assert result["cases"] and result["failures"] == [], result["failures"][:3]
