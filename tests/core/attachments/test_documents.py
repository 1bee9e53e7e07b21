"""Documents read in the child process: every format, and every hostile file with its message.

Files are real and written by the tests (PDFs byte by byte and by pypdf's writer, DOCX by
python-docx, a zip bomb by zipfile, a sparse 1 GB file, a symlink to /dev/zero, a FIFO).
"""

from __future__ import annotations

import asyncio
import io
import json
import os
import sys
import time

import pytest

from ava_desktop.core.attachments import (
    AttachmentFailure,
    DocumentJob,
    Extraction,
    Limits,
    extract_bytes,
    extract_document,
    read_document,
)
from tests.attachment_files import encrypt_pdf, make_docx, make_pdf, make_zip_bomb_docx

posix_only = pytest.mark.skipif(sys.platform == "win32", reason="POSIX special files")


def write(folder, name: str, data: bytes):
    path = folder / name
    path.write_bytes(data)
    return path


def ok(result) -> Extraction:
    assert isinstance(result, Extraction), result
    return result


def failed(result, kind: str) -> AttachmentFailure:
    assert isinstance(result, AttachmentFailure), result
    assert result.kind == kind, result
    return result


def test_a_text_file_becomes_a_file_part_named_without_its_folder(tmp_path):
    data = "def hello():\n    return 'héllo'\n".encode()
    result = ok(read_document(write(tmp_path, "hello.py", data)))
    part = result.part
    assert part.name == "hello.py" and str(tmp_path) not in json.dumps(part.__repr__())
    assert part.text == data.decode() and part.mime == "text/x-python"
    assert part.size == len(data)
    import hashlib

    assert part.sha256 == hashlib.sha256(data).hexdigest()
    assert not result.cut


@pytest.mark.parametrize(("name", "text", "mime"), [
    ("notes.md", "# Title\n\n- a list\n", "text/markdown"),
    ("table.csv", "a,b\n1,2\n", "text/csv"),
    ("data.json", '{"key": [1, 2, 3]}', "application/json"),
    ("page.html", "<html><body><script>alert(1)</script>Hi</body></html>", "text/html"),
    ("README", "no suffix at all\n", "text/plain"),
])
def test_markdown_csv_json_html_are_sent_as_their_text(tmp_path, name, text, mime):
    part = ok(read_document(write(tmp_path, name, text.encode()))).part
    assert (part.text, part.mime) == (text, mime)


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-be", "utf-8-sig", "utf-32"])
def test_utf16_and_utf32_with_a_bom_and_utf8_with_a_bom(tmp_path, encoding):
    text = "Grüße, 世界\n"
    data = text.encode(encoding)
    if encoding == "utf-16-be":
        data = b"\xfe\xff" + data
    assert ok(read_document(write(tmp_path, "t.txt", data))).part.text == text


def test_latin1_text_is_refused_with_a_reason_not_mojibake(tmp_path):
    result = failed(read_document(write(tmp_path, "old.txt", "café crème".encode("latin-1"))),
                    "encoding")
    assert "old.txt is not UTF-8" in result.message and "Latin-1" in result.message


@pytest.mark.parametrize("data", [os.urandom(4096), b"MZ\x90\x00" + b"\x00" * 500,
                                  b"\x01\x02\x03\x04\x05\x06\x07\x08" * 200])
def test_a_binary_file_named_txt_is_detected(tmp_path, data):
    result = failed(read_document(write(tmp_path, "report.txt", data)), "binary")
    assert result.message.startswith("report.txt holds binary data")


def test_an_empty_or_blank_file_is_not_sent_silently_empty(tmp_path):
    failed(read_document(write(tmp_path, "empty.txt", b"")), "empty")
    failed(read_document(write(tmp_path, "blank.md", b" \n\t\n")), "empty")


def test_text_past_max_chars_is_cut_and_says_so(tmp_path):
    result = ok(read_document(write(tmp_path, "log.txt", b"x" * 5000), Limits(max_chars=1000)))
    assert result.cut and len(result.part.text) == 1000 and result.part.size == 5000


def test_pdf_text_page_by_page(tmp_path):
    pdf = make_pdf(["Hello from page one", "And (page) two\nsecond line"])
    part = ok(read_document(write(tmp_path, "paper.pdf", pdf))).part
    assert part.mime == "application/pdf"
    assert "Hello from page one" in part.text and "And (page) two" in part.text
    assert part.text.index("page one") < part.text.index("two")


def test_a_pdf_named_txt_is_still_read_as_a_pdf(tmp_path):
    part = ok(read_document(write(tmp_path, "sneaky.txt", make_pdf(["inside"])))).part
    assert part.mime == "application/pdf" and "inside" in part.text


def test_an_encrypted_pdf_says_it_needs_a_password(tmp_path):
    data = encrypt_pdf(make_pdf(["top secret"]))
    result = failed(read_document(write(tmp_path, "locked.pdf", data)), "encrypted")
    assert "password" in result.message and "top secret" not in result.message


def test_a_scanned_pdf_without_text_says_so(tmp_path):
    scan = make_pdf([b"q 100 0 0 100 0 0 cm 0 0 1 1 re f Q", b"0 0 50 50 re f"])
    result = failed(read_document(write(tmp_path, "scan.pdf", scan)), "no_text")
    assert "no text layer" in result.message and "2 pages" in result.message


def test_a_pdf_with_thousands_of_pages_is_refused_with_the_numbers(tmp_path):
    many = make_pdf([b""] * 2500)
    result = failed(read_document(write(tmp_path, "book.pdf", many)), "too_many_pages")
    assert "2,500 pages" in result.message and "2,000" in result.message


def test_a_pdf_whose_page_tree_loops_gets_a_message(tmp_path):
    started = time.monotonic()
    result = read_document(write(tmp_path, "loop.pdf", make_pdf(["x"], kids_loop=True)))
    assert isinstance(result, AttachmentFailure) and result.kind in ("corrupt", "no_text")
    assert "loop.pdf" in result.message and time.monotonic() - started < 10


def test_a_pdf_that_takes_too_long_is_killed_at_the_wall_time_limit(tmp_path):
    # one page with 400,000 text operators: pypdf needs ~15 CPU seconds for it
    slow = make_pdf([b"BT /F1 1 Tf " + b"(ab) Tj 1 0 Td " * 400_000 + b"ET"])
    path = write(tmp_path, "slow.pdf", slow)
    job = DocumentJob(path, Limits(seconds=0.5))
    started = time.monotonic()
    result = failed(job.wait(), "timeout")
    elapsed = time.monotonic() - started
    assert "slow.pdf" in result.message and "0.5 s" in result.message
    assert elapsed < 0.5 + 3 + 2  # the grace period, then killed
    assert job._proc.poll() is not None  # the child is gone


def test_a_docx_with_paragraphs_and_a_table(tmp_path):
    data = make_docx(["First paragraph.", "Second one."], [["Name", "Qty"], ["Apple", "3"]])
    part = ok(read_document(write(tmp_path, "letter.docx", data))).part
    assert part.text.splitlines() == ["First paragraph.", "Second one.", "Name | Qty",
                                      "Apple | 3"]
    assert part.mime.endswith("wordprocessingml.document")


def test_docx_links_tabs_breaks_and_cell_paragraphs_are_text(tmp_path):
    import docx

    document = docx.Document()
    para = document.add_paragraph("Tab")
    run = para.add_run("\tafter")
    run.add_break()
    para.add_run("next line")
    table = document.add_table(rows=1, cols=2)
    table.cell(0, 0).text = "left"
    table.cell(0, 1).add_paragraph("second para")
    out = io.BytesIO()
    document.save(out)
    part = ok(read_document(write(tmp_path, "mixed.docx", out.getvalue()))).part
    assert part.text.splitlines() == ["Tab\tafter", "next line", "left | second para"]


def test_a_docx_with_a_dtd_is_refused_unparsed(tmp_path):
    """Entity expansion needs a DTD; Word never writes one."""
    import zipfile

    laughs = ('<?xml version="1.0"?><!DOCTYPE w [<!ENTITY a "ha"><!ENTITY b "&a;&a;&a;&a;">]>'
              '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/'
              'main"><w:body><w:p><w:r><w:t>&b;</w:t></w:r></w:p></w:body></w:document>')
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", laughs)
    result = failed(read_document(write(tmp_path, "laughs.docx", out.getvalue())), "corrupt")
    assert "laughs.docx" in result.message and "haha" not in result.message


def test_a_docx_zip_bomb_is_refused_before_it_is_unpacked(tmp_path):
    result = failed(read_document(write(tmp_path, "bomb.docx", make_zip_bomb_docx(20))),
                    "zip_bomb")
    assert "ZIP bomb" in result.message
    total = failed(read_document(write(tmp_path, "big.docx", make_zip_bomb_docx(8)),
                                 Limits(max_unzipped_bytes=4 << 20, max_zip_ratio=10**6)),
                   "zip_bomb")
    assert "unpack to 8.0 MB" in total.message


def test_a_random_zip_and_an_old_doc_are_named_for_what_they_are(tmp_path):
    import zipfile

    archive = tmp_path / "stuff.zip"
    with zipfile.ZipFile(archive, "w") as z:
        z.writestr("a.txt", "hi")
    assert "ZIP archive" in failed(read_document(archive), "unsupported").message
    doc = write(tmp_path, "old.doc", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600)
    assert ".docx" in failed(read_document(doc), "unsupported").message


def test_a_sparse_1gb_file_is_refused_without_being_read(tmp_path):
    path = tmp_path / "huge.log"
    with open(path, "wb") as f:
        f.truncate(1 << 30)
    started = time.monotonic()
    result = failed(read_document(path), "too_large")
    assert result.message == "huge.log is 1.0 GB, over the 50 MB limit for attachments."
    assert time.monotonic() - started < 5


@posix_only
def test_a_symlink_to_dev_zero_and_a_fifo_are_refused(tmp_path):
    (tmp_path / "zero.txt").symlink_to("/dev/zero")
    assert "not a regular file" in failed(read_document(tmp_path / "zero.txt"),
                                          "not_regular").message
    os.mkfifo(tmp_path / "pipe.txt")  # opening it for reading would block without O_NONBLOCK
    failed(read_document(tmp_path / "pipe.txt"), "not_regular")


def test_a_missing_file_and_a_folder(tmp_path):
    failed(read_document(tmp_path / "gone.txt"), "not_found")
    assert "folder" in failed(read_document(tmp_path), "not_found").message


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="RLIMIT_AS")
def test_the_memory_limit_stops_the_reader_not_the_app(tmp_path):
    path = write(tmp_path, "big.txt", b"word " * (8 << 20))  # 40 MB of text
    result = failed(read_document(path, Limits(memory_bytes=96 << 20)), "memory")
    assert "96 MB" in result.message


def test_extract_document_is_async_and_cancelling_kills_the_child(tmp_path):
    path = write(tmp_path, "a.txt", b"hello")

    async def scenario():
        result = await extract_document(path)
        slow = make_pdf([b"BT /F1 1 Tf " + b"(ab) Tj 1 0 Td " * 400_000 + b"ET"])
        task = asyncio.ensure_future(extract_document(write(tmp_path, "slow.pdf", slow)))
        await asyncio.sleep(0.5)
        task.cancel()
        started = time.monotonic()
        with pytest.raises(asyncio.CancelledError):
            await task
        return result, time.monotonic() - started

    result, cancel_time = asyncio.run(scenario())
    assert ok(result).part.text == "hello"
    assert cancel_time < 2


def test_extract_bytes_in_process_refuses_images():
    png = b"\x89PNG\r\n\x1a\n" + b"\0" * 32
    assert failed(extract_bytes("shot.png", png), "unsupported").message.endswith("as an image.")
    heic = failed(extract_bytes("IMG_1.HEIC", b"\0\0\0\x18ftypheic" + b"\0" * 64), "unsupported")
    assert heic.message.startswith("IMG_1.HEIC is a HEIC image; Ava attaches PNG, JPEG")
