"""The benchmarks measure whatever ava_desktop is installed, also a plain (non-editable)
wheel install run from a clone: the clone's source tree must not shadow it."""

from __future__ import annotations

import os
import subprocess
import sys
import sysconfig
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_a_benchmark_runs_from_the_clone_against_an_installed_wheel(tmp_path):
    wheels = tmp_path / "wheels"
    built = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q",
         "-w", str(wheels), str(ROOT)], capture_output=True, text=True, timeout=300)
    assert built.returncode == 0, built.stderr[-2000:]
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True,
                   timeout=120)
    python = venv / "bin" / "python"
    site = Path(subprocess.run(
        [python, "-c", "import sysconfig; print(sysconfig.get_path('purelib'))"],
        capture_output=True, text=True, check=True).stdout.strip())
    # the dependencies (PySide6, aiohttp, ...) from this environment, after the wheel
    (site / "deps.pth").write_text(sysconfig.get_path("purelib") + "\n")
    installed = subprocess.run(
        [sys.executable, "-m", "pip", "install", "--no-deps", "--no-compile", "-q",
         "--target", str(site), str(next(wheels.glob("ava_desktop-*.whl")))],
        capture_output=True, text=True, timeout=300)
    assert installed.returncode == 0, installed.stderr[-2000:]
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    env["QT_QPA_PLATFORM"] = "offscreen"
    run = subprocess.run(
        [python, "tests/benchmarks/streaming.py", "--scenarios", "one", "--runs", "1",
         "--answer-tokens", "300", "--history-tokens", "0", "--rate", "3000"],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=300)
    assert "content check: every answer arrived complete" in run.stdout, (
        run.stdout[-2000:] + run.stderr[-3000:])
    assert f"Measured: ava_desktop 0.1.0 from {site / 'ava_desktop'}" in run.stdout
