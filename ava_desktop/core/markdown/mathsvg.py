"""LaTeX -> SVG with ziamath (pure Python, its own STIX Two Math font; no TeX, no browser).

Why ziamath: measured on this machine it lays out the formulas models write in 3-30 ms
(fractions, sums, integrals, matrices, ``aligned``, ``cases``, ``\\text``, Greek, arrows)
and needs only ``latex2mathml``. matplotlib's mathtext is a 40 MB dependency (numpy, a
plotting stack) without matrices, ``aligned`` or ``cases``; MathJax/KaTeX need a browser.
Its layout time roughly doubles per nesting level, so callers check the source first
(:func:`.math.check_source`) and run this in a worker process with a timeout
(:mod:`.mathworker`).

The SVG is drawn at :data:`REFERENCE_SIZE` points with ``fill="black"``; the view scales it to
its font and recolours it. :func:`sanitize_svg` rebuilds an SVG from the few elements and
attributes ziamath emits, for pages that embed it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # imported where used: the view imports this module before any formula
    import xml.etree.ElementTree as ET

REFERENCE_SIZE = 20.0  # points; ascent/width below are in these units
_VIEWBOX = re.compile(r'viewBox="([-\d.e]+) ([-\d.e]+) ([-\d.e]+) ([-\d.e]+)"')


@dataclass(frozen=True, slots=True)
class MathSvg:
    """A laid-out formula: ``svg`` text, its size and where its baseline is (from the top)."""

    svg: str
    width: float
    height: float
    ascent: float


def render_svg(source: str, display: bool) -> MathSvg:
    """Lay out ``source``; raises ValueError (with a readable message) when it cannot."""
    import ziamath

    ziamath.config.svg2 = False  # xlink:href: Qt's SVG renderer ignores SVG 2's plain href
    try:
        svg = ziamath.Latex(source, size=REFERENCE_SIZE, inline=not display).svg()
    except RecursionError:
        raise ValueError("Formula nested too deeply") from None
    except Exception as exc:  # ziamath/latex2mathml raise many types on bad input
        raise ValueError(_reason(exc)) from None
    m = _VIEWBOX.search(svg)
    if not m:
        raise ValueError("The math renderer produced no picture")
    _x, y, w, h = (float(v) for v in m.groups())
    return MathSvg(svg, w, h, -y)


def _reason(exc: Exception) -> str:
    text = str(exc).strip().splitlines()[0][:200] if str(exc).strip() else ""
    return f"Cannot typeset this formula: {text or type(exc).__name__}"


_ALLOWED = {
    "svg": {"width", "height", "viewBox", "xmlns", "xmlns:xlink"},
    "symbol": {"id", "viewBox"},
    "path": {"d"},
    "use": {"href", "x", "y", "width", "height", "fill"},
    "rect": {"x", "y", "width", "height", "fill"},
    "g": {"transform", "fill"},
}
_SAFE_VALUE = re.compile(r"^[-#\w .,()]*$")
_XLINK = "{http://www.w3.org/1999/xlink}href"
_SVG_NS = "{http://www.w3.org/2000/svg}"


def sanitize_svg(svg: str, color: str = "black") -> str:
    """Rebuild ``svg`` keeping only ziamath's vocabulary: no scripts, styles, foreign content
    or external references (``href`` only to ``#id`` in the same picture)."""
    import xml.etree.ElementTree as ET

    root = ET.fromstring(svg)
    out = _copy(root, color)
    if out is None:
        raise ValueError("not an SVG")
    out.set("xmlns", "http://www.w3.org/2000/svg")
    out.set("xmlns:xlink", "http://www.w3.org/1999/xlink")
    return ET.tostring(out, encoding="unicode")


def _copy(node: ET.Element, color: str) -> ET.Element | None:
    import xml.etree.ElementTree as ET

    tag = node.tag.removeprefix(_SVG_NS)
    allowed = _ALLOWED.get(tag)
    if allowed is None:
        return None
    out = ET.Element(tag)
    for key, value in node.attrib.items():
        name = "href" if key == _XLINK else key
        if name not in allowed or name.startswith("xmlns"):
            continue
        if name == "href":
            if not re.fullmatch(r"#[\w-]+", value):
                continue
            out.set("xlink:href", value)
        elif name == "fill":
            out.set("fill", color)
        elif _SAFE_VALUE.match(value):
            out.set(name, value)
    for child in node:
        copied = _copy(child, color)
        if copied is not None:
            out.append(copied)
    return out
