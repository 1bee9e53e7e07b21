"""Turning an ``Offer`` into parts on worker threads, results delivered on the GUI thread.

Images are decoded in the worker thread itself (QImage is reentrant); documents go to a
child process (``core.attachments.worker``) that the worker thread waits for, so a runaway
PDF costs a process that is killed, never the window. The worker threads run at a lower
priority (Linux), so on a busy machine the GUI thread gets the CPU first. Each job has an
id; a result for a job that was cancelled meanwhile is dropped.
"""

from __future__ import annotations

import contextlib
import os
import sys
import threading
from concurrent.futures import ThreadPoolExecutor
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QImage

from ava_desktop.core.attachments import (
    AttachmentFailure,
    DocumentJob,
    Extraction,
    Limits,
    display_name,
    read_capped,
    read_head,
    sniff,
)
from ava_desktop.ui.attachments.images import PreparedImage, image_from_bytes, image_from_qimage

Result = PreparedImage | Extraction | AttachmentFailure
NICENESS = 10  # decoding a 20 MB photo takes a core for a second: the window comes first


def _background_thread() -> None:
    """Lower this worker thread's CPU priority (Linux only: there a thread has its own
    nice value; elsewhere the call would slow the whole process, the GUI thread too)."""
    if sys.platform.startswith("linux"):
        with contextlib.suppress(AttributeError, OSError):
            os.setpriority(os.PRIO_PROCESS, threading.get_native_id(), NICENESS)


class AttachmentProcessor(QObject):
    """``finished(job_id, result)`` is emitted on the GUI thread for each job not cancelled."""

    finished = Signal(int, object)

    def __init__(self, limits: Limits, max_edge: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.limits = limits
        self.max_edge = max_edge
        self._pool = ThreadPoolExecutor(max_workers=2, thread_name_prefix="ava-attach",
                                        initializer=_background_thread)
        self._lock = threading.Lock()
        self._documents: dict[int, DocumentJob] = {}
        self._cancelled: set[int] = set()
        self._closed = False

    def submit_path(self, job_id: int, path: str) -> None:
        self._submit(job_id, display_name(path), self._path, job_id, path)

    def submit_encoded(self, job_id: int, name: str, data: bytes) -> None:
        self._submit(job_id, name, image_from_bytes, name, data, self.limits, self.max_edge)

    def submit_image(self, job_id: int, name: str, image: QImage) -> None:
        self._submit(job_id, name, image_from_qimage, name, image.copy(), self.limits,
                     self.max_edge)

    def cancel(self, job_id: int) -> None:
        with self._lock:
            self._cancelled.add(job_id)
            job = self._documents.pop(job_id, None)
        if job is not None:
            job.cancel()

    def close(self) -> None:
        """Kill every running document reader; results still on their way are dropped."""
        with self._lock:
            self._closed = True
            jobs = list(self._documents.values())
            self._documents.clear()
        for job in jobs:
            job.cancel()
        self._pool.shutdown(wait=False, cancel_futures=True)

    def _submit(self, job_id: int, name: str, fn: Any, *args: Any) -> None:
        self._pool.submit(self._run, job_id, name, fn, *args)

    def _run(self, job_id: int, name: str, fn: Any, *args: Any) -> None:
        try:
            result = fn(*args)
        except Exception as exc:  # a bug or an OS error: a message on the chip, no crash
            result = AttachmentFailure(name, "failed", self.tr(
                "{name} could not be attached ({error}).").format(name=name,
                                                                 error=type(exc).__name__))
        with self._lock:
            if job_id in self._cancelled or self._closed:
                return
        with contextlib.suppress(RuntimeError):  # the tray was deleted meanwhile
            self.finished.emit(job_id, result)

    def _path(self, job_id: int, path: str) -> Result:
        name = display_name(path)
        head = read_head(path)
        if isinstance(head, AttachmentFailure):
            return head
        if sniff(head, name) == "image":
            data = read_capped(path, self.limits.max_image_bytes)
            if isinstance(data, AttachmentFailure):
                return data
            return image_from_bytes(name, data, self.limits, self.max_edge)
        with self._lock:
            if job_id in self._cancelled or self._closed:
                return AttachmentFailure(name, "failed",
                                         self.tr("{name}: cancelled.").format(name=name))
            job = DocumentJob(path, self.limits)
            self._documents[job_id] = job
        try:
            return job.wait()
        finally:
            with self._lock:
                self._documents.pop(job_id, None)
