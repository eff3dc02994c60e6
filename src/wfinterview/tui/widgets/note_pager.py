"""Notes from across interviews, a page at a time: a cell can hold tens of thousands, and
only the page in view is ever built into options.

Names follow the app's setting (tui/settings.py): with pseudonyms on, every pager shows
them, and repaints the moment they are switched.

A note takes at most three lines in the list: who said it on one, its words on two, each
cut to fit with "…" (`clip`'s rule, core/framework/text.py); Enter shows the whole note
(`NoteView`, the pager's own dialog, as a Select has its own list). Everything read from
a session passes `terminal_safe`.
"""

from __future__ import annotations

from collections.abc import Iterable

from rich.console import Console, ConsoleOptions, Group, RenderResult
from rich.measure import Measurement
from rich.text import Text
from textual import getters
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from wfinterview.core.framework.content import Tag
from wfinterview.core.framework.text import ELLIPSIS, terminal_safe
from wfinterview.core.framework.wording import noun
from wfinterview.core.interview.clock import mmss
from wfinterview.core.synthesis.anonymize import Naming
from wfinterview.core.synthesis.corpus import NoteRef
from wfinterview.tui.settings import PseudonymMarker, SettingsApp

PAGE_SIZE = 50  # a screenful or two; building options is what costs
TEXT_LINES = 2  # a note's words in the list; Enter shows them all


class Clamped:
    """Text wrapped to the width it is given, in at most `lines` lines; when it needs more,
    the last line shown ends in "…"."""

    def __init__(self, text: Text, lines: int) -> None:
        self.text = text
        self.lines = lines

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        width = options.max_width
        wrapped = list(self.text.wrap(console, width))
        if len(wrapped) > self.lines:
            wrapped = wrapped[: self.lines]
            last = wrapped[-1]
            last.rstrip()
            last.truncate(max(width - 1, 0))
            last.rstrip()
            last.append(ELLIPSIS)
        yield Text("\n").join(wrapped)

    def __rich_measure__(self, console: Console, options: ConsoleOptions) -> Measurement:
        return Measurement(1, min(self.text.cell_len, options.max_width))


def who_line(ref: NoteRef, naming: Naming) -> Text:
    """Who said the note, where and when, as one line cut with "…" to fit."""
    session, note = ref.session, ref.note
    line = Text(no_wrap=True, overflow="ellipsis")
    line.append(
        terminal_safe(f"{naming.participant(session)} · {session.participant.role}"), style="bold"
    )
    line.append(
        terminal_safe(f" · {session.engagement} r{session.round} · {mmss(note['at'])}"),
        style="dim",
    )
    return line


def said_text(ref: NoteRef, tags: dict[str, Tag], naming: Naming, ascii_only: bool) -> Text:
    """The note's tags, words and marks, whole."""
    session, note = ref.session, ref.note
    line = Text()
    badges = [tags[k].badge(ascii_only) for k in note.get("tags", ()) if k in tags]
    if badges:
        line.append(" ".join(badges) + " ")
    text = terminal_safe(naming.text(session, note["text"]))
    line.append(
        f"“{text}”" if note.get("quote") else text, style="italic" if note.get("quote") else ""
    )
    if note.get("follow_up"):
        line.append(" ↩ follow-up", style="bold yellow")
    return line


def ref_option(ref: NoteRef, tags: dict[str, Tag], naming: Naming, ascii_only: bool) -> Group:
    """A note as the list shows it: who on one line, its words on at most two."""
    return Group(
        who_line(ref, naming), Clamped(said_text(ref, tags, naming, ascii_only), TEXT_LINES)
    )


class NoteList(OptionList):
    """The notes of a page; Enter reads the highlighted one in full."""

    BINDINGS = [Binding("enter", "select", "Read note", id="note_read")]


class NotePager(Vertical):
    BINDINGS = [
        Binding("ctrl+right", "page(1)", "Next page", id="pager_next"),
        Binding("ctrl+left", "page(-1)", "Prev page", id="pager_previous"),
    ]
    # One page only: the page keys are neither on the bar nor in help.
    DEFAULT_CSS = """
    NotePager { height: 1fr; }
    NotePager > #pager-title { height: 1; padding: 0 1; background: $panel; }
    NotePager > OptionList { height: 1fr; border: none; }
    NotePager > OptionList:focus { border: none; }
    """

    app = getters.app(SettingsApp)

    def __init__(
        self,
        tags: Iterable[Tag],
        *,
        name: str | None = None,
        id: str | None = None,
        classes: str | None = None,
        disabled: bool = False,
    ) -> None:
        super().__init__(name=name, id=id, classes=classes, disabled=disabled)
        self.tags = {tag.key: tag for tag in tags}
        self.refs: list[NoteRef] = []
        self.title = ""
        self.page = 0

    def compose(self) -> ComposeResult:
        yield Static(id="pager-title")
        yield NoteList(id="pager-notes")

    def on_mount(self) -> None:
        self.watch(self.app, "naming", self._names_changed, init=False)

    def _names_changed(self, _: Naming) -> None:
        if self.refs:
            self._render_page()

    def show(self, refs: Iterable[NoteRef], title: str) -> None:
        self.refs = list(refs)
        self.title = title
        self.page = 0
        self._render_page()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "page":
            return len(self.refs) > PAGE_SIZE
        return True

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        ref = self.highlighted
        if ref is not None:
            self.app.push_screen(NoteView(ref, self.tags))

    def action_page(self, delta: int) -> None:
        pages = max(1, -(-len(self.refs) // PAGE_SIZE))
        page = min(max(self.page + delta, 0), pages - 1)
        if page != self.page:
            self.page = page
            self._render_page()

    @property
    def highlighted(self) -> NoteRef | None:
        options = self.query_one(OptionList)
        if options.highlighted is None or not self.refs:
            return None
        return self.refs[self.page * PAGE_SIZE + options.highlighted]

    def _render_page(self) -> None:
        start = self.page * PAGE_SIZE
        shown = self.refs[start : start + PAGE_SIZE]
        options = self.query_one(OptionList)
        options.clear_options()
        options.add_options(
            Option(ref_option(ref, self.tags, self.app.naming, self.app.ascii_only))
            for ref in shown
        )
        if shown:
            options.highlighted = 0
        total = len(self.refs)
        notes = f"{total:,} {noun(total, 'note')}"
        where = (
            f" · {start + 1}–{start + len(shown)} of {notes} (ctrl+←/→ pages)"
            if total > PAGE_SIZE
            else f" · {notes}"
        )
        self.query_one("#pager-title", Static).update(
            Text(terminal_safe(f"{self.title}{where}"), no_wrap=True, overflow="ellipsis")
        )
        self.refresh_bindings()


class NoteView(ModalScreen[None]):
    BINDINGS = [Binding("escape,enter", "dismiss", "Close", id="note_view_close")]
    DEFAULT_CSS = """
    NoteView { align: center middle; }
    NoteView > VerticalScroll {
        width: 80; max-width: 95%; height: auto; max-height: 90%;
        border: thick $primary; background: $surface; padding: 0 1;
    }
    NoteView #note-text { margin-top: 1; }
    NoteView #hint { color: $text-muted; margin-top: 1; }
    """
    app = getters.app(SettingsApp)

    def __init__(self, ref: NoteRef, tags: dict[str, Tag]) -> None:
        super().__init__()
        self.ref = ref
        self.tags = tags

    def compose(self) -> ComposeResult:
        naming = self.app.naming
        who = who_line(self.ref, naming)
        who.no_wrap, who.overflow = False, None  # here in full, on as many lines as it takes
        yield PseudonymMarker()
        with VerticalScroll():
            yield Static(who, id="note-who")
            yield Static(
                said_text(self.ref, self.tags, naming, self.app.ascii_only), id="note-text"
            )
            yield Static(Text("Esc or Enter closes"), id="hint")
