"""Backups and JSON export keep the whole tree and the attachments' bytes; importing one
restores it exactly, refuses damaged bytes, and still reads the linear files of format 1."""

from __future__ import annotations

import base64
import copy
import hashlib
import json
from pathlib import Path

import pytest

from ava_desktop.core import export
from ava_desktop.core.importers import ImportFailed, import_data, import_file
from ava_desktop.core.store import Store

FIXTURES = Path(__file__).parent / "fixtures"
PNG = bytes.fromhex("89504e470d0a1a0a") + b"red pixels"
PDF_TEXT = b"%PDF-1.7 text of the report"
SHA_PNG = hashlib.sha256(PNG).hexdigest()
SHA_PDF = hashlib.sha256(PDF_TEXT).hexdigest()


@pytest.fixture
def store(tmp_path: Path):
    with Store.open(tmp_path / "a" / "db.sqlite3") as s:
        yield s


@pytest.fixture
def other(tmp_path: Path):
    with Store.open(tmp_path / "b" / "db.sqlite3") as s:
        yield s


def _image(name: str = "shot.png") -> dict:
    return {"kind": "image", "mime": "image/png", "sha256": SHA_PNG, "name": name, "width": 2,
            "height": 1, "size": len(PNG)}


def _branched(store: Store) -> int:
    """q1 (image) -> a1 | a1' (shown) -> q2 -> a2 ; q1-edited (a PDF) -> b1; root shown: q1;
    a tool result carrying the same image."""
    store.put_blob(SHA_PNG, "image/png", PNG)
    store.put_blob(SHA_PDF, "application/pdf", PDF_TEXT)
    c = store.create_conversation("Tree", model="m", created_at=100.0, updated_at=200.0)
    q1 = store.add_message(c.id, "user", "look at this", parts=[_image("/home/alice/shot.png")],
                           created_at=101.0)
    a1 = store.add_message(c.id, "assistant", "first answer", parent_id=q1.id, created_at=102.0)
    a1b = store.add_message(c.id, "assistant", "second answer", parent_id=q1.id,
                            created_at=103.0, reasoning="hmm", usage={"total_tokens": 3})
    q2 = store.add_message(c.id, "user", "go on", parent_id=a1b.id, created_at=104.0)
    store.add_message(c.id, "assistant", "went on", parent_id=q2.id, created_at=105.0,
                      parts=[{"kind": "tool_result", "call_id": "c1", "name": "shot",
                              "content": "ok", "is_error": False, "images": [_image()]}])
    edited = store.add_message(c.id, "user", "edited question", parent_id=None,
                               created_at=106.0, parts=[{
                                   "kind": "file", "name": "report.pdf",
                                   "mime": "application/pdf", "text": "text of the report",
                                   "sha256": SHA_PDF, "size": len(PDF_TEXT)}])
    store.add_message(c.id, "assistant", "edited answer", parent_id=edited.id, created_at=107.0,
                      state="stopped")
    store.show_version(q2.id)  # the first root, its second answer, shown again
    assert [m.content for m in store.messages(c.id)] == [
        "look at this", "second answer", "go on", "went on"]
    assert a1.id
    store.touch(c.id, 200.0)
    return c.id


FIELDS = ("role", "content", "state", "model", "created_at", "error", "timings", "usage",
          "reasoning", "parts")


def _shape(store: Store, cid: int) -> tuple:
    """The tree with ids replaced by positions: equal shapes are equal trees."""
    msgs = store.all_messages(cid)
    index = {m.id: i for i, m in enumerate(msgs)}
    conv = store.get_conversation(cid)
    return (index.get(conv.active_root),
            [(index.get(m.parent_id), index.get(m.active_child),
              *(getattr(m, f) for f in FIELDS)) for m in msgs],
            [m.content for m in store.messages(cid)])


def test_json_export_keeps_every_version_and_restores_the_tree(store: Store, other: Store,
                                                                tmp_path: Path) -> None:
    cid = _branched(store)
    path = export.export_conversation(store, cid, tmp_path / "tree.json")
    doc = json.loads(path.read_text(encoding="utf-8"))
    record = doc["conversations"][0]
    assert len(record["messages"]) == 7 and record["active_root"] == record["messages"][0]["id"]
    assert {m["id"] for m in record["messages"]} == {m.id for m in store.all_messages(cid)}
    assert set(doc["blobs"]) == {SHA_PNG, SHA_PDF}  # the tool result's image once, with q1's
    assert base64.b64decode(doc["blobs"][SHA_PNG]["data"]) == PNG
    assert doc["blobs"][SHA_PDF]["mime"] == "application/pdf"

    earlier = other.create_conversation("already here")  # so the imported ids must move
    for text in ("a", "b", "c", "d", "e", "f", "g", "h"):
        other.add_message(earlier.id, "user", text)
    result = import_file(other, path)
    assert (result.imported, result.messages, result.attachments) == (1, 7, 2)
    new = result.conversation_ids[0]
    assert _shape(other, new) == _shape(store, cid)
    assert other.get_blob(SHA_PNG) == PNG and other.get_blob(SHA_PDF) == PDF_TEXT
    assert {m.id for m in other.all_messages(new)}.isdisjoint(
        m.id for m in store.all_messages(cid))  # new ids, the same links
    assert other.get_conversation(new).updated_at == 200.0
    # version switching works on the restored tree
    edited = next(m for m in other.all_messages(new) if m.content == "edited question")
    other.show_version(edited.id)
    assert [m.content for m in other.messages(new)] == ["edited question", "edited answer"]
    assert import_file(other, path).skipped_existing == 1  # idempotent by uuid


def test_backup_stores_each_blob_once_and_a_purge_keeps_shared_ones(store: Store, other: Store,
                                                                    tmp_path: Path) -> None:
    _branched(store)
    c2 = store.create_conversation("Same picture again")
    store.add_message(c2.id, "user", "again", parts=[_image()])
    assert export.write_backup(store, tmp_path / "all.json") == 2
    doc = json.loads((tmp_path / "all.json").read_text(encoding="utf-8"))
    assert sorted(doc["blobs"]) == sorted([SHA_PNG, SHA_PDF])
    result = import_file(other, tmp_path / "all.json")
    assert (result.imported, result.attachments) == (2, 2)
    assert other.connection.execute("SELECT count(*) FROM blobs").fetchone()[0] == 2
    by_title = {c.title: c.id for c in other.list_conversations()}
    other.delete_conversation(by_title["Tree"])
    other.purge_deleted()
    assert other.get_blob(SHA_PNG) == PNG  # still used by "Same picture again"
    assert other.get_blob(SHA_PDF) is None  # only the deleted tree used it


def test_markdown_and_html_name_attachments_of_the_shown_path(store: Store) -> None:
    cid = _branched(store)
    conv, shown = store.get_conversation(cid), store.messages(cid)
    md = export.to_markdown(conv, shown)
    assert "*Attached: shot.png*" in md  # the name only, never the folder it came from
    assert "/home/alice" not in md and "first answer" not in md  # only the shown path
    assert "second answer" in md and "report.pdf" not in md
    page = export.to_html(conv, shown)
    assert '<p class="attachments">Attached: shot.png</p>' in page and "alice" not in page
    store.show_version(next(m.id for m in store.all_messages(cid)
                            if m.content == "edited answer"))
    md = export.to_markdown(conv, store.messages(cid))
    assert "*Attached: report.pdf*" in md and "shot.png" not in md


def test_attachment_names_cannot_inject_markdown_or_html(store: Store) -> None:
    c = store.create_conversation("t")
    store.put_blob(SHA_PNG, "image/png", PNG)
    evil = "x](javascript:alert(1)) <img src=x onerror=alert(2)>\n# H.png"
    store.add_message(c.id, "user", "hi", parts=[_image(evil)])
    md = export.to_markdown(c, store.messages(c.id))
    line = next(x for x in md.splitlines() if x.startswith("*Attached:"))
    assert line == ("*Attached: x\\]\\(javascript:alert\\(1\\)\\) \\<img src=x "
                    "onerror=alert\\(2\\)\\>\ufffd\\# H.png*")
    page = export.to_html(c, store.messages(c.id))
    assert "<img" not in page and "&lt;img src=x onerror=alert(2)&gt;" in page


def _doc(store: Store, cid: int) -> dict:
    every = store.all_messages(cid)
    return export.backup_document([export.conversation_record(store.get_conversation(cid),
                                                              every)],
                                  export.blob_records(store, every))


def test_a_blob_whose_bytes_do_not_match_is_refused(store: Store, other: Store) -> None:
    doc = _doc(store, _branched(store))
    bad = copy.deepcopy(doc)
    bad["blobs"][SHA_PNG]["data"] = base64.b64encode(PNG + b"tampered").decode()
    with pytest.raises(ImportFailed, match=r"damaged: its bytes do not match their SHA-256"):
        import_data(other, bad)
    bad["blobs"][SHA_PNG]["data"] = "not base64!"
    with pytest.raises(ImportFailed, match="not valid base64"):
        import_data(other, bad)
    assert other.count_conversations() == 0
    assert other.connection.execute("SELECT count(*) FROM blobs").fetchone()[0] == 0
    missing = copy.deepcopy(doc)
    del missing["blobs"][SHA_PDF]
    result = import_data(other, missing)  # the part stays, its bytes are reported missing
    assert result.imported == 1 and "1 attachment(s)" in result.warnings[0]


def _mutated(doc: dict, change) -> dict:
    doc = copy.deepcopy(doc)
    change(doc["conversations"][0], doc["conversations"][0]["messages"])
    return doc


BAD_TREES = {
    "parent after child": lambda c, ms: ms.insert(0, ms.pop(1)),
    "parent unknown": lambda c, ms: ms[1].update(parent=999_999),
    "self parent": lambda c, ms: ms[1].update(parent=ms[1]["id"]),
    "duplicate id": lambda c, ms: ms[2].update(id=ms[1]["id"]),
    "id is text": lambda c, ms: ms[0].update(id="one"),
    "shows a stranger": lambda c, ms: ms[0].update(active_child=ms[3]["id"]),
    "root is a reply": lambda c, ms: c.update(active_root=ms[1]["id"]),
    "parts not a list": lambda c, ms: ms[0].update(parts={"kind": "image"}),
    "part without kind": lambda c, ms: ms[0].update(parts=[{"sha256": SHA_PNG}]),
    "bad sha": lambda c, ms: ms[0].update(parts=[{"kind": "image", "sha256": "../../etc"}]),
}


@pytest.mark.parametrize("name", list(BAD_TREES))
def test_malformed_trees_change_nothing(store: Store, other: Store, name: str) -> None:
    doc = _mutated(_doc(store, _branched(store)), BAD_TREES[name])
    with pytest.raises(ImportFailed, match="malformed"):
        import_data(other, doc)
    assert other.connection.execute("SELECT count(*) FROM messages").fetchone()[0] == 0


def test_format_1_backups_of_the_current_release_still_import(other: Store) -> None:
    result = import_file(other, FIXTURES / "backups" / "ava-backup-v1.json")
    assert (result.source, result.imported, result.messages) == ("ava-backup", 2, 5)
    walrus = other.find_conversation_by_uuid("v1-backup-walruses")
    assert walrus is not None and walrus.system_prompt == "Be brief."
    msgs = other.messages(walrus.id)
    assert [(m.role, m.content, m.state) for m in msgs] == [
        ("user", "Tell me about **walruses**", "complete"),
        ("assistant", "Walruses are large.", "complete"),
        ("user", "And seals?", "complete"),
        ("assistant", "Seals are smal", "interrupted")]
    assert [m.parent_id for m in msgs] == [None, *(m.id for m in msgs[:-1])]  # one path
    assert msgs[1].usage == {"total_tokens": 9} and msgs[1].reasoning == "think"
    assert other.message_count(walrus.id) == 4
    assert import_file(other, FIXTURES / "backups" / "ava-backup-v1.json").skipped_existing == 2
