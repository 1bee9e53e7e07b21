"""Telling what a file is from its first bytes, and turning text files into ``str``.

Encodings read: UTF-8 (with or without a BOM), UTF-16 and UTF-32 with a BOM. Anything else
gets a message rather than a guess: a wrong guess sends the model mojibake, and a binary file
renamed ``.txt`` must not reach the model as a page of replacement characters.
"""

from __future__ import annotations

import codecs
from typing import Literal

from ava_desktop.core.attachments.limits import AttachmentFailure, failure

Kind = Literal["image", "pdf", "docx", "zip", "doc", "text"]

IMAGE_MAGIC = (b"\x89PNG\r\n\x1a\n", b"\xff\xd8\xff", b"GIF87a", b"GIF89a", b"BM")

MIME_BY_SUFFIX = {
    "md": "text/markdown", "markdown": "text/markdown", "csv": "text/csv",
    "tsv": "text/tab-separated-values", "json": "application/json", "html": "text/html",
    "htm": "text/html", "xml": "application/xml", "py": "text/x-python",
    "js": "text/javascript", "ts": "text/x-typescript", "css": "text/css",
    "yaml": "application/yaml", "yml": "application/yaml", "toml": "application/toml",
    "c": "text/x-c", "h": "text/x-c", "cpp": "text/x-c++", "rs": "text/x-rust",
    "go": "text/x-go", "java": "text/x-java", "sh": "text/x-shellscript",
    "pdf": "application/pdf",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
}

_BOMS = (  # longest first: the UTF-32 LE BOM starts with the UTF-16 LE one
    (codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_ALLOWED_CONTROLS = set("\t\n\r\f\v\x1b")


def suffix(name: str) -> str:
    return name.rsplit(".", 1)[-1].lower() if "." in name else ""


def sniff(head: bytes, name: str) -> Kind:
    """What the bytes are, by magic number first (a name can lie), then by name."""
    if head.startswith(IMAGE_MAGIC) or (head[:4] == b"RIFF" and head[8:12] == b"WEBP"):
        return "image"
    if b"%PDF-" in head[:1024]:
        return "pdf"
    if head.startswith(b"PK\x03\x04"):
        return "docx" if suffix(name) in ("docx", "docm", "dotx") else "zip"
    if head.startswith(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"):
        return "doc"
    return "text"


def mime_for(name: str, kind: Kind = "text") -> str:
    if kind == "pdf":
        return "application/pdf"
    if kind == "docx":
        return MIME_BY_SUFFIX["docx"]
    return MIME_BY_SUFFIX.get(suffix(name), "text/plain")


def decode_text(name: str, data: bytes) -> str | AttachmentFailure:
    """``data`` as text, or a failure that says why it is not text we can read."""
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                text = data.decode(codec)
            except UnicodeDecodeError:
                return failure(name, "encoding", "file_bad_encoding",
                               encoding=codec.upper().rstrip("-SIG"))
            return _checked(name, text.lstrip("\ufeff"))
    if b"\x00" in data:
        return _binary(name)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        replaced = data.decode("utf-8", errors="replace")
        bad = replaced.count("\ufffd")
        if bad > max(8, len(data) // 100):
            return _binary(name)
        return failure(name, "encoding", "file_not_utf8", n=bad)
    return _checked(name, text)


def _checked(name: str, text: str) -> str | AttachmentFailure:
    if not text.strip():
        return failure(name, "empty", "file_no_text")
    sample = text[:65536]
    controls = sum(1 for ch in sample if ch < " " and ch not in _ALLOWED_CONTROLS)
    if controls > max(4, len(sample) // 50):
        return _binary(name)
    return text


def _binary(name: str) -> AttachmentFailure:
    return failure(name, "binary", "file_binary")
