"""Images to ``ImagePart``: checked, decoded, turned upright, downscaled and re-encoded by Qt.

Safe to call off the GUI thread (QImage and QImageReader are reentrant). The order matters:
the declared size is checked before any pixel is decoded (a 50,000 x 50,000 PNG is 40 bytes
of header and 10 GB of pixels); truncated files are refused before the decoder fills the
missing rows with grey; EXIF orientation is applied, then the pixels are copied into a fresh
QImage, so no metadata (EXIF, GPS, text chunks, ICC descriptions) can reach the encoder.
"""

from __future__ import annotations

import hashlib
import struct
from dataclasses import dataclass

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QSize, Qt
from PySide6.QtGui import QColorSpace, QImage, QImageIOHandler, QImageReader, QPainter

from ava_desktop.core.attachments.limits import DEFAULT_LIMITS, AttachmentFailure, Limits
from ava_desktop.core.conversation.parts import ImagePart

THUMBNAIL_EDGE = 96
JPEG_QUALITY = 90
PNG_TOO_BIG = 3 * 1024 * 1024  # a photo saved as PNG: send it as JPEG instead
_LOSSLESS = {"png", "bmp", "gif"}


@dataclass(frozen=True, slots=True)
class PreparedImage:
    """The part to send and a small picture for the chip (make the QPixmap on the GUI
    thread)."""

    part: ImagePart
    thumbnail: QImage


translate = QCoreApplication.translate


def allow_allocation(limits: Limits = DEFAULT_LIMITS) -> None:
    """Let Qt allocate what ``max_image_pixels`` needs (Qt's own cap is 256 MB), no more.
    A process-wide setting; call once from the GUI thread."""
    needed = limits.max_image_pixels * 4 // (1024 * 1024) + 16
    QImageReader.setAllocationLimit(needed)


def image_from_bytes(
    name: str, data: bytes, limits: Limits = DEFAULT_LIMITS, max_edge: int | None = None
) -> PreparedImage | AttachmentFailure:
    """Decode ``data`` (a PNG, JPEG, WebP, GIF or BMP file) into a clean ``ImagePart``."""
    if len(data) > limits.max_image_bytes:
        from ava_desktop.core.attachments.reading import too_large

        return too_large(name, len(data), limits.max_image_bytes)
    truncated = _truncated(data)
    if truncated:
        return AttachmentFailure(
            name,
            "image",
            translate(
                "AttachmentTray", "{name} is cut off ({why}); attach a complete copy."
            ).format(name=name, why=truncated),
        )
    array = QByteArray(data)
    buffer = QBuffer(array)
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    reader = QImageReader(buffer)
    reader.setDecideFormatFromContent(True)
    reader.setAutoTransform(True)  # EXIF orientation, before the metadata is dropped
    fmt = bytes(reader.format().data()).decode("ascii", "replace").lower()
    if not reader.canRead() or not fmt:
        return AttachmentFailure(
            name,
            "image",
            translate(
                "AttachmentTray", "{name} is not an image Ava can read (PNG, JPEG, WebP, GIF, BMP)."
            ).format(name=name),
        )
    size = reader.size()
    if not size.isValid() or size.width() <= 0 or size.height() <= 0:
        return AttachmentFailure(
            name,
            "image",
            translate(
                "AttachmentTray",
                "{name} does not say how large it is; it is damaged or not an image.",
            ).format(name=name),
        )
    pixels = size.width() * size.height()
    if pixels > limits.max_image_pixels:
        return AttachmentFailure(
            name,
            "image",
            translate(
                "AttachmentTray",
                "{name} claims {width} × {height} pixels ({megapixels} megapixels), over the "
                "{limit} megapixel limit; it was not opened (it could exhaust memory).",
            ).format(
                name=name,
                width=f"{size.width():,}",
                height=f"{size.height():,}",
                megapixels=f"{pixels / 1e6:,.0f}",
                limit=f"{limits.max_image_pixels / 1e6:,.0f}",
            ),
        )
    edge = max_edge or limits.max_image_edge
    if max(size.width(), size.height()) > edge and reader.supportsOption(
        QImageIOHandler.ImageOption.ScaledSize
    ):
        # JPEG decodes straight to a smaller size (DCT scaling): less memory, less time
        reader.setScaledSize(size.scaled(QSize(edge, edge), Qt.AspectRatioMode.KeepAspectRatio))
    image = reader.read()
    if image.isNull():
        return AttachmentFailure(
            name,
            "image",
            translate("AttachmentTray", "{name} could not be decoded ({error}).").format(
                name=name, error=reader.errorString()
            ),
        )
    return prepare(name, image, edge, lossless=fmt in _LOSSLESS)


def image_from_qimage(
    name: str, image: QImage, limits: Limits = DEFAULT_LIMITS, max_edge: int | None = None
) -> PreparedImage | AttachmentFailure:
    """A decoded image (the clipboard's screenshot) into a clean ``ImagePart``."""
    if image.isNull():
        return AttachmentFailure(
            name,
            "image",
            translate("AttachmentTray", "{name}: the clipboard image is empty.").format(name=name),
        )
    if image.width() * image.height() > limits.max_image_pixels:
        return AttachmentFailure(
            name,
            "image",
            translate("AttachmentTray", "{name} is over the {limit} megapixel limit.").format(
                name=name, limit=f"{limits.max_image_pixels / 1e6:,.0f}"
            ),
        )
    return prepare(name, image, max_edge or limits.max_image_edge, lossless=True)


def prepare(name: str, image: QImage, max_edge: int, lossless: bool) -> PreparedImage:
    """Downscale to ``max_edge``, copy the pixels into a fresh image, encode it."""
    if image.colorSpace().isValid() and image.colorSpace() != QColorSpace(
        QColorSpace.NamedColorSpace.SRgb
    ):
        image = image.convertedToColorSpace(QColorSpace(QColorSpace.NamedColorSpace.SRgb))
    if max(image.width(), image.height()) > max_edge:
        image = image.scaled(
            max_edge,
            max_edge,
            Qt.AspectRatioMode.KeepAspectRatio,
            Qt.TransformationMode.SmoothTransformation,
        )
    alpha = image.hasAlphaChannel()
    fmt = QImage.Format.Format_ARGB32 if alpha else QImage.Format.Format_RGB32
    clean = QImage(image.size(), fmt)
    clean.fill(Qt.GlobalColor.transparent if alpha else Qt.GlobalColor.white)
    painter = QPainter(clean)
    painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_Source)
    painter.drawImage(0, 0, image.convertToFormat(fmt))
    painter.end()
    if alpha or (lossless and not _photo_like(clean)):
        data, mime = _encode(clean, "PNG"), "image/png"
        if not alpha and len(data) > PNG_TOO_BIG:
            data, mime = _encode(clean, "JPEG", JPEG_QUALITY), "image/jpeg"
    else:
        data, mime = _encode(clean, "JPEG", JPEG_QUALITY), "image/jpeg"
    part = ImagePart(
        mime=mime,
        sha256=hashlib.sha256(data).hexdigest(),
        name=_renamed(name, mime),
        width=clean.width(),
        height=clean.height(),
        size=len(data),
        data=data,
    )
    thumbnail = clean.scaled(
        THUMBNAIL_EDGE,
        THUMBNAIL_EDGE,
        Qt.AspectRatioMode.KeepAspectRatio,
        Qt.TransformationMode.SmoothTransformation,
    )
    return PreparedImage(part, thumbnail)


def _photo_like(image: QImage) -> bool:
    """Whether the image as PNG would clearly be over ``PNG_TOO_BIG`` (a photo saved as
    PNG), judged from one strip of it: encoding the whole of a 2048-pixel photo as PNG takes
    about a second of CPU only to be thrown away for the JPEG."""
    strips = 8
    if image.height() < 64 * strips:
        return False
    strip = image.copy(0, image.height() // 2, image.width(), image.height() // strips)
    return len(_encode(strip, "PNG")) * strips > 1.5 * PNG_TOO_BIG


def _encode(image: QImage, fmt: str, quality: int = -1) -> bytes:
    array = QByteArray()
    buffer = QBuffer(array)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, fmt, quality):
        raise OSError(f"Qt could not encode {fmt}")
    buffer.close()
    return bytes(array.data())


def _renamed(name: str, mime: str) -> str:
    stem = name.rsplit(".", 1)[0] if "." in name else name
    return f"{stem or 'image'}.{'png' if mime == 'image/png' else 'jpg'}"


def _truncated(data: bytes) -> str:
    """Why the file is visibly incomplete, or '' (formats whose end can be checked)."""
    if data.startswith(b"\x89PNG"):
        return (
            ""
            if b"IEND" in data[-4096:]
            else translate("AttachmentTray", "the PNG has no end marker")
        )
    if data.startswith(b"\xff\xd8"):
        return (
            ""
            if b"\xff\xd9" in data[-65536:]
            else translate("AttachmentTray", "the JPEG has no end marker")
        )
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        declared = struct.unpack("<I", data[4:8])[0] + 8
        return (
            ""
            if len(data) >= declared
            else translate("AttachmentTray", "the WebP is shorter than it says")
        )
    if data[:2] == b"BM" and len(data) >= 6:
        declared = struct.unpack("<I", data[2:6])[0]
        return (
            ""
            if len(data) >= declared
            else translate("AttachmentTray", "the BMP is shorter than it says")
        )
    return ""
