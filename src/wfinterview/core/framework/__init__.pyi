"""The public names of this layer, declared once (see __init__.py)."""

from wfinterview.core.framework.content import (
    APPROVAL_ISSUES as APPROVAL_ISSUES,
)
from wfinterview.core.framework.content import (
    BUILTIN_TAGS as BUILTIN_TAGS,
)
from wfinterview.core.framework.content import (
    HANDOFFS as HANDOFFS,
)
from wfinterview.core.framework.content import (
    MAGIC_WAND_STEP as MAGIC_WAND_STEP,
)
from wfinterview.core.framework.content import (
    MISALIGNMENT as MISALIGNMENT,
)
from wfinterview.core.framework.content import (
    RECAP_HEADINGS as RECAP_HEADINGS,
)
from wfinterview.core.framework.content import (
    RECOMMENDED_MINUTES as RECOMMENDED_MINUTES,
)
from wfinterview.core.framework.content import (
    ROLE_AGENDA_IDS as ROLE_AGENDA_IDS,
)
from wfinterview.core.framework.content import (
    STARTING_THEMES as STARTING_THEMES,
)
from wfinterview.core.framework.content import (
    STEPS as STEPS,
)
from wfinterview.core.framework.content import (
    TOOL_RELATED as TOOL_RELATED,
)
from wfinterview.core.framework.content import (
    WALKTHROUGH_STEP as WALKTHROUGH_STEP,
)
from wfinterview.core.framework.content import (
    StepDefinition as StepDefinition,
)
from wfinterview.core.framework.content import (
    Tag as Tag,
)
from wfinterview.core.framework.errors import (
    FileProblem as FileProblem,
)
from wfinterview.core.framework.errors import (
    RuntimeFailure as RuntimeFailure,
)
from wfinterview.core.framework.errors import (
    UserError as UserError,
)
from wfinterview.core.framework.errors import (
    control_character_problems as control_character_problems,
)
from wfinterview.core.framework.errors import (
    field_path as field_path,
)
from wfinterview.core.framework.errors import (
    validation_problems as validation_problems,
)
from wfinterview.core.framework.models import (
    SESSION_FORMAT as SESSION_FORMAT,
)
from wfinterview.core.framework.models import (
    SESSION_VERSION as SESSION_VERSION,
)
from wfinterview.core.framework.models import (
    Agenda as Agenda,
)
from wfinterview.core.framework.models import (
    Identifier as Identifier,
)
from wfinterview.core.framework.models import (
    Line as Line,
)
from wfinterview.core.framework.models import (
    NonEmpty as NonEmpty,
)
from wfinterview.core.framework.models import (
    NonEmptyToken as NonEmptyToken,
)
from wfinterview.core.framework.models import (
    Note as Note,
)
from wfinterview.core.framework.models import (
    Paragraphs as Paragraphs,
)
from wfinterview.core.framework.models import (
    Participant as Participant,
)
from wfinterview.core.framework.models import (
    Question as Question,
)
from wfinterview.core.framework.models import (
    Recap as Recap,
)
from wfinterview.core.framework.models import (
    Session as Session,
)
from wfinterview.core.framework.models import (
    Step as Step,
)
from wfinterview.core.framework.models import (
    StrictModel as StrictModel,
)
from wfinterview.core.framework.models import (
    Token as Token,
)
from wfinterview.core.framework.models import (
    now as now,
)
from wfinterview.core.framework.text import (
    BIDI_CONTROLS as BIDI_CONTROLS,
)
from wfinterview.core.framework.text import (
    NO_CONTROL_PATTERN as NO_CONTROL_PATTERN,
)
from wfinterview.core.framework.text import (
    TEXT_PATTERN as TEXT_PATTERN,
)
from wfinterview.core.framework.text import (
    cell_width as cell_width,
)
from wfinterview.core.framework.text import (
    clean_line as clean_line,
)
from wfinterview.core.framework.text import (
    clip as clip,
)
from wfinterview.core.framework.text import (
    clean_text as clean_text,
)
from wfinterview.core.framework.text import (
    codepoint as codepoint,
)
from wfinterview.core.framework.text import (
    control_characters as control_characters,
)
from wfinterview.core.framework.text import (
    control_problem as control_problem,
)
from wfinterview.core.framework.text import (
    slug as slug,
)
from wfinterview.core.framework.text import (
    terminal_safe as terminal_safe,
)
from wfinterview.core.framework.wording import (
    noun as noun,
)
from wfinterview.core.framework.wording import (
    plural as plural,
)
