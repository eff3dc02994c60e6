"""Complete exports: JSON with the plans, Airtable's linked tables, Excel's CSV, a Miro
board per engagement; and `--anonymize` over every new output."""

from __future__ import annotations

import csv
import io
import json
from datetime import date
from pathlib import Path

import pytest

from tests.cli.helpers import run_main
from tests.cli.test_synthesis_commands import leaks, people_sessions
from wfinterview.core.framework.content import BUILTIN_TAGS
from wfinterview.core.framework.models import Session
from wfinterview.core.plan.actions import new_action
from wfinterview.core.plan.edits import (
    AddAction,
    AddRaciActivity,
    AddRaciMatrix,
    AddRaciParty,
    AddStage,
    CreateTheme,
    MoveNote,
    SetRaciCell,
)
from wfinterview.core.plan.engagement_file import EngagementFile
from wfinterview.core.plan.engagements import EngagementStore
from wfinterview.core.storage.paths import Paths


def with_plan(paths: Paths, sessions: list[Session]) -> EngagementStore:
    """A plan in Acme holding names: an owner, a validator, a RACI party, a hand-placed
    note, a theme named after a person, an approval stage."""
    store = EngagementStore(paths.engagements_dir, BUILTIN_TAGS, paths.writer)
    first = sessions[0]
    theme_id = store.load("Acme").themes.new_id("What Jordan Lee wants")
    note_key = f"{first.id}/{first.notes[0].id}"
    action = new_action(
        [], "Ask Jordan about the legal SLA", "approval_timeline", [note_key], theme_id=theme_id
    )
    action.owner, action.validated_by, action.due = "Priya Shah", ["Jordan Lee"], date(2027, 2, 1)
    for edit in (
        CreateTheme(theme_id=theme_id, name="What Jordan Lee wants"),
        MoveNote(note_key=note_key, tags=first.notes[0].tags, from_id=None, to_id=theme_id),
        AddAction(action=action),
        AddRaciMatrix(name="launch"),
        AddRaciActivity(matrix="launch", activity="Brief sign-off"),
        AddRaciParty(matrix="launch", party="Jordan Lee"),
        SetRaciCell(matrix="launch", activity="Brief sign-off", party="Jordan Lee", role="A"),
        AddStage(name="legal", target_days=3),
    ):
        store.apply("Acme", edit)
    return store


def test_json_export_reads_back_as_the_same_sessions_and_plans(
    isolated_dirs: Paths, capsys: pytest.CaptureFixture[str]
) -> None:
    sessions = people_sessions(isolated_dirs)
    store = with_plan(isolated_dirs, sessions)
    result = run_main(capsys, "export", "--format", "json")
    assert result.code == 0, result.err
    data = json.loads(result.out)
    assert [Session.model_validate_json(json.dumps(s)) for s in data["sessions"]] == sessions
    plans = [EngagementFile.model_validate_json(json.dumps(e)) for e in data["engagements"]]
    assert [p.engagement for p in plans] == ["Acme", "Globex"]
    assert plans == [store.load("Acme"), store.load("Globex")]
    assert plans[0].actions[0].owner == "Priya Shah" and plans[0].raci[0].name == "launch"


def test_airtable_tables_link_by_keys_that_all_resolve(
    isolated_dirs: Paths, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    sessions = people_sessions(isolated_dirs)
    with_plan(isolated_dirs, sessions)
    folder = tmp_path / "airtable"
    result = run_main(capsys, "export", "--format", "airtable", "--out", str(folder))
    assert result.code == 0, result.err
    tables = {
        name: list(csv.DictReader((folder / f"{name}.csv").open(encoding="utf-8", newline="")))
        for name in ("sessions", "notes", "themes", "actions")
    }
    keys = {name: [row[next(iter(row))] for row in rows] for name, rows in tables.items()}
    for name, table_keys in keys.items():
        assert len(set(table_keys)) == len(table_keys), f"{name}: keys repeat"
        assert not [k for k in table_keys if "," in k]
    assert len(tables["sessions"]) == 3 and len(tables["notes"]) == 11

    def links(table: str, column: str) -> list[str]:
        return [k for row in tables[table] for k in row[column].split(",") if k]

    assert set(links("notes", "session")) == set(keys["sessions"])
    assert links("notes", "themes") and set(links("notes", "themes")) <= set(keys["themes"])
    assert links("actions", "theme") and set(links("actions", "theme")) <= set(keys["themes"])
    assert links("actions", "evidence") and set(links("actions", "evidence")) <= set(keys["notes"])
    theme = next(r for r in tables["themes"] if r["name"] == "What Jordan Lee wants")
    assert (theme["notes"], theme["people"]) == ("1", "1")
    assert tables["actions"][0]["theme"] == theme["theme"]

    assert run_main(capsys, "export", "--format", "airtable").code == 2  # a folder is needed


def test_anonymize_covers_html_airtable_and_the_json_plans(
    isolated_dirs: Paths, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    sessions = people_sessions(isolated_dirs)
    with_plan(isolated_dirs, sessions)
    html = run_main(capsys, "report", "--format", "html", "--internal", "--all-engagements")
    assert "Jordan" in html.out and "Priya" in html.out  # the check can see a name
    html = run_main(
        capsys, "report", "--format", "html", "--internal", "--anonymize", "--all-engagements"
    )
    assert html.code == 0 and not leaks(sessions, html.out), leaks(sessions, html.out)
    assert "P01" in html.out

    plain, hidden = tmp_path / "plain", tmp_path / "hidden"
    run_main(capsys, "export", "--format", "airtable", "--out", str(plain))
    assert "Jordan" in (plain / "actions.csv").read_text(encoding="utf-8")
    anonymized = run_main(
        capsys, "export", "--format", "airtable", "--anonymize", "--out", str(hidden)
    )
    assert anonymized.code == 0 and len(list(hidden.iterdir())) == 8  # 4 + the findings
    for table in hidden.iterdir():
        text = table.read_text(encoding="utf-8")
        assert not leaks(sessions, text), f"{table.name} leaks {leaks(sessions, text)}"

    data = json.loads(run_main(capsys, "export", "--format", "json", "--anonymize").out)
    plans = json.dumps(data["engagements"], ensure_ascii=False)
    assert not leaks(sessions, plans), leaks(sessions, plans)
    acme = EngagementFile.model_validate_json(json.dumps(data["engagements"][0]))
    session_ids = {s["id"] for s in data["sessions"]}
    assert acme.actions[0].evidence and all(
        key.partition("/")[0] in session_ids for key in acme.actions[0].evidence
    )
    assert acme.actions[0].owner == "P02" and acme.raci[0].parties == ["P01"]
    assert set(acme.themes.placements) == set(acme.actions[0].evidence)


def test_csv_for_excel_starts_with_a_bom_and_miro_makes_a_board_per_engagement(
    isolated_dirs: Paths, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    people_sessions(isolated_dirs)
    excel = run_main(capsys, "export", "--format", "csv", "--excel")
    assert excel.out.startswith("\ufeffsession,participant,")
    rows = list(csv.DictReader(io.StringIO(excel.out.removeprefix("\ufeff"))))
    assert {r["seconds"] for r in rows} >= {"60", "90", "1300"}
    assert run_main(capsys, "export", "--format", "json", "--excel").code == 2

    together = run_main(capsys, "export", "--format", "miro")
    assert together.code == 2 and "'Acme', 'Globex'" in together.err and not together.out
    boards = tmp_path / "boards"
    assert run_main(capsys, "export", "--format", "miro", "--out", str(boards)).code == 0
    assert sorted(p.name for p in boards.iterdir()) == ["miro-acme.csv", "miro-globex.csv"]
    acme = (boards / "miro-acme.csv").read_text(encoding="utf-8")
    assert "Priya Shah" in acme and "Globex notes" not in acme
