"""OAuth for a remote MCP server, for real: a FastMCP server that answers 401 (its SDK auth
settings), a small authorization server speaking the real endpoints (metadata, /register,
/authorize, /token with PKCE and refresh), and a "browser" that follows the authorize URL
over HTTP to our loopback listener."""

from __future__ import annotations

import asyncio
import base64
import hashlib
import json
import subprocess
import sys
import threading
import time
import urllib.request
from pathlib import Path

import pytest
from aiohttp import web

from ava_desktop.core.secrets import KeyStore
from ava_desktop.core.tools import McpConfig, McpManager, ServerConfig
from ava_desktop.core.tools.oauth import token_id

from .test_manager import _free_port, run

AUTH_SERVER = str(Path(__file__).with_name("mcp_auth_server.py"))


class AuthorizationServer:
    """Authorization code + PKCE + refresh; writes each valid access token for the MCP server."""

    def __init__(self, tokens_file: Path) -> None:
        self.tokens_file = tokens_file
        self.requests: list[str] = []
        self.codes: dict[str, dict[str, str]] = {}
        self.issued = 0
        self.url = ""
        self._runner: web.AppRunner | None = None

    async def start(self) -> None:
        app = web.Application()
        app.router.add_get("/.well-known/oauth-authorization-server", self.metadata)
        app.router.add_post("/register", self.register)
        app.router.add_get("/authorize", self.authorize)
        app.router.add_post("/token", self.token)
        app.middlewares.append(self.record)
        self._runner = web.AppRunner(app, access_log=None)
        await self._runner.setup()
        port = _free_port()
        await web.TCPSite(self._runner, "127.0.0.1", port).start()
        self.url = f"http://127.0.0.1:{port}"

    async def stop(self) -> None:
        if self._runner is not None:
            await self._runner.cleanup()

    @web.middleware
    async def record(self, request: web.Request, handler):
        self.requests.append(f"{request.method} {request.path}")
        return await handler(request)

    async def metadata(self, request: web.Request) -> web.Response:
        base = self.url
        return web.json_response({
            "issuer": f"{base}/", "authorization_endpoint": f"{base}/authorize",
            "token_endpoint": f"{base}/token", "registration_endpoint": f"{base}/register",
            "response_types_supported": ["code"], "scopes_supported": ["mcp"],
            "grant_types_supported": ["authorization_code", "refresh_token"],
            "code_challenge_methods_supported": ["S256"],
            "token_endpoint_auth_methods_supported": ["none"]})

    async def register(self, request: web.Request) -> web.Response:
        body = await request.json()
        return web.json_response({**body, "client_id": "ava-client"}, status=201)

    async def authorize(self, request: web.Request) -> web.Response:
        q = request.query
        assert q["client_id"] == "ava-client" and q["code_challenge_method"] == "S256"
        assert q["redirect_uri"].startswith("http://127.0.0.1:")
        code = f"code-{len(self.codes)}"
        self.codes[code] = dict(q)
        raise web.HTTPFound(f"{q['redirect_uri']}?code={code}&state={q['state']}")

    def _issue(self) -> web.Response:
        self.issued += 1
        access = f"access-{self.issued}"
        self.tokens_file.write_text(access + "\n")  # the previous one stops working
        return web.json_response({"access_token": access, "token_type": "Bearer",
                                  "expires_in": 2, "refresh_token": f"refresh-{self.issued}",
                                  "scope": "mcp"})

    async def token(self, request: web.Request) -> web.Response:
        form = await request.post()
        if form["grant_type"] == "refresh_token":
            if form["refresh_token"] != f"refresh-{self.issued}":
                return web.json_response({"error": "invalid_grant"}, status=400)
            return self._issue()
        asked = self.codes.pop(str(form["code"]), None)
        digest = hashlib.sha256(str(form["code_verifier"]).encode()).digest()
        challenge = base64.urlsafe_b64encode(digest).rstrip(b"=").decode()
        if asked is None or asked["code_challenge"] != challenge or \
                asked["redirect_uri"] != form["redirect_uri"]:
            return web.json_response({"error": "invalid_grant"}, status=400)
        return self._issue()


@pytest.fixture
def secure_server(tmp_path):
    """(authorization server, MCP URL): the MCP server runs in its own process."""
    tokens = tmp_path / "tokens"
    auth = AuthorizationServer(tokens)
    loop = asyncio.new_event_loop()
    thread = threading.Thread(target=loop.run_forever, daemon=True)
    thread.start()
    asyncio.run_coroutine_threadsafe(auth.start(), loop).result(10)
    port = _free_port()
    proc = subprocess.Popen([sys.executable, AUTH_SERVER, str(port), auth.url, str(tokens)],
                            stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}/mcp"
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:
        try:
            urllib.request.urlopen(url.replace("/mcp", "/.well-known/oauth-protected-resource"),
                                   timeout=1)
            break
        except OSError:
            time.sleep(0.1)
    yield auth, url
    proc.kill()
    proc.wait()
    asyncio.run_coroutine_threadsafe(auth.stop(), loop).result(10)
    loop.call_soon_threadsafe(loop.stop)
    thread.join(5)


class Browser:
    """Stands in for the system browser: a real HTTP client following the authorize URL
    (its redirect lands on Ava's loopback listener)."""

    def __init__(self) -> None:
        self.opened: list[str] = []
        self.pages: list[str] = []

    def __call__(self, url: str) -> bool:
        self.opened.append(url)
        threading.Thread(target=self._visit, args=(url,), daemon=True).start()
        return True

    def _visit(self, url: str) -> None:
        with urllib.request.urlopen(url, timeout=10) as response:
            self.pages.append(response.read().decode())


def test_sign_in_only_when_asked_then_tokens_in_the_keychain_and_refreshed(secure_server):
    auth, url = secure_server
    cfg = McpConfig({"secure": ServerConfig("secure", url=url, transport="http", timeout=20)})
    keys = KeyStore()

    async def main():
        asked: list[str] = []
        browser = Browser()
        manager = McpManager(cfg, keys=keys, on_sign_in=asked.append, open_browser=browser)
        try:
            started = asyncio.get_running_loop().time()
            first = await manager.list_tools()  # fails at once: nobody waits for a click
            assert asyncio.get_running_loop().time() - started < 15
            assert "sign in" in first.errors["secure"] and not first.tools
            await asyncio.sleep(0.1)
            assert asked == ["secure"] and manager.needs_sign_in("secure")
            assert manager.status("secure").sign_in
            # Nothing went to the authorization page before the user said so.
            assert browser.opened == [] and "GET /authorize" not in auth.requests
            status = await manager.sign_in("secure")
            assert status.state.value == "ready" and not status.sign_in
            result = await manager.list_tools()
            assert not result.errors, result.errors
            assert [t.wire_name for t in result.tools] == ["secure__whoami"]
            assert browser.opened[0].startswith(f"{auth.url}/authorize?")
            assert "Signed in" in browser.pages[0]
            whoami = manager.tool("secure__whoami")
            assert (await manager.call(whoami, "a", {})).content == "signed in"
            stored = keys.get_bound(token_id("secure"))
            assert stored is not None and stored.host == url.rsplit("/", 1)[0]
            assert json.loads(stored.key)["tokens"]["access_token"] == "access-1"
            await asyncio.sleep(2.5)  # access-1 expires; the SDK refreshes by itself
            again = await manager.call(whoami, "b", {})
            assert (again.content, again.is_error) == ("signed in", False)
            assert auth.issued == 2 and len(browser.opened) == 1
        finally:
            await manager.shutdown()
        # Next start: the keychain's tokens are used, nobody is asked to sign in.
        asked.clear()
        manager = McpManager(cfg, keys=keys, on_sign_in=asked.append, open_browser=browser)
        try:
            again = await manager.list_tools()
            assert not again.errors and asked == [] and len(browser.opened) == 1
        finally:
            await manager.shutdown()
    run(main(), timeout=90)


def test_tokens_stored_for_another_origin_are_not_sent(secure_server):
    auth, url = secure_server
    keys = KeyStore()
    keys.set(token_id("secure"), json.dumps({"tokens": {"access_token": "access-1",
                                                        "token_type": "Bearer"}}),
             url="https://elsewhere.example")
    auth.tokens_file.write_text("access-1\n")
    cfg = McpConfig({"secure": ServerConfig("secure", url=url, transport="http", timeout=20)})

    async def main():
        asked: list[str] = []
        manager = McpManager(cfg, keys=keys, on_sign_in=asked.append, open_browser=Browser())
        try:
            listing = asyncio.ensure_future(manager.list_tools())
            for _ in range(200):
                if asked:
                    break
                await asyncio.sleep(0.05)
            assert asked == ["secure"]  # the token bound elsewhere was not used
            listing.cancel()
        finally:
            await manager.shutdown()
    run(main(), timeout=60)


def test_a_registration_for_an_old_port_is_made_again_and_a_free_port_is_kept(secure_server):
    import socket

    auth, url = secure_server
    busy = socket.socket()
    busy.bind(("127.0.0.1", 0))
    busy.listen(1)
    old_port = busy.getsockname()[1]  # the port of the stored registration is taken now
    keys = KeyStore()
    keys.set(token_id("secure"), json.dumps({"client": {
        "client_id": "ava-client", "redirect_uris": [f"http://127.0.0.1:{old_port}/callback"],
        "token_endpoint_auth_method": "none"}}), url=url)
    cfg = McpConfig({"secure": ServerConfig("secure", url=url, transport="http", timeout=20)})

    async def main():
        browser = Browser()
        manager = McpManager(cfg, keys=keys, on_sign_in=lambda _: None, open_browser=browser)
        try:
            first = await manager.list_tools()
            assert "sign in" in first.errors["secure"]
            assert auth.requests.count("POST /register") == 1, auth.requests  # not the old one
            status = await manager.sign_in("secure")
            assert status.state.value == "ready", status.error
            assert f"%3A{old_port}%2F" not in browser.opened[0] and "%3A" in browser.opened[0]
        finally:
            await manager.shutdown()
        client = json.loads(keys.get_bound(token_id("secure")).key)["client"]
        [uri] = client["redirect_uris"]
        new_port = int(uri.rsplit(":", 1)[1].split("/")[0])
        assert new_port != old_port
        # Next run: the registered port is free, so it is listened on again (no new register).
        manager = McpManager(cfg, keys=keys, on_sign_in=lambda _: None, open_browser=browser)
        try:
            registered = auth.requests.count("POST /register")
            keys.set(token_id("secure"), json.dumps({"client": client}), url=url)
            first = await manager.list_tools()
            assert "sign in" in first.errors["secure"]
            assert auth.requests.count("POST /register") == registered
            assert (await manager.sign_in("secure")).state.value == "ready"
            assert f"127.0.0.1%3A{new_port}%2F" in browser.opened[-1]
        finally:
            await manager.shutdown()
    try:
        run(main(), timeout=90)
    finally:
        busy.close()
