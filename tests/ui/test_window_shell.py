"""The window around the chat: notices, Help, remembered folders, the growing composer,
themed icons and the send/stop button."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QRect, Qt, QUrl, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QFileDialog, QLabel

from ava_desktop import __version__
from ava_desktop.core.conversation.parts import FilePart
from ava_desktop.ui.appearance import apply_theme
from ava_desktop.ui.attachment_view import AttachmentViewer
from ava_desktop.ui.send_stop import SendStopButton
from ava_desktop.ui.window.help import AboutDialog, ShortcutsDialog, keys_of
from tests.ui.conftest import until
from tests.ui.helpers import ask

CTRL = Qt.KeyboardModifier.ControlModifier


def _show(window, width: int = 1280, height: int = 800) -> None:
    window.resize(width, height)
    window.show()
    QApplication.processEvents()


def test_a_notice_does_not_move_the_transcript(make_app, qloop, llm_server):
    app = make_app(llm_server.base_url)
    window = app.window
    _show(window)
    tab = window.current_tab()
    before = (tab.view.geometry(), tab.composer.geometry())
    window.notify("Copied the last answer as Markdown")
    QApplication.processEvents()
    assert window.toast.isVisible() and window.toast.text().startswith("Copied")
    assert (tab.view.geometry(), tab.composer.geometry()) == before
    assert not window.statusBar().isVisible()  # nothing appears below to push things up


def _in_viewport(window, tab) -> QRect:
    """The toast's rectangle in the transcript viewport's coordinates."""
    viewport = tab.view.viewport()
    top_left = viewport.mapFrom(window, window.toast.geometry().topLeft())
    return QRect(top_left, window.toast.size())


def test_a_notice_covers_no_text_being_read(make_app, qloop, llm_server):
    """A short conversation: under its text, above the composer, never over the first
    message's header. Following a long one: at the top, over older text, not the newest."""
    app = make_app(llm_server.base_url)
    window = app.window
    _show(window, 800, 600)
    # one resize is enough: a long endpoint name in the model row does not hold it wider
    assert window.width() == 800 and not window.sidebar.isVisible()
    tab = window.current_tab()
    ask(qloop, tab, "How do I sort a list?")
    window.notify("Model ready… 100%")
    QApplication.processEvents()
    toast = _in_viewport(window, tab)
    viewport = tab.view.viewport().rect()
    assert viewport.contains(toast)  # over the transcript, not the composer or the tabs
    assert toast.top() > tab.view.document().size().height()  # below every line of text
    composer_top = tab.composer.mapTo(window, tab.composer.rect().topLeft()).y()
    assert window.toast.geometry().bottom() < composer_top
    assert window.toast.width() < 300  # as wide as its text, not a band across the chat

    llm_server.reply(tokens=["line\n\n"] * 80)
    ask(qloop, tab, "a long one")
    bar = tab.view.verticalScrollBar()
    assert bar.maximum() > 0 and bar.value() == bar.maximum()  # following the newest text
    window.notify("Copied the last answer as Markdown")
    QApplication.processEvents()
    toast = _in_viewport(window, tab)
    assert viewport.contains(toast) and toast.bottom() < viewport.height() // 3


def test_ctrl_slash_lists_every_shortcut_of_every_action(make_app, qloop, llm_server):
    app = make_app(llm_server.base_url)
    window = app.window

    async def scenario():
        QTest.keyClick(window, Qt.Key.Key_Slash, CTRL)
        await until(lambda: window.findChild(ShortcutsDialog, "shortcutsDialog") is not None)
        dialog = window.findChild(ShortcutsDialog, "shortcutsDialog")
        rows = dialog.rows()
        listed = {(action, keys) for _where, action, keys in rows}
        with_keys = [a for a in window.actions() if a.shortcuts()]
        assert len(with_keys) >= 20
        for action in with_keys:  # built from the actions: nothing can be missing
            name = action.text().replace("&", "").rstrip("…")
            assert (name, keys_of(action)) in listed, name
        assert ("Conversation Sidebar", "Ctrl+B") in listed
        assert ("Reopen Closed Tab", "Ctrl+Shift+T") in listed
        assert ("Keyboard Shortcuts", "Ctrl+/") in listed
        QTest.keyClicks(dialog.filter, "sidebar")
        assert {r[1] for r in dialog.rows()} >= {"Conversation Sidebar", "Search in the Sidebar"}
        assert all("sidebar" in " ".join(r).lower() for r in dialog.rows())
        dialog.close()

    qloop.run_until_complete(scenario())


class _UrlCatcher(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.urls: list[QUrl] = []

    @Slot(QUrl)
    def open(self, url: QUrl) -> None:
        self.urls.append(url)


def test_about_shows_version_licence_and_opens_the_data_folder(make_app, qloop, llm_server):
    app = make_app(llm_server.base_url)
    window = app.window
    catcher = _UrlCatcher()
    QDesktopServices.setUrlHandler("file", catcher, "open")
    try:
        window.act_about.trigger()
        dialog = window.findChild(AboutDialog, "aboutDialog")
        text = " ".join(label.text() for label in dialog.findChildren(QLabel))
        assert __version__ in text and "MIT" in text
        assert str(app.paths.data_dir) in text and str(app.paths.log_dir) in text
        QTest.mouseClick(dialog.open_buttons["data"], Qt.MouseButton.LeftButton)
        QTest.mouseClick(dialog.open_buttons["logs"], Qt.MouseButton.LeftButton)
        assert [Path(u.toLocalFile()) for u in catcher.urls] == [app.paths.data_dir,
                                                                 app.paths.log_dir]
        dialog.close()
    finally:
        QDesktopServices.unsetUrlHandler("file")


def test_file_dialogs_open_in_the_folder_used_last(make_app, qloop, llm_server, tmp_path):
    app = make_app(llm_server.base_url)
    window = app.window
    store = app.ctx.store
    conv = store.create_conversation("Folder test")
    store.add_message(conv.id, "user", "q")
    window.open_conversation(conv.id)
    exports = tmp_path / "my exports"
    exports.mkdir()
    window.export_current()
    dialog = window.findChild(QFileDialog, "exportDialog")
    assert Path(dialog.directory().absolutePath()) == Path.home()
    dialog.fileSelected.emit(str(exports / "chat.md"))
    dialog.close()
    assert (exports / "chat.md").exists()
    QApplication.processEvents()
    window.export_all()  # another export: starts where the last one went
    dialog = window.findChild(QFileDialog, "exportDialog")
    assert Path(dialog.directory().absolutePath()) == exports
    dialog.close()
    window.import_conversations()  # import has its own memory
    dialog = window.findChild(QFileDialog, "importDialog")
    assert Path(dialog.directory().absolutePath()) == Path.home()
    dialog.close()
    # an attachment saved from its viewer: its own memory too
    viewer = AttachmentViewer(FilePart("notes.txt", "text/plain", "walrus notes"), None,
                              window)
    saves = tmp_path / "saved attachments"
    saves.mkdir()
    for expected in (Path.home(), saves):
        viewer.save_as()
        dialog = viewer.findChild(QFileDialog, "saveAttachmentDialog")
        assert Path(dialog.directory().absolutePath()) == expected
        dialog.fileSelected.emit(str(saves / "notes.txt"))
        dialog.close()
        dialog.setParent(None)  # the next lookup finds the next dialog
        QApplication.processEvents()
    assert (saves / "notes.txt").read_text() == "walrus notes"
    viewer.close()
    qloop.run_until_complete(app.ctx.save_settings())
    saved = app.ctx.settings_store.load()[0]
    assert saved.last_folders["export"] == str(exports)
    assert saved.last_folders["save-attachment"] == str(saves)


def test_the_composer_grows_with_its_text_up_to_40_percent(make_app, qloop, llm_server):
    app = make_app(llm_server.base_url)
    window = app.window
    _show(window, 1000, 700)
    composer = window.current_tab().composer
    empty = composer.height()
    composer.setFocus()
    for i in range(4):
        QTest.keyClicks(composer, f"line {i}")
        QTest.keyClick(composer, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    QApplication.processEvents()
    grown = composer.height()
    assert grown > empty + 2 * composer.fontMetrics().lineSpacing()
    for _ in range(60):
        QTest.keyClick(composer, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    QApplication.processEvents()
    assert composer.height() == int(window.height() * 0.4)
    view = window.current_tab().view
    assert view.height() > 150  # the transcript keeps the rest
    composer.selectAll()
    QTest.keyClick(composer, Qt.Key.Key_Delete)
    QApplication.processEvents()
    assert composer.height() == empty


def test_icons_follow_the_theme_text_colour(make_app, qloop, llm_server):
    app = make_app(llm_server.base_url)
    window = app.window

    def ink(action) -> tuple[int, int, int]:
        image = action.icon().pixmap(32, 32).toImage()
        pixels = [image.pixelColor(x, y) for x in range(32) for y in range(32)]
        solid = [p for p in pixels if p.alpha() > 200]
        assert solid, "the icon is empty"
        return solid[0].red(), solid[0].green(), solid[0].blue()

    apply_theme("light")
    light = ink(window.act_copy_last)
    apply_theme("dark")
    dark = ink(window.act_copy_last)
    assert sum(light) < 200 < 500 < sum(dark)  # dark ink on light, light ink on dark
    for action in (window.act_new, window.act_regenerate, window.act_edit_last,
                   window.act_settings, window.act_sidebar, window.act_prev_version):
        assert not action.icon().isNull(), action.text()


def test_send_stop_button_is_one_button_that_changes(qtbot):
    button = SendStopButton()
    qtbot.addWidget(button)
    sent, stopped = [], []
    button.sendClicked.connect(lambda: sent.append(1))
    button.stopClicked.connect(lambda: stopped.append(1))
    assert not button.isEnabled()  # nothing to send yet
    button.set_state(busy=False, can_send=True)
    assert button.accessibleName() == "Send the message" and "Enter" in button.toolTip()
    QTest.mouseClick(button, Qt.MouseButton.LeftButton)
    button.set_state(busy=True, can_send=False)
    assert button.isEnabled() and button.accessibleName() == "Stop the answer"
    assert "Esc" in button.toolTip()
    QTest.mouseClick(button, Qt.MouseButton.LeftButton)
    assert (sent, stopped) == ([1], [1])


def _lightness(toast) -> tuple[int, int, int]:
    """The darkest, the most common and the lightest lightness (0-255) of the toast's text
    area as the toast draws it: the ground, and the text on it."""
    image = toast.grab().toImage()
    area = toast.label.geometry()
    values = sorted(image.pixelColor(x, y).lightness() for x in range(area.left(), area.right())
                    for y in range(area.top(), area.bottom()))
    return values[0], max(set(values), key=values.count), values[-1]


def test_a_notice_follows_the_theme_and_stays_readable(make_app, qloop, llm_server):
    app = make_app(llm_server.base_url)
    window = app.window
    _show(window)
    window.notify("Shown before the theme changes")
    try:
        for theme in ("dark", "light"):
            app.ctx.settings_service.update(theme=theme)
            QApplication.processEvents()
            window.notify("Model ready… 100%")
            QApplication.processEvents()
            darkest, ground, lightest = _lightness(window.toast)
            if theme == "dark":  # a dark ground with light text
                assert ground < 100 and lightest > 180, (darkest, ground, lightest)
            else:
                assert ground > 180 and darkest < 100, (darkest, ground, lightest)
    finally:
        apply_theme("system")
