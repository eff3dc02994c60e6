"""Transcripts on disk: their own folder, owner-only, and any damaged one reported in one
line and left as it is."""

from __future__ import annotations

import json
import os
import stat
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from tests import factories
from wfinterview.core.framework.errors import UserError
from wfinterview.core.transcript.align import given_alignment
from wfinterview.core.transcript.model import Cue, Source, Speaker, Transcript
from wfinterview.core.transcript.store import TranscriptStore, UnreadableTranscript

SESSION = "20261120-1000-jordan-ab12"
WHEN = datetime(2026, 11, 20, 11, 0, tzinfo=timezone(timedelta(hours=1)))


def transcript(session_id: str = SESSION) -> Transcript:
    return Transcript(
        session_id=session_id,
        source=Source(file_name="zoom.vtt", kind="zoom", imported_at=WHEN),
        speakers=[Speaker(name="Jordan", role="participant")],
        alignment=given_alignment(12.0),
        cues=[Cue(start=1.0, end=2.5, speaker="Jordan", text="We wait for legal")],
    )


def test_saved_owner_only_under_transcripts_and_read_back(tmp_path: Path) -> None:
    store = TranscriptStore(tmp_path)
    session = factories.session()
    path = store.save(transcript(), session, "me-1234")
    assert path == tmp_path / "transcripts" / f"{SESSION}.json"
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE((tmp_path / "transcripts").stat().st_mode) == 0o700
    assert store.load(SESSION) == transcript()
    assert store.load("20261120-1000-other-ab12") is None
    assert store.remove(session, "me-1234") is True
    assert store.remove(session, "me-1234") is False
    assert os.listdir(tmp_path / "transcripts") == []


def test_only_the_sessions_writer_changes_its_transcript(tmp_path: Path) -> None:
    store = TranscriptStore(tmp_path)
    theirs = factories.session(writer="them-9999")
    with pytest.raises(UserError, match="is recorded by them-9999; only that installation"):
        store.save(transcript(), theirs, "me-1234")
    store.save(transcript(), factories.session(), "me-1234")
    with pytest.raises(UserError, match="is recorded by them-9999"):
        store.remove(theirs, "me-1234")
    assert store.load(SESSION) is not None


def test_a_cue_naming_no_known_speaker_is_refused() -> None:
    data = json.loads(transcript().model_dump_json())
    data["cues"][0]["speaker"] = "Nobody"
    with pytest.raises(ValueError, match=r"cues\[0\]\.speaker 'Nobody' is not in speakers"):
        Transcript.model_validate_json(json.dumps(data))


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b'{"format": "wfinterview.transcript", "ver', "is not valid JSON (truncated or damaged?)"),
        (b"\xff\xfe junk", "is not UTF-8 text"),
        (b"[" * 100_000 + b"]" * 100_000, "is nested more than 48 levels deep"),
        (b'{"format": "wfinterview.session"}', "is not a wfinterview transcript file"),
        (
            b'{"format": "wfinterview.transcript", "version": 7}',
            "was written by a newer wfinterview (file version 7); upgrade wfinterview to open it",
        ),
        (b'{"format": "wfinterview.transcript", "version": 1}', "has invalid fields: "),
    ],
)
def test_a_damaged_transcript_is_reported_in_one_line_and_left_alone(
    tmp_path: Path, content: bytes, reason: str
) -> None:
    folder = tmp_path / "transcripts"
    folder.mkdir()
    path = folder / f"{SESSION}.json"
    path.write_bytes(content)
    with pytest.raises(UnreadableTranscript) as raised:
        TranscriptStore(tmp_path).load(SESSION)
    assert len(raised.value.lines) == 1
    assert raised.value.lines[0].startswith(f"{path}: {reason}")
    assert path.read_bytes() == content


def test_another_sessions_transcript_or_a_link_is_refused(tmp_path: Path) -> None:
    store = TranscriptStore(tmp_path)
    store.save(transcript("20261120-1000-other-ab12"), factories.session(), "me")
    os.rename(store.path_for("20261120-1000-other-ab12"), store.path_for(SESSION))
    with pytest.raises(UnreadableTranscript, match="belongs to session '20261120-1000-other-ab12'"):
        store.load(SESSION)
    store.path_for(SESSION).unlink()
    store.path_for(SESSION).symlink_to(tmp_path / "elsewhere.json")
    with pytest.raises(UnreadableTranscript, match="is a symbolic link"):
        store.load(SESSION)


def test_a_session_id_that_could_leave_the_folder_is_refused(tmp_path: Path) -> None:
    with pytest.raises(UserError, match="is not a session id"):
        TranscriptStore(tmp_path).path_for("../sessions/x")
