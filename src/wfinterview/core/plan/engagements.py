"""What the consultant builds per engagement (themes, actions, RACI, approval stages),
one JSON file each in DATA_DIR/engagements/, written atomically like sessions.

`EngagementStore.apply` is the one way to change a file: under a lock it reads the
newest file, applies one named edit (core/plan/edits.py) and writes the result, so a
screen never writes back parts it did not load, and two windows or two running apps
never lose each other's changes. A file that cannot be read is reported and never
overwritten: the consultant's grouping of a whole round of interviews may be in it.
"""

from __future__ import annotations

import hashlib
import json
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Final, Literal, Protocol

from pydantic import ValidationError

from wfinterview.core.framework.content import Tag
from wfinterview.core.framework.errors import UserError
from wfinterview.core.framework.models import StrictModel
from wfinterview.core.framework.text import slug
from wfinterview.core.plan.actions import Action
from wfinterview.core.plan.approvals import ApprovalStage
from wfinterview.core.plan.raci import RaciMatrix
from wfinterview.core.storage.atomic import write_atomic
from wfinterview.core.storage.lock import exclusive
from wfinterview.core.storage.paths import ensure_private_dir
from wfinterview.core.storage.store import diagnose, read_own_file
from wfinterview.core.synthesis.themes import ThemeBoard

ENGAGEMENT_FORMAT: Final = "wfinterview.engagement"
# 2: actions name their theme by id (`theme_id`), themes keep their origin.
ENGAGEMENT_VERSION: Final = 2


class EngagementFile(StrictModel):
    format: Literal["wfinterview.engagement"] = ENGAGEMENT_FORMAT
    version: Literal[2] = ENGAGEMENT_VERSION
    engagement: str
    themes: ThemeBoard
    actions: list[Action] = []
    raci: list[RaciMatrix] = []
    approval_stages: list[ApprovalStage] = []

    def matrix(self, name: str) -> RaciMatrix | None:
        return next((m for m in self.raci if m.name.casefold() == name.casefold()), None)


def _from_version_1(data: Any) -> Any:
    """Version 1 named an action's theme by name: link it by id instead. A name no theme
    has any more stays in `theme`, so nothing the consultant wrote is lost."""
    if not isinstance(data, dict) or data.get("version") != 1:
        return None
    board = data.get("themes")
    themes = board.get("themes", []) if isinstance(board, dict) else []
    by_name = {
        str(t.get("name", "")).casefold(): t.get("id") for t in themes if isinstance(t, dict)
    }
    actions = []
    for action in data.get("actions", []):
        if isinstance(action, dict) and isinstance(action.get("theme"), str):
            theme_id = by_name.get(action["theme"].casefold())
            if theme_id is not None:
                action = {k: v for k, v in action.items() if k != "theme"}
                action["theme_id"] = theme_id
        actions.append(action)
    return {**data, "version": ENGAGEMENT_VERSION, "actions": actions}


class Edit(Protocol):
    """A named change to an engagement's file: the edits of core/plan/edits.py."""

    def apply(self, file: EngagementFile) -> Edit | None: ...


@dataclass(frozen=True)
class Applied:
    """The file as it is on disk after an edit, and the edit that takes it back (if any)."""

    file: EngagementFile
    undo: Edit | None


class EngagementStore:
    def __init__(self, folder: Path, tags: Iterable[Tag]) -> None:
        self.dir = folder
        self.tags = tuple(tags)

    def path_for(self, engagement: str) -> Path:
        # Readable, and distinct even for names that fold to the same letters.
        digest = hashlib.sha256(engagement.encode("utf-8")).hexdigest()[:8]
        path = self.dir / f"{slug(engagement, max_length=40)}-{digest}.json"
        # Before names were transliterated, "Łódź Media" was written as "odz-media-…"
        # and "東京" as "engagement-…": a file under its old name is still the one.
        ascii_name = unicodedata.normalize("NFKD", engagement).encode("ascii", "ignore").decode()
        old_slug = re.sub(r"[^a-z0-9]+", "-", ascii_name.lower()).strip("-")[:40] or "engagement"
        old_path = self.dir / f"{old_slug}-{digest}.json"
        if old_path != path and not path.exists() and (old_path.exists() or old_path.is_symlink()):
            return old_path
        return path

    def load(self, engagement: str) -> EngagementFile:
        """The engagement's file, or a fresh one with the starting themes when there is none."""
        path = self.path_for(engagement)
        if not path.exists() and not path.is_symlink():
            return EngagementFile(engagement=engagement, themes=ThemeBoard.starting(self.tags))
        try:
            raw = read_own_file(path)
        except OSError as error:
            why = (
                "is a symbolic link; wfinterview reads only its own files"
                if path.is_symlink()
                else error.strerror
            )
            raise UserError(f"{path}: {why}; it was left as it is") from None
        try:
            return EngagementFile.model_validate_json(raw)
        except ValidationError as error:
            try:
                older = _from_version_1(json.loads(raw))
                if older is not None:  # JSON again: strict models read dates from JSON text
                    return EngagementFile.model_validate_json(json.dumps(older))
            except (ValueError, ValidationError):
                pass  # reported below, as the file is
            why = diagnose(raw, error, ENGAGEMENT_FORMAT, ENGAGEMENT_VERSION)
            raise UserError(
                f"{path}: {why}; it was left as it is (move it away to start afresh)"
            ) from None

    def apply(self, engagement: str, edit: Edit) -> Applied:
        """Apply one edit to the newest file under the engagement's lock and write it.

        A mistake in the edit (UserError) or a file that cannot be read leaves the file as
        it was; an OSError while writing leaves the old file whole (the write is atomic).
        """
        ensure_private_dir(self.dir)
        path = self.path_for(engagement)
        with exclusive(path.with_name(f".{path.stem}.lock")):
            file = self.load(engagement)
            undo = edit.apply(file)
            write_atomic(path, file.model_dump_json(indent=1).encode("utf-8"))
        return Applied(file, undo)


def load_boards(
    store: EngagementStore, engagements: Iterable[str]
) -> tuple[dict[str, ThemeBoard], dict[str, str]]:
    """Each engagement's themes; one whose file cannot be read falls back to the starting
    themes, with a problem to report by engagement (the file itself is left alone)."""
    boards: dict[str, ThemeBoard] = {}
    problems: dict[str, str] = {}
    for engagement in engagements:
        try:
            boards[engagement] = store.load(engagement).themes
        except UserError as error:
            problems[engagement] = f"{error} (using the starting themes)"
            boards[engagement] = ThemeBoard.starting(store.tags)
    return boards, problems
