"""The report's pictures as plain geometry: the tag × role heat map and the bars of
people per theme. The HTML template draws them as inline SVG; nothing here is markup,
so every label reaches the page through the template's escaping."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from wfinterview.core.outputs.evidence import ThemeEvidence
from wfinterview.core.synthesis.corpus import Matrix

CELL_W, CELL_H = 96, 34
LABEL_W = 190
HEAD_H = 46
BAR_H, BAR_GAP, BAR_MAX = 22, 10, 360
# From paper white to the report's ink blue: a cell's colour is the share of the role's
# people who raised the tag, so a small role is not drowned by a large one.
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
    columns: list[tuple[int, str]]  # x of the column's middle, role
    rows: list[tuple[int, str]]  # y of the row's middle, tag label
    cells: list[HeatCell]


@dataclass(frozen=True)
class Bar:
    y: int
    width: int
    label: str
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


def heat_map(matrix: Matrix) -> HeatMap:
    roles = matrix.roles
    columns = [(LABEL_W + i * CELL_W + CELL_W // 2, role) for i, role in enumerate(roles)]
    rows, cells = [], []
    for r, tag in enumerate(matrix.tags):
        y = HEAD_H + r * CELL_H
        rows.append((y + CELL_H // 2, f"{tag.emoji} {tag.label}"))
        for c, role in enumerate(roles):
            count = matrix.cell(tag.key, role)
            interviewed = len(matrix.interviewed.get(role, ())) or 1
            share = count.participants / interviewed
            cells.append(
                HeatCell(
                    x=LABEL_W + c * CELL_W,
                    y=y,
                    fill=shade(share),
                    label=f"{count.notes} · {count.participants}" if count.notes else "–",
                    dark=share > 0.5,
                    title=(
                        f"{tag.label}, {role}: {count.participants} of {interviewed} "
                        f"people, {count.notes} notes"
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
                label=theme.name,
                value=f"{theme.count.participants} of {people} ({100 * share:.0f}%)",
            )
        )
    label_width = LABEL_W + 40
    return BarChart(
        width=label_width + BAR_MAX + 130,
        height=max(len(bars), 1) * (BAR_H + BAR_GAP),
        label_width=label_width,
        bars=bars,
    )
