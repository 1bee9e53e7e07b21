"""The conversation sidebar: every saved conversation by date, pinned on top, searchable."""

from ava_desktop.ui.sidebar.view import Sidebar

__all__ = ["Sidebar"]
