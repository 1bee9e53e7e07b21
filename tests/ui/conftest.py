"""GUI fixtures: a qasync loop per test and the real app started on it.

GUI tests are written as coroutines run with ``qloop.run_until_complete``: the qasync loop
then drives Qt and asyncio together, exactly as in the app, and key presses go through real
widgets with QTest.
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import time
from collections.abc import Callable

import pytest
import qasync

from ava_desktop.ui.appearance import apply_theme
from ava_desktop.ui.application import AvaApp
from ava_desktop.ui.gc import GuiThreadCollector


class _TestLoop(qasync.QEventLoop):
    """qasync's loop without the extra event pass after ``run_until_complete``.

    qasync processes Qt events once more after the loop has stopped, when no asyncio loop is
    running; background tasks of the app (a model list fetch) would then run outside the
    loop. The app itself runs one ``run_until_complete`` for its whole life, so only tests,
    which start and stop the loop many times, need this.
    """

    def run_until_complete(self, future):
        future = asyncio.ensure_future(future, loop=self)
        future.add_done_callback(lambda _f: self.stop())
        self.run_forever()
        if not future.done():
            raise RuntimeError("Event loop stopped before Future completed.")
        return future.result()


@pytest.fixture
def qloop(qapp):
    loop = _TestLoop(qapp)
    asyncio.set_event_loop(loop)
    yield loop
    loop.run_until_complete(asyncio.sleep(0))
    loop.close()
    asyncio.set_event_loop(None)


@pytest.fixture(autouse=True)
def gui_thread_gc(qapp):
    """Garbage is collected on the GUI thread only, as in the app (``ui.application.run``).

    Otherwise a test server or the MCP thread runs the collector and destroys Qt objects held
    by cyclic garbage (qasync's socket notifiers, kept by a refused connection's traceback) in
    its own thread: "Timers cannot be stopped from another thread", then a segfault. Set up
    before and torn down after every other fixture, so the last collection is here too.
    """
    collector = GuiThreadCollector()
    collector.start()
    yield
    collector.stop()
    gc.collect()


@pytest.hookimpl(wrapper=True, tryfirst=True)
def pytest_runtest_teardown(item):
    """Shut the test's apps down before pytest-qt processes the remaining Qt events.

    pytest-qt processes events after the test and before its fixtures are torn down, with no
    asyncio loop running: an app's timers (the context meter's pause) would then start tasks
    and qasync would step them outside the loop ("no running event loop", or a task that
    never wakes and hangs the shutdown). The app shuts down inside its loop; so do tests.
    """
    shutdown = getattr(item, "_ava_shutdown", None)
    if shutdown is not None:
        shutdown()
    return (yield)


@pytest.fixture
def make_app(qloop, tmp_path, monkeypatch, request):
    """Start AvaApp(data_dir=tmp) with optional environment; shut it down after the test
    (before pytest-qt's event processing: see ``pytest_runtest_teardown``)."""
    apps: list[AvaApp] = []

    def shutdown_all() -> None:
        while apps:
            qloop.run_until_complete(apps.pop(0).shutdown())

    request.node._ava_shutdown = shutdown_all

    def start(base_url: str | None = None, model: str | None = "test-model",
              api_key: str | None = None, provider: str | None = None,
              wait: bool = True, titles: str = "off") -> AvaApp:
        if base_url:
            monkeypatch.setenv("OPENAI_BASE_URL", base_url)
        if api_key:
            monkeypatch.setenv("OPENAI_API_KEY", api_key)
        args = argparse.Namespace(data_dir=tmp_path / "data", provider=provider, model=model)
        app = AvaApp(args)
        apps.append(app)
        qloop.run_until_complete(app.start())
        if titles != app.ctx.settings.model_titles:
            # off unless a test asks: a title request would take the replies it scripts
            app.ctx.settings_service.update(model_titles=titles)
        if wait:
            qloop.run_until_complete(settle(app))
        return app

    yield start
    shutdown_all()  # a test that failed in setup, or apps started after the hook ran
    apply_theme("system")  # the palette is application-wide: leave it as found


async def settle(app: AvaApp, timeout: float = 5.0) -> None:
    """Let the app's start-up work (model lists, discovery) finish inside the loop, so none
    of it is left for pytest-qt's event processing, which runs with no asyncio loop."""
    await until(lambda: not app.ctx._tasks, timeout, "background tasks")


async def until(cond: Callable[[], object], timeout: float = 5.0, what: str = "") -> None:
    """Wait (letting the loop run) until ``cond()`` is truthy; fail after ``timeout``."""
    deadline = time.monotonic() + timeout
    while not cond():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what or cond}")
        await asyncio.sleep(0.01)
