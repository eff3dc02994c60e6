from __future__ import annotations

import threading

from wfinterview.core.storage.writer import SaveStatus, SessionWriter


def test_the_newest_snapshot_wins_and_writes_stay_in_order() -> None:
    written: list[bytes] = []
    gate = threading.Event()

    def write(data: bytes) -> None:
        gate.wait(5)
        written.append(data)

    writer = SessionWriter(write)
    for number in range(50):
        writer.submit(str(number).encode())
    gate.set()
    assert writer.flush(timeout=5)
    assert written[-1] == b"49"
    assert [int(x) for x in written] == sorted(int(x) for x in written)
    assert len(written) < 50  # snapshots overtaken by newer ones were skipped
    assert writer.close()


def test_a_failing_write_is_reported_retried_and_recovers() -> None:
    statuses: list[SaveStatus] = []
    failing = {"left": 3}
    written: list[bytes] = []

    def write(data: bytes) -> None:
        if failing["left"]:
            failing["left"] -= 1
            raise OSError(28, "No space left on device", "/data/sessions")
        written.append(data)

    writer = SessionWriter(write, statuses.append, retry_delays=(0.01,))
    sequence = writer.submit(b"note")
    assert writer.flush(timeout=5)
    assert written == [b"note"]
    errors = [s.error for s in statuses if s.error]
    assert errors == ["No space left on device (/data/sessions)"] * 3
    assert statuses[-1] == SaveStatus(saved=sequence, submitted=sequence, error=None)
    assert writer.close()


def test_an_unexpected_error_does_not_stop_the_writer() -> None:
    calls = {"n": 0}

    def write(data: bytes) -> None:
        calls["n"] += 1
        if calls["n"] == 1:
            raise ValueError("surprise")

    statuses: list[SaveStatus] = []
    writer = SessionWriter(write, statuses.append, retry_delays=(0.01,))
    writer.submit(b"x")
    assert writer.flush(timeout=5)
    assert statuses[0].error == "ValueError: surprise"
    writer.close()


def test_flush_gives_up_after_its_timeout_while_the_disk_keeps_failing() -> None:
    def write(data: bytes) -> None:
        raise OSError(5, "Input/output error")

    writer = SessionWriter(write, retry_delays=(0.01,))
    writer.submit(b"x")
    assert not writer.flush(timeout=0.2)
    assert writer.status.error == "Input/output error" and not writer.status.up_to_date
    assert not writer.close(timeout=0.1)
