"""JSON Schemas of the files wfinterview reads and writes, generated from the models that
read them, so the documented format (docs/schemas/) is the format the program enforces.

Regenerate after changing a model (a test fails until the committed files match):

    python -m wfinterview.core.outputs.schemas docs/schemas
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

from pydantic import BaseModel

from wfinterview.core.framework.models import Session
from wfinterview.core.plan.edit_log import Entry, LogHeader
from wfinterview.core.plan.engagement_file import EngagementFile
from wfinterview.core.setup.config import Config
from wfinterview.core.transcript.model import Transcript

DIALECT = "https://json-schema.org/draft/2020-12/schema"
_MODELS: dict[str, tuple[type[BaseModel], str]] = {
    "session.schema.json": (
        Session,
        "One interview: DATA_DIR/sessions/<id>.json (see docs/formats.md).",
    ),
    "engagement.schema.json": (
        EngagementFile,
        "One engagement's themes and plan as one writer last merged it: "
        "DATA_DIR/engagements/<name>-<hash>/plan-<writer>.json (derived from the edit logs; "
        "also the format of <name>-<hash>.json files from before team sync).",
    ),
    "edit-log-header.schema.json": (
        LogHeader,
        "The first line of DATA_DIR/engagements/<name>-<hash>/edits-<writer>.jsonl.",
    ),
    "edit-log-entry.schema.json": (
        Entry,
        "Every further line of an edit log: one edit (or the plan taken in from before "
        "team sync), its clock stamp and what its writer had seen.",
    ),
    "transcript.schema.json": (
        Transcript,
        "One interview's call transcript: DATA_DIR/transcripts/<session id>.json "
        "(see docs/transcripts.md).",
    ),
    "config.schema.json": (
        Config,
        "CONFIG_DIR/config.toml, read as TOML; the same keys and types as this schema.",
    ),
}


def schemas() -> dict[str, dict[str, Any]]:
    """File name -> JSON Schema, for every documented file format."""
    result = {}
    for name, (model, description) in _MODELS.items():
        schema = model.model_json_schema(mode="validation")
        result[name] = {"$schema": DIALECT, **schema, "description": description}
    return result


def render(schema: dict[str, Any]) -> str:
    return json.dumps(schema, indent=2, ensure_ascii=False, sort_keys=True) + "\n"


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print("usage: python -m wfinterview.core.outputs.schemas FOLDER", file=sys.stderr)
        return 2
    folder = Path(argv[0])
    folder.mkdir(parents=True, exist_ok=True)
    for name, schema in schemas().items():
        (folder / name).write_text(render(schema), encoding="utf-8")
        print(f"Wrote {folder / name}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
