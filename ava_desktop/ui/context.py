"""What every tab shares: the HTTP session, the store, targets, tasks and error reporting."""

from __future__ import annotations

import asyncio
import logging
import traceback
from collections.abc import Callable, Coroutine
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal

from ava_desktop.core.discovery import DiscoveredServer, discover_local_servers
from ava_desktop.core.local import (
    LocalModel,
    default_model_path,
    find_gguf_models,
    local_server_available,
)
from ava_desktop.core.local.provider import LocalModelHost
from ava_desktop.core.secrets import KeyStore
from ava_desktop.core.settings import Endpoint, Settings, SettingsStore
from ava_desktop.core.targets import Target, build_targets, local_target

log = logging.getLogger("ava_desktop")


class AppContext(QObject):
    """Shared services for the window and its tabs.

    ``spawn`` is the one way to start background work: it keeps a strong reference to the
    task (asyncio only holds weak ones) and routes any uncaught exception to
    ``errorOccurred`` so nothing fails silently.
    """

    errorOccurred = Signal(str, str)  # short message, details
    targetsChanged = Signal()
    appearanceChanged = Signal()

    def __init__(self, session: Any = None, store: Any = None) -> None:
        super().__init__()
        self.session = session
        self.store = store
        self.targets: list[Target] = []
        self.default_target_key: str | None = None
        self.default_model: str | None = None
        self.settings = Settings()
        self.settings_store: SettingsStore | None = None
        self.keys = KeyStore()
        self.env_endpoint: Endpoint | None = None
        self.cli_model: str | None = None
        self.discovered: list[DiscoveredServer] = []
        self.discovery_presets: list[Any] | None = None  # None: the known local servers
        self._key_cache: dict[str, str | None] = {}
        self.local_host = LocalModelHost()
        self.local_models: list[LocalModel] = []
        self.models_dir: Path | None = None  # data_dir/models, scanned for GGUF files
        self.used_target_keys: Callable[[], list[str | None]] = list
        self.pinned_target_keys: set[str] = set()  # offered even when hidden (--provider)
        self._tasks: set[asyncio.Task[Any]] = set()
        self.catalog: Any = None  # ModelCatalog, set by the application
        self.tools: Any = None  # ToolHost (MCP servers of mcp.json), set by the application
        self.defer_hidden_drawing = False  # restoring tabs: draw each when first shown

    # ----------------------------------------------------------------- tasks
    def spawn(self, coro: Coroutine[Any, Any, Any], name: str | None = None) -> asyncio.Task[Any]:
        task = asyncio.ensure_future(coro)
        if name:
            task.set_name(name)
        self._tasks.add(task)
        task.add_done_callback(self._task_done)
        return task

    def _task_done(self, task: asyncio.Task[Any]) -> None:
        self._tasks.discard(task)
        if task.cancelled():
            return
        exc = task.exception()
        if exc is not None:
            self.report_exception(exc, f"background task {task.get_name()!r}")

    async def cancel_all(self) -> None:
        tasks = list(self._tasks)
        for task in tasks:
            task.cancel()
        if tasks:
            await asyncio.gather(*tasks, return_exceptions=True)

    # ---------------------------------------------------------------- errors
    def report_exception(self, exc: BaseException, where: str = "") -> None:
        log.error("Unhandled error%s", f" in {where}" if where else "",
                  exc_info=(type(exc), exc, exc.__traceback__))
        details = "".join(traceback.format_exception(type(exc), exc, exc.__traceback__))
        self.errorOccurred.emit(f"{type(exc).__name__}: {exc}", details)

    # --------------------------------------------------------------- targets
    def proxy_for(self, target: Target) -> str | None:
        """Proxies are chosen per target (the shared session ignores the environment's)."""
        return target.proxy(self.settings.proxy_url)

    def set_targets(self, targets: list[Target]) -> None:
        self.targets = targets
        self.targetsChanged.emit()

    async def load_keys(self) -> None:
        """Read the endpoints' keys off the loop (a keychain may prompt to unlock)."""
        endpoints = list(self.settings.endpoints)
        if self.env_endpoint is not None:
            endpoints.append(self.env_endpoint)
        for endpoint in endpoints:
            if endpoint.has_key or endpoint.transient:
                self._key_cache[endpoint.id] = await self.keys.aget(endpoint.id)

    def scan_local_models(self) -> list[LocalModel]:
        """The default model (``local`` extra), the models folder and files the user added."""
        if not local_server_available():
            self.local_models = []
            return []
        sources: list[Path] = []
        default = default_model_path()
        if default is not None:
            sources.append(default)
        if self.models_dir is not None:
            sources.append(self.models_dir)
        sources += [Path(f) for f in self.settings.local_model_files]
        self.local_models = find_gguf_models(sources)
        return self.local_models

    def refresh_targets(self) -> None:
        """Rebuild what the model selectors offer from settings, keys and discovery."""
        keep = tuple(k for k in (*self.used_target_keys(), *self.pinned_target_keys) if k)
        local = local_target(self.local_models, self.local_host, self.settings)
        self.set_targets(build_targets(self.settings, self._key_cache, self.env_endpoint,
                                       self.discovered, keep=keep, model=self.cli_model,
                                       local=local))

    async def discover(self) -> list[DiscoveredServer]:
        """Probe the loopback ports of known local servers and offer what answers."""
        found = await discover_local_servers(presets=self.discovery_presets)
        if found != self.discovered:
            self.discovered = found
            self.refresh_targets()
        return found

    async def apply_settings(self, settings: Settings) -> None:
        """New settings from the dialog: reload keys, offer the new endpoint list, restyle."""
        discovery_was_on = self.settings.local_discovery
        self.settings = settings
        self._key_cache.clear()
        await self.load_keys()
        self.refresh_targets()
        self.appearanceChanged.emit()
        if settings.local_discovery and not discovery_was_on:
            await self.discover()

    def set_font_size(self, points: int | None) -> None:
        self.settings.font_size = points
        self.appearanceChanged.emit()

    def save_settings(self) -> None:
        if self.settings_store is None:
            return
        try:
            self.settings_store.save(self.settings)
        except OSError as exc:
            self.report_exception(exc, "saving the settings")

    def target(self, key: str | None) -> Target | None:
        return next((t for t in self.targets if t.key == key), None)

    def default_target(self) -> Target | None:
        """What a new tab talks to: the last choice, else the first working target; never an
        offline provider nobody chose (its host would get the user's first message)."""
        found = self.target(self.default_target_key)
        if found is not None and (found.working or found.key in self.pinned_target_keys):
            return found
        pinned = next((t for t in self.targets if t.key in self.pinned_target_keys), None)
        return pinned or next((t for t in self.targets if t.working), None)

    def remember_choice(self, key: str, model: str) -> None:
        """The last used endpoint and model become the default for new tabs."""
        self.default_target_key = key
        self.default_model = model or self.default_model
        self.settings.remember_last_used(key, model)

    def call_safely(self, func: Callable[..., Any], *args: Any) -> Any:
        try:
            return func(*args)
        except Exception as exc:  # a slot must never take the app down
            self.report_exception(exc, getattr(func, "__qualname__", ""))
            return None
