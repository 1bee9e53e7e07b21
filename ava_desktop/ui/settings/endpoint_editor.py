"""The form for one endpoint in the settings dialog: fields, key, extra headers and Test.

The form writes through to an :class:`EndpointDraft` as the user types, so switching between
endpoints loses nothing and Cancel simply drops the drafts. A typed key lives only in the
draft (memory) until Save hands it to the keychain; the stored key is never read back into a
widget. Test runs ``list_models`` as a task on the GUI loop, never blocking the window.
"""


from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable, Coroutine
from typing import Any

import aiohttp
import shiboken6
from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ava_desktop.core.providers import ProviderError
from ava_desktop.core.secrets import KeyStore, StoredKey
from ava_desktop.core.settings import validate_base_url
from ava_desktop.core.targets import list_endpoint_models
from ava_desktop.ui.messages import error_text
from ava_desktop.ui.settings.draft import EndpointDraft, describe_models

log = logging.getLogger(__name__)

TEST_TIMEOUT = 15.0
ERROR_STYLE = "color: #c62828;"
OK_STYLE = "color: #2e7d32;"

Spawn = Callable[[Coroutine[Any, Any, Any]], "asyncio.Task[Any]"]
SessionGetter = Callable[[], aiohttp.ClientSession | None]


def keychain_label(keys: KeyStore) -> str:
    """Where keys go, in a user's words ("Secret Service", "macOS Keychain", ...)."""
    if not keys.persistent:
        return QCoreApplication.translate("EndpointEditor", "memory for this session only")
    name = keys.backend_name
    for part, label in (
        ("SecretService", "Secret Service"),
        ("libsecret", "Secret Service"),
        ("macOS", "macOS Keychain"),
        ("Windows", "Windows Credential Locker"),
        ("kwallet", "KWallet"),
        ("chainer", QCoreApplication.translate("EndpointEditor", "the system keychain")),
    ):
        if part in name:
            return label
    return name.rsplit(".", 1)[-1]


def error_label(parent: QWidget, name: str) -> QLabel:
    """A hidden red label under a field, shown with the field's problem."""
    label = QLabel(parent)
    label.setObjectName(name)
    label.setStyleSheet(ERROR_STYLE)
    label.setWordWrap(True)
    label.hide()
    return label


class EndpointEditor(QWidget):
    """Edits one :class:`EndpointDraft`; ``changed`` fires when the list row should update."""

    changed = Signal()

    def __init__(self, keys: KeyStore, spawn: Spawn, session_getter: SessionGetter,
                 proxy_getter: Callable[[], str | None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("endpointEditor")
        self._keys = keys
        self._spawn = spawn
        self._session_getter = session_getter
        self._proxy_getter = proxy_getter
        self._draft: EndpointDraft | None = None
        self._loading = False

        self.name_edit = QLineEdit(self)
        self.name_edit.setObjectName("endpointName")
        self.name_error = error_label(self, "endpointNameError")
        self.url_edit = QLineEdit(self)
        self.url_edit.setObjectName("endpointUrl")
        self.url_edit.setPlaceholderText("https://host/v1")
        self.url_error = error_label(self, "endpointUrlError")
        self.key_edit = QLineEdit(self)
        self.key_edit.setObjectName("endpointKey")
        self.key_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.key_edit.setClearButtonEnabled(True)
        self.remove_key_button = QPushButton(self.tr("Remove key"), self)
        self.remove_key_button.setObjectName("removeKey")
        self.key_error = error_label(self, "endpointKeyError")
        self.enabled_check = QCheckBox(self.tr("Ena&bled"), self)
        self.enabled_check.setObjectName("endpointEnabled")

        self.headers_table = QTableWidget(0, 2, self)
        self.headers_table.setAccessibleName(self.tr("Extra headers"))
        self.headers_table.setAccessibleName(self.tr("Extra headers"))
        self.headers_table.setObjectName("endpointHeaders")
        self.headers_table.setHorizontalHeaderLabels([self.tr("Header"), self.tr("Value")])
        self.headers_table.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.Stretch)
        self.headers_table.verticalHeader().hide()
        self.headers_table.setTabKeyNavigation(False)
        self.headers_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.headers_table.setMaximumHeight(110)
        self.add_header_button = QPushButton(self.tr("Add header"), self)
        self.add_header_button.setObjectName("addHeader")
        self.remove_header_button = QPushButton(self.tr("Remove header"), self)
        self.remove_header_button.setObjectName("removeHeader")
        self.headers_error = error_label(self, "endpointHeadersError")

        self.test_button = QPushButton(self.tr("&Test"), self)
        self.test_button.setObjectName("testEndpoint")
        self.test_button.setToolTip(self.tr("List the server's models with the values in this "
                                            "form"))
        self.test_result = QLabel(self)
        self.test_result.setObjectName("testResult")
        self.test_result.setWordWrap(True)
        self.test_result.setTextFormat(Qt.TextFormat.PlainText)
        self.test_result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for text, edit, error in ((self.tr("&Name:"), self.name_edit, self.name_error),
                                  (self.tr("Base &URL:"), self.url_edit, self.url_error)):
            label = QLabel(text, self)
            label.setBuddy(edit)
            form.addRow(label, _stack(edit, error))
        key_row = QHBoxLayout()
        key_row.addWidget(self.key_edit, 1)
        key_row.addWidget(self.remove_key_button)
        key_box = QVBoxLayout()
        key_box.addLayout(key_row)
        key_box.addWidget(self.key_error)
        key_label = QLabel(self.tr("API &key:"), self)
        key_label.setBuddy(self.key_edit)
        form.addRow(key_label, key_box)
        form.addRow("", self.enabled_check)
        header_buttons = QHBoxLayout()
        header_buttons.addWidget(self.add_header_button)
        header_buttons.addWidget(self.remove_header_button)
        header_buttons.addStretch(1)
        header_box = QVBoxLayout()
        header_box.addWidget(self.headers_table)
        header_box.addLayout(header_buttons)
        header_box.addWidget(self.headers_error)
        headers_label = QLabel(self.tr("Extra &headers:"), self)
        headers_label.setBuddy(self.headers_table)
        form.addRow(headers_label, header_box)
        test_row = QHBoxLayout()
        test_row.addWidget(self.test_button)
        test_row.addWidget(self.test_result, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form)
        layout.addLayout(test_row)
        layout.addStretch(1)

        self.name_edit.textChanged.connect(self._name_changed)
        self.url_edit.textChanged.connect(self._url_changed)
        self.key_edit.textChanged.connect(self._key_changed)
        self.enabled_check.toggled.connect(self._enabled_changed)
        self.remove_key_button.clicked.connect(self.remove_key)
        self.headers_table.cellChanged.connect(self._headers_changed)
        self.add_header_button.clicked.connect(self.add_header)
        self.remove_header_button.clicked.connect(self.remove_header)
        self.test_button.clicked.connect(self.start_test)
        self.set_draft(None)

    # ------------------------------------------------------------- loading
    @property
    def draft(self) -> EndpointDraft | None:
        return self._draft

    def set_draft(self, draft: EndpointDraft | None) -> None:
        """Show ``draft`` in the form (None: an empty, disabled form)."""
        self._draft = draft
        self._loading = True
        try:
            ep = draft.endpoint if draft else None
            self.name_edit.setText(ep.name if ep else "")
            self.url_edit.setText(ep.base_url if ep else "")
            self.key_edit.setText(draft.key if draft else "")
            self.enabled_check.setChecked(ep.enabled if ep else False)
            self.headers_table.setRowCount(0)
            for name, value in (draft.header_rows if draft else []):
                self._append_row(name, value)
        finally:
            self._loading = False
        self.setEnabled(draft is not None)
        self._refresh_key()
        self._refresh_test()
        self.show_problems({})

    def show_problems(self, problems: dict[str, str]) -> None:
        for name, label in (("name", self.name_error), ("base_url", self.url_error),
                            ("key", self.key_error), ("headers", self.headers_error)):
            label.setText(problems.get(name, ""))
            label.setVisible(name in problems)

    def focus_problem(self, problems: dict[str, str]) -> None:
        for name, widget in (("name", self.name_edit), ("base_url", self.url_edit),
                             ("key", self.key_edit), ("headers", self.headers_table)):
            if name in problems:
                widget.setFocus()
                return

    # ------------------------------------------------------------- editing
    def _revalidate(self, which: str) -> None:
        """Clear (or update) a shown error as soon as the user fixes the field."""
        label = {"name": self.name_error, "base_url": self.url_error, "key": self.key_error,
                 "headers": self.headers_error}[which]
        if self._draft is not None and label.isVisible():
            problem = self._draft.problems().get(which)
            label.setText(problem or "")
            label.setVisible(problem is not None)

    def _name_changed(self, text: str) -> None:
        if self._loading or self._draft is None:
            return
        self._draft.endpoint.name = text
        self._revalidate("name")
        self.changed.emit()

    def _url_changed(self, text: str) -> None:
        if self._loading or self._draft is None:
            return
        self._draft.endpoint.base_url = text
        self._revalidate("base_url")
        self.changed.emit()

    def _key_changed(self, text: str) -> None:
        if self._loading or self._draft is None:
            return
        self._draft.key = text
        if text:
            self._draft.remove_key = False
        self._revalidate("key")
        self._refresh_key()
        self.changed.emit()

    def _enabled_changed(self, on: bool) -> None:
        if self._loading or self._draft is None:
            return
        self._draft.endpoint.enabled = on
        self.changed.emit()

    def set_enabled_state(self, on: bool) -> None:
        """The list's checkbox changed the current endpoint's state; follow it."""
        self._loading = True
        try:
            self.enabled_check.setChecked(on)
        finally:
            self._loading = False

    def remove_key(self) -> None:
        if self._draft is None:
            return
        self._draft.key = ""
        self._draft.remove_key = True
        self._loading = True
        try:
            self.key_edit.clear()
        finally:
            self._loading = False
        self._refresh_key()
        self.changed.emit()

    def _refresh_key(self) -> None:
        d = self._draft
        where = keychain_label(self._keys)
        if d is None:
            text = ""
        elif d.remove_key and d.had_key:
            text = self.tr("The key will be removed when you save")
        elif d.key_unavailable:
            text = self.tr("The saved key is in a keychain not available now; type it again")
        elif d.endpoint.has_key:
            text = self.tr("•••• stored in {where} (type to replace)").format(where=where)
        elif d.session_key:
            text = self.tr("•••• kept for this session only (type to replace)")
        else:
            text = self.tr("Paste the key; it is saved in {where}").format(where=where)
        self.key_edit.setPlaceholderText(text)
        self.key_edit.setToolTip(text)
        self.remove_key_button.setEnabled(
            d is not None and (bool(d.key) or (d.had_key and not d.remove_key)))

    # -------------------------------------------------------------- headers
    def _append_row(self, name: str = "", value: str = "") -> None:
        row = self.headers_table.rowCount()
        self.headers_table.insertRow(row)
        self.headers_table.setItem(row, 0, QTableWidgetItem(name))
        self.headers_table.setItem(row, 1, QTableWidgetItem(value))

    def add_header(self) -> None:
        if self._draft is None:
            return
        self._loading = True
        try:
            self._append_row()
        finally:
            self._loading = False
        self._headers_changed()
        row = self.headers_table.rowCount() - 1
        self.headers_table.setFocus()
        self.headers_table.setCurrentCell(row, 0)
        self.headers_table.editItem(self.headers_table.item(row, 0))

    def remove_header(self) -> None:
        row = self.headers_table.currentRow()
        if self._draft is None or row < 0:
            return
        self.headers_table.removeRow(row)
        self._headers_changed()

    def _headers_changed(self, *_args: object) -> None:
        if self._loading or self._draft is None:
            return
        rows = []
        for row in range(self.headers_table.rowCount()):
            cells = [self.headers_table.item(row, col) for col in (0, 1)]
            rows.append([c.text() if c is not None else "" for c in cells])
        self._draft.header_rows = rows
        self._revalidate("headers")

    # ----------------------------------------------------------------- test
    def start_test(self) -> None:
        """List the models with the form's current values, in the background."""
        d = self._draft
        if d is None or d.test_task is not None:
            return
        problems = {k: v for k, v in d.problems().items() if k != "name"}
        if problems:
            self.show_problems(problems)
            d.test_ok, d.test_text = False, self.tr("Fix the fields above first.")
            self._refresh_test()
            return
        d.test_ok, d.test_text = None, ""
        d.test_task = self._spawn(self._run_test(d))
        self._refresh_test()

    async def _run_test(self, d: EndpointDraft) -> None:
        try:
            key: StoredKey | str | None = d.key.strip() or None  # typed: for this URL
            if key is None and d.had_key and not d.remove_key:
                # stored: only for its own origin, which list_endpoint_models checks
                key = await self._keys.aget_bound(d.endpoint.id, d.key_host)
            validate_base_url(d.endpoint.base_url)
            models = await list_endpoint_models(
                d.endpoint, key, session=self._session_getter(), timeout=TEST_TIMEOUT,
                proxy=self._proxy_getter(), extra_headers=d.headers() or None)
            count = len(models)
            d.test_ok, d.test_text = True, describe_models(
                models, self.tr("%n model(s): {names}", "", count))
        except ProviderError as exc:
            d.test_ok, d.test_text = False, error_text(exc)
        except asyncio.CancelledError:
            d.test_ok, d.test_text = None, ""
            raise
        except Exception as exc:  # never a traceback in the window; the log has the type
            log.warning("endpoint test failed: %s", type(exc).__name__)
            d.test_ok, d.test_text = False, self.tr("The test failed: {problem}").format(
                problem=exc or type(exc).__name__)
        finally:
            d.test_task = None
            if shiboken6.isValid(self) and d is self._draft:
                self._refresh_test()

    def _refresh_test(self) -> None:
        d = self._draft
        busy = d is not None and d.test_task is not None
        self.test_button.setText(self.tr("Testing…") if busy else self.tr("&Test"))
        self.test_button.setEnabled(d is not None and not busy)
        self.test_result.setText(d.test_text if d else "")
        ok = d.test_ok if d else None
        self.test_result.setStyleSheet(OK_STYLE if ok else ERROR_STYLE if ok is False else "")


def _stack(widget: QWidget, below: QWidget) -> QVBoxLayout:
    box = QVBoxLayout()
    box.setSpacing(2)
    box.addWidget(widget)
    box.addWidget(below)
    return box
