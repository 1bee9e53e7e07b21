"""Every transcript action by keyboard. Alt+Up / Alt+Down (window actions) choose a message:
it scrolls into view, a focus mark outlines it and the transcript takes focus. Tab then
walks its action buttons (``actions_bar.py``), then the links inside it (a code block's
Copy, the thought process, tool calls, attachments), then leaves the transcript; Shift+Tab
walks back. Enter or Space presses the focused button or link.

A link has focus when the view's selection is exactly that link, as after Qt's own Tab
through links; Enter on it is then the link, not text typed ahead into the composer.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QRect, QRectF, Qt, QUrl
from PySide6.QtGui import QFocusEvent, QKeyEvent, QPainter, QPalette, QPen, QTextCursor
from PySide6.QtWidgets import QApplication, QWidget

if TYPE_CHECKING:
    from ava_desktop.ui.transcript.actions_bar import MessageActions
    from ava_desktop.ui.transcript.view import TranscriptView

Link = tuple[int, int, str]  # first position, end position, href
SCROLL_MARGIN = 8


class FocusMark(QWidget):
    """An outline in the highlight colour around the chosen message (both themes have a
    strong one); clipped to the viewport, so a long message costs no big widget."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("messageFocusMark")
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self._outline = QRect()
        self.hide()

    def show_at(self, rect: QRect, clip: QRect) -> None:
        area = rect.adjusted(-2, -2, 2, 2).intersected(clip)
        if area.isEmpty():
            self.hide()
            return
        self._outline = rect.translated(-area.topLeft())
        self.setGeometry(area)
        self.update()
        self.show()

    def paintEvent(self, event: QEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(self.palette().color(QPalette.ColorRole.Highlight), 2))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRoundedRect(QRectF(self._outline).adjusted(0, 0, -1, -1), 6, 6)
        painter.end()


class MessageFocus(QObject):
    """The chosen ("current") message and the Tab order through it."""

    def __init__(self, bar: MessageActions) -> None:
        super().__init__(bar)
        view = bar.parentWidget().parentWidget()
        self._key: int | None = None
        self._hint: int | None = None  # its index, for when it is redrawn under a new key
        self.mark = FocusMark(view.viewport())
        view.installEventFilter(self)

    # Through the parents, never references: a cycle would keep the view alive too long.
    @property
    def _bar(self) -> MessageActions:
        return self.parent()  # type: ignore[return-value]

    @property
    def _view(self) -> TranscriptView:
        return self.parent().parentWidget().parentWidget()  # type: ignore[union-attr]

    # ------------------------------------------------------------ choosing
    def current(self) -> int | None:
        """The chosen message's index; a message redrawn in its place (another version,
        a regenerated answer) stays chosen."""
        if self._key is None:
            return None
        messages = self._view.messages
        index = self._view.index_of_key(self._key)
        if index is None:
            if not messages or self._hint is None:
                self._key = None
                return None
            index = min(self._hint, len(messages) - 1)
            self._key = messages[index].key
        self._hint = index
        return index

    def clear(self) -> None:
        if self._key is not None:
            self._key = None
            self._bar.refresh()

    def step(self, delta: int) -> None:
        """Choose the message ``delta`` away; from none, the last (up) or first (down)
        message on screen."""
        messages = self._view.messages
        if not messages:
            return
        index = self.current()
        if index is None:
            index = self._on_screen(last=delta < 0)
        else:
            index = max(0, min(len(messages) - 1, index + delta))
        self._view.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self._key, self._hint = messages[index].key, index
        self._select(None)
        self._reveal(index)
        self._bar.refresh()

    def _on_screen(self, *, last: bool) -> int:
        height = self._view.viewport().height()
        shown = [i for i in range(len(self._view.messages))
                 if self._bar.message_rect(i).bottom() > 0
                 and self._bar.message_rect(i).top() < height]
        if not shown:
            return len(self._view.messages) - 1
        return shown[-1] if last else shown[0]

    def _reveal(self, index: int) -> None:
        """Scroll the message into view; its top first when it is taller than the view."""
        rect = self._bar.message_rect(index)
        height = self._view.viewport().height()
        bar = self._view.verticalScrollBar()
        if rect.top() < 0 or rect.height() > height:
            bar.setValue(bar.value() + rect.top() - SCROLL_MARGIN)
        elif rect.bottom() > height:
            bar.setValue(bar.value() + rect.bottom() - height + SCROLL_MARGIN)

    def place_mark(self) -> None:
        index = self.current()
        if index is None:
            self.mark.hide()
            return
        self.mark.show_at(self._bar.message_rect(index), self._view.viewport().rect())
        self._bar.raise_()

    # --------------------------------------------------------------- links
    def links(self, index: int) -> list[Link]:
        """The links inside message ``index``, in reading order."""
        frame = self._view.frame(index)
        found: list[Link] = []
        if frame is None:
            return found
        block = self._view.document().findBlock(frame.firstPosition())
        while block.isValid() and block.position() <= frame.lastPosition():
            it = block.begin()
            while not it.atEnd():
                fragment = it.fragment()
                fmt = fragment.charFormat()
                start, end = fragment.position(), fragment.position() + fragment.length()
                if fmt.isAnchor() and fmt.anchorHref():
                    if found and found[-1][2] == fmt.anchorHref() and found[-1][1] == start:
                        found[-1] = (found[-1][0], end, found[-1][2])
                    else:
                        found.append((start, end, fmt.anchorHref()))
                it += 1
            block = block.next()
        return found

    def focused_link(self) -> Link | None:
        """The link the view's selection is exactly, if any."""
        cursor = self._view.textCursor()
        if not cursor.hasSelection():
            return None
        start, end = cursor.selectionStart(), cursor.selectionEnd()
        probe = QTextCursor(self._view.document())
        probe.setPosition(start + 1)
        href = probe.charFormat().anchorHref() if probe.charFormat().isAnchor() else ""
        probe.setPosition(end)
        if not href or probe.charFormat().anchorHref() != href:
            return None
        return start, end, href

    def _select(self, link: Link | None) -> None:
        """Give ``link`` the focus (select it), or take it away where the cursor is."""
        cursor = self._view.textCursor()
        if link is None:
            if not cursor.hasSelection():
                return
            cursor.clearSelection()
        else:
            cursor.setPosition(link[0])
            cursor.setPosition(link[1], QTextCursor.MoveMode.KeepAnchor)
        self._view.setTextCursor(cursor)

    # ------------------------------------------------------------ tabbing
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        alive = getattr(self.parent(), "_alive", None)  # not while the view is destroyed
        if alive is not None and alive() and watched is self._view:
            if event.type() == QEvent.Type.KeyPress:
                return self._key_press(event)
            if event.type() == QEvent.Type.FocusOut:
                self.focus_left(event)
        return False

    def _key_press(self, event: QKeyEvent) -> bool:
        mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        key = event.key()
        link = self.focused_link()
        if link is not None and mods == Qt.KeyboardModifier.NoModifier and key in (
                Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self._view.anchorClicked.emit(QUrl(link[2]))
            return True
        index = self.current()
        if index is None or mods & ~Qt.KeyboardModifier.ShiftModifier:
            return False
        if key == Qt.Key.Key_Tab and mods == Qt.KeyboardModifier.NoModifier:
            self._forward_from_view(index, link)
            return True
        if key in (Qt.Key.Key_Backtab, Qt.Key.Key_Tab):
            self._back_from_view(index, link)
            return True
        return False

    def _buttons(self, index: int) -> list[QWidget]:
        bar = self._bar
        return list(bar.buttons()) if bar.isVisible() and bar.target() == index else []

    def _forward_from_view(self, index: int, link: Link | None) -> None:
        links = self.links(index)
        here = next((i for i, k in enumerate(links) if link and k[0] == link[0]), None)
        if here is None:
            buttons = self._buttons(index)
            if buttons:
                buttons[0].setFocus(Qt.FocusReason.TabFocusReason)
                return
            following = links[0] if links else None
        else:
            following = links[here + 1] if here + 1 < len(links) else None
        if following is not None:
            self._select(following)
        else:
            self._leave(forward=True)

    def _back_from_view(self, index: int, link: Link | None) -> None:
        links = self.links(index)
        here = next((i for i, k in enumerate(links) if link and k[0] == link[0]), None)
        if here is None:
            self._leave(forward=False)
        elif here > 0:
            self._select(links[here - 1])
        else:
            self._select(None)
            buttons = self._buttons(index)
            if buttons:
                buttons[-1].setFocus(Qt.FocusReason.BacktabFocusReason)

    def tab_from_bar(self, forward: bool) -> bool:
        """Tab on a button: the next button, else the message's first link (forward) or
        the message itself (back)."""
        focused = QApplication.focusWidget()
        buttons = self._bar.buttons()
        if focused in buttons:
            step = buttons.index(focused) + (1 if forward else -1)
            if 0 <= step < len(buttons):
                buttons[step].setFocus(Qt.FocusReason.TabFocusReason if forward
                                       else Qt.FocusReason.BacktabFocusReason)
                return True
        index = self.current()
        self._view.setFocus(Qt.FocusReason.OtherFocusReason)
        links = self.links(index) if index is not None and forward else []
        if links:
            self._select(links[0])
        elif forward:
            self._leave(forward=True)
        return True

    def _leave(self, *, forward: bool) -> None:
        """On to the widget after (or before) the transcript in the window's Tab order."""
        self._select(None)
        self.clear()
        if QApplication.focusWidget() is not self._view:
            self._view.setFocus(Qt.FocusReason.OtherFocusReason)
        QWidget.focusNextPrevChild(self._view.window(), forward)

    def focus_left(self, event: QFocusEvent) -> None:
        """Focus went elsewhere than the transcript and its bar: no message is chosen."""
        if event.reason() in (Qt.FocusReason.ActiveWindowFocusReason,
                              Qt.FocusReason.PopupFocusReason):
            return
        new = QApplication.focusWidget()
        if new is self._view or (new is not None and self._bar.isAncestorOf(new)):
            return
        self.clear()


__all__ = ["FocusMark", "MessageFocus"]
