"""What a team's edits cost: four writers' edit logs against the same folder without them.

    python benchmarks/team.py [--sessions 1000] [--notes 100] [--writers 4] [--edits 500]
                              [--runs 5] [--profile]

Two data folders with the same demo sessions; the second also holds WRITERS × EDITS
edits to one engagement (the worst case: every entry in the engagement a screen or a
keypress merges), made through `EngagementStore.apply` by that many writer ids taking
turns in one folder, a realistic mix: theme renames and new themes, note moves,
actions added, edited and advanced, RACI cells, stage targets. Then, each measure run
on both folders in turn, in the same run:

* opening synthesis, in-process: the synthesis screen's loading work (every session
  read into the corpus, then every engagement's merged themes: `load_boards`), CPU
  seconds of this process, min and median (goal: ≤ 1.10× without the edits); then
  the same with no cached plan (core/plan/plan_cache.py), as on the first open after
  another writer's files arrived;
* opening synthesis in the real program: ctrl+s on home in a pseudo-terminal until the
  matrix shows (as benchmarks/synthesis.py measures it), median;
* `wfinterview report` as a whole program, median;
* one more edit (`EngagementStore.apply`, fsync on) with the edits present: what a
  user waits for per keypress on the Themes tab, min and median; then the edit after
  it in the same window, whose store knows its own log as it wrote it;
* the cockpit's start-up (`wfinterview new`, `-X importtime`, until the note input
  shows) imports none of core/plan/edit_log.py, merging.py, engagements.py; opening
  synthesis, as a control, does (the probe sees them where they are loaded).

--profile adds where opening synthesis spends its time with the edits (cProfile).
"""

from __future__ import annotations

import argparse
import cProfile
import io
import pstats
import random
import shutil
import statistics
import sys
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path
from unittest import mock

sys.path.insert(0, str(Path(__file__).parent))
import synthesis  # noqa: E402
from _measure import WFINTERVIEW, PtyProgram, demo, temporary, timed  # noqa: E402

from wfinterview.core.framework.errors import UserError  # noqa: E402
from wfinterview.core.plan.actions import Action, new_action  # noqa: E402
from wfinterview.core.plan.edits import (  # noqa: E402
    AddAction,
    AddRaciActivity,
    AddRaciParty,
    AdvanceAction,
    CreateTheme,
    Edit,
    EditAction,
    MoveNote,
    RenameTheme,
    SetRaciCell,
    SetStageTarget,
)
from wfinterview.core.plan.engagements import EngagementStore, load_boards  # noqa: E402
from wfinterview.core.storage import atomic  # noqa: E402
from wfinterview.core.storage.paths import Paths  # noqa: E402
from wfinterview.core.workspace.workspace import Workspace  # noqa: E402

ENGAGEMENT = "Acme Retail"
RACI = "launch sign-off"  # the demo's matrix (core/plan/demo_plans.py)
TEAM_SYNC = (
    b"wfinterview.core.plan.edit_log",
    b"wfinterview.core.plan.merging",
    b"wfinterview.core.plan.engagements",
)
NEW = ["new", "--agenda", "ops", "--participant", "Bench", "--engagement", ENGAGEMENT]
THEME_NAMES = ("Sign-off delays", "Brief gaps", "Tool sprawl", "Handoff friction", "Legal")
PEOPLE = ("Ana", "Dev", "Brand", "Legal", "Campaign lead", "Ops")
ACTIONS = ("Weekly brief review", "Fallback approver", "One intake form", "Asset QA checklist")


# -- making the edits -----------------------------------------------------------------


class Team:
    """WRITERS writer ids taking turns in one engagement folder: each edit is made
    against the plan as it stands, as a consultant would after a sync."""

    def __init__(self, work: Workspace, writers: int, seed: int = 20) -> None:
        engagements = work.paths.engagements_dir
        tags = work.config.all_tags()
        self.stores = [
            EngagementStore(engagements, tags, f"writer{n}-bench-{n:06x}", work.paths.locks_dir)
            for n in range(1, writers + 1)
        ]
        self.rng = random.Random(seed)
        self.plan = work.engagements.load(ENGAGEMENT)
        self.notes = note_keys(work)
        self.counter = 0

    def edit(self) -> Edit:
        """One edit in the mix, valid against the plan as it stands."""
        rng, plan = self.rng, self.plan
        self.counter += 1
        themes = plan.themes.themes
        kind = rng.choices(
            ["rename", "create", "move", "add", "edit", "advance", "raci", "stage"],
            weights=[12, 3, 30, 8, 15, 7, 15, 10],
        )[0]
        if kind == "rename":
            theme = rng.choice(themes)
            return RenameTheme(theme_id=theme.id, name=f"{rng.choice(THEME_NAMES)} {self.counter}")
        if kind == "create":
            name = f"{rng.choice(THEME_NAMES)} {self.counter}"
            return CreateTheme(theme_id=plan.themes.new_id(name), name=name)
        if kind == "move":
            key, tags = rng.choice(self.notes)
            current = plan.themes.themes_of(key, tags)
            return MoveNote(
                note_key=key,
                tags=tags,
                from_id=rng.choice(current) if current else None,
                to_id=rng.choice(themes).id,
            )
        # An action advances once someone validated it (core/plan/actions.py): edit it first.
        validated = [a for a in plan.actions if a.status != "done" and a.validated_by]
        if kind == "advance" and validated:
            return AdvanceAction(action_id=rng.choice(validated).id)
        if kind == "add" or not plan.actions:
            title = f"{rng.choice(ACTIONS)} {self.counter}"
            action = new_action(plan.actions, title, "sop_update", [], rng.choice(themes).id)
            return AddAction(action=action)
        if kind in ("edit", "advance"):
            return edit_action(rng.choice(plan.actions), rng.choice(PEOPLE), rng)
        if kind == "raci":
            matrix = plan.matrix(RACI)
            assert matrix is not None
            if rng.random() < 0.05:
                return AddRaciParty(matrix=RACI, party=f"{rng.choice(PEOPLE)} {self.counter}")
            if rng.random() < 0.05:
                return AddRaciActivity(matrix=RACI, activity=f"Step {self.counter}")
            return SetRaciCell(
                matrix=RACI,
                activity=rng.choice(matrix.activities),
                party=rng.choice(matrix.parties),
                role=rng.choice(["R", "A", "C", "I", None]),
            )
        stage = rng.choice(plan.approval_stages)
        return SetStageTarget(name=stage.name, target_days=rng.choice([1.0, 2.0, 2.5, 3.0, 5.0]))

    def make(self, edits_each: int) -> int:
        """Every writer makes `edits_each` edits, in a random interleaving; returns how
        many entries were written."""
        turns = [store for store in self.stores for _ in range(edits_each)]
        self.rng.shuffle(turns)
        for store in turns:
            while True:
                try:
                    self.plan = store.apply(ENGAGEMENT, self.edit()).file
                    break
                except UserError:
                    continue  # refused (as the screens would say): the writer tries another
        return len(turns)


def edit_action(action: Action, owner: str, rng: random.Random) -> Edit:
    return EditAction.of(
        action,
        title=action.title,
        kind=action.kind,
        owner=owner,
        due=rng.choice([None, date(2027, 1, 15), date(2027, 3, 1)]),
        validated_by=[owner],
        status=None,
    )


def note_keys(work: Workspace) -> list[tuple[str, list[str]]]:
    """Some tagged notes of the engagement, as the Themes tab names them."""
    keys = []
    for path in sorted(work.paths.sessions_dir.glob("*.json"))[:80]:
        session = work.store.load_path(path)
        if session.engagement == ENGAGEMENT:
            keys += [(f"{session.id}/{n.id}", list(n.tags)) for n in session.notes if n.tags]
    return keys


# -- measuring --------------------------------------------------------------------------


def cpu(work: Callable[[], object]) -> float:
    started = time.process_time()
    work()
    return time.process_time() - started


def wall(work: Callable[[], object]) -> float:
    started = time.perf_counter()
    work()
    return time.perf_counter() - started


def open_synthesis_in_process(paths: Paths) -> None:
    """What the synthesis screen's loader does before it shows (tui/screens/synthesis.py)."""
    work = Workspace(paths)  # fresh: nothing cached between runs
    corpus, _ = work.load_corpus()
    load_boards(work.engagements, corpus.engagements())


def opening_cpu(paths: Paths) -> float:
    return cpu(lambda: open_synthesis_in_process(paths))


def opening_cold_cpu(paths: Paths) -> float:
    """Opening the first time after other writers' files arrived: no cached plan."""
    shutil.rmtree(paths.cache_dir, ignore_errors=True)
    return opening_cpu(paths)


def in_turn(
    measure: Callable[[Paths], float], alone: Paths, team: Paths, runs: int
) -> tuple[list[float], list[float]]:
    """`measure` on both folders in turn, after one uncounted warm-up of each."""
    measure(alone), measure(team)
    alones, teams = [], []
    for _ in range(runs):
        alones.append(measure(alone))
        teams.append(measure(team))
    return alones, teams


def one_more_edit(paths: Paths) -> float:
    work = Workspace(paths)
    store = work.engagements
    stage = store.load(ENGAGEMENT).approval_stages[0].name
    target = random.choice([1.5, 2.5, 3.5])
    return wall(lambda: store.apply(ENGAGEMENT, SetStageTarget(name=stage, target_days=target)))


def imported_by(args: list[str], env: dict[str, str], ready: bytes, keys: str = "") -> bytes:
    """Everything `-X importtime` printed while the program came up to `ready`."""
    program = PtyProgram(["-X", "importtime", *args], env, size=(130, 40))
    try:
        program.wait_for(b"New interview" if keys else ready, timeout=120)
        if keys:
            program.wait_for(b" notes", timeout=300)
            program.type(keys)
            program.wait_for(ready, timeout=120)
        time.sleep(0.5)
        return bytes(program.output)
    finally:
        program.close()


def team_modules(output: bytes) -> list[str]:
    return [name.decode() for name in TEAM_SYNC if name in output]


def profile(paths: Paths) -> str:
    profiler = cProfile.Profile()
    profiler.runcall(open_synthesis_in_process, paths)
    out = io.StringIO()
    pstats.Stats(profiler, stream=out).sort_stats("cumulative").print_stats(18)
    return out.getvalue()


# -- the table ------------------------------------------------------------------------


def ms(value: float) -> str:
    return f"{value * 1000:,.0f} ms"


def row(measure: str, alone: list[float], team: list[float], goal: str, how: str = "") -> str:
    a, t = statistics.median(alone), statistics.median(team)
    both = f"min {ms(min(alone))}, median {ms(a)}" if how == "min" else ms(a)
    with_team = f"min {ms(min(team))}, median {ms(t)}" if how == "min" else ms(t)
    ratio = f"{t / a:.2f}× (min {min(team) / min(alone):.2f}×)" if how == "min" else f"{t / a:.2f}×"
    return f"| {measure} | {both} | {with_team} | {ratio} | {goal} |"


def next_edit(paths: Paths) -> float:
    """The edit after that one, in the same window: what each later keypress waits for."""
    store = Workspace(paths).engagements
    stage = store.load(ENGAGEMENT).approval_stages[0].name
    store.apply(ENGAGEMENT, SetStageTarget(name=stage, target_days=random.choice([1.5, 2.5])))
    return wall(lambda: store.apply(ENGAGEMENT, SetStageTarget(name=stage, target_days=3.5)))


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--sessions", type=int, default=1000)
    parser.add_argument("--notes", type=int, default=100)
    parser.add_argument("--writers", type=int, default=4)
    parser.add_argument("--edits", type=int, default=500, help="edits per writer")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--profile", action="store_true")
    args = parser.parse_args()

    with temporary() as folder:
        env_alone = demo(Path(folder, "alone"), args.sessions, args.notes)
        alone_dir = Path(env_alone["WFINTERVIEW_DATA_DIR"])
        config = Path(env_alone["WFINTERVIEW_CONFIG_DIR"])
        team_dir = Path(folder, "team", "data")
        shutil.copytree(alone_dir, team_dir)
        env_team = {**env_alone, "WFINTERVIEW_DATA_DIR": str(team_dir)}
        cache = Path(env_alone["WFINTERVIEW_CACHE_DIR"])  # one index per folder, in it
        alone, team = Paths(alone_dir, config, cache), Paths(team_dir, config, cache)

        started = time.perf_counter()
        with mock.patch.object(atomic.os, "fsync", lambda fd: None):  # generation only
            entries = Team(Workspace(team), args.writers).make(args.edits)
        made_s = time.perf_counter() - started
        plan = Workspace(team).engagements.plan(ENGAGEMENT)
        logs = sorted(Workspace(team).engagements.folder_for(ENGAGEMENT).glob("edits-*.jsonl"))
        size = sum(p.stat().st_size for p in logs)
        engagements = len(list(alone.engagements_dir.iterdir()))

        opening = in_turn(opening_cpu, alone, team, args.runs)
        cold = in_turn(opening_cold_cpu, alone, team, args.runs)
        pty_runs = max(1, args.runs // 2)
        pty = in_turn(
            lambda p: synthesis.open_synthesis(
                {**env_alone, "WFINTERVIEW_DATA_DIR": str(p.data_dir)}, args.sessions
            )[0],
            alone,
            team,
            pty_runs,
        )
        report = in_turn(
            lambda p: timed(
                [*WFINTERVIEW, "report", "--all-engagements"],
                {**env_alone, "WFINTERVIEW_DATA_DIR": str(p.data_dir)},
            )[0],
            alone,
            team,
            args.runs,
        )
        apply = in_turn(one_more_edit, alone, team, args.runs * 2)
        again = in_turn(next_edit, alone, team, args.runs * 2)

        cockpit = imported_by(["-m", "wfinterview", *NEW], env_team, b"Enter saves")
        control = imported_by(["-m", "wfinterview"], env_team, b"interviews", keys="\x13")
        profiled = profile(team) if args.profile else ""

    print(
        f"Data: {args.sessions:,} sessions × {args.notes} notes, {engagements} engagements; "
        f"with the team: {args.writers} writers × {args.edits} edits = {entries:,} entries "
        f"in '{ENGAGEMENT}' ({len(logs)} logs, {size / 1e6:.1f} MB; made in {made_s:.0f} s), "
        f"{len(plan.merged.conflicts)} concurrent-edit reports, "
        f"{len(plan.merged.rejected)} edits that no longer applied.\n"
    )
    print("| measure | without the edits | with them | ratio | goal |")
    print("| --- | --- | --- | --- | --- |")
    print(
        row(
            f"open synthesis, in-process CPU ({args.runs} runs)",
            *opening,
            "≤ 1.10×",
            how="min",
        )
    )
    print(
        row(
            f"open synthesis, in-process CPU, no cached plan ({args.runs} runs)",
            *cold,
            "",
            how="min",
        )
    )
    print(row(f"open synthesis, real program, ctrl+s (median of {pty_runs})", *pty, "≤ 1.10×"))
    print(row(f"`wfinterview report` (median of {args.runs})", *report, ""))
    print(row(f"one more edit, `apply` ({args.runs * 2} runs)", *apply, "", how="min"))
    print(row(f"the next edit, same window ({args.runs * 2} runs)", *again, "", how="min"))
    print()
    shown = ", ".join(team_modules(cockpit)) or "none"
    print(f"Cockpit start-up (`wfinterview {' '.join(NEW)}`) imports of team sync: {shown}.")
    shown = ", ".join(team_modules(control)) or "none (the probe is broken)"
    print(f"Control, opening synthesis imports: {shown}.")
    if profiled:
        print("\nOpening synthesis with the edits, cProfile (cumulative):\n")
        print(profiled)


if __name__ == "__main__":
    main()
