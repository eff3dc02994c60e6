"""The recording lined up with the interview clock from the notes alone: synthetic calls
whose transcript was made from their notes with a known offset, typing delay and filler
speech (tests/transcript_calls.py), written as Zoom and Teams write them."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

import pytest

from tests.transcript_calls import (
    FACILITATOR,
    PARTICIPANT,
    SpokenCue,
    make_call,
    teams_vtt,
    zoom_vtt,
)
from wfinterview.core.framework.errors import UserError
from wfinterview.core.transcript.align import estimate_alignment, given_alignment
from wfinterview.core.transcript.importing import make_transcript
from wfinterview.core.transcript.model import Cue, Speaker
from wfinterview.core.transcript.reading import read_transcript_file
from wfinterview.core.transcript.speakers import match_speakers, parse_speaker_option


@pytest.mark.parametrize("offset", [-20.0, 0.0, 7.5, 83.0, 412.0, 1325.0])
@pytest.mark.parametrize(("write", "kind"), [(zoom_vtt, "zoom"), (teams_vtt, "teams")])
def test_the_offset_is_found_within_five_seconds(
    tmp_path: Path, offset: float, write: Callable[[Sequence[SpokenCue]], str], kind: str
) -> None:
    for seed in (1, 2, 3):
        call = make_call(offset, seed=seed)
        path = tmp_path / f"{kind}.vtt"
        path.write_text(write(call.cues), encoding="utf-8")
        transcript = make_transcript(read_transcript_file(path), call.session, path.name)
        assert transcript.source.kind == kind
        assert transcript.speakers == [
            Speaker(name=FACILITATOR, role="facilitator", how="name"),
            Speaker(name=PARTICIPANT, role="participant", how="name"),
        ]
        alignment = transcript.alignment
        assert abs(alignment.offset - offset) <= 5.0, (seed, alignment.offset)
        assert len(alignment.shifts) == 1
        assert (alignment.how, alignment.sure, alignment.notes) == ("estimated", "high", 18)
        assert alignment.matched_notes >= 17


@pytest.mark.parametrize("delays", [(1.0, 4.0), (2.0, 12.0), (4.0, 15.0)])
def test_slow_or_quick_typing_still_lands_within_five_seconds(delays: tuple[float, float]) -> None:
    for seed in range(1, 6):
        call = make_call(60.0, seed=seed, delays=delays)
        cues = [Cue(start=c.start, end=c.end, speaker=c.speaker, text=c.text) for c in call.cues]
        assert abs(estimate_alignment(call.session.notes, cues).offset - 60.0) <= 5.0


def test_a_pause_of_the_clock_is_a_second_offset_from_then_on() -> None:
    call = make_call(60.0, seed=4, pause_after=8, pause_seconds=120.0)
    cues = [Cue(start=c.start, end=c.end, speaker=c.speaker, text=c.text) for c in call.cues]
    alignment = estimate_alignment(call.session.notes, cues)
    first, second = alignment.shifts
    assert first.at == 0.0 and abs(first.offset - 60.0) <= 5.0
    assert abs(second.offset - 180.0) <= 5.0
    notes = call.session.notes
    assert notes[8].at < second.at < notes[9].at  # between the last note before and the first after
    assert alignment.sure == "high"
    # Each note maps into the recording with its own side of the pause.
    assert abs(alignment.recording_time(notes[9].at) - (notes[9].at + 180.0)) <= 5.0
    assert abs(alignment.recording_time(notes[8].at) - (notes[8].at + 60.0)) <= 5.0
    # A moment said during the pause reads as the clock's time when it stopped.
    pause_start = second.at + first.offset + 30.0
    assert alignment.clock_time(pause_start) == second.at


def test_a_transcript_of_another_call_is_reported_as_unsure() -> None:
    call = make_call(60.0, seed=1)
    other = make_call(60.0, seed=2, lines=[("role", "Plays the cello on weekends", "x")] * 6)
    cues = [Cue(start=c.start, end=c.end, speaker=c.speaker, text=c.text) for c in call.cues]
    alignment = estimate_alignment(other.session.notes, cues)
    assert (alignment.sure, alignment.matched_notes, alignment.notes) == ("low", 0, 6)


def test_an_offset_given_is_kept_as_given() -> None:
    alignment = given_alignment(-12.5)
    assert (alignment.how, alignment.sure, alignment.offset) == ("given", "given", -12.5)
    assert alignment.recording_time(100.0) == 87.5
    assert alignment.clock_time(87.5) == 100.0
    assert alignment.clock_time(5.0) == 17.5  # the recording started after the clock
    assert given_alignment(12.5).clock_time(5.0) == 0.0  # said before the clock started


def test_speakers_are_matched_by_name_by_elimination_or_by_who_talks_most() -> None:
    words = {"Ana García (she/her)": 900, "Sam's iPhone": 300}
    assert match_speakers(words, "Ana Garcia", "Sam Okafor") == [
        Speaker(name="Ana García (she/her)", role="participant", how="name"),
        Speaker(name="Sam's iPhone", role="facilitator", how="remaining"),
    ]
    assert match_speakers({"Speaker 1": 100, "Speaker 2": 800}, "Ana", "") == [
        Speaker(name="Speaker 1", role="facilitator", how="guessed"),
        Speaker(name="Speaker 2", role="participant", how="guessed"),
    ]
    three = {"Ana": 5, "Sam Okafor": 5, "Lee": 5}
    assert match_speakers(three, "Ana Garcia", "Sam", {"Lee": "other"}) == [
        Speaker(name="Ana", role="participant", how="name"),
        Speaker(name="Sam Okafor", role="facilitator", how="name"),
        Speaker(name="Lee", role="other", how="given"),
    ]
    with pytest.raises(UserError, match="^the transcript has no speaker 'Bob'; it names 'Ana'"):
        match_speakers({"Ana": 1}, "Ana", "", {"Bob": "participant"})


@pytest.mark.parametrize(
    ("text", "result"),
    [
        ("Ana G=participant", ("Ana G", "participant")),
        ("Dr. A=B = Facilitator", ("Dr. A=B", "facilitator")),
    ],
)
def test_speaker_option(text: str, result: tuple[str, str]) -> None:
    assert parse_speaker_option(text) == result


@pytest.mark.parametrize(
    ("text", "error"),
    [
        ("Ana", "--speaker 'Ana' is not NAME=ROLE"),
        ("Ana=boss", "--speaker 'Ana=boss': the role is one of participant, facilitator, other"),
    ],
)
def test_a_speaker_option_that_is_wrong_says_how(text: str, error: str) -> None:
    with pytest.raises(UserError, match=f"^{error}"):
        parse_speaker_option(text)
