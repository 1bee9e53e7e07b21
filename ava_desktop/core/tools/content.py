"""An MCP tool result -> a ``ToolResultPart``: untrusted text, capped, images kept as images.

Text and text resources become the result text; images (also image resources) become
``ImagePart``s with their bytes, checked to be the picture they say (PNG, JPEG, GIF, WebP) and
bounded in size; anything else (audio, binary resources, links) is named in the text, so the
model knows it was there. The text is capped at ``MAX_RESULT_CHARS`` with a note saying so.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
from typing import TYPE_CHECKING, Any

from ava_desktop.core.conversation.parts import ImagePart, ToolResultPart
from ava_desktop.core.text import clean_text

if TYPE_CHECKING:  # imported where a result is read: error_part must not need the SDK
    import mcp.types as types

MAX_RESULT_CHARS = 100_000
MAX_IMAGE_BYTES = 10 * 1024 * 1024
MAX_IMAGES = 8
_MAGIC = {"image/png": (b"\x89PNG\r\n\x1a\n",), "image/jpeg": (b"\xff\xd8\xff",),
          "image/gif": (b"GIF87a", b"GIF89a"), "image/webp": (b"RIFF",)}


def cap_text(text: str, limit: int = MAX_RESULT_CHARS) -> str:
    """``text`` cut at ``limit`` characters, with a note saying how much there was."""
    if len(text) <= limit:
        return text
    return (text[:limit] + f"\n\n[The result was cut at {limit:,} characters; it had "
            f"{len(text):,}.]")


def _size(n: int) -> str:
    if n < 1024:
        return f"{n} bytes"
    return f"{n / 1024:.0f} KB" if n < 1024 * 1024 else f"{n / (1024 * 1024):.1f} MB"


def _image(mime: str, data_b64: str, name: str, images: list[ImagePart]) -> str:
    """Decode and check one image; the text line that stands for it in the result."""
    mime = (mime or "").lower().split(";")[0].strip()
    if mime not in _MAGIC:
        return f"[an image of type {mime or 'unknown'} was left out: not a supported type]"
    if len(data_b64) > MAX_IMAGE_BYTES * 4 // 3 + 4:
        return f"[an image was left out: larger than {_size(MAX_IMAGE_BYTES)}]"
    try:
        data = base64.b64decode(data_b64, validate=True)
    except (binascii.Error, ValueError):
        return "[an image was left out: its data is not valid base64]"
    if not data.startswith(_MAGIC[mime]) or (mime == "image/webp" and data[8:12] != b"WEBP"):
        return f"[an image was left out: its data is not a {mime} picture]"
    if len(images) >= MAX_IMAGES:
        return f"[an image was left out: more than {MAX_IMAGES} images in one result]"
    images.append(ImagePart(mime=mime, sha256=hashlib.sha256(data).hexdigest(), name=name,
                            size=len(data), data=data))
    return f"[image {len(images)}: {mime}, {_size(len(data))}]"


def _block(block: Any, images: list[ImagePart]) -> str:
    import mcp.types as types

    if isinstance(block, types.TextContent):
        return block.text
    if isinstance(block, types.ImageContent):
        return _image(block.mimeType, block.data, "", images)
    if isinstance(block, types.AudioContent):
        return f"[audio ({block.mimeType}) was left out: audio is not supported]"
    if isinstance(block, types.ResourceLink):
        return f"[resource: {block.name} <{block.uri}>]"
    if isinstance(block, types.EmbeddedResource):
        res = block.resource
        if isinstance(res, types.TextResourceContents):
            return f"[resource <{res.uri}>]\n{res.text}"
        if isinstance(res, types.BlobResourceContents):
            mime = (res.mimeType or "").lower()
            if mime.startswith("image/"):
                return _image(mime, res.blob, str(res.uri).rsplit("/", 1)[-1], images)
            size = len(res.blob) * 3 // 4
            return f"[binary resource <{res.uri}> ({mime or 'no type'}, {_size(size)}) left out]"
    return f"[a {getattr(block, 'type', 'unknown')} block was left out: not supported]"


def to_result_part(call_id: str, name: str, result: types.CallToolResult) -> ToolResultPart:
    """The part stored in the conversation and sent back to the model."""
    images: list[ImagePart] = []
    texts = [_block(block, images) for block in result.content]
    if not texts and result.structuredContent is not None:
        texts.append(json.dumps(result.structuredContent, ensure_ascii=False, indent=1))
    text = clean_text(cap_text("\n\n".join(t for t in texts if t)))
    if not text:
        text = "(the tool returned nothing)"
    return ToolResultPart(call_id, name, text, is_error=bool(result.isError),
                          images=tuple(images))


def error_part(call_id: str, name: str, message: str) -> ToolResultPart:
    return ToolResultPart(call_id, name, clean_text(cap_text(message)), is_error=True)


__all__ = ["MAX_RESULT_CHARS", "cap_text", "error_part", "to_result_part"]
