"""Words as alignment, quotes and gaps compare them: case-folded, punctuation off, and
(for matching a note to speech) cut to a rough stem and stripped of words every sentence
has, so "waits", "waiting" and "waited" meet and "the" never decides anything.

A note is written fast and in the note-taker's words ("5 days for legal sign-off"), the
speech in the speaker's ("we wait like five days for legal to sign off"): what they share
is the few words that carry the meaning, which is what `content_stems` keeps.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Final

from wfinterview.core.transcript.model import Cue

_WORD: Final = re.compile(r"\w+(?:['’\-]\w+)*")
# Sounds a transcript writes and a quote leaves out: they never make a quote "close".
FILLERS: Final = frozenset("um umm uh uhh er erm hmm mm mhm ah eh".split())
STOPWORDS: Final = frozenset(
    """a an the and or but so if then than that this these those there here it its it's i
    i'm i've i'd me my mine we we're we've our us you you're your he she they them their
    is are was were be been being am do does did done have has had having will would can
    could should shall may might must of to in on at by for from with about as into over
    just like really very quite actually basically kind sort yeah yes no not don't didn't
    doesn't isn't wasn't can't won't okay ok right well oh know mean think thing things
    get got go going went one all some any what when where who why how which also too
    up out off again still even much many more most lot lots bit""".split()
)
_SUFFIXES: Final = ("ing", "ed", "es", "s")


def folded_words(text: str) -> list[str]:
    """The words of `text`, case-folded, apostrophes and hyphens kept inside a word."""
    return _WORD.findall(text.casefold().replace("’", "'"))


def stem(word: str) -> str:
    """A rough stem: "waiting", "waited", "waits" → "wait"; short words as they are."""
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            return word[: -len(suffix)]
    return word


def content_stems(text: str) -> list[str]:
    """The stems of the words that carry meaning, in order, each once."""
    return list(
        dict.fromkeys(
            stem(word)
            for word in folded_words(text)
            if word not in STOPWORDS and word not in FILLERS and len(word) > 2
        )
    )


@dataclass(frozen=True)
class SpokenWord:
    at: float  # seconds into the recording, spread evenly over its cue
    cue: int  # index of its cue
    token: int  # index of the token (space-separated) it is in, within its cue
    word: str  # case-folded
    shown: str  # as written, with the punctuation around it


def spoken_words(cues: Sequence[Cue], only: Iterable[int] | None = None) -> list[SpokenWord]:
    """Every word said, timed (the cues `only` names, or all of them)."""
    result: list[SpokenWord] = []
    for index in range(len(cues)) if only is None else only:
        cue = cues[index]
        tokens = cue.text.split()
        if not tokens:
            continue
        step = (cue.end - cue.start) / len(tokens)
        for position, token in enumerate(tokens):
            for word in folded_words(token):
                result.append(SpokenWord(cue.start + step * position, index, position, word, token))
    return result
