"""A teammate's shared folder, fuzzed: hypothesis builds one (valid and broken sessions and
edit logs, of any depth, size, kind and stamp) and two laptops with the same files run
`list`, `team`, `report`, `export` and the merge. Each ends 0, 1 or 2 without a traceback,
none hangs (a named pipe opened to read would), and both laptops say the same: the same
exit codes, the same report and export, the same lines on stderr and the same "Needs
attention" (each laptop's own data folder named as DATA). Their writer ids differ, and
neither wrote any of the files: what `team` says of "you" is the one thing that differs.

Runs a few examples by default (the suite stays fast); WFINTERVIEW_FUZZ=long runs many.
"""

from __future__ import annotations

import json
import os
import re
import signal
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from types import FrameType

from hypothesis import example, given, settings, strategies as st

from tests import factories
from tests.fuzz.test_hostile_input import run
from wfinterview.core.framework.content import BUILTIN_TAGS
from wfinterview.core.plan.engagements import EngagementStore
from wfinterview.core.storage.outside import MAX_BYTES

ENGAGEMENT = "Acme"
MOMENTS = re.compile(
    r'"exported_at": "[^"]*"|\b\d{4}-\d\d-\d\d\b|runs \d+ (?:years|days|hours) ahead'
)
LAPTOPS = ("anna-mbp-1a2b3c", "bob-x1-4d5e6f")
KINDS = ["folder", "fifo", "symlink", "huge", "deep", "garbage"]
STAMPS = st.integers(0, 10**20) | st.sampled_from([0, 1_796_600_000_000, 10**13, 10**15])
EDITS = st.sampled_from(
    [
        {"op": "add_stage", "name": "Legal", "target_days": 2},
        {"op": "set_stage_target", "name": "Legal", "target_days": 3},
        {"op": "rename_theme", "theme_id": "approval-issues", "name": "Sign-off"},
        {"op": "create_theme", "theme_id": "Not An Id!", "name": "Budget"},
        {"op": "create_theme", "theme_id": "budget", "name": "Budget"},
        {"op": "merge_themes", "source_id": "approval-issues", "target_id": "budget"},
        {"op": "delete_theme", "theme_id": "budget"},
        {
            "op": "move_note",
            "note_key": "s1/n1",
            "tags": ["approval_lag"],
            "from_id": "approval-issues",
            "to_id": "budget",
        },
    ]
)


@st.composite
def log_lines(draw: st.DrawFn, writer: str) -> bytes:
    header = {"format": "wfinterview.edits", "version": 1, "engagement": ENGAGEMENT}
    lines = [json.dumps({**header, "writer": writer})]
    for seq in range(1, draw(st.integers(1, 5)) + 1):
        seen = draw(
            st.dictionaries(st.sampled_from(["bob-2", "cara-3", "dan-4"]), st.integers(0, 6))
        )
        entry = {"seq": seq, "at": [draw(STAMPS), draw(st.integers(0, 3))], "seen": seen}
        lines.append(json.dumps({**entry, "edit": draw(EDITS)}))
    raw = "\n".join(lines).encode() + b"\n"
    if draw(st.booleans()):  # still arriving: cut anywhere
        raw = raw[: draw(st.integers(0, len(raw)))]
    return raw


@st.composite
def shared_folder(draw: st.DrawFn) -> list[tuple[str, str, bytes | str]]:
    """What to put where: (relative path, kind, bytes) — a plan of the folder, built the
    same way on each laptop (a named pipe cannot be copied)."""
    files: list[tuple[str, str, bytes | str]] = []
    session = factories.session("20261120-1000-jordan-ab12", engagement=ENGAGEMENT, ended=True)
    valid = session.model_dump_json(indent=1).encode()
    files.append(("sessions/20261120-1000-jordan-ab12.json", "file", valid))
    for number in range(draw(st.integers(0, 3))):
        kind = draw(st.sampled_from(KINDS))
        files.append((f"sessions/2026112{number}-1000-x-ab12.json", kind, valid))
    folder = EngagementStore(Path("engagements"), BUILTIN_TAGS, "x").folder_for(ENGAGEMENT)
    for writer in draw(st.lists(st.sampled_from(["bob-2", "cara-3", "dan-4"]), unique=True)):
        kind = draw(st.sampled_from(["file", "file", "file", *KINDS]))
        files.append((f"{folder}/edits-{writer}.jsonl", kind, draw(log_lines(writer))))
    if draw(st.booleans()):  # a sync tool's conflict copy of one of them
        files.append(
            (f"{folder}/edits-bob-2.sync-conflict-1.jsonl", "file", draw(log_lines("bob-2")))
        )
    return files


def build(data: Path, files: list[tuple[str, str, bytes | str]]) -> None:
    for relative, kind, raw in files:
        path = data / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        assert isinstance(raw, bytes)
        if kind == "file":
            path.write_bytes(raw)
        elif kind == "folder":
            path.mkdir()
        elif kind == "fifo":
            os.mkfifo(path)
        elif kind == "symlink":
            (data / f"{path.name}.target").write_bytes(raw)
            path.symlink_to(data / f"{path.name}.target")
        elif kind == "huge":
            with path.open("wb") as file:
                file.truncate(MAX_BYTES + 1)  # sparse: costs nothing to make
        elif kind == "deep":
            path.write_bytes(b"[" * 100_000 + b"]" * 100_000)
        else:
            path.write_bytes(b"\xff\xfe" + raw[: len(raw) // 2])


class Hung(Exception):
    pass


@contextmanager
def at_most(seconds: int) -> Iterator[None]:
    """Fail a command that does not end in time: a named pipe opened to read would hang."""

    def stop(signum: int, frame: FrameType | None) -> None:
        raise Hung(f"did not end within {seconds} s")

    previous = signal.signal(signal.SIGALRM, stop)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


COMMANDS = (
    ["list"],
    ["team"],
    ["report", "--all-engagements"],
    ["export", "--format", "json"],
    ["export", "--format", "md"],
)


def laptop(root: Path, writer: str, files: list[tuple[str, str, bytes | str]]) -> list[object]:
    """What one laptop says of the folder: each command's exit code and output."""
    data, config = root / writer / "data", root / writer / "config"
    build(data, files)
    config.mkdir(parents=True)
    (config / "writer.toml").write_text(f'writer = "{writer}"\n')
    said: list[object] = []
    saved = {k: os.environ.get(k) for k in ("WFINTERVIEW_DATA_DIR", "WFINTERVIEW_CONFIG_DIR")}
    os.environ["WFINTERVIEW_DATA_DIR"], os.environ["WFINTERVIEW_CONFIG_DIR"] = (
        str(data),
        str(config),
    )
    try:
        for command in COMMANDS:
            with at_most(10):
                code, out, err = run(*command)
            assert code in (0, 1, 2), (command, err)
            assert "Traceback" not in out + err, (command, err)
            out, err = (text.replace(str(data), "DATA") for text in (out, err))
            # What names the moment it ran (an export's time, a report's date, how far
            # ahead a wrong clock is of now) may read otherwise a moment later.
            out = MOMENTS.sub("(now)", out)
            if command == ["team"]:
                lines = out.splitlines()
                out = "\n".join(
                    lines[lines.index("Needs attention:") :] if "Needs attention:" in lines else []
                )
            said.append((command, code, out, err))
        with at_most(10):
            store = EngagementStore(
                data / "engagements", BUILTIN_TAGS, writer, root / writer / "locks"
            )
            plan = store.plan(ENGAGEMENT)  # the merge itself, never a traceback
        said.append(plan.file.model_dump_json())
    finally:
        for key, value in saved.items():
            if value is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = value
    return said


@settings(max_examples=max(3, settings().max_examples // 10))
@given(shared_folder())
@example([("sessions/x.json", "fifo", b""), ("sessions/y.json", "deep", b"")])
def test_two_laptops_with_any_teammate_folder_end_cleanly_and_agree(
    files: list[tuple[str, str, bytes | str]],
) -> None:
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        first, second = (laptop(root, writer, files) for writer in LAPTOPS)
    assert first == second
