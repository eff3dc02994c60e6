"""Random sequences of every engagement edit, through the store, against a plain model.

The model below is dictionaries and lists that follow the rules as the user reads them
(names unique whatever their case, one status step at a time, a merge takes the notes,
tags and actions along…). After every step the file on disk, read back, must say
exactly what the model says: nothing lost, nothing stale. Edits go through two stores
on one folder, as two windows do, and theme edits are undone at random.
"""

from __future__ import annotations

import copy
import shutil
import tempfile
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from hypothesis import settings, strategies as st
from hypothesis.stateful import (
    RuleBasedStateMachine,
    initialize,
    invariant,
    precondition,
    rule,
)

from wfinterview.core.framework.content import BUILTIN_TAGS
from wfinterview.core.framework.errors import UserError
from wfinterview.core.framework.models import now
from wfinterview.core.plan.actions import STATUSES, Action
from wfinterview.core.plan.edits import (
    EDITS,
    AddAction,
    AddRaciActivity,
    AddRaciMatrix,
    AddRaciParty,
    AddStage,
    AdvanceAction,
    CreateTheme,
    DeleteAction,
    Edit,
    EditAction,
    MergeThemes,
    MoveNote,
    RemoveRaciActivity,
    RemoveRaciParty,
    RemoveStage,
    RenameTheme,
    SetActionStatus,
    SetRaciCell,
    SetStageTarget,
)
from wfinterview.core.plan.engagement_file import EngagementFile
from wfinterview.core.plan.engagements import EngagementStore
from wfinterview.core.synthesis.themes import ThemeBoard

ENGAGEMENT = "Acme"
NAMES = st.sampled_from(["Budget", "budget", "Brief quality", "Legal", "Approval issues", "X"])
PEOPLE = st.sampled_from(["Ana", "Dev", "Brand", "Legal"])
NOTES = {"s1/n1": ["approval_lag"], "s1/n2": ["tool_friction", "ghost_ownership"], "s2/n1": []}


class EngagementModel(RuleBasedStateMachine):
    @initialize()
    def start(self) -> None:
        self.folder = Path(tempfile.mkdtemp())
        # Two windows on one folder: each edit goes through one of them.
        self.stores = [EngagementStore(self.folder, BUILTIN_TAGS, "tester-1") for _ in range(2)]
        board = ThemeBoard.starting(BUILTIN_TAGS)
        self.themes: dict[str, str] = {t.id: t.name for t in board.themes}
        self.tag_themes = dict(board.tag_themes)
        self.placements: dict[str, list[str]] = {}
        self.actions: dict[str, dict[str, Any]] = {}
        self.raci: dict[str, dict[str, Any]] = {}
        self.stages: dict[str, float] = {}
        self.undo: list[tuple[Edit, dict[str, Any]]] = []
        self.serial = 0

    def teardown(self) -> None:
        shutil.rmtree(self.folder, ignore_errors=True)

    # -- the model's own bookkeeping ---------------------------------------------------

    def snapshot(self) -> dict[str, Any]:
        parts = ("themes", "tag_themes", "placements", "actions", "raci", "stages")
        return copy.deepcopy({name: getattr(self, name) for name in parts})

    def restore(self, snapshot: dict[str, Any]) -> None:
        for name, value in copy.deepcopy(snapshot).items():
            setattr(self, name, value)

    def send(self, writer: int, edit: Edit, ok: bool) -> Edit | None:
        """Apply through one store; `ok` is whether the model accepts the edit."""
        assert EDITS.validate_json(edit.model_dump_json()) == edit  # plain data, both ways
        try:
            applied = self.stores[writer].apply(ENGAGEMENT, edit)
        except UserError:
            assert not ok, f"refused: {edit!r}"
            return None
        assert ok, f"accepted: {edit!r}"
        return applied.undo

    def theme_edit(self, writer: int, edit: Edit, ok: bool, before: dict[str, Any]) -> None:
        undo = self.send(writer, edit, ok)
        if undo is not None:
            self.undo.append((undo, before))

    def other_edit(self) -> None:
        # An undo is offered only while nothing else changed since the theme edit: the
        # model then knows exactly what the file must be after it.
        self.undo.clear()

    @staticmethod
    def folded(names: Any) -> set[str]:
        return {n.casefold() for n in names}

    # -- themes -------------------------------------------------------------------------

    @rule(writer=st.integers(0, 1), name=NAMES)
    def create_theme(self, writer: int, name: str) -> None:
        before = self.snapshot()
        self.serial += 1
        theme_id = f"t{self.serial}"
        ok = name.casefold() not in self.folded(self.themes.values())
        if ok:
            self.themes[theme_id] = name
        self.theme_edit(writer, CreateTheme(theme_id=theme_id, name=name), ok, before)

    @precondition(lambda self: self.themes)
    @rule(writer=st.integers(0, 1), data=st.data(), name=NAMES)
    def rename_theme(self, writer: int, data: st.DataObject, name: str) -> None:
        before = self.snapshot()
        theme_id = data.draw(st.sampled_from(sorted(self.themes)))
        others = [n for t, n in self.themes.items() if t != theme_id]
        ok = name.casefold() not in self.folded(others)
        if ok:
            self.themes[theme_id] = name
        self.theme_edit(writer, RenameTheme(theme_id=theme_id, name=name), ok, before)

    @precondition(lambda self: self.themes)
    @rule(writer=st.integers(0, 1), data=st.data())
    def merge_themes(self, writer: int, data: st.DataObject) -> None:
        before = self.snapshot()
        source = data.draw(st.sampled_from(sorted(self.themes)))
        target = data.draw(st.sampled_from(sorted(self.themes)))
        ok = source != target
        if ok:
            del self.themes[source]
            self.tag_themes = {k: target if t == source else t for k, t in self.tag_themes.items()}
            for key, placed in self.placements.items():
                self.placements[key] = list(
                    dict.fromkeys(target if t == source else t for t in placed)
                )
            for action in self.actions.values():
                if action["theme_id"] == source:
                    action["theme_id"] = target
        edit = MergeThemes(source_id=source, target_id=target)
        self.theme_edit(writer, edit, ok, before)

    @precondition(lambda self: self.themes)
    @rule(writer=st.integers(0, 1), data=st.data(), note=st.sampled_from(sorted(NOTES)))
    def move_note(self, writer: int, data: st.DataObject, note: str) -> None:
        before = self.snapshot()
        tags = NOTES[note]
        current = self.placements.get(note)
        if current is None:
            current = list(dict.fromkeys(self.tag_themes[k] for k in tags if k in self.tag_themes))
        source = data.draw(st.sampled_from([None, *current]))
        target = data.draw(st.sampled_from(sorted(self.themes)))
        placed = [t for t in current if t != source]
        self.placements[note] = placed if target in placed else [*placed, target]
        edit = MoveNote(note_key=note, tags=tags, from_id=source, to_id=target)
        self.theme_edit(writer, edit, True, before)

    @precondition(lambda self: self.undo)
    @rule(writer=st.integers(0, 1))
    def undo_theme_edit(self, writer: int) -> None:
        undo, before = self.undo.pop()
        self.restore(before)
        self.send(writer, undo, True)

    # -- actions ----------------------------------------------------------------------

    @rule(writer=st.integers(0, 1), title=NAMES, data=st.data())
    def add_action(self, writer: int, title: str, data: st.DataObject) -> None:
        self.other_edit()
        theme_id = data.draw(st.sampled_from([None, *sorted(self.themes)]))
        self.serial += 1
        action = Action(id=f"a{self.serial}", title=title, theme_id=theme_id, created_at=now())
        self.actions[action.id] = {
            "title": title,
            "kind": "other",
            "owner": "",
            "due": None,
            "status": "proposed",
            "validated_by": [],
            "theme_id": theme_id,
        }
        self.send(writer, AddAction(action=action), True)

    @precondition(lambda self: self.actions)
    @rule(
        writer=st.integers(0, 1),
        data=st.data(),
        title=NAMES,
        owner=PEOPLE,
        due=st.none() | st.dates(date(2026, 1, 1), date(2027, 12, 31)),
        validators=st.lists(PEOPLE, max_size=2, unique=True),
        status=st.none() | st.sampled_from(STATUSES),
    )
    def edit_action(
        self,
        writer: int,
        data: st.DataObject,
        title: str,
        owner: str,
        due: date | None,
        validators: list[str],
        status: str | None,
    ) -> None:
        self.other_edit()
        action_id = data.draw(st.sampled_from(sorted(self.actions)))
        kind = data.draw(st.sampled_from(["sop_update", "raci", "other"]))
        model = self.actions[action_id]
        edited = {**model, "title": title, "kind": kind, "owner": owner, "due": due}
        edited["validated_by"] = validators
        ok = status is None or self.status_ok(edited, status)
        if ok:
            self.actions[action_id] = {**edited, "status": status or model["status"]}
        edit = EditAction(
            action_id=action_id,
            title=title,
            kind=kind,  # type: ignore[arg-type]
            owner=owner,
            due=due,
            validated_by=validators,
            status=status,  # type: ignore[arg-type]
        )
        self.send(writer, edit, ok)

    @staticmethod
    def status_ok(action: dict[str, Any], status: str) -> bool:
        step = STATUSES.index(status) - STATUSES.index(action["status"])
        if abs(step) > 1:
            return False
        return not (status == "validated" and step > 0 and not action["validated_by"])

    @precondition(lambda self: self.actions)
    @rule(writer=st.integers(0, 1), data=st.data(), status=st.sampled_from(STATUSES))
    def set_action_status(self, writer: int, data: st.DataObject, status: str) -> None:
        self.other_edit()
        action_id = data.draw(st.sampled_from(sorted(self.actions)))
        ok = self.status_ok(self.actions[action_id], status)
        if ok:
            self.actions[action_id]["status"] = status
        self.send(writer, SetActionStatus(action_id=action_id, status=status), ok)  # type: ignore[arg-type]

    @precondition(lambda self: self.actions)
    @rule(writer=st.integers(0, 1), data=st.data())
    def advance_action(self, writer: int, data: st.DataObject) -> None:
        self.other_edit()
        action_id = data.draw(st.sampled_from(sorted(self.actions)))
        action = self.actions[action_id]
        index = STATUSES.index(action["status"])
        ok = index < len(STATUSES) - 1 and self.status_ok(action, STATUSES[min(index + 1, 3)])
        if ok:
            action["status"] = STATUSES[index + 1]
        self.send(writer, AdvanceAction(action_id=action_id), ok)

    @precondition(lambda self: self.actions)
    @rule(writer=st.integers(0, 1), data=st.data())
    def delete_action(self, writer: int, data: st.DataObject) -> None:
        self.other_edit()
        action_id = data.draw(st.sampled_from(sorted(self.actions)))
        del self.actions[action_id]
        self.send(writer, DeleteAction(action_id=action_id), True)

    # -- RACI ---------------------------------------------------------------------------

    @rule(writer=st.integers(0, 1), name=NAMES)
    def add_matrix(self, writer: int, name: str) -> None:
        self.other_edit()
        ok = name.casefold() not in self.folded(self.raci)
        if ok:
            self.raci[name] = {"activities": [], "parties": [], "cells": {}}
        self.send(writer, AddRaciMatrix(name=name), ok)

    def matrix_and_name(self, data: st.DataObject) -> tuple[str, dict[str, Any]]:
        name = data.draw(st.sampled_from(sorted(self.raci)))
        return name, self.raci[name]

    @precondition(lambda self: self.raci)
    @rule(writer=st.integers(0, 1), data=st.data(), activity=NAMES, party=st.booleans())
    def add_row_or_column(
        self, writer: int, data: st.DataObject, activity: str, party: bool
    ) -> None:
        self.other_edit()
        name, matrix = self.matrix_and_name(data)
        names = matrix["parties" if party else "activities"]
        ok = activity.casefold() not in self.folded(names)
        if ok:
            names.append(activity)
        edit = (
            AddRaciParty(matrix=name, party=activity)
            if party
            else AddRaciActivity(matrix=name, activity=activity)
        )
        self.send(writer, edit, ok)

    @precondition(lambda self: any(m["activities"] and m["parties"] for m in self.raci.values()))
    @rule(
        writer=st.integers(0, 1), data=st.data(), role=st.sampled_from([None, "R", "A", "C", "I"])
    )
    def set_cell(self, writer: int, data: st.DataObject, role: str | None) -> None:
        self.other_edit()
        name = data.draw(
            st.sampled_from(
                sorted(n for n, m in self.raci.items() if m["activities"] and m["parties"])
            )
        )
        matrix = self.raci[name]
        activity = data.draw(st.sampled_from(matrix["activities"]))
        party = data.draw(st.sampled_from(matrix["parties"]))
        row = matrix["cells"].setdefault(activity, {})
        if role is None:
            row.pop(party, None)
        else:
            row[party] = role
        edit = SetRaciCell(matrix=name, activity=activity, party=party, role=role)  # type: ignore[arg-type]
        self.send(writer, edit, True)

    @precondition(lambda self: any(m["activities"] or m["parties"] for m in self.raci.values()))
    @rule(writer=st.integers(0, 1), data=st.data())
    def remove_row_or_column(self, writer: int, data: st.DataObject) -> None:
        self.other_edit()
        name = data.draw(
            st.sampled_from(
                sorted(n for n, m in self.raci.items() if m["activities"] or m["parties"])
            )
        )
        matrix = self.raci[name]
        choices = [("a", a) for a in matrix["activities"]] + [("p", p) for p in matrix["parties"]]
        kind, which = data.draw(st.sampled_from(choices))
        edit: Edit
        if kind == "a":
            matrix["activities"].remove(which)
            matrix["cells"].pop(which, None)
            edit = RemoveRaciActivity(matrix=name, activity=which)
        else:
            matrix["parties"].remove(which)
            for row in matrix["cells"].values():
                row.pop(which, None)
            edit = RemoveRaciParty(matrix=name, party=which)
        self.send(writer, edit, True)

    # -- approval stages --------------------------------------------------------------

    @rule(writer=st.integers(0, 1), name=NAMES, days=st.sampled_from([0.5, 2.0, 5.0, 30.0]))
    def add_stage(self, writer: int, name: str, days: float) -> None:
        self.other_edit()
        ok = name.casefold() not in self.folded(self.stages)
        if ok:
            self.stages[name] = days
        self.send(writer, AddStage(name=name, target_days=days), ok)

    @precondition(lambda self: self.stages)
    @rule(writer=st.integers(0, 1), data=st.data(), days=st.sampled_from([1.0, 3.0, 365.0]))
    def set_stage_target(self, writer: int, data: st.DataObject, days: float) -> None:
        self.other_edit()
        name = data.draw(st.sampled_from(sorted(self.stages)))
        self.stages[name] = days
        self.send(writer, SetStageTarget(name=name, target_days=days), True)

    @precondition(lambda self: self.stages)
    @rule(writer=st.integers(0, 1), data=st.data())
    def remove_stage(self, writer: int, data: st.DataObject) -> None:
        self.other_edit()
        name = data.draw(st.sampled_from(sorted(self.stages)))
        del self.stages[name]
        self.send(writer, RemoveStage(name=name), True)

    # -- what the file says -----------------------------------------------------------

    @invariant()
    def the_file_says_what_the_model_says(self) -> None:
        path = self.stores[0].view_path(ENGAGEMENT)
        if not path.exists():
            return
        # Read as a new program would: straight from the bytes on disk.
        file = EngagementFile.model_validate_json(path.read_bytes())
        board = file.themes
        assert [(t.id, t.name) for t in board.themes] == list(self.themes.items())  # in order
        assert board.tag_themes == self.tag_themes
        assert board.placements == self.placements
        assert {
            a.id: {
                "title": a.title,
                "kind": a.kind,
                "owner": a.owner,
                "due": a.due,
                "status": a.status,
                "validated_by": a.validated_by,
                "theme_id": a.theme_id,
            }
            for a in file.actions
        } == self.actions
        assert {
            m.name: {
                "activities": m.activities,
                "parties": m.parties,
                "cells": {a: row for a, row in m.cells.items() if row},
            }
            for m in file.raci
        } == {
            name: {**m, "cells": {a: row for a, row in m["cells"].items() if row}}
            for name, m in self.raci.items()
        }
        assert {s.name: s.target_days for s in file.approval_stages} == self.stages


EngagementModel.TestCase.settings = settings(max_examples=40, stateful_step_count=25, deadline=None)
test_engagement_edits_keep_everything = pytest.mark.heavy(EngagementModel.TestCase)
