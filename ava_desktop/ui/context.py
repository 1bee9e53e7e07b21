"""What every tab shares: the HTTP session, the store, targets, tasks and error reporting."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable, Coroutine
from typing import Any

from PySide6.QtCore import QObject, Signal

from ava_desktop.core.targets import Target

log = logging.getLogger("ava_desktop")


class AppContext(QObject):
    """Shared services for the window and its tabs.

    ``spawn`` is the one way to start background work: it keeps a strong reference to the
    task (asyncio only holds weak ones) and routes any uncaught exception to
    ``errorOccurred`` so nothing fails silently.
    """

    errorOccurred = Signal(str, str)  # short message, details
    targetsChanged = Signal()

    def __init__(self, session: Any = None, store: Any = None) -> None:
        super().__init__()
        self.session = session
        self.store = store
        self.targets: list[Target] = []
        self.default_target_key: str | None = None
        self.default_model: str | None = None
        self._tasks: set[asyncio.Task[Any]] = set()
        self.catalog: Any = None  # ModelCatalog, set by the application

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
        import traceback

        details = "".join(traceback.format_exception(type(exc), exc, exc.__traceback__))
        self.errorOccurred.emit(f"{type(exc).__name__}: {exc}", details)

    # --------------------------------------------------------------- targets
    def set_targets(self, targets: list[Target]) -> None:
        self.targets = targets
        self.targetsChanged.emit()

    def target(self, key: str | None) -> Target | None:
        return next((t for t in self.targets if t.key == key), None)

    def default_target(self) -> Target | None:
        found = self.target(self.default_target_key)
        if found is not None:
            return found
        return next((t for t in self.targets if t.working), self.targets[0] if self.targets
                    else None)

    def remember_choice(self, key: str, model: str) -> None:
        """The last used endpoint and model become the default for new tabs."""
        self.default_target_key = key
        self.default_model = model or self.default_model

    def call_safely(self, func: Callable[..., Any], *args: Any) -> Any:
        try:
            return func(*args)
        except Exception as exc:  # a slot must never take the app down
            self.report_exception(exc, getattr(func, "__qualname__", ""))
            return None
