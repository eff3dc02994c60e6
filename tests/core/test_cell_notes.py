"""A matrix cell under a tag filter: the notes carrying both tags, in interview order."""

from __future__ import annotations

from tests import factories
from tests.core.test_findings import n
from wfinterview.core.framework.content import BUILTIN_TAGS
from wfinterview.core.synthesis.corpus import Corpus, Filters
from wfinterview.core.synthesis.digest import SessionDigest

LAG, GHOST = "approval_lag", "ghost_ownership"


def test_a_cell_under_a_tag_filter_lists_the_notes_with_both_tags() -> None:
    session = factories.session(
        notes=[
            n("lag only", tags=[LAG]),
            n("both, first", tags=[LAG, GHOST]),
            n("ghost only", tags=[GHOST]),
            n("both, second", tags=[GHOST, LAG]),
        ]
    )
    corpus = Corpus([SessionDigest.model_validate_json(session.model_dump_json())], BUILTIN_TAGS)
    for tags in ((LAG, GHOST), (GHOST, LAG)):
        found = corpus.notes(Filters(tag=tags[0]), tag=tags[1])
        assert [ref.note["text"] for ref in found] == ["both, first", "both, second"]


def test_the_synthesis_screens_find_a_tag_by_its_key() -> None:
    corpus = Corpus([], BUILTIN_TAGS)
    assert [corpus.tag_by_key[key].label for key in (LAG, GHOST)] == [
        "Approval Lag",
        "Ghost Ownership",
    ]
