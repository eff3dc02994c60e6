"""Files on disk: folders, atomic and durable writes, locks, the session store and the
background writer. Knows the file formats, not what the notes mean.

Names resolve on first use (PEP 562), so importing one module of this layer does not
load the others: the cockpit starts without reading what it never shows.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from wfinterview.core.storage.atomic import (
        fsync_dir,
        write_atomic,
    )
    from wfinterview.core.storage.lock import (
        SessionLock,
        SessionLocked,
    )
    from wfinterview.core.storage.paths import (
        Paths,
        builtin_agendas_dir,
        builtin_templates_dir,
        ensure_private_dir,
    )
    from wfinterview.core.storage.state import (
        read_state,
        remember,
    )
    from wfinterview.core.storage.store import (
        LoadResult,
        SessionFileProblem,
        SessionLike,
        SessionStore,
        UnreadableSession,
        diagnose,
        read_own_file,
    )
    from wfinterview.core.storage.tomlfile import (
        parse_toml,
        read_toml,
    )
    from wfinterview.core.storage.writer import (
        SaveStatus,
        SessionWriter,
    )

_OWNERS = {
    "LoadResult": "store",
    "Paths": "paths",
    "SaveStatus": "writer",
    "SessionFileProblem": "store",
    "SessionLike": "store",
    "SessionLock": "lock",
    "SessionLocked": "lock",
    "SessionStore": "store",
    "SessionWriter": "writer",
    "UnreadableSession": "store",
    "builtin_agendas_dir": "paths",
    "builtin_templates_dir": "paths",
    "diagnose": "store",
    "ensure_private_dir": "paths",
    "fsync_dir": "atomic",
    "parse_toml": "tomlfile",
    "read_own_file": "store",
    "read_state": "state",
    "read_toml": "tomlfile",
    "remember": "state",
    "write_atomic": "atomic",
}
__all__ = [
    "LoadResult",
    "Paths",
    "SaveStatus",
    "SessionFileProblem",
    "SessionLike",
    "SessionLock",
    "SessionLocked",
    "SessionStore",
    "SessionWriter",
    "UnreadableSession",
    "builtin_agendas_dir",
    "builtin_templates_dir",
    "diagnose",
    "ensure_private_dir",
    "fsync_dir",
    "parse_toml",
    "read_own_file",
    "read_state",
    "read_toml",
    "remember",
    "write_atomic",
]


def __getattr__(name: str) -> object:
    if name not in _OWNERS:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(f"{__name__}.{_OWNERS[name]}"), name)
