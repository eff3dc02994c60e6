"""Quotes held to the participant's words, and the tag language heard in a passage."""

from __future__ import annotations

from tests import factories
from tests.core.test_transcript_store import WHEN
from wfinterview.core.transcript.align import given_alignment
from wfinterview.core.transcript.model import Cue, Source, Speaker, Transcript
from wfinterview.core.transcript.quotes import QuoteCheck, check_quotes
from wfinterview.core.transcript.tag_language import TagLanguage


def transcript(speakers: list[Speaker]) -> Transcript:
    named = {s.role: s.name for s in speakers}
    return Transcript(
        session_id="s1",
        source=Source(file_name="call.vtt", kind="zoom", imported_at=WHEN),
        speakers=speakers,
        alignment=given_alignment(10.0),
        cues=[
            Cue(
                start=20.0, end=24.0, speaker=named.get("facilitator", ""), text="Who signs it off?"
            ),
            Cue(
                start=25.0,
                end=32.0,
                speaker=named.get("participant", ""),
                text="Um, honestly? Brand signs off on, uh, every single banner.",
            ),
            Cue(
                start=33.0,
                end=38.0,
                speaker=named.get("participant", ""),
                text="We keep our own tracker because nobody trusts the dashboard.",
            ),
        ],
    )


def test_each_quote_is_verbatim_close_or_not_found() -> None:
    notes = [
        factories.note("Brand signs off on every single banner", "approvals", 20.0, quote=True),
        factories.note(
            "We keep a tracker, nobody trusts the dashboards", "tools", 30.0, quote=True
        ),
        factories.note("Legal is the bottleneck", "approvals", 31.0, quote=True),
        factories.note("Not a quote", "approvals", 32.0),
    ]
    session = factories.session(notes=notes)
    people = [Speaker(name="Sam", role="facilitator"), Speaker(name="Jo", role="participant")]
    assert check_quotes(session, transcript(people)) == [
        QuoteCheck(
            notes[0].id, "verbatim", "Brand signs off on, uh, every single banner.", 26.4, 1.0
        ),
        QuoteCheck(
            notes[1].id,
            "close",
            "We keep our own tracker because nobody trusts the dashboard.",
            33.0,
            0.778,
        ),
        QuoteCheck(notes[2].id, "not found", likeness=0.4),
    ]


def test_the_facilitators_words_are_never_the_participants_quote() -> None:
    session = factories.session(
        notes=[factories.note("Who signs it off?", "approvals", 12.0, quote=True)]
    )
    people = [Speaker(name="Sam", role="facilitator"), Speaker(name="Jo", role="participant")]
    assert [c.verdict for c in check_quotes(session, transcript(people))] == ["not found"]
    # With nobody named, every word may be the participant's.
    assert [c.verdict for c in check_quotes(session, transcript([]))] == ["verbatim"]


def test_tag_language_is_heard_in_phrases_that_mean_it() -> None:
    language = TagLanguage()

    def heard(text: str) -> list[tuple[str, str]]:
        return [(h.tag, h.phrase) for h in language.heard(text)]

    assert heard("Honestly we are waiting for legal again") == [
        ("approval_lag", "waiting for legal again")
    ]
    assert heard("Nobody owns the naming convention") == [
        ("ghost_ownership", "nobody owns the naming")
    ]
    assert heard("I copy it into a spreadsheet") == [("integration_gaps", "copy it into a")]
    assert heard("On paper the SOP says two days") == [("sop_mismatch", "on paper the sop")]
    assert heard("Marketo is so clunky") == [("tool_friction", "clunky")]
    assert heard("We have a weekly pipeline review") == []
