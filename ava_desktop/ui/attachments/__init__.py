"""Attachments in the composer: the tray of chips, the paperclip picker, image decoding.

Qt side of ``ava_desktop.core.attachments``: images are decoded here (Qt), documents are
read by the core's child process.
"""

from ava_desktop.ui.attachments.intake import Offer, offer_from_mime
from ava_desktop.ui.attachments.picker import AttachButton
from ava_desktop.ui.attachments.tray import AttachmentTray

__all__ = ["AttachButton", "AttachmentTray", "Offer", "offer_from_mime"]
