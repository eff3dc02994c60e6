"""The public names of this layer, declared once (see __init__.py)."""

from wfinterview.core.workspace.listing import (
    INDEX_VERSION as INDEX_VERSION,
    SessionSummary as SessionSummary,
    list_sessions as list_sessions,
)
from wfinterview.core.workspace.opening import (
    latest_round as latest_round,
    open_for_review as open_for_review,
    reopen_interview as reopen_interview,
    start_interview as start_interview,
)
from wfinterview.core.workspace.team import (
    Team as Team,
    WriterSeen as WriterSeen,
)
from wfinterview.core.workspace.workspace import (
    Workspace as Workspace,
    check_engagement as check_engagement,
)
