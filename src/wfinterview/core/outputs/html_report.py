"""The synthesis report as one self-contained HTML page for the client: inline CSS, no
script, nothing fetched from the network, printable to PDF from any browser.

It is rendered from a Jinja2 template shipped in the package (templates/report.html.j2)
with autoescaping on: notes and names are untrusted text, and a note reading `<script>`
or `{{ 7*7 }}` must come out as those characters. Text is never joined into markup here.

Printed, it must read without the screen: a tag is named by its label (its emoji only
decorates it, and prints as an empty box where no emoji font is installed), every figure
says what it counts, and the page sets its own margins so a browser's header and footer
(date, file path) find no room (tests/e2e/test_html_print.py prints it in Chromium).
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from importlib.resources import files

from jinja2 import Environment, StrictUndefined, Template

from wfinterview.core.framework.content import Tag
from wfinterview.core.framework.wording import plural
from wfinterview.core.outputs.charts import StageChart, heat_map, span, stage_bars, theme_bars
from wfinterview.core.outputs.findings_report import (
    CONTRASTS_SHOWN,
    HANDOFFS_SHOWN,
    STEP_TITLES,
    sides_line,
    tool_rows,
)
from wfinterview.core.outputs.plans import action_theme, has_plan
from wfinterview.core.outputs.report import CHECKED, facts_line, planned_facts, reach
from wfinterview.core.outputs.report_data import ReportData, Wish, gather
from wfinterview.core.plan.actions import STATUS_LABELS
from wfinterview.core.plan.approvals import APPROVAL_TAG, timelines
from wfinterview.core.plan.engagement_file import EngagementFile
from wfinterview.core.plan.raci import raci_problems
from wfinterview.core.synthesis.anonymize import Naming
from wfinterview.core.synthesis.contrasts import disagreements
from wfinterview.core.synthesis.corpus import Corpus, Filters, NoteRef
from wfinterview.core.synthesis.findings_cache import FindingsCache
from wfinterview.core.synthesis.themes import ThemeBoard
from wfinterview.core.synthesis.vocabulary import Vocabulary

TEMPLATE = "report.html.j2"
HANDOFF_STUCK_TAGS = ("approval_lag", "integration_gaps")  # as core/synthesis/facts.py counts


def tag_name(tag: Tag) -> str:
    """A tag as the page names it: its label, decorated by its emoji."""
    return f"{tag.emoji} {tag.label}"


@dataclass(frozen=True)
class Said:
    """A note as the page shows it: the words, who said them and in which role."""

    text: str
    who: str
    role: str
    checked: str = ""  # CHECKED when the call's transcript confirms a quote


@dataclass(frozen=True)
class WishView:
    """A magic-wand wish as the page shows it: the words, who said them and when."""

    text: str
    who: str
    role: str
    round: int


@dataclass(frozen=True)
class RaciView:
    name: str
    parties: list[str]
    rows: list[tuple[str, list[str]]]
    problems: list[str]


@dataclass(frozen=True)
class PlanView:
    engagement: str
    actions: list[dict[str, str]]
    raci: list[RaciView]
    stages: list[dict[str, str]]
    stage_chart: StageChart | None


@cache
def _template() -> Template:
    source = (files("wfinterview.core.outputs") / "templates" / TEMPLATE).read_text("utf-8")
    environment = Environment(
        autoescape=True,  # every value is text; markup comes from the template alone
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    return environment.from_string(source)


def write_html_report(
    corpus: Corpus,
    boards: Mapping[str, ThemeBoard],
    filters: Filters,
    naming: Naming,
    plans: Sequence[EngagementFile] = (),
    internal: bool = False,
    vocabulary: Vocabulary | None = None,
    cache: FindingsCache | None = None,
    verified: Collection[str] = (),
) -> str:
    data = gather(corpus, boards, filters, naming, plans, internal, vocabulary, cache, verified)
    return report_html(data, corpus, boards, naming)


def report_html(
    data: ReportData, corpus: Corpus, boards: Mapping[str, ThemeBoard], naming: Naming
) -> str:
    def said(ref: NoteRef) -> Said:
        text = " ".join(naming.text(ref.session, ref.note["text"]).split())
        role = ref.session.participant.role
        if data.several:  # two clients may each have a Ben Patel: say whose
            role += f" · {ref.session.engagement}"
        checked = CHECKED if data.checked(ref) else ""
        return Said(text, naming.participant(ref.session), role, checked)

    planned = [
        {
            "title": naming.engagement_text(p.engagement, p.action.title),
            "engagement": p.engagement,
            "facts": ", ".join(planned_facts(p, naming)),
        }
        for p in data.planned
    ]
    return _template().render(
        data=data,
        facts=facts_line(data) if data.sessions else "",
        blockers=[(t.name, reach(t.count, data.people)) for t in data.blockers],
        planned=planned,
        heat=heat_map(data.matrix) if data.sessions else None,
        bars=theme_bars(data.themes, data.people) if data.themes else None,
        themes=[
            (t.name, reach(t.count, data.people), [said(r) for r in t.evidence])
            for t in data.themes
        ],
        wishes=[_wish_view(w, data.several) for w in data.wishes_said],
        follow_ups=(
            [said(r) for r in data.follow_ups.refs] if data.follow_ups is not None else None
        ),
        findings=_findings_view(data, corpus, said, naming),
        plans=[_plan_view(plan, corpus, boards, naming) for plan in data.plans if has_plan(plan)],
        plural=plural,
    )


def _wish_view(wish: Wish, several: bool) -> WishView:
    role = f"{wish.role} · {wish.engagement}" if several else wish.role
    return WishView(wish.text, wish.speaker, role, wish.round)


def _findings_view(
    data: ReportData, corpus: Corpus, said: Callable[[NoteRef], Said], naming: Naming
) -> dict[str, list[object]]:
    """The findings beyond tags as rows of text, the same rows as the Markdown report's."""
    found = data.findings
    if found is None:
        return {"tools": [], "handoffs": [], "contrasts": [], "outcomes": [], "stuck_tags": []}
    tags = {tag.key: tag for tag in corpus.tags}
    return {
        "tools": [
            {
                "tool": row.tool,
                "people": row.people,
                "roles": row.roles,
                "notes": row.notes,
                "tags": [
                    f"{tag_name(tags[key])} {count}"
                    for key, count in use.tags.most_common()
                    if key in tags
                ],
                "workarounds": row.workarounds,
            }
            for row, use in zip(tool_rows(found, tags), found.tools.tools, strict=False)
        ],
        "stuck_tags": [tag_name(tags[key]) for key in HANDOFF_STUCK_TAGS if key in tags],
        "handoffs": [
            {
                "source": e.source,
                "target": e.target,
                "people": e.count.participants,
                "notes": e.count.notes,
                "stuck": e.friction,
            }
            for e in found.handoffs[:HANDOFFS_SHOWN]
        ],
        "contrasts": [
            {
                "step": STEP_TITLES.get(d.step, d.step),
                "engagement": d.engagement,
                "tag": tag_name(tags[d.tag]) if d.tag in tags else d.tag,
                "sides": sides_line(d),  # every stuck and smooth role, once per step and tag
                "stuck": said(d.stuck_note),
                "smooth": said(d.smooth_note),
            }
            for d in disagreements(found.contrasts)[:CONTRASTS_SHOWN]
        ],
        "outcomes": [
            {
                "title": naming.engagement_text(o.engagement, o.action.title),
                "engagement": o.engagement,
                "theme": naming.engagement_text(o.engagement, o.theme),
                "before": f"round {o.before.round}: {o.before.people} of "
                + plural(o.before.interviewed, "person", "people"),
                "after": f"round {o.after.round}: {o.after.people} of "
                + plural(o.after.interviewed, "person", "people"),
                "change": f"{o.change:+.0f} pts",
            }
            for o in data.outcomes
        ],
    }


def _plan_view(
    plan: EngagementFile, corpus: Corpus, boards: Mapping[str, ThemeBoard], naming: Naming
) -> PlanView:
    engagement = plan.engagement

    def text(value: str) -> str:
        return naming.engagement_text(engagement, value)

    board = boards.get(engagement, plan.themes)
    actions = [
        {
            "status": STATUS_LABELS[a.status],
            "kind": a.kind_label,
            "title": text(a.title),
            "theme": text(action_theme(a, board) or "–"),
            "owner": text(a.owner) or "–",
            "due": a.due.isoformat() if a.due else "–",
            "evidence": plural(len(a.evidence), "note"),
            "validated_by": ", ".join(text(name) for name in a.validated_by) or "–",
        }
        for a in sorted(
            plan.actions, key=lambda a: (a.status == "done", a.due or a.created_at.date())
        )
    ]
    raci = [
        RaciView(
            name=text(m.name),
            parties=[text(p) for p in m.parties],
            rows=[(text(act), [m.get(act, p) for p in m.parties]) for act in m.activities],
            problems=[text(problem) for problem in raci_problems(m)],
        )
        for m in plan.raci
    ]
    notes = list(corpus.notes(Filters(engagement=engagement, tag=APPROVAL_TAG)))
    stages = [
        {
            "name": text(t.stage.name),
            "target": span(t.stage.target_days),
            "median": span(t.median_days) if t.median_days is not None else "–",
            "over": "over" if t.over_target else "",
            "worst": span(t.worst_days) if t.worst_days is not None else "–",
            "mentions": str(t.mentions),
            "people": str(t.people),
        }
        for t in (timelines(plan.approval_stages, notes) if plan.approval_stages else [])
    ]
    figures = [
        (text(t.stage.name), t.stage.target_days, t.median_days)
        for t in (timelines(plan.approval_stages, notes) if plan.approval_stages else [])
    ]
    return PlanView(engagement, actions, raci, stages, stage_bars(figures) if figures else None)
