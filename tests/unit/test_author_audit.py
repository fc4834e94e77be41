"""The author mechanism audit (benchmarks/author_audit.py): its catalog and a small run."""

from benchmarks.author_audit import BEFORE_16, FITS, PRESENTATIONS, audit, cause, fitting
from benchmarks.extraction_quality import families


def test_presentations_render_their_truth() -> None:
    line, author = PRESENTATIONS["two_dash"].render(0)
    assert line == "Khánh Linh - Đức Thành" and author == "Khánh Linh, Đức Thành"
    assert PRESENTATIONS["agency_slash"].render(3) == ("Minh Anh/TTXVN", "Minh Anh")
    assert PRESENTATIONS["source"].render(0) == ("Nguồn: Báo Lào Cai", None)
    # session 15's forms: the truth drops the label, the unit, "(tổng hợp)" and the e-mail,
    # keeps a degree as a rank and a staff signature as written
    assert PRESENTATIONS["tin_anh_semicolon"].render(0) == ("Tin: Khánh Linh; Ảnh: Đức Thành", "Khánh Linh")
    assert PRESENTATIONS["compiled"].render(0) == ("Khánh Linh (tổng hợp)", "Khánh Linh")
    assert PRESENTATIONS["degree"].render(0)[1] == "ThS. Nguyễn Thị Minh Anh"
    assert PRESENTATIONS["bbt"].render(0) == ("BBT", "BBT")


def test_positions_take_only_what_portals_write_there() -> None:
    assert "bare" not in fitting("top_of_body")  # a bare name never opens the body
    assert "tac_gia" not in fitting("in_last_strong")  # a label never closes the last sentence
    assert "upper" not in fitting("above_title")  # a kicker's place
    assert all(fitting(p) for p in FITS)


def test_cause() -> None:
    assert cause("Minh Anh", "Minh Anh") is None
    assert cause(None, "Minh Anh") == "missed"
    assert cause("Minh", "Minh Anh") == "wrong"
    assert cause("Minh Anh", None) == "invented"


def test_signature_closing_the_body_has_no_failure_on_a_family() -> None:
    site = "fx-joomla"
    assert site in families("dev")
    result = audit(("dev",), ("end_right_strong",), rounds=0, modes=("single",), sites=(site,))
    assert result["cases"] >= len(fitting("end_right_strong")) // 2
    assert result["failures"] == []


def test_a_right_aligned_signature_row_after_the_body_has_no_failure_on_a_family() -> None:
    """``<table width="100%"><tr><td align="right"><b>A - TTXVN</b></td></tr></table>`` beside
    the body (fx-drupal: the body's element and the table siblings): the one-cell frame table
    unwrapped into a ``<div>`` kept its right alignment, or the signature was missed. (The
    catalog this was measured on, :data:`BEFORE_16`: round 16's signature over its source line
    in the row, "Thu Hà<br>Nguồn: Báo Lào Cai", is still missed here on the single path, an
    open case docs/extraction.md names.)"""
    result = audit(("dev",), ("after_body_row",), rounds=0, modes=("single",), sites=("fx-drupal",),
                   presentations=BEFORE_16)  # fmt: skip
    assert result["cases"] >= len([p for p in fitting("after_body_row") if p in BEFORE_16]) // 2
    assert result["failures"] == []
