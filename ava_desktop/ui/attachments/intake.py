"""What the user handed over (a drop, a paste, a picker) as paths, image bytes and refusals.

Only files on this computer are taken: a URL is never fetched (an http link dropped from a
browser gets a message), and a path or URL named *inside* a file is never followed. Image data
is taken as the bytes the source app offered (decoded later, off the GUI thread) or, for a
screenshot on the clipboard, as the QImage Qt already holds.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QCoreApplication, QMimeData
from PySide6.QtGui import QImage

IMAGE_MIME = ("image/png", "image/jpeg", "image/webp", "image/gif", "image/bmp")
PASTED_NAME = "Pasted image"


@dataclass
class Offer:
    """Things to attach: local paths, encoded images (name, bytes), decoded images, and
    messages for what was refused."""

    paths: list[str] = field(default_factory=list)
    encoded: list[tuple[str, bytes]] = field(default_factory=list)
    images: list[tuple[str, QImage]] = field(default_factory=list)
    refused: list[str] = field(default_factory=list)

    def __bool__(self) -> bool:
        return bool(self.paths or self.encoded or self.images or self.refused)


def offer_from_mime(mime: QMimeData, pasted: bool) -> Offer | None:
    """The attachments in ``mime``, or None when it is for the text box (plain text, or a
    pasted web link, which pastes as its text)."""
    urls = mime.urls() if mime.hasUrls() else []
    local = [u.toLocalFile() for u in urls if u.isLocalFile() and u.toLocalFile()]
    remote = [u for u in urls if not u.isLocalFile()]
    offer = Offer(paths=local)
    if not local:
        for kind in IMAGE_MIME:
            if mime.hasFormat(kind):
                data = bytes(mime.data(kind).data())
                if data:
                    offer.encoded.append((f"{PASTED_NAME}.{kind.split('/')[1]}", data))
                    break
        if not offer.encoded and mime.hasImage():
            image = mime.imageData()
            if isinstance(image, QImage) and not image.isNull():
                offer.images.append((f"{PASTED_NAME}.png", image))
    if remote and not (offer.encoded or offer.images):
        if not local and pasted and mime.hasText():
            return None  # a web link pasted: it is text for the message
        hosts = ", ".join(sorted({u.host() or u.scheme() for u in remote}))
        offer.refused.append(QCoreApplication.translate(
            "AttachmentTray", "Only files on this computer can be attached; the link to "
            "{hosts} was not downloaded.").format(hosts=hosts))
    return offer if offer else None


def mime_offers_attachments(mime: QMimeData) -> bool:
    """Cheap check for drag-enter: might ``offer_from_mime`` find something?"""
    return mime.hasUrls() or mime.hasImage() or any(mime.hasFormat(k) for k in IMAGE_MIME)
