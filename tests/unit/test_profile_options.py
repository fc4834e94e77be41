"""Profile options of extraction: CSS selectors validated on load, `selectors.remove` in
order (and a clear refusal when it removes the body), `selectors.article`,
`ignore_canonical`, and a site module kept outside the checkout."""

from __future__ import annotations

from pathlib import Path

import pytest

from config.profile import ProfileError, load_profile_file, profile_from_dict, site_module
from pipelines.extract import extract
from pipelines.record import ArticleRecord, NotAnArticle

BASE = {"id": "x-site", "name": "Cổng X", "base_url": "https://x.gov.vn/"}
URL = "https://x.gov.vn/tin-tuc/bai-viet-1.html"
HTML = {"content-type": "text/html; charset=utf-8"}
TEXT = "Nội dung bài viết về công tác chuyển đổi số của tỉnh trong năm qua. " * 6


def _profile(**fields: object) -> object:
    return profile_from_dict({**BASE, **fields}, "x-site.yaml")


def _page(canonical: str = "", marker: str = "asset-full-content-title") -> bytes:
    link = f'<link rel="canonical" href="{canonical}">' if canonical else ""
    return f"""<html><head><title>Bài viết một - Cổng X</title>{link}</head><body>
    <div class="banner">Cổng X</div>
    <div class="detail"><h1 class="{marker}">Bài viết một</h1><div class="date">05/01/2023 08:15</div>
    <div class="content"><div class="share">Chia sẻ | In bài</div><p>{TEXT}</p><p>{TEXT}</p></div></div>
    </body></html>""".encode()


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("title", "h1..entry-title", "field 'selectors.title.0': invalid CSS selector 'h1..entry-title'"),
        ("remove", ".ok", None),
        ("body", "div[", "field 'selectors.body.0': invalid CSS selector 'div['"),
        ("article", "::", "field 'selectors.article.0': invalid CSS selector '::'"),
    ],
)
def test_css_selectors_are_validated_on_load(field: str, value: str, message: str | None) -> None:
    if message is None:
        _profile(selectors={field: [value]})
        return
    with pytest.raises(ProfileError) as exc:
        _profile(selectors={field: [value]})
    text = str(exc.value)
    assert text.startswith("x-site.yaml: invalid site profile: " + message), text
    assert "\n" not in text


def test_rule_versions_selectors_are_validated_too() -> None:
    with pytest.raises(ProfileError, match=r"field 'rules.0.selectors.date.0': invalid CSS"):
        _profile(rules=[{"valid_until": "2022-01-01", "selectors": {"date": [".a >> .b"]}}])


def test_remove_applies_in_order() -> None:
    """A later remove selector sees the page without what earlier ones removed."""
    page = (
        '<html><head><title>T</title></head><body><div class="detail"><h1>Bai</h1>'
        '<div class="content"><div class="box"><p class="ad">Quang cao</p><p>Dong hai</p></div>'
        f"<p>{TEXT}</p></div></div></body></html>"
    ).encode()
    rules = [".ad", ".box > p:first-child"]
    record = extract(page, URL, HTML, _profile(selectors={"body": [".content"], "remove": rules}))
    assert "Quang cao" not in record.body_text and "Dong hai" not in record.body_text
    rules.reverse()
    record = extract(page, URL, HTML, _profile(selectors={"body": [".content"], "remove": rules}))
    assert "Quang cao" not in record.body_text and "Dong hai" in record.body_text


def test_removing_the_whole_body_names_the_remove_selector() -> None:
    profile = _profile(selectors={"body": [".content"], "remove": [".share", ".detail"]})
    result = extract(_page(), URL, HTML, profile)
    assert isinstance(result, NotAnArticle)
    assert result.reason == "too_short"
    assert "selectors.remove[1] '.detail' removed the body" in result.detail
    # ad hoc (no body selector): the selector that took most of the page is named
    adhoc = _profile(selectors={"remove": [".detail"]})
    result = extract(_page(), URL, HTML, adhoc)
    assert isinstance(result, NotAnArticle)
    assert "selectors.remove[0] '.detail'" in result.detail


def test_an_article_is_a_page_with_the_article_selector() -> None:
    profile = _profile(selectors={"article": [".asset-full-content-title"]})
    assert isinstance(extract(_page(), URL, HTML, profile), ArticleRecord)
    other = extract(_page(marker="portlet-title"), URL, HTML, profile)
    assert isinstance(other, NotAnArticle) and other.reason == "not_article_selector"


def test_a_canonical_link_can_be_ignored() -> None:
    page = _page(canonical="https://x.gov.vn/tin-tuc/khac.html")
    refused = extract(page, URL, HTML, _profile())
    assert isinstance(refused, NotAnArticle) and refused.reason == "duplicate_of_canonical"
    record = extract(page, URL, HTML, _profile(ignore_canonical=True))
    assert isinstance(record, ArticleRecord) and record.url == URL


def test_a_site_module_outside_the_checkout(tmp_path: Path) -> None:
    (tmp_path / "code").mkdir()
    (tmp_path / "code" / "portal_x.py").write_text(
        "def postprocess(record):\n"
        "    from dataclasses import replace\n"
        "    return replace(record, source='module ran')\n",
        encoding="utf-8",
    )
    path = tmp_path / "x-site.yaml"
    path.write_text(
        "id: x-site\nname: Cổng X\nbase_url: https://x.gov.vn/\nmodule: code/portal_x.py\n",
        encoding="utf-8",
    )
    profile = load_profile_file(path)
    assert site_module(profile).__file__ == str(tmp_path / "code" / "portal_x.py")
    record = extract(_page(), URL, HTML, profile)
    assert record.source == "module ran"
    path.write_text(path.read_text("utf-8").replace("portal_x.py", "missing.py"), "utf-8")
    with pytest.raises(ProfileError) as exc:
        load_profile_file(path)
    assert str(exc.value) == (
        f"{path}: field 'module': no such file '{tmp_path / 'code' / 'missing.py'}'"
    )


def test_a_site_module_by_dotted_path() -> None:
    profile = _profile(module="json")  # any importable module outside crawler.sites
    assert site_module(profile).__name__ == "json"
    with pytest.raises(ProfileError, match="neither a dotted module path nor a .py file"):
        _profile(module="not a module")
    with pytest.raises(ProfileError, match="module must be named after the site id"):
        _profile(module="crawler.sites.other")


@pytest.mark.parametrize(("path", "value", "message"), [
    (("schedul",), "0 2 * * *", "field 'schedul': unknown field (did you mean 'schedule'?)"),
    (("selectors", "titel"), [".title"], "field 'selectors.titel': unknown field (did you mean 'title'?)"),
    (("links", "folow"), ["^x$"], "field 'links.folow': unknown field (did you mean 'follow'?)"),
    (("xyzzy",), 1, "field 'xyzzy': unknown field"),  # nothing close: no guess
])  # fmt: skip
def test_an_unknown_field_names_the_field_it_is_closest_to(path: tuple, value: object, message: str) -> None:
    data: dict = {"id": "x-gov", "name": "X", "base_url": "https://x.gov.vn/", "links": {}, "selectors": {}}
    target = data
    for part in path[:-1]:
        target = target[part]
    target[path[-1]] = value
    with pytest.raises(ProfileError) as exc:
        profile_from_dict(data, "x.yaml")
    assert str(exc.value) == f"x.yaml: invalid site profile: {message}"


def test_a_typo_in_a_rule_versions_selectors_is_named_too() -> None:
    data = {"id": "x-gov", "name": "X", "base_url": "https://x.gov.vn/",
            "rules": [{"valid_until": "2022-06-30", "selectors": {"titel": ["td.tieude"]}}]}  # fmt: skip
    with pytest.raises(ProfileError, match=r"'rules\.0\.selectors\.titel': unknown field \(did you mean 'title'\?\)"):
        profile_from_dict(data, "x.yaml")
