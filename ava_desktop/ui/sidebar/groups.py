"""Date groups of the sidebar: Today, Yesterday, Previous 7 days, then one per month."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale

PINNED = QT_TRANSLATE_NOOP("SidebarGroups", "Pinned")


def pinned_label() -> str:
    return QCoreApplication.translate("SidebarGroups", PINNED)


def group_label(timestamp: float, now: float) -> str:
    """The heading a conversation last updated at ``timestamp`` goes under (local time)."""
    day = dt.datetime.fromtimestamp(timestamp).date()
    today = dt.datetime.fromtimestamp(now).date()
    age = (today - day).days
    if age <= 0:  # today, or a clock that ran ahead
        return QCoreApplication.translate("SidebarGroups", "Today")
    if age == 1:
        return QCoreApplication.translate("SidebarGroups", "Yesterday")
    if age <= 7:
        return QCoreApplication.translate("SidebarGroups", "Previous 7 days")
    locale = QLocale()
    # "January", «январь», "1月"; Chinese writes the month's number too ("1月", not "一月")
    short = locale.language() == QLocale.Language.Chinese
    month = locale.standaloneMonthName(
        day.month, QLocale.FormatType.ShortFormat if short else QLocale.FormatType.LongFormat)
    month = f"{month[:1].upper()}{month[1:]}"
    # the order is the language's: "Январь 2026", "2026年1月"
    return QCoreApplication.translate("SidebarGroups", "{month} {year}").format(
        month=month, year=day.year)


__all__ = ["PINNED", "group_label", "pinned_label"]
