"""Where Ava Desktop keeps its files.

One resolution rule for the whole app so that an explicit data folder (``--data-dir`` or
``AVA_DATA_DIR``) is *self-contained*: settings and logs go inside it too. Tests and portable
installs therefore never touch the user's real platform folders.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

import platformdirs

APP_NAME = "ava-desktop"
DATA_DIR_ENV = "AVA_DATA_DIR"
SETTINGS_FILENAME = "settings.json"


@dataclass(frozen=True, slots=True)
class AppPaths:
    """The app's folders; create them with :meth:`ensure` before writing."""

    data_dir: Path
    config_dir: Path
    log_dir: Path

    @classmethod
    def resolve(
        cls,
        data_dir: str | os.PathLike[str] | None = None,
        environ: Mapping[str, str] | None = None,
    ) -> AppPaths:
        """Explicit ``data_dir`` wins, then ``$AVA_DATA_DIR``, then the platform folders."""
        env = os.environ if environ is None else environ
        if data_dir is None and env.get(DATA_DIR_ENV):
            data_dir = env[DATA_DIR_ENV]
        if data_dir is not None:
            root = Path(data_dir).expanduser().absolute()
            return cls(data_dir=root, config_dir=root / "config", log_dir=root / "logs")
        return cls(
            data_dir=Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)),
            config_dir=Path(platformdirs.user_config_dir(APP_NAME, appauthor=False)),
            log_dir=Path(platformdirs.user_log_dir(APP_NAME, appauthor=False)),
        )

    @property
    def settings_file(self) -> Path:
        return self.config_dir / SETTINGS_FILENAME

    def ensure(self) -> AppPaths:
        """Create the folders; ones we create are private (0700) since they hold chats."""
        for folder in (self.data_dir, self.config_dir, self.log_dir):
            _make_private_dir(folder)
        return self


def _make_private_dir(folder: Path) -> None:
    if folder.is_dir():
        return  # an existing folder is the user's choice; don't change its mode
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    with contextlib.suppress(OSError):  # e.g. filesystems without POSIX modes
        os.chmod(folder, 0o700)  # mkdir's mode is filtered by the umask
