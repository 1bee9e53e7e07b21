"""The few words the renderer writes into a message (a code block's Copy and wrap links, an
image's placeholder), in the user's language.

Outside the markdown package so that setting them imports no parser. Core has no
translator: the UI sets these once its translators are installed (see
``ui/i18n.py``), and the renderer reads them at render time. English until then (exports
and tests without a UI).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass
class Labels:
    copy: str = "Copy"
    #: The wrap toggle says what a click does (wrapping is on by default).
    no_wrap: str = "No wrap"
    wrap: str = "Wrap"
    #: ``{alt}`` is the image's alternative text.
    image: str = "[image: {alt}]"


LABELS = Labels()
