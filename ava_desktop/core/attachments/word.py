"""DOCX text from ``word/document.xml`` with the standard library, after the ZIP container
has been checked for bombs.

The check reads only the ZIP's central directory (declared sizes); ``zipfile`` then never
unpacks a member past its declared size (it fails the CRC instead), and the reader process
has a memory limit on top. Why not python-docx: it needs lxml (5 MB of the bundle) to read
what is a flat list of paragraphs and tables; a document with a DTD (Word never writes one,
entity tricks need one) is refused before parsing.
"""

from __future__ import annotations

import io
import zipfile
from xml.etree import ElementTree

from ava_desktop.core.attachments.limits import MB, AttachmentFailure, Limits, failure


def check_zip(name: str, data: bytes, limits: Limits) -> AttachmentFailure | None:
    """A failure if the archive would unpack past the limits, else None."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            infos = archive.infolist()
    except (zipfile.BadZipFile, ValueError, EOFError):
        return failure(name, "corrupt", "word_bad_zip")
    if len(infos) > limits.max_zip_members:
        return failure(name, "zip_bomb", "zip_members", n=len(infos))
    total = sum(info.file_size for info in infos)
    if total > limits.max_unzipped_bytes:
        return failure(name, "zip_bomb", "zip_unpacked", size=total,
                       limit_size=limits.max_unzipped_bytes)
    for info in infos:
        ratio = info.file_size / max(info.compress_size, 1)
        if info.file_size > MB and ratio > limits.max_zip_ratio:
            return failure(name, "zip_bomb", "zip_ratio", ratio=round(ratio))
    if "word/document.xml" not in {info.filename for info in infos}:
        return failure(name, "unsupported", "word_not_docx")
    return None


def docx_text(name: str, data: bytes, limits: Limits) -> tuple[str, bool] | AttachmentFailure:
    """(text, cut): paragraphs and tables in document order; tables as ``a | b`` rows."""
    problem = check_zip(name, data, limits)
    if problem:
        return problem
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            xml = archive.read("word/document.xml")
        if b"<!DOCTYPE" in xml[:4096].upper() or b"<!ENTITY" in xml.upper():
            raise ValueError("a DTD in the document")
        body = ElementTree.fromstring(xml).find(f"{W}body")
        lines: list[str] = []
        total = 0
        for block in body if body is not None else ():
            if block.tag == f"{W}tbl":
                text = "\n".join(" | ".join(_cell_text(cell).strip()
                                             for cell in row.iter(f"{W}tc"))
                                  for row in block.iter(f"{W}tr"))
            elif block.tag == f"{W}p":
                text = _paragraph_text(block)
            else:
                continue
            lines.append(text)
            total += len(text) + 1
            if total > limits.max_chars:
                break
    except MemoryError:
        raise
    except Exception as exc:  # zipfile and expat raise many kinds on broken files
        return failure(name, "corrupt", "word_unreadable", error=type(exc).__name__)
    text = "\n".join(lines).strip()
    if not text:
        return failure(name, "empty", "word_empty")
    return text[:limits.max_chars], total > limits.max_chars


W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def _paragraph_text(paragraph: ElementTree.Element) -> str:
    """What Word shows of one paragraph: its runs' text (links included), tabs and breaks."""
    parts: list[str] = []
    for node in paragraph.iter():
        if node.tag == f"{W}t":
            parts.append(node.text or "")
        elif node.tag == f"{W}tab":
            parts.append("\t")
        elif node.tag in (f"{W}br", f"{W}cr"):
            parts.append("\n")
    return "".join(parts)


def _cell_text(cell: ElementTree.Element) -> str:
    """A table cell's own paragraphs, one per line (a nested table's cells are theirs)."""
    return "\n".join(_paragraph_text(p) for p in cell.findall(f"{W}p"))

