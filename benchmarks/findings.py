"""What findings beyond tags add to the report and to synthesis, measured in one process.

    python benchmarks/findings.py [--sessions 1000] [--notes 100] [--runs 3]

Against the same run's baselines (medians, CPU seconds of this process):

* report: the corpus read and the report's data gathered with the findings (tools,
  handoffs, contrasts, did the changes work) against the same without them (goal: ≤ 20 %
  more): with no findings cache, with a cold one (every session read, the cache written)
  and a warm one (every session unchanged since the cache was written);
* synthesis: opening reads and counts the corpus only; the Findings tab works the
  findings out in a thread when it is first shown, so opening pays nothing for them.
  Shown here: that pass against reading the corpus, and per note, with every note read
  and with a warm cache.

Demo notes repeat their templates; real notes rarely do, and no cache keyed by text is
used (the findings cache is keyed by each session file's stamp), so the figures hold for
distinct notes too.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

# `wfinterview report DATA_DIR`, as the console script runs it.
RUN = (
    "import sys; from wfinterview.cli import main; "
    "sys.exit(main(['--data-dir', sys.argv[1], 'report', '--engagement', 'Acme Retail']))"
)
# The same command with the views this issue added left out: the whole command's baseline.
WITHOUT_FINDINGS = (
    "import wfinterview.core.outputs.report_data as r; "
    "r.corpus_findings = lambda *a, **k: None; r.plans_outcomes = lambda *a, **k: []; " + RUN
)


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
    from wfinterview.core.synthesis.findings import corpus_findings, findings
    from wfinterview.core.workspace.workspace import Workspace

    with tempfile.TemporaryDirectory() as folder:
        # The commands below write as the writer of this folder's config, as `work` does:
        # the same local/<writer>/ folder, hence the same findings cache.
        env = {
            **os.environ,
            "WFINTERVIEW_CONFIG_DIR": str(Path(folder) / "config"),
            "WFINTERVIEW_CACHE_DIR": str(Path(folder) / "cache"),
        }
        subprocess.run(
            [sys.executable, "-m", "wfinterview", "--data-dir", folder, "demo"]
            + ["--sessions", str(args.sessions), "--notes-per-session", str(args.notes)],
            check=True,
            capture_output=True,
            env=env,
        )
        work = Workspace(Paths(Path(folder), Path(folder) / "config", Path(folder) / "cache"))
        read = [cpu(work.load_corpus) for _ in range(args.runs)]
        corpus, _ = work.load_corpus()
        boards = {e: work.engagements.load(e).themes for e in corpus.engagements()}
        plans = [work.engagements.load(e) for e in corpus.engagements()]
        notes = sum(len(s.notes) for s in corpus.sessions)

        def forget_readings() -> None:  # the findings cache is the local index's `readings`
            work.index.query(lambda connection: connection.execute("DELETE FROM readings"))

        def gather(cached: bool = True) -> None:
            cache = work.findings_cache(corpus) if cached else None
            report_data.gather(corpus, boards, Filters(), Naming(None), plans, cache=cache)

        def cold() -> None:
            forget_readings()
            gather()

        real = report_data.corpus_findings
        uncached = [cpu(lambda: gather(cached=False)) for _ in range(args.runs)]
        cold_runs = [cpu(cold) for _ in range(args.runs)]
        warm = [cpu(gather) for _ in range(args.runs)]
        cache_size = work.index.query(
            lambda connection: connection.execute(
                "SELECT sum(length(reading)) FROM readings"
            ).fetchone()[0]
        )
        assert cache_size is not None
        # The baseline leaves out every view this issue added: the findings and the outcomes.
        real_outcomes = report_data.plans_outcomes
        report_data.corpus_findings = lambda *a, **k: None  # type: ignore[assignment]
        report_data.plans_outcomes = lambda *a, **k: []  # type: ignore[assignment]
        without = [cpu(lambda: gather(cached=False)) for _ in range(args.runs)]
        report_data.corpus_findings, report_data.plans_outcomes = real, real_outcomes
        alone = [cpu(lambda: findings(corpus.notes(Filters()))) for _ in range(args.runs)]
        hot = work.findings_cache(corpus)
        warm_pass = [
            cpu(
                lambda: corpus_findings(
                    corpus, Filters(), work.vocabulary, work.findings_cache(corpus)
                )
            )
            for _ in range(args.runs)
        ]
        corpus_findings(corpus, Filters(), work.vocabulary, hot)
        hits = hot.hits

        def command(cold_cache: bool, findings_too: bool = True) -> float:
            """`wfinterview report` as a user runs it: the CPU seconds of its process (the
            baseline: the same program with the findings and outcomes left out)."""
            if cold_cache:
                forget_readings()
            before = resource.getrusage(resource.RUSAGE_CHILDREN)
            subprocess.run(
                [sys.executable, "-c", WITHOUT_FINDINGS if not findings_too else RUN, folder],
                check=True,
                stdout=subprocess.DEVNULL,
                env=env,
            )
            after = resource.getrusage(resource.RUSAGE_CHILDREN)
            return after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime

        whole_base = [command(False, findings_too=False) for _ in range(args.runs)]
        whole_cold = [command(True) for _ in range(args.runs)]
        whole_warm = [command(False) for _ in range(args.runs)]

    base = statistics.median(without)
    read_median = statistics.median(read)
    print(
        f"{args.sessions} sessions × {args.notes} notes ({notes:,} notes), CPU seconds, "
        f"median of {args.runs}; findings cache {cache_size / 1e6:.1f} MB, {hits} sessions hit"
    )
    print("| measure | baseline | with findings | ratio | goal |")
    print("| --- | --- | --- | --- | --- |")
    for label, runs in (
        ("no cache", uncached),
        ("cold cache (built and written)", cold_runs),
        ("warm cache", warm),
    ):
        more = statistics.median(runs)
        print(
            f"| report, read + gather, {label} | {read_median + base:.2f} s "
            f"| {read_median + more:.2f} s | {(read_median + more) / (read_median + base):.2f}× "
            f"| ≤ 1.2× |"
        )
    whole = statistics.median(whole_base)
    for label, runs in (("cold cache", whole_cold), ("warm cache", whole_warm)):
        spent = statistics.median(runs)
        print(
            f"| `wfinterview report`, the whole command, {label} | {whole:.2f} s "
            f"| {spent:.2f} s | {spent / whole:.2f}× | ≤ 1.2× |"
        )
    print(
        f"| synthesis open (read; findings wait for their tab) | {read_median:.2f} s "
        f"| {read_median:.2f} s | 1.00× | ≤ 1.2× |"
    )
    for label, runs in (("every note read", alone), ("warm cache", warm_pass)):
        spent = statistics.median(runs)
        print(
            f"| the Findings tab's pass, {label}, against reading the corpus "
            f"| {read_median:.2f} s | {spent:.2f} s | {spent / read_median:.2f}× | |"
        )
        print(f"| per note, {label} | | {spent / notes * 1e6:.1f} µs | | |")


if __name__ == "__main__":
    main()
