"""An engagement's actions: list, filter, edit, advance; their evidence; on to RACI,
approval timelines and the validation text for each participant.

Every name shown here follows the app's pseudonym setting: the evidence, the owners and
validators, the "for whom?" picker and the validation text itself (whose copy is the real
text: tui/screens/validation_preview.py).

The table shows what a person acts on (status, title, owner, due), cut with "…" to fit the
width; the line under it says the rest of the highlighted action (its kind, evidence and
who validated it), and the evidence list's title carries its whole title.
"""

from __future__ import annotations

from rich.text import Text
from textual import work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.widgets import DataTable, Select, Static

from wfinterview.core.framework.errors import UserError
from wfinterview.core.framework.models import now
from wfinterview.core.framework.text import cell_width, clip, terminal_safe
from wfinterview.core.framework.wording import plural
from wfinterview.core.interview.emails import signer
from wfinterview.core.plan.actions import (
    KIND_LABELS,
    STATUS_LABELS,
    Action,
    action_kind,
    set_status,
)
from wfinterview.core.plan.edits import AddAction, AdvanceAction, DeleteAction, EditAction
from wfinterview.core.plan.engagement_file import EngagementFile
from wfinterview.core.plan.validation import participants, validation_text
from wfinterview.core.synthesis.cadence import cadences
from wfinterview.core.synthesis.corpus import Corpus
from wfinterview.core.workspace.workspace import Workspace
from wfinterview.tui.navigation import OpenApprovals, OpenRaci
from wfinterview.tui.screens.action_form import ActionEdit, ActionForm
from wfinterview.tui.screens.confirm import ConfirmScreen
from wfinterview.tui.screens.plan_screen import PlanScreen
from wfinterview.tui.screens.prompts import ChoicePrompt
from wfinterview.tui.screens.validation_preview import (
    HIDDEN_SIGNATURE,
    ValidationPreview,
    ValidationText,
)
from wfinterview.tui.settings import PseudonymMarker
from wfinterview.tui.widgets.editable_table import EditableTable
from wfinterview.tui.widgets.key_bar import KeyBar
from wfinterview.tui.widgets.note_pager import NotePager

ALL = "__all__"
# What a person acts on; the rest of an action is in the line under the table.
COLUMNS = ("status", "action", "owner", "due")
OWNER_WIDTH = 18
MIN_TITLE_WIDTH = 20


class ActionsScreen(PlanScreen):
    BINDINGS = [
        Binding("ctrl+n", "new_action", "New action", id="action_new"),
        Binding("f2", "advance_action", "Next status", id="action_advance"),
        Binding("delete", "delete_action", "Delete", id="action_delete"),
        Binding("f4", "approvals", "Approval timelines", id="open_approvals"),
        Binding("f5", "validation", "Validation text", id="validation_text"),
        Binding("f3", "raci", "RACI", id="open_raci"),
        Binding("escape", "back", "Back", id="actions_back"),
    ]
    DEFAULT_CSS = """
    ActionsScreen #title { height: 1; padding: 0 1; background: $panel; text-style: bold; }
    ActionsScreen #cadence { height: auto; padding: 0 1; color: $text-muted; }
    ActionsScreen #action-filters { height: 1; margin: 1 0; }
    ActionsScreen #action-filters Select { width: 40; margin-right: 2; }
    ActionsScreen #actions { height: 1fr; }
    ActionsScreen #detail { height: auto; padding: 0 1; background: $panel; }
    ActionsScreen #evidence { height: 1fr; }
    """

    def __init__(self, workspace: Workspace, plan: EngagementFile) -> None:
        super().__init__(workspace, plan)
        self.corpus: Corpus | None = None

    def compose(self) -> ComposeResult:
        from textual.containers import Horizontal

        yield PseudonymMarker()
        yield Static(
            Text(terminal_safe(f"Actions · {self.plan.engagement or '(no engagement)'}")),
            id="title",
        )
        yield Static("", id="cadence")
        with Horizontal(id="action-filters"):
            yield Select(
                [(label, s) for s, label in STATUS_LABELS.items()],
                prompt="All statuses",
                id="status-filter",
                compact=True,
            )
            yield Select(
                [(label, k) for k, label in KIND_LABELS.items()],
                prompt="All kinds",
                id="kind-filter",
                compact=True,
            )
        yield EditableTable(id="actions", cursor_type="row")
        yield Static(id="detail")
        yield NotePager(self.workspace.config.all_tags(), id="evidence")
        yield KeyBar(lines=2)

    def on_mount(self) -> None:
        table = self.query_one("#actions", DataTable)
        for column in COLUMNS:
            table.add_column(column, key=column)
        self._show_actions()
        table.focus()
        self._load_corpus()
        self.watch(self.app, "naming", lambda _: self._show_actions(), init=False)

    def on_screen_resume(self) -> None:
        # Back from RACI or approvals, which may have changed the file: show it as it is.
        if self.is_mounted and self.query("#actions"):
            self._reload()

    def _reload(self) -> None:
        try:
            self.plan = self.workspace.engagements.load(self.plan.engagement)
        except UserError:
            return
        self._show_actions()

    @work(thread=True, exclusive=True, exit_on_error=False, group="actions-corpus")
    def _load_corpus(self) -> None:
        corpus, _ = self.workspace.load_corpus()
        self.app.call_from_thread(self._corpus_loaded, corpus)

    def _corpus_loaded(self, corpus: Corpus) -> None:
        self.corpus = corpus
        self.app.sessions_read(corpus.sessions)
        cadence = next(
            (c for c in cadences(corpus.sessions) if c.engagement == self.plan.engagement), None
        )
        if cadence is not None:
            self.query_one("#cadence", Static).update(
                Text(
                    f"Last interviewed in round {cadence.last_round} on "
                    f"{cadence.last_interview:%d %b %Y}; the next round is "
                    f"{cadence.state(now().date())} (between {cadence.due_from:%b %Y} and "
                    f"{cadence.due_by:%b %Y})."
                )
            )
        self._show_evidence()

    # -- the list ------------------------------------------------------------------------

    def visible_actions(self) -> list[Action]:
        status = self.query_one("#status-filter", Select).value
        kind = self.query_one("#kind-filter", Select).value
        return [
            a
            for a in self.plan.actions
            if (status is Select.NULL or a.status == status)
            and (kind is Select.NULL or a.kind == kind)
        ]

    def on_resize(self) -> None:
        if self.query("#actions"):
            self._show_actions()

    def _show_actions(self, highlight: str | None = None) -> None:
        table = self.query_one("#actions", DataTable)
        keep = highlight or self.highlighted_id
        table.clear()
        shown = self.visible_actions()
        owners = [clip(self.shown(a.owner), OWNER_WIDTH) for a in shown]
        title_width = self._title_width(owners, shown)
        for a, owner in zip(shown, owners, strict=True):
            table.add_row(
                STATUS_LABELS[a.status],
                Text(clip(self.shown(a.title), title_width)),
                Text(owner or "–"),
                a.due.isoformat() if a.due else "–",
                key=a.id,
            )
        ids = [a.id for a in self.visible_actions()]
        if keep in ids:
            table.move_cursor(row=ids.index(keep))
        if not ids:
            self.query_one("#evidence", NotePager).show(
                [], "No actions yet: ctrl+n, or F6 on a theme in synthesis"
            )
        self._show_evidence()

    @property
    def highlighted_id(self) -> str | None:
        table = self.query_one("#actions", DataTable)
        if not table.row_count:
            return None
        return str(table.coordinate_to_cell_key(table.cursor_coordinate).row_key.value)

    @property
    def highlighted(self) -> Action | None:
        action_id = self.highlighted_id
        return next((a for a in self.plan.actions if a.id == action_id), None)

    def _title_width(self, owners: list[str], shown: list[Action]) -> int:
        """What is left of the width for the titles once status, owner and due have theirs
        (each column has a cell of padding either side, and the scroll bar two cells)."""
        width = self.size.width or self.app.size.width
        status = max(cell_width(STATUS_LABELS[a.status]) for a in shown) if shown else 0
        owner = max((cell_width(o or "–") for o in owners), default=1)
        due = len("2026-12-31") if any(a.due for a in shown) else 1
        others = max(status, len("status")) + max(owner, len("owner")) + max(due, len("due"))
        return max(MIN_TITLE_WIDTH, width - others - 2 * len(COLUMNS) - 2)

    def shown(self, text: str) -> str:
        """Text about this engagement as the screen shows it: named, and terminal-safe."""
        return terminal_safe(self.named(text))

    def on_data_table_row_highlighted(self) -> None:
        self._show_evidence()

    def on_select_changed(self) -> None:
        self._show_actions()

    def _show_evidence(self) -> None:
        action = self.highlighted
        self._show_detail(action)
        if action is None or self.corpus is None:
            return
        refs = self.corpus.refs_for(action.evidence)
        missing = len(action.evidence) - len(refs)
        title = f"Evidence for “{self.named(action.title)}”" + (
            f" ({plural(missing, 'note')} no longer in its session)" if missing else ""
        )
        self.query_one("#evidence", NotePager).show(refs, title)

    def _show_detail(self, action: Action | None) -> None:
        """The highlighted action's kind, owner (whole), evidence and validators, which the
        table leaves out or cuts at 80 columns; ☑ marks each person who validated it."""
        detail = self.query_one("#detail", Static)
        if action is None:
            detail.update("")
            return
        validators = (
            "validated by " + ", ".join(f"☑ {self.shown(p)}" for p in action.validated_by)
            if action.validated_by
            else "☐ not validated by anyone yet"
        )
        owner = f"owner {self.shown(action.owner)} · " if action.owner else ""
        detail.update(
            Text(
                f"{action.kind_label} · {owner}{plural(len(action.evidence), 'note')} of "
                f"evidence · {validators}"
            )
        )

    # -- changes -----------------------------------------------------------------------

    def on_data_table_row_selected(self) -> None:
        self.action_edit_action()

    def action_new_action(self) -> None:
        from wfinterview.core.plan.actions import new_action

        def created(result: ActionEdit | None) -> None:
            if result is None:
                return
            # Whole before it is added: a status it cannot have yet refuses it all.
            action = new_action([], result.title, result.kind)
            action.owner, action.due = result.owner, result.due
            action.validated_by = result.validated_by
            try:
                if result.status != action.status:
                    set_status(action, result.status)
            except UserError as error:
                self.notify(str(error), severity="error", markup=False)
                return
            self.change(AddAction(action=action))
            self._show_actions(action.id)

        blank = new_action([], "New action")  # its title is the user's to type
        self.app.push_screen(self._form(blank, new=True), created)

    def action_edit_action(self) -> None:
        action = self._highlighted_or_why()
        if action is None:
            return

        def edited(result: ActionEdit | None) -> None:
            if result is not None:
                self.change(self._edit(action, result))
                self._show_actions(action.id)

        self.app.push_screen(self._form(action), edited)

    def _highlighted_or_why(self) -> Action | None:
        action = self.highlighted
        if action is None:
            self.notify(
                "No action here: ctrl+n makes one (or change the filters above).", timeout=4
            )
        return action

    def _form(self, action: Action, new: bool = False) -> ActionForm:
        people = [(self._person(p), p) for p in self._participants()]
        return ActionForm(action, people, new=new)

    def _person(self, name: str) -> str:
        """A participant as lists show them: their name (or pseudonym) and role, so that
        P01… can be told apart."""
        role = next(
            (
                s.participant.role
                for s in (self.corpus.sessions if self.corpus else [])
                if s.engagement == self.plan.engagement
                and s.participant.name.casefold() == name.casefold()
            ),
            "",
        )
        return terminal_safe(f"{self.named(name)} · {role}" if role else self.named(name))

    @staticmethod
    def _edit(action: Action, edit: ActionEdit) -> EditAction:
        return EditAction.of(
            action,
            title=edit.title,
            kind=action_kind(edit.kind),
            owner=edit.owner,
            due=edit.due,
            validated_by=edit.validated_by,
            status=edit.status,
        )

    def action_advance_action(self) -> None:
        action = self._highlighted_or_why()
        if action is not None:
            self.change(AdvanceAction(action_id=action.id))
            self._show_actions(action.id)

    def action_delete_action(self) -> None:
        action = self._highlighted_or_why()
        if action is None:
            return

        def answered(yes: bool | None) -> None:
            if yes:
                self.change(DeleteAction(action_id=action.id))
                self._show_actions()

        self.app.push_screen(
            ConfirmScreen(f"Delete the action “{self.named(action.title)}”?", yes="Delete"),
            answered,
        )

    def _participants(self) -> list[str]:
        return participants(self.corpus.sessions, self.plan.engagement) if self.corpus else []

    # -- elsewhere -----------------------------------------------------------------------

    def action_raci(self) -> None:
        self.post_message(OpenRaci(self.plan, self.corpus))

    def action_approvals(self) -> None:
        self.post_message(OpenApprovals(self.plan, self.corpus))

    def action_validation(self) -> None:
        people = self._participants()
        if not people:
            self.notify(
                "Nobody was interviewed in this engagement yet (or the sessions are still "
                "loading).",
                timeout=4,
            )
            return

        def picked(name: str | None) -> None:
            if name is None or self.corpus is None:
                return
            try:
                text = self._validation(name, self.corpus)
            except UserError as error:  # a broken template of the user's
                self.notify(terminal_safe(str(error)), severity="error", markup=False)
                return
            self.app.push_screen(ValidationPreview(text))

        self.app.push_screen(
            ChoicePrompt("Validation text for whom?", [(p, self._person(p)) for p in people]),
            picked,
        )

    def _validation(self, name: str, corpus: Corpus) -> ValidationText:
        """The text as sent (real names) and as shown now (pseudonyms if on, and the
        signature as a placeholder rather than a facilitator's code)."""
        config, paths = self.workspace.config, self.workspace.paths
        engagement, actions, sessions = self.plan.engagement, self.plan.actions, corpus.sessions

        def text(facilitator: str) -> str:
            return validation_text(
                name, engagement, actions, sessions, facilitator, paths.user_templates_dir
            )

        real = text(config.facilitator)
        signed = bool(signer(config.facilitator, name, engagement, sessions).strip())
        shown = self.named(text(HIDDEN_SIGNATURE)) if self.app.pseudonyms_on and signed else real
        return ValidationText(real, shown, self.named(name), signed)

    def action_back(self) -> None:
        self.dismiss()
