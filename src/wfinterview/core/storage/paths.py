"""Where wfinterview keeps things: the data folder, the config folder, the shipped files."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import platformdirs

APP_NAME = "wfinterview"
DATA_DIR_ENV = "WFINTERVIEW_DATA_DIR"
CONFIG_DIR_ENV = "WFINTERVIEW_CONFIG_DIR"

_PACKAGE_DIR = Path(__file__).resolve().parents[2]


@dataclass(frozen=True)
class Paths:
    data_dir: Path
    config_dir: Path

    @property
    def sessions_dir(self) -> Path:
        return self.data_dir / "sessions"

    @property
    def engagements_dir(self) -> Path:
        return self.data_dir / "engagements"

    @property
    def cache_dir(self) -> Path:
        """Rebuildable indexes: never the only copy of anything."""
        return self.data_dir / "cache"

    @property
    def state_file(self) -> Path:
        return self.data_dir / "state.json"

    @property
    def config_file(self) -> Path:
        return self.config_dir / "config.toml"

    @property
    def user_agendas_dir(self) -> Path:
        return self.config_dir / "agendas"

    @property
    def user_templates_dir(self) -> Path:
        return self.config_dir / "templates"

    @classmethod
    def resolve(cls, data_dir: str | os.PathLike[str] | None = None) -> Paths:
        """--data-dir, else $WFINTERVIEW_DATA_DIR, else the platform's user data folder."""
        data = data_dir or os.environ.get(DATA_DIR_ENV) or platformdirs.user_data_dir(APP_NAME)
        config = os.environ.get(CONFIG_DIR_ENV) or platformdirs.user_config_dir(APP_NAME)
        return cls(Path(data).expanduser(), Path(config).expanduser())


def builtin_agendas_dir() -> Path:
    # A wheel carries the agendas inside the package; a source checkout (editable
    # install, tests) keeps them at the top of the repository.
    packaged = _PACKAGE_DIR / "agendas"
    return packaged if packaged.is_dir() else _PACKAGE_DIR.parent.parent / "agendas"


def builtin_templates_dir() -> Path:
    return _PACKAGE_DIR / "templates"


def ensure_private_dir(path: Path) -> Path:
    """Create `path`, and any missing folder above it, readable only by its owner.

    `mkdir(parents=True)` would give the parents the default mode; every folder this
    creates gets 0700 instead (as the XDG base directory spec asks), so a new data
    folder is never world-readable. Folders that exist already are left as they are.
    """
    missing = []
    for folder in (path, *path.parents):
        if folder.exists():
            break
        missing.append(folder)
    for folder in reversed(missing):
        try:
            folder.mkdir(mode=0o700)
        except FileExistsError:
            pass  # made meanwhile by another process
    if not path.is_dir():
        raise NotADirectoryError(20, "Not a directory", str(path))
    return path
