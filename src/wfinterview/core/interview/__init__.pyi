"""The public names of this layer, declared once (see __init__.py)."""

from wfinterview.core.interview.clock import (
    InterviewClock as InterviewClock,
    mmss as mmss,
    time_since as time_since,
)
from wfinterview.core.interview.coverage import (
    Coverage as Coverage,
    coverage_line as coverage_line,
)
from wfinterview.core.interview.emails import (
    Interviewed as Interviewed,
    agenda_lines as agenda_lines,
    fill_template as fill_template,
    pre_interview_email as pre_interview_email,
    recap_email as recap_email,
    recap_signer as recap_signer,
    signer as signer,
    template_path as template_path,
    unsigned_hint as unsigned_hint,
)
from wfinterview.core.interview.hashtags import (
    MIN_PREFIX as MIN_PREFIX,
    extract_hashtags as extract_hashtags,
    match_hashtag as match_hashtag,
)
from wfinterview.core.interview.live import (
    Commit as Commit,
    Flag as Flag,
    LiveInterview as LiveInterview,
    new_session as new_session,
)
from wfinterview.core.interview.notes import (
    new_note_id as new_note_id,
    ordered_union as ordered_union,
    toggle_tag as toggle_tag,
)
from wfinterview.core.interview.recap import (
    EMPTY_HEARD as EMPTY_HEARD,
    EMPTY_MAGIC_WAND as EMPTY_MAGIC_WAND,
    EMPTY_STUCK as EMPTY_STUCK,
    RecapEmail as RecapEmail,
    draft_recap as draft_recap,
    format_recap as format_recap,
    recap_edited as recap_edited,
    recap_for as recap_for,
    recap_sent as recap_sent,
    recap_status as recap_status,
)
from wfinterview.core.interview.review import (
    SessionReview as SessionReview,
    StepTiming as StepTiming,
)
from wfinterview.core.interview.wishes import (
    is_wish as is_wish,
    note_is_wish as note_is_wish,
)
