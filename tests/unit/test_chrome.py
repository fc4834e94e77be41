"""Learned chrome, split articles, versioned rules, bylines: the pure parts."""

from __future__ import annotations

from datetime import date

from config.profile import SiteProfile, profile_from_dict
from pipelines.chrome import Learned, Learner, learn_chrome, learn_title_affixes, remove_learned
from pipelines.multipage import join, part_of
from pipelines.record import ArticleRecord

FOOTER = ["Đang online: 37", "Thống kê truy cập", "Điện thoại: 0214.3820.111", "In bài viết | Gửi email"]


def pages(n: int) -> list[list[str]]:
    return [[f"Đoạn văn riêng của bài {i} với nội dung khác nhau.", *FOOTER, "BBT"] for i in range(n)]


def test_lines_on_many_pages_are_learned_as_chrome() -> None:
    learned = learn_chrome(pages(6))
    assert {"đang online: 37", "thống kê truy cập", "in bài viết | gửi email"} <= learned
    assert not any("đoạn văn riêng" in line for line in learned)


def test_signature_and_source_lines_are_never_chrome() -> None:
    lines = [[f"Bài {i}", "BBT", "P.V", "Nguồn: Báo Lào Cai"] for i in range(8)]
    assert learn_chrome(lines) == set()


def test_a_line_repeated_inside_one_article_is_not_chrome() -> None:
    refrain = "Tuổi trẻ xung kích, tình nguyện vì cộng đồng!"
    site = pages(6)
    site[0] += [refrain] * 5
    assert refrain.casefold() not in learn_chrome(site)
    kept, removed = remove_learned(["Mở đầu.", refrain, "Giữa.", refrain], Learned(frozenset(learn_chrome(site))))
    assert kept == ["Mở đầu.", refrain, "Giữa.", refrain] and removed == []


def test_too_few_pages_teach_nothing() -> None:
    assert learn_chrome(pages(2)) == set()


def test_learner_removes_what_it_learned_and_keeps_the_archive_seed() -> None:
    learner = Learner(known=Learned(frozenset({"liên kết website"})))
    for lines in pages(6):
        learner.add(lines, "Tiêu đề bài - Cổng TTĐT tỉnh Hòa Sơn")
    learned = learner.learned()
    body = ["Nội dung.", "Đang online: 37", "Liên kết website", "BBT"]
    assert remove_learned(body, learned) == (["Nội dung.", "BBT"], ["Đang online: 37", "Liên kết website"])
    assert "Cổng TTĐT tỉnh Hòa Sơn" in learned.title_affixes


def test_title_affixes() -> None:
    titles = [f"Ủy ban nhân dân huyện Bát Xát - Bài {i}" for i in range(5)]
    assert learn_title_affixes(titles) == {"Ủy ban nhân dân huyện Bát Xát"}


def test_split_article_parts_are_recognised_and_joined() -> None:
    url = "https://x.gov.vn/2023/03/01/bai/?page=2&utm_source=zalo"
    part = part_of(url, "https://x.gov.vn/2023/03/01/bai/")
    assert part is not None and (part.first, part.number) == ("https://x.gov.vn/2023/03/01/bai/", 2)
    assert part_of("https://x.gov.vn/tin-tuc.html?page=2", "https://x.gov.vn/khac.html") is None
    one = ArticleRecord(url=part.first, title="T", body=["Mở đầu."], parts=[url])
    two = ArticleRecord(url=part.first, title="T", body=["Kết.", "Minh Anh – Phòng Tổng hợp."], part=2)
    whole = join([two, one])
    assert whole.body == ["Mở đầu.", "Kết.", "Minh Anh – Phòng Tổng hợp."]
    assert (whole.author, whole.author_unit) == ("Minh Anh", "Phòng Tổng hợp")


def _versioned() -> SiteProfile:
    return profile_from_dict({
        "id": "x-site", "name": "X", "base_url": "https://x.gov.vn/",
        "selectors": {"body": [".new"]},
        "rules": [{"valid_until": "2021-12-31", "selectors": {"body": [".older"]}},
                  {"valid_until": "2022-06-30", "selectors": {"body": [".old"]}}],
    })  # fmt: skip


def test_rules_versioned_by_capture_date() -> None:
    profile = _versioned()
    assert profile.rules[0].valid_until == date(2021, 12, 31)
    assert profile.for_capture("2021-06-01T00:00:00").selectors.body == [".older"]
    # 2022-06-30T20:00Z is already July 1st in Vietnam
    assert profile.for_capture("2022-06-30T10:00:00").selectors.body == [".old"]
    assert profile.for_capture("2022-06-30T20:00:00").selectors.body == [".new"]
    assert profile.for_capture(None).selectors.body == [".new"]


def test_rule_versions_must_be_in_order_and_modules_named_after_the_site() -> None:
    import pytest

    from config.profile import ProfileError

    data = {"id": "x-site", "name": "X", "base_url": "https://x.gov.vn/",
            "rules": [{"valid_until": "2022-06-30", "selectors": {}},
                      {"valid_until": "2021-01-01", "selectors": {}}]}  # fmt: skip
    with pytest.raises(ProfileError) as exc:
        profile_from_dict(data, "x.yaml")
    assert str(exc.value) == (
        "x.yaml: invalid site profile: field 'rules': rule versions must be in increasing order "
        "of valid_until"
    )
    data = {"id": "x-site", "name": "X", "base_url": "https://x.gov.vn/", "module": "config.sites.other"}
    with pytest.raises(ProfileError) as exc:
        profile_from_dict(data, "x.yaml")
    assert str(exc.value) == (
        "x.yaml: invalid site profile: field '(top level)': module must be named after the site "
        "id: 'config.sites.x_site'"
    )


def test_cms_junk_is_never_an_author_but_a_labelled_byline_is() -> None:
    from pipelines.authors import parse_byline_text

    assert parse_byline_text("Viết bởi Super User") is None
    assert parse_byline_text("Tác giả: admin") is None
    assert parse_byline_text("Tác giả: Trung tâm Khuyến nông").author == "Trung tâm Khuyến nông"


def test_a_sapo_the_listings_repeat_whole_is_not_chrome_on_a_small_site():
    """A sentence of 20 words or more is chrome only on 60% of the pages: the listings of a
    small site repeating an article's sapo put it on a third of the pages, a footer's
    sentence is on all of them."""
    from pipelines.chrome import normalize

    sapo = ("Sáng Chủ nhật 3/3, hơn năm trăm cán bộ, đoàn viên và người dân phường Đông Tiến đã "
            "tham gia ra quân tổng vệ sinh môi trường khu dân cư.")  # fmt: skip
    footer = ("Ghi rõ nguồn Cổng thông tin điện tử phường Đông Tiến khi phát hành lại thông tin từ "
              "website này, mọi hành vi sao chép khác đều vi phạm bản quyền.")  # fmt: skip
    pages = [[footer, "Trang chủ", f"Trang {i} của website"] for i in range(12)]
    for page in pages[:4]:
        page.append(sapo)
    learned = learn_chrome(pages)
    assert normalize(footer) in learned and normalize("Trang chủ") in learned
    assert normalize(sapo) not in learned


def test_the_learners_verdict_is_that_of_every_line_counted() -> None:
    """The learner walks only the lines counted often enough to be chrome; its verdict after
    every page is the one a walk of every line counted gives (thresholds grow with the pages:
    lines drop out and come back; long lines need a larger share)."""
    import random

    from pipelines.chrome import _chrome

    rng = random.Random(7)
    short = [f"dòng {i}" for i in range(60)]
    long = [" ".join(["câu dài"] * 12) + f" {i}" for i in range(20)]
    learner = Learner()
    for page in range(150):
        common = rng.randint(1, 60)  # how widely the page's lines are drawn: shares move
        lines = {rng.choice(short[:common]) for _ in range(rng.randint(0, 15))}
        lines |= {rng.choice(long[: rng.randint(1, 20)]) for _ in range(rng.randint(0, 3))}
        lines |= {"chân trang"} if rng.random() < 0.95 else set()  # chrome throughout
        lines |= {long[0]} if rng.random() < 0.7 else set()  # a long line on most pages
        lines |= {"đầu trang"} if page < 30 else set()  # chrome early, not at the end
        lines |= {"mới thêm"} if page >= 100 else set()  # counted late: chrome by the end
        learner.add_reported(tuple(sorted(lines)))
        assert learner.learned().lines == frozenset(_chrome(learner.counts, learner.pages)), page
        if page == 29:
            assert "đầu trang" in learner.learned().lines
    assert {"chân trang", long[0], "mới thêm"} <= learner.learned().lines
    assert "đầu trang" not in learner.learned().lines
