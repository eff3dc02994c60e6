"""The command palette (ctrl+p): every key of the screen in front, found by a word of its name,
and what the app can do from anywhere.

Built from the screen's bindings, so a screen offers its actions here by declaring its
keys, and needs nothing else. Keys of parts of the screen not in focus (another tab's
list, say) are offered too, run where they belong.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from functools import partial
from typing import Any

from textual.binding import Binding
from textual.command import DiscoveryHit, Hit, Hits, Provider
from textual.dom import DOMNode
from textual.screen import Screen

from wfinterview.core.framework.content import Tag
from wfinterview.core.setup.keymap import REBINDABLE
from wfinterview.tui.keys import in_help, key_label, universal
from wfinterview.tui.navigation import OpenSynthesis


@dataclass(frozen=True)
class PaletteCommand:
    name: str
    help: str
    run: Callable[[], object]


def _binding_name(binding: Binding, tags: dict[str, Tag]) -> str:
    """The short name the key bar shows, and the framework's description where there is one
    ("Undo: bring back the last deleted note"), so a word of either finds it."""
    if binding.id and binding.id.startswith("tag_") and (tag := tags.get(binding.id[4:])):
        return f"Toggle {tag.emoji} {tag.label} on the note"
    known = REBINDABLE.get(binding.id or "")
    if known is None:
        return binding.description
    if binding.description.lower() in known.description.lower():
        return known.description[:1].upper() + known.description[1:]
    return f"{binding.description}: {known.description}"


def _offered(binding: Binding) -> bool:
    # Help and quit are offered by the app (below) and by Textual; the palette by itself.
    return in_help(binding) and not universal(binding)


def screen_commands(screen: Screen[Any], tags: Iterable[Tag] = ()) -> Iterator[PaletteCommand]:
    """The screen's keys as commands: those that act now first, then the rest of the screen's."""
    app = screen.app
    by_tag = {tag.key: tag for tag in tags}
    seen: set[tuple[int, str]] = set()
    names: set[str] = set()

    def command(node: DOMNode, binding: Binding, key: str) -> PaletteCommand | None:
        identity = (id(node), binding.action)
        name = _binding_name(binding, by_tag)
        if identity in seen or not name or name in names:
            return None
        seen.add(identity)
        names.add(name)
        return PaletteCommand(
            name, f"key: {key_label(key)}", partial(app.run_action, binding.action, node)
        )

    for key, active in screen.active_bindings.items():
        if _offered(active.binding) and (found := command(active.node, active.binding, key)):
            yield found
    for node in screen.walk_children(with_self=False):
        for key, binding in node._bindings:
            if _offered(binding) and app._check_action_state(binding.action, node) is not False:
                if found := command(node, binding, key):
                    yield found


class ScreenKeysProvider(Provider):
    """Every key of the screen in front, plus the app's own commands."""

    def _commands(self) -> list[PaletteCommand]:
        commands = list(screen_commands(self.screen, getattr(self.app, "tags", ())))
        app_commands: Callable[[Screen[Any]], Iterator[PaletteCommand]] | None = getattr(
            self.app, "palette_commands", None
        )
        if app_commands is not None:
            commands += app_commands(self.screen)
        return commands

    async def discover(self) -> Hits:
        for command in self._commands():
            yield DiscoveryHit(command.name, command.run, help=command.help)

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for command in self._commands():
            if (score := matcher.match(command.name)) > 0:
                yield Hit(
                    score, matcher.highlight(command.name), command.run, command.name, command.help
                )


# -- what the app does from anywhere ------------------------------------------------------


def _engagement_in_view(screen: Screen[Any]) -> str | None:
    """The engagement the screen is about: its plan's, or the one synthesis filters on."""
    plan = getattr(screen, "plan", None)
    if plan is not None:
        return str(plan.engagement)
    filters = getattr(screen, "filters", None)
    engagement = getattr(filters, "engagement", None)
    return engagement if isinstance(engagement, str) else None


def _several_engagements(screen: Screen[Any]) -> bool:
    """Whether the sessions may cover several engagements: as the screen's corpus says, or,
    on a screen without one, to be safe."""
    corpus = getattr(screen, "corpus", None)
    return corpus is None or len(corpus.engagements()) > 1


def _command_line(app: Any, screen: Screen[Any], words: str, report: bool = False) -> str:
    """The command to run in a terminal, with this app's data folder and the engagement in
    front (if the screen is about one). A report is for one client: with no engagement in
    view and several in the data, it is the consultant's own, each engagement on its own."""
    import shlex

    from wfinterview.core.storage.paths import Paths

    line = f"wfinterview {words}"
    engagement = _engagement_in_view(screen)
    if engagement is not None:
        line += f" --engagement {shlex.quote(engagement)}"
    elif report and _several_engagements(screen):
        line += " --all-engagements"
    data_dir = app.workspace.paths.data_dir
    if data_dir != Paths.resolve().data_dir:
        line += f" --data-dir {shlex.quote(str(data_dir))}"
    return line


# The synthesis filters, by widget id: what each filters on.
FILTERS = {
    "engagement": "engagement",
    "round": "round",
    "role": "role",
    "tag": "tag",
    "participant": "participant (by name)",
    "text": "search the notes' words",
}


def filter_commands(screen: Screen[Any]) -> Iterator[PaletteCommand]:
    """On a screen with filters (synthesis), one command per filter: it moves there, and a
    list of choices opens."""
    from textual.widgets import Select

    from wfinterview.tui.widgets.filter_bar import FilterBar

    bars = list(screen.query(FilterBar))
    if not bars:
        return

    def go(widget: Any) -> None:
        widget.focus()
        if isinstance(widget, Select):
            widget.action_show_overlay()

    for widget_id, what in FILTERS.items():
        for widget in bars[0].query(f"#{widget_id}"):
            yield PaletteCommand(f"Filter by {what}", "moves to the filter", partial(go, widget))


def _show_command(app: Any, line: str, what: str) -> None:
    app.copy_to_clipboard(line)
    app.notify(f"{what}: run  {line}  (copied to the clipboard)", timeout=12, markup=False)


def app_commands(app: Any, screen: Screen[Any]) -> Iterator[PaletteCommand]:
    """Synthesis, help, and the report and exports (as the command line that writes them:
    a file is the user's to name and place)."""
    from wfinterview.tui.screens.session_screen import SessionScreen

    yield PaletteCommand(
        "Help: every key on this screen", f"key: {app.key_label_for('help')}", app.action_help
    )
    if not isinstance(screen, SessionScreen) and type(screen).__name__ != "SynthesisScreen":
        yield PaletteCommand(
            "Synthesis: patterns across interviews",
            "matrix, themes, rounds",
            partial(app.post_message, OpenSynthesis()),
        )
    report = _command_line(app, screen, "report --out report.md", report=True)
    yield PaletteCommand(
        "Report…: the synthesis report as Markdown",
        "shows the command that writes it",
        partial(_show_command, app, report, "The report"),
    )
    html = _command_line(app, screen, "report --format html --out report.html", report=True)
    yield PaletteCommand(
        "Report… as HTML: one page to open in a browser or print to PDF",
        "shows the command that writes it",
        partial(_show_command, app, html, "The HTML report"),
    )
    yield from filter_commands(screen)
    for fmt, label, file in (
        ("md", "Markdown (Notion)", "sessions.md"),
        ("csv", "CSV (Airtable)", "sessions.csv"),
        ("miro", "Miro stickies", "stickies.csv"),
        ("json", "JSON", "sessions.json"),
    ):
        line = _command_line(app, screen, f"export --format {fmt} --out {file}")
        yield PaletteCommand(
            f"Export… sessions as {label}",
            "shows the command that writes it",
            partial(_show_command, app, line, "The export"),
        )
