"""The Qt side of Ava Desktop. Importing it makes PySide6's import hook cheap (see below).

PySide6 (PYSIDE-2029) asks of every module imported after it whether its source mentions
"PySide6", through ``inspect.getsource``: that reads each file into ``linecache`` and keeps
it there. For the ~900 modules the app imports that was ~0.25 s of start-up and ~22 MB of
resident memory holding source text nobody reads. The same question is answered here by
reading the file's bytes once, keeping nothing. Only done when PySide6's private hook has
the expected shape; otherwise PySide6 behaves as shipped.
"""

from __future__ import annotations

import sys
from types import ModuleType

import PySide6.QtCore  # noqa: F401 - loads shibokensupport.feature, whose hook is replaced


def _install_cheap_feature_check() -> None:
    feature = sys.modules.get("shibokensupport.feature")
    shipped = getattr(feature, "_mod_uses_pyside", None)
    if feature is None or not callable(shipped) or getattr(shipped, "_ava", False):
        return

    def _mod_uses_pyside(module: ModuleType) -> bool:
        path = getattr(module, "__file__", None)
        if not isinstance(path, str) or not path.endswith(".py"):
            return bool(shipped(module))
        try:
            with open(path, "rb") as source:
                return b"PySide6" in source.read()
        except OSError:
            return bool(shipped(module))

    _mod_uses_pyside._ava = True  # type: ignore[attr-defined]
    feature._mod_uses_pyside = _mod_uses_pyside  # type: ignore[attr-defined]


_install_cheap_feature_check()
