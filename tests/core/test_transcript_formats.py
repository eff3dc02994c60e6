"""Each call tool's transcript, as the tool writes it (tests/fixtures/transcripts/), read into
the same words, times and speakers."""

from __future__ import annotations

from pathlib import Path

import pytest

from wfinterview.core.framework.errors import UserError
from wfinterview.core.transcript.parsed import ParsedCue
from wfinterview.core.transcript.reading import read_transcript_file

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "transcripts"
SAM, JORDAN = "Sam Okafor", "Jordan Reyes"
ASKED = "Thanks for joining, Jordan. Could you walk me through a launch?"
BRIEF = "Sure. The brief starts in a Google Doc from product marketing."
LEGAL = "Then honestly we wait for legal, sometimes a whole week."
WEEK = "A whole week?"
SHEET = "Yeah, um, and I copy it into a spreadsheet so nobody loses track."


def cues(jordan: str = JORDAN) -> list[ParsedCue]:
    return [
        ParsedCue(1.35, 4.8, SAM, ASKED),
        ParsedCue(5.1, 9.9, jordan, BRIEF),
        ParsedCue(10.0, 14.2, jordan, LEGAL),
        ParsedCue(14.9, 16.3, SAM, WEEK),
        ParsedCue(16.8, 21.45, jordan, SHEET),
    ]


@pytest.mark.parametrize(
    ("name", "kind", "jordan"),
    [
        ("zoom.vtt", "zoom", JORDAN),
        # Teams: voice spans, times unpadded (0:0:10.0), a guest's name as Teams shows it.
        ("teams.vtt", "teams", "Jordan Reyes (Guest)"),
        # Meet: the name only where the speaker changes, captions wrapped over two lines.
        ("meet.vtt", "meet", JORDAN),
        ("subrip.srt", "srt", JORDAN),  # Windows line ends
    ],
)
def test_each_tools_file_reads_as_the_same_cues(name: str, kind: str, jordan: str) -> None:
    parsed = read_transcript_file(FIXTURES / name)
    assert parsed.kind == kind
    assert parsed.cues == cues(jordan)
    assert parsed.skipped == []


def test_otter_text_is_read_as_passages_ending_where_the_next_starts() -> None:
    parsed = read_transcript_file(FIXTURES / "otter.txt")
    assert parsed.kind == "otter"
    assert parsed.cues == [
        ParsedCue(1.0, 5.0, SAM, ASKED),
        ParsedCue(5.0, 14.0, JORDAN, f"{BRIEF} {LEGAL}"),
        ParsedCue(14.0, 15.8, SAM, WEEK),  # 3 words at 0.6 s: it ends before the next starts
        ParsedCue(16.0, 23.8, JORDAN, SHEET),  # the last: 13 words at 0.6 s
    ]


def test_sbv_names_no_speaker() -> None:
    parsed = read_transcript_file(FIXTURES / "youtube.sbv")
    assert parsed.kind == "sbv"
    assert parsed.cues == [
        ParsedCue(1.35, 4.8, "", ASKED),
        ParsedCue(5.1, 9.9, "", BRIEF),
        ParsedCue(10.0, 14.2, "", LEGAL),
    ]


def test_control_characters_are_removed_and_bidi_kept_for_showing() -> None:
    parsed = read_transcript_file(FIXTURES / "hostile.vtt")
    assert [(c.speaker, c.text) for c in parsed.cues] == [
        ("]52;c;ZXZpbA==Mallory[2J", "Hello \u202ethere"),
        ("]52;c;ZXZpbA==Mallory[2J", "Second [31mred"),
    ]


def test_a_cue_whose_time_cannot_be_read_is_named_not_dropped_in_silence(
    tmp_path: Path,
) -> None:
    path = tmp_path / "call.vtt"
    path.write_text(
        "WEBVTT\n\n1\n00:00:01.000 --> 00:00:02.000\nSam Okafor: Hello\n\n"
        "2\n00:00:03.000 --> 00:00:04.000\nSam Okafor: Again\n\n"
        "3\n00:99:05.000 --> 00:99:06.000\nSam Okafor: Lost\n",
        encoding="utf-8",
    )
    parsed = read_transcript_file(path)
    assert [c.text for c in parsed.cues] == ["Hello", "Again"]
    assert parsed.skipped == [
        "line 12: the cue time '00:99:05.000 --> 00:99:06.000' cannot be read; cue skipped"
    ]


def test_a_name_before_a_colon_said_once_is_words_not_a_speaker(tmp_path: Path) -> None:
    path = tmp_path / "call.srt"
    path.write_text(
        "1\n00:00:01,000 --> 00:00:02,000\nHonestly: it is a mess\n\n"
        "2\n00:00:03,000 --> 00:00:04,000\nand a big one\n",
        encoding="utf-8",
    )
    assert [(c.speaker, c.text) for c in read_transcript_file(path).cues] == [
        ("", "Honestly: it is a mess"),
        ("", "and a big one"),
    ]


def test_where_every_cue_is_named_one_who_spoke_once_is_a_speaker_too(tmp_path: Path) -> None:
    path = tmp_path / "zoom.vtt"
    path.write_text(
        "WEBVTT\n\n1\n00:00:01.000 --> 00:00:04.000\nSam: Can you say more about that?\n\n"
        "2\n00:00:05.000 --> 00:00:09.000\nJordan Test: We wait for legal: every time.\n\n"
        "3\n00:00:10.000 --> 00:00:14.000\nJordan Test: Then I copy it into a sheet.\n",
        encoding="utf-8",
    )
    assert [(c.speaker, c.text) for c in read_transcript_file(path).cues] == [
        ("Sam", "Can you say more about that?"),
        ("Jordan Test", "We wait for legal: every time."),
        ("Jordan Test", "Then I copy it into a sheet."),
    ]


def test_a_utf16_file_with_its_byte_order_mark_is_read(tmp_path: Path) -> None:
    path = tmp_path / "teams.vtt"
    path.write_bytes((FIXTURES / "teams.vtt").read_text(encoding="utf-8").encode("utf-16"))
    assert read_transcript_file(path).cues == cues("Jordan Reyes (Guest)")


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (None, "is not UTF-8 text (byte 70 is not)"),  # damaged.vtt
        (b"", "is not a transcript wfinterview reads"),
        (b'{"format": "wfinterview.session"}', "is not a transcript wfinterview reads"),
        (b"WEBVTT\n\nno cue here\n", "holds no words (a transcript with no cues)"),
    ],
)
def test_a_file_that_is_no_transcript_is_refused_in_one_line_naming_it(
    tmp_path: Path, content: bytes | None, reason: str
) -> None:
    path = FIXTURES / "damaged.vtt" if content is None else tmp_path / "call.vtt"
    if content is not None:
        path.write_bytes(content)
    with pytest.raises(UserError) as raised:
        read_transcript_file(path)
    assert len(raised.value.lines) == 1
    assert raised.value.lines[0].startswith(f"{path}: {reason}")


def test_a_folder_or_a_missing_file_is_refused_in_one_line(tmp_path: Path) -> None:
    with pytest.raises(UserError, match=f"^{tmp_path}: is a folder, not a file$"):
        read_transcript_file(tmp_path)
    missing = tmp_path / "gone.vtt"
    with pytest.raises(UserError, match="gone.vtt: no such file"):
        read_transcript_file(missing)
