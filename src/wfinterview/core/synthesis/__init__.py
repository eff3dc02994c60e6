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
    from wfinterview.core.synthesis.facts import (
        EXAMPLES,
        Best,
        EdgeFacts,
        SessionFindings,
        StepFacts,
        ToolFacts,
    )
    from wfinterview.core.synthesis.findings import (
        Findings,
        corpus_findings,
    )
    from wfinterview.core.synthesis.findings_cache import (
        FindingsCache,
    )
    from wfinterview.core.synthesis.handoffs import (
        FRICTION_TAGS,
        Handoff,
        HandoffReader,
        HandoffWords,
        arrow_line,
    )
    from wfinterview.core.synthesis.mentions import (
        ExactNames,
        NoteWords,
        PhraseIndex,
        words,
    )
    from wfinterview.core.synthesis.session_findings import (
        FindingsReader,
        from_json,
        to_json,
    )
    from wfinterview.core.synthesis.themes import (
        Theme,
        ThemeBoard,
    )
    from wfinterview.core.synthesis.tools_index import (
        NOT_TOOLS,
        Candidate,
        ToolsIndex,
        ToolsReader,
        ToolUse,
        ToolWords,
    )
    from wfinterview.core.synthesis.vocabulary import (
        Vocabulary,
    )

_OWNERS = {
    "AMBIGUOUS": "anonymize",
    "AgendaDigest": "digest",
    "Best": "facts",
    "Cadence": "cadence",
    "Candidate": "tools_index",
    "Contrast": "contrasts",
    "ContrastReader": "contrasts",
    "Corpus": "corpus",
    "Count": "corpus",
    "DigestNote": "digest",
    "ENGAGEMENTS": "demo",
    "EXAMPLES": "facts",
    "EdgeFacts": "facts",
    "ExactNames": "mentions",
    "FACILITATOR": "demo",
    "FIRST": "demo",
    "FRICTION_TAGS": "handoffs",
    "Filters": "corpus",
    "Findings": "findings",
    "FindingsCache": "findings_cache",
    "FindingsReader": "session_findings",
    "Handoff": "handoffs",
    "HandoffReader": "handoffs",
    "HandoffWords": "handoffs",
    "Interviewed": "cadence",
    "LAST": "demo",
    "Matrix": "corpus",
    "NOT_TOOLS": "tools_index",
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
    "SessionFindings": "facts",
    "StepDigest": "digest",
    "StepFacts": "facts",
    "Theme": "themes",
    "ThemeBoard": "themes",
    "ToolFacts": "facts",
    "ToolUse": "tools_index",
    "ToolWords": "tools_index",
    "ToolsIndex": "tools_index",
    "ToolsReader": "tools_index",
    "Vocabulary": "vocabulary",
    "add_months": "cadence",
    "arrow_line": "handoffs",
    "cadences": "cadence",
    "corpus_findings": "findings",
    "from_json": "session_findings",
    "generate_demo": "demo",
    "person_of": "corpus",
    "to_json": "session_findings",
    "words": "mentions",
}
__all__ = [
    "AMBIGUOUS",
    "AgendaDigest",
    "Best",
    "Cadence",
    "Candidate",
    "Contrast",
    "ContrastReader",
    "Corpus",
    "Count",
    "DigestNote",
    "ENGAGEMENTS",
    "EXAMPLES",
    "EdgeFacts",
    "ExactNames",
    "FACILITATOR",
    "FIRST",
    "FRICTION_TAGS",
    "Filters",
    "Findings",
    "FindingsCache",
    "FindingsReader",
    "Handoff",
    "HandoffReader",
    "HandoffWords",
    "Interviewed",
    "LAST",
    "Matrix",
    "NOT_TOOLS",
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
    "SessionFindings",
    "StepDigest",
    "StepFacts",
    "Theme",
    "ThemeBoard",
    "ToolFacts",
    "ToolUse",
    "ToolWords",
    "ToolsIndex",
    "ToolsReader",
    "Vocabulary",
    "add_months",
    "arrow_line",
    "cadences",
    "corpus_findings",
    "from_json",
    "generate_demo",
    "person_of",
    "to_json",
    "words",
]


__getattr__ = resolver(__name__, _OWNERS)
