"""Approval timelines: each stage's target turnaround beside the lag people reported.

Lags are read from 🔄 Approval Lag notes that name the stage: "legal takes a week",
"waits 5 days for brand sign-off". A note that names a stage but no duration still
counts as a mention; only stated durations feed the figures.
"""

from __future__ import annotations

import re
import statistics
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Annotated

from pydantic import Field

from wfinterview.core.framework.models import NonEmpty, StrictModel
from wfinterview.core.synthesis.corpus import NoteRef, Person

APPROVAL_TAG = "approval_lag"
_NUMBER_WORDS = {
    "a": 1,
    "an": 1,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "couple of": 2,
    "few": 3,
}
_UNIT_DAYS = {"hour": 1 / 24, "day": 1, "week": 7, "month": 30}
_DURATION = re.compile(
    r"\b(\d+(?:\.\d+)?|" + "|".join(sorted(_NUMBER_WORDS, key=len, reverse=True)) + r")\s+"
    r"(?:business\s+|working\s+)?(hour|day|week|month)s?\b",
    re.IGNORECASE,
)


class ApprovalStage(StrictModel):
    name: NonEmpty
    target_days: Annotated[float, Field(gt=0, le=365)]
    keywords: list[str] = []  # other words that name this stage in notes ("counsel" for legal)

    def named_in(self, text: str) -> bool:
        return any(
            re.search(rf"(?<!\w){re.escape(word)}(?!\w)", text, re.IGNORECASE)
            for word in [self.name, *self.keywords]
        )


def durations_in_days(text: str) -> list[float]:
    """Every duration stated in a note, in days: '5 days', 'a week', 'two working weeks'."""
    found = []
    for amount, unit in _DURATION.findall(text):
        number = float(amount) if amount[0].isdigit() else _NUMBER_WORDS[amount.lower()]
        found.append(number * _UNIT_DAYS[unit.lower()])
    return found


@dataclass(frozen=True)
class StageTimeline:
    stage: ApprovalStage
    mentions: int
    people: int
    reported_days: list[float]

    @property
    def median_days(self) -> float | None:
        return statistics.median(self.reported_days) if self.reported_days else None

    @property
    def worst_days(self) -> float | None:
        return max(self.reported_days) if self.reported_days else None

    @property
    def over_target(self) -> bool:
        return self.median_days is not None and self.median_days > self.stage.target_days


def timelines(
    stages: Iterable[ApprovalStage], approval_notes: Iterable[NoteRef]
) -> list[StageTimeline]:
    notes = list(approval_notes)
    result = []
    for stage in stages:
        mentions = [ref for ref in notes if stage.named_in(ref.note["text"])]
        people: set[Person] = {ref.person for ref in mentions}
        days = [d for ref in mentions for d in durations_in_days(ref.note["text"])]
        result.append(StageTimeline(stage, len(mentions), len(people), days))
    return result
