"""Date groups of the sidebar: Today, Yesterday, Previous 7 days, then one per month."""

from __future__ import annotations

import datetime as dt

PINNED = "Pinned"


def group_label(timestamp: float, now: float) -> str:
    """The heading a conversation last updated at ``timestamp`` goes under (local time)."""
    day = dt.datetime.fromtimestamp(timestamp).date()
    today = dt.datetime.fromtimestamp(now).date()
    age = (today - day).days
    if age <= 0:  # today, or a clock that ran ahead
        return "Today"
    if age == 1:
        return "Yesterday"
    if age <= 7:
        return "Previous 7 days"
    return day.strftime("%B %Y")


__all__ = ["PINNED", "group_label"]
