"""Storage in exact words and names: ids, unreadable files, remembered state, TOML places."""

from __future__ import annotations

import json
import os
import stat
from datetime import datetime
from pathlib import Path

import pytest
from pydantic import ValidationError

from tests import factories
from wfinterview.core.framework.errors import FileProblem
from wfinterview.core.framework.models import Session
from wfinterview.core.framework.text import slug as text_slug
from wfinterview.core.plan.engagement_file import EngagementFile
from wfinterview.core.storage.lock import SessionLock, SessionLocked
from wfinterview.core.storage.state import read_state, remember
from wfinterview.core.storage.store import (
    LoadResult,
    SessionFileProblem,
    SessionStore,
    UnreadableSession,
    diagnose,
)
from wfinterview.core.storage.tomlfile import parse_toml
from wfinterview.core.synthesis.digest import SessionDigest

WHEN = datetime(2026, 11, 20, 10, 5)


def test_new_ids_carry_a_readable_slug_of_the_participant(tmp_path: Path) -> None:
    store = SessionStore(tmp_path)

    def slug(name: str) -> str:
        return store.new_id(name, WHEN)[len("20261120-1005-") : -len("-abcd")]

    assert slug("  Zoë O'Brien-Smith the Third ") == "zoe-o-brien-smith-the-th"
    assert slug("!!" + "a" * 30) == "a" * 24
    assert slug("b" * 23 + " cd") == "b" * 23  # cut at 24, no dash left at the end
    assert slug("!!!") == text_slug("!!!") and slug("!!!").startswith("s-")  # never empty


def test_load_all_reads_digests_and_lists_problems_by_file_name(tmp_path: Path) -> None:
    store = SessionStore(tmp_path / "sessions")
    assert store.load_all() == LoadResult([], [])
    for name in ("c", "a", "b"):
        (tmp_path / "sessions").mkdir(exist_ok=True)
        (tmp_path / "sessions" / f"{name}.json").write_text("{", "utf-8")
    store.save(factories.session("s1", ended=True))
    result = store.load_all(SessionDigest)
    assert [type(s) for s in result.sessions] == [SessionDigest]
    assert [p.path.name for p in result.problems] == ["a.json", "b.json", "c.json"]
    assert store.latest_unfinished() is None
    problem = SessionFileProblem(tmp_path / "x.json", "is not UTF-8 text")
    assert str(UnreadableSession(problem)) == f"{tmp_path / 'x.json'}: is not UTF-8 text"


def errors(model: type, raw: bytes) -> ValidationError:
    try:
        model.model_validate_json(raw)  # type: ignore[attr-defined]
    except ValidationError as error:
        return error
    raise AssertionError("valid")


def test_diagnose_names_three_fields_and_counts_the_rest() -> None:
    data = json.loads(factories.session().model_dump_json())
    for field in ("id", "started_at", "planned_minutes"):
        del data[field]
    three = json.dumps(data).encode()
    said = diagnose(three, errors(Session, three))
    assert said.startswith("has invalid fields: ") and said.count("; ") == 2
    assert "more" not in said
    del data["current_step"]
    four = json.dumps(data).encode()
    said = diagnose(four, errors(Session, four))
    assert said.count("; ") == 2 and said.endswith("(and 1 more)")
    raw = b"{}"
    assert diagnose(raw, errors(EngagementFile, raw), "wfinterview.engagement", 1) == (
        "is not a wfinterview engagement file"
    )


def test_remembered_state_keeps_strings_only_and_is_one_space_indented(tmp_path: Path) -> None:
    path = tmp_path / "state" / "state.json"
    remember(path, engagement="Acmé")
    remember(path, facilitator="Sam")
    assert read_state(path) == {"engagement": "Acmé", "facilitator": "Sam"}
    assert path.read_text("utf-8") == '{\n "engagement": "Acm\\u00e9",\n "facilitator": "Sam"\n}'
    path.write_text('{"engagement": 3, "round": "2", "x": ["a"]}', "utf-8")
    assert read_state(path) == {"round": "2"}
    path.write_text('["a"]', "utf-8")
    assert read_state(path) == {}
    path.write_bytes('{"name": "Zoë"}'.encode())
    assert read_state(path) == {"name": "Zoë"}


def test_toml_problems_point_at_line_and_column(tmp_path: Path) -> None:
    path = tmp_path / "config.toml"
    with pytest.raises(FileProblem) as raised:
        parse_toml(path, b'a = 1\nname = "ok"\nb = \xff\n')
    assert str(raised.value) == f"{path}:3:5: not UTF-8 text (byte 0xff); save the file as UTF-8"
    with pytest.raises(FileProblem) as raised:
        parse_toml(path, b"\xff")
    assert str(raised.value).startswith(f"{path}:1:1: ")
    with pytest.raises(FileProblem) as raised:
        parse_toml(path, b'a = 1\nb = "open')
    assert str(raised.value).startswith(f"{path}:2:")


def test_a_session_lock_names_its_holder_and_never_follows_a_link(tmp_path: Path) -> None:
    path = tmp_path / ".s1.lock"
    path.write_bytes(b"99999999 left by an old run")
    lock = SessionLock(path, "s1").acquire()
    assert lock.held and path.read_bytes() == str(os.getpid()).encode()  # truncated first
    with pytest.raises(SessionLocked) as raised:
        SessionLock(path, "s1").acquire()
    assert str(raised.value) == (
        f"session s1 is already open in another cockpit (pid {os.getpid()}); close it there first"
    )
    lock.release()
    lock.release()  # twice is harmless
    assert not lock.held
    fresh = tmp_path / ".s2.lock"
    with SessionLock(fresh, "s2") as held:
        assert held.held and stat.S_IMODE(fresh.stat().st_mode) == 0o600
    link = tmp_path / ".s3.lock"
    link.symlink_to(tmp_path / "elsewhere")
    with pytest.raises(OSError):
        SessionLock(link, "s3").acquire()
    assert not (tmp_path / "elsewhere").exists()
