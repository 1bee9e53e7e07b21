"""A real MCP server behind OAuth, written with the SDK's FastMCP and its auth settings.

``python tests/core/tools/mcp_auth_server.py PORT ISSUER_URL TOKENS_FILE``: streamable HTTP on
127.0.0.1:PORT/mcp; it answers 401 (with its protected-resource metadata naming ISSUER_URL
as the authorization server) unless the bearer token is a line of TOKENS_FILE, which the
test's authorization server writes as it issues tokens.
"""

from __future__ import annotations

import sys
from pathlib import Path

from mcp.server.auth.provider import AccessToken
from mcp.server.auth.settings import AuthSettings
from mcp.server.fastmcp import FastMCP

port, issuer, tokens_file = int(sys.argv[1]), sys.argv[2], Path(sys.argv[3])
resource = f"http://127.0.0.1:{port}/mcp"


class FileVerifier:
    async def verify_token(self, token: str) -> AccessToken | None:
        valid = tokens_file.read_text().split() if tokens_file.exists() else []
        if token not in valid:
            return None
        return AccessToken(token=token, client_id="ava", scopes=["mcp"], resource=resource)


mcp = FastMCP("secure", host="127.0.0.1", port=port, log_level="WARNING",
              token_verifier=FileVerifier(),
              auth=AuthSettings(issuer_url=issuer, resource_server_url=resource,
                                required_scopes=["mcp"]))


@mcp.tool()
def whoami() -> str:
    """Say that the caller got in."""
    return "signed in"


if __name__ == "__main__":
    mcp.run("streamable-http")
