"""A session's findings as the findings cache keeps them (session_findings.to_json and
from_json): a reading written by hand for a session of three notes comes back whole, and
every way a damaged cache entry can be wrong is refused (the session is then read again)."""

from __future__ import annotations

import copy
from collections.abc import Callable
from typing import Any

import pytest

from wfinterview.core.synthesis.session_findings import from_json, to_json

NOTES = 3
# Salesforce in all three notes (the most there can be), three examples (the most kept),
# Sprinklr once, one handoff, and the approvals step: a quote at note 0, 🔄 first at 0,
# its first untagged note (2) no quote (-1).
VALID: Any = [
    [["Salesforce", 3, {"tool_friction": 3}, {"spreadsheet": 1}, [0, 1, 2]]],
    {"Sprinklr": 1},
    [["Campaigns", "Legal", 1, 1, [1]]],
    [["approvals", {"approval_lag": 0}, {"approval_lag": 0}, [-1, 2]]],
]


def test_a_reading_comes_back_as_it_was_written() -> None:
    found = from_json(copy.deepcopy(VALID), NOTES)
    assert found.tools["Salesforce"].examples == [0, 1, 2]
    assert found.steps["approvals"].untagged == (-1, 2)
    assert to_json(found) == [VALID[0], VALID[1], VALID[2], [VALID[3][0][:3] + [(-1, 2)]]]


def tool(index: int, value: object) -> Callable[[Any], None]:
    def damage(data: Any) -> None:
        data[0][0][index] = value

    return damage


def handoff(index: int, value: object) -> Callable[[Any], None]:
    def damage(data: Any) -> None:
        data[2][0][index] = value

    return damage


def step(index: int, value: object) -> Callable[[Any], None]:
    def damage(data: Any) -> None:
        data[3][0][index] = value

    return damage


def twice(part: int) -> Callable[[Any], None]:
    def damage(data: Any) -> None:
        data[part].append(copy.deepcopy(data[part][0]))

    return damage


def candidates(value: object) -> Callable[[Any], None]:
    def damage(data: Any) -> None:
        data[1] = value

    return damage


DAMAGES = {
    "a tool with no name": tool(0, ""),
    "a tool named by a number": tool(0, 7),
    "a tool twice": twice(0),
    "a tool in no note": tool(1, 0),
    "a tool in more notes than there are": tool(1, 4),
    "a count that is not a number": tool(1, "3"),
    "a count that is true": tool(1, True),
    "tags that are not a table": tool(2, ["tool_friction"]),
    "a tag with no name": tool(2, {"": 1}),
    "a tag named by a number": tool(2, {1: 1}),
    "a tag counted in no note": tool(2, {"tool_friction": 0}),
    "a tag counted in too many notes": tool(2, {"tool_friction": 4}),
    "a tag counted by a fraction": tool(2, {"tool_friction": 1.0}),
    "examples that are not a list": tool(4, {0: 0}),
    "four examples": tool(4, [0, 1, 2, 2]),
    "an example past the last note": tool(4, [3]),
    "an example before the first": tool(4, [-1]),
    "an example that is not a number": tool(4, ["0"]),
    "a candidate named in no note": candidates({"Sprinklr": 0}),
    "candidates that are not a table": candidates([["Sprinklr", 1]]),
    "a handoff from no team": handoff(0, ""),
    "a handoff to no team": handoff(1, ""),
    "a handoff from a number": handoff(0, 7),
    "a handoff to a number": handoff(1, 7),
    "a handoff in no note": handoff(2, 0),
    "more stuck notes than notes": handoff(3, 2),
    "fewer than no stuck notes": handoff(3, -1),
    "a step with no key": step(0, ""),
    "a step keyed by a number": step(0, 7),
    "a step twice": twice(3),
    "a quote past the last note": step(1, {"approval_lag": 3}),
    "a quote of a tag never first": step(1, {"approval_lag": 0, "sop_mismatch": 1}),
    "an untagged note that is one number": step(3, [2]),
    "an untagged note that is a table": step(3, {0: -1, 1: 2}),
    "an untagged quote before the first note": step(3, [-2, 2]),
    "an untagged note past the last": step(3, [-1, 3]),
}


@pytest.mark.parametrize("damage", DAMAGES.values(), ids=DAMAGES.keys())
def test_every_damaged_entry_is_refused(damage: Callable[[Any], None]) -> None:
    data = copy.deepcopy(VALID)
    damage(data)
    with pytest.raises((TypeError, ValueError)):
        from_json(data, NOTES)
