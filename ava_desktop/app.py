"""Start-up: parse arguments, then hand over to the Qt application."""

from __future__ import annotations

import os
import sys

from ava_desktop.cli import parse_args

# = ava_desktop.core.local.child.FROZEN_FLAG (not imported: that package loads aiohttp).
LOCAL_SERVER_FLAG = "--x-ava-local-server"
# = ava_desktop.core.markdown.mathworker.FROZEN_FLAG: a bundle typesets formulas this way.
MATH_WORKER_FLAG = "--x-ava-math-worker"


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == [LOCAL_SERVER_FLAG]:  # a bundle runs its llama.cpp server this way
        from ava_desktop.core.local import child

        child.main(argv[1:])
        return 0
    if argv[:1] == [MATH_WORKER_FLAG]:
        from ava_desktop.core.markdown import mathworker

        mathworker.serve(sys.stdin, sys.stdout)
        return 0
    if sys.stdout is None or sys.stderr is None:  # a windowed bundle on Windows: no console
        sink = open(os.devnull, "w")  # noqa: SIM115 - for the life of the process
        sys.stdout, sys.stderr = sys.stdout or sink, sys.stderr or sink
    args = parse_args(argv)
    if args.install_desktop_entry or args.uninstall_desktop_entry:
        from ava_desktop import desktop_entry

        return desktop_entry.main("install" if args.install_desktop_entry else "uninstall")
    from ava_desktop.ui.application import run  # Qt is imported only when a window is wanted

    return run(args)
