"""The JSON export carries each interview's transcript; anonymized, it names no speaker."""

from __future__ import annotations

import io
import json
from datetime import datetime, timedelta, timezone
from pathlib import Path

from tests import factories
from tests.core.test_transcript_store import WHEN
from wfinterview.core.outputs.json_export import export_json
from wfinterview.core.synthesis.anonymize import Naming, Pseudonyms
from wfinterview.core.transcript.align import given_alignment
from wfinterview.core.transcript.model import Cue, Source, Speaker, Transcript
from wfinterview.core.transcript.store import TranscriptStore

EXPORTED = datetime(2026, 11, 21, 9, 0, tzinfo=timezone(timedelta(hours=1)))
SESSION = "20261120-1000-jordan-ab12"


def call() -> Transcript:
    return Transcript(
        session_id=SESSION,
        source=Source(file_name="Jordan Reyes call.vtt", kind="teams", imported_at=WHEN),
        speakers=[
            Speaker(name="Sam Okafor", role="facilitator"),
            Speaker(name="Jordan Reyes (Guest)", role="participant"),
            Speaker(name="Priya Natarajan", role="other", how="guessed"),
        ],
        alignment=given_alignment(12.0),
        cues=[
            Cue(start=1.0, end=3.0, speaker="Sam Okafor", text="Thanks Jordan, and hi Priya."),
            Cue(start=3.5, end=6.0, speaker="Jordan Reyes (Guest)", text="Sam, we wait for legal."),
            Cue(start=6.5, end=8.0, speaker="Priya Natarajan", text="Natarajan here, from Ops."),
        ],
    )


def exported(naming_on: bool) -> dict[str, object]:
    session = factories.session(session_id=SESSION, name="Jordan Reyes")
    session.facilitator = "Sam Okafor"
    naming = Naming(Pseudonyms([session]) if naming_on else None)
    out = io.StringIO()
    export_json([session], naming, out, when=EXPORTED, transcripts={SESSION: call()})
    document: dict[str, object] = json.loads(out.getvalue())["sessions"][0]
    return document


def test_the_json_export_carries_the_transcript_whole() -> None:
    assert exported(False)["transcript"] == json.loads(call().model_dump_json())


def test_anonymized_the_transcript_names_no_speaker() -> None:
    transcript = exported(True)["transcript"]
    assert isinstance(transcript, dict)
    assert transcript["session_id"] == "S0001"
    assert transcript["source"]["file_name"] == "teams transcript"
    assert [s["name"] for s in transcript["speakers"]] == ["F1", "P01", "Speaker 1"]
    assert [(c["speaker"], c["text"]) for c in transcript["cues"]] == [
        ("F1", "Thanks P01, and hi Speaker 1."),
        ("P01", "F1, we wait for legal."),
        ("Speaker 1", "Speaker 1 here, from Ops."),
    ]
    text = json.dumps(transcript)
    for name in ("Jordan", "Reyes", "Sam", "Okafor", "Priya", "Natarajan"):
        assert name not in text


def test_a_session_without_a_transcript_gets_no_key(tmp_path: Path) -> None:
    session = factories.session(session_id=SESSION)
    out = io.StringIO()
    export_json([session], Naming(None), out, when=EXPORTED, transcripts={})
    assert "transcript" not in json.loads(out.getvalue())["sessions"][0]


def test_transcripts_for_an_export_and_a_line_for_each_unreadable_one(tmp_path: Path) -> None:
    store = TranscriptStore(tmp_path)
    store.save(call(), factories.session(session_id=SESSION), "me")
    (tmp_path / "transcripts" / "s2.json").write_text("{", encoding="utf-8")
    found, problems = store.load_many([SESSION, "s2", "s3"])
    assert found == {SESSION: call()}
    assert problems == [
        f"{tmp_path / 'transcripts' / 's2.json'}: is not valid JSON (truncated or damaged?) "
        "at line 1, column 2"
    ]
