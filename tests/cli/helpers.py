from __future__ import annotations

import contextlib
import io
import os
import subprocess
import sys
from dataclasses import dataclass

import pytest

from wfinterview.cli import main


@dataclass
class Result:
    code: int
    out: str
    err: str


def run_main(capsys: pytest.CaptureFixture[str], *args: str) -> Result:
    """Run the command line through its entry point, as the console script does."""
    try:
        code = main(list(args))
    except SystemExit as exit_:  # argparse's own usage errors and --help
        code = int(exit_.code or 0)
    captured = capsys.readouterr()
    return Result(code, captured.out, captured.err)


def run_program(*args: str, input: str | None = None, env: dict[str, str] | None = None) -> Result:
    """Run `wfinterview` as a separate program, exactly as a user's shell would."""
    completed = subprocess.run(
        [sys.executable, "-m", "wfinterview", *args],
        capture_output=True,
        text=True,
        input=input,
        env={**os.environ, **(env or {})},
        timeout=60,
    )
    return Result(completed.returncode, completed.stdout, completed.stderr)


def demo_data(*args: str) -> None:
    """`wfinterview demo ARGS` run in this process, for a test about what comes after it:
    a program of its own costs 0.3 s of start-up (the demo as users run it is tested in
    test_demo.py)."""
    said = io.StringIO()
    with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(said):
        code = main(["demo", *args])
    assert code == 0, said.getvalue()
