"""Files given on the command line (or by a second launch): offered, never acted on unasked.

A double-clicked backup or a GGUF file dropped on the launcher should not change the history
or the model list without a word: the window asks once, listing what each file would become,
then uses the app's own import (``MainWindow.import_from``) and model adding
(``MainWindow.add_local_model_file``), which check and report on their own.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox

from ava_desktop.core.local import is_gguf

translate = QCoreApplication.translate

IMPORT_SUFFIXES = (".json", ".zip")


def sort_files(files: Sequence[str]) -> tuple[list[str], list[str], list[str]]:
    """(conversation files to import, GGUF models to add, files Ava cannot open)."""
    imports, models, other = [], [], []
    for f in files:
        path = Path(f)
        if is_gguf(path):
            models.append(f)
        elif path.is_file() and path.suffix.lower() in IMPORT_SUFFIXES:
            imports.append(f)
        else:
            other.append(f)
    return imports, models, other


def offer_files(window: Any, files: Sequence[str]) -> QMessageBox | None:
    """Ask whether to import / add ``files``; returns the (non-modal) question, if any."""
    imports, models, other = sort_files(files)
    if not imports and not models:
        if other:
            window.show_problem(
                translate("LaunchFiles", "Cannot open"), "\n".join(other) + "\n\n" + translate(
                    "LaunchFiles", "Ava Desktop opens conversation backups (.json), ChatGPT "
                    "exports (.zip) and GGUF model files."))
        return None
    lines = [translate("LaunchFiles", "• {name}: import conversations").format(name=Path(f).name)
             for f in imports]
    lines += [translate("LaunchFiles", "• {name}: add as a local model").format(name=Path(f).name)
              for f in models]
    lines += [translate("LaunchFiles", "• {name}: not a file Ava Desktop can open (skipped)")
              .format(name=Path(f).name) for f in other]
    box = QMessageBox(QMessageBox.Icon.Question, translate("LaunchFiles", "Open files"),
                      translate("LaunchFiles", "Ava Desktop was asked to open:") + "\n\n"
                      + "\n".join(lines),
                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, window)
    box.setObjectName("openFilesOffer")
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

    def done(result: int) -> None:
        if result != QMessageBox.StandardButton.Yes:
            return
        for f in imports:
            window.import_from(f)
        for f in models:
            window.add_local_model_file(f)

    box.finished.connect(done)
    box.open()
    return box


__all__ = ["offer_files", "sort_files"]
