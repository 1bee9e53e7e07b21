"""Migration benchmark (run by hand): python tests/benchmarks/migration.py [--conversations N]

Builds a schema-v3 database (the last release before the conversation tree) of 10,000
conversations x 20 messages with the released steps (``MIGRATIONS[:3]``), then times
``Store.open`` on a fresh copy of it (integrity check, the copy kept before migrating, the v4
step, start-up repairs) against naive ways of linking each message to the previous one:
a correlated subquery per row, and a Python loop issuing one UPDATE per message. Every result
is checked: each message's parent is the one before it and its shown child the one after.
"""

from __future__ import annotations

import argparse
import random
import shutil
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from ava_desktop.core.store import Store  # noqa: E402
from ava_desktop.core.store.schema import MIGRATIONS, V4, migrate, split_statements  # noqa: E402

_TEXT = ("walrus tusk seal ocean ice model token stream answer question python sqlite "
         "window tree branch version the a of to and in is it that for on with")
WORDS = _TEXT.split()

# The v4 step with its window function swapped for what one would write first.
NAIVE_LINK = """UPDATE messages SET
    parent_id = (SELECT p.id FROM messages p WHERE p.conversation_id = messages.conversation_id
                 AND p.position < messages.position ORDER BY p.position DESC LIMIT 1),
    active_child = (SELECT n.id FROM messages n WHERE n.conversation_id = messages.conversation_id
                    AND n.position > messages.position ORDER BY n.position LIMIT 1);"""


def build_v3(path: Path, conversations: int, per_conversation: int, seed: int = 1) -> None:
    rng = random.Random(seed)
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("BEGIN")
    for step in MIGRATIONS[:2]:  # v1 and v2 tables; v3 indexes what is there in one go
        for statement in split_statements(step):
            conn.execute(statement)
    now = time.time() - 86400 * 365
    conn.executemany(
        "INSERT INTO conversations (id, title, created_at, updated_at, params, uuid)"
        " VALUES (?, ?, ?, ?, '{}', ?)",
        [(c, f"chat {c} " + " ".join(rng.choices(WORDS, k=4)), now + c, now + c + 60,
          f"{c:032x}") for c in range(1, conversations + 1)])
    rows = []
    mid = 0
    for c in range(1, conversations + 1):
        for pos in range(per_conversation):
            mid += 1
            rows.append((mid, c, pos, "user" if pos % 2 == 0 else "assistant",
                         " ".join(rng.choices(WORDS, k=rng.randint(10, 60))), now + c + pos))
    conn.executemany(
        "INSERT INTO messages (id, conversation_id, position, role, content, created_at)"
        " VALUES (?, ?, ?, ?, ?, ?)", rows)
    for statement in split_statements(MIGRATIONS[2]):
        conn.execute(statement)
    conn.execute("PRAGMA user_version = 3")
    conn.execute("COMMIT")
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()


def check(conn: sqlite3.Connection, expected: int) -> None:
    """Every message follows the previous one and shows the next; nothing lost."""
    count, bad = conn.execute(
        "SELECT count(*), sum(m.parent_id IS NOT (SELECT id FROM messages p WHERE"
        " p.conversation_id = m.conversation_id AND p.position = m.position - 1)"
        " OR m.active_child IS NOT (SELECT id FROM messages n WHERE"
        " n.conversation_id = m.conversation_id AND n.position = m.position + 1))"
        " FROM messages m").fetchone()
    assert count == expected, (count, expected)
    assert bad == 0, f"{bad} messages are linked wrongly"


def fresh_copy(source: Path, work: Path, name: str) -> Path:
    target = work / name / "conversations.sqlite3"
    if target.parent.exists():
        shutil.rmtree(target.parent)
    target.parent.mkdir()
    shutil.copy(source, target)
    return target


class Clock:
    """Wall and CPU seconds of a block (on a shared machine CPU time is the steadier one)."""

    def __enter__(self) -> Clock:
        self.wall, self.cpu = time.perf_counter(), time.process_time()
        return self

    def __exit__(self, *exc: object) -> None:
        self.wall, self.cpu = time.perf_counter() - self.wall, time.process_time() - self.cpu

    @property
    def both(self) -> tuple[float, float]:
        return self.wall, self.cpu


def best(samples: list[tuple[float, float]]) -> tuple[float, float]:
    return min(w for w, _ in samples), min(c for _, c in samples)


def time_store_open(source: Path, work: Path) -> tuple[tuple[float, float], int]:
    path = fresh_copy(source, work, "store")
    with Clock() as clock:
        store = Store.open(path)
    elapsed = clock.both
    try:
        assert store.connection.execute("PRAGMA user_version").fetchone()[0] == len(MIGRATIONS)
        total = store.connection.execute("SELECT count(*) FROM messages").fetchone()[0]
        check(store.connection, total)
        conv = store.list_conversations(limit=1)[0]
        assert len(store.messages(conv.id)) == total // store.count_conversations()
    finally:
        store.close()
    kept = path.with_name(path.name + ".v3-backup")
    assert kept.exists(), "no copy kept before migrating"
    return elapsed, kept.stat().st_size


def time_parts(source: Path, work: Path) -> tuple[tuple[float, float], tuple[float, float]]:
    """What Store.open does besides the step: the quick check and keeping the copy."""
    path = fresh_copy(source, work, "parts")
    conn = sqlite3.connect(path, isolation_level=None)
    with Clock() as checked:
        assert [r[0] for r in conn.execute("PRAGMA quick_check")] == ["ok"]
    with Clock() as copied:
        target = sqlite3.connect(path.with_name("copy.sqlite3"))
        conn.backup(target)
        target.close()
    conn.close()
    return checked.both, copied.both


def time_step(source: Path, work: Path, label: str, link_sql: str | None,
              python_loop: bool = False, foreign_keys: bool = False) -> tuple[float, float]:
    """Only the v4 step, on a raw connection, with the linking done as ``label`` says."""
    path = fresh_copy(source, work, label.split()[0])
    conn = sqlite3.connect(path, isolation_level=None)
    statements = split_statements(V4)
    link = next(i for i, s in enumerate(statements) if s.startswith("UPDATE messages"))
    # off as migrate() runs every step; on: how the step ran before (checked row by row)
    conn.execute(f"PRAGMA foreign_keys = {'ON' if foreign_keys else 'OFF'}")
    clock = Clock().__enter__()
    if label.startswith("window"):  # exactly what Store.open runs
        migrate(conn, 3)
        statements = []
    else:
        conn.execute("BEGIN IMMEDIATE")
    for i, statement in enumerate(statements):
        if i != link:
            conn.execute(statement)
        elif python_loop:
            rows = conn.execute("SELECT id, conversation_id FROM messages"
                                " ORDER BY conversation_id, position").fetchall()
            for (mid, cid), nxt in zip(rows, [*rows[1:], (None, None)], strict=True):
                prev = conn.execute("SELECT id FROM messages WHERE conversation_id = ? AND"
                                    " id < ? ORDER BY position DESC LIMIT 1",
                                    (cid, mid)).fetchone()
                conn.execute("UPDATE messages SET parent_id = ?, active_child = ? WHERE id = ?",
                             (prev[0] if prev else None, nxt[0] if nxt[1] == cid else None,
                              mid))
        else:
            conn.execute(link_sql or statement)
    if statements:
        conn.execute("PRAGMA user_version = 4")
        conn.execute("COMMIT")
    clock.__exit__()
    total = conn.execute("SELECT count(*) FROM messages").fetchone()[0]
    check(conn, total)
    conn.close()
    return clock.both


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--conversations", type=int, default=10_000)
    parser.add_argument("--messages", type=int, default=20, help="per conversation")
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="ava-migration-") as tmp:
        work = Path(tmp)
        source = work / "v3.sqlite3"
        t = time.perf_counter()
        build_v3(source, args.conversations, args.messages)
        build = time.perf_counter() - t
        size = source.stat().st_size
        total = args.conversations * args.messages
        print(f"v3 database: {args.conversations:,} conversations x {args.messages} messages ="
              f" {total:,} messages, {size / 2**20:.0f} MB (built in {build:.1f} s)\n")
        rows: list[tuple[str, tuple[float, float]]] = []
        opens = [time_store_open(source, work) for _ in range(args.runs)]
        rows.append(("Store.open: check + keep a copy + v3->v4 + repairs",
                     best([o[0] for o in opens])))
        parts = [time_parts(source, work) for _ in range(args.runs)]
        rows.append(("  of which: quick_check", best([p[0] for p in parts])))
        rows.append(("  of which: keeping the copy (SQLite backup API)",
                     best([p[1] for p in parts])))
        rows.append(("v4 step alone, window function (shipped)",
                     best([time_step(source, work, "window", None) for _ in range(args.runs)])))
        rows.append(("v4 step alone, foreign keys checked per row (before)",
                     best([time_step(source, work, "fk", None, foreign_keys=True)
                           for _ in range(args.runs)])))
        rows.append(("v4 step alone, correlated subquery per row (naive)",
                     best([time_step(source, work, "subquery", NAIVE_LINK)
                           for _ in range(args.runs)])))
        rows.append(("v4 step alone, one UPDATE per message from Python (naive)",
                     time_step(source, work, "loop", None, python_loop=True)))
        base = rows[3][1]
        width = max(len(r[0]) for r in rows)
        print(f"{'scenario'.ljust(width)} | wall s | CPU s | CPU vs shipped step"
              f"   (best of {args.runs})")
        print(f"{'-' * width}-|--------|-------|--------------------")
        for name, (wall, cpu) in rows:
            print(f"{name.ljust(width)} | {wall:6.2f} | {cpu:5.2f} | {cpu / base[1]:6.1f}x")
        print(f"\ncopy kept before migrating: {opens[0][1] / 2**20:.0f} MB;"
              " every message's parent is the previous one (checked after each run)")


if __name__ == "__main__":
    main()
