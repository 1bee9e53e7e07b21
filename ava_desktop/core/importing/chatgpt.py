"""ChatGPT's data export (conversations.json): every version of every message, and images.

``mapping`` is a tree of nodes (``parent`` / ``children``) and ``current_node`` the leaf the
user last saw. Every user and assistant message becomes a message with its parent; system,
tool and hidden nodes are left out and their children hang from the nearest kept ancestor;
the shown path runs to ``current_node``. Parent links are the truth (``children`` only gives
the order of siblings); a cycle or a link to a missing node refuses the whole file.
"""

from __future__ import annotations

import hashlib
from typing import Any

from ..attachments.limits import display_name
from ..conversation.parts import ImagePart
from ..conversation.stored_parts import part_to_json
from .assets import Assets, Found, file_id
from .records import (
    Blob,
    Conv,
    ImportResult,
    Msg,
    Where,
    fallback_uuid,
    opt_str,
    opt_time,
    shown_path,
    title_from,
)

_TEXT_TYPES = ("text", "multimodal_text")
_IMAGE = "image_asset_pointer"


def parse_chatgpt(items: list[Any], result: ImportResult, assets: Assets
                  ) -> tuple[list[Conv], dict[str, Blob]]:
    convs: list[Conv] = []
    blobs: dict[str, Blob] = {}
    for index, item in enumerate(items):
        where = Where(index)
        if not isinstance(item, dict):
            raise where.fail("imp_not_object")
        where.title = item.get("title") if isinstance(item.get("title"), str) else None
        mapping = item.get("mapping")
        if not isinstance(mapping, dict):
            raise where.fail("imp_no_mapping")
        title = opt_str(item.get("title"), where, "title") or ""
        created = opt_time(item.get("create_time"), where, "create_time")
        updated = opt_time(item.get("update_time"), where, "update_time")
        ext_id = item.get("conversation_id") or item.get("id")
        ext_id = ext_id if isinstance(ext_id, str) and ext_id else None
        images = _Images(assets, blobs, result)
        messages, root = _tree(item, mapping, where, result, images)
        if not messages:
            result.warnings.append(f"Skipped “{title or 'untitled'}”: no text messages.")
            continue
        model = item.get("default_model_slug")
        convs.append(Conv(
            uuid="chatgpt-" + (ext_id or fallback_uuid("c", title, created,
                                                       [m.content for m in messages])),
            title=title or title_from(shown_path(messages, root)),
            created_at=created, updated_at=updated or created,
            provider="chatgpt-import", model=model if isinstance(model, str) else None,
            messages=messages, active_root=root,
        ))
    return convs, blobs


def _tree(item: dict[str, Any], mapping: dict[str, Any], where: Where, result: ImportResult,
          images: _Images) -> tuple[list[Msg], str | None]:
    """Kept messages, parents first, linked to their nearest kept ancestor; the shown root."""
    parents = _parents(mapping, where)
    kept = {key: msg for key, node in mapping.items()
            if (msg := _message(node, where, result, images)) is not None}
    children: dict[str | None, list[str]] = {}
    for key in mapping:  # siblings in the order the parent lists them, then file order
        children.setdefault(parents[key], []).append(key)
    for parent, kids in children.items():
        listed = mapping[parent].get("children") if parent is not None else None
        order = {k: i for i, k in enumerate(listed)} if isinstance(listed, list) else {}
        kids.sort(key=lambda k: order.get(k, len(order)))
    messages: list[Msg] = []
    stack: list[tuple[str, str | None]] = [(k, None) for k in reversed(children.get(None, []))]
    while stack:  # depth first, without recursion (a chain can be thousands deep)
        key, kept_parent = stack.pop()
        msg = kept.get(key)
        if msg is not None:
            msg.key, msg.parent = key, kept_parent
            messages.append(msg)
            kept_parent = key
        stack.extend((k, kept_parent) for k in reversed(children.get(key, [])))
    return messages, _show_current(item, mapping, parents, kept, where)


def _parents(mapping: dict[str, Any], where: Where) -> dict[str, str | None]:
    """Each node's parent, checked: nodes are objects, links name nodes, no cycles."""
    parents: dict[str, str | None] = {}
    for key, node in mapping.items():
        if not isinstance(node, dict):
            raise where.fail("imp_entry_not_object")
        parent = node.get("parent")
        if parent is not None and not isinstance(parent, str):
            raise where.fail("imp_parent_not_id")
        if parent is not None and parent not in mapping:
            raise where.fail("imp_missing_node", node=repr(parent[:40]))
        parents[key] = parent
    reaches_root: set[str] = set()
    for start in mapping:
        path: list[str] = []
        on_path: set[str] = set()
        node: str | None = start
        while node is not None and node not in reaches_root:
            if node in on_path:
                raise where.fail("imp_cycle")
            on_path.add(node)
            path.append(node)
            node = parents[node]
        reaches_root.update(path)
    return parents


def _show_current(item: dict[str, Any], mapping: dict[str, Any],
                  parents: dict[str, str | None], kept: dict[str, Msg], where: Where
                  ) -> str | None:
    """Make the kept messages from the root to ``current_node`` the shown path."""
    current = item.get("current_node")
    if current is None:
        current = _latest_leaf(mapping)
    if current is None:
        return None
    if not isinstance(current, str) or current not in mapping:
        raise where.fail("imp_no_current_node")
    child: str | None = None
    node: str | None = current
    while node is not None:
        if node in kept:
            if child is not None:
                kept[node].active_child = child
            child = node
        node = parents[node]
    return child


def _latest_leaf(mapping: dict[str, Any]) -> str | None:
    best: tuple[float, str] | None = None
    for key, node in mapping.items():
        if node.get("children"):
            continue
        msg = node.get("message")
        stamp = msg.get("create_time") if isinstance(msg, dict) else None
        stamp = stamp if isinstance(stamp, int | float) and not isinstance(stamp, bool) else 0.0
        if best is None or stamp >= best[0]:
            best = (float(stamp), key)
    return None if best is None else best[1]


def _message(node: dict[str, Any], where: Where, result: ImportResult, images: _Images
             ) -> Msg | None:
    msg = node.get("message")
    if msg is None:
        return None  # the root node
    if not isinstance(msg, dict):
        raise where.fail("imp_node_message")
    author = msg.get("author")
    role = author.get("role") if isinstance(author, dict) else None
    metadata = msg.get("metadata") if isinstance(msg.get("metadata"), dict) else {}
    content = msg.get("content")
    kind = content.get("content_type") if isinstance(content, dict) else None
    if metadata.get("is_visually_hidden_from_conversation"):
        result.skipped_items += 1
        return None
    if role == "tool" and kind == "multimodal_text":
        role = "assistant"  # a generated image (DALL-E): shown in the chat as the answer's
        text_wanted = False
    elif role not in ("user", "assistant") or msg.get("recipient", "all") != "all" \
            or kind not in _TEXT_TYPES:
        result.skipped_items += 1  # system, tool calls (browser, python, ...) and outputs
        return None
    else:
        text_wanted = True
    parts = content.get("parts")
    if not isinstance(parts, list):
        raise where.fail("imp_no_parts")
    texts: list[str] = []
    stored: list[dict[str, Any]] = []
    for part in parts:
        if isinstance(part, str):
            if part and text_wanted:
                texts.append(part)
        elif isinstance(part, dict) and part.get("content_type") == _IMAGE:
            image = images.attach(part, metadata)
            if isinstance(image, str):
                texts.append(image)
            else:
                stored.append(image)
        else:
            result.skipped_items += 1  # audio, files we cannot read: not text we can show
    text = "\n\n".join(texts)
    if not text.strip() and not stored:
        if not text_wanted:
            result.skipped_items += 1  # a tool's output without images
        return None
    model = metadata.get("model_slug")
    return Msg(
        role=role, content=text, model=model if isinstance(model, str) else None,
        created_at=opt_time(msg.get("create_time"), where, "create_time"), parts=stored,
    )


class _Images:
    """Images of one conversation: attached from the export, or named in the text."""

    def __init__(self, assets: Assets, blobs: dict[str, Blob], result: ImportResult) -> None:
        self.assets = assets
        self.blobs = blobs
        self.result = result

    def attach(self, part: dict[str, Any], metadata: dict[str, Any]) -> dict[str, Any] | str:
        pointer = part.get("asset_pointer")
        fid = file_id(pointer) if isinstance(pointer, str) else None
        named = _attachment_name(metadata, fid)
        found = self.assets.find(fid) if fid else "it has no file id"
        if not isinstance(found, Found):
            self.result.missing_images += 1
            return f"[Image “{named or fid or 'image'}” not imported: {found}.]"
        sha = hashlib.sha256(found.data).hexdigest()
        self.blobs.setdefault(sha, Blob(sha, found.mime, found.data))
        self.result.attachments += 1
        return part_to_json(ImagePart(
            mime=found.mime, sha256=sha, name=named or found.name,
            width=_dimension(part.get("width")), height=_dimension(part.get("height")),
            size=len(found.data)))


def _attachment_name(metadata: dict[str, Any], fid: str | None) -> str:
    """The name the user's file had, from the message's list of attachments."""
    listed = metadata.get("attachments")
    for entry in listed if isinstance(listed, list) else ():
        if isinstance(entry, dict) and entry.get("id") == fid and isinstance(
                entry.get("name"), str) and entry["name"].strip():
            return display_name(entry["name"])
    return ""


def _dimension(value: Any) -> int:
    ok = isinstance(value, int) and not isinstance(value, bool) and 0 < value < 1_000_000
    return value if ok else 0
