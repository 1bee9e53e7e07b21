"""Signing in to a remote MCP server from the real Tools dialog: the server that answers 401
shows "Sign-in needed" at once (nothing waits for a click), the browser opens only after the
real Sign In button is clicked, and Sign Out forgets the tokens."""

from __future__ import annotations

import asyncio
import json
import os

import pytest

from ava_desktop.core.tools.oauth import token_id
from tests.core.tools.test_oauth import Browser, secure_server  # noqa: F401 (fixture)
from tests.ui.conftest import until

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX process handling")


def test_sign_in_button_opens_the_browser_only_when_clicked(
        make_app, qloop, llm_server, tmp_path, secure_server):  # noqa: F811
    auth, url = secure_server
    data = tmp_path / "data"
    data.mkdir(exist_ok=True)
    (data / "mcp.json").write_text(json.dumps({"mcpServers": {"secure": {"url": url}}}))
    from ava_desktop.ui.tools_dialog import ToolsDialog

    app = make_app(llm_server.base_url)
    manager = app.ctx.tools.manager
    browser = Browser()
    manager._open_browser = browser  # the injection point: the system browser in the app
    dialog = ToolsDialog(app.ctx, app.window)

    async def first_use():
        started = asyncio.get_running_loop().time()
        listing = await manager.list_tools()
        assert asyncio.get_running_loop().time() - started < 15  # fails fast
        assert "sign in" in listing.errors["secure"]
        await until(lambda: "Sign-in needed" in dialog.list.item(0).text(),
                    what="Sign-in needed shown")
        assert "Sign-in needed" in dialog.details.text()
    qloop.run_until_complete(first_use())
    assert browser.opened == [] and "GET /authorize" not in auth.requests
    sign_in = dialog.buttons["signin"]
    assert sign_in.isVisibleTo(dialog) and sign_in.isEnabled()
    sign_in.click()
    qloop.run_until_complete(until(lambda: "ready" in dialog.list.item(0).text(), timeout=40,
                                   what="signed in and ready"))
    assert browser.opened[0].startswith(f"{auth.url}/authorize?")
    assert "Signed in" in browser.pages[0]
    assert app.ctx.keys.get_bound(token_id("secure")) is not None
    dialog.buttons["signout"].click()
    qloop.run_until_complete(until(lambda: app.ctx.keys.get_bound(token_id("secure")) is None,
                                   what="tokens forgotten"))
    dialog.close()
