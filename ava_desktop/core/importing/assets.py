"""The image files of a ChatGPT data export, found by the id its messages point to.

A message names an image as ``file-service://file-XXXX`` (or ``sediment://file_XXXX``); the
export holds it next to conversations.json as ``file-XXXX-<name>.png`` (generated images in a
subfolder). Every file is untrusted: read with a size cap, regular files only, and kept only
if its first bytes are those of an image format we send (a name can lie), without its
metadata (``image_meta``).
"""

from __future__ import annotations

import os
import re
import zipfile
from dataclasses import dataclass
from pathlib import Path

from ..attachments.limits import MB, display_name, human_size
from ..attachments.reading import read_capped
from .image_meta import strip_metadata

MAX_IMAGE_BYTES = 20 * MB
MAX_TOTAL_BYTES = 512 * MB  # all images of one import together
MAX_FOLDER_ENTRIES = 200_000  # files looked at in an export folder
MAX_DEPTH = 3

_FILE_ID = re.compile(r"(file[-_][A-Za-z0-9]+)(?=[-.]|$)")
_MIME_BY_MAGIC = ((b"\x89PNG\r\n\x1a\n", "image/png"), (b"\xff\xd8\xff", "image/jpeg"),
                  (b"GIF87a", "image/gif"), (b"GIF89a", "image/gif"), (b"BM", "image/bmp"))


def image_mime(data: bytes) -> str | None:
    """The image type the bytes really are (PNG, JPEG, GIF, WebP, BMP), or None."""
    for magic, mime in _MIME_BY_MAGIC:
        if data.startswith(magic):
            return mime
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "image/webp"
    return None


def file_id(pointer: str) -> str | None:
    """``file-service://file-XXXX`` -> ``file-XXXX``."""
    match = _FILE_ID.fullmatch(pointer.rsplit("://", 1)[-1].rsplit("/", 1)[-1])
    return match.group(1) if match else None


@dataclass(slots=True)
class Found:
    name: str  # the file's name without the id prefix, when it has one
    mime: str
    data: bytes


class Assets:
    """Images looked up by file id; the base finds none (only conversations.json given)."""

    def __init__(self) -> None:
        self._index: dict[str, str] | None = None  # file id -> member or path, built lazily
        self._found: dict[str, Found | str] = {}  # an image used in several versions: read once
        self.bytes_read = 0

    def find(self, fid: str) -> Found | str:
        """The image, or why not (words for the text that replaces it)."""
        if fid not in self._found:
            self._found[fid] = self._find(fid)
        return self._found[fid]

    def _find(self, fid: str) -> Found | str:
        if self._index is None:
            self._index = {}
            self._scan()
        where = self._index.get(fid)
        if where is None:
            return ("it was not in the files given (import the export's .zip or its folder "
                    "to keep images)")
        if self.bytes_read >= MAX_TOTAL_BYTES:
            return f"the import's images passed {human_size(MAX_TOTAL_BYTES)}"
        data = self._read(where)
        if isinstance(data, str):
            return data
        self.bytes_read += len(data)
        mime = image_mime(data)
        if mime is None:
            return "the file is not a PNG, JPEG, GIF, WebP or BMP image"
        clean = strip_metadata(data, mime)
        if clean is None:
            return "the image file is damaged"
        name = display_name(where)
        rest = name[len(fid):].lstrip("-")
        return Found(rest if rest and not rest.startswith(".") else name, mime, clean)

    def _add(self, path: str) -> None:
        match = _FILE_ID.match(display_name(path))
        if match and self._index is not None:
            self._index.setdefault(match.group(1), path)

    def _scan(self) -> None:
        """Fill the index with ``_add`` (nothing here: no files were given)."""

    def _read(self, where: str) -> bytes | str:
        raise NotImplementedError


class FolderAssets(Assets):
    """An unpacked export: the folder holding conversations.json and a few levels below."""

    def __init__(self, root: Path) -> None:
        super().__init__()
        self.root = root

    def _scan(self) -> None:
        seen = 0
        for folder, dirs, files in os.walk(self.root):
            depth = len(Path(folder).relative_to(self.root).parts)
            if depth >= MAX_DEPTH:
                dirs[:] = []
            for name in files:
                seen += 1
                if seen > MAX_FOLDER_ENTRIES:
                    return
                self._add(os.path.join(folder, name))

    def _read(self, where: str) -> bytes | str:
        data = read_capped(where, MAX_IMAGE_BYTES)
        return data if isinstance(data, bytes) else _reason(data.message, data.kind)


class ZipAssets(Assets):
    """A ChatGPT export .zip, read member by member (never extracted to disk)."""

    def __init__(self, archive: zipfile.ZipFile) -> None:
        super().__init__()
        self.archive = archive

    def _scan(self) -> None:
        for info in self.archive.infolist()[:MAX_FOLDER_ENTRIES]:
            if not info.is_dir():
                self._add(info.filename)

    def _read(self, where: str) -> bytes | str:
        info = self.archive.getinfo(where)
        if info.file_size > MAX_IMAGE_BYTES:
            return f"it is over the {human_size(MAX_IMAGE_BYTES)} limit for images"
        try:
            with self.archive.open(info) as member:
                data = member.read(MAX_IMAGE_BYTES + 1)  # sizes in a zip can lie
        except (zipfile.BadZipFile, NotImplementedError, EOFError, OSError, RuntimeError,
                ValueError) as exc:
            return f"it could not be read from the archive ({exc})"
        if len(data) > MAX_IMAGE_BYTES:
            return f"it is over the {human_size(MAX_IMAGE_BYTES)} limit for images"
        return data


def _reason(message: str, kind: str) -> str:
    if kind == "too_large":
        return f"it is over the {human_size(MAX_IMAGE_BYTES)} limit for images"
    if kind == "not_regular":
        return "it is not a regular file"
    return "it could not be read"


__all__ = ["MAX_IMAGE_BYTES", "Assets", "FolderAssets", "Found", "ZipAssets", "file_id",
           "image_mime"]
