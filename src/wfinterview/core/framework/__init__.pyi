"""The public names of this layer, declared once (see __init__.py)."""

from wfinterview.core.framework.content import (
    APPROVAL_ISSUES as APPROVAL_ISSUES,
    BUILTIN_TAGS as BUILTIN_TAGS,
    HANDOFFS as HANDOFFS,
    MAGIC_WAND_STEP as MAGIC_WAND_STEP,
    MISALIGNMENT as MISALIGNMENT,
    RECAP_HEADINGS as RECAP_HEADINGS,
    RECOMMENDED_MINUTES as RECOMMENDED_MINUTES,
    ROLE_AGENDA_IDS as ROLE_AGENDA_IDS,
    STARTING_THEMES as STARTING_THEMES,
    STEPS as STEPS,
    TOOL_RELATED as TOOL_RELATED,
    WALKTHROUGH_STEP as WALKTHROUGH_STEP,
    StepDefinition as StepDefinition,
    Tag as Tag,
)
from wfinterview.core.framework.errors import (
    FileProblem as FileProblem,
    RuntimeFailure as RuntimeFailure,
    UserError as UserError,
    control_character_problems as control_character_problems,
    field_path as field_path,
    validation_problems as validation_problems,
)
from wfinterview.core.framework.models import (
    SESSION_FORMAT as SESSION_FORMAT,
    SESSION_VERSION as SESSION_VERSION,
    Agenda as Agenda,
    Identifier as Identifier,
    Line as Line,
    NonEmpty as NonEmpty,
    NonEmptyToken as NonEmptyToken,
    Note as Note,
    Paragraphs as Paragraphs,
    Participant as Participant,
    Question as Question,
    Recap as Recap,
    Session as Session,
    Step as Step,
    StrictModel as StrictModel,
    Token as Token,
    now as now,
)
from wfinterview.core.framework.text import (
    BIDI_CONTROLS as BIDI_CONTROLS,
    NO_CONTROL_PATTERN as NO_CONTROL_PATTERN,
    TEXT_PATTERN as TEXT_PATTERN,
    cell_width as cell_width,
    clean_line as clean_line,
    clean_text as clean_text,
    clip as clip,
    codepoint as codepoint,
    control_characters as control_characters,
    control_problem as control_problem,
    slug as slug,
    terminal_safe as terminal_safe,
)
from wfinterview.core.framework.wording import (
    noun as noun,
    plural as plural,
)
