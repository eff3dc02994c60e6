"""Verified quotes: each note marked as a quote (F6), held to the participant's own words.

A quote typed at speed is rarely what was said, and the recap, the report and the
validation texts put quotes in front of a client. So each is looked for among the
participant's words near the moment it was typed (then anywhere in the call) and found:

- **verbatim**: the same words in the same order. Case, punctuation and hesitation sounds
  ("um", "uh") do not count: quotes are written without them;
- **close**: most of the words (`CLOSE` of them, compared by stem so "dashboards" meets
  "dashboard"), in about that order (as alike as `CLOSE`, as difflib measures two word
  lists): `said` holds the words actually said, to put in its place;
- **not found**: nothing like it, or no words of the participant to compare with.
"""

from __future__ import annotations

import difflib
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Final, Literal

from wfinterview.core.framework.models import Note, Session
from wfinterview.core.transcript.model import Transcript
from wfinterview.core.transcript.words import (
    FILLERS,
    SpokenWord,
    folded_words,
    spoken_words,
    stem,
)

Verdict = Literal["verbatim", "close", "not found"]
CLOSE: Final = 0.6
_BEFORE: Final = 180.0  # seconds of speech before a quote's note that it may record
_AFTER: Final = 30.0  # and after it (a note typed while the sentence went on)
_SLACK: Final = 3  # words a close match may start or end earlier or later


@dataclass(frozen=True)
class QuoteCheck:
    note_id: str
    verdict: Verdict
    said: str = ""  # the words said (verbatim and close), as the transcript writes them
    at: float | None = None  # where they start in the recording
    likeness: float = 0.0  # 0 to 1

    @property
    def verified(self) -> bool:
        return self.verdict == "verbatim"


class QuoteFinder:
    """The participant's words, indexed once for every quote of a session."""

    def __init__(self, transcript: Transcript) -> None:
        self.transcript = transcript
        roles = transcript.roles()
        theirs = [
            i for i, cue in enumerate(transcript.cues) if roles.get(cue.speaker) == "participant"
        ]
        if not theirs:  # nobody known as the participant: anyone but the facilitator
            theirs = [
                i
                for i, cue in enumerate(transcript.cues)
                if roles.get(cue.speaker) != "facilitator"
            ]
        self.words = spoken_words(transcript.cues, theirs)
        # The words that count, and where each is in `words`.
        self._kept = [i for i, w in enumerate(self.words) if w.word not in FILLERS]
        self._exact = [self.words[i].word for i in self._kept]
        self._folded = [stem(word) for word in self._exact]  # "dashboards" meets "dashboard"
        self._times = [self.words[i].at for i in self._kept]

    def check(self, note: Note) -> QuoteCheck:
        exact = [w for w in folded_words(note.text) if w not in FILLERS]
        wanted = [stem(word) for word in exact]
        if not wanted or not self._folded:
            return QuoteCheck(note.id, "not found")
        moment = self.transcript.alignment.recording_time(note.at)
        near = [i for i, at in enumerate(self._times) if moment - _BEFORE <= at <= moment + _AFTER]
        found = self._best(wanted, near) if near else None
        if found is None or found[2] < 1.0:
            anywhere = self._best(wanted, range(len(self._folded)))
            if anywhere is not None and (found is None or anywhere[2] > found[2]):
                found = anywhere
        if found is None or found[2] < CLOSE:
            return QuoteCheck(note.id, "not found", likeness=found[2] if found else 0.0)
        start, end, likeness = found
        if self._shared(wanted, start, end) < CLOSE * len(wanted):
            return QuoteCheck(note.id, "not found", likeness=round(likeness, 3))
        verdict: Verdict = "verbatim" if self._exact[start:end] == exact else "close"
        return QuoteCheck(
            note.id, verdict, self._said(start, end), self._times[start], round(likeness, 3)
        )

    def _best(self, wanted: list[str], positions: Sequence[int]) -> tuple[int, int, float] | None:
        """The span (start, end, likeness) of `_folded` most like `wanted`, among spans
        lined up on a word they share within `positions`."""
        if not positions:
            return None
        first, last = positions[0], positions[-1] + 1
        where: dict[str, list[int]] = {}
        for index, word in enumerate(wanted):
            where.setdefault(word, []).append(index)
        starts = {
            position - index
            for position in range(first, last)
            for index in where.get(self._folded[position], ())
        }
        if not starts:
            return None
        matcher = difflib.SequenceMatcher(autojunk=False)
        matcher.set_seq2(wanted)
        size = len(wanted)

        def likeness(start: int, end: int) -> float:
            matcher.set_seq1(self._folded[max(start, 0) : end])
            return matcher.ratio()

        best = max(
            ((likeness(s, s + size), -abs(s), s) for s in starts if s + size > 0),
            default=None,
        )
        if best is None:
            return None
        start, end = max(best[2], 0), best[2] + size
        score = best[0]
        for new_start in range(start - _SLACK, start + _SLACK + 1):
            for new_end in range(end - _SLACK, end + _SLACK + 1):
                if 0 <= new_start < new_end <= len(self._folded):
                    value = likeness(new_start, new_end)
                    shorter = new_end - new_start < end - start
                    if value > score or (value == score and shorter):
                        start, end, score = new_start, new_end, value
        return start, min(end, len(self._folded)), score

    def _shared(self, wanted: list[str], start: int, end: int) -> int:
        """How many of the quote's words the span says, in order."""
        matcher = difflib.SequenceMatcher(None, self._folded[start:end], wanted, autojunk=False)
        return sum(block.size for block in matcher.get_matching_blocks())

    def _said(self, start: int, end: int) -> str:
        """The words from `start` to `end` as written, with any "um" between them."""
        spoken: list[SpokenWord] = self.words[self._kept[start] : self._kept[end - 1] + 1]
        tokens = list(dict.fromkeys((w.cue, w.token, w.shown) for w in spoken))
        text = " ".join(shown for _, _, shown in tokens)
        return text.strip(" ,;:-–—").lstrip(".…")


def check_quotes(session: Session, transcript: Transcript) -> list[QuoteCheck]:
    """Every quote of the session, in the order they were noted."""
    quotes = sorted((n for n in session.notes if n.quote), key=lambda n: n.at)
    if not quotes:
        return []
    finder = QuoteFinder(transcript)
    return [finder.check(note) for note in quotes]


def verified_quotes(session: Session, transcript: Transcript | None) -> frozenset[str]:
    """The ids of the session's quotes said word for word in its transcript (none without
    one): the recap and the report put them before quotes typed from memory."""
    if transcript is None:
        return frozenset()
    return frozenset(check.note_id for check in check_quotes(session, transcript) if check.verified)
