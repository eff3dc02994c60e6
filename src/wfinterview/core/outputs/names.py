"""A name the user typed that names nothing: one line saying so, with the close ones."""

from __future__ import annotations

import difflib
from collections.abc import Iterable

from wfinterview.core.framework.errors import UserError


def close_to(name: str, known: Iterable[str]) -> list[str]:
    """The known names a typo of `name` most likely meant, case ignored, best first."""
    by_folded = {k.casefold(): k for k in known}
    found = difflib.get_close_matches(name.casefold(), list(by_folded), n=3, cutoff=0.6)
    return [by_folded[f] for f in found]


def unknown_name(problem: str, name: str, known: Iterable[str], what: str) -> UserError:
    """`problem` (e.g. "no sessions in engagement 'Acme Retal'") as a one-line error
    naming the close matches first, then every known name of its kind."""
    known = sorted(known, key=str.casefold)
    close = close_to(name, known)
    hint = f"; did you mean {' or '.join(repr(c) for c in close)}?" if close else ""
    listed = ", ".join(repr(k) for k in known) or "none yet"
    return UserError(f"{problem}{hint} ({what}: {listed})")
