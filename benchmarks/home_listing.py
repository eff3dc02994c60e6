"""What home's worker does to list the sessions, before and after it used the local index.

    python benchmarks/home_listing.py [--sessions 1000] [--notes 30] [--runs 5]

Medians of CPU seconds in this process, on demo sessions:

* before: every session file read and strictly validated (`SessionStore.load_all` with
  the digest model), as home did on every open and every return;
* index rebuilt: `Workspace.list_sessions()` with no index yet (the first open, or after
  the index was deleted): the same validation, plus writing the index;
* index warm: `Workspace.list_sessions()` when no file changed since the last open, as
  home now does on most opens: each file's size and times compared, none read.
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path


def cpu(work: Callable[[], object]) -> float:
    started = time.process_time()
    work()
    return time.process_time() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sessions", type=int, default=1000)
    parser.add_argument("--notes", type=int, default=30)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    from wfinterview.core.storage.paths import Paths
    from wfinterview.core.storage.store import SessionStore
    from wfinterview.core.synthesis.demo import generate_demo
    from wfinterview.core.synthesis.digest import SessionDigest
    from wfinterview.core.workspace.index.database import delete_index
    from wfinterview.core.workspace.workspace import Workspace

    with tempfile.TemporaryDirectory() as folder:
        paths = Paths(Path(folder) / "data", Path(folder) / "config", Path(folder) / "cache")
        store = SessionStore(paths.sessions_dir)
        for session in generate_demo(args.sessions, args.notes, seed=1):
            store.save(session)
        work = Workspace(paths)

        def rebuilt() -> None:
            work.index.close()
            delete_index(paths.index_file)
            work.list_sessions()

        rows = [
            ("before: every file validated", lambda: store.load_all(SessionDigest)),
            ("listing index rebuilt", rebuilt),
        ]
        for name, work_done in rows:
            print(f"{name:32} {statistics.median(cpu(work_done) for _ in range(args.runs)):.3f} s")
        work.list_sessions()
        warm = statistics.median(cpu(work.list_sessions) for _ in range(args.runs))
        print(f"{'listing index warm (home now)':32} {warm:.3f} s")


if __name__ == "__main__":
    main()
