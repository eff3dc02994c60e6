"""One interview, live and after the call: the clock, notes and hashtags, the review,
the three-point recap and the emails around the call.

Names resolve on first use (core/framework/lazy.py).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from wfinterview.core.framework.lazy import resolver

if TYPE_CHECKING:
    from wfinterview.core.interview.clock import (
        InterviewClock,
        mmss,
        time_since,
    )
    from wfinterview.core.interview.coverage import (
        Coverage,
        coverage_line,
    )
    from wfinterview.core.interview.emails import (
        agenda_lines,
        fill_template,
        pre_interview_email,
        recap_email,
        template_path,
    )
    from wfinterview.core.interview.hashtags import (
        MIN_PREFIX,
        extract_hashtags,
        match_hashtag,
    )
    from wfinterview.core.interview.live import (
        Commit,
        Flag,
        LiveInterview,
        new_session,
    )
    from wfinterview.core.interview.notes import (
        new_note_id,
        ordered_union,
        toggle_tag,
    )
    from wfinterview.core.interview.recap import (
        EMPTY_HEARD,
        EMPTY_MAGIC_WAND,
        EMPTY_STUCK,
        RecapEmail,
        draft_recap,
        format_recap,
        recap_for,
        recap_sent,
        recap_status,
    )
    from wfinterview.core.interview.review import (
        SessionReview,
        StepTiming,
    )

_OWNERS = {
    "Commit": "live",
    "Coverage": "coverage",
    "EMPTY_HEARD": "recap",
    "EMPTY_MAGIC_WAND": "recap",
    "EMPTY_STUCK": "recap",
    "Flag": "live",
    "InterviewClock": "clock",
    "LiveInterview": "live",
    "MIN_PREFIX": "hashtags",
    "RecapEmail": "recap",
    "SessionReview": "review",
    "StepTiming": "review",
    "agenda_lines": "emails",
    "coverage_line": "coverage",
    "draft_recap": "recap",
    "extract_hashtags": "hashtags",
    "fill_template": "emails",
    "format_recap": "recap",
    "match_hashtag": "hashtags",
    "mmss": "clock",
    "new_note_id": "notes",
    "new_session": "live",
    "ordered_union": "notes",
    "pre_interview_email": "emails",
    "recap_email": "emails",
    "recap_for": "recap",
    "recap_sent": "recap",
    "recap_status": "recap",
    "template_path": "emails",
    "time_since": "clock",
    "toggle_tag": "notes",
}
__all__ = [
    "Commit",
    "Coverage",
    "EMPTY_HEARD",
    "EMPTY_MAGIC_WAND",
    "EMPTY_STUCK",
    "Flag",
    "InterviewClock",
    "LiveInterview",
    "MIN_PREFIX",
    "RecapEmail",
    "SessionReview",
    "StepTiming",
    "agenda_lines",
    "coverage_line",
    "draft_recap",
    "extract_hashtags",
    "fill_template",
    "format_recap",
    "match_hashtag",
    "mmss",
    "new_note_id",
    "new_session",
    "ordered_union",
    "pre_interview_email",
    "recap_email",
    "recap_for",
    "recap_sent",
    "recap_status",
    "template_path",
    "time_since",
    "toggle_tag",
]


__getattr__ = resolver(__name__, _OWNERS)
