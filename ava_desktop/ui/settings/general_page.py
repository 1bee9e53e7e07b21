"""The General page of Settings: proxy, theme, text size, defaults and prompt presets.

A mixin of :class:`~ava_desktop.ui.settings.dialog.SettingsDialog`, like the Endpoints page.
"""

from __future__ import annotations

import itertools

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ava_desktop.core.settings import (
    BUILTIN_PROMPT_PRESETS,
    FONT_SIZE_RANGE,
    MODEL_TITLES,
    TEMPERATURE_RANGE,
    THEMES,
    PromptPreset,
    Settings,
    validate_proxy_url,
)
from ava_desktop.ui.i18n import LANGUAGES
from ava_desktop.ui.messages import error_text
from ava_desktop.ui.params_dialog import preset_label
from ava_desktop.ui.settings.endpoint_editor import error_label

THEME_LABELS = {"system": QT_TRANSLATE_NOOP("GeneralPage", "System"),
                "light": QT_TRANSLATE_NOOP("GeneralPage", "Light"),
                "dark": QT_TRANSLATE_NOOP("GeneralPage", "Dark")}
TITLE_LABELS = {"auto": QT_TRANSLATE_NOOP("GeneralPage", "Local and free servers only"),
                "always": QT_TRANSLATE_NOOP("GeneralPage", "Always, also paid endpoints"),
                "off": QT_TRANSLATE_NOOP("GeneralPage", "Never")}
MAX_TOKENS_LIMIT = 2_000_000_000


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
        raise ValueError(QCoreApplication.translate(
            "GeneralPage", "Temperature must be a number from {lo} to {hi}, or blank for the "
            "provider's default.").format(lo=f"{lo:g}", hi=f"{hi:g}"))
    return value



class GeneralPage:
    """Builds and runs the General page (see the module docstring)."""

    _filling: bool
    user_presets: list[PromptPreset]

    def _build_general_page(self) -> QWidget:
        page = QWidget(self)
        self.language_combo = QComboBox(page)
        self.language_combo.setObjectName("languageCombo")
        self.language_combo.addItem(self.tr("System language"), "system")
        for code, name in LANGUAGES.items():
            self.language_combo.addItem(name, code)
        self.language_note = QLabel(self.tr("A new language applies after a restart."), page)
        self.language_note.setObjectName("languageNote")
        self.language_note.setEnabled(False)
        self.proxy_edit = QLineEdit(page)
        self.proxy_edit.setObjectName("proxyUrl")
        self.proxy_edit.setPlaceholderText(self.tr("none (HTTPS_PROXY is used if set)"))
        self.proxy_error = error_label(page, "proxyError")
        self.theme_combo = QComboBox(page)
        self.theme_combo.setObjectName("themeCombo")
        for theme in THEMES:
            self.theme_combo.addItem(self.tr(THEME_LABELS.get(theme, theme.title())), theme)
        self.font_spin = QSpinBox(page)
        self.font_spin.setObjectName("fontSize")
        self.font_spin.setRange(FONT_SIZE_RANGE[0] - 1, FONT_SIZE_RANGE[1])
        self.font_spin.setSpecialValueText(self.tr("Default"))
        self.font_spin.setSuffix(self.tr(" pt"))
        self.system_prompt_edit = QPlainTextEdit(page)
        self.system_prompt_edit.setObjectName("systemPrompt")
        self.system_prompt_edit.setTabChangesFocus(True)
        self.system_prompt_edit.setPlaceholderText(self.tr("None"))
        self.system_prompt_edit.setMaximumHeight(90)
        self.temperature_edit = QLineEdit(page)
        self.temperature_edit.setObjectName("temperature")
        self.temperature_edit.setPlaceholderText(self.tr("provider default (0–2)"))
        self.temperature_error = error_label(page, "temperatureError")
        self.max_tokens_spin = QSpinBox(page)
        self.max_tokens_spin.setObjectName("maxTokens")
        self.max_tokens_spin.setRange(0, MAX_TOKENS_LIMIT)
        self.max_tokens_spin.setSpecialValueText(self.tr("Default"))
        self.titles_combo = QComboBox(page)
        self.titles_combo.setObjectName("modelTitles")
        for mode in MODEL_TITLES:
            self.titles_combo.addItem(self.tr(TITLE_LABELS[mode]), mode)
        self.titles_combo.setToolTip(self.tr(
            "After the first answer, ask the same model for a short title for the "
            "conversation. “Local and free” means only where no API key is sent (your own "
            "models, local servers, keyless endpoints, OpenRouter's free models): an "
            "endpoint with a key may charge for the extra request. A title you give by "
            "hand is never replaced."))
        self.offline_check = QCheckBox(self.tr("Show &offline providers (CodeLinkAva)"), page)
        self.offline_check.setObjectName("showOffline")
        self.discovery_check = QCheckBox(self.tr("&Discover local servers (Ollama, LM Studio, "
                                                 "…)"), page)
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
        self.add_preset_button = QPushButton(self.tr("&Add preset"), page)
        self.add_preset_button.setObjectName("addPreset")
        self.remove_preset_button = QPushButton(self.tr("Remo&ve preset"), page)
        self.remove_preset_button.setObjectName("removePreset")
        self.preset_error = error_label(page, "presetError")

        form = QFormLayout(page)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self._add_row(form, self.tr("&Language:"), self.language_combo, self.language_note)
        self._add_row(form, self.tr("&Proxy URL:"), self.proxy_edit, self.proxy_error)
        self._add_row(form, self.tr("T&heme:"), self.theme_combo)
        self._add_row(form, self.tr("Font si&ze:"), self.font_spin)
        self._add_row(form, self.tr("Default s&ystem prompt:"), self.system_prompt_edit)
        self._add_row(form, self.tr("&Temperature:"), self.temperature_edit, self.temperature_error)
        self._add_row(form, self.tr("&Max tokens:"), self.max_tokens_spin)
        self._add_row(form, self.tr("Titles &by the model:"), self.titles_combo)
        preset_buttons = QHBoxLayout()
        preset_buttons.addWidget(self.add_preset_button)
        preset_buttons.addWidget(self.remove_preset_button)
        preset_buttons.addStretch(1)
        preset_box = QVBoxLayout()
        preset_box.addWidget(self.preset_list)
        preset_box.addLayout(preset_buttons)
        label = QLabel(self.tr("P&rompt presets:"), page)
        label.setBuddy(self.preset_list)
        form.addRow(label, preset_box)
        self._add_row(form, self.tr("Preset &name:"), self.preset_name_edit)
        self._add_row(form, self.tr("Preset te&xt:"), self.preset_text_edit, self.preset_error)
        form.addRow("", self.offline_check)
        form.addRow("", self.discovery_check)

        self.proxy_edit.textChanged.connect(lambda _t: self._recheck_general())
        self.temperature_edit.textChanged.connect(lambda _t: self._recheck_general())
        self.preset_list.currentRowChanged.connect(self._preset_selected)
        self.preset_name_edit.textChanged.connect(self._preset_edited)
        self.preset_text_edit.textChanged.connect(self._preset_edited)
        self.add_preset_button.clicked.connect(self.add_prompt_preset)
        self.remove_preset_button.clicked.connect(self.remove_prompt_preset)
        chain = (self.language_combo, self.proxy_edit, self.theme_combo, self.font_spin,
                 self.system_prompt_edit,
                 self.temperature_edit, self.max_tokens_spin, self.titles_combo,
                 self.preset_list,
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
        index = self.language_combo.findData(s.language)
        if index < 0:  # a code with no translation yet, set by hand: keep it, selectable
            self.language_combo.addItem(s.language, s.language)
            index = self.language_combo.count() - 1
        self.language_combo.setCurrentIndex(index)
        self.proxy_edit.setText(s.proxy_url or "")
        self.theme_combo.setCurrentIndex(max(0, self.theme_combo.findData(s.theme)))
        self.font_spin.setValue(s.font_size if s.font_size else self.font_spin.minimum())
        self.system_prompt_edit.setPlainText(s.system_prompt)
        self.temperature_edit.setText("" if s.temperature is None else f"{s.temperature:g}")
        self.max_tokens_spin.setValue(s.max_tokens or 0)
        self.titles_combo.setCurrentIndex(max(0, self.titles_combo.findData(s.model_titles)))
        self.offline_check.setChecked(s.show_offline_providers)
        self.discovery_check.setChecked(s.local_discovery)
        self._fill_presets()

    # ----------------------------------------------------------- prompt presets
    def _fill_presets(self, select: int = 0) -> None:
        self._filling = True
        try:
            self.preset_list.clear()
            for preset in BUILTIN_PROMPT_PRESETS:
                item = QListWidgetItem(self.tr("{name} (built-in)")
                                       .format(name=preset_label(preset)), self.preset_list)
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
            self.preset_name_edit.setText(preset_label(preset) if preset else "")
            self.preset_text_edit.setPlainText(preset.text if preset else "")
        finally:
            self._filling = False
        self.preset_name_edit.setReadOnly(not editable)
        self.preset_text_edit.setReadOnly(not editable)
        # a built-in preset's instructions are data for the model, shown as they are sent
        self.preset_text_edit.setToolTip(self.tr(
            "Built-in instructions are sent to the model as written, in English.")
            if preset is not None and preset.builtin else "")
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
        base = self.tr("My preset")
        name, n = base, 2
        while name.lower() in taken:
            name, n = f"{base} {n}", n + 1
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
            found["proxy"] = error_text(exc)
        try:
            parse_temperature(self.temperature_edit.text())
        except ValueError as exc:
            found["temperature"] = str(exc)
        seen = {p.name.lower() for p in BUILTIN_PROMPT_PRESETS}
        for preset in self.user_presets:
            name = preset.name.strip()
            if not name:
                found["preset"] = self.tr("A prompt preset has no name.")
            elif name.lower() in seen:
                found["preset"] = self.tr("There is already a prompt preset named {name}.").format(
                    name=repr(name))
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

