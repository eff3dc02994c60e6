"""A transcript file the user hands over: read whole or refused in one line naming it.

The file comes from outside (a download, a colleague's email), so it is read like every
outside file (core/storage/outside.py: only a regular file, at most `MAX_BYTES`), its text
decoded as UTF-8 (Teams and some editors write a byte-order mark, UTF-16 too), and its
format told from its first lines, never from its name: a `.txt` may be Otter's or SubRip.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Final

from wfinterview.core.framework.errors import UserError
from wfinterview.core.storage.outside import read_outside, why_unreadable
from wfinterview.core.transcript.model import Kind
from wfinterview.core.transcript.parsed import ParsedTranscript

_SRT_TIMING: Final = re.compile(r"^\s*\d+:\d{1,2}:\d{1,2},\d{1,3}\s*-->")
_SBV_TIMING: Final = re.compile(r"^\d+:\d{1,2}:\d{1,2}\.\d{1,3},\d+:\d{1,2}:\d{1,2}\.\d{1,3}$")
_BOMS: Final = ((b"\xef\xbb\xbf", "utf-8-sig"), (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16"))
KNOWN: Final = "WebVTT (Zoom, Teams, Meet), SubRip (.srt), SBV or Otter text"


def read_transcript_file(path: Path) -> ParsedTranscript:
    """The cues of the transcript at `path`; a UserError "PATH: why" when it cannot be."""
    try:
        raw = read_outside(path, follow_links=True)
    except OSError as error:
        raise UserError(f"{path}: {why_unreadable(error)}") from None
    try:
        text = decode(raw)
    except ValueError as error:
        raise UserError(f"{path}: {error}") from None
    kind = detect(text)
    if kind is None:
        raise UserError(f"{path}: is not a transcript wfinterview reads ({KNOWN})")
    try:
        parsed = parse(text, kind)
    except ValueError as error:
        raise UserError(f"{path}: {error}") from None
    if not parsed.cues:
        raise UserError(f"{path}: holds no words (a transcript with no cues)")
    return parsed


def decode(raw: bytes) -> str:
    for mark, encoding in _BOMS:
        if raw.startswith(mark):
            try:
                return raw.decode(encoding)
            except UnicodeDecodeError:
                break
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as error:
        raise ValueError(f"is not UTF-8 text (byte {error.start + 1} is not)") from None


def detect(text: str) -> Kind | None:
    """The format of a transcript's text, or None when it is none wfinterview reads."""
    lines = [line.strip() for line in text.lstrip("\ufeff").splitlines() if line.strip()][:3]
    if not lines:
        return None
    if lines[0].startswith("WEBVTT"):
        return "webvtt"  # which tool wrote it is told once it is read (captions.py)
    if len(lines) >= 2 and lines[0].isdigit() and _SRT_TIMING.match(lines[1]):
        return "srt"
    if _SBV_TIMING.match(lines[0]):
        return "sbv"
    from wfinterview.core.transcript.otter import looks_like_otter

    return "otter" if looks_like_otter(lines) else None


def parse(text: str, kind: Kind) -> ParsedTranscript:
    if kind == "otter":
        from wfinterview.core.transcript.otter import parse_otter

        return parse_otter(text)
    from wfinterview.core.transcript.captions import parse_captions

    return parse_captions(text, kind)
