"""Everything as one JSON document: every field of every session, and each engagement's
plan (themes, actions, RACI matrices, approval stages) exactly as its file holds it, so
another tool can read it back with the same models, and the findings beyond tags
(findings_export.py; docs/formats.md describes it all).

Anonymized, every name and every id that carries one is replaced: participants and
facilitators, session ids (in evidence and hand placements too), names said in texts,
and theme ids (made from theme names, which may hold a name).
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from datetime import datetime
from typing import Any, TextIO

from wfinterview.core.framework.models import Session, now
from wfinterview.core.plan.engagement_file import EngagementFile
from wfinterview.core.synthesis.anonymize import Naming
from wfinterview.core.transcript.anonymized import transcript_json
from wfinterview.core.transcript.model import Transcript

EXPORT_FORMAT = "wfinterview.export"
EXPORT_VERSION = 1

Json = dict[str, Any]


def export_json(
    sessions: Sequence[Session],
    naming: Naming,
    out: TextIO,
    plans: Sequence[EngagementFile] = (),
    when: datetime | None = None,
    findings: Json | None = None,
    transcripts: Mapping[str, Transcript] | None = None,
) -> None:
    """`findings`: the findings beyond tags (findings_export.findings_json), named the
    same way as the sessions. `transcripts`: the call transcripts by session id; each goes
    into its session's document as `transcript`, names hidden as the session's are
    (core/transcript/anonymized.py)."""
    documents = [_session(session, naming) for session in sessions]
    for document, session in zip(documents, sessions, strict=True):
        if transcripts and session.id in transcripts:
            document["transcript"] = transcript_json(transcripts[session.id], session, naming)
    session_ids = {s.id: naming.session_id(s) for s in sessions}
    engagements = [
        _plan(plan.model_dump(mode="json"), naming, session_ids)
        for plan in sorted(plans, key=lambda p: p.engagement)
    ]
    header = {
        "format": EXPORT_FORMAT,
        "version": EXPORT_VERSION,
        "exported_at": (when or now()).isoformat(),
        "anonymized": naming.pseudonyms is not None,
    }
    json.dump(
        {
            **header,
            "sessions": documents,
            "engagements": engagements,
            **({"findings": findings} if findings is not None else {}),
        },
        out,
        ensure_ascii=False,
        indent=1,
    )
    out.write("\n")


def _session(session: Session, naming: Naming) -> Json:
    data = session.model_dump(mode="json")
    if naming.pseudonyms is None:
        return data
    data["id"] = naming.session_id(session)
    data["participant"]["name"] = naming.participant(session)
    data["facilitator"] = naming.facilitator(session)
    for note in data["notes"]:
        note["text"] = naming.text(session, note["text"])
    if data["recap"]:
        for field in ("heard", "stuck", "magic_wand"):
            data["recap"][field] = naming.text(session, data["recap"][field])
    return data


def _plan(data: Json, naming: Naming, session_ids: Mapping[str, str]) -> Json:
    if naming.pseudonyms is None:
        return data
    engagement = data["engagement"]

    def text(value: str) -> str:
        return naming.engagement_text(engagement, value)

    def note_key(key: str) -> str | None:
        """SESSION_ID/NOTE_ID with the pseudonymous session id; None for a session
        not exported (deleted since), whose id cannot be anonymized."""
        session_id, _, note_id = key.partition("/")
        pseudonym = session_ids.get(session_id)
        return f"{pseudonym}/{note_id}" if pseudonym is not None else None

    board = data["themes"]
    theme_ids = {theme["id"]: f"t{number}" for number, theme in enumerate(board["themes"], 1)}
    for theme in board["themes"]:
        theme["id"], theme["name"] = theme_ids[theme["id"]], text(theme["name"])
    board["tag_themes"] = {
        tag: theme_ids.get(theme_id, theme_id) for tag, theme_id in board["tag_themes"].items()
    }
    placements = {}
    for key, ids in board["placements"].items():
        if (renamed := note_key(key)) is not None:
            placements[renamed] = [theme_ids.get(t, t) for t in ids]
    board["placements"] = placements
    for action in data["actions"]:
        action["title"], action["owner"] = text(action["title"]), text(action["owner"])
        action["validated_by"] = [text(name) for name in action["validated_by"]]
        action["evidence"] = [k for key in action["evidence"] if (k := note_key(key))]
        if action["theme_id"] is not None:
            action["theme_id"] = theme_ids.get(action["theme_id"], action["theme_id"])
        if action["theme"] is not None:  # an old file's theme name that matched no theme
            action["theme"] = text(action["theme"])
    for matrix in data["raci"]:
        matrix["name"] = text(matrix["name"])
        matrix["activities"] = [text(a) for a in matrix["activities"]]
        matrix["parties"] = [text(p) for p in matrix["parties"]]
        matrix["cells"] = {
            text(activity): {text(party): letter for party, letter in row.items()}
            for activity, row in matrix["cells"].items()
        }
    for stage in data["approval_stages"]:
        stage["name"] = text(stage["name"])
        stage["keywords"] = [text(word) for word in stage["keywords"]]
    return data
