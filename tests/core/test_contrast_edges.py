"""Where roles disagree, at the edges: half a role is enough, a role that tags anything
is not smooth, the order of several, and which note each side shows (its first quote,
else its first note, whoever said them)."""

from __future__ import annotations

from tests import factories
from tests.core.test_findings import n, refs
from wfinterview.core.framework.content import BUILTIN_TAGS
from wfinterview.core.framework.models import Note, Session
from wfinterview.core.outputs.findings_report import findings_markdown
from wfinterview.core.synthesis.anonymize import Naming
from wfinterview.core.synthesis.findings import findings

LAG, GHOST, SOP = "approval_lag", "ghost_ownership", "sop_mismatch"


def step(text: str, tags: list[str] | None = None, **flags: bool) -> Note:
    return n(text, "approvals", tags, **flags)


def test_contrasts_by_people_stuck_then_people_smooth() -> None:
    leads = [
        factories.session(
            "s1",
            "Jordan",
            "campaign",
            [step("ghosted", [GHOST]), step("slow", [LAG]), step("fine otherwise")],
        ),
        factories.session("s2", "Priya", "campaign", [step("legal waits", [LAG, SOP])]),
        factories.session(
            "s3",
            "Ana",
            "campaign",
            [step("we wait", [LAG, SOP]), step("we wait!", [LAG], quote=True)],
        ),
    ]
    cmo = factories.session("s4", "Rosa", "strategy", [step("quick")])
    ops = [factories.session(f"s{i}", f"Ops {i}", "ops", [step("smooth")]) for i in (5, 6)]
    found = findings(refs(*leads, cmo, *ops)).contrasts
    assert [
        (c.engagement, c.tag, c.stuck_people, c.stuck_of, c.smooth_role, c.smooth_people)
        for c in found
    ] == [
        ("Acme", LAG, 3, 3, "Marketing Ops / Tech", 2),
        ("Acme", LAG, 3, 3, "Strategic Lead / CMO", 1),
        ("Acme", SOP, 2, 3, "Marketing Ops / Tech", 2),
        ("Acme", SOP, 2, 3, "Strategic Lead / CMO", 1),
    ]
    assert found[0].stuck_note.note["text"] == "we wait!"  # the quote, not the first note
    assert found[2].stuck_note.note["text"] == "legal waits"


def test_half_of_a_role_is_enough_to_be_its_view() -> None:
    leads = [
        factories.session("s1", "Jordan", "campaign", [step("slow", [LAG])]),
        factories.session("s2", "Priya", "campaign", [step("fine")]),
    ]
    cmo = factories.session("s3", "Rosa", "strategy", [step("quick")])
    found = findings(refs(*leads, cmo)).contrasts
    assert [(c.tag, c.stuck_people, c.stuck_of, c.smooth_role) for c in found] == [
        (LAG, 1, 2, "Strategic Lead / CMO")
    ]


def contrast_notes(*sessions: Session) -> list[tuple[str, str, str, str]]:
    """Each contrast's tag and roles, with the note shown for each side."""
    found = findings(refs(*sessions)).contrasts
    return [
        (c.tag, c.smooth_role, c.stuck_note.note["text"], c.smooth_note.note["text"]) for c in found
    ]


def stuck_lead(session_id: str = "s1") -> Session:
    return factories.session(session_id, "Jordan", "campaign", [step("slow", [LAG])])


def test_the_smooth_side_shows_its_first_quote_else_its_first_note() -> None:
    plain = factories.session("s2", "Rosa", "strategy", [step("quick"), step("easy")])
    assert contrast_notes(stuck_lead(), plain) == [(LAG, "Strategic Lead / CMO", "slow", "quick")]
    quoted_later = factories.session(
        "s2", "Rosa", "strategy", [step("quick"), step("it just flows", quote=True)]
    )
    assert contrast_notes(stuck_lead(), quoted_later)[0][3] == "it just flows"
    quoted_first = factories.session(
        "s2", "Rosa", "strategy", [step("it just flows", quote=True), step("quick")]
    )
    assert contrast_notes(stuck_lead(), quoted_first)[0][3] == "it just flows"
    two_quotes = factories.session(
        "s2",
        "Rosa",
        "strategy",
        [step("it just flows", quote=True), step("no wait at all", quote=True)],
    )
    assert contrast_notes(stuck_lead(), two_quotes)[0][3] == "it just flows"


def test_a_later_persons_quote_replaces_an_earlier_plain_note_but_not_a_quote() -> None:
    rosa = factories.session("s2", "Rosa", "strategy", [step("quick")])
    sam_quotes_first = factories.session(
        "s3", "Sam", "strategy", [step("it just flows", quote=True), step("fine")]
    )
    found = findings(refs(stuck_lead(), rosa, sam_quotes_first)).contrasts
    assert [(c.smooth_people, c.smooth_note.note["text"]) for c in found] == [(2, "it just flows")]
    assert found[0].smooth_note.session.id == "s3"  # the quote names who said it
    rosa_quotes = factories.session("s2", "Rosa", "strategy", [step("no waiting", quote=True)])
    sam_plain = factories.session("s3", "Sam", "strategy", [step("fine")])
    assert contrast_notes(stuck_lead(), rosa_quotes, sam_plain)[0][3] == "no waiting"
    sam_quotes_too = factories.session("s3", "Sam", "strategy", [step("smooth", quote=True)])
    assert contrast_notes(stuck_lead(), rosa_quotes, sam_quotes_too)[0][3] == "no waiting"


def test_the_stuck_side_shows_a_quote_said_first_and_counts_every_tag_after_a_quote() -> None:
    quote_first = factories.session(
        "s1", "Jordan", "campaign", [step("we wait weeks", [LAG], quote=True), step("slow", [LAG])]
    )
    also_undocumented = factories.session(
        "s3",
        "Priya",
        "campaign",
        [step("no doc", [SOP]), step("legal again", [LAG], quote=True)],
    )
    cmo = factories.session("s2", "Rosa", "strategy", [step("quick")])
    assert contrast_notes(quote_first, also_undocumented, cmo) == [
        (LAG, "Strategic Lead / CMO", "we wait weeks", "quick"),
        (SOP, "Strategic Lead / CMO", "no doc", "quick"),
    ]


def test_a_report_says_each_disagreement_once_with_every_stuck_role_and_each_quote_once() -> None:
    lead = factories.session("s1", "Jordan Lee", "campaign", [step("Legal takes weeks", [LAG])])
    ops = factories.session(
        "s2", "Omar Li", "ops", [step("We wait on legal", [LAG], quote=True), step("fine")]
    )
    creators = [
        factories.session("s3", "Kim Ito", "creator", [step("Stuck in review", [LAG])]),
        factories.session("s4", "Bo Chan", "creator", [step("All good here")]),
    ]
    cmo = factories.session(
        "s5", "Rosa Diaz", "strategy", [step("Sign-off is instant", quote=True)]
    )
    other_client = [
        factories.session(
            "g1", "Ana Ruiz", "campaign", [step("Slow here too", [LAG])], engagement="Globex"
        ),
        factories.session("g2", "Lu Park", "strategy", [step("Quick for me")], engagement="Globex"),
    ]
    found = findings(refs(lead, ops, *creators, cmo, *other_client))
    assert len(found.contrasts) == 4  # the exports keep a row per pair of roles
    text = findings_markdown(found, [], {t.key: t for t in BUILTIN_TAGS}, Naming(None))
    section = text.split("## Where roles disagree\n\n", 1)[1].split("\n\n", 1)[0]
    assert section.splitlines() == [
        "- **Approvals & Bottlenecks · 🔄 Approval Lag**, Acme: Campaign Lead stuck (1 of 1), "
        "Content Creator stuck (1 of 2), Marketing Ops / Tech stuck (1 of 1), "
        "Strategic Lead / CMO smooth (1 person)",
        "    - stuck: “We wait on legal” (Omar Li, Marketing Ops / Tech)",
        "    - smooth: “Sign-off is instant” (Rosa Diaz, Strategic Lead / CMO)",
        "- **Approvals & Bottlenecks · 🔄 Approval Lag**, Globex: Campaign Lead stuck (1 of 1), "
        "Strategic Lead / CMO smooth (1 person)",
        "    - stuck: “Slow here too” (Ana Ruiz, Campaign Lead)",
        "    - smooth: “Quick for me” (Lu Park, Strategic Lead / CMO)",
    ]
