"""archive.fold: accent folding (fast table path == exact definition) and query folding."""

from __future__ import annotations

import random
import unicodedata

import pytest

from archive.fold import _fold_exact, fold, fold_char, fold_query


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Đảng bộ", "dang bo"),
        ("đảng bộ", "dang bo"),
        ("ĐẢNG BỘ", "dang bo"),
        ("biên giới", "bien gioi"),
        ("Tiếng Việt: ă â ê ô ơ ư ạ ả ã ỵ ỹ", "tieng viet: a a e o o u a a a y y"),
        ("Lào Cai – “Biên giới”", "lao cai – “bien gioi”"),
        ("Ð legacy eth", "d legacy eth"),
        ("", ""),
        ("plain ASCII 123", "plain ascii 123"),
    ],
)
def test_fold(text: str, expected: str) -> None:
    assert fold(text) == expected


def test_fold_decomposed_input_equals_composed() -> None:
    composed = "Nguyễn Thị Hồng Đức, Bảo Thắng"
    assert (
        fold(unicodedata.normalize("NFD", composed))
        == fold(composed)
        == ("nguyen thi hong duc, bao thang")
    )


def test_fold_outside_the_table_uses_the_exact_path() -> None:
    assert fold("ΟΔΟΣ") == "οδος"  # context-dependent final sigma
    assert fold("Hà Nội 中文 😀") == "ha noi 中文 😀"
    assert fold("\u1100\u1161") == "\uac00"  # Hangul jamo compose under NFC


def test_fast_path_matches_definition_on_random_text() -> None:
    rng = random.Random(20240305)
    alphabet = [chr(cp) for cp in range(0x2C00)] + list("中文😀가\u1100\u1161")
    for _ in range(2000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 25)))
        assert fold(text) == _fold_exact(text), repr(text)


def test_fold_char() -> None:
    assert [fold_char(c) for c in "Ệ\u0301Σ中"] == ["e", "", "σ", "中"]


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("Đảng bộ", "dang bo"),
        ('"Biên giới" AND Đảng* NOT (Hà OR Nội)', '"bien gioi" AND dang* NOT (ha OR noi)'),
        ("đảng and bộ", "dang and bo"),  # only upper-case operators are operators
        ('"Biên', '"bien'),
    ],
)
def test_fold_query_keeps_syntax(query: str, expected: str) -> None:
    assert fold_query(query) == expected
