"""Every test runs against its own data and config folders, never the user's."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings
from textual.pilot import Pilot

from tests.tui.helpers import FakeClock, pause, press
from wfinterview.core.storage.paths import Paths

# Property and fuzz tests: a fast profile for every run and CI, a long one on demand
# (WFINTERVIEW_FUZZ=long python -m pytest tests/fuzz).
settings.register_profile(
    "fast",
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
settings.register_profile(
    "long",
    max_examples=2000,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
settings.load_profile(os.environ.get("WFINTERVIEW_FUZZ", "fast"))


@pytest.fixture(autouse=True)
def isolated_dirs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Paths:
    # The local index too (Paths.index_file): a test never writes the user's cache folder.
    monkeypatch.setenv("WFINTERVIEW_CACHE_DIR", str(tmp_path / "cache"))
    paths = Paths(tmp_path / "data", tmp_path / "config")
    monkeypatch.setenv("WFINTERVIEW_DATA_DIR", str(paths.data_dir))
    monkeypatch.setenv("WFINTERVIEW_CONFIG_DIR", str(paths.config_dir))
    return paths


@pytest.fixture(autouse=True, scope="session")
def keys_wait_for_the_app() -> Iterator[None]:
    """Every screen test's `pilot.press` and `pilot.pause()` wait for the app to handle
    what it was sent, not for the process to look idle (tests/tui/helpers.py, `settle`)."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(Pilot, "press", press)
        patch.setattr(Pilot, "pause", pause)
        yield


@pytest.fixture
def clock() -> FakeClock:
    """A monotonic clock the test moves by hand (the cockpit's time source)."""
    return FakeClock()


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Tests marked `heavy` (seconds each: the screen tour, whole plans, crash survival)
    run first. With `--dist worksteal` (pyproject.toml) the two workers start on them and
    the quick tests fill in around them, instead of one worker left with a long test at
    the end while the other waits."""
    items.sort(key=lambda item: item.get_closest_marker("heavy") is None)


def pytest_xdist_auto_num_workers(config: pytest.Config) -> int:
    """`-n auto` starts one worker more than there are cores: a few tests wait on purpose
    (a program killed at random moments in a real terminal, the import probes, a hung
    disk) and the extra worker runs in those waits (on two cores, 80 s against 85 s with
    two workers, runs alternated on 7 December; docs/testing.md, "The test stack")."""
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    return (cores or 1) + 1
