"""A small corpus whose every count was worked out by hand (docs/testing.md shows the sums).

Five interviews, two clients. Acme round 1: Jordan Lee and Priya Shah (Campaign Lead),
Omar Li (Ops); Acme round 2: Jordan again, typed "jordan lee"; Globex: another Jordan Lee
(Ops), who is a different person because he works for another client.
"""

from __future__ import annotations

from datetime import timedelta

from tests import factories
from wfinterview.core.framework.content import BUILTIN_TAGS
from wfinterview.core.framework.models import Note, Session
from wfinterview.core.synthesis.corpus import Corpus
from wfinterview.core.synthesis.digest import SessionDigest
from wfinterview.core.synthesis.themes import ThemeBoard

FRICTION, LAG, GHOST = "tool_friction", "approval_lag", "ghost_ownership"
SOP, INTEG = "sop_mismatch", "integration_gaps"
CAMPAIGN, OPS = "Campaign Lead", "Marketing Ops / Tech"


def note(
    text: str,
    tags: list[str] | None = None,
    step: str = "approvals",
    at: float = 0.0,
    **flags: bool,
) -> Note:
    return factories.note(text, step, at, tags, **flags)


def digest(session: Session, day: int) -> SessionDigest:
    """`day` days after the first interview: the corpus orders sessions by when they began."""
    loaded = SessionDigest.model_validate_json(session.model_dump_json())
    return loaded.model_copy(update={"started_at": loaded.started_at + timedelta(days=day)})


def sessions() -> list[SessionDigest]:
    a1 = factories.session(
        "a1",
        "Jordan Lee",
        "campaign",
        [
            note("Legal waits a week", [LAG], at=60),
            note("Brand waits too", [LAG, LAG], at=120),  # one tag typed twice: one note
            note("Who owns QA? Nobody.", [GHOST], at=180, quote=True),
            note("We re-key briefs into the CMS", [INTEG], at=240),
        ],
    )
    a2 = factories.session(
        "a2",
        "Priya Shah",
        "campaign",
        [
            note("Exec sign-off is slow", [LAG]),
            note("The DAM is clunky", [FRICTION]),
            note("Exports break weekly", [FRICTION]),
            note("Two logins for one tool", [FRICTION]),
            note("CSV between tools", [INTEG]),
            note("Copy-paste into Jira", [INTEG]),
            note("Handoff by email", [INTEG]),
            note("One intake form", step="sop"),
        ],
    )
    a3 = factories.session(
        "a3",
        "Omar Li",
        "ops",
        [
            note("SOP lists the old tool", [SOP, GHOST], follow_up=True),
            note("Approvals live in email", [LAG]),
        ],
    )
    a4 = factories.session(
        "a4",
        "jordan lee",
        "campaign",
        [note("Nobody owns QA yet", [GHOST])],
        round=2,
    )
    g1 = factories.session(
        "g1",
        "Jordan Lee",
        "ops",
        [note("Legal waits here too", [LAG])],
        engagement="Globex",
    )
    # Given out of order on purpose: the corpus sorts them by start (a4 is last).
    return [digest(a4, 9), digest(g1, 3), digest(a1, 0), digest(a2, 1), digest(a3, 2)]


def corpus() -> Corpus:
    return Corpus(sessions(), BUILTIN_TAGS)


def boards() -> dict[str, ThemeBoard]:
    return {e: ThemeBoard.starting(BUILTIN_TAGS) for e in ("Acme", "Globex")}
