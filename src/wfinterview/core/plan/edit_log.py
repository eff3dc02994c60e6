"""One writer's edits to one engagement, in a file only that writer ever writes.

    engagements/acme-retail-1a2b3c4d/edits-anna-mbp-3f9a2c.jsonl

JSON Lines: a header naming the engagement and the writer, then one entry per edit in
the order the writer made them. Each entry carries a hybrid logical clock stamp (`at`:
the wall clock in milliseconds and a counter, never behind any stamp the writer had
seen) and what the writer had seen of each other writer (`seen`: the last entry number),
so every machine can put every writer's edits in one order and tell edits made in
ignorance of each other from edits made one after the other.

The writer rewrites its file whole and atomically for every edit, so a sync tool only
ever carries whole files. What a reader may still find, and how it is read:
- a half-arrived file (cut in the middle of a line): the whole lines are used, the cut
  one is reported as still arriving;
- a conflict copy a sync tool made (`edits-anna.sync-conflict-….jsonl`, `edits-anna
  (Bob's conflicted copy).jsonl`, OneDrive's `edits-anna-LAPTOP.jsonl`): read like any
  log, its header says whose edits it holds, and entries met twice count once;
- a sync tool's or our own temporary file (`.…tmp`, `~$…`, `….part`): still arriving,
  listed, never read;
- an entry that cannot be read: reported, the rest of the file is used.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Annotated, Final, Literal

from pydantic import Field, StringConstraints, ValidationError, model_validator

from wfinterview.core.framework.models import StrictModel
from wfinterview.core.plan.edits import EngagementEdit
from wfinterview.core.plan.engagement_file import EngagementFile
from wfinterview.core.storage.outside import SYMLINK_REASON, why_unreadable
from wfinterview.core.storage.store import read_own_file

LOG_FORMAT: Final = "wfinterview.edits"
LOG_VERSION: Final = 1
LOG_PREFIX: Final = "edits-"
LOG_SUFFIX: Final = ".jsonl"
VIEW_PREFIX: Final = "plan-"

WriterName = Annotated[str, StringConstraints(pattern=r"^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$")]


class LogHeader(StrictModel):
    format: Literal["wfinterview.edits"] = LOG_FORMAT
    version: Literal[1] = LOG_VERSION
    engagement: str
    writer: WriterName


class Imported(StrictModel):
    """The plan as it was in the one-file format, taken in when the engagement was first
    opened with team sync; `sha` names the file's bytes, so two writers who took in the
    same file are seen to agree."""

    sha: str
    plan: EngagementFile


class Entry(StrictModel):
    seq: Annotated[int, Field(ge=1)]
    at: tuple[Annotated[int, Field(ge=0)], Annotated[int, Field(ge=0)]]
    seen: dict[WriterName, Annotated[int, Field(ge=0)]] = {}
    edit: EngagementEdit | None = None
    imported: Imported | None = None

    @model_validator(mode="after")
    def _one_kind(self) -> Entry:
        if (self.edit is None) == (self.imported is None):
            raise ValueError("an entry holds either an edit or an imported plan")
        return self


@dataclass(frozen=True)
class Logged:
    """An entry with the writer whose log it came from, in the order every machine uses."""

    writer: str
    entry: Entry
    line: bytes = field(repr=False)

    @cached_property  # a replay asks for it several times per entry
    def digest(self) -> str:
        return hashlib.sha256(self.line).hexdigest()[:16]

    @cached_property
    def key(self) -> tuple[int, int, str, int, str]:
        return (*self.entry.at, self.writer, self.entry.seq, self.digest)

    def knew(self, other: Logged) -> bool:
        """Whether this entry's writer had seen `other` when making it."""
        if other.writer == self.writer:
            return other.entry.seq < self.entry.seq
        return self.entry.seen.get(other.writer, 0) >= other.entry.seq


@dataclass
class LogFile:
    path: Path
    header: LogHeader | None
    logged: list[Logged]
    problems: list[str]  # lines that cannot be read, or why the file cannot be
    cut: bool = False  # the last line stops short: the file is still arriving

    @property
    def whole(self) -> bool:
        return self.header is not None and not self.problems and not self.cut


def read_log(path: Path) -> LogFile:
    try:
        raw = read_own_file(path)
    except OSError as error:
        return LogFile(path, None, [], [f"{path}: {why_unreadable(error)}"])
    return parse_log(path, raw)


def parse_log(path: Path, raw: bytes) -> LogFile:
    lines = raw.split(b"\n")
    ends_whole = raw.endswith(b"\n")
    if ends_whole:
        lines.pop()
    if not lines or not lines[0].strip():
        return LogFile(path, None, [], [], cut=True)  # nothing yet: still arriving
    try:
        header = LogHeader.model_validate_json(lines[0])
    except ValidationError:
        if len(lines) == 1 and not ends_whole:
            return LogFile(path, None, [], [], cut=True)
        why = "is not a wfinterview edit log (or is from a newer wfinterview)"
        return LogFile(path, None, [], [f"{path}: {why}; it was left as it is"])
    log = LogFile(path, header, [], [])
    for number, line in enumerate(lines[1:], start=2):
        if not line.strip():
            continue
        try:
            entry = Entry.model_validate_json(line)
        except ValidationError:
            if number == len(lines) and not ends_whole:
                log.cut = True  # the tail of a file a sync tool has not finished
            else:
                log.problems.append(f"{path}: line {number} cannot be read; it was skipped")
            continue
        log.logged.append(Logged(header.writer, entry, line))
    return log


def header_of(raw: bytes) -> LogHeader | None:
    """The header of a log's bytes (its first line), or None where `parse_log` finds
    none: the rest of the file left unread."""
    first = raw.split(b"\n", 1)[0]
    if not first.strip():
        return None
    try:
        return LogHeader.model_validate_json(first)
    except ValidationError:
        return None


def render_log(header: LogHeader, logged: list[Logged]) -> bytes:
    return b"".join(
        [header.model_dump_json().encode("utf-8"), b"\n"]
        + [part for item in logged for part in (item.line, b"\n")]
    )


def entry_line(entry: Entry) -> bytes:
    return entry.model_dump_json().encode("utf-8")


def log_name(writer: str) -> str:
    return f"{LOG_PREFIX}{writer}{LOG_SUFFIX}"


def view_name(writer: str) -> str:
    return f"{VIEW_PREFIX}{writer}.json"


FileKind = Literal["log", "view", "arriving", "other"]

# Temporary files: ours (`.NAME.1a2b3c4d.tmp`), Syncthing's (`.syncthing.NAME.tmp`),
# Dropbox's and OneDrive's partial downloads, editors' and Office's lock files.
_ARRIVING = re.compile(r"^[.~]|\.(tmp|part|partial|download|crdownload|!sync)$", re.IGNORECASE)


def kind_of(name: str) -> FileKind:
    if _ARRIVING.search(name):
        return "arriving"
    if name.startswith(LOG_PREFIX) and name.endswith(LOG_SUFFIX):
        return "log"
    if name.startswith(VIEW_PREFIX) and name.endswith(".json"):
        return "view"
    return "other"


@dataclass
class FolderScan:
    """What is in one engagement's folder, each file by what it is to us."""

    logs: list[LogFile] = field(default_factory=list)
    views: list[Path] = field(default_factory=list)
    arriving: list[Path] = field(default_factory=list)
    other: list[Path] = field(default_factory=list)
    refused: list[str] = field(default_factory=list)  # why the folder itself was not read

    @property
    def problems(self) -> list[str]:
        return self.refused + [problem for log in self.logs for problem in log.problems]


@dataclass(frozen=True)
class FolderBytes:
    """An engagement folder as read once: each edit log's bytes (or why it could not be
    read) and every other file's path; parsed only when the cache cannot answer."""

    path: Path
    logs: dict[Path, bytes | OSError] = field(default_factory=dict)
    others: list[Path] = field(default_factory=list)
    refused: list[str] = field(default_factory=list)  # why the folder itself was not read

    def scan(self) -> FolderScan:
        """Each file by what it is to us, the logs parsed from these bytes."""
        scan = FolderScan(refused=list(self.refused))
        for path in self.logs:
            log = self.log(path)
            assert log is not None
            scan.logs.append(log)
        for path in self.others:
            kind = kind_of(path.name)
            if kind == "view":
                scan.views.append(path)
            elif kind == "arriving":
                scan.arriving.append(path)
            else:
                scan.other.append(path)
        return scan

    def log(self, path: Path) -> LogFile | None:
        """The edit log at `path` as read, or None if the folder held none there."""
        raw = self.logs.get(path)
        if raw is None:
            return None
        if isinstance(raw, OSError):
            return LogFile(path, None, [], [f"{path}: {why_unreadable(raw)}"])
        return parse_log(path, raw)

    def arriving(self) -> list[Path]:
        """Sync tools' files still on their way (read when whole, under their own name)."""
        return [path for path in self.others if kind_of(path.name) == "arriving"]

    def replaced(self, path: Path, raw: bytes) -> FolderBytes:
        """The folder once `path` holds `raw` (this writer's log, just written)."""
        logs = dict(self.logs)
        logs[path] = raw
        return FolderBytes(self.path, dict(sorted(logs.items())), self.others, self.refused)


def read_folder(folder: Path) -> FolderBytes:
    """Every edit log's bytes, or why it cannot be read: a path named like a log that is
    a folder, a link or a pipe is a log that cannot be read (reported by every command
    that reads the folder), never a file quietly passed over."""
    if folder.is_symlink():
        return FolderBytes(folder, refused=[f"{folder}: {SYMLINK_REASON}"])
    try:
        children = sorted(folder.iterdir())
    except FileNotFoundError:
        return FolderBytes(folder)
    except OSError as error:
        return FolderBytes(folder, refused=[f"{folder}: {why_unreadable(error)}"])
    read = FolderBytes(folder)
    for path in children:
        if kind_of(path.name) == "log":
            try:
                read.logs[path] = read_own_file(path)
            except OSError as error:
                read.logs[path] = error
        else:
            read.others.append(path)
    return read


def scan_folder(folder: Path) -> FolderScan:
    return read_folder(folder).scan()


def fingerprint(folder: Path) -> tuple[tuple[str, int, int], ...]:
    """What changes when any log in the folder does: names, sizes and change times."""
    stamps = []
    try:
        children = list(folder.iterdir())
    except OSError:  # gone, or no folder: read_folder says why when the plan is read
        return ()
    for path in children:
        if kind_of(path.name) == "log":
            try:
                stat = path.stat()
            except OSError:
                continue
            stamps.append((path.name, stat.st_size, stat.st_mtime_ns))
    return tuple(sorted(stamps))
