"""Did the change work? Each action finished before a round began, beside how many people
raised its theme in the round before and in that round.

Only actions marked done before the later round's first interview count: a fix finished
during the round could not have shaped what people said in it. Shares are of the people
interviewed in each round, so a smaller second round does not look like an improvement.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from wfinterview.core.plan.actions import Action
from wfinterview.core.plan.engagement_file import EngagementFile
from wfinterview.core.synthesis.corpus import Corpus, Filters, person_of
from wfinterview.core.synthesis.themes import Theme, ThemeBoard


@dataclass(frozen=True)
class RoundShare:
    round: int
    people: int  # who raised the theme
    interviewed: int

    @property
    def share(self) -> float:
        return self.people / self.interviewed if self.interviewed else 0.0


@dataclass(frozen=True)
class Outcome:
    engagement: str
    action: Action
    theme: str  # the theme's name now
    before: RoundShare
    after: RoundShare

    @property
    def change(self) -> float:
        """Percentage points: negative is fewer people stuck after the change."""
        return (self.after.share - self.before.share) * 100


def outcomes(
    corpus: Corpus, engagement: str, actions: list[Action], board: ThemeBoard
) -> list[Outcome]:
    """For each pair of consecutive rounds, the actions done before the later one began."""
    rounds = corpus.rounds(engagement)
    found = []
    for before, after in zip(rounds, rounds[1:], strict=False):
        later = [s for s in corpus.sessions if s.engagement == engagement and s.round == after]
        began = min(s.started_at for s in later)
        shares = {r: _shares(corpus, engagement, r, board) for r in (before, after)}
        for action in actions:
            theme = theme_of(action, board)
            if theme is None or action.done_at is None or action.done_at >= began:
                continue
            found.append(
                Outcome(
                    engagement,
                    action,
                    theme.name,
                    shares[before][theme.id],
                    shares[after][theme.id],
                )
            )
    return found


def plans_outcomes(
    corpus: Corpus, plans: Sequence[EngagementFile], engagement: str | None = None
) -> list[Outcome]:
    """Every plan's outcomes (one engagement's, when given), as the report and exports show."""
    return [
        outcome
        for plan in plans
        if engagement in (None, plan.engagement)
        for outcome in outcomes(corpus, plan.engagement, plan.actions, plan.themes)
    ]


def theme_of(action: Action, board: ThemeBoard) -> Theme | None:
    """The theme an action came from, if it is still on the board (linked by id; an older
    file's name that matched no theme when it was read is tried by name)."""
    if action.theme_id is not None:
        return next((t for t in board.themes if t.id == action.theme_id), None)
    if action.theme is None:
        return None
    return board.find_by_name(action.theme)


def _shares(
    corpus: Corpus, engagement: str, round_number: int, board: ThemeBoard
) -> dict[str, RoundShare]:
    filters = Filters(engagement=engagement, round=round_number)
    interviewed = {person_of(corpus.sessions[i]) for i in corpus.session_indices(filters)}
    counts = corpus.theme_counts(filters, {engagement: board})
    return {
        theme.id: RoundShare(
            round_number,
            counts[theme.name].participants if theme.name in counts else 0,
            len(interviewed),
        )
        for theme in board.themes
    }
