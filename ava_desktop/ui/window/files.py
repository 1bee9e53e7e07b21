"""File commands of the window: export, backup, import and adding a local GGUF model.

A mixin of ``MainWindow`` (it uses ``ctx``, ``current_tab``, ``notify`` and
``show_problem``). Dialogs open with ``open()``, never ``exec()`` (that would re-enter the
asyncio loop), and start in the folder last used for the same purpose.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QWidget

from ava_desktop.core.conversation.parts import FilePart, ImagePart, Part
from ava_desktop.core.local import is_gguf, local_server_available
from ava_desktop.core.store import StoreError
from ava_desktop.core.targets import LOCAL_KEY
from ava_desktop.ui import file_dialogs
from ava_desktop.ui.i18n import english_plural
from ava_desktop.ui.messages import error_text

if TYPE_CHECKING:
    from ava_desktop.ui.chat_tab import ChatTab
    from ava_desktop.ui.context import AppContext


class FileCommands:
    ctx: AppContext

    def file_dialog(self, title: str, save: bool, filters: str, done: Callable[[str], None],
                    default_name: str = "", purpose: str = "") -> QFileDialog:
        assert isinstance(self, QWidget)
        purpose = purpose or ("export" if save else "import")
        start = file_dialogs.start_folder(purpose) / default_name
        dialog = QFileDialog(self, title, str(start), filters)
        dialog.setObjectName("exportDialog" if save else "importDialog")
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave if save
                             else QFileDialog.AcceptMode.AcceptOpen)
        dialog.setFileMode(QFileDialog.FileMode.AnyFile if save
                           else QFileDialog.FileMode.ExistingFile)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        if save:  # a name typed without a suffix gets the one of the chosen format

            def follow_filter(name_filter: str) -> None:
                match = re.search(r"\*\.(\w+)", name_filter)
                dialog.setDefaultSuffix(match.group(1) if match else "")

            dialog.filterSelected.connect(follow_filter)
            follow_filter(filters.split(";;")[0])

        def chosen(path: str) -> None:
            file_dialogs.remember(purpose, path)
            self.ctx.call_safely(done, path)

        dialog.fileSelected.connect(chosen)
        dialog.open()
        return dialog

    # -------------------------------------------------------- export/import
    def export_current(self) -> None:
        tab = self.current_tab()
        if tab is None or tab.conversation_id is None or self.ctx.store is None:
            self.notify(self.tr("Nothing to export yet"))
            return
        safe = "".join(c if c.isalnum() or c in " -_" else "_" for c in tab.title).strip()
        self.file_dialog(self.tr("Export conversation"), True,
                         self.tr("Markdown (*.md);;JSON (*.json);;Web page (*.html)"),
                         lambda path: self.export_to(tab, path), f"{safe or 'chat'}.md")

    def shown_pairs(self) -> list[tuple[str, str, list[Part]]]:
        """The shown path for paper: text and attachments (tool steps stay on screen)."""
        tab = self.current_tab()
        messages = tab.all_messages() if tab is not None else []
        shown = []
        for m in messages:
            attached = [p for p in m.node.parts if isinstance(p, ImagePart | FilePart)]
            if (m.content or attached) and m.role != "error":
                shown.append((m.role, m.content, attached))
        return shown

    def _blobs(self, sha256: str) -> bytes | None:
        tab = self.current_tab()
        return tab.blob(sha256) if tab is not None else None

    def export_pdf(self) -> None:
        pairs = self.shown_pairs()
        tab = self.current_tab()
        if not pairs or tab is None:
            self.notify(self.tr("Nothing to export yet"))
            return
        safe = "".join(c if c.isalnum() or c in " -_" else "_" for c in tab.title).strip()
        self.file_dialog(self.tr("Export as PDF"), True, "PDF (*.pdf)",
                         lambda path: self.export_pdf_to(pairs, path), f"{safe or 'chat'}.pdf")

    def export_pdf_to(self, pairs: list[tuple[str, str, list[Part]]], path: str) -> None:
        from ava_desktop.ui import printing  # QtPrintSupport only when it is used

        target = path if path.lower().endswith(".pdf") else path + ".pdf"
        printing.export_pdf(self, pairs, target, lambda error: self._printed(
            error, self.tr("Exported to {target}").format(target=target),
            self.tr("Export failed")), self._blobs)

    def print_current(self) -> None:
        from ava_desktop.ui import printing

        pairs = self.shown_pairs()
        if not pairs:
            self.notify(self.tr("Nothing to print yet"))
            return
        printing.print_pairs(self, pairs, lambda error: self._printed(
            error, self.tr("Sent to the printer"), self.tr("Printing failed")), self._blobs)

    def _printed(self, error: str | None, done: str, problem: str) -> None:
        if error:
            self.show_problem(problem, error)
        else:
            self.notify(done)

    def export_to(self, tab: ChatTab, path: str) -> None:
        if tab.conversation_id is None or self.ctx.store is None:
            return
        target = Path(path)
        from ava_desktop.core.export import FORMATS, export_conversation

        if target.suffix.lower() not in FORMATS:
            target = target.with_suffix(".md")
        try:
            export_conversation(self.ctx.store, tab.conversation_id, target)
        except (OSError, ValueError, StoreError) as exc:
            self.show_problem(self.tr("Export failed"), error_text(exc))
            return
        self.notify(self.tr("Exported to {target}").format(target=target))

    def export_all(self) -> None:
        if self.ctx.store is None:
            return
        self.file_dialog(self.tr("Export all conversations"), True, self.tr("Ava backup (*.json)"),
                         self.backup_to, "ava-backup.json")

    def backup_to(self, path: str) -> None:
        if self.ctx.store is None:
            return
        try:
            from ava_desktop.core.export import write_backup

            count = write_backup(self.ctx.store, path)
        except (OSError, StoreError) as exc:
            self.show_problem(self.tr("Backup failed"), error_text(exc))
            return
        self.notify(english_plural(self.tr("Saved %n conversation(s) to {path}", "", count)
                                   .format(path=path), count))

    def import_conversations(self) -> None:
        if self.ctx.store is None:
            return
        self.file_dialog(self.tr("Import conversations"), False,
                         self.tr("Conversations (*.json *.zip);;All files (*)"), self.import_from)

    def import_from(self, path: str) -> None:
        if self.ctx.store is None:
            return
        from ava_desktop.core.importers import ImportFailed, import_file

        try:
            result = import_file(self.ctx.store, path)
        except ImportFailed as exc:
            self.show_problem(self.tr("Import failed"),
                              f"{error_text(exc)}\n\n" + self.tr("Nothing was changed."))
            return
        self.notify(english_plural(self.tr(
            "Imported %n conversation(s) ({skipped} were already here)", "", result.imported)
            .format(skipped=result.skipped_existing), result.imported), 8000)
        self.conversations_changed()

    def conversations_changed(self) -> None:
        """The list of conversations changed outside the sidebar (import)."""

    # -------------------------------------------------------- local models
    def add_local_model(self) -> None:
        self.file_dialog(self.tr("Add a GGUF model file"), False,
                         self.tr("GGUF models (*.gguf);;All files (*)"),
                         self.add_local_model_file, purpose="models")

    def add_local_model_file(self, path: str) -> None:
        """Remember a GGUF file and offer it under "Local" (checked by its magic bytes)."""
        if not is_gguf(Path(path)):
            self.show_problem(self.tr("Not a GGUF model"), f"{path}\n\n" + self.tr(
                "is not a GGUF model file (llama.cpp's format), so it cannot be loaded."))
            return
        if not local_server_available():
            self.show_problem(self.tr("Local models are not installed"),
                              self.tr("Install Ava Desktop with the 'local' extra to run GGUF "
                                      "models: pip install 'ava-desktop[local]'"))
            return
        if path not in self.ctx.settings.local_model_files:  # the context rescans on change
            self.ctx.settings_service.update(
                local_model_files=[*self.ctx.settings.local_model_files, path])
        else:
            self.ctx.scan_local_models()
            self.ctx.refresh_targets()
        self.notify(self.tr("Added {name} under Local").format(name=Path(path).name))

    def local_model_options(self) -> None:
        tab = self.current_tab()
        target = tab.selector.target() if tab else None
        paths = target.options.get("model_paths", {}) if target else {}
        name = tab.selector.model() if tab else ""
        if target is None or target.key != LOCAL_KEY or name not in paths:
            self.notify(self.tr("Choose a local model in this tab first"))
            return
        path = paths[name]
        assert isinstance(self, QWidget)
        from ava_desktop.ui.local_models_dialog import LocalModelDialog

        dialog = LocalModelDialog(name, path,
                                  dict(self.ctx.settings.local_model_options.get(path, {})),
                                  self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(self._save_local_options)
        dialog.open()

    def _save_local_options(self, path: str, options: dict) -> None:
        options_by_path = self.ctx.settings.local_model_options
        self.ctx.settings_service.update(
            local_model_options={**options_by_path, path: dict(options)})

    # after the methods: pyside6-lupdate loses the class name after an if block
    if TYPE_CHECKING:
        def current_tab(self) -> ChatTab | None: ...
        def notify(self, text: str, ms: int = ...) -> None: ...
        def show_problem(self, title: str, text: str) -> None: ...


__all__ = ["FileCommands"]
