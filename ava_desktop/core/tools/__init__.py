"""Tools for the model: MCP servers from ``mcp.json`` and the tool-call loop.

``McpManager`` (manager.py) is what the app holds: it starts servers when first needed,
lists their tools and runs calls on its own thread. ``ToolCallRunner`` (runner.py) runs one
answer's calls with the user's approval. ``McpConfigStore`` (config.py) reads and writes the
file. See the module docstrings for the why.
"""

from .config import (
    DEFAULT_TIMEOUT,
    McpConfig,
    McpConfigStore,
    ServerConfig,
    claude_desktop_config_path,
    import_claude_desktop,
)
from .manager import McpManager, McpTool, ServerStatus, ToolListing, wire_name
from .runner import (
    MAX_TOOL_STEPS,
    AlwaysAllowed,
    Approval,
    ApprovalRequest,
    CallUpdate,
    ToolCallRunner,
    tool_messages,
)
from .states import ServerError, ServerState

__all__ = ["DEFAULT_TIMEOUT", "MAX_TOOL_STEPS", "AlwaysAllowed", "Approval",
           "ApprovalRequest", "CallUpdate", "McpConfig", "McpConfigStore", "McpManager",
           "McpTool", "ServerConfig", "ServerError", "ServerState", "ServerStatus",
           "ToolCallRunner", "ToolListing", "claude_desktop_config_path",
           "import_claude_desktop", "tool_messages", "wire_name"]
