"""The public names of this layer, declared once (see __init__.py)."""

from wfinterview.core.setup.agenda_lint import (
    lint_agenda as lint_agenda,
)
from wfinterview.core.setup.agendas import (
    AgendaCatalog as AgendaCatalog,
)
from wfinterview.core.setup.agendas import (
    AgendaEntry as AgendaEntry,
)
from wfinterview.core.setup.agendas import (
    AgendaFile as AgendaFile,
)
from wfinterview.core.setup.agendas import (
    Origin as Origin,
)
from wfinterview.core.setup.agendas import (
    StepFile as StepFile,
)
from wfinterview.core.setup.agendas import (
    parse_agenda_file as parse_agenda_file,
)
from wfinterview.core.setup.config import (
    Config as Config,
)
from wfinterview.core.setup.config import (
    Hashtag as Hashtag,
)
from wfinterview.core.setup.config import (
    TagConfig as TagConfig,
)
from wfinterview.core.setup.config import (
    load_config as load_config,
)
from wfinterview.core.setup.key_conflicts import (
    RESERVED as RESERVED,
)
from wfinterview.core.setup.key_conflicts import (
    TEXT_EDITING as TEXT_EDITING,
)
from wfinterview.core.setup.key_conflicts import (
    KeyUse as KeyUse,
)
from wfinterview.core.setup.keymap import (
    COCKPIT_ACTIONS as COCKPIT_ACTIONS,
)
from wfinterview.core.setup.keymap import (
    NOTE_ACTIONS as NOTE_ACTIONS,
)
from wfinterview.core.setup.keymap import (
    REBINDABLE as REBINDABLE,
)
from wfinterview.core.setup.keymap import (
    RECAP_ACTIONS as RECAP_ACTIONS,
)
from wfinterview.core.setup.keymap import (
    REVIEW_ACTIONS as REVIEW_ACTIONS,
)
from wfinterview.core.setup.keymap import (
    KeyCommand as KeyCommand,
)
from wfinterview.core.setup.keymap import (
    effective_keys as effective_keys,
)
from wfinterview.core.setup.keymap import (
    key_problem as key_problem,
)
