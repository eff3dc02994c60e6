"""Synthetic calls for the transcript tests and benchmark: an interview's notes, and the
transcript a call tool would have written of the same call.

The transcript is made from the notes: before each note the participant says its words
(reworded a little, between filler speech), and the note was typed `delay` seconds after
the words ended. The recording started `offset` seconds before the interview clock, and a
pause of the clock adds to the offset from then on, as in a real call. Everything is drawn
from a seeded random generator, so a test knows the truth it checks the estimate against.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass

from tests.factories import note, session
from wfinterview.core.framework.models import Note, Session

PARTICIPANT = "Jordan Reyes"
FACILITATOR = "Sam Okafor"
SECONDS_PER_WORD = 0.4

# What a campaign lead says, and what the facilitator typed of it: (step, note, spoken).
LINES: tuple[tuple[str, str, str], ...] = (
    ("role", "Runs EMEA campaigns, team of four", "I run the EMEA campaigns with a team of four"),
    (
        "role",
        "Reports to the CMO, weekly pipeline review",
        "I report to the CMO and we have a weekly pipeline review",
    ),
    (
        "walkthrough",
        "Brief starts in a Google Doc from product marketing",
        "the brief usually starts in a Google Doc that product marketing writes",
    ),
    (
        "walkthrough",
        "Copies the brief into Asana by hand",
        "then I copy the whole brief into Asana by hand",
    ),
    (
        "walkthrough",
        "Design gets it Tuesday, banners back Friday",
        "design gets it on Tuesday and the banners come back Friday",
    ),
    (
        "walkthrough",
        "Agency builds landing pages in Webflow",
        "the agency builds the landing pages in Webflow",
    ),
    (
        "tools",
        "Marketo lists exported to CSV every Monday",
        "every Monday I export the Marketo lists to CSV",
    ),
    (
        "tools",
        "Keeps own tracker spreadsheet for launch dates",
        "I keep my own tracker spreadsheet for the launch dates",
    ),
    (
        "tools",
        "Salesforce dashboards nobody trusts",
        "honestly the Salesforce dashboards nobody trusts them",
    ),
    (
        "tools",
        "Screenshots of Looker for the Monday meeting",
        "I paste screenshots of Looker into the Monday meeting deck",
    ),
    (
        "approvals",
        "Legal review takes five days for any claim",
        "legal review takes five days for any claim we make",
    ),
    (
        "approvals",
        "Brand signs off on every banner, even typos",
        "brand signs off on every single banner even typo fixes",
    ),
    (
        "approvals",
        "Regional lead approves budget over ten thousand",
        "the regional lead approves any budget over ten thousand",
    ),
    ("approvals", "Approvals chased in Slack DMs", "I chase the approvals in Slack DMs mostly"),
    (
        "sop",
        "Launch checklist in Confluence is two years old",
        "the launch checklist in Confluence is about two years old",
    ),
    ("sop", "Nobody owns the UTM naming convention", "nobody owns the UTM naming convention"),
    (
        "sop",
        "New hires learn the process from Priya",
        "new hires learn the real process from Priya",
    ),
    (
        "sop",
        "Wish: one intake form feeding Asana",
        "if I had a magic wand one intake form feeding straight into Asana",
    ),
)
FILLER = (
    "yeah so that's a good question",
    "let me think about that for a second",
    "it depends a little on the quarter",
    "we tried a few things over the years",
    "and that is more or less how it goes",
    "I would say it has gotten better recently",
    "it's a bit of a mixed picture to be honest",
    "we talked about this in the offsite",
)
QUESTIONS = (
    "Could you tell me more about that?",
    "What happens next?",
    "How long does that usually take?",
    "Who else is involved at that point?",
    "What made that easier or harder?",
)


@dataclass(frozen=True)
class SpokenCue:
    start: float
    end: float
    speaker: str
    text: str


@dataclass(frozen=True)
class Call:
    session: Session
    cues: list[SpokenCue]
    offsets: list[float]  # each note's true offset (recording time minus note time)


def make_call(
    offset: float,
    *,
    seed: int = 1,
    delays: tuple[float, float] = (2.0, 12.0),
    pause_after: int | None = None,
    pause_seconds: float = 0.0,
    lines: Sequence[tuple[str, str, str]] = LINES,
) -> Call:
    """A call whose recording started `offset` s before the clock (negative: after it)."""
    rng = random.Random(seed)
    clock = 30.0  # the first note comes half a minute in
    notes: list[Note] = []
    cues: list[SpokenCue] = []
    offsets: list[float] = []
    shift = offset
    # The recording holds what was said before the first note too (a greeting).
    recording = max(0.0, clock + shift - 25.0)
    cues.append(SpokenCue(recording, recording + 3.0, FACILITATOR, "Thanks for making the time"))
    for index, (step, text, spoken) in enumerate(lines):
        if pause_after is not None and index == pause_after + 1:
            shift += pause_seconds
        delay = rng.uniform(*delays)
        # Filler before the note's words, and now and then after them: the note was typed
        # `delay` s after its own words ended, while the participant may talk on.
        after = rng.choice(FILLER).split() if rng.random() < 0.3 else []
        words = [*rng.choice(FILLER).split(), *spoken.split(), *after]
        said_end = clock + shift - delay
        start = said_end - (len(words) - len(after)) * SECONDS_PER_WORD
        question = rng.choice(QUESTIONS)
        cues.append(SpokenCue(start - 4.0, start - 0.5, FACILITATOR, question))
        for chunk_start in range(0, len(words), 12):
            chunk = words[chunk_start : chunk_start + 12]
            begin = start + chunk_start * SECONDS_PER_WORD
            cues.append(
                SpokenCue(
                    begin, begin + len(chunk) * SECONDS_PER_WORD, PARTICIPANT, " ".join(chunk)
                )
            )
        notes.append(note(text, step=step, at=round(clock, 1)))
        offsets.append(shift)
        clock += rng.uniform(45.0, 95.0)
    cues.sort(key=lambda cue: cue.start)
    made = session(name=PARTICIPANT, notes=notes, ended=True)
    made.facilitator = FACILITATOR
    made.elapsed_seconds = clock
    return Call(made, [c for c in cues if c.start >= 0], offsets)


def stamp(seconds: float, *, comma: bool = False, unpadded: bool = False) -> str:
    millis = round(seconds * 1000)
    hours, rest = divmod(millis, 3_600_000)
    minutes, rest = divmod(rest, 60_000)
    secs, millis = divmod(rest, 1000)
    if unpadded:  # as Teams writes them: 0:1:5.2
        return f"{hours}:{minutes}:{secs}.{millis}"
    return f"{hours:02d}:{minutes:02d}:{secs:02d}{',' if comma else '.'}{millis:03d}"


def zoom_vtt(cues: Sequence[SpokenCue]) -> str:
    blocks = [
        f"{number}\n{stamp(c.start)} --> {stamp(c.end)}\n{c.speaker}: {c.text}"
        for number, c in enumerate(cues, 1)
    ]
    return "WEBVTT\n\n" + "\n\n".join(blocks) + "\n"


def teams_vtt(cues: Sequence[SpokenCue]) -> str:
    blocks = [
        f"{stamp(c.start, unpadded=True)} --> {stamp(c.end, unpadded=True)}\n"
        f"<v {c.speaker}>{c.text}</v>"
        for c in cues
    ]
    return "WEBVTT\n\n" + "\n\n".join(blocks) + "\n"


def srt(cues: Sequence[SpokenCue]) -> str:
    blocks = [
        f"{number}\n{stamp(c.start, comma=True)} --> {stamp(c.end, comma=True)}\n"
        f"{c.speaker}: {c.text}"
        for number, c in enumerate(cues, 1)
    ]
    return "\n\n".join(blocks) + "\n"
