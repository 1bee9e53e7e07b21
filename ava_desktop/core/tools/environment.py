"""What an MCP server process gets: a command found on a real PATH and a minimal environment.

Started from a desktop menu, the app inherits the session's bare PATH (``/usr/bin:/bin``),
not the one the user's shell profile builds, so ``npx`` (nvm, Homebrew) and ``uvx``
(``~/.local/bin``) are not found: the most common MCP complaint. The login shell's PATH is
read once (fixed command, no user input, bounded time) and merged with the usual install
places. Each server gets a small base environment plus its own ``env`` from ``mcp.json``:
never the app's environment, which may hold API keys.
"""

from __future__ import annotations

import glob
import os
import shutil
import subprocess
import sys
import threading
from collections.abc import Mapping
from pathlib import Path

_POSIX_BASE = ("HOME", "USER", "LOGNAME", "SHELL", "LANG", "LANGUAGE", "LC_ALL", "LC_CTYPE",
               "LC_MESSAGES", "TERM", "TMPDIR", "TZ", "XDG_RUNTIME_DIR", "XDG_CONFIG_HOME",
               "XDG_DATA_HOME", "XDG_CACHE_HOME")
_WINDOWS_BASE = ("APPDATA", "LOCALAPPDATA", "USERPROFILE", "USERNAME", "HOMEDRIVE", "HOMEPATH",
                 "SYSTEMROOT", "SYSTEMDRIVE", "WINDIR", "COMSPEC", "PATHEXT", "TEMP", "TMP",
                 "PROGRAMFILES", "PROGRAMFILES(X86)", "PROGRAMDATA", "PROCESSOR_ARCHITECTURE",
                 "NUMBER_OF_PROCESSORS", "OS")
# Network settings, so a fetch server works behind the same proxy as the app.
_PROXY = ("HTTP_PROXY", "HTTPS_PROXY", "NO_PROXY", "ALL_PROXY", "http_proxy", "https_proxy",
          "no_proxy", "all_proxy")
_MARKER = "__AVA_PATH__"
_SHELL_TIMEOUT = 3.0

_lock = threading.Lock()
_login_path: list[str | None] = []  # cached once: [value]

_HINTS = {
    "npx": "install Node.js (https://nodejs.org), which provides npx",
    "npm": "install Node.js (https://nodejs.org), which provides npm",
    "node": "install Node.js (https://nodejs.org)",
    "uvx": "install uv (https://docs.astral.sh/uv/), which provides uvx",
    "uv": "install uv (https://docs.astral.sh/uv/)",
    "docker": "install Docker (https://docs.docker.com/get-docker/)",
    "python": "install Python (https://www.python.org)",
    "python3": "install Python (https://www.python.org)",
    "bunx": "install Bun (https://bun.sh)",
    "deno": "install Deno (https://deno.com)",
}


class CommandNotFound(LookupError):
    """The server's command is not installed (the message says what to install)."""


def login_shell_path(timeout: float = _SHELL_TIMEOUT, refresh: bool = False) -> str | None:
    """The PATH the user's login shell builds (POSIX), read once and cached; None if the
    shell is unknown, fails or takes longer than ``timeout``."""
    with _lock:
        if _login_path and not refresh:
            return _login_path[0]
        value = _read_login_path(timeout) if os.name == "posix" else None
        _login_path[:] = [value]
        return value


def _read_login_path(timeout: float) -> str | None:
    shell = os.environ.get("SHELL", "")
    if not shell or not os.path.isabs(shell) or not os.access(shell, os.X_OK):
        return None
    # A fixed script: profile output before the marker (motd, echo in .profile) is ignored.
    script = f'printf "\\n{_MARKER}%s" "$PATH"'
    try:
        done = subprocess.run([shell, "-l", "-c", script], stdin=subprocess.DEVNULL,
                              capture_output=True, timeout=timeout, check=False,
                              start_new_session=True)
    except (OSError, subprocess.SubprocessError):
        return None
    out = done.stdout.decode("utf-8", "replace")
    if _MARKER not in out:
        return None
    value = out.rsplit(_MARKER, 1)[1].strip()
    return value or None


def _common_dirs() -> list[str]:
    home = Path.home()
    dirs = [home / ".local" / "bin", Path("/usr/local/bin"), Path("/opt/homebrew/bin"),
            Path("/opt/local/bin"), home / ".volta" / "bin", home / ".bun" / "bin",
            home / ".deno" / "bin", home / ".cargo" / "bin", Path("/usr/bin"), Path("/bin")]
    if sys.platform == "win32":
        appdata = os.environ.get("APPDATA")
        dirs = [Path(appdata) / "npm"] if appdata else []
        dirs.append(home / ".local" / "bin")
    else:
        # nvm: the newest installed Node (cheap: one glob in one folder).
        nvm = os.environ.get("NVM_DIR") or str(home / ".nvm")
        versions = sorted(glob.glob(os.path.join(nvm, "versions", "node", "v*", "bin")),
                          key=_version_key)
        dirs[1:1] = [Path(v) for v in reversed(versions[-1:])]
    return [str(d) for d in dirs]


def _version_key(path: str) -> tuple[int, ...]:
    name = Path(path).parent.name.lstrip("v")
    return tuple(int(p) if p.isdigit() else 0 for p in name.split("."))


def search_path(environ: Mapping[str, str] | None = None, *, use_login_shell: bool = True
                ) -> str:
    """PATH for finding and running servers: the login shell's, then the app's own, then
    the usual install folders; existing folders only, each once."""
    env = os.environ if environ is None else environ
    parts: list[str] = []
    if use_login_shell and (login := login_shell_path()):
        parts += login.split(os.pathsep)
    parts += env.get("PATH", "").split(os.pathsep)
    parts += _common_dirs()
    seen: set[str] = set()
    out = []
    for part in parts:
        if part and part not in seen and os.path.isdir(part):
            seen.add(part)
            out.append(part)
    return os.pathsep.join(out)


def resolve_command(command: str, path: str) -> str:
    """The absolute path of ``command`` (a bare name looked up on ``path``, or a path)."""
    if os.sep in command or (os.altsep and os.altsep in command):
        full = os.path.expanduser(command)
        if os.path.isfile(full) and os.access(full, os.X_OK):
            return os.path.abspath(full)
        raise CommandNotFound(f"{command} was not found or is not executable")
    found = shutil.which(command, path=path)
    if found:
        return found
    stem = command.lower().removesuffix(".exe").removesuffix(".cmd")
    hint = _HINTS.get(stem, "is it installed? Its folder must be on your PATH")
    raise CommandNotFound(f"{command} was not found; {hint}, then start the server again")


def server_environment(own_env: Mapping[str, str], path: str,
                       environ: Mapping[str, str] | None = None) -> dict[str, str]:
    """A server's environment: the base variables of this system, PATH, then its own env."""
    env = os.environ if environ is None else environ
    names = _WINDOWS_BASE if sys.platform == "win32" else _POSIX_BASE
    out = {k: env[k] for k in (*names, *_PROXY) if k in env and not env[k].startswith("()")}
    out["PATH"] = path
    out.update({str(k): str(v) for k, v in own_env.items()})
    return out


__all__ = ["CommandNotFound", "login_shell_path", "resolve_command", "search_path",
           "server_environment"]
