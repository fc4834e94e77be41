"""URL helpers for extraction: canonical form, absolute links, "same document" tests."""

from __future__ import annotations

import re
from urllib.parse import parse_qsl, urlencode, urljoin, urlsplit, urlunsplit

# Query parameters that only track the visitor; they never select content.
TRACKING_PARAMS = frozenset(
    {
        "fbclid",
        "gclid",
        "dclid",
        "gbraid",
        "wbraid",
        "msclkid",
        "yclid",
        "igshid",
        "mc_cid",
        "mc_eid",
        "_ga",
        "_gl",
        "_hsenc",
        "_hsmi",
        "mkt_tok",
        "vero_id",
        "fb_action_ids",
        "fb_action_types",
        "fb_source",
        "fb_ref",
        "zarsrc",
        "gidzl",  # Zalo shares, very common on Vietnamese portals
    }
)
TRACKING_PREFIXES = ("utm_", "pk_", "mtm_")

_NOT_LINK = re.compile(r"^(?:javascript|mailto|tel|data|about|sms|callto):", re.IGNORECASE)
_DEFAULT_PORTS = {"http": 80, "https": 443}


def is_tracking_param(name: str) -> bool:
    low = name.lower()
    return low in TRACKING_PARAMS or low.startswith(TRACKING_PREFIXES)


#: a session id a Java or PHP server writes into the path (``;jsessionid=9C1F...``): the same
#: page for every visitor
_SESSION = re.compile(r";(?:jsessionid|phpsessid)=[^/;?#]*", re.I)


def canonicalize(url: str) -> str:
    """The URL as stored: lower-case scheme and host, no default port, no fragment,
    tracking parameters (utm_*, fbclid, gclid, ...) and a session id in the path
    (``;jsessionid=...``) removed; other parameters keep their order. Path and query are
    otherwise left as written."""
    url = url.strip()
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError:
        return url
    scheme = parts.scheme.lower()
    host = (parts.hostname or "").rstrip(".")
    netloc = host
    if parts.username or parts.password:
        netloc = parts.netloc.rsplit("@", 1)[0] + "@" + host
    if port is not None and port != _DEFAULT_PORTS.get(scheme):
        netloc = f"{netloc}:{port}"
    query = parts.query
    if query:
        pairs = parse_qsl(query, keep_blank_values=True)
        kept = [(k, v) for k, v in pairs if not is_tracking_param(k)]
        if len(kept) != len(pairs):
            query = urlencode(kept, doseq=False)
    path = _SESSION.sub("", parts.path) or ("/" if host else "")
    return urlunsplit((scheme, netloc, path, query, ""))


def absolutize(base: str, href: str | None) -> str | None:
    """``href`` resolved against ``base``; None for empty, javascript:, mailto:, data: links."""
    if not href:
        return None
    href = href.strip().replace("\\", "/")
    if not href or href.startswith("#") or _NOT_LINK.match(href):
        return None
    try:
        url = urljoin(base, href)
        urlsplit(url).port  # noqa: B018 - raises ValueError on a bad port
    except ValueError:
        return None
    return url.replace(" ", "%20")


def document_key(url: str) -> str:
    """A key equal for URLs that name the same document: canonical form without
    scheme, ``www.`` and trailing slash."""
    parts = urlsplit(canonicalize(url))
    host = parts.netloc.removeprefix("www.")
    path = parts.path.rstrip("/")
    return f"{host}{path}?{parts.query}" if parts.query else f"{host}{path}"


def same_document(a: str, b: str) -> bool:
    return document_key(a) == document_key(b)


def is_site_root(url: str) -> bool:
    parts = urlsplit(url)
    return parts.path in ("", "/") and not parts.query


#: an article's slug: at least three words joined by hyphens or underscores, a letter among them
#: ("394-ben-xe-phia-nam.html", "Ho-tro-200-tre-em"); a copy's suffix is one word ("print", "amp")
_SLUG = re.compile(r"^(?=[^/]*[a-z])[^/\W_]+(?:[-_][^/\W_]+){2,}(?:\.[a-z]{2,5})?$", re.I)


def names_section(canonical: str, url: str) -> bool:
    """``canonical`` names a section ``url`` sits in, not a copy of it: on the same host, its
    path (without an extension) is a proper ancestor of the page's, no query, and the page's
    last segment is an article's slug (a template's canonical naming the category listing,
    ``/tin-tuc/giao-thong.html`` on ``/tin-tuc/giao-thong/394-ben-xe-phia-nam.html``, the module's
    tab ``/tin-tuc`` on ``/tin-tuc/ArticleID/801/Ho-tro-tre-em``; a print view
    ``/tin-tuc/123/print`` or an AMP copy ``.../slug/amp`` naming its article is a copy)."""
    a, b = urlsplit(canonicalize(canonical)), urlsplit(canonicalize(url))
    if a.netloc.removeprefix("www.") != b.netloc.removeprefix("www.") or a.query:
        return False
    mine = [s for s in b.path.split("/") if s]
    theirs = [s for s in a.path.split("/") if s]
    if not theirs or len(theirs) >= len(mine) or not _SLUG.match(mine[-1]):
        return False
    theirs[-1] = re.sub(r"\.[a-z]{2,5}$", "", theirs[-1], flags=re.I)
    return [s.lower() for s in mine[: len(theirs)]] == [s.lower() for s in theirs]


def on_origin(url: str, origin: str) -> str:
    """``url``'s path, query and fragment on ``origin``'s scheme and host."""
    a, b = urlsplit(url), urlsplit(origin)
    return urlunsplit((b.scheme, b.netloc, a.path, a.query, a.fragment))
