"""Start-up: parse arguments, then hand over to the Qt application."""

from __future__ import annotations

import sys

from ava_desktop.cli import parse_args


def main(argv: list[str] | None = None) -> int:
    args = parse_args(sys.argv[1:] if argv is None else argv)
    from ava_desktop.ui.application import run  # Qt is imported only when a window is wanted

    return run(args)
