"""Per-conversation parameters: system prompt (from presets or typed), temperature, max tokens.

Empty values mean "use the default from Settings"; the tab's button says what is in effect.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from ava_desktop.core.settings import PromptPreset, Settings, effective_params

translate = QCoreApplication.translate

DEFAULT = QT_TRANSLATE_NOOP("ParamsDialog", "Default (from Settings)")
# The built-in presets' names (core's English, stored as is), shown in the UI language.
BUILTIN_NAMES = (QT_TRANSLATE_NOOP("PromptPresets", "Default"),
                 QT_TRANSLATE_NOOP("PromptPresets", "Concise"),
                 QT_TRANSLATE_NOOP("PromptPresets", "Programmer"),
                 QT_TRANSLATE_NOOP("PromptPresets", "Translator"))


def preset_label(preset: PromptPreset) -> str:
    """A preset's name as shown: a built-in one translated, the user's own as typed."""
    return translate("PromptPresets", preset.name) if preset.builtin else preset.name


class ParamsDialog(QDialog):
    """Edits one conversation's ``system_prompt``/``temperature``/``max_tokens``;
    ``accepted_params(dict)`` carries only the values that differ from the defaults."""

    accepted_params = Signal(dict)

    def __init__(self, settings: Settings, params: dict[str, Any],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("paramsDialog")
        self.setWindowTitle(self.tr("Conversation settings"))
        self._presets: list[PromptPreset] = settings.all_prompt_presets()
        self.preset = QComboBox(self)
        self.preset.setObjectName("promptPreset")
        self.preset.addItem(self.tr(DEFAULT))
        for preset in self._presets:
            self.preset.addItem(preset_label(preset))
        self.prompt = QPlainTextEdit(self)
        self.prompt.setObjectName("systemPrompt")
        self.prompt.setPlaceholderText(settings.system_prompt or self.tr("No system prompt"))
        self.temperature = QDoubleSpinBox(self)
        self.temperature.setObjectName("temperature")
        self.temperature.setRange(-0.1, 2.0)
        self.temperature.setSingleStep(0.1)
        self.temperature.setDecimals(2)
        self.temperature.setSpecialValueText(self.tr("Default"))  # shown at the minimum (-0.1)
        self.max_tokens = QSpinBox(self)
        self.max_tokens.setObjectName("maxTokens")
        self.max_tokens.setRange(0, 1_000_000)
        self.max_tokens.setSpecialValueText(self.tr("Default"))
        form = QFormLayout(self)
        form.addRow(self.tr("&Prompt preset:"), self.preset)
        form.addRow(self.tr("&System prompt:"), self.prompt)
        form.addRow(self.tr("&Temperature:"), self.temperature)
        form.addRow(self.tr("&Max tokens:"), self.max_tokens)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        form.addRow(buttons)
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        QShortcut(QKeySequence("Ctrl+Return"), self, activated=self._accept)
        self.preset.currentIndexChanged.connect(self._on_preset)
        self._load(params)

    def _load(self, params: dict[str, Any]) -> None:
        prompt = params.get("system_prompt")
        if prompt is not None:
            self.prompt.setPlainText(prompt)
            match = next((i for i, p in enumerate(self._presets) if p.text == prompt), None)
            self.preset.blockSignals(True)
            self.preset.setCurrentIndex(0 if match is None else match + 1)
            self.preset.blockSignals(False)
        temperature = params.get("temperature")
        self.temperature.setValue(self.temperature.minimum() if temperature is None
                                  else float(temperature))
        self.max_tokens.setValue(int(params.get("max_tokens") or 0))

    def _on_preset(self, index: int) -> None:
        self.prompt.setPlainText("" if index <= 0 else self._presets[index - 1].text)

    def values(self) -> dict[str, Any]:
        text = self.prompt.toPlainText().strip()
        temperature = self.temperature.value()
        return {
            "system_prompt": text or None,
            "temperature": None if temperature < 0 else round(temperature, 2),
            "max_tokens": self.max_tokens.value() or None,
        }

    def _accept(self) -> None:
        self.accepted_params.emit(self.values())
        self.accept()


def describe(settings: Settings, params: dict[str, Any]) -> str:
    """A short line for the tab: which prompt, temperature and limit are in effect."""
    effective = effective_params(settings, params)
    prompt = effective["system_prompt"]
    preset = next((preset_label(p) for p in settings.all_prompt_presets() if p.text == prompt),
                  None)
    what = preset or (translate("ParamsDialog", "custom") if prompt
                      else translate("ParamsDialog", "none"))
    parts = [translate("ParamsDialog", "Prompt: {preset}").format(preset=what)]
    if effective["temperature"] is not None:
        parts.append(f"T {effective['temperature']:g}")
    if effective["max_tokens"]:
        parts.append(translate("ParamsDialog", "max {tokens}").format(
            tokens=effective["max_tokens"]))
    return " · ".join(parts)
