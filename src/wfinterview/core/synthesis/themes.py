"""Themes across interviews: the four starting themes filled from tags, then the
consultant's own moves, new themes, renames and merges.

A note's themes are those of its tags until the consultant places it by hand; a hand
placement wins from then on, whatever happens to the note's tags. Notes are named
`SESSION_ID/NOTE_ID`: note ids survive edits, so placements do too.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from pydantic import Field, model_validator

from wfinterview.core.framework.content import STARTING_THEMES, Tag
from wfinterview.core.framework.errors import UserError
from wfinterview.core.framework.models import Identifier, NonEmpty, StrictModel


class Theme(StrictModel):
    id: Identifier
    name: NonEmpty
    # The starting theme it began as: what it is about, whatever it is renamed to later.
    origin: str | None = None

    @model_validator(mode="before")
    @classmethod
    def _origin_of_older_files(cls, data: Any) -> Any:
        # Files written before themes kept their origin: a starting theme's name is it.
        if isinstance(data, dict) and "origin" not in data and data.get("name") in STARTING_THEMES:
            return {**data, "origin": data["name"]}
        return data


class ThemeBoard(StrictModel):
    themes: list[Theme] = []
    tag_themes: dict[str, str] = {}  # tag key -> theme id
    placements: dict[str, list[str]] = Field(
        default_factory=dict
    )  # note key -> theme ids, set by hand

    @classmethod
    def starting(cls, tags: Iterable[Tag]) -> ThemeBoard:
        """The framework's starting grouping: one theme per tag theme name (docs/framework.md)."""
        board = cls()
        for tag in tags:
            theme = board.find_by_name(tag.theme) or board.create(tag.theme, origin=tag.theme)
            board.tag_themes[tag.key] = theme.id
        return board

    def theme(self, theme_id: str) -> Theme:
        for theme in self.themes:
            if theme.id == theme_id:
                return theme
        raise UserError(f"no theme '{theme_id}'")

    def find_by_name(self, name: str) -> Theme | None:
        folded = name.strip().casefold()
        return next((t for t in self.themes if t.name.casefold() == folded), None)

    def themes_of(self, note_key: str, tags: Iterable[str]) -> list[str]:
        placed = self.placements.get(note_key)
        if placed is not None:
            return placed
        return self.themes_of_tags(tags)

    def themes_of_tags(self, tags: Iterable[str]) -> list[str]:
        """The themes a note with these tags is in, unless it was placed by hand."""
        ids: list[str] = []
        for key in tags:
            theme_id = self.tag_themes.get(key)
            if theme_id is not None and theme_id not in ids:
                ids.append(theme_id)
        return ids

    def placed_sessions(self) -> set[str]:
        """Sessions with notes placed by hand (their notes are counted one by one)."""
        return {key.partition("/")[0] for key in self.placements}

    # -- the consultant's changes -------------------------------------------------------

    def create(self, name: str, theme_id: str | None = None, origin: str | None = None) -> Theme:
        name = " ".join(name.split())
        if not name:
            raise UserError("a theme needs a name")
        if self.find_by_name(name):
            raise UserError(f"there is a theme called '{name}' already")
        if theme_id is not None and any(t.id == theme_id for t in self.themes):
            raise UserError(f"there is a theme with the id '{theme_id}' already")
        theme = Theme(id=theme_id or self.new_id(name), name=name, origin=origin)
        self.themes.append(theme)
        return theme

    def rename(self, theme_id: str, name: str) -> Theme:
        name = " ".join(name.split())
        theme = self.theme(theme_id)
        other = self.find_by_name(name)
        if not name or (other is not None and other.id != theme_id):
            raise UserError(
                f"cannot rename to '{name}': "
                + ("empty name" if not name else "that name is taken")
            )
        theme.name = name
        return theme

    def move(
        self, note_key: str, tags: Iterable[str], from_id: str | None, to_id: str
    ) -> list[str]:
        """Take a note out of one theme (or none) and put it in another.

        From none, it keeps its themes: a person adds it to one more. From a theme that
        no longer holds it (its mover saw it there, but edits the mover had not seen, or
        that came out otherwise when replayed with a teammate's, left it in another:
        core/plan/replay.py), a note in one theme leaves that one, as a move never copies
        a note; one in several keeps them, since which the mover meant cannot be told."""
        self.theme(to_id)
        held = self.themes_of(note_key, tags)
        if from_id is not None and from_id not in held and len(held) == 1:
            from_id = held[0]
        current = [t for t in held if t != from_id]
        if to_id not in current:
            current.append(to_id)
        self.placements[note_key] = current
        return current

    def remove(self, note_key: str, tags: Iterable[str], theme_id: str) -> list[str]:
        self.placements[note_key] = [t for t in self.themes_of(note_key, tags) if t != theme_id]
        return self.placements[note_key]

    def merge(self, source_id: str, target_id: str) -> Theme:
        """Fold one theme into another: its notes and its tags go with it."""
        if source_id == target_id:
            raise UserError("a theme cannot be merged into itself")
        self.theme(source_id)
        target = self.theme(target_id)
        for key, theme_id in self.tag_themes.items():
            if theme_id == source_id:
                self.tag_themes[key] = target_id
        for note_key, ids in self.placements.items():
            if source_id in ids:
                self.placements[note_key] = list(
                    dict.fromkeys(target_id if t == source_id else t for t in ids)
                )
        self.themes = [t for t in self.themes if t.id != source_id]
        return target

    def new_id(self, name: str) -> str:
        """A fresh id for a theme called `name`: readable, and never one in use."""
        base = re.sub(r"[^a-z0-9]+", "-", name.casefold()).strip("-")[:40].strip("-") or "theme"
        if not base[0].isalnum():
            base = f"t{base}"
        taken = {t.id for t in self.themes}
        candidate, number = base, 2
        while candidate in taken:
            candidate, number = f"{base}-{number}", number + 1
        return candidate
