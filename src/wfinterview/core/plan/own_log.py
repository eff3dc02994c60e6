"""This writer's own log is its own: what it left behind, and what an older copy lost.

Two things happen to one's own log that no teammate can fix:

- **Leftovers.** The atomic writer (core/storage/atomic.py) writes `.NAME.HEX.tmp` and
  renames it over NAME; a write killed before the rename leaves the temporary file, which
  a sync tool carries to everyone and `team` would list as still arriving forever. Only
  this writer's own (`.edits-<writer>.jsonl.HEX.tmp`, `.plan-<writer>.json.HEX.tmp`) are
  removed, by name, under the engagement's lock, which every write of them holds: a
  write in progress is never cut.
- **Going back.** A copy tool that puts an older copy of the log back drops its newest
  entries. The last number this laptop gave is kept in the config folder
  (core/plan/sequences.py), so the loss is said in one line, the entries still found
  elsewhere (a sync tool's conflict copy, a teammate's copy under another name) are put
  back by the next edit, and no number is ever given twice.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

from wfinterview.core.plan.edit_log import (
    FolderBytes,
    LogFile,
    Logged,
    header_of,
    log_name,
    parse_log,
    view_name,
)


def own_leftovers(folder: FolderBytes, writer: str) -> list[Path]:
    """The temporary files this writer's interrupted writes left in `folder`."""
    names = "|".join(re.escape(n) for n in (log_name(writer), view_name(writer)))
    leftover = re.compile(rf"^\.(?:{names})\.[0-9a-f]{{8}}\.tmp$")
    return [path for path in folder.others if leftover.match(path.name)]


def remove_leftovers(paths: list[Path]) -> list[str]:
    """Remove each leftover (call under the engagement's lock); why any could not be."""
    problems = []
    for path in paths:
        try:
            if not path.is_symlink() and path.is_file():
                os.unlink(path)
        except FileNotFoundError:
            pass
        except OSError as error:
            problems.append(
                f"{path}: left by this laptop's interrupted write, and cannot be removed "
                f"({error.strerror}); remove it by hand"
            )
    return problems


def entries_elsewhere(folder: FolderBytes, writer: str, own: LogFile | None) -> list[Logged]:
    """This writer's entries found in other files of the folder (conflict copies) with
    numbers beyond its own log's: what an older copy of the log lost, still known."""
    have = {(item.entry.seq, item.digest) for item in own.logged} if own is not None else set()
    top = max((seq for seq, _ in have), default=0)
    found: dict[tuple[int, str], Logged] = {}
    for path, raw in folder.logs.items():
        # Every edit reads this, so a log is parsed only if it is a copy of this writer's:
        # its own log and teammates' logs are known by name and header line.
        if path.name == log_name(writer) or isinstance(raw, OSError):
            continue
        header = header_of(raw)
        if header is None or header.writer != writer:
            continue
        for item in parse_log(path, raw).logged:
            if item.entry.seq > top and (item.entry.seq, item.digest) not in have:
                found.setdefault((item.entry.seq, item.digest), item)
    return [found[key] for key in sorted(found)]


def went_back(path: Path, holds: int, wrote: int) -> str:
    """The one line that says this laptop's log lost its newest entries."""
    return (
        f"{path}: holds this laptop's edits up to number {holds}, but this laptop wrote up to "
        f"{wrote}: an older copy was put back (a copy tool?); edits still found elsewhere are "
        f"put back with the next edit, which is numbered {wrote + 1}"
    )
