"""The user guide builds strictly, and its search finds each key and each file format by
the name the guide gives it.

The guide is built as CI builds it (`mkdocs build --strict`), then its search index is
split into words the way the Material theme's search does in the browser (the markup
taken out, lower case, split on the `separator` of mkdocs.yml), as a query is split too.
Every key the key reference lists and every file and export format must be one of those
words, or a run of them, on some page. Skipped without the `dev` extra, which holds
MkDocs (CI installs it).
"""

from __future__ import annotations

import html
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
FORMATS = (
    "config.toml",
    "writer.toml",
    "session.schema.json",
    "engagement.schema.json",
    "config.schema.json",
    "edit-log-entry.schema.json",
    "edit-log-header.schema.json",
    "edits-<writer>.jsonl",
    "plan-<writer>.json",
    "pre_interview.txt",
    "recap.txt",
    "validation.txt",
    "json",
    "csv",
    "airtable",
    "miro",
    "md",
    "html",
)


def words(text: str, separator: re.Pattern[str]) -> list[str]:
    return [word for word in separator.split(text.lower()) if word]


def key_labels() -> set[str]:
    """Each key the key reference's tables list, one by one ("F6 / ctrl+o": both)."""
    page = (ROOT / "docs" / "keys.md").read_text(encoding="utf-8")
    cells = re.findall(r"^\| `([^`]+)` \|", page, flags=re.MULTILINE)
    return {key.strip() for cell in cells for key in cell.split(" / ")} - {"in `[keys]`"}


def test_the_guide_builds_strictly_and_its_search_finds_every_key_and_format(
    tmp_path: Path,
) -> None:
    pytest.importorskip("mkdocs", reason="MkDocs is in the dev extra: pip install -e '.[dev]'")
    pytest.importorskip("material", reason="Material is in the dev extra")
    built = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(tmp_path)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert built.returncode == 0, built.stderr[-2000:]
    index = json.loads((tmp_path / "search" / "search_index.json").read_text("utf-8"))
    separator = re.compile(index["config"]["separator"])
    pages = [
        f" {' '.join(words(html.unescape(re.sub(r'<[^>]*>', ' ', text)), separator))} "
        for doc in index["docs"]
        for text in (f"{doc['title']} {doc['text']}",)
    ]
    keys = key_labels()
    assert {"Enter", "F6", "ctrl+n", "PgDn", "Esc", "Del"} <= keys, sorted(keys)
    missing = [
        name
        for name in sorted(keys) + list(FORMATS)
        if not any(f" {' '.join(words(name, separator))} " in page for page in pages)
    ]
    assert not missing, f"the guide's search would not find: {missing}"
