"""Patterns across interviews: who raised what, for which roles, and how it changed.

Counts come in pairs, notes and distinct participants, so that one talkative person
does not look like a pattern. The matrix is summed from per-session tag counts, which
keeps a filter change cheap even over a hundred thousand notes; only a free-text
search reads the notes themselves.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence, Set
from dataclasses import dataclass, field
from typing import NamedTuple

from wfinterview.core.framework.content import Tag
from wfinterview.core.interview.wishes import is_wish
from wfinterview.core.storage.stamps import Stamp
from wfinterview.core.synthesis.digest import DigestNote, SessionDigest
from wfinterview.core.synthesis.themes import ThemeBoard

Person = tuple[str, str]  # (engagement, folded name): the same name in two clients is two people
# Typed words -> (the sessions answered for, session id -> positions of the notes that match)
WordMatch = tuple[Set[str], Mapping[str, Sequence[int]]]
WordMatcher = Callable[[str], WordMatch]


@dataclass(frozen=True)
class Filters:
    engagement: str | None = None
    round: int | None = None
    role: str | None = None
    tag: str | None = None
    participant: str = ""  # any part of the name, any case
    text: str = ""  # any part of the note, any case


class NoteRef(NamedTuple):
    """One note and the session it was said in (a tuple: lists of them are built often)."""

    session: SessionDigest
    note: DigestNote

    @property
    def key(self) -> str:
        return f"{self.session.id}/{self.note['id']}"

    @property
    def tags(self) -> list[str]:
        return self.note.get("tags", [])

    @property
    def person(self) -> Person:
        return person_of(self.session)

    def themes_in(self, boards: Mapping[str, ThemeBoard]) -> list[str]:
        return boards[self.session.engagement].themes_of(self.key, self.tags)


def is_digest_wish(note: DigestNote) -> bool:
    return is_wish(note["step"], note.get("tags", ()), note.get("follow_up", False))


def person_of(session: SessionDigest) -> Person:
    return (session.engagement, session.participant.name.casefold())


def _per_tag(tag_sets: Counter[tuple[str, ...]]) -> Counter[str]:
    counts: Counter[str] = Counter()
    for tag_set, notes in tag_sets.items():
        for key in dict.fromkeys(tag_set):  # a tag typed twice on one note counts once
            counts[key] += notes
    return counts


@dataclass
class Count:
    notes: int = 0
    people: set[Person] = field(default_factory=set)
    roles: set[str] = field(default_factory=set)

    @property
    def participants(self) -> int:
        return len(self.people)

    def add(self, person: Person, role: str, notes: int = 1) -> None:
        self.notes += notes
        self.people.add(person)
        self.roles.add(role)


@dataclass
class Matrix:
    tags: tuple[Tag, ...]
    roles: tuple[str, ...]
    cells: dict[tuple[str, str], Count]
    rows: dict[str, Count]  # per tag, across roles
    interviewed: dict[str, set[Person]]  # per role: everyone in the selection

    def cell(self, tag: str, role: str) -> Count:
        return self.cells.get((tag, role)) or Count()


@dataclass(frozen=True)
class Pattern:
    label: str
    kind: str  # "tag" or "theme"
    count: Count


@dataclass(frozen=True)
class RoundSide:
    share: float  # of the round's participants, how many raised it
    per_interview: float  # notes about it per interview


@dataclass(frozen=True)
class RoundChange:
    label: str
    before: RoundSide
    after: RoundSide

    @property
    def change(self) -> float:
        return self.after.share - self.before.share

    @property
    def notes_change(self) -> float:
        return self.after.per_interview - self.before.per_interview


class Corpus:
    def __init__(
        self,
        sessions: Iterable[SessionDigest],
        tags: Sequence[Tag],
        stamps: Mapping[str, Stamp] | None = None,
    ) -> None:
        self.sessions = sorted(sessions, key=lambda s: s.started_at)
        # Session id -> its file's stamp, taken before it was read: what the findings cache
        # (findings_cache.py) keys each session's reading by. Empty: nothing is cached.
        self.stamps: Mapping[str, Stamp] = stamps or {}
        self.tags = tuple(tags)
        self.tag_by_key = {tag.key: tag for tag in self.tags}
        # Notes per distinct set of tags: a session has a few dozen sets at most, so tags and
        # themes (which follow from tags) are counted per set instead of per note.
        self._tag_sets = [Counter(tuple(n.get("tags", ())) for n in s.notes) for s in self.sessions]
        self._tag_counts = [_per_tag(tag_sets) for tag_sets in self._tag_sets]
        self._people = [person_of(s) for s in self.sessions]
        self._folded: list[list[str]] | None = None
        self._by_id: dict[str, SessionDigest] | None = None
        self._by_tag: list[dict[str, list[int]]] | None = None
        # Where the local index answers for typed words (core/workspace/index/queries.py
        # `words_matcher`): the sessions it answers for, and their matching notes' positions;
        # any other session is searched here, the text as any part of a note. None: all are.
        self.match_words: WordMatcher | None = None
        self._matched: tuple[str, WordMatch] | None = None

    # -- what there is to filter by --------------------------------------------------

    def engagements(self) -> list[str]:
        return sorted({s.engagement for s in self.sessions})

    def rounds(self, engagement: str | None = None) -> list[int]:
        return sorted(
            {s.round for s in self.sessions if engagement is None or s.engagement == engagement}
        )

    def roles(self) -> list[str]:
        return sorted({s.participant.role for s in self.sessions})

    # -- selecting ---------------------------------------------------------------------

    def session_indices(self, filters: Filters) -> list[int]:
        who = filters.participant.casefold().strip()
        return [
            index
            for index, s in enumerate(self.sessions)
            if (filters.engagement is None or s.engagement == filters.engagement)
            and (filters.round is None or s.round == filters.round)
            and (filters.role is None or s.participant.role == filters.role)
            and (not who or who in s.participant.name.casefold())
        ]

    def notes(
        self,
        filters: Filters,
        tag: str | None = None,
        role: str | None = None,
        keep: Callable[[DigestNote], bool] | None = None,
    ) -> Iterator[NoteRef]:
        """The notes the filters select, in interview order; `tag` and `role` narrow to a cell."""
        needle = filters.text.casefold().strip()
        matched = self._words(filters.text) if needle and self.match_words else None
        wanted = {t for t in (filters.tag, tag) if t}
        for index in self.session_indices(filters):
            session = self.sessions[index]
            if role is not None and session.participant.role != role:
                continue
            if wanted and not all(self._tag_counts[index][t] for t in wanted):
                continue  # the session never raised it: skip its notes unread
            notes = session.notes
            positions: Sequence[int]
            if matched is not None and session.id in matched[0]:
                positions, texts = matched[1].get(session.id, ()), None
                several = bool(wanted)  # matched by words: the tags are checked here
            else:
                texts = self._folded_texts()[index] if needle else None
                several = len(wanted) > 1  # with one, every note looked at carries it
                if wanted:
                    # Only the notes carrying the rarest wanted tag are looked at: a cell's
                    # notes are a small part of a session's.
                    by_tag = self._notes_by_tag()[index]
                    positions = min((by_tag[t] for t in wanted), key=len)
                else:
                    positions = range(len(notes))
            for position in positions:
                note = notes[position]
                if several and not wanted.issubset(note.get("tags", ())):
                    continue
                if texts is not None and needle not in texts[position]:
                    continue
                if keep is None or keep(note):
                    yield NoteRef(session, note)

    def _words(self, text: str) -> WordMatch:
        """The index's answer for `text`, asked once per text typed (the status line and
        the tab shown both ask)."""
        assert self.match_words is not None
        if self._matched is None or self._matched[0] != text:
            self._matched = (text, self.match_words(text))
        return self._matched[1]

    def refs_for(self, keys: Iterable[str]) -> list[NoteRef]:
        """The notes named `SESSION_ID/NOTE_ID` that still exist, looked up directly."""
        if self._by_id is None:
            self._by_id = {s.id: s for s in self.sessions}
        refs = []
        for key in keys:
            session_id, _, note_id = key.partition("/")
            session = self._by_id.get(session_id)
            note = next((n for n in session.notes if n["id"] == note_id), None) if session else None
            if session is not None and note is not None:
                refs.append(NoteRef(session, note))
        return refs

    def _notes_by_tag(self) -> list[dict[str, list[int]]]:
        """Per session, each tag's note positions in interview order (built on first use)."""
        if self._by_tag is None:
            self._by_tag = []
            for session in self.sessions:
                by_tag: dict[str, list[int]] = defaultdict(list)
                for position, note in enumerate(session.notes):
                    for key in dict.fromkeys(note.get("tags", ())):
                        by_tag[key].append(position)
                self._by_tag.append(by_tag)
        return self._by_tag

    def _folded_texts(self) -> list[list[str]]:
        if self._folded is None:
            self._folded = [[n["text"].casefold() for n in s.notes] for s in self.sessions]
        return self._folded

    # -- what the consultant reads -------------------------------------------------------

    def matrix(self, filters: Filters) -> Matrix:
        shown = tuple(t for t in self.tags if filters.tag is None or t.key == filters.tag)
        matrix = Matrix(shown, (), {}, {t.key: Count() for t in shown}, defaultdict(set))
        keys = {t.key for t in shown}
        if filters.text.strip():
            for index in self.session_indices(filters):
                session = self.sessions[index]
                matrix.interviewed[session.participant.role].add(person_of(session))
            for ref in self.notes(filters):
                for key in dict.fromkeys(ref.tags):  # a tag typed twice on one note counts once
                    if key in keys:
                        self._count(matrix, key, ref.session.participant.role, ref.person, 1)
        else:
            for index in self.session_indices(filters):
                role, person = self.sessions[index].participant.role, self._people[index]
                matrix.interviewed[role].add(person)
                for key, notes in self._tag_counts[index].items():
                    if key in keys:
                        self._count(matrix, key, role, person, notes)
        matrix.roles = tuple(sorted(matrix.interviewed))
        return matrix

    @staticmethod
    def _count(matrix: Matrix, key: str, role: str, person: Person, notes: int) -> None:
        cell = matrix.cells.get((key, role))
        if cell is None:
            cell = matrix.cells[(key, role)] = Count()
        cell.add(person, role, notes)
        matrix.rows[key].add(person, role, notes)

    def quotes(self, filters: Filters) -> Iterator[NoteRef]:
        return self.notes(filters, keep=lambda n: n.get("quote", False))

    def wishes(self, filters: Filters) -> Iterator[NoteRef]:
        """Magic-wand wishes, by the one rule every place uses (core/interview/wishes.py)."""
        return self.notes(filters, keep=is_digest_wish)

    def follow_ups(self, filters: Filters) -> Iterator[NoteRef]:
        return self.notes(filters, keep=lambda n: n.get("follow_up", False))

    def theme_counts(self, filters: Filters, boards: Mapping[str, ThemeBoard]) -> dict[str, Count]:
        """Per theme name: notes, participants and roles, each engagement's own grouping applied."""
        counts: dict[str, Count] = defaultdict(Count)
        names = {
            engagement: {t.id: t.name for t in board.themes} for engagement, board in boards.items()
        }

        def count(
            session: SessionDigest, person: Person, theme_ids: list[str], notes: int = 1
        ) -> None:
            for theme_id in theme_ids:
                counts[names[session.engagement][theme_id]].add(
                    person, session.participant.role, notes
                )

        if filters.text.strip():
            for ref in self.notes(filters):
                count(ref.session, ref.person, ref.themes_in(boards))
            return dict(counts)
        placed = {engagement: board.placed_sessions() for engagement, board in boards.items()}
        for index in self.session_indices(filters):
            session, person = self.sessions[index], self._people[index]
            board = boards[session.engagement]
            if session.id in placed[session.engagement]:
                for note in session.notes:
                    tags = note.get("tags", [])
                    if filters.tag is None or filters.tag in tags:
                        count(session, person, board.themes_of(f"{session.id}/{note['id']}", tags))
                continue
            for tag_set, notes in self._tag_sets[index].items():
                if filters.tag is None or filters.tag in tag_set:
                    count(session, person, board.themes_of_tags(tag_set), notes)
        return dict(counts)

    def theme_notes(
        self, filters: Filters, board: ThemeBoard, theme_id: str | None
    ) -> Iterator[NoteRef]:
        """The notes of one theme (None: the tagged notes in no theme) in one engagement."""

        def belongs(ref: NoteRef) -> bool:
            themes = board.themes_of(ref.key, ref.tags)
            return theme_id in themes if theme_id is not None else bool(ref.tags) and not themes

        return (ref for ref in self.notes(filters) if belongs(ref))

    def patterns(self, filters: Filters, boards: Mapping[str, ThemeBoard]) -> list[Pattern]:
        """Tags and themes ranked by how many people raised them, then roles, then notes."""
        matrix = self.matrix(filters)
        found = [
            Pattern(f"{t.emoji} {t.label}", "tag", matrix.rows[t.key])
            for t in matrix.tags
            if matrix.rows[t.key].notes
        ]
        found += [
            Pattern(name, "theme", count)
            for name, count in self.theme_counts(filters, boards).items()
        ]
        return sorted(
            found,
            key=lambda p: (-p.count.participants, -len(p.count.roles), -p.count.notes, p.label),
        )

    def round_changes(
        self, engagement: str, boards: Mapping[str, ThemeBoard]
    ) -> list[tuple[int, int, list[RoundChange]]]:
        """For each round after the first: each tag and theme, then against now."""
        rounds = self.rounds(engagement)
        result = []
        for before, after in zip(rounds, rounds[1:], strict=False):
            changes = []
            sides = [
                self._round_side(Filters(engagement=engagement, round=r), boards)
                for r in (before, after)
            ]
            labels = dict.fromkeys([*sides[0][2], *sides[1][2]])
            for label in labels:
                a, b = (
                    self._side(counts.get(label, Count()), people, interviews)
                    for people, interviews, counts in sides
                )
                changes.append(RoundChange(label, a, b))
            # People first (a pattern spreading), then intensity (the same people saying it more).
            changes.sort(key=lambda c: (-round(abs(c.change), 2), -abs(c.notes_change)))
            result.append((before, after, changes))
        return result

    def _round_side(
        self, filters: Filters, boards: Mapping[str, ThemeBoard]
    ) -> tuple[int, int, dict[str, Count]]:
        matrix = self.matrix(filters)
        people = len(set().union(*matrix.interviewed.values())) if matrix.interviewed else 0
        counts = {f"{t.emoji} {t.label}": matrix.rows[t.key] for t in matrix.tags}
        counts.update(
            {f"Theme: {name}": count for name, count in self.theme_counts(filters, boards).items()}
        )
        return people, len(self.session_indices(filters)), counts

    @staticmethod
    def _side(count: Count, people: int, interviews: int) -> RoundSide:
        return RoundSide(count.participants / max(people, 1), count.notes / max(interviews, 1))
