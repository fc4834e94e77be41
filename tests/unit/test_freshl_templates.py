"""Causes found on round 18's fresh-L families (``tests.families.FRESH_L``, part "fresh" of
benchmarks/extraction_quality.py: long-form and multimedia article forms), each on a page of
its own (no family read).

- an article split over path segments (WordPress's ``<!--nextpage-->``: ``/<slug>/2/``,
  ``/<slug>/3/``, "Trang: 1 2 3"): only ``?page=N``/``?trang=N`` were parts, so each further
  part was stored as an article of its own and page 1 lost the rest of the text and the
  signature closing the last part;
- a site model's body element wide enough to hold the headline (a paper whose E-magazine
  cover header and news pages share only ``<main>``): the cover's label, the headline and the
  date line were read as the text's first lines (the generic path drops them as the header's);
- a byline element's line at the top of the text ("Hải Yến - Mạnh Cường", a photo story's
  "Ảnh: Quốc Toản" in ``div.article__author`` over its pictures): kept as body text, and the
  photo story's credit, inside the body's element, was read as a caption's photographer;
- a series' pointer to its next part inside the text ("Kỳ tới: <a>Kỳ 2: ...</a>" after the
  signature): kept by a site model's body element, a leak, and the signature no longer last;
"""

from __future__ import annotations

from config.profile import Selectors, adhoc_profile
from pipelines.authors import labelled, parse_signature
from pipelines.body import read_also
from pipelines.content import locate
from pipelines.dom import parse
from pipelines.multipage import join, path_part, sibling_parts
from pipelines.record import ArticleRecord
from pipelines.sitemodel import extract_page

BASE = "https://stp.example.gov.vn"
POST = BASE + "/2024/03/05/nhung-diem-moi-cua-luat/"
LEAD = ("Luật được Quốc hội thông qua ngày 27/11/2023, có hiệu lực từ ngày 01/7/2024, với nhiều quy định mới liên quan "
        "trực tiếp đến quyền và nghĩa vụ của công dân trong các giao dịch hằng ngày.")
PROSE = [
    "Thẻ đã được cấp trước ngày luật có hiệu lực vẫn có giá trị sử dụng đến hết thời hạn ghi trên thẻ, công dân "
    "không bắt buộc phải đổi sang thẻ mới theo quy định của luật.",
    "Mỗi công dân được cấp một căn cước điện tử, có giá trị chứng minh khi thực hiện thủ tục hành chính, dịch vụ "
    "công và các giao dịch khác, tương đương với việc xuất trình thẻ.",
    "Sở đề nghị các cơ quan, đơn vị và Ủy ban nhân dân cấp huyện tổ chức phổ biến rộng rãi nội dung luật đến cán bộ "
    "và nhân dân trước ngày luật có hiệu lực thi hành.",
    "Căn cước điện tử được tích hợp trên ứng dụng định danh quốc gia; người dân có thể dùng nó để đăng nhập các hệ "
    "thống dịch vụ công thay cho việc xuất trình giấy tờ bản giấy tại bộ phận một cửa.",
    "Lần đầu tiên, luật quy định cấp giấy chứng nhận căn cước cho người gốc Việt Nam chưa xác định được quốc tịch "
    "đang sinh sống liên tục từ sáu tháng trở lên tại đơn vị hành chính cấp xã.",
]


def _pager(n: int, count: int = 3) -> str:
    nums = " ".join(f"<span class='current'>{k}</span>" if k == n else
                    f"<a href='{POST if k == 1 else f'{POST}{k}/'}'>{k}</a>" for k in range(1, count + 1))  # fmt: skip
    return f'<div class="page-links">Trang: {nums}</div>'


def _part_page(n: int, text: str) -> str:
    url = POST if n == 1 else f"{POST}{n}/"
    return (f'<html><head><title>Những điểm mới của luật</title><link rel="canonical" href="{url}"></head><body>'
            f'<article><h1 class="entry-title">Những điểm mới của luật</h1><time class="entry-date">05/03/2024 - 08:30</time>'
            f'<div class="entry-content">{text}{_pager(n)}</div></article><aside><a href="/">Trang chủ</a></aside></body></html>')


def _extract(html: str, url: str) -> ArticleRecord:
    record = extract_page(html.encode(), url, {"Content-Type": "text/html; charset=utf-8"}, adhoc_profile(BASE + "/"))
    assert isinstance(record, ArticleRecord), record
    return record


def test_a_path_segment_part_is_part_n_of_the_page_its_pager_numbers_one() -> None:
    tree = parse(_part_page(2, "<p>x</p>"))
    part = path_part(tree, BASE + "/", POST + "2/")
    assert part is not None and part.first == POST and part.number == 2
    assert path_part(tree, BASE + "/", POST + "2/", canonical=POST + "2/") == part  # WordPress: the part itself
    assert path_part(tree, BASE + "/", POST + "2/", canonical=POST) == part  # or page 1
    assert path_part(tree, BASE + "/", POST + "2/", canonical=BASE + "/khac/") is None
    # no "1" linking the shorter path: an article whose id is its last segment
    bare = parse("<html><body><a href='/tin-tuc/'>Tin tức</a><p>x</p></body></html>")
    assert path_part(bare, BASE + "/", BASE + "/tin-tuc/12") is None
    assert path_part(tree, BASE + "/", POST) is None  # page 1


def test_page_one_lists_its_path_segment_parts_by_their_numbers() -> None:
    tree = parse(_part_page(1, "<p>x</p><p><a href='/2024/03/05/nhung-diem-moi-cua-luat/7/'>Xem ảnh</a></p>"))
    assert sibling_parts(tree, BASE + "/", POST) == [POST + "2/", POST + "3/"]


def test_the_parts_of_a_paged_post_join_into_one_article() -> None:
    pages = [
        _part_page(1, f"<p><strong>{LEAD}</strong></p><p>{PROSE[0]}</p>"),
        _part_page(2, f"<p>{PROSE[1]}</p><p>{PROSE[3]}</p>"),
        _part_page(3, f'<p>{PROSE[4]}</p><p>{PROSE[2]}</p><p style="text-align: right;"><strong>Nguyễn Thanh Hoa</strong></p>'),
    ]
    records = [_extract(html, POST if n == 1 else f"{POST}{n}/") for n, html in enumerate(pages, 1)]
    assert [r.url for r in records] == [POST] * 3 and [r.part for r in records] == [1, 2, 3]
    assert records[0].parts == [POST + "2/", POST + "3/"]
    joined = join(records)
    assert all(p in joined.body_text for p in PROSE) and joined.author == "Nguyễn Thanh Hoa"


EMAG = (f"<html><head><title>Mùa nước đổ</title></head><body><header class='site'><a href='/'>Báo tỉnh</a></header>"
        f"<main><div class='emag'><header class='emag-cover'><img src='/c.jpg' alt=''><span class='emag-label'>E-Magazine</span>"
        f"<h1>Mùa nước đổ trên ruộng bậc thang</h1><div class='emag-date'>08/03/2024 | 07:00</div></header>"
        f"<div class='emag-body'><p><strong>{LEAD}</strong></p><h2>Dẫn nước từ đỉnh núi</h2><p>{PROSE[0]}</p>"
        f"<p>{PROSE[1]}</p></div></div></main><footer>Giấy phép số 45/GP-BTTTT</footer></body></html>")


def test_a_model_body_holding_the_headline_drops_the_header_lines() -> None:
    profile = adhoc_profile(BASE + "/")
    profile = profile.model_copy(update={"selectors": Selectors(body=["main"])})
    record = extract_page(EMAG.encode(), BASE + "/emagazine/mua-nuoc-do-5.html", {"Content-Type": "text/html; charset=utf-8"}, profile)
    assert isinstance(record, ArticleRecord), record
    assert record.body[:3] == [LEAD, "Dẫn nước từ đỉnh núi", PROSE[0]], record.body[:4]
    assert record.published_at == "2024-03-08T07:00:00+07:00"


CAPTIONS = ["Hoa mận trắng nở kín sườn đồi ở xã Lũng Cú.", "Em nhỏ người Mông chơi đùa bên hàng rào đá.",
            "Phụ nữ Lô Lô trong trang phục truyền thống đi chợ phiên.", "Ruộng hoa cải vàng ven đường lên đèo Mã Pì Lèng.",
            "Trò chơi ném còn trong lễ hội Gầu Tào."]


def _photo_story(byline: str) -> str:
    figs = "".join(f"<figure><img src='/x{i}.jpg' alt=''><figcaption>{c}</figcaption></figure>" for i, c in enumerate(CAPTIONS))
    return (f"<html><head><title>Sắc xuân</title></head><body><div class='wrap'><main><article class='article'>"
            f"<h1 class='article__title'>Phóng sự ảnh: Sắc xuân trên cao nguyên đá</h1>"
            f"<div class='article__meta'>Thứ Sáu, 01/03/2024 - 09:00</div><div class='article__author'>{byline}</div>"
            f"<div class='article__body'><p>{PROSE[0]}</p>{figs}</div></article></main>"
            f"<aside><h3>Đọc nhiều</h3><ul><li><a href='/a.html'>Tin khác một</a></li></ul></aside></div></body></html>")


def test_a_byline_elements_line_over_the_text_is_the_headers() -> None:
    for profile in (adhoc_profile(BASE + "/"), adhoc_profile(BASE + "/").model_copy(update={"selectors": Selectors(body=["main"])})):
        record = extract_page(_photo_story("Ảnh: Quốc Toản").encode(), BASE + "/phong-su-anh/sac-xuan-7.html",
                              {"Content-Type": "text/html; charset=utf-8"}, profile)
        assert isinstance(record, ArticleRecord), record
        assert record.body[0] == PROSE[0] and record.author == "Quốc Toản", (record.body[:2], record.author)
        record = extract_page(_photo_story("Hải Yến - Mạnh Cường").encode(), BASE + "/video/cho-phien-8.html",
                              {"Content-Type": "text/html; charset=utf-8"}, profile)
        assert record.body[0] == PROSE[0] and record.author == "Hải Yến, Mạnh Cường", (record.body[:2], record.author)


def test_a_photo_credit_under_the_text_names_only_a_photo_storys_photographer() -> None:
    # a photo story (five captioned pictures, little running text) closing with its only credit:
    # the photographer is its author (round 18's photo-story ruling, metadata.photo_story)
    html = _photo_story("").replace("</figure></div>", f"</figure><p>{PROSE[1]}</p><p>Ảnh: Quốc Toản</p></div>")
    record = extract_page(html.encode(), BASE + "/tin/a-9.html", {"Content-Type": "text/html; charset=utf-8"}, adhoc_profile(BASE + "/"))
    assert isinstance(record, ArticleRecord) and record.author == "Quốc Toản"
    # an ordinary article, one picture in its running text: the credit under it is the picture's
    figure = f"<figure><img src='/x0.jpg' alt=''><figcaption>{CAPTIONS[0]}</figcaption></figure>"
    ordinary = html.split("<div class='article__body'>")[0] + (
        f"<div class='article__body'><p>{PROSE[0]}</p>{figure}<p>{PROSE[1]}</p><p>{PROSE[2]}</p><p>{PROSE[3]}</p>"
        f"<p>Ảnh: Quốc Toản</p></div></article></main></div></body></html>")
    record = extract_page(ordinary.encode(), BASE + "/tin/a-9.html", {"Content-Type": "text/html; charset=utf-8"}, adhoc_profile(BASE + "/"))
    assert isinstance(record, ArticleRecord) and record.author is None, record.author


def test_a_series_pointer_to_another_part_is_no_text() -> None:
    links = {"Kỳ 2: Tổ công nghệ số cộng đồng “gõ cửa” từng nhà", "Bài 3: Để không ai bị bỏ lại phía sau"}
    assert read_also("Kỳ tới: Kỳ 2: Tổ công nghệ số cộng đồng “gõ cửa” từng nhà", links)
    assert read_also("Bài tiếp theo: Bài 3: Để không ai bị bỏ lại phía sau", links)
    assert read_also("Đón đọc kỳ tới: Bài 3: Để không ai bị bỏ lại phía sau", links)
    # the same words unlinked are the text's own announcement
    assert not read_also("Kỳ tới: Những người giữ rừng đầu nguồn", links)
    page = (f"<html><head><title>Kỳ 1</title></head><body><main><h1>Kỳ 1: Những cánh sóng đầu tiên</h1>"
            f"<div class='date'>04/03/2024 08:15</div><div class='content'><p>{LEAD}</p><p>{PROSE[0]}</p><p>{PROSE[1]}</p>"
            f"<p style='text-align:right'><strong>Thu Hà - Văn Tiến</strong></p>"
            f"<p><em>Kỳ tới: <a href='/tin-tuc/7318/ky-2'>Kỳ 2: Tổ công nghệ số cộng đồng “gõ cửa” từng nhà</a></em></p></div></main></body></html>")
    profile = adhoc_profile(BASE + "/").model_copy(update={"selectors": Selectors(body=["div.content"])})
    record = extract_page(page.encode(), BASE + "/tin-tuc/7311/ky-1", {"Content-Type": "text/html; charset=utf-8"}, profile)
    assert isinstance(record, ArticleRecord) and not any("Kỳ tới" in p for p in record.body)
    assert record.author == "Thu Hà, Văn Tiến"


def test_an_infographics_content_credit_names_its_writer() -> None:
    for line in ("Nội dung: Thanh Hương - Đồ họa: Minh Khôi", "Nội dung: Thanh Hương; Thiết kế: Minh Khôi",
                 "Nội dung: Thanh Hương | Trình bày: Minh Khôi"):
        found = parse_signature(line)
        assert found is not None and found.author == "Thanh Hương", line
    # a record's field, or the label alone with its name: no credits line
    assert parse_signature("Nội dung: Báo cáo kết quả giảm nghèo - Ảnh: Minh Khôi") is None
    assert parse_signature("Nội dung: Thanh Hương") is None
    assert not labelled("Nội dung: Thanh Hương - Đồ họa: Minh Khôi")  # never a header's byline line


def test_a_text_closing_with_lines_after_breaks_is_located_whole() -> None:
    html = (f"<html><body><div class='emag-body'><p class='sapo'><strong>{LEAD}</strong></p><p>{PROSE[0]}</p>"
            f"<figure><img src='/a.jpg'><figcaption>{CAPTIONS[0]}</figcaption></figure><p>{PROSE[1]}</p>"
            "<div class='credit'><p>Thực hiện: Lê Thu Trang<br>Ảnh: Hoàng Nam<br>Đồ họa: Đức Huy</p></div></div></body></html>")
    lines = [LEAD, PROSE[0], PROSE[1], "Thực hiện: Lê Thu Trang", "Ảnh: Hoàng Nam", "Đồ họa: Đức Huy"]
    found = locate(parse(html), lines)
    assert found is not None and found.get("class") == "emag-body"
    page = html.replace("<html><body>", "<html><head><title>Chè</title></head><body><h1>Chè Shan tuyết cổ thụ</h1>"
                        "<div class='date'>02/03/2024 | 06:30</div>")
    record = _extract(page, BASE + "/emagazine/che-3.html")
    assert CAPTIONS[0] in record.body and record.author == "Lê Thu Trang"


INFOGRAPHIC = ("<html><head><title>Infographic: Kết quả giảm nghèo năm 2023 | Báo Lâm Giang</title></head><body>"
               "<header><a href='/'>Báo Lâm Giang</a><nav><a href='/'>Trang chủ</a> <a href='/infographic.html'>Infographic</a></nav></header>"
               "<div class='wrap'><main><div class='breadcrumb'><a href='/'>Trang chủ</a> › <a href='/infographic.html'>Infographic</a></div>"
               "<article class='article'><h1 class='article__title'>Infographic: Kết quả giảm nghèo năm 2023</h1>"
               "<div class='article__meta'><span>Thứ Ba, 27/02/2024 - 16:00</span></div>"
               "<div class='article__sapo'>Năm 2023, tỷ lệ hộ nghèo toàn tỉnh giảm còn 14,2%, vượt chỉ tiêu Hội đồng nhân dân tỉnh "
               "giao. Hơn 3.100 hộ thoát nghèo, trong đó các huyện vùng cao giảm nhanh nhất.</div><div class='article__body'>"
               "<figure><img src='/ig.jpg' alt=''><figcaption>Các chỉ tiêu giảm nghèo chủ yếu của tỉnh năm 2023.</figcaption></figure>"
               "<p style='text-align:right'><strong>Nội dung: Thanh Hương - Đồ họa: Minh Khôi</strong></p></div>"
               "<div class='article__tags'>Từ khóa: <a href='/tag/giam-ngheo.html'>giảm nghèo</a></div></article>"
               "<div class='related'><h3>Tin cùng chuyên mục</h3><ul><li><a href='/a.html'>Khai trương chợ phiên nông sản</a></li>"
               "<li><a href='/b.html'>Hội nghị xúc tiến đầu tư năm 2024</a></li></ul></div></main>"
               "<aside><h3>Đọc nhiều</h3><ul><li><a href='/c.html'>Mùa nước đổ trên ruộng bậc thang</a></li></ul></aside></div>"
               "<footer>Giấy phép số 45/GP-BTTTT</footer></body></html>")


def test_a_short_page_read_out_of_order_is_put_back_in_the_pages_order() -> None:
    from types import SimpleNamespace

    from pipelines.content import _headline_first

    title = "Infographic: Kết quả giảm nghèo năm 2023"
    credit, sapo = "Nội dung: Thanh Hương - Đồ họa: Minh Khôi", INFOGRAPHIC.split("'article__sapo'>")[1].split("</div>")[0]
    page = SimpleNamespace(title=title, tree=parse(INFOGRAPHIC))
    # trafilatura's order on such a page (the credits closing the body first)
    assert _headline_first([credit, title, sapo], page) == [title, sapo, credit]  # type: ignore[arg-type]
    assert _headline_first([title, sapo, credit], page) == [title, sapo, credit]  # type: ignore[arg-type]
    # a headline far down the lines (a teaser's) leaves them as they are
    lines = [sapo, "x " * 3, "y " * 3, "z " * 3, title]
    assert _headline_first(lines, page) == lines  # type: ignore[arg-type]
    record = _extract(INFOGRAPHIC, BASE + "/infographic/ket-qua-giam-ngheo-50377.html")
    assert record.body[-1] == credit and title not in record.body and record.author == "Thanh Hương"
