"""Everything a command or the app works with at once: folders, config, agendas, the
stores, and starting or reopening an interview.

Names resolve on first use (core/framework/lazy.py).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from wfinterview.core.framework.lazy import resolver

if TYPE_CHECKING:
    from wfinterview.core.workspace.listing import (
        INDEX_VERSION,
        SessionSummary,
        list_sessions,
    )
    from wfinterview.core.workspace.opening import (
        latest_round,
        open_for_review,
        reopen_interview,
        start_interview,
    )
    from wfinterview.core.workspace.team import (
        Team,
        WriterSeen,
    )
    from wfinterview.core.workspace.workspace import (
        Workspace,
        check_engagement,
    )

_OWNERS = {
    "INDEX_VERSION": "listing",
    "SessionSummary": "listing",
    "Team": "team",
    "Workspace": "workspace",
    "WriterSeen": "team",
    "check_engagement": "workspace",
    "latest_round": "opening",
    "list_sessions": "listing",
    "open_for_review": "opening",
    "reopen_interview": "opening",
    "start_interview": "opening",
}
__all__ = [
    "INDEX_VERSION",
    "SessionSummary",
    "Team",
    "Workspace",
    "WriterSeen",
    "check_engagement",
    "latest_round",
    "list_sessions",
    "open_for_review",
    "reopen_interview",
    "start_interview",
]


__getattr__ = resolver(__name__, _OWNERS)
