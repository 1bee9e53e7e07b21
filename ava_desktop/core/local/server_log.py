"""What a llama.cpp server's output says: how far loading got, and why a start failed.

The lines are llama.cpp's and uvicorn's (llama-cpp-python) or llama-server's own; matched
loosely, since their wording shifts between versions, and quoted as they are.
"""

from __future__ import annotations

import re

from ava_desktop.core.notice import Notice

# Lines the server writes while it loads, in order: (pattern, message, fraction).
STAGES: tuple[tuple[re.Pattern[str], str, float], ...] = (
    (re.compile(r"llama_model_loader"), "Reading model file", 0.25),
    (re.compile(r"load_tensors"), "Loading weights", 0.5),
    (re.compile(r"llama_(new_)?context"), "Creating context", 0.75),
    (re.compile(r"Started server process|Waiting for application startup|listening on"),
     "Starting server", 0.9),
)
_PORT_IN_USE = re.compile(
    r"address already in use|error while attempting to bind|couldn't bind HTTP server", re.I)
# A llama.cpp/Python error line, llama-server's "0.00.007.483 E " and "func: message" prefixes
# dropped; the first one is the cause.
_LOAD_ERROR = re.compile(
    r"^\s*(?:\d+(?:\.\d+)+\s+[A-Z]\s+)?(?:\w+:\s+)*"
    r"(?P<msg>.*\b(?:error|fail\w*|invalid|must be|unknown|unsupported"
    r"|not found|cannot|out of memory)\b.*)$",
    re.I,
)


class LocalServerError(RuntimeError):
    """The local model server could not start, or it stopped unexpectedly.

    ``str()`` is one line for the inline error; ``log`` holds the server's last output
    lines for a "details" view.
    """

    def __init__(self, message: str | Notice, log: str = "") -> None:
        self.notice = message if isinstance(message, Notice) else None  # for the UI's tr()
        super().__init__(str(message))
        self.log = log


class ModelLoadError(LocalServerError):
    """The model file could not be loaded (not a GGUF file, corrupt, unsupported)."""


class PortTaken(Exception):
    """Another process bound our port between ``free_port`` and the server's bind."""


def startup_failure(tail: str, name: str, status: int | None) -> Exception:
    """The error for a server that exited while starting, from its last output ``tail``:
    ``PortTaken`` (start again on another port), or the cause llama.cpp printed."""
    if _PORT_IN_USE.search(tail):
        return PortTaken()
    said = Notice("local_exited", {"name": name, "status": status})
    for line in tail.splitlines():
        if m := _LOAD_ERROR.match(line):  # llama.cpp's own words, quoted as they are
            said = Notice("local_load_failed", {"name": name}, m["msg"].strip())
            break
    lines = tail.splitlines()
    return ModelLoadError(said, "\n".join(lines[-40:]))


__all__ = ["STAGES", "LocalServerError", "ModelLoadError", "PortTaken", "startup_failure"]
