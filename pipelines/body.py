"""Article body: paragraphs from an element (block-level walk), from trafilatura's output
tree, and the generic chrome filter for pages extracted without a site profile."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from lxml.html import HtmlElement

from pipelines.authors import is_junk_author
from pipelines.dom import DROP_TAGS, clean, hidden, text_chunks

HTML_BLOCKS = frozenset(
    {
        "p",
        "div",
        "li",
        "ul",
        "ol",
        "dl",
        "dt",
        "dd",
        "td",
        "th",
        "tr",
        "table",
        "tbody",
        "thead",
        "tfoot",
        "caption",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "blockquote",
        "figure",
        "figcaption",
        "section",
        "article",
        "header",
        "footer",
        "aside",
        "main",
        "pre",
        "center",
        "address",
        "hr",
        "details",
        "summary",
    }
)
# trafilatura's output vocabulary (XML-TEI-like)
TRAFILATURA_BLOCKS = frozenset(
    {"p", "head", "item", "list", "cell", "row", "table", "quote", "code", "div", "note", "fw"}
)


def block_paragraphs(
    root: HtmlElement,
    blocks: frozenset[str] = HTML_BLOCKS,
    breaks: frozenset[str] = frozenset({"br"}),
    skip: frozenset[str] = DROP_TAGS | {"img", "picture"},
    chunks: list[str] | None = None,
    visible: bool = False,
    spans: dict[HtmlElement, tuple[int, int]] | None = None,
) -> list[str]:
    """Paragraphs of ``root`` as a reader sees them: one per block element, ``<br>``
    splits lines, inline elements joined, image alt text ignored, whitespace collapsed,
    empty lines dropped, NFC. ``visible``: the elements no reader sees on the screen
    (:func:`pipelines.dom.hidden`) left out too (their text still goes to ``chunks``).

    ``chunks``, when given, receives the chunks of :func:`pipelines.dom.text_chunks` of
    ``root`` (not in order: its text as the word counts read it, a ``skip`` or ``breaks``
    element's own text too unless a DROP_TAGS one), gathered on the same walk.

    ``spans``, when given, receives for each ``blocks`` element the walk went into (not one
    under a ``skip`` or ``breaks`` element, nor a hidden one) the slice of the returned lines
    it made, ``(start, end)``: ``block_paragraphs(el)`` with the same arguments but ``root``
    (and ``chunks``) is ``lines[start:end]``, since a block element's lines start and end
    with a flush and what comes before and after it is not its own; one walk of a tree thus
    answers for every block element in it while the tree is unchanged."""
    lines: list[str] = []
    buf: list[str] = []

    def flush() -> None:
        if chunks is not None:
            chunks.extend(buf)
        text = clean("".join(buf))
        if text:
            lines.append(text)
        buf.clear()

    def visit(node: HtmlElement) -> None:
        tag = node.tag if isinstance(node.tag, str) else ""
        if visible and tag and tag not in breaks and node is not root and hidden(node):
            if chunks is not None and tag not in DROP_TAGS:
                chunks.extend(text_chunks(node))
            if tag in blocks:
                flush()
            return
        if not tag or tag in skip or tag in breaks:
            if chunks is not None and tag and tag not in DROP_TAGS:
                chunks.extend(text_chunks(node))
            if tag in breaks:
                flush()
            return
        block = tag in blocks
        if block:
            flush()
        start = len(lines)
        if node.text:
            buf.append(node.text)
        for child in node:
            visit(child)
            if child.tail:
                buf.append(child.tail)
        if block:
            flush()
            if spans is not None:
                spans[node] = (start, len(lines))

    visit(root)
    flush()
    return lines


def trafilatura_paragraphs(body: HtmlElement) -> list[str]:
    """Paragraphs of a trafilatura ``Document.body`` tree (``lb`` is a line break)."""
    return block_paragraphs(
        body, blocks=TRAFILATURA_BLOCKS, breaks=frozenset({"lb"}), skip=frozenset({"graphic"})
    )


# --- generic chrome filter --------------------------------------------------------------

_COUNTER = re.compile(
    r"^(?:đang online|đang truy cập|trực tuyến|hôm nay|hôm qua|trong tuần|tuần này|tuần trước"
    r"|trong tháng|tháng này|tháng trước|năm nay|tất cả|tổng(?: số)?(?: lượt)? truy cập"
    r"|(?:số )?lượt truy cập|(?:tổng |số )?lượt (?:xem|đọc)|đã xem|số lần (?:xem|đọc)|truy cập"
    # a player's or a file box's counts ("Lượt nghe: 31", "Lượt xem video: 731", "Lượt tải: 14")
    r"|(?:tổng |số )?lượt (?:nghe|xem video|xem clip|tải(?: về| xuống)?|download)|số lần tải(?: về| xuống)?"
    # the CMS's number of the article ("Mã tin: 1179", "ID bài viết: 5210")
    r"|mã (?:tin|bài|bài viết|số bài viết|số tin)|id (?:bài viết|bài|tin)"
    # the comments' count beside the reads ("Lượt đọc: 1.806 | Bình luận: 0"): a number after the colon
    r"|(?:số )?(?:bình luận|ý kiến|phản hồi)\s*:\s*\d[\d.,]*"
    r"|(?:lượt )?thích|like|lượt chia sẻ|chia sẻ)\s*:?\s*[\d.,\s]*$"
    # the count as a sentence: "Bài viết đã được xem 1.234 lần", "Đã xem: 56 lần", "1.234 lượt xem"
    r"|^(?:(?:bài viết|bài|tin bài|tin|trang)(?: này)? )?(?:đã (?:được )?(?:xem|đọc|truy cập)|số lần (?:xem|đọc)"
    r"|lượt (?:xem|đọc))\s*:?\s*\d[\d.,]*\s*(?:lần|lượt)\s*$|^(?:có )?\d[\d.,]*\s*lượt (?:xem|đọc|nghe|tải)\s*$"
    # the article's reading time, its minutes the page's own ("Thời gian đọc: 4 phút", "3 phút
    # đọc", "Đọc trong 5 phút", "Reading time: 3 min", "4 min read")
    r"|^(?:thời gian đọc(?: bài)?|đọc trong|reading time)\s*:?\s*(?:khoảng |~\s*)?\d{1,3}\s*(?:phút|min(?:ute)?s?)\.?$"
    r"|^(?:khoảng |~\s*)?\d{1,3}\s*(?:phút đọc|min(?:ute)?s? read)$",
    re.IGNORECASE,
)
_STRONG = re.compile(
    r"^(?:©|\(c\)\s|copyright\b|bản quyền\b|chịu trách nhiệm\b|giấy phép\b|cơ quan chủ quản\b"
    r"|trưởng ban biên tập\b|ghi rõ nguồn\b|thiết kế bởi\b|phát triển bởi\b|trang chủ\b"
    # a copyright note in the article's column: "Nội dung thuộc bản quyền của ...", "Nghiêm
    # cấm sao chép ...", "Không sao chép dưới mọi hình thức ..."
    r"|(?:nội dung|bài viết|thông tin|tin bài)(?: này)? thuộc bản quyền\b"
    r"|nghiêm cấm (?:sao chép|sử dụng)\b|không (?:được )?sao chép\b)",
    re.IGNORECASE,
)
# the same headings as the public benchmarks' real pages write them (English, German, Spanish,
# French, Portuguese, Polish): "Tin liên quan" is "Related articles", "Notas relacionadas",
# "Das könnte Sie auch interessieren"
_RELATED_ABROAD = (
    r"related(?: articles?| posts?| news| stories| content| links| reading)?|you (?:may|might) also like"
    r"|more (?:stories|articles|news)|recommended(?: for you| articles| stories)?|read next|also read"
    r"|(?:das|dieses) (?:thema )?könnte (?:sie|dich) auch interessieren|schon gelesen|mehr zum thema"
    r"|lesen sie auch|auch interessant|verwandte (?:artikel|beiträge|themen)"
    r"|weitere (?:artikel|beiträge|themen|nachrichten|meldungen)(?: zum thema)?"
    r"|(?:notas|noticias|artículos) relacionad[oa]s|(?:te|le) puede interesar|más noticias|lo más leído"
    r"|(?:à )?lire aussi|articles similaires|sur le même sujet|(?:notícias|matérias) relacionadas"
    r"|leia também|czytaj (?:także|też|również)|zobacz (?:także|też|również)"
)
# short lines that are portal furniture when they stand alone at the edge of the text
_FURNITURE = re.compile(
    r"^(?:thống kê truy cập|đăng nhập|đăng ký|đăng xuất|in bài viết|in bài|in trang|bản in"
    r"|gửi email|gửi e-mail|gửi bài viết|gửi cho bạn bè|chia sẻ(?: facebook| bài viết)?"
    r"|lên đầu trang|về đầu trang|đầu trang|quay lại|trở về|xem thêm|bình luận|ý kiến bạn đọc"
    r"|liên kết website|liên kết web|sơ đồ (?:site|trang|cổng)|tìm kiếm"
    r"|tin liên quan|bài viết liên quan|các tin (?:liên quan|khác|đã đưa)|tin khác"
    r"|(?:các )?văn bản (?:liên quan|khác)|tài liệu liên quan"
    r"|tin cùng chuyên mục|tin mới|tin mới nhất|tin đọc nhiều|tin xem nhiều|thông tin mới nhất"
    r"|đọc nhiều nhất|xem nhiều nhất|bài viết cùng tác giả|tin cùng tác giả|các bài (?:viết )?khác"
    r"|đánh giá bài viết|bình chọn(?: bài viết)?|gửi ý kiến|gửi bình luận|viết bình luận"
    r"|ý kiến của bạn|mã (?:xác nhận|bảo vệ|kiểm tra)|nhập mã(?: xác nhận| bảo vệ)?"
    r"|(?:tệp|tập tin|file|tài liệu|văn bản) đính kèm|đính kèm|cỡ chữ|in trang(?: này)?|đóng cửa sổ"
    # tabs of other articles' lists, a table of contents, a poll, a print view's buttons
    r"|mới nhất|xem nhiều(?: nhất)?|đọc nhiều(?: nhất)?|tin nổi bật|tin tiêu điểm|tin nóng"
    r"|mục lục(?: bài viết)?(?:\s*\[?(?:ẩn|hiện)\]?)?|thăm dò ý kiến|khảo sát ý kiến|thăm dò"
    r"|biểu quyết|xem kết quả|in bài này|bản in|xem bản in|" + _RELATED_ABROAD + r")(?:\s*\(\d+\))?\s*[:.!?…]*$",
    re.IGNORECASE,
)
# an article's tag row and share row: "Từ khóa: lễ hội, dân ca", "Chia sẻ: Facebook Zalo"; the
# label may name what the words are for ("Từ khóa tìm kiếm:", "Từ khóa bài viết:", "Thẻ bài viết:");
# a row of hashtags without a label ("#chibo #TânPhước"): words no sentence writes so
_TAGS_SHARE = re.compile(
    r"^(?:(?:từ khóa|từ khoá|tags?|thẻ)(?: (?:tìm kiếm|bài viết|liên quan|tin|tin bài))?\s*:.{0,150}"
    r"|#\w+(?:[\s,|·]+#\w+)*"
    r"|chia sẻ\s*:?(?:[\s,|·]*(?:facebook|zalo|twitter|email|e-mail|linkedin"
    r"|(?:thích|like|chia sẻ|share|tweet)(?:\s*\d[\d.,]*)?)\b)+[\s,|·]*"
    # the row's buttons without its label ("Facebook Zalo Thích 5"): two networks and counts
    r"|(?=(?:.*\b(?:facebook|zalo|twitter|linkedin)\b){2})(?:(?:facebook|zalo|twitter|linkedin|email|e-mail"
    r"|(?:thích|like|share|tweet)(?:\s*\d[\d.,]*)?)\b[\s,|·]*)+)$",
    re.IGNORECASE,
)
# a pager: "Trang: 1 2 3"
_PAGER = re.compile(
    r"^(?:[«‹<]+\s*(?:trang )?trước\s*[|·]?\s*)?(?:trang|page)\s*:?\s*\d+(?:\s*[|·]?\s*\d+)*"
    r"(?:\s*[|·]?\s*(?:tiếp|trang sau|sau|xem tiếp|next)?\s*[»›>]*)?$",
    re.IGNORECASE,
)
# section headings after which a portal lists other articles' titles
_SECTION = re.compile(
    r"^(?:tin liên quan|bài viết liên quan|các tin (?:liên quan|khác|đã đưa)|tin khác"
    # a box of other documents under an article: "Văn bản liên quan" (number, title, date)
    r"|(?:các )?văn bản (?:liên quan|khác)|tài liệu liên quan"
    r"|tin cùng chuyên mục|thông tin mới nhất|tin mới nhất|tin mới|tin đọc nhiều"
    r"|bài viết cùng tác giả|tin cùng tác giả|các bài (?:viết )?khác"
    # tabs, a bare tag heading, a poll, readers' comments ("Ý kiến bạn đọc (2)")
    r"|mới nhất|xem nhiều(?: nhất)?|đọc nhiều(?: nhất)?|tin nổi bật|tin tiêu điểm"
    r"|từ khóa|từ khoá|tags?|thẻ(?: bài viết)?|chủ đề|thăm dò ý kiến|khảo sát ý kiến"
    r"|ý kiến bạn đọc|bình luận của bạn đọc|ý kiến(?: bạn đọc)?\s*\(\d+\)|bình luận\s*\(\d+\)"
    r"|" + _RELATED_ABROAD + r")\s*[:?]?$",
    re.IGNORECASE,
)

# contact lines of a footer: chrome only next to a strong chrome line
_CONTACT = re.compile(
    r"^(?:địa chỉ|trụ sở|điện thoại|đt|tel|fax|e-?mail|hotline|website)\s*:", re.IGNORECASE
)
# a comment form's field labels ("Họ tên (*)", "Email", "Nội dung"): weak, as contact lines
_FORM_LABEL = re.compile(
    r"^(?:họ(?: và)? tên|tên của bạn|e-?mail|điện thoại|địa chỉ|nội dung|tiêu đề|ý kiến"
    r"|bình luận|gửi|làm lại|nhập lại|xóa|hủy)\s*(?:\(\s*\*\s*\)|\*)?\s*:?$",
    re.IGNORECASE,
)
# a rating box: "★★★★☆", "(4,2/5 - 20 lượt đánh giá)", "Đánh giá: 4/5", its vote button
# beside the count alone ("Bình chọn (7 lượt đánh giá)")
_RATING = re.compile(
    r"^(?:(?:đánh giá|bình chọn)(?: bài viết)?\s*:?\s*)?(?=.*[★☆✩✪⭐\d])[★☆✩✪⭐\s]*"
    r"(?:\(?\s*(?:\d(?:[.,]\d+)?\s*/\s*(?:5|10)\b[^()]{0,40}|\d[\d.,]*\s*)"
    r"(?:lượt|phiếu|người)\s*(?:đánh giá|bình chọn)\s*\)?)?$",
    re.IGNORECASE,
)
# the rating box's heading or its button alone, among the block's tools
_RATING_LABEL = re.compile(r"^(?:đánh giá|bình chọn)(?: bài viết| bài này)?\s*:?$", re.IGNORECASE)
# a document's bare file name, as attachment boxes list them: "893-UBND.pdf (245 KB)", with
# the box's download link beside it ("Ke-hoach-12.pdf Tải về")
_FILE_NAME = re.compile(
    r"^[\w.()\[\]-]+\.(?:pdf|docx?|xlsx?|pptx?|odt|rtf|zip|rar|7z)"
    r"(?:\s*[(\[]\s*\d[\d.,]*\s*[kmg]?b\s*[)\]])?"
    r"(?:\s*[|:-]?\s*(?:tải về|tải xuống|download|xem trực tuyến|xem))?$"
    # the box's size cell alone, when its cells are lines ("(235 KB)", "Dung lượng: 1,2 MB")
    r"|^(?:(?:dung lượng|kích thước|size)\s*:\s*)?(?:[(\[]\s*\d[\d.,]*\s*[kmg]b\s*[)\]]|\d[\d.,]*\s*[kmg]b)$",
    re.IGNORECASE,
)
# an attachment box's heading alone ("Tài liệu đính kèm"): its files are the record's attachments
_ATTACH_HEAD = re.compile(r"^(?:tệp|tập tin|file|tài liệu|văn bản|hồ sơ) đính kèm\s*:?$", re.IGNORECASE)
# a media player's placeholder or a browser's fallback text: never the article's, wherever it is
_PLAYER = re.compile(
    r"^(?:loading the player\W*|đang tải (?:video|trình phát|player)\W*"
    r"|(?:trình duyệt của bạn|trình duyệt) không hỗ trợ\b.{0,60}"
    r"|your browser does not support\b.{0,60}"
    # an ad's label, a player's clock ("00:00 / 03:25")
    r"|quảng cáo|advertisement|sponsored"
    r"|\d{1,2}:\d{2}(?::\d{2})?\s*/\s*\d{1,2}:\d{2}(?::\d{2})?)$",
    re.IGNORECASE,
)
# an image gallery's controls on a line of their own: "‹ Trước | Ảnh 2/5 | Sau ›", "Xem ảnh lớn",
# "Phóng to" (two at least, or one that names the picture): never the article's, wherever they stand
_GALLERY_ITEM = (
    r"(?:[‹«<]\s*)?(?:ảnh |hình )?(?:trước|sau|tiếp)(?:\s*[›»>])?|(?:ảnh|hình)\s*\d{1,3}\s*/\s*\d{1,3}|\d{1,3}\s*/\s*\d{1,3}"
    r"|xem ảnh (?:lớn|gốc|đầy đủ|kích thước (?:lớn|đầy đủ|thật))|(?:bấm|nhấn|click)(?: vào)? (?:ảnh|hình)(?: để)? (?:phóng to|xem ảnh lớn)"
    r"|phóng to(?: ảnh| hình)?|thu nhỏ|tải ảnh(?: về)?|xem tất cả(?: \d+)? ảnh|trình chiếu|đóng|[‹›«»]"
)
_GALLERY = re.compile(
    rf"^(?:(?:{_GALLERY_ITEM})(?:\s*[|·•/-]?\s*)){{2,}}$"
    r"|^(?:(?:ảnh|hình)\s*\d{1,3}\s*/\s*\d{1,3}|xem ảnh (?:lớn|gốc|đầy đủ|kích thước (?:lớn|đầy đủ|thật))"
    r"|(?:bấm|nhấn|click)(?: vào)? (?:ảnh|hình)(?: để)? (?:phóng to|xem ảnh lớn)|phóng to ảnh|xem tất cả(?: \d+)? ảnh)\s*[.:]?$",
    re.IGNORECASE,
)
# an audio reader's labels ("Nghe đọc bài", "Giọng nữ miền Bắc", "Tốc độ: 1x"), alone or glued
# together with its clock: never the article's, wherever they stand
_READER = re.compile(
    r"^(?:\s*(?:nghe (?:đọc )?bài(?: viết)?|nghe tin|đọc bài viết|giọng (?:nữ|nam)(?: miền (?:bắc|trung|nam))?"
    r"|tốc độ(?: đọc)?\s*:?\s*[\d.,]+\s*x?|\d{1,2}:\d{2}(?::\d{2})?\s*/\s*\d{1,2}:\d{2}(?::\d{2})?)"
    r"\s*[:|·•]?)+$",
    re.IGNORECASE,
)
# the content column's notices: a QR code's caption, a social follow button's label, a cookie
# or accessibility bar, a hotline banner, a news ticker, a print view's address of the article
_NOTICE = re.compile(
    r"^(?:(?:quét|scan)(?: mã)?(?: qr)?(?: code)?\b.{0,80}"
    r"|(?:quan tâm|theo dõi|follow|thích trang|like page)\b.{0,40}\b(?:zalo|facebook|fanpage|youtube|oa)\b.{0,20}"
    r"|.{0,60}\b(?:sử dụng|dùng|uses?|use of)\s+cookies?\b.{0,140}"
    r"|(?:(?:chế độ )?tương phản cao|hỗ trợ người khuyết tật|dành cho người khiếm thị|trợ năng)(?:\s*[|·•]?\s*"
    r"(?:(?:chế độ )?tương phản cao|hỗ trợ người khuyết tật|dành cho người khiếm thị|trợ năng))*"
    r"|(?:đường dây nóng|hotline|tổng đài(?: hỗ trợ)?)\s*[^\d\s]{0,20}\s*:?\s*\(?\d[\d .()]{2,}\d\b[^\d]{0,60}"
    r"|(?:tin mới|tin nóng|tin nổi bật|tiêu điểm)\s*:.{0,300}[•|·].{0,300}"
    r"|(?:địa chỉ|đường dẫn|link|url)(?: (?:bài viết|của bài viết|bài))?\s*:\s*https?://\S+)$",
    re.IGNORECASE,
)
# a comment box's own lines: its moderation notice ("Ý kiến của bạn sẽ được biên tập trước
# khi đăng", "Comments are moderated"), its typing rule ("Xin vui lòng gõ tiếng Việt có dấu"),
# its character counter ("Bạn còn 500/500 ký tự"), its count and its empty state ("Chưa có bình
# luận nào", "Keine Kommentare", "Kommentare insgesamt: 0"), its call ("Leave a reply");
# Vietnamese first, then the languages of the public benchmarks' real pages
_COMMENT_BOX = re.compile(
    r"^(?:.{0,40}\b(?:ý kiến|bình luận)\b.{0,40}\b(?:sẽ|phải|cần) (?:được )?(?:biên tập|kiểm duyệt"
    r"|duyệt|xét duyệt)\b.{0,160}"
    r"|.{0,80}\b(?:comments?|kommentare?|commentaires?|comentarios?)\b.{0,80}\b(?:moderated|moderation"
    r"|reviewed|approved|freigabe|freigeschaltet|modérés?|moderados?)\b.{0,160}"
    r"|.{0,40}\b(?:gõ|viết|nhập) (?:bằng )?tiếng việt có dấu\b.{0,80}"
    r"|(?:bạn còn )?\d+\s*(?:/\s*\d+\s*)?(?:ký tự|characters?|zeichen)(?: còn lại| left| remaining| übrig)?"
    r"|(?:chưa có (?:bình luận|ý kiến)(?: nào)?|no comments(?: yet)?|keine kommentare|aucun commentaire"
    r"|sin comentarios|be the first to comment|hãy là người đầu tiên (?:bình luận|gửi ý kiến))\b.{0,80}"
    r"|(?:comments?|kommentare?|commentaires?|comentarios?)(?: insgesamt)?\s*:?\s*\(?\d+\)?"
    r"|(?:leave|post|write|add) a (?:comment|reply|response)|hinterlasse(?:n sie)? einen kommentar"
    r"|(?:laisser|laissez) un commentaire|deja un comentario)\s*[:.!…]*$",
    re.IGNORECASE,
)
# a call to subscribe or follow, the edition's own promotion ("Đăng ký nhận bản tin", "Mời bạn
# đọc theo dõi Báo X trên Google News", "Tải ứng dụng Báo X", "Zum Newsletter anmelden", "Sign
# up here"); a Vietnamese one opens the line (an article may tell how to register for a service)
_CALL = re.compile(
    r"^(?:(?:mời .{0,60})?(?:hãy )?đăng ký nhận (?:bản tin|tin)\b.{0,120}"
    r"|(?:mời .{0,60})?(?:hãy )?tải(?: về| xuống)? ứng dụng\b.{0,120}"
    r"|(?:mời .{0,60})?(?:hãy )?(?:theo dõi|quan tâm)\b.{0,60}\b(?:trên|tại|qua) (?:zalo|facebook|youtube"
    r"|telegram|tiktok|google news|fanpage)\b.{0,60}"
    r"|.{0,80}\b(?:subscribe|sign up|signup|anmelden|abonnieren|suscríbete|inscrivez-vous"
    r"|zapisz się)\b.{0,60}\b(?:newsletters?|boletín|infolettre)\b.{0,80}"
    r"|.{0,80}\b(?:newsletters?|boletín)\b.{0,40}\b(?:subscribe|sign up|anmelden|abonnieren"
    r"|suscríbete)\b.{0,40}"
    r"|.{0,100}\b(?:sign up (?:here|now|today)|subscribe (?:now|here|today)|subskrypcj\w*)\b.{0,120}"
    r"|.{0,100}\b(?:follow us|like us|folgen sie uns|liken sie uns|síguenos|suivez-nous|únete|join us)\b.{0,60}\b(?:on|auf"
    r"|en|sur)\s+(?:facebook|youtube|telegram|tiktok|google news|whatsapp|instagram|twitter)\b.{0,60}"
    r"|.{0,100}\b(?:canal|channel|kanal)\b.{0,20}\b(?:youtube|telegram|tiktok|whatsapp)\b.{0,120}"
    r"|.{0,100}\b(?:download|descarga|descargue|pobierz)\b.{0,60}\b(?:apps?|aplicación|aplikacj\w*)\b.{0,80})$",
    re.IGNORECASE,
)
_WORD = re.compile(r"\w")
# the template's sentence naming the page the reader is on ("Bạn đang đọc bài viết “<title>”
# tại chuyên mục ... Mọi thông tin phản ánh xin gửi về ...", "Bạn đang xem: <title>"): it speaks
# of the page, which no article's sentence does
_READING_NOTE = re.compile(
    r"^(?:bạn|quý (?:vị|bạn đọc)|bạn đọc) đang (?:đọc|xem)(?: bài viết| bài| tin bài| tin| nội dung| trang)?"
    r"(?:\s*:|\s+[“\"«']).{0,300}$|^you are (?:reading|viewing)(?: the (?:article|post))?\s*[:“\"'].{0,300}$",
    re.IGNORECASE,
)


def reading_note(line: str) -> bool:
    """The template's sentence naming the page the reader is on (:data:`_READING_NOTE`)."""
    return len(line) <= 400 and bool(_READING_NOTE.match(line))


# the template's line of when the page was last revised, a day and a time and nothing else
# ("Cập nhật lần cuối: 07/03/2024 15:20", "Sửa lần cuối: 14:10 06/03/2024", "Cập nhật lần cuối
# vào 07/03/2024 lúc 15:20", "Last updated: March 7, 2024"): the page's metadata, which the dates
# stage reads from the page, never a line of the text (not sure chrome to the foot date search,
# ``chrome_kind``: such a line may be the page's only date)
_DATE_TAIL = (
    r"(?=[^\d]{0,30}\d)(?:[\d/.:,+()\-–h]|\s|\b(?:lúc|ngày|tháng|năm|vào|giờ|phút|sáng|chiều|tối|am|pm|gmt|utc|ict"
    r"|thứ (?:hai|ba|tư|năm|sáu|bảy)|chủ nhật|[a-z]{3,9}(?= \d))\b)+"
)
_UPDATE_LINE = re.compile(
    r"^(?:(?:ngày|thời gian|thời điểm|lần) )?(?:cập nhật|cập nhập|sửa|chỉnh sửa|sửa đổi|hiệu chỉnh)"
    r"(?: (?:lần )?cuối(?: cùng)?| gần nhất)?(?: (?:vào|lúc|ngày))?\s*:?\s*" + _DATE_TAIL + r"$"
    r"|^(?:last (?:updated|modified|edited|revised)|updated|modified)(?: on| at)?\s*:?\s*" + _DATE_TAIL + r"$",
    re.IGNORECASE,
)
# a page's feedback box: "Bài viết có hữu ích với bạn không? Có | Không (12 người thấy hữu ích)",
# "Thông tin này có hữu ích không?", "Bạn thấy bài viết thế nào?", "Was this article helpful?
# Yes No": asks the reader about the page, which no article's sentence does
_FEEDBACK = re.compile(
    r"^(?:(?:bài viết|bài|thông tin|nội dung|tin bài|trang)(?: này| trên)? có (?:hữu ích|giúp ích)"
    r"(?: (?:với|cho) (?:bạn|quý vị|bạn đọc|người đọc))?(?: không)?"
    r"|bạn (?:thấy|đánh giá) (?:bài viết|thông tin|nội dung|trang)(?: này)? (?:có (?:hữu ích|giúp ích)(?: không)?|thế nào|như thế nào)"
    r"|(?:was|is|did you find) (?:this|the) (?:article|page|post|information|content) (?:helpful|useful))\s*\??"
    r"(?:[\s|/·•-]*(?:có|không|yes|no)\b(?:\s*\(\d+\))?)*"
    r"(?:[\s|/·•-]*\(?\d[\d.,]*\s*(?:người|lượt|people)[^()]{0,30}\)?)?\s*[.!]?$",
    re.IGNORECASE,
)
_TICKER_SEP = re.compile(r"\s[•·|]\s")
# a gallery's counter ("2/5")
_COUNT_OF = re.compile(r"^\d{1,2}\s*/\s*\d{1,2}$")
_LIST_TAIL_WORDS = 30
PROSE_WORDS = 15  # a line this long is a paragraph of the text  # lines after a "Tin liên quan" heading longer than this are text
_SECTION_WINDOW = 20


# a row of tools: "In bài | Gửi email | Quay lại | Về đầu trang", "Print · Email · Share"
_TOOL = re.compile(
    r"^(?:in|print|email|e-mail|share|chia sẻ|facebook|zalo|twitter|x|tweet|lưu|lưu tin|góp ý"
    r"|phản hồi|cỡ chữ|a\+|a-|tăng cỡ chữ|giảm cỡ chữ|back|top"
    # the pointers to the section's previous and next article and the article's place among
    # them, without their titles ("« Tin trước | Tin 3/27 | Tin sau »", "Bài trước · Bài sau")
    r"|(?:tin|bài)(?: viết)? (?:trước|sau|tiếp(?: theo)?|kế tiếp)|(?:tin|bài)\s*\d{1,4}\s*/\s*\d{1,4}"
    r"|previous|next)\s*:?$",
    re.IGNORECASE,
)
# the section field opening the template's meta row ("Chuyên mục: Văn hóa - Giáo dục | Mã tin:
# 1179"): a row of tools and counts after it is the row's (the section's name may hold " - ")
_SECTION_FIELD = re.compile(r"^(?:chuyên mục|danh mục|thể loại)\s*:\s*[^|:·•]{1,60}?\s*[|·•]\s*(?=\S)", re.IGNORECASE)
_TOOL_SEP = re.compile(r"\s*[|·•«»↑↓←→]\s*|\s+-\s+")
# the phrases of a tool row written without separators ("« Quay lại Lên đầu trang",
# "Cỡ chữ: A- A A+"): the row is these phrases and nothing else
_TOOL_WORDS = re.compile(
    r"(?:in bài viết|in bài|in trang|bản in|gửi email|gửi e-mail|gửi bài viết|gửi cho bạn bè"
    r"|chia sẻ|lên đầu trang|về đầu trang|đầu trang|quay lại|trở về|trở lại|cỡ chữ|tăng cỡ chữ"
    r"|giảm cỡ chữ|biểu quyết|xem kết quả|facebook|zalo|twitter|email|print|share|back|top|a\+|a-|a)\s*:?",
    re.IGNORECASE,
)


def _tool_phrases(part: str) -> bool:
    """``part`` is a run of tool phrases alone, two at least."""
    rest, n = part.strip(), 0
    while rest:
        match = _TOOL_WORDS.match(rest)
        if match is None or not match.group(0).strip():
            return False
        rest, n = rest[match.end() :].lstrip(" «»↑↓←→"), n + 1
    return n >= 2


# a poster's field naming the CMS account that posted ("Người đăng: admin", "Đăng bởi: host")
_POSTER = re.compile(r"^(?:người đăng(?: tin| bài)?|đăng bởi|người cập nhật)\s*:?\s*(\S.*?)\s*$", re.IGNORECASE)


def _poster_account(part: str) -> bool:
    """A poster's field naming a CMS account, no person: a field of the template's meta row
    ("Người đăng: admin | Lượt xem: 26"), never a writer's byline."""
    match = _POSTER.match(part)
    return match is not None and is_junk_author(match.group(1))


def _tool_row(line: str, updates: bool = False) -> bool:
    """A row of tools ("In bài | Gửi email | Quay lại"); with ``updates``, a revision's day may
    be one of its fields ("Số lần xem: 2.508 - Sửa lần cuối: 14:10 06/03/2024": the block's own
    line, but not sure chrome to the foot date search, ``chrome_kind``, as :data:`_UPDATE_LINE`)."""
    line = line.strip()
    section = _SECTION_FIELD.match(line)
    if section:  # (its fields after it: at least one)
        line = line[section.end() :]
    parts = [p for p in _TOOL_SEP.split(line) if p]
    if len(parts) == 1 and not section:
        return _tool_phrases(parts[0])
    # (a CMS account's poster field beside a counter is the same row: "Người đăng: admin |
    # Lượt xem: 26"; never a row of poster fields alone)
    return len(parts) >= (1 if section else 2) and all(
        _FURNITURE.match(p) or _TOOL.match(p) or _COUNTER.match(p) or _tool_phrases(p) or _poster_account(p)
        or (updates and _UPDATE_LINE.match(p))
        for p in parts
    ) and not all(_poster_account(p) for p in parts)


def chrome_kind(line: str) -> str | None:
    """ "strong" for sure-chrome lines, "weak" for footer contact lines, else None."""
    if len(line) > 300:
        return None
    if _COUNTER.match(line) or _STRONG.match(line) or _FURNITURE.match(line) or _PAGER.match(line):
        return "strong"
    if _TAGS_SHARE.match(line):
        return "strong"
    if len(line) <= 120 and (_tool_row(line) or _RATING.match(line) or _FILE_NAME.match(line)):
        return "strong"
    if _PLAYER.match(line) or _READER.match(line) or (len(line) <= 200 and (_NOTICE.match(line) or _GALLERY.match(line))):
        return "strong"
    if len(line) <= 200 and _FEEDBACK.match(line):
        return "strong"  # the page's feedback box, wherever it stands at the edge
    if len(line) <= 240 and (_COMMENT_BOX.match(line) or _CALL.match(line)):
        return "strong"  # a comment box's or the edition's own lines, at the text's edge
    if _READING_NOTE.match(line):
        return "strong"  # "Bạn đang đọc bài viết “<title>” tại chuyên mục ..."
    if _CONTACT.match(line) or _FORM_LABEL.match(line) or not _WORD.search(line):
        return "weak"  # (a line of punctuation alone: a select's "--", a rule "* * *")
    return None


CAPTION_WORDS = 4


def _sentence(line: str) -> bool:
    return len(line.split()) >= CAPTION_WORDS


def _tool_item(line: str) -> bool:
    """One tool alone ("A+", "In bài", "Quay lại", "Đầu trang")."""
    return len(line) <= 30 and bool(
        _TOOL.match(line) or _FURNITURE.match(line) or _tool_phrases(line) or _TOOL_WORDS.fullmatch(line)
    )


# counts behind icons with no word ("<i.fa-eye></i> 1.234 <i.fa-comments></i> 0" reads "1.234 0"):
# one to three bare numbers, the text's only such line, among the short lines outside its prose
# (a table's cells read as lines, a standings table's "38", "0", "0", are many such lines)
_BARE_COUNTS = re.compile(r"^\d[\d.,]*(?:\s+\d[\d.,]*){0,2}$")


def tool_line(line: str) -> bool:
    """A line of the article block's own tools: a view count, a tool, share or tag row, a
    rating, a document's bare file name, a player's placeholder, a comment box's notice (not
    a footer's ©, nor a heading that may be the text's)."""
    if len(line) > 120:
        return False
    return bool(
        _COUNTER.match(line) or _TAGS_SHARE.match(line) or _tool_row(line) or _RATING.match(line)
        or _RATING_LABEL.match(line) or _FILE_NAME.match(line) or _PLAYER.match(line) or _READER.match(line)
        or _NOTICE.match(line) or _COUNT_OF.match(line) or _PAGER.match(line) or _ATTACH_HEAD.match(line)
        or _UPDATE_LINE.match(line) or _tool_row(line, updates=True)
        # a comment box's own line (its moderation notice, its empty state) among the tail's
        # short lines, where a caption the extractor moved under it ends the edge run
        or _COMMENT_BOX.match(line)
    )  # fmt: skip


def section_heading(line: str) -> bool:
    """``line`` heads a list of other pages under the text ("Tin liên quan", "Văn bản liên
    quan", "Ý kiến bạn đọc"): what follows it is not the page's own."""
    return bool(_SECTION.match(line))


def without_sections(lines: list[str]) -> list[str]:
    """``lines`` without each list of other pages: a :func:`section_heading` and the short
    lines under it (:data:`_LIST_TAIL_WORDS` words at most each, up to the next longer line).
    A box's column heads ("Số ký hiệu", "Trích yếu", "Ngày ban hành" in a "Văn bản liên
    quan" table) are not fields of the page."""
    out: list[str] = []
    skipping = False
    for line in lines:
        if section_heading(line):
            skipping = True
            continue
        if skipping and len(line.split()) <= _LIST_TAIL_WORDS:
            continue
        skipping = False
        out.append(line)
    return out


def vocabulary(line: str) -> bool:
    """``line`` is in chrome's vocabulary: a sure chrome line, a tool of the block, a section
    heading of other articles' lists ("Tin liên quan", "Ý kiến bạn đọc")."""
    return chrome_kind(line) == "strong" or tool_line(line) or _tool_item(line) or bool(_SECTION.match(line))


def own_tool(line: str) -> bool:
    """A line of the block's own tools no article sentence writes, whatever the page: a view
    count, a tag or share row, a tool row, a rating, a player's or audio reader's labels (not
    a notice, a pager or a file name, which an article may end with)."""
    return reading_note(line) or len(line) <= 120 and bool(
        _COUNTER.match(line) or _TAGS_SHARE.match(line) or _tool_row(line) or _RATING.match(line)
        or _RATING_LABEL.match(line) or _PLAYER.match(line) or _READER.match(line) or _UPDATE_LINE.match(line)
        or _tool_row(line, updates=True) or _FEEDBACK.match(line)
    )  # fmt: skip


def strip_model_chrome(
    paragraphs: list[str], learned: Callable[[str], bool], anchors: list[str] | None = None, tools: bool = True
) -> tuple[list[str], list[str]]:
    """The edge filter on a site model's body element, held to stronger evidence than on
    the generic extractor's text (the element is the site's own: what it holds at its edges is
    the article's unless the site says otherwise). ``paragraphs`` still hold the site's learned
    chrome lines (``learned`` tells them), so a learned "Tin liên quan" heading is there for
    the section rule to take the titles under it. :func:`strip_chrome`'s removals are taken run
    by run (consecutive lines): a run anchored by a line that is chrome's vocabulary and learned
    (the same line on several pages of the site) loses its lines that bear chrome's mark
    themselves (:func:`_marked`: a link's text, a form's label, a tool; a signature or a
    sentence the audit of the page alone cannot tell stays); with ``tools``, a run whose every
    line is one of the block's own tools (:func:`own_tool`) goes too; any other run stays
    whole. Learned lines go wherever they are. Returns (kept, removed), both in text order."""
    flags = [learned(p) for p in paragraphs]
    marked = _removed_indices(paragraphs, anchors)
    drop = {i for i, f in enumerate(flags) if f}
    runs: list[list[int]] = []
    for i in sorted(marked | drop):
        if runs and runs[-1][-1] == i - 1:
            runs[-1].append(i)
        else:
            runs.append([i])
    for run in runs:
        edge = [i for i in run if i in marked]
        if not edge:
            continue
        anchored = any(flags[i] and vocabulary(paragraphs[i]) for i in run)
        if anchored:  # lines with chrome's evidence of their own (a signature under the block stays)
            drop.update(i for i in edge if flags[i] or _marked(paragraphs[i], anchors))
        elif tools and all(own_tool(paragraphs[i]) or flags[i] for i in edge):
            drop.update(edge)
    kept = [p for i, p in enumerate(paragraphs) if i not in drop]
    removed = [p for i, p in enumerate(paragraphs) if i in drop]
    return kept, removed


def _marked(line: str, anchors: list[str] | None) -> bool:
    """``line`` bears chrome's mark itself: its vocabulary, a form's bare label, a link's
    text (another article's title), no word at all."""
    return (
        vocabulary(line) or bool(_FORM_LABEL.match(line)) or not _WORD.search(line)
        or bool(anchors and linked(line, anchors))
    )  # fmt: skip


# the site's copyright note written as a paragraph of the column ("Bản quyền thuộc Cổng TTĐT
# tỉnh. Ghi rõ nguồn "Cổng TTĐT tỉnh" khi phát hành lại thông tin từ website này."): it opens
# with the copyright and tells how to reuse the site's own texts, which no article does
_COPYRIGHT_NOTE = re.compile(
    r"^(?:©|\(c\)\s|copyright\b|bản quyền (?:thuộc|©|\(c\))|(?:nội dung|bài viết|thông tin|tin bài)(?: này)? thuộc bản quyền\b)"
    r".{0,200}\b(?:phát hành lại|(?:website|trang web|cổng thông tin|trang thông tin)(?: điện tử)? này)\b",
    re.IGNORECASE,
)


def copyright_note(line: str) -> bool:
    """The site's copyright note (:data:`_COPYRIGHT_NOTE`), however long: at 20 words and
    more it is prose to the edge filter, and it stands above the signature as often as under
    it (benchmarks/chrome_audit.py, copyright: 28 of 132 leaked lines)."""
    return len(line) <= 300 and bool(_COPYRIGHT_NOTE.match(line))


def placeholder(line: str) -> bool:
    """A media player's placeholder or a browser's fallback text ("Loading the player...",
    "Trình duyệt của bạn không hỗ trợ video"), the site's copyright note
    (:func:`copyright_note`): chrome wherever it stands in the text."""
    return (
        len(line) <= 120 and bool(_PLAYER.match(line) or _READER.match(line) or _GALLERY.match(line))
    ) or copyright_note(line)


# the label of an in-text pointer to another article ("Xem thêm: <a>title</a>"): Vietnamese
# first, then the labels the public benchmarks' real pages show (English, Spanish, German,
# French, Portuguese, Polish)
READ_ALSO = re.compile(
    r"^(?:xem thêm|đọc thêm|tin liên quan|bài liên quan|bài viết liên quan|có thể bạn quan tâm"
    r"|tin cùng chủ đề|mời xem|mời đọc|xem tiếp"
    # a series' pointers to its other parts ("Kỳ tới: <a>Kỳ 2: ...</a>", "Bài tiếp theo: <a>...</a>")
    r"|kỳ tới|kỳ sau|kỳ trước|bài tới|bài tiếp(?: theo)?|bài sau|bài trước|đón đọc(?: kỳ tới| kỳ sau| bài tới)?"
    r"|read (?:also|more)|also read|see also|related(?: articles?| stories| story)?|recommended"
    r"|you may also like|more on this"
    r"|lea (?:también|más|además)|lea|lee (?:también|más)|vea también|véase también"
    r"|(?:le|te) puede interesar|también (?:puede|podría) (?:leer|interesarle)|mire|mira|ver más"
    r"|lesen sie (?:auch|mehr)|auch lesen|mehr zum thema|siehe auch|das könnte sie auch interessieren"
    r"|(?:à )?lire aussi|voir aussi|leia (?:também|mais)|veja também"
    r"|czytaj (?:także|też|również|więcej)|przeczytaj (?:także|też|również)|zobacz (?:także|też|również))"
    r"\s*[:：]\s*(?P<rest>.+)$",
    re.IGNORECASE,
)


# what may stand before a pointer's label (">> Xem thêm:", "» Đọc thêm:", "→ Xem thêm:") and
# between two pointers' titles on one line ("Xem thêm: <a>A</a>; <a>B</a>")
_POINTER_MARK = re.compile(r"^[\s>»›→•·*+–-]+")
_POINTER_SEPARATORS = re.compile(r"[\s;,|/·•.»›>–-]+")


def pointer_label(line: str) -> re.Match[str] | None:
    """The read-also label of ``line`` (:data:`READ_ALSO`), an arrow or bullet before it
    passed over (">> Xem thêm: ...", portals' CMSs print the arrows as text)."""
    return READ_ALSO.match(_POINTER_MARK.sub("", line, count=1))


# the arrow before another article's linked title, no label ("► <a>title</a>", "▸ <a>title</a>")
_ARROW = re.compile(r"^\s*(?:[►▶▸▹▻➤➢➜→»›]|>>?)\s*")
ARROW_TITLE_WORDS = 6


def arrow_mark(line: str) -> bool:
    """``line`` opens with an arrow (:data:`_ARROW`)."""
    return _ARROW.match(line) is not None


def arrow_pointer(line: str, links: set[str]) -> bool:
    """``line`` is an arrow followed by one of the page's link texts alone, a headline's
    length (:data:`ARROW_TITLE_WORDS` words or more): a pointer to another article without a
    label ("► <a>Hơn 2.300 người hưởng trợ cấp thất nghiệp</a>"), chrome wherever it stands
    (``links``: as :func:`read_also`'s, documents' links left out)."""
    match = _ARROW.match(line)
    if match is None or len(line) > 300:
        return False
    rest = line[match.end() :].strip(" .")
    return rest in links and len(rest.split()) >= ARROW_TITLE_WORDS


def bare_pointer(line: str) -> bool:
    """``line`` is a read-also label alone, its links on the lines under it ("Xem thêm:",
    ">> Tin liên quan:")."""
    label = _POINTER_MARK.sub("", line, count=1).strip()
    if len(label) > 40 or not label.endswith((":", "：")):
        return False
    match = READ_ALSO.match(label + " ·")
    return match is not None and match.group("rest") == "·"


def read_also(line: str, links: set[str]) -> bool:
    """``line`` points to other articles inside the text: a "Xem thêm:"/"Read also:"/"Lea
    también:" label (an arrow before it allowed: ">> Xem thêm:") followed by a link whose text
    is the rest of the line, or by several links' texts and only separators between them
    ("Xem thêm: <a>A</a>; <a>B</a>") (``links``: the page's link texts, as
    :func:`pipelines.content.anchors` gives them, documents' links left out, so "Xem thêm:
    Quyết định số 12" linking to the decision's file stays the article's). Other pages'
    headlines, chrome wherever they stand."""
    if len(line) > 300:
        return False
    match = pointer_label(line)
    if match is None:
        return False
    rest = match.group("rest").strip(" .»›>")
    if rest in links:
        return True
    left = rest
    for text in sorted((t for t in links if len(t) >= 4), key=len, reverse=True):
        if text in left:
            left = left.replace(text, " ")
    return left != rest and not _POINTER_SEPARATORS.sub("", left)


# a row of the post's topics as links ("Chủ đề: <a>Khởi nghiệp</a>, <a>Đổi mới sáng tạo</a>",
# "Nhãn: <a>...</a>"): a line of the text may write the label too ("Chủ đề: Phụ nữ Việt Nam tự
# tin", an event's theme), so only with every item one of the page's link texts
_TOPIC_LABEL = re.compile(r"^(?:chủ đề|nhãn|chuyên mục|danh mục)\s*:\s*(?P<rest>\S.*)$", re.IGNORECASE)


def topic_row(line: str, anchors: list[str] | None) -> bool:
    """``line`` is a labelled row of links to the post's topics (:data:`_TOPIC_LABEL`), the
    label followed by the page's link texts (``anchors``) and separators alone."""
    if not anchors or len(line) > 200:
        return False
    match = _TOPIC_LABEL.match(line)
    if match is None:
        return False
    rest = left = match.group("rest").strip()
    for text in anchors:
        if text in left:
            left = left.replace(text, " ")
    return left != rest and not _POINTER_SEPARATORS.sub("", left)


def linked(line: str, anchors: list[str]) -> bool:
    """``line`` is links' texts and little else (another page's title with its day, a
    breadcrumb, a row of links): ``anchors``, the page's link texts, longest first."""
    rest = line
    for text in anchors:
        if len(text) >= 4 and text in rest:
            rest = rest.replace(text, " ", 1)
    if len(rest) == len(line) or len(line) - len(rest) < 0.6 * len(line):
        return False
    words = [w for w in _LINK_REST.sub(" ", rest).split() if w]
    return len(words) <= 2


# what may stand beside a link's text on a linked line: a day, a count, a size, punctuation
_LINK_REST = re.compile(
    r"[\d/.:,;()\[\]|·•«»\-–—]+|\b(?:kb|mb|ngày|lúc|giờ trước|phút trước|ngày trước)\b", re.IGNORECASE
)


def _edge_run(
    paragraphs: list[str], indices: Iterable[int], anchors: list[str] | None = None
) -> list[int]:
    """The run of chrome lines at an edge: it holds a sure chrome line, or two lines or
    more that are links' texts (a list of other pages: their titles, their days)."""
    run, strong, links = [], False, 0
    for i in indices:
        kind = chrome_kind(paragraphs[i])
        if kind is None and anchors and linked(paragraphs[i], anchors):
            # a ticker's titles run together ("Tin một • Tin hai • Tin ba") are two links or more
            kind, links = "link", links + 1 + (len(_TICKER_SEP.findall(paragraphs[i])) >= 2)
        if kind is None and topic_row(paragraphs[i], anchors):
            kind = "strong"  # the post's topics as links ("Chủ đề: <a>A</a>, <a>B</a>")
        if kind is None and _tool_item(paragraphs[i]):
            kind = "tool"  # one tool of a row written one per item ("A-", "A+")
        if kind is None:
            break
        run.append(i)
        strong = strong or kind == "strong"
    return run if strong or links >= 2 else []


# another article's day beside its linked title in a list ("» Tiêu đề (05/03/2024)")
_LIST_DAY = re.compile(r"(?<!\d)\d{1,2}[/.-]\d{1,2}(?:[/.-]\d{2,4})?(?!\d)")


def _inner_list(paragraphs: list[str], anchors: list[str], drop: set[int]) -> set[int]:
    """A box of other articles inside the text (a "Tin liên quan" table between two
    paragraphs): a "Tin liên quan"-style heading and the lines right under it that are each
    one of the page's link texts, or, its heading gone (learned chrome, left out by the
    extractor), two lines or more in a row that are each a link's text with its day. Lines
    of the text never are: each must be mostly a link's text (:func:`linked`)."""
    out: set[int] = set()
    i, n = 0, len(paragraphs)
    while i < n:
        heading = i not in drop and _SECTION.match(paragraphs[i]) is not None
        run, j = [], i + 1 if heading else i
        while j < n and j not in drop and linked(paragraphs[j], anchors) and (heading or _LIST_DAY.search(paragraphs[j])):
            run.append(j)
            j += 1
        if (heading and run) or len(run) >= 2:
            out.update([i, *run] if heading else run)
            i = j
        else:
            i += 1
    return out


def strip_chrome(
    paragraphs: list[str], anchors: list[str] | None = None
) -> tuple[list[str], list[str]]:
    """Remove portal chrome at the start and end of an extracted text.

    Only edge runs are removed, never a line between two lines of real text (but a media
    player's placeholder, :func:`placeholder`); footer contact lines ("Điện thoại:",
    "Email:") and a comment form's labels go only together with a sure chrome line (©, a
    visitor counter, "Đăng nhập"), so an article that ends with a contact stays whole. A
    "Tin liên quan"-style heading near the end followed only by short lines (other
    articles' titles) is removed with those lines, and so is the next one above it (a
    portal stacks "Tin liên quan", "Bài viết cùng tác giả", a comment form). With
    ``anchors`` (the page's link texts, longest first), two lines or more that are links'
    texts make an edge run too (a list of other articles whose heading the extractor left
    out). Returns (kept, removed), both in text order."""
    drop = _removed_indices(paragraphs, anchors)
    kept = [p for i, p in enumerate(paragraphs) if i not in drop]
    removed = [p for i, p in enumerate(paragraphs) if i in drop]
    return kept, removed


def _removed_indices(paragraphs: list[str], anchors: list[str] | None = None) -> set[int]:
    """The indices :func:`strip_chrome` removes."""
    n = len(paragraphs)
    drop: set[int] = {i for i, p in enumerate(paragraphs) if placeholder(p)}
    drop.update(_edge_run(paragraphs, [i for i in range(n - 1, -1, -1) if i not in drop], anchors))
    inner = _inner_list(paragraphs, anchors, drop) if anchors else set()
    drop.update(inner)
    while True:
        end = min((i for i in drop if not placeholder(paragraphs[i]) and i not in inner), default=n)
        before = len(drop)
        for i in range(end - 1, max(-1, end - 1 - _SECTION_WINDOW), -1):
            # under a heading whose list of links was found inside the text, a line of prose
            # after that list is the text going on
            limit = PROSE_WORDS - 1 if i in inner else _LIST_TAIL_WORDS
            if _SECTION.match(paragraphs[i]) and all(
                len(paragraphs[k].split()) <= limit for k in range(i + 1, end) if i not in inner or k not in inner
            ):
                drop.update(range(i, end))
                drop.update(
                    _edge_run(
                        paragraphs, [k for k in range(i - 1, -1, -1) if k not in drop], anchors
                    )
                )
                break
        if len(drop) == before:
            break
    end = min((i for i in drop if not placeholder(paragraphs[i]) and i not in inner), default=n)
    drop.update(_edge_run(paragraphs, [k for k in range(end) if k not in drop], anchors))
    # among the short lines before the text's first paragraph of prose and after its last
    # (a tool row between the title and the date line, tags under the signature), the
    # block's tools
    prose = [i for i in range(n) if i not in drop and len(paragraphs[i].split()) >= PROSE_WORDS]
    if prose:
        head, tail = list(range(prose[0])), list(range(prose[-1] + 1, n))
        drop.update(i for i in head + tail if tool_line(paragraphs[i]) or topic_row(paragraphs[i], anchors))
        bare = [i for i in range(n) if _BARE_COUNTS.match(paragraphs[i])]
        if len(bare) == 1 and bare[0] in head + tail:
            drop.add(bare[0])
        # a row of tools written one per item ("A-", "A", "A+", "In bài", "Quay lại"): two
        # such lines or more in a row
        for edge in (head, tail):
            run: list[int] = []
            for i in [*edge, -1]:
                if i >= 0 and i not in drop and _tool_item(paragraphs[i]):
                    run.append(i)
                    continue
                if len(run) >= 2:
                    drop.update(run)
                run = []
        # a gallery strip repeats the text's captions (after it, or above it where the
        # extractor moved it): a second copy is not text (a caption is a phrase; a table's
        # cells, "Finale", "LF 7,8", repeat as they may)
        later = {paragraphs[i] for i in range(prose[0], n) if i not in drop}
        drop.update(i for i in head if paragraphs[i] in later and _sentence(paragraphs[i]))
        seen = {paragraphs[i] for i in range(prose[0], prose[-1] + 1) if i not in drop}
        drop.update(i for i in tail if paragraphs[i] in seen and _sentence(paragraphs[i]))
    return drop
