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

from wfinterview.core.clock import mmss
from wfinterview.core.models import Session
from wfinterview.core.store import LoadResult, SessionStore

RECENT_LIMIT = 200


def session_line(session: Session) -> Text:
    state = "● open " if not session.finished else "  ended"
    line = Text()
    line.append(state, style="bold green" if not session.finished else "dim")
    line.append(f"  {session.started_at:%Y-%m-%d %H:%M}  ", style="dim")
    line.append(session.participant.name or "(no name)", style="bold")
    line.append(f" · {session.participant.role}")
    if session.engagement:
        line.append(f" · {session.engagement}")
    count = len(session.notes)
    line.append(f"  {mmss(session.elapsed_seconds)} · {count} note{'' if count == 1 else 's'}", style="dim")
    return line


class HomeScreen(Screen[None]):
    BINDINGS = [
        Binding("ctrl+n", "new_interview", "New interview", id="home_new"),
        Binding("f5", "reload", "Reload", id="home_reload"),
    ]
    DEFAULT_CSS = """
    HomeScreen > Vertical { padding: 1 2; }
    HomeScreen #title { text-style: bold; color: $accent; }
    HomeScreen #where { color: $text-muted; margin-bottom: 1; }
    HomeScreen #actions { height: auto; margin-bottom: 1; }
    HomeScreen #actions Button { margin-right: 2; }
    HomeScreen #problems { color: $warning; height: auto; }
    HomeScreen OptionList { height: 1fr; }
    """

    class OpenRequested(Message):
        def __init__(self, session_id: str) -> None:
            super().__init__()
            self.session_id = session_id

    class NewRequested(Message):
        pass

    def __init__(self, store: SessionStore) -> None:
        super().__init__()
        self.store = store

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Static("wfinterview · Marketing Workflow Interviews", id="title")
            yield Static(Text(f"Sessions in {self.store.dir}"), id="where")
            with Horizontal(id="actions"):
                yield Button("New interview (ctrl+n)", id="new", variant="primary")
            yield Static("", id="problems")
            yield OptionList(id="sessions")
        yield Footer()

    def on_screen_resume(self) -> None:
        # Also sent when the screen is first shown: one load, and a fresh one on return.
        self.action_reload()

    def action_reload(self) -> None:
        self._load_sessions()

    @work(thread=True, exclusive=True, exit_on_error=False, group="home-load")
    def _load_sessions(self) -> LoadResult:
        # Many sessions take a moment to read; the screen stays responsive meanwhile.
        result = self.store.load_all()
        self.app.call_from_thread(self._show_sessions, result)
        return result

    def _show_sessions(self, result: LoadResult) -> None:
        ordered = [s for s in result.sessions if not s.finished] + [s for s in result.sessions if s.finished]
        options = self.query_one("#sessions", OptionList)
        options.clear_options()
        if not ordered:
            options.add_option(Option(Text("No sessions yet: ctrl+n starts your first interview.", style="dim"), disabled=True))
        options.add_options(Option(session_line(s), id=s.id) for s in ordered[:RECENT_LIMIT])
        problems = "\n".join(f"Skipped {p}" for p in result.problems)
        self.query_one("#problems", Static).update(Text(problems))
        if ordered:
            options.highlighted = 0
        options.focus()

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        if event.option.id:
            self.post_message(self.OpenRequested(event.option.id))

    def on_button_pressed(self, event: Button.Pressed) -> None:
        if event.button.id == "new":
            self.action_new_interview()

    def action_new_interview(self) -> None:
        self.post_message(self.NewRequested())
