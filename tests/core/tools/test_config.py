"""mcp.json: the mcpServers format other apps use, unknown keys kept, damage reported."""

from __future__ import annotations

import json

from ava_desktop.core.tools import (
    McpConfigStore,
    claude_desktop_config_path,
    import_claude_desktop,
)

SNIPPET = {
    "mcpServers": {
        "filesystem": {"command": "npx", "args": ["-y", "@modelcontextprotocol/server-filesystem",
                                                  "/tmp"], "env": {"DEBUG": "1"},
                       "autoApprove": ["read_file"]},
        "remote": {"url": "https://example.com/mcp", "headers": {"Authorization": "Bearer t"}},
        "off": {"command": "uvx", "args": ["mcp-server-fetch"], "disabled": True,
                "timeout": 120},
        "sse": {"type": "sse", "url": "http://127.0.0.1:9/sse"},
        "broken": {"args": ["x"]},
        "junk": [1, 2],
    },
    "globalShortcut": "Ctrl+Space",
}


def test_reads_the_mcpservers_format_and_keeps_everything_on_save(tmp_path):
    store = McpConfigStore.in_folder(tmp_path)
    store.path.write_text(json.dumps(SNIPPET))
    config, warnings = store.load()
    fs, remote, off, sse = (config.servers[n] for n in ("filesystem", "remote", "off", "sse"))
    assert (fs.transport, fs.command, fs.args, dict(fs.env)) == (
        "stdio", "npx", ("-y", "@modelcontextprotocol/server-filesystem", "/tmp"), {"DEBUG": "1"})
    assert fs.timeout == 60 and fs.enabled
    assert (remote.transport, remote.url, dict(remote.headers)) == (
        "http", "https://example.com/mcp", {"Authorization": "Bearer t"})
    assert off.disabled and not off.enabled and off.timeout == 120
    assert sse.transport == "sse"
    assert not config.servers["broken"].enabled and not config.servers["junk"].enabled
    assert len(warnings) == 2 and "'broken'" in warnings[0] and "neither" in warnings[0]
    store.save(config)
    assert json.loads(store.path.read_text()) == SNIPPET  # nothing lost, nothing added
    # Enable/disable writes what other apps write.
    store.save(config.set_enabled("off", True).set_enabled("filesystem", False))
    saved = json.loads(store.path.read_text())["mcpServers"]
    assert "disabled" not in saved["off"] and saved["filesystem"]["disabled"] is True
    assert saved["filesystem"]["autoApprove"] == ["read_file"]


def test_damaged_file_is_moved_aside_and_reported(tmp_path):
    store = McpConfigStore.in_folder(tmp_path)
    store.path.write_text('{"mcpServers": {"a": ')
    config, warnings = store.load()
    assert not config.servers
    backups = list(tmp_path.glob("mcp.json.corrupt-*"))
    assert len(backups) == 1 and backups[0].read_text() == '{"mcpServers": {"a": '
    assert "damaged" in warnings[0] and str(backups[0]) in warnings[0]
    assert not store.path.exists()  # never replaced by an empty file behind the user's back


def test_bad_values_are_reported_not_guessed(tmp_path):
    store = McpConfigStore.in_folder(tmp_path)
    store.path.write_text(json.dumps({"mcpServers": {
        "t": {"command": "x", "timeout": -1}, "u": {"url": "ftp://h"}}}))
    config, warnings = store.load()
    assert "'timeout'" in config.servers["t"].problem
    assert "http://" in config.servers["u"].problem
    assert len(warnings) == 2


def test_claude_desktop_import_merges_without_overwriting(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "cfg"))
    path = claude_desktop_config_path(platform="linux")
    assert path == tmp_path / "cfg" / "Claude" / "claude_desktop_config.json"
    mac = claude_desktop_config_path({"HOME": "/Users/me"}, platform="darwin")
    assert str(mac) == "/Users/me/Library/Application Support/Claude/claude_desktop_config.json"
    win = claude_desktop_config_path({"APPDATA": "C:/AppData"}, platform="win32")
    assert win.as_posix() == "C:/AppData/Claude/claude_desktop_config.json"

    store = McpConfigStore.in_folder(tmp_path)
    store.path.write_text(json.dumps({"mcpServers": {"filesystem": {"command": "mine"}}}))
    config, _ = store.load()
    _, added, messages = import_claude_desktop(config)
    assert added == [] and "not found" in messages[0]

    path.parent.mkdir(parents=True)
    path.write_text(json.dumps({"mcpServers": {
        "filesystem": {"command": "theirs"}, "fetch": {"command": "uvx", "args": ["f"]}}}))
    merged, added, messages = import_claude_desktop(config)
    assert added == ["fetch"] and "already configured" in messages[0]
    assert merged.servers["filesystem"].command == "mine"
    store.save(merged)
    assert list(json.loads(store.path.read_text())["mcpServers"]) == ["filesystem", "fetch"]
