"""A program on a pseudo-terminal, for benchmarks that need a real terminal."""

from __future__ import annotations

import fcntl
import os
import re
import signal
import struct
import subprocess
import sys
import termios
import threading
import time


class PtyProgram:
    def __init__(
        self, args: list[str], env: dict[str, str] | None = None, size: tuple[int, int] = (80, 24)
    ) -> None:
        self.started = time.perf_counter()
        self.master, slave = os.openpty()
        fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", size[1], size[0], 0, 0))
        self.process = subprocess.Popen(
            [sys.executable, *args],
            stdin=slave,
            stdout=slave,
            stderr=slave,
            env={**os.environ, "TERM": "xterm-256color", **(env or {})},
            start_new_session=True,
        )
        os.close(slave)
        self.output = bytearray()
        self._seen: dict[bytes, float] = {}
        self._reader = threading.Thread(target=self._drain, args=(self.master,), daemon=True)
        self._reader.start()

    def _drain(self, master: int) -> None:
        # Reads until the program's end of the terminal is closed (EIO), so that `close`
        # can wait for it before closing `master`: a reader still running then would read
        # the next terminal given the same number, and take its output from its test.
        while True:
            try:
                chunk = os.read(master, 65536)
            except OSError:
                return
            if not chunk:
                return
            self.output += chunk

    def wait_for(self, text: bytes, timeout: float = 30) -> float:
        """Seconds from launch until `text` first appeared on the terminal."""
        deadline = time.perf_counter() + timeout
        while text not in self.output:
            if time.perf_counter() > deadline or self.process.poll() is not None:
                ended = "" if self.process.poll() is None else " (the program ended)"
                raise RuntimeError(
                    f"{text!r} never appeared on the terminal{ended}; "
                    f"its last words: {self.last_words()!r}"
                )
            time.sleep(0.001)
        return time.perf_counter() - self.started

    def last_words(self, size: int = 600) -> str:
        """The end of what the program wrote, without its escape sequences."""
        plain = re.sub(rb"\x1b(\[[0-?]*[ -/]*[@-~]|\][^\x07]*\x07|.)", b"", bytes(self.output))
        return " ".join(plain.decode("utf-8", "replace").split())[-size:]

    def type(self, text: str) -> None:
        os.write(self.master, text.encode())

    def cpu_seconds(self) -> float:
        with open(f"/proc/{self.process.pid}/stat") as stat:
            fields = stat.read().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")

    def close(self) -> None:
        """Kill the program outright (SIGKILL): no clean-up code gets to run."""
        self.process.send_signal(signal.SIGKILL)  # nothing if it has ended already
        self.process.wait()
        self._reader.join(timeout=5)  # the terminal's last output, then EIO
        if self.master >= 0:
            os.close(self.master)
            self.master = -1

    def __enter__(self) -> PtyProgram:
        return self

    def __exit__(self, *_exc: object) -> None:
        # Also when a test fails half-way: a program left running on a terminal nobody
        # reads would spin on its closed input and slow everything after it.
        self.close()
