"""The CSV, Miro and Airtable exports at their edges, on one session of
tests/core/exact_corpus.py given three notes as a digest keeps them (flags and tags left
out when empty): a wish, a note placed by hand in two themes (one named after Jordan)
with a tag no longer in the list, and an untagged note outside the magic-wand step."""

from __future__ import annotations

import csv
import io

from tests.core.exact_corpus import LAG, boards, corpus
from wfinterview.core.framework.content import BUILTIN_TAGS, MISALIGNMENT
from wfinterview.core.outputs.airtable import airtable_tables
from wfinterview.core.outputs.evidence import themes_with_evidence
from wfinterview.core.outputs.export import export_csv, export_miro
from wfinterview.core.synthesis.anonymize import Naming, Pseudonyms
from wfinterview.core.synthesis.corpus import Corpus, Filters
from wfinterview.core.synthesis.digest import DigestNote, SessionDigest
from wfinterview.core.synthesis.themes import ThemeBoard

ROW = "Campaign Lead,Acme,1,2026-11-20"


def three_notes() -> tuple[SessionDigest, dict[str, ThemeBoard]]:
    bare: list[DigestNote] = [
        {"id": "a", "step": "sop", "at": 1.0, "text": "A wish"},
        {"id": "b", "step": "tools", "at": 2.0, "text": "Jordan re-keys it", "tags": [LAG, "own"]},
        {"id": "c", "step": "role", "at": 3.0, "text": "I run launches"},
    ]
    session = corpus().sessions[0].model_copy(update={"notes": bare})
    all_boards = boards()
    board = all_boards["Acme"]
    queue = board.create("Jordan's queue")
    misalignment = board.find_by_name(MISALIGNMENT)
    assert misalignment is not None
    board.move(f"{session.id}/b", [LAG], board.tag_themes[LAG], queue.id)
    board.move(f"{session.id}/b", [LAG], None, misalignment.id)
    return session, all_boards


def csv_lines(session: SessionDigest, all_boards: dict[str, ThemeBoard], naming: Naming) -> str:
    out = io.StringIO(newline="")
    export_csv([session], BUILTIN_TAGS, all_boards, naming, out)
    return out.getvalue()


def miro(
    session: SessionDigest, all_boards: dict[str, ThemeBoard], naming: Naming
) -> list[list[str]]:
    out = io.StringIO(newline="")
    findings = {"Tools named": ["Jira: 1 person"], MISALIGNMENT: ["x"]}
    export_miro([session], BUILTIN_TAGS, all_boards, naming, out, findings)
    return list(csv.reader(io.StringIO(out.getvalue(), newline="")))


def test_csv_rows_of_notes_without_flags_or_tags_and_one_in_two_themes() -> None:
    session, all_boards = three_notes()
    assert csv_lines(session, all_boards, Naming(None)).split("\r\n")[1:] == [
        f"a1,Jordan Lee,{ROW},SOP Gaps + Magic Wand,00:01,1,A wish,,,false,false,a",
        f"a1,Jordan Lee,{ROW},Tools & Workarounds,00:02,2,Jordan re-keys it,"
        '"Approval Lag, own","Jordan\'s queue, Cross-team misalignment",false,false,b',
        f"a1,Jordan Lee,{ROW},Role & Reality,00:03,3,I run launches,,,false,false,c",
        "",
    ]
    hidden = csv_lines(session, all_boards, Naming(Pseudonyms([session])))
    assert hidden.split("\r\n")[2] == (
        f"S0001,P01,{ROW},Tools & Workarounds,00:02,2,P01 re-keys it,"
        '"Approval Lag, own","P01\'s queue, Cross-team misalignment",false,false,b'
    )


def test_miro_columns_wishes_only_from_their_step_and_findings_after_them() -> None:
    session, all_boards = three_notes()
    sticky = "🔄 Jordan re-keys it (Jordan Lee, Campaign Lead)"  # no mark for an unknown tag
    assert miro(session, all_boards, Naming(None)) == [
        ["Jordan's queue", MISALIGNMENT, "Magic wand wishes", "Tools named"],
        [sticky, sticky, "A wish (Jordan Lee, Campaign Lead)", "Jira: 1 person"],
        ["", "x", "", ""],  # a findings column named like a theme joins it
    ]
    hidden = miro(session, all_boards, Naming(Pseudonyms([session])))
    assert hidden[0][0] == "P01's queue"
    assert hidden[1][0] == "🔄 P01 re-keys it (P01, Campaign Lead)"


def test_miro_of_nothing_is_one_empty_row() -> None:
    out = io.StringIO(newline="")
    export_miro([], BUILTIN_TAGS, boards(), Naming(None), out)
    assert out.getvalue() == "\r\n"


def test_airtable_notes_without_flags_or_tags_link_the_themes_they_were_placed_in() -> None:
    session, all_boards = three_notes()
    notes = airtable_tables([session], BUILTIN_TAGS, all_boards, [], Naming(None))["notes.csv"]
    board = all_boards["Acme"]
    queue = board.find_by_name("Jordan's queue")
    misalignment = board.find_by_name(MISALIGNMENT)
    assert queue is not None and misalignment is not None
    assert notes.split("\r\n")[1:] == [
        "a1/a,a1,SOP Gaps + Magic Wand,00:01,1,A wish,,,false,false,,",
        f'a1/b,a1,Tools & Workarounds,00:02,2,Jordan re-keys it,"Approval Lag, own",'
        f'"acme/{queue.id},acme/{misalignment.id}",false,false,,',
        "a1/c,a1,Role & Reality,00:03,3,I run launches,,,false,false,,",
        "",
    ]


def test_report_evidence_reads_notes_without_tags_beside_a_note_placed_by_hand() -> None:
    session, all_boards = three_notes()
    c = Corpus([session], BUILTIN_TAGS)
    evidence = {
        t.name: [r.note["id"] for r in t.evidence]
        for t in themes_with_evidence(c, all_boards, Filters())
    }
    assert evidence == {"Jordan's queue": ["b"], MISALIGNMENT: ["b"]}
