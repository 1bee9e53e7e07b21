"""The log file rolls over at its size and keeps its number of older files, in order."""

from __future__ import annotations

import logging
from pathlib import Path

from ava_desktop.core.logfile import RotatingLog


def _logger(handler: logging.Handler, name: str) -> logging.Logger:
    log = logging.getLogger(name)
    log.propagate = False
    log.handlers = [handler]
    log.setLevel(logging.INFO)
    return log


def test_it_rolls_over_past_its_size_and_keeps_three(tmp_path: Path) -> None:
    path = tmp_path / "ava-desktop.log"
    handler = RotatingLog(path, max_bytes=1000, backups=3)
    log = _logger(handler, "test.logfile.roll")
    try:
        for n in range(200):  # ~12 KB of lines ~60 bytes long: ~12 roll-overs
            log.info("line %04d %s é", n, "x" * 40)
    finally:
        handler.close()
    files = sorted(p.name for p in tmp_path.iterdir())
    assert files == ["ava-desktop.log", "ava-desktop.log.1", "ava-desktop.log.2",
                     "ava-desktop.log.3"]
    texts = [(tmp_path / name).read_text(encoding="utf-8")
             for name in ("ava-desktop.log.3", "ava-desktop.log.2", "ava-desktop.log.1",
                          "ava-desktop.log")]
    assert all(len(t.encode()) < 1100 for t in texts)  # each near the size, none far past
    lines = "".join(texts).splitlines()
    numbers = [int(line.split()[1]) for line in lines]
    assert numbers == list(range(numbers[0], 200))  # the newest, in order, none lost
    assert numbers[0] > 100 and lines[-1].endswith("x" * 40 + " é")


def test_a_log_that_cannot_be_moved_keeps_being_written(tmp_path: Path) -> None:
    path = tmp_path / "ava-desktop.log"
    handler = RotatingLog(path, max_bytes=100, backups=2)
    log = _logger(handler, "test.logfile.stuck")
    (tmp_path / "ava-desktop.log.1").mkdir()  # a folder where the first old file goes
    (tmp_path / "ava-desktop.log.1" / "x").write_text("keeps it from being replaced")
    try:
        for n in range(20):
            log.info("line %d %s", n, "y" * 30)
    finally:
        handler.close()
    assert path.read_text(encoding="utf-8").count("line") >= 1
    assert "line 19" in path.read_text(encoding="utf-8")
