"""Text safety: what comes in is cleaned or refused, what goes to a terminal is shown,
never obeyed, and names become ASCII slugs that are never empty."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from pydantic import ValidationError

from tests import factories
from wfinterview.core.framework.content import BUILTIN_TAGS
from wfinterview.core.framework.errors import validation_problems
from wfinterview.core.framework.models import Note, Session
from wfinterview.core.framework.text import (
    clean_line,
    clean_text,
    control_problem,
    slug,
    terminal_safe,
)
from wfinterview.core.plan.edits import CreateTheme
from wfinterview.core.plan.engagements import EngagementStore
from wfinterview.core.storage.store import SessionStore, UnreadableSession
from wfinterview.core.synthesis.demo import generate_demo
from wfinterview.core.synthesis.digest import SessionDigest

HOSTILE_NAME = "Eve\x1b]52;c;QUJD\x07\x1b[2J"


@pytest.mark.parametrize(
    ("typed", "kept"),
    [
        ("clean text stays\tas it is\n", "clean text stays\tas it is\n"),
        ("hello \x1b]0;TITLE\x07 world", "hello ]0;TITLE world"),
        ("one\r\ntwo\rthree\x0cfour", "one\ntwo\nthree\nfour"),
        ("C1 \x9b31m and NUL \x00 and DEL \x7f", "C1 31m and NUL  and DEL "),
        ("half a pair \ud83d here", "half a pair  here"),
        ("bidi \u202eevil\u202c stays in the data", "bidi \u202eevil\u202c stays in the data"),
    ],
)
def test_clean_text_removes_control_characters_and_keeps_lines(typed: str, kept: str) -> None:
    assert clean_text(typed) == kept


def test_clean_line_makes_one_line_of_a_name() -> None:
    assert clean_line(HOSTILE_NAME) == "Eve]52;c;QUJD[2J"
    assert clean_line("Ana\nGarcía\tLópez\r\n") == "Ana García López "


def test_clean_text_returns_clean_text_itself() -> None:
    text = "nothing to clean " * 10
    assert clean_text(text) is text and clean_line(text) is text


def test_terminal_safe_shows_what_a_terminal_would_obey() -> None:
    shown = terminal_safe(f"{HOSTILE_NAME} \u202eevil\u202c \x9b2J a\rb \ud800 ok\r\n\tend")
    assert shown == (
        "Eve⟨U+001B⟩]52;c;QUJD⟨U+0007⟩⟨U+001B⟩[2J ⟨U+202E⟩evil⟨U+202C⟩ ⟨U+009B⟩2J "
        "a⟨U+000D⟩b ⟨U+D800⟩ ok\r\n\tend"
    )
    for isolate in "\u2066\u2067\u2068\u2069\u202a\u202b\u202d":
        assert isolate not in terminal_safe(f"x{isolate}y")


def test_control_problem_names_the_character() -> None:
    assert control_problem("ok\tand\nlines", multiline=True) is None
    assert control_problem("a\nb") == "contains the control character ⟨U+000A⟩; remove it"
    assert control_problem("a\x1bb", multiline=True) == (
        "contains the control character ⟨U+001B⟩; remove it"
    )
    assert control_problem("caf\udce9") == "is not valid text (⟨U+DCE9⟩); retype it"


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Ana García", "ana-garcia"),
        ("Łukasz Żółw", "lukasz-zolw"),
        ("Søren Æbelø", "soren-aebelo"),
        ("Straße", "strasse"),
        ("Ｆｕｌｌ width", "full-width"),
        ("  --Jordan!!  ", "jordan"),
    ],
)
def test_slugs_transliterate(name: str, expected: str) -> None:
    assert slug(name) == expected


@pytest.mark.parametrize("name", ["東京", "مرحبا", "!!!", "", "🧑‍💻"])
def test_a_name_with_no_ascii_letter_gets_a_stable_hash_slug(name: str) -> None:
    first = slug(name)
    assert first.startswith("s-") and len(first) == 8 and first == slug(name)
    assert slug("東京") != slug("大阪")


def test_slugs_are_cut_to_their_length() -> None:
    assert slug("Maximiliana Alexandra Featherstonehaugh") == "maximiliana-alexandra-fe"
    assert len(slug("x" * 100, max_length=40)) == 40


def test_new_session_ids_transliterate_the_name(tmp_path: Path) -> None:
    store = SessionStore(tmp_path)
    assert "-ana-garcia-" in store.new_id("Ana García", factories.STARTED)
    assert "-lukasz-" in store.new_id("Łukasz", factories.STARTED)
    tokyo = store.new_id("東京", factories.STARTED)
    assert f"-{slug('東京')}-" in tokyo


def test_demo_ids_transliterate_the_name() -> None:
    garcias = [s for s in generate_demo(60, 0, 1) if "García" in s.participant.name]
    assert garcias and all("-garcia-" in s.id for s in garcias)


def test_a_session_saved_under_an_old_style_id_still_loads(tmp_path: Path) -> None:
    store = SessionStore(tmp_path)
    old = factories.session("demo-20261006-1300-ana-garca-00012", name="Ana García")
    store.save(old)
    assert store.load("demo-20261006-1300-ana-garca-00012") == old


def test_an_engagement_file_under_its_old_name_is_still_found_and_kept(tmp_path: Path) -> None:
    store = EngagementStore(tmp_path, BUILTIN_TAGS, "tester-1")
    engagement = "Łódź Media"
    file = store.load(engagement)
    file.themes.create("Budget")
    # As the previous version named it: the Ł dropped, not transliterated.
    old_path = tmp_path / f"odz-media-{store.folder_for(engagement).name.rsplit('-', 1)[1]}.json"
    old_path.write_bytes(file.model_dump_json().encode())
    assert store.legacy_path(engagement) == old_path
    loaded = store.load(engagement)
    assert [t.name for t in loaded.themes.themes][-1] == "Budget"
    # Taken in on first open, and kept beside as a backup: nothing left behind.
    store.apply(engagement, CreateTheme(theme_id="second", name="Second"))
    assert [p.name for p in tmp_path.iterdir() if p.suffix == ".json"] == [
        old_path.stem + ".before-team.json"
    ]
    assert [t.name for t in store.load(engagement).themes.themes][-2:] == ["Budget", "Second"]


def test_a_new_engagement_file_gets_the_transliterated_name(tmp_path: Path) -> None:
    store = EngagementStore(tmp_path, BUILTIN_TAGS, "tester-1")
    assert store.folder_for("Łódź Media").name.startswith("lodz-media-")
    assert store.folder_for("東京").name.startswith(slug("東京") + "-")


def _hostile_session_json() -> bytes:
    session = factories.session(notes=[factories.note("fine", "approvals", 3, ["approval_lag"])])
    data = json.loads(session.model_dump_json())
    data["participant"] = {"name": HOSTILE_NAME, "role": "Ops\x9b2J"}
    data["engagement"] = "Acme\x1b[31m"
    data["facilitator"] = "Sam\x07"
    data["notes"][0]["text"] = "hello \x1b]0;TITLE\x07\r\nworld"
    data["recap"] = {"heard": "a\x1bb", "stuck": "c\x9bd", "magic_wand": "e\x00f"}
    data["agenda"]["title"] = "Campaign\x1b[5m"
    data["agenda"]["steps"][0]["questions"][0]["text"] = "What\x1b[8m?"
    return json.dumps(data).encode()


@pytest.mark.parametrize("model", [Session, SessionDigest])
def test_a_session_file_with_control_characters_is_read_without_them(model: type) -> None:
    session = model.model_validate_json(_hostile_session_json())
    assert session.participant.name == "Eve]52;c;QUJD[2J"
    assert session.participant.role == "Ops2J"
    assert (session.engagement, session.facilitator) == ("Acme[31m", "Sam")
    text = session.notes[0].text if model is Session else session.notes[0]["text"]
    assert text == "hello ]0;TITLE\nworld"
    assert (session.recap.heard, session.recap.stuck, session.recap.magic_wand) == (
        "ab",
        "cd",
        "ef",
    )
    assert session.agenda.title == "Campaign[5m"
    question = session.agenda.steps[0].questions[0]
    assert (question.text if model is Session else question["text"]) == "What[8m?"


@pytest.mark.parametrize(
    ("field", "value"),
    [("id", "n1\x1b"), ("step", "role\x1b[2J"), ("tags", ["approval_lag\x07"])],
)
def test_ids_and_keys_with_control_characters_are_refused_with_the_field_named(
    tmp_path: Path, field: str, value: object
) -> None:
    data = json.loads(_hostile_session_json())
    data["notes"][0][field] = value
    path = tmp_path / f"{data['id']}.json"
    path.write_text(json.dumps(data))
    with pytest.raises(UnreadableSession) as unreadable:
        SessionStore(tmp_path).load_path(path)
    where = "notes[0].tags[0]" if field == "tags" else f"notes[0].{field}"
    assert f"{where}: contains a control character" in str(unreadable.value)


def test_a_name_that_is_only_control_characters_is_not_a_name() -> None:
    with pytest.raises(ValidationError) as error:
        Note(id="n1", step="role", at=0, text="x", tags=["\x1b"])
    assert validation_problems(error.value) == [
        "tags[0]: contains a control character (written by hand, or damaged?) (got '\\x1b')"
    ]
