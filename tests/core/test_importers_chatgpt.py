"""The ChatGPT importer keeps every version it reads and the export's images.

Fixtures: chatgpt_branched/ (regenerations, an edit, hidden and tool nodes in between, the
shown branch not the newest) and chatgpt_images/ (an uploaded image, a generated one, a file
named .png that is not an image, an image missing from the export).
"""

from __future__ import annotations

import json
import shutil
import zipfile
from pathlib import Path

import pytest

from ava_desktop.core import export
from ava_desktop.core.importers import import_data, import_file
from ava_desktop.core.importing import assets
from ava_desktop.core.store import Store

FIXTURES = Path(__file__).parent / "fixtures"
BRANCHED = FIXTURES / "chatgpt_branched" / "conversations.json"
IMAGES = FIXTURES / "chatgpt_images"


@pytest.fixture
def store(tmp_path: Path):
    with Store.open(tmp_path / "db" / "db.sqlite3") as s:
        yield s


def _by_content(store: Store, cid: int) -> dict[str, object]:
    return {m.content: m for m in store.all_messages(cid)}


def test_every_version_is_kept_and_the_current_branch_is_shown(store: Store) -> None:
    result = import_file(store, BRANCHED)
    assert (result.imported, result.messages) == (2, 10)
    walrus, tool = result.conversation_ids
    # current_node is an older answer: neither the newest root nor the newest reply is shown
    assert [m.content for m in store.messages(walrus)] == [
        "How big is a walrus?", "About three metres.", "And their tusks?", "Up to one metre."]
    m = _by_content(store, walrus)
    q = m["How big is a walrus?"]
    assert q.parent_id is None and m["EDITED: how heavy is a walrus?"].parent_id is None
    assert m["REGENERATED: about 3 m long."].parent_id == q.id
    # siblings in ChatGPT's order (its "children" lists), not the order of the file
    assert [x.id for x in store.all_messages(walrus) if x.parent_id == q.id] == [
        m["About three metres."].id, m["REGENERATED: about 3 m long."].id]
    # the answer after a python call and its output hangs from the question it answers
    assert m["About **9.8 feet**."].parent_id == m["Compute 3 m in feet"].id
    assert "print(3 * 3.28084)" not in m and "9.84252" not in m
    # the other versions are one switch away
    store.show_version(m["About **9.8 feet**."].id)
    assert [x.content for x in store.messages(walrus)] == [
        "How big is a walrus?", "REGENERATED: about 3 m long.", "Compute 3 m in feet",
        "About **9.8 feet**."]
    store.show_version(m["Up to 1.5 tonnes."].id)
    assert [x.content for x in store.messages(walrus)] == [
        "EDITED: how heavy is a walrus?", "Up to 1.5 tonnes."]
    # current_node on a tool call: the shown path ends at the question before it
    assert [x.content for x in store.messages(tool)] == ["Search the weather"]
    assert [h.conversation_id for h in store.search("REGENERATED")] == [walrus]


def test_the_branched_tree_survives_our_backup(store: Store, tmp_path: Path) -> None:
    import_file(store, BRANCHED)
    export.write_backup(store, tmp_path / "backup.json")
    with Store.open(tmp_path / "other.sqlite3") as other:
        import_file(other, tmp_path / "backup.json")
        for src in store.list_conversations():
            dst = other.find_conversation_by_uuid(src.uuid)
            assert dst is not None
            assert [x.content for x in other.messages(dst.id)] == [
                x.content for x in store.messages(src.id)]
            assert sorted(x.content for x in other.all_messages(dst.id)) == sorted(
                x.content for x in store.all_messages(src.id))


def test_a_deep_chain_and_a_wide_fan_import_without_recursion(store: Store) -> None:
    mapping = {"root": {"id": "root", "message": None, "parent": None,
                        "children": ["n0", *(f"fan{i}" for i in range(300))]}}
    for i in range(5000):
        role = "user" if i % 2 == 0 else "assistant"
        mapping[f"n{i}"] = {"id": f"n{i}", "parent": "root" if i == 0 else f"n{i - 1}",
                            "children": [f"n{i + 1}"] if i < 4999 else [],
                            "message": {"author": {"role": role},
                                        "content": {"content_type": "text",
                                                    "parts": [f"turn {i}"]}}}
    for i in range(300):
        mapping[f"fan{i}"] = {"id": f"fan{i}", "parent": "root", "children": [],
                              "message": {"author": {"role": "user"},
                                          "content": {"content_type": "text",
                                                      "parts": [f"other start {i}"]}}}
    result = import_data(store, [{"title": "deep", "conversation_id": "deep-1",
                                  "current_node": "n4999", "mapping": mapping}])
    cid = result.conversation_ids[0]
    assert result.messages == 5300
    shown = store.messages(cid)
    assert len(shown) == 5000 and shown[-1].content == "turn 4999"


def _check_images(store: Store, result, source: Path) -> None:
    assert (result.attachments, result.missing_images) == (2, 2)
    cid = result.conversation_ids[0]
    shown = store.messages(cid)
    assert [x.role for x in shown] == ["user", "assistant", "user", "assistant", "assistant",
                                       "user"]
    first, generated = shown[0], shown[3]
    shot = (source / "file-IMG1-shot.png").read_bytes()
    assert [p["name"] for p in first.parts] == ["screenshot 1.png"]  # the name the user gave
    part = first.parts[0]
    assert (part["kind"], part["mime"], part["width"], part["height"], part["size"]) == (
        "image", "image/png", 4, 3, len(shot))
    assert store.get_blob(part["sha256"]) == shot
    # the file named .png that is not an image is named in the text, never stored
    assert first.content == ("[Image “notes.png” not imported: the file is not a PNG, JPEG, "
                             "GIF, WebP or BMP image.]\n\nWhat is in these pictures?")
    # a DALL-E picture (a tool message in ChatGPT) is kept as the answer's image; the .webp
    # name is kept, the bytes say PNG
    assert generated.content == "" and generated.parts[0]["mime"] == "image/png"
    assert generated.parts[0]["name"] == "4f2a9c.webp"
    assert store.get_blob(generated.parts[0]["sha256"]) == (
        source / "dalle-generations" / "file_GEN1-4f2a9c.webp").read_bytes()
    assert shown[-1].content.startswith("[Image “lost.jpg” not imported: it was not in the "
                                        "files given")
    assert store.connection.execute("SELECT count(*) FROM blobs").fetchone()[0] == 2


def test_images_from_the_export_folder(store: Store) -> None:
    _check_images(store, import_file(store, IMAGES), IMAGES)
    assert import_file(store, IMAGES / "conversations.json").skipped_existing == 1


def test_images_from_the_export_zip(store: Store, tmp_path: Path) -> None:
    archive = tmp_path / "export.zip"
    with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED) as zf:
        for path in IMAGES.rglob("*"):
            if path.is_file():
                zf.write(path, "chatgpt-export/" + path.relative_to(IMAGES).as_posix())
    _check_images(store, import_file(store, archive), IMAGES)


def test_only_conversations_json_names_every_image(store: Store, tmp_path: Path) -> None:
    alone = tmp_path / "alone" / "conversations.json"
    alone.parent.mkdir()
    shutil.copy(IMAGES / "conversations.json", alone)
    result = import_file(store, alone)
    assert (result.attachments, result.missing_images) == (0, 4)
    shown = store.messages(result.conversation_ids[0])
    assert shown[0].parts == [] and shown[0].content.startswith(
        "[Image “screenshot 1.png” not imported: it was not in the files given (import the "
        "export's .zip or its folder to keep images).]")
    assert shown[3].content.startswith("[Image “file_GEN1” not imported")
    assert store.connection.execute("SELECT count(*) FROM blobs").fetchone()[0] == 0


def test_oversized_and_irregular_image_files_are_named_not_read(
        store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "export"
    shutil.copytree(IMAGES, folder)
    (folder / "dalle-generations" / "file_GEN1-4f2a9c.webp").unlink()
    (folder / "dalle-generations" / "file_GEN1-4f2a9c.webp").symlink_to("/dev/zero")
    monkeypatch.setattr(assets, "MAX_IMAGE_BYTES", 50)  # the screenshot is 73 bytes
    result = import_file(store, folder)
    assert (result.attachments, result.missing_images) == (0, 4)
    shown = store.messages(result.conversation_ids[0])
    assert "over the 50 bytes limit for images" in shown[0].content
    assert "not a regular file" in shown[3].content


def test_images_survive_a_backup_and_are_freed_with_their_conversation(
        store: Store, tmp_path: Path) -> None:
    cid = import_file(store, IMAGES).conversation_ids[0]
    export.write_backup(store, tmp_path / "b.json")
    with Store.open(tmp_path / "other.sqlite3") as other:
        result = import_file(other, tmp_path / "b.json")
        assert result.attachments == 2
        first = other.messages(result.conversation_ids[0])[0]
        assert other.get_blob(first.parts[0]["sha256"]) == (IMAGES / "file-IMG1-shot.png"
                                                            ).read_bytes()
        md = (export.export_conversation(other, result.conversation_ids[0],
                                         tmp_path / "c.md")).read_text(encoding="utf-8")
        assert "*Attached: screenshot 1.png*" in md
    store.delete_conversation(cid)
    store.purge_deleted()
    assert store.connection.execute("SELECT count(*) FROM blobs").fetchone()[0] == 0


def test_fixture_pointers_match_the_files() -> None:
    """Guards the fixture itself: the pointers name the ids of the files beside it."""
    doc = json.loads((IMAGES / "conversations.json").read_text(encoding="utf-8"))
    pointers = {p["asset_pointer"] for node in doc[0]["mapping"].values()
                if node["message"] for p in node["message"]["content"].get("parts", [])
                if isinstance(p, dict)}
    ids = {assets.file_id(p) for p in pointers}
    assert ids == {"file-IMG1", "file-FAKE", "file_GEN1", "file-GONE"}


def test_an_image_kept_by_an_edited_version_is_read_and_stored_once(store: Store,
                                                                    tmp_path: Path) -> None:
    folder = tmp_path / "export"
    shutil.copytree(IMAGES, folder)
    doc = json.loads((folder / "conversations.json").read_text(encoding="utf-8"))
    mapping = doc[0]["mapping"]
    edited = json.loads(json.dumps(mapping["u1"]))
    edited.update(id="u1-edit", children=[])
    edited["message"]["content"]["parts"][-1] = "EDITED: what is in this picture?"
    mapping["u1-edit"] = edited
    mapping["root"]["children"].append("u1-edit")
    (folder / "conversations.json").write_text(json.dumps(doc), encoding="utf-8")
    result = import_file(store, folder)
    assert (result.attachments, result.messages) == (3, 7)
    versions = [m for m in store.all_messages(result.conversation_ids[0]) if m.parent_id is None]
    assert len(versions) == 2 and versions[0].parts[0]["sha256"] == versions[1].parts[0]["sha256"]
    assert store.connection.execute("SELECT count(*) FROM blobs").fetchone()[0] == 2
