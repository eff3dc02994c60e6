"""RACI matrices: for each activity, who is Responsible, Accountable, Consulted, Informed.

Ghost ownership is an activity with no Accountable, or several; the checks below say so
in words, and the matrix is accepted once every activity has exactly one A and an R.
"""

from __future__ import annotations

from typing import Literal, get_args

from wfinterview.core.framework.errors import UserError
from wfinterview.core.framework.models import NonEmpty, StrictModel

Role = Literal["R", "A", "C", "I"]
ROLES: dict[str, str] = {"R": "Responsible", "A": "Accountable", "C": "Consulted", "I": "Informed"}
_LETTERS: dict[str, Role] = {letter: letter for letter in get_args(Role)}


def role_letter(text: str) -> Role | None:
    """`text` as a RACI letter, or None when it is not one (an empty cell)."""
    return _LETTERS.get(text)


class RaciMatrix(StrictModel):
    name: NonEmpty
    activities: list[str] = []
    parties: list[str] = []  # people or teams
    cells: dict[str, dict[str, Role]] = {}  # activity -> party -> letter

    def add_activity(self, activity: str) -> None:
        self.activities.append(_new_name(activity, self.activities, "activity"))

    def add_party(self, party: str) -> None:
        self.parties.append(_new_name(party, self.parties, "person or team"))

    def set(self, activity: str, party: str, role: str | None) -> None:
        if activity not in self.activities or party not in self.parties:
            raise UserError(f"no cell for '{activity}' × '{party}'")
        row = self.cells.setdefault(activity, {})
        if role is None:
            row.pop(party, None)
        elif (letter := role_letter(role)) is not None:
            row[party] = letter
        else:
            raise UserError(f"'{role}' is not one of R, A, C, I")

    def get(self, activity: str, party: str) -> str:
        return self.cells.get(activity, {}).get(party, "")

    def remove_activity(self, activity: str) -> None:
        self.activities.remove(activity)
        self.cells.pop(activity, None)

    def remove_party(self, party: str) -> None:
        self.parties.remove(party)
        for row in self.cells.values():
            row.pop(party, None)


def _new_name(name: str, taken: list[str], what: str) -> str:
    name = " ".join(name.split())
    if not name:
        raise UserError(f"the {what} needs a name")
    if name.casefold() in (t.casefold() for t in taken):
        raise UserError(f"'{name}' is there already")
    return name


def raci_problems(matrix: RaciMatrix) -> list[str]:
    """What keeps the matrix from settling ownership, one line per activity at fault."""
    problems = []
    if not matrix.activities:
        problems.append("no activities yet")
    for activity in matrix.activities:
        row = matrix.cells.get(activity, {})
        accountable = [p for p in matrix.parties if row.get(p) == "A"]
        if not accountable:
            problems.append(f"“{activity}” has no one Accountable (A): that is ghost ownership")
        elif len(accountable) > 1:
            problems.append(
                f"“{activity}” has {len(accountable)} Accountable ({', '.join(accountable)}): "
                "exactly one, please"
            )
        if not any(row.get(p) == "R" for p in matrix.parties):
            problems.append(f"“{activity}” has no one Responsible (R)")
    return problems
