"""Start-up of the bundle against the venv install, in one run (ratios, not absolutes, count:
this machine's speed varies, see DESIGN.md).

    python packaging/startup_time.py dist/ava-desktop/ava-desktop [--runs 5]

Each run is a fresh process with a fresh data folder, offscreen, alternating the two; the time
is from spawn to the app's "window shown" log line (written right after ``show()``; the first
paint follows in the same event-loop turn). The venv side is ``python -m ava_desktop`` with
the Python running this script.
"""

from __future__ import annotations

import argparse
import os
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def once(cmd: list[str], data: Path, env: dict[str, str]) -> float:
    log = data / "logs" / "ava-desktop.log"
    began = time.monotonic()
    proc = subprocess.Popen([*cmd, "--data-dir", str(data)], env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        while not (log.exists() and "window shown" in log.read_text(errors="replace")):
            if proc.poll() is not None or time.monotonic() - began > 60:
                raise RuntimeError(f"{cmd[0]} did not start")
            time.sleep(0.002)
        took = time.monotonic() - began
        proc.send_signal(signal.SIGTERM)
        proc.wait(30)
    finally:
        proc.kill()
    return took


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("bundle", type=Path)
    parser.add_argument("--runs", type=int, default=5)
    opts = parser.parse_args()
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    env.pop("OPENAI_BASE_URL", None)
    sides = {"venv (python -m ava_desktop)": [sys.executable, "-m", "ava_desktop"],
             "bundle": [str(opts.bundle.absolute())]}
    times: dict[str, list[float]] = {name: [] for name in sides}
    with tempfile.TemporaryDirectory() as tmp:
        for name, cmd in sides.items():  # warm the page cache once each
            once(cmd, Path(tmp) / f"warm-{len(times[name])}-{name[:3]}", env)
        for i in range(opts.runs):
            for name, cmd in sides.items():
                times[name].append(once(cmd, Path(tmp) / f"{name[:3]}-{i}", env))
    for name, values in times.items():
        print(f"{name:30} median {statistics.median(values):.2f} s  "
              f"(min {min(values):.2f}, max {max(values):.2f}, {len(values)} runs)")


if __name__ == "__main__":
    main()
