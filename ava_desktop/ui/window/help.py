"""Help: the keyboard shortcuts (built from the window's actions, so the list cannot drift
from what the keys do) and About (version, licence, where the data and the logs are)."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, QUrl
from PySide6.QtGui import QAction, QDesktopServices, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ava_desktop import __version__

# Keys handled by widgets themselves rather than window actions: (where, what, keys); marked
# for translation here, translated where the table is filled.
WIDGET_KEYS: tuple[tuple[str, str, str], ...] = (
    (
        QT_TRANSLATE_NOOP("ShortcutsDialog", "Message box"),
        QT_TRANSLATE_NOOP("ShortcutsDialog", "Send"),
        "Enter",
    ),
    (
        QT_TRANSLATE_NOOP("ShortcutsDialog", "Message box"),
        QT_TRANSLATE_NOOP("ShortcutsDialog", "New line"),
        "Shift+Enter",
    ),
    (
        QT_TRANSLATE_NOOP("ShortcutsDialog", "Message box"),
        QT_TRANSLATE_NOOP("ShortcutsDialog", "Attach files"),
        "Ctrl+O",
    ),
    (
        QT_TRANSLATE_NOOP("ShortcutsDialog", "Transcript"),
        QT_TRANSLATE_NOOP("ShortcutsDialog", "Buttons of the chosen message, then its links"),
        "Tab / Shift+Tab",
    ),
    (
        QT_TRANSLATE_NOOP("ShortcutsDialog", "Transcript"),
        QT_TRANSLATE_NOOP("ShortcutsDialog", "Press the focused button or link"),
        "Enter / Space",
    ),
    (
        QT_TRANSLATE_NOOP("ShortcutsDialog", "Find bar"),
        QT_TRANSLATE_NOOP("ShortcutsDialog", "Next / previous match"),
        "Enter / Shift+Enter",
    ),
    (
        QT_TRANSLATE_NOOP("ShortcutsDialog", "Sidebar"),
        QT_TRANSLATE_NOOP("ShortcutsDialog", "Open in this tab"),
        "Enter",
    ),
    (
        QT_TRANSLATE_NOOP("ShortcutsDialog", "Sidebar"),
        QT_TRANSLATE_NOOP("ShortcutsDialog", "Open in a new tab"),
        QT_TRANSLATE_NOOP("ShortcutsDialog", "Ctrl+Enter, middle click"),
    ),
    (
        QT_TRANSLATE_NOOP("ShortcutsDialog", "Sidebar"),
        QT_TRANSLATE_NOOP("ShortcutsDialog", "Rename"),
        "F2",
    ),
    (
        QT_TRANSLATE_NOOP("ShortcutsDialog", "Sidebar"),
        QT_TRANSLATE_NOOP("ShortcutsDialog", "Delete (with undo)"),
        "Delete",
    ),
    (
        QT_TRANSLATE_NOOP("ShortcutsDialog", "Sidebar"),
        QT_TRANSLATE_NOOP("ShortcutsDialog", "Undo delete"),
        "Ctrl+Z",
    ),
    (
        QT_TRANSLATE_NOOP("ShortcutsDialog", "Sidebar"),
        QT_TRANSLATE_NOOP("ShortcutsDialog", "More actions"),
        QT_TRANSLATE_NOOP("ShortcutsDialog", "Menu key, Shift+F10"),
    ),
    (
        QT_TRANSLATE_NOOP("ShortcutsDialog", "Tabs"),
        QT_TRANSLATE_NOOP("ShortcutsDialog", "Rename"),
        QT_TRANSLATE_NOOP("ShortcutsDialog", "double click"),
    ),
    (
        QT_TRANSLATE_NOOP("ShortcutsDialog", "Tabs"),
        QT_TRANSLATE_NOOP("ShortcutsDialog", "Close"),
        QT_TRANSLATE_NOOP("ShortcutsDialog", "middle click"),
    ),
)


def _plain(text: str) -> str:
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip("…")


def shortcut_rows(
    menus: Iterable[QMenu], extra: Iterable[QAction] = ()
) -> list[tuple[str, str, str]]:
    """(menu, action, keys) for every action that has a shortcut, in menu order."""
    rows: list[tuple[str, str, str]] = []
    seen: set[int] = set()
    for menu in menus:
        for action in menu.actions():
            if action.shortcuts() and id(action) not in seen:
                seen.add(id(action))
                rows.append((_plain(menu.title()), _plain(action.text()), keys_of(action)))
    for action in extra:
        if action.shortcuts() and id(action) not in seen:
            seen.add(id(action))
            rows.append(
                (
                    QCoreApplication.translate("ShortcutsDialog", "Window"),
                    _plain(action.text()),
                    keys_of(action),
                )
            )
    return rows


def keys_of(action: QAction) -> str:
    fmt = QKeySequence.SequenceFormat.NativeText
    return ", ".join(dict.fromkeys(k.toString(fmt) for k in action.shortcuts()))


class ShortcutsDialog(QDialog):
    """A filterable table of every shortcut."""

    def __init__(self, rows: list[tuple[str, str, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("shortcutsDialog")
        self.setWindowTitle(self.tr("Keyboard Shortcuts"))
        self.resize(560, 560)
        self.filter = QLineEdit(self)
        self.filter.setObjectName("shortcutsFilter")
        self.filter.setPlaceholderText(self.tr("Filter…"))
        self.filter.setAccessibleName(self.tr("Filter shortcuts"))
        self.filter.setClearButtonEnabled(True)
        all_rows = [*rows, *(tuple(self.tr(v) for v in r) for r in WIDGET_KEYS)]
        self.table = QTableWidget(len(all_rows), 3, self)
        self.table.setObjectName("shortcutsTable")
        self.table.setAccessibleName(self.tr("Keyboard shortcuts"))
        self.table.setHorizontalHeaderLabels([self.tr("Where"), self.tr("Action"), self.tr("Keys")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        for row, values in enumerate(all_rows):
            for column, value in enumerate(values):
                self.table.setItem(row, column, QTableWidgetItem(value))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.filter)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.filter.textChanged.connect(self._apply_filter)

    def rows(self) -> list[tuple[str, str, str]]:
        """The rows shown (not filtered out)."""
        return [
            tuple(self.table.item(r, c).text() for c in range(3))  # type: ignore[misc]
            for r in range(self.table.rowCount())
            if not self.table.isRowHidden(r)
        ]

    def _apply_filter(self, text: str) -> None:
        words = text.lower().split()
        for row in range(self.table.rowCount()):
            line = " ".join(self.table.item(row, c).text() for c in range(3)).lower()
            self.table.setRowHidden(row, not all(w in line for w in words))


def open_folder(path: Path) -> bool:
    """Show a folder in the file manager (through the desktop, never a shell)."""
    path.mkdir(parents=True, exist_ok=True)
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


class AboutDialog(QDialog):
    def __init__(
        self, data_dir: Path | None, log_dir: Path | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("aboutDialog")
        self.setWindowTitle(self.tr("About Ava Desktop"))
        title = QLabel(
            self.tr(
                "<h2>Ava Desktop {version}</h2><p>A desktop chat client for large "
                "language models.</p>"
            ).format(version=__version__),
            self,
        )
        title.setTextFormat(Qt.TextFormat.RichText)
        form = QFormLayout()
        form.addRow(self.tr("Licence:"), QLabel(self.tr("MIT"), self))
        self.open_buttons: dict[str, QPushButton] = {}
        for key, label, folder, name in (
            ("data", self.tr("Data folder:"), data_dir, self.tr("Open the data folder")),
            ("logs", self.tr("Logs:"), log_dir, self.tr("Open the logs folder")),
        ):
            if folder is None:
                continue
            path = QLabel(str(folder), self)
            path.setObjectName(f"{key}Path")
            path.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            button = QPushButton(self.tr("Open"), self)
            button.setObjectName(f"open{key.title()}Folder")
            button.setAccessibleName(name)
            button.clicked.connect(lambda *_, f=folder: open_folder(f))
            self.open_buttons[key] = button
            row = QHBoxLayout()
            row.addWidget(path, 1)
            row.addWidget(button)
            form.addRow(label, row)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addLayout(form)
        layout.addWidget(buttons)


__all__ = ["WIDGET_KEYS", "AboutDialog", "ShortcutsDialog", "open_folder", "shortcut_rows"]
