"""The public names of this layer, declared once (see __init__.py)."""

from wfinterview.core.storage.atomic import (
    fsync_dir as fsync_dir,
    write_atomic as write_atomic,
)
from wfinterview.core.storage.folders import (
    ensure_private_dir as ensure_private_dir,
)
from wfinterview.core.storage.identity import (
    new_writer_id as new_writer_id,
    writer_id as writer_id,
)
from wfinterview.core.storage.lock import (
    SessionLock as SessionLock,
    SessionLocked as SessionLocked,
    exclusive as exclusive,
)
from wfinterview.core.storage.paths import (
    CONFIG_DIR_ENV as CONFIG_DIR_ENV,
    Paths as Paths,
    builtin_agendas_dir as builtin_agendas_dir,
    builtin_templates_dir as builtin_templates_dir,
)
from wfinterview.core.storage.stamps import (
    Stamp as Stamp,
    stamp_from_json as stamp_from_json,
    stamp_of as stamp_of,
    stamps_in as stamps_in,
)
from wfinterview.core.storage.state import (
    read_state as read_state,
    remember as remember,
)
from wfinterview.core.storage.store import (
    LoadResult as LoadResult,
    Row as Row,
    SessionFileProblem as SessionFileProblem,
    SessionLike as SessionLike,
    SessionStore as SessionStore,
    UnreadableSession as UnreadableSession,
    diagnose as diagnose,
    read_own_file as read_own_file,
)
from wfinterview.core.storage.tomlfile import (
    parse_toml as parse_toml,
    read_toml as read_toml,
)
from wfinterview.core.storage.writer import (
    SaveStatus as SaveStatus,
    SessionWriter as SessionWriter,
)
