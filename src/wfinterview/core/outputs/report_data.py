"""Everything the report says, gathered once and rendered twice: as Markdown for Notion
(report.py) and as a self-contained HTML page for the client (html_report.py)."""

from __future__ import annotations

from collections.abc import Collection, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from itertools import islice

from wfinterview.core.framework.models import now
from wfinterview.core.outputs.evidence import ThemeEvidence, themes_with_evidence
from wfinterview.core.plan.actions import Action
from wfinterview.core.plan.engagement_file import EngagementFile
from wfinterview.core.plan.outcomes import Outcome, plans_outcomes
from wfinterview.core.synthesis.anonymize import Naming
from wfinterview.core.synthesis.corpus import (
    Corpus,
    Filters,
    Matrix,
    NoteRef,
    Pattern,
    RoundChange as RoundChange,
)
from wfinterview.core.synthesis.digest import SessionDigest
from wfinterview.core.synthesis.findings import Findings, corpus_findings
from wfinterview.core.synthesis.findings_cache import FindingsCache
from wfinterview.core.synthesis.themes import ThemeBoard
from wfinterview.core.synthesis.vocabulary import Vocabulary

LIST_LIMIT = 30
TOP_BLOCKERS = 3


@dataclass(frozen=True)
class Listing:
    """The first LIST_LIMIT notes of a kind, and how many more there are; the same words
    are listed once (a note committed twice would read as a copying mistake)."""

    refs: list[NoteRef]
    more: int

    @classmethod
    def of(cls, refs: Iterator[NoteRef]) -> Listing:
        seen: set[str] = set()

        def first_time(ref: NoteRef) -> bool:
            words = " ".join(ref.note["text"].casefold().split())
            if words in seen:
                return False
            seen.add(words)
            return True

        distinct = filter(first_time, refs)
        shown = list(islice(distinct, LIST_LIMIT))
        return cls(shown, sum(1 for _ in distinct))


@dataclass(frozen=True)
class Wish:
    """A magic-wand wish as a report gives it: the words and who said them, named as the
    report names people (a pseudonym when anonymized), and the round it was said in."""

    text: str
    speaker: str
    role: str
    engagement: str
    round: int

    @classmethod
    def of(cls, ref: NoteRef, naming: Naming) -> Wish:
        session = ref.session
        text = " ".join(naming.text(session, ref.note["text"]).split())
        return cls(
            text,
            naming.participant(session),
            session.participant.role,
            session.engagement,
            session.round,
        )


@dataclass(frozen=True)
class PlannedAction:
    engagement: str
    action: Action


@dataclass
class ReportData:
    scope: str
    sessions: list[SessionDigest]
    people: int
    written: date
    matrix: Matrix
    themes: list[ThemeEvidence] = field(default_factory=list)
    patterns: list[Pattern] = field(default_factory=list)
    wishes: Listing = Listing([], 0)
    wishes_said: list[Wish] = field(default_factory=list)  # data.wishes, speaker and round
    follow_ups: Listing | None = None  # the consultant's own to-do list: --internal only
    rounds: list[tuple[str, list[tuple[int, int, list[RoundChange]]]]] = field(default_factory=list)
    plans: list[EngagementFile] = field(default_factory=list)
    findings: Findings | None = None  # tools, handoffs, where roles disagree
    outcomes: list[Outcome] = field(default_factory=list)  # did the changes work?
    internal: bool = False
    verified: frozenset[str] = frozenset()  # quotes the call's transcript confirms

    def checked(self, ref: NoteRef) -> bool:
        """Whether this quote was found word for word in its call's transcript."""
        return f"{ref.session.id}/{ref.note['id']}" in self.verified

    @property
    def notes(self) -> int:
        return sum(len(s.notes) for s in self.sessions)

    @property
    def several(self) -> bool:
        """Whether the report covers more than one engagement (each quote then says which)."""
        return len({s.engagement for s in self.sessions}) > 1

    @property
    def first(self) -> datetime:
        return self.sessions[0].started_at

    @property
    def last(self) -> datetime:
        return self.sessions[-1].started_at

    @property
    def blockers(self) -> list[ThemeEvidence]:
        """The executive summary's top blockers: the themes most people raised, then the
        ones raised across most roles."""
        ranked = sorted(
            self.themes,
            key=lambda t: (-t.count.participants, -len(t.count.roles), -t.count.notes, t.name),
        )
        return ranked[:TOP_BLOCKERS]

    @property
    def planned(self) -> list[PlannedAction]:
        """Every action not done yet, the soonest due first (undated last)."""
        open_actions = [
            PlannedAction(plan.engagement, a)
            for plan in self.plans
            for a in plan.actions
            if a.status != "done"
        ]
        return sorted(
            open_actions,
            key=lambda p: (p.action.due is None, p.action.due or date.min, p.action.title),
        )


def gather(
    corpus: Corpus,
    boards: Mapping[str, ThemeBoard],
    filters: Filters,
    naming: Naming,
    plans: Sequence[EngagementFile] = (),
    internal: bool = False,
    vocabulary: Vocabulary | None = None,
    cache: FindingsCache | None = None,
    verified: Collection[str] = (),
) -> ReportData:
    """Everything a report shows. `verified`: quotes ("session id/note id") found word for
    word in their call's transcript, chosen first as evidence and marked as such."""
    matrix = corpus.matrix(filters)
    sessions = [corpus.sessions[i] for i in corpus.session_indices(filters)]
    people = set().union(*matrix.interviewed.values()) if matrix.interviewed else set()
    data = ReportData(
        scope=filters.engagement or "all engagements",
        sessions=sessions,
        people=len(people),
        written=now().date(),
        matrix=matrix,
        verified=frozenset(verified),
    )
    if not sessions:
        return data
    engagements = [filters.engagement] if filters.engagement else corpus.engagements()

    def scrub(label: str) -> str:
        """A theme's name with the names in it replaced (a theme may be named after
        someone), by every engagement's pseudonyms: a name is summed across them."""
        for engagement in engagements:
            label = naming.engagement_text(engagement, label)
        return label

    data.themes = [
        replace(t, name=scrub(t.name))
        for t in themes_with_evidence(corpus, boards, filters, verified=verified)
    ]
    data.patterns = [replace(p, label=scrub(p.label)) for p in corpus.patterns(filters, boards)]
    data.wishes = Listing.of(corpus.wishes(filters))
    data.wishes_said = [Wish.of(ref, naming) for ref in data.wishes.refs]
    if internal:
        data.follow_ups = Listing.of(corpus.follow_ups(filters))
    data.rounds = [
        (
            e,
            [
                (a, b, [replace(row, label=scrub(row.label)) for row in rows])
                for a, b, rows in changes
            ],
        )
        for e in engagements
        if (changes := corpus.round_changes(e, boards))
    ]
    # A report for one engagement shows that engagement's plan alone, whatever it is given.
    data.plans = [p for p in plans if filters.engagement in (None, p.engagement)]
    data.internal = internal
    data.findings = corpus_findings(corpus, filters, vocabulary, cache)
    data.outcomes = plans_outcomes(corpus, data.plans)
    return data
