"""What the window loads before its first paint: nothing it does not draw.

The real entry point runs in a fresh process under the start-up benchmark's probe
(``tests/benchmarks/_startup.py``), which reports which of the libraries that should wait
were already imported at the first paint. ``ssl`` is the one that cannot wait: asyncio
imports it.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

PROBE = Path(__file__).resolve().parents[1] / "benchmarks" / "_startup.py"


def start(data_dir: Path, idle_s: float = 0.5) -> dict:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    env.pop("OPENAI_API_KEY", None)
    proc = subprocess.run(
        [sys.executable, str(PROBE), repr(time.monotonic()), repr(idle_s), "--data-dir",
         str(data_dir)],
        capture_output=True, text=True, env=env, timeout=120,
    )
    for line in proc.stdout.splitlines():
        if line.startswith("RESULT "):
            return json.loads(line[len("RESULT "):])
    raise AssertionError(f"no result (exit {proc.returncode}):\n{proc.stderr[-3000:]}")


def test_a_fresh_start_paints_before_the_parser_and_the_network_load(tmp_path: Path) -> None:
    result = start(tmp_path / "data", idle_s=1.5)
    assert result["exit_code"] == 0
    assert result["painted"] > 0
    assert sorted(result["loaded_too_early"]) == ["ssl"]
    # and once the window has been idle a moment, the first answer's needs are loaded
    assert {"markdown_it", "pygments.lexers.python"} <= set(result["loaded_at_idle"])
    assert "aiohttp.connector" not in result["loaded_at_idle"]  # nothing asked for HTTP
    assert "PySide6.QtNetwork" not in result["loaded_at_idle"]  # the hand-over socket is not Qt's
    # ~110 Qt classes made; an application-wide event filter makes PySide create ~200
    assert result["qt_classes_idle"] < 150
