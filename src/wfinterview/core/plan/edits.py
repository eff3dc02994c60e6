"""Every change to an engagement's file as a named operation: create a theme, set a RACI
cell, add an approval stage…

Each edit is a small immutable value that names what it changes by stable ids (a
theme's id, an action's id, a matrix's, stage's, activity's or party's name), never by
a position in a list, so that it can be written down, sent along and replayed against a
newer file. `EngagementStore.apply` applies one to the newest file under a lock;
`apply` here changes the file in place and returns the edit that takes it back, for
undo (None where the screens offer none), or raises UserError and changes nothing the
store will write.

Recorded in a writer's edit log (core/plan/edit_log.py) and replayed in the same order on
every machine, an edit must do the same thing every time: it carries the time it was
made (never reads the clock when applied), `resolved` turns a relative edit ("the next
status") into the absolute one that was meant, and `fields` names what it sets, so that
two writers setting one field at once can be told apart from two unrelated edits.
"""

from __future__ import annotations

from datetime import date
from typing import Annotated, Literal, Self

from pydantic import AwareDatetime, ConfigDict, Field, TypeAdapter

from wfinterview.core.framework.errors import UserError
from wfinterview.core.framework.models import NonEmpty, StrictModel, now
from wfinterview.core.plan.actions import (
    Action,
    ActionKind,
    ActionStatus,
    next_status,
    set_status,
)
from wfinterview.core.plan.approvals import ApprovalStage
from wfinterview.core.plan.engagement_file import EngagementFile
from wfinterview.core.plan.raci import RaciMatrix, Role
from wfinterview.core.synthesis.themes import Theme


class Edit(StrictModel):
    model_config = ConfigDict(extra="forbid", strict=True, frozen=True)

    def apply(self, file: EngagementFile) -> Edit | None:
        raise NotImplementedError

    def resolved(self, file: EngagementFile) -> Edit:
        """The edit as it is to be recorded: the same, unless it is relative to the file."""
        return self

    def fields(self) -> dict[tuple[str, ...], object]:
        """What this edit sets, each field by a stable key, with the value it sets; empty
        for edits that add, remove or move (those never overwrite another writer's value).
        """
        return {}


# -- themes ------------------------------------------------------------------------------


class CreateTheme(Edit):
    op: Literal["create_theme"] = "create_theme"
    theme_id: NonEmpty  # chosen by the writer (ThemeBoard.new_id), so every replay agrees
    name: NonEmpty

    def apply(self, file: EngagementFile) -> Edit:
        file.themes.create(self.name, self.theme_id)
        return DeleteTheme(theme_id=self.theme_id)


class DeleteTheme(Edit):
    """Take a theme out: its tags and hand-placed notes are left in no theme, its
    actions keep their evidence but no longer name it."""

    op: Literal["delete_theme"] = "delete_theme"
    theme_id: NonEmpty

    def apply(self, file: EngagementFile) -> Edit:
        board = file.themes
        theme = board.theme(self.theme_id)
        index = board.themes.index(theme)
        undo = _restore(file, theme, board.themes[index - 1].id if index else None)
        for key in undo.tags:
            del board.tag_themes[key]
        for note_key in undo.placements:
            board.placements[note_key] = [t for t in board.placements[note_key] if t != theme.id]
        for action in file.actions:
            if action.theme_id == theme.id:
                action.theme_id = None
        board.themes.remove(theme)
        return undo


class RestoreTheme(Edit):
    """Put back a theme taken out by a merge or a delete, with what pointed at it."""

    op: Literal["restore_theme"] = "restore_theme"
    theme: Theme
    after: str | None  # the theme it came after, to show it where it was
    tags: list[str]
    placements: dict[str, list[str]]  # the notes' placements as they were
    actions: list[str]

    def apply(self, file: EngagementFile) -> Edit:
        board = file.themes
        if any(t.id == self.theme.id for t in board.themes):
            raise UserError(f"there is a theme with the id '{self.theme.id}' already")
        if board.find_by_name(self.theme.name):
            raise UserError(f"there is a theme called '{self.theme.name}' already")
        ids = [t.id for t in board.themes]
        at = ids.index(self.after) + 1 if self.after in ids else 0
        board.themes.insert(at, self.theme.model_copy())
        existing = {*ids, self.theme.id}
        for key in self.tags:
            board.tag_themes[key] = self.theme.id
        for note_key, placed in self.placements.items():
            board.placements[note_key] = [t for t in placed if t in existing]
        for action in file.actions:
            if action.id in self.actions:
                action.theme_id = self.theme.id
        return DeleteTheme(theme_id=self.theme.id)


class RenameTheme(Edit):
    op: Literal["rename_theme"] = "rename_theme"
    theme_id: NonEmpty
    name: NonEmpty

    def apply(self, file: EngagementFile) -> Edit:
        before = file.themes.theme(self.theme_id).name
        file.themes.rename(self.theme_id, self.name)
        return RenameTheme(theme_id=self.theme_id, name=before)

    def fields(self) -> dict[tuple[str, ...], object]:
        return {("theme", self.theme_id, "name"): " ".join(self.name.split())}


class MergeThemes(Edit):
    """Fold one theme into another: its notes, its tags and its actions go with it."""

    op: Literal["merge_themes"] = "merge_themes"
    source_id: NonEmpty
    target_id: NonEmpty

    def apply(self, file: EngagementFile) -> Edit:
        board = file.themes
        source = board.theme(self.source_id)
        index = board.themes.index(source)
        undo = _restore(file, source, board.themes[index - 1].id if index else None)
        board.merge(self.source_id, self.target_id)
        for action in file.actions:
            if action.theme_id == self.source_id:
                action.theme_id = self.target_id
        return undo


class MoveNote(Edit):
    """Take a note (SESSION_ID/NOTE_ID) out of one theme, or none, and into another."""

    op: Literal["move_note"] = "move_note"
    note_key: NonEmpty
    tags: list[str]  # the note's tags: where it is until it is first placed by hand
    from_id: str | None
    to_id: NonEmpty

    def apply(self, file: EngagementFile) -> Edit:
        board = file.themes
        before = board.placements.get(self.note_key)
        board.move(self.note_key, self.tags, self.from_id, self.to_id)
        return PlaceNote(note_key=self.note_key, theme_ids=None if before is None else before)

    def fields(self) -> dict[tuple[str, ...], object]:
        return {("note", self.note_key, "themes"): (self.from_id, self.to_id)}


class PlaceNote(Edit):
    """Set a note's themes by hand, or (None) let its tags decide again."""

    op: Literal["place_note"] = "place_note"
    note_key: NonEmpty
    theme_ids: list[str] | None

    def apply(self, file: EngagementFile) -> Edit:
        board = file.themes
        before = board.placements.get(self.note_key)
        if self.theme_ids is None:
            board.placements.pop(self.note_key, None)
        else:
            known = {t.id for t in board.themes}
            board.placements[self.note_key] = [t for t in self.theme_ids if t in known]
        return PlaceNote(note_key=self.note_key, theme_ids=before)

    def fields(self) -> dict[tuple[str, ...], object]:
        return {("note", self.note_key, "themes"): self.theme_ids}


def _restore(file: EngagementFile, theme: Theme, after: str | None) -> RestoreTheme:
    board = file.themes
    return RestoreTheme(
        theme=theme.model_copy(),
        after=after,
        tags=[key for key, mapped in board.tag_themes.items() if mapped == theme.id],
        placements={
            key: list(placed) for key, placed in board.placements.items() if theme.id in placed
        },
        actions=[a.id for a in file.actions if a.theme_id == theme.id],
    )


# -- actions -----------------------------------------------------------------------------


def _action(file: EngagementFile, action_id: str) -> Action:
    for action in file.actions:
        if action.id == action_id:
            return action
    raise UserError("that action is no longer in the plan (deleted in another window?)")


class AddAction(Edit):
    op: Literal["add_action"] = "add_action"
    action: Action

    def apply(self, file: EngagementFile) -> None:
        if any(a.id == self.action.id for a in file.actions):
            raise UserError(f"there is an action '{self.action.id}' already")
        action = self.action.model_copy(deep=True)
        if action.theme_id is not None and all(t.id != action.theme_id for t in file.themes.themes):
            # Its theme was deleted by a teammate before the two plans met: the action is
            # kept, with its evidence, and says it has no theme, as after a delete.
            action.theme_id = None
        file.actions.append(action)


ActionField = Literal["title", "kind", "owner", "due", "validated_by", "status"]


class EditAction(Edit):
    """The fields of the action form; `status` (if given) moves one step as in the list.

    `changed` names the fields the user changed (None: all of them), so that another
    writer's change to a field this form showed but left alone is not undone on merge.
    """

    op: Literal["edit_action"] = "edit_action"
    action_id: NonEmpty
    title: NonEmpty
    kind: ActionKind
    owner: str
    due: date | None
    validated_by: list[str]
    status: ActionStatus | None = None
    changed: list[ActionField] | None = None
    at: AwareDatetime = Field(default_factory=now)  # when it was made, for a replay

    @classmethod
    def of(
        cls,
        action: Action,
        *,
        title: str,
        kind: ActionKind,
        owner: str,
        due: date | None,
        validated_by: list[str],
        status: ActionStatus | None,
    ) -> Self:
        """The edit from `action` to the form's values, naming only what changed."""
        new = {
            "title": " ".join(title.split()) or action.title,
            "kind": kind,
            "owner": owner.strip(),
            "due": due,
            "validated_by": list(dict.fromkeys(validated_by)),
            "status": status if status is not None else action.status,
        }
        changed: list[ActionField] = [
            name  # type: ignore[misc]  # the keys of `new` are ActionField's names
            for name, value in new.items()
            if value != getattr(action, name)
        ]
        return cls(
            action_id=action.id,
            title=title,
            kind=kind,
            owner=owner,
            due=due,
            validated_by=validated_by,
            status=status if status != action.status else None,
            changed=changed,
        )

    def _values(self) -> dict[ActionField, object]:
        values: dict[ActionField, object] = {
            "title": " ".join(self.title.split()),
            "kind": self.kind,
            "owner": self.owner.strip(),
            "due": self.due,
            "validated_by": list(dict.fromkeys(self.validated_by)),
        }
        if self.status is not None:
            values["status"] = self.status
        return {k: v for k, v in values.items() if self.changed is None or k in self.changed}

    def apply(self, file: EngagementFile) -> None:
        action = _action(file, self.action_id)
        edited = action.model_copy(deep=True)
        for name, value in self._values().items():
            if name == "status":
                if value != edited.status:
                    set_status(edited, self.status or edited.status, self.at)
            elif name != "title" or value:
                setattr(edited, name, value)
        file.actions[file.actions.index(action)] = edited

    def fields(self) -> dict[tuple[str, ...], object]:
        return {("action", self.action_id, k): v for k, v in self._values().items()}


class SetActionStatus(Edit):
    op: Literal["set_action_status"] = "set_action_status"
    action_id: NonEmpty
    status: ActionStatus
    at: AwareDatetime = Field(default_factory=now)  # when it was made, for a replay

    def apply(self, file: EngagementFile) -> None:
        set_status(_action(file, self.action_id), self.status, self.at)

    def fields(self) -> dict[tuple[str, ...], object]:
        return {("action", self.action_id, "status"): self.status}


class AdvanceAction(Edit):
    """The next status from the one in the file now (another window may have moved it);
    recorded as the status it moved to, so a replay never moves it twice."""

    op: Literal["advance_action"] = "advance_action"
    action_id: NonEmpty
    at: AwareDatetime = Field(default_factory=now)  # when it was made, for a replay

    def resolved(self, file: EngagementFile) -> Edit:
        status = next_status(_action(file, self.action_id))
        return SetActionStatus(action_id=self.action_id, status=status, at=self.at)

    def apply(self, file: EngagementFile) -> None:
        action = _action(file, self.action_id)
        set_status(action, next_status(action), self.at)


class DeleteAction(Edit):
    op: Literal["delete_action"] = "delete_action"
    action_id: NonEmpty

    def apply(self, file: EngagementFile) -> None:
        file.actions.remove(_action(file, self.action_id))


# -- RACI --------------------------------------------------------------------------------


def _matrix(file: EngagementFile, name: str) -> RaciMatrix:
    matrix = file.matrix(name)
    if matrix is None:
        raise UserError(f"there is no RACI matrix '{name}' (removed in another window?)")
    return matrix


class AddRaciMatrix(Edit):
    op: Literal["add_raci_matrix"] = "add_raci_matrix"
    name: NonEmpty

    def apply(self, file: EngagementFile) -> None:
        name = " ".join(self.name.split())
        if not name:
            raise UserError("the matrix needs a name")
        if file.matrix(name) is not None:
            raise UserError(f"there is a matrix called '{name}' already")
        file.raci.append(RaciMatrix(name=name))


class AddRaciActivity(Edit):
    op: Literal["add_raci_activity"] = "add_raci_activity"
    matrix: NonEmpty
    activity: NonEmpty

    def apply(self, file: EngagementFile) -> None:
        _matrix(file, self.matrix).add_activity(self.activity)


class AddRaciParty(Edit):
    op: Literal["add_raci_party"] = "add_raci_party"
    matrix: NonEmpty
    party: NonEmpty

    def apply(self, file: EngagementFile) -> None:
        _matrix(file, self.matrix).add_party(self.party)


class SetRaciCell(Edit):
    op: Literal["set_raci_cell"] = "set_raci_cell"
    matrix: NonEmpty
    activity: NonEmpty
    party: NonEmpty
    role: Role | None  # None clears the cell

    def apply(self, file: EngagementFile) -> None:
        _matrix(file, self.matrix).set(self.activity, self.party, self.role)

    def fields(self) -> dict[tuple[str, ...], object]:
        key = ("raci", self.matrix.casefold(), self.activity, self.party)
        return {key: self.role}


class RemoveRaciActivity(Edit):
    op: Literal["remove_raci_activity"] = "remove_raci_activity"
    matrix: NonEmpty
    activity: NonEmpty

    def apply(self, file: EngagementFile) -> None:
        matrix = _matrix(file, self.matrix)
        if self.activity not in matrix.activities:
            raise UserError(f"there is no activity '{self.activity}' (removed already?)")
        matrix.remove_activity(self.activity)


class RemoveRaciParty(Edit):
    op: Literal["remove_raci_party"] = "remove_raci_party"
    matrix: NonEmpty
    party: NonEmpty

    def apply(self, file: EngagementFile) -> None:
        matrix = _matrix(file, self.matrix)
        if self.party not in matrix.parties:
            raise UserError(f"there is no person or team '{self.party}' (removed already?)")
        matrix.remove_party(self.party)


# -- approval stages ---------------------------------------------------------------------

TargetDays = Annotated[float, Field(gt=0, le=365)]


def _stage(file: EngagementFile, name: str) -> ApprovalStage:
    folded = name.casefold()
    for stage in file.approval_stages:
        if stage.name.casefold() == folded:
            return stage
    raise UserError(f"there is no approval stage '{name}' (removed in another window?)")


class AddStage(Edit):
    op: Literal["add_stage"] = "add_stage"
    name: NonEmpty
    target_days: TargetDays

    def apply(self, file: EngagementFile) -> None:
        name = " ".join(self.name.split())
        if any(s.name.casefold() == name.casefold() for s in file.approval_stages):
            raise UserError(f"there is a stage '{name}' already")
        file.approval_stages.append(ApprovalStage(name=name, target_days=self.target_days))


class SetStageTarget(Edit):
    op: Literal["set_stage_target"] = "set_stage_target"
    name: NonEmpty
    target_days: TargetDays

    def apply(self, file: EngagementFile) -> None:
        _stage(file, self.name).target_days = self.target_days

    def fields(self) -> dict[tuple[str, ...], object]:
        return {("stage", self.name.casefold(), "target_days"): self.target_days}


class RemoveStage(Edit):
    op: Literal["remove_stage"] = "remove_stage"
    name: NonEmpty

    def apply(self, file: EngagementFile) -> None:
        file.approval_stages.remove(_stage(file, self.name))


EngagementEdit = Annotated[
    CreateTheme
    | DeleteTheme
    | RestoreTheme
    | RenameTheme
    | MergeThemes
    | MoveNote
    | PlaceNote
    | AddAction
    | EditAction
    | SetActionStatus
    | AdvanceAction
    | DeleteAction
    | AddRaciMatrix
    | AddRaciActivity
    | AddRaciParty
    | SetRaciCell
    | RemoveRaciActivity
    | RemoveRaciParty
    | AddStage
    | SetStageTarget
    | RemoveStage,
    Field(discriminator="op"),
]
# Reads an edit back from its JSON (`edit.model_dump_json()`), whatever its kind.
EDITS: TypeAdapter[EngagementEdit] = TypeAdapter(EngagementEdit)
