"""Invariants of synthesis and anonymization over corpora hypothesis makes up.

People never outnumber notes; the fast count (per set of tags) and the slow one (note by
note) agree; every tagged note lands in a theme or in "no theme"; and an anonymized text
keeps no name part of anyone interviewed.
"""

from __future__ import annotations

import os
import re
from datetime import timedelta
from functools import cache

from hypothesis import given, settings, strategies as st

from tests import factories
from tests.core.exact_corpus import digest
from wfinterview.core.framework.content import BUILTIN_TAGS
from wfinterview.core.framework.models import Participant
from wfinterview.core.synthesis.anonymize import Pseudonyms
from wfinterview.core.synthesis.corpus import Corpus, Filters
from wfinterview.core.synthesis.digest import DigestNote, SessionDigest
from wfinterview.core.synthesis.themes import ThemeBoard

# A mutation run (benchmarks/mutation.py) runs these once per planted bug: fewer examples
# there still find a broken count, and keep the run affordable.
quick = settings(max_examples=15) if os.environ.get("WFINTERVIEW_MUTATION") else settings()

TAG_KEYS = [tag.key for tag in BUILTIN_TAGS]
ROLES = ["Campaign Lead", "Marketing Ops / Tech"]
ENGAGEMENTS = ["Acme", "Globex"]
# "name" is left out: "[name]" stands for a first name two people share.
NAME_PART = st.text("abcdefghijklmnopqrstuvwxyz", min_size=1, max_size=7).filter(
    lambda part: part != "name"
)
NAMES = st.lists(NAME_PART, min_size=1, max_size=3).map(lambda parts: " ".join(parts).title())


@cache
def template() -> SessionDigest:
    return digest(factories.session("template", "Template"), 0)


NOTES = st.lists(
    st.tuples(st.lists(st.sampled_from(TAG_KEYS), max_size=3), st.booleans()), max_size=6
)
SESSIONS = st.lists(
    st.tuples(NAMES, st.sampled_from(ROLES), st.sampled_from(ENGAGEMENTS), NOTES),
    min_size=1,
    max_size=8,
)


def build(drawn: list[tuple[str, str, str, list[tuple[list[str], bool]]]]) -> Corpus:
    sessions = []
    for number, (name, role, engagement, notes) in enumerate(drawn):
        made: list[DigestNote] = [
            {"id": f"n{i}", "step": "approvals", "at": float(i), "text": f"x {i}", "tags": tags}
            for i, (tags, _) in enumerate(notes)
        ]
        sessions.append(
            template().model_copy(
                update={
                    "id": f"s{number}",
                    "engagement": engagement,
                    "round": 1 + number % 2,
                    "participant": Participant(name=name, role=role),
                    "notes": made,
                    "started_at": template().started_at + timedelta(hours=number),
                }
            )
        )
    return Corpus(sessions, BUILTIN_TAGS)


@quick
@given(SESSIONS, st.sampled_from([None, *ENGAGEMENTS]), st.sampled_from([None, 1, 2]))
def test_people_never_outnumber_notes_and_both_counts_agree(drawn, engagement, round_) -> None:  # type: ignore[no-untyped-def]
    corpus = build(drawn)
    fast = corpus.matrix(Filters(engagement=engagement, round=round_))
    slow = corpus.matrix(Filters(engagement=engagement, round=round_, text="x"))  # every note
    for tag in fast.tags:
        for role in fast.roles:
            cell = fast.cell(tag.key, role)
            assert cell.participants <= cell.notes
            assert (cell.notes, cell.people) == (
                slow.cell(tag.key, role).notes,
                slow.cell(tag.key, role).people,
            )
        row = fast.rows[tag.key]
        assert row.notes == sum(fast.cell(tag.key, role).notes for role in fast.roles)
        assert row.participants <= row.notes
        # A note counts once per tag however often the tag is listed on it.
        assert row.notes == len(
            list(corpus.notes(Filters(engagement=engagement, round=round_), tag=tag.key))
        )


EDITS = st.lists(
    st.tuples(st.sampled_from(["move", "remove", "merge", "create"]), st.integers(0, 50)),
    max_size=8,
)


@quick
@given(SESSIONS, EDITS)
def test_every_tagged_note_is_in_a_theme_or_in_no_theme(drawn, edits) -> None:  # type: ignore[no-untyped-def]
    corpus = build(drawn)
    boards = {e: ThemeBoard.starting(BUILTIN_TAGS) for e in ENGAGEMENTS}
    refs = list(corpus.notes(Filters()))
    for kind, pick in edits:
        board = boards[ENGAGEMENTS[pick % 2]]
        themes = board.themes
        if kind == "create":
            board.create(f"Theme {pick}") if not board.find_by_name(f"Theme {pick}") else None
        elif kind == "merge" and len(themes) > 1:
            board.merge(themes[pick % len(themes)].id, themes[(pick + 1) % len(themes)].id)
        elif refs and themes:
            ref = refs[pick % len(refs)]
            target = themes[pick % len(themes)].id
            own = boards[ref.session.engagement]
            if kind == "move" and target in {t.id for t in own.themes}:
                own.move(ref.key, ref.tags, None, target)
            elif kind == "remove":
                own.remove(ref.key, ref.tags, target)
    counts = corpus.theme_counts(Filters(), boards)
    for engagement, board in boards.items():
        scope = Filters(engagement=engagement)
        tagged = {r.key for r in corpus.notes(scope) if r.tags}
        no_theme = {r.key for r in corpus.theme_notes(scope, board, None)}
        themed: set[str] = set()
        for theme in board.themes:
            keys = {r.key for r in corpus.theme_notes(scope, board, theme.id)}
            themed |= keys
            here = corpus.theme_counts(scope, boards).get(theme.name)
            assert (here.notes if here else 0) == len(keys)
        assert tagged <= themed | no_theme
        assert not no_theme & themed
        ids = {t.id for t in board.themes}
        for placed in board.placements.values():
            assert set(placed) <= ids  # never a deleted theme
    for count in counts.values():
        assert count.participants <= count.notes


WORDS = st.sampled_from(["the", "brief", "waits", "on", "legal", "x", "Q3", "and"])


@quick
@given(st.lists(NAMES, min_size=1, max_size=5), st.data())
def test_anonymized_text_keeps_no_name_part(names, data) -> None:  # type: ignore[no-untyped-def]
    sessions = [
        template().model_copy(
            update={"id": f"s{i}", "participant": Participant(name=name, role=ROLES[0])}
        )
        for i, name in enumerate(names)
    ]
    parts = sorted({p for name in names for p in name.casefold().split() if len(p) >= 2})
    said = st.sampled_from([*parts, *(n.upper() for n in names)]) if parts else WORDS
    words = data.draw(st.lists(st.one_of(WORDS, said), max_size=12))
    separators = data.draw(st.lists(st.sampled_from([" ", ", ", "\n", "  ", ". "]), min_size=12))
    text = "".join(w + s for w, s in zip(words, separators, strict=False))
    hidden = Pseudonyms(sessions).text(sessions[0], text).casefold()
    for part in parts:
        assert not re.search(rf"(?<!\w){re.escape(part)}(?!\w)", hidden), (part, text, hidden)
