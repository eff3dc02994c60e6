"""Across interviews: sessions read as digests, the corpus and its counts, themes,
pseudonyms, rounds and cadence, and generated demo data.

Names resolve on first use (PEP 562), so importing one module of this layer does not
load the others: the cockpit starts without reading what it never shows.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from wfinterview.core.synthesis.anonymize import (
        AMBIGUOUS,
        Named,
        Naming,
        Pseudonyms,
    )
    from wfinterview.core.synthesis.cadence import (
        Cadence,
        add_months,
        cadences,
    )
    from wfinterview.core.synthesis.corpus import (
        Corpus,
        Count,
        Filters,
        Matrix,
        NoteRef,
        Pattern,
        Person,
        RoundChange,
        RoundSide,
        person_of,
    )
    from wfinterview.core.synthesis.demo import (
        APPROVERS,
        ASSETS,
        CONTEXT,
        ENGAGEMENTS,
        FACILITATOR,
        FIRST,
        FOLLOW_UPS,
        LAST,
        QUOTES,
        ROUND_STARTS,
        ROUND_TAG_WEIGHTS,
        TAGGED,
        TEAMS,
        TOOLS,
        WISHES,
        generate_demo,
    )
    from wfinterview.core.synthesis.digest import (
        AgendaDigest,
        DigestNote,
        QuestionDigest,
        SessionDigest,
        StepDigest,
    )
    from wfinterview.core.synthesis.themes import (
        Theme,
        ThemeBoard,
    )

_OWNERS = {
    "AMBIGUOUS": "anonymize",
    "APPROVERS": "demo",
    "ASSETS": "demo",
    "AgendaDigest": "digest",
    "CONTEXT": "demo",
    "Cadence": "cadence",
    "Corpus": "corpus",
    "Count": "corpus",
    "DigestNote": "digest",
    "ENGAGEMENTS": "demo",
    "FACILITATOR": "demo",
    "FIRST": "demo",
    "FOLLOW_UPS": "demo",
    "Filters": "corpus",
    "LAST": "demo",
    "Matrix": "corpus",
    "Named": "anonymize",
    "Naming": "anonymize",
    "NoteRef": "corpus",
    "Pattern": "corpus",
    "Person": "corpus",
    "Pseudonyms": "anonymize",
    "QUOTES": "demo",
    "QuestionDigest": "digest",
    "ROUND_STARTS": "demo",
    "ROUND_TAG_WEIGHTS": "demo",
    "RoundChange": "corpus",
    "RoundSide": "corpus",
    "SessionDigest": "digest",
    "StepDigest": "digest",
    "TAGGED": "demo",
    "TEAMS": "demo",
    "TOOLS": "demo",
    "Theme": "themes",
    "ThemeBoard": "themes",
    "WISHES": "demo",
    "add_months": "cadence",
    "cadences": "cadence",
    "generate_demo": "demo",
    "person_of": "corpus",
}
__all__ = [
    "AMBIGUOUS",
    "APPROVERS",
    "ASSETS",
    "AgendaDigest",
    "CONTEXT",
    "Cadence",
    "Corpus",
    "Count",
    "DigestNote",
    "ENGAGEMENTS",
    "FACILITATOR",
    "FIRST",
    "FOLLOW_UPS",
    "Filters",
    "LAST",
    "Matrix",
    "Named",
    "Naming",
    "NoteRef",
    "Pattern",
    "Person",
    "Pseudonyms",
    "QUOTES",
    "QuestionDigest",
    "ROUND_STARTS",
    "ROUND_TAG_WEIGHTS",
    "RoundChange",
    "RoundSide",
    "SessionDigest",
    "StepDigest",
    "TAGGED",
    "TEAMS",
    "TOOLS",
    "Theme",
    "ThemeBoard",
    "WISHES",
    "add_months",
    "cadences",
    "generate_demo",
    "person_of",
]


def __getattr__(name: str) -> object:
    if name not in _OWNERS:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(f"{__name__}.{_OWNERS[name]}"), name)
