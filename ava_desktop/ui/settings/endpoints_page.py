"""The Endpoints page of Settings: the list (tick to enable), add from a preset, remove.

A mixin of :class:`~ava_desktop.ui.settings.dialog.SettingsDialog`: its widgets are the
dialog's attributes (``dialog.endpoint_list``, ``dialog.editor``), so the dialog, its
shortcuts and tests reach them by name.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ava_desktop.core.secrets import KeyStore
from ava_desktop.core.settings import (
    CUSTOM_PRESET,
    Endpoint,
    known_presets,
    validate_proxy_url,
)
from ava_desktop.ui.messages import keys_text
from ava_desktop.ui.settings.draft import EndpointDraft
from ava_desktop.ui.settings.endpoint_editor import EndpointEditor

NAME_COL, URL_COL, KEY_COL = range(3)


class EndpointsPage:
    """Builds and runs the Endpoints page (see the module docstring)."""

    _filling: bool
    _keys: KeyStore
    drafts: list[EndpointDraft]

    def _build_endpoints_page(self) -> QWidget:
        page = QWidget(self)
        self.keychain_message = QLabel(keys_text(self._keys), page)
        self.keychain_message.setObjectName("keychainMessage")
        self.keychain_message.setWordWrap(True)
        self.keychain_message.setStyleSheet("font-weight: bold;")
        self.keychain_message.setVisible(bool(self._keys.message))

        self.endpoint_list = QTreeWidget(page)
        self.endpoint_list.setObjectName("endpointList")
        self.endpoint_list.setAccessibleName(self.tr("Endpoints"))
        self.endpoint_list.setHeaderLabels([self.tr("Name"), self.tr("Base URL"), self.tr("Key")])
        self.endpoint_list.setRootIsDecorated(False)
        self.endpoint_list.setUniformRowHeights(True)
        self.endpoint_list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.endpoint_list.header().setSectionResizeMode(URL_COL, QHeaderView.ResizeMode.Stretch)
        self.endpoint_list.header().setStretchLastSection(False)
        self.endpoint_list.setToolTip(self.tr("Tick an endpoint to enable it"))

        self.preset_combo = QComboBox(page)
        self.preset_combo.setObjectName("presetCombo")
        for preset in known_presets():
            where = "local" if preset.local else preset.base_url.split("/")[2]
            self.preset_combo.addItem(self.tr("{name} ({where})")
                                      .format(name=preset.name, where=where), preset.name)
        self.preset_combo.addItem(self.tr("Custom (any OpenAI-compatible server)"), CUSTOM_PRESET)
        self.add_button = QPushButton(self.tr("&Add"), page)
        self.add_button.setObjectName("addEndpoint")
        self.remove_button = QPushButton(self.tr("&Remove endpoint"), page)
        self.remove_button.setObjectName("removeEndpoint")
        add_row = QHBoxLayout()
        add_row.addWidget(self.preset_combo, 1)
        add_row.addWidget(self.add_button)
        left = QVBoxLayout()
        add_label = QLabel(self.tr("New endpoint &from:"), page)
        add_label.setBuddy(self.preset_combo)
        left.addWidget(self.endpoint_list, 1)
        left.addWidget(add_label)
        left.addLayout(add_row)
        left.addWidget(self.remove_button)

        self.editor = EndpointEditor(self._keys, self._spawn, self._session_getter,
                                     self.proxy_for_test, page)
        self.editor.changed.connect(self._update_current_row)
        columns = QHBoxLayout()
        columns.addLayout(left, 2)
        columns.addWidget(self.editor, 3)
        layout = QVBoxLayout(page)
        layout.addWidget(self.keychain_message)
        layout.addLayout(columns, 1)

        self.endpoint_list.currentItemChanged.connect(self._current_changed)
        self.endpoint_list.itemChanged.connect(self._item_changed)
        self.add_button.clicked.connect(lambda: self.add_endpoint(self.preset_combo.currentData()))
        self.remove_button.clicked.connect(self.remove_current_endpoint)
        QWidget.setTabOrder(self.endpoint_list, self.preset_combo)
        QWidget.setTabOrder(self.preset_combo, self.add_button)
        QWidget.setTabOrder(self.add_button, self.remove_button)
        QWidget.setTabOrder(self.remove_button, self.editor.name_edit)
        return page

    def _session_key(self, ep: Endpoint) -> bool:
        # Without a keychain, get() only reads memory, so it cannot block.
        return not self._keys.persistent and self._keys.get(ep.id) is not None

    def _fill_endpoint_list(self) -> None:
        self._filling = True
        try:
            self.endpoint_list.clear()
            for draft in self.drafts:
                item = QTreeWidgetItem(self.endpoint_list)
                item.setData(NAME_COL, Qt.ItemDataRole.UserRole, draft)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                self._paint_row(item, draft)
        finally:
            self._filling = False

    def _paint_row(self, item: QTreeWidgetItem, draft: EndpointDraft) -> None:
        ep = draft.endpoint
        was, self._filling = self._filling, True
        try:
            item.setText(NAME_COL, ep.name.strip() or self.tr("(no name)"))
            item.setText(URL_COL, ep.base_url.strip())
            item.setText(KEY_COL, draft.key_mark())
            item.setCheckState(NAME_COL, Qt.CheckState.Checked if ep.enabled
                               else Qt.CheckState.Unchecked)
            bad = bool(draft.problems())
            item.setToolTip(NAME_COL, self.tr("Needs fixing before it can be saved") if bad
                            else ep.name)
        finally:
            self._filling = was

    def _row(self, draft: EndpointDraft) -> QTreeWidgetItem | None:
        for i in range(self.endpoint_list.topLevelItemCount()):
            item = self.endpoint_list.topLevelItem(i)
            if item.data(NAME_COL, Qt.ItemDataRole.UserRole) is draft:
                return item
        return None

    def _repaint_rows(self) -> None:
        for draft in self.drafts:
            item = self._row(draft)
            if item is not None:
                self._paint_row(item, draft)

    def current_draft(self) -> EndpointDraft | None:
        return self.editor.draft

    def _current_changed(self, current: QTreeWidgetItem | None, _prev: Any) -> None:
        draft = current.data(NAME_COL, Qt.ItemDataRole.UserRole) if current else None
        self.editor.set_draft(draft)
        self._update_endpoint_buttons()

    def _item_changed(self, item: QTreeWidgetItem, column: int) -> None:
        if self._filling or column != NAME_COL:
            return
        draft: EndpointDraft = item.data(NAME_COL, Qt.ItemDataRole.UserRole)
        draft.endpoint.enabled = item.checkState(NAME_COL) == Qt.CheckState.Checked
        if draft is self.editor.draft:
            self.editor.set_enabled_state(draft.endpoint.enabled)

    def _update_current_row(self) -> None:
        draft = self.editor.draft
        item = self._row(draft) if draft else None
        if item is not None and draft is not None:
            self._paint_row(item, draft)

    def _update_endpoint_buttons(self) -> None:
        self.remove_button.setEnabled(self.editor.draft is not None)

    def add_endpoint(self, preset_name: str = CUSTOM_PRESET) -> EndpointDraft:
        """Add an endpoint pre-filled from a preset (by name) and select it."""
        preset = next((p for p in known_presets() if p.name == preset_name), None)
        base = preset.name if preset else self.tr("Custom")  # a name the user may change
        names = {d.endpoint.name for d in self.drafts}
        name, n = base, 2
        while name in names:
            name, n = f"{base} {n}", n + 1
        ep = Endpoint(name=name, base_url=preset.base_url if preset else "",
                      preset=preset.name if preset else CUSTOM_PRESET)
        draft = EndpointDraft.of(ep)
        self.drafts.append(draft)
        self._fill_endpoint_list()
        self.endpoint_list.setCurrentItem(self._row(draft))
        if preset is None:
            self.editor.url_edit.setFocus()
        elif preset.needs_key:
            self.editor.key_edit.setFocus()
        else:
            self.editor.name_edit.setFocus()
        self.status.setText(self.tr("Added {name}; Save keeps it.").format(name=name))
        return draft

    def remove_current_endpoint(self) -> None:
        draft = self.editor.draft
        if draft is None:
            return
        row = self.drafts.index(draft)
        if draft.test_task is not None:
            draft.test_task.cancel()
        self.drafts.remove(draft)
        self._removed.append(draft)
        self._fill_endpoint_list()
        if self.drafts:
            self.endpoint_list.setCurrentItem(
                self.endpoint_list.topLevelItem(min(row, len(self.drafts) - 1)))
        else:
            self.editor.set_draft(None)
        self._update_endpoint_buttons()
        self.status.setText(self.tr("Removed {name}; Cancel brings it back.")
                            .format(name=draft.endpoint.name))

    def proxy_for_test(self) -> str | None:
        """The proxy typed on the General page if valid, else the saved one."""
        try:
            return validate_proxy_url(self.proxy_edit.text())
        except ValueError:
            return self._service.settings.proxy_url

