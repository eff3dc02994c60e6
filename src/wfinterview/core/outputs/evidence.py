"""What the report shows a client per theme: evidence chosen for breadth, and the themes
ranked by how many people raised them.

A theme backed by three quotes from one talkative person reads as a pattern when it is
one voice. So evidence is picked one quote per person at most, from as many roles as
there are before any role speaks twice, verbatim quotes before paraphrases (quotes the
call's transcript confirms before those typed from memory), and a text said twice (the
same words from two people, or a note typed twice) is shown once.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Collection, Iterable, Iterator, Mapping
from dataclasses import dataclass
from itertools import groupby

from wfinterview.core.synthesis.corpus import Corpus, Count, Filters, NoteRef, Person, person_of
from wfinterview.core.synthesis.digest import DigestNote, SessionDigest
from wfinterview.core.synthesis.themes import ThemeBoard

EVIDENCE_PER_THEME = 3
# Candidates kept per person and theme: enough to step past a text someone else said too.
_PER_PERSON = 3


@dataclass(frozen=True)
class ThemeEvidence:
    name: str
    count: Count
    evidence: list[NoteRef]


def same_text(text: str) -> str:
    """The words of a note, compared the way a reader would: case and spacing ignored."""
    return " ".join(text.split()).casefold().strip(" .…!?\"'“”")


def themes_with_evidence(
    corpus: Corpus,
    boards: Mapping[str, ThemeBoard],
    filters: Filters,
    limit: int = EVIDENCE_PER_THEME,
    verified: Collection[str] = (),
) -> list[ThemeEvidence]:
    """Every theme with notes, most people first, each with its broadest evidence.

    `verified`: the quotes ("session id/note id") found word for word in their call's
    transcript (core/transcript/quotes.py)."""
    counts = corpus.theme_counts(filters, boards)
    candidates: dict[str, dict[Person, list[NoteRef]]] = {name: {} for name in counts}
    names = {e: {t.id: t.name for t in board.themes} for e, board in boards.items()}
    placed = {e: board.placed_sessions() for e, board in boards.items()}
    by_tags: dict[tuple[str, tuple[str, ...]], list[str]] = {}  # themes per tag set, reused
    for session, notes in _by_session(corpus, filters):
        engagement, person = session.engagement, person_of(session)
        board, theme_names = boards[engagement], names[engagement]
        by_hand = session.id in placed[engagement]
        pools: dict[str, list[NoteRef]] = {}  # this person's pool, per theme name
        for note in notes:
            tags = note.get("tags", [])
            if by_hand:
                theme_ids = board.themes_of(f"{session.id}/{note['id']}", tags)
            elif not tags:
                continue  # in no theme
            else:
                key = (engagement, tuple(tags))
                theme_ids = by_tags.get(key) or by_tags.setdefault(key, board.themes_of_tags(tags))
            for theme_id in theme_ids:
                name = theme_names[theme_id]
                pool = pools.get(name)
                if pool is None:
                    pool = pools[name] = candidates.setdefault(name, {}).setdefault(person, [])
                if len(pool) < _PER_PERSON:
                    pool.append(NoteRef(session, note))
                elif (weight := _weight(session, note, verified)) < 2:
                    # a quote takes the place of a paraphrase, a confirmed one of any other
                    spare = next(
                        (
                            i
                            for i, r in enumerate(pool)
                            if _weight(r.session, r.note, verified) > weight
                        ),
                        None,
                    )
                    if spare is not None:
                        pool[spare] = NoteRef(session, note)
    ranked = sorted(
        counts.items(), key=lambda item: (-item[1].participants, -item[1].notes, item[0])
    )
    return [
        ThemeEvidence(name, count, pick_evidence(candidates[name], limit, verified))
        for name, count in ranked
    ]


def _weight(session: SessionDigest, note: DigestNote, verified: Collection[str]) -> int:
    """0 a quote the transcript confirms, 1 another quote, 2 a paraphrase."""
    if not note.get("quote"):
        return 2
    return 0 if f"{session.id}/{note['id']}" in verified else 1


def _by_session(
    corpus: Corpus, filters: Filters
) -> Iterator[tuple[SessionDigest, Iterable[DigestNote]]]:
    """The selected notes, a session at a time; read straight from the sessions unless
    a tag or a text narrows them (the report's filters never do)."""
    if filters.tag is None and not filters.text.strip():
        for index in corpus.session_indices(filters):
            session = corpus.sessions[index]
            yield session, session.notes
        return
    for _, refs in groupby(corpus.notes(filters), key=lambda ref: ref.session.id):
        group = list(refs)
        yield group[0].session, [ref.note for ref in group]


def pick_evidence(
    by_person: Mapping[Person, list[NoteRef]], limit: int, verified: Collection[str] = ()
) -> list[NoteRef]:
    """At most one note per person: the least heard role first, then confirmed quotes,
    then quotes, then the person heard first; never a text already chosen."""
    chosen: list[NoteRef] = []
    texts: set[str] = set()
    roles: Counter[str] = Counter()
    people = list(by_person.items())  # in interview order
    words = {id(r): same_text(r.note["text"]) for refs in by_person.values() for r in refs}
    taken: set[Person] = set()
    while len(chosen) < limit:
        best: tuple[tuple[int, int, int], Person, NoteRef] | None = None
        for order, (person, refs) in enumerate(people):
            if person in taken:
                continue
            fresh = [r for r in refs if (t := words[id(r)]) and t not in texts]
            if not fresh:
                continue
            ref = min(fresh, key=lambda r: _weight(r.session, r.note, verified))
            weight = _weight(ref.session, ref.note, verified)
            rank = (roles[ref.session.participant.role], weight, order)
            if best is None or rank < best[0]:
                best = (rank, person, ref)
        if best is None:
            break
        _, person, ref = best
        chosen.append(ref)
        taken.add(person)
        texts.add(words[id(ref)])
        roles[ref.session.participant.role] += 1
    return chosen
