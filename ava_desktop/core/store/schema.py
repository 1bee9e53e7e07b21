"""The schema as an ordered list of forward migrations.

``MIGRATIONS[i]`` takes a database from ``user_version == i`` to ``i + 1``. Never edit a
released step: append a new one. Tests build a database at every earlier version with the DDL
below and migrate it, so each step must keep the data it finds.
"""

from __future__ import annotations

import sqlite3

# Version 1: the first schema. No soft delete, no uuid, no usage/reasoning, no search.
V1 = """
CREATE TABLE conversations (
    id            INTEGER PRIMARY KEY,
    title         TEXT NOT NULL DEFAULT '',
    created_at    REAL NOT NULL,
    updated_at    REAL NOT NULL,
    provider      TEXT,
    model         TEXT,
    system_prompt TEXT,
    params        TEXT NOT NULL DEFAULT '{}'
);
CREATE INDEX conversations_updated ON conversations(updated_at);
CREATE TABLE messages (
    id              INTEGER PRIMARY KEY,
    conversation_id INTEGER NOT NULL REFERENCES conversations(id) ON DELETE CASCADE,
    position        INTEGER NOT NULL,
    role            TEXT NOT NULL CHECK (role IN ('system', 'user', 'assistant')),
    content         TEXT NOT NULL DEFAULT '',
    state           TEXT NOT NULL DEFAULT 'complete'
                    CHECK (state IN ('complete', 'streaming', 'stopped', 'interrupted', 'error')),
    model           TEXT,
    created_at      REAL NOT NULL,
    error           TEXT,
    timings         TEXT NOT NULL DEFAULT '{}',
    UNIQUE (conversation_id, position)
);
CREATE INDEX messages_streaming ON messages(state) WHERE state = 'streaming';
CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
"""

# Version 2: delete with undo (soft delete), a stable uuid per conversation for idempotent
# import, and token usage / reasoning text on messages.
V2 = """
ALTER TABLE conversations ADD COLUMN uuid TEXT;
ALTER TABLE conversations ADD COLUMN deleted_at REAL;
UPDATE conversations SET uuid = lower(hex(randomblob(16))) WHERE uuid IS NULL;
CREATE UNIQUE INDEX conversations_uuid ON conversations(uuid);
CREATE INDEX conversations_deleted ON conversations(deleted_at) WHERE deleted_at IS NOT NULL;
ALTER TABLE messages ADD COLUMN usage TEXT;
ALTER TABLE messages ADD COLUMN reasoning TEXT;
"""

# Version 3: full-text search. External-content FTS5 tables kept in sync by triggers. A message
# is indexed only once it leaves the 'streaming' state, so the ~0.5 s write-backs of a growing
# answer never re-index it; the update that ends the stream indexes it once.
V3 = """
CREATE VIRTUAL TABLE message_fts USING fts5(
    content, content='messages', content_rowid='id', tokenize='unicode61 remove_diacritics 2'
);
CREATE VIRTUAL TABLE conversation_fts USING fts5(
    title, content='conversations', content_rowid='id',
    tokenize='unicode61 remove_diacritics 2'
);
CREATE TRIGGER messages_fts_ai AFTER INSERT ON messages WHEN new.state != 'streaming' BEGIN
    INSERT INTO message_fts(rowid, content) VALUES (new.id, new.content);
END;
CREATE TRIGGER messages_fts_ad AFTER DELETE ON messages WHEN old.state != 'streaming' BEGIN
    INSERT INTO message_fts(message_fts, rowid, content) VALUES ('delete', old.id, old.content);
END;
CREATE TRIGGER messages_fts_au AFTER UPDATE OF content, state ON messages
WHEN old.state != 'streaming' OR new.state != 'streaming' BEGIN
    INSERT INTO message_fts(message_fts, rowid, content)
        SELECT 'delete', old.id, old.content WHERE old.state != 'streaming';
    INSERT INTO message_fts(rowid, content)
        SELECT new.id, new.content WHERE new.state != 'streaming';
END;
CREATE TRIGGER conversations_fts_ai AFTER INSERT ON conversations BEGIN
    INSERT INTO conversation_fts(rowid, title) VALUES (new.id, new.title);
END;
CREATE TRIGGER conversations_fts_ad AFTER DELETE ON conversations BEGIN
    INSERT INTO conversation_fts(conversation_fts, rowid, title)
        VALUES ('delete', old.id, old.title);
END;
CREATE TRIGGER conversations_fts_au AFTER UPDATE OF title ON conversations BEGIN
    INSERT INTO conversation_fts(conversation_fts, rowid, title)
        VALUES ('delete', old.id, old.title);
    INSERT INTO conversation_fts(rowid, title) VALUES (new.id, new.title);
END;
INSERT INTO message_fts(rowid, content)
    SELECT id, content FROM messages WHERE state != 'streaming';
INSERT INTO conversation_fts(rowid, title) SELECT id, title FROM conversations;
"""

# Version 4: a conversation is a tree. Each message names its parent; a parent remembers which
# child (version) is shown, and the conversation which first message is. Regenerate and edit
# add siblings instead of deleting. Parts that are not the text (attachments, tool calls and
# results) are JSON in ``parts``; attachment bytes live once per content in ``blobs``.
# The linear history every earlier version holds becomes one path: parent = previous position.
V4 = """
ALTER TABLE messages ADD COLUMN parent_id INTEGER REFERENCES messages(id) ON DELETE CASCADE;
ALTER TABLE messages ADD COLUMN active_child INTEGER;
ALTER TABLE messages ADD COLUMN parts TEXT;
ALTER TABLE conversations ADD COLUMN active_root INTEGER;
ALTER TABLE conversations ADD COLUMN draft TEXT;
UPDATE messages SET parent_id = linked.prev, active_child = linked.next
FROM (SELECT id,
             lag(id) OVER (PARTITION BY conversation_id ORDER BY position) AS prev,
             lead(id) OVER (PARTITION BY conversation_id ORDER BY position) AS next
      FROM messages) AS linked
WHERE messages.id = linked.id;
CREATE INDEX messages_parent ON messages(parent_id);
CREATE TABLE blobs (
    sha256     TEXT PRIMARY KEY,
    mime       TEXT NOT NULL,
    size       INTEGER NOT NULL,
    data       BLOB NOT NULL,
    created_at REAL NOT NULL
);
CREATE TABLE message_blobs (
    message_id INTEGER NOT NULL REFERENCES messages(id) ON DELETE CASCADE,
    sha256     TEXT NOT NULL REFERENCES blobs(sha256),
    PRIMARY KEY (message_id, sha256)
) WITHOUT ROWID;
CREATE INDEX message_blobs_sha ON message_blobs(sha256);
"""

MIGRATIONS: tuple[str, ...] = (V1, V2, V3, V4)
LATEST_VERSION = len(MIGRATIONS)


def split_statements(script: str) -> list[str]:
    """Split a DDL script into statements (trigger bodies contain ';').

    ``executescript`` would commit first, and a migration must run inside our transaction.
    """
    statements: list[str] = []
    current = ""
    for line in script.splitlines(keepends=True):
        current += line
        if sqlite3.complete_statement(current):
            statements.append(current.strip())
            current = ""
    if current.strip():
        raise ValueError(f"incomplete SQL statement: {current.strip()[:80]!r}")
    return statements


def migrate(conn: sqlite3.Connection, from_version: int, to_version: int = LATEST_VERSION) -> None:
    """Apply each step in its own transaction, bumping ``user_version`` with it.

    A crash between steps leaves a valid database at an intermediate version that the next
    start continues from. Foreign keys are off while steps run (the caller turns them on
    after), as SQLite advises for schema changes: checked row by row they made the v4 step
    twice as slow. Each step is checked as a whole instead, and undone if it left more
    references to missing rows than it found.
    """
    conn.execute("PRAGMA foreign_keys = OFF")
    for version in range(from_version, to_version):
        conn.execute("BEGIN IMMEDIATE")
        try:
            dangling = _dangling(conn)
            for statement in split_statements(MIGRATIONS[version]):
                conn.execute(statement)
            if _dangling(conn) > dangling:
                raise sqlite3.IntegrityError(
                    f"schema step {version + 1} left references to missing rows")
            conn.execute(f"PRAGMA user_version = {version + 1}")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        conn.execute("COMMIT")


def _dangling(conn: sqlite3.Connection) -> int:
    return conn.execute("SELECT count(*) FROM pragma_foreign_key_check").fetchone()[0]
