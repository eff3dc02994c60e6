"""The JSON export's top level (plans by engagement, findings only when asked for) and the
one-line error for a name that names nothing, known names listed as a reader sorts them."""

from __future__ import annotations

import io
import json
from datetime import UTC, datetime

from wfinterview.core.framework.content import BUILTIN_TAGS
from wfinterview.core.outputs.json_export import export_json
from wfinterview.core.outputs.names import unknown_name
from wfinterview.core.plan.engagement_file import EngagementFile
from wfinterview.core.synthesis.anonymize import Naming
from wfinterview.core.synthesis.themes import ThemeBoard

WHEN = datetime(2026, 12, 1, 9, tzinfo=UTC)


def exported(**kwargs: object) -> dict[str, object]:
    out = io.StringIO()
    export_json([], Naming(None), out, when=WHEN, **kwargs)  # type: ignore[arg-type]
    return json.loads(out.getvalue())  # type: ignore[no-any-return]


def test_plans_come_in_engagement_order_and_findings_only_when_given() -> None:
    plans = [
        EngagementFile(engagement=name, themes=ThemeBoard.starting(BUILTIN_TAGS))
        for name in ("Globex", "Acme", "Initech")
    ]
    data = exported(plans=plans)
    assert list(data) == [
        "format",
        "version",
        "exported_at",
        "anonymized",
        "sessions",
        "engagements",
    ]
    assert [p["engagement"] for p in data["engagements"]] == ["Acme", "Globex", "Initech"]
    found = {"tools": [], "candidates": [], "handoffs": [], "contrasts": [], "outcomes": []}
    assert exported(findings=found)["findings"] == found


def test_known_names_are_listed_case_ignored_with_the_close_ones_first() -> None:
    error = unknown_name(
        "no engagement 'acme retal'", "acme retal", ["beta", "Acme Retail", "acme"], "engagements"
    )
    assert str(error) == (
        "no engagement 'acme retal'; did you mean 'Acme Retail'? "
        "(engagements: 'acme', 'Acme Retail', 'beta')"
    )
    assert str(unknown_name("no such tag", "x", [], "tags")) == "no such tag (tags: none yet)"
