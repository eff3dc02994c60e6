"""A session's findings as plain facts (session_findings.py reads them, the findings'
readers add them up): what one session file says about tools, handoffs and steps."""

from __future__ import annotations

from dataclasses import dataclass, field

EXAMPLES = 3  # per tool and per handoff, as the findings show them

Best = tuple[int, int]  # (the first verbatim quote's position or -1, the first note's position)


@dataclass
class ToolFacts:
    notes: int = 0
    tags: dict[str, int] = field(default_factory=dict)  # a tag counted once per note
    workarounds: dict[str, int] = field(default_factory=dict)
    examples: list[int] = field(default_factory=list)  # note positions, the first few


@dataclass
class EdgeFacts:
    notes: int = 0
    friction: int = 0  # notes tagged 🔄/🧱 or saying someone waits
    examples: list[int] = field(default_factory=list)


@dataclass
class StepFacts:
    # Every tag raised in the step: the position of its first note, and of its first
    # verbatim quote if it has one. Dicts of numbers rather than of pairs: a cached reading
    # is smaller, and checked with no list per tag to look into (session_findings.py).
    firsts: dict[str, int] = field(default_factory=dict)
    quotes: dict[str, int] = field(default_factory=dict)
    untagged: Best | None = None  # the step's notes with no tag, if any


@dataclass
class SessionFindings:
    tools: dict[str, ToolFacts] = field(default_factory=dict)
    candidates: dict[str, int] = field(default_factory=dict)  # word -> notes
    handoffs: dict[tuple[str, str], EdgeFacts] = field(default_factory=dict)
    steps: dict[str, StepFacts] = field(default_factory=dict)
