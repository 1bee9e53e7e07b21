"""Reading documents in a child process, so no file can freeze or crash the app.

The child (``python -m ava_desktop.core.attachments.worker``) gets the path and limits as JSON
on stdin, lowers its own limits (address space, CPU seconds; on Linux it also dies with the
app), reads the file with the size cap, extracts the text and writes one JSON object to
stdout. The parent waits with a wall-time limit and kills it past that. A PDF that loops, a
zip bomb or a 1 GB file therefore costs a child process, never the window.

``DocumentJob.wait`` blocks (run it in a worker thread); ``extract_document`` is the asyncio
form. Each job costs one interpreter start (~0.1 s plus the imports of pypdf / python-docx).
"""

from __future__ import annotations

import asyncio
import contextlib
import dataclasses
import json
import os
import signal
import subprocess
import sys
import time
from typing import Any

from ava_desktop.core.attachments.documents import Extraction, extract_bytes
from ava_desktop.core.attachments.limits import (
    DEFAULT_LIMITS,
    AttachmentFailure,
    Limits,
    display_name,
    failure,
)
from ava_desktop.core.conversation.parts import FilePart
from ava_desktop.core.notice import Notice

GRACE_SECONDS = 3.0  # past the child's own time budget, before it is killed
_PR_SET_PDEATHSIG = 1


class DocumentJob:
    """One document being read by a child process; ``cancel`` kills it at once."""

    def __init__(self, path: str | os.PathLike[str], limits: Limits = DEFAULT_LIMITS,
                 python: str | None = None) -> None:
        self.name = display_name(os.fspath(path))
        self.limits = limits
        self._cancelled = False
        request = {"path": os.fspath(path), "name": self.name,
                   "limits": dataclasses.asdict(limits)}
        self._proc = subprocess.Popen(
            [python or sys.executable, "-m", "ava_desktop.core.attachments.worker"],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
            start_new_session=True)
        self._request = json.dumps(request).encode()

    def wait(self) -> Extraction | AttachmentFailure:
        """Block until the child answers, dies or runs out of time."""
        try:
            out, err = self._proc.communicate(self._request,
                                              timeout=self.limits.seconds + GRACE_SECONDS)
        except subprocess.TimeoutExpired:
            self._kill()
            return self._timeout()
        if self._cancelled:
            return failure(self.name, "failed", "read_cancelled")
        try:
            return _decode(json.loads(out.decode("utf-8")))
        except (ValueError, KeyError, TypeError):
            return self._died(err)

    def cancel(self) -> None:
        self._cancelled = True
        self._kill()

    def _kill(self) -> None:
        if self._proc.poll() is None:
            self._proc.kill()
        with contextlib.suppress(subprocess.TimeoutExpired, ValueError, OSError):
            self._proc.communicate(timeout=5)

    def _timeout(self) -> AttachmentFailure:
        return failure(self.name, "timeout", "read_timeout",
                       seconds=float(self.limits.seconds))

    def _died(self, err: bytes) -> AttachmentFailure:
        rc = self._proc.returncode
        text = err.decode("utf-8", "replace")
        if "MemoryError" in text or rc in (-signal.SIGSEGV, -signal.SIGABRT):
            return failure(self.name, "memory", "read_memory",
                           limit_size=self.limits.memory_bytes)
        if rc in (-getattr(signal, "SIGXCPU", 24), -signal.SIGKILL):
            return self._timeout()
        return failure(self.name, "failed", "read_died", code=rc)


def read_document(path: str | os.PathLike[str], limits: Limits = DEFAULT_LIMITS
                  ) -> Extraction | AttachmentFailure:
    """Blocking: read ``path`` in a child process (for worker threads and scripts)."""
    return DocumentJob(path, limits).wait()


async def extract_document(path: str | os.PathLike[str], limits: Limits = DEFAULT_LIMITS
                           ) -> Extraction | AttachmentFailure:
    """The asyncio form; cancelling the awaiting task kills the child."""
    job = DocumentJob(path, limits)
    try:
        return await asyncio.shield(asyncio.to_thread(job.wait))
    except asyncio.CancelledError:
        job.cancel()
        raise


def _encode(result: Extraction | AttachmentFailure) -> dict[str, Any]:
    if isinstance(result, AttachmentFailure):
        notice = result.notice.to_json() if result.notice is not None else None
        return {"failure": {"name": result.name, "kind": result.kind, "message": result.message,
                            "notice": notice}}
    return {"part": dataclasses.asdict(result.part), "cut": result.cut}


def _decode(payload: dict[str, Any]) -> Extraction | AttachmentFailure:
    if "failure" in payload:
        failure = payload["failure"]
        return AttachmentFailure(str(failure["name"]), failure["kind"], str(failure["message"]),
                                 Notice.from_json(failure.get("notice")))
    fields = payload["part"]
    part = FilePart(name=str(fields["name"]), mime=str(fields["mime"]), text=str(fields["text"]),
                    sha256=str(fields["sha256"]), size=int(fields["size"]))
    return Extraction(part, bool(payload["cut"]))


def _limit_self(limits: Limits) -> None:
    try:
        import resource

        memory = limits.memory_bytes
        resource.setrlimit(resource.RLIMIT_AS, (memory, memory))
        cpu = int(limits.seconds) + 2
        resource.setrlimit(resource.RLIMIT_CPU, (cpu, cpu + 1))
    except (ImportError, ValueError, OSError):
        pass  # Windows (no resource module), or a hard limit already lower
    if sys.platform.startswith("linux"):
        try:
            import ctypes

            ctypes.CDLL(None, use_errno=True).prctl(_PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
        except (OSError, AttributeError):
            pass


def _child_main() -> None:
    from ava_desktop.core.attachments.reading import read_capped

    request = json.loads(sys.stdin.buffer.read().decode("utf-8"))
    limits = Limits(**request["limits"])
    deadline = time.monotonic() + limits.seconds
    _limit_self(limits)
    name = request["name"]
    try:
        data = read_capped(request["path"], limits.max_document_bytes)
        if isinstance(data, AttachmentFailure):
            result: Extraction | AttachmentFailure = dataclasses.replace(data, name=name)
        else:
            result = extract_bytes(name, data, limits, deadline)
        del data
    except MemoryError:
        result = failure(name, "memory", "read_memory", limit_size=limits.memory_bytes)
    sys.stdout.buffer.write(json.dumps(_encode(result)).encode("utf-8"))
    sys.stdout.flush()


if __name__ == "__main__":
    _child_main()
