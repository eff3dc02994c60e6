"""What the consultant builds per engagement (themes, actions, RACI, approval stages),
kept as each writer's edits in the engagement's own folder in DATA_DIR/engagements/.

    engagements/acme-retail-1a2b3c4d/edits-anna-mbp-3f9a2c.jsonl   anna's edits
    engagements/acme-retail-1a2b3c4d/edits-bob-x1-77e0a1.jsonl      bob's edits
    engagements/acme-retail-1a2b3c4d/plan-anna-mbp-3f9a2c.json      the plan as anna saw it

A data folder shared through a sync tool or git carries these as they are: every file
has one writer, so no tool ever has to merge one. The plan is the merge of every
writer's edits (core/plan/merging.py), the same on every machine once their folders
have met. `EngagementStore.apply` is the one way to change it: under this machine's
lock it merges what is there, applies one named edit (core/plan/edits.py), adds it to
this writer's log and writes the plan as plain JSON beside it for people and other
tools (derived, rebuilt on every change, never the only copy). Opening a plan reads it
from this writer's cache when the cache was made from the very bytes the logs hold now
(core/plan/plan_cache.py), so a long history is replayed once, not at every open.

An engagement file from before (`engagements/acme-retail-1a2b3c4d.json`) is taken in on
first open: it becomes the first entry of this writer's log and is then renamed to
`….before-team.json` beside where it was. A file that cannot be read is reported and
never overwritten or renamed: the consultant's grouping of a whole round may be in it.
"""

from __future__ import annotations

import hashlib
import os
import re
import time
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from wfinterview.core.framework.content import Tag
from wfinterview.core.framework.errors import UserError
from wfinterview.core.framework.text import slug
from wfinterview.core.plan.edit_log import (
    Entry,
    FolderBytes,
    Imported,
    LogFile,
    Logged,
    LogHeader,
    entry_line,
    log_name,
    read_folder,
    read_log,
    render_log,
    view_name,
)
from wfinterview.core.plan.edits import Edit
from wfinterview.core.plan.engagement_file import EngagementFile, parse_engagement_file
from wfinterview.core.plan.merging import Merged, merge
from wfinterview.core.plan.own_log import (
    entries_elsewhere,
    own_leftovers,
    remove_leftovers,
    went_back,
)
from wfinterview.core.plan.plan_cache import MergeReport, PlanCache
from wfinterview.core.plan.replay import follow_merges, remember_merge
from wfinterview.core.plan.sequences import SEQUENCES_FILE, SequenceBook
from wfinterview.core.storage.atomic import fsync_dir, write_atomic
from wfinterview.core.storage.folders import ensure_private_dir
from wfinterview.core.storage.lock import exclusive
from wfinterview.core.storage.outside import why_unreadable
from wfinterview.core.storage.paths import Paths
from wfinterview.core.storage.store import read_own_file
from wfinterview.core.synthesis.themes import ThemeBoard

BACKUP_SUFFIX = ".before-team.json"


@dataclass(frozen=True)
class Applied:
    """The plan after an edit, and the edit that takes it back (if any)."""

    file: EngagementFile
    undo: Edit | None


@dataclass(frozen=True)
class Plan:
    """An engagement's merged plan, what its merge had to say, and the sync tools' files
    still arriving in its folder."""

    merged: Merged
    report: MergeReport
    arriving: list[Path]
    notes: list[str] = field(default_factory=list)  # about this writer's own log

    @property
    def file(self) -> EngagementFile:
        return self.merged.file

    def reports(self) -> list[str]:
        """Each thing a person should know: fields two writers set at once, edits that
        no longer applied, files that cannot be read or are still arriving."""
        arriving = [
            f"{path}: still arriving (a sync tool's file); read when whole"
            for path in self.arriving
        ]
        return self.report.lines() + arriving + self.notes


class EngagementStore:
    def __init__(
        self,
        folder: Path,
        tags: Iterable[Tag],
        writer: str,
        locks_dir: Path | None = None,
        cache_dir: Path | None = None,
        sequence_file: Path | None = None,
    ) -> None:
        self.dir = folder
        self.tags = tuple(tags)
        self.writer = writer
        self.locks_dir = locks_dir or folder
        # The merged plans, keyed by the logs' bytes (core/plan/plan_cache.py); None:
        # every load merges every log again.
        self.cache = PlanCache(cache_dir, self.tags) if cache_dir is not None else None
        # This laptop's last entry numbers, beside its writer id (core/plan/sequences.py).
        config = sequence_file or Paths.resolve().config_dir / SEQUENCES_FILE
        self.sequences = SequenceBook(config)
        # This writer's log as this store last wrote it, parsed: the next edit reads those
        # very bytes back, and parsing them again made every edit replay the whole history.
        self._written: tuple[bytes, LogFile] | None = None

    def folder_for(self, engagement: str) -> Path:
        return self.dir / _stem(engagement)

    def view_path(self, engagement: str) -> Path:
        return self.folder_for(engagement) / view_name(self.writer)

    def legacy_path(self, engagement: str) -> Path:
        """Where the one-file format kept the engagement (taken in on first open)."""
        path = self.dir / f"{_stem(engagement)}.json"
        # Before names were transliterated, "Łódź Media" was written as "odz-media-…"
        # and "東京" as "engagement-…": a file under its old name is still the one.
        digest = _stem(engagement).rsplit("-", 1)[1]
        ascii_name = unicodedata.normalize("NFKD", engagement).encode("ascii", "ignore").decode()
        old_slug = re.sub(r"[^a-z0-9]+", "-", ascii_name.lower()).strip("-")[:40] or "engagement"
        old_path = self.dir / f"{old_slug}-{digest}.json"
        if old_path != path and not path.exists() and (old_path.exists() or old_path.is_symlink()):
            return old_path
        return path

    def exists(self, engagement: str) -> bool:
        """Whether anyone has planned anything for this engagement yet."""
        legacy = self.legacy_path(engagement)
        return self.folder_for(engagement).is_dir() or legacy.exists() or legacy.is_symlink()

    def starting(self, engagement: str) -> EngagementFile:
        return EngagementFile(engagement=engagement, themes=ThemeBoard.starting(self.tags))

    def load(self, engagement: str) -> EngagementFile:
        """The engagement's merged plan, or a fresh one with the starting themes."""
        return self.plan(engagement).file

    def plan(self, engagement: str) -> Plan:
        """The merged plan with what the merge had to say: from the cache when it was made
        from the very bytes the logs hold now. An engagement file from before team sync
        is taken in first (UserError if it cannot be read: left as it is)."""
        if self._legacy_exists(engagement):
            ensure_private_dir(self.locks_dir)
            try:
                with exclusive(self._lock_path(engagement)):
                    self._take_in_legacy(engagement)
            except OSError:
                pass  # a folder we cannot write: the old file is read below, as it is
            if self._legacy_exists(engagement):
                return self._merged(engagement)  # the old file is not in the cache's key
        folder = read_folder(self.folder_for(engagement))
        notes = self._tidy(engagement, folder)
        cached = self.cache.get(engagement, folder) if self.cache is not None else None
        if cached is not None:
            merged, report = cached
            return Plan(merged, report, self._arriving(folder), notes + self._lost(folder, merged))
        plan = self._merge(engagement, folder, with_legacy=False)
        if self.cache is not None:
            self.cache.put(engagement, folder, plan.merged, plan.report)
        lost = self._lost(folder, plan.merged)
        return Plan(plan.merged, plan.report, plan.arriving, notes + lost)

    def apply(self, engagement: str, edit: Edit) -> Applied:
        """Merge what is there, apply one edit, and add it to this writer's log.

        A mistake in the edit (UserError), or this writer's own log that cannot be read,
        leaves every file as it was; an OSError while writing leaves the log whole (the
        write is atomic) and the edit unsaved.
        """
        ensure_private_dir(self.locks_dir)
        with exclusive(self._lock_path(engagement)):
            if self._legacy_exists(engagement):
                self._take_in_legacy(engagement)
            folder = read_folder(self.folder_for(engagement))
            remove_leftovers(own_leftovers(folder, self.writer))
            own = self._own_log(engagement, folder)
            cached = self.cache.get(engagement, folder) if self.cache is not None else None
            if cached is not None:
                merged, report = cached
            else:
                plan = self._merge(engagement, folder, with_legacy=False)  # taken in above
                merged, report = plan.merged, plan.report
            file = merged.file
            # Recorded as it is applied: resolved against this plan, and naming the theme
            # a theme merged away went into, as every replay will (core/plan/replay.py).
            edit = follow_merges(edit.resolved(file), merged.merged_into)
            undo = edit.apply(file)
            remember_merge(edit, merged.merged_into)
            path, raw, entry = self._append(engagement, folder, own, merged, edit=edit)
            self._write_view(engagement, file)
            if (
                self.cache is not None
                and not report.decided
                and not self._legacy_exists(engagement)
            ):
                # The new entry has the latest stamp and has seen every other, so it
                # replays last and concurrent with none: the plan just made is the merge
                # of the logs as they are now written, with the same report (an earlier
                # decision's line could name a theme this edit renamed: then the next open
                # merges afresh). The old-format file, which the key would not name, was
                # taken in above.
                seen = {**merged.seen, self.writer: entry.seq}
                after = Merged(file, clock=entry.at, seen=seen, merged_into=merged.merged_into)
                self.cache.put(engagement, folder.replaced(path, raw), after, report)
        return Applied(file, undo)

    # -- inside ----------------------------------------------------------------------------

    def _lock_path(self, engagement: str) -> Path:
        return self.locks_dir / f".{_stem(engagement)}.lock"

    def _merged(self, engagement: str, with_legacy: bool = True) -> Plan:
        return self._merge(engagement, read_folder(self.folder_for(engagement)), with_legacy)

    def _merge(self, engagement: str, folder: FolderBytes, with_legacy: bool = True) -> Plan:
        scan = folder.scan()
        entries = [
            logged
            for log in scan.logs
            if log.header is not None and log.header.engagement == engagement
            for logged in log.logged
        ]
        legacy = self._read_legacy(engagement) if with_legacy else None
        if legacy is not None:  # not taken in (a folder we cannot write): read as it is
            entries.append(_imported_entry(self.writer, legacy))
        merged = merge(self.starting(engagement), entries)
        cut = [
            f"{log.path}: ends in a cut line (still arriving?); the whole lines are used"
            for log in scan.logs
            if log.cut
        ]
        report = MergeReport(
            decided=merged.reports(),
            unreadable=scan.problems,
            cut=cut,
            times=merged.shown_times(),
        )
        return Plan(merged, report, self._arriving(folder))

    def _arriving(self, folder: FolderBytes) -> list[Path]:
        """Sync tools' files still on their way; never this writer's own leftovers."""
        mine = set(own_leftovers(folder, self.writer))
        return [path for path in folder.arriving() if path not in mine]

    def _tidy(self, engagement: str, folder: FolderBytes) -> list[str]:
        """Remove this writer's leftovers from `folder`, under the engagement's lock so
        no write of its own is cut; why any could not be."""
        leftovers = own_leftovers(folder, self.writer)
        if not leftovers:
            return []
        try:
            ensure_private_dir(self.locks_dir)
            with exclusive(self._lock_path(engagement)):
                return remove_leftovers(leftovers)
        except OSError as error:
            return [
                f"{p}: left by this laptop's interrupted write ({error.strerror})"
                for p in leftovers
            ]

    def _lost(self, folder: FolderBytes, merged: Merged) -> list[str]:
        """One line if the folder holds fewer of this writer's entries than it wrote."""
        holds = merged.seen.get(self.writer, 0)
        wrote = self.sequences.last(self.writer, folder.path)
        return (
            [went_back(folder.path / log_name(self.writer), holds, wrote)] if wrote > holds else []
        )

    def _next_number(self, folder: FolderBytes, merged: Merged) -> int:
        """One more than any number this writer gave an entry, as far as anything knows:
        its log, the other files of the folder, the plan cache, the sequence book."""
        known = [merged.seen.get(self.writer, 0), self.sequences.last(self.writer, folder.path)]
        if self.cache is not None:
            known.append(self.cache.last_seen(folder, self.writer))
        return max(known) + 1

    def _own_log(self, engagement: str, folder: FolderBytes) -> LogFile | None:
        """This writer's log as `folder` read it (the very bytes the merge used), or None
        when there is none yet; UserError when it is not whole, since appending to it
        would drop what cannot be read."""
        if folder.refused:
            raise UserError(f"{folder.refused[0]}; it was left as it is (move it away to go on)")
        path = self.folder_for(engagement) / log_name(self.writer)
        log = self._as_written(path, folder.logs.get(path)) or folder.log(path)
        if log is None:
            if not path.exists() and not path.is_symlink():
                return None
            log = read_log(path)  # arrived since the folder was read
        if log.header is not None and log.header.writer != self.writer:
            log.problems.append(f"{path}: holds {log.header.writer}'s edits, not this writer's")
        if not log.whole:
            # A log that is no log says "it was left as it is" already: said once here.
            problems = [p.removesuffix("; it was left as it is") for p in log.problems]
            why = "; ".join(problems) or f"{path}: ends in a cut line"
            raise UserError(f"{why}; it was left as it is (move it away to go on)")
        return log

    def _append(
        self,
        engagement: str,
        read: FolderBytes,
        own: LogFile | None,
        merged: Merged,
        *,
        edit: object = None,
        imported: Imported | None = None,
    ) -> tuple[Path, bytes, Entry]:
        """Add an entry to this writer's log (with its entries an older copy lost that the
        folder still holds); returns the log, its new bytes and the entry."""
        wall = max(int(time.time() * 1000), merged.clock[0])
        counter = merged.clock[1] + 1 if wall == merged.clock[0] else 0
        seq = self._next_number(read, merged)
        entry = Entry.model_validate(
            {
                "seq": seq,
                "at": (wall, counter),
                "seen": {w: n for w, n in merged.seen.items() if w != self.writer},
                "edit": edit,
                "imported": imported,
            }
        )
        header = LogHeader(engagement=engagement, writer=self.writer)
        logged = [
            *(own.logged if own is not None else []),
            *entries_elsewhere(read, self.writer, own),
        ]
        logged.append(Logged(self.writer, entry, entry_line(entry)))
        folder = ensure_private_dir(self.folder_for(engagement))
        path, raw = folder / log_name(self.writer), render_log(header, logged)
        write_atomic(path, raw)
        # What parsing `raw` gives, without parsing again the lines parsed before: the new
        # entry as read back from its line, as every later read of the log will see it.
        line = logged[-1].line
        logged[-1] = Logged(self.writer, Entry.model_validate_json(line), line)
        self._written = raw, LogFile(path, header, logged, [])
        self.sequences.record(self.writer, folder, entry.seq)
        return path, raw, entry

    def _as_written(self, path: Path, raw: bytes | OSError | None) -> LogFile | None:
        """This writer's log at `path`, parsed, if it holds what this store last wrote."""
        if self._written is None:
            return None
        written_raw, written = self._written
        if written.path != path or raw != written_raw:
            return None
        return LogFile(path, written.header, list(written.logged), [])

    def _write_view(self, engagement: str, file: EngagementFile) -> None:
        try:
            write_atomic(self.view_path(engagement), file.model_dump_json(indent=1).encode())
        except OSError:
            pass  # derived from the logs, and rewritten on the next change

    def _legacy_exists(self, engagement: str) -> bool:
        path = self.legacy_path(engagement)
        return path.exists() or path.is_symlink()

    def _read_legacy(self, engagement: str) -> tuple[EngagementFile, bytes] | None:
        path = self.legacy_path(engagement)
        if not path.exists() and not path.is_symlink():
            return None
        try:
            raw = read_own_file(path)
        except OSError as error:
            raise UserError(f"{path}: {why_unreadable(error)}; it was left as it is") from None
        return parse_engagement_file(path, raw), raw

    def _take_in_legacy(self, engagement: str) -> None:
        """The engagement file from before team sync becomes this writer's first entry
        (unless someone took in the same file already), then moves aside as a backup."""
        legacy = self._read_legacy(engagement)
        if legacy is None:
            return
        plan, raw = legacy
        sha = hashlib.sha256(raw).hexdigest()
        folder = read_folder(self.folder_for(engagement))
        taken = any(
            logged.entry.imported is not None and logged.entry.imported.sha == sha
            for log in folder.scan().logs
            for logged in log.logged
        )
        if not taken:
            own = self._own_log(engagement, folder)
            merged = self._merge(engagement, folder, with_legacy=False).merged
            self._append(engagement, folder, own, merged, imported=Imported(sha=sha, plan=plan))
        path = self.legacy_path(engagement)
        os.replace(path, path.with_name(path.stem + BACKUP_SUFFIX))
        fsync_dir(path.parent)
        self._write_view(engagement, self._merged(engagement).file)


def _stem(engagement: str) -> str:
    # Readable, and distinct even for names that fold to the same letters.
    digest = hashlib.sha256(engagement.encode("utf-8")).hexdigest()[:8]
    return f"{slug(engagement, max_length=40)}-{digest}"


def _imported_entry(writer: str, legacy: tuple[EngagementFile, bytes]) -> Logged:
    """The old file as the entry it would become, for reading it where it cannot be
    taken in; stamped before everything, and never written."""
    plan, raw = legacy
    imported = Imported(sha=hashlib.sha256(raw).hexdigest(), plan=plan)
    entry = Entry.model_construct(seq=0, at=(0, 0), seen={}, edit=None, imported=imported)
    return Logged(writer, entry, raw)


def load_plans(
    store: EngagementStore, engagements: Iterable[str]
) -> tuple[dict[str, Plan], dict[str, str]]:
    """Each engagement's merged plan; one that cannot be read is left out, with a problem
    to report by engagement (its file is left alone)."""
    plans: dict[str, Plan] = {}
    problems: dict[str, str] = {}
    for engagement in engagements:
        try:
            plans[engagement] = store.plan(engagement)
        except UserError as error:
            problems[engagement] = f"{error} (using the starting themes)"
    return plans, problems


def load_boards(
    store: EngagementStore, engagements: Iterable[str]
) -> tuple[dict[str, ThemeBoard], dict[str, str]]:
    """Each engagement's themes; one whose file cannot be read falls back to the starting
    themes, with a problem to report by engagement (the file itself is left alone)."""
    plans, problems = load_plans(store, engagements)
    boards = {engagement: plan.file.themes for engagement, plan in plans.items()}
    for engagement in problems:
        boards[engagement] = ThemeBoard.starting(store.tags)
    return boards, problems
