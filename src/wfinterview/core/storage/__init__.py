"""Files on disk: folders, atomic and durable writes, locks, the session store and the
background writer. Knows the file formats, not what the notes mean.

Names resolve on first use (core/framework/lazy.py).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from wfinterview.core.framework.lazy import resolver

if TYPE_CHECKING:
    from wfinterview.core.storage.atomic import (
        fsync_dir,
        write_atomic,
    )
    from wfinterview.core.storage.folders import (
        ensure_private_dir,
    )
    from wfinterview.core.storage.identity import (
        new_writer_id,
        writer_id,
    )
    from wfinterview.core.storage.lock import (
        SessionLock,
        SessionLocked,
        exclusive,
    )
    from wfinterview.core.storage.paths import (
        CONFIG_DIR_ENV,
        Paths,
        builtin_agendas_dir,
        builtin_templates_dir,
    )
    from wfinterview.core.storage.stamps import (
        Stamp,
        stamp_from_json,
        stamp_of,
        stamps_in,
    )
    from wfinterview.core.storage.state import (
        read_state,
        remember,
    )
    from wfinterview.core.storage.store import (
        LoadResult,
        Row,
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
    "CONFIG_DIR_ENV": "paths",
    "LoadResult": "store",
    "Paths": "paths",
    "Row": "store",
    "SaveStatus": "writer",
    "SessionFileProblem": "store",
    "SessionLike": "store",
    "SessionLock": "lock",
    "SessionLocked": "lock",
    "SessionStore": "store",
    "SessionWriter": "writer",
    "Stamp": "stamps",
    "UnreadableSession": "store",
    "builtin_agendas_dir": "paths",
    "builtin_templates_dir": "paths",
    "diagnose": "store",
    "ensure_private_dir": "folders",
    "exclusive": "lock",
    "fsync_dir": "atomic",
    "new_writer_id": "identity",
    "parse_toml": "tomlfile",
    "read_own_file": "store",
    "read_state": "state",
    "read_toml": "tomlfile",
    "remember": "state",
    "stamp_from_json": "stamps",
    "stamp_of": "stamps",
    "stamps_in": "stamps",
    "write_atomic": "atomic",
    "writer_id": "identity",
}
__all__ = [
    "CONFIG_DIR_ENV",
    "LoadResult",
    "Paths",
    "Row",
    "SaveStatus",
    "SessionFileProblem",
    "SessionLike",
    "SessionLock",
    "SessionLocked",
    "SessionStore",
    "SessionWriter",
    "Stamp",
    "UnreadableSession",
    "builtin_agendas_dir",
    "builtin_templates_dir",
    "diagnose",
    "ensure_private_dir",
    "exclusive",
    "fsync_dir",
    "new_writer_id",
    "parse_toml",
    "read_own_file",
    "read_state",
    "read_toml",
    "remember",
    "stamp_from_json",
    "stamp_of",
    "stamps_in",
    "write_atomic",
    "writer_id",
]


__getattr__ = resolver(__name__, _OWNERS)
