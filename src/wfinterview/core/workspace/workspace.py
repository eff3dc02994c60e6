"""Everything a command or the app works with: folders, config, agendas, sessions."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property
from typing import TYPE_CHECKING

from wfinterview.core.framework.errors import UserError
from wfinterview.core.storage.paths import Paths

# What a command does not use is imported when it is first used: `list` never reads an
# agenda, the cockpit never builds synthesis.
if TYPE_CHECKING:
    from wfinterview.core.plan.engagements import EngagementStore
    from wfinterview.core.setup.agendas import AgendaCatalog
    from wfinterview.core.setup.config import Config
    from wfinterview.core.storage.store import LoadResult, SessionFileProblem, SessionStore
    from wfinterview.core.synthesis.corpus import Corpus
    from wfinterview.core.synthesis.findings_cache import FindingsCache
    from wfinterview.core.synthesis.vocabulary import Vocabulary
    from wfinterview.core.workspace.index.session_index import SessionIndex
    from wfinterview.core.workspace.listing import SessionSummary


@dataclass
class Workspace:
    paths: Paths

    @cached_property
    def config(self) -> Config:
        from wfinterview.core.setup.config import load_config  # a warm `search` needs none

        return load_config(self.paths.config_file)

    @cached_property
    def catalog(self) -> AgendaCatalog:
        from wfinterview.core.setup.agendas import AgendaCatalog

        return AgendaCatalog(self.paths.user_agendas_dir)

    @cached_property
    def store(self) -> SessionStore:
        from wfinterview.core.storage.store import SessionStore  # only to read a file

        return SessionStore(self.paths.sessions_dir, self.paths.locks_dir)

    @cached_property
    def engagements(self) -> EngagementStore:
        from wfinterview.core.plan.engagements import EngagementStore
        from wfinterview.core.plan.sequences import SEQUENCES_FILE

        return EngagementStore(
            self.paths.engagements_dir,
            self.config.all_tags(),
            self.paths.writer,
            self.paths.locks_dir,
            self.paths.cache_dir,
            sequence_file=self.paths.config_dir / SEQUENCES_FILE,
        )

    @cached_property
    def vocabulary(self) -> Vocabulary:
        """The tools, workarounds and teams findings look for, the user's tools added."""
        from wfinterview.core.synthesis.vocabulary import Vocabulary

        return Vocabulary().with_tools(self.config.tools)

    @cached_property
    def index(self) -> SessionIndex:
        """This data folder's local index (core/workspace/index/), in the user's cache
        folder: what list, synthesis, the report and search ask instead of every file."""
        from wfinterview.core.workspace.index.session_index import SessionIndex

        paths = self.paths
        return SessionIndex(
            paths.index_file, paths.sessions_dir, paths.data_dir, lambda: self.store
        )

    def close(self) -> None:
        """Close the local index's connection, if it was opened (its file stays)."""
        if "index" in self.__dict__:
            self.index.close()

    def index_notices(self) -> list[str]:
        """What the index has to tell the user once (a damaged index rebuilt), taken."""
        if "index" not in self.__dict__:
            return []
        notices, self.index.notices = self.index.notices, []
        return notices

    def list_sessions(self) -> LoadResult[SessionSummary]:
        """What `list` shows of every readable session, newest first, and the files skipped;
        unchanged files come from the local index instead of being validated again."""
        from wfinterview.core.workspace.listing import listing_of

        return listing_of(self.index)

    def load_corpus(
        self, engagement: str | None = None, *, words: bool = False
    ) -> tuple[Corpus, list[SessionFileProblem]]:
        """Every readable session as synthesis reads it (only `engagement`'s, if given), and
        the files it had to skip: unchanged files from the local index, each under the stamp
        it was read with (a file saved while it was read gets none, so no cache keyed by
        stamp answers for it). `words`: typed words are matched by the index (its notes'
        words indexed now, in the caller's thread, if they are not yet)."""
        from wfinterview.core.synthesis.corpus import Corpus
        from wfinterview.core.workspace.index.rows import quiet_collector

        sessions, stamps, problems = self.index.digests(engagement)
        with quiet_collector():  # a few hundred thousand small objects, none in a cycle
            corpus = Corpus(sessions, self.config.all_tags(), stamps)
        if words:
            from wfinterview.core.workspace.index.notes import index_notes
            from wfinterview.core.workspace.index.queries import words_matcher

            self.index.query(index_notes)
            corpus.match_words = words_matcher(self.index, corpus.stamps)
        return corpus, problems

    def findings_cache(self, corpus: Corpus) -> FindingsCache:
        """Where the findings keep each unchanged session's reading (findings_cache.py):
        the local index's `readings`."""
        from wfinterview.core.synthesis.findings_cache import FindingsCache
        from wfinterview.core.workspace.index.readings import IndexedReadings

        return FindingsCache(IndexedReadings(self.index), corpus.stamps)


def check_engagement(corpus: Corpus, engagement: str | None) -> None:
    if engagement is not None and engagement not in corpus.engagements():
        known = ", ".join(repr(e) for e in corpus.engagements()) or "none yet"
        raise UserError(f"no sessions in engagement '{engagement}' (engagements: {known})")
