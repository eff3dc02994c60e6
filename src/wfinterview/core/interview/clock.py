"""The interview clock: elapsed time from a monotonic clock, never from counting ticks.

Textual skips timer callbacks it cannot run in time, so a busy app that counted ticks
would fall behind the real call.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import datetime


class InterviewClock:
    def __init__(
        self, elapsed: float = 0.0, running: bool = True, now: Callable[[], float] = time.monotonic
    ) -> None:
        self._now = now
        self._banked = elapsed
        self._since: float | None = now() if running else None

    @property
    def running(self) -> bool:
        return self._since is not None

    def elapsed(self) -> float:
        if self._since is None:
            return self._banked
        return self._banked + max(0.0, self._now() - self._since)

    def pause(self) -> None:
        if self._since is not None:
            self._banked = self.elapsed()
            self._since = None

    def resume(self) -> None:
        if self._since is None:
            self._since = self._now()


def mmss(seconds: float) -> str:
    minutes, secs = divmod(int(max(0.0, seconds)), 60)
    return f"{minutes:02d}:{secs:02d}"


def time_since(then: datetime, now: datetime) -> str:
    """'just now', '35 min ago', '3 h ago', '2 days ago': how long since the call, at a glance."""
    minutes = int((now - then).total_seconds() // 60)
    if minutes < 1:
        return "just now"
    if minutes < 60:
        return f"{minutes} min ago"
    if minutes < 48 * 60:
        return f"{minutes // 60} h ago"
    return f"{minutes // (24 * 60)} days ago"
