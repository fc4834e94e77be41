"""The forms part's transform (benchmarks/forms.py): the family's own date and author evidence
taken out, the site template's date line and byline written in, the truth as they show it."""

from __future__ import annotations

from datetime import datetime

import lxml.html

from benchmarks.forms import (
    TEMPLATES,
    FormsArticle,
    Template,
    date_text,
    forms_families,
    forms_html,
)
from tests.families.common import Art

PAGE = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>{title}</title>
<meta property="article:published_time" content="2024-03-05T08:40:00+07:00">
<meta name="author" content="Minh Anh"></head>
<body><div id="main"><h1>{title}</h1><div class="date">Ngày đăng: 05/03/2024 08:40</div>
<div class="content"><p>{lead}</p>{paras}<p align="right"><b>Minh Anh</b></p></div>
<ul class="other"><li><a href="/tin/2.html">Một tin khác của cổng thông tin điện tử huyện</a> (05/03/2024)</li></ul>
</div></body></html>"""
ART = Art(0, "/tin/1.html", "2024-03-05T20:40:15+07:00", "Ngày đăng: 05/03/2024 08:40",
          signature="Minh Anh", author="Minh Anh")  # fmt: skip


def _page(art: Art) -> bytes:
    paras = "".join(f"<p>{p}</p>" for p in art.paragraphs)
    return PAGE.format(title=art.title, lead=art.lead, paras=paras).encode()


def _rewrite(template: Template) -> tuple[FormsArticle, lxml.html.HtmlElement]:
    art = FormsArticle(ART, template, "fx-x", 0)
    out = forms_html(_page(ART), "text/html; charset=utf-8", art)
    return art, lxml.html.fromstring(out.decode("utf-8"))


def test_date_forms_and_their_truth() -> None:
    when = datetime.fromisoformat("2024-03-05T20:40:15+07:00")
    assert date_text("weekday", when) == "Thứ Ba, 05/03/2024 - 20:40"
    assert date_text("ampm", when) == "05/03/2024 08:40:15 PM"
    assert date_text("updated", when) == "Cập nhật lúc 20:40 ngày 5/3/2024"
    assert date_text("place", when) == "Lào Cai, ngày 5 tháng 3 năm 2024"
    only_day = FormsArticle(ART, Template("dots", "after_title", "plain"), "fx-x", 0).truth()
    assert only_day["published_at"] == "2024-03-05T00:00:00+07:00"
    updated = FormsArticle(ART, Template("updated", "after_title", "plain"), "fx-x", 0).truth()
    assert (updated["published_at"], updated["date_basis"]) == ("2024-03-05T20:40:00+07:00", "updated")


def test_the_familys_evidence_goes_and_the_templates_comes() -> None:
    art, doc = _rewrite(Template("gmt", "after_title", "bai_anh"))
    text = doc.text_content()
    assert "Ngày đăng" not in text and not doc.xpath("//meta[@property or @name='author']")
    assert doc.xpath("//h1")[0].getnext().text_content() == "05/03/2024 20:40 (GMT+7)"
    content = doc.get_element_by_id("main").find_class("content")[0]
    assert [p.text_content() for p in content][-1] == "Bài, ảnh: Minh Anh"
    assert "(05/03/2024)" in text  # another article's teaser is left alone
    truth = art.truth()
    assert truth["author"] == "Minh Anh" and truth["body"][-1] == "Bài, ảnh: Minh Anh"
    assert "Minh Anh" not in truth["body"]  # the family's signature line went with it


def test_a_source_line_names_no_author_and_a_staff_signature_is_kept_as_written() -> None:
    art, doc = _rewrite(Template("iso", "before_title", "source"))
    odd = FormsArticle(ART, Template("iso", "before_title", "source"), "fx-x", 1)
    assert odd.truth()["author"] is None and odd.truth()["body"][-1].startswith("Theo ")
    assert art.truth()["author"] == "Minh Anh"  # every other one signs above the source
    staff = [FormsArticle(ART, Template("thang", "after_title", "staff"), "fx-x", k).author for k in range(3)]
    assert staff == ["PV", "BTV", "Nhóm PV"]


def test_every_template_is_used_once_and_stays_with_its_site() -> None:
    from benchmarks.extraction_quality import families

    dev = families("dev")
    part = forms_families(dev)
    used = [f.template for f in part.values()]
    assert set(used) == set(TEMPLATES[: len(used)]) and len(set(used)) == min(len(used), len(TEMPLATES))
    assert {k: f.template for k, f in forms_families(dev).items()} == {k: f.template for k, f in part.items()}
