"""The documented formats (docs/schemas/*.json) are the formats the program reads."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from wfinterview.core.outputs.schemas import main, render, schemas

DOCS = Path(__file__).resolve().parents[2] / "docs"


def test_the_committed_schemas_match_the_models() -> None:
    committed = sorted(p.name for p in (DOCS / "schemas").glob("*.json"))
    assert committed == sorted(schemas())
    for name, schema in schemas().items():
        on_disk = (DOCS / "schemas" / name).read_text(encoding="utf-8")
        assert on_disk == render(schema), (
            f"docs/schemas/{name} is out of date: run "
            "`python -m wfinterview.core.outputs.schemas docs/schemas`"
        )


def test_the_schemas_name_every_field_a_session_file_holds() -> None:
    session = schemas()["session.schema.json"]
    assert session["additionalProperties"] is False  # an unknown key is an error
    assert {"id", "participant", "agenda", "notes", "recap"} <= set(session["properties"])
    note = session["$defs"]["Note"]
    assert set(note["properties"]) == {
        "id",
        "step",
        "at",
        "text",
        "tags",
        "quote",
        "follow_up",
        "from_transcript",
    }


def test_the_generator_writes_what_the_docs_hold(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "new" / "schemas"  # made, with the folders above it
    assert main([str(folder)]) == 0
    for path in folder.iterdir():
        assert json.loads(path.read_text(encoding="utf-8")) == schemas()[path.name]
        assert path.read_bytes() == (DOCS / "schemas" / path.name).read_bytes()
    assert capsys.readouterr().out == "".join(f"Wrote {folder / name}\n" for name in schemas())
    (folder / "session.schema.json").write_text("stale", encoding="utf-8")
    assert main([str(folder)]) == 0  # again, over the folder as docs/schemas is refreshed
    assert (folder / "session.schema.json").read_bytes() == (
        DOCS / "schemas" / "session.schema.json"
    ).read_bytes()
    capsys.readouterr()
    assert main([]) == 2
    assert capsys.readouterr() == (
        "",
        "usage: python -m wfinterview.core.outputs.schemas FOLDER\n",
    )


def test_docs_describe_every_format_and_the_code_cites_no_outside_file() -> None:
    formats = (DOCS / "formats.md").read_text(encoding="utf-8")
    for name in schemas():
        assert f"schemas/{name}" in formats
    source = Path(__file__).resolve().parents[2] / "src" / "wfinterview"
    cited = {
        p.relative_to(source).as_posix()
        for p in source.rglob("*.py")
        if "SPEC §" in p.read_text(encoding="utf-8")
    }
    assert not cited, f"cite docs/ instead: {sorted(cited)}"
