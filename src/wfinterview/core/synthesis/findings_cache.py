"""Each session's findings reading, kept so that an unchanged file is not read word by word
again.

Reading the words of a hundred thousand notes takes seconds; adding up readings kept
from last time takes a fraction of that. Each session's reading (session_findings.py) is
kept under its file's stamp (size, modification and change times, inode:
core/storage/stamps.py) and the fingerprint of the vocabulary it was read with. A file
whose stamp differs, or any file when the vocabulary changed (your `[tools]` in
config.toml), is read again and its reading replaces the old one.

Where the readings are kept is the local index's business (a `readings` table in
core/workspace/index/, handed in as a `ReadingsStore`): like the index they are a cache
and never the only copy of anything. They hold no whole note, but words of them (tools,
teams, capitalised words in no list, with counts and note positions), so they live in the
user's own cache folder, owner-only, never in the shared data folder. A reading that
does not load is read again; a store that cannot be written never fails the findings.
"""

from __future__ import annotations

import threading
from collections.abc import Mapping
from typing import Any, Protocol

from wfinterview.core.storage.stamps import Stamp
from wfinterview.core.synthesis.digest import SessionDigest
from wfinterview.core.synthesis.facts import SessionFindings
from wfinterview.core.synthesis.session_findings import FindingsReader, from_json, to_json


class ReadingsStore(Protocol):
    """Where readings are kept: session id -> (stamp, reading as to_json gives it)."""

    def load_readings(self, vocabulary: str) -> dict[str, tuple[Stamp, Any]]:
        """The readings made with this vocabulary; {} when there are none or they can't
        be read."""
        ...

    def save_readings(self, vocabulary: str, fresh: dict[str, tuple[Stamp, Any]]) -> None:
        """Keep these readings (replacing any of the same sessions); never raises."""
        ...


class FindingsCache:
    """Readings of the session files whose stamps were taken before they were read.

    `stamps` maps a session id to its file's stamp, taken before the corpus was read
    (Workspace.load_corpus): if a file changed after that, the reading kept under the
    older stamp is simply not found next time. `store` None: nothing is kept.
    """

    def __init__(self, store: ReadingsStore | None, stamps: Mapping[str, Stamp]) -> None:
        self.store = store
        self._stamps = stamps
        self._fingerprint: str | None = None
        self._kept: dict[str, tuple[Stamp, Any]] = {}  # as loaded: checked when first used
        self._fresh: dict[str, tuple[Stamp, Any]] = {}  # read afresh, to keep
        self.hits = self.misses = 0  # for the benchmark and the tests
        # The Findings tab works in a thread per filter change; a thread worker that was
        # replaced still runs to its end, so two may share the cache for a moment.
        self._lock = threading.RLock()

    def reading(self, session: SessionDigest, reader: FindingsReader) -> SessionFindings:
        """The session's reading: kept when its file is unchanged, else read afresh."""
        with self._lock:
            return self._reading(session, reader)

    def _reading(self, session: SessionDigest, reader: FindingsReader) -> SessionFindings:
        if self._fingerprint != reader.fingerprint:
            self._fingerprint, self._fresh = reader.fingerprint, {}
            self._kept = self.store.load_readings(reader.fingerprint) if self.store else {}
        stamp = self._stamps.get(session.id)
        kept = self._kept.get(session.id)
        if stamp is not None and kept is not None and kept[0] == stamp:
            try:
                found = from_json(kept[1], len(session.notes))
            except (TypeError, ValueError, KeyError, AttributeError):
                pass  # damaged: read again below, and kept anew
            else:
                self.hits += 1
                return found
        self.misses += 1
        found = reader.read(session)
        if stamp is not None:
            self._fresh[session.id] = (stamp, to_json(found))
        return found

    def save(self) -> None:
        """Keep what was read afresh, if anything was, and let go of the readings; never
        fails the caller.

        Once kept they are let go: a few hundred thousand small objects, which the cycle
        collector would walk again and again in the app, and at once when the findings
        re-enable it (findings.py); the next pass loads them again."""
        with self._lock:
            if self.store is not None and self._fingerprint is not None and self._fresh:
                self.store.save_readings(self._fingerprint, self._fresh)
            self._fingerprint, self._kept, self._fresh = None, {}, {}
