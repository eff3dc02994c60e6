"""Otter's text export: a line with the speaker and the time, then what they said.

    Ana García  0:03
    So tell me a little about your role.

    Sam Lee  1:02:15
    Sure. …

Otter writes no end times: a passage lasts until the next one starts, or as long as its
words take to say when a silence follows. A speaker line without a name ("0:03" alone)
is a passage nobody was named for. A speaker line follows an empty line (or opens the
file), so a sentence that ends in a time ("we meet at 10:30") stays words. Text before
the first speaker line (a title Otter may write) is left out, and said so in `skipped`.
"""

from __future__ import annotations

import re
from typing import Final

from wfinterview.core.framework.text import clean_line
from wfinterview.core.transcript.parsed import ParsedCue, ParsedTranscript

_HEADER: Final = re.compile(
    r"^(?:(?P<name>[^\s.?!,][^.?!,]{0,63}?)\s+)?(?P<time>(?:\d{1,3}:)?\d{1,2}:\d{2})\s*$"
)
_SECONDS_PER_WORD: Final = 0.4  # about 150 words a minute


def looks_like_otter(first_lines: list[str]) -> bool:
    """Whether a speaker-and-time line opens the text (within its first lines)."""
    return any(_HEADER.match(line.strip()) for line in first_lines[:2])


def parse_otter(text: str) -> ParsedTranscript:
    passages: list[tuple[float, str, list[str]]] = []
    skipped: list[str] = []
    after_blank = True
    for number, raw in enumerate(text.lstrip("\ufeff").splitlines(), 1):
        line = raw.strip()
        header = _HEADER.match(line) if after_blank else None
        after_blank = not line
        if header is not None:
            name = clean_line(header["name"] or "").strip()
            passages.append((_seconds(header["time"]), name, []))
        elif line and passages:
            passages[-1][2].append(line)
        elif line:
            skipped.append(f"line {number}: before the first speaker and time; left out")
    cues: list[ParsedCue] = []
    for index, (start, speaker, lines) in enumerate(passages):
        said = clean_line(" ".join(lines)).strip()
        if not said:
            continue
        # Until the next passage, or as long as its words take when a silence follows.
        spoken = start + max(1.0, len(said.split()) * _SECONDS_PER_WORD * 1.5)
        if index + 1 < len(passages):
            end = max(start, min(passages[index + 1][0], spoken))
        else:
            end = spoken
        cues.append(ParsedCue(start, end, speaker, said))
    cues.sort(key=lambda cue: cue.start)
    return ParsedTranscript("otter", cues, skipped)


def _seconds(stamp: str) -> float:
    total = 0
    for part in stamp.split(":"):
        total = total * 60 + int(part)
    return float(total)
