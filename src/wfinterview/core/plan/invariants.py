"""What is true of every plan, whatever order concurrent edits met in.

A plan is the replay of several writers' edits (core/plan/merging.py), and each edit was
made against the plan its writer saw, not the one it is replayed on. These invariants
hold after any replay, in any interleaving, and the three-laptop test
(tests/core/test_team_three_machines.py) checks them after every step:

1. Themes: no two share an id or a name (names compared as people read them).
2. Every theme a tag maps to, and every theme a note is placed in, is on the board, and a
   note is placed in each theme at most once.
3. A note is in at most one theme of the engagement unless a person put it in more (by
   tags of different themes, or by hand): moving a note never copies it, even when the
   theme it left was merged away meanwhile (`notes_in_several_themes`).
4. An action's theme is on the board, or the action says it has none (`theme_id` is
   None: its theme was deleted, and the action stays, with its evidence).
5. No two actions share an id; no two stages or matrices share a name.

Edits keep them by checking before they change anything; a plan taken in from an older
file (any teammate's, any content) is made to keep them by `repair`.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping

from wfinterview.core.plan.engagement_file import EngagementFile


def plan_problems(file: EngagementFile) -> list[str]:
    """Every way `file` breaks invariants 1, 2, 4 and 5, one line each; [] if none."""
    board = file.themes
    ids = {t.id for t in board.themes}
    problems = [f"two themes have the id '{i}'" for i, n in _twice(t.id for t in board.themes)]
    problems += [
        f"two themes are called '{name}'"
        for name, _ in _twice(t.name.casefold() for t in board.themes)
    ]
    problems += [
        f"tag '{tag}' maps to theme '{theme}', which is not on the board"
        for tag, theme in board.tag_themes.items()
        if theme not in ids
    ]
    for note, placed in board.placements.items():
        problems += [
            f"note {note} is placed in theme '{t}', which is not on the board"
            for t in placed
            if t not in ids
        ]
        problems += [f"note {note} is placed in theme '{t}' twice" for t, _ in _twice(placed)]
    problems += [
        f"action '{a.id}' names theme '{a.theme_id}', which is not on the board"
        for a in file.actions
        if a.theme_id is not None and a.theme_id not in ids
    ]
    problems += [f"two actions have the id '{i}'" for i, _ in _twice(a.id for a in file.actions)]
    problems += [
        f"two approval stages are called '{name}'"
        for name, _ in _twice(s.name.casefold() for s in file.approval_stages)
    ]
    problems += [
        f"two RACI matrices are called '{name}'"
        for name, _ in _twice(m.name.casefold() for m in file.raci)
    ]
    return problems


def notes_in_several_themes(file: EngagementFile, notes: Mapping[str, Iterable[str]]) -> list[str]:
    """Invariant 3 for notes no person put in several themes: `notes` maps each note key to
    its tags, all of them tags of one theme, and the note was only ever moved (from the
    theme it was in), never added to a second theme. Each such note in two themes or
    more, one line each; [] if none."""
    board = file.themes
    return [
        f"note {note} is in {len(themes)} themes: {', '.join(themes)}"
        for note, tags in notes.items()
        if len(themes := board.themes_of(note, tags)) > 1
    ]


def repair(file: EngagementFile) -> EngagementFile:
    """`file` (a plan taken in from an older file, whoever wrote it) made to keep the
    invariants without losing anything a person wrote: what names a theme that is not on
    the board names none (an action keeps its evidence), a placement listed twice counts
    once. Themes, actions, stages and matrices that share a name or id are left as they
    are: the later ones could only be told apart by a person, and edits name them as
    the first."""
    board = file.themes
    ids = {t.id for t in board.themes}
    board.tag_themes = {tag: t for tag, t in board.tag_themes.items() if t in ids}
    board.placements = {
        note: [t for t in dict.fromkeys(placed) if t in ids]
        for note, placed in board.placements.items()
    }
    for action in file.actions:
        if action.theme_id is not None and action.theme_id not in ids:
            action.theme_id = None
    return file


def _twice(values: Iterable[str]) -> list[tuple[str, int]]:
    return [(value, count) for value, count in Counter(values).items() if count > 1]
