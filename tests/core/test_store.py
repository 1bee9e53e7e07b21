"""Store behaviour on real SQLite files in tmp_path: CRUD, delete+undo, window state, search,
and the ways a database can refuse to open (locked, corrupt, too new) without being touched."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from ava_desktop.core.conversation.node import Node
from ava_desktop.core.conversation.saving import AnswerSaver
from ava_desktop.core.store import (
    LATEST_VERSION,
    NotFoundError,
    Store,
    StoreCorruptError,
    StoreError,
    StoreLockedError,
    StoreTooNewError,
)
from ava_desktop.core.store.lock import LockFile


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "data" / "conversations.sqlite3"


@pytest.fixture
def store(db_path: Path):
    s = Store.open(db_path)
    yield s
    s.close()


def _other_connection(path: Path) -> sqlite3.Connection:
    """A second, independent reader: sees only what was committed."""
    return sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)


# ---------------------------------------------------------------------- conversations/messages
def test_open_sets_up_wal_schema_and_pragmas(store: Store, db_path: Path) -> None:
    conn = store.connection
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert conn.execute("PRAGMA synchronous").fetchone()[0] == 1  # NORMAL
    assert conn.execute("PRAGMA user_version").fetchone()[0] == LATEST_VERSION
    assert db_path.with_name(db_path.name + ".lock").exists()


def test_conversations_crud_and_order(store: Store) -> None:
    a = store.create_conversation("first", provider="openai", model="gpt", params={"t": 0.2},
                                  created_at=100.0)
    b = store.create_conversation("second", created_at=200.0)
    assert [c.id for c in store.list_conversations()] == [b.id, a.id]
    store.add_message(a.id, "user", "hi", created_at=300.0)  # activity moves it to the top
    assert [c.id for c in store.list_conversations()] == [a.id, b.id]
    assert [c.id for c in store.list_conversations(limit=1, offset=1)] == [b.id]
    assert store.count_conversations() == 2

    store.rename(a.id, "renamed")
    store.update_conversation_settings(a.id, model="other", system_prompt="be brief")
    got = store.get_conversation(a.id)
    assert (got.title, got.provider, got.model, got.system_prompt, got.params) == (
        "renamed", "openai", "other", "be brief", {"t": 0.2})
    assert got.updated_at == 300.0  # renaming does not reorder history
    store.update_conversation_settings(a.id, provider=None, params=None)
    got = store.get_conversation(a.id)
    assert got.provider is None and got.params == {} and got.model == "other"
    assert len(got.uuid) == 32 and got.uuid != b.uuid
    with pytest.raises(NotFoundError):
        store.get_conversation(9999)
    with pytest.raises(NotFoundError):
        store.rename(9999, "x")


def test_messages_order_update_and_truncate(store: Store) -> None:
    c = store.create_conversation()
    texts = ["# q1\n\n```py\nprint(1)\n```\n", "a1", "q2", "a2", "q3"]
    msgs = [store.add_message(c.id, "user" if i % 2 == 0 else "assistant", t)
            for i, t in enumerate(texts)]
    assert [m.content for m in store.messages(c.id)] == texts  # exact Markdown kept
    assert [m.position for m in store.messages(c.id)] == [0, 1, 2, 3, 4]
    assert [m.content for m in store.messages(c.id, last=2)] == ["a2", "q3"]
    assert store.message_count(c.id) == 5

    store.update_message(msgs[3].id, content="a2!", state="error", error="HTTP 500",
                         timings={"ttft_s": 0.5}, usage={"total_tokens": 7}, reasoning="hmm",
                         model="m1")
    m = store.get_message(msgs[3].id)
    assert (m.content, m.state, m.error, m.timings, m.usage, m.reasoning, m.model) == (
        "a2!", "error", "HTTP 500", {"ttft_s": 0.5}, {"total_tokens": 7}, "hmm", "m1")
    store.update_message(msgs[3].id, error=None)
    assert store.get_message(msgs[3].id).error is None
    with pytest.raises(ValueError):
        store.update_message(msgs[3].id, state="bogus")
    with pytest.raises(ValueError):
        store.add_message(c.id, "tool", "x")

    with pytest.raises(NotFoundError):
        store.add_message(9999, "user", "x")


def test_versions_are_siblings_and_nothing_is_deleted(store: Store) -> None:
    """Regenerate and edit add a sibling; the shown path follows it; switching goes back."""
    c = store.create_conversation("t")
    q1 = store.add_message(c.id, "user", "q1")
    a1 = store.add_message(c.id, "assistant", "a1", parent_id=q1.id)
    q2 = store.add_message(c.id, "user", "q2", parent_id=a1.id)
    a2 = store.add_message(c.id, "assistant", "a2", parent_id=q2.id)
    regen = store.add_message(c.id, "assistant", "a1 again", parent_id=q1.id)
    assert [m.content for m in store.messages(c.id)] == ["q1", "a1 again"]
    edited = store.add_message(c.id, "user", "q1 edited", parent_id=None)
    assert [m.content for m in store.messages(c.id)] == ["q1 edited"]
    assert store.message_count(c.id) == 6  # every word kept
    store.show_version(a2.id)  # a deep version brings its whole branch back
    assert [m.id for m in store.messages(c.id)] == [q1.id, a1.id, q2.id, a2.id]
    assert [m.content for m in store.messages(c.id, last=2)] == ["q2", "a2"]
    store.show_version(regen.id)
    assert [m.id for m in store.messages(c.id)] == [q1.id, regen.id]
    assert {m.id for m in store.all_messages(c.id)} == {
        q1.id, a1.id, q2.id, a2.id, regen.id, edited.id}
    other = store.create_conversation("o")
    with pytest.raises(NotFoundError):  # a parent from another conversation is refused
        store.add_message(other.id, "assistant", "x", parent_id=q1.id)


def test_blobs_are_kept_once_and_freed_with_their_last_message(store: Store) -> None:
    c = store.create_conversation("t")
    store.put_blob("ab" * 32, "image/png", b"PNG-bytes")
    store.put_blob("ab" * 32, "image/png", b"PNG-bytes")  # the same content: stored once
    part = {"kind": "image", "sha256": "ab" * 32, "mime": "image/png", "name": "shot.png"}
    m = store.add_message(c.id, "user", "look", parts=[part])
    assert store.get_message(m.id).parts == [part]
    assert store.get_blob("ab" * 32) == b"PNG-bytes"
    store.delete_conversation(c.id)
    assert store.purge_deleted() == 1
    assert store.get_blob("ab" * 32) is None


def test_a_blob_shared_by_two_conversations_survives_deleting_one(store: Store) -> None:
    store.put_blob("cd" * 32, "image/png", b"shared")
    store.put_blob("ef" * 32, "image/png", b"only in a tool result")
    part = {"kind": "image", "sha256": "cd" * 32, "mime": "image/png", "name": "s.png"}
    tool = {"kind": "tool_result", "call_id": "c", "name": "t", "content": "",
            "images": [{**part, "sha256": "ef" * 32}]}
    first, second = store.create_conversation("1"), store.create_conversation("2")
    store.add_message(first.id, "user", "a", parts=[part])
    store.add_message(first.id, "assistant", "b", parts=[tool])
    store.add_message(second.id, "user", "c", parts=[part])
    store.delete_conversation(first.id)
    store.purge_deleted()
    assert store.get_blob("cd" * 32) == b"shared"  # the second conversation still uses it
    assert store.get_blob("ef" * 32) is None  # only the deleted one did (inside a result)
    store.delete_conversation(second.id)
    store.purge_deleted()
    assert store.get_blob("cd" * 32) is None


def test_a_tool_results_image_keeps_its_blob(store: Store) -> None:
    """Images nested in a tool result link their blob too, so a purge does not free it."""
    store.put_blob("ab" * 32, "image/png", b"chart")
    c = store.create_conversation("t")
    store.add_message(c.id, "assistant", "", parts=[{
        "kind": "tool_result", "call_id": "c", "name": "plot", "content": "",
        "images": [{"kind": "image", "sha256": "ab" * 32, "mime": "image/png"}]}])
    assert store.drop_unused_blobs() == 0 and store.get_blob("ab" * 32) == b"chart"


def test_user_message_is_committed_before_add_message_returns(store: Store, db_path: Path
                                                              ) -> None:
    c = store.create_conversation("t")
    m = store.add_message(c.id, "user", "sent to the server next")
    reader = _other_connection(db_path)
    try:
        row = reader.execute("SELECT content FROM messages WHERE id = ?", (m.id,)).fetchone()
    finally:
        reader.close()
    assert row == ("sent to the server next",)


def test_transaction_is_atomic(store: Store) -> None:
    with pytest.raises(RuntimeError), store.transaction():
        c = store.create_conversation("half")
        store.add_message(c.id, "user", "x")
        raise RuntimeError("boom")
    assert store.list_conversations() == []
    assert store.connection.execute("SELECT count(*) FROM messages").fetchone()[0] == 0


# ---------------------------------------------------------------------- delete with undo
def test_delete_undo_and_purge(store: Store, db_path: Path) -> None:
    keep = store.create_conversation("keep")
    gone = store.create_conversation("gone zebra")
    store.add_message(gone.id, "user", "zebra stripes")
    store.save_window_state([keep.id, gone.id], 1)

    store.delete_conversation(gone.id)
    assert [c.id for c in store.list_conversations()] == [keep.id]
    assert store.search("zebra") == []
    assert store.load_window_state() == ([keep.id], 0)
    with pytest.raises(NotFoundError):
        store.get_conversation(gone.id)
    assert store.get_conversation(gone.id, include_deleted=True).deleted_at is not None

    store.restore_conversation(gone.id)  # undo
    assert {c.id for c in store.list_conversations()} == {keep.id, gone.id}
    assert [h.conversation_id for h in store.search("zebra")] == [gone.id]
    assert [m.content for m in store.messages(gone.id)] == ["zebra stripes"]

    store.delete_conversation(gone.id)
    store.close()
    reopened = Store.open(db_path)  # a delete from an earlier session is final
    try:
        assert reopened.purged_at_open == 1
        assert reopened.find_conversation_by_uuid(gone.uuid) is None
        n = reopened.connection.execute("SELECT count(*) FROM messages").fetchone()[0]
        assert n == 0
        with pytest.raises(NotFoundError):
            reopened.restore_conversation(gone.id)
        assert reopened.integrity_check() == ["ok"]
    finally:
        reopened.close()


# ---------------------------------------------------------------------- window state
def test_window_state_round_trip_and_deleted_tabs(store: Store, db_path: Path) -> None:
    assert store.load_window_state() == ([], -1)
    a, b, c = (store.create_conversation(t) for t in "abc")
    store.save_window_state([c.id, a.id, b.id], 2)
    store.close()
    s2 = Store.open(db_path)
    try:
        assert s2.load_window_state() == ([c.id, a.id, b.id], 2)
        s2.delete_conversation(b.id)  # the current tab's conversation is gone: nearest earlier
        assert s2.load_window_state() == ([c.id, a.id], 1)
        s2.save_window_state([b.id, 424242, a.id], 0)  # current gone: first remaining
        assert s2.load_window_state() == ([a.id], 0)
        s2.connection.execute("UPDATE meta SET value = '[garbage' WHERE key = 'window_state'")
        assert s2.load_window_state() == ([], -1)
    finally:
        s2.close()


# ---------------------------------------------------------------------- search
def test_search_highlights_titles_and_messages(store: Store) -> None:
    c1 = store.create_conversation("Asyncio questions")
    store.add_message(c1.id, "user", "How does the event loop schedule callbacks?")
    c2 = store.create_conversation("Cooking")
    store.add_message(c2.id, "user", "What pasta goes with pesto?")
    m2 = store.add_message(c2.id, "assistant", "Trofie. Or linguine: the **event** of the year.")

    hits = store.search("event")
    assert {h.conversation_id for h in hits} == {c1.id, c2.id}
    by_conv = {h.conversation_id: h for h in hits}
    assert by_conv[c2.id].message_id == m2.id and by_conv[c2.id].role == "assistant"
    h = by_conv[c2.id]
    assert "<b>event</b>" in h.snippet_html
    assert [h.snippet[s:e] for s, e in h.spans] == ["event"]

    title_hit = store.search("asyncio")[0]
    assert title_hit.conversation_id == c1.id and title_hit.message_id is None
    assert title_hit.title_html == "<b>Asyncio</b> questions"
    # prefix matching on the last word (search as you type), diacritics folded
    assert [h.conversation_id for h in store.search("pes")] == [c2.id]
    assert store.search("pes ") == []  # a finished word is not a prefix
    store.add_message(c2.id, "user", "Crème brûlée")
    assert [h.conversation_id for h in store.search("creme brulee")] == [c2.id]
    # title matches come before message-only matches
    c3 = store.create_conversation("Event planning")
    assert store.search("event")[0].conversation_id == c3.id
    assert store.integrity_check() == ["ok"]


@pytest.mark.parametrize("query", [
    'foo"bar', "AND", "OR", "NOT", "*", "-x", '"', '"unbalanced', "NEAR(a b", "a AND OR b",
    "(((", "col:value", "^start", "x" * 10_000, "\x00", "🙂", "' OR 1=1 --", "a " * 200, "",
    "   ", "\\", "{a b}", "a+b", "title:foo",
])
def test_hostile_queries_never_raise(store: Store, query: str) -> None:
    c = store.create_conversation("foo bar AND x")
    store.add_message(c.id, "user", 'foo"bar -x AND OR NOT near title value start a b')
    hits = store.search(query)
    assert isinstance(hits, list)


def test_search_terms_are_literal_words(store: Store) -> None:
    c = store.create_conversation("t")
    store.add_message(c.id, "user", "cats and dogs")
    assert [h.conversation_id for h in store.search("cats AND")] == [c.id]  # AND is a word
    assert store.search("cats NOT") == []  # 'not' is not in the text
    assert [h.conversation_id for h in store.search('dog"s')] == []  # phrase "dog s"
    assert [h.conversation_id for h in store.search("-dogs")] == [c.id]  # not a negation


def test_search_output_is_safe_html_against_hostile_content(store: Store) -> None:
    evil = ('<script>alert(1)</script> <img src=x onerror=alert(2)> needle & "quotes" '
            "\x02forged\x03 marker </b><b> needle")
    c = store.create_conversation("<i>needle</i> title")
    store.add_message(c.id, "assistant", evil)
    [hit] = store.search("needle")
    for text in (hit.snippet_html, hit.title_html):
        stripped = text.replace("<b>", "").replace("</b>", "")
        assert "<" not in stripped and ">" not in stripped
        assert text.count("<b>") == text.count("</b>")
    assert "&lt;script&gt;" in hit.snippet_html
    assert "\x02" not in hit.snippet and "\x03" not in hit.snippet
    assert all(hit.snippet[s:e].lower() == "needle" for s, e in hit.spans)
    assert hit.title_html == "&lt;i&gt;<b>needle</b>&lt;/i&gt; title"


def test_streaming_answers_are_indexed_once_finished(store: Store) -> None:
    c = store.create_conversation("t")
    ans = store.add_message(c.id, "assistant", "", state="streaming")
    node = Node.from_message(ans)
    writer = AnswerSaver(store, node, interval=0.0)
    node.chunks.append("the quick brown walrus")
    assert writer.maybe_save()
    assert store.get_message(ans.id).content == "the quick brown walrus"
    assert store.search("walrus") == []  # not re-indexed on every write-back
    fts_rows = store.connection.execute("SELECT count(*) FROM message_fts_docsize").fetchone()
    assert fts_rows == (0,)
    node.chunks.append(" ate kelp")
    node.state = "stopped"
    writer.finish()
    [hit] = store.search("walrus kelp")
    assert hit.message_id == ans.id
    store.update_message(ans.id, content="now about otters")  # edits re-index
    assert store.search("walrus") == [] and len(store.search("otters")) == 1
    store.delete_conversation(c.id)
    store.purge_deleted()
    assert store.search("otters") == []
    assert store.integrity_check() == ["ok"]


def test_search_limit_and_one_hit_per_conversation(store: Store) -> None:
    ids = []
    for i in range(5):
        c = store.create_conversation(f"c{i}")
        for _ in range(3):
            store.add_message(c.id, "user", "needle in a haystack")
        ids.append(c.id)
    hits = store.search("needle", limit=3)
    assert len(hits) == 3 and len({h.conversation_id for h in hits}) == 3
    assert len(store.search("needle")) == 5
    assert store.search("needle", limit=0) == []


# ---------------------------------------------------------------------- saving answers
class FakeClock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


def test_an_answer_is_saved_on_interval_and_at_its_end(store: Store) -> None:
    c = store.create_conversation()
    ans = store.add_message(c.id, "assistant", "", state="streaming", model="m")
    node = Node.from_message(ans)
    clock = FakeClock()
    w = AnswerSaver(store, node, interval=0.5, clock=clock)
    node.chunks.append("Hel")
    assert w.maybe_save() is False
    clock.now = 0.3
    node.chunks.append("lo")
    assert w.maybe_save() is False
    assert store.get_message(ans.id).content == ""
    clock.now = 0.6
    node.chunks.append(",")
    assert w.maybe_save() is True
    assert store.get_message(ans.id).content == "Hello,"
    node.chunks.append(" world")
    clock.now = 0.9
    assert w.maybe_save() is False
    clock.now = 1.2
    assert w.maybe_save() is True  # a timer saves text that came before a pause
    assert store.get_message(ans.id).content == "Hello, world"
    clock.now = 2.0
    assert w.maybe_save() is False  # nothing new
    node.reasoning_chunks.append("thinking…")
    assert w.save()
    assert store.get_message(ans.id).reasoning == "thinking…"
    node.state = "complete"
    node.timings = {"ttft_s": 0.1, "duration_s": 1.2}
    node.usage = {"completion_tokens": 3}
    assert w.finish()
    final = store.get_message(ans.id)
    assert (final.content, final.state, final.timings["duration_s"], final.usage) == (
        "Hello, world", "complete", 1.2, {"completion_tokens": 3})
    assert w.writes == 4


def test_the_interval_stretches_for_huge_answers(store: Store) -> None:
    c = store.create_conversation()
    ans = store.add_message(c.id, "assistant", "", state="streaming")
    node = Node.from_message(ans)
    w = AnswerSaver(store, node, interval=0.5, max_interval=1.0, clock=FakeClock())
    assert w.interval == 0.5
    node.chunks.append("x" * 400_000)
    assert 0.5 < w.interval <= 1.0
    node.chunks.append("x" * 2_000_000)
    assert w.interval == 1.0


def test_an_error_keeps_the_partial_text(store: Store) -> None:
    c = store.create_conversation()
    ans = store.add_message(c.id, "assistant", "", state="streaming")
    node = Node.from_message(ans)
    w = AnswerSaver(store, node, interval=10.0)
    node.chunks.append("partial ")
    node.state, node.error = "error", "connection reset"
    assert w.finish()
    m = store.get_message(ans.id)
    assert (m.content, m.state, m.error) == ("partial ", "error", "connection reset")


# ---------------------------------------------------------------------- startup fix-ups
def test_streaming_answers_become_interrupted_at_open(store: Store, db_path: Path) -> None:
    c = store.create_conversation()
    store.add_message(c.id, "user", "question")
    ans = store.add_message(c.id, "assistant", "half an ans", state="streaming")
    done = store.add_message(c.id, "assistant", "done", state="complete")
    store.connection.close()  # simulate a crash: no orderly close/finish
    store._lock.release()
    store._conn = None  # type: ignore[assignment]
    s2 = Store.open(db_path)
    try:
        assert s2.interrupted_message_ids == [ans.id]
        assert s2.get_message(ans.id).state == "interrupted"
        assert s2.get_message(done.id).state == "complete"
        assert [h.message_id for h in s2.search("half")] == [ans.id]  # now indexed
    finally:
        s2.close()


# ---------------------------------------------------------------------- refusing to open
def test_second_instance_gets_locked_error(store: Store, db_path: Path) -> None:
    with pytest.raises(StoreLockedError, match="already in use"):
        Store.open(db_path)
    store.close()
    Store.open(db_path).close()  # the lock goes with the first instance


@pytest.mark.parametrize("payload", [
    b"this is not a database, just some text\n" * 50,
    b"\x00" * 8192,
    b"SQLite format 3",  # truncated header
])
def test_garbage_file_is_reported_and_kept(db_path: Path, payload: bytes) -> None:
    db_path.parent.mkdir(parents=True)
    db_path.write_bytes(payload)
    with pytest.raises(StoreCorruptError) as info:
        Store.open(db_path)
    assert str(db_path) in str(info.value) and "kept" in str(info.value)
    assert db_path.read_bytes() == payload
    assert not db_path.with_name(db_path.name + "-wal").exists()
    lock = LockFile(db_path.with_name(db_path.name + ".lock"))
    lock.acquire(db_path)  # the failed open released its lock
    lock.release()


def test_damaged_pages_are_reported_and_kept(db_path: Path) -> None:
    s = Store.open(db_path)
    c = s.create_conversation("t")
    for i in range(200):
        s.add_message(c.id, "user", f"message {i} " * 50)
    s.close()
    data = bytearray(db_path.read_bytes())
    page = 4096
    assert len(data) > 8 * page
    data[2 * page: 6 * page] = b"\xa5" * (4 * page)  # header intact, b-tree pages trashed
    db_path.write_bytes(bytes(data))
    with pytest.raises(StoreCorruptError, match="kept"):
        Store.open(db_path)
    assert db_path.read_bytes() == bytes(data)


def test_newer_schema_is_refused_and_kept(db_path: Path) -> None:
    Store.open(db_path).close()
    conn = sqlite3.connect(db_path)
    conn.execute(f"PRAGMA user_version = {LATEST_VERSION + 1}")
    conn.close()
    before = db_path.read_bytes()
    with pytest.raises(StoreTooNewError, match="newer Ava Desktop"):
        Store.open(db_path)
    assert db_path.read_bytes() == before


def test_empty_file_is_a_new_database(db_path: Path) -> None:
    db_path.parent.mkdir(parents=True)
    db_path.touch()
    with Store.open(db_path) as s:
        assert s.list_conversations() == []


def test_disk_full_while_saving_is_a_store_error_and_rolls_back(store: Store) -> None:
    c = store.create_conversation("t")
    ans = store.add_message(c.id, "assistant", "short", state="streaming")
    pages = store.connection.execute("PRAGMA page_count").fetchone()[0]
    store.connection.execute(f"PRAGMA max_page_count = {pages}")  # the "disk" is now full
    with pytest.raises(StoreError, match="full"):
        store.update_message(ans.id, content="x" * 200_000)
    assert store.get_message(ans.id).content == "short"
    store.connection.execute("PRAGMA max_page_count = 1073741823")
    store.update_message(ans.id, content="x" * 200_000)  # usable again once there is space
    assert len(store.get_message(ans.id).content) == 200_000


def test_pinned_conversations_come_first_in_pinned_order(tmp_path):
    with Store.open(tmp_path / "db.sqlite3") as store:
        ids = [store.create_conversation(f"c{i}", updated_at=float(i)).id for i in range(4)]
        store.set_pinned(ids[0], True)
        store.set_pinned(ids[1], True)  # pinned later: above the first pin
        listed = store.list_conversations(pinned_first=True)
        assert [c.id for c in listed] == [ids[1], ids[0], ids[3], ids[2]]
        assert listed[0].pinned_at is not None and listed[2].pinned_at is None
        assert [c.id for c in store.list_conversations(2, 1, pinned_first=True)] == [ids[0],
                                                                                   ids[3]]
        store.set_pinned(ids[1], False)
        assert [c.id for c in store.list_conversations(pinned_first=True)][:2] == [ids[0],
                                                                                 ids[3]]
        with pytest.raises(NotFoundError):
            store.set_pinned(9999, True)
