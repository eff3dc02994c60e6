"""An engagement's plan as one value: its themes, actions, RACI matrices and approval
stages, the format of the plain JSON view of it and of the files before team sync.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, Final, Literal

from pydantic import ValidationError

from wfinterview.core.framework.errors import UserError
from wfinterview.core.framework.models import StrictModel
from wfinterview.core.plan.actions import Action
from wfinterview.core.plan.approvals import ApprovalStage
from wfinterview.core.plan.raci import RaciMatrix
from wfinterview.core.storage.outside import load_json
from wfinterview.core.storage.store import diagnose
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


def parse_engagement_file(path: Path, raw: bytes) -> EngagementFile:
    """The plan in `raw` (read from `path`), converted from version 1 if need be; a file
    that cannot be used raises UserError saying why, naming the file."""
    try:
        return EngagementFile.model_validate_json(raw)
    except ValidationError as error:
        try:
            older = _from_version_1(load_json(raw))
            if older is not None:  # JSON again: strict models read dates from JSON text
                return EngagementFile.model_validate_json(json.dumps(older))
        except (ValueError, ValidationError):
            pass  # reported below, as the file is
        why = diagnose(raw, error, ENGAGEMENT_FORMAT, ENGAGEMENT_VERSION)
        raise UserError(
            f"{path}: {why}; it was left as it is (move it away to start afresh)"
        ) from None
