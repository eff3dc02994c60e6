"""Home: open interviews first, then recent ones; start a new interview from here.

Cells cut to fit end in "…"; the line under the table shows the highlighted session whole.
A session's state is said in the words `wfinterview list` uses (core/workspace/session_state.py).
"""

from __future__ import annotations

from dataclasses import dataclass

from rich.text import Text
from textual import work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import Screen
from textual.widgets import DataTable, Static

from wfinterview.core.framework.content import Tag
from wfinterview.core.framework.models import now
from wfinterview.core.framework.text import terminal_safe
from wfinterview.core.framework.wording import plural
from wfinterview.core.interview.clock import time_since
from wfinterview.core.storage.store import LoadResult
from wfinterview.core.workspace.listing import SessionSummary
from wfinterview.core.workspace.session_state import (
    SessionState,
    is_mine,
    recap_due,
    session_state,
)
from wfinterview.core.workspace.workspace import Workspace
from wfinterview.tui.navigation import (
    OpenActions,
    OpenCockpit,
    OpenNewInterview,
    OpenReview,
    OpenSynthesis,
)
from wfinterview.tui.widgets.editable_table import FittedTable
from wfinterview.tui.widgets.key_bar import KeyBar

# A table row each: thousands scroll fine; past this, the most urgent and recent are shown.
RECENT_LIMIT = 2000
NO_SESSIONS = "__none__"


def home_order(sessions: list[SessionSummary], me: str) -> list[SessionSummary]:
    """Open interviews first, then recaps still to send (oldest call first), then the rest."""
    open_ = [s for s in sessions if not s.finished]
    due = sorted(
        (s for s in sessions if recap_due(s, me)), key=lambda s: s.ended_at or s.started_at
    )
    done = [s for s in sessions if s.finished and not recap_due(s, me)]
    return open_ + due + done


@dataclass(frozen=True)
class HomeColumn:
    key: str
    label: str
    width: int


def home_columns(width: int) -> list[HomeColumn]:
    """Columns that fit `width` cells (cell padding included): the names share what is left
    after the fixed columns, so 80 columns show every column, and wider screens longer names."""
    with_time = width >= 110
    fixed = [
        HomeColumn("state", "state", 11),
        HomeColumn("date", "date", 16 if with_time else 10),
        HomeColumn("notes", "notes", 5),
        HomeColumn("tags", "tags", 6),
    ]
    named = ("participant", "role", "engagement")
    padding = 2 * (len(fixed) + len(named))
    room = max(width - padding - sum(c.width for c in fixed), 3 * 8)
    participant = max(len("participant"), room * 34 // 100)
    role = (room - participant) // 2
    shares = [participant, role, room - participant - role]
    state, date, notes, tags = fixed
    return [
        state,
        HomeColumn("participant", "participant", shares[0]),
        HomeColumn("role", "role", shares[1]),
        HomeColumn("engagement", "engagement", shares[2]),
        date,
        notes,
        tags,
    ]


def _cell(text: str, style: str = "") -> Text:
    """A table cell; the table cuts it to its column with "…" (text from a file made safe)."""
    return Text(terminal_safe(text), style=style, no_wrap=True, overflow="ellipsis")


_STATE_STYLES = {
    SessionState.OPEN: "bold green",
    SessionState.RECAP_DUE: "bold yellow",
    SessionState.THEIRS: "dim",
    SessionState.SENT: "dim",
}


def state_cell(session: SessionSummary, me: str) -> Text:
    state = session_state(session, me)
    return _cell(state.label(), _STATE_STYLES[state])


def detail_line(session: SessionSummary, me: str) -> Text:
    """The highlighted session whole: what its row had to cut, and where it stands."""
    parts = [
        session.participant or "(no name)",
        session.role,
        session.engagement or "no engagement",
        f"round {session.round}",
        f"{session.started_at:%a %d %b %Y %H:%M}",
        session_state(session, me).label(),
    ]
    return Text(terminal_safe(" · ".join(part for part in parts if part)))


def session_row(
    session: SessionSummary, tags: dict[str, Tag], ascii_only: bool, with_time: bool, me: str
) -> list[Text]:
    if ascii_only:
        tagged = str(session.tagged_notes)
    else:
        # The three most used of the tags configured now, ties in the order first typed.
        counts = [(key, n) for key, n in session.tag_counts.items() if key in tags]
        top = sorted(counts, key=lambda kn: -kn[1])[:3]
        tagged = "".join(tags[key].emoji for key, _ in top)
    when = f"{session.started_at:%Y-%m-%d %H:%M}" if with_time else f"{session.started_at:%Y-%m-%d}"
    return [
        state_cell(session, me),
        _cell(session.participant or "(no name)", "bold"),
        _cell(session.role),
        _cell(session.engagement or "–", "" if session.engagement else "dim"),
        _cell(when, "dim"),
        Text(str(session.notes), justify="right"),
        _cell(tagged),
    ]


def cadence_lines(sessions: list[SessionSummary]) -> Text:
    """Each engagement's last round and when the next one is due (6–12 months after)."""
    from wfinterview.core.synthesis.cadence import cadences

    today = now().date()
    text = Text()
    for c in cadences(sessions):
        state = c.state(today)
        window = (
            f"{c.due_from:%b}–{c.due_by:%b %Y}"
            if c.due_from.year == c.due_by.year
            else f"{c.due_from:%b %Y}–{c.due_by:%b %Y}"
        )
        text.append(
            f"{terminal_safe(c.engagement) or '(no engagement)'}: round {c.last_round}, "
            f"{c.last_interview:%d %b %Y} · round {c.last_round + 1} {state} ({window})\n",
            style="bold yellow" if state != "not yet due" else "",
        )
    text.rstrip()
    return text


class SessionTable(FittedTable):
    BINDINGS = [
        Binding(
            "enter",
            "select_cursor",
            "Open",
            show=False,  # the bar has no room at 80 columns; help lists it
            tooltip="open the highlighted session: the cockpit if it is still open, else its "
            "review and recap",
        )
    ]


class HomeScreen(Screen[None]):
    BINDINGS = [
        Binding("ctrl+n", "new_interview", "New interview", id="home_new"),
        Binding(
            "ctrl+r",
            "review",
            "Review",
            id="home_review",
            tooltip="review the highlighted session's notes and its recap",
        ),
        Binding("ctrl+s", "synthesis", "Synthesis", id="home_synthesis"),
        Binding("f6", "actions", "Actions", id="home_actions"),
        Binding(
            "f4",
            "toggle_mine",
            "Mine/all",
            id="home_mine",
            tooltip="only the interviews you recorded, or everyone's (a team's shared folder)",
        ),
        # Home reloads on every return; the key is for a folder changed behind its back.
        Binding(
            "f5",
            "reload",
            "Reload",
            id="home_reload",
            show=False,
            tooltip="read the sessions again",
        ),
    ]
    DEFAULT_CSS = """
    HomeScreen > Vertical { padding: 0 1; }
    HomeScreen #title { text-style: bold; color: $accent; }
    HomeScreen #where { color: $text-muted; margin-bottom: 1; }
    HomeScreen #problems { color: $warning; height: auto; }
    HomeScreen #problems.-empty { display: none; }
    HomeScreen #cadence { color: $text-muted; height: auto; margin-bottom: 1; }
    HomeScreen #sessions { height: 1fr; }
    HomeScreen #detail { color: $text-muted; height: auto; max-height: 3; }
    """

    def __init__(self, workspace: Workspace) -> None:
        super().__init__()
        self.workspace = workspace
        self._sessions: dict[str, SessionSummary] = {}
        self._ordered: list[SessionSummary] = []
        self._everyone: LoadResult[SessionSummary] | None = None
        self.only_mine = False
        self._width = 0

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Static("wfinterview · Marketing Workflow Interviews", id="title")
            yield Static(Text(f"Sessions in {self.workspace.store.dir}"), id="where")
            yield Static("", id="cadence")
            yield Static("", id="problems")
            yield SessionTable(id="sessions", cursor_type="row", zebra_stripes=True)
            yield Static("", id="detail")
        yield KeyBar()

    def on_screen_resume(self) -> None:
        # Also sent when the screen is first shown: one load, and a fresh one on return.
        # The notices of the screen left behind (the review's "ctrl+r opens the recap")
        # are about it, not about home: they go with it.
        self.app.clear_notifications()
        self.action_reload()

    def on_data_table_row_highlighted(self, event: DataTable.RowHighlighted) -> None:
        session = self._sessions.get(str(event.row_key.value))
        detail = detail_line(session, self.workspace.paths.writer) if session else Text("")
        self.query_one("#detail", Static).update(detail)

    def action_reload(self) -> None:
        self._load_sessions()

    @work(thread=True, exclusive=True, exit_on_error=False, group="home-load")
    def _load_sessions(self) -> LoadResult[SessionSummary]:
        # Many sessions take a moment to read; the screen stays responsive meanwhile. The
        # local index (core/workspace/index/) gives an unchanged file's row without
        # validating it again; a changed or unreadable file is read and checked as ever.
        result = self.workspace.list_sessions()
        for notice in self.workspace.index_notices():  # a damaged index, rebuilt: said once
            self.app.call_from_thread(
                self.notify, terminal_safe(notice), severity="warning", markup=False
            )
        self.app.call_from_thread(self._show_sessions, result)
        return result

    def action_toggle_mine(self) -> None:
        self.only_mine = not self.only_mine
        if self._everyone is not None:
            self._show_sessions(self._everyone)

    def _mine(self, sessions: list[SessionSummary]) -> list[SessionSummary]:
        return [s for s in sessions if is_mine(s, self.workspace.paths.writer)]

    def _show_sessions(self, result: LoadResult[SessionSummary]) -> None:
        self._everyone = result
        shown = self._mine(result.sessions) if self.only_mine else result.sessions
        me = self.workspace.paths.writer
        ordered = home_order(shown, me)
        self._ordered = ordered
        self._sessions = {s.id: s for s in ordered}
        self._fill_table()
        due = [s for s in ordered if recap_due(s, me)]
        where = f"Sessions in {self.workspace.store.dir}"
        if due:
            # The table lists them oldest first; how long the oldest has waited says how late.
            where += f" · {plural(len(due), 'recap')} to send"
            if (ended := due[0].ended_at) is not None:
                where += f" (the oldest call ended {time_since(ended, now())})"
        if len(ordered) > RECENT_LIMIT:
            where += f" · the {RECENT_LIMIT:,} most recent of {len(ordered):,} shown"
        if not result.sessions:
            where += " · none yet: ctrl+n starts your first interview"
        if self.only_mine:
            where += f" · only yours, {len(ordered)} of {len(result.sessions)} (F4: everyone's)"
        self.query_one("#where", Static).update(Text(where))
        self.query_one("#cadence", Static).update(cadence_lines(result.sessions))
        problems = terminal_safe("\n".join(f"Skipped {p}" for p in result.problems))
        self.query_one("#problems", Static).update(Text(problems))
        self.query_one("#problems", Static).set_class(not problems, "-empty")
        self.query_one("#sessions", DataTable).focus()

    def on_resize(self) -> None:
        if self._ordered and self.size.width != self._width:
            self._fill_table()

    def _fill_table(self) -> None:
        table = self.query_one("#sessions", DataTable)
        keep = self.highlighted_id
        self._width = self.size.width
        # The table's own width: the screen's, less the padding and the scrollbar.
        columns = home_columns(max(self._width - 2 - 2, 40))
        table.clear(columns=True)
        for column in columns:
            table.add_column(column.label, key=column.key, width=column.width)
        tags = {tag.key: tag for tag in getattr(self.app, "tags", ())}
        ascii_only = bool(getattr(self.app, "ascii_only", False))
        with_time = columns[4].width > 10
        if not self._ordered:
            # Short enough for the participant column at 80 columns; the line above the
            # table says what to do (ctrl+n, or F4 for everyone's).
            empty = "none of yours" if self.only_mine else "none yet"
            table.add_row(_cell("—", "dim"), _cell(empty, "dim"), key=NO_SESSIONS)
            return
        for session in self._ordered[:RECENT_LIMIT]:
            row = session_row(session, tags, ascii_only, with_time, self.workspace.paths.writer)
            table.add_row(*row, key=session.id)
        ids = [s.id for s in self._ordered[:RECENT_LIMIT]]
        if keep in ids:
            table.move_cursor(row=ids.index(keep), animate=False)

    @property
    def highlighted_id(self) -> str | None:
        table = self.query_one("#sessions", DataTable)
        if not table.row_count:
            return None
        key = table.coordinate_to_cell_key(table.cursor_coordinate).row_key.value
        return key if key in self._sessions else None

    @property
    def highlighted(self) -> SessionSummary | None:
        return self._sessions.get(self.highlighted_id or "")

    def on_data_table_row_selected(self, event: DataTable.RowSelected) -> None:
        session = self._sessions.get(str(event.row_key.value))
        if session is None:
            return
        if session.finished:
            self.post_message(OpenReview(session.id))
        else:
            self.post_message(OpenCockpit(session.id))

    def action_review(self) -> None:
        if (session := self.highlighted) is not None:
            self.post_message(OpenReview(session.id))

    def action_actions(self) -> None:
        session = self.highlighted
        if session is None:
            self.notify("Highlight a session: its engagement's actions open.", timeout=3)
            return
        self.post_message(OpenActions(session.engagement))

    def action_synthesis(self) -> None:
        self.post_message(OpenSynthesis())

    def action_new_interview(self) -> None:
        self.post_message(OpenNewInterview())
