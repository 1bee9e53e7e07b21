"""Sizes and counts as the UI shows them, in the UI language (QLocale's default is set by
``i18n.install_translators``). ``core.attachments.limits.human_size`` stays the English form
for logs and for what is sent to the model."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale

translate = QCoreApplication.translate


def file_size(size: int) -> str:
    """1 KB = 1024 bytes, as file managers show it: '912 B', '4,2 KB', '31 MB'."""
    locale = QLocale()
    if size < 1024:
        return translate("Sizes", "{value} B").format(value=locale.toString(size))
    units = {"KB": translate("Sizes", "{value} KB"), "MB": translate("Sizes", "{value} MB"),
             "GB": translate("Sizes", "{value} GB"), "TB": translate("Sizes", "{value} TB")}
    value = float(size)
    for unit, pattern in units.items():
        value /= 1024
        if value < 1024 or unit == "TB":
            shown = locale.toString(value, "f", 1) if value < 10 else locale.toString(round(value))
            return pattern.format(value=shown)
    raise AssertionError("unreachable")


def count(number: int) -> str:
    """An integer with the UI language's digit grouping (the "C" locale, which omits it,
    reads as English: 5,000)."""
    locale = QLocale()
    return f"{number:,}" if locale.language() == QLocale.Language.C else locale.toString(number)


def counted(text: str, number: int) -> str:
    """A ``self.tr("{count} thing(s)", "", number)`` text with its count filled in (grouped
    like ``count``; Qt's ``%Ln`` would leave the "C" locale ungrouped) and, when no catalog
    translated it, its English plural ending."""
    from ava_desktop.ui.i18n import english_plural

    return english_plural(text, number).replace("{count}", count(number))


__all__ = ["count", "counted", "file_size"]
