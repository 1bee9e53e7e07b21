"""What a tab does with the clipboard and files: copying answers, opening attachments,
taking drops. A mixin of ``ChatTab`` (it uses the tab's session, view and tray)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QGuiApplication

from ava_desktop.core.conversation.parts import FilePart, ImagePart, Part
from ava_desktop.core.store import StoreError
from ava_desktop.ui.attachment_view import AttachmentViewer
from ava_desktop.ui.chat_export import tab_markdown

if TYPE_CHECKING:
    from ava_desktop.ui.attachments.tray import AttachmentTray
    from ava_desktop.ui.context import AppContext
    from ava_desktop.ui.transcript import ViewMessage


class AttachmentsAndCopy:
    ctx: AppContext
    tray: AttachmentTray
    notice: Signal
    messages: list[ViewMessage]

    def blob(self, sha256: str) -> bytes | None:
        """An attachment's stored bytes; None when it is gone or the store cannot be read."""
        store = self.ctx.store
        try:
            return store.get_blob(sha256) if store is not None else None
        except StoreError:
            return None

    def _open_attachment(self, part: Part) -> None:
        if not isinstance(part, ImagePart | FilePart):
            return
        data = part.data if isinstance(part, ImagePart) else None
        if isinstance(part, ImagePart) and data is None:
            data = self.blob(part.sha256)
        viewer = AttachmentViewer(part, data, self)
        viewer.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        viewer.open()

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls() or event.mimeData().hasImage():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        """Files and images dropped anywhere on the tab attach to the next message."""
        if self.tray.offer_mime(event.mimeData()):
            event.acceptProposedAction()

    def _copy(self, text: str, what: str) -> None:
        QGuiApplication.clipboard().setText(text)
        self.notice.emit(what)

    def last_answer(self) -> str | None:
        return next((m.content for m in reversed(self.messages) if m.role == "assistant"),
                    None)

    def copy_last_answer(self) -> None:
        answer = self.last_answer()
        if answer is None:
            self.notice.emit(self.tr("No answer to copy yet"))
        else:
            self._copy(answer, self.tr("Copied the last answer as Markdown"))

    def conversation_markdown(self) -> str:
        """The shown path as the Markdown export writes it (saved or not)."""
        return tab_markdown(self)

    def copy_conversation(self) -> None:
        self._copy(self.conversation_markdown(),
                   self.tr("Copied the conversation as Markdown"))
