"""The user's `config.toml`: facilitator name, defaults, extra tags and key bindings."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

from pydantic import Field, StringConstraints, ValidationError

from wfinterview.core.framework.content import BUILTIN_TAGS, Tag
from wfinterview.core.framework.errors import (
    FileProblem,
    control_character_problems,
    validation_problems,
)
from wfinterview.core.framework.models import Identifier, Line, NonEmpty, StrictModel
from wfinterview.core.setup.key_conflicts import key_conflicts
from wfinterview.core.setup.keymap import REBINDABLE, key_problem
from wfinterview.core.storage.tomlfile import read_toml

Hashtag = Annotated[str, StringConstraints(pattern=r"^[a-z][a-z0-9_-]{2,31}$")]


class TagConfig(StrictModel):
    key: Identifier
    emoji: NonEmpty
    label: NonEmpty
    hashtag: Hashtag
    hotkey: str | None = None
    theme: NonEmpty = "Other"
    meaning: Line = ""


class Config(StrictModel):
    facilitator: Line = ""
    default_minutes: Annotated[int, Field(ge=5, le=180)] | None = (
        None  # None: each agenda's own length
    )
    ascii: bool = False
    tags: list[TagConfig] = []
    keys: dict[str, str] = {}
    # Tools the findings should know beyond the shipped list: name -> other ways to write it.
    tools: dict[Line, list[Line]] = {}

    def all_tags(self) -> tuple[Tag, ...]:
        extra = (
            Tag(t.key, t.emoji, t.label, t.meaning, t.hotkey, t.hashtag, t.theme) for t in self.tags
        )
        return (*BUILTIN_TAGS, *extra)


def load_config(path: Path) -> Config:
    """The config at `path`, defaults when there is none, FileProblem when it's wrong."""
    if not path.exists():
        return Config()
    data = read_toml(path)
    if problems := control_character_problems(data):
        raise FileProblem.content(path, problems)
    try:
        config = Config.model_validate(data)
    except ValidationError as error:
        raise FileProblem.content(path, validation_problems(error)) from None
    if problems := _meaning_problems(config):
        raise FileProblem.content(path, problems)
    return config


def _meaning_problems(config: Config) -> list[str]:
    problems = []
    builtin_keys = {tag.key for tag in BUILTIN_TAGS}
    hashtags = {tag.hashtag: tag.key for tag in BUILTIN_TAGS}
    for index, tag in enumerate(config.tags):
        where = f"tags[{index}]"
        if tag.key in builtin_keys:
            problems.append(f"{where}.key: '{tag.key}' is a built-in tag already")
        builtin_keys.add(tag.key)
        if tag.hashtag in hashtags:
            problems.append(
                f"{where}.hashtag: '#{tag.hashtag}' is already the hashtag of "
                f"'{hashtags[tag.hashtag]}'"
            )
        hashtags[tag.hashtag] = tag.key
        if tag.hotkey and (problem := key_problem(tag.hotkey)):
            problems.append(f"{where}.hotkey: {problem}")
    for action, keys in config.keys.items():
        if action not in REBINDABLE:
            problems.append(f"keys.{action}: no such action (actions: {', '.join(REBINDABLE)})")
        elif problem := key_problem(keys):
            problems.append(f"keys.{action}: {problem}")
    if not problems:  # keys that are each fine: now, does any land on another?
        hotkeys = [
            (f"tags[{index}].hotkey", tag.key, tag.hotkey)
            for index, tag in enumerate(config.tags)
            if tag.hotkey
        ]
        problems += key_conflicts(config.keys, hotkeys)
    return problems
