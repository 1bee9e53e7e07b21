"""The conversation sidebar, driven with real keys and clicks in the real window."""

from __future__ import annotations

import time
from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from ava_desktop.ui.sidebar.delegate import HIT_H, marked_pieces
from ava_desktop.ui.sidebar.groups import group_label
from ava_desktop.ui.sidebar.model import PAGE, Roles
from tests.ui.conftest import until

DAY = 86400.0
CTRL = Qt.KeyboardModifier.ControlModifier


def _seed(store, title: str, updated_at: float | None = None, text: str = "hello") -> int:
    conv = store.create_conversation(title, "env", "test-model")
    store.add_message(conv.id, "user", text)
    store.add_message(conv.id, "assistant", f"answer to {text}", model="test-model")
    if updated_at is not None:
        store.touch(conv.id, updated_at)
    return conv.id


def _texts(sidebar) -> list[str]:
    return [r.text for r in sidebar.model.rows]


def _wide(window) -> None:
    window.resize(1280, 800)
    window.show()
    QApplication.processEvents()


def _select(sidebar, conversation_id: int) -> None:
    sidebar.list.setFocus()
    sidebar.select(conversation_id)
    assert sidebar.selected_id() == conversation_id


def test_groups_by_date_with_pinned_on_top_and_opens_by_keyboard(make_app, qloop, llm_server):
    app = make_app(llm_server.base_url)
    store, window, sidebar = app.ctx.store, app.window, app.window.sidebar
    now = time.time()
    old = _seed(store, "Old trip", now - 45 * DAY)
    week = _seed(store, "Three days ago", now - 3 * DAY)
    yesterday = _seed(store, "Yesterday's chat", now - DAY)
    today = _seed(store, "Fresh one", now)
    pinned = _seed(store, "Pinned recipe", now - 90 * DAY)
    store.set_pinned(pinned, True)
    _wide(window)
    sidebar.reload()
    assert _texts(sidebar) == [
        "Pinned", "Pinned recipe", "Today", "Fresh one", "Yesterday", "Yesterday's chat",
        "Previous 7 days", "Three days ago", group_label(now - 45 * DAY, now), "Old trip"]

    async def scenario():
        # Ctrl+Shift+K: the search field; Down: the list, on the first conversation
        QTest.keyClick(window, Qt.Key.Key_K, CTRL | Qt.KeyboardModifier.ShiftModifier)
        assert sidebar.search.hasFocus()
        QTest.keyClick(sidebar.search, Qt.Key.Key_Down)
        assert sidebar.list.hasFocus() and sidebar.selected_id() == pinned
        QTest.keyClick(sidebar.list, Qt.Key.Key_Down)  # the "Today" heading is skipped
        assert sidebar.selected_id() == today
        QTest.keyClick(sidebar.list, Qt.Key.Key_Return)  # this tab (the blank one goes)
        await until(lambda: window.current_tab().conversation_id == today)
        assert window.tabs.count() == 1
        sidebar.list.setFocus()
        QTest.keyClick(sidebar.list, Qt.Key.Key_Down)
        assert sidebar.selected_id() == yesterday
        QTest.keyClick(sidebar.list, Qt.Key.Key_Return)  # replaces the current tab
        await until(lambda: window.current_tab().conversation_id == yesterday)
        assert [t.conversation_id for t in window.chat_tabs()] == [yesterday]
        sidebar.list.setFocus()
        QTest.keyClick(sidebar.list, Qt.Key.Key_Down)
        QTest.keyClick(sidebar.list, Qt.Key.Key_Return, CTRL)  # Ctrl+Enter: a new tab
        await until(lambda: window.tabs.count() == 2)
        assert [t.conversation_id for t in window.chat_tabs()] == [yesterday, week]
        # a middle click opens in a new tab too
        index = sidebar.model.index(sidebar.model.row_of(old))
        rect = sidebar.list.visualRect(index)
        QTest.mouseClick(sidebar.list.viewport(), Qt.MouseButton.MiddleButton,
                         Qt.KeyboardModifier.NoModifier, rect.center())
        await until(lambda: window.tabs.count() == 3)
        assert window.current_tab().conversation_id == old
        # the current tab's conversation is marked in the list; Esc goes to the message box
        assert sidebar.model.current_id == old
        sidebar.list.setFocus()
        QTest.keyClick(sidebar.list, Qt.Key.Key_Escape)
        assert window.current_tab().composer.hasFocus()

    qloop.run_until_complete(scenario())


def test_delete_with_undo_rename_and_pin(make_app, qloop, llm_server):
    app = make_app(llm_server.base_url)
    store, window, sidebar = app.ctx.store, app.window, app.window.sidebar
    keep = _seed(store, "Keep me", time.time() - 10)
    doomed = _seed(store, "Delete me", text="zeppelins")
    _wide(window)
    sidebar.reload()

    async def scenario():
        window.open_conversation(doomed, new_tab=False)
        _select(sidebar, doomed)
        QTest.keyClick(sidebar.list, Qt.Key.Key_Delete)
        await until(lambda: store.search("zeppelins") == [])
        assert "Delete me" not in _texts(sidebar)
        assert window.tab_for(doomed) is None  # its tab closed with it
        assert window.toast.isVisible() and window.toast.text() == "Deleted “Delete me”"
        assert window.toast.button.isVisible() and window.toast.button.text() == "Undo"
        assert sidebar.selected_id() == keep  # the selection moved to a neighbour
        QTest.keyClick(sidebar.list, Qt.Key.Key_Z, CTRL)  # undo
        await until(lambda: "Delete me" in _texts(sidebar))
        assert [h.conversation_id for h in store.search("zeppelins")] == [doomed]
        # delete again and undo from the notice's button, as a mouse user would
        _select(sidebar, doomed)
        QTest.keyClick(sidebar.list, Qt.Key.Key_Delete)
        await until(lambda: "Delete me" not in _texts(sidebar))
        QTest.mouseClick(window.toast.button, Qt.MouseButton.LeftButton)
        await until(lambda: "Delete me" in _texts(sidebar))

        # F2 renames in place; the open tab follows
        window.open_conversation(keep, new_tab=False)
        _select(sidebar, keep)
        QTest.keyClick(sidebar.list, Qt.Key.Key_F2)
        editor = sidebar.list.findChild(type(sidebar.search), "sidebarRename")
        await until(lambda: editor is not None or sidebar.list.findChild(
            type(sidebar.search), "sidebarRename") is not None)
        editor = sidebar.list.findChild(type(sidebar.search), "sidebarRename")
        editor.selectAll()
        QTest.keyClicks(editor, "Renamed   chat")
        QTest.keyClick(editor, Qt.Key.Key_Return)
        await until(lambda: store.get_conversation(keep).title == "Renamed chat")
        assert window.tab_for(keep).title == "Renamed chat"
        await until(lambda: "Renamed chat" in _texts(sidebar))

        # pin from the context menu (the same menu the Menu key opens)
        row = sidebar.model.row_of(doomed)
        menu = sidebar.build_menu(sidebar.model.index(row))
        texts = [a.text().split("\t")[0] for a in menu.actions() if a.text()]
        assert texts == ["Open", "Open in New Tab", "Rename", "Pin", "Delete"]
        next(a for a in menu.actions() if a.text() == "Pin").trigger()
        menu.close()
        assert _texts(sidebar)[:2] == ["Pinned", "Delete me"]
        assert store.get_conversation(doomed).pinned_at is not None

    qloop.run_until_complete(scenario())


def test_search_field_finds_by_content_and_opens_at_the_hit(make_app, qloop, llm_server):
    app = make_app(llm_server.base_url)
    store, window, sidebar = app.ctx.store, app.window, app.window.sidebar
    _seed(store, "Cooking", text="boil an egg")
    target = _seed(store, "Space", text="what is a quasar")
    _wide(window)

    async def scenario():
        sidebar.focus_search()
        QTest.keyClicks(sidebar.search, "quasar")
        await until(lambda: _texts(sidebar) == ["1 found", "Space"], what="the hit")
        assert "quasar" in sidebar.model.rows[1].snippet
        QTest.keyClick(sidebar.search, Qt.Key.Key_Return)
        await until(lambda: window.current_tab().conversation_id == target)
        sidebar.search.clear()
        await until(lambda: "Cooking" in _texts(sidebar))

    qloop.run_until_complete(scenario())


def test_search_snippets_read_as_plain_text_with_the_matches_marked(make_app, qloop,
                                                                    llm_server):
    app = make_app(llm_server.base_url)
    store, window, sidebar = app.ctx.store, app.window, app.window.sidebar
    _seed(store, "Space", text="## Quasar notes\n\nA **quasar** is bright: call `quasar.run()`"
                                " or see [the quasar page](http://q.example/q).")
    _wide(window)

    async def scenario():
        sidebar.focus_search()
        QTest.keyClicks(sidebar.search, "quasar")
        await until(lambda: _texts(sidebar) == ["1 found", "Space"], what="the hit")
        index = sidebar.list.model().index(1, 0)
        snippet = index.data(Roles.SNIPPET)
        # the heading's #, the ** and backticks are gone, so is the "[" of the cut-off link
        assert snippet == "Quasar notes A quasar is bright: call quasar.run() or see the…"
        marked = [snippet[a:b] for a, b in index.data(Roles.SPANS)]
        assert marked == ["Quasar", "quasar", "quasar"]
        pieces = marked_pieces(snippet, index.data(Roles.SPANS))
        assert pieces[:3] == [("Quasar", True), (" notes A ", False), ("quasar", True)]
        assert sidebar.list.visualRect(index).height() == HIT_H  # drawn with its snippet line
        # the matches are drawn differently (bold): without its spans the row looks otherwise
        rect = sidebar.list.visualRect(index)
        marked_image = sidebar.list.viewport().grab(rect).toImage()
        model = sidebar.model
        model.rows[1] = replace(model.rows[1], spans=())
        model.dataChanged.emit(index, index)
        QApplication.processEvents()
        assert sidebar.list.viewport().grab(rect).toImage() != marked_image

    qloop.run_until_complete(scenario())


def test_ten_thousand_conversations_load_a_page_at_a_time(make_app, qloop, llm_server):
    app = make_app(llm_server.base_url)
    store, window, sidebar = app.ctx.store, app.window, app.window.sidebar
    now = time.time()
    with store.transaction():
        for i in range(10_000):
            store.create_conversation(f"Chat {i}", updated_at=now - i * 600)
    _wide(window)
    started = time.perf_counter()
    sidebar.reload()
    QApplication.processEvents()
    reload_s = time.perf_counter() - started
    first = sidebar.model.conversation_count()
    assert first == PAGE  # one page, not 10,000 rows
    assert reload_s < 0.5, reload_s
    bar = sidebar.list.verticalScrollBar()
    for _ in range(3):  # scrolling to the end reads the next page
        bar.setValue(bar.maximum())
        QApplication.processEvents()
    assert sidebar.model.conversation_count() >= first + 2 * PAGE
    assert sidebar.model.conversation_count() < 10_000


def test_ctrl_b_and_narrow_windows(make_app, qloop, llm_server):
    app = make_app(llm_server.base_url)
    window, sidebar = app.window, app.window.sidebar
    _wide(window)
    assert sidebar.isVisible() and window.act_sidebar.isChecked()
    QTest.keyClick(window, Qt.Key.Key_B, CTRL)
    assert not sidebar.isVisible() and app.ctx.settings.sidebar_visible is False
    QTest.keyClick(window, Qt.Key.Key_B, CTRL)
    assert sidebar.isVisible() and app.ctx.settings.sidebar_visible is True
    window.resize(800, 600)  # narrow: it steps aside by itself
    QApplication.processEvents()
    window.resize(800, 600)  # (the first resize stops at the least width with a sidebar)
    QApplication.processEvents()
    assert window.width() == 800
    assert not sidebar.isVisible() and app.ctx.settings.sidebar_visible is True
    QTest.keyClick(window, Qt.Key.Key_B, CTRL)  # shown for now, as a drawer over the chat
    QApplication.processEvents()
    assert sidebar.isVisible() and window.is_sidebar_drawer()
    assert window.width() == 800  # the chat keeps its width under the drawer
    sidebar.list.setFocus()
    QTest.keyClick(sidebar.list, Qt.Key.Key_Escape)  # Esc closes the drawer
    assert not sidebar.isVisible() and window.current_tab().composer.hasFocus()
    QTest.keyClick(window, Qt.Key.Key_B, CTRL)
    assert sidebar.isVisible()
    window.resize(1280, 800)
    QApplication.processEvents()
    assert sidebar.isVisible()
    QTest.keyClick(window, Qt.Key.Key_B, CTRL)  # hidden by the user: stays hidden
    window.resize(800, 600)
    QApplication.processEvents()
    window.resize(1280, 800)
    QApplication.processEvents()
    assert not sidebar.isVisible()
    toggle = window.tabs.cornerWidget(Qt.Corner.TopLeftCorner)
    assert toggle.isVisible() and "Ctrl+B" in toggle.toolTip()
    QTest.mouseClick(toggle, Qt.MouseButton.LeftButton)
    assert sidebar.isVisible()


def test_ctrl_shift_t_reopens_the_last_closed_tab(make_app, qloop, llm_server):
    app = make_app(llm_server.base_url)
    store, window = app.ctx.store, app.window
    first = _seed(store, "First")
    second = _seed(store, "Second")

    async def scenario():
        window.open_conversation(first)
        window.open_conversation(second)
        assert window.tabs.count() == 2
        QTest.keyClick(window, Qt.Key.Key_W, CTRL)
        QTest.keyClick(window, Qt.Key.Key_W, CTRL)
        await until(lambda: window.tab_for(first) is None and window.tab_for(second) is None)
        QTest.keyClick(window, Qt.Key.Key_T, CTRL | Qt.KeyboardModifier.ShiftModifier)
        await until(lambda: window.current_tab().conversation_id == first)
        QTest.keyClick(window, Qt.Key.Key_T, CTRL | Qt.KeyboardModifier.ShiftModifier)
        await until(lambda: window.current_tab().conversation_id == second)
        QTest.keyClick(window, Qt.Key.Key_T, CTRL | Qt.KeyboardModifier.ShiftModifier)
        assert window.toast.text() == "No closed tab to reopen"

    qloop.run_until_complete(scenario())


def test_a_tab_with_text_being_typed_is_not_replaced(make_app, qloop, llm_server):
    app = make_app(llm_server.base_url)
    store, window, sidebar = app.ctx.store, app.window, app.window.sidebar
    first = _seed(store, "First")
    other = _seed(store, "Other")
    _wide(window)
    sidebar.reload()

    async def scenario():
        window.open_conversation(first)
        tab = window.current_tab()
        QTest.keyClicks(tab.composer, "half a thought")
        index = sidebar.model.index(sidebar.model.row_of(other))
        QTest.mouseClick(sidebar.list.viewport(), Qt.MouseButton.LeftButton,
                         Qt.KeyboardModifier.NoModifier, sidebar.list.visualRect(index).center())
        await until(lambda: window.current_tab().conversation_id == other)
        assert [t.conversation_id for t in window.chat_tabs()] == [first, other]
        assert tab.composer.toPlainText() == "half a thought"

    qloop.run_until_complete(scenario())


def test_the_sidebar_keeps_its_width_after_a_narrow_spell(make_app, qloop, llm_server):
    app = make_app(llm_server.base_url)
    window, sidebar = app.window, app.window.sidebar
    _wide(window)
    width = sidebar.width()
    assert 180 <= width <= 300
    for size in ((800, 600), (800, 600), (1280, 800)):  # narrow, drawer, wide again
        window.resize(*size)
        QApplication.processEvents()
        if size[0] == 800 and not window.is_sidebar_drawer():
            QTest.keyClick(window, Qt.Key.Key_B, CTRL)
    assert sidebar.isVisible() and not window.is_sidebar_drawer()
    assert abs(sidebar.width() - width) <= 2
    assert window.tabs.width() > 900
