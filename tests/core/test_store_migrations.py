"""Databases written by every earlier schema version open, migrate and keep their data.

The old DDL is frozen here on purpose (not imported from schema.py): editing a released
migration in place would then fail these tests instead of silently changing history.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from ava_desktop.core.store import LATEST_VERSION, Store
from ava_desktop.core.store.schema import MIGRATIONS, split_statements

V1_DDL = """
CREATE TABLE conversations (
    id INTEGER PRIMARY KEY, title TEXT NOT NULL DEFAULT '', created_at REAL NOT NULL,
    updated_at REAL NOT NULL, provider TEXT, model TEXT, system_prompt TEXT,
    params TEXT NOT NULL DEFAULT '{}'
);
CREATE INDEX conversations_updated ON conversations(updated_at);
CREATE TABLE messages (
    id INTEGER PRIMARY KEY,
    conversation_id INTEGER NOT NULL REFERENCES conversations(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    role TEXT NOT NULL CHECK (role IN ('system', 'user', 'assistant')),
    content TEXT NOT NULL DEFAULT '',
    state TEXT NOT NULL DEFAULT 'complete'
          CHECK (state IN ('complete', 'streaming', 'stopped', 'interrupted', 'error')),
    model TEXT, created_at REAL NOT NULL, error TEXT, timings TEXT NOT NULL DEFAULT '{}',
    UNIQUE (conversation_id, position)
);
CREATE INDEX messages_streaming ON messages(state) WHERE state = 'streaming';
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
PRAGMA user_version = 1;
"""

V2_DDL = """
ALTER TABLE conversations ADD COLUMN uuid TEXT;
ALTER TABLE conversations ADD COLUMN deleted_at REAL;
UPDATE conversations SET uuid = lower(hex(randomblob(16))) WHERE uuid IS NULL;
CREATE UNIQUE INDEX conversations_uuid ON conversations(uuid);
CREATE INDEX conversations_deleted ON conversations(deleted_at) WHERE deleted_at IS NOT NULL;
ALTER TABLE messages ADD COLUMN usage TEXT;
ALTER TABLE messages ADD COLUMN reasoning TEXT;
PRAGMA user_version = 2;
"""


def _fill_v1(conn: sqlite3.Connection) -> None:
    conn.execute(
        "INSERT INTO conversations VALUES (1, 'Old chat about walruses', 10, 20, 'openai',"
        " 'gpt-x', 'be kind', '{\"temperature\": 0.3}')"
    )
    conn.execute("INSERT INTO conversations VALUES (2, 'Second', 30, 40, NULL, NULL, NULL, '{}')")
    rows = [
        (1, 1, 0, "user", "Tell me about **walruses**", "complete", None, 11, None, "{}"),
        (2, 1, 1, "assistant", "Walruses are large.", "complete", "gpt-x", 12, None,
         '{"ttft_s": 0.4}'),
        (3, 2, 0, "user", "And seals?", "complete", None, 31, None, "{}"),
        (4, 2, 1, "assistant", "Seals are smal", "streaming", "gpt-x", 32, None, "{}"),
    ]
    conn.executemany("INSERT INTO messages VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)
    conn.execute(
        "INSERT INTO meta VALUES ('window_state', '{\"open\": [2, 1], \"current\": 1}')"
    )


def _build(path: Path, version: int) -> None:
    conn = sqlite3.connect(path)
    try:
        conn.executescript(V1_DDL)
        _fill_v1(conn)
        if version >= 2:
            conn.executescript(V2_DDL)
            conn.execute("UPDATE messages SET usage = '{\"total_tokens\": 9}' WHERE id = 2")
            conn.execute("UPDATE conversations SET uuid = 'fixed-uuid' WHERE id = 1")
        if version >= 3:  # released as written in schema.py (steps are never edited)
            for statement in split_statements(MIGRATIONS[2]):
                conn.execute(statement)
            conn.execute("PRAGMA user_version = 3")
        conn.commit()
        assert conn.execute("PRAGMA user_version").fetchone()[0] == version
    finally:
        conn.close()


def test_every_earlier_version_is_covered() -> None:
    assert LATEST_VERSION == len(MIGRATIONS) == 4  # add a builder above when this grows
    assert list(range(1, LATEST_VERSION)) == RELEASED


def _dump(path: Path) -> list[str]:
    conn = sqlite3.connect(path)
    try:
        return list(conn.iterdump())
    finally:
        conn.close()


RELEASED = [1, 2, 3]


@pytest.mark.parametrize("version", RELEASED)
def test_migrates_old_database_keeping_data(tmp_path: Path, version: int) -> None:
    path = tmp_path / "old.sqlite3"
    _build(path, version)
    before = _dump(path)
    with Store.open(path) as store:
        assert store.connection.execute("PRAGMA user_version").fetchone()[0] == LATEST_VERSION
        assert store.connection.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        convs = store.list_conversations()
        assert [c.id for c in convs] == [2, 1]
        old = store.get_conversation(1)
        assert (old.title, old.provider, old.model, old.system_prompt, old.params) == (
            "Old chat about walruses", "openai", "gpt-x", "be kind", {"temperature": 0.3})
        assert old.uuid == ("fixed-uuid" if version >= 2 else old.uuid) and old.uuid
        assert len({c.uuid for c in convs}) == 2
        msgs = store.messages(1)
        assert [(m.role, m.content) for m in msgs] == [
            ("user", "Tell me about **walruses**"), ("assistant", "Walruses are large.")]
        assert msgs[1].timings == {"ttft_s": 0.4}
        assert msgs[1].usage == ({"total_tokens": 9} if version >= 2 else None)
        # the answer left streaming by the old version is repaired and then searchable
        assert store.interrupted_message_ids == [4]
        assert store.get_message(4).state == "interrupted"
        assert [h.conversation_id for h in store.search("walrus")] == [1]
        assert [h.message_id for h in store.search("seals smal")] == [4]
        assert store.load_window_state() == ([2, 1], 1)
        # new features work on migrated data
        store.delete_conversation(1)
        store.restore_conversation(1)
        store.add_message(2, "user", "more", reasoning="r", usage={"x": 1})
        assert store.integrity_check() == ["ok"]
        # the linear history became one path of the tree: each message follows the previous
        assert [(m.id, m.parent_id) for m in store.messages(1)] == [(1, None), (2, 1)]
        assert [m.content for m in store.messages(2)] == ["And seals?", "Seals are smal", "more"]
        again = store.add_message(1, "assistant", "Walruses are huge.", parent_id=1)
        assert [m.id for m in store.messages(1)] == [1, again.id]  # a new version is shown
        store.show_version(2)
        assert [m.content for m in store.messages(1)][-1] == "Walruses are large."
    # a copy of the database as it was is kept before migrating: the same schema and rows,
    # the old version, healthy, and opening it with this version migrates it like the original
    copy = path.with_name(f"{path.name}.v{version}-backup")
    assert _dump(copy) == before
    conn = sqlite3.connect(copy)
    try:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == version
        assert conn.execute("SELECT count(*) FROM messages").fetchone()[0] == 4
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        conn.close()
    assert sorted(p.name for p in tmp_path.iterdir() if "backup" in p.name) == [copy.name]
    Store.open(path).close()  # already current: no second copy
    assert sorted(p.name for p in tmp_path.iterdir() if "backup" in p.name) == [copy.name]
    restored = tmp_path / "restored.sqlite3"
    restored.write_bytes(copy.read_bytes())
    with Store.open(restored) as store:
        assert [m.content for m in store.messages(1)] == [
            "Tell me about **walruses**", "Walruses are large."]


@pytest.mark.parametrize("version", RELEASED)
def test_an_earlier_copy_is_never_overwritten(tmp_path: Path, version: int) -> None:
    """A migration that failed after its copy was kept, then tried again: both copies stay."""
    path = tmp_path / "old.sqlite3"
    _build(path, version)
    before = _dump(path)
    first = path.with_name(f"{path.name}.v{version}-backup")
    first.write_bytes(b"the only good copy")
    Store.open(path).close()
    assert first.read_bytes() == b"the only good copy"
    second = [p for p in tmp_path.iterdir() if p.name.startswith(first.name + "-")]
    assert len(second) == 1 and _dump(second[0]) == before
    conn = sqlite3.connect(second[0])
    try:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == version
    finally:
        conn.close()


def test_rows_orphaned_before_the_upgrade_are_kept(tmp_path: Path) -> None:
    """An old file edited with foreign keys off may hold a message whose conversation is
    gone; the upgrade neither fails on it nor drops it."""
    path = tmp_path / "old.sqlite3"
    _build(path, 3)
    conn = sqlite3.connect(path)
    conn.execute("INSERT INTO messages (id, conversation_id, position, role, content,"
                 " created_at) VALUES (50, 77, 0, 'user', 'orphan', 1)")
    conn.commit()
    conn.close()
    with Store.open(path) as store:
        assert store.get_message(50).content == "orphan"
        assert store.connection.execute("PRAGMA user_version").fetchone()[0] == LATEST_VERSION


def test_a_step_that_leaves_dangling_references_is_undone(tmp_path: Path,
                                                         monkeypatch: pytest.MonkeyPatch
                                                         ) -> None:
    from ava_desktop.core.store import schema

    path = tmp_path / "old.sqlite3"
    _build(path, 3)
    broken = schema.V4.replace("lag(id)", "-lag(id)")  # parents that do not exist
    monkeypatch.setattr(schema, "MIGRATIONS", (*schema.MIGRATIONS[:3], broken))
    with pytest.raises(Exception, match="left references to missing rows"):
        Store.open(path)
    conn = sqlite3.connect(path)
    try:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == 3
        assert "parent_id" not in {r[1] for r in conn.execute("PRAGMA table_info(messages)")}
    finally:
        conn.close()


def test_no_copy_for_a_new_or_current_database(tmp_path: Path) -> None:
    path = tmp_path / "new.sqlite3"
    Store.open(path).close()
    Store.open(path).close()
    assert sorted(p.name for p in tmp_path.iterdir() if "backup" in p.name) == []


def test_migration_step_failure_rolls_back_that_step(tmp_path: Path) -> None:
    """A crash or error inside a step leaves the database at the previous version."""
    path = tmp_path / "old.sqlite3"
    _build(path, 2)
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE message_fts (x)")  # makes step 3 fail midway
    conn.commit()
    conn.close()
    with pytest.raises(Exception, match="message_fts"):
        Store.open(path)
    conn = sqlite3.connect(path)
    try:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == 2
        assert conn.execute("SELECT count(*) FROM messages").fetchone()[0] == 4
    finally:
        conn.close()


def test_split_statements_keeps_trigger_bodies_whole() -> None:
    statements = split_statements(MIGRATIONS[2])
    triggers = [s for s in statements if s.startswith("CREATE TRIGGER")]
    assert len(triggers) == 6 and all(s.endswith("END;") for s in triggers)
