"""Sessions built the way the program builds them, for tests."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from functools import cache

from wfinterview.core.framework.models import Agenda, Note, Participant, Session
from wfinterview.core.setup.agendas import AgendaCatalog

STARTED = datetime(2026, 11, 20, 10, 0, tzinfo=timezone(timedelta(hours=1)))


@cache
def _builtin_agendas() -> AgendaCatalog:
    """The agendas that ship with the package, read once per test process: tests ask for
    one 1,500 times a run, and reading all five files each time took 3 s of CPU."""
    return AgendaCatalog(None)


def agenda(agenda_id: str = "campaign") -> Agenda:
    # `get` builds a new Agenda each time, so a test may change what it is given.
    return _builtin_agendas().get(agenda_id)


def note(
    text: str, step: str = "role", at: float = 0.0, tags: list[str] | None = None, **flags: bool
) -> Note:
    return Note(
        id=f"n{abs(hash((text, step, at))) % 10**8}",
        step=step,
        at=at,
        text=text,
        tags=tags or [],
        **flags,
    )


def session(
    session_id: str = "20261120-1000-jordan-ab12",
    name: str = "Jordan",
    agenda_id: str = "campaign",
    notes: list[Note] | None = None,
    engagement: str = "Acme",
    ended: bool = False,
    **fields: object,
) -> Session:
    chosen = agenda(agenda_id)
    return Session(
        id=session_id,
        engagement=engagement,
        facilitator="Sam",
        started_at=STARTED,
        ended_at=STARTED + timedelta(minutes=26) if ended else None,
        participant=Participant(name=name, role=chosen.role),
        agenda=chosen,
        planned_minutes=chosen.minutes,
        current_step=chosen.steps[0].key,
        notes=notes or [],
        **fields,
    )
