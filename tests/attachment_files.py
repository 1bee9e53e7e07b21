"""Files for the attachment tests, written here byte by byte or with the libraries' writers."""

from __future__ import annotations

import io
import struct
import zlib
from collections.abc import Sequence


def _pdf_escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def make_pdf(pages: Sequence[str | bytes], kids_loop: bool = False) -> bytes:
    """A valid PDF (xref offsets right) with one page per entry: a str is shown as text in
    Helvetica (one line per ``\\n``), bytes are used as the raw content stream.
    ``kids_loop``: the page tree lists itself as its own kid (a PDF that loops)."""
    objects: list[bytes] = []
    n_pages = len(pages)
    first_page = 4
    kids = "2 0 R" if kids_loop else " ".join(f"{first_page + 2 * i} 0 R" for i in range(n_pages))
    objects.append(b"<< /Type /Catalog /Pages 2 0 R >>")
    objects.append(f"<< /Type /Pages /Kids [{kids}] /Count {n_pages} >>".encode())
    objects.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>")
    for i, content in enumerate(pages):
        if isinstance(content, str):
            lines = [f"({_pdf_escape(line)}) Tj T*" for line in content.split("\n")]
            stream = ("BT /F1 11 Tf 13 TL 72 760 Td " + " ".join(lines) + " ET").encode("latin-1")
        else:
            stream = content
        objects.append(f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources "
                       f"<< /Font << /F1 3 0 R >> >> /Contents {first_page + 2 * i + 1} 0 R >>"
                       .encode())
        objects.append(b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream")
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % number + body + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    for offset in offsets:
        out.write(b"%010d 00000 n \n" % offset)
    out.write(b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n"
              % (len(objects) + 1, xref))
    return out.getvalue()


def encrypt_pdf(data: bytes, password: str = "secret") -> bytes:
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(data)))
    writer.encrypt(user_password=password, owner_password="owner", algorithm="RC4-128")
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def make_docx(paragraphs: Sequence[str], table: Sequence[Sequence[str]] = ()) -> bytes:
    import docx

    document = docx.Document()
    for text in paragraphs:
        document.add_paragraph(text)
    if table:
        grid = document.add_table(rows=len(table), cols=len(table[0]))
        for r, row in enumerate(table):
            for c, cell in enumerate(row):
                grid.cell(r, c).text = cell
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def make_zip_bomb_docx(megabytes: int = 20) -> bytes:
    """A .docx-shaped ZIP whose one extra member is ``megabytes`` MB of zeros (~1000:1)."""
    import zipfile

    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", "<w:document/>")
        with archive.open("word/media/bomb.bin", "w") as member:
            chunk = b"\0" * (1024 * 1024)
            for _ in range(megabytes):
                member.write(chunk)
    return out.getvalue()


def png_header(width: int, height: int) -> bytes:
    """A PNG signature and IHDR chunk claiming ``width`` x ``height`` RGBA, one tiny IDAT
    and IEND: the size a decoder would allocate, without the pixels."""
    def chunk(kind: bytes, body: bytes) -> bytes:
        return (struct.pack(">I", len(body)) + kind + body
                + struct.pack(">I", zlib.crc32(kind + body) & 0xFFFFFFFF))

    ihdr = struct.pack(">IIBBBBB", width, height, 8, 6, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", zlib.compress(b"\0" * 64))
            + chunk(b"IEND", b""))


def exif_app1(orientation: int = 1, gps: bool = True) -> bytes:
    """A JPEG APP1 segment with a little-endian TIFF/EXIF block: Orientation, and a GPS IFD
    with latitude N 48°51'30" (Paris)."""
    entries_ifd0 = [(0x0112, 3, 1, orientation)]  # Orientation, SHORT
    if gps:
        entries_ifd0.append((0x8825, 4, 1, 0))  # GPSInfo offset, filled in below
    ifd0_size = 2 + 12 * len(entries_ifd0) + 4
    gps_offset = 8 + ifd0_size
    gps_entries = [(0x0001, 2, 2, b"N\0"), (0x0002, 5, 3, None)]  # LatitudeRef, Latitude
    gps_size = 2 + 12 * len(gps_entries) + 4
    rationals_offset = gps_offset + gps_size
    tiff = bytearray(b"II*\x00" + struct.pack("<I", 8))
    tiff += struct.pack("<H", len(entries_ifd0))
    for tag, typ, count, value in entries_ifd0:
        if tag == 0x8825:
            value = gps_offset
        if typ == 3:
            tiff += struct.pack("<HHIHH", tag, typ, count, value, 0)
        else:
            tiff += struct.pack("<HHII", tag, typ, count, value)
    tiff += struct.pack("<I", 0)
    if gps:
        tiff += struct.pack("<H", len(gps_entries))
        tiff += struct.pack("<HHI", 0x0001, 2, 2) + b"N\0\0\0"
        tiff += struct.pack("<HHII", 0x0002, 5, 3, rationals_offset)
        tiff += struct.pack("<I", 0)
        tiff += struct.pack("<IIIIII", 48, 1, 51, 1, 30, 1)
    body = b"Exif\x00\x00" + bytes(tiff)
    return b"\xff\xe1" + struct.pack(">H", len(body) + 2) + body


def with_exif(jpeg: bytes, app1: bytes) -> bytes:
    """``jpeg`` with ``app1`` inserted right after the SOI marker."""
    assert jpeg[:2] == b"\xff\xd8"
    return jpeg[:2] + app1 + jpeg[2:]
