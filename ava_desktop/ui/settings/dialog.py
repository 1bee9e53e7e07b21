"""Settings (Ctrl+,): endpoints with their API keys, and the general preferences.

Non-modal (``open()``, never ``exec()``, which would re-enter the asyncio loop). Nothing is
written until Save: it validates every field with the core validators (a bad one gets an
inline message and nothing is written), stores new keys in the keychain off the GUI thread
(each bound to its endpoint's host), hands the form to ``SettingsService.update`` (applied
to the settings as they are *then*, so a change made elsewhere meanwhile is kept), waits
for the file to be written, deletes keys the user removed, then emits
``settingsChanged(Settings)``. Cancel (or Esc) drops everything. Keys never reach the
settings file or the log. The pages are mixins in their own modules.
"""

from __future__ import annotations

import asyncio
import copy
import logging
from collections.abc import Callable, Mapping
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ava_desktop.core.secrets import KeyStore, key_origin
from ava_desktop.core.settings import (
    PromptPreset,
    Settings,
    SettingsService,
    validate_base_url,
    validate_proxy_url,
)
from ava_desktop.ui.messages import keys_text
from ava_desktop.ui.settings.draft import EndpointDraft
from ava_desktop.ui.settings.endpoint_editor import (
    SessionGetter,
    Spawn,
)
from ava_desktop.ui.settings.endpoints_page import EndpointsPage
from ava_desktop.ui.settings.general_page import GeneralPage, parse_temperature

log = logging.getLogger(__name__)


class SettingsDialog(EndpointsPage, GeneralPage, QDialog):
    """Edits a copy of the service's settings; emits ``settingsChanged(new_settings)`` once
    they are saved. ``key_hosts``: endpoint id -> the origin its stored key belongs to."""

    settingsChanged = Signal(object)

    def __init__(self, service: SettingsService, keys: KeyStore, spawn: Spawn,
                 session_getter: SessionGetter, key_hosts: Mapping[str, str] | None = None,
                 parent: QWidget | None = None,
                 tools_page: Callable[[QWidget], QWidget] | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("settingsDialog")
        self.setWindowTitle(self.tr("Settings"))
        self.resize(860, 600)
        # Fields this dialog does not edit (window geometry, last used model, unknown keys)
        # may change while it is open: Save applies the form to the settings of that moment.
        self._service = service
        settings = service.settings
        self._keys = keys
        self._spawn = spawn
        self._session_getter = session_getter  # asked at test time: the session may change
        self._save_task: asyncio.Task[Any] | None = None
        self._saving = False
        self._filling = False
        self.drafts: list[EndpointDraft] = [
            EndpointDraft.of(copy.deepcopy(ep), session_key=self._session_key(ep),
                             keychain=keys.persistent, key_host=(key_hosts or {}).get(ep.id))
            for ep in settings.endpoints if not ep.transient]
        self._removed: list[EndpointDraft] = []
        self.user_presets: list[PromptPreset] = [copy.deepcopy(p) for p in settings.prompt_presets
                                                 if not p.builtin]

        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("settingsTabs")
        self.tabs.addTab(self._build_endpoints_page(), self.tr("&Endpoints"))
        self.tabs.addTab(self._build_general_page(), self.tr("&General"))
        self.tools_page = tools_page(self) if tools_page is not None else None
        if self.tools_page is not None:  # MCP servers: saved as they are changed
            self.tabs.addTab(self.tools_page, self.tr("&Tools"))
        self.status = QLabel(self)
        self.status.setObjectName("settingsStatus")
        self.status.setWordWrap(True)
        self.buttons = QDialogButtonBox(self)
        self.save_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Save)
        self.save_button.setObjectName("saveSettings")
        self.save_button.setToolTip(self.tr("Save (Ctrl+Enter)"))
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
            name = draft.endpoint.name.strip() or self.tr("an endpoint")
            self.status.setText(self.tr("Not saved: fix {name} first.").format(name=name))
            return False
        self.editor.show_problems({})
        if general:
            self.tabs.setCurrentIndex(1)
            widget = {"proxy": self.proxy_edit, "temperature": self.temperature_edit,
                      "preset": self.preset_name_edit}[next(iter(general))]
            widget.setFocus()
            self.status.setText(self.tr("Not saved: fix the highlighted settings first."))
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
        self.status.setText(self.tr("Saving…"))
        self._save_task = self._spawn(self._save())
        return self._save_task

    def _set_busy(self, busy: bool) -> None:
        self._saving = busy
        self.tabs.setEnabled(not busy)
        self.save_button.setEnabled(not busy)
        self.cancel_button.setEnabled(not busy)

    def build_settings(self) -> Settings:
        """The new Settings from the (validated) form; everything else (unknown keys, window
        state, last used model) is copied from the current settings."""
        new = copy.deepcopy(self._service.settings)
        self.apply_form(new)
        return new

    def apply_form(self, new: Settings) -> None:
        """Write the (validated) form into ``new``, a copy the service hands over."""
        endpoints = []
        for draft in self.drafts:
            ep = copy.deepcopy(draft.endpoint)
            ep.name = ep.name.strip()
            ep.base_url = validate_base_url(ep.base_url)
            ep.extra_headers = draft.headers()
            if draft.remove_key and not draft.key.strip():
                ep.has_key = False
            endpoints.append(ep)
        new.endpoints = endpoints + [e for e in new.endpoints if e.transient]
        if new.default_endpoint_id in {d.endpoint.id for d in self._removed}:
            new.default_endpoint_id = None  # other values may name non-endpoint targets
        new.proxy_url = validate_proxy_url(self.proxy_edit.text())
        new.theme = self.theme_combo.currentData()
        new.language = self.language_combo.currentData()
        font = self.font_spin.value()
        new.font_size = None if font == self.font_spin.minimum() else font
        new.system_prompt = self.system_prompt_edit.toPlainText()
        new.temperature = parse_temperature(self.temperature_edit.text())
        new.max_tokens = self.max_tokens_spin.value() or None
        new.model_titles = self.titles_combo.currentData()
        new.prompt_presets = [PromptPreset(p.name.strip(), p.text, extra=copy.deepcopy(p.extra))
                              for p in self.user_presets]
        new.show_offline_providers = self.offline_check.isChecked()
        new.local_discovery = self.discovery_check.isChecked()

    async def _save(self) -> None:
        fell_back = False
        try:
            # 1. New keys first, so the file never claims a key the keychain lacks.
            for draft in self.drafts:
                key = draft.key.strip()
                if not key:
                    continue
                url = validate_base_url(draft.endpoint.base_url)
                stored = await self._keys.aset(draft.endpoint.id, key, url=url)
                draft.key_host = key_origin(url)
                draft.endpoint.has_key = stored
                draft.session_key, draft.key_unavailable = not stored, False
                draft.key, draft.remove_key = "", False
                # A keychain that exists but refused: the key is session-only now.
                fell_back |= not stored and self._keys.persistent
            # 2. One change through the service; the file is written off the GUI thread
            # (fsync can take a while) and the app hears of it once.
            change = self._service.update(self.apply_form)
            await asyncio.wrap_future(change.saved)
            new = change.new
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
            self.status.setText(self.tr("Could not save the settings: {reason}")
                                .format(reason=reason))
            self._set_busy(False)
            self._repaint_rows()
            self.editor.set_draft(self.editor.draft)
            return
        finally:
            self._save_task = None
        self.settingsChanged.emit(new)
        self._set_busy(False)
        if fell_back:
            # Saved, but a key could not go into the keychain: say so instead of closing.
            self.keychain_message.setText(keys_text(self._keys))
            self.keychain_message.show()
            self.tabs.setCurrentIndex(0)
            self._repaint_rows()
            self.editor.set_draft(self.editor.draft)
            self.status.setText(self.tr("Saved.") + " " + keys_text(self._keys))
            return
        self.status.setText(self.tr("Saved."))
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
