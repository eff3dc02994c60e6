"""Emails from plain-text templates the user can override in the config folder, and who
signs them.

Every text sent to a participant (the pre-interview email, the recap email, the plan's
validation text) is signed by one rule, `signer`: the facilitator named in config.toml,
else the one who interviewed this participant last, else the one who ran most of the
engagement's interviews. The facilitator is the sender, so a signature is always a real
name, never a pseudonym; with no name at all, `unsigned_hint` says how to set one.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from datetime import datetime
from pathlib import Path
from string import Template
from typing import Protocol

from wfinterview.core.framework.errors import FileProblem
from wfinterview.core.framework.models import Agenda, Participant, Recap, Session
from wfinterview.core.interview.recap import format_recap
from wfinterview.core.storage.paths import builtin_templates_dir

PRE_INTERVIEW = "pre_interview.txt"
RECAP = "recap.txt"


class Interviewed(Protocol):
    """What signing reads of a session: a `Session` or a synthesis digest of one."""

    @property
    def engagement(self) -> str: ...
    @property
    def facilitator(self) -> str: ...
    @property
    def started_at(self) -> datetime: ...
    @property
    def participant(self) -> Participant: ...


def signer(
    configured: str,
    participant: str = "",
    engagement: str = "",
    sessions: Iterable[Interviewed] = (),
) -> str:
    """Who signs a text: the facilitator in config, else the one who interviewed this
    participant last, else the one who ran most of the engagement's interviews ("": nobody)."""
    if configured.strip():
        return configured
    in_engagement = [s for s in sessions if s.engagement == engagement and s.facilitator.strip()]
    theirs = [s for s in in_engagement if s.participant.name.casefold() == participant.casefold()]
    if theirs:
        return max(theirs, key=lambda s: s.started_at).facilitator
    counts = Counter(s.facilitator for s in in_engagement)
    return counts.most_common(1)[0][0] if counts else ""


def recap_signer(session: Session, configured: str) -> str:
    """Who signs this session's recap email ("": nobody, see `unsigned_hint`)."""
    return signer(configured, session.participant.name, session.engagement, [session])


def unsigned_hint(signed_by: str, config_file: Path) -> str | None:
    """One line saying how to sign, when `signed_by` is no name; None when it is one."""
    if signed_by.strip():
        return None
    return f'no name to sign with: add facilitator = "Your Name" at the top of {config_file}'


def template_path(name: str, user_templates_dir: Path) -> Path:
    """The user's copy of a template when there is one, else the shipped one."""
    user = user_templates_dir / name
    return user if user.is_file() else builtin_templates_dir() / name


def fill_template(path: Path, values: dict[str, str]) -> str:
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        raise FileProblem.content(path, ["not UTF-8 text; save the template as UTF-8"]) from None
    except OSError as error:
        raise FileProblem.content(path, [f"cannot read it ({error.strerror})"]) from None
    try:
        return Template(text).substitute(values)
    except KeyError as missing:
        known = ", ".join(f"${name}" for name in values)
        raise FileProblem.content(
            path, [f"unknown placeholder ${missing.args[0]} (placeholders: {known})"]
        ) from None
    except ValueError as error:
        raise FileProblem.content(
            path, [f"bad placeholder ({error}); write $$ for a dollar sign"]
        ) from None


def agenda_lines(agenda: Agenda) -> str:
    return "\n".join(
        f"  {number}. {step.title} ({step.minutes} min)"
        for number, step in enumerate(agenda.steps, 1)
    )


def pre_interview_email(
    agenda: Agenda, participant: str, when: str, facilitator: str, user_templates_dir: Path
) -> str:
    values = {
        "participant": participant,
        "when": when or "at the time we agreed",
        "minutes": str(agenda.minutes),
        "agenda": agenda_lines(agenda),
        "role": agenda.role,
        "facilitator": signer(facilitator),
    }
    return fill_template(template_path(PRE_INTERVIEW, user_templates_dir), values).rstrip() + "\n"


def recap_email(session: Session, recap: Recap, facilitator: str, user_templates_dir: Path) -> str:
    """The same-day recap as an email: the three points inside the user's recap template."""
    values = {
        "participant": session.participant.name,
        "recap": format_recap(recap).rstrip(),
        "date": f"{session.started_at:%A %d %B}",
        "engagement": session.engagement,
        "facilitator": recap_signer(session, facilitator),
    }
    return fill_template(template_path(RECAP, user_templates_dir), values).rstrip() + "\n"
