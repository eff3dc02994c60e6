"""What every command needs: the folders, the user's config, the agendas, the store."""

from __future__ import annotations

import argparse
import sys
from dataclasses import dataclass
from functools import cached_property

from rich.console import Console

from wfinterview.core.agendas import AgendaCatalog
from wfinterview.core.config import Config, load_config
from wfinterview.core.paths import Paths
from wfinterview.core.store import SessionStore


@dataclass
class Context:
    paths: Paths

    @classmethod
    def from_args(cls, args: argparse.Namespace) -> Context:
        return cls(Paths.resolve(getattr(args, "data_dir", None)))

    @cached_property
    def config(self) -> Config:
        return load_config(self.paths.config_file)

    @cached_property
    def catalog(self) -> AgendaCatalog:
        return AgendaCatalog(self.paths.user_agendas_dir)

    @cached_property
    def store(self) -> SessionStore:
        return SessionStore(self.paths.sessions_dir)


def console() -> Console:
    """Rich output for a terminal; on a pipe, tables keep their natural width instead of
    folding at 80 columns, so scripts and `grep` see one row per line."""
    return Console(highlight=False, width=None if sys.stdout.isatty() else 10_000)
