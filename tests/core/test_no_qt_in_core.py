"""``ava_desktop/core`` must stay Qt-free: scan every source file's imports with ast."""

from __future__ import annotations

import ast
from pathlib import Path

import ava_desktop.core

FORBIDDEN = ("PySide6", "qasync", "shiboken6", "PyQt5", "PyQt6")


def _imports(tree: ast.AST) -> list[str]:
    names = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names += [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.append(node.module)
        elif (isinstance(node, ast.Call) and getattr(node.func, "attr", getattr(
                node.func, "id", None)) in ("import_module", "__import__") and node.args
                and isinstance(node.args[0], ast.Constant) and isinstance(node.args[0].value, str)):
            names.append(node.args[0].value)
    return names


def test_core_imports_no_qt():
    root = Path(ava_desktop.core.__file__).parent
    files = sorted(root.rglob("*.py"))
    assert len(files) > 5
    offenders = [f"{path.relative_to(root)}: {name}"
                 for path in files
                 for name in _imports(ast.parse(path.read_text("utf-8"), str(path)))
                 if name.split(".")[0] in FORBIDDEN]
    assert offenders == []


def test_the_scanner_catches_qt_imports():
    code = "import PySide6.QtCore\nfrom qasync import QEventLoop\nimport shiboken6 as s\n"
    assert [n.split(".")[0] for n in _imports(ast.parse(code))] == ["PySide6", "qasync",
                                                                     "shiboken6"]
