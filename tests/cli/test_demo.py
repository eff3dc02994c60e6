"""`wfinterview demo` and `wfinterview demo --remove`: the demo is removed exactly, and the
user's own sessions and engagements are never touched."""

from __future__ import annotations

from tests import factories
from tests.cli.helpers import run_program
from wfinterview.core.framework.content import BUILTIN_TAGS
from wfinterview.core.plan.actions import new_action
from wfinterview.core.plan.edits import AddAction
from wfinterview.core.plan.engagements import EngagementStore
from wfinterview.core.storage.paths import Paths
from wfinterview.core.storage.store import SessionStore


def own_work(paths: Paths, engagement: str = "Initech") -> EngagementStore:
    SessionStore(paths.sessions_dir).save(
        factories.session("20261120-1000-jordan-ab12", "Jordan Lee", engagement=engagement)
    )
    plans = EngagementStore(paths.engagements_dir, BUILTIN_TAGS, paths.writer)
    plans.apply(engagement, AddAction(action=new_action([], "Name an owner for QA")))
    return plans


def test_demo_remove_takes_away_what_the_demo_made_and_nothing_else(isolated_dirs: Paths) -> None:
    paths = isolated_dirs
    plans = own_work(paths)
    made = run_program("demo")
    assert made.code == 0, made.err
    assert made.out.splitlines()[1:] == [
        "Explore them: `wfinterview` (ctrl+s opens synthesis), "
        "`wfinterview report --engagement 'Acme Retail'`, `wfinterview list`.",
        "Remove them, and only them: `wfinterview demo --remove`.",
    ]
    assert run_program("report", "--engagement", "Acme Retail").code == 0  # fills the caches
    cache = paths.local_dir / "cache"
    assert len(list(cache.glob("plan-*.json"))) == 2

    removed = run_program("demo", "--remove")
    assert (removed.code, removed.err) == (0, "")
    assert removed.out == (
        "Removed 24 demo sessions and the engagements Acme Retail, Northwind Health with their "
        f"plans from {paths.data_dir}.\n"
    )
    assert [p.name for p in paths.sessions_dir.iterdir()] == ["20261120-1000-jordan-ab12.json"]
    assert [p.name for p in paths.engagements_dir.iterdir() if p.is_dir()] == [
        plans.folder_for("Initech").name
    ]
    left = sorted(str(p.relative_to(paths.data_dir)) for p in paths.data_dir.rglob("*"))
    assert not [p for p in left if "acme" in p or "northwind" in p or "demo" in p], left
    assert [a.title for a in plans.load("Initech").actions] == ["Name an owner for QA"]
    assert run_program("list").out.count("\n") == 2  # a header and the user's one session

    again = run_program("demo", "--remove")
    assert again.out == f"No demo data in {paths.data_dir}.\n"


def test_a_demo_engagement_that_holds_a_session_of_the_users_own_is_kept(
    isolated_dirs: Paths,
) -> None:
    paths = isolated_dirs
    assert run_program("demo", "--sessions", "4", "--notes-per-session", "5").code == 0
    own_work(paths, "Acme Retail")  # the user interviews someone under the demo's name
    removed = run_program("demo", "--remove")
    assert removed.out == (
        f"Removed 4 demo sessions and the engagement Northwind Health with its plan from "
        f"{paths.data_dir}.\n"
        "Kept the engagement Acme Retail: it holds sessions of your own.\n"
    )
    plans = EngagementStore(paths.engagements_dir, BUILTIN_TAGS, paths.writer)
    assert plans.folder_for("Acme Retail").is_dir()
    assert not plans.folder_for("Northwind Health").exists()
