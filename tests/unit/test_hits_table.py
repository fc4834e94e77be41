"""``govarchive search``'s table reads at 80 columns: site ids and days whole on one line,
the room left to the title and the snippet."""

from __future__ import annotations

from types import SimpleNamespace

from rich.console import Console

from crawler.cli.research import hits_table


def _hit(id: int, site: str) -> SimpleNamespace:
    return SimpleNamespace(id=id, site_id=site, published_at="2023-01-06T09:15:00+07:00",
                           author="Đỗ Quang Thắng", title="Lào Cai triển khai nhiệm vụ chuyển đổi số năm 2023",
                           snippet="Sáng 05/01, Ban Chỉ đạo chuyển đổi số tỉnh [Lào Cai] tổ chức hội nghị")  # fmt: skip


def _render(hits: list[SimpleNamespace], width: int) -> str:
    console = Console(width=width, record=True, color_system=None)
    console.print(hits_table(hits, "lao cai", width))
    return console.export_text()


def test_narrow_screen_keeps_ids_and_days_whole() -> None:
    text = _render([_hit(9, "laocai-tinhuy"), _hit(10, "yenbai-sotttt")], 80)
    assert "laocai-tinhuy" in text and "2023-01-06" in text  # not folded into two lines
    assert "T09:15" not in text  # the time only where there is room
    assert all(len(line) <= 80 for line in text.splitlines())


def test_one_sites_hits_name_it_in_the_title_when_narrow() -> None:
    text = _render([_hit(9, "laocai-tinhuy"), _hit(6, "laocai-tinhuy")], 80)
    assert "result(s) for 'lao cai' on laocai-tinhuy" in text
    assert "┃ site" not in text
    wide = _render([_hit(9, "laocai-tinhuy")], 140)
    assert "2023-01-06T09:15" in wide and "site" in wide
