"""An incremental Server-Sent Events decoder following the WHATWG EventSource rules.

Feed it bytes exactly as they arrive (any chunking: a UTF-8 code point or a CR LF pair may
be split across chunks) and it returns the events completed by that chunk. It never uses
``readline`` (aiohttp's refuses lines over 64 KiB) and does O(len(chunk)) work per chunk: a
long line arriving in many pieces is kept as a list of pieces, joined once when it ends.

Spec points: a leading BOM is dropped; lines end at CR LF, LF or CR; ``field:value`` with one
optional space after the colon; lines starting with ":" are comments; ``data`` lines of one
event are joined with "\\n"; ``event``, ``id`` (ignored if it contains NUL) and ``retry``
(ASCII digits only) fields; other fields are ignored; a blank line dispatches the event, and
an event with no ``data`` line is not dispatched. At end of stream the spec discards an
unterminated event; ``close(dispatch_incomplete=True)`` delivers it instead, for servers that
end without a final blank line.
"""

from __future__ import annotations

import codecs
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class ServerSentEvent:
    """One dispatched event. ``id`` is the last event ID seen so far (spec semantics)."""

    data: str
    event: str = "message"
    id: str = ""
    retry: int | None = None


class SSEDecoder:
    """Incremental bytes -> ``ServerSentEvent`` decoder (see module docstring)."""

    __slots__ = ("_bom_done", "_cr_pending", "_data", "_decoder", "_event", "_last_id",
                 "_partial", "_retry")

    def __init__(self) -> None:
        self._decoder = codecs.getincrementaldecoder("utf-8")(errors="replace")
        self._partial: list[str] = []  # pieces of the current unterminated line
        self._cr_pending = False  # last chunk ended with CR: a leading LF is its pair
        self._bom_done = False
        self._data: list[str] = []
        self._event = ""
        self._last_id = ""
        self._retry: int | None = None

    @property
    def retry(self) -> int | None:
        """The last valid ``retry`` value (milliseconds), if any."""
        return self._retry

    @property
    def last_event_id(self) -> str:
        return self._last_id

    def feed(self, chunk: bytes) -> list[ServerSentEvent]:
        """Decode ``chunk`` and return the events it completed (often none or one)."""
        return self._feed_text(self._decoder.decode(chunk))

    def close(self, dispatch_incomplete: bool = False) -> list[ServerSentEvent]:
        """End of stream. Per spec an unterminated event is dropped unless asked otherwise."""
        out = self._feed_text(self._decoder.decode(b"", True))
        if dispatch_incomplete:
            if self._partial:
                line = "".join(self._partial)
                self._partial = []
                self._line(line, out)
            self._line("", out)
        self._partial = []
        self._data.clear()
        self._event = ""
        return out

    def _feed_text(self, text: str) -> list[ServerSentEvent]:
        out: list[ServerSentEvent] = []
        if not text:
            return out
        if not self._bom_done:
            self._bom_done = True
            if text[0] == "\ufeff":
                text = text[1:]
        if self._cr_pending:
            self._cr_pending = False
            if text[:1] == "\n":
                text = text[1:]
        if not text:
            return out
        if "\r" in text:
            if text[-1] == "\r":
                self._cr_pending = True
            text = text.replace("\r\n", "\n").replace("\r", "\n")
        end = text.rfind("\n")
        if end < 0:
            self._partial.append(text)
            return out
        lines = text[:end].split("\n")
        if self._partial:
            self._partial.append(lines[0])
            lines[0] = "".join(self._partial)
            self._partial = []
        rest = text[end + 1:]
        if rest:
            self._partial.append(rest)
        line_fn = self._line
        data = self._data
        for line in lines:
            # fast path for the common "data: ..." line
            if line[:6] == "data: ":
                data.append(line[6:])
            else:
                line_fn(line, out)
        return out

    def _line(self, line: str, out: list[ServerSentEvent]) -> None:
        if not line:
            if self._data:
                out.append(ServerSentEvent("\n".join(self._data), self._event or "message",
                                           self._last_id, self._retry))
                self._data.clear()
            self._event = ""
            return
        colon = line.find(":")
        if colon == 0:
            return  # comment
        if colon < 0:
            name, value = line, ""
        else:
            name = line[:colon]
            value = line[colon + 1:]
            if value[:1] == " ":
                value = value[1:]
        if name == "data":
            self._data.append(value)
        elif name == "event":
            self._event = value
        elif name == "id":
            if "\0" not in value:
                self._last_id = value
        elif name == "retry" and value.isascii() and value.isdigit():
            self._retry = int(value)


__all__ = ["SSEDecoder", "ServerSentEvent"]
