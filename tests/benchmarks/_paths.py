"""Which ava_desktop a benchmark measures: the one this Python has installed.

That is a wheel (``pip install .``), an editable install (``pip install -e .``), or a
checkout put first on purpose (``PYTHONPATH=/path/to/clone``). The clone a script sits in
is added only *after* the installed packages, for ``tests.servers``: placed first, its
source tree shadowed an installed wheel and failed with ``No module named
'ava_desktop.resources'`` (``resources/`` becomes that package only when installed).
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]


def setup() -> None:
    """Make ``_workload`` and ``tests.servers`` importable without shadowing the install."""
    if str(HERE) not in sys.path:
        sys.path.insert(0, str(HERE))
    if str(ROOT) not in sys.path:
        sys.path.append(str(ROOT))


def measured() -> str:
    """Where the measured ava_desktop comes from (for the report), or exit saying how to
    install one."""
    spec = importlib.util.find_spec("ava_desktop")
    if spec is None or importlib.util.find_spec("ava_desktop.resources") is None:
        raise SystemExit("ava_desktop is not installed for this Python: install it "
                         "(pip install . or pip install -e .) and run the benchmark with "
                         "that Python")
    import ava_desktop

    where = Path(spec.origin or "").parent
    return f"ava_desktop {ava_desktop.__version__} from {where}"
