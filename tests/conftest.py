"""Every test runs against its own data and config folders, never the user's.

pytest's main process imports this file before it starts the workers, and runs no test:
what only the tests need (Textual, the app) is imported where it is used, which starts
the workers a quarter of a second sooner."""

from __future__ import annotations

import gc
import os
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from hypothesis import HealthCheck, settings

from wfinterview.core.storage.paths import Paths

if TYPE_CHECKING:
    from tests.tui.helpers import FakeClock

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

# The collector looks for reference cycles after every 700 new objects by default; a screen
# test makes millions, and each look walks what has piled up. Looking 30 times less often
# took the whole suite from 143 s of CPU to 120 s (7 December, -n 3). Cycles are still
# collected, later: a worker's memory peaks at about 270 MB instead of 220 MB.
gc.set_threshold(20_000, 20, 20)

# Where the tests' folders go when the machine has a memory-backed one with room to spare.
MEMORY_FOLDER = "/dev/shm"
MEMORY_FOLDER_ROOM = 1 << 30


@pytest.fixture(autouse=True)
def isolated_dirs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Paths:
    # The local index too (Paths.index_file): a test never writes the user's cache folder.
    monkeypatch.setenv("WFINTERVIEW_CACHE_DIR", str(tmp_path / "cache"))
    paths = Paths(tmp_path / "data", tmp_path / "config")
    monkeypatch.setenv("WFINTERVIEW_DATA_DIR", str(paths.data_dir))
    monkeypatch.setenv("WFINTERVIEW_CONFIG_DIR", str(paths.config_dir))
    return paths


@pytest.fixture(autouse=True, scope="session")
def screens_run_as_tests_need() -> Iterator[None]:
    """Every screen test's `pilot.press` and `pilot.pause()` wait for the app to handle
    what it was sent, not for the process to look idle (tests/tui/helpers.py, `settle`);
    a headless app paints what a test looks at, not every update it would throw away
    (tests/tui/painting.py); and it closes once its threads are done, so none writes into
    a test's folder as it is deleted (tests/tui/closing.py)."""
    from textual.app import App
    from textual.pilot import Pilot
    from textual.screen import Screen

    from tests.tui.closing import run_test_closing_when_done
    from tests.tui.helpers import pause, press
    from tests.tui.painting import lay_out_without_painting

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(Pilot, "press", press)
        patch.setattr(Pilot, "pause", pause)
        patch.setattr(Screen, "_compositor_refresh", lay_out_without_painting)
        patch.setattr(App, "run_test", run_test_closing_when_done)
        yield


@pytest.fixture
def clock() -> FakeClock:
    """A monotonic clock the test moves by hand (the cockpit's time source)."""
    from tests.tui.helpers import FakeClock

    return FakeClock()


def pytest_configure(config: pytest.Config) -> None:
    """Each test's folder (`tmp_path`) is in memory where the machine has room there.

    Every save is flushed to the disk (`os.fsync`), and a run saves thousands of times:
    on a disk those flushes cost seconds. What the tests check is that the program asks
    for them, in order (tests/core/test_store.py, test_planted_edges.py), not the disk's
    speed. Docker gives a container a 64 MB /dev/shm, too small for a run's 70 MB, so it
    is used only with a gigabyte free, and never where the user chose a folder (TMPDIR,
    --basetemp)."""
    if {"PYTEST_DEBUG_TEMPROOT", "TMPDIR"} & os.environ.keys() or config.option.basetemp:
        return
    try:
        room = shutil.disk_usage(MEMORY_FOLDER).free
    except OSError:
        return
    if room >= MEMORY_FOLDER_ROOM and os.access(MEMORY_FOLDER, os.W_OK):
        # pytest's own setting for where `pytest-of-<user>/pytest-<n>` goes; pytest-xdist
        # gives each worker a folder inside it.
        os.environ["PYTEST_DEBUG_TEMPROOT"] = MEMORY_FOLDER


@pytest.hookimpl(tryfirst=True)
def pytest_unconfigure(config: pytest.Config) -> None:
    """A process's last garbage is left to the operating system.

    With the collector looking less often (above), a worker ends with half a million
    objects of garbage, which pytest then collects (`gc.collect()`, to report exceptions
    raised in their `__del__`) and Python frees one by one as it exits: 5 s at the end of
    every run, all workers at once, against 0.1 s when frozen first (7 December). The
    cost: an exception in the `__del__` of an object from a worker's last tests would go
    unreported. Garbage from before was collected, and reported, as the run went."""
    gc.freeze()


# Folders whose tests take a few tenths of a second each (an app on a screen, a program of
# its own, a fuzzed file), against a few hundredths for the rest.
SLOWER_FOLDERS = {"tui", "e2e", "fuzz", "faults", "cli"}


def _weight(item: pytest.Item) -> int:
    if item.get_closest_marker("heavy") is not None:
        return 2
    return 1 if item.path.parent.name in SLOWER_FOLDERS else 0


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Each worker starts with its share of the tests marked `heavy` (seconds each: the
    screen tour, whole plans, crash survival) and ends with quick ones.

    `--dist worksteal` (pyproject.toml) first hands each worker one contiguous block of
    this list, then moves tests from the end of a worker's queue to a worker that has run
    out. So the list is laid out as one block per worker: the heavy tests dealt out in
    turn, then the screen and program tests, then the quick ones, each cut into equal
    slices (a file's tests stay together). The last tests of the run are then quick ones
    on every worker, instead of one worker left with a long test while the others wait.
    """
    workers = int(getattr(config, "workerinput", {}).get("workercount", 1))
    tiers: dict[int, list[pytest.Item]] = {2: [], 1: [], 0: []}
    for item in items:
        tiers[_weight(item)].append(item)
    blocks: list[list[pytest.Item]] = [[] for _ in range(workers)]
    for number, item in enumerate(tiers[2]):
        blocks[number % workers].append(item)
    for tier in (tiers[1], tiers[0]):
        for number, block in enumerate(blocks):
            block.extend(tier[len(tier) * number // workers : len(tier) * (number + 1) // workers])
    items[:] = [item for block in blocks for item in block]


def pytest_xdist_auto_num_workers(config: pytest.Config) -> int:
    """`-n auto` starts one worker more than there are cores: a few tests wait on purpose
    (a program killed at random moments in a real terminal, the import probes, a hung
    disk) and the extra worker runs in those waits (on two cores, 80 s against 85 s with
    two workers, runs alternated on 7 December; docs/testing.md, "The test stack")."""
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    return (cores or 1) + 1
