"""Exec an MCP server so that it dies with the app (POSIX).

Run as a file, ``python -I -S launch.py PARENT_PID COMMAND ARGS...``: it sets
``PR_SET_PDEATHSIG`` (Linux: the kernel sends SIGKILL when the app dies, also by SIGKILL),
checks the app did not die before that took effect, then replaces itself with the server
(``execv``: same pid, no shell, arguments passed as they are). The flag survives ``execv``.

The other guard is the one every stdio MCP server honours: its stdin is a pipe whose write
end only the app holds, and a server exits at EOF (the MCP spec's shutdown). Standard library
only and no imports of ours, so ``-I -S`` keeps the start under ~20 ms.
"""

import os
import signal
import sys

_PR_SET_PDEATHSIG = 1


def main(argv: list[str]) -> None:
    if len(argv) < 2:
        sys.stderr.write("usage: launch.py PARENT_PID COMMAND [ARGS...]\n")
        os._exit(2)
    parent_pid = int(argv[0])
    command = argv[1:]
    if sys.platform.startswith("linux"):
        try:
            import ctypes

            libc = ctypes.CDLL(None, use_errno=True)
            libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
        except (OSError, AttributeError):
            pass  # stdin EOF still ends the server
    if os.getppid() != parent_pid:  # the app died before the flag took effect
        os._exit(0)
    try:
        os.execv(command[0], command)
    except OSError as exc:
        sys.stderr.write(f"could not start {command[0]}: {exc.strerror or exc}\n")
        os._exit(127)


if __name__ == "__main__":
    main(sys.argv[1:])
