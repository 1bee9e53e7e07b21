"""The window's dialogs and messages: settings, text size, local server discovery, help
(shortcuts, About), problems and unexpected errors.

A mixin of ``MainWindow``. Every dialog opens with ``open()``, never ``exec()`` (that would
re-enter the asyncio loop).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontInfo
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget

from ava_desktop.core.settings import FONT_SIZE_RANGE, SettingsChange
from ava_desktop.ui.appearance import FONT_STEP, apply_theme
from ava_desktop.ui.i18n import english_plural
from ava_desktop.ui.window.help import AboutDialog, ShortcutsDialog, shortcut_rows

if TYPE_CHECKING:  # dialogs, export and import load when first used, not before the window
    from ava_desktop.ui.settings import SettingsDialog

if TYPE_CHECKING:
    from ava_desktop.ui.main_window import MainWindow


class DialogCommands:
    _settings_dialog: SettingsDialog | None = None

    # ------------------------------------------------------------ settings
    def show_settings(self: MainWindow) -> None:
        if self._settings_dialog is not None:
            self._settings_dialog.raise_()
            self._settings_dialog.activateWindow()
            return
        ctx = self.ctx
        if ctx.settings_store is None:
            return
        from ava_desktop.ui.settings import SettingsDialog

        def tools_page(parent: QWidget) -> QWidget:
            from ava_desktop.ui.tools_dialog import ToolsDialog

            return ToolsDialog(ctx, parent, embedded=True)

        dialog = SettingsDialog(ctx.settings_service, ctx.keys, ctx.spawn, lambda: ctx.session,
                                key_hosts=ctx.key_hosts(), parent=self,
                                tools_page=tools_page if ctx.tools is not None else None)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.destroyed.connect(lambda *_: setattr(self, "_settings_dialog", None))
        self._settings_dialog = dialog
        dialog.open()

    def _on_settings_changed(self: MainWindow, change: SettingsChange) -> None:
        if "theme" in change:
            apply_theme(change.new.theme)

    def show_notices(self: MainWindow) -> None:
        """What the context has to tell the user once (a key not sent, a failed save)."""
        for title, text in self.ctx.take_notices():
            self.show_problem(title, text)

    def step_font(self: MainWindow, step: int) -> None:
        """Ctrl+= / Ctrl+- change the chat text size, Ctrl+0 goes back to the default."""
        current = self.ctx.settings.font_size
        if step == 0:
            new = None
        else:
            # The size shown, resolved: a desktop font given in pixels has pointSizeF() -1,
            # which once made every step land on the minimum (six presses, one step).
            base = current or round(QFontInfo(self.font()).pointSizeF()) or 10
            low, high = FONT_SIZE_RANGE
            new = min(high, max(low, base + step * FONT_STEP))
        self.ctx.set_font_size(new)
        self.notify(self.tr("Text size {size} pt").format(size=new) if new
                    else self.tr("Default text size"))

    def notify_cut_off(self: MainWindow, count: int) -> None:
        """At start: answers that were streaming when Ava last stopped (their text is kept)."""
        if count == 1:  # English says "was"/"were": two sources, each with all plural forms
            text = self.tr("%n answer was cut off when Ava last stopped; the text is kept and "
                           "can be continued.", "", count)
        else:
            text = self.tr("%n answers were cut off when Ava last stopped; the text is kept "
                           "and can be continued.", "", count)
        self.notify(text, 10_000)

    def find_local_servers(self: MainWindow) -> None:
        """Probe Ollama, LM Studio, llama.cpp, vLLM and Jan on this computer, on demand."""
        self.notify(self.tr("Looking for local servers…"))

        async def probe() -> None:
            found = await self.ctx.discover()
            names = ", ".join(english_plural(self.tr("{name} (%n model(s))", "", len(s.models)),
                                             len(s.models)).format(name=s.preset_name)
                              for s in found)
            self.notify(self.tr("Found {names}").format(names=names) if found
                        else self.tr("No local server answered"))

        self.ctx.spawn(probe(), name="discovery")

    # ---------------------------------------------------------------- help
    def _show_once(self: MainWindow, name: str, make: Callable[[], QWidget]) -> QWidget:
        dialog = self._dialogs.get(name)
        if dialog is None:
            dialog = make()
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            dialog.destroyed.connect(lambda *_: self._dialogs.pop(name, None))
            self._dialogs[name] = dialog
            dialog.open()  # type: ignore[attr-defined]
        dialog.raise_()
        return dialog

    def show_shortcuts(self: MainWindow) -> None:
        self._show_once("shortcuts", lambda: ShortcutsDialog(shortcut_rows(self.menus), self))

    def show_about(self: MainWindow) -> None:
        self._show_once("about", lambda: AboutDialog(self.ctx.data_dir, self.ctx.log_dir,
                                                     self))

    def show_tools(self: MainWindow) -> None:
        if self.ctx.tools is None:
            return
        from ava_desktop.ui.tools_dialog import ToolsDialog

        dialog = ToolsDialog(self.ctx, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def show_problem(self: MainWindow, title: str, text: str) -> None:
        box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok,
                          self)
        box.setObjectName("problemDialog")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()

    # -------------------------------------------------------------- errors
    def show_store_problem(self: MainWindow, problem: str) -> None:
        """The history database could not be opened: say so, and that the file is kept."""
        label = QLabel(self.tr("⚠ History is not being saved"), self)
        label.setObjectName("storeProblem")
        label.setStyleSheet("color: #c62828; font-weight: bold;")
        label.setToolTip(problem)
        self.statusBar().addPermanentWidget(label)  # permanent: it never comes and goes
        box = QMessageBox(
            QMessageBox.Icon.Warning, self.tr("Conversation history unavailable"),
            f"{problem}\n\n" + self.tr("Ava Desktop will run, but new conversations are not "
                                        "saved until this is resolved. The existing file was "
                                        "not changed."),
            QMessageBox.StandardButton.Ok, self,
        )
        box.setObjectName("storeProblemDialog")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()

    def _show_error(self: MainWindow, message: str, details: str) -> None:
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Something went wrong"),
                          self.tr("Ava Desktop hit an unexpected error. It was logged; your "
                                  "conversations are safe.") + "\n\n" + message[:500],
                          QMessageBox.StandardButton.Ok, self)
        box.setObjectName("errorDialog")
        box.setDetailedText(details[-8000:])
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()

