"""Small things remembered between runs (the last engagement), kept in the data folder."""

from __future__ import annotations

import json
from pathlib import Path

from wfinterview.core.storage.atomic import write_atomic
from wfinterview.core.storage.folders import ensure_private_dir
from wfinterview.core.storage.outside import load_json, read_outside


def read_state(path: Path) -> dict[str, str]:
    try:
        data = load_json(read_outside(path))
    except (OSError, ValueError):
        return {}  # a lost preference is harmless; never block the app on it
    return (
        {k: v for k, v in data.items() if isinstance(k, str) and isinstance(v, str)}
        if isinstance(data, dict)
        else {}
    )


def remember(path: Path, **values: str) -> None:
    state = read_state(path) | values
    ensure_private_dir(path.parent)
    write_atomic(path, json.dumps(state, indent=1).encode("utf-8"))
