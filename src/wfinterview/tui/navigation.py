"""Moving between screens, in one manner: a screen asks, the app decides.

A screen that wants another *place* (the cockpit, a review and its recap, synthesis, an
engagement's actions, RACI and approval timelines, a new interview) posts one of the
messages below. It bubbles up to the app, whose handlers (tui/app.py, "places") build
the screen and push it. This is Textual's "attributes down, messages up": a screen is
a child of the app and does not reach into it. Three reasons to decide in one place:

- opening a session takes its lock and can fail; the app says why in one notice;
- the cockpit must be gone, its lock let go, before the review of the same session
  opens (the app awaits the pop: tui/app.py `on_cockpit_screen_ended`);
- a screen does not import the places it leads to (the review does not import the recap,
  synthesis the actions, the actions RACI and approvals): places stay independent.

What is not a place is not asked for: a *dialog* (confirm, prompts, note editor, action
form, text preview, help) asks the user one thing and answers the screen that asked.
That screen pushes it with a callback (`self.app.push_screen(dialog, callback)`) and
the dialog answers with `dismiss(result)`: Textual's way of returning data from a
screen. Leaving a place is `dismiss()` too: back to the screen beneath.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from textual.message import Message

if TYPE_CHECKING:
    from wfinterview.core.interview.review import SessionReview
    from wfinterview.core.plan.engagement_file import EngagementFile
    from wfinterview.core.synthesis.corpus import Corpus


@dataclass
class OpenCockpit(Message):
    """Back into an interview still open: its cockpit, clock running on."""

    session_id: str
    """The session to reopen."""


@dataclass
class OpenReview(Message):
    """A finished interview's notes, by step, to fix and tag at leisure."""

    session_id: str
    """The session to review."""


@dataclass
class OpenRecap(Message):
    """The recap of the session under review, drafted from its notes."""

    review: SessionReview
    """The review open now: the recap saves through it, under the same lock."""


@dataclass
class OpenNewInterview(Message):
    """The form for a new interview; the cockpit opens when it is filled in."""


@dataclass
class OpenSynthesis(Message):
    """Patterns across every interview."""


@dataclass
class OpenActions(Message):
    """An engagement's actions (its plan file read afresh)."""

    engagement: str
    """The engagement whose plan opens ("" for interviews without one)."""


@dataclass
class OpenRaci(Message):
    """The RACI of the actions screen's plan."""

    plan: EngagementFile
    """The plan as the actions screen last read it."""
    corpus: Corpus | None
    """The sessions the actions screen read, for evidence (None while still reading)."""


@dataclass
class OpenApprovals(Message):
    """The approval timelines of the actions screen's plan."""

    plan: EngagementFile
    """The plan as the actions screen last read it."""
    corpus: Corpus | None
    """The sessions the actions screen read, for evidence (None while still reading)."""
