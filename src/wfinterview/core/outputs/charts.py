"""The report's pictures as plain geometry: the tag × role heat map and the bars of
people per theme. The HTML template draws them as inline SVG; nothing here is markup,
so every label reaches the page through the template's escaping. Every figure a picture
shows carries its unit (people, days, hours): a printed page has no tooltip to ask."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from wfinterview.core.framework.wording import noun, plural
from wfinterview.core.outputs.evidence import ThemeEvidence
from wfinterview.core.synthesis.corpus import Matrix

CELL_W, CELL_H = 120, 34
LABEL_W = 190
HEAD_H = 46
BAR_H, BAR_GAP, BAR_MAX = 22, 10, 360
CELL_CHARS, LABEL_CHARS = 16, 30  # what fits in a column, and beside a bar, at 13 px
# From paper white to the report's ink blue.
_LOW, _HIGH = (0xF4, 0xF6, 0xFA), (0x1F, 0x4E, 0x8C)


@dataclass(frozen=True)
class HeatCell:
    x: int
    y: int
    fill: str
    label: str  # notes · people
    dark: bool  # white text on a dark cell
    title: str  # the tooltip, in words


@dataclass(frozen=True)
class HeatMap:
    width: int
    height: int
    columns: list[tuple[int, list[str]]]  # x of the column's middle, the role in lines
    rows: list[tuple[int, str]]  # y of the row's middle, tag label
    cells: list[HeatCell]
    cell_width: int = CELL_W
    cell_height: int = CELL_H
    legend: str = "notes · people"  # what a cell's two figures count, in the corner


@dataclass(frozen=True)
class Bar:
    y: int
    width: int
    label: str  # shortened to fit beside the bar
    name: str  # in full, for the tooltip
    value: str


@dataclass(frozen=True)
class BarChart:
    width: int
    height: int
    label_width: int
    bars: list[Bar]


def shade(share: float) -> str:
    share = min(max(share, 0.0), 1.0)
    red, green, blue = (round(lo + (hi - lo) * share) for lo, hi in zip(_LOW, _HIGH, strict=True))
    return f"#{red:02x}{green:02x}{blue:02x}"


def two_lines(text: str) -> list[str]:
    """A column heading on at most two lines, split at the space nearest the middle."""
    if len(text) <= CELL_CHARS or " " not in text:
        return [shorten(text, CELL_CHARS)]
    spaces = [i for i, char in enumerate(text) if char == " "]
    middle = min(spaces, key=lambda i: abs(i - len(text) / 2))
    return [shorten(text[:middle], CELL_CHARS), shorten(text[middle + 1 :], CELL_CHARS)]


def shorten(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def span(days: float) -> str:
    """A time span as people say it, with its unit: hours under a day ("4 hours", from a
    note's "4 hours" kept in days by core/plan/approvals.py), else days to a tenth."""
    if 0 < days < 1:
        hours = round(days * 24, 1)
        return f"{hours:g} {noun(1 if hours == 1 else 2, 'hour')}"
    rounded = round(days, 1)
    return f"{rounded:g} {noun(1 if rounded == 1 else 2, 'day')}"


def heat_map(matrix: Matrix) -> HeatMap:
    roles = matrix.roles
    columns = [
        (LABEL_W + i * CELL_W + CELL_W // 2, two_lines(role)) for i, role in enumerate(roles)
    ]
    rows, cells = [], []
    interviewed = {role: len(matrix.interviewed.get(role, ())) or 1 for role in roles}
    # A cell's weight: its notes per person interviewed in the role, so a role of two is
    # not outweighed by a role of ten, and one talkative person is diluted by the others.
    weight = {
        (tag.key, role): matrix.cell(tag.key, role).notes / interviewed[role]
        for tag in matrix.tags
        for role in roles
    }
    heaviest = max(weight.values(), default=0.0) or 1.0
    for r, tag in enumerate(matrix.tags):
        y = HEAD_H + r * CELL_H
        rows.append((y + CELL_H // 2, f"{tag.emoji} {tag.label}"))
        for c, role in enumerate(roles):
            count = matrix.cell(tag.key, role)
            share = weight[(tag.key, role)] / heaviest
            cells.append(
                HeatCell(
                    x=LABEL_W + c * CELL_W,
                    y=y,
                    fill=shade(share),
                    label=f"{count.notes} · {count.participants}" if count.notes else "–",
                    dark=share > 0.5,
                    title=(
                        f"{tag.label}, {role}: {count.participants} of "
                        f"{plural(interviewed[role], 'person', 'people')}, "
                        f"{plural(count.notes, 'note')}"
                    ),
                )
            )
    return HeatMap(
        width=LABEL_W + max(len(roles), 1) * CELL_W,
        height=HEAD_H + max(len(matrix.tags), 1) * CELL_H,
        columns=columns,
        rows=rows,
        cells=cells,
    )


def theme_bars(themes: Sequence[ThemeEvidence], people: int) -> BarChart:
    """One bar per theme: how many of the people interviewed raised it."""
    bars = []
    for index, theme in enumerate(themes):
        share = theme.count.participants / people if people else 0.0
        bars.append(
            Bar(
                y=index * (BAR_H + BAR_GAP),
                width=max(round(BAR_MAX * share), 2),
                label=shorten(theme.name, LABEL_CHARS),
                name=theme.name,
                value=(
                    f"{theme.count.participants} of {plural(people, 'person', 'people')} "
                    f"({100 * share:.0f}%)"
                ),
            )
        )
    label_width = LABEL_W + 40
    return BarChart(
        width=label_width + BAR_MAX + 170,
        height=max(len(bars), 1) * (BAR_H + BAR_GAP),
        label_width=label_width,
        bars=bars,
    )


@dataclass(frozen=True)
class StageBar:
    y: int
    label: str
    target_width: int
    reported_width: int  # 0 when nobody stated a duration
    over: bool
    value: str


@dataclass(frozen=True)
class StageChart:
    width: int
    height: int
    label_width: int
    bars: list[StageBar]


def stage_bars(rows: Sequence[tuple[str, float, float | None]]) -> StageChart:
    """Per approval stage (name, target days, median days reported): the target as a thin
    bar over the reported lag, on one scale, so a stage running over shows at a glance."""
    longest = max([t for _, t, _ in rows] + [m for _, _, m in rows if m is not None] + [1.0])
    pitch = BAR_H + BAR_GAP + 8
    bars = []
    for index, (name, target, median) in enumerate(rows):
        reported = f"reported {span(median)}" if median is not None else "no lag stated"
        bars.append(
            StageBar(
                y=index * pitch,
                label=shorten(name, LABEL_CHARS),
                target_width=max(round(BAR_MAX * target / longest), 2),
                reported_width=round(BAR_MAX * median / longest) if median is not None else 0,
                over=median is not None and median > target,
                value=f"target {span(target)} · {reported}",
            )
        )
    label_width = LABEL_W - 40
    return StageChart(
        width=label_width + BAR_MAX + 250,
        height=max(len(bars), 1) * pitch,
        label_width=label_width,
        bars=bars,
    )
