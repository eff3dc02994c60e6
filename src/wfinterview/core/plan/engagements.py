"""What the consultant builds per engagement (themes, actions, RACI, approval stages),
one JSON file each in DATA_DIR/engagements/, written atomically like sessions.

A file that cannot be read is reported and never overwritten: the consultant's
grouping of a whole round of interviews may be in it.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Iterable
from pathlib import Path
from typing import Final, Literal

from pydantic import ValidationError

from wfinterview.core.framework.content import Tag
from wfinterview.core.framework.errors import UserError
from wfinterview.core.framework.models import StrictModel
from wfinterview.core.framework.text import slug
from wfinterview.core.plan.actions import Action
from wfinterview.core.plan.approvals import ApprovalStage
from wfinterview.core.plan.raci import RaciMatrix
from wfinterview.core.storage.atomic import write_atomic
from wfinterview.core.storage.paths import ensure_private_dir
from wfinterview.core.storage.store import diagnose, read_own_file
from wfinterview.core.synthesis.themes import ThemeBoard

ENGAGEMENT_FORMAT: Final = "wfinterview.engagement"
ENGAGEMENT_VERSION: Final = 1


class EngagementFile(StrictModel):
    format: Literal["wfinterview.engagement"] = ENGAGEMENT_FORMAT
    version: Literal[1] = ENGAGEMENT_VERSION
    engagement: str
    themes: ThemeBoard
    actions: list[Action] = []
    raci: list[RaciMatrix] = []
    approval_stages: list[ApprovalStage] = []

    def matrix(self, name: str) -> RaciMatrix | None:
        return next((m for m in self.raci if m.name.casefold() == name.casefold()), None)


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
            why = diagnose(raw, error, ENGAGEMENT_FORMAT, ENGAGEMENT_VERSION)
            raise UserError(
                f"{path}: {why}; it was left as it is (move it away to start afresh)"
            ) from None

    def save(self, file: EngagementFile) -> None:
        ensure_private_dir(self.dir)
        write_atomic(self.path_for(file.engagement), file.model_dump_json(indent=1).encode("utf-8"))


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
