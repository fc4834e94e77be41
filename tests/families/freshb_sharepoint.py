"""A provincial department of justice on SharePoint 2013 whose every item, whatever its list,
is shown by one page, ``/Pages/Detail.aspx?ItemID=<n>``, in one template (fresh-B, round 15).

- News ``/Pages/Detail.aspx?ItemID=<n>``: ``h1.detail-title``, "Ngày đăng: 05/03/2024 08:30"
  in ``div.detail-date``, a bold sapo, paragraphs; the author "Tác giả: ..." under the body,
  a right-aligned signature, "Nguồn: ..." or none. A notice ("Thông báo tuyển dụng ...") is
  one paragraph and a PDF: an article, as the corpus's notices are.
- The same page shows, with the same title and date markup:
  documents (a table: Số ký hiệu, Ngày ban hành, Ngày hiệu lực, Trích yếu, Cơ quan ban hành,
  Người ký, a PDF), administrative procedures ("Thủ tục hành chính": Trình tự thực hiện,
  Cách thức thực hiện, Thành phần hồ sơ, Thời hạn giải quyết, Lệ phí, Căn cứ pháp lý; long,
  "Ngày cập nhật: ..."), and citizens' questions with the answer ("Câu hỏi", "Trả lời", the
  answering office and day): not articles.
- An English copy of one article ``/en/Pages/Detail.aspx?ItemID=<n>`` with its own English
  text (hreflang links both ways; no canonical): a language copy, not a second row (the
  corpus's convention; the site model denies a portal's other-language URLs).
- Poll results ``/Pages/Poll.aspx?PollID=<n>`` ("Kết quả thăm dò ý kiến": options, votes,
  percentages, the poll's dates), a hotline page ``/Pages/DuongDayNong.aspx``, a listing
  ``/Pages/List.aspx?CatID=5`` and its page 2 ``?Page=2&CatID=5`` (POST-back query strings),
  search results ``/Pages/Search.aspx?k=...`` with snippets and dates, an RSS index
  ``/Pages/Rss.aspx``: not articles.
- robots.txt names no sitemap; no sitemap.
"""

from __future__ import annotations

from crawler.replica.site import Page, Site
from tests.families.common import Art, dmy, esc, hm, pdf_page, site_with_files
from tests.families.texts import KEY

SITE_ID = "fx-fb-sharepoint"
NAME = "Sở Tư pháp tỉnh Lạng Giang"
DETAIL = "/Pages/Detail.aspx?ItemID="


def _art(key: str, ident: int, iso: str, **kw: object) -> Art:
    return Art(KEY[key], f"{DETAIL}{ident}", iso, f"Ngày đăng: {dmy(iso)} {hm(iso)}", extra={"id": ident}, **kw)  # type: ignore[arg-type]


ARTICLES = [
    _art("tp-tro-giup-phap-ly", 1342, "2024-03-12T08:30:00+07:00", byline="Hoàng Lan", author="Hoàng Lan"),
    _art("tp-pho-bien-phap-luat", 1338, "2024-03-08T15:10:00+07:00", signature="Trần Minh Đức", author="Trần Minh Đức"),
    _art("tp-ho-tich-truc-tuyen", 1331, "2024-03-05T09:45:00+07:00"),
    _art("tp-kiem-tra-cong-chung", 1327, "2024-03-01T14:00:00+07:00", source_line="Nguồn: Báo Lạng Giang",
         source="Báo Lạng Giang"),
    _art("tp-hoa-giai-co-so", 1320, "2024-02-26T10:20:00+07:00", byline="Nguyễn Thu Trang", author="Nguyễn Thu Trang"),
    _art("ln-tb-tuyen-dung", 1345, "2024-03-13T16:05:00+07:00",
         attachment=("/Documents/ThongBao/TB-tuyen-dung-2024.pdf", "Thông báo số 112/TB-STP")),
]  # fmt: skip
# the English copy of the first article (its own English text; hreflang links both ways, no
# canonical): not a second row, as the corpus's language copies (the site model denies a
# portal's other-language URLs; the archive keeps the Vietnamese original)
EN_COPY = Art(KEY["fb-en-legal-aid"], f"/en{DETAIL}1342", "2024-03-12T08:30:00+07:00", "Posted: 12/03/2024 08:30",
              byline="Hoang Lan", author="Hoang Lan", extra={"id": 1342, "en": True})  # fmt: skip
CHROME = [
    "Đường dây nóng", "0205 3812 666", "Lượt truy cập", "Tin liên quan", "Chia sẻ", "Trang chủ",
    "Bản quyền thuộc Sở Tư pháp", "Thăm dò ý kiến", "Văn bản mới", "Related news",
]  # fmt: skip

DOCUMENTS = [
    (1336, "Quyết định số 245/QĐ-UBND ngày 06/3/2024 công bố danh mục thủ tục hành chính lĩnh vực hộ tịch", "245/QĐ-UBND",
     "Quyết định", "06/03/2024", "06/03/2024", "Ủy ban nhân dân tỉnh", "Phạm Quốc Hưng",
     "Công bố danh mục 24 thủ tục hành chính được chuẩn hóa trong lĩnh vực hộ tịch thuộc thẩm quyền giải quyết của "
     "Sở Tư pháp, Ủy ban nhân dân cấp huyện và Ủy ban nhân dân cấp xã trên địa bàn tỉnh Lạng Giang; bãi bỏ các thủ tục "
     "đã công bố tại Quyết định số 1180/QĐ-UBND ngày 14/7/2022.", "QD-245-UBND.pdf", "08/03/2024 10:15"),
    (1329, "Kế hoạch số 38/KH-STP về công tác phổ biến, giáo dục pháp luật năm 2024", "38/KH-STP", "Kế hoạch",
     "28/02/2024", "28/02/2024", "Sở Tư pháp", "Lê Văn Thành",
     "Triển khai công tác phổ biến, giáo dục pháp luật, hòa giải ở cơ sở và xây dựng cấp xã tiếp cận pháp luật năm "
     "2024; phân công các phòng, đơn vị thuộc Sở chủ trì tổ chức Ngày Pháp luật Việt Nam và các hội nghị tuyên truyền "
     "chuyên đề cho cán bộ, công chức và nhân dân.", "KH-38-STP.pdf", "29/02/2024 16:40"),
    (1318, "Công văn số 215/STP-VP về việc báo cáo kết quả thực hiện nhiệm vụ quý I năm 2024", "215/STP-VP", "Công văn",
     "23/02/2024", "", "Sở Tư pháp", "Lê Văn Thành",
     "Đề nghị các phòng, đơn vị thuộc Sở và Phòng Tư pháp các huyện, thành phố báo cáo kết quả thực hiện nhiệm vụ quý I "
     "năm 2024, gửi về Văn phòng Sở trước ngày 15/3/2024 để tổng hợp báo cáo Ủy ban nhân dân tỉnh và Bộ Tư pháp.",
     "CV-215-STP.pdf", "23/02/2024 15:05"),
]  # fmt: skip
PROCEDURES = [
    (1290, "Thủ tục đăng ký khai sinh có yếu tố nước ngoài", "Hộ tịch", "11/01/2024 09:00", [
        ("Trình tự thực hiện", [
            "Bước 1: Người có yêu cầu đăng ký khai sinh nộp hồ sơ tại Bộ phận tiếp nhận và trả kết quả của Ủy ban nhân "
            "dân cấp huyện hoặc nộp trực tuyến qua Cổng dịch vụ công của tỉnh.",
            "Bước 2: Công chức tư pháp - hộ tịch kiểm tra tính hợp lệ của hồ sơ; trường hợp hồ sơ chưa đầy đủ thì hướng "
            "dẫn người nộp bổ sung, hoàn thiện theo quy định.",
            "Bước 3: Trường hợp hồ sơ hợp lệ, công chức ghi nội dung khai sinh vào Sổ đăng ký khai sinh, cùng người đi "
            "đăng ký ký tên vào sổ; Chủ tịch Ủy ban nhân dân cấp huyện cấp Giấy khai sinh cho người được đăng ký.",
        ]),
        ("Cách thức thực hiện", ["Nộp trực tiếp tại Bộ phận một cửa, qua dịch vụ bưu chính công ích hoặc trực tuyến."]),
        ("Thành phần, số lượng hồ sơ", [
            "Tờ khai đăng ký khai sinh theo mẫu; giấy chứng sinh hoặc văn bản của người làm chứng xác nhận về việc sinh; "
            "văn bản thỏa thuận của cha, mẹ về việc chọn quốc tịch cho con. Số lượng hồ sơ: 01 bộ.",
        ]),
        ("Thời hạn giải quyết", ["Ngay trong ngày tiếp nhận hồ sơ; trường hợp nhận hồ sơ sau 15 giờ mà không giải quyết "
                                 "được ngay thì trả kết quả trong ngày làm việc tiếp theo."]),
        ("Lệ phí", ["75.000 đồng; miễn lệ phí đối với người thuộc gia đình có công với cách mạng, người thuộc hộ nghèo."]),
        ("Căn cứ pháp lý", ["Luật Hộ tịch năm 2014; Nghị định số 123/2015/NĐ-CP; Thông tư số 04/2020/TT-BTP."]),
    ]),
    (1291, "Thủ tục cấp Phiếu lý lịch tư pháp cho công dân Việt Nam", "Lý lịch tư pháp", "11/01/2024 09:20", [
        ("Trình tự thực hiện", [
            "Bước 1: Cá nhân có yêu cầu cấp Phiếu lý lịch tư pháp nộp tờ khai và giấy tờ kèm theo tại Sở Tư pháp nơi "
            "thường trú hoặc tạm trú, hoặc đăng ký trực tuyến qua ứng dụng định danh điện tử.",
            "Bước 2: Sở Tư pháp tra cứu thông tin lý lịch tư pháp trong cơ sở dữ liệu, phối hợp với cơ quan công an "
            "xác minh khi cần thiết.",
            "Bước 3: Người yêu cầu nhận Phiếu lý lịch tư pháp tại nơi nộp hồ sơ hoặc qua dịch vụ bưu chính.",
        ]),
        ("Cách thức thực hiện", ["Trực tiếp, qua bưu chính hoặc trực tuyến toàn trình."]),
        ("Thành phần, số lượng hồ sơ", ["Tờ khai yêu cầu cấp Phiếu lý lịch tư pháp; bản chụp căn cước công dân. "
                                        "Số lượng hồ sơ: 01 bộ."]),
        ("Thời hạn giải quyết", ["Không quá 10 ngày kể từ ngày nhận đủ hồ sơ hợp lệ."]),
        ("Lệ phí", ["200.000 đồng/lần/người; sinh viên, người có công với cách mạng: 100.000 đồng."]),
        ("Căn cứ pháp lý", ["Luật Lý lịch tư pháp năm 2009; Thông tư số 244/2016/TT-BTC."]),
    ]),
]  # fmt: skip
QA = [
    (1305, "Có được đăng ký kết hôn tại nơi tạm trú không?", "Vũ Thị Hằng", "huyện Chi Lăng", "15/02/2024 20:14",
     "Tôi có hộ khẩu thường trú ở huyện Chi Lăng nhưng đang làm việc và tạm trú tại thành phố. Xin hỏi tôi có thể đăng "
     "ký kết hôn tại Ủy ban nhân dân phường nơi tôi tạm trú hay không, cần chuẩn bị giấy tờ gì?",
     "Phòng Hành chính tư pháp", "21/02/2024",
     "Theo Luật Hộ tịch, Ủy ban nhân dân cấp xã nơi cư trú của một trong hai bên nam, nữ thực hiện đăng ký kết hôn; nơi "
     "cư trú bao gồm nơi thường trú hoặc nơi tạm trú. Vì vậy bạn có thể đăng ký kết hôn tại phường nơi bạn tạm trú. Hồ sơ "
     "gồm tờ khai đăng ký kết hôn, giấy xác nhận tình trạng hôn nhân do Ủy ban nhân dân cấp xã nơi thường trú cấp và "
     "giấy tờ tùy thân của hai bên. Hai bên nam, nữ phải có mặt khi đăng ký kết hôn."),
    (1299, "Thủ tục chứng thực chữ ký người dịch được thực hiện ở đâu?", "Nông Văn Tú", "thành phố Lạng Giang",
     "06/02/2024 09:02",
     "Tôi là cộng tác viên dịch thuật của một phòng tư pháp. Xin hỏi chứng thực chữ ký người dịch thì thực hiện ở đâu và "
     "người dịch phải đáp ứng những điều kiện gì?",
     "Phòng Bổ trợ tư pháp", "14/02/2024",
     "Phòng Tư pháp cấp huyện và tổ chức hành nghề công chứng có thẩm quyền chứng thực chữ ký người dịch là cộng tác viên "
     "của mình. Người dịch phải có bằng cử nhân ngoại ngữ trở lên về thứ tiếng nước ngoài cần dịch, hoặc có bằng tốt "
     "nghiệp đại học trở lên đối với chuyên ngành khác được học bằng thứ tiếng đó, và đã đăng ký làm cộng tác viên dịch "
     "thuật. Người dịch chịu trách nhiệm về tính chính xác của nội dung bản dịch."),
]  # fmt: skip
POLL = (3, "Ông/bà đánh giá thế nào về chất lượng giải quyết thủ tục hành chính tại Sở Tư pháp?",
        "01/01/2024", "31/03/2024",
        [("Rất hài lòng", 812), ("Hài lòng", 356), ("Bình thường", 47), ("Chưa hài lòng", 19)])  # fmt: skip
HOTLINES = [
    ("Giám đốc Sở", "Phạm Minh Tuấn", "0912 345 210"),
    ("Chánh Văn phòng", "Đỗ Thị Hòa", "0205 3812 668"),
    ("Phòng Hành chính tư pháp", "Lý Văn Bình", "0205 3812 670"),
    ("Trung tâm Trợ giúp pháp lý", "Hoàng Thị Mai", "1800 6134"),
]  # fmt: skip


def _lang_links(ident: int) -> str:
    return (f'<link rel="alternate" hreflang="vi" href="{DETAIL}{ident}" />'
            f'<link rel="alternate" hreflang="en" href="/en{DETAIL}{ident}" />')


def _layout(title: str, main: str, *, en: bool = False, head: str = "") -> str:
    docs = "".join(f'<li><a href="{DETAIL}{d[0]}">{esc(d[2])}</a> <span>{d[4]}</span></li>' for d in DOCUMENTS[:2])
    menu = ("<a href=\"/en/\">Home</a> <a href=\"/en/Pages/List.aspx?CatID=5\">News</a>" if en else
            '<a href="/">Trang chủ</a> <a href="/Pages/List.aspx?CatID=5">Tin tức - Sự kiện</a> '
            f'<a href="{DETAIL}{DOCUMENTS[0][0]}">Văn bản</a> <a href="{DETAIL}{PROCEDURES[0][0]}">Thủ tục hành chính</a> '
            f'<a href="{DETAIL}{QA[0][0]}">Hỏi đáp</a> <a href="/Pages/DuongDayNong.aspx">Đường dây nóng</a> '
            '<a href="/Pages/Rss.aspx">RSS</a>')
    return f"""<!DOCTYPE html><html dir="ltr" lang="{'en-US' if en else 'vi-VN'}"><head><meta charset="utf-8">
<title>{esc(title)}</title>{head}<link rel="stylesheet" href="/_layouts/15/1066/styles/Themable/corev15.css"></head>
<body><form method="post" action="./Detail.aspx" id="aspnetForm"><div id="s4-workspace"><div id="s4-bodyContainer">
<div class="header"><a href="/"><img src="/Style Library/images/logo.png" alt=""></a><span class="site-name">{esc(NAME)}</span>
<span class="hotline">Đường dây nóng: 0205 3812 666</span> <a href="/en/">English</a></div>
<div class="top-menu">{menu}</div>
<div class="ms-webpart-zone"><div class="col-main">{main}</div>
<div class="col-right"><div class="box"><div class="box-title">Văn bản mới</div><ul>{docs}</ul></div>
<div class="box"><div class="box-title">Thăm dò ý kiến</div><p>{esc(POLL[1])}</p><a href="/Pages/Poll.aspx?PollID={POLL[0]}">Xem kết quả</a></div>
<div class="box">Lượt truy cập: 1.204.331</div></div></div>
<div class="footer">Bản quyền thuộc Sở Tư pháp tỉnh Lạng Giang. Địa chỉ: số 2 đường Hùng Vương, thành phố Lạng Giang.</div>
</div></div></form></body></html>"""


def _detail(title: str, date_line: str, inner: str, related: str = "", *, en: bool = False, head: str = "") -> str:
    main = f"""<div class="detail"><h1 class="detail-title">{esc(title)}</h1><div class="detail-date">{esc(date_line)}</div>
<div class="detail-content">{inner}</div>
<div class="detail-tools"><a href="#" class="share">{'Share' if en else 'Chia sẻ'}</a> <a href="javascript:window.print()">{'Print' if en else 'In bài'}</a></div>
{related}</div>"""
    return _layout(title, main, en=en, head=head)


def render_article(art: Art) -> str:
    en = bool(art.extra.get("en"))
    paras = "".join(f"<p>{esc(p)}</p>" for p in art.paragraphs)
    if art.attachment:
        href, label = art.attachment
        paras += f'<p>Tải về: <a href="{href}">{esc(label)}</a></p>'
    tail = "".join(f'<p style="text-align: right;"><b>{esc(x)}</b></p>' for x in (art.signature, art.source_line) if x)
    by = f'<div class="detail-author">{"Author" if en else "Tác giả"}: {esc(art.byline)}</div>' if art.byline else ""
    others = [a for a in [*ARTICLES, EN_COPY] if a is not art and bool(a.extra.get("en")) == en]
    rel = "".join(f'<li><a href="{a.path}">{esc(a.title)}</a> ({dmy(a.published)})</li>' for a in others[:4])
    related = f'<div class="related"><div class="box-title">{"Related news" if en else "Tin liên quan"}</div><ul>{rel}</ul></div>'
    inner = f'<p class="sapo"><strong>{esc(art.lead)}</strong></p>{paras}{tail}{by}'
    head = _lang_links(art.extra["id"]) if art.extra["id"] == 1342 else ""
    return _detail(art.title, art.date_line, inner, related, en=en, head=head)


def render_document(d: tuple) -> str:  # type: ignore[type-arg]
    ident, title, number, kind, issued, effective, issuer, signer, summary, pdf, posted = d
    rows = [("Số ký hiệu", number), ("Loại văn bản", kind), ("Ngày ban hành", issued), ("Ngày hiệu lực", effective),
            ("Trích yếu", summary), ("Cơ quan ban hành", issuer), ("Người ký", signer)]
    table = "".join(f"<tr><td class=\"lbl\">{k}</td><td>{esc(v)}</td></tr>" for k, v in rows)
    table += f'<tr><td class="lbl">File đính kèm</td><td><a href="/Documents/VanBan/{pdf}">{pdf}</a></td></tr>'
    others = "".join(f'<li><a href="{DETAIL}{x[0]}">{esc(x[1])}</a></li>' for x in DOCUMENTS if x is not d)
    related = f'<div class="related"><div class="box-title">Văn bản khác</div><ul>{others}</ul></div>'
    return _detail(title, f"Ngày đăng: {posted}", f'<table class="vb-detail">{table}</table>', related)


def render_procedure(pr: tuple) -> str:  # type: ignore[type-arg]
    ident, title, field_, updated, sections = pr
    inner = f"<p><b>Lĩnh vực:</b> {esc(field_)}</p><p><b>Cơ quan thực hiện:</b> Sở Tư pháp; Ủy ban nhân dân cấp huyện</p>"
    for head, paras in sections:
        inner += f"<h3>{esc(head)}</h3>" + "".join(f"<p>{esc(p)}</p>" for p in paras)
    inner += '<p><a href="https://dichvucong.langgiang.gov.vn">Nộp hồ sơ trực tuyến</a></p>'
    return _detail(title, f"Ngày cập nhật: {updated}", inner)


def render_qa(q: tuple) -> str:  # type: ignore[type-arg]
    ident, title, who, where, asked, question, office, answered, answer = q
    inner = (f'<p class="qa-asker">Người hỏi: {esc(who)} ({esc(where)})</p><p><b>Câu hỏi:</b></p><p>{esc(question)}</p>'
             f'<p><b>Trả lời:</b></p><p>{esc(answer)}</p><p class="qa-office">{esc(office)} - Ngày trả lời: {answered}</p>')
    others = "".join(f'<li><a href="{DETAIL}{x[0]}">{esc(x[1])}</a></li>' for x in QA if x is not q)
    return _detail(title, f"Ngày gửi: {asked}", inner, f'<div class="related"><div class="box-title">Câu hỏi khác</div><ul>{others}</ul></div>')


def render_poll() -> str:
    ident, question, start, end, options = POLL
    total = sum(n for _, n in options)
    rows = "".join(f"<tr><td>{esc(o)}</td><td>{n} phiếu</td><td>{round(n * 100 / total)}%</td></tr>" for o, n in options)
    main = f"""<div class="poll-result"><h1 class="detail-title">Kết quả thăm dò ý kiến</h1>
<div class="detail-date">Thời gian: từ {start} đến {end}</div><p class="poll-q">{esc(question)}</p>
<table class="poll">{rows}</table><p>Tổng số phiếu: {total}</p></div>"""
    return _layout("Kết quả thăm dò ý kiến", main)


def render_hotline() -> str:
    rows = "".join(f"<tr><td>{esc(p)}</td><td>{esc(n)}</td><td>{t}</td></tr>" for p, n, t in HOTLINES)
    main = f"""<div class="detail"><h1 class="detail-title">Đường dây nóng</h1>
<div class="detail-content"><p>Tổ chức, cá nhân phản ánh, kiến nghị về thái độ phục vụ và việc giải quyết thủ tục hành chính của Sở Tư pháp xin liên hệ:</p>
<table class="hotline"><tr><th>Chức vụ</th><th>Họ và tên</th><th>Điện thoại</th></tr>{rows}</table>
<p>Thư điện tử: stp@langgiang.gov.vn</p></div></div>"""
    return _layout("Đường dây nóng", main)


NEWS = ARTICLES
LIST_PAGES = [NEWS[:4], NEWS[4:]]


def render_list(page: int) -> str:
    items = "".join(
        f'<div class="news-item"><a href="{a.path}"><img src="/PublishingImages/{a.extra["id"]}.jpg" alt=""></a>'
        f'<h3><a href="{a.path}">{esc(a.title)}</a></h3><span class="date">{dmy(a.published)} {hm(a.published)}</span>'
        f"<p>{esc(a.lead)}</p></div>"
        for a in LIST_PAGES[page - 1]
    )
    pager = "".join(f'<a href="/Pages/List.aspx?Page={n}&amp;CatID=5">{n}</a> ' for n in (1, 2))
    return _layout("Tin tức - Sự kiện", f'<h2 class="cat-title">Tin tức - Sự kiện</h2>{items}<div class="pager">{pager}</div>')


SEARCH_Q = "hộ tịch"


def render_search() -> str:
    hits = [(f"{DETAIL}{DOCUMENTS[0][0]}", DOCUMENTS[0][1], DOCUMENTS[0][4], DOCUMENTS[0][8][:160]),
            (f"{DETAIL}{PROCEDURES[0][0]}", PROCEDURES[0][1], PROCEDURES[0][3][:10], PROCEDURES[0][4][0][1][0][:160]),
            (NEWS[2].path, NEWS[2].title, dmy(NEWS[2].published), NEWS[2].lead[:160])]
    rows = "".join(f'<li><a href="{u}">{esc(t)}</a><span class="date">{d}</span><p>{esc(s)}...</p></li>' for u, t, d, s in hits)
    main = f"""<h2 class="cat-title">Kết quả tìm kiếm</h2><p>Tìm thấy {len(hits)} kết quả cho từ khóa "<b>{esc(SEARCH_Q)}</b>"</p>
<ul class="search-results">{rows}</ul>"""
    return _layout("Tìm kiếm", main)


def render_rss() -> str:
    chans = [("Tin tức - Sự kiện", "5"), ("Văn bản", "7"), ("Thủ tục hành chính", "9"), ("Hỏi đáp", "11")]
    rows = "".join(f'<tr><td>{esc(n)}</td><td><a href="/_layouts/15/listfeed.aspx?List={c}">/_layouts/15/listfeed.aspx?List={c}</a></td></tr>' for n, c in chans)
    main = f"""<div class="detail"><h1 class="detail-title">RSS</h1><div class="detail-content">
<p>RSS là định dạng dữ liệu giúp bạn nhận tin mới nhất của Cổng thông tin mà không cần truy cập trang web. Sao chép địa chỉ kênh vào phần mềm đọc tin:</p>
<table>{rows}</table></div></div>"""
    return _layout("RSS", main)


def render_home() -> str:
    items = "".join(f'<li><a href="{a.path}">{esc(a.title)}</a> <i>{dmy(a.published)}</i></li>' for a in NEWS)
    return _layout(NAME, f'<div class="home-news"><h2>Tin mới</h2><ul>{items}</ul></div>')


def render_en_home() -> str:
    en = [EN_COPY]
    items = "".join(f'<li><a href="{a.path}">{esc(a.title)}</a> <i>{dmy(a.published)}</i></li>' for a in en)
    return _layout("Department of Justice of Lang Giang", f"<h2>News</h2><ul>{items}</ul>", en=True)


def _html_pages() -> dict[str, str]:
    out = {a.path: render_article(a) for a in [*ARTICLES, EN_COPY]}
    out["/"] = render_home()
    out["/en/"] = render_en_home()
    for d in DOCUMENTS:
        out[f"{DETAIL}{d[0]}"] = render_document(d)
    for pr in PROCEDURES:
        out[f"{DETAIL}{pr[0]}"] = render_procedure(pr)
    for q in QA:
        out[f"{DETAIL}{q[0]}"] = render_qa(q)
    out[f"/Pages/Poll.aspx?PollID={POLL[0]}"] = render_poll()
    out["/Pages/DuongDayNong.aspx"] = render_hotline()
    out["/Pages/List.aspx?CatID=5"] = render_list(1)
    out["/Pages/List.aspx?Page=2&CatID=5"] = render_list(2)
    out["/Pages/Search.aspx?k=h%E1%BB%99%20t%E1%BB%8Bch"] = render_search()
    out["/Pages/Rss.aspx"] = render_rss()
    return out


NON_ARTICLES = sorted(set(_html_pages()) - {a.path for a in ARTICLES})


def build_site() -> Site:
    pages = {path: Page.html(text) for path, text in _html_pages().items()}
    for d in DOCUMENTS:
        pages[f"/Documents/VanBan/{d[9]}"] = pdf_page()
    for a in ARTICLES:
        if a.attachment:
            pages[a.attachment[0]] = pdf_page()
    return site_with_files(pages, robots="User-agent: *\nDisallow: /_layouts/\nDisallow: /_vti_bin/\n")
