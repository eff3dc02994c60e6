"""`wfinterview export` carries the findings beyond tags as a consultant runs it, and with
`--anonymize` no participant's name leaves through them in any format."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.cli.helpers import run_main
from tests.cli.test_synthesis_commands import leaks
from tests.core.test_findings_exports import sessions
from wfinterview.core.storage.paths import Paths
from wfinterview.core.storage.store import SessionStore


def saved(paths: Paths) -> None:
    store = SessionStore(paths.sessions_dir)
    for session in sessions():
        store.save(session)


def test_every_format_carries_the_findings_and_hides_names_with_anonymize(
    isolated_dirs: Paths, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    saved(isolated_dirs)
    named = json.loads(run_main(capsys, "export", "--format", "json").out)["findings"]
    assert named["contrasts"][0]["stuck"]["participant"] == "Jordan Lee"  # the check can see
    plain = run_main(capsys, "export", "--format", "md")
    assert "# Findings beyond tags" in plain.out and "Jordan Lee, Campaign Lead" in plain.out

    hidden = run_main(capsys, "export", "--format", "json", "--anonymize")
    assert hidden.code == 0, hidden.err
    found = json.loads(hidden.out)["findings"]
    assert [t["tool"] for t in found["tools"]] == ["Salesforce"]
    assert [(h["from"], h["to"]) for h in found["handoffs"]] == [
        ("Campaigns", "Legal"),
        ("Campaigns", "Brand"),
    ]
    assert found["contrasts"][0]["stuck"]["text"] == "P01 waits 5 days for the brand team"
    assert not leaks(sessions(), json.dumps(found, ensure_ascii=False))

    md = run_main(capsys, "export", "--format", "md", "--anonymize")
    assert "## Where roles disagree" in md.out and "Salesforce" in md.out
    assert not leaks(sessions(), md.out), leaks(sessions(), md.out)
    miro = run_main(capsys, "export", "--format", "miro", "--anonymize")
    assert "Tools named" in miro.out and "Campaigns → Legal" in miro.out
    assert not leaks(sessions(), miro.out), leaks(sessions(), miro.out)

    folder = tmp_path / "airtable"
    result = run_main(capsys, "export", "--format", "airtable", "--anonymize", "--out", str(folder))
    assert result.code == 0, result.err
    assert (folder / "contrasts.csv").read_text(encoding="utf-8").count("\n") == 2
    for table in folder.iterdir():
        text = table.read_text(encoding="utf-8")
        assert not leaks(sessions(), text), f"{table.name} leaks {leaks(sessions(), text)}"
