"""Causes found on round 16's fresh-D families (``tests.families.FRESH_D``, part "fresh" of
benchmarks/extraction_quality.py), each on a page of its own (no family read).

- a table of records in the article template (commendation decisions, tenders open, job
  vacancies, a department's online services): rows of items under a header row with little
  running text beside them, stored as an article whatever the path, and on a crawl with the
  site model's body selector (the template's URLs are the news'); an article built round a
  table keeps its sapo and paragraphs and stays one;
- an index of press releases in the article template, each release's title with its date and
  its whole sapo (linked or not, nothing cut with "..."): stored as an article; an article's
  own "Tin liên quan" list (titles and dates only) is no such index.
"""

from __future__ import annotations

import pytest

from config.profile import adhoc_profile
from pipelines import pagecontent
from pipelines.record import ArticleRecord, NotAnArticle
from pipelines.sitemodel import extract_page

BASE = "https://longthanh.example.vn/"
PROSE = [
    "Chi cục Thuế khu vực cho biết sẽ tập trung đôn đốc thu nợ đọng, rà soát các hộ kinh doanh "
    "chưa kê khai và đẩy nhanh tiến độ đấu giá quyền sử dụng đất để hoàn thành dự toán năm.",
    "Ủy ban nhân dân huyện yêu cầu các xã, thị trấn phối hợp chặt chẽ với cơ quan thuế, công "
    "khai danh sách các đơn vị nợ thuế kéo dài trên phương tiện thông tin đại chúng.",
]
SAPO = (
    "Tổng thu ngân sách nhà nước trên địa bàn huyện quý I năm 2024 đạt 86,4 tỷ đồng, bằng "
    "31,5% dự toán tỉnh giao và tăng 12% so với cùng kỳ năm trước."
)
DECISIONS = [
    ("215/QĐ-UBND", "28/02/2024", "Tặng Giấy khen cho 12 tập thể, 25 cá nhân có thành tích xuất sắc", "Giấy khen"),
    ("198/QĐ-UBND", "20/02/2024", "Khen thưởng đột xuất ông Lê Văn Toàn đã dũng cảm cứu người bị nạn", "Giấy khen"),
    ("176/QĐ-UBND", "08/02/2024", "Tặng Giấy khen cho 9 tập thể hoàn thành xuất sắc nhiệm vụ thu ngân sách", "Giấy khen"),
    ("154/QĐ-UBND", "30/01/2024", "Công nhận danh hiệu Lao động tiên tiến năm 2023 cho 214 cá nhân", "Danh hiệu"),
]  # fmt: skip
REVENUE = [
    ("Thu từ doanh nghiệp ngoài quốc doanh", "24,6 tỷ đồng", "28,9%", "tăng 8,2%"),
    ("Thu tiền sử dụng đất", "38,2 tỷ đồng", "36,4%", "tăng 19,5%"),
    ("Lệ phí trước bạ", "9,8 tỷ đồng", "30,6%", "tăng 4,1%"),
    ("Thuế thu nhập cá nhân", "6,1 tỷ đồng", "27,7%", "tăng 6,9%"),
]


def _table(head: list[str], rows: list[tuple[str, ...]]) -> str:
    ths = "".join(f"<th>{h}</th>" for h in head)
    trs = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in rows)
    return f"<table class='tbl'><tr>{ths}</tr>{trs}</table>"


def _page(title: str, sapo: str, content: str, date_line: str = "Cập nhật: 05/03/2024 08:30") -> str:
    sapo_html = f"<div class='post-sapo'><strong>{sapo}</strong></div>" if sapo else ""
    return (
        f"<html><head><meta charset='utf-8'><title>{title}</title></head><body>"
        "<header><a href='/'>Cổng thông tin điện tử huyện Long Thạnh</a></header>"
        "<div class='col-main'><div class='post-detail'>"
        f"<h1 class='post-title'>{title}</h1><div class='post-meta'>{date_line} | Lượt xem: 1.234</div>"
        f"{sapo_html}<div class='post-content'>{content}</div></div></div>"
        "<footer>Ủy ban nhân dân huyện Long Thạnh</footer></body></html>"
    )


def _extract(page: str, path: str = "bai-viet/3104") -> ArticleRecord | NotAnArticle:
    return extract_page(page.encode(), BASE + path, {"content-type": "text/html; charset=utf-8"}, adhoc_profile(BASE))


def test_a_table_of_decisions_in_the_article_template_is_no_article() -> None:
    page = _page("Danh sách quyết định khen thưởng năm 2024", "",
                 _table(["Số quyết định", "Ngày ký", "Trích yếu", "Hình thức"], DECISIONS))  # fmt: skip
    got = _extract(page)
    assert isinstance(got, NotAnArticle)
    assert got.reason == "listing"


def test_a_table_with_a_short_introduction_is_still_a_table_of_records() -> None:
    intro = ("<p>Tổ chức, cá nhân thực hiện các thủ tục hành chính thuộc thẩm quyền của Sở trực tuyến "
             "trên Cổng dịch vụ công của tỉnh, hồ sơ được tiếp nhận mọi lúc.</p>")  # fmt: skip
    rows = [("1", "Thi tuyển công chức", "1.005181", "Toàn trình"), ("2", "Xét tuyển viên chức", "1.005393", "Toàn trình"),
            ("3", "Công nhận ban vận động thành lập hội", "1.003918", "Một phần")]  # fmt: skip
    got = _extract(_page("Dịch vụ công trực tuyến", "", intro + _table(["STT", "Tên dịch vụ", "Mã", "Mức độ"], rows)))
    assert isinstance(got, NotAnArticle)


@pytest.mark.parametrize("signature", ["", "<p style='text-align:right'><strong>Minh Tú</strong></p>"])
def test_an_article_built_round_a_table_stays_an_article(signature: str) -> None:
    content = (_table(["Nguồn thu", "Số thu", "So với dự toán", "So với cùng kỳ"], REVENUE)
               + "".join(f"<p>{p}</p>" for p in PROSE[:1]) + signature)  # fmt: skip
    got = _extract(_page("Thu ngân sách quý I năm 2024 đạt 31,5% dự toán", SAPO, content))
    assert isinstance(got, ArticleRecord)
    assert "Lệ phí trước bạ" in got.body_text and got.body_text.startswith(SAPO[:40])


def test_a_layout_table_holding_the_article_is_no_table_of_records() -> None:
    cells = "".join(f"<tr><td>{i}</td><td class='ngay'>05/03/2024</td><td>{p}</td></tr>" for i, p in enumerate(PROSE))
    page = _page("Đôn đốc thu nợ thuế", "", f"<table><tr><td>Mục</td><td>Ngày</td><td>Nội dung</td></tr>{cells}"
                 f"<tr><td>3</td><td>06/03/2024</td><td>{PROSE[0]}</td></tr></table>")  # fmt: skip
    assert not pagecontent.records_table(*_tree_and_block(page), [SAPO, *PROSE])


def _tree_and_block(page: str):  # type: ignore[no-untyped-def]
    from lxml import html

    tree = html.fromstring(page)
    return tree, tree.find_class("post-content")[0]


RELEASES = [
    ("Thông cáo báo chí về kết quả kỳ thi tuyển công chức năm 2024", "13/03/2024",
     "Sở Nội vụ thông báo kết quả kỳ thi tuyển công chức hành chính năm 2024 vào các cơ quan chuyên môn "
     "thuộc Ủy ban nhân dân tỉnh và cấp huyện."),
    ("Thông cáo báo chí về kết quả xét tuyển viên chức giáo dục năm 2023", "18/12/2023",
     "Sở Nội vụ thông báo kết quả kỳ xét tuyển viên chức làm việc tại các trường mầm non, tiểu học và "
     "trung học cơ sở năm 2023, 412 người trúng tuyển."),
    ("Thông cáo báo chí về công tác cải cách hành chính năm 2023", "05/01/2024",
     "Chỉ số cải cách hành chính của tỉnh năm 2023 tăng bảy bậc; toàn bộ thủ tục đủ điều kiện được cung "
     "cấp trực tuyến toàn trình."),
]  # fmt: skip


@pytest.mark.parametrize("linked", [True, False])
def test_an_index_of_press_releases_with_whole_sapos_is_no_article(linked: bool) -> None:
    def title(t: str, i: int) -> str:
        return f"<a href='/Home/ChiTiet?cm=thong-cao&ma={5530 + i}'><b>{t}</b></a>" if linked else f"<b>{t}</b>"

    items = "".join(f"<div class='tc'><p>{title(t, i)} ({d})</p><p>{s}</p></div>" for i, (t, d, s) in enumerate(RELEASES))
    got = _extract(_page("Thông cáo báo chí", "", items, "Ngày đăng: 13/03/2024"), "Home/ChiTiet?cm=thong-cao&ma=5402")
    assert isinstance(got, NotAnArticle)
    assert got.reason == "listing"


def test_an_article_with_a_related_list_of_dated_titles_in_its_body_stays_one() -> None:
    related = "".join(f"<li><a href='/bai-viet/{3100 + i}'>{t}</a> ({d})</li>" for i, (t, d, _) in enumerate(RELEASES))
    content = "".join(f"<p>{p}</p>" for p in PROSE) + f"<div class='related-in'><p><strong>Tin liên quan</strong></p><ul>{related}</ul></div>"
    got = _extract(_page("Đôn đốc thu nợ thuế các doanh nghiệp", SAPO, content))
    assert isinstance(got, ArticleRecord)


def test_dated_sapos_needs_three_titles_each_with_a_sapo() -> None:
    lines = [x for t, d, s in RELEASES for x in (f"{t} ({d})", s)]
    assert pagecontent.dated_sapos(lines)
    assert not pagecontent.dated_sapos(lines[:4] + PROSE)  # two releases and a text
    assert not pagecontent.dated_sapos([f"{t} ({d})" for t, d, _ in RELEASES] + PROSE)  # titles alone


# --- the single-page path's last non-articles in part "fresh" (fresh-A's, round 15) ---------

GRID = [
    ("/TinTuc/ChiTiet.aspx?ID=311", "Đông Sơn đón hơn 450 nghìn lượt khách du lịch trong hai tháng đầu năm", "22/02/2024",
     "Theo thống kê của Sở Văn hóa, Thể thao và Du lịch, hai tháng đầu năm 2024 tỉnh Đông Sơn đón hơn bốn trăm năm "
     "mươi nghìn lượt khách, tăng mười lăm phần trăm so với cùng kỳ."),
    ("/TinTuc/ChiTiet.aspx?ID=305", "Tập huấn nghiệp vụ quản lý hoạt động karaoke, vũ trường", "21/02/2024",
     "Ngày 21/2, Sở Văn hóa, Thể thao và Du lịch tổ chức lớp tập huấn nghiệp vụ quản lý nhà nước về hoạt động kinh "
     "doanh karaoke, vũ trường cho cán bộ các huyện, thành phố."),
]  # fmt: skip


def _grid(rows: list[tuple[str, str, str, str]]) -> str:
    trs = "".join(
        f"<tr><td><img src='/Images/noimage.gif' width='120'></td><td><a class='TieuDeTin' href='{h}'>{t}</a> "
        f"<span class='NgayDang'>({d})</span><br><span class='TomTat'>{s}</span></td></tr>"
        for h, t, d, s in rows
    )
    return (
        "<html><head><meta charset='utf-8'><title>Sở Văn hóa, Thể thao và Du lịch tỉnh Đông Sơn</title></head><body>"
        "<table width='100%'><tr><td class='banner'>SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH TỈNH ĐÔNG SƠN</td></tr><tr><td>"
        # (the section's name over the grid is the menu's, learned chrome on a crawl: left out)
        f"<table class='Grid'>{trs}</table></td></tr></table></body></html>"
    )


@pytest.mark.parametrize("rows", [GRID[:1], GRID])
def test_a_grid_of_teasers_whose_titles_carry_their_date_is_a_listing(rows: list[tuple[str, str, str, str]]) -> None:
    got = _extract(_grid(rows), "TinTuc/DanhSach.aspx?CatID=5")
    assert isinstance(got, NotAnArticle)
    assert got.reason == "listing"


def test_undated_title_strips_only_a_closing_date() -> None:
    assert pagecontent.undated_title("Tập huấn nghiệp vụ karaoke (21/02/2024)") == "Tập huấn nghiệp vụ karaoke"
    assert pagecontent.undated_title("Lịch tiếp dân - 26/02/2024 08:30") == "Lịch tiếp dân"
    line = "Ngày 21/02/2024, Sở tổ chức lớp tập huấn"
    assert pagecontent.undated_title(line) == line


def _static(path: str) -> ArticleRecord | NotAnArticle:
    paras = "".join(
        f"<p>{p}</p>"
        for p in (
            "Tỉnh Nam Bình được tái lập từ ngày 01/01/1997 theo Nghị quyết của Quốc hội khóa IX, kỳ họp thứ 10, "
            "trên cơ sở chia tách tỉnh Nam Hà cũ thành hai tỉnh.",
            "Diện tích tự nhiên 2.668 km², dân số khoảng 1,2 triệu người; tỉnh có một thành phố, một thị xã và "
            "bảy huyện với một trăm hai mươi đơn vị hành chính cấp xã.",
            "Tỉnh có vị trí thuận lợi trên hành lang kinh tế ven biển, có cảng biển nước sâu, hai khu công nghiệp "
            "lớn và hệ thống di tích lịch sử văn hóa phong phú.",
        )
    )
    page = (
        "<html><head><meta charset='utf-8'><title>Tổng quan tỉnh Nam Bình</title></head><body>"
        "<div class='detail-news'><h1 class='detail-title'>Tổng quan tỉnh Nam Bình</h1>"
        f"{paras}</div></body></html>"
    )
    return _extract(page, path)


def test_an_undated_page_of_the_introduction_section_is_no_article() -> None:
    got = _static("gioi-thieu/tong-quan.html")
    assert isinstance(got, NotAnArticle)
    assert got.reason == "other_type"


def test_an_undated_page_elsewhere_is_not_typed_by_the_section_rule() -> None:
    from pipelines import pagekind

    assert pagekind.static_kind("https://x.vn/gioi-thieu/tong-quan.html", None)
    assert pagekind.static_kind("https://x.vn/lien-he/ban-do.html", None)
    assert not pagekind.static_kind("https://x.vn/tin-tuc/tong-quan.html", None)
    assert not pagekind.static_kind("https://x.vn/tin-tuc/gioi-thieu-san-pham-ocop-12.html/chi-tiet", None)
