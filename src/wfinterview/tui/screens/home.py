"""Home: open interviews first, then recent ones; start a new interview from here."""

from __future__ import annotations

from rich.text import Text
from textual import work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.message import Message
from textual.screen import Screen
from textual.widgets import Button, Footer, OptionList, Static
from textual.widgets.option_list import Option

from wfinterview.core.framework.models import now
from wfinterview.core.framework.wording import plural
from wfinterview.core.interview.clock import mmss, time_since
from wfinterview.core.interview.recap import recap_sent
from wfinterview.core.storage.store import LoadResult, SessionStore
from wfinterview.core.synthesis.digest import SessionDigest

RECENT_LIMIT = 200


def recap_due(session: SessionDigest) -> bool:
    return session.finished and not recap_sent(session.recap)


def home_order(sessions: list[SessionDigest]) -> list[SessionDigest]:
    """Open interviews first, then recaps still to send (oldest call first), then the rest."""
    open_ = [s for s in sessions if not s.finished]
    due = sorted((s for s in sessions if recap_due(s)), key=lambda s: s.ended_at or s.started_at)
    done = [s for s in sessions if s.finished and not recap_due(s)]
    return open_ + due + done


def session_line(session: SessionDigest) -> Text:
    line = Text()
    if not session.finished:
        line.append("● open      ", style="bold green")
    elif recap_due(session):
        line.append("✉ recap due ", style="bold yellow")
    else:
        line.append("  done      ", style="dim")
    line.append(f"  {session.started_at:%Y-%m-%d %H:%M}  ", style="dim")
    line.append(session.participant.name or "(no name)", style="bold")
    line.append(f" · {session.participant.role}")
    if session.engagement:
        line.append(f" · {session.engagement}")
    count = len(session.notes)
    line.append(f"  {mmss(session.elapsed_seconds)} · {plural(count, 'note')}", style="dim")
    if recap_due(session) and session.ended_at:
        line.append(f" · call ended {time_since(session.ended_at, now())}", style="yellow")
    return line


def cadence_lines(sessions: list[SessionDigest]) -> Text:
    """Each engagement's last round and when the next one is due (6–12 months after)."""
    from wfinterview.core.synthesis.cadence import cadences

    today = now().date()
    text = Text()
    for c in cadences(sessions):
        state = c.state(today)
        text.append(
            f"{c.engagement or '(no engagement)'}: round {c.last_round}, last interview "
            f"{c.last_interview:%d %b %Y}; "
            f"next round {state} ({c.due_from:%b %Y} – {c.due_by:%b %Y})\n",
            style="bold yellow" if state != "not yet due" else "",
        )
    text.rstrip()
    return text


class HomeScreen(Screen[None]):
    BINDINGS = [
        Binding("ctrl+n", "new_interview", "New interview", id="home_new"),
        Binding("ctrl+r", "review", "Review & recap", id="home_review"),
        Binding("ctrl+s", "synthesis", "Synthesis", id="home_synthesis"),
        Binding("f6", "actions", "Actions", id="home_actions"),
        Binding("f5", "reload", "Reload", id="home_reload"),
    ]
    DEFAULT_CSS = """
    HomeScreen > Vertical { padding: 1 2; }
    HomeScreen #title { text-style: bold; color: $accent; }
    HomeScreen #where { color: $text-muted; margin-bottom: 1; }
    HomeScreen #actions { height: auto; margin-bottom: 1; }
    HomeScreen #actions Button { margin-right: 2; }
    HomeScreen #problems { color: $warning; height: auto; }
    HomeScreen #cadence { color: $text-muted; height: auto; margin-bottom: 1; }
    HomeScreen OptionList { height: 1fr; }
    """

    class OpenRequested(Message):
        def __init__(self, session_id: str) -> None:
            super().__init__()
            self.session_id = session_id

    class ReviewRequested(Message):
        def __init__(self, session_id: str) -> None:
            super().__init__()
            self.session_id = session_id

    class NewRequested(Message):
        pass

    class SynthesisRequested(Message):
        pass

    class ActionsRequested(Message):
        def __init__(self, engagement: str) -> None:
            super().__init__()
            self.engagement = engagement

    def __init__(self, store: SessionStore) -> None:
        super().__init__()
        self.store = store
        self._sessions: dict[str, SessionDigest] = {}

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Static("wfinterview · Marketing Workflow Interviews", id="title")
            yield Static(Text(f"Sessions in {self.store.dir}"), id="where")
            with Horizontal(id="actions"):
                yield Button("New interview (ctrl+n)", id="new", variant="primary")
                yield Button("Synthesis (ctrl+s)", id="synthesis")
            yield Static("", id="cadence")
            yield Static("", id="problems")
            yield OptionList(id="sessions")
        yield Footer()

    def on_screen_resume(self) -> None:
        # Also sent when the screen is first shown: one load, and a fresh one on return.
        self.action_reload()

    def action_reload(self) -> None:
        self._load_sessions()

    @work(thread=True, exclusive=True, exit_on_error=False, group="home-load")
    def _load_sessions(self) -> LoadResult[SessionDigest]:
        # Many sessions take a moment to read; the screen stays responsive meanwhile.
        # The digest skips each session's agenda: home shows who, when and how many notes.
        result = self.store.load_all(SessionDigest)
        self.app.call_from_thread(self._show_sessions, result)
        return result

    def _show_sessions(self, result: LoadResult[SessionDigest]) -> None:
        ordered = home_order(result.sessions)
        self._sessions = {s.id: s for s in ordered}
        options = self.query_one("#sessions", OptionList)
        options.clear_options()
        if not ordered:
            options.add_option(
                Option(
                    Text("No sessions yet: ctrl+n starts your first interview.", style="dim"),
                    disabled=True,
                )
            )
        options.add_options(Option(session_line(s), id=s.id) for s in ordered[:RECENT_LIMIT])
        due = sum(1 for s in ordered if recap_due(s))
        where = f"Sessions in {self.store.dir}"
        if due:
            where += f" · {plural(due, 'recap')} to send"
        self.query_one("#where", Static).update(Text(where))
        self.query_one("#cadence", Static).update(cadence_lines(result.sessions))
        problems = "\n".join(f"Skipped {p}" for p in result.problems)
        self.query_one("#problems", Static).update(Text(problems))
        if ordered:
            options.highlighted = 0
        options.focus()

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        session = self._sessions.get(event.option.id or "")
        if session is None:
            return
        if session.finished:
            self.post_message(self.ReviewRequested(session.id))
        else:
            self.post_message(self.OpenRequested(session.id))

    def action_review(self) -> None:
        option = self.query_one("#sessions", OptionList).highlighted_option
        if option is not None and option.id:
            self.post_message(self.ReviewRequested(option.id))

    def on_button_pressed(self, event: Button.Pressed) -> None:
        if event.button.id == "new":
            self.action_new_interview()
        elif event.button.id == "synthesis":
            self.action_synthesis()

    def action_actions(self) -> None:
        option = self.query_one("#sessions", OptionList).highlighted_option
        session = self._sessions.get(option.id or "") if option is not None else None
        if session is None:
            self.notify("Highlight a session: its engagement's actions open.", timeout=3)
            return
        self.post_message(self.ActionsRequested(session.engagement))

    def action_synthesis(self) -> None:
        self.post_message(self.SynthesisRequested())

    def action_new_interview(self) -> None:
        self.post_message(self.NewRequested())
