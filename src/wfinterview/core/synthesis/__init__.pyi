"""The public names of this layer, declared once (see __init__.py)."""

from wfinterview.core.synthesis.anonymize import (
    AMBIGUOUS as AMBIGUOUS,
    Named as Named,
    Naming as Naming,
    Pseudonyms as Pseudonyms,
)
from wfinterview.core.synthesis.cadence import (
    Cadence as Cadence,
    Interviewed as Interviewed,
    add_months as add_months,
    cadences as cadences,
)
from wfinterview.core.synthesis.contrasts import (
    Contrast as Contrast,
    ContrastReader as ContrastReader,
    Disagreement as Disagreement,
    disagreements as disagreements,
)
from wfinterview.core.synthesis.corpus import (
    Corpus as Corpus,
    Count as Count,
    Filters as Filters,
    Matrix as Matrix,
    NoteRef as NoteRef,
    Pattern as Pattern,
    Person as Person,
    RoundChange as RoundChange,
    RoundSide as RoundSide,
    person_of as person_of,
)
from wfinterview.core.synthesis.demo import (
    ENGAGEMENTS as ENGAGEMENTS,
    FACILITATOR as FACILITATOR,
    FIRST as FIRST,
    LAST as LAST,
    ROUND_STARTS as ROUND_STARTS,
    generate_demo as generate_demo,
)
from wfinterview.core.synthesis.digest import (
    AgendaDigest as AgendaDigest,
    DigestNote as DigestNote,
    QuestionDigest as QuestionDigest,
    SessionDigest as SessionDigest,
    StepDigest as StepDigest,
)
from wfinterview.core.synthesis.facts import (
    EXAMPLES as EXAMPLES,
    Best as Best,
    EdgeFacts as EdgeFacts,
    SessionFindings as SessionFindings,
    StepFacts as StepFacts,
    ToolFacts as ToolFacts,
)
from wfinterview.core.synthesis.findings import (
    Findings as Findings,
    corpus_findings as corpus_findings,
)
from wfinterview.core.synthesis.findings_cache import (
    FindingsCache as FindingsCache,
)
from wfinterview.core.synthesis.handoffs import (
    FRICTION_TAGS as FRICTION_TAGS,
    Handoff as Handoff,
    HandoffReader as HandoffReader,
    HandoffWords as HandoffWords,
    arrow_line as arrow_line,
)
from wfinterview.core.synthesis.mentions import (
    ExactNames as ExactNames,
    NoteWords as NoteWords,
    PhraseIndex as PhraseIndex,
    words as words,
)
from wfinterview.core.synthesis.session_findings import (
    FindingsReader as FindingsReader,
    from_json as from_json,
    to_json as to_json,
)
from wfinterview.core.synthesis.themes import (
    Theme as Theme,
    ThemeBoard as ThemeBoard,
)
from wfinterview.core.synthesis.tools_index import (
    NOT_TOOLS as NOT_TOOLS,
    Candidate as Candidate,
    ToolsIndex as ToolsIndex,
    ToolsReader as ToolsReader,
    ToolUse as ToolUse,
    ToolWords as ToolWords,
)
from wfinterview.core.synthesis.vocabulary import (
    Vocabulary as Vocabulary,
)
