"""The framework's building blocks as users meet them: text fields cleaned as they are read,
errors in words, control characters named, lazy names, slugs of any name.

The text-field tests build their own models here: the framework's models are built once
per process, and a fresh model checks the field types themselves."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from pydantic import BaseModel, ConfigDict, ValidationError

from tests import factories
from wfinterview.core.framework.content import BUILTIN_TAGS
from wfinterview.core.framework.errors import (
    FileProblem,
    UserError,
    control_character_problems,
    field_path,
    validation_problems,
)
from wfinterview.core.framework.lazy import attach_stub
from wfinterview.core.framework.models import Line, NonEmpty, Paragraphs
from wfinterview.core.framework.text import control_characters, control_problem, slug
from wfinterview.core.framework.wording import plural
from wfinterview.core.setup.config import Config


def fresh_model() -> type[BaseModel]:
    class Typed(BaseModel):
        model_config = ConfigDict(extra="forbid", strict=True)
        name: Line = ""
        title: NonEmpty = "t"
        text: Paragraphs = ""

    return Typed


def problems(**fields: object) -> list[str]:
    with pytest.raises(ValidationError) as caught:
        fresh_model().model_validate(fields)
    return validation_problems(caught.value)


def test_text_fields_are_cleaned_as_they_are_read() -> None:
    typed = fresh_model().model_validate(
        {"name": "Ana\nGarc\x1bía", "title": "\x07Plan\tB", "text": "one\rtwo\x9b\tthree"}
    )
    assert typed.model_dump() == {
        "name": "Ana García",
        "title": "Plan B",
        "text": "one\ntwo\tthree",
    }
    clean = fresh_model().model_validate({"name": "Zoë", "title": "T", "text": "a\n\tb"})
    assert clean.model_dump() == {"name": "Zoë", "title": "T", "text": "a\n\tb"}
    assert fresh_model().model_validate({"name": "x"}).model_dump_json() == (
        '{"name":"x","title":"t","text":""}'
    )


def test_text_field_mistakes_read_as_one_line_each() -> None:
    assert problems(title="") == ["title: Input should be a non-empty string (got '')"]
    assert problems(title="\x07") == ["title: Input should be a non-empty string (got '\\x07')"]
    assert problems(name=3) == ["name: Input should be a valid string (got 3)"]
    assert problems(title=3) == ["title: Input should be a non-empty string (got 3)"]
    assert problems(text=["a"]) == ["text: Input should be a valid string"]


def test_errors_for_users_in_words() -> None:
    assert str(UserError("first", "second")) == "first\nsecond"
    syntax = FileProblem.syntax("c.toml", 3, 7, "TOML syntax: bad")
    assert (syntax.path, syntax.lines) == ("c.toml", ["c.toml:3:7: TOML syntax: bad"])
    assert field_path(()) == "(top level)"
    assert field_path(("steps", 1, "key")) == "steps[1].key"
    with pytest.raises(ValidationError) as unknown:
        Config.model_validate({"colour": "red", "facilitator": {"a": 1}})
    assert validation_problems(unknown.value) == [
        "facilitator: Input should be a valid string",
        "colour: unknown key (a typo?)",
    ]


def test_control_characters_are_found_in_keys_and_values() -> None:
    data = {"ok": "tab\tand\nlines", "k\x07": "v", "list": ["fine", "bell\x07"]}
    assert list(control_characters(data)) == [
        (("k\x07",), "contains the control character ⟨U+0007⟩; remove it"),
        (("list", 1), "contains the control character ⟨U+0007⟩; remove it"),
    ]
    assert control_character_problems(data)[1] == (
        "list[1]: contains the control character ⟨U+0007⟩; remove it"
    )


@pytest.mark.parametrize("surrogate", ["\ud800", "\udfff", "\udc80"])
def test_a_lone_surrogate_is_not_valid_text(surrogate: str) -> None:
    assert control_problem(f"a{surrogate}") == (
        f"is not valid text (⟨U+{ord(surrogate):04X}⟩); retype it"
    )


def test_a_name_that_is_not_valid_text_still_gets_a_slug() -> None:
    digest = hashlib.sha256("\ud800".encode("utf-8", "surrogatepass")).hexdigest()
    assert slug("\ud800") == f"s-{digest[:6]}"


def test_layer_names_resolve_on_first_use(tmp_path: Path) -> None:
    stub = tmp_path / "__init__.pyi"
    stub.write_text("from wfinterview.core.framework.wording import (\n    plural as plural,\n)\n")
    resolve, names, public = attach_stub("wfinterview.core.framework", str(stub.with_suffix(".py")))
    assert resolve("plural") is plural
    assert names() == public == ["plural"]
    with pytest.raises(AttributeError) as missing:
        resolve("noun")
    assert str(missing.value) == "module 'wfinterview.core.framework' has no attribute 'noun'"


def test_lookups_name_what_was_not_found() -> None:
    session = factories.session()
    with pytest.raises(KeyError) as step:
        session.agenda.step("wrapup")
    with pytest.raises(KeyError) as note:
        session.note("n404")
    assert (step.value.args, note.value.args) == (("wrapup",), ("n404",))


def test_a_tag_shows_as_its_emoji_unless_asked_for_ascii() -> None:
    assert [tag.badge() for tag in BUILTIN_TAGS] == ["🛑", "🔄", "👻", "🧾", "🧱"]
    assert BUILTIN_TAGS[0].badge(ascii_only=True) == "[Tool Friction]"
