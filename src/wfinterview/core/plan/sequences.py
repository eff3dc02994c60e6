"""This laptop's last entry number in each engagement's log, kept where no cache lives.

    CONFIG_DIR/sequences.json    beside writer.toml

Every entry of a writer's log has a number (`seq`) that names it on every laptop
(`seen` counts by it), so a number must never name two entries. The log itself says
which numbers were used, but a copy tool can put back an older copy of it (rsync
without `-u`, a restored backup): the newest entries are gone from it, and numbering
from the log would give the next edit a number a teammate already knows for another.
The config folder is never shared and never a cache (the data folder's `local/` is
rebuilt freely, see core/storage/paths.py), and it is where the writer id lives: the id
and its numbers go together. Losing this file loses nothing but the check: the log and
the plan cache still count.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Final

from wfinterview.core.storage.atomic import write_atomic
from wfinterview.core.storage.folders import ensure_private_dir
from wfinterview.core.storage.outside import load_json, read_outside

SEQUENCES_FILE: Final = "sequences.json"
FORMAT: Final = "wfinterview.sequences"


class SequenceBook:
    """The last number this laptop gave an entry, by writer and engagement folder."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def last(self, writer: str, folder: Path) -> int:
        return self._read().get(_key(writer, folder), 0)

    def record(self, writer: str, folder: Path, seq: int) -> None:
        """Remember `seq` (if higher); a book that cannot be written is left as it is: the
        log holds the number too, and the edit is saved already."""
        book = self._read()
        key = _key(writer, folder)
        if book.get(key, 0) >= seq:
            return
        book[key] = seq
        data = {"format": FORMAT, "version": 1, "last": dict(sorted(book.items()))}
        try:
            ensure_private_dir(self.path.parent)
            write_atomic(self.path, _dumps(data))
        except OSError:
            pass

    def _read(self) -> dict[str, int]:
        try:
            data = load_json(read_outside(self.path, follow_links=True))
        except (OSError, ValueError):
            return {}  # none yet, or damaged: the log and the plan cache still count
        last = data.get("last") if isinstance(data, dict) else None
        if not isinstance(last, dict):
            return {}
        return {k: v for k, v in last.items() if isinstance(k, str) and type(v) is int}


def _key(writer: str, folder: Path) -> str:
    return f"{writer} {os.path.abspath(folder)}"


def _dumps(data: object) -> bytes:
    import json

    return json.dumps(data, indent=1, ensure_ascii=False).encode("utf-8")
