"""The tools as a chat session sees them: what to offer, and who may run without asking.

``ToolHost`` joins the manager (servers and their tools), ``mcp.json`` (the configuration,
where "always allow" is kept per server as ``alwaysAllow``, the key Cline and Roo Code use)
and a conversation's own choice of servers and tools it turned off.
"""

from __future__ import annotations

from collections.abc import Callable, Collection
from dataclasses import replace

from ava_desktop.core.conversation.parts import ToolSpec
from ava_desktop.core.notice import Notice

from .config import McpConfig, McpConfigStore
from .manager import McpManager
from .runner import AlwaysAllowed

ALWAYS_KEY = "alwaysAllow"


class ToolHost:
    def __init__(self, manager: McpManager, store: McpConfigStore | None = None,
                 on_error: Callable[[str], None] | None = None) -> None:
        self.manager = manager
        self.store = store
        self._on_error = on_error
        self.always = AlwaysAllowed(self._pairs(manager.config), on_change=self._save_always)

    @staticmethod
    def _pairs(config: McpConfig) -> list[tuple[str, str]]:
        pairs: list[tuple[str, str]] = []
        for name, server in config.servers.items():
            tools = server.extra.get(ALWAYS_KEY)
            if isinstance(tools, list):
                pairs += [(name, str(t)) for t in tools if isinstance(t, str)]
        return pairs

    def reload(self) -> None:
        """After the configuration changed (the Tools dialog): re-read the permissions."""
        self.always = AlwaysAllowed(self._pairs(self.manager.config),
                                    on_change=self._save_always)

    def _save_always(self, always: AlwaysAllowed) -> None:
        allowed: dict[str, list[str]] = {}
        for server, tool in always.to_list():
            allowed.setdefault(server, []).append(tool)
        config = self.manager.config
        for name, server in config.servers.items():
            extra = {k: v for k, v in server.extra.items() if k != ALWAYS_KEY}
            if allowed.get(name):
                extra[ALWAYS_KEY] = allowed[name]
            config = config.with_server(replace(server, extra=extra))
        self.manager.note_config(config)  # the same servers: nothing restarts
        if self.store is not None:
            try:
                self.store.save(config)
            except OSError as exc:
                if self._on_error:
                    self._on_error(f"Could not save the tool permissions: {exc}")

    @property
    def any_enabled(self) -> bool:
        return any(s.enabled for s in self.manager.config.servers.values())

    async def specs(self, off: Collection[str] = ()
                    ) -> tuple[list[ToolSpec], dict[str, str | Notice]]:
        """The tools to offer (minus the servers or wire names turned off) and, per server
        that could not list its tools, why: one failing server never hides the others."""
        if not self.any_enabled:
            return [], {}
        listing = await self.manager.list_tools()
        return listing.specs(off=off), listing.reasons()


__all__ = ["ALWAYS_KEY", "ToolHost"]
