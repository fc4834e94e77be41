"""Page typing causes found on the fresh-V families (issue 10, round 20): non-article pages a
CMS stores as dated news items, in the news' own template and URL shape. Each test builds its
page here (no family text), the way a Vietnamese portal writes it, and extracts it on the
generic path."""

from __future__ import annotations

from config.profile import adhoc_profile
from pipelines import pagekind
from pipelines.record import ArticleRecord
from tests.helpers import paras, read_ad_hoc

BASE = "https://phuloc.example.gov.vn"
HEAD = "text/html; charset=utf-8"
NEWS = [
    "Sáng 12/3, Ủy ban nhân dân xã Phú Lộc tổ chức ra quân tổng vệ sinh môi trường tại các tuyến đường liên ấp, thu "
    "hút hơn 300 cán bộ, đoàn viên và người dân tham gia.",
    "Lực lượng tham gia đã phát quang bụi rậm, khơi thông cống rãnh, thu gom gần 12 tấn rác thải sinh hoạt tồn đọng "
    "dọc hai bên đường và khu vực chợ xã.",
    "Dịp này, xã phát động phong trào mỗi hộ gia đình tự phân loại rác tại nguồn, duy trì tổng vệ sinh vào sáng thứ "
    "Bảy cuối cùng của mỗi tháng.",
]


def _page(title: str, date_line: str, content: str) -> bytes:
    return (
        f'<html><head><meta charset="utf-8"><title>{title}</title></head><body>'
        '<div class="menu"><a href="/">Trang chủ</a> <a href="/Pages/chi-tiet.aspx?ItemID=1">Giới thiệu</a></div>'
        f'<div class="news-detail"><h1 class="page-title">{title}</h1><div class="date">{date_line}</div>'
        f'<div class="content">{content}</div></div><div class="footer">Cơ quan chủ quản: UBND xã Phú Lộc</div>'
        "</body></html>"
    ).encode()


def _extract(page: bytes, path: str) -> ArticleRecord | str:
    return read_ad_hoc(page, BASE + path)


INTRO = [
    "Xã Phú Lộc nằm ở phía bắc huyện, cách trung tâm huyện 9 km; phía đông giáp sông Cái, phía tây giáp xã Hòa "
    "Bình, phía nam giáp thị trấn, phía bắc giáp tỉnh bạn.",
    "Diện tích tự nhiên của xã là 1.860 ha, dân số hơn 8.200 người sinh sống ở bảy ấp; kinh tế chủ yếu là trồng lúa, "
    "cây ăn trái và chăn nuôi gia súc, gia cầm.",
    "Xã được công nhận đạt chuẩn nông thôn mới năm 2020, hệ thống trường học và trạm y tế đạt chuẩn quốc gia.",
]


def test_a_dated_page_whose_headline_names_a_static_page_is_no_article() -> None:
    # a CMS storing every page as a news item shows "Ngày đăng" on the introduction and the
    # contact page too; an opaque URL says nothing, the headline names the page
    for title in ("Giới thiệu chung xã Phú Lộc", "Liên hệ", "Chức năng, nhiệm vụ của Ủy ban nhân dân xã",
                  "Lịch sử Đảng bộ xã Phú Lộc", "Quy chế hoạt động của Trang thông tin điện tử xã Phú Lộc"):
        assert pagekind.static_heading(title), title
        got = _extract(_page(title, "Ngày đăng: 16/10/2023", paras(INTRO)), "/Pages/chi-tiet.aspx?ItemID=501")
        assert isinstance(got, str) and got.startswith("other_type"), (title, got)
    # news whose headline opens with such a word is a sentence about an event
    for title in ("Giới thiệu sản phẩm OCOP của xã tại hội chợ", "Liên hệ công tác với huyện bạn",
                  "Lịch sử ghi nhận đợt mưa lớn nhất trong 20 năm", "Ra mắt cuốn Lịch sử Đảng bộ xã Phú Lộc"):
        assert not pagekind.static_heading(title), title
    got = _extract(_page("Phú Lộc ra quân tổng vệ sinh môi trường", "Ngày đăng: 12/03/2024", paras(NEWS)),
                   "/Pages/chi-tiet.aspx?ItemID=612")  # fmt: skip
    assert isinstance(got, ArticleRecord), got


BIO = [
    "Đồng chí Trần Văn Hùng sinh ngày 12 tháng 4 năm 1974, quê quán xã Phú Lộc; dân tộc Kinh; trình độ chuyên môn "
    "cử nhân Luật, lý luận chính trị cao cấp; vào Đảng ngày 3 tháng 2 năm 1999.",
    "Từ năm 1996 đến năm 2010, đồng chí công tác tại Văn phòng Huyện ủy, giữ các chức vụ chuyên viên, Phó Chánh Văn "
    "phòng rồi Chánh Văn phòng Huyện ủy.",
    "Tháng 7 năm 2020, đồng chí được bầu giữ chức Bí thư Huyện ủy nhiệm kỳ 2020 - 2025.",
]


def test_a_dated_page_headlined_as_a_curriculum_is_a_profile() -> None:
    # one date row on every item: the leader's page is dated like news; "Tiểu sử" names it
    assert pagekind.PROFILE_HEAD.match("Tiểu sử đồng chí Trần Văn Hùng, Bí thư Huyện ủy")
    assert pagekind.PROFILE_HEAD.match("Tóm tắt lý lịch ông Trần Văn Hùng")
    assert not pagekind.PROFILE_HEAD.match("Lý giải nguyên nhân giá lúa tăng")
    got = _extract(_page("Tiểu sử đồng chí Trần Văn Hùng, Bí thư Huyện ủy", "Thứ Hai, 08/01/2024 - 09:00", paras(BIO)),
                   "/tin/3300")  # fmt: skip
    assert isinstance(got, str) and "biography" in got, got
    # the same curriculum under an appointment's headline is the news of it
    got = _extract(_page("Đồng chí Trần Văn Hùng giữ chức Bí thư Huyện ủy", "Thứ Hai, 08/01/2024 - 09:00", paras(BIO)),
                   "/tin/3301")  # fmt: skip
    assert isinstance(got, ArticleRecord), got


def test_a_question_and_its_answer_as_turns_is_no_article() -> None:
    # "Hỏi:" and "Trả lời:" open paragraphs; one label of the qa fields, not three
    qa = [
        "Hỏi: Tôi và chồng chưa đăng ký kết hôn, nay đã có con hai tháng. Tôi có đăng ký khai sinh cho con được không? "
        "(Chị Lâm Thị Kiều, ấp Phú Hữu)",
        "Trả lời: Theo quy định của Luật Hộ tịch, trường hợp chưa xác định được cha thì phần ghi về người cha trong Giấy "
        "khai sinh để trống; nếu người cha yêu cầu nhận con thì xã giải quyết kết hợp việc nhận con và khai sinh.",
        "Khi làm thủ tục, chị mang theo tờ khai, giấy chứng sinh của cháu đến Bộ phận một cửa của xã để được hướng dẫn.",
    ]
    assert pagekind.form_kind(qa) is None
    assert pagekind.qa_turns(qa)
    got = _extract(_page("Đăng ký khai sinh cho con khi cha mẹ chưa đăng ký kết hôn", "Ngày đăng: 19/02/2024",
                         paras(qa)), "/Pages/chi-tiet.aspx?ItemID=504")  # fmt: skip
    assert isinstance(got, str) and "question" in got, got
    # an interview's turns, and news quoting an answer, are no such page
    assert not pagekind.qa_turns(["Phóng viên: Xin ông cho biết kết quả?", "Ông Nguyễn Văn A: Năm qua, xã đã ..."])
    assert not pagekind.qa_turns([*NEWS, "Trả lời: đại diện xã cho biết sẽ khắc phục."])


def test_a_procedure_pasted_from_word_with_numbered_headings_is_a_record() -> None:
    # the labels are numbered headings of their own, with no colon: "1. Trình tự thực hiện"
    lines = [
        "1. Trình tự thực hiện",
        "Bước 1: Người có yêu cầu nộp hồ sơ tại Bộ phận tiếp nhận và trả kết quả của Ủy ban nhân dân xã.",
        "Bước 2: Công chức tư pháp - hộ tịch kiểm tra hồ sơ, ghi nội dung vào Sổ hộ tịch.",
        "2. Hồ sơ gồm",
        "Tờ khai theo mẫu; giấy chứng sinh; giấy tờ tùy thân của người đi đăng ký để đối chiếu.",
        "3. Thời gian giải quyết",
        "Ngay trong ngày tiếp nhận hồ sơ; đăng ký đúng hạn được miễn lệ phí.",
    ]
    assert pagekind.form_kind(lines) == "procedure"
    got = _extract(_page("Thủ tục đăng ký khai sinh", "Ngày đăng: 02/11/2023", paras(lines)),
                   "/Pages/chi-tiet.aspx?ItemID=503")  # fmt: skip
    assert isinstance(got, str) and "procedure" in got, got
    # an article's numbered points are no labels
    assert pagekind.form_kind(["1. Ra quân tổng vệ sinh môi trường", *NEWS, "2. Nội dung tiếp theo"]) is None


# --- a crawl's site model: its body selector makes the page "trusted" -----------------------

_STORIES = [
    ("Ra quân tổng vệ sinh môi trường các tuyến đường liên ấp", "ra-quan"),
    ("Khai giảng lớp tin học cơ bản cho cán bộ các ấp", "khai-giang"),
    ("Tiêm phòng cúm gia cầm đợt một năm 2024 trên địa bàn xã", "tiem-phong"),
    ("Hội nghị biểu dương điển hình tiên tiến năm 2023", "bieu-duong"),
    ("Bàn giao nhà Đại đoàn kết cho hộ nghèo ấp Phú Hữu", "ban-giao"),
    ("Thu thuế sử dụng đất phi nông nghiệp năm 2024", "thu-thue"),
    ("Lễ giao nhận quân năm 2024 diễn ra trang trọng", "giao-quan"),
    ("Tập huấn nghiệp vụ hòa giải ở cơ sở cho các tổ hòa giải", "hoa-giai"),
    ("Kiểm tra tiến độ xây dựng trường mầm non trung tâm xã", "mam-non"),
    ("Hơn một trăm đơn vị máu từ ngày hội hiến máu tình nguyện", "hien-mau"),
]
_CAPTIONS = [
    "Các đại biểu dâng hương, báo công tại Đài tưởng niệm các anh hùng liệt sĩ trước giờ khai mạc đại hội.",
    "Đồng chí Bí thư Đảng ủy phát biểu chỉ đạo, đề nghị Hội đồng hành cùng nông dân phát triển kinh tế hàng hóa.",
    "Các đại biểu biểu quyết thông qua chương trình làm việc và danh sách đoàn chủ tịch, thư ký của đại hội.",
    "Đại biểu nông dân ấp Phú Hữu trình bày tham luận về mô hình hợp tác xã trồng bưởi xuất khẩu.",
    "Ban Chấp hành Hội Nông dân xã khóa X nhiệm kỳ 2024 - 2029 gồm 15 đồng chí ra mắt đại hội.",
]


def _crawl_page(title: str, when: str, content: str) -> bytes:
    return (
        f'<html><head><meta charset="utf-8"><title>{title}</title></head><body><div class="menu"><a href="/">Trang chủ'
        f'</a> <a href="/tin/900">Thư viện ảnh</a></div><div class="main"><div class="news-detail"><h2 class="news-title">'
        f'{title}</h2><span class="time">{when}</span><div class="news-body">{content}</div></div></div>'
        '<div class="right"><h3>Tin mới</h3><ul>'
        + "".join(f'<li><a href="/tin/{800 + i}">{t}</a></li>' for i, (t, _) in enumerate(_STORIES))
        + '</ul></div><div class="footer">Bản quyền thuộc Đảng ủy xã Phú Lộc</div></body></html>'
    ).encode()


def test_an_album_of_long_captions_is_a_gallery_under_a_site_models_selector() -> None:
    # the site model's body selector made the page "trusted": the gallery rule was skipped, and
    # the captions, each a sentence, read as a photo story's text (single page: refused)
    from benchmarks.extraction_quality import crawl_like, crawl_profile
    from pipelines.inference import infer

    base = "https://dangbo.example.gov.vn"
    head = {"content-type": HEAD}
    pages = []
    for i, (title, slug) in enumerate(_STORIES):
        # (every line the page's own: a line all the pages share is the site's chrome)
        text = paras([f"{title}: {NEWS[0]}", *(f"Theo tin ngày {10 + i}/02 ({slug}), {x}" for x in NEWS[1:]),
                       f"Ban biên tập xã Phú Lộc tổng hợp tin số {i + 1}."])
        pages.append((f"/tin/{800 + i}", _crawl_page(title, f"Thứ Hai, {10 + i:02d}/02/2024 - 08:30", text), head))
    album = "".join(f'<div class="img"><img src="/upload/album/{i}.jpg" alt=""><p class="caption">{c}</p></div>'
                    for i, c in enumerate(_CAPTIONS))  # fmt: skip
    pages.append(("/tin/900", _crawl_page("Hình ảnh Đại hội Hội Nông dân xã lần thứ X", "Thứ Sáu, 08/03/2024 - 11:00",
                                          album), head))  # fmt: skip
    teasers = "".join(f'<div class="item"><h3><a href="/tin/{800 + i}">{t}</a></h3><span class="time">{10 + i:02d}/02/2024'
                      f"</span><p>{NEWS[1]}</p></div>" for i, (t, _) in enumerate(_STORIES))  # fmt: skip
    for path in ("/", "/chuyen-muc/2", "/chuyen-muc/3"):
        listing = (f'<html><head><meta charset="utf-8"><title>Tin tức</title></head><body><div class="menu"><a href="/">'
                   f'Trang chủ</a></div><div class="main"><h2>Tin tức</h2>{teasers}</div></body></html>')  # fmt: skip
        pages.insert(0, (path, listing.encode(), head))
    model = infer([(base + p, b, h) for p, b, h in pages])
    assert model.confident
    got = crawl_like(pages, base, crawl_profile(model, adhoc_profile(base + "/")))
    assert base + "/tin/900" not in got
    assert all(f"{base}/tin/{800 + i}" in got for i in range(len(_STORIES)))
    single = _extract(pages[-1][1], "/tin/900")
    assert isinstance(single, str), single  # (the single page refused it before: a gallery or a listing)
