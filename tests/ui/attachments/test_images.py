"""Images through Qt: the size checked before decoding, truncation caught, EXIF orientation
applied and every piece of metadata gone from what is sent."""

from __future__ import annotations

import struct
import time

import pytest
from PySide6.QtCore import QBuffer, QByteArray, QIODevice
from PySide6.QtGui import QColor, QImage, QImageReader

from ava_desktop.core.attachments import AttachmentFailure, Limits
from ava_desktop.ui.attachments.images import PreparedImage, image_from_bytes, image_from_qimage
from tests.attachment_files import exif_app1, png_header, with_exif


def encoded(image: QImage, fmt: str, quality: int = -1) -> bytes:
    array = QByteArray()
    buffer = QBuffer(array)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    assert image.save(buffer, fmt, quality)
    return bytes(array.data())


def marked(width: int, height: int, alpha: bool = False) -> QImage:
    """Red, with a blue block in the top-left corner (to see rotations)."""
    fmt = QImage.Format.Format_ARGB32 if alpha else QImage.Format.Format_RGB32
    image = QImage(width, height, fmt)
    image.fill(QColor(255, 0, 0, 128 if alpha else 255))
    for y in range(height // 4):
        for x in range(width // 4):
            image.setPixelColor(x, y, QColor("blue"))
    return image


def ready(result) -> PreparedImage:
    assert isinstance(result, PreparedImage), result
    return result


def jpeg_segments(data: bytes) -> list[int]:
    """The marker bytes of a JPEG's header segments, up to the start of scan."""
    markers, pos = [], 2
    while pos + 4 <= len(data) and data[pos] == 0xFF:
        marker = data[pos + 1]
        markers.append(marker)
        if marker == 0xDA:
            break
        pos += 2 + struct.unpack(">H", data[pos + 2:pos + 4])[0]
    return markers


def test_exif_gps_never_survives_and_orientation_is_applied(qapp):
    jpeg = with_exif(encoded(marked(400, 200), "JPEG", 92), exif_app1(orientation=6))
    assert b"Exif" in jpeg and 0xE1 in jpeg_segments(jpeg)
    part = ready(image_from_bytes("holiday.jpg", jpeg)).part
    assert part.mime == "image/jpeg" and part.data is not None
    assert b"Exif" not in part.data and 0xE1 not in jpeg_segments(part.data)
    assert struct.pack("<IIIIII", 48, 1, 51, 1, 30, 1) not in part.data  # the GPS latitude
    assert QImageReader(_buffer(part.data)).textKeys() == []
    # orientation 6 = rotate 90° clockwise: 400×200 becomes 200×400, blue top-left -> top-right
    assert (part.width, part.height) == (200, 400)
    out = QImage.fromData(part.data)
    assert out.pixelColor(190, 10).blue() > 200 and out.pixelColor(10, 10).red() > 200


def _buffer(data: bytes) -> QBuffer:
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    return buffer


def test_png_text_chunks_are_dropped(qapp):
    image = marked(64, 64)
    image.setText("Author", "Alice Example")
    image.setText("Comment", "/home/alice/private")
    data = encoded(image, "PNG")
    assert b"Alice Example" in data
    part = ready(image_from_bytes("shot.png", data)).part
    assert b"Alice" not in part.data and b"/home/alice" not in part.data
    assert QImage.fromData(part.data).textKeys() == []


def test_downscaled_to_the_long_edge_and_the_parameter_is_honoured(qapp):
    big = encoded(marked(4000, 1000), "PNG")
    part = ready(image_from_bytes("wide.png", big)).part
    assert (part.width, part.height) == (2048, 512)
    small = ready(image_from_bytes("wide.png", big, max_edge=512)).part
    assert (small.width, small.height) == (512, 128)
    photo = ready(image_from_bytes("photo.jpg", encoded(marked(3000, 2000), "JPEG"))).part
    assert (photo.width, photo.height) == (2048, 1365)


def test_alpha_and_screenshots_stay_png_photos_go_jpeg(qapp):
    alpha = ready(image_from_bytes("logo.webp", encoded(marked(50, 50, alpha=True), "WEBP")))
    assert alpha.part.mime == "image/png" and alpha.part.name == "logo.png"
    assert QImage.fromData(alpha.part.data).hasAlphaChannel()
    shot = ready(image_from_bytes("shot.bmp", encoded(marked(50, 50), "BMP"))).part
    assert shot.mime == "image/png"
    photo = ready(image_from_bytes("cat.webp", encoded(marked(50, 50), "WEBP", 80))).part
    assert photo.mime == "image/jpeg" and photo.name == "cat.jpg"
    import hashlib

    assert photo.sha256 == hashlib.sha256(photo.data).hexdigest() and photo.size == len(
        photo.data)


def test_a_photo_saved_as_png_goes_jpeg_a_large_screenshot_stays_png(qapp):
    import os

    side = 1400  # noise: ~5.6 MB as PNG, over PNG_TOO_BIG, judged so from one strip
    noise = QImage(os.urandom(side * side * 3), side, side, side * 3,
                   QImage.Format.Format_RGB888).copy()
    photo = ready(image_from_bytes("scan.png", encoded(noise, "PNG"))).part
    assert photo.mime == "image/jpeg" and photo.name == "scan.jpg"
    shot = ready(image_from_bytes("screen.png", encoded(marked(2000, 1400), "PNG"))).part
    assert shot.mime == "image/png" and (shot.width, shot.height) == (2000, 1400)


def test_gif_gives_its_first_frame(qapp):
    gif = (b"GIF89a\x01\x00\x01\x00\x80\x00\x00\xff\x00\x00\x00\x00\x00"  # red, black
           b"!\xf9\x04\x00\x00\x00\x00\x00,\x00\x00\x00\x00\x01\x00\x01\x00\x00\x02\x02D\x01\x00"
           b"!\xf9\x04\x00\x00\x00\x00\x00,\x00\x00\x00\x00\x01\x00\x01\x00\x00\x02\x02L\x01\x00"
           b";")
    part = ready(image_from_bytes("anim.gif", gif)).part
    assert part.mime == "image/png"
    assert QImage.fromData(part.data).pixelColor(0, 0) == QColor(255, 0, 0)


def test_a_50000_by_50000_png_is_refused_before_decoding(qapp):
    data = png_header(50_000, 50_000)
    assert len(data) < 200
    started = time.monotonic()
    result = image_from_bytes("bomb.png", data)
    assert isinstance(result, AttachmentFailure) and result.kind == "image"
    assert "50,000 × 50,000 pixels" in result.message and "100 megapixel" in result.message
    assert time.monotonic() - started < 1


@pytest.mark.parametrize(("name", "fmt", "why"), [("cut.jpg", "JPEG", "JPEG has no end"),
                                                  ("cut.png", "PNG", "PNG has no end"),
                                                  ("cut.webp", "WEBP", "WebP is shorter"),
                                                  ("cut.bmp", "BMP", "BMP is shorter")])
def test_a_truncated_file_gets_a_message(qapp, name, fmt, why):
    data = encoded(marked(300, 300), fmt)
    result = image_from_bytes(name, data[: len(data) * 2 // 3])
    assert isinstance(result, AttachmentFailure), result
    assert result.message.startswith(f"{name} is cut off (the {why}")
    assert result.message.endswith("attach a complete copy.")


def test_not_an_image_and_too_many_bytes(qapp):
    bad = image_from_bytes("x.png", b"\x89PNG\r\n\x1a\n" + b"garbage" * 10 + b"IEND")
    assert isinstance(bad, AttachmentFailure)
    big = image_from_bytes("x.png", b"\0" * 2000, Limits(max_image_bytes=1000))
    assert isinstance(big, AttachmentFailure) and big.kind == "too_large"


def test_a_clipboard_qimage(qapp):
    result = ready(image_from_qimage("Pasted image.png", marked(3000, 100)))
    assert (result.part.width, result.part.height) == (2048, 68)
    assert result.thumbnail.width() <= 96 and not result.thumbnail.isNull()
