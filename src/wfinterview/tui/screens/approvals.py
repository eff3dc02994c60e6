"""Approval stages with their target turnaround, beside the lag people reported in 🔄 notes."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.widgets import DataTable, Static

from wfinterview.core.framework.errors import UserError
from wfinterview.core.framework.text import terminal_safe
from wfinterview.core.plan.approvals import APPROVAL_TAG, ApprovalStage, StageTimeline, timelines
from wfinterview.core.plan.edits import AddStage, RemoveStage, SetStageTarget
from wfinterview.core.plan.engagement_file import EngagementFile
from wfinterview.core.synthesis.corpus import Corpus, Filters
from wfinterview.core.workspace.workspace import Workspace
from wfinterview.tui.screens.plan_screen import PlanScreen
from wfinterview.tui.screens.prompts import TextPrompt
from wfinterview.tui.settings import PseudonymMarker
from wfinterview.tui.widgets.editable_table import EditableTable
from wfinterview.tui.widgets.key_bar import KeyBar
from wfinterview.tui.widgets.note_pager import NotePager


def parse_days(text: str) -> float:
    try:
        days = float(text.strip().removesuffix("days").removesuffix("d").strip())
    except ValueError:
        raise UserError(f"'{text}' is not a number of days") from None
    if not 0 < days <= 365:
        raise UserError("a target is between a fraction of a day and 365 days")
    return days


class ApprovalsScreen(PlanScreen):
    BINDINGS = [
        Binding("ctrl+n", "add_stage", "Add stage", id="approval_add"),
        Binding("delete", "remove_stage", "Remove", id="approval_remove"),
        Binding("escape", "back", "Back", id="approvals_back"),
    ]
    DEFAULT_CSS = """
    ApprovalsScreen #title { height: 1; padding: 0 1; background: $panel; text-style: bold; }
    ApprovalsScreen #hint { height: auto; padding: 0 1; color: $text-muted; margin-bottom: 1; }
    ApprovalsScreen #stages { height: auto; max-height: 50%; }
    ApprovalsScreen #stage-notes { height: 1fr; }
    """

    def __init__(
        self,
        workspace: Workspace,
        plan: EngagementFile,
        corpus: Corpus | None,
    ) -> None:
        super().__init__(workspace, plan)
        self.corpus = corpus

    def compose(self) -> ComposeResult:
        yield PseudonymMarker()
        yield Static(
            Text(
                terminal_safe(f"Approval timelines · {self.plan.engagement or '(no engagement)'}")
            ),
            id="title",
        )
        yield Static(
            "Each stage's target turnaround beside the lag people reported in 🔄 notes "
            "that name it (“legal takes a week”).",
            id="hint",
        )
        yield EditableTable(id="stages", cursor_type="row")
        yield NotePager(self.workspace.config.all_tags(), id="stage-notes")
        yield KeyBar()

    def on_mount(self) -> None:
        table = self.query_one("#stages", DataTable)
        for column in ("stage", "target", "reported (median)", "worst", "notes", "people"):
            table.add_column(column, key=column)
        self._show()
        table.focus()
        self.watch(self.app, "naming", lambda _: self._show(), init=False)

    def _timelines(self) -> list[StageTimeline]:
        notes = (
            list(self.corpus.notes(Filters(engagement=self.plan.engagement, tag=APPROVAL_TAG)))
            if self.corpus
            else []
        )
        return timelines(self.plan.approval_stages, notes)

    def _show(self, highlight: int | None = None) -> None:
        table = self.query_one("#stages", DataTable)
        row = highlight if highlight is not None else table.cursor_row
        table.clear()
        for t in self._timelines():
            median = (
                Text("–")
                if t.median_days is None
                else Text(
                    f"{t.median_days:g} days" + (" ▲ over" if t.over_target else ""),
                    style="yellow" if t.over_target else "green",
                )
            )
            table.add_row(
                Text(terminal_safe(self.named(t.stage.name))),
                f"{t.stage.target_days:g} days",
                median,
                f"{t.worst_days:g} days" if t.worst_days is not None else "–",
                str(t.mentions),
                str(t.people),
            )
        if self.plan.approval_stages:
            table.move_cursor(row=min(row, len(self.plan.approval_stages) - 1))
        self._show_notes()

    def on_data_table_row_highlighted(self) -> None:
        self._show_notes()

    def _show_notes(self) -> None:
        stage = self.highlighted
        pager = self.query_one("#stage-notes", NotePager)
        if stage is None or self.corpus is None:
            pager.show([], "ctrl+n adds an approval stage (brand, legal, exec…)")
            return
        refs = [
            r
            for r in self.corpus.notes(Filters(engagement=self.plan.engagement, tag=APPROVAL_TAG))
            if stage.named_in(r.note["text"])
        ]
        pager.show(refs, f"🔄 notes naming {self.named(stage.name)}")

    @property
    def highlighted(self) -> ApprovalStage | None:
        table = self.query_one("#stages", DataTable)
        stages = self.plan.approval_stages
        return stages[table.cursor_row] if stages and 0 <= table.cursor_row < len(stages) else None

    def action_add_stage(self) -> None:
        def named(name: str | None) -> None:
            if not name:
                return
            if any(s.name.casefold() == name.casefold() for s in self.plan.approval_stages):
                self.notify(
                    terminal_safe(f"There is a stage “{name}” already."),
                    severity="error",
                    markup=False,
                )
                return

            def target(days: str | None) -> None:
                if days and (parsed := self._days(days)) is not None:
                    self.change(AddStage(name=name, target_days=parsed))
                    self._show(len(self.plan.approval_stages) - 1)

            self.app.push_screen(
                TextPrompt(terminal_safe(f"Target turnaround for {name}, in days:"), "3"), target
            )

        self.app.push_screen(TextPrompt("Approval stage (e.g. brand, legal, exec):"), named)

    def action_edit_target(self) -> None:
        stage = self.highlighted
        if stage is None:
            return

        def target(days: str | None) -> None:
            if days and (parsed := self._days(days)) is not None:
                self.change(SetStageTarget(name=stage.name, target_days=parsed))
                self._show()

        self.app.push_screen(
            TextPrompt(
                terminal_safe(f"Target turnaround for {stage.name}, in days:"),
                f"{stage.target_days:g}",
            ),
            target,
        )

    def on_data_table_row_selected(self) -> None:
        self.action_edit_target()

    def action_remove_stage(self) -> None:
        stage = self.highlighted
        if stage is None:
            self.notify("No approval stage yet: ctrl+n adds one.", timeout=4)
            return
        self.change(RemoveStage(name=stage.name))
        self._show()

    def _days(self, text: str) -> float | None:
        try:
            return parse_days(text)
        except UserError as error:
            self.notify(str(error), severity="error", markup=False)
            return None

    def action_back(self) -> None:
        self.dismiss()
