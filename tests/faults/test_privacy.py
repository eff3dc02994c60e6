"""Privacy: everything the program writes stays in the data folder, owner-only."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from tests.cli.helpers import run_program


@pytest.mark.heavy
def test_a_day_of_commands_writes_only_private_files_in_the_data_folder(tmp_path: Path) -> None:
    home, cwd, data, config = (
        tmp_path / name for name in ("home", "cwd", "new/deep/data", "config")
    )
    home.mkdir()
    cwd.mkdir()
    env = {
        "HOME": str(home),
        "WFINTERVIEW_DATA_DIR": str(data),
        "WFINTERVIEW_CONFIG_DIR": str(config),
        "XDG_DATA_HOME": str(home / ".xdg-data"),
        "XDG_CONFIG_HOME": str(home / ".xdg-config"),
    }
    previous = os.getcwd()
    os.chdir(cwd)
    try:
        assert (
            run_program("demo", "--sessions", "8", "--notes-per-session", "20", env=env).code == 0
        )
        sessions = sorted(p.stem for p in (data / "sessions").glob("*.json"))
        for command in (
            ["list"],
            ["report"],
            ["report", "--anonymize"],
            ["export", "--format", "csv", "--anonymize"],
            ["export", "--format", "json"],
            ["recap", sessions[0]],
            ["email", "recap", sessions[0]],
            ["email", "pre", "--agenda", "ops", "--participant", "Ana"],
            ["agendas"],
            ["validation", "--engagement", "Acme Retail", "--participant", "Nobody"],
        ):
            result = run_program(*command, env=env)
            assert result.code in (0, 2) and "Traceback" not in result.err, (command, result.err)
    finally:
        os.chdir(previous)

    assert list(home.iterdir()) == [] and list(cwd.iterdir()) == []
    # Read, never written, but for this installation's writer id, made on first use, and
    # the last number of each of its edit logs (core/plan/sequences.py), kept where
    # deleting every cache does not lose it.
    assert sorted(p.name for p in config.iterdir()) == ["sequences.json", "writer.toml"]
    assert stat.S_IMODE(config.stat().st_mode) == 0o700
    for kept in ("writer.toml", "sequences.json"):
        assert stat.S_IMODE((config / kept).stat().st_mode) == 0o600, kept
    for folder in (tmp_path / "new", tmp_path / "new/deep", data, data / "sessions"):
        assert stat.S_IMODE(folder.stat().st_mode) == 0o700, folder
    for path in data.rglob("*"):
        expected = 0o700 if path.is_dir() else 0o600
        assert stat.S_IMODE(path.stat().st_mode) == expected, path
