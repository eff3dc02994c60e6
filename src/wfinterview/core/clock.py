"""The interview clock: elapsed time from a monotonic clock, never from counting ticks.

Textual skips timer callbacks it cannot run in time, so a busy app that counted ticks
would fall behind the real call.
"""

from __future__ import annotations

import time
from collections.abc import Callable


class InterviewClock:
    def __init__(self, elapsed: float = 0.0, running: bool = True, now: Callable[[], float] = time.monotonic) -> None:
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
