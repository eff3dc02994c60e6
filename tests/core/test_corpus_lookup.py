"""A cell's notes, looked up through the per-session tag index, are exactly the notes a
plain scan of every note finds, in the same order (hand-made corpora of random tags)."""

from __future__ import annotations

from hypothesis import given, strategies as st

from tests import factories
from wfinterview.core.framework.content import BUILTIN_TAGS
from wfinterview.core.synthesis.corpus import Corpus, Filters
from wfinterview.core.synthesis.digest import SessionDigest

KEYS = [tag.key for tag in BUILTIN_TAGS]
tag_lists = st.lists(st.sampled_from(KEYS), max_size=3)  # repeats on purpose


def _corpus(sessions: list[list[list[str]]]) -> Corpus:
    digests = []
    for number, notes in enumerate(sessions):
        session = factories.session(
            f"s{number}",
            f"P{number % 3}",
            ("campaign", "ops")[number % 2],
            [factories.note(f"note {number}.{i}", "role", i, tags) for i, tags in enumerate(notes)],
        )
        digests.append(SessionDigest.model_validate_json(session.model_dump_json()))
    return Corpus(digests, BUILTIN_TAGS)


@given(
    st.lists(st.lists(tag_lists, max_size=6), min_size=1, max_size=5),
    st.sampled_from([None, *KEYS]),
    st.sampled_from([None, *KEYS]),
    st.sampled_from(["", "note 1", "NOTE"]),
)
def test_cell_notes_match_a_plain_scan(
    sessions: list[list[list[str]]], filter_tag: str | None, cell_tag: str | None, text: str
) -> None:
    corpus = _corpus(sessions)
    filters = Filters(tag=filter_tag, text=text)
    wanted = {t for t in (filter_tag, cell_tag) if t}
    for role in (None, "Campaign Lead", "Marketing Ops / Tech"):
        expected = [
            (s.id, note["id"])
            for s in corpus.sessions
            if role is None or s.participant.role == role
            for note in s.notes
            if wanted.issubset(note.get("tags", ())) and text.casefold() in note["text"].casefold()
        ]
        found = [(ref.session.id, ref.note["id"]) for ref in corpus.notes(filters, cell_tag, role)]
        assert found == expected
