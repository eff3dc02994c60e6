"""One rule for a magic-wand wish, the same in the recap, Voices, the report and the exports."""

from __future__ import annotations

import csv
import io

from tests import factories
from tests.core.exact_corpus import digest, note
from wfinterview.core.framework.content import BUILTIN_TAGS
from wfinterview.core.interview.recap import draft_recap
from wfinterview.core.outputs.export import export_miro
from wfinterview.core.outputs.report import write_report
from wfinterview.core.outputs.report_data import Wish, gather
from wfinterview.core.synthesis.anonymize import Naming, Pseudonyms
from wfinterview.core.synthesis.corpus import Corpus, Filters
from wfinterview.core.synthesis.themes import ThemeBoard

NOTES = [
    note("SOP from 2019", ["sop_mismatch"], step="sop", at=10),  # a problem of that step
    note("Send her the SOP template", step="sop", at=20, follow_up=True),  # my own question
    note("Context from the walkthrough", step="walkthrough", at=5),  # another step
    note("One intake form", step="sop", at=30),
    note("I'd love one inbox", step="sop", at=40, quote=True),
]


def test_the_same_notes_are_wishes_everywhere() -> None:
    session = factories.session("w1", "Ana García", notes=NOTES, round=2)
    assert draft_recap(session).magic_wand == "- One intake form\n- “I'd love one inbox”"

    corpus = Corpus([digest(session, 0)], BUILTIN_TAGS)
    assert [ref.note["text"] for ref in corpus.wishes(Filters())] == [
        "One intake form",
        "I'd love one inbox",
    ]

    boards = {"Acme": ThemeBoard.starting(BUILTIN_TAGS)}
    out = io.StringIO(newline="")
    export_miro(corpus.sessions, BUILTIN_TAGS, boards, Naming(None), out)
    table = list(csv.reader(io.StringIO(out.getvalue(), newline="")))
    column = table[0].index("Magic wand wishes")
    assert [row[column] for row in table[1:] if row[column]] == [
        "One intake form (Ana García, Campaign Lead)",
        "“I'd love one inbox” (Ana García, Campaign Lead)",
    ]
    assert "Quotes" not in table[0]  # the quoted wish is a wish, once

    report = write_report(corpus, boards, Filters(engagement="Acme"), Naming(None))
    wishes = report.split("## Magic-wand wishes\n", 1)[1].split("\n\n", 1)[0]
    assert wishes == (
        "\n- One intake form (*Ana García, Campaign Lead, round 2*)\n"
        "- I'd love one inbox (*Ana García, Campaign Lead, round 2*)\n"
    )


def test_the_reports_wishes_carry_speaker_and_round_as_the_report_names_people() -> None:
    session = factories.session("w1", "Ana García", notes=NOTES, round=2)
    corpus = Corpus([digest(session, 0)], BUILTIN_TAGS)
    boards = {"Acme": ThemeBoard.starting(BUILTIN_TAGS)}
    anonymized = Naming(Pseudonyms(corpus.sessions))
    data = gather(corpus, boards, Filters(engagement="Acme"), anonymized)
    assert data.wishes_said == [
        Wish("One intake form", "P01", "Campaign Lead", "Acme", 2),
        Wish("I'd love one inbox", "P01", "Campaign Lead", "Acme", 2),
    ]
