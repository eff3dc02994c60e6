"""Every test runs against its own data and config folders, never the user's."""

from __future__ import annotations

from pathlib import Path

import pytest

from wfinterview.core.paths import Paths


@pytest.fixture(autouse=True)
def isolated_dirs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Paths:
    paths = Paths(tmp_path / "data", tmp_path / "config")
    monkeypatch.setenv("WFINTERVIEW_DATA_DIR", str(paths.data_dir))
    monkeypatch.setenv("WFINTERVIEW_CONFIG_DIR", str(paths.config_dir))
    return paths
