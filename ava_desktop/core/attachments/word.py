"""DOCX text through python-docx, after the ZIP container has been checked for bombs.

The check reads only the ZIP's central directory (declared sizes); ``zipfile`` then never
unpacks a member past its declared size (it fails the CRC instead), and the reader process
has a memory limit on top.
"""

from __future__ import annotations

import io
import zipfile

from ava_desktop.core.attachments.limits import MB, AttachmentFailure, Limits, human_size


def check_zip(name: str, data: bytes, limits: Limits) -> AttachmentFailure | None:
    """A failure if the archive would unpack past the limits, else None."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            infos = archive.infolist()
    except (zipfile.BadZipFile, ValueError, EOFError):
        return AttachmentFailure(name, "corrupt", f"{name} is a damaged Word file (bad ZIP).")
    if len(infos) > limits.max_zip_members:
        return _bomb(name, f"it holds {len(infos):,} files")
    total = sum(info.file_size for info in infos)
    if total > limits.max_unzipped_bytes:
        return _bomb(name, f"it would unpack to {human_size(total)}, over the "
                           f"{human_size(limits.max_unzipped_bytes)} limit")
    for info in infos:
        ratio = info.file_size / max(info.compress_size, 1)
        if info.file_size > MB and ratio > limits.max_zip_ratio:
            return _bomb(name, f"one part is compressed {ratio:,.0f} to 1")
    if "word/document.xml" not in {info.filename for info in infos}:
        return AttachmentFailure(name, "unsupported",
                                 f"{name} is a ZIP archive but not a Word document.")
    return None


def docx_text(name: str, data: bytes, limits: Limits) -> tuple[str, bool] | AttachmentFailure:
    """(text, cut): paragraphs and tables in document order; tables as ``a | b`` rows."""
    problem = check_zip(name, data, limits)
    if problem:
        return problem
    import docx
    from docx.table import Table

    try:
        document = docx.Document(io.BytesIO(data))
        lines: list[str] = []
        total = 0
        for block in document.iter_inner_content():
            if isinstance(block, Table):
                rows = [" | ".join(cell.text.strip() for cell in row.cells)
                        for row in block.rows]
                text = "\n".join(rows)
            else:
                text = block.text
            lines.append(text)
            total += len(text) + 1
            if total > limits.max_chars:
                break
    except MemoryError:
        raise
    except Exception as exc:  # python-docx/lxml raise many kinds on broken files
        return AttachmentFailure(name, "corrupt",
                                 f"{name} is not a Word file Ava can read ({type(exc).__name__}).")
    text = "\n".join(lines).strip()
    if not text:
        return AttachmentFailure(name, "empty", f"{name} has no text to send.")
    return text[:limits.max_chars], total > limits.max_chars


def _bomb(name: str, why: str) -> AttachmentFailure:
    return AttachmentFailure(name, "zip_bomb",
                             f"{name} was not opened: {why} (a ZIP bomb, or far too big).")
