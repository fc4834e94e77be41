"""Page typing causes found on the fresh-G families (issue 10, round 17): record pages in the
article template whose labelled fields are of kinds the labels did not know (a calendar's
event, a unit's page, a citizen's report and its handling, a contractor selection's result,
a project offered to investors), and a send-to-a-friend page dated by the article it sends.
Articles showing a few of the same labels (an invitation's time and place after its text, a
contact block under a notice, a comment form) stay articles."""

from __future__ import annotations

import lxml.html

from pipelines import pagecontent, pagekind
from pipelines.record import ArticleRecord
from tests.helpers import read_ad_hoc

BASE = "https://so.example.gov.vn"
NEWS = [
    "Sáng nay, Ủy ban nhân dân tỉnh tổ chức hội nghị triển khai nhiệm vụ chuyển đổi số năm 2024 với sự tham "
    "dự của đại diện các sở, ban, ngành và Ủy ban nhân dân các huyện, thành phố.",
    "Năm qua, tỉnh đã đưa vào vận hành nền tảng chia sẻ dữ liệu dùng chung và cung cấp hơn ba trăm dịch vụ "
    "công trực tuyến toàn trình cho người dân và doanh nghiệp trên địa bàn.",
    "Hội nghị thống nhất danh mục mười nhiệm vụ trọng tâm, trong đó ưu tiên số hóa hồ sơ thủ tục hành chính và "
    "phát triển các tổ công nghệ số cộng đồng ở thôn, tổ dân phố.",
]
EVENT = [
    "Thời gian: 07 giờ 30, ngày 22/3/2024 đến ngày 24/3/2024",
    "Địa điểm: Quảng trường trung tâm thành phố",
    "Đơn vị tổ chức: Sở Văn hóa, Thể thao và Du lịch",
    "Thành phần: Đội tuyên truyền lưu động của các huyện, thành phố",
    "Nội dung: Thi chào hỏi, tiểu phẩm tuyên truyền và trưng bày pano, áp phích",
]
UNIT = [
    "Giám đốc: Ông Hoàng Minh Tuấn",
    "Phó Giám đốc: Bà Đặng Thu Hằng",
    "Địa chỉ: Số 18 đường Lê Lợi, thành phố",
    "Điện thoại: 0204 3852 999",
    "Chức năng, nhiệm vụ:",
    "Tiếp nhận, hướng dẫn, trả kết quả giải quyết thủ tục hành chính theo cơ chế một cửa, một cửa liên thông; "
    "theo dõi, đôn đốc việc giải quyết hồ sơ và công khai kết quả giải quyết.",
]
REPORT = [
    "Người phản ánh: Ông Trần Văn Khoa, phường Hoàng Văn Thụ",
    "Ngày phản ánh: 28/02/2024",
    "Nội dung phản ánh:",
    "Nhiều bóng đèn chiếu sáng trên đường Nguyễn Du bị hỏng hơn một tháng nay, buổi tối rất tối, gây mất an "
    "toàn cho người đi đường.",
    "Cơ quan xử lý: Ủy ban nhân dân thành phố",
    "Kết quả xử lý:",
    "Ủy ban nhân dân thành phố đã chỉ đạo kiểm tra, thay thế 14 bóng đèn hỏng; hệ thống chiếu sáng đã hoạt "
    "động bình thường.",
]
TENDER = [
    "Tên gói thầu", "Gói thầu số 05: Thi công xây dựng công trình",
    "Bên mời thầu", "Ban Quản lý dự án đầu tư xây dựng các công trình giao thông tỉnh",
    "Hình thức lựa chọn nhà thầu", "Đấu thầu rộng rãi trong nước, qua mạng",
    "Nhà thầu trúng thầu", "Công ty TNHH Xây dựng Thành Đạt",
    "Giá trúng thầu", "18.642.315.000 đồng",
]  # fmt: skip
PROJECT = [
    "- Tên dự án: Khu du lịch sinh thái hồ Sông Trăng",
    "- Địa điểm: Xã Phước Thành, huyện Bác Ái",
    "- Quy mô: Khoảng 85 ha, gồm khu nghỉ dưỡng, khu vui chơi và khu dịch vụ",
    "- Tổng vốn đầu tư dự kiến: 1.200 tỷ đồng",
    "- Cơ quan liên hệ: Trung tâm Xúc tiến đầu tư",
]


def _page(title: str, date_line: str, body: str) -> bytes:
    return (
        f'<html><head><meta charset="utf-8"><title>{title}</title></head><body>'
        f'<div class="header"><a href="/">Cổng thông tin điện tử tỉnh</a></div>'
        f'<div class="detail"><h1 class="detail-title">{title}</h1><span class="detail-time">{date_line}</span>'
        f'<div class="detail-content">{body}</div></div><div class="footer">Bản quyền thuộc UBND tỉnh</div>'
        "</body></html>"
    ).encode()


def _lines(lines: list[str]) -> str:
    return "".join(f"<p>{x}</p>" for x in lines)


def _extract(page: bytes, path: str) -> ArticleRecord | str:
    return read_ad_hoc(page, BASE + path)


def test_the_new_record_kinds_by_their_labels() -> None:
    assert pagekind.form_kind(EVENT) == "event"
    assert pagekind.form_kind(UNIT) == "unit"
    assert pagekind.form_kind(REPORT) == "feedback"
    assert pagekind.form_kind(TENDER) == "tender"
    assert pagekind.form_kind(PROJECT) == "project"  # "- Label:" list lines count
    assert pagekind.form_kind(NEWS) is None


def test_an_article_showing_a_few_of_those_labels_after_its_text_is_none() -> None:
    # an invitation's time, place and attendees after the news; a contact block under a
    # notice; a project's figures in its news: the fields are not most of the text
    assert pagekind.form_kind([*NEWS, *EVENT[:4]]) is None
    contact = ["Địa chỉ: Số 18 đường Lê Lợi, thành phố", "Điện thoại: 0204 3852 999", "Email: sonv@example.gov.vn"]
    assert pagekind.form_kind([*NEWS, *contact]) is None
    assert pagekind.form_kind([NEWS[0], *PROJECT[:3], *NEWS[1:]]) is None
    # the strong kinds need no share: a report's labels are never an article's
    assert pagekind.form_kind([*NEWS, *REPORT[:3], REPORT[4]]) == "feedback"


def test_record_pages_in_the_article_template_are_refused_dated_or_not() -> None:
    for i, (title, lines) in enumerate(
        (("Hội thi tuyên truyền lưu động năm 2024", EVENT), ("Trung tâm Phục vụ hành chính công tỉnh", UNIT),
         ("Phản ánh về đèn chiếu sáng hỏng trên đường Nguyễn Du", REPORT),
         ("Kết quả lựa chọn nhà thầu gói thầu số 05", TENDER), ("Dự án Khu du lịch sinh thái hồ Sông Trăng", PROJECT))
    ):  # fmt: skip
        got = _extract(_page(title, "06-03-2024 09:30", _lines(lines)), f"/tt/{880 + i}-trang.html")
        assert isinstance(got, str) and "labelled fields" in got, (title, got)


def test_the_articles_beside_them_are_kept() -> None:
    got = _extract(_page("Hội nghị triển khai nhiệm vụ chuyển đổi số", "05-03-2024 08:30", _lines(NEWS)), "/tt/1.html")
    assert isinstance(got, ArticleRecord) and got.published_at == "2024-03-05T08:30:00+07:00"
    invitation = [*NEWS, "Thời gian: 08 giờ 00, ngày 12/3/2024", "Địa điểm: Hội trường Ủy ban nhân dân tỉnh",
                  "Thành phần: Lãnh đạo các sở, ban, ngành"]  # fmt: skip
    got = _extract(_page("Hội nghị triển khai nhiệm vụ chuyển đổi số", "05-03-2024 08:30", _lines(invitation)), "/tt/2.html")
    assert isinstance(got, ArticleRecord)


MAIL_FORM = (
    '<form method="post"><p><label>Họ tên người gửi</label> <input name="ten"></p>'
    '<p><label>Email người gửi</label> <input name="email"></p><p><label>Email người nhận</label> <input name="to"></p>'
    '<p><label>Lời nhắn</label> <textarea name="msg"></textarea></p><p><button type="submit">Gửi</button></p></form>'
)
COMMENT_FORM = (
    '<form method="post"><p><label>Họ và tên</label> <input name="ten"></p><p><label>Email</label> <input name="email"></p>'
    '<p><label>Nội dung ý kiến</label> <textarea name="msg"></textarea></p><p><button type="submit">Gửi ý kiến</button></p></form>'
)


def test_a_send_to_a_friend_page_dated_by_its_article_is_refused() -> None:
    title = "Hội nghị triển khai nhiệm vụ chuyển đổi số"
    body = f'<p><i>{NEWS[0]}</i></p><p>Gửi bài viết cho bạn bè qua email:</p><p><a href="/tt/1.html">{title}</a></p>{MAIL_FORM}'
    got = _extract(_page(title, "05-03-2024 08:30", body), "/tt/1.html?act=email")
    assert isinstance(got, str) and "send-by-mail" in got, got


def test_an_article_with_a_comment_form_and_a_short_dated_notice_with_one_stay_articles() -> None:
    got = _extract(_page("Hội nghị chuyển đổi số", "05-03-2024 08:30", _lines(NEWS) + COMMENT_FORM), "/tt/3.html")
    assert isinstance(got, ArticleRecord)
    # one address asked (a comment or a newsletter form): no mail page, whatever the text
    tree = lxml.html.fromstring(COMMENT_FORM)
    assert not pagecontent.mail_page(tree, tree, 20)
    tree = lxml.html.fromstring(MAIL_FORM)
    assert pagecontent.mail_page(tree, tree, 60) and not pagecontent.mail_page(tree, tree, 400)


def test_nukeviets_send_by_mail_tool_link_makes_no_teaser_of_the_date_row() -> None:
    # "Thứ ba - 05/03/2024 08:30" beside "Bản in" and "Gửi bài viết qua email" (NukeViet's
    # tool row, real hrefs): the tools lead to no other article, the date is the page's
    row = (
        '<div class="row"><span class="time">Thứ ba - 05/03/2024 08:30</span><ul class="list-inline">'
        '<li><a href="/vi/news/print/1204.html">Bản in</a></li>'
        '<li><a href="/vi/news/sendmail/1204.html">Gửi bài viết qua email</a></li></ul></div>'
    )
    page = (
        '<html><head><meta charset="utf-8"><title>Trao giấy chứng nhận</title></head><body><div class="panel">'
        f'<h1 class="title">Trao giấy chứng nhận đăng ký đầu tư</h1>{row}<div id="news-bodyhtml">{_lines(NEWS)}</div>'
        "</div></body></html>"
    ).encode()
    got = _extract(page, "/vi/news/hoat-dong-so/trao-giay-chung-nhan-1204.html")
    assert isinstance(got, ArticleRecord) and got.published_at == "2024-03-05T08:30:00+07:00"
