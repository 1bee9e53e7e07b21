"""The clean-shutdown flag: after a clean close the integrity check runs in the background,
after anything else before ``open`` returns; either way a damaged file is reported and never
written. Real SQLite files, damaged on purpose byte by byte."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from ava_desktop.core.store import Store, StoreCorruptError

FLAG = "clean_shutdown"


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "data" / "conversations.sqlite3"


def _flag(path: Path) -> str | None:
    conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        row = conn.execute("SELECT value FROM meta WHERE key = ?", (FLAG,)).fetchone()
    finally:
        conn.close()
    return row[0] if row else None


def _fill(path: Path, messages: int = 400) -> None:
    with Store.open(path) as store:
        conv = store.create_conversation("Long", "env", "m")
        for i in range(messages):
            store.add_message(conv.id, "user" if i % 2 == 0 else "assistant", f"text {i} " * 40)


def _spoil_messages_table(path: Path) -> None:
    """Break the root page of the messages table; the streaming-state index (which is all
    the opening reads of it) and the other tables stay intact."""
    conn = sqlite3.connect(path)
    page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = 'messages'").fetchone()[0]
    conn.close()
    with path.open("r+b") as fh:
        fh.seek((root - 1) * page_size)
        fh.write(b"\xff" * 16)


def test_close_marks_the_file_clean_and_the_first_write_clears_the_mark(db_path):
    _fill(db_path, 4)
    assert _flag(db_path) == "1"
    store = Store.open(db_path)
    try:
        assert store.verify() is None
        assert _flag(db_path) == "1"  # reading writes nothing, not even the flag
        store.create_conversation("new")
        assert _flag(db_path) is None  # a crash from now on is not a clean shutdown
    finally:
        store.close()
    assert _flag(db_path) == "1"


def test_damage_after_a_clean_close_is_found_in_the_background_and_nothing_is_written(db_path):
    _fill(db_path)
    _spoil_messages_table(db_path)
    before = db_path.read_bytes()
    store = Store.open(db_path)  # clean flag: opens at once, checks on its thread
    try:
        problem = store.verify()
        assert problem is not None and "integrity check" in problem and "unchanged" in problem
        assert store.damaged == problem
        with pytest.raises(StoreCorruptError):
            store.create_conversation("must not be written")
        with pytest.raises(StoreCorruptError):
            store.save_window_state([], -1)
    finally:
        store.close()
    assert db_path.read_bytes() == before  # not even the clean flag on close


def test_the_first_write_waits_for_the_background_verdict(db_path):
    _fill(db_path)
    _spoil_messages_table(db_path)
    before = db_path.read_bytes()
    store = Store.open(db_path)
    try:  # no verify() first: the write itself must wait for the check and refuse
        with pytest.raises(StoreCorruptError):
            store.create_conversation("must not be written")
    finally:
        store.close()
    assert db_path.read_bytes() == before


def test_without_the_flag_the_check_runs_before_open_returns(db_path):
    _fill(db_path)
    conn = sqlite3.connect(db_path)  # as after a crash: close() never ran
    conn.execute("DELETE FROM meta WHERE key = ?", (FLAG,))
    conn.commit()
    conn.close()
    _spoil_messages_table(db_path)
    before = db_path.read_bytes()
    with pytest.raises(StoreCorruptError, match="integrity check"):
        Store.open(db_path)
    assert db_path.read_bytes() == before


def test_a_crash_after_the_first_write_leaves_no_clean_flag(db_path):
    _fill(db_path, 4)
    store = Store.open(db_path)
    store.create_conversation("written, then the process dies")
    store._lock.release()  # what a SIGKILL leaves: no close(), the lock freed by the OS
    assert _flag(db_path) is None
    reopened = Store.open(db_path)  # synchronous check; the file is fine
    try:
        assert reopened.verify() is None
        assert len(reopened.list_conversations()) == 2
    finally:
        reopened.close()
