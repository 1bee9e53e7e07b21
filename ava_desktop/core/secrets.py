"""API keys in the operating system's keychain (via ``keyring``), never in our files.

When there is no usable keychain (headless Linux without Secret Service, or keyring disabled)
keys live in memory for this session only, and :attr:`KeyStore.message` says so in words the
GUI can show. Keys are never logged, and errors are described without echoing them.

A key is bound to the server it was entered for: the keychain holds ``{"host": ORIGIN,
"key": KEY}`` (ORIGIN = scheme://host[:port], see :func:`key_origin`), and whoever builds
requests (``core.targets``) sends it only to that origin, so a settings file edited by hand
or restored from another machine can never send a key elsewhere.

Entries written before hosts were recorded hold the bare key. They are bound, at their first
read, to the origin the endpoint points at *then* (and rewritten so): the best guess there
is, since until now a key could only be typed in the dialog, which already refused to keep a
key when the URL moved to another host. A file hand-edited *before* this upgrade cannot be
told apart; that one case is accepted.

``keyring`` is imported, and its backends probed (~0.1-0.2 s: it imports every platform's
backend), only when a key is first needed: a start with no saved key never pays for it.
"""

from __future__ import annotations

import asyncio
import json
import logging
import threading
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from ava_desktop.core.notice import ENGLISH, Notice

if TYPE_CHECKING:
    from keyring.backend import KeyringBackend

log = logging.getLogger(__name__)

SERVICE = "ava-desktop"
NO_KEYCHAIN_MESSAGE = ENGLISH["no_keychain"]


_DEFAULT_PORTS = {"http": 80, "https": 443}


def key_origin(url: str) -> str:
    """``scheme://host[:port]`` of a URL, lower case, default port left out; "" if none.

    The scheme is part of it: a key typed for https must not go out in clear over http.
    """
    try:
        parts = urlsplit(url.strip())
        host, port = parts.hostname, parts.port
    except (ValueError, AttributeError):
        return ""
    if not host or not parts.scheme:
        return ""
    scheme = parts.scheme.lower()
    if ":" in host:
        host = f"[{host}]"
    return f"{scheme}://{host}" + (f":{port}" if port and port != _DEFAULT_PORTS.get(scheme)
                                   else "")


def host_label(origin: str) -> str:
    """An origin as people read it: the host (and port), without the scheme."""
    return origin.split("://", 1)[-1] or "an unknown host"


@dataclass(frozen=True)
class StoredKey:
    """A key and the origin it was entered for ("" = not recorded yet). Its repr hides it."""

    key: str = field(repr=False)
    host: str = ""

    def for_url(self, url: str) -> str | None:
        """The key if ``url`` is on the origin it belongs to, else None."""
        return self.key if self.host and self.host == key_origin(url) else None

    def encode(self) -> str:
        return json.dumps({"host": self.host, "key": self.key}) if self.host else self.key

    @classmethod
    def decode(cls, value: str) -> StoredKey:
        """A keychain value: the JSON binding, or a bare key from before hosts were kept."""
        if value.startswith("{"):
            try:
                data: Any = json.loads(value)
            except ValueError:
                data = None
            if isinstance(data, dict) and isinstance(data.get("key"), str) \
                    and isinstance(data.get("host"), str):
                return cls(data["key"], data["host"])
        return cls(value)


def keychain_unusable(backend: KeyringBackend) -> bool:
    """True for keyring's stand-ins that store nothing: fail, null, an empty chainer."""
    from keyring.backends import chainer, fail, null

    if isinstance(backend, fail.Keyring | null.Keyring):
        return True
    if isinstance(backend, chainer.ChainerBackend):
        return not any(not keychain_unusable(b) for b in backend.backends)
    return False


class KeyStore:
    """Keys per endpoint id: ``service`` = "ava-desktop", ``username`` = the endpoint id.

    ``persistent`` tells whether keys survive a restart; ``message`` explains when they don't.
    A key stored with ``session_only=True`` (e.g. ``OPENAI_API_KEY``) is never written anywhere.
    """

    def __init__(self, backend: KeyringBackend | None = None, service: str = SERVICE) -> None:
        self.service = service
        self._memory: dict[str, StoredKey] = {}
        self._chosen = backend
        self._persistent: bool | None = None
        self._message: str | None = None
        self._notice: Notice | None = None
        self._lock = threading.Lock()  # aget/aset may be the first use, on worker threads

    @property
    def _backend(self) -> KeyringBackend:
        with self._lock:
            if self._chosen is None:
                import keyring

                self._chosen = keyring.get_keyring()
            if self._persistent is None:
                self._persistent = not keychain_unusable(self._chosen)
            return self._chosen

    @property
    def persistent(self) -> bool:
        """Whether keys survive a restart (asks keyring for its backend on first use)."""
        if self._persistent is None:
            _ = self._backend  # resolves the backend and sets _persistent
        return bool(self._persistent)

    @property
    def message(self) -> str:
        if self._message is None:
            return "" if self.persistent else NO_KEYCHAIN_MESSAGE
        return self._message

    @message.setter
    def message(self, text: str) -> None:
        self._message, self._notice = text, None

    @property
    def notice(self) -> Notice | None:
        """``message`` typed for the UI's tr() (None when there is nothing to say)."""
        if self._message is None:
            return None if self.persistent else Notice("no_keychain")
        return self._notice

    @property
    def backend_name(self) -> str:
        kind = type(self._backend)
        return f"{kind.__module__}.{kind.__qualname__}"

    def __repr__(self) -> str:  # never the keys
        return f"<KeyStore {self.service!r} {self.backend_name} persistent={self.persistent}>"

    def get(self, endpoint_id: str) -> str | None:
        """The key, or None if there is none or the keychain cannot be read right now.

        It says nothing about where the key may go: requests use :meth:`get_bound`.
        """
        stored = self._read(endpoint_id)
        return stored.key if stored else None

    def get_bound(self, endpoint_id: str, legacy_url: str = "") -> StoredKey | None:
        """The key with the origin it belongs to. A key stored without one (written by an
        older version) is bound to ``legacy_url``'s origin now, and stored so (module doc)."""
        stored = self._read(endpoint_id)
        origin = key_origin(legacy_url)
        if stored is None or stored.host or not origin:
            return stored
        bound = StoredKey(stored.key, origin)
        if endpoint_id in self._memory:
            self._memory[endpoint_id] = bound
        else:
            try:
                self._backend.set_password(self.service, endpoint_id, bound.encode())
            except Exception as exc:  # still bound for this session; retried next start
                log.warning("could not record a key's host in %s: %s", self.backend_name,
                            type(exc).__name__)
        log.info("bound a stored key to %s (it had no host recorded)", origin)
        return bound

    def get_for(self, endpoint: Any) -> StoredKey | None:
        """:meth:`get_bound` for an endpoint (anything with ``id`` and ``base_url``)."""
        return self.get_bound(endpoint.id, endpoint.base_url)

    def _read(self, endpoint_id: str) -> StoredKey | None:
        if endpoint_id in self._memory:
            return self._memory[endpoint_id]
        if not self.persistent:
            return None
        try:
            value = self._backend.get_password(self.service, endpoint_id)
        except Exception as exc:  # locked keychain, D-Bus errors, ...
            log.warning("could not read a key from %s: %s", self.backend_name, type(exc).__name__)
            return None
        return StoredKey.decode(value) if value else None

    def set(self, endpoint_id: str, key: str, *, url: str = "",
            session_only: bool = False) -> bool:
        """Store a key for the server at ``url`` (its origin is kept with it); return True
        if it is in the keychain (use it for ``Endpoint.has_key``).

        False means it is kept for this session only; ``message`` then says why.
        """
        if not key or any(ch in key for ch in "\r\n\0"):
            raise ValueError("An API key must not be empty or contain line breaks.")
        stored = StoredKey(key, key_origin(url))
        if session_only or not self.persistent:
            self._memory[endpoint_id] = stored
            return False
        try:
            self._backend.set_password(self.service, endpoint_id, stored.encode())
        except Exception as exc:
            reason = _describe(exc, key)
            log.warning("could not store a key in %s: %s", self.backend_name, reason)
            said = Notice("keychain_failed", {"reason": reason})
            self.message = said.english()
            self._notice = said
            self._memory[endpoint_id] = stored
            return False
        self._memory.pop(endpoint_id, None)
        return True

    def delete(self, endpoint_id: str) -> None:
        """Forget the key everywhere; a missing key is not an error."""
        self._memory.pop(endpoint_id, None)
        if not self.persistent:
            return
        try:
            self._backend.delete_password(self.service, endpoint_id)
        except Exception as exc:
            from keyring.errors import PasswordDeleteError

            if isinstance(exc, PasswordDeleteError):
                return
            log.warning("could not delete a key from %s: %s", self.backend_name, type(exc).__name__)

    # A locked Secret Service collection shows an unlock prompt and blocks until the user
    # answers; from the GUI loop, use these so the window keeps painting meanwhile.
    async def aget(self, endpoint_id: str) -> str | None:
        return await asyncio.to_thread(self.get, endpoint_id)

    async def aget_bound(self, endpoint_id: str, legacy_url: str = "") -> StoredKey | None:
        return await asyncio.to_thread(self.get_bound, endpoint_id, legacy_url)

    async def aget_for(self, endpoint: Any) -> StoredKey | None:
        return await asyncio.to_thread(self.get_for, endpoint)

    async def aset(self, endpoint_id: str, key: str, *, url: str = "",
                   session_only: bool = False) -> bool:
        return await asyncio.to_thread(self.set, endpoint_id, key, url=url,
                                       session_only=session_only)

    async def adelete(self, endpoint_id: str) -> None:
        await asyncio.to_thread(self.delete, endpoint_id)


def _describe(exc: Exception, secret: str) -> str:
    text = str(exc).splitlines()[0][:200] if str(exc) else ""
    if not text or secret in text:
        return type(exc).__name__
    return f"{type(exc).__name__}: {text}"
