from __future__ import annotations

import os
import signal
import stat
import subprocess
import sys
import time
from datetime import timedelta, timezone
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from tests import factories
from wfinterview.core.framework.errors import UserError
from wfinterview.core.framework.models import Note, Recap, Session
from wfinterview.core.storage import atomic
from wfinterview.core.storage.lock import SessionLocked
from wfinterview.core.storage.store import SessionStore


@pytest.fixture
def store(tmp_path: Path) -> SessionStore:
    return SessionStore(tmp_path / "sessions")


# Any text a user could type, including lone surrogates' cousins: RTL, ZWJ, combining.
texts = st.text(st.characters(exclude_categories=("Cs",)), max_size=300)
notes = st.builds(
    Note,
    id=st.text("abcdef0123456789", min_size=1, max_size=12),
    step=st.sampled_from(["role", "walkthrough", "tools", "approvals", "sop"]),
    at=st.floats(min_value=0, max_value=10_000, allow_nan=False),
    text=texts,
    tags=st.lists(
        st.sampled_from(["tool_friction", "approval_lag", "ghost_ownership", "sop_mismatch"]),
        unique=True,
    ),
    quote=st.booleans(),
    follow_up=st.booleans(),
)
recaps = st.none() | st.builds(Recap, heard=texts, stuck=texts, magic_wand=texts)


@settings(max_examples=60, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    name=texts,
    engagement=texts,
    session_notes=st.lists(notes, max_size=20),
    recap=recaps,
    elapsed=st.floats(min_value=0, max_value=100_000, allow_nan=False),
    offset_minutes=st.integers(min_value=-12 * 60, max_value=14 * 60),
)
def test_any_session_round_trips_unchanged(
    store: SessionStore,
    name: str,
    engagement: str,
    session_notes: list[Note],
    recap: Recap | None,
    elapsed: float,
    offset_minutes: int,
) -> None:
    started = factories.STARTED.astimezone(timezone(timedelta(minutes=offset_minutes)))
    original = factories.session(name=name, engagement=engagement, notes=session_notes).model_copy(
        update={"recap": recap, "elapsed_seconds": elapsed, "started_at": started}
    )
    store.save(original)
    loaded = store.load(original.id)
    assert loaded == original
    assert loaded.started_at.utcoffset() == started.utcoffset()


def test_saved_file_has_the_spec_fields_and_is_private(store: SessionStore) -> None:
    session = factories.session(
        notes=[factories.note("Legal takes a week", "approvals", 61.5, ["approval_lag"])]
    )
    store.save(session)
    path = store.path_for(session.id)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE(store.dir.stat().st_mode) == 0o700
    import json

    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["format"] == "wfinterview.session" and data["version"] == 1
    assert data["started_at"] == "2026-11-20T10:00:00+01:00"
    assert data["participant"] == {"name": "Jordan", "role": "Campaign Lead"}
    assert data["agenda"]["id"] == "campaign" and data["ended_at"] is None and data["recap"] is None
    assert data["notes"][0] | {"id": "x"} == {
        "id": "x",
        "step": "approvals",
        "at": 61.5,
        "text": "Legal takes a week",
        "tags": ["approval_lag"],
        "quote": False,
        "follow_up": False,
    }


SYSCALLS = ["open", "write", "fsync", "close", "replace"]


@pytest.mark.parametrize("failing", SYSCALLS)
def test_a_save_interrupted_at_any_point_leaves_old_or_new_never_broken(
    store: SessionStore, monkeypatch: pytest.MonkeyPatch, failing: str
) -> None:
    old = factories.session(notes=[factories.note("first")])
    store.save(old)
    new = old.model_copy(update={"notes": [*old.notes, factories.note("second " * 5000)]})

    real = getattr(os, failing)
    calls = {"n": 0}

    def crash(*args: object, **kwargs: object) -> object:
        raise OSError(28, "No space left on device")

    def half_then_crash(fd: int, data: memoryview) -> int:
        # A partial write and then the disk fills: the first call lands half the bytes.
        calls["n"] += 1
        if calls["n"] == 1:
            return real(fd, data[: len(data) // 2])
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(atomic.os, failing, half_then_crash if failing == "write" else crash)
    with pytest.raises(OSError):
        store.save(new)
    monkeypatch.undo()
    assert store.load(old.id) == old
    assert [p.name for p in store.dir.iterdir() if p.suffix == ".tmp"] == []


def test_a_save_killed_mid_write_leaves_a_whole_file(store: SessionStore, tmp_path: Path) -> None:
    """Kill a real writer process at random moments; the file always parses."""
    old = factories.session(notes=[factories.note("first")])
    store.save(old)
    script = (
        "import sys; from tests import factories; "
        "from wfinterview.core.storage.store import SessionStore\n"
        "store = SessionStore(__import__('pathlib').Path(sys.argv[1]))\n"
        "s = factories.session(notes=[factories.note('x' * 200_000)])\n"
        "print('ready', flush=True)\n"
        "while True: store.save(s)\n"
    )
    for delay in (0.05, 0.11, 0.17, 0.23):
        proc = subprocess.Popen(
            [sys.executable, "-c", script, str(store.dir)],
            stdout=subprocess.PIPE,
            cwd=Path(__file__).parents[2],
        )
        assert proc.stdout is not None and proc.stdout.readline() == b"ready\n"
        time.sleep(delay)
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        loaded = store.load(old.id)
        assert loaded.notes[0].text in ("first", "x" * 200_000)


UNREADABLE = {
    "truncated": (None, "is not valid JSON (truncated or damaged?)"),
    "junk": (b"\x00\xffgarbage", "is not UTF-8 text"),
    "not_json_session": (b'{"hello": "world"}', "is not a wfinterview session file"),
    "newer_version": (None, "was written by a newer wfinterview (file version 2)"),
    "wrong_fields": (None, "has invalid fields: notes[0].at:"),
    "empty": (b"", "is not valid JSON"),
}


@pytest.mark.parametrize("case", sorted(UNREADABLE))
def test_unreadable_files_are_reported_and_left_byte_for_byte(
    store: SessionStore, case: str
) -> None:
    good = factories.session()
    store.save(good)
    content, reason = UNREADABLE[case]
    valid = store.serialize(factories.session(session_id="bad"))
    if case == "truncated":
        content = valid[: len(valid) // 2]
    elif case == "newer_version":
        content = valid.replace(b'"version": 1', b'"version": 2')
    elif case == "wrong_fields":
        content = store.serialize(
            factories.session(session_id="bad", notes=[factories.note("x")])
        ).replace(b'"at": 0.0', b'"at": "soon"')
    bad = store.dir / "bad.json"
    bad.write_bytes(content)
    before = bad.stat()

    result = store.load_all()

    assert [s.id for s in result.sessions] == [good.id]
    assert [(p.path, p.reason[: len(reason)]) for p in result.problems] == [(bad, reason)]
    assert bad.read_bytes() == content
    assert bad.stat().st_mtime_ns == before.st_mtime_ns


def test_a_file_whose_id_does_not_match_its_name_is_not_loaded(store: SessionStore) -> None:
    # Saving it would overwrite another session's file.
    store.save(factories.session(session_id="aaa"))
    (store.dir / "copy.json").write_bytes((store.dir / "aaa.json").read_bytes())
    problems = store.load_all().problems
    assert [p.path.name for p in problems] == ["copy.json"]
    assert "does not match the file name" in problems[0].reason


def test_a_symlinked_session_file_is_never_followed(store: SessionStore, tmp_path: Path) -> None:
    session = factories.session()
    store.save(session)
    outside = tmp_path / "elsewhere.json"
    outside.write_bytes(store.serialize(session))
    path = store.path_for(session.id)
    path.unlink()
    path.symlink_to(outside)
    assert "symbolic link" in store.load_all().problems[0].reason
    store.save(session.model_copy(update={"engagement": "changed"}))
    assert not path.is_symlink()
    assert b"changed" not in outside.read_bytes()


@pytest.mark.parametrize(
    "name", ["../../etc/passwd", "Zoë Ñandú 李", "   ", "a" * 300, "CON", "x/y\\z"]
)
def test_session_ids_are_safe_file_names_whatever_the_name(store: SessionStore, name: str) -> None:
    session_id = store.new_id(name, factories.STARTED)
    assert "/" not in session_id and "\\" not in session_id and not session_id.startswith(".")
    assert len(session_id) < 64
    store.save(factories.session(session_id=session_id, name=name))
    assert store.load(session_id).participant.name == name


def test_loading_an_unknown_or_unsafe_id_is_a_user_error(store: SessionStore) -> None:
    with pytest.raises(UserError, match="no session with id 'nope'"):
        store.load("nope")
    with pytest.raises(UserError, match="is not a session id"):
        store.load("../secrets")


def test_the_lock_refuses_a_second_writer(store: SessionStore) -> None:
    first = store.lock("s1")
    with pytest.raises(
        SessionLocked, match=f"already open in another cockpit \\(pid {os.getpid()}\\)"
    ):
        store.lock("s1")
    first.release()
    store.lock("s1").release()


def test_a_lock_left_by_a_killed_process_is_taken_over(store: SessionStore) -> None:
    script = (
        "import sys, time; from pathlib import Path; "
        "from wfinterview.core.storage.store import SessionStore\n"
        "SessionStore(Path(sys.argv[1])).lock('s1'); print('locked', flush=True); time.sleep(60)\n"
    )
    proc = subprocess.Popen([sys.executable, "-c", script, str(store.dir)], stdout=subprocess.PIPE)
    assert proc.stdout is not None and proc.stdout.readline() == b"locked\n"
    with pytest.raises(SessionLocked, match=f"pid {proc.pid}"):
        store.lock("s1")
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    store.lock("s1").release()


def test_latest_unfinished_skips_ended_sessions(store: SessionStore) -> None:
    store.save(factories.session(session_id="old", ended=True))
    newer = factories.session(session_id="open")
    store.save(newer.model_copy(update={"started_at": factories.STARTED - timedelta(days=1)}))
    latest = store.latest_unfinished()
    assert latest is not None and latest.id == "open"


def test_session_model_rejects_unknown_keys() -> None:
    with pytest.raises(ValueError, match="extra"):
        Session.model_validate_json(
            SessionStore.serialize(factories.session()).replace(
                b'"paused"', b'"colour": 1, "paused"'
            )
        )
