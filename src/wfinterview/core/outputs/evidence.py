"""What the report shows a client per theme: evidence chosen for breadth, and the themes
ranked by how many people raised them.

A theme backed by three quotes from one talkative person reads as a pattern when it is
one voice. So evidence is picked one quote per person at most, from as many roles as
there are before any role speaks twice, verbatim quotes before paraphrases, and a text
said twice (the same words from two people, or a note typed twice) is shown once.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass

from wfinterview.core.synthesis.corpus import Corpus, Count, Filters, NoteRef, Person
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
) -> list[ThemeEvidence]:
    """Every theme with notes, most people first, each with its broadest evidence."""
    counts = corpus.theme_counts(filters, boards)
    candidates: dict[str, dict[Person, list[NoteRef]]] = {name: {} for name in counts}
    for ref in corpus.notes(filters):
        board = boards[ref.session.engagement]
        for theme_id in ref.themes_in(boards):
            pool = candidates[board.theme(theme_id).name].setdefault(ref.person, [])
            if len(pool) < _PER_PERSON or (
                ref.note.get("quote") and not all(r.note.get("quote") for r in pool)
            ):
                pool.append(ref)
    ranked = sorted(
        counts.items(), key=lambda item: (-item[1].participants, -item[1].notes, item[0])
    )
    return [
        ThemeEvidence(name, count, pick_evidence(candidates[name], limit)) for name, count in ranked
    ]


def pick_evidence(by_person: Mapping[Person, list[NoteRef]], limit: int) -> list[NoteRef]:
    """At most one note per person: the least heard role first, then quotes, then the
    person heard first; never a text already chosen."""
    chosen: list[NoteRef] = []
    texts: set[str] = set()
    roles: Counter[str] = Counter()
    people = list(by_person.items())  # in interview order
    taken: set[Person] = set()
    while len(chosen) < limit:
        best: tuple[tuple[int, int, int], Person, NoteRef] | None = None
        for order, (person, refs) in enumerate(people):
            if person in taken:
                continue
            fresh = [r for r in refs if same_text(r.note["text"]) not in texts | {""}]
            if not fresh:
                continue
            ref = next((r for r in fresh if r.note.get("quote")), fresh[0])
            rank = (roles[ref.session.participant.role], 0 if ref.note.get("quote") else 1, order)
            if best is None or rank < best[0]:
                best = (rank, person, ref)
        if best is None:
            break
        _, person, ref = best
        chosen.append(ref)
        taken.add(person)
        texts.add(same_text(ref.note["text"]))
        roles[ref.session.participant.role] += 1
    return chosen
