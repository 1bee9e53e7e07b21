"""Rendering features, copy-code indexing, code_blocks exactness, plain_text, stylesheet."""

from __future__ import annotations

import html as html_lib
import re
import subprocess
import sys

import pytest

from ava_desktop.core.markdown import (
    COPY_HREF_PREFIX,
    WRAP_HREF_PREFIX,
    code_blocks,
    plain_text,
    render_markdown,
    stylesheet,
)
from ava_desktop.core.markdown import highlight as hl

from .test_markdown_security import assert_safe_html


def strip_tags(out: str) -> str:
    import html

    return html.unescape(re.sub(r"<[^>]+>", "", out))


def test_block_features() -> None:
    out = render_markdown(
        "# H1\n## H2\n###### H6\n\npara *em* **strong** ~~gone~~ `x < y`\nline two  \nhard\n\n"
        "> quoted\n\n- a\n- b\n  - nested\n\n3. three\n4. four\n\n---\n"
    )
    assert_safe_html(out)
    for frag in (
        "<h1>H1</h1>",
        "<h2>H2</h2>",
        "<h6>H6</h6>",
        "<em>em</em>",
        "<strong>strong</strong>",
        "<s>gone</s>",
        '<code class="inline">x &lt; y</code>',
        "<br>",
        "<blockquote>",
        "<ul><li>a</li>",
        '<ol start="3">',
        "<hr>",
    ):
        assert frag in out, frag


def test_table_uses_qt_attributes_and_alignment() -> None:
    out = render_markdown("| L | C | R |\n|:--|:-:|--:|\n| 1 | 2 | 3 |\n| *x* | `y` | z |")
    assert_safe_html(out)
    assert '<table class="md" border="1" cellspacing="0" cellpadding="4">' in out
    assert '<th align="left">L</th>' in out and '<td align="right">3</td>' in out
    assert '<td align="center"><code class="inline">y</code></td>' in out
    assert "style=" not in out


def test_links_and_task_lists() -> None:
    out = render_markdown("[docs](https://docs.example/a?b=1&c=2)\n\n- [ ] todo\n- [x] done")
    assert '<a href="https://docs.example/a?b=1&amp;c=2">docs</a>' in out
    assert '<li class="unchecked">todo</li>' in out and '<li class="checked">done</li>' in out
    assert "[ ]" not in out and "[x]" not in out
    assert plain_text("- [ ] todo\n- [x] done") == "- [ ] todo\n- [x] done"


def test_footnotes_are_numbered_by_reference_and_listed_at_the_end() -> None:
    out = render_markdown(
        "[^b]: Defined first, cited second.\n\nSee this[^a] and that[^B], again[^a].\n\n"
        "[^a]: The *first* one\ncontinues here.\n[^unused]: Never cited.\n\nThe end.\n"
    )
    assert_safe_html(out)
    body, _, notes = out.partition("<hr>")
    assert f"See this{ref(1)} and that{ref(2)}, again{ref(1)}." in body
    assert "The end." in body and "Defined first" not in body and "[^" not in out
    assert notes.split("\n")[1:4] == [
        '<p class="footnote"><sup>1</sup>&nbsp;The <em>first</em> one',
        'continues here.</p>',
        '<p class="footnote"><sup>2</sup>&nbsp;Defined first, cited second.</p>',
    ]
    assert '<sup>3</sup>&nbsp;Never cited.' in notes  # unreferenced ones come last
    assert plain_text("A[^1].\n\n[^1]: Note.") == "A[^1].\n\n[^1]: Note."


def ref(n: int) -> str:
    """A footnote reference as the renderer writes it: a link the view scopes and follows."""
    return f'<sup><a class="fnref" href="ava:footnote/{n}">{n}</a></sup>'


def test_a_page_without_a_view_gets_footnote_numbers_without_links() -> None:
    """An export or a printout: the references stay superscript numbers, no ``ava:`` link
    (nor a code block's Copy) is left, and the model's own links stay."""
    from ava_desktop.core.markdown.markup import for_page

    out = render_markdown("<https://example.com>[^a] and[^b]\n\n```\nx\n```\n\n"
                          "[^a]: A.\n[^b]: B.\n")
    assert_safe_html(out)
    assert '<a href="https://example.com">https://example.com</a>' + ref(1) in out
    page = for_page(out)
    assert "ava:" not in page and "and<sup>2</sup>" in page
    assert '<a href="https://example.com">https://example.com</a><sup>1</sup>' in page
    assert '<p class="footnote"><sup>2</sup>&nbsp;B.</p>' in page
    # a reference never ends up in a link's text, so its own link is never nested in one
    linked = render_markdown("[see[^a] more](https://example.com)\n\n[^a]: A.\n")
    assert re.search(r"<a [^>]*>[^<]*<sup><a ", linked) is None and ref(1) in linked


def test_long_tokens_in_table_cells_get_break_opportunities_and_nothing_else_does() -> None:
    url = "https://example.com/a/very/long/path_with_segments?query=1"
    out = render_markdown(f"| {url} | `a_really_long_identifier_name` | short words |\n"
                          f"|---|---|---|\n| x | y | z |\n\n{url} `a_really_long_identifier_name`")
    table, _, after = out.partition("</table>")
    zw = "\u200b"
    assert f"example.{zw}com/{zw}a/{zw}very/" in table and f"a_{zw}really_{zw}long_" in table
    assert "short words" in table and zw not in after
    assert f'href="{url}"' in table  # the link itself is untouched


def test_images_become_links_with_a_label() -> None:
    out = render_markdown("![a cat](https://img.example/cat.png) ![](https://img.example/x)")
    assert '<a href="https://img.example/cat.png">[image: a cat]</a>' in out
    assert "[image: image]" in out
    assert "<img" not in out


def test_fenced_code_has_label_copy_link_and_highlighting() -> None:
    out = render_markdown("```python\ndef f():\n    return 1\n```\n")
    assert_safe_html(out)
    assert '<span class="code-lang">python</span>' in out
    assert f'<a class="copy" href="{COPY_HREF_PREFIX}0">Copy</a>' in out
    assert '<span style="color:' in out and '<pre style="white-space:pre-wrap">' in out
    assert f'<a class="wrap" href="{WRAP_HREF_PREFIX}0">No wrap</a>' in out
    assert strip_tags(out).count("def f():\n    return 1") == 1
    dark = render_markdown("```python\ndef f():\n    return 1\n```\n", dark=True)
    assert dark != out and hl.code_colors(True)[0] in dark


def test_unknown_or_missing_language_is_plain_escaped() -> None:
    out = render_markdown("```no-such-lang\n<b>x</b>\n```\n\n```\nplain\n```")
    assert "&lt;b&gt;x&lt;/b&gt;" in out and "<span style" not in out
    assert '<span class="code-lang">no-such-lang</span>' in out


def test_copy_indices_match_code_blocks_across_nesting() -> None:
    src = (
        "```sh\necho 1\n```\n\n    indented\n\n- item\n\n  ```js\n  let a = 1;\n  ```\n\n"
        "> ```\n> quoted code\n> ```\n\n~~~~python\n```\nnot a fence end\n~~~~\n"
    )
    out = render_markdown(src)
    links = re.findall(r'href="ava:copy-code/(\d+)"', out)
    assert links == ["0", "1", "2", "3", "4"]
    assert code_blocks(src) == [
        "echo 1",
        "indented",
        "let a = 1;",
        "quoted code",
        "```\nnot a fence end",
    ]


def test_code_blocks_are_exact() -> None:
    code = (
        "def f():\n\tif x:  \n\t\treturn '```'  \n\n# ünïcödé ✓ 🐍\n  trailing spaces   \n"
        "`single` ``double``\n"
    )
    src = f"Intro\n\n````python\n{code}````\n\nOutro"
    assert code_blocks(src) == [code.removesuffix("\n")]
    assert code_blocks("```\n\n\nx\n\n\n```") == ["\n\nx\n\n"]
    assert code_blocks("```\n```") == [""]
    assert code_blocks("```py\nunclosed\nstill code") == ["unclosed\nstill code"]
    assert code_blocks("no code `inline` here") == []
    assert code_blocks("```\r\nwin\r\n```") == ["win"]
    # What the user sees is the same code.
    out = render_markdown(src)
    assert code.removesuffix("\n") in strip_tags(out)


def test_highlight_cache_is_bounded_and_reused() -> None:
    hl.cache_clear()
    src = "```python\nx = 1\n```\n\n```python\nx = 1\n```"
    render_markdown.__wrapped__(src)
    render_markdown.__wrapped__(src)
    info = hl.cache_info()
    assert info.misses == 1 and info.hits == 3
    assert info.maxsize is not None


def test_plain_text() -> None:
    src = (
        "# Title\n\nSome *em* and **strong** with `code` and [a link](https://x.example)"
        " and <https://auto.example> and ![cat](https://img.example/c.png).\n\n"
        "- one\n- two\n  - nested\n\n1. first\n2. second\n\n> quote\n> more\n\n"
        "```python\ndef f():\n    return '<b>'\n```\n\n| a | b |\n|---|---|\n| 1 | 2 |\n"
    )
    assert plain_text(src) == (
        "Title\n\nSome em and strong with code and a link (https://x.example) and "
        "https://auto.example and cat (https://img.example/c.png).\n\n"
        "- one\n- two\n  - nested\n\n1. first\n2. second\n\n> quote\n> more\n\n"
        "def f():\n    return '<b>'\n\na\tb\n1\t2"
    )


def test_stylesheet_is_plain_css_for_both_schemes() -> None:
    light, dark = stylesheet(), stylesheet(dark=True)
    assert light != dark
    for css in (light, dark):
        assert "url(" not in css and "a {" in css and "pre {" in css


def test_core_markdown_does_not_import_qt() -> None:
    code = (
        "import sys, ava_desktop.core.markdown as m; m.render_markdown('# x');"
        "bad = [n for n in sys.modules if n.startswith(('PySide6', 'qasync', 'shiboken'))];"
        "print(bad); sys.exit(1 if bad else 0)"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0, proc.stdout + proc.stderr


def test_warm_up_preloads_lexers_without_filling_the_cache() -> None:
    hl.cache_clear()
    for _step in hl.warm_up(("python", "no-such-language")):
        pass
    assert hl.cache_info().currsize == 0
    assert hl._lexer("python") is not None and hl._lexer("no-such-language") is None


def test_warm_up_loads_the_lexers_and_the_parser_a_step_at_a_time() -> None:
    """Nothing loads before the first step is asked for, all of it after the last; the
    app runs one step per loop turn, so none holds the window for the whole ~50 ms."""
    code = ("import sys\n"
            "from ava_desktop.core import markdown\n"
            "wanted = ('markdown_it', 'pygments.lexers.python')\n"
            "steps = markdown.warm_up()\n"
            "print(*[m in sys.modules for m in wanted])\n"
            "count = sum(1 for _ in steps)\n"
            "print(*[m in sys.modules for m in wanted], count)\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         timeout=60, check=True).stdout.split("\n")
    assert out[0].split() == ["False", "False"]
    *loaded, count = out[1].split()
    assert loaded == ["True", "True"] and int(count) >= 6  # the lexer, the parser's parts


def test_plain_code_leaves_code_uncoloured_and_is_not_cached():
    """Start-up's first screen: code escaped, no lexer asked for; outside again, the same
    text renders in colour (the plain rendering was not kept in the cache)."""
    from ava_desktop.core.markdown.highlight import plain_code

    text = "```python\nif x < 1:\n    return 'a'\n```\n"
    with plain_code():
        plain = render_markdown(text)
    assert "if x &lt; 1:" in plain and "<span" not in plain.split("<pre")[1]
    coloured = render_markdown(text)
    assert "<span style=" in coloured.split("<pre")[1]


BRACKET_TEXTS = [
    "![" * 300, "[" * 300, "![" * 300 + "]", "[" * 30 + "a](http://x.org)" + "]" * 5,
    "[a](http://x.org) ![b](http://y.org) ![x [a](http://z.org)](http://w.org) [c]",
    "[ref]\n\n[ref]: http://r.org", "text ] then ![late](http://l.org) and [open",
    "`[`code] [x](<http://a.org> \"t\") ![" * 20 + "[^1] ![[]](http://q.org)",
    "| a | b |\n|---|---|\n| [x](http://c.org) | ![ |\n", "> [q](http://q.org)\n> ![",
    "a ![![[ *x* [b !!! \\[ $x$ `![` ![*em*_u_ ![&amp; ![<http://a.org>\n![[", "!" * 50,
    "![" * 4 + "a](http://a.org)" + "](http://b.org)" * 3, "[![i](http://i.org)](http://l.org)",
    "[" * 8 + "a" + "]" * 8, "[" * 3 + "x](http://x.org)" + "] [y]\n\n[y]: http://y.org",
    "[ " * 50 + "x", "x [  \ny ![ \t[ z", "[ [a](http://a.org) [ ![ " * 10 + "]",
    "[ ! [ *b* ![ `c` [ $d$ ![ " * 5 + "] e", "[a " * 50 + "x", "w [b1 _c_ ![d2 [^e",
]


def count_label_scans(monkeypatch, md) -> list[int]:
    """Where ``md`` starts a label scan from now on (its own scan, wrapped, still runs)."""
    scans: list[int] = []
    scan = md.helpers.parseLinkLabel

    def counted(state: object, start: int, disable_nested: bool = False) -> int:
        scans.append(start)
        return scan(state, start, disable_nested)

    monkeypatch.setattr(md.helpers, "parseLinkLabel", counted)
    return scans


def test_labels_without_an_end_parse_as_before_and_never_scan(monkeypatch) -> None:
    """The guard against ``![![![`` (rules.labels_need_an_end) changes no output, and a
    run of brackets with no ``]`` never starts a label scan (it cost seconds)."""
    import markdown_it.helpers
    from markdown_it.rules_inline import image, link

    from ava_desktop.core.markdown.render import MD, make_parser, new_env, render_tokens

    plain = make_parser()
    plain.inline.ruler.at("link", link)
    plain.inline.ruler.at("image", image)
    plain.inline.ruler.disable("ava_bracket_run")
    plain.helpers = markdown_it.helpers
    for text in BRACKET_TEXTS:
        ours = render_tokens(MD.parse(text, new_env(dark=False)), new_env(dark=False))
        theirs = render_tokens(plain.parse(text, new_env(dark=False)), new_env(dark=False))
        assert ours == theirs, text
    scans = count_label_scans(monkeypatch, MD)
    MD.parse("![" * 2_000, new_env(dark=False))
    assert scans == []
    MD.parse("![" * 2_000 + "]", new_env(dark=False))
    assert scans  # the guard is no more than the missing "]": this one is scanned
    from markdown_it.rules_inline import newline

    rounds: list[int] = []  # rule rounds of the tokenizer that get past the run rule

    def counted_newline(state: object, silent: bool) -> bool:
        rounds.append(1)
        return newline(state, silent)

    MD.inline.ruler.at("newline", counted_newline)
    try:
        MD.parse("![" * 2_000 + " *a*", new_env(dark=False))
    finally:
        MD.inline.ruler.at("newline", newline)
    assert 0 < len(rounds) < 10  # the run was taken at once, not a round a character


@pytest.mark.parametrize("text", [
    "![" * 40_000 + "]", "[" * 80_000 + "]", "[" * 20_000 + "]" * 20_000,
    "![" * 40_000 + "a](http://a.org)",
])
def test_a_closed_bracket_trap_scans_a_few_labels_and_keeps_every_character(
        monkeypatch, text: str) -> None:
    """With a ``]`` at the end, every ``[`` of the run was a label scanned forward
    (1.2-1.8 s for 80k characters): now only the run's last few start a label, the text
    is all there and the one real link at the end still is one."""
    from ava_desktop.core.markdown.render import MD, new_env, render_tokens
    from ava_desktop.core.markdown.rules import LABEL_NESTING

    scans = count_label_scans(monkeypatch, MD)
    html = render_tokens(MD.parse(text, new_env(dark=False)), new_env(dark=False))
    assert len(scans) <= 8 * LABEL_NESTING
    visible = re.sub(r"<[^>]+>", "", html).replace("[image: a]", "")
    assert visible.count("[") == text.count("[") - ("a](" in text)
    assert ('href="http://a.org"' in html) == ("a](" in text)


@pytest.mark.parametrize("text", [
    "[ " * 40_000 + "]", "![ " * 27_000 + "]", "[a " * 27_000 + "]",
    "[ [x] " * 13_000 + "]",
])
def test_spaced_out_brackets_share_one_budget_of_label_steps(monkeypatch, text: str) -> None:
    """``[ [ [`` to a ``]`` 80k characters on: each bracket's label scan stopped 8 deep,
    but that was ~20 steps a bracket (0.5-1.2 s). All scans of a parse share
    ``LABEL_STEPS``; past it the rest is text, and every character is still shown."""
    from ava_desktop.core.markdown.render import MD, new_env, render_tokens
    from ava_desktop.core.markdown.rules import LABEL_STEPS

    steps: list[int] = []
    skip = MD.inline.skipToken

    def counted(state: object) -> None:
        steps.append(1)
        skip(state)

    monkeypatch.setattr(MD.inline, "skipToken", counted)
    html = render_tokens(MD.parse(text, new_env(dark=False)), new_env(dark=False))
    assert len(steps) <= 2 * LABEL_STEPS
    visible = html_lib.unescape(re.sub(r"<[^>]+>", "", html)).replace("[image: a]", "")
    assert visible.count("[") == text.count("[")
    assert visible.count("]") == text.count("]")


def test_a_paragraph_of_thousands_of_links_keeps_them_all() -> None:
    """The label budget is far above what real text spends: 3,000 links in one paragraph,
    some with nested brackets, are all links."""
    text = " ".join(f"see [item {i} [{i}]](https://example.org/{i})" for i in range(3_000))
    html = render_markdown(text)
    assert html.count('href="https://example.org/') == 3_000
    assert 'href="https://example.org/2999"' in html
