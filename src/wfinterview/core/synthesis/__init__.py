"""Across interviews: sessions read as digests, the corpus and its counts, themes,
pseudonyms, rounds and cadence, and generated demo data.

Names resolve on first use (core/framework/lazy.py).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from wfinterview.core.framework.lazy import resolver

if TYPE_CHECKING:
    from wfinterview.core.synthesis.anonymize import (
        AMBIGUOUS,
        Named,
        Naming,
        Pseudonyms,
    )
    from wfinterview.core.synthesis.cadence import (
        Cadence,
        Interviewed,
        add_months,
        cadences,
    )
    from wfinterview.core.synthesis.contrasts import (
        Contrast,
        ContrastReader,
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
        ENGAGEMENTS,
        FACILITATOR,
        FIRST,
        LAST,
        ROUND_STARTS,
        generate_demo,
    )
    from wfinterview.core.synthesis.digest import (
        AgendaDigest,
        DigestNote,
        QuestionDigest,
        SessionDigest,
        StepDigest,
    )
    from wfinterview.core.synthesis.findings import (
        Findings,
    )
    from wfinterview.core.synthesis.handoffs import (
        Handoff,
        HandoffReader,
        arrow_line,
    )
    from wfinterview.core.synthesis.mentions import (
        ExactNames,
        NoteWords,
        PhraseIndex,
        words,
    )
    from wfinterview.core.synthesis.themes import (
        Theme,
        ThemeBoard,
    )
    from wfinterview.core.synthesis.tools_index import (
        Candidate,
        ToolsIndex,
        ToolsReader,
        ToolUse,
    )
    from wfinterview.core.synthesis.vocabulary import (
        Vocabulary,
    )

_OWNERS = {
    "AMBIGUOUS": "anonymize",
    "AgendaDigest": "digest",
    "Cadence": "cadence",
    "Interviewed": "cadence",
    "Candidate": "tools_index",
    "Contrast": "contrasts",
    "ContrastReader": "contrasts",
    "Corpus": "corpus",
    "Count": "corpus",
    "DigestNote": "digest",
    "ENGAGEMENTS": "demo",
    "ExactNames": "mentions",
    "FACILITATOR": "demo",
    "FIRST": "demo",
    "Filters": "corpus",
    "Findings": "findings",
    "Handoff": "handoffs",
    "HandoffReader": "handoffs",
    "LAST": "demo",
    "Matrix": "corpus",
    "Named": "anonymize",
    "Naming": "anonymize",
    "NoteRef": "corpus",
    "NoteWords": "mentions",
    "Pattern": "corpus",
    "Person": "corpus",
    "PhraseIndex": "mentions",
    "Pseudonyms": "anonymize",
    "QuestionDigest": "digest",
    "ROUND_STARTS": "demo",
    "RoundChange": "corpus",
    "RoundSide": "corpus",
    "SessionDigest": "digest",
    "StepDigest": "digest",
    "Theme": "themes",
    "ThemeBoard": "themes",
    "ToolUse": "tools_index",
    "ToolsIndex": "tools_index",
    "ToolsReader": "tools_index",
    "Vocabulary": "vocabulary",
    "add_months": "cadence",
    "arrow_line": "handoffs",
    "cadences": "cadence",
    "generate_demo": "demo",
    "person_of": "corpus",
    "words": "mentions",
}
__all__ = [
    "AMBIGUOUS",
    "AgendaDigest",
    "Cadence",
    "Interviewed",
    "Candidate",
    "Contrast",
    "ContrastReader",
    "Corpus",
    "Count",
    "DigestNote",
    "ENGAGEMENTS",
    "ExactNames",
    "FACILITATOR",
    "FIRST",
    "Filters",
    "Findings",
    "Handoff",
    "HandoffReader",
    "LAST",
    "Matrix",
    "Named",
    "Naming",
    "NoteRef",
    "NoteWords",
    "Pattern",
    "Person",
    "PhraseIndex",
    "Pseudonyms",
    "QuestionDigest",
    "ROUND_STARTS",
    "RoundChange",
    "RoundSide",
    "SessionDigest",
    "StepDigest",
    "Theme",
    "ThemeBoard",
    "ToolUse",
    "ToolsIndex",
    "ToolsReader",
    "Vocabulary",
    "add_months",
    "arrow_line",
    "cadences",
    "generate_demo",
    "person_of",
    "words",
]


__getattr__ = resolver(__name__, _OWNERS)
