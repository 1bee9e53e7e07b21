"""Reading a user's file with a size cap, refusing anything that is not a regular file.

``os.open`` with ``O_NONBLOCK`` so a named pipe cannot hang the open; ``fstat`` on the open
descriptor (not the path) so a symlink swapped in between cannot trick the check; and the read
itself stops at the cap, because a file may grow while it is read and ``/proc`` files
report size 0.
"""

from __future__ import annotations

import os
import stat

from ava_desktop.core.attachments.limits import AttachmentFailure, display_name, failure


def read_capped(path: str | os.PathLike[str], max_bytes: int) -> bytes | AttachmentFailure:
    """The file's bytes, or a failure if it is missing, not a regular file or too large."""
    return _read(path, max_bytes, head=False)


def read_head(path: str | os.PathLike[str], count: int = 1024) -> bytes | AttachmentFailure:
    """The first ``count`` bytes (to tell what the file is) with the same checks, no cap."""
    return _read(path, count, head=True)


def _read(path: str | os.PathLike[str], max_bytes: int, head: bool) -> bytes | AttachmentFailure:
    name = display_name(os.fspath(path))
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    try:
        fd = os.open(path, flags)
    except FileNotFoundError:
        return failure(name, "not_found", "file_gone")
    except IsADirectoryError:
        return failure(name, "not_found", "file_folder")
    except OSError as exc:
        return failure(name, "not_found", "file_cannot_open", reason=exc.strerror)
    try:
        info = os.fstat(fd)
        if stat.S_ISDIR(info.st_mode):
            return failure(name, "not_found", "file_folder")
        if not stat.S_ISREG(info.st_mode):
            return failure(name, "not_regular", "file_not_regular")
        if info.st_size > max_bytes and not head:
            return too_large(name, info.st_size, max_bytes)
        chunks: list[bytes] = []
        total = 0
        while total <= max_bytes:
            chunk = os.read(fd, min(1024 * 1024, max_bytes + 1 - total))
            if not chunk:
                break
            chunks.append(chunk)
            total += len(chunk)
        data = b"".join(chunks)
        if head:
            return data[:max_bytes]
        if total > max_bytes:
            return too_large(name, total, max_bytes, grew=True)
        return data
    except OSError as exc:
        return failure(name, "not_found", "file_cannot_read", reason=exc.strerror)
    finally:
        os.close(fd)


def too_large(name: str, size: int, limit: int, grew: bool = False) -> AttachmentFailure:
    if grew:
        return failure(name, "too_large", "file_grew", limit_size=limit)
    return failure(name, "too_large", "file_too_large", size=size, limit_size=limit)
