"""When each engagement is due its next round: 6–12 months after the last
(the framework's cadence)."""

from __future__ import annotations

import calendar
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime
from typing import Protocol

EARLIEST_MONTHS, LATEST_MONTHS = 6, 12


class Interviewed(Protocol):
    """What the cadence needs of a session: a full one, its digest, or its listing row."""

    @property
    def engagement(self) -> str: ...
    @property
    def round(self) -> int: ...
    @property
    def started_at(self) -> datetime: ...


@dataclass(frozen=True)
class Cadence:
    engagement: str
    last_round: int
    last_interview: date
    due_from: date
    due_by: date

    def state(self, today: date) -> str:
        if today < self.due_from:
            return "not yet due"
        return "due now" if today <= self.due_by else "overdue"


def add_months(day: date, months: int) -> date:
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def cadences(sessions: Iterable[Interviewed]) -> list[Cadence]:
    last: dict[str, tuple[int, date]] = {}
    for session in sessions:
        seen = last.get(session.engagement)
        day = session.started_at.date()
        if seen is None or (session.round, day) > seen:
            last[session.engagement] = (session.round, day)
    return [
        Cadence(
            engagement,
            round_number,
            day,
            add_months(day, EARLIEST_MONTHS),
            add_months(day, LATEST_MONTHS),
        )
        for engagement, (round_number, day) in sorted(last.items())
    ]
