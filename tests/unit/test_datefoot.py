"""The date line at the article's foot (pipelines.datefind.foot_lines): read when no date
line is near the title; never a teaser's date, the site footer's, nor a closing sentence's;
the site inference learns its place (pipelines.inference.template._date)."""

from __future__ import annotations

from lxml import html

from pipelines.datefallback import htmldate_dates
from pipelines.datefind import find_dates
from pipelines.inference.template import _date

TZ = "Asia/Ho_Chi_Minh"
PROSE = (
    "Ủy ban nhân dân huyện tổ chức hội nghị tổng kết công tác năm 2023 và triển khai nhiệm vụ "
    "năm 2024 với sự tham dự của đại diện các xã, thị trấn trên địa bàn huyện."
)


def _page(foot: str, near: str = "", footer: str = "", n: int = 1) -> str:
    """An article whose headline sits deep in its head box (the two levels above it hold only
    the head), the body, ``foot`` after it, then "Các tin khác" with dates; a sidebar with
    dates, today's date in the top bar, the site footer."""
    return f"""<html><body><div class="top">Hôm nay: Thứ Tư, 20/03/2024</div>
<div id="page"><div class="row"><div class="col-main"><div class="detail">
<div class="head"><div class="head-inner"><div class="title-box"><h1>Tin số {n} của huyện</h1></div>{near}
<div class="share"><a href="/share">Chia sẻ</a></div></div></div>
<div class="detail-body"><div class="content"><p>{PROSE} Bài {n}.</p><p>{PROSE}</p>
<p style="text-align:right"><strong>Minh Anh</strong></p></div></div>{foot}
<div class="tin-khac"><h3>Các tin khác</h3><ul><li><a href="/a">Tin hai của huyện</a> (01/03/2024)</li>
<li><a href="/b">Tin ba của huyện</a> (02/03/2024)</li></ul></div></div></div>
<div class="col-right"><h4>Tin mới</h4><ul><li><a href="/c">Tin bốn</a> <span>03/03/2024</span></li>
<li><a href="/d">Tin năm</a> <span>04/03/2024</span></li></ul></div></div>
<div class="footer">{footer}<p>© 2024 Bản quyền thuộc Ủy ban nhân dân huyện</p></div></div></body></html>"""


def _found(page: str, with_body: bool = True):
    tree = html.fromstring(page)
    title = tree.cssselect("h1")[0]
    body = tree.cssselect(".content")[0] if with_body else None
    return find_dates(tree, TZ, [], title, body)


def test_the_date_line_at_the_foot_is_read_when_none_is_near_the_title() -> None:
    for line, iso in (
        ("Ngày đăng: 05/03/2024 08:40", "2024-03-05T08:40:00+07:00"),
        ("Người đăng: Quản trị | 05/03/2024", "2024-03-05T00:00:00+07:00"),
        ("Lào Cai, ngày 5 tháng 3 năm 2024", "2024-03-05T00:00:00+07:00"),
    ):
        foot = f'<div class="foot" style="text-align:right"><span>{line}</span></div>'
        for with_body in (True, False):  # extraction's body element, or the page typing's none
            found = _found(_page(foot), with_body)
            assert found.published is not None and found.published.iso == iso, (line, with_body)
            assert (found.source, found.basis) == ("foot", "published")


def test_an_update_line_alone_at_the_foot_is_the_publication_on_the_update_basis() -> None:
    found = _found(_page('<div class="foot">Cập nhật lúc 15:20 ngày 11/3/2024</div>'))
    assert found.published is not None and found.published.iso == "2024-03-11T15:20:00+07:00"
    assert found.updated == found.published and found.basis == "updated" and found.source == "foot"


def test_a_date_line_at_the_end_of_the_body_element_counts() -> None:
    page = _page("").replace(
        "<strong>Minh Anh</strong></p>",
        '<strong>Minh Anh</strong></p><p style="text-align:right"><em>Hà Giang, ngày 7 tháng 3 năm 2024</em></p>',
    )
    found = _found(page)
    assert found.published is not None and found.published.iso == "2024-03-07T00:00:00+07:00"


def test_teasers_sidebars_and_the_site_footer_after_the_body_give_no_date() -> None:
    # no foot line: "Các tin khác (01/03/2024)", the sidebar's dates, the footer's update day
    # and copyright year, today's date in the top bar are none of the article's
    for with_body in (True, False):
        found = _found(_page("", footer="<p>Cập nhật: 19/03/2024</p>"), with_body)
        assert found.published is None and found.updated is None, with_body


def test_a_closing_sentence_with_a_deadline_is_no_date_line() -> None:
    foot = '<div class="note"><p>Hồ sơ nộp trước ngày 15/3/2024 tại bộ phận một cửa.</p></div>'
    assert _found(_page(foot)).published is None


def test_a_date_near_the_title_keeps_winning_over_the_foot() -> None:
    near = '<div class="date">Thứ Ba, 12/03/2024 14:15</div>'
    found = _found(_page('<div class="foot">Cập nhật lúc 15:20 ngày 13/3/2024</div>', near))
    assert found.published is not None and found.published.iso == "2024-03-12T14:15:00+07:00"
    assert found.source == "page"


def test_a_foot_line_of_the_capture_day_meets_the_capture_day_guard() -> None:
    page = _page('<div class="foot">Ngày đăng: 20/03/2024 07:30</div>')
    tree = html.fromstring(page)
    found = find_dates(tree, TZ, [], tree.cssselect("h1")[0], tree.cssselect(".content")[0])
    assert found.source == "foot" and found.published is not None
    guarded = htmldate_dates(found, tree, "https://x.gov.vn/tin/a.html", TZ, "2024-03-20T03:00:00+00:00")
    assert guarded.published is None and guarded.updated is None
    earlier = htmldate_dates(found, tree, "https://x.gov.vn/tin/a.html", TZ, "2024-03-22T03:00:00+00:00")
    assert earlier == found


def test_the_site_inference_learns_the_foot_place() -> None:
    days = ["05/03/2024 08:40", "06/03/2024 09:10", "07/03/2024 10:00", "08/03/2024 15:30"]
    trees = [html.fromstring(_page(f'<div class="news-foot">Ngày đăng: {d}</div>', n=i)) for i, d in enumerate(days)]
    heads = [t.cssselect("h1")[0] for t in trees]
    others = [html.fromstring(_page("", n=9).replace("<h1>", "<h2>").replace("</h1>", "</h2>"))]
    choice = _date(trees, heads, TZ, others)
    assert choice is not None and choice.share == 1.0
    assert [t.cssselect(choice.selector)[0].text_content() for t in trees] == [f"Ngày đăng: {d}" for d in days]


def test_a_body_located_on_another_pages_teaser_dates_nothing() -> None:
    """A listing's text found at a widget's linked title ("Tin mới": a title and its date),
    no title element: the date beside that link is the other page's (the perturbed part)."""
    tree = html.fromstring(
        "<html><body><div><ul><li><a href='/tin/1.html'>Khánh thành tuyến đường liên xã</a>"
        " <span>(07/03/2024)</span></li><li><a href='/tin/2.html'>Tiêm chủng cho trẻ em vùng cao"
        "</a> <span>(08/03/2024)</span></li></ul></div></body></html>"
    )
    link = tree.cssselect("a")[0]
    assert find_dates(tree, TZ, [], None, link).published is None
    item = html.fromstring("<div><p>Ngày đăng: 07/03/2024</p><div class='c'><p>Nội dung.</p></div></div>")
    assert find_dates(item, TZ, [], None, item.cssselect(".c")[0]).published is not None


def test_a_teaser_cards_date_beside_the_page_heading_dates_nothing() -> None:
    """A category page's heading and its teaser cards (a headline link in a heading, the
    teaser's date, a sapo) in one block: the cards are the region the date is looked for
    in, and a card's date is its page's, never this one's. An article's own date line beside
    its heading still dates it."""
    card = (
        "<div class='media'><h5><a href='/tin/{0}.html'>Ra quân tổng vệ sinh môi trường số {0}</a></h5>"
        "<small>0{0}/03/2024</small><p>Sáng Chủ nhật, hơn năm trăm người dân đã tham gia.</p></div>"
    )
    tree = html.fromstring(f"<html><body><div><h3>Tin mới</h3>{card.format(3)}{card.format(4)}</div></body></html>")
    heading = tree.cssselect("h3")[0]
    assert find_dates(tree, TZ, [], heading, None).published is None
    article = html.fromstring(
        f"<html><body><div><h3>Tin mới</h3><small>05/03/2024</small><p>{PROSE}</p>"
        f"{card.format(3)}{card.format(4)}</div></body></html>"
    )
    found = find_dates(article, TZ, [], article.cssselect("h3")[0], None).published
    assert found is not None and found.iso.startswith("2024-03-05")


def test_a_tool_row_under_the_headline_and_a_tag_row_under_the_body_do_not_hide_the_foot() -> None:
    """Portals put their tools between the headline and the text (a view count, print/send/
    share links) and the tag row at the body's end: neither is a list that ends the article,
    nor one of the lines the foot is looked for in."""
    tools = ('<div class="tools"><div>Số lượt xem: 1.234</div><div><a href="#p">In bài viết</a> | '
             '<a href="#m">Gửi email</a> | <a href="#s">Chia sẻ</a></div></div>')  # fmt: skip
    tags = ('<div class="tags"><b>Từ khóa:</b> <a href="/t/1">giáo dục</a>, <a href="/t/2">y tế</a>, '
            '<a href="/t/3">du lịch</a></div>')  # fmt: skip
    page = (
        _page('<div class="foot"><em>Lào Cai, ngày 5 tháng 3 năm 2024</em></div>')
        .replace('<div class="share">', tools + '<div class="share">')
        .replace("<strong>Minh Anh</strong></p>", "<strong>Minh Anh</strong></p>" + tags)
    )
    for with_body in (True, False):
        found = _found(page, with_body)
        assert found.published is not None and found.published.iso == "2024-03-05T00:00:00+07:00", with_body


def test_an_info_row_with_print_and_email_links_in_a_table_page_dates_it() -> None:
    """An old table portal's title cell: the headline in ``<b><font>`` (no title element
    found), an info row under it with the view count, the date and "In bài" (javascript:)
    and "Gửi email" (mailto:) links, the related list in the table's rows below. Those tool
    links lead to no other page: the row is the page's own, not a teaser in the list of
    rows, and its date dates the page; so do the same tools linking to this page's print view
    and form ("In bài" to in.asp: a tool's label); a related row's date still does not."""
    rows = "".join(
        f"<tr><td>- <a href='/tintuc/chitiet.asp?id={k}'>Tin liên quan số {k} của huyện</a></td></tr>"
        for k in (2, 3, 4)
    )
    page = (
        "<html><body><table><tr><td><table>"
        "<tr><td class='tieude'><b><font size='4'>Nông dân vùng cao thu hoạch chè xuân</font></b>"
        "<div class='info'><span>Lượt xem: 470</span> | <span>Thứ hai, 10/01/2022 08:15</span> | "
        "<a href='javascript:window.print()'>In bài</a> | <a href='mailto:?subject=tin'>Gửi email</a></div></td></tr>"
        f"<tr><td class='noidung'><p>{PROSE}</p><p>{PROSE}</p></td></tr>"
        f"<tr><td><b>Tin liên quan:</b></td></tr>{rows}</table></td></tr></table></body></html>"
    )
    tree = html.fromstring(page)
    body = tree.cssselect("table table")[0]
    found = find_dates(tree, TZ, [], None, body)
    assert found.published is not None and found.published.iso.startswith("2022-01-10T08:15")
    # the same links to a print view and a form of this page ("In bài" to in.asp): tools still
    tools = {"javascript:window.print()": "/tintuc/in.asp?id=1", "mailto:?subject=tin": "/tintuc/gui.asp?id=1"}
    for tool, other in tools.items():
        page = page.replace(tool, other)
    printed = html.fromstring(page)
    found = find_dates(printed, TZ, [], None, printed.cssselect("table table")[0])
    assert found.published is not None and found.published.iso.startswith("2022-01-10T08:15")
    # the same row's links to other articles (headlines): a teaser row
    page = page.replace(">In bài<", ">Thu hoạch chè xuân ở xã vùng cao<").replace(">Gửi email<", ">Nông dân trồng chè theo tiêu chuẩn<")
    linked = html.fromstring(page)
    assert find_dates(linked, TZ, [], None, linked.cssselect("table table")[0]).published is None


def test_a_date_as_the_first_line_after_the_headline_dates_it_beside_the_header_clock() -> None:
    """The date written as the text's first line, in the box under the headline's head box
    (three levels from the headline, out of the scan near it), before the sapo: the page's
    date, not the header's clock; a sentence opening with a day is no date line."""
    def page(first: str) -> str:
        return (
            "<html><body><div class='topbar'><span>Thứ hai, 30/11/2026</span></div>"
            "<div class='news-detail'><div class='news-head'><div class='head-inner'>"
            "<div class='title-box'><h1>Đẩy nhanh tiến độ cấp giấy chứng nhận</h1></div>"
            "<div class='share'><a href='/share?u=1'>Chia sẻ</a></div></div></div>"
            f"<div class='news-body'>{first}<div class='sapo'><strong>{PROSE}</strong></div>"
            f"<div class='content'><p>{PROSE}</p><p>{PROSE}</p></div></div></div></body></html>"
        )

    for line, want in (("09:15 14/03/2024", "2024-03-14T09:15"), ("Thứ hai, 04/03/2024 - 16:45", "2024-03-04T16:45")):
        tree = html.fromstring(page(f"<p><em>{line}</em></p>"))
        found = find_dates(tree, TZ, [], tree.cssselect("h1")[0], tree.cssselect(".content")[0])
        assert found.published is not None and found.published.iso.startswith(want), line
    sentence = html.fromstring(page(f"<p><b>14/03/2024</b> - {PROSE}</p>"))
    assert find_dates(sentence, TZ, [], sentence.cssselect("h1")[0], sentence.cssselect(".content")[0]).published is None


def _article_then(after: str) -> str:
    """A WordPress-like page: the <article> holding the headline, the body and its tag row,
    then ``after`` right under </article>, the site's header clock and footer around."""
    return f"""<html><body><div class="topbar"><span>Thứ hai, 30/11/2026</span></div>
<main><article class="post"><header><h1 class="entry-title">Tin của xã</h1></header>
<div class="entry-content"><p>{PROSE}</p><p>{PROSE}</p><p><strong>BBT</strong></p></div>
<footer class="entry-footer"><span class="cat-links">Danh mục: <a href="/c/">Tin tức</a></span></footer>
</article>{after}</main><footer class="footer"><span>© 2024 Ủy ban nhân dân xã</span></footer></body></html>"""


def _dated(page: str):
    tree = html.fromstring(page)
    return find_dates(tree, TZ, [], tree.cssselect("h1")[0], tree.cssselect(".entry-content")[0])


RELATED = ('<div class="related"><h3>Tin liên quan</h3><ul><li><a href="/a">Tin hai của xã</a> '
           "<span>Cập nhật: 13/03/2024 10:20</span></li><li><a href=\"/b\">Tin ba của xã</a> "
           "<span>Cập nhật: 12/03/2024 10:20</span></li></ul></div>")  # fmt: skip
COMMENTS = ('<div class="comments"><h3>Ý kiến bạn đọc</h3><div class="comment-item"><b>Nguyễn Văn Bình</b> '
            '<span class="comment-date">15/03/2024 17:30</span><p>Cảm ơn.</p></div></div>')  # fmt: skip


def test_a_date_line_right_under_the_articles_container_dates_it() -> None:
    # the line in a block of its own after </article> (and after a tool row), before a "Tin
    # liên quan" list or readers' comments with their own dates
    for line, iso in (
        ("Cập nhật lúc 14:30 ngày 11/03/2024", "2024-03-11T14:30:00+07:00"),
        ("Ngày đăng: 11/03/2024 - 14:30 | Lượt xem: 1.024", "2024-03-11T14:30:00+07:00"),
        ("16h30, 11/03/2024", "2024-03-11T16:30:00+07:00"),
    ):
        for tools in ("", '<div class="tools"><a href="javascript:window.print()">In bài</a></div>'):
            for rest in (RELATED, COMMENTS, ""):
                found = _dated(_article_then(f'{tools}<div class="date"><span>{line}</span></div>{rest}'))
                assert found.published is not None and found.published.iso == iso, (line, tools, rest)
                assert found.source == "foot"


def test_after_the_container_a_list_comments_or_the_copyright_date_nothing() -> None:
    # no line of the article's own after </article>: the related list's, the comments' dates,
    # the footer's year and the header clock are none of the article's
    for after in (RELATED, COMMENTS, RELATED + COMMENTS, '<div class="copyright">© 2024 Cổng thông tin</div>',
                  '<div class="news-list"><span>12/03/2024</span> <a href="/x">Tin khác của xã hôm qua</a></div>',
                  "<h3>Tin khác</h3><p>(12/03/2024)</p>", '<div class="comment-item"><b>Bình</b> <span>15/03/2024</span></div>'):  # fmt: skip
        found = _dated(_article_then(after))
        assert found.published is None and found.updated is None, after


def test_a_weekday_first_foot_line_dates_it_and_a_sentence_opening_with_thu_truong_does_not() -> None:
    for line, iso in (
        ("Thứ sáu, 23/02/2024 - 15:35", "2024-02-23T15:35:00+07:00"),
        ("T6, 23/02/2024", "2024-02-23T00:00:00+07:00"),
        ("Chủ nhật, 25/02/2024 08:00", "2024-02-25T08:00:00+07:00"),
    ):
        for foot in (f'<div class="foot"><span>{line}</span></div>', f"<div class=\"date\">{line}</div>"):
            found = _found(_page(foot))
            assert found.published is not None and found.published.iso == iso, line
            found = _dated(_article_then(foot + RELATED))
            assert found.published is not None and found.published.iso == iso, line
    sentence = '<div class="foot"><p>Thứ trưởng Bộ Nội vụ làm việc với tỉnh ngày 23/02/2024.</p></div>'
    assert _found(_page(sentence)).published is None


def test_a_day_in_the_sapos_sentence_is_no_date_line_the_foot_line_dates_the_page() -> None:
    # the headline's header and the body share the <article>: the scan near the title reaches
    # the sapo, whose sentence names the event's day (or month), not the page's
    for sapo in ("Sáng ngày 2/3/2024, Ủy ban nhân dân xã Tân Lập tổ chức ra quân làm đường giao thông "
                 "nông thôn tại thôn Đồng Sậy và thôn Bãi Soi với tổng chiều dài hơn 1,8 km.",
                 "Trạm Y tế xã Tân Lập thông báo lịch tiêm chủng mở rộng tháng 3 năm 2024 và đề nghị các "
                 "gia đình đưa trẻ đến tiêm đầy đủ, đúng lịch."):  # fmt: skip
        page = _article_then('<div class="date">07:55 28/02/2024</div>' + COMMENTS)
        page = page.replace('<div class="entry-content">', f'<div class="entry-content"><p><strong>{sapo}</strong></p>')
        found = _dated(page)
        assert found.published is not None and found.published.iso == "2024-02-28T07:55:00+07:00", sapo
    # a short date line in the body is still one
    page = _article_then("").replace('<div class="entry-content">', '<div class="entry-content"><p><em>Ngày đăng: 28/02/2024 07:55</em></p>')
    found = _dated(page)
    assert found.published is not None and found.published.iso == "2024-02-28T07:55:00+07:00"


def test_an_attached_documents_issue_and_effect_dates_are_not_the_pages() -> None:
    doc = ('<div class="attachment"><b>Văn bản đính kèm:</b> <a href="/files/qd.pdf">Quyết định số 123/QĐ-UBND</a>'
           "<br><span>Ngày ban hành: 23/01/2024</span> | <span>Ngày hiệu lực: 08/02/2024</span></div>")  # fmt: skip
    page = _article_then('<div class="date">Thứ sáu, 02/02/2024 - 09:10</div>').replace(
        "<p><strong>BBT</strong></p></div>", f"<p><strong>BBT</strong></p>{doc}</div>"
    )
    found = _dated(page)
    assert found.published is not None and found.published.iso == "2024-02-02T09:10:00+07:00"
    assert _dated(_article_then("").replace("<p><strong>BBT</strong></p></div>", f"<p><strong>BBT</strong></p>{doc}</div>")).published is None


def test_a_date_line_after_the_attachments_list_dates_the_page() -> None:
    # round 16: "Tệp đính kèm:" and its list of files, then the date line, after the body: the
    # files' links are no list of other articles' teasers ending the foot
    files = ('<div><div class="attachments"><b>Tệp đính kèm:</b><ul><li><a href="/files/ke-hoach.pdf">Kế hoạch'
             ' triển khai.pdf</a></li><li><a href="/files/phu-luc.docx">Phụ lục.docx</a></li></ul></div>'
             '<div class="post-date">{}</div></div>')  # fmt: skip
    for line, iso in (("2024-03-05 08:40:00", "2024-03-05T08:40:00+07:00"),
                      ("Ngày xuất bản: 05/03/2024", "2024-03-05T00:00:00+07:00")):  # fmt: skip
        for with_body in (True, False):
            found = _found(_page(files.format(line)), with_body)
            assert found.published is not None and found.published.iso == iso, (line, with_body)
    # links to other articles' pages there still end the foot: their dates are theirs
    teasers = files.replace("/files/ke-hoach.pdf", "/tin/ke-hoach.html").replace("/files/phu-luc.docx", "/tin/phu-luc.html")
    assert _found(_page(teasers.format("05/03/2024"))).published is None




def test_a_listing_of_notices_each_a_date_and_its_file_is_still_a_list() -> None:
    # dev fx-portalqa's /thong-bao: rows of a date, a title and a "Tải về" link to a PDF;
    # those rows stay a listing's items (only a foot line beside the files is read)
    from pipelines.datefind import _by_documents

    tree = html.fromstring(
        '<html><body><div id="content"><div class="title-news">Thông báo</div><table class="tb">'
        "<tr><td>08/03/2024</td><td>Thông báo tuyển chọn</td><td><a href='/Uploads/TB-41.pdf'>Tải về</a></td></tr>"
        "<tr><td>01/03/2024</td><td>Thông báo lịch tiếp công dân</td><td><a href='/Uploads/TB-38.pdf'>Tải về</a></td></tr>"
        "</table><div><div class='files'><a href='/f/a.pdf'>a.pdf</a></div><div class='d'>05/03/2024</div></div></div></body></html>"
    )
    region = tree.get_element_by_id("content")
    assert not _by_documents(tree.xpath("//td")[0], region)
    assert _by_documents(tree.xpath("//div[@class='d']")[0], region)
