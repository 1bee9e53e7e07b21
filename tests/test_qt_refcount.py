"""PySide6 6.12.0 on CPython < 3.12 lowers the refcount of None on every void call and of True
on every signal emit into a Python slot, and the process dies (``none_dealloc``). The
dependency pin avoids it; this test proves the installed Qt survives heavy use."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap

SCRIPT = textwrap.dedent("""
    import sys
    from PySide6.QtCore import QObject, Signal
    from PySide6.QtWidgets import QApplication, QLabel

    class Emitter(QObject):
        happened = Signal(bool, str)

    app = QApplication([])
    label = QLabel()
    got = []
    emitter = Emitter()
    emitter.happened.connect(lambda flag, text: got.append(flag))
    none_before = sys.getrefcount(None)
    true_before = sys.getrefcount(True)
    for i in range(100_000):
        label.setText("x")          # void calls
        label.setVisible(False)
        emitter.happened.emit(True, "y")  # emits with arguments into a Python slot
        if i % 1000 == 0:
            got.clear()
    drift_none = none_before - sys.getrefcount(None)
    drift_true = true_before - sys.getrefcount(True)
    print(drift_none, drift_true)
""")


def test_many_void_calls_and_emits_do_not_corrupt_refcounts():
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    proc = subprocess.run([sys.executable, "-c", SCRIPT], env=env, capture_output=True,
                          text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr[-2000:]
    drift_none, drift_true = (int(x) for x in proc.stdout.split())
    if sys.version_info < (3, 12):  # immortal objects from 3.12 on: counts are meaningless
        assert abs(drift_none) < 1000 and abs(drift_true) < 1000, (drift_none, drift_true)
