"""What `wfinterview demo` made, and removing exactly that (`wfinterview demo --remove`).

The demo makes three kinds of things: session files whose ids start with `demo-`
(core/synthesis/demo.py), a folder per demo engagement with the plan it writes
(core/plan/demo_plans.py), and what reading those plans leaves in this installation's
`local/` folder (the plan cache, the engagements' locks). An engagement folder counts as
the demo's only when the demo created it, as this installation's `local/demo.json`
records; a demo written before that record existed is recognised by its plan holding
the demo's actions and nothing else. A demo engagement that has since received a
session of the user's own is kept, and said so.
"""

from __future__ import annotations

import json
import shutil
from dataclasses import dataclass, field
from pathlib import Path

from wfinterview.core.framework.errors import UserError
from wfinterview.core.storage.atomic import write_atomic
from wfinterview.core.storage.folders import ensure_private_dir
from wfinterview.core.storage.outside import load_json, read_outside
from wfinterview.core.synthesis.demo import DEMO_PREFIX, ENGAGEMENTS
from wfinterview.core.workspace.workspace import Workspace

RECORD = "demo.json"


@dataclass
class DemoRemoval:
    sessions: int = 0
    engagements: list[str] = field(default_factory=list)  # removed, folders and caches
    kept: list[str] = field(default_factory=list)  # holding sessions of the user's own


def demo_session_files(work: Workspace) -> list[Path]:
    return sorted(work.paths.sessions_dir.glob(f"{DEMO_PREFIX}*.json"))


def _record_path(work: Workspace) -> Path:
    return work.paths.local_dir / RECORD


def recorded_engagements(work: Workspace) -> list[str] | None:
    """The engagements the demo created here, or None when there is no readable record."""
    try:
        data = load_json(read_outside(_record_path(work)))
    except (OSError, ValueError):
        return None
    names = data.get("engagements") if isinstance(data, dict) else None
    if not isinstance(names, list) or not all(isinstance(n, str) for n in names):
        return None
    return names


def record_demo_engagements(work: Workspace, made: list[str]) -> None:
    """Add the engagements the demo has just created to the record (kept across runs)."""
    names = sorted(set(recorded_engagements(work) or []) | set(made))
    ensure_private_dir(work.paths.local_dir)
    write_atomic(_record_path(work), json.dumps({"engagements": names}).encode() + b"\n")


def _made_by_an_older_demo(work: Workspace, engagement: str) -> bool:
    if engagement not in ENGAGEMENTS or not work.engagements.folder_for(engagement).is_dir():
        return False
    try:
        actions = work.engagements.load(engagement).actions
    except UserError:  # an unreadable plan is not shown to be the demo's: it stays
        return False
    return bool(actions) and all(a.id.startswith(DEMO_PREFIX) for a in actions)


def remove_demo(work: Workspace) -> DemoRemoval:
    removed = DemoRemoval()
    for path in demo_session_files(work):
        path.unlink(missing_ok=True)
        (work.paths.locks_dir / f".{path.stem}.lock").unlink(missing_ok=True)
        removed.sessions += 1
    recorded = recorded_engagements(work)
    candidates = recorded if recorded is not None else list(ENGAGEMENTS)
    own = {s.engagement for s in work.list_sessions().sessions}  # the demo's are gone now
    for engagement in candidates:
        folder = work.engagements.folder_for(engagement)
        if recorded is None and not _made_by_an_older_demo(work, engagement):
            continue
        if not folder.is_dir():
            continue
        if engagement in own:
            removed.kept.append(engagement)
            continue
        shutil.rmtree(folder)
        (work.paths.cache_dir / f"plan-{folder.name}.json").unlink(missing_ok=True)
        (work.paths.locks_dir / f".{folder.name}.lock").unlink(missing_ok=True)
        removed.engagements.append(engagement)
    _record_path(work).unlink(missing_ok=True)
    paths = work.paths
    for folder in (paths.cache_dir, paths.locks_dir, paths.local_dir, paths.local_dir.parent):
        _remove_if_empty(folder)  # made for the demo's plans; anything else in them stays
    for folder in (paths.engagements_dir, paths.sessions_dir):
        _remove_if_empty(folder)
    return removed


def _remove_if_empty(folder: Path) -> None:
    try:
        folder.rmdir()
    except OSError:  # not empty, or not there
        pass
