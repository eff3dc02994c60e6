"""The synthesis screen's keys, in the key bar's order, and which tab each belongs to.

The Themes tab's own work first (shown on that tab only), then the Findings tab's, then
what every tab with notes offers, then the way back. Moving between tabs is in help only:
the tabs are on view, and their keys are the same on every screen with tabs.
"""

from __future__ import annotations

from textual.binding import Binding, BindingType

TABS = ("tab-matrix", "tab-themes", "tab-patterns", "tab-voices", "tab-rounds", "tab-findings")
# The tab each key acts on (the key is neither on the bar nor run on another tab).
THEME_ACTIONS = {"new_theme", "rename_theme", "merge_theme", "move_note", "undo_theme"}
FINDINGS_ACTIONS = {"section", "page_findings"}
# An action from a note: on the tabs that list notes.
NOTE_TABS = {"tab-matrix", "tab-themes", "tab-voices"}

SYNTHESIS_KEYS: list[BindingType] = [
    Binding("ctrl+n", "new_theme", "New theme", id="theme_new"),
    Binding("f2", "rename_theme", "Rename", id="theme_rename"),
    Binding("f3", "merge_theme", "Merge into…", id="theme_merge"),
    Binding("f4", "move_note", "Move note", id="theme_move"),
    Binding("ctrl+z", "undo_theme", "Undo theme edit", id="theme_undo"),
    Binding("ctrl+down", "section(1)", "Next section", id="findings_next_section"),
    Binding("ctrl+up", "section(-1)", "Previous section", id="findings_previous_section"),
    # The Findings tab pages with PgDn/PgUp as soon as it is shown, focus or not.
    Binding(
        "pagedown",
        "page_findings(1)",
        "Page down",
        id="findings_page_down",
        show=False,
        tooltip="scroll the findings a page down",
    ),
    Binding(
        "pageup",
        "page_findings(-1)",
        "Page up",
        id="findings_page_up",
        show=False,
        tooltip="scroll the findings a page up",
    ),
    Binding("f6", "action_from", "Action from note", id="action_from"),
    Binding("f7", "open_actions", "Actions", id="open_actions"),
    Binding("f8", "toggle_pseudonyms", "Pseudonyms", id="synthesis_pseudonyms"),
    # Before the focused table, which would page sideways with them.
    Binding(
        "ctrl+pagedown",
        "tab(1)",
        "Next tab",
        id="synthesis_next_tab",
        priority=True,
        show=False,
        tooltip="the next tab",
    ),
    Binding(
        "ctrl+pageup",
        "tab(-1)",
        "Previous tab",
        id="synthesis_previous_tab",
        priority=True,
        show=False,
        tooltip="the previous tab",
    ),
    Binding("escape", "back", "Back", id="synthesis_back"),
]
