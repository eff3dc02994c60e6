"""Saving a live session without ever stalling the typist.

Each change hands the writer a complete snapshot of the session. One background thread
writes the newest snapshot atomically; snapshots that were overtaken by a newer one
are skipped, so writes stay in order and a slow disk never queues up work. A failed
write keeps the snapshot and retries until it lands: nothing typed is dropped.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True)
class SaveStatus:
    saved: int  # sequence number of the newest snapshot on disk
    submitted: int  # sequence number of the newest snapshot handed over
    error: str | None = None  # why the last write failed, while it keeps failing

    @property
    def up_to_date(self) -> bool:
        return self.saved == self.submitted and self.error is None


RETRY_DELAYS = (0.25, 0.5, 1.0, 2.0, 5.0)


class SessionWriter:
    def __init__(
        self,
        write: Callable[[bytes], None],
        on_status: Callable[[SaveStatus], None] = lambda status: None,
        retry_delays: tuple[float, ...] = RETRY_DELAYS,
    ) -> None:
        self._write = write
        self._on_status = on_status
        self._retry_delays = retry_delays
        self._cond = threading.Condition()
        self._pending: tuple[int, bytes] | None = None
        self._submitted = 0
        self._saved = 0
        self._error: str | None = None
        self._closing = False
        # A daemon thread, so a hung disk can never keep the program from quitting;
        # close() waits for the last snapshot in the normal case.
        self._thread = threading.Thread(target=self._run, name="session-writer", daemon=True)
        self._thread.start()

    @property
    def status(self) -> SaveStatus:
        with self._cond:
            return SaveStatus(self._saved, self._submitted, self._error)

    def submit(self, snapshot: bytes) -> int:
        with self._cond:
            self._submitted += 1
            self._pending = (self._submitted, snapshot)
            self._cond.notify_all()
            return self._submitted

    def flush(self, timeout: float | None = None) -> bool:
        """Wait until every submitted snapshot is on disk; False if it could not be."""
        with self._cond:
            return self._cond.wait_for(lambda: self._saved == self._submitted, timeout)

    def close(self, timeout: float = 5.0) -> bool:
        done = self.flush(timeout)
        with self._cond:
            self._closing = True
            self._cond.notify_all()
        self._thread.join(timeout=1.0)
        return done

    def _run(self) -> None:
        failures = 0
        while True:
            with self._cond:
                self._cond.wait_for(lambda: self._pending is not None or self._closing)
                if self._pending is None:
                    return
                sequence, snapshot = self._pending
                self._pending = None
            try:
                self._write(snapshot)
            except Exception as error:  # any failure: keep the snapshot and retry, never die
                with self._cond:
                    if self._pending is None:  # keep it unless a newer snapshot came
                        self._pending = (sequence, snapshot)
                    self._error = _describe(error)
                    delay = self._retry_delays[min(failures, len(self._retry_delays) - 1)]
                    failures += 1
                    status = SaveStatus(self._saved, self._submitted, self._error)
                self._on_status(status)
                with self._cond:
                    if self._closing:
                        return
                    self._cond.wait(timeout=delay)
                continue
            failures = 0
            with self._cond:
                self._saved = sequence
                self._error = None
                self._cond.notify_all()
                status = SaveStatus(self._saved, self._submitted, None)
            self._on_status(status)


def _describe(error: Exception) -> str:
    if isinstance(error, OSError):
        reason = error.strerror or str(error)
        return f"{reason} ({error.filename})" if error.filename else reason
    return f"{type(error).__name__}: {error}"
