"""Two consultants share one data folder through a real git repository.

Each clone of one bare repository is a consultant's data folder, with its own config
folder and so its own writer id. They commit everything with a plain `git add -A` (no
.gitignore: even naive use must never conflict), edit the same engagement offline,
then pull in turn. Every pull must merge cleanly, and both clones must then show the
same plan with both consultants' edits in it; two renames of one theme must resolve
the same way on both, and say which name was kept.

Git runs with its own empty global config (`GIT_CONFIG_GLOBAL`), never the user's.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

import pytest

from wfinterview.cli import main
from wfinterview.core.framework.content import APPROVAL_ISSUES, BUILTIN_TAGS
from wfinterview.core.plan.actions import new_action
from wfinterview.core.plan.edits import AddAction, RenameTheme, SetRaciCell, SetStageTarget
from wfinterview.core.plan.engagement_file import EngagementFile
from wfinterview.core.plan.engagements import EngagementStore, Plan
from wfinterview.core.storage import atomic
from wfinterview.core.storage.paths import CONFIG_DIR_ENV, Paths
from wfinterview.core.workspace.workspace import Workspace

pytestmark = pytest.mark.skipif(shutil.which("git") is None, reason="needs git on PATH")

ENGAGEMENT = "Acme Retail"
RACI = "launch sign-off"  # the demo's matrix and stages (core/plan/demo_plans.py)
PULLS = {"merge": "--no-rebase", "rebase": "--rebase"}


@dataclass
class Consultant:
    """One laptop: a clone of the team's repository as the data folder, its own config."""

    name: str
    clone: Path
    config: Path

    @property
    def paths(self) -> Paths:
        return Paths(data_dir=self.clone, config_dir=self.config)

    @property
    def plans(self) -> EngagementStore:
        return Workspace(self.paths).engagements

    def plan(self) -> Plan:
        return self.plans.plan(ENGAGEMENT)

    def git(self, *args: str) -> subprocess.CompletedProcess[str]:
        return git(self.clone, *args)

    def commit(self, message: str) -> None:
        self.git("add", "-A")
        self.git("commit", "-q", "-m", message)

    def pull(self, how: str) -> subprocess.CompletedProcess[str]:
        return git(self.clone, "pull", PULLS[how], "origin", "main", check=False)


@pytest.fixture(autouse=True)
def _git_env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Who commits, and an empty global config: the user's own never applies or changes."""
    (tmp_path / "gitconfig").write_text("")
    for variable, value in {
        "GIT_CONFIG_GLOBAL": str(tmp_path / "gitconfig"),
        "GIT_CONFIG_NOSYSTEM": "1",
        "GIT_AUTHOR_NAME": "Team Test",
        "GIT_AUTHOR_EMAIL": "team@example.com",
        "GIT_COMMITTER_NAME": "Team Test",
        "GIT_COMMITTER_EMAIL": "team@example.com",
        "GIT_TERMINAL_PROMPT": "0",
    }.items():
        monkeypatch.setenv(variable, value)
    # Speed only: core/storage/atomic.py's own tests cover fsync.
    monkeypatch.setattr(atomic.os, "fsync", lambda fd: None)


def git(cwd: Path, *args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
    result = subprocess.run(
        ["git", "-c", "init.defaultBranch=main", *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        env=os.environ,
        timeout=60,
    )
    if check:
        assert result.returncode == 0, f"git {' '.join(args)}: {result.stderr}"
    return result


def team(tmp_path: Path) -> tuple[Path, Consultant, Consultant]:
    origin = tmp_path / "team.git"
    git(tmp_path, "init", "-q", "--bare", str(origin))
    git(tmp_path, "clone", "-q", str(origin), "anna")
    anna = Consultant("anna", tmp_path / "anna", tmp_path / "anna-config")
    bob = Consultant("bob", tmp_path / "bob", tmp_path / "bob-config")
    return origin, anna, bob


def demo_into(consultant: Consultant, monkeypatch: pytest.MonkeyPatch) -> None:
    """`wfinterview demo` through its entry point, into the consultant's clone."""
    monkeypatch.setenv(CONFIG_DIR_ENV, str(consultant.config))
    code = main(
        ["demo", "--data-dir", str(consultant.clone), "--sessions", "4", "--notes-per-session", "3"]
    )
    assert code == 0


def share(origin: Path, first: Consultant, second: Consultant) -> None:
    """`first` pushes what it has; `second` clones it."""
    first.git("push", "-q", "origin", "main")
    git(origin.parent, "clone", "-q", str(origin), second.clone.name)
    assert second.plan().file == first.plan().file


def pull_in_turn(first: Consultant, second: Consultant, how: str) -> None:
    """`first` pushes; `second` pulls and pushes; `first` pulls. Every step is clean."""
    first.git("push", "-q", "origin", "main")
    for consultant in (second, first):
        pulled = consultant.pull(how)
        assert pulled.returncode == 0, pulled.stdout + pulled.stderr
        assert "CONFLICT" not in pulled.stdout + pulled.stderr
        if consultant is second:
            consultant.git("push", "-q", "origin", "main")
    for consultant in (first, second):
        assert consultant.git("status", "--porcelain").stdout == ""
        assert consultant.git("diff", "--name-only", "--diff-filter=U").stdout == ""
        assert not conflict_markers(consultant.clone)
    heads = {c.git("rev-parse", "HEAD").stdout for c in (first, second)}
    assert len(heads) == 1  # both clones hold the same commit


def conflict_markers(folder: Path) -> list[Path]:
    return [
        path
        for path in folder.rglob("*")
        if ".git" not in path.parts
        and path.is_file()
        and any(line.startswith(b"<<<<<<< ") for line in path.read_bytes().splitlines())
    ]


def theme_id(consultant: Consultant, name: str) -> str:
    theme = consultant.plans.load(ENGAGEMENT).themes.find_by_name(name)
    assert theme is not None
    return theme.id


def add_action(consultant: Consultant, title: str) -> str:
    existing = consultant.plans.load(ENGAGEMENT).actions
    action = new_action(existing, title, "sop_update")
    consultant.plans.apply(ENGAGEMENT, AddAction(action=action))
    return action.id


def stage_target(file: EngagementFile, name: str) -> float:
    return next(s.target_days for s in file.approval_stages if s.name == name)


@pytest.mark.parametrize("how", sorted(PULLS))
def test_two_clones_edit_one_engagement_and_pull_in_turn_without_conflict(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, how: str
) -> None:
    origin, anna, bob = team(tmp_path)
    demo_into(anna, monkeypatch)
    anna.commit("the demo")
    share(origin, anna, bob)
    before = anna.plan().file
    approval = theme_id(anna, APPROVAL_ISSUES)

    # The issue's story, offline on both laptops: Anna adds an action and fills a RACI
    # cell; Bob renames a theme, adds another action and changes a stage's target.
    anna_action = add_action(anna, "Weekly brief review with Brand")
    anna.plans.apply(
        ENGAGEMENT, SetRaciCell(matrix=RACI, activity="Go-live", party="Brand", role="C")
    )
    bob.plans.apply(ENGAGEMENT, RenameTheme(theme_id=approval, name="Sign-off delays"))
    bob_action = add_action(bob, "Fallback approver for legal")
    bob.plans.apply(ENGAGEMENT, SetStageTarget(name="legal", target_days=4.5))
    anna.commit("anna's edits")
    bob.commit("bob's edits")

    pull_in_turn(anna, bob, how)

    plans = [anna.plan(), bob.plan()]
    assert plans[0].file == plans[1].file
    merged = plans[0].file
    assert {anna_action, bob_action} <= {a.id for a in merged.actions}
    assert len(merged.actions) == len(before.actions) + 2
    assert merged.themes.theme(approval).name == "Sign-off delays"
    matrix = merged.matrix(RACI)
    assert matrix is not None and matrix.get("Go-live", "Brand") == "C"
    assert stage_target(merged, "legal") == 4.5
    assert stage_target(before, "legal") != 4.5
    assert plans[0].reports() == plans[1].reports() == []  # different fields: nothing to say
    # Each laptop wrote only its own files: two writers' logs, side by side.
    folder = anna.plans.folder_for(ENGAGEMENT)
    assert sorted(p.name for p in folder.glob("edits-*.jsonl")) == sorted(
        f"edits-{c.paths.writer}.jsonl" for c in (anna, bob)
    )


@pytest.mark.parametrize("how", sorted(PULLS))
def test_two_renames_of_one_theme_resolve_alike_and_say_which_was_kept(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, how: str
) -> None:
    origin, anna, bob = team(tmp_path)
    demo_into(anna, monkeypatch)
    anna.commit("the demo")
    share(origin, anna, bob)
    approval = theme_id(anna, APPROVAL_ISSUES)
    names = {"anna": "Sign-off delays", "bob": "Approval bottlenecks"}
    for consultant in (anna, bob):
        consultant.plans.apply(
            ENGAGEMENT, RenameTheme(theme_id=approval, name=names[consultant.name])
        )
        consultant.commit(f"{consultant.name} renames a theme")

    pull_in_turn(anna, bob, how)

    plans = [anna.plan(), bob.plan()]
    assert plans[0].file == plans[1].file
    kept = plans[0].file.themes.theme(approval).name
    assert kept in names.values()
    (replaced,) = set(names.values()) - {kept}
    reports = plans[0].reports()
    assert reports == plans[1].reports()
    assert len(reports) == 1
    assert f"kept '{kept}'" in reports[0] and f"over '{replaced}'" in reports[0]


def test_an_engagement_file_from_before_converts_on_both_clones_without_conflict(
    tmp_path: Path,
) -> None:
    origin, anna, bob = team(tmp_path)
    # A data folder in the one-file format, committed before either consultant upgraded.
    legacy_store = EngagementStore(anna.clone / "engagements", BUILTIN_TAGS, "nobody")
    old = legacy_store.starting(ENGAGEMENT)
    old.actions.append(new_action([], "Approval SLA: 48 hours", "approval_timeline"))
    legacy = legacy_store.legacy_path(ENGAGEMENT)
    legacy.parent.mkdir(parents=True)
    legacy.write_text(old.model_dump_json())
    anna.commit("before team sync")
    share(origin, anna, bob)  # both open it: each takes it in, with a backup beside it

    renamed = theme_id(anna, APPROVAL_ISSUES)
    anna.plans.apply(ENGAGEMENT, RenameTheme(theme_id=renamed, name="Sign-off delays"))
    bob_action = add_action(bob, "Fallback approver for legal")
    anna.commit("anna, upgraded")
    bob.commit("bob, upgraded")

    pull_in_turn(anna, bob, "merge")

    plans = [anna.plan(), bob.plan()]
    assert plans[0].file == plans[1].file
    merged = plans[0].file
    assert {a.id for a in merged.actions} == {old.actions[0].id, bob_action}
    assert merged.themes.theme(renamed).name == "Sign-off delays"
    assert plans[0].reports() == []  # the same old file, taken in twice, is one start
    assert not legacy.exists()
    backup = legacy.with_name(legacy.stem + ".before-team.json")
    assert EngagementFile.model_validate_json(backup.read_bytes()) == old
