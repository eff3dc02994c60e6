"""Each session's findings reading, kept in a rebuildable cache so that an unchanged file
is not read word by word again.

Reading the words of a hundred thousand notes takes seconds; adding up readings kept
from last time takes a fraction of that. The cache keeps, per session file, its reading
(session_findings.py) under the file's stamp (size, modification and change times,
inode: core/storage/stamps.py), all of it under a fingerprint of the vocabulary it was
read with. A file whose stamp differs, or any file when the vocabulary changed (your
`[tools]` in config.toml), is read again and its reading replaces the old one.

Like the listing index (core/workspace/listing.py) it is a cache and never the only copy
of anything: it lives in this writer's own `local/<writer>/cache/` folder, owner-only,
like the session files it is read from. It holds no whole note, but words of them: the
names of tools and teams met, and every capitalised word in no list (a tool candidate
until the people filter runs, so names of colleagues and clients too), with counts and
note positions. It is checked field by field when read back, and a deleted session's
reading leaves it at the next run. A missing,
damaged, foreign or stale cache is ignored and rebuilt; if it cannot be written, the
findings are worked out all the same.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from wfinterview.core.storage.atomic import write_atomic
from wfinterview.core.storage.folders import ensure_private_dir
from wfinterview.core.storage.outside import load_json, read_outside
from wfinterview.core.storage.stamps import Stamp, stamp_from_json
from wfinterview.core.synthesis.digest import SessionDigest
from wfinterview.core.synthesis.facts import SessionFindings
from wfinterview.core.synthesis.session_findings import FindingsReader, from_json, to_json

CACHE_FORMAT = "wfinterview.findings-cache"
CACHE_VERSION = 1


class FindingsCache:
    """Readings of the session files whose stamps were taken before they were read.

    `stamps` maps a session id to its file's stamp, taken before the corpus was read
    (Workspace.load_corpus): if a file changed after that, the reading kept under the
    older stamp is simply not found next time.
    """

    def __init__(self, file: Path | None, stamps: Mapping[str, Stamp]) -> None:
        self.file = file
        self._stamps = stamps
        self._fingerprint: str | None = None
        self._kept: dict[str, tuple[Stamp, Any]] = {}  # as read: checked when first used
        self._fresh: dict[str, tuple[Stamp, Any]] = {}  # what the cache will hold next
        self._changed = False
        self.hits = self.misses = 0  # for the benchmark and the tests
        # The Findings tab works in a thread per filter change; a thread worker that was
        # replaced still runs to its end, so two may share the cache for a moment.
        self._lock = threading.RLock()

    def reading(self, session: SessionDigest, reader: FindingsReader) -> SessionFindings:
        """The session's reading: from the cache when its file is unchanged, else afresh."""
        with self._lock:
            return self._reading(session, reader)

    def _reading(self, session: SessionDigest, reader: FindingsReader) -> SessionFindings:
        if self._fingerprint != reader.fingerprint:
            self._load(reader.fingerprint)
        stamp = self._stamps.get(session.id)
        kept = self._kept.get(session.id)
        if stamp is not None and kept is not None and kept[0] == stamp:
            try:
                found = from_json(kept[1], len(session.notes))
            except (TypeError, ValueError, KeyError, AttributeError):
                pass  # damaged: read again below
            else:
                self.hits += 1
                self._fresh[session.id] = kept
                return found
        self.misses += 1
        found = reader.read(session)
        if stamp is not None:
            self._fresh[session.id] = (stamp, to_json(found))
            self._changed = True
        return found

    def save(self) -> None:
        """Write what was read afresh, if anything was, and let go of the readings; never
        fails the caller.

        Readings of sessions not asked for this time (another engagement) are kept as
        they were, if their files are still there as they were. Once written they are let
        go: a few hundred thousand small objects, which the cycle collector would walk
        again and again in the app, and at once when the findings re-enable it
        (findings.py); the next pass reads the file again (~30 ms at 1,000 sessions)."""
        with self._lock:
            self._save()
            self._fingerprint, self._kept, self._fresh, self._changed = None, {}, {}, False

    def _save(self) -> None:
        if self.file is None or self._fingerprint is None or not self._changed:
            return
        files = {
            session_id: kept
            for session_id, kept in self._kept.items()
            if self._stamps.get(session_id) == kept[0]
        }
        files.update(self._fresh)
        if not files and not self.file.exists():
            return  # nothing to keep (sessions not read from files)
        data = {
            "format": CACHE_FORMAT,
            "version": CACHE_VERSION,
            "vocabulary": self._fingerprint,
            "files": {
                session_id: {"stamp": list(stamp), "reading": reading}
                for session_id, (stamp, reading) in sorted(files.items())
            },
        }
        try:
            ensure_private_dir(self.file.parent)
            write_atomic(self.file, json.dumps(data, ensure_ascii=False).encode("utf-8"))
        except OSError:
            return  # a read-only data folder: the next run reads the sessions again
        self._kept, self._changed = files, False

    def _load(self, fingerprint: str) -> None:
        self._fingerprint, self._kept, self._fresh = fingerprint, {}, {}
        self._changed = False
        if self.file is None:
            return
        try:
            data = load_json(read_outside(self.file))  # any depth or size: rebuilt
            if (
                data["format"] != CACHE_FORMAT
                or data["version"] != CACHE_VERSION
                or data["vocabulary"] != fingerprint
            ):
                self._changed = True  # another vocabulary: replaced by this one's readings
                return
            self._kept = {
                _session_id(session_id): (stamp_from_json(row["stamp"]), row["reading"])
                for session_id, row in data["files"].items()
            }
            # Sessions deleted or changed since: written out even if nothing is read afresh.
            self._changed = any(
                self._stamps.get(sid) != kept[0] for sid, kept in self._kept.items()
            )
        except (OSError, ValueError, TypeError, KeyError, AttributeError):
            self._kept, self._changed = {}, True  # missing, damaged or foreign: rebuilt


def _session_id(value: Any) -> str:
    if not isinstance(value, str):
        raise TypeError("bad session id")
    return value
