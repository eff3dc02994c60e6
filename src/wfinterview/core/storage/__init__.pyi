"""The public names of this layer, declared once (see __init__.py)."""

from wfinterview.core.storage.atomic import (
    fsync_dir as fsync_dir,
)
from wfinterview.core.storage.atomic import (
    write_atomic as write_atomic,
)
from wfinterview.core.storage.folders import (
    ensure_private_dir as ensure_private_dir,
)
from wfinterview.core.storage.identity import (
    new_writer_id as new_writer_id,
)
from wfinterview.core.storage.identity import (
    writer_id as writer_id,
)
from wfinterview.core.storage.lock import (
    SessionLock as SessionLock,
)
from wfinterview.core.storage.lock import (
    SessionLocked as SessionLocked,
)
from wfinterview.core.storage.lock import (
    exclusive as exclusive,
)
from wfinterview.core.storage.paths import (
    CONFIG_DIR_ENV as CONFIG_DIR_ENV,
)
from wfinterview.core.storage.paths import (
    Paths as Paths,
)
from wfinterview.core.storage.paths import (
    builtin_agendas_dir as builtin_agendas_dir,
)
from wfinterview.core.storage.paths import (
    builtin_templates_dir as builtin_templates_dir,
)
from wfinterview.core.storage.stamps import (
    Stamp as Stamp,
)
from wfinterview.core.storage.stamps import (
    stamp_from_json as stamp_from_json,
)
from wfinterview.core.storage.stamps import (
    stamp_of as stamp_of,
)
from wfinterview.core.storage.stamps import (
    stamps_in as stamps_in,
)
from wfinterview.core.storage.state import (
    read_state as read_state,
)
from wfinterview.core.storage.state import (
    remember as remember,
)
from wfinterview.core.storage.store import (
    LoadResult as LoadResult,
)
from wfinterview.core.storage.store import (
    Row as Row,
)
from wfinterview.core.storage.store import (
    SessionFileProblem as SessionFileProblem,
)
from wfinterview.core.storage.store import (
    SessionLike as SessionLike,
)
from wfinterview.core.storage.store import (
    SessionStore as SessionStore,
)
from wfinterview.core.storage.store import (
    UnreadableSession as UnreadableSession,
)
from wfinterview.core.storage.store import (
    diagnose as diagnose,
)
from wfinterview.core.storage.store import (
    read_own_file as read_own_file,
)
from wfinterview.core.storage.tomlfile import (
    parse_toml as parse_toml,
)
from wfinterview.core.storage.tomlfile import (
    read_toml as read_toml,
)
from wfinterview.core.storage.writer import (
    SaveStatus as SaveStatus,
)
from wfinterview.core.storage.writer import (
    SessionWriter as SessionWriter,
)
