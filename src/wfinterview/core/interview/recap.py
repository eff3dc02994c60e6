"""The same-day recap: three short points drafted from the session, in the participant's words.

Drafted as a person would write it, every note at most once across the three points:
💡 Your magic wand insight is the participant's wish (the one rule in wishes.py) and
nothing else; ⚠️ Where things are getting stuck names each problem once, the most
common first; 🔍 What we heard leads with verbatim quotes, then what ⚠️ did not use.
Each draft is only a start: the consultant edits it before it is sent.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Collection
from datetime import datetime

from wfinterview.core.framework.content import BUILTIN_TAGS, RECAP_HEADINGS
from wfinterview.core.framework.models import Note, Recap, Session, now
from wfinterview.core.interview.clock import time_since
from wfinterview.core.interview.wishes import note_is_wish

POINTS_PER_SECTION = 3

EMPTY_HEARD = "Thank you for walking us through how your work really flows."
EMPTY_STUCK = (
    "Nothing blocking came up in our notes. If something comes to mind, just reply and tell us."
)
EMPTY_MAGIC_WAND = (
    "We didn't note a magic wand wish. If you could change one thing about how work flows, "
    "what would it be?"
)
QUOTED_ABOVE = "as you put it above"
"""A problem raised only in a quote that 🔍 already carries: named, not repeated."""

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


def draft_recap(session: Session, verified: Collection[str] = ()) -> Recap:
    """The three points, each note used at most once across them.

    `verified`: the ids of quotes found word for word in the call's transcript
    (core/transcript/quotes.py); they lead 🔍 before quotes typed from memory.

    The wish is settled first (it belongs to 💡 alone), then the quotes that lead 🔍,
    then one line per problem in ⚠️, and 🔍 is filled up with what ⚠️ did not use.
    Follow-ups are the consultant's own questions: they never reach the participant.
    """
    notes = sorted((n for n in session.notes if not n.follow_up), key=lambda n: n.at)
    wishes = [n for n in notes if note_is_wish(n)][-POINTS_PER_SECTION:]
    said = [n for n in notes if not note_is_wish(n)]
    quotes = sorted((n for n in said if n.quote), key=lambda n: n.id not in verified)
    quotes = quotes[:POINTS_PER_SECTION]
    stuck_lines, used = _stuck(said, quoted={n.id for n in quotes})
    heard = [f"“{n.text}”" for n in quotes] + _more_heard(said, quotes, used)
    return Recap(
        heard=_bullets(heard) if heard else EMPTY_HEARD,
        stuck=_bullets(stuck_lines) if stuck_lines else EMPTY_STUCK,
        magic_wand=_bullets([_spoken(n) for n in wishes]) if wishes else EMPTY_MAGIC_WAND,
    )


def recap_for(session: Session, verified: Collection[str] = ()) -> Recap:
    """The saved recap, or a fresh draft when none has been saved."""
    return session.recap or draft_recap(session, verified)


def recap_edited(session: Session, verified: Collection[str] = ()) -> bool:
    """Whether a word of the saved recap differs from the draft of the notes as they are:
    a draft marked sent unchanged is saved (what was sent is kept) but is not edited."""
    if session.recap is None:
        return False
    if session.recap.edited is not None:  # known since it was saved
        return session.recap.edited
    draft = draft_recap(session, verified)
    return (session.recap.heard, session.recap.stuck, session.recap.magic_wand) != (
        draft.heard,
        draft.stuck,
        draft.magic_wand,
    )


def _bullets(lines: list[str]) -> str:
    return "\n".join(f"- {line}" for line in lines)


def _spoken(note: Note) -> str:
    return f"“{note.text}”" if note.quote else note.text


def _stuck(notes: list[Note], quoted: set[str]) -> tuple[list[str], set[str]]:
    """One line per problem, the most common first, and the ids of the notes it used.

    Each tag's example is the note not already quoted in 🔍 that carries the most tags
    (the first said on a tie), so tags that share their best example share one line:
    "Tool Friction · Integration Gaps: …". A problem said only in a quote above points
    to it instead of repeating it.
    """
    counts = Counter(key for note in notes for key in dict.fromkeys(note.tags) if key in _TAGS)
    examples = [n for n in notes if n.id not in quoted]
    lines: dict[str | None, list[str]] = {}  # example note id (None: a quote above) -> tags
    for key, _ in counts.most_common():
        carrying = [n for n in examples if key in n.tags]
        best = max(carrying, key=_tag_count_then_first, default=None)
        line = best.id if best is not None else None
        if line in lines:
            lines[line].append(key)
        elif len(lines) < POINTS_PER_SECTION:
            lines[line] = [key]
    by_id = {n.id: n for n in notes}
    text = []
    for note_id, keys in lines.items():
        labels = " · ".join(t.label for t in BUILTIN_TAGS if t.key in keys)
        example = _spoken(by_id[note_id]) if note_id is not None else QUOTED_ABOVE
        text.append(f"{labels}: {example}")
    return text, {note_id for note_id in lines if note_id is not None}


def _tag_count_then_first(note: Note) -> tuple[int, float]:
    return len({key for key in note.tags if key in _TAGS}), -note.at


def _more_heard(notes: list[Note], quotes: list[Note], used: set[str]) -> list[str]:
    """After the quotes: the notes ⚠️ did not use that came up with the most tags, in the
    order they were said."""
    room = POINTS_PER_SECTION - len(quotes)
    quoted = {n.id for n in quotes}
    left = [n for n in notes if n.tags and n.id not in used and n.id not in quoted]
    chosen = {n.id for n in sorted(left, key=lambda n: -len(n.tags))[: max(room, 0)]}
    return [_spoken(n) for n in left if n.id in chosen]


def format_recap(recap: Recap, markdown: bool = False) -> str:
    """The three points under their fixed headings, ready to paste into an email."""
    sections = zip(RECAP_HEADINGS, (recap.heard, recap.stuck, recap.magic_wand), strict=True)
    if markdown:
        return "\n\n".join(f"## {heading}\n\n{body.strip()}" for heading, body in sections) + "\n"
    return "\n\n".join(f"{heading}\n{body.strip()}" for heading, body in sections) + "\n"
