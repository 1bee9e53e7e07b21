"""An endpoint being edited in Settings: its fields, what Save must do with its key, and
what is wrong with it, in words (the rules come from core; a stored key stays with the
origin it was entered for)."""

from __future__ import annotations

import asyncio
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QCoreApplication

from ava_desktop.core.secrets import host_label, key_origin
from ava_desktop.core.settings import (
    Endpoint,
    validate_base_url,
    validate_header,
)
from ava_desktop.ui.i18n import english_plural
from ava_desktop.ui.messages import error_text

SHOWN_MODELS = 5
translate = QCoreApplication.translate


@dataclass(eq=False)
class EndpointDraft:
    """An endpoint being edited, plus what Save must do with its key."""

    endpoint: Endpoint
    key: str = ""  # typed and not saved yet; "" keeps whatever is stored
    remove_key: bool = False
    session_key: bool = False  # a key kept in memory for this session (no keychain)
    key_unavailable: bool = False  # saved in a keychain this session cannot reach
    header_rows: list[list[str]] = field(default_factory=list)
    test_text: str = ""
    test_ok: bool | None = None
    test_task: asyncio.Task[Any] | None = None
    key_host: str = ""  # the origin the stored key belongs to (core.secrets.key_origin)

    @classmethod
    def of(cls, endpoint: Endpoint, session_key: bool = False, keychain: bool = True,
           key_host: str | None = None) -> EndpointDraft:
        """``key_host``: where the stored key was entered (the keychain says); unknown
        (not read yet, or an old entry) means the endpoint's URL, as at its first read."""
        rows = [[k, v] for k, v in endpoint.extra_headers.items()]
        unavailable = endpoint.has_key and not keychain and not session_key
        return cls(endpoint=endpoint, session_key=session_key, header_rows=rows,
                   key_unavailable=unavailable,
                   key_host=key_host or key_origin(endpoint.base_url))

    @property
    def had_key(self) -> bool:
        """A key is stored (keychain or session) from before this dialog."""
        return self.endpoint.has_key or self.session_key

    def key_mark(self) -> str:
        """Short state for the Key column of the endpoint list."""
        if self.key.strip():
            return translate("EndpointDraft", "new, unsaved")
        if self.remove_key and self.had_key:
            return translate("EndpointDraft", "removed on save")
        if self.key_unavailable:
            return translate("EndpointDraft", "unavailable")
        if self.endpoint.has_key:
            return translate("EndpointDraft", "stored")
        if self.session_key:
            return translate("EndpointDraft", "this session")
        return ""

    def headers(self) -> dict[str, str]:
        """Validated extra headers (blank rows skipped); ValueError in words otherwise."""
        out: dict[str, str] = {}
        seen: set[str] = set()
        for i, (name, value) in enumerate(self.header_rows, 1):
            if not name.strip() and not value.strip():
                continue
            try:
                key, val = validate_header(name, value)
            except ValueError as exc:
                raise ValueError(translate("EndpointDraft", "Header row {row}: {problem}")
                                 .format(row=i, problem=error_text(exc))) from None
            if key.lower() in seen:
                raise ValueError(translate("EndpointDraft",
                                           "Header row {row}: {name} is listed twice.")
                                 .format(row=i, name=key))
            seen.add(key.lower())
            out[key] = val
        return out

    def problems(self) -> dict[str, str]:
        """field ("name", "base_url", "key", "headers") -> what is wrong, in words."""
        found: dict[str, str] = {}
        if not self.endpoint.name.strip():
            found["name"] = translate("EndpointDraft", "The name is empty.")
        try:
            validate_base_url(self.endpoint.base_url)
        except ValueError as exc:
            found["base_url"] = error_text(exc)
        key = self.key.strip()
        if key and any(ch.isspace() or ord(ch) < 32 or ord(ch) == 127 for ch in key):
            found["key"] = translate("EndpointDraft",
                                     "The API key must not contain spaces or control characters.")
        new_host = key_origin(self.endpoint.base_url)
        if (self.had_key and not key and not self.remove_key and "base_url" not in found
                and new_host != self.key_host):
            # a stored key is never sent to another server than the one it was typed for
            found["key"] = translate(
                "EndpointDraft", "The base URL now points to {new_host}: type its API key again "
                "(the stored key is only for {old_host}), or remove the key.").format(
                new_host=host_label(new_host), old_host=host_label(self.key_host))
        try:
            self.headers()
        except ValueError as exc:
            found["headers"] = str(exc)
        return found


def describe_models(models: list[str], count_text: str) -> str:
    """``count_text``: "%n model(s): {names}" worded for ``len(models)`` (by the editor)."""
    if not models:
        return translate("EndpointDraft", "✓ Connected, but the server lists no models.")
    shown = ", ".join(models[:SHOWN_MODELS])
    more = "…" if len(models) > SHOWN_MODELS else ""
    return "✓ " + english_plural(count_text, len(models)).format(names=shown + more)


