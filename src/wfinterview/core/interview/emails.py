"""Emails from plain-text templates the user can override in the config folder."""

from __future__ import annotations

from pathlib import Path
from string import Template

from wfinterview.core.framework.errors import FileProblem
from wfinterview.core.framework.models import Agenda, Recap, Session
from wfinterview.core.interview.recap import format_recap
from wfinterview.core.storage.paths import builtin_templates_dir

PRE_INTERVIEW = "pre_interview.txt"
RECAP = "recap.txt"


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
        "facilitator": facilitator or "",
    }
    return fill_template(template_path(PRE_INTERVIEW, user_templates_dir), values).rstrip() + "\n"


def recap_email(session: Session, recap: Recap, facilitator: str, user_templates_dir: Path) -> str:
    """The same-day recap as an email: the three points inside the user's recap template."""
    values = {
        "participant": session.participant.name,
        "recap": format_recap(recap).rstrip(),
        "date": f"{session.started_at:%A %d %B}",
        "engagement": session.engagement,
        "facilitator": facilitator or session.facilitator,
    }
    return fill_template(template_path(RECAP, user_templates_dir), values).rstrip() + "\n"
