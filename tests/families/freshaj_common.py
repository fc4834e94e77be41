"""The article spec the fresh-AJ families share (round 23): byline conventions no earlier
author set held.

An article's body lines are the corpus's (lead, paragraphs, captions, attachment,
signature, source line), as ``SArt`` writes them (``extra["nosig"]``: the signature is shown
outside the text, a kicker above the headline or a byline element, and is no body line).

Truth conventions (docs/extraction.md, "Fresh-AJ families"; the corpus's author convention,
"Bylines part", "Fresh-S"): the author is the person, the team or the unit that wrote the
text, as written: a rank, a degree, a profession or an honorific title before the name kept as
written ("NGƯT. Trần Văn Bình", "KS. Lương Văn Thắng", "Cô giáo Vũ Thị Ngọc"); the letters and
apostrophes of the Central Highlands' names kept as written ("H’Xíu Niê", "Ksor H'Bơ Khăp");
a case kept as the site writes it (lower case too); a writer's label ("GV:", "Tổng hợp:",
"Người đưa tin:", "Tin bài:", "Biên soạn:") no part of the name; a compiler's "(st)" after the
name, a unit after a dash, an e-mail address (shown or hidden by Cloudflare as "[email
protected]") no part of it; a final full stop punctuation; two writers "A, B" whatever joins
them; a source in brackets under the name ("(Theo Báo Lào Cai)") the record's source; a name
only in Dublin Core's ``DC.creator`` the writer's when the page shows none (the site's name in
``<meta name="author">`` never).
"""

from __future__ import annotations

from tests.families.common import esc
from tests.families.freshs_common import SArt

__all__ = ["SArt", "signature_html"]


def signature_html(art: SArt) -> str:
    """The signature as the family writes it closing the text: ``extra["sig_html"]`` when
    given, else a right-aligned bold line; nothing when unsigned or shown outside the text."""
    if not art.signature or art.extra.get("nosig"):
        return ""
    if "sig_html" in art.extra:
        return str(art.extra["sig_html"])
    return f'<p style="text-align: right;"><strong>{esc(art.signature)}</strong></p>'
