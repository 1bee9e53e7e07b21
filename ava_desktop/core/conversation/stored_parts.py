"""Parts <-> the JSON kept in the database's ``parts`` column.

Image and file bytes are not in it: they live once per content in the blob table, named by
their SHA-256. Unknown or malformed entries (a newer version, a hand-edited file) are dropped,
never fatal.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import asdict, fields
from typing import Any

from .parts import (
    FilePart,
    ImagePart,
    Part,
    ReasoningPart,
    TextPart,
    ToolCallPart,
    ToolResultPart,
)

_KINDS: dict[str, type] = {cls.__dataclass_fields__["kind"].default: cls  # type: ignore[attr-defined]
                           for cls in (TextPart, ReasoningPart, ImagePart, FilePart,
                                       ToolCallPart, ToolResultPart)}


def part_to_json(part: Part) -> dict[str, Any]:
    data = asdict(part)
    data.pop("data", None)  # bytes are in the blob table
    if isinstance(part, ToolResultPart):
        data["images"] = [part_to_json(i) for i in part.images]
    return data


def part_from_json(data: Any) -> Part | None:
    if not isinstance(data, dict):
        return None
    cls = _KINDS.get(data.get("kind"))  # type: ignore[arg-type]
    if cls is None:
        return None
    names = {f.name for f in fields(cls)} - {"kind", "data"}
    values = {k: v for k, v in data.items() if k in names}
    if cls is ToolResultPart:
        values["images"] = tuple(p for p in map(part_from_json, data.get("images") or ())
                                 if isinstance(p, ImagePart))
    try:
        return cls(**values)
    except TypeError:  # a required field missing
        return None


def parts_to_json(parts: Iterable[Part]) -> list[dict[str, Any]]:
    return [part_to_json(p) for p in parts]


def parts_from_json(items: Iterable[Any]) -> list[Part]:
    return [p for p in map(part_from_json, items) if p is not None]


def blob_refs(items: Iterable[Any]) -> dict[str, str]:
    """The blobs stored parts name (images inside tool results too): SHA-256 -> MIME type,
    in order of first use. What links a message to its bytes, exports and imports them."""
    refs: dict[str, str] = {}
    for item in items:
        if not isinstance(item, dict):
            continue
        sha = item.get("sha256")
        if isinstance(sha, str) and sha:
            mime = item.get("mime")
            refs.setdefault(sha, mime if isinstance(mime, str) else "")
        nested = item.get("images")
        if isinstance(nested, list):
            for sha, mime in blob_refs(nested).items():
                refs.setdefault(sha, mime)
    return refs


__all__ = ["blob_refs", "part_from_json", "part_to_json", "parts_from_json", "parts_to_json"]
