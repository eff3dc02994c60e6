"""Findings in the report as a consultant runs it: the shipped tools list, a product it
does not know offered as a candidate (internal), and the user's own `[tools]`."""

from __future__ import annotations

import pytest

from tests.cli.helpers import run_main
from wfinterview.core.storage.paths import Paths


def tools_rows(report: str) -> list[str]:
    section = report.split("## Tools people named")[1].split("\n## ")[0]
    return [line.split(" | ")[0].lstrip("| ") for line in section.splitlines()[4:] if line]


def test_tools_from_config_join_the_index_and_leave_the_candidates(
    isolated_dirs: Paths, capsys: pytest.CaptureFixture[str]
) -> None:
    # Through the entry point, in this process: what is tested is the report, not the
    # process boundary (tests/cli/test_commands.py runs the program itself).
    assert run_main(capsys, "demo", "--sessions", "8", "--notes-per-session", "30").code == 0
    before = run_main(capsys, "report", "--internal", "--all-engagements")
    assert before.code == 0, before.err
    assert "Salesforce" in tools_rows(before.out) and "Sprinklr" not in tools_rows(before.out)
    assert "add them under `[tools]`): Sprinklr" in before.out
    client = run_main(capsys, "report", "--engagement", "Acme Retail").out
    assert "Salesforce" in client and "Sprinklr" not in client  # the client's copy: no candidates

    isolated_dirs.config_dir.mkdir(parents=True, exist_ok=True)
    (isolated_dirs.config_dir / "config.toml").write_text('[tools]\nSprinklr = ["sprnklr"]\n')
    after = run_main(capsys, "report", "--internal", "--all-engagements")
    assert after.code == 0, after.err
    assert "Sprinklr" in tools_rows(after.out)
    assert "add them under `[tools]`): Sprinklr" not in after.out
