"""Start-up probe: ``python _startup.py LAUNCH_MONOTONIC [app args...]``.

Runs the real entry point (``ava_desktop.app.main``) and prints, as ``RESULT {json}``, the
time from ``LAUNCH_MONOTONIC`` (taken by the parent just before it spawned this process, so
interpreter start and imports count) to the main window's first paint being complete. The
only addition is an application event filter; the app then quits itself via SIGTERM, its
normal clean shutdown path.
"""

from __future__ import annotations

import json
import os
import signal
import sys
import time

LAUNCH = float(sys.argv[1])
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEvent, QObject, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication, QMainWindow  # noqa: E402

marks: dict[str, float] = {"imports_qt": time.monotonic() - LAUNCH}


class FirstPaint(QObject):
    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if (event.type() == QEvent.Type.Paint and "first_paint" not in marks
                and isinstance(obj, QMainWindow)):
            marks["first_paint"] = time.monotonic() - LAUNCH
            # a zero timer fires once the whole window's paint (this sync) is done
            QTimer.singleShot(0, painted)
        return False


def painted() -> None:
    marks["painted"] = time.monotonic() - LAUNCH
    QApplication.instance().removeEventFilter(watcher)
    os.kill(os.getpid(), signal.SIGTERM)


app = QApplication(sys.argv[:1])
watcher = FirstPaint()
app.installEventFilter(watcher)

from ava_desktop.app import main  # noqa: E402

code = main(sys.argv[2:])
print("RESULT " + json.dumps({**marks, "exit_code": code}), flush=True)
