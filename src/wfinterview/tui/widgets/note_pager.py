"""Notes from across interviews, a page at a time: a cell can hold tens of thousands, and
only the page in view is ever built into options.

Names follow the app's setting (tui/settings.py): with pseudonyms on, every pager shows
them, and repaints the moment they are switched.
"""

from __future__ import annotations

from collections.abc import Iterable

from rich.text import Text
from textual import getters
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from wfinterview.core.framework.content import Tag
from wfinterview.core.framework.text import terminal_safe
from wfinterview.core.framework.wording import noun
from wfinterview.core.interview.clock import mmss
from wfinterview.core.synthesis.anonymize import Naming
from wfinterview.core.synthesis.corpus import NoteRef
from wfinterview.tui.settings import SettingsApp

PAGE_SIZE = 50  # a screenful or two; building options is what costs


def ref_line(ref: NoteRef, tags: dict[str, Tag], naming: Naming, ascii_only: bool) -> Text:
    session, note = ref.session, ref.note
    line = Text()
    line.append(f"{naming.participant(session)} · {session.participant.role}", style="bold")
    line.append(f" · {session.engagement} r{session.round} · {mmss(note['at'])} ", style="dim")
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


class NotePager(Vertical):
    BINDINGS = [
        Binding("ctrl+right", "page(1)", "Next page", id="pager_next"),
        Binding("ctrl+left", "page(-1)", "Prev page", id="pager_previous"),
    ]
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
        yield OptionList(id="pager-notes")

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
            Option(ref_line(ref, self.tags, self.app.naming, self.app.ascii_only)) for ref in shown
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
        self.query_one("#pager-title", Static).update(Text(f"{self.title}{where}"))
