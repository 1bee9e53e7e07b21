"""A server's state and the one error type of the tools package, apart from the MCP SDK.

They are here, not in ``connection.py``, so the app can hold a manager and show server
states without importing the SDK (``mcp`` brings anyio, pydantic, httpx, starlette...:
about a second and 35 MB): it is imported when a server is first started.
"""

from __future__ import annotations

from enum import StrEnum

from ava_desktop.core.notice import Notice


class ServerState(StrEnum):
    STOPPED = "stopped"
    STARTING = "starting"
    READY = "ready"
    ERROR = "error"


class ServerError(RuntimeError):
    """A server could not start, stopped, or a request to it failed (one readable line in
    English; ``notice`` the same typed for the UI's tr(), when it is)."""

    def __init__(self, message: str | Notice) -> None:
        self.notice = message if isinstance(message, Notice) else None
        super().__init__(str(message))


__all__ = ["ServerError", "ServerState"]
