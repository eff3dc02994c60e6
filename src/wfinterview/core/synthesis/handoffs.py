"""Who hands work to whom: the handoffs people describe, and where they stick.

Read from the Workflow Walkthrough and from 🧱 Integration Gaps and 🔄 Approval Lag notes.
The speaker's own team is where work comes from unless the note says otherwise:

* "sends it to legal", "hands the brief over to design", "reach sales": speaker → team;
* "waits 5 days for brand", "needs legal sign-off", "legal reviews on Fridays": speaker →
  team, and the work is stuck there (waiting, or an approval);
* "gets the files from the agency", "design sends us the banners": team → speaker.

Each arrow is counted by people, then notes; friction is the notes on it tagged 🔄 or 🧱
or that say someone waits.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from wfinterview.core.framework.wording import plural
from wfinterview.core.synthesis.corpus import Count, NoteRef, Person
from wfinterview.core.synthesis.facts import EXAMPLES, EdgeFacts
from wfinterview.core.synthesis.mentions import PhraseIndex, words
from wfinterview.core.synthesis.vocabulary import Vocabulary

if TYPE_CHECKING:
    from wfinterview.core.synthesis.digest import SessionDigest

FRICTION_TAGS = frozenset({"approval_lag", "integration_gaps"})
OUTGOING = frozenset(
    "send sends sent sending hand hands handed handing pass passes passed passing forward "
    "forwards forwarded submit submits submitted route routes routed escalate escalates "
    "escalated goes go going went handoff hand-off handover hand-over reach reaches reached "
    "give gives gave share shares shared".split()
)
WAITING = frozenset("wait waits waiting waited chase chases chasing chased".split())
APPROVING = frozenset(
    "sign-off signoff approval approvals approve approves approved review reviews reviewed "
    "sign signs".split()
)
INCOMING = frozenset("get gets got getting receive receives received comes come came".split())
_US = frozenset({"me", "us", "our", "my", "we"})
_VERB_WINDOW = 6  # words between a verb and the team it points at


@dataclass
class Handoff:
    source: str
    target: str
    count: Count = field(default_factory=Count)
    friction: int = 0  # notes tagged 🔄/🧱 or saying someone waits
    friction_people: set[Person] = field(default_factory=set)
    examples: list[NoteRef] = field(default_factory=list)


class HandoffWords:
    """What one note says about handoffs: the arrows between teams it describes."""

    def __init__(self, vocabulary: Vocabulary) -> None:
        self._teams = PhraseIndex(vocabulary.teams)

    def team_of_role(self, role: str) -> str:
        """The team a role belongs to ("Campaign Lead" → Campaigns), else the role itself."""
        found = self._teams.names_in(words(role.casefold()))
        return found[0] if found else role

    def arrows(self, folded: list[str], speaker: str) -> list[tuple[str, str, bool]]:
        """(from, to, someone waits) for each handoff in a note's words; none to oneself."""
        return [a for a in _arrows(folded, self._teams, speaker) if a[0] != a[1]]


class HandoffReader:
    """Adds up sessions' handoffs (with the other findings, in one pass)."""

    def __init__(self) -> None:
        self._edges: dict[tuple[str, str], Handoff] = {}

    def add(
        self,
        session: SessionDigest,
        person: Person,
        role: str,
        edges: Mapping[tuple[str, str], EdgeFacts],
    ) -> None:
        for pair, facts in edges.items():
            edge = self._edges.get(pair)
            if edge is None:
                edge = self._edges[pair] = Handoff(*pair)
            edge.count.add(person, role, facts.notes)
            if facts.friction:
                edge.friction += facts.friction
                edge.friction_people.add(person)
            for position in facts.examples[: EXAMPLES - len(edge.examples)]:
                edge.examples.append(NoteRef(session, session.notes[position]))

    def result(self) -> list[Handoff]:
        """The arrows between teams, most friction (by people) first."""
        return sorted(
            self._edges.values(),
            key=lambda e: (
                -len(e.friction_people),
                -e.count.participants,
                -e.friction,
                -e.count.notes,
                e.source,
                e.target,
            ),
        )


def _arrows(lowered: list[str], teams: PhraseIndex, speaker: str) -> list[tuple[str, str, bool]]:
    arrows: list[tuple[str, str, bool]] = []
    for position, team in teams.find(lowered):
        before = lowered[max(0, position - _VERB_WINDOW) : position]
        after = lowered[position + 1 : position + 1 + _VERB_WINDOW]
        if WAITING.intersection(before):
            arrows.append((speaker, team, True))
        elif APPROVING.intersection(before) or APPROVING.intersection(after[:2]):
            arrows.append((speaker, team, False))
        elif OUTGOING.intersection(before) and _pointing_at(before):
            arrows.append((speaker, team, False))
        elif INCOMING.intersection(before) and "from" in before:
            arrows.append((team, speaker, False))
        elif OUTGOING.intersection(after) and _US.intersection(after):
            arrows.append((team, speaker, False))  # "design sends us the banners"
    return arrows


def _pointing_at(before: list[str]) -> bool:
    """'to' (or a verb taking the team directly: "reach sales") just before the team."""
    tail = [word for word in before[-3:] if word not in ("the", "our", "their")]
    return bool(tail) and (tail[-1] in ("to", "with") or tail[-1] in OUTGOING)


def arrow_line(edge: Handoff) -> str:
    """'Campaigns → Legal  4 people · 6 notes · 3 stuck' for the terminal's compact list."""
    stuck = f" · {edge.friction} stuck" if edge.friction else ""
    return (
        f"{edge.source} → {edge.target}  {plural(edge.count.participants, 'person', 'people')}"
        f" · {plural(edge.count.notes, 'note')}{stuck}"
    )
