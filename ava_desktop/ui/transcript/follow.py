"""The transcript's reading position and searching: it follows a stream only while the
reader is at the bottom (scrolling up stops it and shows "Jump to latest"), brings a search
hit into view, and finds and copies formulas by their LaTeX source. A mixin of
``TranscriptView``."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QMimeData
from PySide6.QtGui import QTextCursor, QTextDocument

from ava_desktop.ui.math_find import find_formula, html_with_sources, with_sources
from ava_desktop.ui.math_images import OBJECT_CHAR

ZWSP = "\u200b"  # break marks the renderer puts into long tokens of table cells

if TYPE_CHECKING:
    from PySide6.QtWidgets import QToolButton


class FollowAndFind:
    _follow: bool
    _programmatic_scroll: bool
    _older: int
    _jump: QToolButton

    def _place_jump_button(self) -> None:
        self._jump.adjustSize()
        viewport = self.viewport().geometry()
        self._jump.move(
            viewport.right() - self._jump.width() - 16,
            viewport.bottom() - self._jump.height() - 12,
        )

    # ------------------------------------------------------------- messages
    def scroll_to_message(self, message_id: int) -> bool:
        """Bring the stored message ``message_id`` to the top of the view (search hits)."""
        index = next((i for i, m in enumerate(self._messages) if m.id == message_id), None)
        if index is None:
            return False
        self._set_follow(False)
        cursor = QTextCursor(self.document())
        cursor.setPosition(self._frames[index].firstPosition())
        rect = self.document().documentLayout().frameBoundingRect(self._frames[index])
        self._programmatic_scroll = True
        self.verticalScrollBar().setValue(int(rect.top()))
        self._programmatic_scroll = False
        self.setTextCursor(cursor)
        return True

    # ------------------------------------------------------------- scrolling
    def at_bottom(self) -> bool:
        bar = self.verticalScrollBar()
        return bar.value() >= bar.maximum() - 8

    def scroll_to_bottom(self) -> None:
        bar = self.verticalScrollBar()
        self._programmatic_scroll = True
        bar.setValue(bar.maximum())
        self._programmatic_scroll = False
        self._set_follow(True)

    def _on_range_changed(self, _min: int, maximum: int) -> None:
        if self._follow:
            self._programmatic_scroll = True
            self.verticalScrollBar().setValue(maximum)
            self._programmatic_scroll = False

    def _on_scrolled(self, value: int) -> None:
        if self._programmatic_scroll:
            return
        self._set_follow(self.at_bottom())
        self._schedule_idle()  # reading upwards: earlier messages come in (lazy.py)

    def _set_follow(self, follow: bool) -> None:
        if follow == self._follow:
            return
        self._follow = follow
        self._jump.setVisible(not follow)
        if not follow:
            self._place_jump_button()
            self._jump.raise_()

    @property
    def following(self) -> bool:
        return self._follow

    # ----------------------------------------------------------------- links
    def find(self, text: Any, options: Any = None) -> bool:
        """Qt's find, formulas included: one whose LaTeX source holds ``text`` is a match."""
        options = QTextDocument.FindFlag(0) if options is None else options
        self.finish_rendering()  # a long answer's pieces off screen are searched too
        if not isinstance(text, str) or not text:
            return super().find(text, options)
        doc, cursor = self.document(), self.textCursor()
        hit = doc.find(text, cursor, options)
        hit = find_formula(doc, text, cursor, options, hit) or hit
        if hit.isNull():
            return False
        self.setTextCursor(hit)
        self.ensureCursorVisible()
        return True

    def createMimeDataFromSelection(self) -> QMimeData:
        """Copy: formulas as their LaTeX source, not as object characters, and without the
        break marks of long table cells (see core/markdown/rules.py)."""
        data = super().createMimeDataFromSelection()
        cursor = self.textCursor()
        text = data.text()
        if OBJECT_CHAR in text:
            copied = with_sources(self.document(), cursor.selectionStart(),
                                  cursor.selectionEnd(), text)
            page = html_with_sources(data.html())
            data.setText(copied)
            data.setHtml(page)
        if ZWSP in data.text():
            data.setText(data.text().replace(ZWSP, ""))
            data.setHtml(data.html().replace(ZWSP, ""))
        return data
