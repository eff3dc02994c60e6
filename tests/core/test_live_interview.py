"""The live interview as the cockpit drives it: Enter, the tag and flag keys, PgUp/PgDn,
ctrl+↑/↓, pause and end; and what each saves. Exact figures: a clock the test moves by
hand, with times that are not whole seconds, so every rounding shows."""

from __future__ import annotations

from tests import factories
from wfinterview.core.framework.content import BUILTIN_TAGS
from wfinterview.core.framework.models import Session
from wfinterview.core.interview.clock import InterviewClock, mmss, time_since
from wfinterview.core.interview.live import LiveInterview, new_session


class Ticks:
    """A monotonic clock the test moves by hand."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def live(clock: Ticks, saved: list[Session], **fields: object) -> LiveInterview:
    return LiveInterview(factories.session(**fields), BUILTIN_TAGS, saved.append, now=clock)


def test_enter_files_a_note_under_the_step_at_the_clock_time() -> None:
    clock, saved = Ticks(), []
    interview = live(clock, saved)
    clock.now += 75.26
    done = interview.commit(
        "Legal takes a week #appr", ["tool_friction"], quote=True, follow_up=True
    )
    note = done.note
    assert note is not None and done.retagged is None
    assert (note.step, note.at, note.text, note.tags, note.quote, note.follow_up) == (
        "role",
        75.3,
        "Legal takes a week",
        ["tool_friction", "approval_lag"],
        True,
        True,
    )
    assert saved[-1].notes == [note] and len(saved) == 1
    plain = interview.commit("Briefs by Slack").note
    assert plain is not None and (plain.tags, plain.quote, plain.follow_up) == ([], False, False)
    assert plain.id != note.id and len(plain.id) == 8
    assert interview.last_note is plain


def test_a_note_of_hashtags_alone_tags_the_last_note() -> None:
    clock, saved = Ticks(), []
    interview = live(clock, saved)
    assert interview.commit("#ghost") == interview.commit("   ") == interview.commit("")
    assert interview.commit("#ghost").note is None and saved == []  # no note yet: nothing
    first = interview.commit("Nobody owns UTMs").note
    done = interview.commit("#ghost #sop")
    assert done.note is None and done.retagged is first
    assert first is not None and first.tags == ["ghost_ownership", "sop_mismatch"]
    assert len(saved) == 2 and len(interview.session.notes) == 1
    assert interview.commit("#ghost").retagged is first and first.tags == ["sop_mismatch"]
    nothing = interview.commit("   #unknown")
    assert nothing.note is not None and nothing.note.text == "#unknown"  # not a tag: text
    assert interview.commit("  ").note is None and len(saved) == 4


def test_tag_and_flag_keys_act_on_the_last_note_and_save() -> None:
    saved: list[Session] = []
    interview = live(Ticks(), saved)
    assert interview.toggle_tag_on_last("approval_lag") is None
    assert interview.toggle_flag_on_last("quote") is None and saved == []
    interview.commit("first")
    last = interview.commit("second").note
    assert interview.toggle_tag_on_last("approval_lag") is last
    assert interview.toggle_tag_on_last("not_a_tag") is last
    assert last is not None and last.tags == ["approval_lag"]
    assert interview.toggle_flag_on_last("quote") is last and last.quote
    assert interview.toggle_flag_on_last("follow_up") is last and last.follow_up
    assert interview.toggle_flag_on_last("quote") is last and not last.quote
    assert interview.session.notes[0].tags == [] and not interview.session.notes[0].quote
    assert len(saved) == 2 + 5
    assert saved[-1].notes[-1].follow_up


def test_questions_move_within_the_step_and_stop_at_its_ends() -> None:
    saved: list[Session] = []
    interview = live(Ticks(), saved)
    count = len(interview.step.questions)
    assert count >= 3 and interview.question_index() == 0
    assert interview.move_question(1) == 1
    assert interview.move_question(count + 5) == count - 1
    assert interview.move_question(-2) == count - 3
    assert interview.move_question(-99) == 0
    assert interview.session.current_question == {"role": 0} and len(saved) == 4
    interview.go_to_step(1)
    assert interview.question_index() == 0 and interview.move_question(1) == 1
    assert saved[-1].current_question == {"role": 0, "walkthrough": 1}


def test_a_step_without_questions_has_nothing_to_move() -> None:
    saved: list[Session] = []
    interview = live(Ticks(), saved)
    interview.step.questions.clear()
    assert interview.move_question(1) == 0 and saved == []


def test_time_on_each_step_and_what_is_left_of_the_plan() -> None:
    clock, saved = Ticks(), []
    interview = live(clock, saved, elapsed_seconds=100.0, step_seconds={"role": 40.0})
    assert interview.elapsed() == 100.0  # the saved time goes on
    assert interview.remaining() == 25 * 60 - 100.0
    clock.now += 20.5
    assert interview.step_elapsed() == interview.step_elapsed("role") == 60.5
    assert interview.step_elapsed("tools") == 0.0
    assert interview.go_to_step(2)
    clock.now += 10.25
    assert interview.step_elapsed("role") == 60.5
    assert interview.step_elapsed() == interview.step_elapsed("tools") == 10.25
    assert interview.remaining() == 25 * 60 - 130.75
    assert interview.go_to_step(0)
    clock.now += 1.0
    assert interview.step_elapsed() == 61.5
    assert saved[-1].step_seconds == {"role": 60.5, "tools": 10.25}


def test_saved_times_keep_three_decimals() -> None:
    clock, saved = Ticks(), []
    interview = live(clock, saved)
    clock.now += 12.34567
    interview.go_to_step(1)
    assert saved[-1].elapsed_seconds == 12.346
    assert saved[-1].step_seconds == {"role": 12.346, "walkthrough": 0.0}
    clock.now += 0.00049
    interview.save()
    assert saved[-1].step_seconds == {"role": 12.346, "walkthrough": 0.0}
    assert saved[-1].elapsed_seconds == 12.346


def test_pause_stops_the_clock_and_is_saved() -> None:
    clock, saved = Ticks(), []
    interview = live(clock, saved)
    clock.now += 30
    assert interview.toggle_pause() is False
    assert saved[-1].paused and saved[-1].elapsed_seconds == 30
    clock.now += 500
    assert interview.elapsed() == 30
    assert interview.toggle_pause() is True and not saved[-1].paused
    clock.now += 5
    assert interview.elapsed() == 35 and interview.step_elapsed() == 35


def test_a_paused_session_reopens_paused_with_its_time() -> None:
    clock = Ticks()
    interview = live(clock, [], elapsed_seconds=42.5, paused=True)
    clock.now += 100
    assert not interview.clock.running and interview.elapsed() == 42.5
    running = live(clock, [], elapsed_seconds=42.5)
    clock.now += 1
    assert running.clock.running and running.elapsed() == 43.5


def test_a_new_session_starts_on_the_first_step_of_its_agenda() -> None:
    agenda = factories.agenda("campaign")
    plain = new_session("s1", agenda, "Jordan")
    assert (plain.engagement, plain.facilitator, plain.round) == ("", "", 1)
    assert (plain.planned_minutes, plain.current_step, plain.participant.role) == (
        agenda.minutes,
        "role",
        agenda.role,
    )
    full = new_session("s2", agenda, "Priya", "Acme", 30, "Sam", round_number=2)
    assert (full.engagement, full.facilitator, full.round, full.planned_minutes) == (
        "Acme",
        "Sam",
        2,
        30,
    )
    assert full.participant.name == "Priya" and full.started_at.tzinfo is not None


def test_a_new_clock_runs_from_zero() -> None:
    clock = Ticks()
    timer = InterviewClock(now=clock)
    clock.now += 7
    assert timer.running and timer.elapsed() == 7


def test_the_clock_reads_minutes_and_seconds() -> None:
    assert [mmss(s) for s in (-5, 0, 0.9, 59.9, 60, 754.2, 6000)] == [
        "00:00",
        "00:00",
        "00:00",
        "00:59",
        "01:00",
        "12:34",
        "100:00",
    ]


def test_time_since_the_call_at_each_boundary() -> None:
    from datetime import timedelta

    then = factories.STARTED

    def since(**delta: float) -> str:
        return time_since(then, then + timedelta(**delta))

    assert since(seconds=59) == "just now"
    assert since(seconds=60) == "1 min ago"
    assert since(seconds=119) == "1 min ago"
    assert since(minutes=59, seconds=59) == "59 min ago"
    assert since(minutes=60) == "1 h ago"
    assert since(hours=47, minutes=59) == "47 h ago"
    assert since(hours=48) == "2 days ago"
    assert since(hours=71) == "2 days ago"
    assert since(seconds=-30) == "just now"  # a clock set back
