"""A session kept by the local index comes back as exactly the digest validation gave,
without validating it again; a row or blob that is not the index's own is refused."""

from __future__ import annotations

import pickle
from datetime import UTC, datetime, timedelta, timezone

import pytest

from tests import factories
from wfinterview.core.framework.models import Recap, Session
from wfinterview.core.storage.store import SessionStore
from wfinterview.core.synthesis.demo import generate_demo
from wfinterview.core.synthesis.digest import SessionDigest
from wfinterview.core.workspace.index import rows


def digest_of(session: Session) -> SessionDigest:
    return SessionDigest.model_validate_json(SessionStore.serialize(session))


def round_trip(digest: SessionDigest) -> SessionDigest:
    row, _, agenda = rows.session_row(digest, (1, 2, 3, 4))
    return rows.digest_of(row[-3], rows.agenda_of(agenda))  # the blob: person, tags after it


def test_demo_sessions_come_back_exactly() -> None:
    for session in generate_demo(24, 12, seed=3):
        digest = digest_of(session)
        back = round_trip(digest)
        assert back == digest
        assert back.model_dump_json() == digest.model_dump_json()


def test_every_kind_of_field_comes_back() -> None:
    sent = Recap(heard="h", stuck="s", magic_wand="m", sent_at=datetime(2026, 11, 21, tzinfo=UTC))
    notes = [
        factories.note("tagged twice", tags=["approval_lag", "approval_lag"], quote=True),
        factories.note("a follow-up", "walkthrough", 61.5, follow_up=True),
    ]
    session = factories.session("s1", notes=notes, ended=True, recap=sent, round=3)
    session.started_at = session.started_at.astimezone(timezone(timedelta(hours=-5, minutes=-30)))
    session.step_seconds = {"role": 12.5}
    digest = digest_of(session)
    back = round_trip(digest)
    assert back == digest and back.model_dump_json() == digest.model_dump_json()
    assert back.started_at.utcoffset() == timedelta(hours=-5, minutes=-30)
    assert back.recap is not None and back.recap.sent_at == sent.sent_at


@pytest.mark.parametrize(
    "blob",
    [
        b"junk",
        pickle.dumps({"not": "a session"}),
        pickle.dumps(datetime(2026, 1, 1)),  # a class: refused before it is made
        pickle.dumps(["a", "list"]),
    ],
    ids=["junk", "missing fields", "a class", "a list"],
)
def test_a_blob_that_is_not_the_index_s_own_is_refused(blob: bytes) -> None:
    agenda = digest_of(factories.session("s1")).agenda
    with pytest.raises(rows.DamagedRow):
        rows.digest_of(blob, agenda)
