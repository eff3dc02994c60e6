"""What findings beyond tags add to the report and to synthesis, measured in one process.

    python benchmarks/findings.py [--sessions 1000] [--notes 100] [--runs 3]

Against the same run's baselines (medians, CPU seconds of this process):

* report: the report's data gathered with the findings (tools, handoffs, contrasts, did
  the changes work) against the same without them (goal: ≤ 20 % more);
* synthesis: opening reads and counts the corpus only; the Findings tab works the
  findings out in a thread when it is first shown, so opening pays nothing for them.
  Shown here: that pass against reading the corpus, and per note.

Demo notes repeat their templates; real notes rarely do, and no cache keyed by text is
used, so the figure holds for distinct notes too.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path


def cpu(work) -> float:  # type: ignore[no-untyped-def]
    started = time.process_time()
    work()
    return time.process_time() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sessions", type=int, default=1000)
    parser.add_argument("--notes", type=int, default=100)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    from wfinterview.core.outputs import report_data
    from wfinterview.core.storage.paths import Paths
    from wfinterview.core.synthesis.anonymize import Naming
    from wfinterview.core.synthesis.corpus import Filters
    from wfinterview.core.synthesis.findings import findings
    from wfinterview.core.workspace.workspace import Workspace

    with tempfile.TemporaryDirectory() as folder:
        subprocess.run(
            [sys.executable, "-m", "wfinterview", "--data-dir", folder, "demo"]
            + ["--sessions", str(args.sessions), "--notes-per-session", str(args.notes)],
            check=True,
            capture_output=True,
        )
        work = Workspace(Paths(Path(folder), Path(folder) / "config"))
        read = [cpu(work.load_corpus) for _ in range(args.runs)]
        corpus, _ = work.load_corpus()
        boards = {e: work.engagements.load(e).themes for e in corpus.engagements()}
        plans = [work.engagements.load(e) for e in corpus.engagements()]
        notes = sum(len(s.notes) for s in corpus.sessions)

        def gather() -> None:
            report_data.gather(corpus, boards, Filters(), Naming(None), plans)

        real = report_data.findings
        with_findings = [cpu(gather) for _ in range(args.runs)]
        report_data.findings = lambda refs, vocabulary=None: None  # type: ignore[assignment,misc]
        without = [cpu(gather) for _ in range(args.runs)]
        report_data.findings = real
        alone = [cpu(lambda: findings(corpus.notes(Filters()))) for _ in range(args.runs)]

    base, more = statistics.median(without), statistics.median(with_findings)
    read_median, pass_median = statistics.median(read), statistics.median(alone)
    print(f"{args.sessions} sessions × {args.notes} notes ({notes:,} notes), CPU seconds")
    print("| measure | baseline | with findings | ratio | goal |")
    print("| --- | --- | --- | --- | --- |")
    print(
        f"| report data (gathered, read excluded) | {base:.2f} s | {more:.2f} s "
        f"| {more / base:.2f}× | ≤ 1.2× |"
    )
    print(
        f"| report, whole (read + gather) | {read_median + base:.2f} s "
        f"| {read_median + more:.2f} s | {(read_median + more) / (read_median + base):.2f}× "
        f"| ≤ 1.2× |"
    )
    print(
        f"| synthesis open (read; findings wait for their tab) | {read_median:.2f} s "
        f"| {read_median:.2f} s | 1.00× | ≤ 1.2× |"
    )
    print(
        f"| the Findings tab's pass, against reading the corpus | {read_median:.2f} s "
        f"| {pass_median:.2f} s | {pass_median / read_median:.2f}× | |"
    )
    print(f"| per note | | {pass_median / notes * 1e6:.1f} µs | | |")


if __name__ == "__main__":
    main()
