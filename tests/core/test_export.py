"""Export (Markdown, JSON, safe HTML, backup) and import (our backup, ChatGPT export):
round trips, the ChatGPT tree with its current branch shown, idempotence, and hostile files
that change nothing. Trees, attachments and old backups: test_importers_*.py."""

from __future__ import annotations

import json
import zipfile
from html.parser import HTMLParser
from pathlib import Path

import pytest

from ava_desktop.core import export, importers
from ava_desktop.core.importers import ImportFailed, import_data, import_file
from ava_desktop.core.store import Store

FIXTURES = Path(__file__).parent / "fixtures" / "chatgpt"
CHATGPT = FIXTURES / "conversations.json"


@pytest.fixture
def store(tmp_path: Path):
    s = Store.open(tmp_path / "a" / "db.sqlite3")
    yield s
    s.close()


@pytest.fixture
def other(tmp_path: Path):
    s = Store.open(tmp_path / "b" / "db.sqlite3")
    yield s
    s.close()


HOSTILE = (
    "<script>alert(1)</script> <img src=x onerror=alert(2)> [click](javascript:alert(3)) "
    "![pic](http://evil.example/track.png) <iframe src=//evil></iframe> "
    '<a href="file:///etc/passwd">f</a> <style>body{display:none}</style>'
)


def _sample(store: Store) -> int:
    c = store.create_conversation(
        "Lists </title><script>alert(0)</script>", provider="openai", model="gpt-4o",
        system_prompt="Be brief.",
        params={"temperature": 0.2, "max_tokens": 512, "api_key": "sk-SECRET1",
                "headers": {"Authorization": "Bearer sk-SECRET2", "X-Title": "ok"},
                "extra": [{"x-api-key": "sk-SECRET3", "top_p": 1}]},
    )
    store.add_message(c.id, "user", "How do I reverse a list?\n\n" + HOSTILE)
    store.add_message(c.id, "assistant", "Use `items[::-1]`.\n\n```python\nitems[::-1]\n```\n",
                      model="gpt-4o", timings={"ttft_s": 0.3, "duration_s": 1.5},
                      usage={"total_tokens": 42})
    store.add_message(c.id, "user", "And sorting?")
    store.add_message(c.id, "assistant", "Cut off inside code:\n\n```py\nsorted(",
                      state="interrupted", model="gpt-4o")
    store.add_message(c.id, "assistant", "", state="error", error="HTTP 429: slow down")
    return c.id


def _counts(store: Store) -> tuple[int, int]:
    conn = store.connection
    return (conn.execute("SELECT count(*) FROM conversations").fetchone()[0],
            conn.execute("SELECT count(*) FROM messages").fetchone()[0])


# ---------------------------------------------------------------------- export formats
def test_markdown_export_keeps_exact_markdown(store: Store, tmp_path: Path) -> None:
    cid = _sample(store)
    path = export.export_conversation(store, cid, tmp_path / "out" / "chat.md")
    md = path.read_text(encoding="utf-8")
    assert md.startswith("# Lists </title><script>alert(0)</script>\n")
    assert "## System prompt\n\nBe brief." in md
    assert "## User\n\nHow do I reverse a list?" in md
    assert "## Assistant (gpt-4o)\n\nUse `items[::-1]`.\n\n```python\nitems[::-1]\n```\n" in md
    # the cut-off code block is closed so it does not swallow the rest of the document
    assert "```py\nsorted(\n```\n\n> *interrupted" in md
    assert "> *failed: HTTP 429: slow down*" in md
    assert "sk-SECRET" not in md


class _TagAudit(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, list[tuple[str, str | None]]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, attrs))


def test_html_export_is_self_contained_and_safe(store: Store) -> None:
    cid = _sample(store)
    page = export.to_html(store.get_conversation(cid), store.messages(cid))
    audit = _TagAudit()
    audit.feed(page)
    tags = {t for t, _ in audit.tags}
    assert not tags & {"script", "img", "iframe", "object", "embed", "link", "base", "form",
                       "svg", "math", "video", "audio", "input"}
    assert [t for t, _ in audit.tags].count("style") == 1  # ours, in <head>
    for tag, attrs in audit.tags:
        for name, value in attrs:
            assert not name.startswith("on"), (tag, name)
            assert name not in ("src", "srcset", "action", "formaction", "background")
            if name == "href":
                assert value and value.startswith(("http://", "https://", "mailto:")), value
    csp = [dict(a) for t, a in audit.tags if t == "meta" and dict(a).get("http-equiv")]
    assert csp and "default-src 'none'" in (csp[0]["content"] or "")
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page  # shown as text
    assert "<title>Lists &lt;/title&gt;&lt;script&gt;alert(0)&lt;/script&gt;</title>" in page
    assert "ava:copy-code" not in page and "sk-SECRET" not in page
    assert "HTTP 429: slow down" in page and "javascript:" not in page.replace(
        "(javascript:alert(3))", "")


def test_strip_secrets_keeps_ordinary_params() -> None:
    params = {"temperature": 0.2, "max_tokens": 9, "api_key": "k", "API-Key": "k",
              "headers": {"Authorization": "Bearer k", "X-Title": "t"},
              "nested": [{"client_secret": "k", "top_k": 3}], "password": "p",
              "token": "t", "openai_api_key": "k"}
    assert export.strip_secrets(params) == {
        "temperature": 0.2, "max_tokens": 9, "headers": {"X-Title": "t"},
        "nested": [{"top_k": 3}]}


# ---------------------------------------------------------------------- our JSON / backup
def test_json_export_round_trips_and_reimport_is_idempotent(store: Store, other: Store,
                                                            tmp_path: Path) -> None:
    cid = _sample(store)
    path = export.export_conversation(store, cid, tmp_path / "c.json")
    doc = json.loads(path.read_text(encoding="utf-8"))
    assert doc["format"] == "ava-desktop-backup" and doc["version"] == 2
    assert "sk-SECRET" not in path.read_text(encoding="utf-8")

    result = import_file(other, path)
    assert (result.source, result.imported, result.messages) == ("ava-backup", 1, 5)
    src, dst = store.get_conversation(cid), other.get_conversation(result.conversation_ids[0])
    assert (dst.uuid, dst.title, dst.created_at, dst.updated_at, dst.model, dst.system_prompt) == (
        src.uuid, src.title, src.created_at, src.updated_at, src.model, src.system_prompt)
    assert dst.params == {"temperature": 0.2, "max_tokens": 512, "headers": {"X-Title": "ok"},
                          "extra": [{"top_p": 1}]}
    fields = ("role", "content", "state", "model", "created_at", "error", "timings", "usage")
    assert [[getattr(m, f) for f in fields] for m in other.messages(dst.id)] == [
        [getattr(m, f) for f in fields] for m in store.messages(cid)]

    again = import_file(other, path)
    assert (again.imported, again.skipped_existing) == (0, 1)
    assert other.count_conversations() == 1


def test_backup_of_everything_round_trips(store: Store, other: Store, tmp_path: Path) -> None:
    _sample(store)
    c2 = store.create_conversation("second")
    store.add_message(c2.id, "user", "hello")
    streaming = store.add_message(c2.id, "assistant", "partial", state="streaming")
    gone = store.create_conversation("deleted one")
    store.delete_conversation(gone.id)
    path = tmp_path / "backup.json"
    assert export.write_backup(store, path) == 2
    result = import_file(other, path)
    assert result.imported == 2 and result.messages == 7
    assert [c.title for c in other.list_conversations()] == [
        c.title for c in store.list_conversations()]
    imported = other.messages(other.list_conversations()[0].id)
    assert imported[-1].state == "interrupted"  # a streaming answer in a backup is not live
    assert streaming.id  # (the source keeps its own state)
    assert other.search("hello")[0].title == "second"
    assert import_file(other, path).skipped_existing == 2


# ---------------------------------------------------------------------- ChatGPT
def _check_chatgpt_import(store: Store, result: importers.ImportResult) -> None:
    # every version is kept (two old branches), the current one is shown
    assert (result.source, result.imported, result.messages) == ("chatgpt", 2, 9)
    first, second = (store.get_conversation(i) for i in result.conversation_ids)
    assert first.title == "Reversing lists in Python"
    assert first.uuid == "chatgpt-6f1c2a3b-0000-4000-8000-000000000001"
    assert (first.created_at, first.updated_at, first.model) == (
        1700000000.5, 1700000400.25, "gpt-4o")
    msgs = store.messages(first.id)
    assert [(m.role, m.content) for m in msgs] == [
        ("user", "[Image “shot.png” not imported: it was not in the files given (import the "
                 "export's .zip or its folder to keep images).]\n\n"
                 "How do I reverse a list in Python? See the screenshot."),
        ("assistant", "Use slicing:\n\n```python\nitems[::-1]\n```\n\nor `list(reversed(items))`."),
        ("user", "Can you time both?"),
        ("assistant", "Slicing took **0.21 s** for a million runs."),
    ]
    assert [m.model for m in msgs] == [None, "gpt-4o", None, "gpt-4o"]
    assert msgs[0].created_at == 1700000010.0
    # hidden system node, custom-instructions node, tool call, tool output
    assert (result.skipped_items, result.missing_images, result.attachments) == (4, 1, 0)
    # the answer after the python tool hangs from the question it answers
    assert msgs[3].parent_id == msgs[2].id
    old = [m for m in store.all_messages(first.id) if m.content.startswith("OLD BRANCH")]
    assert len(old) == 1 and old[0].parent_id == msgs[0].id  # a sibling of the shown answer
    assert [(m.role, m.content) for m in store.messages(second.id)] == [
        ("user", "What is the capital of Italy?"), ("assistant", "Rome.")]
    assert second.title == "What is the capital of Italy?"  # title was null
    assert [m.content for m in store.all_messages(second.id)] == [
        "What is the capital of France?", "Paris.", "What is the capital of Italy?", "Rome."]
    # search finds every version
    assert [h.conversation_id for h in store.search("OLD BRANCH")] == [first.id]
    assert [h.conversation_id for h in store.search("France")] == [second.id]
    assert [h.conversation_id for h in store.search("rome")] == [second.id]


def test_chatgpt_import_keeps_the_tree_and_shows_the_current_branch(store: Store) -> None:
    result = import_file(store, CHATGPT)
    _check_chatgpt_import(store, result)
    again = import_file(store, CHATGPT)
    assert (again.imported, again.skipped_existing) == (0, 2)
    assert store.count_conversations() == 2


def test_chatgpt_zip_export(store: Store, tmp_path: Path) -> None:
    archive = tmp_path / "chatgpt-export.zip"
    with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("export-2024/chat.html", "<html></html>")
        zf.write(CHATGPT, "export-2024/conversations.json")
        zf.writestr("export-2024/user.json", "{}")
    _check_chatgpt_import(store, import_file(store, archive))


# ---------------------------------------------------------------------- hostile files
def _chatgpt_with(mutate) -> list:
    data = json.loads(CHATGPT.read_text(encoding="utf-8"))
    mutate(data)
    return data


def _set(path: list, value):
    def mutate(data):
        target = data
        for key in path[:-1]:
            target = target[key]
        target[path[-1]] = value
    return mutate


BAD_DOCS = {
    "cycle": _chatgpt_with(_set([1, "mapping", "r", "parent"], "ans-new")),
    "self-parent": _chatgpt_with(_set([1, "mapping", "q-new", "parent"], "q-new")),
    "dangling parent": _chatgpt_with(_set([1, "mapping", "q-new", "parent"], "nowhere")),
    "current_node missing": _chatgpt_with(_set([1, "current_node"], "nope")),
    "mapping is a list": _chatgpt_with(_set([1, "mapping"], [])),
    "parts not a list": _chatgpt_with(
        _set([1, "mapping", "ans-new", "message", "content", "parts"], "Rome.")),
    "time is text": _chatgpt_with(_set([1, "create_time"], "yesterday")),
    "time is bool": _chatgpt_with(_set([1, "update_time"], True)),
    "parent is a number": _chatgpt_with(_set([1, "mapping", "q-new", "parent"], 7)),
    "node is a string": _chatgpt_with(_set([1, "mapping", "q-new"], "x")),
    "item is a number": [1, 2],
    "object without mapping": {"hello": "world"},
    "a string": "conversations",
    "backup from the future": {"format": "ava-desktop-backup", "version": 99,
                               "conversations": []},
    "backup bad role": {"format": "ava-desktop-backup", "version": 1, "conversations": [
        {"uuid": "u1", "title": "ok", "messages": [{"role": "user", "content": "fine"}]},
        {"uuid": "u2", "title": "bad", "messages": [{"role": "tool", "content": "x"}]}]},
    "backup content not text": {"format": "ava-desktop-backup", "version": 1, "conversations": [
        {"uuid": "u3", "messages": [{"role": "user", "content": {"$ne": 1}}]}]},
}


@pytest.mark.parametrize("name", list(BAD_DOCS))
def test_malformed_documents_change_nothing(store: Store, tmp_path: Path, name: str) -> None:
    _sample(store)
    before = _counts(store)
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(BAD_DOCS[name]), encoding="utf-8")
    with pytest.raises(ImportFailed) as info:
        import_file(store, path)
    assert "Traceback" not in str(info.value) and str(info.value)
    assert _counts(store) == before
    assert store.integrity_check() == ["ok"]


BAD_BYTES = {
    "not json": b"hello, I am a text file",
    "empty": b"",
    "binary": bytes(range(256)) * 4,
    "utf-16": json.dumps([]).encode("utf-16"),
    "deep nesting": b"[" * 200_000 + b"]" * 200_000,
    "NaN": b'[{"title": "x", "create_time": NaN, "mapping": {}}]',
    "truncated": CHATGPT.read_bytes()[:500],
    "bad zip": b"PK\x03\x04 this is not really a zip",
}


@pytest.mark.parametrize("name", list(BAD_BYTES))
def test_unreadable_files_change_nothing(store: Store, tmp_path: Path, name: str) -> None:
    _sample(store)
    before = _counts(store)
    path = tmp_path / "bad.json"
    path.write_bytes(BAD_BYTES[name])
    with pytest.raises(ImportFailed):
        import_file(store, path)
    assert _counts(store) == before


def test_zip_without_conversations_and_oversized_files(store: Store, tmp_path: Path,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    archive = tmp_path / "x.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        zf.writestr("readme.txt", "hi")
    with pytest.raises(ImportFailed, match=r"does not contain a conversations\.json"):
        import_file(store, archive)
    with pytest.raises(ImportFailed, match="Cannot read"):
        import_file(store, tmp_path / "missing.json")
    monkeypatch.setattr(importers, "MAX_FILE_BYTES", 1000)
    with pytest.raises(ImportFailed, match="too large"):
        import_file(store, CHATGPT)
    bomb = tmp_path / "bomb.zip"
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("conversations.json", "[" + " " * 50_000 + "]")
    assert bomb.stat().st_size < 1000
    with pytest.raises(ImportFailed, match="too large"):
        import_file(store, bomb)
    assert _counts(store) == (0, 0)


def test_database_failure_midway_rolls_back_the_whole_import(store: Store) -> None:
    store.connection.execute(
        "CREATE TEMP TRIGGER boom BEFORE INSERT ON main.messages WHEN new.content = 'Rome.'"
        " BEGIN SELECT RAISE(ABORT, 'disk full'); END"
    )
    with pytest.raises(ImportFailed, match="nothing was imported"):
        import_file(store, CHATGPT)  # the first conversation was already written, then undone
    assert _counts(store) == (0, 0)
    store.connection.execute("DROP TRIGGER boom")
    assert import_file(store, CHATGPT).imported == 2


def test_import_data_accepts_a_single_chatgpt_conversation(store: Store) -> None:
    one = json.loads(CHATGPT.read_text(encoding="utf-8"))[1]
    assert import_data(store, one).imported == 1


def test_import_replaces_lone_surrogates_instead_of_failing(tmp_path):
    """Valid JSON, invalid text: ChatGPT exports can hold "\\ud800"; the rest is kept."""
    import json as _json

    from ava_desktop.core.importers import import_file
    from ava_desktop.core.store import Store

    conv = [{"title": "T\ud800", "create_time": 1, "update_time": 2, "current_node": "b",
             "mapping": {
                 "a": {"id": "a", "parent": None, "children": ["b"],
                       "message": {"author": {"role": "user"},
                                   "content": {"content_type": "text", "parts": ["hi \ud800"]}}},
                 "b": {"id": "b", "parent": "a", "children": [],
                       "message": {"author": {"role": "assistant"},
                                   "content": {"content_type": "text", "parts": ["yo"]}}}}}]
    path = tmp_path / "conversations.json"
    path.write_text(_json.dumps(conv))
    with Store.open(tmp_path / "db.sqlite3") as store:
        assert import_file(store, path).imported == 1
        imported = store.list_conversations()[0]
        assert imported.title == "T\ufffd"
        assert [m.content for m in store.messages(imported.id)] == ["hi \ufffd", "yo"]
