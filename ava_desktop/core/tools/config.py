"""``mcp.json``: the MCP servers, in the ``mcpServers`` format of Claude Desktop and Cursor.

People copy these snippets from a server's README, so the file is the one other apps read::

    {"mcpServers": {
        "filesystem": {"command": "npx", "args": ["-y", "@modelcontextprotocol/server-filesystem",
                       "/home/me/notes"], "env": {}},
        "remote": {"url": "https://example.com/mcp", "headers": {"Authorization": "Bearer ..."}},
        "off": {"command": "uvx", "args": ["mcp-server-fetch"], "disabled": true}}}

Keys we do not know (in the file and in each server) are carried through unchanged; the file
is written atomically; a damaged file is moved aside and reported, never silently emptied. Our
own additions are ``timeout`` (seconds per call, default 60) next to the standard keys.
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from ava_desktop.core.notice import Notice, NoticeStr
from ava_desktop.core.settings import atomic_write, backup_damaged

MCP_FILENAME = "mcp.json"
DEFAULT_TIMEOUT = 60.0
MAX_TIMEOUT = 3600.0
MAX_FILE_BYTES = 4 * 1024 * 1024
_KNOWN = ("command", "args", "env", "url", "headers", "disabled", "timeout", "type")


@dataclass(frozen=True, slots=True)
class ServerConfig:
    """One server: a command to run (stdio) or a URL (streamable HTTP, or SSE with
    ``"type": "sse"``). ``problem`` says why an entry cannot be used (it is still kept)."""

    name: str
    command: str = ""
    args: tuple[str, ...] = ()
    env: Mapping[str, str] = field(default_factory=dict)
    url: str = ""
    headers: Mapping[str, str] = field(default_factory=dict)
    disabled: bool = False
    timeout: float = DEFAULT_TIMEOUT
    transport: str = "stdio"  # stdio, http, sse
    extra: Mapping[str, Any] = field(default_factory=dict)
    problem: str = ""

    @property
    def enabled(self) -> bool:
        return not self.disabled and not self.problem

    @classmethod
    def from_dict(cls, name: str, data: Any) -> ServerConfig:
        """Never raises: what cannot be read becomes ``problem`` and the raw entry is kept."""
        if not isinstance(data, Mapping):
            return cls(name, extra={"": data}, problem=NoticeStr(Notice("mcp_not_object")))
        extra = {k: v for k, v in data.items() if k not in _KNOWN}
        problems: list[Notice] = []
        command = data.get("command", "")
        url = data.get("url", data.get("serverUrl", ""))  # Windsurf says serverUrl
        if not isinstance(command, str):
            problems.append(Notice("mcp_not_string", {"key": "'command'"}))
            command = ""
        if not isinstance(url, str):
            problems.append(Notice("mcp_not_string", {"key": "'url'"}))
            url = ""
        args = data.get("args", [])
        if not isinstance(args, list) or not all(isinstance(a, str | int | float) for a in args):
            problems.append(Notice("mcp_args"))
            args = []
        env = _str_map(data.get("env"), "env", problems)
        headers = _str_map(data.get("headers"), "headers", problems)
        kind = str(data.get("type", "") or "").lower()
        if command.strip():
            transport = "stdio"
        elif url.strip():
            transport = "sse" if kind == "sse" else "http"
            if not url.strip().lower().startswith(("http://", "https://")):
                problems.append(Notice("mcp_url_scheme"))
        else:
            transport = "stdio"
            problems.append(Notice("mcp_no_command"))
        timeout = data.get("timeout", DEFAULT_TIMEOUT)
        if isinstance(timeout, bool) or not isinstance(timeout, int | float) or \
                not 0 < timeout <= MAX_TIMEOUT:
            problems.append(Notice("mcp_timeout", {"limit": MAX_TIMEOUT}))
            timeout = DEFAULT_TIMEOUT
        return cls(name, command.strip(), tuple(str(a) for a in args), env, url.strip(),
                   headers, data.get("disabled") is True, float(timeout), transport,
                   extra | ({"type": data["type"]} if "type" in data else {}),
                   NoticeStr(*problems) if problems else "")

    def to_dict(self) -> dict[str, Any]:
        if "" in self.extra and len(self.extra) == 1:  # an unreadable entry, kept as it was
            return self.extra[""]
        out: dict[str, Any] = dict(self.extra)
        if self.command:
            out["command"] = self.command
        if self.command or self.args:
            out["args"] = list(self.args)
        if self.url and self.url != out.get("serverUrl"):
            out["url"] = self.url
        if self.env:
            out["env"] = dict(self.env)
        if self.headers:
            out["headers"] = dict(self.headers)
        if self.disabled:
            out["disabled"] = True
        if self.timeout != DEFAULT_TIMEOUT:
            out["timeout"] = int(self.timeout) if self.timeout.is_integer() else self.timeout
        return out


def _str_map(value: Any, key: str, problems: list[Notice]) -> dict[str, str]:
    if value is None:
        return {}
    if not isinstance(value, Mapping):
        problems.append(Notice("mcp_not_object_key", {"key": f"'{key}'"}))
        return {}
    return {str(k): v if isinstance(v, str) else json.dumps(v) for k, v in value.items()}


@dataclass(frozen=True, slots=True)
class McpConfig:
    """All servers, in file order, plus the file's other top-level keys."""

    servers: Mapping[str, ServerConfig] = field(default_factory=dict)
    extra: Mapping[str, Any] = field(default_factory=dict)

    @classmethod
    def from_dict(cls, data: Mapping[str, Any], warnings: list[str]) -> McpConfig:
        raw = data.get("mcpServers", {})
        if not isinstance(raw, Mapping):
            warnings.append(NoticeStr(Notice("mcp_servers_not_object")))
            return cls({}, dict(data))
        servers = {}
        for name, entry in raw.items():
            server = ServerConfig.from_dict(str(name), entry)
            if server.problem:
                warnings.append(NoticeStr(Notice("mcp_unusable", {"name": repr(name),
                                                                   "problem": server.problem})))
            servers[str(name)] = server
        return cls(servers, {k: v for k, v in data.items() if k != "mcpServers"})

    def to_dict(self) -> dict[str, Any]:
        return {**self.extra, "mcpServers": {n: s.to_dict() for n, s in self.servers.items()}}

    def with_server(self, server: ServerConfig) -> McpConfig:
        """Added at the end, or replaced where it was."""
        return replace(self, servers={**self.servers, server.name: server})

    def without_server(self, name: str) -> McpConfig:
        return replace(self, servers={n: s for n, s in self.servers.items() if n != name})

    def set_enabled(self, name: str, enabled: bool) -> McpConfig:
        return self.with_server(replace(self.servers[name], disabled=not enabled))


class McpConfigStore:
    """Loads and saves ``mcp.json``; ``load`` never raises for bad content."""

    def __init__(self, path: str | os.PathLike[str]) -> None:
        self.path = Path(path)

    @classmethod
    def in_folder(cls, data_dir: str | os.PathLike[str]) -> McpConfigStore:
        """The store for ``mcp.json`` in the data folder (``AppPaths.data_dir``)."""
        return cls(Path(data_dir) / MCP_FILENAME)

    def load(self) -> tuple[McpConfig, list[str]]:
        """(config, warnings for people). A damaged file is moved aside and said so."""
        warnings: list[str] = []
        try:
            with self.path.open("rb") as f:
                raw = f.read(MAX_FILE_BYTES + 1)
        except FileNotFoundError:
            return McpConfig(), warnings
        except OSError as exc:
            warnings.append(NoticeStr(Notice("mcp_unreadable", {
                "path": str(self.path), "reason": str(exc.strerror or exc)})))
            return McpConfig(), warnings
        try:
            if len(raw) > MAX_FILE_BYTES:
                raise ValueError(f"larger than {MAX_FILE_BYTES // (1024 * 1024)} MB")
            data = json.loads(raw.decode("utf-8-sig"))
            if not isinstance(data, dict):
                raise ValueError(f"expected a JSON object, found {type(data).__name__}")
        except ValueError as exc:
            backup = backup_damaged(self.path)
            params = {"path": str(self.path), "error": str(exc).splitlines()[0][:120]}
            warnings.append(NoticeStr(Notice("mcp_damaged", {**params, "backup": str(backup)})
                                      if backup else Notice("mcp_damaged_kept", params)))
            return McpConfig(), warnings
        return McpConfig.from_dict(data, warnings), warnings

    def save(self, config: McpConfig) -> None:
        """Atomic: a crash leaves the old file or the new one, never half of one."""
        text = json.dumps(config.to_dict(), indent=2, ensure_ascii=False) + "\n"
        atomic_write(self.path, text.encode("utf-8"))


# ---------------------------------------------------------------------- Claude Desktop


def claude_desktop_config_path(environ: Mapping[str, str] | None = None,
                               platform: str | None = None) -> Path:
    """Where Claude Desktop keeps ``claude_desktop_config.json`` on this platform."""
    env = os.environ if environ is None else environ
    platform = platform or sys.platform
    home = Path(env.get("HOME") or env.get("USERPROFILE") or Path.home())
    if platform == "darwin":
        folder = home / "Library" / "Application Support" / "Claude"
    elif platform.startswith("win"):
        folder = Path(env.get("APPDATA") or home / "AppData" / "Roaming") / "Claude"
    else:
        folder = Path(env.get("XDG_CONFIG_HOME") or home / ".config") / "Claude"
    return folder / "claude_desktop_config.json"


def import_claude_desktop(config: McpConfig, path: str | os.PathLike[str] | None = None
                          ) -> tuple[McpConfig, list[str], list[str]]:
    """Merge Claude Desktop's servers into ``config`` without overwriting any of ours.

    Returns (merged config, names added, messages for people: skipped names, problems).
    The caller saves the result (``McpConfigStore.save``). A missing or damaged file of
    Claude's is reported and left untouched.
    """
    source = Path(path) if path is not None else claude_desktop_config_path()
    try:
        with source.open("rb") as f:
            raw = f.read(MAX_FILE_BYTES + 1)
        data = json.loads(raw.decode("utf-8-sig")) if len(raw) <= MAX_FILE_BYTES else None
    except FileNotFoundError:
        return config, [], [NoticeStr(Notice("claude_config_missing", {"path": str(source)}))]
    except (OSError, ValueError) as exc:
        said = Notice("claude_config_unreadable", {"path": str(source)},
                      str(exc).splitlines()[0][:120])
        return config, [], [NoticeStr(said)]
    servers = data.get("mcpServers") if isinstance(data, dict) else None
    if not isinstance(servers, Mapping):
        return config, [], [NoticeStr(Notice("claude_config_empty", {"path": str(source)}))]
    added: list[str] = []
    messages: list[str] = []
    for name, entry in servers.items():
        name = str(name)
        if name in config.servers:
            messages.append(NoticeStr(Notice("mcp_already", {"name": repr(name)})))
            continue
        server = ServerConfig.from_dict(name, entry)
        if server.problem:
            messages.append(NoticeStr(Notice("mcp_imported_unusable", {
                "name": repr(name), "problem": server.problem})))
        config = config.with_server(server)
        added.append(name)
    return config, added, messages


__all__ = ["DEFAULT_TIMEOUT", "MCP_FILENAME", "McpConfig", "McpConfigStore", "ServerConfig",
           "claude_desktop_config_path", "import_claude_desktop"]
