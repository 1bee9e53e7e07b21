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
    # Collect Qt objects here, on the GUI thread, not later in some server thread
    gc.collect()


@pytest.fixture
def make_app(qloop, tmp_path, monkeypatch):
    """Start AvaApp(data_dir=tmp) with optional environment; shut it down after the test."""
    apps: list[AvaApp] = []

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
    for app in apps:
        qloop.run_until_complete(app.shutdown())
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
