"""GUI loop lag while attachments are read (run by hand, not collected by pytest).

    .venv/bin/python tests/benchmarks/attachments.py [--runs N] [--mb 30]

A 30 MB PDF (300 pages of text, each with a 100 KB embedded image, as scanned-and-OCRed
documents are) and a 6000 x 4000 JPEG are attached while a 5 ms QTimer measures how late the
GUI loop runs (lag = gap - 5 ms; what a keystroke would wait). Rows:

* ``tray``: ``AttachmentTray.add_path``, the app's way (document in a child process, image in
  a worker thread);
* ``thread``: the same extraction in a worker thread of the app's process (the GIL is shared);
* ``naive``: the extraction called on the GUI thread (the baseline).

Each scenario runs in a fresh process (``--scenario``), so peak RSS is its own.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import zlib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tests" / "benchmarks"))
import _paths  # noqa: E402  (the installed ava_desktop first, see _paths.py)

_paths.setup()

SCENARIOS = ("tray-pdf", "thread-pdf", "naive-pdf", "tray-jpeg", "naive-jpeg")


def make_big_pdf(path: Path, megabytes: int) -> None:
    from tests.attachment_files import make_pdf

    pages = 300
    image_bytes = megabytes * 1024 * 1024 // pages
    text = "\n".join(f"Line {i}: the quarterly figures for region {i % 17} rose by {i % 9}."
                     for i in range(45))
    body = make_pdf([text] * pages)
    # append one incompressible image stream per page as an unused object: size, not text
    noise = os.urandom(image_bytes)
    extra = b"".join(b"%d 0 obj\n<< /Type /XObject /Subtype /Image /Width 1 /Height 1 "
                     b"/BitsPerComponent 8 /ColorSpace /DeviceGray /Length %d >>\nstream\n"
                     % (10_000 + i, len(noise)) + noise + b"\nendstream\nendobj\n"
                     for i in range(pages))
    head, tail = body.split(b"xref\n", 1)
    path.write_bytes(head + extra + b"xref\n" + tail.replace(
        tail.split(b"startxref\n")[1].split(b"\n")[0],
        str(len(head) + len(extra)).encode()))
    assert zlib  # (kept for symmetry with other generators)


def make_big_jpeg(path: Path) -> None:
    from PySide6.QtGui import QColor, QImage, QLinearGradient, QPainter

    image = QImage(6000, 4000, QImage.Format.Format_RGB32)
    painter = QPainter(image)
    gradient = QLinearGradient(0, 0, 6000, 4000)
    gradient.setColorAt(0, QColor("navy"))
    gradient.setColorAt(1, QColor("orange"))
    painter.fillRect(image.rect(), gradient)
    painter.end()
    image.save(str(path), "JPEG", 92)


def run_scenario(name: str, path: Path) -> dict:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    import resource

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from ava_desktop.core.attachments import Limits, extract_bytes
    from ava_desktop.ui.attachments import AttachmentTray
    from ava_desktop.ui.attachments.images import image_from_bytes

    app = QApplication([])
    limits = Limits(seconds=300)
    tray = AttachmentTray(limits=limits)
    gaps: list[float] = []
    last = [time.perf_counter()]
    done = threading.Event()

    def tick() -> None:
        now = time.perf_counter()
        gaps.append(now - last[0])
        last[0] = now
        if done.is_set() and not tray.busy:
            app.quit()

    timer = QTimer(interval=5)
    timer.timeout.connect(tick)

    def read_here() -> None:
        data = path.read_bytes()
        if name.endswith("pdf"):
            extract_bytes(path.name, data, limits)
        else:
            image_from_bytes(path.name, data, limits)
        done.set()

    started = time.perf_counter()

    def start() -> None:
        if name.startswith("tray"):
            tray.add_path(str(path))
            tray.changed.connect(lambda: None if tray.busy else done.set())
        elif name.startswith("thread"):
            threading.Thread(target=read_here, daemon=True).start()
        else:
            read_here()

    QTimer.singleShot(50, start)
    timer.start()
    app.exec()
    elapsed = time.perf_counter() - started - 0.05
    lags = sorted(max(g - 0.005, 0.0) * 1000 for g in gaps[5:])
    ok = bool(tray.parts()) if name.startswith("tray") else True
    tray.shutdown()
    return {"scenario": name, "seconds": elapsed, "ok": ok,
            "lag_p50": statistics.median(lags),
            "lag_p99": lags[min(len(lags) - 1, int(len(lags) * 0.99))], "lag_max": lags[-1],
            "rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=1)
    ap.add_argument("--mb", type=int, default=30)
    ap.add_argument("--scenario", choices=SCENARIOS)
    ap.add_argument("--file")
    args = ap.parse_args()
    if args.scenario:
        print(json.dumps(run_scenario(args.scenario, Path(args.file))))
        return 0
    folder = Path(tempfile.mkdtemp(prefix="ava-bench-"))
    pdf, jpeg = folder / "report.pdf", folder / "photo.jpg"
    make_big_pdf(pdf, args.mb)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    gui = QGuiApplication([])
    make_big_jpeg(jpeg)
    del gui
    print(f"# {platform.python_version()} on {platform.machine()}, {os.cpu_count()} CPUs, "
          f"load {os.getloadavg()[0]:.1f}; PDF {pdf.stat().st_size / 2**20:.1f} MB, "
          f"JPEG {jpeg.stat().st_size / 2**20:.1f} MB, medians of {args.runs} run(s)")
    print("| scenario | done in | loop lag p50 / p99 / max | peak RSS |")
    print("|---|---|---|---|")
    for scenario in SCENARIOS:
        target = pdf if scenario.endswith("pdf") else jpeg
        rows = []
        for _ in range(args.runs):
            out = subprocess.run([sys.executable, __file__, "--scenario", scenario, "--file",
                                  str(target)], capture_output=True, text=True, check=True)
            rows.append(json.loads(out.stdout.strip().splitlines()[-1]))

        def med(key: str, rows: list = rows) -> float:
            return statistics.median(r[key] for r in rows)

        flag = "" if all(r["ok"] for r in rows) else " (FAILED)"
        print(f"| {scenario}{flag} | {med('seconds'):.2f} s | {med('lag_p50'):.1f} / "
              f"{med('lag_p99'):.1f} / {med('lag_max'):.0f} ms | {med('rss_mb'):.0f} MB |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
