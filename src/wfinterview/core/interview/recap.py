"""The same-day recap: three short points drafted from the session, in the participant's words.

🔍 What we heard comes from verbatim quotes, then the most-tagged notes; ⚠️ Where things
are getting stuck from the tagged notes, the most common tags first; 💡 Your magic
wand insight from the SOP Gaps + Magic Wand step. Each draft is only a start: the
consultant edits it before it is sent.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from datetime import datetime

from wfinterview.core.framework.content import BUILTIN_TAGS, MAGIC_WAND_STEP, RECAP_HEADINGS
from wfinterview.core.framework.models import Note, Recap, Session, now
from wfinterview.core.interview.clock import time_since

POINTS_PER_SECTION = 3

EMPTY_HEARD = "Thank you for walking us through how your work really flows."
EMPTY_STUCK = (
    "Nothing blocking came up in our notes. If something comes to mind, just reply and tell us."
)
EMPTY_MAGIC_WAND = (
    "We didn't get to the magic wand question. If you could change one thing about how work flows, "
    "what would it be?"
)

_TAGS = {tag.key: tag for tag in BUILTIN_TAGS}

RecapEmail = Callable[[Session, Recap], str]
"""Renders a session's recap as the email to send (the user's template applied)."""


def recap_sent(recap: Recap | None) -> bool:
    return recap is not None and recap.sent_at is not None


def recap_status(session: Session, at: datetime | None = None) -> str:
    """One line for the review and recap screens: sent when, or how long it has waited."""
    if session.recap is not None and session.recap.sent_at is not None:
        return f"recap sent {session.recap.sent_at:%a %d %b %H:%M}"
    if session.ended_at:
        return f"recap not sent yet · call ended {time_since(session.ended_at, at or now())}"
    return "interview still open"


def draft_recap(session: Session) -> Recap:
    return Recap(
        heard=_heard(session.notes),
        stuck=_stuck(session.notes),
        magic_wand=_magic_wand(session.notes),
    )


def recap_for(session: Session) -> Recap:
    """The saved recap, or a fresh draft when none has been saved."""
    return session.recap or draft_recap(session)


def _bullets(lines: list[str]) -> str:
    return "\n".join(f"- {line}" for line in lines)


def _heard(notes: list[Note]) -> str:
    quotes = [f"“{note.text}”" for note in notes if note.quote]
    picked = quotes[:POINTS_PER_SECTION]
    if len(picked) < POINTS_PER_SECTION:
        # Then what came up with the most tags, in the order it was said.
        ranked = sorted((n for n in notes if not n.quote and n.tags), key=lambda n: -len(n.tags))
        chosen = {n.id for n in ranked[: POINTS_PER_SECTION - len(picked)]}
        picked += [n.text for n in notes if n.id in chosen]
    return _bullets(picked) if picked else EMPTY_HEARD


def _stuck(notes: list[Note]) -> str:
    counts = Counter(key for note in notes for key in note.tags if key in _TAGS)
    lines = []
    for key, _ in counts.most_common(POINTS_PER_SECTION):
        tag = _TAGS[key]
        first = next(note for note in notes if key in note.tags)
        lines.append(f"{tag.label}: {first.text}")
    return _bullets(lines) if lines else EMPTY_STUCK


def _magic_wand(notes: list[Note]) -> str:
    # The wish is usually the last thing said in the final step.
    wishes = [note.text for note in notes if note.step == MAGIC_WAND_STEP]
    return _bullets(wishes[-2:]) if wishes else EMPTY_MAGIC_WAND


def format_recap(recap: Recap, markdown: bool = False) -> str:
    """The three points under their fixed headings, ready to paste into an email."""
    sections = zip(RECAP_HEADINGS, (recap.heard, recap.stuck, recap.magic_wand), strict=True)
    if markdown:
        return "\n\n".join(f"## {heading}\n\n{body.strip()}" for heading, body in sections) + "\n"
    return "\n\n".join(f"{heading}\n{body.strip()}" for heading, body in sections) + "\n"
