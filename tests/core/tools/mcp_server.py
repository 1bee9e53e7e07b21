"""A real MCP server for the tests, written with the SDK's FastMCP.

Run over stdio: ``python tests/core/tools/mcp_server.py [NAME]``; over streamable HTTP:
``python tests/core/tools/mcp_server.py NAME --http PORT`` (127.0.0.1 only). Tools: echo,
add, fail (raises), image (a 1x1 PNG), sleep (seconds), slow (records a
cancellation in a file), pid (its process id), env (one
variable), big (a long text).
"""

from __future__ import annotations

import asyncio
import base64
import os
import sys

from mcp.server.fastmcp import FastMCP, Image

PNG = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==")

name = sys.argv[1] if len(sys.argv) > 1 else "demo"
mcp = FastMCP(name, host="127.0.0.1", log_level="WARNING")


@mcp.tool()
def echo(text: str) -> str:
    """Return the text unchanged."""
    return text


@mcp.tool()
def add(a: int, b: int) -> int:
    """Add two numbers."""
    return a + b


@mcp.tool()
def fail(message: str = "it broke") -> str:
    """Always fails."""
    raise ValueError(message)


@mcp.tool()
def image() -> Image:
    """A tiny PNG."""
    return Image(data=PNG, format="png")


@mcp.tool()
async def sleep(seconds: float) -> str:
    """Sleep, then say so."""
    await asyncio.sleep(seconds)
    return f"slept {seconds}"


@mcp.tool()
async def slow(seconds: float, marker: str) -> str:
    """Sleep; write 'started' then 'cancelled' or 'finished' to the file ``marker``."""
    with open(marker, "a") as f:
        f.write("started\n")
    try:
        await asyncio.sleep(seconds)
    except BaseException:  # anyio cancels the handler when notifications/cancelled arrives
        with open(marker, "a") as f:
            f.write("cancelled\n")
        raise
    with open(marker, "a") as f:
        f.write("finished\n")
    return f"slept {seconds}"


@mcp.tool()
def pid() -> int:
    """This server's process id."""
    return os.getpid()


@mcp.tool()
def env(variable: str) -> str:
    """One environment variable ('<unset>' if missing)."""
    return os.environ.get(variable, "<unset>")


@mcp.tool()
def big(chars: int) -> str:
    """A text of that many characters."""
    return "x" * chars


if __name__ == "__main__":
    print(f"{name} starting", file=sys.stderr, flush=True)
    if "--http" in sys.argv:
        mcp.settings.port = int(sys.argv[sys.argv.index("--http") + 1])
        mcp.run("streamable-http")
    else:
        mcp.run("stdio")
