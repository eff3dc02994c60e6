"""Three machines edit one engagement offline, then a sync tool carries their files.

Each machine has its own data folder and writer id. Hypothesis picks edits on any
machine (each against the plan that machine sees), and file exchanges between any two
machines the way a sync tool makes them: whole files, files that arrive late, a file
cut in the middle that is completed later, an old copy left under a conflict-copy
name. Once every folder has every file, all three must show the same plan, and it must
be the plan a reference merge gives: every edit recorded by the test, replayed in
stamp order on the starting themes, straight through the edits' own `apply` (each theme
it names that was merged away followed to where it went). No edit may be missing: each
one is applied or reported, with why. After every step, every machine's plan keeps the
plan's invariants (core/plan/invariants.py), however merges, moves and deletes of one
theme on different machines meet: notes have one tag each and are only ever moved
from the theme they are in, as the Themes tab moves them, so none is in two themes.
"""

from __future__ import annotations

import shutil
import tempfile
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings, strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, invariant, rule

from wfinterview.core.framework.content import BUILTIN_TAGS
from wfinterview.core.framework.errors import UserError
from wfinterview.core.plan.actions import STATUSES, new_action
from wfinterview.core.plan.edit_log import Entry, Logged, log_name, read_log, scan_folder
from wfinterview.core.plan.edits import (
    AddAction,
    AddRaciActivity,
    AddRaciMatrix,
    AddRaciParty,
    AddStage,
    AdvanceAction,
    CreateTheme,
    DeleteAction,
    DeleteTheme,
    Edit,
    EditAction,
    MergeThemes,
    MoveNote,
    RenameTheme,
    SetActionStatus,
    SetRaciCell,
    SetStageTarget,
)
from wfinterview.core.plan.engagements import EngagementStore
from wfinterview.core.plan.invariants import notes_in_several_themes, plan_problems
from wfinterview.core.plan.replay import after_concurrent_move, follow_merges, remember_merge
from wfinterview.core.storage import atomic

ENGAGEMENT = "Acme Retail"
WRITERS = ("anna-mbp-1a2b3c", "bob-x1-4d5e6f", "cara-air-7a8b9c")
MACHINES = st.integers(0, 2)
NAMES = st.sampled_from(["Budget", "Brief quality", "Legal", "Approval issues", "Tools"])
PEOPLE = st.sampled_from(["Ana", "Dev", "Brand"])
NOTES = {"s1/n1": ["approval_lag"], "s1/n2": ["tool_friction"], "s2/n1": ["ghost_ownership"]}


class ThreeMachines(RuleBasedStateMachine):
    @initialize()
    def start(self) -> None:
        self.root = Path(tempfile.mkdtemp())
        # The first two keep merged plans in their cache, as the app does; the third
        # merges every log at every open, the control the cache must agree with.
        self.stores = [
            EngagementStore(
                self.root / name / "engagements",
                BUILTIN_TAGS,
                name,
                self.root / name / "locks",
                self.root / name / "cache" if machine < 2 else None,
            )
            for machine, name in enumerate(WRITERS)
        ]
        self.made: dict[tuple[str, int], Entry] = {}  # every edit any machine recorded
        # Notes someone added to a theme (moved from no theme: the note keeps the themes
        # it is in, core/synthesis/themes.py `move`): these may end in several themes.
        self.added: set[str] = set()
        self.cut: list[tuple[int, str]] = []  # (machine, file name) left half-arrived

    def teardown(self) -> None:
        shutil.rmtree(self.root, ignore_errors=True)

    # -- editing, offline ------------------------------------------------------------

    def edit(self, machine: int, edit: Edit) -> None:
        store = self.stores[machine]
        try:
            store.apply(ENGAGEMENT, edit)
        except UserError:
            return  # refused against this machine's plan: nothing is recorded
        own = read_log(store.folder_for(ENGAGEMENT) / log_name(store.writer))
        last = own.logged[-1]
        self.made[(last.writer, last.entry.seq)] = last.entry
        if isinstance(edit, MoveNote) and edit.from_id is None:
            self.added.add(edit.note_key)

    def only_moved(self) -> dict[str, list[str]]:
        """The notes no one added to a theme, with their tags: each in one theme at most."""
        return {note: tags for note, tags in NOTES.items() if note not in self.added}

    @rule(machine=MACHINES, name=NAMES)
    def create_theme(self, machine: int, name: str) -> None:
        plan = self.stores[machine].load(ENGAGEMENT)
        self.edit(machine, CreateTheme(theme_id=plan.themes.new_id(name), name=name))

    @rule(machine=MACHINES, data=st.data(), name=NAMES)
    def rename_theme(self, machine: int, data: st.DataObject, name: str) -> None:
        plan = self.stores[machine].load(ENGAGEMENT)
        if not plan.themes.themes:
            return
        theme = data.draw(st.sampled_from(plan.themes.themes))
        self.edit(machine, RenameTheme(theme_id=theme.id, name=f"{name} {machine}"))

    @rule(machine=MACHINES, data=st.data())
    def merge_or_delete_theme(self, machine: int, data: st.DataObject) -> None:
        themes = self.stores[machine].load(ENGAGEMENT).themes.themes
        if not themes:
            return
        source, target = data.draw(st.sampled_from(themes)), data.draw(st.sampled_from(themes))
        if data.draw(st.booleans()):
            self.edit(machine, MergeThemes(source_id=source.id, target_id=target.id))
        else:
            self.edit(machine, DeleteTheme(theme_id=source.id))

    @rule(machine=MACHINES, data=st.data())
    def move_note(self, machine: int, data: st.DataObject) -> None:
        self.edit(machine, self.move(machine, data))

    def move(self, machine: int, data: st.DataObject, source: str | None = None) -> Edit:
        """A note moved out of the theme it is in (`source`, if given) to another, as the
        Themes tab moves one."""
        board = self.stores[machine].load(ENGAGEMENT).themes
        inside = [n for n in sorted(NOTES) if source in board.themes_of(n, NOTES[n])]
        note = data.draw(st.sampled_from(inside or sorted(NOTES)))
        now = board.themes_of(note, NOTES[note])
        source = source if source in now else None
        to = data.draw(st.sampled_from([t.id for t in board.themes] or ["nowhere"]))
        from_id = source if source is not None else (now[0] if now else None)
        return MoveNote(note_key=note, tags=NOTES[note], from_id=from_id, to_id=to)

    @rule(machines=st.permutations([0, 1, 2]), data=st.data())
    def race_for_one_theme(self, machines: list[int], data: st.DataObject) -> None:
        """Three machines act on one theme before they meet: one merges it into another,
        one moves a note out of it, one deletes it or the theme it went into."""
        merger, mover, deleter = machines
        themes = self.stores[merger].load(ENGAGEMENT).themes.themes
        if len(themes) < 2:
            return
        source, target = data.draw(st.permutations(themes))[:2]
        self.edit(merger, MergeThemes(source_id=source.id, target_id=target.id))
        self.edit(mover, self.move(mover, data, source=source.id))
        doomed = data.draw(st.sampled_from([source, target]))
        self.edit(deleter, DeleteTheme(theme_id=doomed.id))

    @rule(machine=MACHINES, data=st.data(), title=NAMES)
    def add_action(self, machine: int, data: st.DataObject, title: str) -> None:
        plan = self.stores[machine].load(ENGAGEMENT)
        theme = data.draw(st.sampled_from([None, *plan.themes.themes]))
        theme_id = theme.id if theme is not None else None
        action = new_action(plan.actions, title, "sop_update", ["s1/n1"], theme_id)
        self.edit(machine, AddAction(action=action))

    @rule(machine=MACHINES, data=st.data(), owner=PEOPLE)
    def change_action(self, machine: int, data: st.DataObject, owner: str) -> None:
        plan = self.stores[machine].load(ENGAGEMENT)
        if not plan.actions:
            return
        action = data.draw(st.sampled_from(plan.actions))
        kind = data.draw(st.sampled_from(["edit", "status", "advance", "delete"]))
        if kind == "edit":
            edit: Edit = EditAction.of(
                action,
                title=action.title,
                kind=action.kind,
                owner=owner,
                due=data.draw(st.sampled_from([None, date(2027, 1, 15)])),
                validated_by=[owner],
                status=None,
            )
        elif kind == "status":
            edit = SetActionStatus(action_id=action.id, status=data.draw(st.sampled_from(STATUSES)))
        elif kind == "advance":
            edit = AdvanceAction(action_id=action.id)
        else:
            edit = DeleteAction(action_id=action.id)
        self.edit(machine, edit)

    @rule(
        machine=MACHINES, name=st.sampled_from(["Legal", "Brand"]), days=st.sampled_from([1, 2.5])
    )
    def stage(self, machine: int, name: str, days: float) -> None:
        stages = {s.name for s in self.stores[machine].load(ENGAGEMENT).approval_stages}
        if name in stages:
            self.edit(machine, SetStageTarget(name=name, target_days=days))
        else:
            self.edit(machine, AddStage(name=name, target_days=days))

    @rule(machine=MACHINES, party=PEOPLE, role=st.sampled_from(["R", "A", None]))
    def raci(self, machine: int, party: str, role: str | None) -> None:
        self.edit(machine, AddRaciMatrix(name="Launch"))
        self.edit(machine, AddRaciActivity(matrix="Launch", activity="Brief"))
        self.edit(machine, AddRaciParty(matrix="Launch", party=party))
        self.edit(
            machine,
            SetRaciCell(matrix="Launch", activity="Brief", party=party, role=role),  # type: ignore[arg-type]
        )

    # -- the sync tool ---------------------------------------------------------------

    def folder(self, machine: int) -> Path:
        return self.stores[machine].folder_for(ENGAGEMENT)

    def carry(self, source: int, target: int, writer: str, cut: bool = False) -> None:
        """Copy `writer`'s log as `source` has it to `target`, newer over older only,
        never over the target's own log (a sync tool keeps the newest version)."""
        if WRITERS[target] == writer:
            return
        name = log_name(writer)
        origin = self.folder(source) / name
        if not origin.exists():
            return
        data = origin.read_bytes()
        there = self.folder(target) / name
        if there.exists() and not data.startswith(there.read_bytes()):
            return  # the target has it newer already
        self.folder(target).mkdir(parents=True, exist_ok=True)
        if cut and len(data) > 2:
            there.write_bytes(data[: len(data) - len(data) // 3])  # cut mid-line
            self.cut.append((target, writer))
        else:
            there.write_bytes(data)

    @rule(source=MACHINES, into=MACHINES, writer=st.sampled_from(WRITERS), cut=st.booleans())
    def sync_one_file(self, source: int, into: int, writer: str, cut: bool) -> None:
        self.carry(source, into, writer, cut)

    @rule(source=MACHINES, into=MACHINES, writer=st.sampled_from(WRITERS))
    def leave_a_conflict_copy(self, source: int, into: int, writer: str) -> None:
        """An old copy of a log kept under a sync tool's conflict name: read, counted once."""
        origin = self.folder(source) / log_name(writer)
        if origin.exists() and source != into:
            self.folder(into).mkdir(parents=True, exist_ok=True)
            copy = f"edits-{writer}.sync-conflict-20261202-101010-ABCDEFG.jsonl"
            (self.folder(into) / copy).write_bytes(origin.read_bytes())

    @invariant()
    def every_machine_reads_a_plan_that_keeps_the_invariants(self) -> None:
        for store in self.stores:
            plan = store.load(ENGAGEMENT)
            assert plan_problems(plan) == []
            # A note in two themes only while an edit it depends on is still arriving:
            # a move made after seeing another move, replayed without it.
            if complete(store):
                assert notes_in_several_themes(plan, self.only_moved()) == []

    def teardown_check(self) -> None:
        """Every folder gets every file, whole; then all agree with the reference."""
        for _ in range(2):
            for source in range(3):
                for target in range(3):
                    for writer in WRITERS:
                        self.carry(source, target, writer)
        plans = [store.plan(ENGAGEMENT) for store in self.stores]
        assert plans[0].file == plans[1].file == plans[2].file
        assert plan_problems(plans[0].file) == []
        assert notes_in_several_themes(plans[0].file, self.only_moved()) == []
        assert [p.report.decided for p in plans] == [plans[2].report.decided] * 3
        assert plans[0].file == reference(self.stores[0], self.made)
        for store, plan in zip(self.stores[:2], plans, strict=False):
            fresh = EngagementStore(store.dir, BUILTIN_TAGS, store.writer, store.locks_dir)
            assert plan.reports() == fresh.plan(ENGAGEMENT).reports()  # the cache says it all
        merged = plans[2].merged
        assert merged.applied + len(merged.rejected) == len(self.made)  # nothing unaccounted
        assert all(r.reason for r in merged.rejected)


def complete(store: EngagementStore) -> bool:
    """Whether the folder holds every entry any entry in it had seen (none is half-arrived)."""
    have: dict[str, set[int]] = {}
    needs: dict[str, int] = {}
    for log in scan_folder(store.folder_for(ENGAGEMENT)).logs:
        for item in log.logged:
            have.setdefault(item.writer, set()).add(item.entry.seq)
            needs[item.writer] = max(needs.get(item.writer, 0), item.entry.seq)
            for writer, seq in item.entry.seen.items():
                needs[writer] = max(needs.get(writer, 0), seq)
    return all(set(range(1, top + 1)) <= have.get(w, set()) for w, top in needs.items())


def reference(store: EngagementStore, made: dict[tuple[str, int], Entry]) -> object:
    """Every recorded edit in stamp order, applied straight to the starting themes, each
    theme merged away followed to the theme it went into, and a note two machines moved
    at once taken from where the earlier move put it (core/plan/replay.py)."""
    file = store.starting(ENGAGEMENT)
    merged_into: dict[str, str] = {}
    moves: dict[str, tuple[Logged, str]] = {}
    for (writer, _seq), entry in sorted(made.items(), key=lambda kv: (kv[1].at, *kv[0])):
        assert entry.edit is not None
        item = Logged(writer, entry, b"")
        edit = follow_merges(entry.edit, merged_into)
        edit = after_concurrent_move(edit, item, moves, file.themes, merged_into)
        try:
            edit.apply(file)
        except UserError:
            continue
        remember_merge(edit, merged_into)
        if isinstance(edit, MoveNote):
            moves[edit.note_key] = (item, edit.to_id)
    return file


class ThreeMachinesChecked(ThreeMachines):
    def teardown(self) -> None:
        try:
            self.teardown_check()
        finally:
            super().teardown()


@pytest.fixture(autouse=True)
def _no_fsync(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(atomic.os, "fsync", lambda fd: None)  # speed; atomic.py tests the rest


@pytest.mark.heavy
def test_three_machines_editing_offline_agree_once_their_folders_meet() -> None:
    ThreeMachinesChecked.TestCase.settings = settings(
        settings.default,  # in a mutation run: no shrinking (tests/core/conftest.py)
        max_examples=min(25, settings.default.max_examples),  # 15 in a mutation run
        stateful_step_count=25,
        deadline=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
    )
    ThreeMachinesChecked.TestCase().runTest()
