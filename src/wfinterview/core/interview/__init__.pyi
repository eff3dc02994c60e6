"""The public names of this layer, declared once (see __init__.py)."""

from wfinterview.core.interview.clock import (
    InterviewClock as InterviewClock,
)
from wfinterview.core.interview.clock import (
    mmss as mmss,
)
from wfinterview.core.interview.clock import (
    time_since as time_since,
)
from wfinterview.core.interview.coverage import (
    Coverage as Coverage,
)
from wfinterview.core.interview.coverage import (
    coverage_line as coverage_line,
)
from wfinterview.core.interview.emails import (
    Interviewed as Interviewed,
)
from wfinterview.core.interview.emails import (
    agenda_lines as agenda_lines,
)
from wfinterview.core.interview.emails import (
    fill_template as fill_template,
)
from wfinterview.core.interview.emails import (
    pre_interview_email as pre_interview_email,
)
from wfinterview.core.interview.emails import (
    recap_email as recap_email,
)
from wfinterview.core.interview.emails import (
    recap_signer as recap_signer,
)
from wfinterview.core.interview.emails import (
    signer as signer,
)
from wfinterview.core.interview.emails import (
    template_path as template_path,
)
from wfinterview.core.interview.emails import (
    unsigned_hint as unsigned_hint,
)
from wfinterview.core.interview.hashtags import (
    MIN_PREFIX as MIN_PREFIX,
)
from wfinterview.core.interview.hashtags import (
    extract_hashtags as extract_hashtags,
)
from wfinterview.core.interview.hashtags import (
    match_hashtag as match_hashtag,
)
from wfinterview.core.interview.live import (
    Commit as Commit,
)
from wfinterview.core.interview.live import (
    Flag as Flag,
)
from wfinterview.core.interview.live import (
    LiveInterview as LiveInterview,
)
from wfinterview.core.interview.live import (
    new_session as new_session,
)
from wfinterview.core.interview.notes import (
    new_note_id as new_note_id,
)
from wfinterview.core.interview.notes import (
    ordered_union as ordered_union,
)
from wfinterview.core.interview.notes import (
    toggle_tag as toggle_tag,
)
from wfinterview.core.interview.recap import (
    EMPTY_HEARD as EMPTY_HEARD,
)
from wfinterview.core.interview.recap import (
    EMPTY_MAGIC_WAND as EMPTY_MAGIC_WAND,
)
from wfinterview.core.interview.recap import (
    EMPTY_STUCK as EMPTY_STUCK,
)
from wfinterview.core.interview.recap import (
    RecapEmail as RecapEmail,
)
from wfinterview.core.interview.recap import (
    draft_recap as draft_recap,
)
from wfinterview.core.interview.recap import (
    format_recap as format_recap,
)
from wfinterview.core.interview.recap import (
    recap_edited as recap_edited,
)
from wfinterview.core.interview.recap import (
    recap_for as recap_for,
)
from wfinterview.core.interview.recap import (
    recap_sent as recap_sent,
)
from wfinterview.core.interview.recap import (
    recap_status as recap_status,
)
from wfinterview.core.interview.review import (
    SessionReview as SessionReview,
)
from wfinterview.core.interview.review import (
    StepTiming as StepTiming,
)
from wfinterview.core.interview.wishes import (
    is_wish as is_wish,
)
from wfinterview.core.interview.wishes import (
    note_is_wish as note_is_wish,
)
