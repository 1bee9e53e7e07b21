"""Every interactive widget has a name a screen reader can say.

The name is what Qt's accessibility layer exposes (``QAccessibleInterface.text(Name)``): an
explicit accessibleName, a button's text, or the label a field is the buddy of. The walk
covers the main window (with the sidebar and a tab), the settings and the history dialogs.
"""

from __future__ import annotations

from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QFrame,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QTabBar,
    QTextEdit,
    QWidget,
)

from ava_desktop.ui.history import HistoryDialog
from ava_desktop.ui.settings import SettingsDialog
from tests.ui.conftest import until

INTERACTIVE = (QAbstractButton, QLineEdit, QComboBox, QAbstractItemView, QTextEdit,
               QPlainTextEdit, QTabBar)


def _name(widget: QWidget) -> str:
    interface = QAccessible.queryAccessibleInterface(widget)
    return (interface.text(QAccessible.Text.Name) if interface is not None else "").strip()


def _unnamed(root: QWidget) -> list[str]:
    missing = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not isinstance(widget, INTERACTIVE):
            continue
        if isinstance(widget, QLineEdit) and isinstance(widget.parent(), QComboBox):
            continue  # an editable combo box's own line edit: the combo box is named
        if isinstance(widget, QHeaderView):
            continue  # its sections are the column headers of the named table's interface
        if widget.objectName().startswith("qt_"):
            continue  # Qt's own parts (a spin box's field, the menu bar's overflow button)
        if isinstance(widget, QAbstractButton) and isinstance(widget.parent(), QLineEdit):
            continue  # a field's clear button: not focusable, Esc/select-all do the same
        if isinstance(widget, QAbstractItemView) and isinstance(widget.parent(), QFrame) \
                and isinstance(widget.parent().parent(), QComboBox):
            continue  # the popup list of a combo box, which is named itself
        if not _name(widget):
            missing.append(f"{type(widget).__name__} {widget.objectName() or '(no name)'} "
                           f"in {type(widget.parent()).__name__}")
    return missing


def test_every_interactive_widget_has_an_accessible_name(make_app, qloop, llm_server):
    app = make_app(llm_server.base_url)
    window = app.window
    store = app.ctx.store
    conv = store.create_conversation("Named things")
    store.add_message(conv.id, "user", "hello")
    store.add_message(conv.id, "assistant", "hi", model="test-model")
    window.resize(1280, 800)
    window.show()
    window.open_conversation(conv.id)
    QApplication.processEvents()
    assert window.sidebar.isVisible()
    missing = _unnamed(window)

    async def dialogs() -> None:
        window.act_settings.trigger()
        await until(lambda: window.findChild(SettingsDialog) is not None)
        window.act_history.trigger()
        await until(lambda: window.findChild(HistoryDialog) is not None)

    qloop.run_until_complete(dialogs())
    settings = window.findChild(SettingsDialog)
    history = window.findChild(HistoryDialog)
    missing += _unnamed(settings) + _unnamed(history)
    settings.close()
    history.close()
    assert missing == [], "\n".join(missing)
