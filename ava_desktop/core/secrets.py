"""API keys in the operating system's keychain (via ``keyring``), never in our files.

When there is no usable keychain (headless Linux without Secret Service, or keyring disabled)
keys live in memory for this session only, and :attr:`KeyStore.message` says so in words the
GUI can show. Keys are never logged, and errors are described without echoing them.

``keyring`` is imported, and its backends probed (~0.1-0.2 s: it imports every platform's
backend), only when a key is first needed: a start with no saved key never pays for it.
"""

from __future__ import annotations

import asyncio
import logging
import threading
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from keyring.backend import KeyringBackend

log = logging.getLogger(__name__)

SERVICE = "ava-desktop"
NO_KEYCHAIN_MESSAGE = "No system keychain found; keys will be kept for this session only."


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
        self._memory: dict[str, str] = {}
        self._chosen = backend
        self._persistent: bool | None = None
        self._message: str | None = None
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
        self._message = text

    @property
    def backend_name(self) -> str:
        kind = type(self._backend)
        return f"{kind.__module__}.{kind.__qualname__}"

    def __repr__(self) -> str:  # never the keys
        return f"<KeyStore {self.service!r} {self.backend_name} persistent={self.persistent}>"

    def get(self, endpoint_id: str) -> str | None:
        """The key, or None if there is none or the keychain cannot be read right now."""
        if endpoint_id in self._memory:
            return self._memory[endpoint_id]
        if not self.persistent:
            return None
        try:
            return self._backend.get_password(self.service, endpoint_id)
        except Exception as exc:  # locked keychain, D-Bus errors, ...
            log.warning("could not read a key from %s: %s", self.backend_name, type(exc).__name__)
            return None

    def set(self, endpoint_id: str, key: str, *, session_only: bool = False) -> bool:
        """Store a key; return True if it is in the keychain (use it for ``Endpoint.has_key``).

        False means it is kept for this session only; ``message`` then says why.
        """
        if not key or any(ch in key for ch in "\r\n\0"):
            raise ValueError("An API key must not be empty or contain line breaks.")
        if session_only or not self.persistent:
            self._memory[endpoint_id] = key
            return False
        try:
            self._backend.set_password(self.service, endpoint_id, key)
        except Exception as exc:
            reason = _describe(exc, key)
            log.warning("could not store a key in %s: %s", self.backend_name, reason)
            self.message = (
                f"The system keychain could not store the key ({reason}); "
                "it will be kept for this session only."
            )
            self._memory[endpoint_id] = key
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

    async def aset(self, endpoint_id: str, key: str, *, session_only: bool = False) -> bool:
        return await asyncio.to_thread(self.set, endpoint_id, key, session_only=session_only)

    async def adelete(self, endpoint_id: str) -> None:
        await asyncio.to_thread(self.delete, endpoint_id)


def _describe(exc: Exception, secret: str) -> str:
    text = str(exc).splitlines()[0][:200] if str(exc) else ""
    if not text or secret in text:
        return type(exc).__name__
    return f"{type(exc).__name__}: {text}"
