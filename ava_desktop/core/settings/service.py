"""The one way settings change: validate, bump a revision, save off the caller's thread, tell.

Every change, from the Settings dialog or from the window (text size, last used model,
geometry, local model options), goes through :meth:`SettingsService.update`. It works on a
copy, so a change that fails validation leaves nothing half-applied; the current object is
replaced, never edited, so whoever holds the old one sees a consistent old state.

Writes happen on one worker thread. Rapid updates coalesce (the writer takes only the newest
revision waiting; the last one wins); a failed write is reported through ``on_error`` and
retried with the next change or :meth:`flush`, and the settings stay in memory meanwhile, so
no setting is lost. Subscribers are called once per change, on the updating thread, with
the names of the fields that changed. This module is Qt-free: the UI adapts it to a signal.
"""

from __future__ import annotations

import concurrent.futures
import copy
import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass, field, fields
from typing import Any

from .model import Settings
from .store import SettingsStore
from .validation import settings_problems

log = logging.getLogger(__name__)

FIELD_NAMES = frozenset(f.name for f in fields(Settings)) - {"extra"}

Change = Callable[[Settings], "Settings | None"]
Subscriber = Callable[["SettingsChange"], None]
ErrorCallback = Callable[[BaseException, int], None]


class SettingsError(ValueError):
    """An update was refused; ``problems`` lists why, in words. Nothing was changed."""

    def __init__(self, problems: list[str]) -> None:
        super().__init__(" ".join(problems))
        self.problems = problems


@dataclass(frozen=True, eq=False)
class SettingsChange:
    """One accepted update. ``changed``: Settings field names ("extra" for unknown keys).

    ``saved`` completes when a write covering this revision is on disk (or raises the
    write's error); with no store it is done at once.
    """

    revision: int
    changed: frozenset[str]
    old: Settings
    new: Settings
    saved: concurrent.futures.Future[None] = field(repr=False)

    def __contains__(self, name: object) -> bool:
        return name in self.changed


class SettingsService:
    """Holds the current :class:`Settings`; see the module docstring.

    ``settings`` is the current object: read it freely, never assign to its fields (an edit
    made in place is detected at the next update, logged, and saved with it).
    """

    def __init__(self, settings: Settings | None = None, store: SettingsStore | None = None,
                 *, on_error: ErrorCallback | None = None) -> None:
        self._settings = settings if settings is not None else Settings()
        self._snapshot = _snapshot(self._settings)
        self.store = store
        self.on_error = on_error
        self.revision = 0
        self.saved_revision = 0
        self._lock = threading.RLock()
        self._subscribers: list[Subscriber] = []
        self._writer = _Writer(self._write, self._write_failed)

    @property
    def settings(self) -> Settings:
        return self._settings

    @property
    def dirty(self) -> bool:
        """Changes in memory that are not (yet) in the file."""
        return self.saved_revision < self.revision

    def subscribe(self, callback: Subscriber) -> Callable[[], None]:
        """Call ``callback(change)`` after every accepted change; returns an unsubscribe."""
        self._subscribers.append(callback)
        return lambda: self._subscribers.remove(callback) if callback in self._subscribers \
            else None

    # ------------------------------------------------------------------ update
    def update(self, change: Change | Settings | None = None, /, **values: Any
               ) -> SettingsChange:
        """Apply a change and save it in the background.

        ``change`` is a function given a copy of the settings to edit (or return a new
        Settings), or a whole new Settings; ``values`` set fields by name. Raises
        :class:`SettingsError` (nothing changed) when the result is not valid, TypeError for
        an unknown field name. An update that changes nothing notifies no one; it still
        writes if an earlier write failed.
        """
        unknown = set(values) - FIELD_NAMES
        if unknown:
            raise TypeError(f"unknown settings field(s): {', '.join(sorted(unknown))}")
        with self._lock:
            old = self._settings
            drift = _changed(self._snapshot, _snapshot(old))
            if drift:
                log.warning("settings edited in place, outside SettingsService: %s",
                            ", ".join(sorted(drift)))
            if isinstance(change, Settings):
                new = copy.deepcopy(change)
            else:
                new = copy.deepcopy(old)
                if change is not None:
                    returned = change(new)
                    if returned is not None:
                        new = returned
            for name, value in values.items():
                setattr(new, name, copy.deepcopy(value))
            problems = settings_problems(new)
            if problems:
                raise SettingsError(problems)
            snapshot = _snapshot(new)
            changed = _changed(self._snapshot, snapshot) | drift
            if changed:
                self._settings, self._snapshot = new, snapshot
                self.revision += 1
            else:
                new = old
            saved = self._schedule_write()
            result = SettingsChange(self.revision, frozenset(changed), old, new, saved)
        if changed:
            for callback in list(self._subscribers):
                try:
                    callback(result)
                except Exception:  # one bad subscriber must not stop the others
                    log.exception("a settings subscriber failed")
        return result

    # ------------------------------------------------------------------ saving
    def _schedule_write(self) -> concurrent.futures.Future[None]:
        future: concurrent.futures.Future[None] = concurrent.futures.Future()
        if self.store is None or not self.dirty:
            if self.store is None:
                self.saved_revision = self.revision
            future.set_result(None)
            return future
        data = SettingsStore.encode(self._settings)
        self._writer.submit(self.revision, data, future)
        return future

    def flush(self, timeout: float | None = 10.0) -> bool:
        """Write what is not saved yet and wait; True when the file holds the newest
        revision. Used at shutdown (a failure is reported through ``on_error`` too)."""
        future = self.update().saved  # also picks up an edit made in place
        try:
            future.result(timeout)
        except Exception:  # reported by the writer already
            return False
        return not self.dirty

    def close(self, timeout: float | None = 10.0) -> bool:
        """Flush, then stop the writer thread."""
        ok = self.flush(timeout)
        self._writer.stop(timeout)
        return ok

    def _write(self, revision: int, data: bytes) -> None:
        store = self.store
        if store is not None:
            store.write(data)
        with self._lock:
            self.saved_revision = max(self.saved_revision, revision)

    def _write_failed(self, exc: BaseException, revision: int) -> None:
        log.warning("saving the settings (revision %d) failed: %s", revision, exc)
        if self.on_error is not None:
            try:
                self.on_error(exc, revision)
            except Exception:
                log.exception("the settings error callback failed")


class _Writer:
    """One thread writing the newest pending revision; waiting writes coalesce."""

    def __init__(self, write: Callable[[int, bytes], None], failed: ErrorCallback) -> None:
        self._write, self._failed = write, failed
        self._cond = threading.Condition()
        self._pending: tuple[int, bytes, list[concurrent.futures.Future[None]]] | None = None
        self._thread: threading.Thread | None = None
        self._stopping = False

    def submit(self, revision: int, data: bytes,
               future: concurrent.futures.Future[None]) -> None:
        with self._cond:
            waiting = self._pending[2] if self._pending else []
            self._pending = (revision, data, [*waiting, future])
            if self._thread is None or not self._thread.is_alive():
                self._stopping = False
                self._thread = threading.Thread(target=self._run, name="settings-writer",
                                                daemon=True)
                self._thread.start()
            self._cond.notify()

    def stop(self, timeout: float | None) -> None:
        with self._cond:
            self._stopping = True
            self._cond.notify()
            thread = self._thread
        if thread is not None:
            thread.join(timeout)

    def _run(self) -> None:
        while True:
            with self._cond:
                while self._pending is None and not self._stopping:
                    self._cond.wait()
                if self._pending is None:
                    return
                revision, data, futures = self._pending
                self._pending = None
            try:
                self._write(revision, data)
            except BaseException as exc:  # every failure is reported
                self._failed(exc, revision)
                for future in futures:
                    future.set_exception(exc)
            else:
                for future in futures:
                    future.set_result(None)


def _snapshot(s: Settings) -> dict[str, Any]:
    """What an update compares: the file's content plus the endpoints never saved."""
    data = copy.deepcopy(s.to_dict())
    data.pop("version", None)
    data["endpoints"] = [{**e.to_dict(), "transient": e.transient} for e in s.endpoints]
    return data


def _changed(before: dict[str, Any], after: dict[str, Any]) -> set[str]:
    return {key if key in FIELD_NAMES else "extra"
            for key in before.keys() | after.keys() if before.get(key) != after.get(key)}
