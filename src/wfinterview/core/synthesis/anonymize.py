"""Stable pseudonyms for exports: P01, P02, … per engagement, F1, F2 … for facilitators.

Names are replaced everywhere they appear: the participant and facilitator fields, the
session id (which carries the participant's name), and inside note and recap texts,
where a full name or any part of it (a first name said in passing) is replaced. A part
shared by two people (two Anas) cannot say which one was meant and becomes "[name]".
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import TYPE_CHECKING, Protocol

from wfinterview.core.framework.models import Participant, Session

if TYPE_CHECKING:
    from wfinterview.core.synthesis.digest import SessionDigest

AMBIGUOUS = "[name]"


class Named(Protocol):
    id: str
    engagement: str
    facilitator: str
    participant: Participant


class Pseudonyms:
    def __init__(self, sessions: Iterable[Named]) -> None:
        sessions = list(sessions)  # in the order they were held: P01 is the first interviewed
        self._participants: dict[tuple[str, str], str] = {}
        self._facilitators: dict[str, str] = {}
        self._session_ids: dict[str, str] = {}
        per_engagement: dict[str, int] = {}
        for number, session in enumerate(sessions, 1):
            key = (session.engagement, session.participant.name.casefold())
            if key not in self._participants:
                per_engagement[session.engagement] = per_engagement.get(session.engagement, 0) + 1
                self._participants[key] = f"P{per_engagement[session.engagement]:02d}"
            folded = session.facilitator.casefold()
            if folded and folded not in self._facilitators:
                self._facilitators[folded] = f"F{len(self._facilitators) + 1}"
            self._session_ids[session.id] = f"S{number:04d}"
        self._patterns = {
            engagement: self._pattern(sessions, engagement) for engagement in per_engagement
        }

    def participant(self, session: Named) -> str:
        return self._participants[(session.engagement, session.participant.name.casefold())]

    def facilitator(self, session: Named) -> str:
        return self._facilitators.get(session.facilitator.casefold(), "")

    def session_id(self, session: Named) -> str:
        return self._session_ids[session.id]

    def text(self, session: Named, text: str) -> str:
        return self.engagement_text(session.engagement, text)

    def engagement_text(self, engagement: str, text: str) -> str:
        """Names replaced in text written about an engagement (an action, a RACI row)."""
        if engagement not in self._patterns:
            return text
        pattern, replacements = self._patterns[engagement]
        if pattern is None:
            return text
        return pattern.sub(lambda match: replacements[match[0].casefold()], text)

    def is_name(self, word: str) -> bool:
        """Whether `word` is a name (or part of one) said in any engagement: a word that
        stands alone (a tool candidate) and would be replaced inside a text."""
        return any(
            pattern is not None and pattern.fullmatch(word.strip())
            for pattern, _ in self._patterns.values()
        )

    def _pattern(
        self, sessions: list[Named], engagement: str
    ) -> tuple[re.Pattern[str] | None, dict[str, str]]:
        """One regex for every name said in this engagement, longest first."""
        replacements: dict[str, str] = {}
        parts: dict[str, set[str]] = {}
        people = [
            (s.participant.name, self._participants[(engagement, s.participant.name.casefold())])
            for s in sessions
            if s.engagement == engagement
        ]
        people += [
            (s.facilitator, self._facilitators[s.facilitator.casefold()])
            for s in sessions
            if s.facilitator
        ]
        for name, pseudonym in people:
            full = " ".join(name.split()).casefold()
            if not full:
                continue
            replacements[full] = pseudonym
            for part in full.split(" "):
                if len(part) >= 2:
                    parts.setdefault(part, set()).add(pseudonym)
        for part, owners in parts.items():
            replacements.setdefault(part, owners.pop() if len(owners) == 1 else AMBIGUOUS)
        if not replacements:
            return None, {}
        alternatives = sorted(replacements, key=len, reverse=True)
        body = "|".join(
            r"\s+".join(re.escape(word) for word in name.split(" ")) for name in alternatives
        )
        pattern = re.compile(rf"(?<!\w)(?:{body})(?!\w)", re.IGNORECASE)
        # A full name matched across a line break or double space still finds its pseudonym.
        return pattern, _WhitespaceFolding(replacements)


class _WhitespaceFolding(dict[str, str]):
    def __missing__(self, key: str) -> str:
        return self[" ".join(key.split())]


class Naming:
    """Real names, or pseudonyms when exporting anonymized."""

    def __init__(self, pseudonyms: Pseudonyms | None) -> None:
        self.pseudonyms = pseudonyms

    def participant(self, s: SessionDigest | Session) -> str:
        return self.pseudonyms.participant(s) if self.pseudonyms else s.participant.name

    def facilitator(self, s: SessionDigest | Session) -> str:
        return self.pseudonyms.facilitator(s) if self.pseudonyms else s.facilitator

    def session_id(self, s: SessionDigest | Session) -> str:
        return self.pseudonyms.session_id(s) if self.pseudonyms else s.id

    def text(self, s: SessionDigest | Session, text: str) -> str:
        return self.pseudonyms.text(s, text) if self.pseudonyms else text

    def engagement_text(self, engagement: str, text: str) -> str:
        return self.pseudonyms.engagement_text(engagement, text) if self.pseudonyms else text

    def hides(self, word: str) -> bool:
        """Whether a word standing alone must be left out: a name, when names are hidden."""
        return self.pseudonyms is not None and self.pseudonyms.is_name(word)
