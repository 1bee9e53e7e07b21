"""Start-up probe: ``python _startup.py LAUNCH_MONOTONIC IDLE_S [app args...]``.

Runs the real entry point (``ava_desktop.app.main``) and prints, as ``RESULT {json}``, the
time from ``LAUNCH_MONOTONIC`` (taken by the parent just before it spawned this process, so
interpreter start and imports count) to the main window's first paint being complete, the
CPU time and RSS at that moment, which of the libraries that should wait were already
imported, and the RSS after ``IDLE_S`` seconds of idling (what the deferred work adds);
with restored tabs, then each tab shown in turn and the RSS ``IDLE_S`` after. The only
addition is an event filter on the main window, installed as the app shows it (not on the
application: a filter there sees every object, and PySide then creates the Python class of
every Qt class, 1.5 MB the app itself does not spend); the app then quits itself via
SIGTERM, its normal clean shutdown path.
"""

from __future__ import annotations

import json
import os
import resource
import signal
import sys
import time

LAUNCH = float(sys.argv[1])
IDLE_S = float(sys.argv[2])
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEvent, QObject, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication, QMainWindow, QTabWidget  # noqa: E402

# Libraries nothing needs before the first paint (see issue 19).
DEFERRABLE = ("mcp", "pydantic", "anyio", "httpx", "pygments.lexers.python", "markdown_it",
              "keyring.backends", "secretstorage", "pypdf", "docx", "ziamath", "ssl",
              "aiohttp.connector", "xml.etree", "webbrowser", "PySide6.QtNetwork")
marks: dict[str, object] = {"imports_qt": time.monotonic() - LAUNCH}


def rss_mb() -> float:
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return 0.0


def cpu_s() -> float:
    r = resource.getrusage(resource.RUSAGE_SELF)
    return r.ru_utime + r.ru_stime


class FirstPaint(QObject):
    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and "first_paint" not in marks:
            marks["first_paint"] = time.monotonic() - LAUNCH
            obj.removeEventFilter(self)
            # a zero timer fires once the whole window's paint (this sync) is done
            QTimer.singleShot(0, painted)
        return False


def watch_main_window() -> None:
    """Install the filter on the main window just before the app shows it."""
    from ava_desktop.ui import first_paint

    show = first_paint.show_first_time

    def show_watched(window: QMainWindow) -> None:
        window.installEventFilter(watcher)
        show(window)

    first_paint.show_first_time = show_watched


def qt_classes() -> set[str]:
    """Names of the Qt classes PySide has created so far (it creates them on first use)."""
    seen: set[type] = set()
    todo: list[type] = [QObject]
    while todo:
        cls = todo.pop()
        if cls not in seen:
            seen.add(cls)
            todo.extend(cls.__subclasses__())
    return {c.__name__ for c in seen if c.__module__.startswith("PySide6.")}


def painted() -> None:
    marks["painted"] = time.monotonic() - LAUNCH
    marks["cpu_at_paint_s"] = cpu_s()
    marks["rss_at_paint_mb"] = rss_mb()
    marks["modules_at_paint"] = len(sys.modules)
    marks["loaded_too_early"] = [m for m in DEFERRABLE if m in sys.modules]
    QTimer.singleShot(int(IDLE_S * 1000), idle)


def idle() -> None:
    marks["rss_idle_mb"] = rss_mb()
    marks["modules_idle"] = len(sys.modules)
    marks["loaded_at_idle"] = [m for m in DEFERRABLE if m in sys.modules]
    marks["qt_classes_idle"] = len(qt_classes())
    windows = [w for w in QApplication.topLevelWidgets() if hasattr(w, "tabs")]
    if windows and windows[0].tabs.count() > 1:
        visit(windows[0].tabs, 0)  # restored tabs: as a user clicking through them all
    else:
        os.kill(os.getpid(), signal.SIGTERM)


def visit(tabs: QTabWidget, index: int) -> None:
    """Show each tab in turn (each draws when first shown), then the RSS with all drawn."""
    if index < tabs.count():
        tabs.setCurrentIndex(index)
        QTimer.singleShot(100, lambda: visit(tabs, index + 1))
        return
    QTimer.singleShot(int(IDLE_S * 1000), tabs_shown)


def tabs_shown() -> None:
    marks["rss_tabs_shown_mb"] = rss_mb()
    os.kill(os.getpid(), signal.SIGTERM)


def eager_imports() -> None:
    """The naive baseline: everything the app defers, loaded before it starts."""
    import contextlib
    import importlib
    import ssl

    import aiohttp
    import keyring
    import markdown_it

    for name in ("mcp", "mcp.client.stdio", "mcp.client.streamable_http", "pypdf", "docx"):
        with contextlib.suppress(ImportError):
            importlib.import_module(name)
    from ava_desktop.core.markdown import warm_up

    for _step in warm_up():
        pass
    markdown_it.MarkdownIt("commonmark")
    keyring.get_keyring()
    ssl.create_default_context()
    aiohttp.TCPConnector  # noqa: B018 - the connector module and its TLS contexts


app = QApplication(sys.argv[:1])
watcher = FirstPaint()
watch_main_window()
if os.environ.get("AVA_BENCH_EAGER"):
    eager_imports()

from ava_desktop.app import main  # noqa: E402

code = main(sys.argv[3:])
marks["peak_rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print("RESULT " + json.dumps({**marks, "exit_code": code}), flush=True)
