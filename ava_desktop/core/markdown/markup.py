"""What the renderer's HTML holds that a view, an export or a printout acts on: the code
blocks' action links, the footnote references' links, the quote indent and the stylesheet.

Why apart from :mod:`.render`: the window reads these before anything is drawn, and the
renderer imports markdown-it (~20 ms), which can wait until a message is.
"""

from __future__ import annotations

import re

from .highlight import code_colors

COPY_HREF_PREFIX = "ava:copy-code/"
WRAP_HREF_PREFIX = "ava:wrap-code/"
FOOTNOTE_HREF_PREFIX = "ava:footnote/"  # + N: a reference, to its note at the message's end
#: How far a block quote is indented per level (the view draws its bars in that margin).
QUOTE_INDENT_PX = 16


#: The Copy and wrap links of a code block, for a page without a view to act on them (an
#: export, a printout); matches them after the view numbered them too.
CODE_ACTIONS_RE = re.compile(
    r'<a class="wrap" href="[^"]*">[^<]*</a>(?:&nbsp;)*<a class="copy" href="[^"]*">[^<]*</a>'
)
_FOOTNOTE_LINK_RE = re.compile(r'<a class="fnref" href="[^"]*">(\d+)</a>')


def for_page(html: str) -> str:
    """The renderer's HTML for a page with no view to act on its links (an export, a
    printout): no code-block actions, footnote references as plain numbers."""
    return _FOOTNOTE_LINK_RE.sub(r"\1", CODE_ACTIONS_RE.sub("", html))


def stylesheet(dark: bool = False) -> str:
    """CSS for ``QTextDocument.setDefaultStyleSheet`` (and for an exported page's ``<style>``).

    Qt honours class and type selectors, colours, margins and font properties.
    """
    bg, fg = code_colors(dark)
    link = "#58a6ff" if dark else "#0b57d0"
    muted = "#8b949e" if dark else "#59636e"
    border = "#3d444d" if dark else "#d1d9e0"
    inline_bg = "#2a313c" if dark else "#eff1f3"
    return (
        f"a {{ color: {link}; text-decoration: none; }}\n"
        f"a.copy, a.wrap {{ color: {muted}; }}\n"
        "p.footnote { font-size: small; margin-top: 2px; margin-bottom: 2px; }\n"
        f"span.code-lang {{ color: {muted}; font-size: small; }}\n"
        f"code.inline {{ background-color: {inline_bg}; }}\n"
        f"code, pre {{ font-family: monospace; }}\n"
        f"pre {{ margin-top: 0px; margin-bottom: 0px; color: {fg}; }}\n"
        f"table.md {{ border-color: {border}; border-collapse: collapse; }}\n"
        f"table.md th {{ background-color: {inline_bg}; }}\n"
        f"table.code {{ margin-top: 4px; margin-bottom: 8px; background-color: {bg}; }}\n"
        f"blockquote {{ color: {muted}; margin-left: {QUOTE_INDENT_PX}px; }}\n"
        # Qt draws a rule in its block's background colour (else the palette's text colour)
        f"hr {{ background-color: {border}; border-color: {border}; }}\n"
        "h1 { font-size: x-large; } h2 { font-size: large; } h3 { font-size: medium; }\n"
    )
