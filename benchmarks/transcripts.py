"""A call's transcript beside the notes, measured in one process.

    python benchmarks/transcripts.py [--runs 7]

* import: an hour-long Zoom WebVTT file (about 1,500 cues, fragments of a few words as
  Teams and Zoom write them) read, its speakers matched, its offset estimated from the
  notes, and its quotes checked and unnoted moments found as `transcript add` prints
  them (goal: under a second; median wall time);
* review: opening the review of an interview with a transcript against the same
  interview without one, side by side, interleaved (goal: within 5 %). The panel reads
  the transcript in a thread, so opening waits for the notes only; the time to the
  panel filled is shown too.

The call is synthetic (tests/transcript_calls.py): its notes, a known offset, typing
delays and filler speech, so the estimate's error is shown as well.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tests.transcript_calls import (  # noqa: E402
    FILLER,
    LINES,
    PARTICIPANT,
    Call,
    SpokenCue,
    make_call,
    zoom_vtt,
)

OFFSET = 83.0
CUE_WORDS = 4  # words per cue, as call tools cut speech into captions


def hour_long_cues() -> tuple[Call, list[SpokenCue]]:
    """An hour's interview (54 notes) and its transcript, with speech between the notes."""
    call = make_call(OFFSET, seed=11, lines=LINES * 3)
    cues: list[SpokenCue] = []
    for cue in call.cues:
        words = cue.text.split()
        step = (cue.end - cue.start) / len(words)
        for first in range(0, len(words), CUE_WORDS):
            part = words[first : first + CUE_WORDS]
            start = cue.start + first * step
            cues.append(SpokenCue(start, start + len(part) * step, cue.speaker, " ".join(part)))
    # Talk in the silences, as in a real call: the participant goes on about other things.
    busy = sorted((c.start, c.end) for c in cues)
    end = max(c.end for c in cues)
    t, index, filler = 0.0, 0, 0
    while t < end:
        while index < len(busy) and busy[index][1] < t:
            index += 1
        if index >= len(busy) or busy[index][0] > t + 2.0:
            text = " ".join(FILLER[filler % len(FILLER)].split()[:CUE_WORDS])
            cues.append(SpokenCue(t, t + 1.6, PARTICIPANT, text))
            filler += 1
        t += 2.0
    cues.sort(key=lambda c: c.start)
    return call, cues


def measure_import(runs: int) -> None:
    from wfinterview.core.transcript.gaps import find_gaps
    from wfinterview.core.transcript.importing import make_transcript
    from wfinterview.core.transcript.quotes import check_quotes
    from wfinterview.core.transcript.reading import read_transcript_file

    call, cues = hour_long_cues()
    session = call.session
    for note in session.notes[::6]:
        note.quote = True
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "zoom.vtt"
        path.write_text(zoom_vtt(cues), encoding="utf-8")
        times, offsets = [], []
        for _ in range(runs):
            started = time.perf_counter()
            transcript = make_transcript(read_transcript_file(path), session, path.name)
            check_quotes(session, transcript)
            find_gaps(session, transcript)
            times.append(time.perf_counter() - started)
            offsets.append(transcript.alignment.offset)
    minutes = max(c.end for c in cues) / 60
    print(
        f"import+align: {len(cues)} cues, {minutes:.0f} min, {len(session.notes)} notes: "
        f"median {statistics.median(times) * 1000:.0f} ms (min {min(times) * 1000:.0f} ms) "
        f"· goal < 1000 ms · offset {offsets[0]:.0f} s (truth {OFFSET:.0f} s)"
    )


async def measure_review(runs: int) -> None:
    os.environ["PYDANTIC_DISABLE_PLUGINS"] = "__all__"
    from wfinterview.core.storage.paths import Paths
    from wfinterview.core.storage.store import SessionStore
    from wfinterview.core.transcript.importing import make_transcript
    from wfinterview.core.transcript.reading import read_transcript_file
    from wfinterview.core.transcript.store import TranscriptStore
    from wfinterview.core.workspace.opening import open_for_review
    from wfinterview.core.workspace.workspace import Workspace
    from wfinterview.tui.app import InterviewApp
    from wfinterview.tui.screens.review import ReviewScreen
    from wfinterview.tui.widgets.review_notes import ReviewNotes
    from wfinterview.tui.widgets.transcript_panel import TranscriptPanel

    call, cues = hour_long_cues()
    with tempfile.TemporaryDirectory() as folder:
        paths = Paths(Path(folder) / "data", Path(folder) / "config")
        store = SessionStore(paths.sessions_dir)
        with_one = call.session
        without = with_one.model_copy(deep=True)
        without.id = with_one.id.replace("jordan", "jordan-plain")
        store.save(with_one)
        store.save(without)
        vtt = Path(folder) / "zoom.vtt"
        vtt.write_text(zoom_vtt(cues), encoding="utf-8")
        transcript = make_transcript(read_transcript_file(vtt), with_one, vtt.name)
        TranscriptStore(paths.data_dir).save(transcript, with_one, "")
        workspace = Workspace(paths)
        app = InterviewApp(workspace)
        timings: dict[str, list[float]] = {"with": [], "without": []}
        filled: list[float] = []
        async with app.run_test(size=(120, 36)) as pilot:
            await pilot.pause()
            for run in range(runs * 2):
                which = ("with", "without")[run % 2]
                session_id = with_one.id if which == "with" else without.id
                started = time.perf_counter()
                session, lock = open_for_review(workspace, session_id)
                await app.push_screen(ReviewScreen(session, workspace.store, lock, app.tags))
                notes = app.screen.query_one(ReviewNotes)
                while notes.option_count == 0:
                    await pilot.pause(0.001)
                timings[which].append(time.perf_counter() - started)
                if which == "with":
                    panel = app.screen.query_one(TranscriptPanel)
                    while not panel.loaded:
                        await pilot.pause(0.001)
                    filled.append(time.perf_counter() - started)
                app.pop_screen()
                await pilot.pause()
    with_ms = statistics.median(timings["with"]) * 1000
    without_ms = statistics.median(timings["without"]) * 1000
    print(
        f"review open: with a transcript {with_ms:.1f} ms, without {without_ms:.1f} ms "
        f"({(with_ms / without_ms - 1) * 100:+.1f} %, goal within 5 %) · panel filled after "
        f"{statistics.median(filled) * 1000:.0f} ms"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    measure_import(args.runs)
    asyncio.run(measure_review(args.runs))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
