"""The language of each insight tag, to find the moments a participant raised one.

What findings already read notes for (core/synthesis/vocabulary.py: tools, workarounds,
teams; core/synthesis/handoffs.py: waiting and approving) is taken from there; the rest
is the everyday phrasing of each tag's problem ("nobody owns", "on paper"). Speech says
more than a note, so a tag is heard only in a phrase that means it, never in one word that
merely may ("review" alone is a weekly meeting as often as a sign-off).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final

from wfinterview.core.synthesis.handoffs import WAITING
from wfinterview.core.synthesis.mentions import PhraseIndex, words
from wfinterview.core.synthesis.vocabulary import Vocabulary

_APPROVING: Final = (
    "sign-off",
    "signoff",
    "sign off",
    "signs off",
    "signed off",
    "signing off",
    "approval",
    "approvals",
    "approve",
    "approves",
    "approved",
    "green light",
)
_GHOST: Final = (
    "nobody owns",
    "no one owns",
    "no owner",
    "nobody knows who",
    "no one knows who",
    "not sure who",
    "unclear who",
    "falls through the cracks",
    "fall through the cracks",
    "nobody's job",
    "no one's job",
    "nobody is responsible",
    "no one is responsible",
    "whose job",
)
_SOP: Final = (
    "the process says",
    "on paper",
    "the sop",
    "the sops",
    "the playbook",
    "official process",
    "documented process",
    "nobody follows",
    "no one follows",
    "out of date",
    "outdated",
    "in theory",
    "not how it works",
)
_FRICTION: Final = (
    "clunky",
    "crashes",
    "painful",
    "confusing",
    "frustrating",
    "buggy",
    "too many clicks",
    "doesn't work",
    "nobody uses",
    "no one uses",
    "hate using",
    "avoid using",
    "so slow",
    "really slow",
)
_MANUAL: Final = ("manually", "copy it into", "paste it into", "copy them into", "re-type")
# Words between a wait and the team waited for: "waiting for legal", "wait on the brand team".
_WAIT_REACH: Final = 4


@dataclass(frozen=True)
class Heard:
    tag: str  # a built-in tag key
    phrase: str  # the words that meant it, as folded


class TagLanguage:
    """Which tags a passage's words speak of."""

    def __init__(self, vocabulary: Vocabulary | None = None) -> None:
        vocabulary = vocabulary or Vocabulary()
        workarounds = [p for phrases in vocabulary.workarounds.values() for p in phrases]
        self._phrases = PhraseIndex(
            {
                "approval_lag": _APPROVING,
                "ghost_ownership": _GHOST,
                "sop_mismatch": _SOP,
                "tool_friction": _FRICTION,
                "integration_gaps": (*workarounds, *_MANUAL),
            }
        )
        self._teams = PhraseIndex(vocabulary.teams)

    def heard(self, text: str) -> list[Heard]:
        """The tags `text` speaks of, each once, in the order they come."""
        tokens = words(text.casefold().replace("’", "'"))
        found: dict[str, Heard] = {}
        for position, tag in self._phrases.find(tokens):
            found.setdefault(tag, Heard(tag, _phrase_at(tokens, position)))
        if "approval_lag" not in found:
            for position, token in enumerate(tokens):
                if token in WAITING:
                    ahead = tokens[position + 1 : position + 1 + _WAIT_REACH]
                    if self._teams.find(ahead):
                        found["approval_lag"] = Heard("approval_lag", " ".join([token, *ahead]))
                        break
        return list(found.values())


def _phrase_at(tokens: list[str], position: int, span: int = 4) -> str:
    return " ".join(tokens[position : position + span])
