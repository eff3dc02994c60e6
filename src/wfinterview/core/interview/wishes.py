"""What counts as a participant's magic-wand wish: one rule, for every place that shows one.

The recap's 💡 point, the Voices tab, the reports and every export all ask this module,
so a note is a wish everywhere or nowhere. A wish is a note of the SOP Gaps + Magic Wand
step that carries no tag and is not a follow-up: the tagged notes of that step are the
SOP gaps themselves (problems), and a follow-up is the consultant's own question.
"""

from __future__ import annotations

from collections.abc import Collection

from wfinterview.core.framework.content import MAGIC_WAND_STEP
from wfinterview.core.framework.models import Note


def is_wish(step: str, tags: Collection[str], follow_up: bool) -> bool:
    """The rule itself, on a note's fields (a `Note` or a session digest's plain dict)."""
    return step == MAGIC_WAND_STEP and not tags and not follow_up


def note_is_wish(note: Note) -> bool:
    return is_wish(note.step, note.tags, note.follow_up)
