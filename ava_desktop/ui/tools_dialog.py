"""Tools (Chat → Tools…): the MCP servers of ``mcp.json``, their state, tools, last error and
log; add one by pasting its README's ``mcpServers`` snippet, edit, turn on or off, remove,
restart, import Claude Desktop's servers, and revoke "always allow"."""

from __future__ import annotations

import json
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ava_desktop.core.settings import MAX_TOOL_STEPS_RANGE
from ava_desktop.core.tools import McpConfig, ServerConfig, import_claude_desktop
from ava_desktop.core.tools.host import ALWAYS_KEY, ToolHost
from ava_desktop.core.tools.manager import ServerStatus
from ava_desktop.ui.context import AppContext
from ava_desktop.ui.messages import error_text, notice_text

translate = QCoreApplication.translate
SNIPPET_HINT = ('{"mcpServers": {"filesystem": {"command": "npx", "args": ["-y", '
                '"@modelcontextprotocol/server-filesystem", "/home/me/notes"]}}}')


def parse_snippet(text: str, name: str = "") -> tuple[dict[str, Any], str]:
    """Servers from a pasted snippet: ``{"mcpServers": {...}}``, ``{"name": {...}}`` or one
    server's entry (then named ``name``). Returns (servers, problem)."""
    try:
        data = json.loads(text)
    except ValueError as exc:
        return {}, translate("ToolsDialog", "This is not valid JSON: {exc}").format(exc=exc)
    if not isinstance(data, dict):
        return {}, translate("ToolsDialog",
                             "Paste a JSON object (the mcpServers snippet of the server's README).")
    if isinstance(data.get("mcpServers"), dict):
        data = data["mcpServers"]
    if "command" in data or "url" in data or "serverUrl" in data:
        if not name:
            return {}, translate("ToolsDialog", "Give the server a name.")
        data = {name: data}
    servers = {str(k): v for k, v in data.items() if isinstance(v, dict)}
    if not servers:
        return {}, translate("ToolsDialog", "No server found in the snippet.")
    return servers, ""


class ToolsDialog(QDialog):
    """Chat → Tools…, and (``embedded``) the Tools page of Settings: changes apply at once."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None,
                 embedded: bool = False) -> None:
        super().__init__(parent)
        if embedded:  # a page inside Settings, not a window of its own
            self.setWindowFlags(Qt.WindowType.Widget)
        self.setWindowTitle(self.tr("Tools (MCP servers)"))
        self.ctx = ctx
        self.host: ToolHost = ctx.tools
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("MCP servers"))
        self.details = QLabel(self)
        self.details.setTextFormat(Qt.TextFormat.PlainText)
        self.details.setWordWrap(True)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.log = QPlainTextEdit(self)
        self.log.setReadOnly(True)
        self.log.setAccessibleName(self.tr("Server log"))
        self.message = QLabel(self)
        self.message.setObjectName("toolsMessage")
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.buttons: dict[str, QPushButton] = {}
        row = QHBoxLayout()
        for key, label in (("add", self.tr("Add…")), ("edit", self.tr("Edit…")),
                           ("toggle", self.tr("Turn Off")), ("remove", self.tr("Remove")),
                           ("restart", self.tr("Restart")),
                           ("signin", self.tr("Sign In")), ("signout", self.tr("Sign Out")),
                           ("revoke", self.tr("Revoke Always Allow")),
                           ("import", self.tr("Import from Claude Desktop"))):
            button = QPushButton(label, self)
            button.setObjectName(f"tools_{key}")
            self.buttons[key] = button
            row.addWidget(button)
        self.buttons["add"].clicked.connect(self.add_server)
        self.buttons["edit"].clicked.connect(self.edit_server)
        self.buttons["toggle"].clicked.connect(self.toggle_server)
        self.buttons["remove"].clicked.connect(self.remove_server)
        self.buttons["restart"].clicked.connect(self.restart_server)
        self.buttons["revoke"].clicked.connect(self.revoke)
        self.buttons["signin"].clicked.connect(self.sign_in)
        self.buttons["signout"].clicked.connect(self.sign_out)
        self.buttons["import"].clicked.connect(self.import_claude)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        body = QHBoxLayout()
        body.addWidget(self.list, 1)
        side = QVBoxLayout()
        side.addWidget(self.details)
        side.addWidget(self.log, 1)
        body.addLayout(side, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(body, 1)
        layout.addLayout(row)
        steps = QHBoxLayout()
        steps_label = QLabel(self.tr("Tool steps per answer:"), self)
        self.max_steps = QSpinBox(self)
        self.max_steps.setObjectName("tools_max_steps")
        self.max_steps.setRange(*MAX_TOOL_STEPS_RANGE)
        self.max_steps.setValue(ctx.settings.max_tool_steps)
        self.max_steps.setToolTip(self.tr("How many times the model may call tools before "
                                          "it must answer"))
        steps_label.setBuddy(self.max_steps)
        self.max_steps.valueChanged.connect(
            lambda value: ctx.settings_service.update(max_tool_steps=value))
        steps.addWidget(steps_label)
        steps.addWidget(self.max_steps)
        steps.addStretch(1)
        layout.addLayout(steps)
        layout.addWidget(self.message)
        layout.addWidget(close)
        close.setVisible(not embedded)
        self.list.currentItemChanged.connect(lambda *_: self._show_current())
        self._timer = QTimer(self)  # state and log change while servers start and run
        self._timer.setInterval(500)
        self._timer.timeout.connect(self._tick)
        self._timer.start()
        self.resize(860, 520)
        self.refresh()

    # ------------------------------------------------------------ showing
    @property
    def config(self) -> McpConfig:
        return self.host.manager.config

    def current_name(self) -> str | None:
        item = self.list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def refresh(self, select: str | None = None) -> None:
        select = select or self.current_name()
        self.list.clear()
        for status in self.host.manager.statuses():
            off = "" if status.enabled else self.tr(" (off)")
            item = QListWidgetItem(f"{status.name} — {self._state(status)}{off}")
            item.setData(Qt.ItemDataRole.UserRole, status.name)
            self.list.addItem(item)
            if status.name == select:
                self.list.setCurrentItem(item)
        if self.list.currentItem() is None and self.list.count():
            self.list.setCurrentRow(0)
        self._show_current()

    def _tick(self) -> None:
        """The states in the list follow the servers (starting, ready, sign-in needed)."""
        for row in range(self.list.count()):
            item = self.list.item(row)
            name = item.data(Qt.ItemDataRole.UserRole)
            if name in self.config.servers:
                status = self.host.manager.status(name)
                off = "" if status.enabled else self.tr(" (off)")
                text = f"{status.name} — {self._state(status)}{off}"
                if item.text() != text:
                    item.setText(text)
        self._show_current()

    def _state(self, status: ServerStatus) -> str:
        return self.tr("Sign-in needed") if status.sign_in else status.state.value

    def _show_current(self) -> None:
        name = self.current_name()
        has = name is not None and name in self.config.servers
        for key in ("edit", "toggle", "remove", "restart", "revoke"):
            self.buttons[key].setEnabled(has)
        remote = has and self.config.servers[name].transport == "http"
        self.buttons["signin"].setVisible(remote)
        self.buttons["signout"].setVisible(remote)
        if not has:
            self.details.setText(self.tr("No MCP servers yet. Add one by pasting the mcpServers "
                                 "snippet from its README, or import Claude Desktop's."))
            self.log.clear()
            return
        server = self.config.servers[name]
        status = self.host.manager.status(name)
        what = (f"{server.command} {' '.join(server.args)}" if server.transport == "stdio"
                else server.url)
        tools = ", ".join(status.tools) if status.tools is not None else self.tr("not listed yet")
        always = ", ".join(server.extra.get(ALWAYS_KEY) or []) or self.tr("none")
        lines = [f"{name} ({server.transport}): {what}",
                 self.tr("State: {state}").format(state=self._state(status)),
                 self.tr("Timeout: {seconds} s").format(seconds=f"{server.timeout:g}"),
                 self.tr("Tools: {tools}").format(tools=tools),
                 self.tr("Always allowed: {tools}").format(tools=always)]
        if status.error or server.problem:
            error = (notice_text(status.error_notice) if status.error_notice
                     else error_text(status.error or server.problem))
            lines.append(self.tr("Last error: {error}").format(error=error))
        self.details.setText("\n".join(lines))
        self.buttons["toggle"].setText(self.tr("Turn Off") if not server.disabled
                                       else self.tr("Turn On"))
        log = "\n".join(self.host.manager.log(name))
        if log != self.log.toPlainText():
            self.log.setPlainText(log)

    # ------------------------------------------------------------ changing
    def _apply(self, config: McpConfig, select: str | None = None) -> None:
        try:
            self.host.store.save(config)
        except OSError as exc:
            self.message.setText(self.tr("Could not save mcp.json: {exc}").format(exc=exc))
            return
        self.ctx.spawn(self._set(config, select), name="tools-config")

    async def _set(self, config: McpConfig, select: str | None) -> None:
        await self.host.manager.set_config(config)
        self.host.reload()
        self.refresh(select)

    def add_server(self) -> None:
        self._ask_json(self.tr("Add MCP Server"),
                       self.tr("Paste the server's mcpServers snippet (JSON):"),
                       SNIPPET_HINT, None)

    def edit_server(self) -> None:
        name = self.current_name()
        if name:
            entry = json.dumps(self.config.servers[name].to_dict(), indent=2)
            self._ask_json(self.tr("Edit {name}").format(name=name),
                           self.tr("The entry of {name} (JSON):").format(name=name), entry, name)

    def _ask_json(self, title: str, label: str, text: str, name: str | None) -> None:
        dialog = QInputDialog(self)
        dialog.setWindowTitle(title)
        dialog.setLabelText(label)
        dialog.setOption(QInputDialog.InputDialogOption.UsePlainTextEditForTextInput)
        dialog.setTextValue(text)
        dialog.textValueSelected.connect(lambda value: self.take_json(value, name))
        dialog.open()

    def take_json(self, text: str, name: str | None = None) -> bool:
        """Add the servers of a snippet, or (``name``) replace that server's entry."""
        servers, problem = parse_snippet(text, name or "")
        if problem:
            self.message.setText(problem)
            return False
        config = self.config
        if name is not None and len(servers) == 1:
            servers = {name: next(iter(servers.values()))}
        for server_name, entry in servers.items():
            config = config.with_server(ServerConfig.from_dict(server_name, entry))
        problems = [f"{n}: {error_text(config.servers[n].problem)}" for n in servers
                    if config.servers[n].problem]
        self.message.setText("; ".join(problems) if problems else
                             self.tr("Saved {names}.").format(names=", ".join(servers)))
        self._apply(config, next(iter(servers)))
        return True

    def toggle_server(self) -> None:
        name = self.current_name()
        if name:
            server = self.config.servers[name]
            self._apply(self.config.set_enabled(name, server.disabled), name)

    def remove_server(self) -> None:
        name = self.current_name()
        if name:
            self._apply(self.config.without_server(name))
            self.message.setText(self.tr("Removed {name}.").format(name=name))

    def restart_server(self) -> None:
        name = self.current_name()
        if name:
            self.ctx.spawn(self._restart(name), name="tools-restart")

    async def _restart(self, name: str) -> None:
        try:
            await self.host.manager.restart(name)
        except Exception as exc:  # the state and log say the rest
            self.message.setText(self.tr("{name} did not start: {exc}").format(name=name, exc=exc))
        self.refresh(name)

    def sign_in(self) -> None:
        """Only this click opens the browser (a chat that needed the server failed at once)."""
        name = self.current_name()
        if name is not None:
            self.ctx.spawn(self._sign_in(name), name="tools-sign-in")

    async def _sign_in(self, name: str) -> None:
        try:
            await self.host.manager.sign_in(name)
        except Exception as exc:  # the state and log say the rest
            self.message.setText(str(exc))
        self.refresh(name)

    def sign_out(self) -> None:
        name = self.current_name()
        if name is not None:
            self.host.manager.sign_out(name)
            self.ctx.spawn(self._restart_quietly(name), name="tools-sign-out")

    async def _restart_quietly(self, name: str) -> None:
        await self.host.manager.stop(name)
        self.refresh(name)

    def revoke(self) -> None:
        name = self.current_name()
        if name:
            self.host.always.revoke(name)
            self.message.setText(self.tr("{name}'s tools ask again before each call.")
                                 .format(name=name))
            self._show_current()

    def import_claude(self) -> None:
        config, added, notes = import_claude_desktop(self.config)
        imported = (self.tr("Imported {name}").format(name=n) for n in added)
        self.message.setText("; ".join([*imported, *map(error_text, notes)])
                             or self.tr("Nothing to import."))
        if added:
            self._apply(config, added[0])

    def done(self, result: int) -> None:
        self._timer.stop()
        super().done(result)
