"""Search snippets are cut from Markdown source; they read as plain text, matches marked."""

from __future__ import annotations

from pathlib import Path

import pytest

from ava_desktop.core.store import Store


@pytest.fixture
def store(tmp_path: Path):
    s = Store.open(tmp_path / "conversations.sqlite3")
    yield s
    s.close()


def _hit(store: Store, text: str, query: str):
    conv = store.create_conversation("t", "env", "m")
    store.add_message(conv.id, "assistant", text)
    (hit,) = store.search(query)
    return hit


def _marked(hit) -> list[str]:
    return [hit.snippet[a:b] for a, b in hit.spans]


def test_markup_goes_and_every_match_stays_marked(store: Store) -> None:
    hit = _hit(store, "# Zebra facts\n\nA **zebra** has `zebra.stripes`", "zebra")
    assert hit.snippet == "Zebra facts A zebra has zebra.stripes"
    assert _marked(hit) == ["Zebra", "zebra", "zebra"]
    assert hit.snippet_html == "<b>Zebra</b> facts A <b>zebra</b> has <b>zebra</b>.stripes"


def test_a_match_in_a_links_url_stays_marked(store: Store) -> None:
    hit = _hit(store, "See [zebras](http://z.example/zebra).", "zebra")
    assert hit.snippet == "See zebras (http://z.example/zebra)."  # not lost to %-encoding
    assert _marked(hit) == ["zebras", "zebra"]
    assert "%02" not in hit.snippet and "\x02" not in hit.snippet


def test_a_cut_in_the_middle_of_markup_leaves_no_half_of_it(store: Store) -> None:
    words = " ".join(f"w{i}" for i in range(30))
    hit = _hit(store, f"{words} the `okapi code` and **okapi** [okapi page{words}]"
                      f"(http://o.example) {words}", "okapi")
    assert hit.snippet.startswith("…") and hit.snippet.endswith("…")
    assert not set("`*[]") & set(hit.snippet)
    assert _marked(hit) == ["okapi"] * 3
    hit = _hit(store, f"{words} w30 w31 the gnu zoo [gnu](http://x.example/a/b/c/d/e/f/g/h/i)",
               "gnu")
    assert hit.snippet == "…w29 w30 w31 the gnu zoo gnu…"  # cut inside the URL: its text is kept


def test_a_fenced_block_at_the_start_of_a_cut_is_still_code(store: Store) -> None:
    hit = _hit(store, "```python\nprint('gnu')\n```\nthen the **gnu** ran", "gnu")
    assert hit.snippet == "print('gnu') then the gnu ran"
    assert _marked(hit) == ["gnu", "gnu"]
