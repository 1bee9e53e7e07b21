"""Sizes and counts shown in the UI follow the UI language's QLocale (set as the default)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale

from ava_desktop.ui.formats import count, file_size


@pytest.fixture
def restore_locale() -> Iterator[None]:
    before = QLocale()
    yield
    QLocale.setDefault(before)


def test_german_locale_uses_its_decimal_comma_and_grouping(qapp, restore_locale) -> None:
    QLocale.setDefault(QLocale(QLocale.Language.German, QLocale.Country.Germany))
    assert file_size(4300) == "4,2 KB"
    assert file_size(31 * 1024 * 1024) == "31 MB"
    assert count(25000) == "25.000"


def test_c_locale_reads_as_english(qapp, restore_locale) -> None:
    QLocale.setDefault(QLocale.c())
    assert file_size(912) == "912 B"
    assert file_size(4300) == "4.2 KB"
    assert count(25000) == "25,000"
