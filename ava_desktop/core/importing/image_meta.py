"""Metadata out of imported images, without decoding them (core has no Qt).

Images the user attaches are re-encoded by Qt so that EXIF (GPS!) never reaches a model;
images from a ChatGPT export arrive as files, so here the metadata blocks are cut out of the
container losslessly: JPEG APP1/APP3-13/APP15 and comments, PNG text/EXIF/time chunks, WebP
EXIF/XMP chunks. The pixels are untouched. A file whose structure does not add up gives
``None``: it is not imported rather than imported with its metadata.
"""

from __future__ import annotations

import struct

_JPEG_DROP = {0xE1, *range(0xE3, 0xEE), 0xEF, 0xFE}  # EXIF/XMP, APP3-13, APP15, COM
_PNG_DROP = {b"eXIf", b"tEXt", b"zTXt", b"iTXt", b"tIME"}
_WEBP_DROP = {b"EXIF", b"XMP "}
_WEBP_FIRST = (b"VP8 ", b"VP8L", b"VP8X")


def strip_metadata(data: bytes, mime: str) -> bytes | None:
    if mime == "image/jpeg":
        return _jpeg(data)
    if mime == "image/png":
        return _png(data)
    if mime == "image/webp":
        return _webp(data)
    return data  # GIF and BMP carry no EXIF


def _jpeg(data: bytes) -> bytes | None:
    out = [data[:2]]
    i = 2
    while i + 1 < len(data):
        if data[i] != 0xFF:
            return None
        marker = data[i + 1]
        if marker == 0xFF:  # fill byte
            i += 1
            continue
        if marker in (0xDA, 0xD9):  # start of scan / end of image: the rest is image data
            out.append(data[i:])
            return b"".join(out)
        if 0xD0 <= marker <= 0xD7 or marker == 0x01:  # markers without a length
            out.append(data[i:i + 2])
            i += 2
            continue
        if i + 4 > len(data):
            return None
        end = i + 2 + int.from_bytes(data[i + 2:i + 4], "big")
        if end <= i + 3 or end > len(data):
            return None
        if marker not in _JPEG_DROP:
            out.append(data[i:end])
        i = end
    return None  # no image data at all


def _png(data: bytes) -> bytes | None:
    if data[12:16] != b"IHDR":
        return None
    out = [data[:8]]
    i = 8
    while i + 12 <= len(data):
        length = int.from_bytes(data[i:i + 4], "big")
        kind = data[i + 4:i + 8]
        end = i + 12 + length
        if end > len(data):
            return None
        if kind not in _PNG_DROP:
            out.append(data[i:end])
        i = end
        if kind == b"IEND":
            return b"".join(out)
    return None


def _webp(data: bytes) -> bytes | None:
    if data[:4] != b"RIFF" or data[8:12] != b"WEBP" or data[12:16] not in _WEBP_FIRST:
        return None
    chunks: list[bytes] = []
    i = 12
    while i + 8 <= len(data):
        kind = data[i:i + 4]
        size = int.from_bytes(data[i + 4:i + 8], "little")
        end = i + 8 + size + (size & 1)
        if i + 8 + size > len(data):
            return None
        chunk = data[i:min(end, len(data))]
        if kind == b"VP8X" and size >= 1:  # clear the "has EXIF" (8) and "has XMP" (4) flags
            chunk = chunk[:8] + bytes([chunk[8] & ~0x0C]) + chunk[9:]
        if kind not in _WEBP_DROP:
            chunks.append(chunk)
        i = end
    if not chunks:
        return None
    body = b"WEBP" + b"".join(chunks)
    return b"RIFF" + struct.pack("<I", len(body)) + body


__all__ = ["strip_metadata"]
