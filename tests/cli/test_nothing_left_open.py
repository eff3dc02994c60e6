"""Commands run one after another in one process (as the tests and the fuzz runs do) leave no
file open behind them: the local index's connections are closed when a command ends."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tests.cli.helpers import run_main

OPEN_FILES = Path("/proc/self/fd")


@pytest.mark.skipif(not OPEN_FILES.is_dir(), reason="needs /proc to count open files")
def test_each_command_closes_what_it_opened(capsys: pytest.CaptureFixture[str]) -> None:
    assert run_main(capsys, "demo", "--sessions", "4", "--notes-per-session", "6").code == 0
    before = sorted(os.listdir(OPEN_FILES))
    for command in (
        ["list"],
        ["team"],
        ["search", "legal"],
        ["report", "--all-engagements"],
        ["report", "--engagement", "Acme Retail", "--format", "html"],
        ["export", "--format", "json"],
        ["export", "--format", "miro", "--engagement", "Acme Retail"],
    ):
        for _ in range(3):
            assert run_main(capsys, *command).code == 0, command
        assert sorted(os.listdir(OPEN_FILES)) == before, command
