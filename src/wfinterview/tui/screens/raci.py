"""RACI matrices for an engagement: activities × people or teams, each cell R, A, C or I.

Keys, not letters: the F-keys set a cell, so nothing here takes a printable character.
The problems show live under the matrix until every activity has one A and an R.

A copy (Markdown or CSV) is what the screen shows: with pseudonyms on, its people are
P01…, and the notice says which names it carries.
"""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal
from textual.widgets import DataTable, Select, Static

from wfinterview.core.framework.text import terminal_safe
from wfinterview.core.outputs.plans import raci_csv, raci_markdown
from wfinterview.core.plan.edits import (
    AddRaciActivity,
    AddRaciMatrix,
    AddRaciParty,
    Edit,
    RemoveRaciActivity,
    RemoveRaciParty,
    SetRaciCell,
)
from wfinterview.core.plan.engagement_file import EngagementFile
from wfinterview.core.plan.raci import ROLES, RaciMatrix, raci_problems, role_letter
from wfinterview.core.synthesis.corpus import Corpus, Filters
from wfinterview.core.workspace.workspace import Workspace
from wfinterview.tui.screens.plan_screen import PlanScreen
from wfinterview.tui.screens.prompts import ChoicePrompt, TextPrompt
from wfinterview.tui.settings import PseudonymMarker
from wfinterview.tui.widgets.editable_table import FittedTable
from wfinterview.tui.widgets.key_bar import KeyBar

GHOST_TAG = "ghost_ownership"
TYPE_YOUR_OWN = "__type__"
SUGGESTIONS = 30


class RaciScreen(PlanScreen):
    BINDINGS = [
        *(
            Binding(
                f"f{n}",
                f"set_role('{letter}')",
                f"{letter} {ROLES[letter]}",
                id=f"raci_{letter.lower()}",
            )
            for n, letter in enumerate(ROLES, 1)
        ),
        Binding("f5", "add_activity", "Add activity", id="raci_add_activity"),
        Binding("f6", "add_party", "Add person/team", id="raci_add_party"),
        Binding("ctrl+n", "new_matrix", "New matrix", id="raci_new"),
        Binding("delete", "set_role('')", "Clear", id="raci_clear"),
        Binding("f7", "copy_markdown", "Copy Markdown", id="raci_copy_md"),
        Binding("f8", "copy_csv", "Copy CSV", id="raci_copy_csv"),
        Binding("ctrl+x", "remove", "Remove…", id="raci_remove"),
        Binding("escape", "back", "Back", id="raci_back"),
    ]
    DEFAULT_CSS = """
    RaciScreen #title { height: 1; padding: 0 1; background: $panel; text-style: bold; }
    RaciScreen #matrix-picker { height: 1; margin: 1 0; }
    RaciScreen #matrix-picker Select { width: 50; }
    RaciScreen #raci { height: auto; max-height: 70%; }
    RaciScreen #raci-problems { height: auto; padding: 1 1; }
    """

    def __init__(self, workspace: Workspace, plan: EngagementFile, corpus: Corpus | None) -> None:
        super().__init__(workspace, plan)
        self.corpus = corpus
        self.current_name: str | None = plan.raci[0].name if plan.raci else None

    @property
    def current(self) -> RaciMatrix | None:
        """The matrix in view, as the file has it now."""
        return self.plan.matrix(self.current_name) if self.current_name is not None else None

    def compose(self) -> ComposeResult:
        yield PseudonymMarker()
        yield Static(
            Text(terminal_safe(f"RACI · {self.plan.engagement or '(no engagement)'}")),
            id="title",
        )
        with Horizontal(id="matrix-picker"):
            yield Select([], prompt="(no matrix yet: ctrl+n)", id="matrix", compact=True)
        yield FittedTable(id="raci", cursor_type="cell", fixed_columns=1)
        yield Static(id="raci-problems")
        yield KeyBar(lines=2)

    def on_mount(self) -> None:
        self._show_picker()
        self._show_matrix()
        self.query_one("#raci", DataTable).focus()
        self.watch(self.app, "naming", lambda _: self._show_all(), init=False)

    def _show_all(self) -> None:
        self._show_picker()
        self._show_matrix()

    def edit(self, edit: Edit) -> None:
        """Apply one change, then show the file as it is now (another window's too)."""
        self.change(edit)
        self._show_all()

    def _show_picker(self) -> None:
        picker = self.query_one("#matrix", Select)
        picker.set_options([(self.shown(m.name), m.name) for m in self.plan.raci])
        if self.current is not None:
            picker.value = self.current.name

    def on_select_changed(self, event: Select.Changed) -> None:
        if event.value is not Select.NULL and event.value != self.current_name:
            self.current_name = str(event.value)
            self._show_matrix()

    def _show_matrix(self) -> None:
        table = self.query_one("#raci", DataTable)
        row, column = table.cursor_coordinate
        table.clear(columns=True)
        matrix = self.current
        problems = self.query_one("#raci-problems", Static)
        if matrix is None:
            problems.update("ctrl+n starts a matrix for an activity area, e.g. “campaign launch”.")
            return
        table.add_column("activity", key="__activity__")
        for party in matrix.parties:
            table.add_column(Text(self.shown(party)), key=party)
        for activity in matrix.activities:
            table.add_row(
                Text(self.shown(activity)),
                *(matrix.get(activity, p) or "·" for p in matrix.parties),
                key=activity,
            )
        if matrix.activities and matrix.parties:
            table.cursor_coordinate = table.cursor_coordinate._replace(
                row=min(row, len(matrix.activities) - 1),
                column=min(max(column, 1), len(matrix.parties)),
            )
        found = [self.shown(problem) for problem in raci_problems(matrix)]
        if not matrix.parties:
            found.append("no people or teams yet (F6)")
        text = Text()
        for problem in found:
            text.append(f"⚠ {problem}\n", style="yellow")
        if not found:
            text.append(
                "✓ Every activity has exactly one Accountable and someone Responsible.",
                style="green",
            )
        problems.update(text)

    # -- cells, rows, columns --------------------------------------------------------------

    def action_set_role(self, letter: str) -> None:
        table = self.query_one("#raci", DataTable)
        if self.current is None:
            self.notify("No RACI matrix yet: ctrl+n makes one.", timeout=4)
            return
        if not table.row_count or len(table.columns) < 2:
            self.notify("Add an activity (F5) and a person or team (F6) first.", timeout=4)
            return
        row_key, column_key = table.coordinate_to_cell_key(table.cursor_coordinate)
        if column_key.value == "__activity__":
            self.notify("Move to a person's or team's column first.", timeout=3)
            return
        self.edit(
            SetRaciCell(
                matrix=self.current.name,
                activity=str(row_key.value),
                party=str(column_key.value),
                role=role_letter(letter),
            )
        )

    def action_new_matrix(self) -> None:
        def named(name: str | None) -> None:
            if not name:
                return
            if self.change(AddRaciMatrix(name=name)):
                self.current_name = " ".join(name.split())
            self._show_all()

        self.app.push_screen(
            TextPrompt("Name of the matrix (the area of work, e.g. “campaign launch”):"), named
        )

    def action_add_activity(self) -> None:
        if self.current is None:
            self.action_new_matrix()
            return
        matrix = self.current.name

        def add(activity: str | None) -> None:
            if activity:
                self.edit(AddRaciActivity(matrix=matrix, activity=activity))

        def picked(choice: str | None) -> None:
            if choice is None:
                return
            self.app.push_screen(
                TextPrompt("Activity:", "" if choice == TYPE_YOUR_OWN else choice), add
            )

        # Unclear ownership surfaced in 👻 notes is where the activities usually come from.
        ghosts: list[str] = []
        if self.corpus is not None:
            for ref in self.corpus.notes(Filters(engagement=self.plan.engagement, tag=GHOST_TAG)):
                text = terminal_safe(self.app.naming.text(ref.session, ref.note["text"]))
                if text not in ghosts:
                    ghosts.append(text)
                if len(ghosts) == SUGGESTIONS:
                    break
        choices = [(TYPE_YOUR_OWN, "✎ Type a new activity…"), *((g, f"👻 {g}") for g in ghosts)]
        self.app.push_screen(
            ChoicePrompt("Add an activity (from a 👻 ghost-ownership note, or your own):", choices),
            picked,
        )

    def action_add_party(self) -> None:
        if self.current is None:
            self.action_new_matrix()
            return
        matrix = self.current.name

        def add(party: str | None) -> None:
            if party:
                self.edit(AddRaciParty(matrix=matrix, party=party))

        self.app.push_screen(
            TextPrompt("A person or a team (e.g. “Brand”, “Legal”, “Campaign lead”):"), add
        )

    def action_remove(self) -> None:
        """Take out an activity or a person/team added by mistake (with its cells)."""
        matrix = self.current
        if matrix is None:
            self.notify("No RACI matrix yet: ctrl+n makes one.", timeout=4)
            return
        if not (matrix.activities or matrix.parties):
            self.notify("This matrix has no activities or people to remove yet.", timeout=4)
            return
        choices = [(f"a:{a}", f"Activity: {self.shown(a)}") for a in matrix.activities] + [
            (f"p:{p}", f"Person/team: {self.shown(p)}") for p in matrix.parties
        ]

        def picked(choice: str | None) -> None:
            if choice is None or matrix is None:
                return
            kind, _, name = choice.partition(":")
            self.edit(
                RemoveRaciActivity(matrix=matrix.name, activity=name)
                if kind == "a"
                else RemoveRaciParty(matrix=matrix.name, party=name)
            )

        self.app.push_screen(ChoicePrompt("Remove which row or column?", choices), picked)

    def action_copy_markdown(self) -> None:
        if self.current is None:
            self.notify("No RACI matrix yet: ctrl+n makes one.", timeout=4)
        else:
            self.app.copy_to_clipboard(raci_markdown(self.current, self.named))
            self.notify(f"RACI copied as a Markdown table, {self._names_copied()}.", timeout=5)

    def action_copy_csv(self) -> None:
        if self.current is None:
            self.notify("No RACI matrix yet: ctrl+n makes one.", timeout=4)
        else:
            self.app.copy_to_clipboard(raci_csv(self.current, self.named))
            self.notify(
                f"RACI copied as CSV, {self._names_copied()} "
                "(also: `wfinterview raci --format csv`).",
                timeout=5,
            )

    def _names_copied(self) -> str:
        if self.app.pseudonyms_on:
            return "with pseudonyms (P01…) as on screen, no participant's real name"
        return "with real names"

    def shown(self, text: str) -> str:
        """Text about this engagement as the screen shows it: named, and terminal-safe."""
        return terminal_safe(self.named(text))

    def action_back(self) -> None:
        self.dismiss()
