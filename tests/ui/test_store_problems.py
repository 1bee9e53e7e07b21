"""A history database that cannot be opened: a clear message, the file kept as it was."""

from __future__ import annotations

import sqlite3

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox

from ava_desktop.core.store import DB_FILENAME, Store
from tests.ui.conftest import until
from tests.ui.helpers import ask


def _problem_box() -> QMessageBox | None:
    return next((w for w in QApplication.topLevelWidgets()
                 if isinstance(w, QMessageBox) and w.objectName() == "storeProblemDialog"
                 and w.isVisible()), None)


def _make_corrupt(path):
    path.write_bytes(b"this is not a database" * 100)


def _make_too_new(path):
    Store.open(path).close()
    db = sqlite3.connect(path)
    db.execute("PRAGMA user_version = 999")
    db.commit()
    db.close()


def _damage_after_clean_close(path):
    """Closed cleanly (so the check runs in the background), then a table broken."""
    with Store.open(path) as store:
        conv = store.create_conversation("Earlier")
        for i in range(300):
            store.add_message(conv.id, "user", f"message {i} " * 40)
    db = sqlite3.connect(path)
    page_size = db.execute("PRAGMA page_size").fetchone()[0]
    root = db.execute("SELECT rootpage FROM sqlite_master WHERE name = 'messages'").fetchone()[0]
    db.close()
    with path.open("r+b") as fh:
        fh.seek((root - 1) * page_size)
        fh.write(b"\xff" * 16)


@pytest.mark.parametrize("spoil", [_make_corrupt, _make_too_new, _damage_after_clean_close],
                         ids=["corrupt", "too-new", "damaged-after-clean-close"])
def test_bad_database_is_reported_and_never_overwritten(make_app, qloop, llm_server, tmp_path,
                                                        spoil):
    data = tmp_path / "data"
    data.mkdir()
    db_path = data / DB_FILENAME
    spoil(db_path)
    before = db_path.read_bytes()
    app = make_app(llm_server.base_url)
    qloop.run_until_complete(until(lambda: _problem_box() is not None, what="problem dialog"))
    box = _problem_box()
    assert str(db_path) in box.text() or DB_FILENAME in box.text()
    assert "not changed" in box.text()
    box.close()
    tab = app.window.current_tab()
    answer = ask(qloop, tab, "still works?")  # chatting goes on, only unsaved
    assert answer.content == "Hello, world!"
    qloop.run_until_complete(app.shutdown())
    assert db_path.read_bytes() == before


def test_a_second_instance_on_the_same_data_folder_is_told_and_changes_nothing(
        make_app, qloop, llm_server, tmp_path):
    first = make_app(llm_server.base_url)
    ask(qloop, first.window.current_tab(), "from the first instance")
    second = make_app(llm_server.base_url)
    qloop.run_until_complete(until(lambda: _problem_box() is not None))
    assert "already" in _problem_box().text().lower() or "lock" in _problem_box().text().lower()
    _problem_box().close()
    assert second.ctx.store is None
    qloop.run_until_complete(second.shutdown())
    conversations = first.ctx.store.list_conversations()
    assert [c.title for c in conversations] == ["from the first instance"]
