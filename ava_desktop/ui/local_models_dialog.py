"""Options of one local model: context size, threads and GPU layers."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QSpinBox, QWidget

from ava_desktop.core.local import default_threads
from ava_desktop.core.local.provider import DEFAULT_N_CTX
from ava_desktop.core.settings import LOCAL_OPTION_RANGES


class LocalModelDialog(QDialog):
    """``saved(path, options)`` after OK; the next answer restarts the server with them."""

    saved = Signal(str, dict)

    def __init__(self, name: str, path: str, options: dict[str, int],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("localModelDialog")
        self.setWindowTitle(self.tr("Local model: {name}").format(name=name))
        self._path = path
        self.n_ctx = self._spin("n_ctx", options.get("n_ctx", DEFAULT_N_CTX))
        self.n_ctx.setSingleStep(512)
        self.threads = self._spin("n_threads", options.get("n_threads", default_threads()))
        self.gpu_layers = self._spin("n_gpu_layers", options.get("n_gpu_layers", 0))
        self.gpu_layers.setToolTip(self.tr("Layers offloaded to the GPU; needs a GPU build of "
                                   "llama-cpp-python, 0 runs on the CPU"))
        form = QFormLayout(self)
        where = QLabel(path, self)
        where.setObjectName("modelPath")
        where.setWordWrap(True)
        form.addRow(self.tr("File:"), where)
        form.addRow(self.tr("&Context size (tokens):"), self.n_ctx)
        form.addRow(self.tr("&Threads:"), self.threads)
        form.addRow(self.tr("&GPU layers:"), self.gpu_layers)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        form.addRow(buttons)
        buttons.accepted.connect(self._save)
        buttons.rejected.connect(self.reject)

    def _spin(self, name: str, value: int) -> QSpinBox:
        spin = QSpinBox(self)
        spin.setObjectName(name)
        spin.setRange(*LOCAL_OPTION_RANGES[name])
        spin.setValue(int(value))
        return spin

    def _save(self) -> None:
        self.saved.emit(self._path, {"n_ctx": self.n_ctx.value(),
                                     "n_threads": self.threads.value(),
                                     "n_gpu_layers": self.gpu_layers.value()})
        self.accept()
