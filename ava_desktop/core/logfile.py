"""The app's log file in the data folder, kept small: past a size it moves to ``.1`` (``.1``
to ``.2``, and so on), and the oldest beyond the kept number is dropped.

``logging.handlers.RotatingFileHandler`` does the same, but its module imports ``pickle``
and the socket and queue handlers with it: ~0.7 MB of the idle app, for one class.
"""

from __future__ import annotations

import logging
import os
from pathlib import Path


class RotatingLog(logging.FileHandler):
    """A UTF-8 log file of at most about ``max_bytes``, with ``backups`` older ones."""

    def __init__(self, path: Path, max_bytes: int, backups: int) -> None:
        super().__init__(path, encoding="utf-8")
        self.max_bytes, self.backups = max_bytes, backups

    def emit(self, record: logging.LogRecord) -> None:
        try:
            if self.stream is not None and self.stream.tell() >= self.max_bytes:
                self._roll_over()
        except OSError:  # cannot move it (say, another program holds it): keep writing
            pass
        super().emit(record)  # reopens the file after a roll-over

    def _roll_over(self) -> None:
        self.stream.close()
        self.stream = None  # type: ignore[assignment]
        base = self.baseFilename
        for n in range(self.backups - 1, 0, -1):
            if os.path.exists(f"{base}.{n}"):
                os.replace(f"{base}.{n}", f"{base}.{n + 1}")
        if self.backups > 0:
            os.replace(base, f"{base}.1")
        else:
            os.remove(base)


def setup_logging(log_dir: Path) -> Path:
    """Log to a rotating file in the data folder; errors there are what users send us."""
    log_dir.mkdir(parents=True, exist_ok=True)
    path = log_dir / "ava-desktop.log"
    handler = RotatingLog(path, max_bytes=1_000_000, backups=3)
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger("ava_desktop")
    root.setLevel(logging.INFO)
    root.handlers = [h for h in root.handlers if not getattr(h, "_ava", False)]
    handler._ava = True  # type: ignore[attr-defined]
    root.addHandler(handler)
    return path


__all__ = ["RotatingLog", "setup_logging"]
