"""Smoke test of a built bundle: it starts offscreen, answers one message, exits 0 on quit.

    python packaging/smoke_test.py dist/ava-desktop/ava-desktop [--local]

Against the scripted server of tests/servers.py (OpenAI wire format on 127.0.0.1); with
``--local`` also offline, through the bundled llama.cpp server and default model. The
message goes through the app's real composer (``--x-ava-self-test``, see
ava_desktop/ui/self_test.py); the answer is read back from the data folder's database.
Also checks ``--version`` and that ``--install-desktop-entry`` points the menu at the bundle.
"""

from __future__ import annotations

import argparse
import json
import os
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.servers import LLMServer  # noqa: E402

MESSAGE = "Hello from the smoke test"


def _env(home: Path, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items()
           if not k.startswith(("OPENAI_", "AVA_", "PYTHON", "XDG_", "QT_"))}
    env.update(HOME=str(home), XDG_DATA_HOME=str(home / "share"),
               XDG_CONFIG_HOME=str(home / "config"), XDG_STATE_HOME=str(home / "state"),
               QT_QPA_PLATFORM="offscreen", DBUS_SESSION_BUS_ADDRESS="disabled:", **extra)
    return env


def _rows(data: Path) -> list[tuple[str, str, str]]:
    db = sqlite3.connect(data / "conversations.sqlite3")
    try:
        return db.execute("SELECT role, content, state FROM messages ORDER BY id").fetchall()
    finally:
        db.close()


def chat(exe: Path, home: Path, name: str, args: list[str], env: dict[str, str],
         timeout: float) -> list[tuple[str, str, str]]:
    data = home / name
    began = time.monotonic()
    proc = subprocess.run([str(exe), "--data-dir", str(data), *args,
                           "--x-ava-self-test", MESSAGE],
                          env=env, capture_output=True, text=True, timeout=timeout)
    took = time.monotonic() - began
    noise = [line for line in proc.stderr.splitlines() if "propagateSizeHints" not in line]
    assert proc.returncode == 0, f"exit {proc.returncode}\n{proc.stderr[-3000:]}"
    assert not any("Traceback" in line for line in noise), proc.stderr[-3000:]
    rows = _rows(data)
    log = (data / "logs" / "ava-desktop.log").read_text(errors="replace")
    assert "Self-test: the answer ended (complete)" in log, log[-3000:]
    pdf = data / "self-test.pdf"  # printing and PDF export are in the bundle
    assert "Self-test: exported self-test.pdf" in log, log[-3000:]
    assert pdf.read_bytes()[:5] == b"%PDF-"
    assert rows[0] == ("user", MESSAGE, "complete"), rows
    assert rows[1][0] == "assistant" and rows[1][2] == "complete" and rows[1][1].strip(), rows
    print(f"  {name}: answered {rows[1][1][:60]!r} and quit with 0 in {took:.1f} s")
    return rows


def typeset(exe: Path, env: dict[str, str]) -> None:
    """The bundle is its own formula worker (``--x-ava-math-worker``): a fraction becomes SVG."""
    request = json.dumps({"s": r"\frac{a}{b} + \sum_{i=1}^n x_i", "d": True}) + "\n"
    proc = subprocess.run([str(exe), "--x-ava-math-worker"], input=request, env=env,
                          capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0, proc.stderr[-3000:]
    lines = [json.loads(line) for line in proc.stdout.splitlines()]
    assert lines[0] == {"ready": True}, proc.stdout[:500]
    assert lines[1]["svg"].startswith("<svg") and lines[1]["w"] > 0, lines[1]
    print(f"  --x-ava-math-worker: a formula typeset ({len(lines[1]['svg'])} bytes of SVG)")


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("exe", type=Path)
    parser.add_argument("--local", action="store_true",
                        help="also chat offline with the bundled default model")
    opts = parser.parse_args()
    exe = opts.exe.absolute()
    with tempfile.TemporaryDirectory(prefix="ava-smoke-") as tmp:
        home = Path(tmp)
        version = subprocess.run([str(exe), "--version"], capture_output=True, text=True,
                                 timeout=60, env=_env(home))
        assert version.returncode == 0 and version.stdout.startswith("ava-desktop "), version
        print(f"  {version.stdout.strip()}")
        typeset(exe, _env(home))

        with LLMServer(models=["smoke-model"]) as server:
            server.set_default(tokens=["Hello", ",", " world", "!"])
            rows = chat(exe, home, "server", ["--model", "smoke-model"],
                        _env(home, OPENAI_BASE_URL=server.base_url), 120)
            assert rows[1][1] == "Hello, world!", rows
            # the question, as the last message of a chat request (a keyless server may
            # also be asked for a title, after it)
            chats = [r.json for r in server.requests if r.path.endswith("/chat/completions")]
            assert any(c["messages"][-1]["content"] == MESSAGE for c in chats), chats

        if opts.local:
            try:
                chat(exe, home, "offline", ["--provider", "local"], _env(home), 150)
            except subprocess.TimeoutExpired:
                # a known open defect: about 1 run in 10 here the offline answer stalls
                # after it started (the app then stops it cleanly); said loudly, tried again
                print("  offline: STALLED (known intermittent defect), trying once more")
                chat(exe, home, "offline-again", ["--provider", "local"], _env(home), 150)

        proc = subprocess.run([str(exe), "--install-desktop-entry"], capture_output=True,
                              text=True, timeout=60, env=_env(home))
        assert proc.returncode == 0, proc.stderr
        entry = (home / "share" / "applications" / "ava-desktop.desktop").read_text()
        assert f"Exec={exe} %F" in entry, entry
        print("  --install-desktop-entry: Exec points at the bundle")
    print("smoke test passed")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
