"""Reading the transcripts video-call tools export: WebVTT (Zoom, Teams, Meet), SubRip,
YouTube's SBV, and Otter's text (otter.py; reading.py tells them apart).

The cue blocks and their times are read by webvtt-py, a maintained parser, rather than by
expressions of our own. What each tool adds on top is read here:

- **Zoom** numbers its cues and starts each with `Name: `;
- **Teams** puts the speaker in a voice span, `<v Ana García>…</v>`, and writes times
  unpadded (`0:0:4.520`): webvtt-py 0.6 reads those unless asked to be strict
  (`_TIMESTAMP` in webvtt/vtt.py), so the file is parsed as it is;
- **Meet** and others write `Name: ` on the cue where the speaker changes; the cues after
  it are the same person's.

A `Name: ` prefix counts as a speaker only when it starts two cues or more, so a
participant who says "Honestly: it's a mess" is not taken for a person called Honestly;
where every cue starts with one (Zoom), each is a speaker, even one who spoke once.
A cue webvtt-py could not read is never dropped in silence: `ParsedTranscript.skipped`
names its line, for the command to print.
"""

from __future__ import annotations

import html
import re
from collections import Counter
from typing import Final

import webvtt
from webvtt.errors import MalformedCaptionError, MalformedFileError
from webvtt.models import Caption, Timestamp

from wfinterview.core.framework.text import clean_line
from wfinterview.core.transcript.model import Kind
from wfinterview.core.transcript.parsed import ParsedCue, ParsedTranscript

# "Ana García: words". A name is short, has no sentence punctuation, and is followed by
# a space (so "10:30" or "https://" never is one).
_PREFIX: Final = re.compile(r"^(?P<name>[^:<>\n.?!\d][^:<>\n.?!]{0,63}):\s+(?P<text>\S.*)$", re.S)
_TIMING: Final = re.compile(r"^\s*(\S+)\s*-->\s*(\S+)")


def parse_captions(text: str, kind: Kind) -> ParsedTranscript:
    """WebVTT, SubRip or SBV text read by webvtt-py, the speakers taken from each cue."""
    lines = text.lstrip("\ufeff").splitlines()
    blank = 0  # webvtt-py wants the file's first line first; line numbers count them
    while blank < len(lines) and not lines[blank].strip():
        blank += 1
    lines = lines[blank:]
    try:
        if kind == "webvtt":
            captions = webvtt.from_string("\n".join(lines)).captions
        else:
            captions = webvtt.from_buffer(lines, format=kind).captions
    except (MalformedFileError, MalformedCaptionError) as error:
        raise ValueError(
            f"is not a {_FORMAT_NAMES[kind]} file webvtt-py can read ({error})"
        ) from None
    voices = [caption.voice for caption in captions]
    bodies = [_body(caption) for caption in captions]
    prefixes = Counter(
        match["name"].strip() for body in bodies if (match := _PREFIX.match(body)) is not None
    )
    names = {name for name, count in prefixes.items() if count >= 2}
    if names and sum(prefixes.values()) == len(bodies):
        names = set(prefixes)  # a name on every cue (Zoom): one who spoke once is one too
    cues: list[ParsedCue] = []
    speaker = ""
    for caption, voice, body in zip(captions, voices, bodies, strict=True):
        said = body
        if voice:
            speaker = clean_line(voice.strip())
        elif (match := _PREFIX.match(body)) is not None and match["name"].strip() in names:
            speaker, said = clean_line(match["name"].strip()), match["text"]
        said = clean_line(said).strip()
        if said:
            start = caption.start_time.in_milliseconds() / 1000
            end = max(start, caption.end_time.in_milliseconds() / 1000)
            cues.append(ParsedCue(start, end, speaker, said))
    cues.sort(key=lambda cue: cue.start)
    found = _tool(kind, captions, voices, bool(names))
    return ParsedTranscript(found, cues, _skipped(lines, len(captions), blank))


_FORMAT_NAMES: Final[dict[Kind, str]] = {
    "webvtt": "WebVTT",
    "zoom": "WebVTT",
    "teams": "WebVTT",
    "meet": "WebVTT",
    "srt": "SubRip",
    "sbv": "SBV",
    "otter": "Otter text",
}


def format_name(kind: Kind) -> str:
    return {"zoom": "Zoom WebVTT", "teams": "Teams WebVTT", "meet": "Meet WebVTT"}.get(
        kind, _FORMAT_NAMES[kind]
    )


def _body(caption: Caption) -> str:
    # Cue text is HTML-escaped ("Q&amp;A"); its lines are one caption wrapped to fit.
    return html.unescape(" ".join(line.strip() for line in caption.text.split("\n")))


def _tool(kind: Kind, captions: list[Caption], voices: list[str | None], named: bool) -> Kind:
    if kind != "webvtt":
        return kind
    if any(voices):
        return "teams"
    if named:
        numbered = all((c.identifier or "").strip().isdigit() for c in captions)
        return "zoom" if numbered else "meet"
    return "webvtt"


def _skipped(lines: list[str], read: int, blank: int) -> list[str]:
    """Each cue timing line webvtt-py could not read ("line 12: …"), looked for only when
    fewer cues came back than the file has timing lines."""
    timings = [n for n, line in enumerate(lines, 1) if "-->" in line]
    if len(timings) <= read:
        return []
    skipped = []
    for number in timings:
        match = _TIMING.match(lines[number - 1])
        try:
            if match is None:
                raise MalformedCaptionError("no start and end time")
            for stamp in match.groups():
                Timestamp.from_string(stamp.replace(",", "."))
        except MalformedCaptionError:
            shown = clean_line(lines[number - 1].strip())[:60]
            where = f"line {number + blank}"
            skipped.append(f"{where}: the cue time '{shown}' cannot be read; cue skipped")
    return skipped
