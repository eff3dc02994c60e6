"""Where roles disagree: a step one role calls smooth and another calls stuck.

A contrast needs both sides in the data, for one step and one tag:

* stuck: at least half of one role's people who spoke about the step tagged the problem
  there (campaign leads tag 🔄 on Approvals & Bottlenecks);
* smooth: another role's people spoke about the same step and tagged nothing there at all
  (strategy describes approvals with no tag).

Each contrast carries one note from each side, verbatim quotes first, so the consultant
can put the two voices side by side. The exports keep one row per pair of roles; a
report reads `disagreements`: one per engagement, step and tag, every stuck role and every
smooth role in it, and each side's note once (a smooth role's quote is not repeated for
each role that is stuck).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from wfinterview.core.synthesis.corpus import NoteRef, Person
from wfinterview.core.synthesis.digest import SessionDigest
from wfinterview.core.synthesis.facts import Best, StepFacts

STUCK_SHARE = 0.5


@dataclass(frozen=True)
class Contrast:
    engagement: str  # roles disagree within one client, not across clients
    step: str
    tag: str
    stuck_role: str
    stuck_people: int
    stuck_of: int  # people of that role who spoke about the step
    smooth_role: str
    smooth_people: int
    stuck_note: NoteRef
    smooth_note: NoteRef


@dataclass
class _Side:
    spoke: set[Person] = field(default_factory=set)
    tagged: dict[str, set[Person]] = field(default_factory=lambda: defaultdict(set))
    any_tag: set[Person] = field(default_factory=set)
    best_by_tag: dict[str, NoteRef] = field(default_factory=dict)  # a quote when there is one
    quoted: set[str] = field(default_factory=set)  # the tags whose best note is a quote
    best_untagged: NoteRef | None = None


class ContrastReader:
    """Adds up sessions' steps (with the other findings, in one pass)."""

    def __init__(self) -> None:
        self._sides: dict[tuple[str, str, str], _Side] = {}

    def add(
        self, session: SessionDigest, person: Person, role: str, steps: Mapping[str, StepFacts]
    ) -> None:
        for step, facts in steps.items():
            key = (session.engagement, step, role)
            side = self._sides.get(key)
            if side is None:
                side = self._sides[key] = _Side()
            side.spoke.add(person)
            if facts.firsts:
                side.any_tag.add(person)
            quotes, best, quoted, tagged = facts.quotes, side.best_by_tag, side.quoted, side.tagged
            for tag, first in facts.firsts.items():
                tagged[tag].add(person)
                if tag in quoted:
                    continue  # the first quote is kept already
                quote = quotes.get(tag, -1)
                if quote >= 0:
                    best[tag] = NoteRef(session, session.notes[quote])
                    quoted.add(tag)
                elif tag not in best:
                    best[tag] = NoteRef(session, session.notes[first])
            if facts.untagged is not None:
                side.best_untagged = _better(side.best_untagged, session, facts.untagged)

    def result(self) -> list[Contrast]:
        """Every (step, tag, stuck role, smooth role) the notes hold, most stuck people first."""
        by_step: dict[tuple[str, str], dict[str, _Side]] = defaultdict(dict)
        for (engagement, step, role), side in self._sides.items():
            by_step[(engagement, step)][role] = side
        found = []
        for (engagement, step), roles in by_step.items():
            smooth = {
                r: (len(side.spoke), side.best_untagged)
                for r, side in roles.items()
                if side.best_untagged is not None and not side.any_tag
            }
            for stuck_role, side in roles.items():
                for tag, people in side.tagged.items():
                    if len(people) / len(side.spoke) < STUCK_SHARE:
                        continue
                    for smooth_role, (calm, calm_note) in smooth.items():
                        found.append(
                            Contrast(
                                engagement,
                                step,
                                tag,
                                stuck_role,
                                len(people),
                                len(side.spoke),
                                smooth_role,
                                calm,
                                side.best_by_tag[tag],
                                calm_note,
                            )
                        )
        return sorted(
            found,
            key=lambda c: (
                -c.stuck_people,
                -c.smooth_people,
                c.engagement,
                c.step,
                c.tag,
                c.stuck_role,
                c.smooth_role,
            ),
        )


@dataclass(frozen=True)
class StuckRole:
    role: str
    people: int
    of: int  # people of that role who spoke about the step


@dataclass(frozen=True)
class SmoothRole:
    role: str
    people: int


@dataclass(frozen=True)
class Disagreement:
    """One step and tag where roles disagree within one engagement: every role stuck
    there and every role smooth there, most people first, and one note for each side."""

    engagement: str
    step: str
    tag: str
    stuck: tuple[StuckRole, ...]
    smooth: tuple[SmoothRole, ...]
    stuck_note: NoteRef
    smooth_note: NoteRef


def disagreements(contrasts: Iterable[Contrast]) -> list[Disagreement]:
    """The contrasts grouped by engagement, step and tag, in the order of each group's
    strongest contrast. Each side's note is its roles' first verbatim quote, else the
    note of its role with the most people."""
    groups: dict[tuple[str, str, str], list[Contrast]] = {}
    for c in contrasts:
        groups.setdefault((c.engagement, c.step, c.tag), []).append(c)
    found = []
    for (engagement, step, tag), rows in groups.items():
        stuck = {c.stuck_role: c for c in rows}
        smooth = {c.smooth_role: c for c in rows}
        stuck_rows = sorted(stuck.values(), key=lambda c: (-c.stuck_people, c.stuck_role))
        smooth_rows = sorted(smooth.values(), key=lambda c: (-c.smooth_people, c.smooth_role))
        found.append(
            Disagreement(
                engagement,
                step,
                tag,
                tuple(StuckRole(c.stuck_role, c.stuck_people, c.stuck_of) for c in stuck_rows),
                tuple(SmoothRole(c.smooth_role, c.smooth_people) for c in smooth_rows),
                _quote_first([c.stuck_note for c in stuck_rows]),
                _quote_first([c.smooth_note for c in smooth_rows]),
            )
        )
    return found


def _quote_first(notes: list[NoteRef]) -> NoteRef:
    return next((ref for ref in notes if ref.note.get("quote")), notes[0])


def _better(best: NoteRef | None, session: SessionDigest, found: Best) -> NoteRef:
    """The first verbatim quote when there is one, else the first note (sessions come in
    interview order, so the first kept is the first said)."""
    quote, first = found
    if best is None:
        return NoteRef(session, session.notes[quote if quote >= 0 else first])
    if quote >= 0 and not best.note.get("quote"):
        return NoteRef(session, session.notes[quote])
    return best
