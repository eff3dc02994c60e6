"""The commands that open the app: home, `new` and `resume`."""

from __future__ import annotations

import argparse


def open_home(args: argparse.Namespace) -> int:
    raise NotImplementedError


def open_new(args: argparse.Namespace) -> int:
    raise NotImplementedError


def open_resume(args: argparse.Namespace) -> int:
    raise NotImplementedError
