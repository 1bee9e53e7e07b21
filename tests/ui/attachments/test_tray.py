"""The composer and the tray in a plain QWidget, driven like a person: Ctrl+V through the
real clipboard, drops with real QMimeData, the picker, chips removed with the keyboard."""

from __future__ import annotations

import time

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QTimer, QUrl
from PySide6.QtGui import QColor, QDragEnterEvent, QDropEvent, QGuiApplication, QImage
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QFileDialog, QVBoxLayout, QWidget

from ava_desktop.core.conversation.parts import FilePart, ImagePart
from ava_desktop.ui.attachments import AttachButton, AttachmentTray
from ava_desktop.ui.composer import Composer
from tests.attachment_files import make_docx, make_pdf, png_header


class Demo(QWidget):
    """What the chat tab will do: tray above the composer, paperclip beside it."""

    def __init__(self) -> None:
        super().__init__()
        self.tray = AttachmentTray(self)
        self.composer = Composer(self)
        self.button = AttachButton(self.tray, self)
        self.tray.connect_composer(self.composer)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tray)
        layout.addWidget(self.composer)
        layout.addWidget(self.button)
        self.messages: list[str] = []
        self.tray.message.connect(self.messages.append)
        self.submitted: list[str] = []
        self.composer.submitted.connect(self.submitted.append)


@pytest.fixture
def demo(qtbot):
    widget = Demo()
    qtbot.addWidget(widget)
    widget.resize(600, 300)
    widget.show()
    qtbot.waitExposed(widget)
    yield widget
    widget.tray.clear()


def settle(qtbot, tray: AttachmentTray, count: int, timeout: int = 15_000) -> None:
    qtbot.waitUntil(lambda: len(tray.chips()) == count and not tray.busy, timeout=timeout)


def paste(widget: Composer, mime: QMimeData) -> None:
    QGuiApplication.clipboard().setMimeData(mime)
    widget.setFocus()
    QTest.keyClick(widget, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)


def drop(target: QWidget, mime: QMimeData) -> bool:
    pos = QPointF(target.rect().center())
    enter = QDragEnterEvent(pos.toPoint(), Qt.DropAction.CopyAction, mime,
                            Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(target, enter)
    if not enter.isAccepted():
        return False
    event = QDropEvent(pos, Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                       Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(target, event)
    return event.isAccepted()


def type_text(demo: Demo, text: str) -> None:
    demo.composer.setFocus()
    QTest.keyClicks(demo.composer, text)


def test_pasting_a_screenshot_attaches_it_and_keeps_the_typed_text(qtbot, demo):
    type_text(demo, "what is this?")
    shot = QImage(800, 600, QImage.Format.Format_RGB32)
    shot.fill(QColor("green"))
    mime = QMimeData()
    mime.setImageData(shot)
    paste(demo.composer, mime)
    settle(qtbot, demo.tray, 1)
    assert demo.composer.toPlainText() == "what is this?"
    [part] = demo.tray.parts()
    assert isinstance(part, ImagePart) and (part.width, part.height) == (800, 600)
    assert part.mime == "image/png" and part.data.startswith(b"\x89PNG")
    chip = demo.tray.chips()[0]
    assert chip.detail.text().startswith("800×600, ") and not chip.icon.pixmap().isNull()


def test_pasting_files_copied_in_a_file_manager_attaches_them(qtbot, demo, tmp_path):
    (tmp_path / "paper.pdf").write_bytes(make_pdf(["Results: 42"]))
    (tmp_path / "main.py").write_text("print('hi')\n")
    type_text(demo, "compare")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(tmp_path / "paper.pdf")),
                  QUrl.fromLocalFile(str(tmp_path / "main.py"))])
    mime.setText(f"{tmp_path}/paper.pdf\n{tmp_path}/main.py")
    paste(demo.composer, mime)
    settle(qtbot, demo.tray, 2)
    assert demo.composer.toPlainText() == "compare"  # no paths pasted into the message
    pdf, code = demo.tray.parts()
    assert isinstance(pdf, FilePart) and pdf.name == "paper.pdf" and "Results: 42" in pdf.text
    assert code.name == "main.py" and code.text == "print('hi')\n"
    assert str(tmp_path) not in repr(demo.tray.parts())


def test_plain_text_and_a_web_link_still_paste_as_text(qtbot, demo):
    mime = QMimeData()
    mime.setText("just words")
    paste(demo.composer, mime)
    link = QMimeData()
    link.setUrls([QUrl("https://example.org/a.png")])
    link.setText(" https://example.org/a.png")
    paste(demo.composer, link)
    assert demo.composer.toPlainText() == "just words https://example.org/a.png"
    assert demo.tray.chips() == [] and not demo.tray.isVisible()


def test_dropping_files_on_the_composer_attaches_them(qtbot, demo, tmp_path):
    (tmp_path / "letter.docx").write_bytes(make_docx(["Dear Ava,"]))
    type_text(demo, "summarise")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(tmp_path / "letter.docx"))])
    assert drop(demo.composer.viewport(), mime)
    settle(qtbot, demo.tray, 1)
    assert demo.composer.toPlainText() == "summarise"
    assert demo.tray.parts()[0].text == "Dear Ava,"


def test_dropping_on_the_tray_too(qtbot, demo, tmp_path):
    (tmp_path / "a.md").write_text("# A\n")
    demo.tray.show()
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(tmp_path / "a.md"))])
    assert drop(demo.tray, mime)
    settle(qtbot, demo.tray, 1)
    assert demo.tray.parts()[0].mime == "text/markdown"


def test_a_dropped_remote_url_is_refused_and_nothing_is_fetched(qtbot, demo, llm_server):
    type_text(demo, "keep me")
    mime = QMimeData()
    mime.setUrls([QUrl(f"{llm_server.url}/cat.png")])
    drop(demo.composer.viewport(), mime)
    qtbot.waitUntil(lambda: bool(demo.messages), timeout=2000)
    assert "127.0.0.1" in demo.messages[0] and "not downloaded" in demo.messages[0]
    assert demo.tray.status.isVisible() and demo.tray.status.text() == demo.messages[0]
    qtbot.wait(300)
    assert llm_server.requests == [] and demo.tray.chips() == []
    assert demo.composer.toPlainText() == "keep me"


def test_a_dropped_image_from_another_app_as_bytes(qtbot, demo):
    from tests.ui.attachments.test_images import encoded, marked

    mime = QMimeData()
    mime.setData("image/jpeg", encoded(marked(100, 50), "JPEG"))
    mime.setUrls([QUrl("https://example.org/photo.jpg")])  # a browser adds its address
    assert drop(demo.composer.viewport(), mime)
    settle(qtbot, demo.tray, 1)
    assert demo.tray.parts()[0].mime == "image/jpeg" and demo.messages == []


def test_hostile_files_each_get_a_message_on_their_chip(qtbot, demo, tmp_path):
    (tmp_path / "bomb.png").write_bytes(png_header(50_000, 50_000))
    (tmp_path / "zero.txt").symlink_to("/dev/zero")
    with open(tmp_path / "huge.bin", "wb") as f:
        f.truncate(1 << 30)
    (tmp_path / "fake.txt").write_bytes(bytes(range(256)) * 20)
    demo.tray.add_paths([str(tmp_path / n) for n in ("bomb.png", "zero.txt", "huge.bin",
                                                     "fake.txt")])
    settle(qtbot, demo.tray, 4)
    assert demo.tray.parts() == []
    kinds = [f.kind for f in demo.tray.failures()]
    assert sorted(kinds) == ["binary", "image", "not_regular", "too_large"]
    chips = demo.tray.chips()
    assert all(c.state == "failed" and c.detail.text() == "Not attached" for c in chips)
    assert "50,000 × 50,000" in chips[0].toolTip()
    assert len(demo.messages) == 4


def test_the_window_stays_responsive_while_a_slow_pdf_is_read(qtbot, demo, tmp_path):
    slow = make_pdf([b"BT /F1 1 Tf " + b"(ab) Tj 1 0 Td " * 120_000 + b"ET"])
    (tmp_path / "slow.pdf").write_bytes(slow)
    gaps: list[float] = []
    last = [time.monotonic()]

    def tick() -> None:
        now = time.monotonic()
        gaps.append(now - last[0])
        last[0] = now

    timer = QTimer(interval=10)
    timer.timeout.connect(tick)
    timer.start()
    demo.tray.add_path(str(tmp_path / "slow.pdf"))
    assert demo.tray.busy and demo.tray.chips()[0].progress.isVisible()
    type_text(demo, "typing while it reads")
    settle(qtbot, demo.tray, 1, timeout=60_000)
    timer.stop()
    assert demo.composer.toPlainText() == "typing while it reads"
    assert len(gaps) > 20 and max(gaps) < 1.0, max(gaps)  # on the GUI thread: ~4 s


def test_removing_a_running_chip_kills_its_reader(qtbot, demo, tmp_path):
    slow = make_pdf([b"BT /F1 1 Tf " + b"(ab) Tj 1 0 Td " * 400_000 + b"ET"])
    (tmp_path / "slow.pdf").write_bytes(slow)
    demo.tray.add_path(str(tmp_path / "slow.pdf"))
    processor = demo.tray._processor
    qtbot.waitUntil(lambda: bool(processor._documents), timeout=5000)
    [job] = processor._documents.values()
    demo.tray.chips()[0].remove_button.click()
    qtbot.waitUntil(lambda: job._proc.poll() is not None, timeout=3000)
    assert demo.tray.chips() == [] and not demo.tray.busy and not demo.tray.isVisible()


def test_chips_are_removed_with_delete_backspace_and_the_named_button(qtbot, demo, tmp_path):
    for name in ("a.txt", "b.txt", "c.txt"):
        (tmp_path / name).write_text(name)
    demo.tray.add_paths([str(tmp_path / n) for n in ("a.txt", "b.txt", "c.txt")])
    settle(qtbot, demo.tray, 3)
    changes = []
    demo.tray.changed.connect(lambda: changes.append(1))
    first = demo.tray.chips()[0]
    assert first.remove_button.accessibleName() == "Remove a.txt"
    first.setFocus()
    QTest.keyClick(first, Qt.Key.Key_Delete)
    assert [p.name for p in demo.tray.parts()] == ["b.txt", "c.txt"] and changes
    focused = QApplication.focusWidget()
    assert focused is demo.tray.chips()[0]  # focus moved to the next chip
    QTest.keyClick(focused, Qt.Key.Key_Backspace)
    assert [p.name for p in demo.tray.parts()] == ["c.txt"]
    QTest.mouseClick(demo.tray.chips()[0].remove_button, Qt.MouseButton.LeftButton)
    assert demo.tray.parts() == [] and not demo.tray.isVisible()


def test_the_same_file_twice_is_attached_once(qtbot, demo, tmp_path):
    (tmp_path / "a.txt").write_text("same")
    (tmp_path / "b.txt").write_text("same")
    demo.tray.add_paths([str(tmp_path / "a.txt"), str(tmp_path / "b.txt")])
    qtbot.waitUntil(lambda: not demo.tray.busy and len(demo.tray.chips()) == 1, timeout=10_000)
    assert any("attached already" in m for m in demo.messages)


def test_clear_and_sending_with_only_attachments(qtbot, demo, tmp_path):
    (tmp_path / "a.txt").write_text("hello")
    QTest.keyClick(demo.composer, Qt.Key.Key_Return)
    assert demo.submitted == []  # nothing typed, nothing attached: nothing sent
    demo.tray.add_path(str(tmp_path / "a.txt"))
    settle(qtbot, demo.tray, 1)
    demo.composer.setFocus()
    QTest.keyClick(demo.composer, Qt.Key.Key_Return)
    assert demo.submitted == [""]
    demo.tray.clear()
    assert demo.tray.parts() == [] and not demo.tray.isVisible()


def test_the_paperclip_opens_a_picker_whose_files_are_attached(qtbot, demo, tmp_path):
    (tmp_path / "notes.csv").write_text("a,b\n1,2\n")
    QTest.mouseClick(demo.button, Qt.MouseButton.LeftButton)
    dialog = demo.button.dialog
    assert isinstance(dialog, QFileDialog) and dialog.isVisible()
    assert dialog.fileMode() == QFileDialog.FileMode.ExistingFiles
    dialog.setDirectory(str(tmp_path))
    dialog.selectFile(str(tmp_path / "notes.csv"))
    dialog.accept()
    settle(qtbot, demo.tray, 1)
    assert demo.tray.parts()[0].name == "notes.csv"
    assert demo.button.accessibleName() == "Attach files"


def test_results_arrive_inside_the_apps_qasync_loop(qloop, qtbot, demo, tmp_path):
    from tests.ui.conftest import until

    (tmp_path / "a.json").write_text('{"a": 1}')
    (tmp_path / "b.png").write_bytes(png_header(50_000, 50_000))

    async def scenario() -> None:
        demo.tray.add_paths([str(tmp_path / "a.json"), str(tmp_path / "b.png")])
        await until(lambda: not demo.tray.busy, 15, "the attachments")

    qloop.run_until_complete(scenario())
    assert [p.name for p in demo.tray.parts()] == ["a.json"]
    assert [f.kind for f in demo.tray.failures()] == ["image"]
