"""Settings (Ctrl+,): endpoints with their API keys, and the general preferences.

Non-modal (``open()``, never ``exec()``, which would re-enter the asyncio loop). Nothing is
written until Save: it validates every field with the core validators (a bad one gets an
inline message and nothing is written), stores new keys in the keychain off the GUI thread,
writes the settings file atomically, deletes keys the user removed, then emits
``settingsChanged(Settings)``. Cancel (or Esc) drops everything. Keys never reach the
settings file or the log.
"""

from __future__ import annotations

import asyncio
import copy
import itertools
import logging
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ava_desktop.core.secrets import KeyStore
from ava_desktop.core.settings import (
    BUILTIN_PROMPT_PRESETS,
    CUSTOM_PRESET,
    FONT_SIZE_RANGE,
    TEMPERATURE_RANGE,
    THEMES,
    Endpoint,
    PromptPreset,
    Settings,
    SettingsStore,
    known_presets,
    validate_base_url,
    validate_proxy_url,
)
from ava_desktop.ui.endpoint_editor import (
    EndpointDraft,
    EndpointEditor,
    SessionGetter,
    Spawn,
    error_label,
)

log = logging.getLogger(__name__)

THEME_LABELS = {"system": "System", "light": "Light", "dark": "Dark"}
MAX_TOKENS_LIMIT = 2_000_000_000
NAME_COL, URL_COL, KEY_COL = range(3)


def parse_temperature(text: str) -> float | None:
    """Blank -> None (provider default); else a number in 0–2 ("0,7" accepted)."""
    text = text.strip().replace(",", ".")
    if not text:
        return None
    lo, hi = TEMPERATURE_RANGE
    try:
        value = float(text)
    except ValueError:
        value = float("nan")
    if not lo <= value <= hi:
        raise ValueError(f"Temperature must be a number from {lo:g} to {hi:g}, or blank for "
                         "the provider's default.")
    return value


class SettingsDialog(QDialog):
    """Edits a copy of ``settings``; emits ``settingsChanged(new_settings)`` after a save."""

    settingsChanged = Signal(object)

    def __init__(self, settings: Settings, store: SettingsStore, keys: KeyStore, spawn: Spawn,
                 session_getter: SessionGetter, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("settingsDialog")
        self.setWindowTitle("Settings")
        self.resize(860, 600)
        # The live object, read again at save time: fields this dialog does not edit (window
        # geometry, last used model, unknown keys) may change while it is open.
        self._live = settings
        self._store = store
        self._keys = keys
        self._spawn = spawn
        self._session_getter = session_getter  # asked at test time: the session may change
        self._save_task: asyncio.Task[Any] | None = None
        self._saving = False
        self._filling = False
        self.drafts: list[EndpointDraft] = [
            EndpointDraft.of(copy.deepcopy(ep), session_key=self._session_key(ep),
                             keychain=keys.persistent)
            for ep in settings.endpoints if not ep.transient]
        self._removed: list[EndpointDraft] = []
        self.user_presets: list[PromptPreset] = [copy.deepcopy(p) for p in settings.prompt_presets
                                                 if not p.builtin]

        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("settingsTabs")
        self.tabs.addTab(self._build_endpoints_page(), "&Endpoints")
        self.tabs.addTab(self._build_general_page(), "&General")
        self.status = QLabel(self)
        self.status.setObjectName("settingsStatus")
        self.status.setWordWrap(True)
        self.buttons = QDialogButtonBox(self)
        self.save_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Save)
        self.save_button.setObjectName("saveSettings")
        self.save_button.setToolTip("Save (Ctrl+Enter)")
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setObjectName("cancelSettings")
        for button in (self.save_button, self.cancel_button):
            button.setAutoDefault(False)
            button.setDefault(False)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        bottom.addWidget(self.buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(bottom)

        self.save_button.clicked.connect(self.save)
        self.cancel_button.clicked.connect(self.reject)
        for seq in ("Ctrl+Return", "Ctrl+Enter"):
            shortcut = QShortcut(QKeySequence(seq), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(self.save)

        self._fill_endpoint_list()
        if self.drafts:
            self.endpoint_list.setCurrentItem(self.endpoint_list.topLevelItem(0))
        self._fill_general(settings)
        self._update_endpoint_buttons()

    # =========================================================== endpoints page
    def _build_endpoints_page(self) -> QWidget:
        page = QWidget(self)
        self.keychain_message = QLabel(self._keys.message, page)
        self.keychain_message.setObjectName("keychainMessage")
        self.keychain_message.setWordWrap(True)
        self.keychain_message.setStyleSheet("font-weight: bold;")
        self.keychain_message.setVisible(bool(self._keys.message))

        self.endpoint_list = QTreeWidget(page)
        self.endpoint_list.setObjectName("endpointList")
        self.endpoint_list.setAccessibleName("Endpoints")
        self.endpoint_list.setHeaderLabels(["Name", "Base URL", "Key"])
        self.endpoint_list.setRootIsDecorated(False)
        self.endpoint_list.setUniformRowHeights(True)
        self.endpoint_list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.endpoint_list.header().setSectionResizeMode(URL_COL, QHeaderView.ResizeMode.Stretch)
        self.endpoint_list.header().setStretchLastSection(False)
        self.endpoint_list.setToolTip("Tick an endpoint to enable it")

        self.preset_combo = QComboBox(page)
        self.preset_combo.setObjectName("presetCombo")
        for preset in known_presets():
            where = "local" if preset.local else preset.base_url.split("/")[2]
            self.preset_combo.addItem(f"{preset.name} ({where})", preset.name)
        self.preset_combo.addItem("Custom (any OpenAI-compatible server)", CUSTOM_PRESET)
        self.add_button = QPushButton("&Add", page)
        self.add_button.setObjectName("addEndpoint")
        self.remove_button = QPushButton("&Remove endpoint", page)
        self.remove_button.setObjectName("removeEndpoint")
        add_row = QHBoxLayout()
        add_row.addWidget(self.preset_combo, 1)
        add_row.addWidget(self.add_button)
        left = QVBoxLayout()
        add_label = QLabel("New endpoint &from:", page)
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
            item.setText(NAME_COL, ep.name.strip() or "(no name)")
            item.setText(URL_COL, ep.base_url.strip())
            item.setText(KEY_COL, draft.key_mark())
            item.setCheckState(NAME_COL, Qt.CheckState.Checked if ep.enabled
                               else Qt.CheckState.Unchecked)
            bad = bool(draft.problems())
            item.setToolTip(NAME_COL, "Needs fixing before it can be saved" if bad else ep.name)
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
        base = preset.name if preset else "Custom"
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
        self.status.setText(f"Added {name}; Save keeps it.")
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
        self.status.setText(f"Removed {draft.endpoint.name}; Cancel brings it back.")

    def proxy_for_test(self) -> str | None:
        """The proxy typed on the General page if valid, else the saved one."""
        try:
            return validate_proxy_url(self.proxy_edit.text())
        except ValueError:
            return self._live.proxy_url

    # ============================================================ general page
    def _build_general_page(self) -> QWidget:
        page = QWidget(self)
        self.proxy_edit = QLineEdit(page)
        self.proxy_edit.setObjectName("proxyUrl")
        self.proxy_edit.setPlaceholderText("none (HTTPS_PROXY is used if set)")
        self.proxy_error = error_label(page, "proxyError")
        self.theme_combo = QComboBox(page)
        self.theme_combo.setObjectName("themeCombo")
        for theme in THEMES:
            self.theme_combo.addItem(THEME_LABELS.get(theme, theme.title()), theme)
        self.font_spin = QSpinBox(page)
        self.font_spin.setObjectName("fontSize")
        self.font_spin.setRange(FONT_SIZE_RANGE[0] - 1, FONT_SIZE_RANGE[1])
        self.font_spin.setSpecialValueText("Default")
        self.font_spin.setSuffix(" pt")
        self.system_prompt_edit = QPlainTextEdit(page)
        self.system_prompt_edit.setObjectName("systemPrompt")
        self.system_prompt_edit.setTabChangesFocus(True)
        self.system_prompt_edit.setPlaceholderText("None")
        self.system_prompt_edit.setMaximumHeight(90)
        self.temperature_edit = QLineEdit(page)
        self.temperature_edit.setObjectName("temperature")
        self.temperature_edit.setPlaceholderText("provider default (0–2)")
        self.temperature_error = error_label(page, "temperatureError")
        self.max_tokens_spin = QSpinBox(page)
        self.max_tokens_spin.setObjectName("maxTokens")
        self.max_tokens_spin.setRange(0, MAX_TOKENS_LIMIT)
        self.max_tokens_spin.setSpecialValueText("Default")
        self.offline_check = QCheckBox("Show &offline providers (CodeLinkAva)", page)
        self.offline_check.setObjectName("showOffline")
        self.discovery_check = QCheckBox("&Discover local servers (Ollama, LM Studio, …)", page)
        self.discovery_check.setObjectName("localDiscovery")

        self.preset_list = QListWidget(page)
        self.preset_list.setObjectName("promptPresets")
        self.preset_list.setMaximumHeight(120)
        self.preset_name_edit = QLineEdit(page)
        self.preset_name_edit.setObjectName("presetName")
        self.preset_text_edit = QPlainTextEdit(page)
        self.preset_text_edit.setObjectName("presetText")
        self.preset_text_edit.setTabChangesFocus(True)
        self.preset_text_edit.setMaximumHeight(80)
        self.add_preset_button = QPushButton("&Add preset", page)
        self.add_preset_button.setObjectName("addPreset")
        self.remove_preset_button = QPushButton("Remo&ve preset", page)
        self.remove_preset_button.setObjectName("removePreset")
        self.preset_error = error_label(page, "presetError")

        form = QFormLayout(page)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self._add_row(form, "&Proxy URL:", self.proxy_edit, self.proxy_error)
        self._add_row(form, "T&heme:", self.theme_combo)
        self._add_row(form, "Font si&ze:", self.font_spin)
        self._add_row(form, "Default s&ystem prompt:", self.system_prompt_edit)
        self._add_row(form, "&Temperature:", self.temperature_edit, self.temperature_error)
        self._add_row(form, "&Max tokens:", self.max_tokens_spin)
        preset_buttons = QHBoxLayout()
        preset_buttons.addWidget(self.add_preset_button)
        preset_buttons.addWidget(self.remove_preset_button)
        preset_buttons.addStretch(1)
        preset_box = QVBoxLayout()
        preset_box.addWidget(self.preset_list)
        preset_box.addLayout(preset_buttons)
        label = QLabel("P&rompt presets:", page)
        label.setBuddy(self.preset_list)
        form.addRow(label, preset_box)
        self._add_row(form, "Preset &name:", self.preset_name_edit)
        self._add_row(form, "Preset te&xt:", self.preset_text_edit, self.preset_error)
        form.addRow("", self.offline_check)
        form.addRow("", self.discovery_check)

        self.proxy_edit.textChanged.connect(lambda _t: self._recheck_general())
        self.temperature_edit.textChanged.connect(lambda _t: self._recheck_general())
        self.preset_list.currentRowChanged.connect(self._preset_selected)
        self.preset_name_edit.textChanged.connect(self._preset_edited)
        self.preset_text_edit.textChanged.connect(self._preset_edited)
        self.add_preset_button.clicked.connect(self.add_prompt_preset)
        self.remove_preset_button.clicked.connect(self.remove_prompt_preset)
        chain = (self.proxy_edit, self.theme_combo, self.font_spin, self.system_prompt_edit,
                 self.temperature_edit, self.max_tokens_spin, self.preset_list,
                 self.add_preset_button, self.remove_preset_button, self.preset_name_edit,
                 self.preset_text_edit, self.offline_check, self.discovery_check)
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)
        return page

    def _add_row(self, form: QFormLayout, text: str, field: QWidget,
                 error: QLabel | None = None) -> None:
        label = QLabel(text, field.parentWidget())
        label.setBuddy(field)
        if error is None:
            form.addRow(label, field)
            return
        box = QVBoxLayout()
        box.setSpacing(2)
        box.addWidget(field)
        box.addWidget(error)
        form.addRow(label, box)

    def _fill_general(self, s: Settings) -> None:
        self.proxy_edit.setText(s.proxy_url or "")
        self.theme_combo.setCurrentIndex(max(0, self.theme_combo.findData(s.theme)))
        self.font_spin.setValue(s.font_size if s.font_size else self.font_spin.minimum())
        self.system_prompt_edit.setPlainText(s.system_prompt)
        self.temperature_edit.setText("" if s.temperature is None else f"{s.temperature:g}")
        self.max_tokens_spin.setValue(s.max_tokens or 0)
        self.offline_check.setChecked(s.show_offline_providers)
        self.discovery_check.setChecked(s.local_discovery)
        self._fill_presets()

    # ----------------------------------------------------------- prompt presets
    def _fill_presets(self, select: int = 0) -> None:
        self._filling = True
        try:
            self.preset_list.clear()
            for preset in BUILTIN_PROMPT_PRESETS:
                item = QListWidgetItem(f"{preset.name} (built-in)", self.preset_list)
                item.setData(Qt.ItemDataRole.UserRole, preset)
                item.setForeground(self.palette().placeholderText())
            for preset in self.user_presets:
                item = QListWidgetItem(preset.name, self.preset_list)
                item.setData(Qt.ItemDataRole.UserRole, preset)
        finally:
            self._filling = False
        self.preset_list.setCurrentRow(select)
        self._preset_selected(self.preset_list.currentRow())

    def _selected_preset(self) -> PromptPreset | None:
        item = self.preset_list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    def _preset_selected(self, _row: int) -> None:
        if self._filling:
            return
        preset = self._selected_preset()
        editable = preset is not None and not preset.builtin
        self._filling = True
        try:
            self.preset_name_edit.setText(preset.name if preset else "")
            self.preset_text_edit.setPlainText(preset.text if preset else "")
        finally:
            self._filling = False
        self.preset_name_edit.setReadOnly(not editable)
        self.preset_text_edit.setReadOnly(not editable)
        self.remove_preset_button.setEnabled(editable)

    def _preset_edited(self) -> None:
        preset = self._selected_preset()
        if self._filling or preset is None or preset.builtin:
            return
        preset.name = self.preset_name_edit.text()
        preset.text = self.preset_text_edit.toPlainText()
        item = self.preset_list.currentItem()
        if item is not None:
            item.setText(preset.name)
        if self.preset_error.isVisible():
            self._recheck_general()

    def add_prompt_preset(self) -> PromptPreset:
        taken = {p.name.lower() for p in (*BUILTIN_PROMPT_PRESETS, *self.user_presets)}
        name, n = "My preset", 2
        while name.lower() in taken:
            name, n = f"My preset {n}", n + 1
        preset = PromptPreset(name, "")
        self.user_presets.append(preset)
        self._fill_presets(select=len(BUILTIN_PROMPT_PRESETS) + len(self.user_presets) - 1)
        self.preset_name_edit.setFocus()
        self.preset_name_edit.selectAll()
        return preset

    def remove_prompt_preset(self) -> None:
        preset = self._selected_preset()
        if preset is None or preset.builtin:
            return
        row = self.preset_list.currentRow()
        self.user_presets.remove(preset)
        self._fill_presets(select=min(row, self.preset_list.count() - 2))

    # ============================================================== validation
    def general_problems(self) -> dict[str, str]:
        found: dict[str, str] = {}
        try:
            validate_proxy_url(self.proxy_edit.text())
        except ValueError as exc:
            found["proxy"] = str(exc)
        try:
            parse_temperature(self.temperature_edit.text())
        except ValueError as exc:
            found["temperature"] = str(exc)
        seen = {p.name.lower() for p in BUILTIN_PROMPT_PRESETS}
        for preset in self.user_presets:
            name = preset.name.strip()
            if not name:
                found["preset"] = "A prompt preset has no name."
            elif name.lower() in seen:
                found["preset"] = f"There is already a prompt preset named {name!r}."
            seen.add(name.lower())
        return found

    def _show_general(self, problems: dict[str, str]) -> None:
        for key, label in (("proxy", self.proxy_error), ("temperature", self.temperature_error),
                           ("preset", self.preset_error)):
            label.setText(problems.get(key, ""))
            label.setVisible(key in problems)

    def _recheck_general(self) -> None:
        """Once an error is shown, keep it current so it disappears when fixed."""
        if any(w.isVisible() for w in (self.proxy_error, self.temperature_error,
                                       self.preset_error)):
            self._show_general(self.general_problems())

    def validate(self) -> bool:
        """Show every problem inline and go to the first one; True when all is well."""
        general = self.general_problems()
        self._show_general(general)
        # The endpoint on screen first (the user is looking at it), then the others in order.
        current = [self.editor.draft] if self.editor.draft in self.drafts else []
        order = [*current, *(d for d in self.drafts if d is not self.editor.draft)]
        bad = next(((d, p) for d in order if d is not None and (p := d.problems())), None)
        self._repaint_rows()
        if bad is not None:
            draft, problems = bad
            self.tabs.setCurrentIndex(0)
            self.endpoint_list.setCurrentItem(self._row(draft))
            self.editor.show_problems(problems)
            self.editor.focus_problem(problems)
            name = draft.endpoint.name.strip() or "an endpoint"
            self.status.setText(f"Not saved: fix {name} first.")
            return False
        self.editor.show_problems({})
        if general:
            self.tabs.setCurrentIndex(1)
            widget = {"proxy": self.proxy_edit, "temperature": self.temperature_edit,
                      "preset": self.preset_name_edit}[next(iter(general))]
            widget.setFocus()
            self.status.setText("Not saved: fix the highlighted settings first.")
            return False
        return True

    # ==================================================================== save
    @property
    def saving(self) -> bool:
        return self._saving

    def save(self) -> asyncio.Task[Any] | None:
        """Validate, then save in the background; returns the task (None if refused)."""
        if self._saving:
            return None
        if not self.validate():
            return None
        self._set_busy(True)
        self.status.setText("Saving…")
        self._save_task = self._spawn(self._save())
        return self._save_task

    def _set_busy(self, busy: bool) -> None:
        self._saving = busy
        self.tabs.setEnabled(not busy)
        self.save_button.setEnabled(not busy)
        self.cancel_button.setEnabled(not busy)

    def build_settings(self) -> Settings:
        """The new Settings from the (validated) form; everything else (unknown keys, window
        state, last used model) is copied from the live settings."""
        new = copy.deepcopy(self._live)
        endpoints = []
        for draft in self.drafts:
            ep = copy.deepcopy(draft.endpoint)
            ep.name = ep.name.strip()
            ep.base_url = validate_base_url(ep.base_url)
            ep.extra_headers = draft.headers()
            if draft.remove_key and not draft.key.strip():
                ep.has_key = False
            endpoints.append(ep)
        new.endpoints = endpoints + [e for e in self._live.endpoints if e.transient]
        if new.default_endpoint_id in {d.endpoint.id for d in self._removed}:
            new.default_endpoint_id = None  # other values may name non-endpoint targets
        new.proxy_url = validate_proxy_url(self.proxy_edit.text())
        new.theme = self.theme_combo.currentData()
        font = self.font_spin.value()
        new.font_size = None if font == self.font_spin.minimum() else font
        new.system_prompt = self.system_prompt_edit.toPlainText()
        new.temperature = parse_temperature(self.temperature_edit.text())
        new.max_tokens = self.max_tokens_spin.value() or None
        new.prompt_presets = [PromptPreset(p.name.strip(), p.text, extra=copy.deepcopy(p.extra))
                              for p in self.user_presets]
        new.show_offline_providers = self.offline_check.isChecked()
        new.local_discovery = self.discovery_check.isChecked()
        return new

    async def _save(self) -> None:
        fell_back = False
        try:
            # 1. New keys first, so the file never claims a key the keychain lacks.
            for draft in self.drafts:
                key = draft.key.strip()
                if not key:
                    continue
                stored = await self._keys.aset(draft.endpoint.id, key)
                draft.endpoint.has_key = stored
                draft.session_key, draft.key_unavailable = not stored, False
                draft.key, draft.remove_key = "", False
                # A keychain that exists but refused: the key is session-only now.
                fell_back |= not stored and self._keys.persistent
            new = self.build_settings()
            # 2. The file, atomically, off the GUI thread (fsync can take a while).
            await asyncio.to_thread(self._store.save, new)
            # 3. Only now forget keys: a failed save must not lose a key still referenced.
            for draft in [*self.drafts, *self._removed]:
                gone = draft in self._removed or draft.remove_key
                if gone and draft.had_key:
                    await self._keys.adelete(draft.endpoint.id)
                    draft.endpoint.has_key = draft.session_key = draft.remove_key = False
                    draft.key_unavailable = False
            self._removed.clear()
        except Exception as exc:
            reason = getattr(exc, "strerror", None) or str(exc) or type(exc).__name__
            log.warning("saving the settings failed: %s", type(exc).__name__)
            self.status.setText(f"Could not save the settings: {reason}")
            self._set_busy(False)
            self._repaint_rows()
            self.editor.set_draft(self.editor.draft)
            return
        finally:
            self._save_task = None
        self._live = new
        self.settingsChanged.emit(new)
        self._set_busy(False)
        if fell_back:
            # Saved, but a key could not go into the keychain: say so instead of closing.
            self.keychain_message.setText(self._keys.message)
            self.keychain_message.show()
            self.tabs.setCurrentIndex(0)
            self._repaint_rows()
            self.editor.set_draft(self.editor.draft)
            self.status.setText("Saved. " + self._keys.message)
            return
        self.status.setText("Saved.")
        self.accept()

    # ========================================================= closing, keys
    def reject(self) -> None:
        if self._saving:  # half a save (keys written, file not) must not be abandoned
            return
        super().reject()

    def done(self, result: int) -> None:
        for draft in (*self.drafts, *self._removed):
            if draft.test_task is not None:
                draft.test_task.cancel()
        super().done(result)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Plain Enter never closes the dialog by accident; Ctrl+Enter saves."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
                self.save()
            event.accept()
            return
        super().keyPressEvent(event)
