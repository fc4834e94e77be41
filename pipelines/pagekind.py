"""What a page is by its URL, its heading or its labelled fields, when it is not an article.

Shared by the single-page classifier (:mod:`pipelines.classify`) and the site inference
(:mod:`pipelines.inference.pagetypes`): Vietnamese portals name their pages alike whatever
their software ("tim-kiem", "dang-nhap", "lich-cong-tac", "hoi-dap", "tac-gia", "/tag/"),
and a record page shows its fields as labels ("Số ký hiệu", "Trình tự thực hiện").

- :func:`url_kind`: login, search, tag, author, qa, print, language (another language than
  Vietnamese), calendar (work schedules, date archives, calendar keys), or None;
- :func:`form_kind`: document, procedure, a person's profile, qa, a draft open for comments,
  a citizen's report, a tender, a calendar's event, a unit, a project offered to investors
  (three labels or more of one kind; the last three only when their fields are most of the text);
- :func:`static_kind`: introduction, contact, organisation, site map, policy pages by their
  URL's last segment or their heading (for undated pages);
- :func:`home_url`: the home page under another name (``/Default.aspx``, ``/trang-chu``).
"""

from __future__ import annotations

import re
import unicodedata
from urllib.parse import parse_qsl, unquote, urlsplit

from lxml.html import HtmlElement

from pipelines.dom import breadcrumb, clean, text_of

LOGIN = re.compile(r"log-?in|sign-?in|dang-?nhap|dangnhap|/c/portal/login|/user/login", re.I)
SEARCH = re.compile(r"tim-?kiem|timkiem|(?<![a-z])search(?![a-z])|tra-?cuu-?tin|/ket-qua-tim", re.I)
SEARCH_KEYS = {"q", "s", "keyword", "keywords", "tukhoa", "tu-khoa", "searchtext", "query",
               "search", "k", "key", "txtsearch", "kw"}  # fmt: skip
TAG = re.compile(r"/(?:tag|tags|tu-khoa|tukhoa|the|chu-de-tag)/", re.I)
AUTHOR = re.compile(r"/(?:tac-?gia|author|authors|itemlist/user|nguoi-viet|butdanh|but-danh)/", re.I)
QA = re.compile(r"hoi-?dap|hoidap|/faq|hoi-dap-truc-tuyen|giai-dap", re.I)
PRINT = re.compile(
    r"(?<![a-z])print(?!er|s\b)|(?-i:[a-z]Print)|/in(?:/|\.[a-z]{2,5}\b)|(?<![a-z])in-?bai(?![a-z])"
    r"|(?<![a-z])in-?tin(?![a-z])|(?<![a-z])ban-?in(?![a-z])|tmpl=component",
    re.I,
)
LANG_KEYS = {"lang", "language", "languageid", "locale", "ln", "hl", "culture"}
# another language than the site's own (Vietnamese): "/vi/..." or "?lang=vi" is the site
# itself (many portals put every page under /vi/), a copy of it at most
LANG_SEGMENT = re.compile(
    r"^(?:en|fr|zh|cn|ja|jp|ko|kr|ru|de|lo|km|es|en-us|en-gb|en_us|fr-fr|zh-cn|ja-jp|ko-kr)$", re.I
)
OWN_LANG = re.compile(r"^vi(?:[-_]vn)?$", re.I)
# work schedules ("Lịch công tác" of the week, every week a page; the links never end) and
# event calendars by year ("/events/2024"; "/event/7538072" is one event's page, an id)
SCHEDULE = re.compile(
    r"lich-?cong-?tac|lich-?lam-?viec|lich-?tuan|lichct|/calendar(?:[/.?]|$)|/events?/(?:19|20)\d{2}(?!\d)",
    re.I,
)
SCHEDULE_HEAD = re.compile(r"^(?:lịch công tác|lịch làm việc|lịch tuần|lịch tiếp công dân)\b", re.I)
# a login page's heading, the whole of it ("Đăng nhập", "Đăng nhập hệ thống"): an opaque URL
# (``?tabid=419``) says nothing, and the article template's chrome (view count, update
# line, comment form) gives the form's few words an article's length
LOGIN_HEAD = re.compile(
    r"^\s*(?:đăng nhập(?: hệ thống| tài khoản)?|login|log in|sign in)\s*$", re.I
)
CAL_KEYS = {"year", "month", "day", "date", "nam", "thang", "ngay", "tuan", "week", "d", "m", "y"}
# a date archive: /2024/, /2024/03/, /2024/03/28/ (nothing else in the path), ?m=202403
_DATE_PATH = re.compile(r"^/(?:[a-z-]+/)?(?:19|20)\d{2}(?:/(?:0?[1-9]|1[0-2]))?(?:/\d{1,2})?/?$")
_HOME_PATH = re.compile(
    r"^/(?:default|index|home|trang-?chu|trangchu|portal|main)(?:\.[a-z]{2,5})?/?$|^/tabid/\d+/default\.aspx$"
    # Liferay's site (group) home without a virtual host: /web/guest, /web/<group>/trang-chu
    r"|^/web/[a-z0-9_.-]+(?:/(?:home|trang-?chu|trangchu))?/?$",
    re.I,
)
# slug words of static pages: Vietnamese ones also as the head or tail of a longer slug
# ("gioi-thieu-chung", "lien-he-gop-y"); English ones only as the whole slug ("about-the-
# vote" is an article's slug)
_STATIC_WORDS = (
    "gioi-thieu", "gioithieu", "lien-he", "lienhe", "so-do", "sodo", "chuc-nang", "chucnang",
    "nhiem-vu", "co-cau", "cocau", "to-chuc-bo-may", "bo-may", "lanh-dao", "ban-lanh-dao",
    "lich-su", "dieu-khoan", "chinh-sach-bao-mat", "ban-quyen", "huong-dan-su-dung", "gop-y",
    "duong-day-nong",
)  # fmt: skip
_STATIC_SLUGS = ("about", "about-us", "contact", "contact-us", "privacy", "privacy-policy",
                 "terms", "terms-of-use", "terms-of-service", "site-map", "sitemap", "imprint")  # fmt: skip
# an English edition's introduction section, as a whole segment before the page's own
_STATIC_SECTIONS = ("about", "about-us", "introduction")
_STATIC_HEADS = (
    "giới thiệu", "giới thiệu chung", "liên hệ", "sơ đồ cổng", "sơ đồ trang", "sơ đồ site",
    "sơ đồ website", "chức năng, nhiệm vụ", "chức năng nhiệm vụ", "chức năng, nhiệm vụ, quyền hạn",
    "cơ cấu tổ chức", "tổ chức bộ máy", "ban lãnh đạo", "lãnh đạo", "lịch sử", "lịch sử phát triển",
    "thông tin liên hệ", "góp ý", "chính sách bảo mật", "điều khoản sử dụng", "bản quyền",
    "đường dây nóng",
    # a portal's service sections: the document library, the administrative procedures
    "văn bản", "văn bản pháp luật", "văn bản quy phạm pháp luật", "văn bản chỉ đạo điều hành",
    "thủ tục hành chính", "dịch vụ công",
    # the same sections on a portal's English edition, named the English way (on the same
    # CMS, every item dated: "Posted: 10/01/2023" over "Functions and tasks")
    "about", "about us", "introduction", "overview", "general introduction", "contact", "contact us",
    "contact information", "sitemap", "site map", "functions and tasks", "functions, tasks and powers",
    "functions, duties and powers", "functions and duties", "functions, duties, powers and organizational structure",
    "organizational structure", "organisational structure", "organization chart", "organizational chart",
    "organisation chart", "leadership", "history", "privacy policy", "terms of use", "hotline",
    "legal documents", "administrative procedures", "online public services",
)  # fmt: skip


def url_kind(url: str) -> str | None:
    """What a URL says its page is (a page that is not an article), or None."""
    parts = urlsplit(url)
    path = parts.path
    keys = {k.lower(): v for k, v in parse_qsl(parts.query, keep_blank_values=True)}
    if LOGIN.search(path):
        return "login"
    if SEARCH.search(path) or SEARCH_KEYS & set(keys):
        return "search"
    if TAG.search(path + "/") or "tag" in keys:
        return "tag"
    if AUTHOR.search(path + "/"):
        return "author"
    if QA.search(path):
        return "qa"
    if PRINT.search(path + ("?" + parts.query if parts.query else "")) or {"print", "in"} & set(
        keys
    ):
        return "print"
    segments = [s for s in path.split("/") if s]
    foreign = [k for k in LANG_KEYS & set(keys) if not OWN_LANG.match(keys[k] or "vi")]
    if foreign or (segments and LANG_SEGMENT.match(segments[0])):
        return "language"
    cal = [k for k in keys if k in CAL_KEYS and _calendar_value(k, keys[k] or "")]
    if cal or SCHEDULE.search(path) or _DATE_PATH.match(path):
        return "calendar"
    return None


def _calendar_value(key: str, value: str) -> bool:
    """A date, year or week number (``?tuan=10&nam=2024``, ``?m=202403``); a one-letter key
    only with a year in it (``?d=12`` is more often an id)."""
    if not re.match(r"^\d[\d/-]*$", value):
        return False
    return len(key) > 1 or bool(re.match(r"^(?:19|20)\d{2}(?:\d{2}){0,2}$", value))


def home_url(url: str) -> bool:
    """The home page under one of its other names (``/Default.aspx``, ``/index.php``,
    ``/trang-chu``, Liferay's ``/web/guest``; DotNetNuke's ``/tabid/36/Default.aspx`` is not: a tab is a page)."""
    parts = urlsplit(url)
    return not parts.query and bool(_HOME_PATH.match(parts.path)) and "tabid" not in parts.path.lower()


def _folded(text: str) -> str:
    """Lower case without diacritics (đ -> d), for URL slugs."""
    decomposed = unicodedata.normalize("NFD", text.casefold().replace("đ", "d"))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def static_kind(url: str, heading: str | None) -> bool:
    """An introduction, contact, organisation, site map or policy page, by the last segment
    of its URL, the section it sits in ("/gioi-thieu/<page>") or its heading (for a page
    with no date: such pages have none)."""
    path = unquote(urlsplit(url).path).rstrip("/")
    segments = [_folded(s.rsplit(".", 1)[0]) for s in path.split("/") if s]
    if len(segments) >= 2 and segments[-1].isdigit():
        segments.pop()  # "/lanh-dao/3": a page of the section, by its number
    last = segments[-1] if segments else ""
    if last in _STATIC_SLUGS or (
        last and any(last == w or last.startswith(w + "-") or last.endswith("-" + w) for w in _STATIC_WORDS)
    ):
        return True
    if len(segments) >= 2 and (segments[-2] in _STATIC_WORDS or segments[-2] in _STATIC_SECTIONS):
        # a page of the "Giới thiệu" section: "/gioi-thieu/tong-quan.html"; of an English
        # edition's "About" section: "/about/overview.html" (the whole segment)
        return True
    head = clean(heading or "").casefold().rstrip(" .:")
    return head in _STATIC_HEADS


# a static page's name opening a longer headline, then the unit the page is about (with "của"
# or "về" or not): "Giới thiệu chung xã Tân Hòa", "Chức năng, nhiệm vụ của Ủy ban nhân dân xã",
# "Lịch sử Đảng bộ huyện ...", "Quy chế hoạt động của Trang thông tin điện tử ..." (a CMS that
# stores every page as a dated news item shows them under a date)
_STATIC_OPENERS = (
    "giới thiệu chung", "giới thiệu khái quát", "giới thiệu", "khái quát", "tổng quan",
    "chức năng, nhiệm vụ, quyền hạn", "chức năng, nhiệm vụ và quyền hạn", "chức năng, nhiệm vụ",
    "chức năng nhiệm vụ", "cơ cấu tổ chức", "sơ đồ tổ chức", "tổ chức bộ máy",
    "lịch sử hình thành và phát triển", "lịch sử hình thành", "quá trình hình thành và phát triển",
    "lịch sử phát triển", "lịch sử", "quy chế hoạt động", "thông tin liên hệ", "liên hệ",
)  # fmt: skip
_UNIT_WORDS = (
    "xã", "phường", "thị trấn", "huyện", "quận", "thị xã", "tỉnh", "thành phố", "sở", "ủy ban",
    "ubnd", "hội đồng nhân dân", "hđnd", "đảng bộ", "huyện ủy", "tỉnh ủy", "thành ủy", "đảng ủy",
    "trung tâm", "chi cục", "văn phòng", "cơ quan", "đơn vị", "bệnh viện", "cổng thông tin",
    "trang thông tin", "ban quản lý", "ban biên tập",
)  # fmt: skip
_STATIC_OPENER = re.compile(
    r"^(?:" + "|".join(re.escape(o) for o in _STATIC_OPENERS) + r")"
    r"(?:\s+(?:của|về))?\s+(?:" + "|".join(re.escape(u) for u in _UNIT_WORDS) + r")(?:\s|$)"
)
STATIC_HEADLINE_WORDS = 16  # a static page's headline is its name and its unit's, no sentence


def static_heading(heading: str | None) -> bool:
    """The headline names a static page, dated or not: a section's name alone ("Liên hệ",
    "Giới thiệu chung") or a static page's name before the unit it is about ("Giới thiệu
    chung xã Tân Hòa", "Chức năng, nhiệm vụ của Ủy ban nhân dân xã", "Quy chế hoạt động của
    Trang thông tin điện tử ..."). A news headline is a sentence about an event; it neither
    is a section's name nor opens with one before a unit."""
    head = clean(heading or "").casefold().rstrip(" .:")
    if not head or len(head.split()) > STATIC_HEADLINE_WORDS:
        return False
    return head in _STATIC_HEADS or bool(_STATIC_OPENER.match(head))


# a headline naming a person's curriculum: "Tiểu sử đồng chí ...", "Tóm tắt lý lịch ông ..."
# an English edition's: "Biography of ...", "Curriculum vitae ...", or the leader's post and name
# alone, nothing after them ("Minister Tran Van Son", "Deputy Minister Nguyen Hoang Hiep"; news
# about the leader goes on: "Minister Tran Van Son visits ...")
PROFILE_HEAD = re.compile(
    r"^(?i:(?:tóm tắt\s+)?(?:tiểu sử|lý lịch|lí lịch)(?:\s|$)|(?:biography|curriculum vitae|profile)\b)"
    # (the name's words capitalised, case-sensitive)
    r"|^(?:(?:Deputy|Vice|First Vice|Permanent Vice)\s+)?(?:Prime\s+)?(?:Minister|Chairman|Chairwoman|Chairperson"
    r"|Secretary|Director|Director General|President|Governor|Mayor)\s+(?:[A-ZĐ][\w'-]*\s+){1,4}[A-ZĐ][\w'-]*$"
)


_CRUMB_HOME = re.compile(r"^(?:trang chủ|trang chu|home|trang nhất)$", re.I)
_CRUMB_SPLIT = re.compile(r"\s*[›»>/]\s*")
CRUMB_REACH = 3  # blocks up from the home link a breadcrumb spans


def last_crumb(tree: HtmlElement) -> str | None:
    """The last crumb of the page's breadcrumb ("Trang chủ > Giới thiệu": "Giới thiệu"),
    the page's own name where its title is the site's banner (a table layout), or None:
    the first block around a "Trang chủ" link that :func:`pipelines.dom.breadcrumb` accepts."""
    for a in tree.iter("a"):
        if not a.get("href") or not _CRUMB_HOME.match(text_of(a)):
            continue
        for up in list(a.iterancestors())[:CRUMB_REACH]:
            if breadcrumb(up):
                crumbs = [c for c in _CRUMB_SPLIT.split(text_of(up)) if c]
                return crumbs[-1] if len(crumbs) >= 2 else None
    return None


# --- record pages: a form of labelled fields, not a text -----------------------------------

_FORM_LABELS = {
    "document": (
        "số ký hiệu", "ký hiệu", "số hiệu", "số văn bản", "ngày ban hành", "ngày hiệu lực",
        "ngày có hiệu lực", "tình trạng hiệu lực", "người ký", "cơ quan ban hành",
        "trích yếu", "loại văn bản", "hình thức văn bản", "ngày hết hiệu lực",
        # a portal's English edition labels the same record in English
        "number", "document number", "symbol", "issued date", "date of issue", "issuing date",
        "date issued", "effective date", "date of effect", "expiry date", "signed by", "signer",
        "issuing agency", "issuing authority", "issuing body", "document type", "type of document",
    ),
    "procedure": (
        "mã thủ tục", "trình tự thực hiện", "cách thức thực hiện", "thành phần hồ sơ",
        "thời hạn giải quyết", "đối tượng thực hiện", "cơ quan thực hiện", "lệ phí",
        "phí, lệ phí", "căn cứ pháp lý", "yêu cầu, điều kiện", "kết quả thực hiện",
        "mức độ dịch vụ công", "thành phần, số lượng hồ sơ", "số lượng hồ sơ", "hồ sơ gồm",
        "thời gian giải quyết", "trình tự, cách thức thực hiện",
    ),
    "profile": (
        "họ và tên", "họ tên", "ngày sinh", "năm sinh", "nơi sinh", "quê quán", "dân tộc",
        "chức vụ", "trình độ chuyên môn", "trình độ lý luận chính trị", "lý luận chính trị",
        "học hàm, học vị", "học vị", "điện thoại", "điện thoại cơ quan", "email",
    ),
    "qa": (
        "câu hỏi", "nội dung câu hỏi", "người hỏi", "người gửi", "ngày hỏi", "ngày gửi",
        "trả lời", "nội dung trả lời", "cơ quan trả lời", "đơn vị trả lời", "ngày trả lời",
    ),
    # a draft open for comments ("Lấy ý kiến dự thảo", "Góp ý dự thảo"): the period, the
    # drafting office, the summary, the draft's file; a comment form under it
    "draft": (
        "thời gian lấy ý kiến", "thời hạn lấy ý kiến", "thời gian góp ý", "thời hạn góp ý",
        "hạn góp ý", "ngày bắt đầu lấy ý kiến", "ngày kết thúc lấy ý kiến", "ngày bắt đầu",
        "ngày kết thúc", "cơ quan soạn thảo", "cơ quan chủ trì soạn thảo", "đơn vị soạn thảo",
        "đơn vị chủ trì soạn thảo", "tóm tắt nội dung", "tệp dự thảo", "file dự thảo",
        "văn bản dự thảo", "toàn văn dự thảo", "số ý kiến góp ý", "số lượt góp ý",
    ),
    # a citizen's report and how it was handled ("Phản ánh, kiến nghị": who reported, when,
    # what, the office handling it, the outcome)
    "feedback": (
        "người phản ánh", "ngày phản ánh", "nội dung phản ánh", "người kiến nghị",
        "ngày kiến nghị", "nội dung kiến nghị", "cơ quan xử lý", "đơn vị xử lý",
        "cơ quan giải quyết", "đơn vị giải quyết", "kết quả xử lý", "kết quả giải quyết",
        "ngày xử lý", "tình trạng xử lý", "ngày trả lời",
    ),
    # a tender's or a contractor selection's record ("Thông báo mời thầu", "Kết quả lựa chọn
    # nhà thầu")
    "tender": (
        "tên gói thầu", "số hiệu gói thầu", "số tbmt", "bên mời thầu", "chủ đầu tư",
        "hình thức lựa chọn nhà thầu", "phương thức lựa chọn nhà thầu", "nhà thầu trúng thầu",
        "đơn vị trúng thầu", "giá trúng thầu", "giá gói thầu", "giá dự toán", "loại hợp đồng",
        "thời gian thực hiện hợp đồng", "thời điểm đóng thầu", "thời điểm mở thầu",
        "quyết định phê duyệt", "nguồn vốn",
    ),
    # the kinds below share their labels with lines an article may show (an invitation's
    # time and place, a contact block under a notice, a project's figures in its news): a
    # page is their record only when its fields hold most of its text (_RECORD_ONLY)
    # an event of a calendar: when, where, who organises, who attends
    "event": (
        "thời gian", "địa điểm", "đơn vị tổ chức", "cơ quan tổ chức", "ban tổ chức",
        "đơn vị chủ trì", "chủ trì", "thành phần", "thành phần tham dự", "đối tượng tham dự",
        "đối tượng tham gia", "nội dung", "nội dung chính", "liên hệ", "hình thức tổ chức",
    ),
    # a unit's page: its head and deputies, where and how to reach it, its remit
    "unit": (
        "trưởng phòng", "phó trưởng phòng", "giám đốc", "phó giám đốc", "chánh văn phòng",
        "phó chánh văn phòng", "trưởng ban", "phó trưởng ban", "chi cục trưởng",
        "phó chi cục trưởng", "thủ trưởng đơn vị", "người đứng đầu", "lãnh đạo", "địa chỉ",
        "trụ sở", "điện thoại", "fax", "email", "website", "chức năng, nhiệm vụ",
        "chức năng nhiệm vụ", "chức năng, nhiệm vụ, quyền hạn", "chức năng", "nhiệm vụ",
    ),
    # a project offered to investors ("Danh mục dự án kêu gọi đầu tư")
    "project": (
        "tên dự án", "địa điểm", "địa điểm thực hiện", "quy mô", "quy mô dự án", "diện tích",
        "tổng vốn đầu tư", "tổng vốn đầu tư dự kiến", "vốn đầu tư", "hình thức đầu tư",
        "mục tiêu", "mục tiêu dự án", "cơ quan liên hệ", "thông tin liên hệ", "ưu đãi đầu tư",
        "hiện trạng", "hiện trạng sử dụng đất", "tiến độ thực hiện",
    ),
}  # fmt: skip
_RECORD_ONLY = frozenset({"event", "unit", "project"})
FIELDS_MIN_SHARE = 0.6  # of the lines' words, for a _RECORD_ONLY kind
# a news post about a decision may carry the decision's record box ("Số ký hiệu", "Ngày ban
# hành", "Cơ quan ban hành") above its own prose: a document's record, when its fields hold
# less than this share of the words and the rest is no legal text, is that news post
DOCUMENT_FIELDS_MIN_SHARE = 0.2
# a legal text's own lines (a document page showing its full text under its record): an
# article's heading, a chapter's, the grounds' "Căn cứ ...", the addressees' "Nơi nhận:"
_LEGAL_LINE = re.compile(r"^\s*(?:(?:điều|chương)\s+[0-9ivxlc]+\b|căn cứ\s|nơi nhận\s*:)", re.I)
_BULLET = re.compile(r"^(?:[-+•*–—]|(?:\d{1,2}|[a-e]|[ivx]{1,4})[.)])\s+")  # "- ", "2. ", "b) ", "III. "
_LABEL_LINE = re.compile(r"^\s*([^:：]{2,40}?)\s*[:：]")
_FIELD_SEP = re.compile(r"\s[-–|]\s(?=[^:：]{2,30}[:：])")  # a separator before another "Label:"
_NOTE = re.compile(r"\s*\([^)]*\)")
FORM_MIN_LABELS = 3


def form_kind(lines: list[str]) -> str | None:
    """What a page of labelled fields records: "document" (a legal document's record:
    number, date issued, signer, summary), "procedure" (an administrative procedure),
    "profile" (a leader's: name, position, birth, education, phone), "qa" (a citizen's
    question and its answer), "draft" (a draft open for comments: the period, the drafting
    office, the summary, the file), "feedback" (a citizen's report and its handling),
    "tender" (a tender's or a contractor selection's record), "event" (a calendar's event),
    "unit" (a unit's page: head, address, remit) or "project" (a project offered to
    investors), when it shows three labels or more of one kind, each as a line of its own or
    a line's "Label:" head ("- Label:" in a list too). An article's text has none; an
    article may show three of an event's, a unit's or a project's (an invitation's time and
    place, a contact block), so those are a record only when their fields (a labelled line,
    or a bare label and the line after it) hold :data:`FIELDS_MIN_SHARE` of the words. A
    news post about a decision may show the decision's record box over its own prose: a
    document's fields holding under :data:`DOCUMENT_FIELDS_MIN_SHARE` of the words, beside no
    legal text's line (:data:`_LEGAL_LINE`: a full text under its record), are that post's."""
    found: dict[str, set[str]] = {}
    field_words: dict[str, int] = {}
    total = 0
    bare: set[str] = set()  # the kinds of the previous line when it was a bare label
    for line in lines:
        heads = set()
        has_value = False
        # "Người hỏi: X - Ngày gửi: Y": each field of a line; "Trả lời (05/06/2024):" too
        for piece in _FIELD_SEP.split(clean(line).casefold()):
            low = _BULLET.sub("", _NOTE.sub("", piece).strip()).rstrip(" :：")
            match = _LABEL_LINE.match(low)
            heads |= {low, match.group(1).strip()} if match else {low}
            has_value |= bool(match and low[match.end() :].strip())
        words = len(line.split())
        total += words
        kinds = set()
        for kind, labels in _FORM_LABELS.items():
            for head in heads:
                if head in labels:
                    found.setdefault(kind, set()).add(head)
                    kinds.add(kind)
        for kind in kinds | bare:
            field_words[kind] = field_words.get(kind, 0) + words
        bare = set() if has_value else kinds
    ranked = sorted(found.items(), key=lambda kv: len(kv[1]), reverse=True)
    for kind, heads in ranked:
        if len(heads) < FORM_MIN_LABELS:
            break
        if kind in _RECORD_ONLY and field_words.get(kind, 0) < FIELDS_MIN_SHARE * total:
            continue
        if kind == "document" and field_words.get(kind, 0) < DOCUMENT_FIELDS_MIN_SHARE * total:
            if not any(_LEGAL_LINE.match(clean(line)) for line in lines):
                continue  # a record box over a news post's own prose
        return kind
    return None


# a citizen's question and its answer written as two turns: "Hỏi: ..." then "Trả lời: ..."
_ASK = re.compile(r"^(?:câu\s+)?hỏi\s*[:：]\s*\S", re.IGNORECASE)
_ANSWER = re.compile(r"^(?:trả\s+lời|đáp|giải\s+đáp)\s*(?:\([^)]*\)\s*)?[:：]", re.IGNORECASE)


def qa_turns(lines: list[str]) -> bool:
    """A question and its answer written as turns, not fields: a line opening "Hỏi:" (the
    question and its text on one line) in the text's first three lines, a later line opening
    "Trả lời:" or "Đáp:" (its answer). A page of one citizen's question; an interview's turns
    are "Phóng viên:" / "PV:" and the speaker's name."""
    starts = [clean(x) for x in lines]
    asked = next((i for i, x in enumerate(starts[:3]) if _ASK.match(x)), None)
    return asked is not None and any(_ANSWER.match(x) for x in starts[asked + 1 :])


_VI_LETTERS = re.compile(r"[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]", re.I)


def vietnamese(text: str) -> bool:
    """Text written in Vietnamese (its letters carry Vietnamese marks): marked letters at
    least 5% of the letters.

    Asked of an article's whole text (about 4,000 characters), so the letters are counted
    only when the marked ones do not decide alone: none (no), or 5% of all the characters
    (yes: there are no more letters than characters), found first in the text's first
    quarter, then in all of it. The same answer as counting every letter, which was a
    tenth of a page's extraction."""
    quarter = len(text) // 4
    enough = 0.05 * len(text)
    marked = len(_VI_LETTERS.findall(text, 0, quarter))
    if marked and marked >= enough:
        return True
    marked += len(_VI_LETTERS.findall(text, quarter))
    if not marked:
        return False
    if marked >= enough:
        return True
    return marked >= 0.05 * sum(map(str.isalpha, text))
