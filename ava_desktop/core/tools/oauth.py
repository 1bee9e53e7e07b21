"""OAuth for remote MCP servers that answer 401: the SDK's ``OAuthClientProvider`` does the
MCP authorization flow (discovery, dynamic registration, PKCE, token refresh); this module
gives it what is ours: where tokens live (the keychain, bound to the server's origin like
API keys, so they never go to another host), a loopback listener for the redirect
(127.0.0.1, a random port), and a gate: the browser opens only after the user said
"Sign in", so nothing leaves the computer unasked.

Runs on the MCP thread; ``sign_in`` may be called from any thread.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import socket
from collections.abc import Callable
from typing import Any
from urllib.parse import urlsplit

from ava_desktop.core.secrets import KeyStore, StoredKey, key_origin

SIGN_IN_WAIT_S = 0.0  # a call never waits for the user's "Sign in" (it fails at once)
CALLBACK_WAIT_S = 300.0  # how long the listener waits for the browser to come back


def token_id(server: str) -> str:
    """The keychain entry of one MCP server's OAuth tokens and registered client."""
    return f"mcp-oauth:{server}"


class KeychainTokenStorage:
    """The SDK's ``TokenStorage``: tokens and client registration as one keychain entry,
    bound to the server's origin (an entry recorded for another origin is ignored)."""

    def __init__(self, keys: KeyStore, server: str, url: str, redirect_uri: str = "") -> None:
        self._keys, self._id, self._url = keys, token_id(server), url
        self._redirect_uri = redirect_uri

    def _load(self) -> dict[str, Any]:
        stored = self._keys.get_bound(self._id)
        text = stored.for_url(self._url) if stored else None
        try:
            data = json.loads(text) if text else {}
        except ValueError:
            data = {}
        return data if isinstance(data, dict) else {}

    def _save(self, key: str, value: Any) -> None:
        data = self._load()
        data[key] = value.model_dump(mode="json", exclude_none=True)
        self._keys.set(self._id, json.dumps(data), url=self._url)

    async def get_tokens(self) -> Any:
        from mcp.shared.auth import OAuthToken

        data = (await asyncio.to_thread(self._load)).get("tokens")
        return OAuthToken.model_validate(data) if data else None

    async def set_tokens(self, tokens: Any) -> None:
        await asyncio.to_thread(self._save, "tokens", tokens)

    async def get_client_info(self) -> Any:
        from mcp.shared.auth import OAuthClientInformationFull

        data = (await asyncio.to_thread(self._load)).get("client")
        if not data:
            return None
        uris = [str(u) for u in data.get("redirect_uris") or []]
        if self._redirect_uri and uris and self._redirect_uri not in uris:
            return None  # registered for an older loopback port: the SDK registers again
        return OAuthClientInformationFull.model_validate(data)

    def stored_port(self) -> int:
        """The loopback port of the stored registration (0: none), to listen on it again."""
        client = self._load().get("client") or {}
        for uri in client.get("redirect_uris") or []:
            with contextlib.suppress(ValueError, TypeError):
                port = urlsplit(str(uri)).port
                if port:
                    return port
        return 0

    async def set_client_info(self, client_info: Any) -> None:
        await asyncio.to_thread(self._save, "client", client_info)


def _system_browser(url: str) -> bool:
    import webbrowser  # (shlex, subprocess lookups: only for a sign-in)

    return webbrowser.open(url)


class SignIn:
    """One server's sign-in: waits for the user's consent, opens the browser, and takes the
    redirect on a loopback listener bound before the client registers (its redirect URI)."""

    def __init__(self, server: str, on_needed: Callable[[str], None],
                 open_browser: Callable[[str], Any] | None = None, port: int = 0) -> None:
        """``port``: the one the stored registration names, when it is free (else any);
        ``open_browser``: the system's browser (``webbrowser.open``) unless given."""
        self.server = server
        self._on_needed, self._open_browser = on_needed, open_browser or _system_browser
        try:
            self._sock = _listening_socket(port)
        except OSError:
            self._sock = _listening_socket(0)
        self.port = self._sock.getsockname()[1]
        self.redirect_uri = f"http://127.0.0.1:{self.port}/callback"
        self._loop = asyncio.get_running_loop()  # the MCP thread's
        self._consent = asyncio.Event()
        self._denied = False
        self._result: asyncio.Future[tuple[str, str | None]] | None = None
        self._runner: Any = None
        self.waiting = False

    def sign_in(self) -> None:
        """The user clicked "Sign in" (any thread)."""
        self._answer(False)

    def decline(self) -> None:
        self._answer(True)

    def _answer(self, denied: bool) -> None:
        def answer() -> None:
            self._denied = denied
            self._consent.set()

        with contextlib.suppress(RuntimeError):  # the MCP loop is gone: nothing waits
            self._loop.call_soon_threadsafe(answer)

    async def redirect_handler(self, authorization_url: str) -> None:
        """The SDK's redirect. Without the user's "Sign in" this fails at once (a chat
        never waits minutes for a click): the server is marked as needing sign-in and
        ``sign_in`` then retries with consent given. With consent: listen, open the browser."""
        if not self._consent.is_set():
            self.waiting = True
            self._on_needed(self.server)
            raise PermissionError(f"{self.server} needs you to sign in (Tools → Sign in)")
        self._consent.clear()
        if self._denied:
            self._denied = False
            raise PermissionError(f"{self.server} needs you to sign in (not signed in)")
        self.waiting = False
        await self._listen()
        self._open_browser(authorization_url)

    async def callback_handler(self) -> tuple[str, str | None]:
        """The SDK's callback: the code and state the browser brought back."""
        assert self._result is not None, "redirect_handler runs first"
        try:
            async with asyncio.timeout(CALLBACK_WAIT_S):
                return await self._result
        finally:
            await self._close_listener()

    async def _listen(self) -> None:
        from aiohttp import web

        self._result = asyncio.get_running_loop().create_future()
        if self._sock.fileno() == -1:  # an earlier sign-in's listener closed it
            self._sock = _listening_socket(self.port)

        async def callback(request: web.Request) -> web.Response:
            query = request.query
            if self._result is not None and not self._result.done():
                if "code" in query:
                    self._result.set_result((query["code"], query.get("state")))
                else:
                    why = query.get("error_description") or query.get("error") or "no code"
                    self._result.set_exception(PermissionError(
                        f"{self.server}: sign-in failed ({why})"))
            text = "Signed in. You can close this page and return to Ava." \
                if "code" in query else "Sign-in failed. You can close this page."
            return web.Response(text=text)

        app = web.Application()
        app.router.add_get("/callback", callback)
        self._runner = web.AppRunner(app, access_log=None)
        await self._runner.setup()
        await web.SockSite(self._runner, self._sock).start()

    async def _close_listener(self) -> None:
        runner, self._runner = self._runner, None
        if runner is not None:
            with contextlib.suppress(Exception):
                await runner.cleanup()

    def close(self) -> None:
        with contextlib.suppress(OSError):
            self._sock.close()


def _listening_socket(port: int) -> socket.socket:
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind(("127.0.0.1", port))
    except OSError:
        sock.close()
        raise
    sock.listen(4)
    sock.setblocking(False)
    return sock


def oauth_provider(server: str, url: str, keys: KeyStore, sign_in: SignIn) -> Any:
    """The ``httpx.Auth`` for one remote server (the SDK refreshes tokens by itself)."""
    from mcp.client.auth import OAuthClientProvider
    from mcp.shared.auth import OAuthClientMetadata

    metadata = OAuthClientMetadata(
        client_name="Ava Desktop", redirect_uris=[sign_in.redirect_uri],  # type: ignore[list-item]
        grant_types=["authorization_code", "refresh_token"], response_types=["code"],
        token_endpoint_auth_method="none")
    storage = KeychainTokenStorage(keys, server, url, sign_in.redirect_uri)
    return OAuthClientProvider(url, metadata, storage,
                               sign_in.redirect_handler, sign_in.callback_handler,
                               timeout=SIGN_IN_WAIT_S + CALLBACK_WAIT_S)


def forget_tokens(keys: KeyStore, server: str) -> None:
    """Sign out: the tokens and the registration go."""
    keys.delete(token_id(server))


__all__ = ["KeychainTokenStorage", "SignIn", "StoredKey", "forget_tokens", "key_origin",
           "oauth_provider", "token_id"]
