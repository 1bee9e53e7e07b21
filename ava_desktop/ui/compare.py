"""Ask several models: pick 2–4, send one message to all, watch the answers stream side by
side (each with its speed), and continue the conversation from the one you choose; the others
stay as versions of the reply (‹ 2/3 ›)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ava_desktop.core import markdown
from ava_desktop.core.conversation.node import Node
from ava_desktop.core.targets import Target
from ava_desktop.ui.context import AppContext
from ava_desktop.ui.model_selector import ModelSelector
from ava_desktop.ui.throttle import Throttle
from ava_desktop.ui.transcript import TranscriptView, ViewMessage

MAX_MODELS = 4


class CompareDialog(QDialog):
    """Two to four models (provider and model each) for the next message."""

    chosen = Signal(list)  # [(Target, model), ...]

    def __init__(self, ctx: AppContext, current: tuple[str | None, str],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Ask Several Models"))
        grid = QGridLayout()
        self.rows: list[tuple[QCheckBox, ModelSelector]] = []
        for i in range(MAX_MODELS):
            check = QCheckBox(self.tr("Model {number}").format(number=i + 1), self)
            check.setChecked(i < 2)
            selector = ModelSelector(ctx.catalog, self)
            selector.set_targets(ctx.targets, current[0])
            if i == 0 and current[1]:
                selector.select(current[0], current[1])
            grid.addWidget(check, i, 0)
            grid.addWidget(selector, i, 1)
            self.rows.append((check, selector))
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Ask These Models"))
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("The next message goes to each model checked here; their "
                                "answers stream side by side."), self))
        layout.addLayout(grid)
        layout.addWidget(self.message)
        layout.addWidget(buttons)

    def picks(self) -> list[tuple[Target, str]]:
        return [(sel.target(), sel.model()) for check, sel in self.rows
                if check.isChecked() and sel.target() is not None and sel.model()]

    def _accept(self) -> None:
        picks = self.picks()
        if not 2 <= len(picks) <= MAX_MODELS:
            self.message.setText(self.tr("Check two to four models, each with a provider and a "
                                 "model name."))
            return
        self.chosen.emit(picks)
        self.accept()


class CompareColumn(QWidget):
    def __init__(self, node: Node, choose: Callable[[int], None], dark_view: bool = True,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.node = node
        self._pending: list[str] = []
        self.view = TranscriptView(self)
        self.view.setObjectName("compareView")
        self.view.setAccessibleName(self.tr("Answer of {model}").format(model=node.model))
        self.view.set_messages([ViewMessage(node)])
        self.view.begin_stream(0)
        self.view.message_actions.offer_only({"copy", "copy-text"})  # choosing comes first
        self.view.action.connect(self._copy)
        self.speed = QLabel(self)
        self.speed.setObjectName("compareSpeed")
        self.pick = QPushButton(self.tr("Continue with this answer"), self)
        self.pick.setObjectName("compareChoose")
        self.pick.setEnabled(False)
        self.pick.clicked.connect(lambda: choose(node.id))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.speed, 1)
        bottom.addWidget(self.pick)
        layout.addLayout(bottom)
        self._throttle = Throttle(self._flush, parent=self)

    def _copy(self, verb: str, _message_id: int, _arg: str) -> None:
        text = self.node.content if verb == "copy" else markdown.plain_text(self.node.content)
        QGuiApplication.clipboard().setText(text)

    def append(self, text: str) -> None:
        self._pending.append(text)
        self._throttle.request()

    def _flush(self) -> None:
        if self._pending:
            delta, self._pending[:] = "".join(self._pending), []
            self.view.stream_append(0, delta)

    def finish(self) -> None:
        self._throttle.cancel()
        self._flush()
        self.view.finish_stream(0)
        timings = self.node.timings
        speed = timings.get("tokens_per_s")
        parts = [self.node.model or ""]
        if speed:
            parts.append(self.tr("{speed} tok/s").format(speed=f"{speed:.0f}"))
        if timings.get("ttft_s") is not None:
            parts.append(self.tr("first token {seconds} s").format(
                seconds=f"{timings['ttft_s']:.2f}"))
        if self.node.error:
            parts.append(self.tr("failed"))
        self.speed.setText(" · ".join(p for p in parts if p))


class CompareStrip(QWidget):
    """The compared answers in columns, shown until one is chosen."""

    def __init__(self, choose: Callable[[int], None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("compareStrip")
        self._choose = choose
        self.columns: dict[int, CompareColumn] = {}
        self._layout = QHBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self.hide()

    def start(self, nodes: list[Node]) -> None:
        self.clear()
        for node in nodes:
            column = CompareColumn(node, self._choose, parent=self)
            self.columns[node.id] = column
            self._layout.addWidget(column, 1)
        self.show()

    def clear(self) -> None:
        for column in self.columns.values():
            column.setParent(None)
            column.deleteLater()
        self.columns.clear()
        self.hide()

    def append(self, node: Node, text: str) -> bool:
        column = self.columns.get(node.id)
        if column is not None:
            column.append(text)
        return column is not None

    def finish(self, node: Node, idle: bool) -> None:
        column = self.columns.get(node.id)
        if column is not None:
            column.finish()
        if idle:
            for column in self.columns.values():
                column.pick.setEnabled(True)
            first = next(iter(self.columns.values()), None)
            if first is not None:
                first.pick.setFocus(Qt.FocusReason.OtherFocusReason)
