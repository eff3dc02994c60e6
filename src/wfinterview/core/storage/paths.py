"""Where wfinterview keeps things: the data folder, the config folder, the cache folder, the
shipped files.

The data folder may be shared with a team (a sync tool copies it to every teammate); the
config folder and the cache folder never are. The cache folder holds only what can be
rebuilt from the data folder (the local index, core/workspace/index/): deleting it loses
nothing.
"""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

import platformdirs

from wfinterview.core.storage.identity import writer_id

APP_NAME = "wfinterview"
DATA_DIR_ENV = "WFINTERVIEW_DATA_DIR"
CONFIG_DIR_ENV = "WFINTERVIEW_CONFIG_DIR"
CACHE_DIR_ENV = "WFINTERVIEW_CACHE_DIR"

_PACKAGE_DIR = Path(__file__).resolve().parents[2]


def user_cache_root() -> Path:
    """$WFINTERVIEW_CACHE_DIR, else the platform's user cache folder for wfinterview."""
    folder = os.environ.get(CACHE_DIR_ENV) or platformdirs.user_cache_dir(APP_NAME)
    return Path(folder).expanduser()


@dataclass(frozen=True)
class Paths:
    data_dir: Path
    config_dir: Path
    # Taken when the paths are made, so that a test's or benchmark's folder holds.
    cache_root: Path = field(default_factory=user_cache_root)

    @property
    def sessions_dir(self) -> Path:
        return self.data_dir / "sessions"

    @property
    def engagements_dir(self) -> Path:
        return self.data_dir / "engagements"

    @cached_property
    def writer(self) -> str:
        """This installation's writer id (core/storage/identity.py), made on first use."""
        return writer_id(self.config_dir)

    @property
    def local_dir(self) -> Path:
        """What only this installation writes and only it needs: caches, locks, the last
        engagement. One folder per writer, so a shared data folder never has two writers
        for one file (add `local/` to a git repository's .gitignore)."""
        return self.data_dir / "local" / self.writer

    @property
    def cache_dir(self) -> Path:
        """The plan cache (core/plan/plan_cache.py), still beside this writer's locks: the
        session index lives in the user's cache folder (`index_file`)."""
        return self.local_dir / "cache"

    @property
    def index_file(self) -> Path:
        """This data folder's local index, for this writer: in the user's cache folder, never
        in the data folder (a sync tool would copy it to every teammate). One file per
        data folder, named by a hash of its resolved path, so two folders never share one."""
        resolved = str(self.data_dir.resolve())
        key = hashlib.sha256(resolved.encode("utf-8", "surrogateescape")).hexdigest()[:24]
        return self.cache_root / "index" / f"{key}-{self.writer}.sqlite3"

    @property
    def locks_dir(self) -> Path:
        return self.local_dir / "locks"

    @property
    def state_file(self) -> Path:
        return self.local_dir / "state.json"

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
