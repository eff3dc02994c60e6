"""Folders wfinterview creates: private to their owner from the start."""

from __future__ import annotations

from pathlib import Path


def ensure_private_dir(path: Path) -> Path:
    """Create `path`, and any missing folder above it, readable only by its owner.

    `mkdir(parents=True)` would give the parents the default mode; every folder this
    creates gets 0700 instead (as the XDG base directory spec asks), so a new data
    folder is never world-readable. Folders that exist already are left as they are.
    """
    missing = []
    for folder in (path, *path.parents):
        if folder.exists():
            break
        missing.append(folder)
    for folder in reversed(missing):
        try:
            folder.mkdir(mode=0o700)
        except FileExistsError:
            pass  # made meanwhile by another process
    if not path.is_dir():
        raise NotADirectoryError(20, "Not a directory", str(path))
    return path
