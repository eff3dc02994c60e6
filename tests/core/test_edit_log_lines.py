"""An edit log read line by line (core/plan/edit_log.py), on bytes written by hand: a file
still arriving, one that is no log, blank and damaged lines among whole ones, and which
names are logs at all."""

from __future__ import annotations

from pathlib import Path

import pytest

from wfinterview.core.plan.edit_log import (
    Entry,
    LogFile,
    Logged,
    LogHeader,
    kind_of,
    parse_log,
    read_log,
)
from wfinterview.core.plan.edits import AddStage

PATH = Path("edits-anna-1.jsonl")
HEADER = LogHeader(engagement="Acme", writer="anna-1").model_dump_json().encode()
LEGAL = Entry(seq=1, at=(5, 0), edit=AddStage(name="Legal", target_days=2))
BRAND = Entry(seq=2, at=(6, 0), edit=AddStage(name="Brand", target_days=1))
NOT_A_LOG = (
    f"{PATH}: is not a wfinterview edit log (or is from a newer wfinterview); it was left as it is"
)


def line(entry: Entry) -> bytes:
    return entry.model_dump_json().encode()


@pytest.mark.parametrize("raw", [b"", b"\n", b"  \n", HEADER[:20]])
def test_a_file_with_no_whole_header_yet_is_still_arriving(raw: bytes) -> None:
    assert parse_log(PATH, raw) == LogFile(PATH, None, [], [], cut=True)


def test_a_file_that_is_no_log_is_left_alone() -> None:
    assert parse_log(PATH, b"garbage\n") == LogFile(PATH, None, [], [NOT_A_LOG])
    assert parse_log(PATH, b"garbage\nmore") == LogFile(PATH, None, [], [NOT_A_LOG])


def test_blank_lines_are_skipped_and_a_damaged_one_does_not_stop_the_rest() -> None:
    header = LogHeader(engagement="Acme", writer="anna-1")
    raw = HEADER + b"\n\n" + b"{half\n" + line(LEGAL) + b"\n\n" + line(BRAND) + b"\n"
    assert parse_log(PATH, raw) == LogFile(
        PATH,
        header,
        [Logged("anna-1", LEGAL, line(LEGAL)), Logged("anna-1", BRAND, line(BRAND))],
        [f"{PATH}: line 3 cannot be read; it was skipped"],
    )
    cut = parse_log(PATH, HEADER + b"\n" + line(LEGAL) + b"\n" + line(BRAND)[:9])
    assert (len(cut.logged), cut.problems, cut.cut) == (1, [], True)


def test_a_log_that_cannot_be_read_says_why(tmp_path: Path) -> None:
    (tmp_path / "edits-anna-1.jsonl").mkdir()
    path = tmp_path / "edits-anna-1.jsonl"
    assert read_log(path) == LogFile(path, None, [], [f"{path}: is a folder, not a file"])
    path = tmp_path / "edits-bob-2.jsonl"
    path.write_bytes(HEADER + b"\n" + line(LEGAL) + b"\n")
    assert read_log(path) == LogFile(
        path,
        LogHeader(engagement="Acme", writer="anna-1"),
        [Logged("anna-1", LEGAL, line(LEGAL))],
        [],
    )


@pytest.mark.parametrize(
    "name", ["edits-anna-1.txt", "notes.jsonl", "plan-anna-1.txt", "acme.json", "edits.json"]
)
def test_only_both_ends_of_a_name_make_a_log_or_a_view(name: str) -> None:
    assert kind_of(name) == "other"
