"""The public names of this layer, declared once (see __init__.py)."""

from wfinterview.core.synthesis.anonymize import (
    AMBIGUOUS as AMBIGUOUS,
)
from wfinterview.core.synthesis.anonymize import (
    Named as Named,
)
from wfinterview.core.synthesis.anonymize import (
    Naming as Naming,
)
from wfinterview.core.synthesis.anonymize import (
    Pseudonyms as Pseudonyms,
)
from wfinterview.core.synthesis.cadence import (
    Cadence as Cadence,
)
from wfinterview.core.synthesis.cadence import (
    Interviewed as Interviewed,
)
from wfinterview.core.synthesis.cadence import (
    add_months as add_months,
)
from wfinterview.core.synthesis.cadence import (
    cadences as cadences,
)
from wfinterview.core.synthesis.contrasts import (
    Contrast as Contrast,
)
from wfinterview.core.synthesis.contrasts import (
    ContrastReader as ContrastReader,
)
from wfinterview.core.synthesis.contrasts import (
    Disagreement as Disagreement,
)
from wfinterview.core.synthesis.contrasts import (
    disagreements as disagreements,
)
from wfinterview.core.synthesis.corpus import (
    Corpus as Corpus,
)
from wfinterview.core.synthesis.corpus import (
    Count as Count,
)
from wfinterview.core.synthesis.corpus import (
    Filters as Filters,
)
from wfinterview.core.synthesis.corpus import (
    Matrix as Matrix,
)
from wfinterview.core.synthesis.corpus import (
    NoteRef as NoteRef,
)
from wfinterview.core.synthesis.corpus import (
    Pattern as Pattern,
)
from wfinterview.core.synthesis.corpus import (
    Person as Person,
)
from wfinterview.core.synthesis.corpus import (
    RoundChange as RoundChange,
)
from wfinterview.core.synthesis.corpus import (
    RoundSide as RoundSide,
)
from wfinterview.core.synthesis.corpus import (
    person_of as person_of,
)
from wfinterview.core.synthesis.demo import (
    ENGAGEMENTS as ENGAGEMENTS,
)
from wfinterview.core.synthesis.demo import (
    FACILITATOR as FACILITATOR,
)
from wfinterview.core.synthesis.demo import (
    FIRST as FIRST,
)
from wfinterview.core.synthesis.demo import (
    LAST as LAST,
)
from wfinterview.core.synthesis.demo import (
    ROUND_STARTS as ROUND_STARTS,
)
from wfinterview.core.synthesis.demo import (
    generate_demo as generate_demo,
)
from wfinterview.core.synthesis.digest import (
    AgendaDigest as AgendaDigest,
)
from wfinterview.core.synthesis.digest import (
    DigestNote as DigestNote,
)
from wfinterview.core.synthesis.digest import (
    QuestionDigest as QuestionDigest,
)
from wfinterview.core.synthesis.digest import (
    SessionDigest as SessionDigest,
)
from wfinterview.core.synthesis.digest import (
    StepDigest as StepDigest,
)
from wfinterview.core.synthesis.facts import (
    EXAMPLES as EXAMPLES,
)
from wfinterview.core.synthesis.facts import (
    Best as Best,
)
from wfinterview.core.synthesis.facts import (
    EdgeFacts as EdgeFacts,
)
from wfinterview.core.synthesis.facts import (
    SessionFindings as SessionFindings,
)
from wfinterview.core.synthesis.facts import (
    StepFacts as StepFacts,
)
from wfinterview.core.synthesis.facts import (
    ToolFacts as ToolFacts,
)
from wfinterview.core.synthesis.findings import (
    Findings as Findings,
)
from wfinterview.core.synthesis.findings import (
    corpus_findings as corpus_findings,
)
from wfinterview.core.synthesis.findings_cache import (
    FindingsCache as FindingsCache,
)
from wfinterview.core.synthesis.handoffs import (
    FRICTION_TAGS as FRICTION_TAGS,
)
from wfinterview.core.synthesis.handoffs import (
    Handoff as Handoff,
)
from wfinterview.core.synthesis.handoffs import (
    HandoffReader as HandoffReader,
)
from wfinterview.core.synthesis.handoffs import (
    HandoffWords as HandoffWords,
)
from wfinterview.core.synthesis.handoffs import (
    arrow_line as arrow_line,
)
from wfinterview.core.synthesis.mentions import (
    ExactNames as ExactNames,
)
from wfinterview.core.synthesis.mentions import (
    NoteWords as NoteWords,
)
from wfinterview.core.synthesis.mentions import (
    PhraseIndex as PhraseIndex,
)
from wfinterview.core.synthesis.mentions import (
    words as words,
)
from wfinterview.core.synthesis.session_findings import (
    FindingsReader as FindingsReader,
)
from wfinterview.core.synthesis.session_findings import (
    from_json as from_json,
)
from wfinterview.core.synthesis.session_findings import (
    to_json as to_json,
)
from wfinterview.core.synthesis.themes import (
    Theme as Theme,
)
from wfinterview.core.synthesis.themes import (
    ThemeBoard as ThemeBoard,
)
from wfinterview.core.synthesis.tools_index import (
    NOT_TOOLS as NOT_TOOLS,
)
from wfinterview.core.synthesis.tools_index import (
    Candidate as Candidate,
)
from wfinterview.core.synthesis.tools_index import (
    ToolsIndex as ToolsIndex,
)
from wfinterview.core.synthesis.tools_index import (
    ToolsReader as ToolsReader,
)
from wfinterview.core.synthesis.tools_index import (
    ToolUse as ToolUse,
)
from wfinterview.core.synthesis.tools_index import (
    ToolWords as ToolWords,
)
from wfinterview.core.synthesis.vocabulary import (
    Vocabulary as Vocabulary,
)
