"""What every tab shares: the HTTP session, the store, targets, tasks and error reporting."""

from __future__ import annotations

import asyncio
import logging
import traceback
from collections.abc import Callable, Coroutine
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal

from ava_desktop.core.context import ContextCounter
from ava_desktop.core.discovery import DiscoveredServer, discover_local_servers
from ava_desktop.core.local import (
    LocalModel,
    default_model_path,
    find_gguf_models,
    local_server_available,
)
from ava_desktop.core.local.provider import LocalModelHost
from ava_desktop.core.secrets import KeyStore, StoredKey
from ava_desktop.core.settings import (
    Endpoint,
    Settings,
    SettingsChange,
    SettingsService,
    SettingsStore,
)
from ava_desktop.core.targets import KeyMismatch, Target, build_targets, local_target
from ava_desktop.ui.messages import notice_text

log = logging.getLogger("ava_desktop")


class AppContext(QObject):
    """Shared services for the window and its tabs.

    ``spawn`` is the one way to start background work: it keeps a strong reference to the
    task (asyncio only holds weak ones) and routes any uncaught exception to
    ``errorOccurred`` so nothing fails silently.

    Settings change only through ``settings_service`` (``ctx.settings`` is its current,
    read-only object); each change arrives here once, is acted on (keys, targets, look) and
    is re-emitted as ``settingsChanged(SettingsChange)``.
    """

    errorOccurred = Signal(str, str)  # short message, details
    targetsChanged = Signal()
    appearanceChanged = Signal()
    settingsChanged = Signal(object)  # a core.settings.SettingsChange, once per change
    noticeRaised = Signal()  # take_notices() has something the user is to be told once
    _saveFailed = Signal(str)  # from the settings writer thread; delivered on the GUI thread

    def __init__(self, session: Any = None, store: Any = None) -> None:
        super().__init__()
        self._session = session
        # makes the session on first use (AvaApp sets it): aiohttp's import and its TLS
        # contexts (~0.15 s, ~10 MB) then come after the first paint, not before it
        self.session_factory: Callable[[], Any] | None = None
        self.store = store
        self.targets: list[Target] = []
        self.default_target_key: str | None = None
        self.default_model: str | None = None
        self.settings_service = SettingsService()
        self._unsubscribe: Any = None
        self._told: set[KeyMismatch] = set()
        self._notices: list[tuple[str, str]] = []
        self._save_failing = False
        self._saveFailed.connect(self._tell_save_failed)
        self.use_settings(Settings(), None)
        self.keys = KeyStore()
        self.env_endpoint: Endpoint | None = None
        self.cli_model: str | None = None
        self.discovered: list[DiscoveredServer] = []
        self.discovery_presets: list[Any] | None = None  # None: the known local servers
        self._key_cache: dict[str, StoredKey | None] = {}
        self.local_host = LocalModelHost()
        self.local_models: list[LocalModel] = []
        self.models_dir: Path | None = None  # data_dir/models, scanned for GGUF files
        self.data_dir: Path | None = None  # shown in About, with a button to open it
        self.log_dir: Path | None = None
        self.used_target_keys: Callable[[], list[str | None]] = list
        self.pinned_target_keys: set[str] = set()  # offered even when hidden (--provider)
        self._tasks: set[asyncio.Task[Any]] = set()
        self.catalog: Any = None  # ModelCatalog, set by the application
        self.tools: Any = None  # ToolHost (MCP servers of mcp.json), set by the application
        #: One per app: the per-model corrections learned from reported usage are shared.
        self.context_counter = ContextCounter()
        self.defer_hidden_drawing = False  # restoring tabs: draw each when first shown

    # ----------------------------------------------------------------- tasks

    @property
    def session(self) -> Any:
        """The shared aiohttp session, made by ``session_factory`` the first time it is asked
        for (None once shut down or when there is no factory)."""
        if self._session is None and self.session_factory is not None:
            self._session = self.session_factory()
        return self._session

    @session.setter
    def session(self, value: Any) -> None:
        self._session = value

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

    async def cancel_all(self, timeout: float = 3.0) -> None:
        """Cancel the background tasks and wait for them, at most ``timeout`` seconds: quitting
        must not hang on a task that never wakes up (seen when something processed Qt events
        inside another task: asyncio refused that task's step and its wake-up was lost), so
        such a task is logged and left behind."""
        tasks = list(self._tasks)
        for task in tasks:
            task.cancel()
        if tasks:
            done, pending = await asyncio.wait(tasks, timeout=timeout)
            for task in done:  # their errors are theirs to report; retrieved, not re-raised
                if not task.cancelled():
                    task.exception()
            for task in pending:
                log.warning("A background task did not end when cancelled: %r", task)

    # --------------------------------------------------------------- notices
    def raise_notice(self, title: str, text: str) -> None:
        """Something to tell the user once; kept until the window takes it (it may not
        exist yet: keys are checked while the app starts)."""
        self._notices.append((title, text))
        self.noticeRaised.emit()

    def take_notices(self) -> list[tuple[str, str]]:
        notices, self._notices = self._notices, []
        return notices

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
                self._key_cache[endpoint.id] = await self.keys.aget_for(endpoint)

    def key_hosts(self) -> dict[str, str]:
        """Endpoint id -> the origin its stored key was entered for (keys read so far)."""
        return {k: v.host for k, v in self._key_cache.items() if v is not None and v.host}

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
        mismatches: list[KeyMismatch] = []
        self.set_targets(build_targets(self.settings, self._key_cache, self.env_endpoint,
                                       self.discovered, keep=keep, model=self.cli_model,
                                       local=local, mismatches=mismatches))
        for mismatch in mismatches:
            if mismatch not in self._told:  # once per endpoint and pair of hosts
                self._told.add(mismatch)
                log.warning("not sending the key of endpoint %s: %s", mismatch.endpoint_id,
                            mismatch.message)
                self.raise_notice(self.tr("API key not sent"), notice_text(mismatch.notice))

    async def discover(self) -> list[DiscoveredServer]:
        """Probe the loopback ports of known local servers and offer what answers."""
        found = await discover_local_servers(presets=self.discovery_presets)
        if found != self.discovered:
            self.discovered = found
            self.refresh_targets()
        return found

    # -------------------------------------------------------------- settings
    @property
    def settings(self) -> Settings:
        """The current settings; read only (change them with ``settings_service.update``)."""
        return self.settings_service.settings

    @property
    def settings_store(self) -> SettingsStore | None:
        return self.settings_service.store

    def use_settings(self, settings: Settings, store: SettingsStore | None) -> None:
        """Start from loaded settings (the application's start-up)."""
        if self._unsubscribe is not None:
            self._unsubscribe()
        self.settings_service = SettingsService(settings, store, on_error=self._save_error)
        self._unsubscribe = self.settings_service.subscribe(self._settings_changed)

    def _settings_changed(self, change: SettingsChange) -> None:
        """One change, from anywhere: reload keys and targets, restyle, re-emit it."""
        if "endpoints" in change:
            self.spawn(self._reload_keys(), name="reload keys")
        elif change.changed & {"show_offline_providers", "local_model_files",
                               "local_model_options"}:
            if "local_model_files" in change:
                self.scan_local_models()
            self.refresh_targets()
        if change.changed & {"theme", "font_size"}:
            self.appearanceChanged.emit()
        if "local_discovery" in change and change.new.local_discovery:
            self.spawn(self.discover(), name="discovery")
        change.saved.add_done_callback(self._saved)
        self.settingsChanged.emit(change)

    def _saved(self, future: Any) -> None:  # on the writer thread: only a flag
        if not future.cancelled() and future.exception() is None:
            self._save_failing = False

    async def _reload_keys(self) -> None:
        self._key_cache.clear()
        await self.load_keys()
        self.refresh_targets()

    def _save_error(self, exc: BaseException, _revision: int) -> None:
        """On the writer thread: hand the failure to the GUI thread."""
        reason = getattr(exc, "strerror", None) or str(exc) or type(exc).__name__
        self._saveFailed.emit(str(reason))

    def _tell_save_failed(self, reason: str) -> None:
        store = self.settings_store
        if self.settings_service.dirty and not self._save_failing:
            self._save_failing = True  # once until a save works again
            text = (self.tr("The settings could not be saved to {path} ({reason}).")
                    .format(path=store.path, reason=reason) if store is not None else
                    self.tr("The settings could not be saved ({reason}).").format(reason=reason))
            self.raise_notice(self.tr("Settings not saved"), text + " " + self.tr(
                "They are kept while Ava runs and saved again with the next change."))

    def set_font_size(self, points: int | None) -> None:
        self.settings_service.update(font_size=points)

    async def save_settings(self) -> bool:
        """Write what is not saved yet (at shutdown); False if that failed (reported)."""
        try:
            await asyncio.wrap_future(self.settings_service.update().saved)
        except Exception:  # the writer reported it through _save_error
            return False
        self._save_failing = False
        return True

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
        self.settings_service.update(default_endpoint_id=key, default_model=model)

    def call_safely(self, func: Callable[..., Any], *args: Any) -> Any:
        try:
            return func(*args)
        except Exception as exc:  # a slot must never take the app down
            self.report_exception(exc, getattr(func, "__qualname__", ""))
            return None
