"""What `list` and the home screen show of each session, answered by the local index.

Reading and strictly validating a thousand session files takes longer than everything
else `list` does. The local index (core/workspace/index/) keeps each session's row under
its file's stamp (size, modification and change times, inode): a file unchanged since it
was last validated gives its row back without being read again; any other file is read
and validated as it always is, and its row replaces the old one. The index is a cache and
never the only copy of anything; when it cannot be used, every file is read.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from wfinterview.core.workspace.index.database import SCHEMA_VERSION as INDEX_VERSION
from wfinterview.core.workspace.index.summary import SessionSummary

if TYPE_CHECKING:
    from wfinterview.core.storage.store import LoadResult, SessionStore
    from wfinterview.core.workspace.index.session_index import SessionIndex

__all__ = ["INDEX_VERSION", "SessionSummary", "list_sessions", "listing_of"]


def list_sessions(
    store: SessionStore, index_file: Path | None, data_dir: Path | None = None
) -> LoadResult[SessionSummary]:
    """Every readable session's summary, newest first, and every file left alone: exactly
    what `store.load_all()` gives, from the index where a file has not changed since it was
    validated (`index_file` None: every file read)."""
    from wfinterview.core.workspace.index.session_index import SessionIndex

    index = SessionIndex(index_file, store.dir, data_dir or store.dir.parent, lambda: store)
    try:
        return listing_of(index)
    finally:
        index.close()


def listing_of(index: SessionIndex) -> LoadResult[SessionSummary]:
    from wfinterview.core.storage.store import LoadResult

    sessions, problems = index.summaries()
    return LoadResult(sessions, problems)
