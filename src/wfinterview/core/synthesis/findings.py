"""Findings beyond tags, in one pass over the notes: tools, handoffs, where roles disagree.

Each note is folded and split into words once and read by all three; the person and role
are worked out once per session. Synthesis computes this when its Findings tab is first
shown, the report once; neither pays for it when the notes are only counted.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from wfinterview.core.synthesis.contrasts import Contrast, ContrastReader
from wfinterview.core.synthesis.corpus import NoteRef, person_of
from wfinterview.core.synthesis.handoffs import Handoff, HandoffReader
from wfinterview.core.synthesis.mentions import NoteWords
from wfinterview.core.synthesis.tools_index import ToolsIndex, ToolsReader
from wfinterview.core.synthesis.vocabulary import Vocabulary


@dataclass(frozen=True)
class Findings:
    tools: ToolsIndex
    handoffs: list[Handoff]
    contrasts: list[Contrast]


def findings(refs: Iterable[NoteRef], vocabulary: Vocabulary | None = None) -> Findings:
    vocabulary = vocabulary or Vocabulary()
    tools, arrows, contrasts = ToolsReader(vocabulary), HandoffReader(vocabulary), ContrastReader()
    session = None
    person, role = ("", ""), ""
    for ref in refs:
        if ref.session is not session:
            session = ref.session
            person, role = person_of(session), session.participant.role
            tools.saw_participant(session.participant.name)
        note = NoteWords.of(ref.note["text"])
        tools.read(ref, person, role, note)
        arrows.read(ref, person, role, note)
        contrasts.read(ref, person, role)
    return Findings(tools.result(), arrows.result(), contrasts.result())
