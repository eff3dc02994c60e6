"""Findings beyond tags: which tools, which handoffs, where roles disagree, and whether the
changes made between rounds worked.

The findings read every note's words, which takes a moment on a large corpus, so they are
worked out in a thread when the tab is first shown (and after a filter change), never
when synthesis opens; sessions unchanged since they were last read come from the findings
cache.

Each finding is a section of its own (tools, handoffs, contrasts, outcomes), so the
synthesis screen can jump between them (ctrl+↓ / ctrl+↑) and page through the tab (PgDn /
PgUp) whatever has the focus.
"""

from __future__ import annotations

from collections.abc import Sequence

from rich.console import Group, RenderableType
from rich.table import Table
from rich.text import Text
from textual import getters, work
from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.widgets import Static
from textual.worker import get_current_worker

from wfinterview.core.framework.errors import UserError
from wfinterview.core.framework.text import terminal_safe
from wfinterview.core.outputs.findings_report import (
    CONTRASTS_SHOWN,
    HANDOFFS_SHOWN,
    STEP_TITLES,
    shown_candidates,
    tool_rows,
)
from wfinterview.core.plan.engagements import EngagementStore
from wfinterview.core.plan.outcomes import Outcome, outcomes
from wfinterview.core.synthesis.corpus import Corpus, Filters, NoteRef
from wfinterview.core.synthesis.findings import Findings, corpus_findings
from wfinterview.core.synthesis.findings_cache import FindingsCache
from wfinterview.core.synthesis.handoffs import arrow_line
from wfinterview.core.synthesis.vocabulary import Vocabulary
from wfinterview.tui.settings import SettingsApp

SECTIONS = ("tools", "handoffs", "contrasts", "outcomes")


class FindingsTab(VerticalScroll):
    DEFAULT_CSS = """
    FindingsTab > .finding { margin-bottom: 1; }
    """

    app = getters.app(SettingsApp)

    def __init__(
        self,
        corpus: Corpus,
        plans: EngagementStore,
        vocabulary: Vocabulary,
        cache: FindingsCache | None = None,
        *,
        name: str | None = None,
        id: str | None = None,
        classes: str | None = None,
        disabled: bool = False,
    ) -> None:
        super().__init__(name=name, id=id, classes=classes, disabled=disabled)
        self.corpus = corpus
        self.plans = plans
        self.vocabulary = vocabulary
        self.cache = cache
        self._shown: tuple[Findings, list[Outcome]] | None = None

    def compose(self) -> ComposeResult:
        yield Static("Reading the notes' words…", id="findings")
        for section in SECTIONS:
            yield Static(id=section, classes="finding")

    def on_mount(self) -> None:
        self.watch(self.app, "naming", lambda _: self._paint(), init=False)

    def show(self, filters: Filters) -> None:
        status = self.query_one("#findings", Static)
        status.update("Reading the notes' words…")
        status.display = True
        for section in self.query(".finding"):
            section.display = False
        self._work_out(filters)

    def jump(self, direction: int) -> None:
        """Scroll so the next (1) or previous (-1) section starts at the top."""
        tops = sorted(
            {section.virtual_region.y for section in self.query(".finding") if section.display}
        )
        here = round(self.scroll_y)
        if direction > 0:
            target = next((top for top in tops if top > here), None)
        else:
            target = next((top for top in reversed(tops) if top < here), None)
        if target is None:
            self.notify(
                "That was the last section." if direction > 0 else "This is the first section.",
                timeout=2,
            )
            return
        self.scroll_to(y=target, animate=False)

    @work(thread=True, exclusive=True, exit_on_error=False, group="findings")
    def _work_out(self, filters: Filters) -> None:
        found = corpus_findings(self.corpus, filters, self.vocabulary, self.cache)
        engagements = [filters.engagement] if filters.engagement else self.corpus.engagements()
        changes: list[Outcome] = []
        for engagement in engagements:
            try:
                plan = self.plans.load(engagement)
            except UserError:
                continue  # the Themes tab reports an unreadable plan already
            changes += outcomes(self.corpus, engagement, plan.actions, plan.themes)
        if get_current_worker().is_cancelled:
            return  # replaced by a later filter's pass, which shows its own findings
        self.app.call_from_thread(self._found, found, changes)

    def _found(self, found: Findings, changes: list[Outcome]) -> None:
        self._shown = (found, changes)
        self._paint()

    def _paint(self) -> None:
        if self._shown is None:
            return
        found, changes = self._shown
        sections = {
            "tools": self._tools(found),
            "handoffs": self._handoffs(found),
            "contrasts": self._contrasts(found),
            "outcomes": self._outcomes(changes),
        }
        for section, parts in sections.items():
            widget = self.query_one(f"#{section}", Static)
            widget.display = bool(parts)
            widget.update(Group(*parts))
        status = self.query_one("#findings", Static)
        status.display = not any(sections.values())
        status.update(Text("No tools, handoffs or contrasts named in these notes yet."))

    def _tools(self, found: Findings) -> list[RenderableType]:
        rows = tool_rows(found, self.corpus.tag_by_key)
        if not rows:
            return []
        table = _table("Tools people named", "tool", "people", "roles", "notes", "tags", "instead")
        for row in rows:
            table.add_row(
                Text(terminal_safe(row.tool)),
                str(row.people),
                str(row.roles),
                str(row.notes),
                row.tags or "–",
                Text(terminal_safe(row.workarounds or "–")),
            )
        parts: list[RenderableType] = [table]
        if candidates := shown_candidates(found, self.app.naming):
            words = ", ".join(c.word for c in candidates[:8])
            parts.append(
                Text(terminal_safe(f"Not in the tools list (add under [tools] in config): {words}"))
            )
        return parts

    def _handoffs(self, found: Findings) -> list[RenderableType]:
        if not found.handoffs:
            return []
        lines = Text("Handoffs, most stuck first\n", style="bold")
        for edge in found.handoffs[:HANDOFFS_SHOWN]:
            lines.append(
                terminal_safe(arrow_line(edge)) + "\n", style="yellow" if edge.friction else ""
            )
        return [lines]

    def _contrasts(self, found: Findings) -> list[RenderableType]:
        if not found.contrasts:
            return []
        text = Text("Where roles disagree\n", style="bold")
        tags = self.corpus.tag_by_key
        for c in found.contrasts[:CONTRASTS_SHOWN]:
            tag = tags.get(c.tag)
            label = f"{tag.badge(self.app.ascii_only)} {tag.label}" if tag else c.tag
            text.append(
                terminal_safe(
                    f"{STEP_TITLES.get(c.step, c.step)} · {label} · {c.engagement}: "
                    f"{c.stuck_role} stuck ({c.stuck_people} of {c.stuck_of}), "
                    f"{c.smooth_role} smooth\n"
                )
            )
            text.append(f"  stuck:  {self._said(c.stuck_note)}\n", style="yellow")
            text.append(f"  smooth: {self._said(c.smooth_note)}\n", style="green")
        return [text]

    def _outcomes(self, changes: Sequence[Outcome]) -> list[RenderableType]:
        if not changes:
            return []
        naming = self.app.naming
        table = _table("Did the changes work?", "action", "theme", "before", "after", "change")
        several = len({o.engagement for o in changes}) > 1  # then each says whose it is
        for o in changes:
            title = naming.engagement_text(o.engagement, o.action.title)
            table.add_row(
                Text(terminal_safe(f"{title} · {o.engagement}" if several else title)),
                Text(terminal_safe(naming.engagement_text(o.engagement, o.theme))),
                f"{o.before.people} of {o.before.interviewed}",
                f"{o.after.people} of {o.after.interviewed}",
                Text(f"{o.change:+.0f} pts", style="green" if o.change < 0 else ""),
            )
        return [table]

    def _said(self, ref: NoteRef) -> str:
        naming = self.app.naming
        text = " ".join(naming.text(ref.session, ref.note["text"]).split())
        return terminal_safe(
            f"“{text}” ({naming.participant(ref.session)}, {ref.session.participant.role})"
        )


def _table(title: str, *columns: str) -> Table:
    table = Table(title=title, title_justify="left", box=None, pad_edge=False)
    table.title_style = "bold"
    for column in columns:
        numeric = column in ("people", "roles", "notes")
        table.add_column(column, justify="right" if numeric else "left")
    return table
