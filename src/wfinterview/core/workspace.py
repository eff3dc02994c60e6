"""Everything a command or the app works with: folders, config, agendas, sessions."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property

from wfinterview.core.agendas import AgendaCatalog
from wfinterview.core.config import Config, load_config
from wfinterview.core.paths import Paths
from wfinterview.core.store import SessionStore


@dataclass
class Workspace:
    paths: Paths

    @cached_property
    def config(self) -> Config:
        return load_config(self.paths.config_file)

    @cached_property
    def catalog(self) -> AgendaCatalog:
        return AgendaCatalog(self.paths.user_agendas_dir)

    @cached_property
    def store(self) -> SessionStore:
        return SessionStore(self.paths.sessions_dir)

