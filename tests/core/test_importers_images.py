"""Images imported from a ChatGPT export lose their metadata (GPS!) but not their pixels.

Real files made with Qt in the test, metadata put in the way cameras and editors do (an EXIF
APP1 segment, PNG text chunks, WebP EXIF/XMP chunks), then decoded again by Qt.
"""

from __future__ import annotations

import json
import shutil
import struct
from pathlib import Path

import pytest

pytest.importorskip("PySide6.QtGui")

from PySide6.QtCore import QBuffer, QByteArray, QIODevice
from PySide6.QtGui import QColor, QImage

from ava_desktop.core.importers import import_file
from ava_desktop.core.importing.image_meta import strip_metadata
from ava_desktop.core.store import Store

GPS = b"GPS 52.3731 N 4.8922 E"
EXIF = b"Exif\x00\x00" + b"MM\x00\x2a\x00\x00\x00\x08" + GPS


def _encode(fmt: str, text: dict[str, str] | None = None) -> bytes:
    image = QImage(16, 8, QImage.Format.Format_RGB32)
    image.fill(QColor(200, 40, 40))
    for key, value in (text or {}).items():
        image.setText(key, value)
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    assert image.save(buffer, fmt)
    buffer.close()
    return bytes(data.data())


def _decodes(data: bytes) -> QImage:
    image = QImage()
    assert image.loadFromData(data)
    assert (image.width(), image.height()) == (16, 8)
    red = QColor(image.pixel(8, 4))
    assert red.red() > 150 and red.green() < 90
    return image


def _jpeg_with_exif() -> bytes:
    plain = _encode("JPEG", {"Comment": "taken at home"})
    app1 = b"\xff\xe1" + struct.pack(">H", len(EXIF) + 2) + EXIF
    return plain[:2] + app1 + plain[2:]


def _webp_with_exif() -> bytes:
    plain = _encode("WEBP")
    assert plain[:4] == b"RIFF" and plain[8:12] == b"WEBP"
    bitstream = plain[12:]  # a VP8/VP8L chunk
    vp8x = b"VP8X" + struct.pack("<I", 10) + bytes([0x0C, 0, 0, 0]) + (15).to_bytes(3, "little") \
        + (7).to_bytes(3, "little")
    exif = b"EXIF" + struct.pack("<I", len(EXIF)) + EXIF
    xmp_body = b"<x:xmpmeta>" + GPS + b"</x:xmpmeta>"
    xmp = b"XMP " + struct.pack("<I", len(xmp_body)) + xmp_body + b"\x00" * (len(xmp_body) & 1)
    body = b"WEBP" + vp8x + bitstream + exif + xmp
    return b"RIFF" + struct.pack("<I", len(body)) + body


@pytest.mark.parametrize("kind", ["jpeg", "png", "webp"])
def test_metadata_is_cut_and_the_image_still_decodes(kind: str) -> None:
    data = {"jpeg": _jpeg_with_exif,
            "png": lambda: _encode("PNG", {"GPS": GPS.decode(), "Author": "alice"}),
            "webp": _webp_with_exif}[kind]()
    assert GPS in data or b"alice" in data
    if kind == "jpeg":
        assert b"taken at home" in data  # Qt writes its text as a JPEG comment
    _decodes(data)
    clean = strip_metadata(data, f"image/{kind}")
    assert clean is not None
    assert GPS not in clean and b"alice" not in clean and b"Exif" not in clean
    assert b"taken at home" not in clean
    _decodes(clean)
    assert strip_metadata(clean, f"image/{kind}") == clean  # nothing else is touched


@pytest.mark.parametrize("kind", ["jpeg", "png", "webp"])
def test_a_damaged_container_is_refused(kind: str) -> None:
    data = {"jpeg": _jpeg_with_exif, "png": lambda: _encode("PNG"),
            "webp": _webp_with_exif}[kind]()
    assert strip_metadata(data[:40], f"image/{kind}") is None
    assert strip_metadata(data[:2] + b"\x00" * 64, f"image/{kind}") is None


def test_an_imported_photo_keeps_its_pixels_and_loses_its_location(tmp_path: Path) -> None:
    folder = tmp_path / "export"
    shutil.copytree(Path(__file__).parent / "fixtures" / "chatgpt_images", folder)
    (folder / "file-IMG1-shot.png").unlink()
    (folder / "file-IMG1-photo.jpg").write_bytes(_jpeg_with_exif())
    with Store.open(tmp_path / "db.sqlite3") as store:
        result = import_file(store, folder)
        part = store.messages(result.conversation_ids[0])[0].parts[0]
        blob = store.get_blob(part["sha256"])
    assert part["mime"] == "image/jpeg" and part["size"] == len(blob)
    assert GPS not in blob
    _decodes(blob)
    assert json.loads((folder / "conversations.json").read_text())[0]["title"] == "Screenshots"
