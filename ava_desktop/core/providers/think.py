"""Reasoning written inline as ``<think>…</think>`` (DeepSeek-R1, QwQ, Qwen3 through Ollama,
llama.cpp and others) becomes ReasoningDelta events, like ``reasoning_content``.

The rule, chosen so that no answer text is ever hidden:

- a think block counts only at the very start of the answer, after optional whitespace;
  a ``<think>`` anywhere later (an answer *about* the tag) is text;
- the block ends at the first ``</think>``; whitespace right after it (the models put a blank
  line there) is dropped, everything after it is the answer;
- tags may be split across chunks at any character: a possible tag start is held back until
  the next chunk decides (at most ``len("</think>") - 1`` characters, never more);
- at the end of the stream held-back text is released as what it was: a partial opening tag
  is text, a partial closing tag inside the block is reasoning. A block that is never
  closed stays reasoning (the model was still thinking, e.g. cut off by ``max_tokens``):
  it is kept and shown folded, nothing is lost. Events already sent are never taken back.
"""

from __future__ import annotations

OPEN = "<think>"
CLOSE = "</think>"

#: Leading whitespace held while waiting to see whether a think block starts; past this
#: much, it is text (a hostile server must not make us hold an answer back for ever).
MAX_HELD = 4096

_START, _THINK, _AFTER, _TEXT = range(4)


class ThinkSplitter:
    """Feed content pieces in order; get ``(reasoning, text)`` pairs back (either may be "")."""

    __slots__ = ("_held", "_state", "_thought")

    def __init__(self) -> None:
        self._state = _START
        self._held = ""
        self._thought = False  # reasoning was sent: its leading whitespace is behind us

    def feed(self, piece: str) -> tuple[str, str]:
        if self._state == _TEXT:  # the common case: nothing to look at
            return "", piece
        data = self._held + piece
        self._held = ""
        reasoning = text = ""
        if self._state == _START:
            body = data.lstrip()
            if body.startswith(OPEN):
                data, self._state = body[len(OPEN) :], _THINK
            elif OPEN.startswith(body) and len(data) <= MAX_HELD:  # "", "  ", "<thi": wait
                self._held = data
                return "", ""
            else:
                self._state = _TEXT
                return "", data
        if self._state == _THINK:
            if not self._thought:
                data = data.lstrip()
            end = data.find(CLOSE)
            if end < 0:
                keep = _partial_suffix(data, CLOSE)
                self._held = data[len(data) - keep :] if keep else ""
                reasoning = data[: len(data) - keep]
                self._thought = self._thought or bool(reasoning)
                return reasoning, ""
            reasoning, data, self._state = data[:end], data[end + len(CLOSE) :], _AFTER
        if self._state == _AFTER:
            text = data.lstrip()
            if text:
                self._state = _TEXT
        return reasoning, text

    def flush(self) -> tuple[str, str]:
        """End of the stream: release what was held back (see the module doc)."""
        held, self._held = self._held, ""
        if self._state == _START:
            self._state = _TEXT
            return "", held
        if self._state == _THINK:
            return held, ""
        return "", ""


def _partial_suffix(data: str, tag: str) -> int:
    """Length of the longest end of ``data`` that is a proper start of ``tag``."""
    for n in range(min(len(tag) - 1, len(data)), 0, -1):
        if data.endswith(tag[:n]):
            return n
    return 0


__all__ = ["ThinkSplitter"]
