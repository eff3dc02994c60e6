"""What the user prepares before a call: agendas (built-in and their own), their facilitation
checks, config.toml and the key table every screen reads.

Names resolve on first use (core/framework/lazy.py).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from wfinterview.core.framework.lazy import resolver

if TYPE_CHECKING:
    from wfinterview.core.setup.agenda_lint import (
        lint_agenda,
    )
    from wfinterview.core.setup.agendas import (
        AgendaCatalog,
        AgendaEntry,
        AgendaFile,
        Origin,
        StepFile,
        parse_agenda_file,
    )
    from wfinterview.core.setup.config import (
        Config,
        Hashtag,
        TagConfig,
        load_config,
    )
    from wfinterview.core.setup.key_conflicts import (
        RESERVED,
        TEXT_EDITING,
        KeyUse,
    )
    from wfinterview.core.setup.keymap import (
        COCKPIT_ACTIONS,
        NOTE_ACTIONS,
        REBINDABLE,
        RECAP_ACTIONS,
        REVIEW_ACTIONS,
        KeyCommand,
        effective_keys,
        key_problem,
    )

_OWNERS = {
    "AgendaCatalog": "agendas",
    "AgendaEntry": "agendas",
    "AgendaFile": "agendas",
    "COCKPIT_ACTIONS": "keymap",
    "Config": "config",
    "Hashtag": "config",
    "KeyCommand": "keymap",
    "KeyUse": "key_conflicts",
    "NOTE_ACTIONS": "keymap",
    "Origin": "agendas",
    "REBINDABLE": "keymap",
    "RECAP_ACTIONS": "keymap",
    "RESERVED": "key_conflicts",
    "REVIEW_ACTIONS": "keymap",
    "StepFile": "agendas",
    "TEXT_EDITING": "key_conflicts",
    "TagConfig": "config",
    "effective_keys": "keymap",
    "key_problem": "keymap",
    "lint_agenda": "agenda_lint",
    "load_config": "config",
    "parse_agenda_file": "agendas",
}
__all__ = [
    "AgendaCatalog",
    "AgendaEntry",
    "AgendaFile",
    "COCKPIT_ACTIONS",
    "Config",
    "Hashtag",
    "KeyCommand",
    "KeyUse",
    "NOTE_ACTIONS",
    "Origin",
    "REBINDABLE",
    "RECAP_ACTIONS",
    "RESERVED",
    "REVIEW_ACTIONS",
    "StepFile",
    "TEXT_EDITING",
    "TagConfig",
    "effective_keys",
    "key_problem",
    "lint_agenda",
    "load_config",
    "parse_agenda_file",
]


__getattr__ = resolver(__name__, _OWNERS)
