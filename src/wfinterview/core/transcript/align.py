"""Lining the recording up with the interview clock, from the notes themselves.

The recording rarely starts when the clock did, and the clock may have been paused while
the recording ran on. But every note was typed a few seconds after the words it records:
so each word a note shares with the speech votes for the offsets that would put the note
a few seconds after it, and the offset most notes agree on wins.

How a vote is weighed (`_kernel`): a note is typed after the words, seldom more than
half a minute after, most often a few seconds after; the vote is strongest at
`TYPICAL_DELAY` and fades to nothing before the words and 40 s after them. Because it
rises steeply and fades slowly, the winner is where the promptest notes sit just after
their words, which holds whatever the spread of the slower ones. A word said everywhere
in the call ("campaign" in a campaign lead's interview) votes for every offset, so each
word's vote is divided by how often it is said.

Pauses: the offsets the votes favour most (`_PEAKS`) are candidates, and the notes, in
order, choose among them (a Viterbi path): staying on one costs nothing, moving to
another costs `_SWITCH`, so only a run of notes that agree moves the offset. Each run
then gets its own best offset, and the runs are the alignment's `shifts`.
"""

from __future__ import annotations

import bisect
import math
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Final, Literal

from wfinterview.core.framework.models import Note
from wfinterview.core.transcript.model import Alignment, Cue, Shift, shifts_offset
from wfinterview.core.transcript.words import content_stems, spoken_words, stem

Sureness = Literal["high", "medium", "low"]
TYPICAL_DELAY: Final = 6.0  # seconds from the words to the note, most often
_BEFORE: Final = 3  # a note is never typed this long before the words it records
_AFTER: Final = 40  # nor this long after them
_PEAKS: Final = 4
_SWITCH: Final = 2.0  # what moving to another offset costs, in notes' worth of votes
_APART: Final = 20  # seconds between two candidate offsets


@dataclass(frozen=True)
class _NoteStems:
    at: float
    stems: list[str]


def _kernel(delay: float) -> float:
    if delay <= -_BEFORE or delay >= _AFTER:
        return 0.0
    if delay <= TYPICAL_DELAY:
        return (delay + _BEFORE) / (TYPICAL_DELAY + _BEFORE)
    return (_AFTER - delay) / (_AFTER - TYPICAL_DELAY)


_KERNEL: Final = [_kernel(float(d)) for d in range(-_BEFORE, _AFTER + 1)]


def given_alignment(offset: float) -> Alignment:
    """The offset the user gave (`--offset`): the recording time when the clock started."""
    return Alignment(how="given", shifts=[Shift(at=0.0, offset=offset)], sure="given")


def estimate_alignment(notes: Sequence[Note], cues: Sequence[Cue]) -> Alignment:
    """The offset (or offsets, across pauses) that puts each note just after its words."""
    ordered = sorted(notes, key=lambda note: note.at)
    wanted = [_NoteStems(n.at, stems) for n in ordered if (stems := content_stems(n.text))]
    times = _word_times(cues, {s for n in wanted for s in n.stems})
    weights = {s: 1.0 / math.sqrt(len(found)) for s, found in times.items()}
    if not wanted or not times:
        return Alignment(
            how="estimated", shifts=[Shift(at=0.0, offset=0.0)], notes=len(wanted), sure="low"
        )
    low = -math.ceil(wanted[-1].at) - _AFTER
    high = math.ceil(max(cue.end for cue in cues)) + _AFTER
    votes = _votes(wanted, times, weights, low, high)
    peaks = _peaks(votes, low)
    path = _path(wanted, peaks, times, weights)
    shifts: list[Shift] = []
    start = 0
    for index in range(1, len(wanted) + 1):
        if index == len(wanted) or path[index] != path[start]:
            run = wanted[start:index]
            near = peaks[path[start]]
            offset = _best(_votes(run, times, weights, near - _APART, near + _APART), near - _APART)
            at = 0.0 if not shifts else (wanted[start - 1].at + run[0].at) / 2
            if not shifts or offset != shifts[-1].offset:
                shifts.append(Shift(at=round(at, 1), offset=float(offset)))
            start = index
    matched = sum(_found(note, shifts_offset(shifts, note.at), times) for note in wanted)
    return Alignment(
        how="estimated",
        shifts=shifts,
        matched_notes=matched,
        notes=len(wanted),
        sure=_sureness(matched, len(wanted), votes, [round(s.offset) - low for s in shifts]),
    )


def _word_times(cues: Sequence[Cue], stems: set[str]) -> dict[str, list[float]]:
    """When each of `stems` was said, in order."""
    times: dict[str, list[float]] = {}
    for word in spoken_words(cues):
        key = stem(word.word)
        if key in stems:
            times.setdefault(key, []).append(word.at)
    for found in times.values():
        found.sort()
    return times


def _votes(
    notes: Sequence[_NoteStems],
    times: dict[str, list[float]],
    weights: dict[str, float],
    low: int,
    high: int,
) -> list[float]:
    """Each whole-second offset from `low` to `high` with the weight of the votes for it."""
    votes = [0.0] * (high - low + 1)
    span = len(_KERNEL)
    for note in notes:
        for key in note.stems:
            weight = weights.get(key, 0.0)
            for said in times.get(key, ()):
                # The offset o puts the note at delay d = at + o - said after the word.
                first = math.floor(said - note.at) - _BEFORE - low
                for k in range(span):
                    index = first + k
                    if 0 <= index < len(votes):
                        votes[index] += weight * _KERNEL[k]
    return votes


def _best(votes: list[float], low: int) -> int:
    return low + max(range(len(votes)), key=votes.__getitem__)


def _peaks(votes: list[float], low: int) -> list[int]:
    """The strongest offsets, at least `_APART` seconds from each other, best first."""
    order = sorted(range(len(votes)), key=lambda i: -votes[i])
    chosen: list[int] = []
    for index in order:
        if votes[index] <= 0 or len(chosen) == _PEAKS:
            break
        if votes[index] < votes[order[0]] * 0.25:
            break
        if all(abs(index - other) >= _APART for other in chosen):
            chosen.append(index)
    return [low + index for index in chosen] or [low]


def _note_score(
    note: _NoteStems, offset: float, times: dict[str, list[float]], weights: dict[str, float]
) -> float:
    score = 0.0
    moment = note.at + offset
    for key in note.stems:
        found = times.get(key, [])
        lo = bisect.bisect_left(found, moment - _AFTER)
        hi = bisect.bisect_right(found, moment + _BEFORE)
        best = max((_kernel(moment - said) for said in found[lo:hi]), default=0.0)
        score += weights.get(key, 0.0) * best
    return score


def _path(
    notes: Sequence[_NoteStems],
    peaks: list[int],
    times: dict[str, list[float]],
    weights: dict[str, float],
) -> list[int]:
    """For each note, the index of the candidate offset it belongs to (Viterbi)."""
    scores = [[_note_score(n, p, times, weights) for p in peaks] for n in notes]
    typical = sorted(max(row) for row in scores)[len(scores) // 2] or 1.0
    switch = _SWITCH * typical
    totals = list(scores[0])
    back: list[list[int]] = []
    for row in scores[1:]:
        best = max(range(len(peaks)), key=totals.__getitem__)
        came = [k if totals[k] >= totals[best] - switch else best for k in range(len(peaks))]
        totals = [
            row[k] + (totals[k] if came[k] == k else totals[best] - switch)
            for k in range(len(peaks))
        ]
        back.append(came)
    state = max(range(len(peaks)), key=totals.__getitem__)
    path = [state]
    for came in reversed(back):
        state = came[state]
        path.append(state)
    return path[::-1]


def _found(note: _NoteStems, offset: float, times: dict[str, list[float]]) -> bool:
    """Whether the note's words were said in the moments before it (most of them, or both
    of a note with two)."""
    moment = note.at + offset
    hits = 0
    for key in note.stems:
        found = times.get(key, [])
        index = bisect.bisect_left(found, moment - _AFTER)
        if index < len(found) and found[index] <= moment + _BEFORE:
            hits += 1
    return hits >= min(2, len(note.stems)) and hits * 3 >= len(note.stems)


def _sureness(matched: int, notes: int, votes: list[float], chosen: list[int]) -> Sureness:
    """high, medium or low: how many notes were found where the offset puts them, and
    how far the chosen offsets stand above any other."""
    inside = [i for i in chosen if 0 <= i < len(votes)]
    best = max((votes[i] for i in inside), default=0.0)
    rival = max(
        (v for i, v in enumerate(votes) if all(abs(i - c) > _APART for c in inside)),
        default=0.0,
    )
    standout = best / rival if rival > 0 else math.inf
    share = matched / notes if notes else 0.0
    if notes >= 5 and share >= 0.4 and standout >= 1.5:
        return "high"
    if notes >= 3 and share >= 0.2 and standout >= 1.2:
        return "medium"
    return "low"
