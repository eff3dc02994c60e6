"""How many keys a second the cockpit's note input takes, end to end to disk.

    python benchmarks/typing_throughput.py [--notes 50] [--length 70]

Sends whole notes (letters + Enter) as fast as the pty accepts them and waits until
the last one is in the session file. Human typing is 5–15 keys/s; a text expander
sends one note at a time.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from _pty import PtyProgram  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--notes", type=int, default=50)
    parser.add_argument("--length", type=int, default=70)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        env = {
            "WFINTERVIEW_DATA_DIR": f"{folder}/data",
            "WFINTERVIEW_CONFIG_DIR": f"{folder}/config",
            "WFINTERVIEW_CACHE_DIR": f"{folder}/cache",
        }
        program = PtyProgram(
            ["-m", "wfinterview", "new", "--agenda", "ops", "--participant", "Bench"], env
        )
        try:
            program.wait_for(b"Enter saves")
            session_file = next(Path(folder, "data", "sessions").glob("*.json"))
            note = ("abcdefghij" * (args.length // 10 + 1))[: args.length]
            started = time.perf_counter()
            program.type((note + "\r") * args.notes)
            while True:
                try:
                    if len(json.loads(session_file.read_bytes())["notes"]) >= args.notes:
                        break
                except ValueError:
                    pass
                time.sleep(0.002)
            seconds = time.perf_counter() - started
        finally:
            program.close()
    keys = args.notes * (args.length + 1)
    print(
        f"{args.notes} notes of {args.length} characters: {keys} keys in {seconds * 1000:.0f} ms = "
        f"{keys / seconds:.0f} keys/s"
    )


if __name__ == "__main__":
    main()
