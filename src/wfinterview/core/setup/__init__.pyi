"""The public names of this layer, declared once (see __init__.py)."""

from wfinterview.core.setup.agenda_lint import (
    lint_agenda as lint_agenda,
)
from wfinterview.core.setup.agendas import (
    AgendaCatalog as AgendaCatalog,
    AgendaEntry as AgendaEntry,
    AgendaFile as AgendaFile,
    Origin as Origin,
    StepFile as StepFile,
    parse_agenda_file as parse_agenda_file,
)
from wfinterview.core.setup.config import (
    Config as Config,
    Hashtag as Hashtag,
    TagConfig as TagConfig,
    load_config as load_config,
)
from wfinterview.core.setup.key_conflicts import (
    RESERVED as RESERVED,
    TEXT_EDITING as TEXT_EDITING,
    KeyUse as KeyUse,
)
from wfinterview.core.setup.keymap import (
    COCKPIT_ACTIONS as COCKPIT_ACTIONS,
    NOTE_ACTIONS as NOTE_ACTIONS,
    REBINDABLE as REBINDABLE,
    RECAP_ACTIONS as RECAP_ACTIONS,
    REVIEW_ACTIONS as REVIEW_ACTIONS,
    KeyCommand as KeyCommand,
    effective_keys as effective_keys,
    key_problem as key_problem,
)
