"""An engagement's plan as Markdown: actions, RACI matrices and approval timelines.

The report and the Markdown export both end with it, so the changes travel with the
evidence they came from.
"""

from __future__ import annotations

import io
from collections.abc import Callable

from wfinterview.core.framework.wording import plural
from wfinterview.core.outputs.formats import SafeWriter, md
from wfinterview.core.plan.actions import STATUS_LABELS, Action
from wfinterview.core.plan.approvals import APPROVAL_TAG, timelines
from wfinterview.core.plan.engagement_file import EngagementFile
from wfinterview.core.plan.outcomes import theme_of
from wfinterview.core.plan.raci import RaciMatrix, raci_problems
from wfinterview.core.synthesis.anonymize import Naming
from wfinterview.core.synthesis.corpus import Corpus, Filters
from wfinterview.core.synthesis.themes import ThemeBoard


def has_plan(file: EngagementFile) -> bool:
    return bool(file.actions or file.raci or file.approval_stages)


def plan_markdown(file: EngagementFile, corpus: Corpus, naming: Naming, level: int = 2) -> str:
    """`level` is the heading level of the sections (## in the report, # below a session export)."""
    engagement = file.engagement
    text = lambda value: md(naming.engagement_text(engagement, value))  # noqa: E731
    head = "#" * level
    parts: list[str] = []
    if file.actions:
        parts.append(f"{head} Actions: {md(engagement)}\n")
        parts.append("| status | kind | action | owner | due | evidence | validated by |")
        parts.append("| --- | --- | --- | --- | --- | --- | --- |")
        for a in sorted(
            file.actions, key=lambda a: (a.status == "done", a.due or a.created_at.date())
        ):
            validators = ", ".join(text(name) for name in a.validated_by) or "–"
            parts.append(
                f"| {STATUS_LABELS[a.status]} | {a.kind_label} | {text(a.title)} "
                f"| {text(a.owner) or '–'} "
                f"| {a.due.isoformat() if a.due else '–'} | {plural(len(a.evidence), 'note')} "
                f"| {validators} |"
            )
        parts.append("")
    for matrix in file.raci:
        # Named with its engagement: a report covering several has a "campaign launch" each.
        parts.append(f"{head} RACI: {text(matrix.name)} ({md(engagement)})\n")
        if matrix.activities and matrix.parties:
            parts.append(f"| activity | {' | '.join(text(p) for p in matrix.parties)} |")
            parts.append("| --- |" + " --- |" * len(matrix.parties))
            for activity in matrix.activities:
                cells = " | ".join(matrix.get(activity, p) or " " for p in matrix.parties)
                parts.append(f"| {text(activity)} | {cells} |")
            parts.append("")
        problems = raci_problems(matrix)
        # A list, not quote lines: two "> " lines in a row merge into one paragraph.
        parts.extend(
            [f"- ⚠️ {text(problem)}" for problem in problems]
            or ["Every activity has one Accountable and a Responsible."]
        )
        parts.append("")
    if file.approval_stages:
        notes = corpus.notes(Filters(engagement=engagement, tag=APPROVAL_TAG))
        parts.append(f"{head} Approval timelines: {md(engagement)}\n")
        parts.append(
            "Target turnaround beside the lag people reported in 🔄 notes that name the stage.\n"
        )
        parts.append("| stage | target | reported (median) | worst | notes | people |")
        parts.append("| --- | --- | --- | --- | --- | --- |")
        for t in timelines(file.approval_stages, notes):
            median = (
                f"{t.median_days:g} days" + (" ▲ over" if t.over_target else "")
                if t.median_days is not None
                else "–"
            )
            worst = f"{t.worst_days:g} days" if t.worst_days is not None else "–"
            parts.append(
                f"| {text(t.stage.name)} | {t.stage.target_days:g} days | {median} | {worst} | "
                f"{t.mentions} | {t.people} |"
            )
        parts.append("")
    return "\n".join(parts)


def action_theme(action: Action, board: ThemeBoard) -> str | None:
    """The name of the theme an action came from, whether the action names it by id or
    (in files written before theme ids) by name; its own words when the theme is gone."""
    theme = theme_of(action, board)
    return theme.name if theme is not None else action.theme or None


def raci_markdown(matrix: RaciMatrix, named: Callable[[str], str] = str) -> str:
    """The matrix as a Markdown table; `named` names its people as the screen does
    (pseudonyms, when they are on)."""
    lines = [
        f"| activity | {' | '.join(md(named(p)) for p in matrix.parties)} |",
        "| --- |" + " --- |" * len(matrix.parties),
    ]
    for activity in matrix.activities:
        lines.append(
            f"| {md(named(activity))} | "
            + " | ".join(matrix.get(activity, p) or " " for p in matrix.parties)
            + " |"
        )
    return "\n".join(lines) + "\n"


def raci_csv(matrix: RaciMatrix, named: Callable[[str], str] = str) -> str:
    """The matrix as CSV; `named` as in `raci_markdown`."""
    out = io.StringIO()
    writer = SafeWriter(out)
    writer.row(["activity", *(named(p) for p in matrix.parties)])
    for activity in matrix.activities:
        writer.row([named(activity), *(matrix.get(activity, p) for p in matrix.parties)])
    return out.getvalue()
