"""A message's actions as small icon buttons floating in the transcript's viewport, at the
bottom right of the message, on the footer line (which is kept free for them); at the bottom
left where the footer's text runs right to left (an RTL translation), so it covers none.

One bar serves the whole transcript: it sits on the message chosen by keyboard (Alt+Up /
Alt+Down, see ``MessageFocus``), else on the one under the mouse, else at rest on the last
message, so its Continue and Retry never hide. Buttons instead of links: focus, tooltips,
accessible names and icons come with them, and the document stays text only (find, copy,
streaming speed are untouched).

It is a child of the viewport, so it dies with the view; its one timer is its own child.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QEvent,
    QObject,
    QPoint,
    QRect,
    QRectF,
    QSize,
    Qt,
    QTimer,
)
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QFrame, QHBoxLayout, QLabel, QToolButton

from ava_desktop.core.text import reads_right_to_left
from ava_desktop.ui.icons import set_icon, with_shortcut
from ava_desktop.ui.messages import stored_error_text

if TYPE_CHECKING:
    from ava_desktop.ui.transcript.message import ViewMessage
    from ava_desktop.ui.transcript.view import TranscriptView

translate = QCoreApplication.translate

# verb (as the tab's action handler names it), icon, label; in the bar's order
BUTTONS: tuple[tuple[str, str, str], ...] = (
    ("prev", "previous", QT_TRANSLATE_NOOP("MessageActions", "Previous version")),
    ("next", "next", QT_TRANSLATE_NOOP("MessageActions", "Next version")),
    ("copy", "copy", QT_TRANSLATE_NOOP("MessageActions", "Copy as Markdown")),
    ("copy-text", "copy-text", QT_TRANSLATE_NOOP("MessageActions", "Copy as plain text")),
    ("edit", "edit", QT_TRANSLATE_NOOP("MessageActions", "Edit")),
    ("regenerate", "regenerate", QT_TRANSLATE_NOOP("MessageActions", "Regenerate")),
    ("continue", "continue", QT_TRANSLATE_NOOP("MessageActions", "Continue")),
    ("retry", "retry", QT_TRANSLATE_NOOP("MessageActions", "Retry")),
)
LABELS = {verb: label for verb, _icon, label in BUTTONS}
WITH_TEXT = frozenset({"continue", "retry"})  # rare and wanted: their words show too
# verb -> the window's action that does the same to the last message of that role
WINDOW_ACTIONS: dict[str, tuple[str, str]] = {
    "copy": ("act_copy_last", "assistant"),
    "regenerate": ("act_regenerate", "assistant"),
    "retry": ("act_regenerate", "assistant"),
    "edit": ("act_edit_last", "user"),
    "prev": ("act_prev_version", "assistant"),
    "next": ("act_next_version", "assistant"),
}
MARGIN = 6  # between the bar and the message's edges


class _Stale(Exception):
    """The view is half way through a change (a scroll signal came in the middle)."""


def verbs_for(message: ViewMessage, *, last: bool) -> list[str]:
    """The actions a message offers now; none while it streams."""
    if message.state == "streaming":
        return []
    verbs: list[str] = []
    versions = message.versions
    if versions is not None and versions.count > 1:
        verbs += ["prev", "next"]
    verbs.append("copy")
    if message.role == "assistant":
        verbs += ["copy-text", "regenerate"]
        cut = message.state in ("stopped", "interrupted") or message.timings.get("note")
        if cut and last:
            verbs.append("continue")
    elif message.role == "user":
        verbs.append("edit")
    if stored_error_text(message.error, message.timings):
        verbs.append("retry")
    return verbs


class MessageActions(QFrame):
    """The floating bar. ``target()`` is the index of the message it serves, or None."""

    def __init__(self, view: TranscriptView) -> None:
        super().__init__(view.viewport())
        from ava_desktop.ui.transcript.message_focus import MessageFocus

        self.setObjectName("messageActions")
        self.setAccessibleName(self.tr("Message actions"))
        self.setCursor(Qt.CursorShape.ArrowCursor)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(1, 1, 1, 1)
        layout.setSpacing(1)
        self._buttons: dict[str, QToolButton] = {}
        self.version_label = QLabel(self)
        self.version_label.setObjectName("versionIndicator")
        for verb, icon_name, _label in BUTTONS:
            button = QToolButton(self)
            button.setObjectName(f"messageAction-{verb}")
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # reached by MessageFocus only
            button.setIconSize(QSize(16, 16))
            button.setAutoRaise(True)
            if verb in WITH_TEXT:
                button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
            set_icon(button, icon_name)
            button.clicked.connect(lambda *_, v=verb: self._trigger(v))
            button.installEventFilter(self)
            self._buttons[verb] = button
            layout.addWidget(button)
            if verb == "prev":
                layout.addWidget(self.version_label)
        self._retranslate()
        self._mouse: QPoint | None = None  # viewport coordinates, None when outside
        self._shown: tuple[Any, ...] | None = None  # what the buttons were set up for
        self._style = ""
        self._resting = True
        self._allowed: frozenset[str] | None = None  # None: all
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self.refresh)
        self.focus = MessageFocus(self)
        viewport = view.viewport()
        viewport.setMouseTracking(True)
        viewport.installEventFilter(self)
        view.document().contentsChanged.connect(self.schedule)
        # later, not at once: scrolling moves the bar with the page already, and a change
        # (opening a conversation: one scroll per message) is over by then: one refresh
        view.verticalScrollBar().valueChanged.connect(self.schedule)
        view.horizontalScrollBar().valueChanged.connect(self.schedule)
        self._restyle()
        self.hide()

    # ------------------------------------------------------------ queries
    @property
    def _view(self) -> TranscriptView:
        """Through the parents, never a reference: the view must be free to go first."""
        return self.parentWidget().parentWidget()  # type: ignore[return-value]

    def _alive(self) -> bool:
        """False while the view is being destroyed (its children get events then)."""
        view = self.parentWidget().parentWidget() if self.parentWidget() else None
        return getattr(view, "message_actions", None) is self

    def offer_only(self, verbs: set[str]) -> None:
        """Show only these actions (a view whose owner handles no others)."""
        self._allowed = frozenset(verbs)
        self._shown = None
        self.schedule()

    def button(self, verb: str) -> QToolButton:
        return self._buttons[verb]

    def buttons(self) -> list[QToolButton]:
        """The buttons that can be pressed now, in the bar's order."""
        return [b for b in self._buttons.values() if not b.isHidden() and b.isEnabled()]

    def target(self) -> int | None:
        """The message the bar serves: the keyboard's, the mouse's, else the last one."""
        self._resting = False
        current = self.focus.current()
        if current is not None:
            return current
        if self._mouse is not None:
            hovered = self.message_at(self._mouse)
            if hovered is not None:
                return hovered
        self._resting = True
        return len(self._view.messages) - 1 if self._view.messages else None

    def message_at(self, point: QPoint) -> int | None:
        """The message drawn at ``point`` (viewport coordinates); the gap under a message
        belongs to it, so the bar does not flicker between two."""
        count = len(self._view.messages)
        if not count:
            return None
        y = point.y() + self._view.verticalScrollBar().value()
        low, high = 0, count - 1
        if self._doc_rect(0).top() > y:
            return None
        while low < high:  # the last message that starts above y
            middle = (low + high + 1) // 2
            if self._doc_rect(middle).top() <= y:
                low = middle
            else:
                high = middle - 1
        return low if y <= self._doc_rect(low).bottom() + 12 else None

    def message_rect(self, index: int) -> QRect:
        """Where message ``index`` is drawn, in viewport coordinates."""
        view = self._view
        return self._doc_rect(index).translated(
            -view.horizontalScrollBar().value(), -view.verticalScrollBar().value()
        ).toAlignedRect()

    def _doc_rect(self, index: int) -> QRectF:
        """The message's box in document coordinates, without its outer margins (a
        user's message is indented: its box is where its shade is)."""
        frame = self._view.frame(index)
        if frame is None or not shiboken6.isValid(frame):
            raise _Stale  # the view is between removing frames and forgetting them
        fmt = frame.frameFormat()
        rect = self._view.document().documentLayout().frameBoundingRect(frame)
        return rect.adjusted(fmt.leftMargin(), fmt.topMargin(), -fmt.rightMargin(),
                             -fmt.bottomMargin())

    # ------------------------------------------------------------ drawing
    def schedule(self) -> None:
        """Refresh once the current event has been handled (the layout is up to date)."""
        self._timer.start()

    def refresh(self) -> None:
        """Put the bar on its message with the buttons that message offers, or hide it."""
        self._timer.stop()
        if not self._alive():
            return
        try:
            self._refresh()
        except _Stale:  # called back in the middle of a change: once it is done
            self.schedule()

    def _refresh(self) -> None:
        messages = self._view.messages
        index = self.target()
        verbs = [v for v in verbs_for(messages[index], last=index == len(messages) - 1)
                 if self._allowed is None or v in self._allowed] if index is not None else []
        if not verbs or index is None:
            if self.isAncestorOf(QApplication.focusWidget()):
                self._view.setFocus(Qt.FocusReason.OtherFocusReason)
            self.hide()
            self._shown = None
            self.focus.place_mark()
            return
        self._configure(index, verbs)
        self._place(index, sticky=not self._resting)
        self.show()
        self.raise_()
        self.focus.place_mark()

    def _configure(self, index: int, verbs: list[str]) -> None:
        message = self._view.messages[index]
        versions = message.versions
        last_of_role = all(m.role != message.role for m in self._view.messages[index + 1:])
        count = len(self._view.messages)
        shown = (message.key, tuple(verbs), last_of_role, index, count,
                 (versions.index, versions.count, versions.previous, versions.next)
                 if versions is not None else None)
        if shown == self._shown:
            return
        self._shown = shown
        enabled = {"prev": versions is not None and versions.previous is not None,
                   "next": versions is not None and versions.next is not None}
        wanted = {v for v in verbs if enabled.get(v, True)}
        where = self.tr("Message {number} of {count}").format(number=index + 1, count=count)
        focused = QApplication.focusWidget()
        for verb, button in self._buttons.items():  # first show, then move focus, then hide
            if verb in wanted:
                button.setVisible(True)
                button.setEnabled(True)
        if focused in self._buttons.values() and focused not in (
                self._buttons[v] for v in wanted):
            order = [b for v, b in self._buttons.items() if v in wanted]
            order[0].setFocus(Qt.FocusReason.OtherFocusReason)
        copy = self._buttons["copy"]  # a question is plain text: no "as Markdown" there
        copy.setAccessibleName(self.tr("Copy") if message.role == "user"
                               else translate("MessageActions", LABELS["copy"]))
        for verb, button in self._buttons.items():
            button.setVisible(verb in verbs)
            button.setEnabled(verb in wanted)
            button.setToolTip(self._tooltip(verb, message.role, last_of_role))
            button.setAccessibleDescription(where)  # which message a reader acts on
        if versions is not None and "prev" in verbs:
            self.version_label.setText(f"{versions.index}/{versions.count}")
            self.version_label.setAccessibleName(self.tr("Version {index} of {count}").format(
                index=versions.index, count=versions.count))
        self.version_label.setVisible("prev" in verbs)
        self.adjustSize()

    def _tooltip(self, verb: str, role: str, last_of_role: bool) -> str:
        text = self._buttons[verb].accessibleName()
        name, for_role = WINDOW_ACTIONS.get(verb, ("", ""))
        action = getattr(self._view.window(), name, None) if name else None
        if action is not None and role == for_role and last_of_role:
            return with_shortcut(text, action)
        return text

    def _place(self, index: int, *, sticky: bool) -> None:
        """Bottom right of the message (left, across from a right-to-left footer); while it
        is hovered or chosen, kept inside the viewport as long as part of the message shows
        (and clear of "Jump to latest")."""
        rect = self.message_rect(index)
        size = self.sizeHint()
        left, right = rect.left() + MARGIN, rect.right() - size.width() - MARGIN
        x = min(left, right) if self._footer_on_the_right(index) else max(left, right)
        y = rect.bottom() - size.height() - 3  # on the footer line, in the padding
        if sticky:
            floor = self._view.viewport().height() - MARGIN
            jump = self._view.findChild(QToolButton, "jumpToLatest")
            if jump is not None and jump.isVisible():
                floor -= jump.height() + MARGIN
            y = max(min(y, floor - size.height()), rect.top() + MARGIN)
        self.setGeometry(QRect(QPoint(x, y), size))

    def _footer_on_the_right(self, index: int) -> bool:
        frame = self._view.frame(index)
        if frame is None:
            return False
        footer = self._view.document().findBlock(frame.lastPosition())  # the last block
        return reads_right_to_left(footer.text(), self._view.isRightToLeft())

    def _restyle(self) -> None:
        palette = self._view.palette()
        base = palette.color(QPalette.ColorRole.Base)
        text = palette.color(QPalette.ColorRole.Text)
        focus = palette.color(QPalette.ColorRole.Highlight)

        def faint(alpha: int) -> str:
            c = QColor(text)
            return f"rgba({c.red()}, {c.green()}, {c.blue()}, {alpha})"

        css = (f"QFrame#messageActions {{ background: {base.name()};"
               f" border: 1px solid {faint(60)}; border-radius: 7px; }}"
               " QFrame#messageActions QToolButton { border: 2px solid transparent;"
               f" border-radius: 5px; padding: 0px 2px; color: {text.name()}; }}"
               f" QFrame#messageActions QToolButton:hover {{ background: {faint(28)}; }}"
               f" QFrame#messageActions QToolButton:pressed {{ background: {faint(50)}; }}"
               f" QFrame#messageActions QToolButton:focus {{ border-color: {focus.name()}; }}"
               f" QFrame#messageActions QLabel {{ color: {text.name()}; padding: 0 3px; }}")
        if css != self._style:  # setting a style sheet sends a palette change: no loop
            self._style = css
            self.setStyleSheet(css)

    def _retranslate(self) -> None:
        for verb, _icon, label in BUTTONS:
            button = self._buttons[verb]
            button.setAccessibleName(translate("MessageActions", label))
            button.setText(translate("MessageActions", label))
            button.setToolTip(button.accessibleName())
        self._shown = None

    # ------------------------------------------------------------- events
    def _trigger(self, verb: str) -> None:
        """Act on the message the buttons were set up for (by its key, not position)."""
        index = self._view.index_of_key(self._shown[0]) if self._shown else None
        if index is not None:
            self._view.action.emit(verb, self._view.messages[index].id, "")

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self._restyle()
        elif event.type() == QEvent.Type.LanguageChange:
            self._retranslate()

    def focusNextPrevChild(self, next: bool) -> bool:
        """Tab between the buttons, then on into the message's links (``MessageFocus``)."""
        return self.focus.tab_from_bar(next)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if not self._alive():
            return False
        if watched is self.parentWidget():
            if kind == QEvent.Type.MouseMove:
                self._mouse = event.position().toPoint()
                self.refresh()
            elif kind == QEvent.Type.Leave:
                self._mouse = None
                self.refresh()
            elif kind == QEvent.Type.MouseButtonPress:
                self.focus.clear()  # the mouse took over
            elif kind == QEvent.Type.Resize:
                self.schedule()
        elif isinstance(watched, QToolButton):
            if kind == QEvent.Type.KeyPress and event.key() in (
                    Qt.Key.Key_Return, Qt.Key.Key_Enter) and not event.modifiers():
                watched.click()
                return True
            if kind == QEvent.Type.FocusOut:
                self.focus.focus_left(event)
        return False


__all__ = ["BUTTONS", "MessageActions", "verbs_for"]
