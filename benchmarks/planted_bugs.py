"""Plant each bug the mutation audit found surviving, run the tests meant to catch it, and
restore the code: every bug must fail at least one test (docs/testing.md).

    python benchmarks/planted_bugs.py            # all of them, about two minutes
    python benchmarks/planted_bugs.py fsync      # the bugs whose name contains "fsync"

Each bug is a small, realistic edit of one file (the kind a tired refactor makes). The
source is put back byte for byte afterwards, even when the run is interrupted.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import NamedTuple

ROOT = Path(__file__).resolve().parent.parent
CORE = "src/wfinterview/core/"


class Bug(NamedTuple):
    name: str
    file: str
    old: str
    new: str
    tests: str


BUGS = (
    Bug(
        "people counted without case-folding names",
        CORE + "synthesis/corpus.py",
        "return (session.engagement, session.participant.name.casefold())",
        "return (session.engagement, session.participant.name)",
        "tests/core/test_exact_synthesis.py",
    ),
    Bug(
        "people counted without the engagement",
        CORE + "synthesis/corpus.py",
        "return (session.engagement, session.participant.name.casefold())",
        'return ("", session.participant.name.casefold())',
        "tests/core/test_exact_synthesis.py",
    ),
    Bug(
        "a tag listed twice on a note counted twice",
        CORE + "synthesis/corpus.py",
        "for key in dict.fromkeys(tag_set):",
        "for key in tag_set:",
        "tests/core/test_exact_synthesis.py",
    ),
    Bug(
        "a tag listed twice counted twice in a text search",
        CORE + "synthesis/corpus.py",
        "for key in dict.fromkeys(ref.tags):",
        "for key in ref.tags:",
        "tests/core/test_exact_synthesis.py tests/core/test_properties.py",
    ),
    Bug(
        "patterns ranked by notes instead of people",
        CORE + "synthesis/corpus.py",
        "key=lambda p: (-p.count.participants, -len(p.count.roles), -p.count.notes, p.label),",
        "key=lambda p: (-p.count.notes, -p.count.participants, -len(p.count.roles), p.label),",
        "tests/core/test_exact_synthesis.py",
    ),
    Bug(
        "a merge leaves hand placements on the deleted theme",
        CORE + "synthesis/themes.py",
        "            if source_id in ids:\n",
        "            if False:\n",
        "tests/core/test_exact_themes.py",
    ),
    Bug(
        "a note removed from its only theme comes back",
        CORE + "synthesis/themes.py",
        "        if placed is not None:\n            return placed",
        "        if placed:\n            return placed",
        "tests/core/test_exact_themes.py",
    ),
    Bug(
        "the report's shares computed from notes",
        CORE + "outputs/report.py",
        "100 * count.participants / people",
        "100 * count.notes / max(people, count.notes)",
        "tests/core/test_exact_report.py",
    ),
    Bug(
        "the report's cells swapped to people · notes",
        CORE + "outputs/report.py",
        'f"{count.notes} · {count.participants}"',
        'f"{count.participants} · {count.notes}"',
        "tests/core/test_exact_report.py",
    ),
    Bug(
        "interviews counted as people",
        CORE + "outputs/report.py",
        "f\"{plural(data.people, 'person', 'people')} in \"",
        "f\"{plural(len(data.sessions), 'person', 'people')} in \"",
        "tests/core/test_exact_report.py",
    ),
    Bug(
        "RACI warnings missing from the report",
        CORE + "outputs/plans.py",
        "        problems = raci_problems(matrix)\n",
        "        problems: list[str] = []\n",
        "tests/core/test_exact_report.py",
    ),
    Bug(
        "notes out of time order in the Markdown export",
        CORE + "outputs/export.py",
        'for note in sorted(notes, key=lambda n: n["at"]):',
        "for note in notes:",
        "tests/core/test_exact_report.py",
    ),
    Bug(
        "two-letter name parts left in text",
        CORE + "synthesis/anonymize.py",
        "if len(part) >= 2:",
        "if len(part) > 2:",
        "tests/core/test_exact_anonymize.py tests/core/test_properties.py",
    ),
    Bug(
        "a first name shared by two people given to one of them",
        CORE + "synthesis/anonymize.py",
        "owners.pop() if len(owners) == 1 else AMBIGUOUS",
        "owners.pop()",
        "tests/core/test_exact_anonymize.py",
    ),
    Bug(
        "the folder fsync after the rename removed",
        CORE + "storage/atomic.py",
        "        raise\n    fsync_dir(folder)\n",
        "        raise\n",
        "tests/core/test_planted_edges.py",
    ),
    Bug(
        "sessions listed oldest first",
        CORE + "storage/store.py",
        "sessions.sort(key=lambda s: s.started_at, reverse=True)",
        "sessions.sort(key=lambda s: s.started_at)",
        "tests/core/test_planted_edges.py",
    ),
    Bug(
        "a new id not checked for collision",
        CORE + "storage/store.py",
        "            if not self.path_for(session_id).exists():\n",
        "            if True:\n",
        "tests/core/test_planted_edges.py",
    ),
    Bug(
        "PgDn past the last step",
        CORE + "interview/live.py",
        "if not 0 <= index < len(steps) or index == self.step_index:",
        "if not 0 <= index <= len(steps) or index == self.step_index:",
        "tests/core/test_planted_edges.py",
    ),
    Bug(
        "end() not stopping the clock",
        CORE + "interview/live.py",
        "    def end(self) -> None:\n        self.clock.pause()\n",
        "    def end(self) -> None:\n",
        "tests/core/test_planted_edges.py",
    ),
    Bug(
        "an ambiguous hashtag prefix picks a tag",
        CORE + "interview/hashtags.py",
        "return candidates[0] if len(candidates) == 1 else None",
        "return candidates[0] if candidates else None",
        "tests/core/test_planted_edges.py",
    ),
    Bug(
        "the cockpit's quiet-period checkpoint never saved",
        "src/wfinterview/tui/screens/cockpit.py",
        "        if self.live.clock.running:\n            self.live.save()",
        "        pass",
        "tests/tui/test_planted_tui.py",
    ),
    Bug(
        "the writer not closed before the screen unmounts",
        "src/wfinterview/tui/screens/session_screen.py",
        "        self.writer.close(timeout=5.0)\n",
        "",
        "tests/tui/test_planted_tui.py",
    ),
    Bug(
        "an action jumping several statuses backwards",
        CORE + "plan/actions.py",
        "if abs(step) > 1:",
        "if step > 1:",
        "tests/core/test_planted_edges.py",
    ),
    Bug(
        "a removed RACI activity's cells come back",
        CORE + "plan/raci.py",
        "        self.activities.remove(activity)\n        self.cells.pop(activity, None)\n",
        "        self.activities.remove(activity)\n",
        "tests/core/test_planted_edges.py",
    ),
    Bug(
        "validation mixing same-named people across engagements",
        CORE + "plan/validation.py",
        "if s.engagement == engagement and s.participant.name.casefold()",
        "if s.participant.name.casefold()",
        "tests/core/test_planted_edges.py",
    ),
    Bug(
        "an extends loop across files gives a RecursionError",
        CORE + "setup/agendas.py",
        "if file.extends in (*chain, file.id):",
        "if file.extends == file.id:",
        "tests/core/test_planted_edges.py",
    ),
    Bug(
        "re-bound keys not shown in help",
        "src/wfinterview/tui/screens/help.py",
        "        keys.setdefault(identity, []).append(key)\n",
        # Each re-bindable action listed under its default key (keymap.py), as shipped.
        "        defaults = __import__('wfinterview.core.setup.keymap', fromlist=['_'])"
        ".REBINDABLE\n"
        "        default = defaults[binding.id].keys if binding.id in defaults else key\n"
        "        keys.setdefault(identity, []).append(default)\n",
        "tests/tui/test_planted_tui.py",
    ),
)


def caught(bug: Bug) -> bool:
    path = ROOT / bug.file
    original = path.read_bytes()
    text = original.decode("utf-8")
    if text.count(bug.old) != 1:
        raise SystemExit(f"{bug.name}: the code to change is not in {bug.file} once; update me")
    try:
        path.write_text(text.replace(bug.old, bug.new), "utf-8")
        run = subprocess.run(
            [
                sys.executable,
                "-m",
                "pytest",
                "-q",
                "-x",
                # One process: with xdist workers, -x ends as "interrupted" (exit 2), which
                # would read as a plant that broke the collection.
                "-n",
                "0",
                "-p",
                "no:cacheprovider",
                *bug.tests.split(),
            ],
            cwd=ROOT,
            capture_output=True,
        )
    finally:
        path.write_bytes(original)
    if run.returncode not in (0, 1):  # not a test failing: the plant broke the collection
        raise SystemExit(f"{bug.name}: pytest could not run\n{run.stdout.decode()[-2000:]}")
    return run.returncode == 1


def main() -> int:
    wanted = " ".join(sys.argv[1:]).casefold()
    missed = []
    for bug in BUGS:
        if wanted in bug.name.casefold():
            ok = caught(bug)
            print(f"{'caught' if ok else 'MISSED'}  {bug.name}", flush=True)
            if not ok:
                missed.append(bug.name)
    print(f"{len(missed)} missed" if missed else "every planted bug was caught")
    return 1 if missed else 0


if __name__ == "__main__":
    sys.exit(main())
