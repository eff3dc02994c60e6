"""The public names of this layer, declared once (see __init__.py)."""

from wfinterview.core.workspace.listing import (
    INDEX_VERSION as INDEX_VERSION,
)
from wfinterview.core.workspace.listing import (
    SessionSummary as SessionSummary,
)
from wfinterview.core.workspace.listing import (
    list_sessions as list_sessions,
)
from wfinterview.core.workspace.opening import (
    latest_round as latest_round,
)
from wfinterview.core.workspace.opening import (
    open_for_review as open_for_review,
)
from wfinterview.core.workspace.opening import (
    reopen_interview as reopen_interview,
)
from wfinterview.core.workspace.opening import (
    start_interview as start_interview,
)
from wfinterview.core.workspace.team import (
    Team as Team,
)
from wfinterview.core.workspace.team import (
    WriterSeen as WriterSeen,
)
from wfinterview.core.workspace.workspace import (
    Workspace as Workspace,
)
from wfinterview.core.workspace.workspace import (
    check_engagement as check_engagement,
)
