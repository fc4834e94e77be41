"""Article body: paragraphs from an element (block-level walk), from trafilatura's output
tree, and the generic chrome filter for pages extracted without a site profile."""

from __future__ import annotations

import re

from lxml.html import HtmlElement

from pipelines.dom import DROP_TAGS, clean

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
) -> list[str]:
    """Paragraphs of ``root`` as a reader sees them: one per block element, ``<br>``
    splits lines, inline elements joined, image alt text ignored, whitespace collapsed,
    empty lines dropped, NFC."""
    lines: list[str] = []
    buf: list[str] = []

    def flush() -> None:
        text = clean("".join(buf))
        if text:
            lines.append(text)
        buf.clear()

    def visit(node: HtmlElement) -> None:
        tag = node.tag if isinstance(node.tag, str) else ""
        if not tag or tag in skip:
            return
        if tag in breaks:
            flush()
            return
        block = tag in blocks
        if block:
            flush()
        if node.text:
            buf.append(node.text)
        for child in node:
            visit(child)
            if child.tail:
                buf.append(child.tail)
        if block:
            flush()

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
    r"|(?:số )?lượt truy cập|(?:tổng )?lượt xem|lượt đọc|truy cập)\s*:?\s*[\d.,\s]*$",
    re.IGNORECASE,
)
_STRONG = re.compile(
    r"^(?:©|\(c\)\s|copyright\b|bản quyền\b|chịu trách nhiệm\b|giấy phép\b|cơ quan chủ quản\b"
    r"|trưởng ban biên tập\b|ghi rõ nguồn\b|thiết kế bởi\b|phát triển bởi\b|trang chủ\b)",
    re.IGNORECASE,
)
# short lines that are portal furniture when they stand alone at the edge of the text
_FURNITURE = re.compile(
    r"^(?:thống kê truy cập|đăng nhập|đăng ký|đăng xuất|in bài viết|in bài|in trang|bản in"
    r"|gửi email|gửi e-mail|gửi bài viết|gửi cho bạn bè|chia sẻ(?: facebook| bài viết)?"
    r"|lên đầu trang|về đầu trang|đầu trang|quay lại|trở về|xem thêm|bình luận|ý kiến bạn đọc"
    r"|liên kết website|liên kết web|sơ đồ (?:site|trang|cổng)|tìm kiếm"
    r"|tin liên quan|bài viết liên quan|các tin (?:liên quan|khác|đã đưa)|tin khác"
    r"|tin cùng chuyên mục|tin mới|tin mới nhất|tin đọc nhiều|tin xem nhiều|thông tin mới nhất"
    r"|đọc nhiều nhất|xem nhiều nhất)\s*[:.!…]*$",
    re.IGNORECASE,
)
# an article's tag row and share row: "Từ khóa: lễ hội, dân ca", "Chia sẻ: Facebook Zalo"
_TAGS_SHARE = re.compile(
    r"^(?:(?:từ khóa|từ khoá|tags?|thẻ)\s*:.{0,150}"
    r"|chia sẻ\s*:?(?:[\s,|·]*(?:facebook|zalo|twitter|email|e-mail)\b)+[\s,|·]*)$",
    re.IGNORECASE,
)
# a pager: "Trang: 1 2 3"
_PAGER = re.compile(r"^(?:trang|page)\s*:?\s*\d+(?:\s+\d+)*$", re.IGNORECASE)
# section headings after which a portal lists other articles' titles
_SECTION = re.compile(
    r"^(?:tin liên quan|bài viết liên quan|các tin (?:liên quan|khác|đã đưa)|tin khác"
    r"|tin cùng chuyên mục|thông tin mới nhất|tin mới nhất|tin mới|tin đọc nhiều)\s*:?$",
    re.IGNORECASE,
)
# contact lines of a footer: chrome only next to a strong chrome line
_CONTACT = re.compile(
    r"^(?:địa chỉ|trụ sở|điện thoại|đt|tel|fax|e-?mail|hotline|website)\s*:", re.IGNORECASE
)
_LIST_TAIL_WORDS = 30  # lines after a "Tin liên quan" heading longer than this are text
_SECTION_WINDOW = 20


# a row of tools: "In bài | Gửi email | Quay lại | Về đầu trang", "Print · Email · Share"
_TOOL = re.compile(
    r"^(?:in|print|email|e-mail|share|chia sẻ|facebook|zalo|twitter|x|tweet|lưu|lưu tin|góp ý"
    r"|phản hồi|cỡ chữ|a\+|a-|tăng cỡ chữ|giảm cỡ chữ|back|top)\s*:?$",
    re.IGNORECASE,
)
_TOOL_SEP = re.compile(r"\s*[|·•]\s*|\s+-\s+")


def _tool_row(line: str) -> bool:
    parts = [p for p in _TOOL_SEP.split(line.strip()) if p]
    return len(parts) >= 2 and all(_FURNITURE.match(p) or _TOOL.match(p) for p in parts)


def chrome_kind(line: str) -> str | None:
    """ "strong" for sure-chrome lines, "weak" for footer contact lines, else None."""
    if len(line) > 300:
        return None
    if _COUNTER.match(line) or _STRONG.match(line) or _FURNITURE.match(line) or _PAGER.match(line):
        return "strong"
    if _TAGS_SHARE.match(line):
        return "strong"
    if len(line) <= 120 and _tool_row(line):
        return "strong"
    if _CONTACT.match(line):
        return "weak"
    return None


def _edge_run(paragraphs: list[str], indices: range) -> list[int]:
    run, strong = [], False
    for i in indices:
        kind = chrome_kind(paragraphs[i])
        if kind is None:
            break
        run.append(i)
        strong = strong or kind == "strong"
    return run if strong else []


def strip_chrome(paragraphs: list[str]) -> tuple[list[str], list[str]]:
    """Remove portal chrome at the start and end of an extracted text.

    Only edge runs are removed, never a line between two lines of real text; footer
    contact lines ("Điện thoại:", "Email:") go only together with a sure chrome line
    (©, a visitor counter, "Đăng nhập"), so an article that ends with a contact stays
    whole. A "Tin liên quan"-style heading near the end followed only by short lines
    (other articles' titles) is removed with those lines.
    Returns (kept, removed), both in text order."""
    n = len(paragraphs)
    drop: set[int] = set(_edge_run(paragraphs, range(n - 1, -1, -1)))
    end = min(drop) if drop else n
    for i in range(end - 1, max(-1, end - 1 - _SECTION_WINDOW), -1):
        if _SECTION.match(paragraphs[i]) and all(
            len(p.split()) <= _LIST_TAIL_WORDS for p in paragraphs[i + 1 : end]
        ):
            drop.update(range(i, end))
            drop.update(_edge_run(paragraphs, range(i - 1, -1, -1)))
            break
    end = min(drop) if drop else n
    drop.update(_edge_run(paragraphs, range(end)))
    kept = [p for i, p in enumerate(paragraphs) if i not in drop]
    removed = [p for i, p in enumerate(paragraphs) if i in drop]
    return kept, removed
