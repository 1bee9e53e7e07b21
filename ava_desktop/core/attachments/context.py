"""Will a document fit the model's context window? A rough count, and the first part if not.

Without the model's tokenizer (tiktoken needs downloaded files, see DESIGN.md) the count is
an estimate: about 4 characters per token for ASCII text and 1 per token for other scripts
(CJK is ~1 token per character; Cyrillic and accented text fall between). It errs on the
side of "does not fit", which costs the user a question, not a failed request.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass

from ava_desktop.core.context.estimate import estimate_text
from ava_desktop.core.conversation.parts import FilePart

ASCII_CHARS_PER_TOKEN = 4.0


def estimate_tokens(text: str) -> int:
    """A rough token count of ``text``: the context meter's estimate (one rule in the app)."""
    return estimate_text(text)


@dataclass(frozen=True, slots=True)
class ContextFit:
    """The numbers behind the answer, and the answer in words for people."""

    fits: bool
    chars: int
    tokens: int        # estimated tokens of the text
    available: int     # tokens left for it in the context window
    message: str


def check_fit(name: str, text: str, context_tokens: int, used_tokens: int = 0,
              reserve_tokens: int = 1024) -> ContextFit:
    """Whether ``text`` fits next to ``used_tokens`` of conversation, keeping
    ``reserve_tokens`` for the answer."""
    tokens = estimate_tokens(text)
    available = max(context_tokens - used_tokens - reserve_tokens, 0)
    if tokens <= available:
        return ContextFit(True, len(text), tokens, available,
                          f"{name}: about {tokens:,} tokens ({len(text):,} characters); fits.")
    message = (f"{name} has about {tokens:,} tokens ({len(text):,} characters), but the "
               f"model's context holds {context_tokens:,} tokens and about {available:,} are "
               "free. Send the first part of it?")
    return ContextFit(False, len(text), tokens, available, message)


def cut_text(text: str, max_tokens: int) -> str:
    """The longest start of ``text`` within ``max_tokens``, ended at a line break when one is
    near (the last 10 %), so the model does not get half a sentence."""
    if estimate_tokens(text) <= max_tokens:
        return text
    lo, hi = 0, len(text)
    while lo < hi:  # binary search on the prefix length
        mid = (lo + hi + 1) // 2
        if estimate_tokens(text[:mid]) <= max_tokens:
            lo = mid
        else:
            hi = mid - 1
    head = text[:lo]
    newline = head.rfind("\n")
    if newline >= lo * 0.9:
        head = head[:newline]
    return head


def first_part(part: FilePart, max_tokens: int) -> FilePart:
    """``part`` cut to ``max_tokens``, with a last line telling the model it was cut."""
    note_tokens = 40
    head = cut_text(part.text, max(max_tokens - note_tokens, 0))
    if len(head) == len(part.text):
        return part
    note = (f"\n[Only the first {len(head):,} of {len(part.text):,} characters of this file "
            "were sent.]")
    return dataclasses.replace(part, text=head + note)
