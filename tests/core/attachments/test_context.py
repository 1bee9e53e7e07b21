"""Does a document fit the context window? The numbers in the message, and the first part."""

from __future__ import annotations

from ava_desktop.core.attachments import check_fit, cut_text, estimate_tokens, first_part
from ava_desktop.core.attachments.limits import display_name, human_size
from ava_desktop.core.conversation.parts import FilePart


def test_estimate_counts_ascii_by_four_and_other_scripts_by_one():
    assert estimate_tokens("abcd" * 100) == 100
    assert estimate_tokens("世界" * 50) == 100
    assert estimate_tokens("") == 0


def test_a_text_that_fits_and_one_that_does_not_with_the_numbers():
    fit = check_fit("a.txt", "x" * 4000, context_tokens=8192)
    assert fit.fits and fit.tokens == 1000
    too_big = check_fit("book.pdf", "x" * 400_000, context_tokens=32_768, used_tokens=2_000)
    assert not too_big.fits
    assert too_big.available == 32_768 - 2_000 - 1024
    assert "about 100,000 tokens (400,000 characters)" in too_big.message
    assert "holds 32,768 tokens" in too_big.message and "29,744 are free" in too_big.message


def test_the_first_part_fits_ends_at_a_line_and_tells_the_model_it_was_cut():
    text = "".join(f"line {i:05d} of the log\n" for i in range(20_000))
    part = FilePart(name="app.log", mime="text/plain", text=text, sha256="x", size=len(text))
    head = first_part(part, max_tokens=5_000)
    assert estimate_tokens(head.text) <= 5_000
    body, note = head.text.rsplit("\n", 1)
    assert text.startswith(body) and body.endswith("of the log")
    assert note.startswith("[Only the first ") and f"of {len(text):,} characters" in note
    assert head.name == "app.log" and head.sha256 == "x"
    assert first_part(part, max_tokens=10**6) is part


def test_cut_text_without_line_breaks_still_fits():
    assert len(cut_text("y" * 1000, 10)) == 40


def test_human_size_and_display_name():
    assert [human_size(n) for n in (1, 900, 4300, 31 << 20, 1 << 30)] == [
        "1 byte", "900 bytes", "4.2 KB", "31 MB", "1.0 GB"]
    assert display_name("/home/alice/secret project/report.pdf") == "report.pdf"
    assert display_name("C:\\Users\\bob\\a\x07b.txt") == "a\ufffdb.txt"
