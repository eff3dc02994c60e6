"""Agenda files: load, resolve `extends`, and validate like a compiler.

Built-in agendas ship with the package; a user's agendas (config folder `agendas/`)
override a built-in one with the same id.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Annotated, Literal

from pydantic import Field, ValidationError

from wfinterview.core.framework.errors import (
    FileProblem,
    UserError,
    control_character_problems,
    validation_problems,
)
from wfinterview.core.framework.models import (
    Agenda,
    Identifier,
    NonEmpty,
    Paragraphs,
    Question,
    Step,
    StrictModel,
)
from wfinterview.core.storage.paths import builtin_agendas_dir
from wfinterview.core.storage.tomlfile import read_toml

Origin = Literal["built-in", "user", "file"]


class StepFile(StrictModel):
    key: Identifier
    title: NonEmpty
    minutes: Annotated[int, Field(ge=0, le=180)]
    questions: list[NonEmpty] = []


class AgendaFile(StrictModel):
    """An agenda as written in TOML (docs/formats.md, "Agenda"), before `extends` is followed."""

    id: Identifier
    title: NonEmpty
    role: NonEmpty
    minutes: Annotated[int, Field(ge=1, le=600)]
    summary: Paragraphs = ""
    extends: Identifier | None = None
    questions: dict[str, list[NonEmpty]] = {}
    minutes_per_step: dict[str, Annotated[int, Field(ge=0, le=180)]] = {}
    steps: list[StepFile] | None = None


@dataclass(frozen=True)
class AgendaEntry:
    file: AgendaFile
    path: Path
    origin: Origin


def parse_agenda_file(path: Path, origin: Origin = "file") -> AgendaEntry:
    """Read and validate one agenda file on its own (extends is checked by the catalog)."""
    data = read_toml(path)
    # Refused, not cleaned: the file is the user's (or a colleague's) to fix, and a
    # question quietly changed would be worse than a clear error.
    if problems := control_character_problems(data):
        raise FileProblem.content(path, problems)
    try:
        file = AgendaFile.model_validate(data)
    except ValidationError as error:
        raise FileProblem.content(path, validation_problems(error)) from None
    if problems := _structure_problems(file):
        raise FileProblem.content(path, problems)
    return AgendaEntry(file, path, origin)


def _structure_problems(file: AgendaFile) -> list[str]:
    problems = []
    if file.extends is not None:
        if file.steps is not None:
            problems.append(
                "steps: an agenda with 'extends' takes its steps from it; use [questions] instead"
            )
        if file.extends == file.id:
            problems.append(f"extends: agenda '{file.id}' cannot extend itself")
    else:
        if not file.steps:
            problems.append(
                "steps: required (at least one [[steps]]) when the agenda has no 'extends'"
            )
        for table in ("questions", "minutes_per_step"):
            if getattr(file, table):
                problems.append(
                    f"{table}: only used with 'extends'; put questions inside [[steps]]"
                )
    seen: dict[str, int] = {}
    for index, step in enumerate(file.steps or []):
        if step.key in seen:
            problems.append(
                f"steps[{index}].key: duplicate step key '{step.key}' (also "
                f"steps[{seen[step.key]}])"
            )
        seen.setdefault(step.key, index)
    return problems


class AgendaCatalog:
    """Every agenda the user can pick: built-in ones, overridden by the user's own by id."""

    def __init__(self, user_dir: Path | None, builtin_dir: Path | None = None) -> None:
        self.entries: dict[str, AgendaEntry] = {}
        self.problems: list[FileProblem] = []
        self._load_dir(builtin_dir or builtin_agendas_dir(), "built-in")
        if user_dir is not None and user_dir.is_dir():
            self._load_dir(user_dir, "user")

    def _load_dir(self, folder: Path, origin: Origin) -> None:
        taken: dict[str, Path] = {}
        for path in sorted(folder.glob("*.toml")):
            try:
                entry = parse_agenda_file(path, origin)
            except FileProblem as problem:
                self.problems.append(problem)
                continue
            if entry.file.id in taken:
                self.problems.append(
                    FileProblem.content(
                        path, [f"id: '{entry.file.id}' is already used by {taken[entry.file.id]}"]
                    )
                )
                continue
            taken[entry.file.id] = path
            self.entries[entry.file.id] = entry

    def ids(self) -> list[str]:
        return sorted(self.entries)

    def get(self, agenda_id: str) -> Agenda:
        """The resolved agenda with this id, or a UserError listing the ids there are."""
        if agenda_id not in self.entries:
            for problem in self.problems:
                if Path(problem.path).stem == agenda_id:
                    raise problem
            raise UserError(f"no agenda with id '{agenda_id}' (available: {', '.join(self.ids())})")
        return self.resolve(self.entries[agenda_id])

    def get_by_id_or_path(self, id_or_path: str) -> Agenda:
        if id_or_path.endswith(".toml") or "/" in id_or_path:
            return self.resolve(parse_agenda_file(Path(id_or_path)))
        return self.get(id_or_path)

    def resolve(self, entry: AgendaEntry) -> Agenda:
        return self._resolve(entry, ())

    def _resolve(self, entry: AgendaEntry, chain: tuple[str, ...]) -> Agenda:
        file = entry.file
        if file.extends is None:
            steps = [
                Step(
                    key=s.key,
                    title=s.title,
                    minutes=s.minutes,
                    questions=[Question(text=q) for q in s.questions],
                )
                for s in file.steps or []
            ]
        else:
            steps = self._extended_steps(entry, chain)
        return Agenda(
            id=file.id,
            title=file.title,
            role=file.role,
            minutes=file.minutes,
            summary=file.summary,
            steps=steps,
        )

    def _extended_steps(self, entry: AgendaEntry, chain: tuple[str, ...]) -> list[Step]:
        file = entry.file
        assert file.extends is not None
        if file.extends in (*chain, file.id):
            loop = " -> ".join((*chain, file.id, file.extends))
            raise FileProblem.content(
                entry.path, [f"extends: '{file.extends}' leads back to itself ({loop})"]
            )
        base_entry = self.entries.get(file.extends)
        if base_entry is None:
            known = ", ".join(self.ids())
            raise FileProblem.content(
                entry.path, [f"extends: no agenda with id '{file.extends}' (known: {known})"]
            )
        base = self._resolve(base_entry, (*chain, file.id))
        step_keys = [step.key for step in base.steps]
        problems = [
            f"{table}.{key}: no step '{key}' in '{base.id}' (its steps: {', '.join(step_keys)})"
            for table in ("questions", "minutes_per_step")
            for key in getattr(file, table)
            if key not in step_keys
        ]
        if problems:
            raise FileProblem.content(entry.path, problems)
        return [
            step.model_copy(
                update={
                    "minutes": file.minutes_per_step.get(step.key, step.minutes),
                    "questions": [
                        *step.questions,
                        *(
                            Question(text=text, role_specific=True)
                            for text in file.questions.get(step.key, [])
                        ),
                    ],
                }
            )
            for step in base.steps
        ]
