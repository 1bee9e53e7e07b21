"""Hostile model output: nothing may load, run or open; raw HTML stays visible text."""

from __future__ import annotations

import html
import re
from html.parser import HTMLParser

import pytest

from ava_desktop.core.markdown import (
    StreamingMarkdown,
    code_blocks,
    plain_text,
    render_markdown,
    safe_href,
)

# Tags and attributes the renderer may ever emit (QtSafeRenderer + Pygments spans).
ALLOWED_ATTRS: dict[str, set[str]] = {
    "p": {"class"},
    "h1": set(),
    "h2": set(),
    "h3": set(),
    "h4": set(),
    "h5": set(),
    "h6": set(),
    "ul": set(),
    "ol": {"start"},
    "li": {"class"},
    "blockquote": set(),
    "em": set(),
    "strong": set(),
    "s": set(),
    "hr": set(),
    "br": set(),
    "code": {"class"},
    "a": {"href", "class"},
    "pre": {"style"},
    "sup": set(),
    "font": {"color"},
    "span": {"style", "class"},
    "table": {"class", "border", "cellspacing", "cellpadding", "width", "bgcolor"},
    "thead": set(),
    "tbody": set(),
    "tr": set(),
    "th": {"align"},
    "td": {"align", "colspan"},
}
HREF_OK = re.compile(
    r"^(https?://[^\s\"'<>\\@/?#]+([/?#][^\s\"'<>\\]*)?|mailto:\S+|"
    r"ava:(copy|wrap)-code/\d+|ava:footnote/\d+)$",
    re.IGNORECASE,
)
STYLE_OK = re.compile(r"^[a-z\- ]+:\s*[#a-z0-9 \-]+(;\s*[a-z\- ]+:\s*[#a-z0-9 \-]+)*;?$",
                      re.IGNORECASE)


class _Collector(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, list[tuple[str, str | None]]]] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, attrs))

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, attrs))

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def assert_safe_html(out: str) -> str:
    """Fail unless ``out`` only uses the safe vocabulary; return its visible text."""
    # Text is escaped, so every "<" in the output opens one of our own tags.
    markup = re.sub(r'"[^"]*"', '""', " ".join(re.findall(r"<[^>]*>", out.lower())))
    for bad in ("<img", "src=", "background=", "url(", "<script", "<iframe", "<style", " on"):
        assert bad not in markup, f"{bad!r} in markup of {out!r}"
    parser = _Collector()
    parser.feed(out)
    parser.close()
    for tag, attrs in parser.tags:
        assert tag in ALLOWED_ATTRS, f"unexpected tag <{tag}> in {out!r}"
        for name, value in attrs:
            assert name in ALLOWED_ATTRS[tag], f"unexpected {name}= on <{tag}>"
            if name == "href":
                assert value is not None and HREF_OK.match(value), f"unsafe href {value!r}"
            if name == "style":
                assert tag in ("span", "pre") and value is not None and STYLE_OK.match(value), value
    return "".join(parser.text).replace("\u200b", "")  # break marks in long table cells


def hrefs(out: str) -> list[str]:
    return [html.unescape(h) for h in re.findall(r'href="([^"]*)"', out)]


UNSAFE_URLS = [
    "file:///etc/passwd",
    "FILE:///C:/Windows/win.ini",
    "javascript:alert(1)",
    "JaVaScRiPt:alert(1)",
    "jav&#x09;ascript:alert(1)",
    "&#106;avascript:alert(1)",
    "java%0ascript:alert(1)",
    "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
    "data:image/png;base64,iVBORw0KGgo=",
    "vbscript:msgbox(1)",
    "qrc:/images/x.png",
    "ftp://example.com/x",
    "about:blank",
    "//evil.example/x",
    "/etc/passwd",
    "../secret.txt",
    "secret.txt",
    "~/.ssh/id_rsa",
    "C:\\Windows\\win.ini",
    "\\\\server\\share",
    "http:evil.example",
    "https:/evil.example",
    "http://",
    "http://user@evil.example/",
    "https://evil.example\\@good.example",
    "<javascript:alert(1)>",
    "<file:///etc/passwd>",
    "ava:copy-code/0",
    "ava:wrap-code/0",
]


@pytest.mark.parametrize("url", UNSAFE_URLS)
@pytest.mark.parametrize("form", ["[click me]({u})", "![pic]({u})", "[r]: {u}"])
def test_unsafe_destinations_lose_their_href(url: str, form: str) -> None:
    src = form.format(u=url)
    if form.startswith("[r]"):
        src = f"see [click me][r] and ![pic][r]\n\n{src}\n"
    out = render_markdown(src)
    visible = assert_safe_html(out)
    assert hrefs(out) == []
    assert "click me" in visible or "pic" in visible


@pytest.mark.parametrize(
    "url",
    [
        "https://example.com/a?b=1&c=2#frag",
        "http://example.com",
        "HTTPS://EXAMPLE.COM/X",
        "mailto:someone@example.com",
        "https://例え.jp/パス",
        "http://[::1]:8080/x",
    ],
)
def test_safe_destinations_keep_their_href(url: str) -> None:
    out = render_markdown(f"[go]({url}) and ![pic](<{url}>)")
    assert_safe_html(out)
    found = hrefs(out)
    assert len(found) == 2 and found[0] == found[1]
    assert safe_href(found[0]) == found[0]


def test_autolinks_bare_urls_and_emails() -> None:
    out = render_markdown(
        "<https://a.example/x> <file:///x> <javascript:alert(1)> <me@example.com> "
        "bare https://b.example/path_(x) and www.c.example. not file:///etc/passwd"
    )
    visible = assert_safe_html(out)
    assert hrefs(out) == [
        "https://a.example/x",
        "mailto:me@example.com",
        "https://b.example/path_(x)",
        "http://www.c.example",
    ]
    assert "file:///x" in visible and "javascript:alert(1)" in visible


RAW_HTML = [
    "<img src=file:///etc/passwd>",
    '<img src="http://tracker.example/p.gif" onerror="alert(1)">',
    "<script>alert(1)</script>",
    '<iframe src="file:///etc/passwd"></iframe>',
    '<a href="file:///etc/passwd">local file</a>',
    '<a href="javascript:alert(1)">js</a>',
    '<div style="background: url(file:///etc/passwd)">x</div>',
    '<table background="file:///x.png"><tr><td>t</td></tr></table>',
    "<style>body { background-image: url(http://x) }</style>",
    '<p>para <b>bold</b></p>\n\n<object data="x"></object>',
    "<!-- comment --> <?php echo 1; ?> <![CDATA[x]]>",
]


@pytest.mark.parametrize("raw", RAW_HTML)
def test_raw_html_is_shown_as_text(raw: str) -> None:
    for src in (raw, f"text {raw} text", f"> {raw}", f"- {raw}", f"| a |\n|---|\n| {raw} |"):
        out = render_markdown(src)
        visible = assert_safe_html(out)
        # Bare http URLs inside the shown tag text become ordinary links (GFM autolinks).
        assert all(h.startswith("http://") for h in hrefs(out))
        assert raw.split("\n")[0][:10] in visible  # the tag itself is readable text


def test_entities_decode_to_visible_text_not_markup() -> None:
    out = render_markdown("&lt;script&gt;alert(1)&lt;/script&gt; &#60;img src=x&#62; &amp;")
    visible = assert_safe_html(out)
    assert "<script>alert(1)</script>" in visible
    assert "<img src=x>" in visible
    assert visible.strip().endswith("&")


def test_attribute_breakout_attempts_stay_inside_quotes() -> None:
    srcs = [
        '[x](https://a.example/"onmouseover="alert(1))',
        "[x](https://a.example/'onmouseover='alert(1))",
        '[x](https://a.example/ "title\\" onclick=\\"alert(1)")',
        '![x" onerror="alert(1)](https://a.example/p.png)',
        '```python" onclick="x\ncode\n```',
        "```<script>alert(1)</script>\ncode\n```",
    ]
    for src in srcs:
        out = render_markdown(src)
        assert_safe_html(out)
        assert "onmouseover=" not in out.replace("%22", "").split('"')[0::2]
        assert not re.search(r"<[^>]*\son\w+=", out)


def test_nested_links_and_images_inside_links() -> None:
    out = render_markdown(
        "[![a](file:///x)](https://ok.example) [outer [inner](https://i.example)](https://o)"
    )
    assert_safe_html(out)
    assert out.count("<a ") == out.count("</a>")
    assert "<a " not in out.split("<a ", 2)[1].split("</a>")[0]  # no <a> within <a>


def test_unclosed_fence_and_pathological_nesting() -> None:
    src = "```js\nlet x = '<img src=x>';\n" + "*" * 200 + "[" * 500 + "> " * 100 + "<" * 100
    out = render_markdown(src)
    assert_safe_html(out)
    assert "let x = '&lt;img src=x&gt;';" in re.sub(r"<span[^>]*>|</span>", "", out)
    deep = "> " * 60 + "- " * 60 + "*a **b *c* d** e*"
    assert_safe_html(render_markdown(deep))


def test_control_characters_and_nul() -> None:
    src = "a\x00b \x1b[31mred\x1b[0m [x](http://a.example/\x00) \u202eevil\u202c"
    out = render_markdown(src)
    assert_safe_html(out)
    assert "\x00" not in out


def test_streaming_output_is_equally_safe() -> None:
    src = "\n\n".join(RAW_HTML + [f"[x]({u}) ![y]({u})" for u in UNSAFE_URLS])
    sm = StreamingMarkdown()
    for i in range(0, len(src), 7):
        update = sm.append(src[i : i + 7])
        assert_safe_html(update.new_settled_html)
        assert_safe_html(update.tail_html)
    assert_safe_html(sm.finish().new_settled_html)
    assert set(hrefs(sm.html)) == {"http://tracker.example/p.gif", "http://x"}


def test_plain_text_and_code_blocks_are_inert_strings() -> None:
    src = "<script>x</script> [a](javascript:alert(1))\n\n```\n<img src=x>\n```"
    assert "<script>x</script>" in plain_text(src)
    assert code_blocks(src) == ["<img src=x>"]


def test_fuzz_random_markdown_soup_stays_safe() -> None:
    import random

    rnd = random.Random(1234)
    pieces = [
        "<",
        ">",
        "[",
        "]",
        "(",
        ")",
        "!",
        "`",
        "```",
        "*",
        "_",
        "~",
        "|",
        "-",
        "#",
        "\n",
        "\n\n",
        "    ",
        "&#",
        "x;",
        "&lt;",
        "javascript:",
        "file:",
        "img",
        "src=",
        "http://a.example",
        "https://",
        "mailto:",
        "\\",
        '"',
        "'",
        "=",
        ":",
        " ",
    ]
    for _ in range(300):
        src = "".join(rnd.choice(pieces) for _ in range(rnd.randint(1, 60)))
        assert_safe_html(render_markdown(src))
