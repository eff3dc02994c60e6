"""Realistic generated interviews, to explore synthesis at once and to benchmark it.

The same seed always gives the same sessions: two engagements, each interviewed in two
rounds seven months apart, the four roles, all five tags, quotes, follow-ups and magic
wand wishes, with plausible timings. Demo session ids start with `demo-`, so the
generated files are easy to tell apart (`wfinterview demo --remove` deletes them).

Nobody says a sentence somebody else said, nor one they said before: each note is drawn
again until its words are new (core/outputs/report_data.py would list a repeat once, and
a reader takes two people saying the same words for a copying mistake). Only a demo far
larger than the default (a benchmark's) may run out of new sentences and repeat one.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

from wfinterview.core.framework.content import MAGIC_WAND_STEP, ROLE_AGENDA_IDS
from wfinterview.core.framework.models import Agenda, Note, Participant, Session
from wfinterview.core.framework.text import slug
from wfinterview.core.interview.recap import draft_recap
from wfinterview.core.setup.agendas import AgendaCatalog

DEMO_PREFIX = "demo-"  # every demo session's id, and every demo action's
ENGAGEMENTS = ("Acme Retail", "Northwind Health")
ROUND_STARTS = (datetime(2026, 3, 2, 9, 0, tzinfo=UTC), datetime(2026, 10, 5, 9, 0, tzinfo=UTC))
FACILITATOR = "Sam Rivera"

FIRST = (
    "Ana",
    "Ben",
    "Chloe",
    "Dev",
    "Ella",
    "Farid",
    "Grace",
    "Hiro",
    "Ines",
    "Jonas",
    "Kemi",
    "Liam",
    "Maya",
    "Nico",
    "Olga",
    "Priya",
    "Quinn",
    "Rosa",
    "Sven",
    "Tara",
    "Uma",
    "Victor",
    "Wen",
    "Yara",
    "Zoe",
    "Omar",
    "Lena",
    "Marco",
    "Nadia",
    "Ravi",
)
LAST = (
    "Souza",
    "Okafor",
    "Lindqvist",
    "Patel",
    "Moreau",
    "Haddad",
    "Kim",
    "Tanaka",
    "García",
    "Novak",
    "Adeyemi",
    "Brennan",
    "Costa",
    "Dubois",
    "Eriksen",
    "Fischer",
    "Gupta",
    "Horvat",
    "Ivanova",
    "Jensen",
)

ASSETS = (
    "the launch email",
    "the campaign brief",
    "paid social creative",
    "the landing page",
    "the product one-pager",
    "webinar slides",
    "the partner deck",
    "blog posts",
    "the monthly newsletter",
    "event banners",
)
APPROVERS = ("legal", "brand", "the CMO", "compliance", "the regional lead", "product marketing")
TOOLS = (
    "the DAM",
    "Asana",
    "SFDC",
    "Google Sheets",
    "the CMS",
    "Salesforce",
    "HubSpot",
    "the shared drive",
    "Jira",
    "Airtable",
    "Figma",
)
TEAMS = ("design", "web", "ops", "sales", "the agency", "product", "regional marketing")

# Each tag's notes, in the facilitator's shorthand; {asset}, {approver}, {tool}, {team}
# and {days} are filled in.
TAGGED = {
    "tool_friction": (
        "{tool} is too slow to find {asset}, so people ask {team} in Slack",
        "Nobody uses {tool} for {asset}; it lives in personal folders",
        "Exports from {tool} for {asset} have to be cleaned by hand every week",
        "Logging into {tool} takes three steps, so {team} skips the updates",
    ),
    "approval_lag": (
        "{asset} waits {days} days for {approver} sign-off",
        "{approver} reviews in batches on Fridays, so {asset} slips a week",
        "Second round of {approver} comments arrives after the deadline",
        "Sign-off for {asset} needs {approver} even for typo fixes",
    ),
    "ghost_ownership": (
        "Nobody is sure whether {team} or marketing owns {asset} once it goes live",
        "{team} and marketing both think the other updates {asset}",
        "The checklist for {asset} has had no owner since {team} was reorganised",
        "Feedback on {asset} goes to whoever in {team} replies first",
    ),
    "sop_mismatch": (
        "The SOP says {approver} approves {asset}, but in practice {team} does",
        "The documented intake form for {asset} is skipped for urgent requests",
        "The SOP for {asset} still lists {tool}, which nobody uses now",
        "Real process for {asset} has two extra review steps not in the SOP",
    ),
    "integration_gaps": (
        "Copying {asset} details from {tool} into the brief by hand",
        "Leads from {tool} reach sales through a weekly spreadsheet",
        "{team} re-keys {asset} data because {tool} doesn't sync",
        "Handoff of {asset} to {team} happens by email attachment",
        "Sends {asset} to {team} as a PDF, then re-keys their changes",
        "Waits on {team} for final files before {asset} can go out",
    ),
}
CONTEXT = (
    "Works mostly on {asset} with {team}",
    "Walked through {asset} from request to launch",
    "Most requests arrive by Slack DM, some by email",
    "Weekly stand-up with {team} to sort priorities",
    "Deadlines set by sales events, not by capacity",
    "Uses {tool} daily for tracking",
    "Hands {asset} over to {team} once the copy is approved",
    "Schedules social posts in Sprinklr, then reports in {tool}",
    "Spends Monday planning {asset} with {team}",
    "Gets requests for {asset} from {team} through {tool}",
    "Tracks the status of {asset} in {tool}, one row per piece",
    "Took over {asset} from {team} {days} months ago",
    "Reports on {asset} to {approver} every month",
)
# Strategic leads see approvals from the top: calm where others are stuck.
CALM_APPROVALS = (
    "From where I sit approvals are quick: {approver} turns things around in a day",
    "Sign-off has never held up our plans",
    "We agreed approval windows with {approver} last year and they hold",
    "{approver} usually signs off on {asset} the same day",
    "Approvals for {asset} run on a calendar everyone knows",
    "We rarely wait on {approver}; the rules for {asset} are clear",
)
# Each step draws mostly the tags it is about (the framework's own design).
STEP_TAGS = {
    "role": None,  # any tag, as the round weighs them
    "walkthrough": {"integration_gaps": 3, "ghost_ownership": 2, "approval_lag": 1},
    "tools": {"tool_friction": 4, "integration_gaps": 3},
    "approvals": {"approval_lag": 1},
    "sop": {"sop_mismatch": 4, "ghost_ownership": 1},
}
STRATEGY_AGENDA = "strategy"
# After round one's fixes (an approval SLA, a RACI, a new calendar tool), the share of
# people in round two who no longer raise each tag at all.
ROUND_FIXED: tuple[dict[str, float], ...] = (
    {},
    {"approval_lag": 0.6, "ghost_ownership": 0.4, "sop_mismatch": 0.2},
)
# Verbatim quotes, by the tag they speak to.
QUOTES = {
    "tool_friction": (
        "If it's not in {tool}, it doesn't exist, but half of it isn't in {tool}",
        "I keep my own tracker because {tool} takes forever to load",
        "Every time {tool} changes, we lose a week relearning it",
        "We pay for {tool} and still do {asset} in email",
    ),
    "approval_lag": (
        "By the time {approver} signs off, the moment has passed",
        "Honestly, I just message {approver} directly, it's faster than the process",
        "{asset} sat with {approver} for {days} days and nobody could tell me why",
        "I plan around {approver}, not around the launch date",
    ),
    "ghost_ownership": (
        "I spend Monday mornings chasing who owns what",
        "Everyone assumes someone else has {asset}",
        "When {asset} breaks, three people think someone else will fix it",
        "I only found out last month that {team} thought I owned {asset}",
    ),
    "sop_mismatch": (
        "The SOP is what we say we do, not what we do",
        "Nobody has opened the process doc for {asset} in a year",
        "The process doc for {asset} describes a team that doesn't exist anymore",
        "We follow the SOP for {asset} only when {approver} is watching",
    ),
    "integration_gaps": (
        "We built a workaround in a spreadsheet and now the spreadsheet is the process",
        "Half my week is copy-paste between {tool} and {tool2}",
    ),
}
FOLLOW_UPS = (
    "Follow up: get the current {approver} approval matrix for {asset}",
    "Follow up: ask {team} who they think owns {asset}",
    "Follow up: request a copy of the {tool} export {team} uses",
    "Follow up: find the latest SOP for {asset} in {tool}",
)
WISHES = (
    "Magic wand: one intake form that feeds {tool} directly",
    "Magic wand: a clear owner in {team} for {asset}",
    "Magic wand: {approver} sign-off within 48 hours, with a fallback approver",
    "Magic wand: {tool} and {tool2} talk to each other",
    "Magic wand: an SOP that matches how {asset} really gets made",
)
# Round two follows the first round's fixes: approval lag shrinks, tool friction grows.
ROUND_TAG_WEIGHTS = (
    {
        "tool_friction": 3,
        "approval_lag": 5,
        "ghost_ownership": 4,
        "sop_mismatch": 3,
        "integration_gaps": 3,
    },
    {
        "tool_friction": 5,
        "approval_lag": 2,
        "ghost_ownership": 3,
        "sop_mismatch": 3,
        "integration_gaps": 4,
    },
)


TRIES = 40  # draws of one kind of note before its words count as used up


class _Sayings:
    """Every sentence said so far in this demo, so that nobody says one twice."""

    def __init__(self) -> None:
        self._said: set[str] = set()
        self._used_up: set[int] = set()  # kinds of note with no new words left

    def new(self, rng: random.Random, templates: tuple[str, ...]) -> str | None:
        """Words of this kind nobody has said yet; None once the kind is used up (after
        that, a draw of it may repeat: only a demo far beyond the default gets there)."""
        if id(templates) in self._used_up:
            return None
        for _ in range(TRIES):
            text = _fill(rng, rng.choice(templates))
            if text.casefold() not in self._said:
                self._said.add(text.casefold())
                return text
        self._used_up.add(id(templates))
        return None

    def any(self, rng: random.Random, templates: tuple[str, ...]) -> str:
        return self.new(rng, templates) or _fill(rng, rng.choice(templates))


def generate_demo(sessions: int, notes_per_session: int, seed: int) -> Iterator[Session]:
    rng = random.Random(seed)
    sayings = _Sayings()
    catalog = AgendaCatalog(None)
    agendas = {role: catalog.get(role) for role in ROLE_AGENDA_IDS}
    per_engagement = (sessions + len(ENGAGEMENTS) - 1) // len(ENGAGEMENTS)
    people_per_round = max(1, (per_engagement + 1) // 2)
    people = {}
    for engagement in ENGAGEMENTS:
        roles = list(ROLE_AGENDA_IDS)
        rng.shuffle(roles)  # every role in every engagement, in no fixed order
        people[engagement] = [
            (_name(rng, index), roles[index % len(roles)]) for index in range(people_per_round)
        ]
    for number in range(sessions):
        engagement = ENGAGEMENTS[number % len(ENGAGEMENTS)]
        position = number // len(ENGAGEMENTS)
        round_index = 0 if position < people_per_round else 1
        name, role = people[engagement][position % people_per_round]
        yield _session(
            rng, sayings, number, engagement, round_index, name, agendas[role], notes_per_session
        )


def _name(rng: random.Random, index: int) -> str:
    last = LAST[(index // len(FIRST) + rng.randrange(len(LAST))) % len(LAST)]
    return f"{FIRST[index % len(FIRST)]} {last}"


def _fill(rng: random.Random, template: str) -> str:
    tool, tool2 = rng.sample(TOOLS, 2)
    text = template.format(
        asset=rng.choice(ASSETS),
        approver=rng.choice(APPROVERS),
        tool=tool,
        tool2=tool2,
        team=rng.choice(TEAMS),
        days=rng.randint(2, 12),
    )
    return text[0].upper() + text[1:]  # "legal reviews…" begins a sentence


def _session(
    rng: random.Random,
    sayings: _Sayings,
    number: int,
    engagement: str,
    round_index: int,
    name: str,
    agenda: Agenda,
    note_count: int,
) -> Session:
    started = ROUND_STARTS[round_index] + timedelta(days=number // 8 % 20, hours=number % 8)
    step_seconds = {
        step.key: round(step.minutes * 60 * rng.uniform(0.7, 1.5), 1) for step in agenda.steps
    }
    elapsed = sum(step_seconds.values())
    weights = dict(ROUND_TAG_WEIGHTS[round_index])
    for tag, chance in ROUND_FIXED[round_index].items():
        if rng.random() < chance:  # the change worked for this person: they no longer raise it
            weights[tag] = 0
    notes = _notes(rng, sayings, agenda, step_seconds, note_count, weights)
    session = Session(
        id=f"{DEMO_PREFIX}{started:%Y%m%d-%H%M}-{slug(name)}-{number:05d}",
        engagement=engagement,
        round=round_index + 1,
        facilitator=FACILITATOR,
        started_at=started,
        ended_at=started + timedelta(seconds=elapsed),
        participant=Participant(name=name, role=agenda.role),
        agenda=agenda,
        planned_minutes=agenda.minutes,
        elapsed_seconds=round(elapsed, 1),
        current_step=agenda.steps[-1].key,
        step_seconds=step_seconds,
        notes=notes,
    )
    if rng.random() < 0.5:  # half the recaps went out the same day, as drafted from the notes
        sent_at = started + timedelta(seconds=elapsed, hours=3)
        session.recap = draft_recap(session).model_copy(update={"sent_at": sent_at})
    return session


def _notes(
    rng: random.Random,
    sayings: _Sayings,
    agenda: Agenda,
    step_seconds: dict[str, float],
    count: int,
    weights: dict[str, int],
) -> list[Note]:
    starts, offset = {}, 0.0
    for agenda_step in agenda.steps:
        starts[agenda_step.key] = offset
        offset += step_seconds[agenda_step.key]
    total = offset or 1.0
    notes = []
    calm = agenda.id == STRATEGY_AGENDA
    for index in range(count):
        at = rng.uniform(0, total)
        step = next(s.key for s in reversed(agenda.steps) if starts[s.key] <= at)
        step_weights = STEP_TAGS.get(step)
        chosen = (
            weights
            if step_weights is None
            else {key: weights[key] * factor for key, factor in step_weights.items()}
        )
        tag_keys, tag_weights = list(chosen), list(chosen.values())
        roll = rng.random()
        tags: list[str] = []
        quote = follow_up = False
        text: str | None
        if step == MAGIC_WAND_STEP and roll > 0.65:
            text = sayings.new(rng, WISHES)  # what would otherwise be a context note
        elif calm and step == "approvals" and roll < 0.65:
            text, quote = sayings.new(rng, CALM_APPROVALS), roll < 0.2
        elif roll < 0.55 and any(tag_weights):
            tags = [rng.choices(tag_keys, tag_weights)[0]]
            if rng.random() < 0.15:
                tags.append(rng.choices(tag_keys, tag_weights)[0])
            text = sayings.new(rng, TAGGED[tags[0]])
            tags = list(dict.fromkeys(tags))
        elif roll < 0.65 and any(tag_weights):
            tags = [rng.choices(tag_keys, tag_weights)[0]]
            text, quote = sayings.new(rng, QUOTES[tags[0]]), True
        elif roll < 0.72:
            text, follow_up = sayings.new(rng, FOLLOW_UPS), True
        else:
            text = sayings.new(rng, CONTEXT)
        if text is None:  # no new words of that kind left: a context note instead
            tags, quote, follow_up = [], False, False
            text = sayings.any(rng, CONTEXT)
        notes.append(
            Note(
                id=f"n{index:04d}",
                step=step,
                at=round(at, 1),
                text=text,
                tags=tags,
                quote=quote,
                follow_up=follow_up,
            )
        )
    notes.sort(key=lambda note: note.at)
    return notes
