"""The report's pictures as numbers worked out by hand: the heat map's cells (colour,
label, tooltip, place), the bars of people per theme and the approval stages."""

from __future__ import annotations

from tests import factories
from tests.core.test_findings import n
from wfinterview.core.framework.content import BUILTIN_TAGS
from wfinterview.core.outputs.charts import (
    Bar,
    BarChart,
    StageBar,
    heat_map,
    shade,
    shorten,
    span,
    stage_bars,
    theme_bars,
    two_lines,
)
from wfinterview.core.outputs.evidence import ThemeEvidence
from wfinterview.core.synthesis.corpus import Corpus, Count, Filters
from wfinterview.core.synthesis.digest import SessionDigest

LAG, GHOST = "approval_lag", "ghost_ownership"


def test_shades_run_from_paper_white_to_ink_blue() -> None:
    assert [shade(s) for s in (-1.0, 0.0, 0.5, 1.0, 2.0)] == [
        "#f4f6fa",
        "#f4f6fa",
        "#8aa2c3",
        "#1f4e8c",
        "#1f4e8c",
    ]


def test_labels_are_cut_to_fit_and_headings_split_near_the_middle() -> None:
    assert shorten("abc", 3) == "abc" and shorten("abcd", 3) == "ab…"
    assert shorten("ab cd", 4) == "ab…"
    assert two_lines("Campaign Lead") == ["Campaign Lead"]
    assert two_lines("Marketing Ops / Tech") == ["Marketing", "Ops / Tech"]
    assert two_lines("Supercalifragilistic") == ["Supercalifragil…"]
    assert two_lines("Chief Marketing Officer (EMEA)") == ["Chief Marketing", "Officer (EMEA)"]


def corpus() -> Corpus:
    jordan = factories.session("s1", "Jordan", "campaign", [n("a", tags=[LAG]), n("b", tags=[LAG])])
    priya = factories.session("s2", "Priya", "campaign", [n("c", tags=[LAG])])
    omar = factories.session("s3", "Omar", "ops", [n("d", tags=[GHOST])])
    digests = [
        SessionDigest.model_validate_json(s.model_dump_json()) for s in (jordan, priya, omar)
    ]
    return Corpus(digests, BUILTIN_TAGS)


def test_the_heat_map_weighs_notes_per_person_interviewed_in_the_role() -> None:
    chart = heat_map(corpus().matrix(Filters()))
    assert (chart.width, chart.height) == (430, 216)
    assert chart.columns == [(250, ["Campaign Lead"]), (370, ["Marketing", "Ops / Tech"])]
    assert chart.rows[1] == (97, "🔄 Approval Lag")
    assert chart.legend == "notes · people"  # the cells' unit, in the picture itself
    cells = {(c.x, c.y): c for c in chart.cells}
    lag = cells[(190, 80)]
    assert (lag.fill, lag.label, lag.dark, lag.title) == (
        "#1f4e8c",
        "3 · 2",
        True,
        "Approval Lag, Campaign Lead: 2 of 2 people, 3 notes",
    )
    ghost = cells[(310, 114)]
    assert (ghost.fill, ghost.label, ghost.dark, ghost.title) == (
        "#6686b1",
        "1 · 1",
        True,
        "Ghost Ownership, Marketing Ops / Tech: 1 of 1 person, 1 note",
    )
    empty = cells[(190, 46)]
    assert (empty.fill, empty.label, empty.dark, empty.title) == (
        "#f4f6fa",
        "–",
        False,
        "Tool Friction, Campaign Lead: 0 of 2 people, 0 notes",
    )
    assert len(chart.cells) == 10


def theme(name: str, people: int) -> ThemeEvidence:
    count = Count()
    for index in range(people):
        count.add((f"p{index}", "Acme"), "Campaign Lead")
    return ThemeEvidence(name, count, [])


def test_theme_bars_are_shares_of_the_people_interviewed() -> None:
    long = "Cross-team misalignment on launch dates"
    chart = theme_bars([theme("Approval issues", 2), theme(long, 0)], 4)
    assert chart == BarChart(
        width=760,
        height=64,
        label_width=230,
        bars=[
            Bar(0, 180, "Approval issues", "Approval issues", "2 of 4 people (50%)"),
            Bar(32, 2, "Cross-team misalignment on la…", long, "0 of 4 people (0%)"),
        ],
    )
    assert theme_bars([], 0).height == 32
    assert theme_bars([theme("X", 0)], 0).bars[0].value == "0 of 0 people (0%)"


def test_stage_bars_set_the_target_over_the_reported_lag_on_one_scale() -> None:
    chart = stage_bars([("legal", 3.0, 6.0), ("brand", 2.0, None), ("compliance", 5.0, 4.0)])
    assert (chart.width, chart.height, chart.label_width) == (760, 120, 150)
    assert chart.bars == [
        StageBar(0, "legal", 180, 360, True, "target 3 days · reported 6 days"),
        StageBar(40, "brand", 120, 0, False, "target 2 days · no lag stated"),
        StageBar(80, "compliance", 300, 240, False, "target 5 days · reported 4 days"),
    ]
    empty = stage_bars([])
    assert (empty.height, empty.bars) == (40, [])
    tiny = stage_bars([("quick", 0.5, 0.5)])
    assert (tiny.bars[0].target_width, tiny.bars[0].reported_width) == (180, 180)
    assert tiny.bars[0].value == "target 12 hours · reported 12 hours"


def test_a_span_says_its_unit_in_hours_under_a_day_else_in_days() -> None:
    # core/plan/approvals.py keeps every lag in days: "4 hours" is 1/6 of a day.
    assert [span(d) for d in (4 / 24, 1 / 24, 0.5, 1.0, 1.04, 7.0, 7.5, 10 / 3, 0.0)] == [
        "4 hours",
        "1 hour",
        "12 hours",
        "1 day",
        "1 day",
        "7 days",
        "7.5 days",
        "3.3 days",
        "0 days",
    ]
    assert span(23.5 / 24) == "23.5 hours"


def test_a_name_that_names_nothing_lists_the_close_ones_then_all() -> None:
    from wfinterview.core.outputs.names import close_to, unknown_name

    known = ["globex", "Acme Retail", "Acme Retails", "Acme Resale", "Acme Rental"]
    assert close_to("ACME RETAL", known) == ["Acme Retail", "Acme Rental", "Acme Retails"]
    error = unknown_name("no sessions in engagement 'Acme Retal'", "Acme Retal", known, "known")
    assert error.lines == [
        "no sessions in engagement 'Acme Retal'; did you mean 'Acme Retail' or 'Acme Rental' "
        "or 'Acme Retails'? (known: 'Acme Rental', 'Acme Resale', 'Acme Retail', "
        "'Acme Retails', 'globex')"
    ]
    assert unknown_name("no theme 'Zz'", "Zz", [], "themes").lines == [
        "no theme 'Zz' (themes: none yet)"
    ]


def test_chart_details_at_their_exact_boundaries() -> None:
    assert two_lines("Head of Content!") == ["Head of Content!"]  # 16 characters fit
    jordan = factories.session("s1", "Jordan", "campaign", [n("a", tags=[LAG]), n("b", tags=[LAG])])
    priya = factories.session("s2", "Priya", "campaign", [n("c")])
    omar = factories.session("s3", "Omar", "ops", [n("d", tags=[LAG])])
    ana = factories.session("s4", "Ana", "ops", [n("e")])
    digests = [
        SessionDigest.model_validate_json(s.model_dump_json()) for s in (jordan, priya, omar, ana)
    ]
    chart = heat_map(Corpus(digests, BUILTIN_TAGS).matrix(Filters()))
    lag = {c.x: c for c in chart.cells if c.y == 80}
    assert [(c.label, c.fill, c.dark) for c in (lag[190], lag[310])] == [
        ("2 · 1", "#1f4e8c", True),
        ("1 · 1", "#8aa2c3", False),  # half the heaviest weight is not yet dark
    ]
    nobody = heat_map(Corpus([], BUILTIN_TAGS).matrix(Filters()))
    assert (nobody.width, nobody.columns, len(nobody.rows)) == (310, [], 5)
    assert theme_bars([theme("Approval issues", 1)], 3).bars[0].value == "1 of 3 people (33%)"
    assert theme_bars([theme("Approval issues", 1)], 1).bars[0].value == "1 of 1 person (100%)"
    assert stage_bars([("legal", 3.0, 3.0), ("brand", 0.0, 9.0)]).bars == [
        StageBar(0, "legal", 120, 120, False, "target 3 days · reported 3 days"),  # on target
        StageBar(40, "brand", 2, 360, True, "target 0 days · reported 9 days"),
    ]
