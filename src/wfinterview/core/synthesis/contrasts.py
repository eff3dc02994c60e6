"""Where roles disagree: a step one role calls smooth and another calls stuck.

A contrast needs both sides in the data, for one step and one tag:

* stuck: at least half of one role's people who spoke about the step tagged the problem
  there (campaign leads tag 🔄 on Approvals & Bottlenecks);
* smooth: another role's people spoke about the same step and tagged nothing there at all
  (strategy describes approvals with no tag).

Each contrast carries one note from each side, verbatim quotes first, so the consultant
can put the two voices side by side.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from wfinterview.core.synthesis.corpus import NoteRef, Person

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
    spoke: set[Person]
    tagged: dict[str, set[Person]]  # tag -> people who tagged it in this step
    any_tag: set[Person]
    notes_by_tag: dict[str, list[NoteRef]]
    untagged: list[NoteRef]


class ContrastReader:
    """Reads notes one at a time (with the other findings, in one pass)."""

    def __init__(self) -> None:
        self._sides: dict[tuple[str, str, str], _Side] = {}

    def read(self, ref: NoteRef, person: Person, role: str) -> None:
        key = (ref.session.engagement, ref.note["step"], role)
        side = self._sides.get(key)
        if side is None:
            side = self._sides[key] = _Side(set(), defaultdict(set), set(), defaultdict(list), [])
        side.spoke.add(person)
        tags = ref.note.get("tags")
        if tags:
            side.any_tag.add(person)
            for tag in dict.fromkeys(tags):
                side.tagged[tag].add(person)
                side.notes_by_tag[tag].append(ref)
        else:
            side.untagged.append(ref)

    def result(self) -> list[Contrast]:
        """Every (step, tag, stuck role, smooth role) the notes hold, most stuck people first."""
        by_step: dict[tuple[str, str], dict[str, _Side]] = defaultdict(dict)
        for (engagement, step, role), side in self._sides.items():
            by_step[(engagement, step)][role] = side
        found = []
        for (engagement, step), roles in by_step.items():
            smooth = {r: side for r, side in roles.items() if side.untagged and not side.any_tag}
            for stuck_role, side in roles.items():
                for tag, people in side.tagged.items():
                    if len(people) / len(side.spoke) < STUCK_SHARE:
                        continue
                    for smooth_role, calm in smooth.items():
                        found.append(
                            Contrast(
                                engagement,
                                step,
                                tag,
                                stuck_role,
                                len(people),
                                len(side.spoke),
                                smooth_role,
                                len(calm.spoke),
                                _best(side.notes_by_tag[tag]),
                                _best(calm.untagged),
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


def _best(refs: list[NoteRef]) -> NoteRef:
    """A verbatim quote when there is one, else the first note."""
    return next((ref for ref in refs if ref.note.get("quote")), refs[0])
