"""The command line: --version and --help answer at once, without starting Qt."""

from __future__ import annotations

import os
import subprocess
import sys

from ava_desktop import __version__


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, QT_QPA_PLATFORM="invalid-platform-to-prove-qt-is-not-started")
    return subprocess.run([sys.executable, "-m", "ava_desktop", *args], env=env,
                          capture_output=True, text=True, timeout=60)


def test_version():
    proc = _run("--version")
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == f"ava-desktop {__version__}"


def test_help_lists_the_options():
    proc = _run("--help")
    assert proc.returncode == 0, proc.stderr
    for option in ("--data-dir", "--provider", "--model", "--version", "OPENAI_BASE_URL"):
        assert option in proc.stdout


def test_a_bad_option_is_a_usage_error():
    proc = _run("--no-such-option")
    assert proc.returncode == 2
    assert "unrecognized arguments" in proc.stderr


def test_an_unusable_data_folder_is_reported_not_a_traceback(tmp_path):
    not_a_folder = tmp_path / "file"
    not_a_folder.write_text("x")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    proc = subprocess.run([sys.executable, "-m", "ava_desktop", "--data-dir", str(not_a_folder)],
                          env=env, capture_output=True, text=True, timeout=60)
    assert proc.returncode == 1
    assert "cannot use its data folder" in proc.stderr
    assert "Traceback" not in proc.stderr
