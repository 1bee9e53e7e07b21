"""History and search (Ctrl+K), delete with undo, export and import from the window."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox

from ava_desktop.ui.history import HistoryDialog
from tests.ui.conftest import until

FIXTURES = Path(__file__).resolve().parents[1] / "core" / "fixtures"


def _seed(store, title: str, *pairs: tuple[str, str]) -> int:
    conv = store.create_conversation(title, "env", "test-model")
    for user, answer in pairs:
        store.add_message(conv.id, "user", user)
        store.add_message(conv.id, "assistant", answer, model="test-model")
    return conv.id


def _dialog(window) -> HistoryDialog:
    return window.findChild(HistoryDialog, "historyDialog")


def test_ctrl_k_searches_and_opens_the_conversation_at_the_hit(make_app, qloop, llm_server):
    app = make_app(llm_server.base_url)
    store = app.ctx.store
    _seed(store, "Cooking", ("how to boil an egg", "Boil water, add the egg."))
    target = _seed(store, "Astronomy", ("what is a quasar", "A quasar is an active nucleus."),
                   *[(f"filler {i}", f"more filler text {i}") for i in range(30)])
    window = app.window

    async def scenario():
        QTest.keyClick(window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
        await until(lambda: _dialog(window) is not None and _dialog(window).isVisible())
        dialog = _dialog(window)
        titles = [e.title for e in dialog.entries()]
        assert titles[:2] == ["Astronomy", "Cooking"]  # newest first
        QTest.keyClicks(dialog.search, "quasar")
        await until(lambda: [e.title for e in dialog.entries()] == ["Astronomy"],
                    what="search hit")
        label = dialog.results.itemWidget(dialog.results.item(0))
        assert "<b>quasar</b>" in label.text().lower()
        QTest.keyClick(dialog.search, Qt.Key.Key_Return)
        await until(lambda: window.current_tab().conversation_id == target)

    qloop.run_until_complete(scenario())
    tab = window.current_tab()
    assert window.tabs.count() == 1  # the blank start tab was replaced
    assert tab.title == "Astronomy"
    assert len(tab.messages) == 62
    assert not tab.view.following  # scrolled to the hit, not to the bottom


def test_delete_with_undo_and_rename(make_app, qloop, llm_server):
    app = make_app(llm_server.base_url)
    store = app.ctx.store
    first = _seed(store, "Keep me", ("a", "b"))
    _seed(store, "Delete me", ("c", "d"))
    window = app.window

    async def scenario():
        window.open_conversation(first)
        window.act_history.trigger()
        await until(lambda: _dialog(window) is not None)
        dialog = _dialog(window)
        assert dialog.entries()[0].title == "Delete me"
        dialog.results.setFocus()
        dialog.results.setCurrentRow(0)
        QTest.keyClick(dialog.results, Qt.Key.Key_Delete)
        assert [e.title for e in dialog.entries()] == ["Keep me"]
        assert store.search("Delete") == []
        dialog.undo_button.click()
        assert [e.title for e in dialog.entries()] == ["Delete me", "Keep me"]
        dialog.results.setCurrentRow(1)
        QTest.keyClick(dialog.results, Qt.Key.Key_F2)
        dialog.rename_edit.selectAll()
        QTest.keyClicks(dialog.rename_edit, "Kept and renamed")
        QTest.keyClick(dialog.rename_edit, Qt.Key.Key_Return)
        await until(lambda: window.tab_for(first).title == "Kept and renamed")
        # deleting an open conversation closes its tab
        row = [e.conversation_id for e in dialog.entries()].index(first)
        dialog.results.setCurrentRow(row)
        dialog.delete_button.click()
        await until(lambda: window.tab_for(first) is None)
        dialog.close()

    qloop.run_until_complete(scenario())
    assert first not in [c.id for c in store.list_conversations()]
    assert window.tabs.count() == 1


def test_export_formats_and_imports(make_app, qloop, llm_server, tmp_path):
    app = make_app(llm_server.base_url)
    store = app.ctx.store
    window = app.window
    conv = _seed(store, "Export <me>", ("question?", "Answer with <script>x</script> **bold**"))

    async def scenario():
        window.open_conversation(conv)
        tab = window.current_tab()
        for name in ("out.md", "out.json", "out.html", "noext"):
            window.export_to(tab, str(tmp_path / name))
        window.backup_to(str(tmp_path / "backup.json"))
        await until(lambda: (tmp_path / "backup.json").exists())

    qloop.run_until_complete(scenario())
    md = (tmp_path / "out.md").read_text()
    assert "question?" in md and "Answer with <script>x</script> **bold**" in md
    assert (tmp_path / "noext.md").exists()
    assert json.loads((tmp_path / "out.json").read_text())
    page = (tmp_path / "out.html").read_text()
    assert "<script>" not in page and "&lt;script&gt;" in page
    backup = (tmp_path / "backup.json").read_text()
    assert "Export <me>" in backup or "Export \\u003cme\\u003e" in backup

    before = store.count_conversations()
    chatgpt = next(FIXTURES.rglob("conversations.json"))
    window.import_from(str(chatgpt))
    assert store.count_conversations() > before
    after_good = store.count_conversations()
    hostile = tmp_path / "hostile.json"
    hostile.write_text('{"mapping": [1, 2, 3], "oops": ')
    window.import_from(str(hostile))
    qloop.run_until_complete(until(
        lambda: any(isinstance(w, QMessageBox) and w.isVisible() and "Import failed" in
                    w.windowTitle() for w in QApplication.topLevelWidgets()),
        what="import error dialog"))
    assert store.count_conversations() == after_good
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, QMessageBox):
            widget.close()


def test_the_export_dialog_adds_the_suffix_of_the_chosen_format(make_app, qloop, llm_server,
                                                                tmp_path):
    from PySide6.QtWidgets import QFileDialog

    app = make_app(llm_server.base_url)
    window = app.window
    conv = _seed(app.ctx.store, "Suffix test", ("q", "a"))
    window.open_conversation(conv)
    window.export_current()
    dialog = window.findChild(QFileDialog, "exportDialog")
    assert dialog.defaultSuffix() == "md"
    dialog.selectNameFilter("JSON (*.json)")
    dialog.filterSelected.emit("JSON (*.json)")
    assert dialog.defaultSuffix() == "json"
    dialog.fileSelected.emit(str(tmp_path / "chosen.json"))
    assert json.loads((tmp_path / "chosen.json").read_text())
    dialog.close()
