"""What the frozen bundle relies on, checked without building it (CI builds and smoke-tests
the real bundle: packaging/linux/build.sh, packaging/smoke_test.py)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from ava_desktop import app
from ava_desktop.core.local import child, default_model_path
from ava_desktop.core.local.models import DEFAULT_MODEL_FILE, MODELS_SUBDIR

ROOT = Path(__file__).resolve().parents[1]
GGUF = b"GGUF\x03\x00\x00\x00" + b"\x00" * 24


@pytest.fixture
def frozen(tmp_path, monkeypatch):
    """This interpreter dressed as a PyInstaller bundle whose files are in tmp_path."""
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    return tmp_path


def test_the_bundle_finds_its_own_default_model(frozen):
    assert default_model_path() is None  # no model shipped: no fallback to a wheel's file
    model = frozen / MODELS_SUBDIR / DEFAULT_MODEL_FILE
    model.parent.mkdir()
    model.write_bytes(b"not a model")
    assert default_model_path() is None
    model.write_bytes(GGUF)
    assert default_model_path() == model


def test_the_bundle_runs_the_model_server_with_its_own_executable(frozen):
    assert child.command_prefix() == [sys.executable, child.FROZEN_FLAG]
    assert child.command_prefix("/usr/bin/python3") == [
        "/usr/bin/python3", "-m", "ava_desktop.core.local.child"]


def test_not_frozen_the_server_runs_in_this_python():
    assert child.command_prefix() == [sys.executable, "-m", "ava_desktop.core.local.child"]


def test_the_entry_point_dispatches_the_server_flag():
    assert app.LOCAL_SERVER_FLAG == child.FROZEN_FLAG


def test_deb_dependencies_map_every_library_or_fail_the_build():
    sys.path.insert(0, str(ROOT / "packaging" / "linux"))
    try:
        import deb_depends
    finally:
        sys.path.pop(0)
    assert deb_depends.package_for("libxcb-cursor.so.0") == "libxcb-cursor0"
    assert deb_depends.package_for("libxcb.so.1") == "libxcb1"
    assert "libssl3" in deb_depends.package_for("libssl.so.3")
    with pytest.raises(SystemExit, match=r"no Debian package known for libnew\.so\.1"):
        deb_depends.package_for("libnew.so.1")


def test_windows_and_macos_icons_are_current():
    sys.path.insert(0, str(ROOT / "packaging"))
    try:
        import make_icons
    finally:
        sys.path.pop(0)
    assert (ROOT / "packaging/windows/ava-desktop.ico").read_bytes() == make_icons.ico(), (
        "run python packaging/make_icons.py")
    assert (ROOT / "packaging/macos/ava-desktop.icns").read_bytes() == make_icons.icns()


def test_the_bundle_is_its_own_formula_worker(frozen):
    from ava_desktop.core.markdown import mathworker

    assert app.MATH_WORKER_FLAG == mathworker.FROZEN_FLAG
    assert mathworker.child_command() == [sys.executable, mathworker.FROZEN_FLAG]


def test_the_math_worker_flag_typesets_through_the_entry_point():
    """What the frozen executable runs: app.main dispatches the flag to the worker loop."""
    import json
    import subprocess

    code = "import sys; from ava_desktop.app import main; sys.exit(main([sys.argv[1]]))"
    request = json.dumps({"s": r"\frac{a}{b}", "d": False}) + "\n"
    proc = subprocess.run([sys.executable, "-c", code, app.MATH_WORKER_FLAG], input=request,
                          capture_output=True, text=True, timeout=60, cwd=ROOT)
    assert proc.returncode == 0, proc.stderr
    ready, answer = (json.loads(line) for line in proc.stdout.splitlines())
    assert ready == {"ready": True}
    assert answer["svg"].startswith("<svg") and answer["w"] > 0


def test_the_bundle_runs_its_own_llama_server_when_it_carries_one(frozen):
    from ava_desktop.core.local import LocalServer, local_server_available
    from ava_desktop.core.local.command import LLAMA_SERVER_DIR, bundled_llama_server

    assert bundled_llama_server() is None and LocalServer().llama_server is None
    exe = frozen / LLAMA_SERVER_DIR / "llama-server"
    exe.parent.mkdir()
    exe.write_bytes(b"\x7fELF")
    exe.chmod(0o755)
    assert bundled_llama_server() == exe and local_server_available()
    assert LocalServer().llama_server == exe


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="execv path: Linux")
def test_the_launcher_becomes_the_native_server_with_our_key_only(tmp_path):
    import os
    import subprocess

    fake = tmp_path / "llama-server"
    fake.write_text('#!/bin/sh\necho "$$|$LLAMA_API_KEY|${LLAMA_ARG_PORT:-}|$*" >&2\n')
    fake.chmod(0o755)
    env = dict(os.environ, AVA_LLAMA_API_KEY="ours", LLAMA_API_KEY="theirs",
               LLAMA_ARG_PORT="1")
    proc = subprocess.Popen(
        [*child.command_prefix(), "--parent-pid", str(os.getpid()), "--exec", str(fake),
         "--", "--port", "5"], stdin=subprocess.PIPE, stderr=subprocess.PIPE, env=env,
        text=True)
    assert proc.stderr is not None
    line = ""  # stdin stays open meanwhile: its EOF would mean "the app is gone"
    while "|" not in line:
        line = proc.stderr.readline()
        assert line, "the launcher ended without running the server"
    proc.communicate(timeout=30)
    pid, key, port, args = line.strip().split("|")
    assert int(pid) == proc.pid  # execv: the launcher's process is the server's
    assert (key, port, args) == ("ours", "", "--port 5")
