"""Everything a command or the app works with: folders, config, agendas, sessions."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property
from typing import TYPE_CHECKING

from wfinterview.core.framework.errors import UserError
from wfinterview.core.setup.config import Config, load_config
from wfinterview.core.storage.paths import Paths
from wfinterview.core.storage.store import SessionFileProblem, SessionStore

# What a command does not use is imported when it is first used: `list` never reads an
# agenda, the cockpit never builds synthesis.
if TYPE_CHECKING:
    from wfinterview.core.plan.engagements import EngagementStore
    from wfinterview.core.setup.agendas import AgendaCatalog
    from wfinterview.core.storage.store import LoadResult
    from wfinterview.core.synthesis.corpus import Corpus
    from wfinterview.core.synthesis.findings_cache import FindingsCache
    from wfinterview.core.synthesis.vocabulary import Vocabulary
    from wfinterview.core.workspace.listing import SessionSummary


@dataclass
class Workspace:
    paths: Paths

    @cached_property
    def config(self) -> Config:
        return load_config(self.paths.config_file)

    @cached_property
    def catalog(self) -> AgendaCatalog:
        from wfinterview.core.setup.agendas import AgendaCatalog

        return AgendaCatalog(self.paths.user_agendas_dir)

    @cached_property
    def store(self) -> SessionStore:
        return SessionStore(self.paths.sessions_dir, self.paths.locks_dir)

    @cached_property
    def engagements(self) -> EngagementStore:
        from wfinterview.core.plan.engagements import EngagementStore

        return EngagementStore(
            self.paths.engagements_dir,
            self.config.all_tags(),
            self.paths.writer,
            self.paths.locks_dir,
            self.paths.cache_dir,
        )

    @cached_property
    def vocabulary(self) -> Vocabulary:
        """The tools, workarounds and teams findings look for, the user's tools added."""
        from wfinterview.core.synthesis.vocabulary import Vocabulary

        return Vocabulary().with_tools(self.config.tools)

    def list_sessions(self) -> LoadResult[SessionSummary]:
        """What `list` shows of every readable session, newest first, and the files skipped;
        unchanged files come from the listing index instead of being validated again."""
        from wfinterview.core.workspace.listing import list_sessions

        return list_sessions(self.store, self.paths.cache_dir / "listing.json")

    def load_corpus(self) -> tuple[Corpus, list[SessionFileProblem]]:
        """Every readable session as synthesis reads it, and the files it had to skip."""
        from wfinterview.core.storage.stamps import stamps_in
        from wfinterview.core.synthesis.corpus import Corpus
        from wfinterview.core.synthesis.digest import SessionDigest

        before = stamps_in(self.store.dir)
        result = self.store.load_all(SessionDigest)
        # A file saved while it was read has two stamps: it gets none, so no cache keyed
        # by stamp (findings_cache.py) answers for it with what it held before.
        after = stamps_in(self.store.dir)
        stamps = {name: stamp for name, stamp in before.items() if after.get(name) == stamp}
        return Corpus(result.sessions, self.config.all_tags(), stamps), result.problems

    def findings_cache(self, corpus: Corpus) -> FindingsCache:
        """Where the findings keep each unchanged session's reading (findings_cache.py)."""
        from wfinterview.core.synthesis.findings_cache import FindingsCache

        return FindingsCache(self.paths.cache_dir / "findings.json", corpus.stamps)


def check_engagement(corpus: Corpus, engagement: str | None) -> None:
    if engagement is not None and engagement not in corpus.engagements():
        known = ", ".join(repr(e) for e in corpus.engagements()) or "none yet"
        raise UserError(f"no sessions in engagement '{engagement}' (engagements: {known})")
