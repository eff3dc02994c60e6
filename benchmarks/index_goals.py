"""The local index's goals: each measure against its floor, run in turn in the same run.

    python benchmarks/index_goals.py [--runs 5] [--skip-terminal]

| measure | floor | goal |
| --- | --- | --- |
| `report`, 1,000 × 100, index warm | stdlib read + `json.loads` of the same files | ≤ 1.0× |
| `report`, 1,000 × 100, no index | same | ≤ 2.5× |
| open synthesis, 10,000 × 20, index warm | — | ≤ 2 s, ≤ 300 MB peak |
| a filter change, 1,000 × 100, in a real terminal | — | median ≤ 50 ms |
| `search`, 100,000 notes, index warm | pydantic `python -c` | ≤ 1.2× |
| `list` at 1,000 sessions | pydantic `python -c` | ≤ 1.5× |
| cockpit first paint; home first paint at 1,000 | the stack floor | ≤ 1.15×; ≤ 1.3× |

Every data set is made with `wfinterview demo` in a temporary folder under /tmp, its local
index in a cache folder beside it (WFINTERVIEW_CACHE_DIR), never the user's. The report is
of one engagement (`--engagement "Acme Retail"`, half the sessions), as a consultant
runs it; its floor reads and parses every file. Opening synthesis and a filter change are
timed on the real program in a pseudo-terminal (benchmarks/_pty.py): ctrl+s until the
matrix says "N of N interviews"; a letter typed in the "search notes…" box until the
status line is drawn again.
"""

from __future__ import annotations

import argparse
import re
import shutil
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
import startup  # noqa: E402
import synthesis  # noqa: E402
from _measure import (  # noqa: E402
    PYDANTIC_FLOOR,
    WFINTERVIEW,
    Row,
    demo,
    interleaved,
    print_rows,
    temporary,
    timed,
)
from _pty import PtyProgram  # noqa: E402

ENGAGEMENT = "Acme Retail"
REPORT = [*WFINTERVIEW, "report", "--engagement", ENGAGEMENT]
QUERY = "wait* legal"  # 337 of the 100,000 demo notes: a word and a prefix


def thousand_rows(runs: int, terminal: bool) -> list[Row]:
    """Everything measured on 1,000 × 100: report, search, list, a filter change."""
    rows = []
    with temporary() as folder:
        env = demo(Path(folder), 1000, 100)
        data, cache = Path(env["WFINTERVIEW_DATA_DIR"]), Path(env["WFINTERVIEW_CACHE_DIR"])

        def floor() -> float:
            return synthesis.stdlib_floor(env, data)[0]

        def warm() -> float:
            return timed(REPORT, env)[0]

        def cold() -> float:
            shutil.rmtree(cache, ignore_errors=True)
            return timed(REPORT, env)[0]

        corpus = "1,000 × 100"
        floor_name = "stdlib read + json.loads"
        rows.append(
            Row(
                f"`report`, {corpus}, index warm",
                floor_name,
                *interleaved(floor, warm, runs),
                "≤ 1.0×",
            )
        )
        rows.append(
            Row(
                f"`report`, {corpus}, no index",
                floor_name,
                *interleaved(floor, cold, runs),
                "≤ 2.5×",
            )
        )
        if terminal:
            changes = filter_changes(env, 1000)
            rows.append(
                Row(
                    f"a filter change, {corpus}, real terminal (median of {len(changes)})",
                    "",
                    None,
                    statistics.median(changes),
                    "median ≤ 50 ms",
                )
            )
        else:
            rows.append(
                Row(
                    f"a filter change, {corpus}, real terminal",
                    "",
                    None,
                    float("nan"),
                    "not measured",
                )
            )

        def pydantic() -> float:
            return timed(PYDANTIC_FLOOR)[0]

        for name, args, goal in (
            ("`search`, 100,000 notes, index warm", ["search", QUERY], "≤ 1.2×"),
            ("`list` at 1,000 sessions, index warm", ["list"], "≤ 1.5×"),
        ):

            def ours(args: list[str] = args) -> float:
                return timed([*WFINTERVIEW, *args], env)[0]

            ours()  # its first run builds what it asks of the index (the notes' words)
            rows.append(Row(name, "pydantic `python -c`", *interleaved(pydantic, ours, runs), goal))
    return rows


def open_synthesis_rows(runs: int) -> list[Row]:
    with temporary() as folder:
        env = demo(Path(folder), 10_000, 20)
        synthesis.open_synthesis(env, 10_000)  # the first opening builds the index
        opening = [synthesis.open_synthesis(env, 10_000) for _ in range(max(1, runs // 2))]
    name = f"open synthesis, 10,000 × 20, index warm (median of {len(opening)})"
    return [
        Row(name, "", None, statistics.median(t for t, _ in opening), "≤ 2 s"),
        Row(f"{name}: peak memory", "", None, max(m for _, m in opening), "≤ 300 MB", unit="MB"),
    ]


def filter_changes(env: dict[str, str], sessions: int, typed: str = "legal brief") -> list[float]:
    """Seconds from a letter typed in synthesis's "search notes…" box until the status line
    ("K of N interviews") is drawn again, for each letter of `typed`."""
    program = PtyProgram(["-m", "wfinterview"], env, size=(130, 40))
    status = re.compile(rb"\d+ of %d interviews" % sessions)
    try:
        program.wait_for(b"New interview")
        program.wait_for(b" notes", timeout=300)
        time.sleep(0.5)
        program.type("\x13")  # ctrl+s
        program.wait_for(f"{sessions} of {sessions} interviews".encode(), timeout=120)
        time.sleep(1.0)
        program.type("\x10")  # ctrl+p: the palette, to move to the search box
        time.sleep(0.5)
        program.type("search the notes")
        time.sleep(0.5)
        program.type("\r")
        time.sleep(0.5)
        times = []
        for letter in typed:
            mark = len(program.output)
            started = time.perf_counter()
            program.type(letter)
            deadline = started + 30
            while not status.search(bytes(program.output[mark:])):
                if time.perf_counter() > deadline:
                    raise RuntimeError(f"the status line never changed after {letter!r}")
                time.sleep(0.0005)
            times.append(time.perf_counter() - started)
            time.sleep(0.4)  # the screen settles before the next letter
        return times
    finally:
        program.close()


def first_paint_rows(runs: int) -> list[Row]:
    wanted = ("cockpit first paint, `new`", "home first paint, 1,000 sessions")
    return [row for row in startup.measure(runs) if row.measure in wanted]


def measure(runs: int, terminal: bool = True) -> list[Row]:
    return [
        *thousand_rows(runs, terminal),
        *(open_synthesis_rows(runs) if terminal else []),
        *first_paint_rows(runs),
    ]


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument(
        "--skip-terminal", action="store_true", help="leave out the pseudo-terminal measures"
    )
    args = parser.parse_args()
    print_rows(measure(args.runs, not args.skip_terminal))


if __name__ == "__main__":
    main()
