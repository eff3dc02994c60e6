"""The merged plan of an engagement, kept so that opening it again does not replay every
writer's edits: four writers' two thousand edits take a tenth of a second to parse and
replay, the cached plan a few milliseconds to check and read.

    DATA_DIR/local/<writer>/cache/plan-acme-retail-1a2b3c4d.json

The key is a hash of the very bytes of every edit log in the engagement's folder (with
the folder, the engagement's name and the starting tags), read once: the merge, when
the cache cannot answer, parses those same bytes, so a plan is never kept under a key
made of other bytes, however files arrive meanwhile. The cache is never the only copy of
anything: a file that is missing, damaged (its own checksum), of another format, or of
other bytes is ignored and made again from the logs; one that cannot be written is
left out. Beside the plan it keeps what its merge had to say (fields two writers set at
once, edits that no longer applied, lines that cannot be read): the same bytes say the
same things, and opening the plan reports them without replaying anything. Those lines
give times in local time, so each time is kept with the minute it was shown as; where one
reads otherwise now (another time zone), the logs are merged again.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Sequence
from pathlib import Path
from typing import Annotated, Final, Literal

from pydantic import Field, ValidationError

from wfinterview import __version__
from wfinterview.core.framework.content import Tag
from wfinterview.core.framework.models import StrictModel
from wfinterview.core.plan.edit_log import FolderBytes
from wfinterview.core.plan.engagement_file import EngagementFile
from wfinterview.core.plan.merging import Merged, local_minute
from wfinterview.core.storage.atomic import write_atomic
from wfinterview.core.storage.folders import ensure_private_dir
from wfinterview.core.storage.store import read_own_file

CACHE_FORMAT: Final = "wfinterview.plan-cache"
# 2: the merge's report kept beside the plan; 3: with its times; 4: the themes merged away
CACHE_VERSION: Final = 4


class MergeReport(StrictModel):
    """What a person should know of how a plan was made: all of it follows from the logs'
    bytes, so it is kept with the plan they make."""

    decided: list[str] = []  # fields two writers set at once, edits that no longer applied
    unreadable: list[str] = []  # logs, or lines of them, that cannot be read
    cut: list[str] = []  # logs that end in a cut line (their whole lines are used)
    # The times the lines show, in local time: milliseconds (as text) -> the minute shown.
    times: dict[Annotated[str, Field(pattern=r"^[0-9]{1,13}$")], str] = {}  # to 2286

    def lines(self) -> list[str]:
        return self.decided + self.unreadable + self.cut


class CacheHeader(StrictModel):
    format: Literal["wfinterview.plan-cache"] = CACHE_FORMAT
    version: Literal[4] = CACHE_VERSION
    key: str
    sha: str  # of the plan's bytes below the header: a torn or damaged file is not used
    clock: tuple[Annotated[int, Field(ge=0)], Annotated[int, Field(ge=0)]]
    seen: dict[str, Annotated[int, Field(ge=0)]]
    merged_into: dict[str, str]  # the themes merged away, for the next edit to follow
    report: MergeReport


class PlanCache:
    def __init__(self, folder: Path, tags: Sequence[Tag]) -> None:
        self.dir = folder
        # The program's version makes a plan too: an upgrade may replay edits differently.
        self._salt = f"{CACHE_FORMAT} {CACHE_VERSION} {__version__}\0{tags!r}\0".encode()

    def path(self, folder: FolderBytes) -> Path:
        return self.dir / f"plan-{folder.path.name}.json"

    def key(self, engagement: str, folder: FolderBytes) -> str | None:
        """What the plan is made of; None (nothing cached) when a log cannot be read."""
        # The folder too: the report names its files by their paths.
        named = os.fsencode(folder.path) + b"\0" + engagement.encode() + b"\0"
        digest = hashlib.sha256(self._salt + named)
        for path, raw in sorted(folder.logs.items()):
            if isinstance(raw, OSError):
                return None
            digest.update(os.fsencode(path.name) + f"\0{len(raw)}\0".encode() + raw)
        return digest.hexdigest()

    def get(self, engagement: str, folder: FolderBytes) -> tuple[Merged, MergeReport] | None:
        """The merge of these bytes (its `conflicts` and `rejected` as the report's lines:
        those objects need the replay) and its report, or None."""
        key = self.key(engagement, folder)
        if key is None:
            return None
        try:
            raw = read_own_file(self.path(folder))
            first, _, body = raw.partition(b"\n")
            header = CacheHeader.model_validate_json(first)
            if header.key != key or header.sha != hashlib.sha256(body).hexdigest():
                return None
            # The lines give times in local time: in another time zone (a laptop that
            # flew, a zone whose rules changed), a time that reads otherwise now means
            # merging again.
            if any(local_minute(int(ms)) != shown for ms, shown in header.report.times.items()):
                return None
            file = EngagementFile.model_validate_json(body)
        except (OSError, ValidationError):
            return None
        merged = Merged(file, clock=header.clock, seen=dict(header.seen))
        merged.merged_into = dict(header.merged_into)
        return merged, header.report

    def last_seen(self, folder: FolderBytes, writer: str) -> int:
        """The last entry of `writer` the cached plan was merged from, whatever bytes the
        logs hold now (its own log may have gone back to an older copy since); 0 if none."""
        try:
            first = read_own_file(self.path(folder)).partition(b"\n")[0]
            return CacheHeader.model_validate_json(first).seen.get(writer, 0)
        except (OSError, ValidationError):
            return 0

    def put(
        self, engagement: str, folder: FolderBytes, merged: Merged, report: MergeReport
    ) -> None:
        key = self.key(engagement, folder)
        if key is None:
            return
        body = merged.file.model_dump_json().encode("utf-8")
        header = CacheHeader(
            key=key,
            sha=hashlib.sha256(body).hexdigest(),
            clock=merged.clock,
            seen=merged.seen,
            merged_into=merged.merged_into,
            report=report,
        )
        try:
            ensure_private_dir(self.dir)
            write_atomic(self.path(folder), header.model_dump_json().encode() + b"\n" + body)
        except OSError:
            pass  # a cache: the logs are the plan, and the next open merges them again
