"""Edges where a planted bug once passed every test: durability, the live interview, the
plan and the config. Each test names the bug it is there to catch."""

from __future__ import annotations

import os
import secrets
from datetime import timedelta
from pathlib import Path

import pytest

from tests import factories
from tests.core.exact_corpus import digest
from wfinterview.core.framework.content import BUILTIN_TAGS, Tag
from wfinterview.core.framework.errors import FileProblem, UserError
from wfinterview.core.framework.models import Session
from wfinterview.core.interview.clock import InterviewClock
from wfinterview.core.interview.hashtags import extract_hashtags, match_hashtag
from wfinterview.core.interview.live import LiveInterview
from wfinterview.core.plan.actions import Action, advance, set_status
from wfinterview.core.plan.raci import RaciMatrix
from wfinterview.core.plan.validation import actions_for, participants
from wfinterview.core.setup.agendas import AgendaCatalog
from wfinterview.core.setup.keymap import effective_keys
from wfinterview.core.storage import atomic
from wfinterview.core.storage.store import SessionStore


class Ticks:
    """A monotonic clock the test moves by hand."""

    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


# -- durability ------------------------------------------------------------------------


def test_the_folder_is_synced_after_the_rename(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Bug: the folder fsync after os.replace removed (a power cut could lose the rename)."""
    events: list[str] = []
    opened: dict[int, str] = {}
    real_open, real_fsync, real_replace = os.open, os.fsync, os.replace

    def spy_open(path: object, flags: int, *args: int) -> int:
        fd = real_open(path, flags, *args)  # type: ignore[arg-type]
        opened[fd] = "folder" if Path(str(path)) == tmp_path else "file"
        return fd

    def spy_fsync(fd: int) -> None:
        events.append(f"fsync {opened.get(fd, '?')}")
        real_fsync(fd)

    def spy_replace(src: object, dst: object) -> None:
        events.append("replace")
        real_replace(src, dst)  # type: ignore[arg-type]

    monkeypatch.setattr(atomic.os, "open", spy_open)
    monkeypatch.setattr(atomic.os, "fsync", spy_fsync)
    monkeypatch.setattr(atomic.os, "replace", spy_replace)
    atomic.write_atomic(tmp_path / "s.json", b"{}")
    assert events == ["fsync file", "replace", "fsync folder"]
    assert (tmp_path / "s.json").read_bytes() == b"{}"
    assert [p.name for p in tmp_path.iterdir()] == ["s.json"]  # no temporary file left


def test_sessions_are_listed_newest_first_and_resume_picks_the_newest(tmp_path: Path) -> None:
    """Bug: sessions listed oldest first, so resume opened an old interview."""
    store = SessionStore(tmp_path)
    for name, hours in (("old", 0), ("newest", 5), ("middle", 2)):
        session = factories.session(f"s-{name}", name.title())
        session.started_at += timedelta(hours=hours)
        store.save(session)
    ended = factories.session("s-ended", "Ended", ended=True)
    ended.started_at += timedelta(hours=9)
    store.save(ended)
    assert [s.id for s in store.load_all().sessions] == ["s-ended", "s-newest", "s-middle", "s-old"]
    latest = store.latest_unfinished()
    assert latest is not None and latest.id == "s-newest"


def test_a_new_id_never_takes_an_existing_sessions_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Bug: the new id was not checked for collision, so a second interview overwrote one."""
    store = SessionStore(tmp_path)
    first = factories.session()
    draws, real = iter(["ab12", "ab12", "cd34"]), secrets.token_hex
    # Only the id's two random bytes are drawn from the list (temporary files draw four).
    monkeypatch.setattr(secrets, "token_hex", lambda n: next(draws) if n == 2 else real(n))
    taken = store.new_id("Jordan", first.started_at)
    assert taken == "20261120-1000-jordan-ab12"
    store.save(first.model_copy(update={"id": taken}))
    assert store.new_id("Jordan", first.started_at) == "20261120-1000-jordan-cd34"


# -- the live interview ----------------------------------------------------------------


def live(clock: Ticks, saved: list[Session]) -> LiveInterview:
    return LiveInterview(factories.session(), BUILTIN_TAGS, saved.append, now=clock)


def test_page_down_past_the_last_step_stays_on_the_last_step() -> None:
    """Bug: PgDn past the last step (an index error, or a jump back to the first)."""
    saved: list[Session] = []
    interview = live(Ticks(), saved)
    last = len(interview.session.agenda.steps) - 1
    assert interview.go_to_step(last)
    assert not interview.go_to_step(last + 1)
    assert not interview.go_to_step(-1)
    assert not interview.go_to_step(last)  # already there: nothing to save
    assert interview.step_index == last and len(saved) == 1


def test_ending_stops_the_clock_and_saves_the_time() -> None:
    """Bug: end() not stopping the clock (the ended interview kept counting)."""
    clock, saved = Ticks(), []
    interview = live(clock, saved)
    clock.now += 90
    interview.end()
    clock.now += 600
    assert interview.elapsed() == 90 and not interview.clock.running
    assert saved[-1].elapsed_seconds == 90 and saved[-1].ended_at is not None
    assert saved[-1].step_seconds == {interview.session.current_step: 90}


def test_the_clock_banks_time_across_pauses() -> None:
    clock = Ticks()
    timer = InterviewClock(30, running=False, now=clock)
    clock.now += 50
    assert timer.elapsed() == 30
    timer.resume()
    clock.now += 20
    timer.pause()
    timer.pause()
    clock.now += 5
    assert timer.elapsed() == 50


INTAKE = Tag(
    "intake_gaps", "📥", "Intake Gaps", "briefs arrive incomplete", None, "intake", "Other"
)


def test_an_ambiguous_hashtag_prefix_names_no_tag() -> None:
    """Bug: an ambiguous prefix (#int: integration or intake?) picked one of them."""
    tags = (*BUILTIN_TAGS, INTAKE)
    assert match_hashtag("int", tags) is None
    assert match_hashtag("inta", tags) == INTAKE
    assert match_hashtag("INTEG", tags) is not None
    assert match_hashtag("gh", tags) is None  # two letters are too few to guess from
    assert extract_hashtags("Briefs late #int #inta", tags) == ("Briefs late #int", ["intake_gaps"])
    assert extract_hashtags("#sop #ghost #sop", BUILTIN_TAGS) == (
        "",
        ["sop_mismatch", "ghost_ownership"],
    )


# -- the plan --------------------------------------------------------------------------


def action(status: str, validated_by: list[str] | None = None) -> Action:
    return Action(
        id="a1",
        title="One intake form",
        status=status,  # type: ignore[arg-type]
        validated_by=validated_by or [],
        created_at=factories.STARTED,
    )


def test_an_action_moves_one_status_at_a_time_both_ways() -> None:
    """Bug: an action jumping several statuses backwards (done straight to proposed)."""
    with pytest.raises(UserError, match="one step at a time"):
        set_status(action("done"), "proposed")
    with pytest.raises(UserError, match="one step at a time"):
        set_status(action("in_progress"), "proposed")
    with pytest.raises(UserError, match="next is in progress"):
        set_status(action("validated"), "done")
    assert set_status(action("done"), "in_progress").status == "in_progress"
    with pytest.raises(UserError, match="validated it first"):
        advance(action("proposed"))
    assert advance(action("proposed", ["Priya Shah"])).status == "validated"
    assert set_status(action("validated"), "proposed").status == "proposed"
    with pytest.raises(UserError, match="done already"):
        advance(action("done"))


def test_a_removed_raci_activity_comes_back_empty() -> None:
    """Bug: a removed activity's cells came back when an activity of that name was added."""
    matrix = RaciMatrix(name="Launch")
    matrix.add_activity("Legal review")
    matrix.add_party("Legal")
    matrix.add_party("Brand")
    matrix.set("Legal review", "Legal", "A")
    matrix.set("Legal review", "Brand", "R")
    matrix.remove_activity("Legal review")
    matrix.add_activity("Legal review")
    assert [matrix.get("Legal review", p) for p in matrix.parties] == ["", ""]
    matrix.set("Legal review", "Brand", "A")
    matrix.remove_party("Brand")
    matrix.add_party("Brand")
    assert matrix.get("Legal review", "Brand") == ""


def test_validation_keeps_same_named_people_of_two_clients_apart() -> None:
    """Bug: validation mixed Jordan Lee at Acme with Jordan Lee at Globex."""
    acme = digest(factories.session("acme-jordan", "Jordan Lee"), 0)
    globex = digest(factories.session("globex-jordan", "jordan lee", engagement="Globex"), 1)
    acme_action = Action(
        id="a1", title="Fix intake", evidence=["acme-jordan/n1"], created_at=factories.STARTED
    )
    globex_action = Action(
        id="a2", title="Fix QA", evidence=["globex-jordan/n1"], created_at=factories.STARTED
    )
    sessions, actions = [acme, globex], [acme_action, globex_action]
    assert actions_for("Jordan Lee", "Acme", actions, sessions) == [acme_action]
    assert actions_for("JORDAN LEE", "Globex", actions, sessions) == [globex_action]
    assert participants(sessions, "Globex") == ["jordan lee"]


# -- the config ------------------------------------------------------------------------


def agenda_file(folder: Path, agenda_id: str, extends: str) -> None:
    (folder / f"{agenda_id}.toml").write_text(
        f'id = "{agenda_id}"\ntitle = "T"\nrole = "R"\nminutes = 20\nextends = "{extends}"\n'
        '[questions]\nrole = ["Why?"]\n',
        "utf-8",
    )


def test_an_extends_loop_across_files_is_a_file_problem_not_a_crash(tmp_path: Path) -> None:
    """Bug: a loop of `extends` across files (a -> b -> a) ended in a RecursionError."""
    agenda_file(tmp_path, "alpha", "beta")
    agenda_file(tmp_path, "beta", "gamma")
    agenda_file(tmp_path, "gamma", "alpha")
    catalog = AgendaCatalog(tmp_path)
    with pytest.raises(FileProblem, match="alpha -> beta -> gamma -> alpha"):
        catalog.get("alpha")
    agenda_file(tmp_path, "own", "campaign")
    extended = AgendaCatalog(tmp_path).get("own")
    assert extended.steps[0].questions[-1].text == "Why?"


def test_rebound_keys_replace_the_defaults_everywhere_they_are_listed() -> None:
    """Bug: a re-bound key not shown (the help screen lists these effective keys)."""
    keys = effective_keys({"quote": "ctrl+o", "tag_approval_lag": "f12"})
    assert keys["quote"] == "ctrl+o" and keys["tag_approval_lag"] == "f12"
    assert keys["follow_up"] == "f7" and keys["next_step"] == "pagedown"
