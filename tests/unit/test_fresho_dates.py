"""Fresh-O's causes (round 19: decoy dates), each a generic rule with its own test."""

from __future__ import annotations

from lxml import html

from pipelines.datefind import find_dates, split_line

TZ = "Asia/Ho_Chi_Minh"


def _dates(body: str, head: str = ""):
    tree = html.fromstring(
        f"<html><head>{head}</head><body><div class='top'>Thứ Ba, 19/03/2024</div>"
        f"<div class='post'>{body}</div><div class='tin-khac'><h4>Các tin khác</h4><ul><li><a href='/x'>Tin "
        f"khác</a> (01/03/2024)</li></ul></div></body></html>"
    )
    return find_dates(tree, TZ, [], tree.cssselect("h1")[0], None)


def test_an_update_labelled_ngay_cap_nhat_before_the_publication_on_one_line() -> None:
    line = "Ngày cập nhật: 08/03/2024 16:00 | Ngày đăng: 05/03/2024 08:30"
    assert split_line(line) == ("Ngày đăng: 05/03/2024 08:30", "Ngày cập nhật: 08/03/2024 16:00")
    found = _dates(f"<h1>Tin</h1><div class='meta'>{line}</div><p>Nội dung.</p>")
    assert found.published is not None and found.published.iso == "2024-03-05T08:30:00+07:00"
    assert found.updated is not None and found.updated.iso == "2024-03-08T16:00:00+07:00"
    assert found.basis == "published"
    # a date before the update's label is the publication's, as ever
    assert split_line("05/03/2024 08:30 | Cập nhật: 08/03/2024") == ("05/03/2024 08:30", "Cập nhật: 08/03/2024")
    # an update label alone stays an update
    assert split_line("Ngày cập nhật: 08/03/2024 16:00") == ("Ngày", "cập nhật: 08/03/2024 16:00")


def test_a_source_attributions_day_is_not_the_pages() -> None:
    # a line of its own above the portal's "Ngày đăng"
    found = _dates("<h1>Tin</h1><p class='nguon'><em>Theo Báo Vân Lĩnh ngày 05/3/2024</em></p>"
                   "<div class='meta'>Ngày đăng: 07/03/2024 09:15</div><p>Nội dung.</p>")
    assert found.published is not None and found.published.iso == "2024-03-07T09:15:00+07:00"
    # the source's day first on the publication's own line
    line = "Nguồn: Báo Nhân Dân (02/03/2024) - Đăng ngày: 04/03/2024 15:20"
    assert split_line(line) == ("Đăng ngày: 04/03/2024 15:20", None)
    found = _dates(f"<h1>Tin</h1><div class='meta'>{line}</div><p>Nội dung.</p>")
    assert found.published is not None and found.published.iso == "2024-03-04T15:20:00+07:00"
    # a publication label with only a time after the day keeps the day ("05/03/2024 - Đăng lúc 08:40")
    assert split_line("Thứ Ba, 05/03/2024 - Đăng lúc 08:40") == ("Thứ Ba, 05/03/2024 - Đăng lúc 08:40", None)
    # "Theo dõi" (follow) is no source
    found = _dates("<h1>Tin</h1><div class='meta'>Theo dõi: 05/03/2024 08:40</div><p>Nội dung.</p>")
    assert found.published is not None and found.published.iso == "2024-03-05T08:40:00+07:00"


def test_a_day_in_a_span_of_the_headline_is_no_part_of_the_title() -> None:
    from pipelines.titles import find_title

    def title(h1: str, page_title: str = "Sơn Hà - Cổng thông tin điện tử huyện Sơn Hà") -> str | None:
        tree = html.fromstring(f"<html><head><title>{page_title}</title></head><body><div class='news'>{h1}"
                               "<p>Nội dung bài viết.</p></div></body></html>")
        return find_title(tree, [], [])[0]

    assert title('<h1>Sơn Hà đẩy mạnh tiêm chủng <span class="date">(08/03/2024)</span></h1>') == "Sơn Hà đẩy mạnh tiêm chủng"
    assert title("<h1>Khánh thành cầu Yên Bình <em>14/03/2024 16:10</em></h1>") == "Khánh thành cầu Yên Bình"
    # a day in the headline's words stays ("... ngày 26/02/2024"), so does one in a span mid-headline
    assert title("<h1>Quyết định số 345 ngày <b>26/02/2024</b> về nông thôn mới</h1>") == "Quyết định số 345 ngày 26/02/2024 về nông thôn mới"
    assert title("<h1>Thông báo <span>(11/03/2024)</span></h1>") == "Thông báo (11/03/2024)"  # too few words left


def test_a_selectors_headline_drops_its_date_span_too() -> None:
    from pipelines.titles import find_title

    tree = html.fromstring("<html><head><title>Trang</title></head><body><h1 class='title'>Chuyển đổi đất lúa "
                           "kém hiệu quả <span class='date'>(14/03/2024)</span></h1></body></html>")
    assert find_title(tree, ["h1.title"], [])[0] == "Chuyển đổi đất lúa kém hiệu quả"


def test_a_notices_number_before_its_labelled_day() -> None:
    found = _dates("<h1>Thông báo lịch tiếp công dân</h1><div class='ngaydang'>Số: 45/TB-UBND | Ngày đăng: "
                   "05/03/2024 08:20</div><p>Nội dung.</p>")
    assert found.published is not None and found.published.iso == "2024-03-05T08:20:00+07:00"
    # a document cited with its own day, no publication label: still the document's
    found = _dates("<h1>Tin</h1><div class='meta'>Theo Kế hoạch số 56/KH-UBND ngày 01/03/2024</div>"
                   "<div class='date'>07/03/2024</div><p>Nội dung.</p>")
    assert found.published is not None and found.published.iso == "2024-03-07T00:00:00+07:00"


def test_a_date_line_the_same_as_the_headers_today_on_the_day_served() -> None:
    from pipelines.chrome import Learned, normalize

    learned = Learned(lines=frozenset({normalize("Thứ Ba, 19/03/2024")}))

    def found(article_line: str):
        tree = html.fromstring(
            "<html><body><div class='header'><span class='ngay'>Thứ Ba, 19/03/2024</span></div>"
            f"<div class='post'><h1>Đẩy mạnh tiêm chủng mở rộng</h1><div class='ngaydang'>{article_line}</div>"
            "<p>Nội dung bài viết.</p></div></body></html>"
        )
        return find_dates(tree, TZ, [], tree.cssselect("h1")[0], None, learned=learned)

    # posted the day served: its date line is the header's text, and the page's own
    got = found("Thứ Ba, 19/03/2024")
    assert got.published is not None and got.published.iso == "2024-03-19T00:00:00+07:00"
    # the header's today alone (an undated page) is still never its date
    tree = html.fromstring("<html><body><div class='header'><span>Thứ Ba, 19/03/2024</span></div><div class='post'>"
                           "<h1>Giới thiệu chung về huyện</h1><span>Thứ Ba, 19/03/2024</span><p>Nội dung.</p></div></body></html>")
    tree.cssselect("div.header")[0].drop_tree()
    got = find_dates(tree, TZ, [], tree.cssselect("h1")[0], None, learned=learned)
    assert got.published is None


def test_another_dates_label_in_a_cell_of_its_own() -> None:
    rows = "".join(f"<tr><td class='lbl'>{k}:</td><td>{v}</td></tr>" for k, v in (
        ("Số hiệu", "12/TB-UBND"), ("Ngày ban hành", "13/03/2024"), ("Ngày đăng", "14/03/2024"), ("Lượt xem", "88")))
    found = _dates(f"<h1>Thông báo thu thuế</h1><table class='thongtin'>{rows}</table><p>Nội dung.</p>")
    assert found.published is not None and found.published.iso == "2024-03-14T00:00:00+07:00"


def test_a_closing_sentence_opened_by_the_posts_label() -> None:
    closing = "Tin đăng ngày 08/03/2024 lúc 09:10 theo đề nghị của Phòng Văn hóa và Thông tin huyện."
    prose = "Vụ xuân năm nay, nông dân xã Khê Hạ chuyển đổi hơn hai mươi héc-ta đất lúa kém hiệu quả sang trồng rau an toàn. " * 2
    tree = html.fromstring(f"<html><body><div class='chitiet'><div class='tieude'>Nông dân chuyển đổi đất lúa</div>"
                           f"<div class='noidung'><p>{prose}</p><p><i>{closing}</i></p></div></div></body></html>")
    found = find_dates(tree, TZ, [], tree.cssselect("div.tieude")[0], tree.cssselect("div.noidung")[0])
    assert found.published is not None and found.published.iso == "2024-03-08T09:10:00+07:00"
    # a closing sentence naming a day without the post's label is still prose
    other = "Hội nghị diễn ra ngày 08/03/2024 tại hội trường Ủy ban nhân dân huyện với sự tham gia của nhiều đại biểu."
    tree = html.fromstring(f"<html><body><div class='chitiet'><div class='tieude'>Nông dân chuyển đổi đất lúa</div>"
                           f"<div class='noidung'><p>{prose}</p><p><i>{other}</i></p></div></div></body></html>")
    assert find_dates(tree, TZ, [], tree.cssselect("div.tieude")[0], tree.cssselect("div.noidung")[0]).published is None
