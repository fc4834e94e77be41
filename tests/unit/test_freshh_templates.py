"""Causes found on round 17's fresh-H families (``tests.families.FRESH_H``, part "fresh" of
benchmarks/extraction_quality.py: plain-text chrome in the body's own container), each on a
page of its own (no family read).

- a table cell's text run after an image block (``</center><br>text<br><br>``): the line after
  the single break was dropped with the run of breaks around it;
- hidden elements in the body's own ``<div>`` (``<p class="hidden">`` keywords for search engines,
  ``<div hidden>`` "Đang tải bình luận...", a ``d-none d-print-block`` print header, inline
  ``display:none``): read as text by the block walk and by trafilatura;
- an image gallery's controls as plain spans ("‹ Trước Ảnh 1/2 Sau › Xem ảnh lớn") mid-body and
  a view count written as a sentence ("Bài viết đã được xem 544 lần") at the body's end;
- a caption by its class under a picture (``<p class="caption">`` after the ``<img>``, no
  ``<figure>``): trafilatura drops it, and only ``<figcaption>``s were put back.
"""

from __future__ import annotations

from lxml.html import fragment_fromstring

from config.profile import adhoc_profile
from pipelines.body import block_paragraphs, chrome_kind, placeholder
from pipelines.dom import parse
from pipelines.record import ArticleRecord
from pipelines.sitemodel import extract_page

BASE = "https://dongkhe.example.vn/"
LEAD = ("Ủy ban nhân dân huyện tổ chức hội nghị xúc tiến đầu tư vào lĩnh vực nông nghiệp công nghệ cao, "
        "giới thiệu mười lăm dự án kêu gọi đầu tư với tổng diện tích hơn hai nghìn héc ta.")
PROSE = [
    "Các dự án tập trung vào trồng cây ăn quả, dược liệu dưới tán rừng, chăn nuôi bò sữa và chế biến sâu "
    "nông sản, chủ yếu tại các xã phía tây của huyện, nơi có quỹ đất lớn và nguồn nước ổn định.",
    "Tại hội nghị, huyện đã trao quyết định chủ trương đầu tư cho ba dự án và ký biên bản ghi nhớ với năm "
    "nhà đầu tư trong và ngoài nước, tổng vốn đăng ký dự kiến khoảng ba nghìn tỷ đồng.",
    "Phát biểu kết luận, Chủ tịch Ủy ban nhân dân huyện cam kết đồng hành cùng nhà đầu tư, giao Phòng Tài "
    "chính - Kế hoạch làm đầu mối theo dõi, giải quyết vướng mắc của từng dự án.",
]
CAPTION = "Các đại biểu tham quan gian trưng bày sản phẩm nông nghiệp."


def _extract(html: str, path: str = "NewsDetail.asp?NewsID=1415") -> ArticleRecord:
    record = extract_page(html.encode(), BASE + path, {"Content-Type": "text/html; charset=utf-8"},
                          adhoc_profile(BASE))
    assert isinstance(record, ArticleRecord), record
    return record


def _cell_page(cell: str) -> str:
    return (f"<html><head><title>Hội nghị xúc tiến đầu tư</title></head><body><table><tr>"
            f'<td class="left"><a href="/">Trang chủ</a></td><td class="content">{cell}</td></tr></table></body></html>')


def test_a_line_after_an_image_block_and_a_single_break_is_kept() -> None:
    cell = (f"{PROSE[0]}<br><br><center><img src='/a.jpg'><br><i>{CAPTION}</i></center><br>{PROSE[1]}<br><br>"
            f"{PROSE[2]}<br><br>")
    tree = parse(f"<html><body><td>{LEAD}<br><br>{cell}</td></body></html>")
    assert PROSE[1] in tree.text_content()
    page = _cell_page(f"<b>Hội nghị xúc tiến đầu tư</b><br>Cập nhật: 07/03/2024 14:10<br><br><b>{LEAD}</b><br><br>{cell}")
    body = _extract(page).body_text
    assert all(p in body for p in PROSE) and CAPTION in body


HIDDEN = ("Từ khóa tìm kiếm: xúc tiến đầu tư nông nghiệp công nghệ cao", "Đang tải bình luận...",
          "Sở Văn hóa, Thể thao và Du lịch - Bản in", "Bạn đang đọc bài viết")
COLLAPSED = ("Ngoài ra, huyện sẽ tiếp tục rà soát quỹ đất sạch, hoàn thiện quy hoạch vùng nguyên liệu tập trung, "
             "đơn giản hóa thủ tục hành chính về đất đai và môi trường, công khai danh mục dự án kêu gọi đầu tư trên "
             "cổng thông tin điện tử, tổ chức đối thoại định kỳ với doanh nghiệp mỗi quý một lần để kịp thời tháo gỡ "
             "khó khăn, vướng mắc trong quá trình triển khai dự án trên địa bàn.")


def _hidden_body() -> str:
    return (f'<div class="d-none d-print-block">{HIDDEN[2]}</div><span class="sr-only">{HIDDEN[3]}</span>'
            f"<p><strong>{LEAD}</strong></p><p>{PROSE[0]}</p><p>{PROSE[1]}</p>"
            f'<div class="d-none d-md-block"><p>{PROSE[2]}</p></div><div style="display: none"><p>{COLLAPSED}</p></div>'
            f'<p class="hidden">{HIDDEN[0]}</p><div hidden>{HIDDEN[1]}</div>')


def test_the_block_walk_leaves_hidden_elements_out_when_asked() -> None:
    root = fragment_fromstring(f"<div>{_hidden_body()}</div>")
    chunks: list[str] = []
    lines = block_paragraphs(root, chunks=chunks, visible=True)
    assert lines == [LEAD, *PROSE, COLLAPSED]  # shown at a width, or too long to be furniture
    assert all(h in " ".join(chunks) for h in HIDDEN)  # the word counts still read them
    assert all(h in block_paragraphs(root) for h in HIDDEN)


def test_hidden_lines_stay_out_of_the_body() -> None:
    page = ("<html><head><title>Hội nghị xúc tiến đầu tư</title></head><body><header><a href='/'>Trang chủ</a>"
            "</header><main><article><h1>Hội nghị xúc tiến đầu tư</h1><div class='meta'>Thứ Năm, 07/03/2024 - 14:10</div>"
            f"<div class='post-content'>{_hidden_body()}</div></article></main></body></html>")
    body = _extract(page, "tin-tuc/hoi-nghi-xuc-tien-dau-tu-3301.html").body_text
    assert all(p in body for p in [LEAD, *PROSE])  # (trafilatura leaves display:none out, whatever its length)
    assert not [h for h in HIDDEN if h in body]


GALLERY = ("‹ Trước Ảnh 1/2 Sau › Xem ảnh lớn", "Ảnh 3/12", "Xem ảnh lớn", "« Trước | 2/5 | Sau »", "Phóng to ảnh",
           "Bấm vào ảnh để xem ảnh lớn")
VIEWED = ("Bài viết đã được xem 544 lần", "Đã xem: 56 lần", "1.234 lượt xem", "Tin này đã được đọc 2.345 lần")
NOT_CHROME = ("Sau đó, đoàn công tác đi kiểm tra hiện trường.", "Trước mắt, huyện tập trung 2/3 nguồn lực cho giao thông.",
              "Ảnh: Thu Hà", "Sau", "Trước tình hình đó", "Đến nay đã có 1.234 lượt người được khám bệnh miễn phí.")


def test_gallery_controls_are_chrome_wherever_they_stand_and_a_view_count_sentence_at_the_edge() -> None:
    assert all(placeholder(x) and chrome_kind(x) == "strong" for x in GALLERY)
    assert all(chrome_kind(x) == "strong" for x in VIEWED)
    assert not [x for x in NOT_CHROME if placeholder(x) or chrome_kind(x) == "strong"]


def _gallery_page(caption_tag: str = "p") -> str:
    item = (f'<div class="gallery-item"><img src="/a.jpg" alt=""><{caption_tag} class="caption">{CAPTION}</{caption_tag}>'
            '<div class="gallery-nav"><span>‹ Trước</span> <span>Ảnh 1/1</span> <span>Sau ›</span> <span>Xem ảnh lớn</span></div></div>')
    return ("<html><head><title>Hội nghị xúc tiến đầu tư</title></head><body><header><a href='/'>Trang chủ</a></header>"
            "<main><article><h1>Hội nghị xúc tiến đầu tư</h1><div class='meta'>Thứ Năm, 07/03/2024 - 14:10</div>"
            f"<div class='post-content'><p><strong>{LEAD}</strong></p><p>{PROSE[0]}</p>{item}<p>{PROSE[1]}</p><p>{PROSE[2]}</p>"
            "<p>Bài viết đã được xem 1.544 lần</p></div></article></main></body></html>")


def test_a_gallery_mid_body_leaves_its_caption_and_not_its_controls() -> None:
    body = _extract(_gallery_page(), "tin-tuc/hoi-nghi-xuc-tien-dau-tu-3301.html").body_text
    assert all(p in body for p in [LEAD, *PROSE])
    assert not [x for x in ("‹ Trước", "Sau ›", "Xem ảnh lớn", "Ảnh 1/1", "đã được xem") if x in body]


def test_a_caption_by_its_class_under_a_picture_is_kept() -> None:
    for tag in ("p", "div"):
        body = _extract(_gallery_page(tag), "tin-tuc/hoi-nghi-xuc-tien-dau-tu-3301.html").body_text
        assert CAPTION in body
        lines = body.split("\n")
        assert [x for x in lines if x.strip()].index(CAPTION) == [x for x in lines if x.strip()].index(PROSE[0]) + 1
