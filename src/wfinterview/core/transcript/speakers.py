"""Who is who in a transcript: each name the tool wrote, as the participant, the
facilitator or someone else.

Call tools write the name each person joined with, which is rarely the one typed into the
interview: "Ana García (she/her)", "Ana's iPhone", "Speaker 1". A name matches when the
words of one (accents dropped, framework/text.py `slug`) hold the words of the other, or
they share the first word and the other has no more ("Ana" and "Ana García"). What names
cannot settle is decided, in this order: the one speaker left when the other role is
found; the one who talks most, as the participant, when two people spoke and neither name
matched (an interview is mostly the participant talking); anyone else is someone else. The
user has the last word: `--speaker "NAME=ROLE"` (commands/transcript.py).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Final, get_args

from wfinterview.core.framework.errors import UserError
from wfinterview.core.framework.text import slug
from wfinterview.core.transcript.model import Role, Speaker
from wfinterview.core.transcript.parsed import ParsedCue

ROLES: Final[dict[str, Role]] = {role: role for role in get_args(Role)}


def speaker_words(cues: Sequence[ParsedCue]) -> dict[str, int]:
    """Each named speaker with the number of words they said, in order of first words."""
    words: dict[str, int] = {}
    for cue in cues:
        if cue.speaker:
            words[cue.speaker] = words.get(cue.speaker, 0) + len(cue.text.split())
    return words


def same_person(written: str, known: str) -> bool:
    """Whether a name a call tool wrote is the name the session knows (see the docstring)."""
    if not known.strip():
        return False
    ours, theirs = slug(known, 200).split("-"), slug(written, 200).split("-")
    if set(ours) <= set(theirs) or set(theirs) <= set(ours):
        return True
    return ours[0] == theirs[0] and (len(ours) == 1 or len(theirs) == 1)


def match_speakers(
    words: Mapping[str, int],
    participant: str,
    facilitator: str,
    given: Mapping[str, Role] | None = None,
) -> list[Speaker]:
    """A role for every speaker of `words` (speaker_words), `given` first."""
    given = dict(given or {})
    unknown = [name for name in given if name not in words]
    if unknown:
        named = ", ".join(f"'{name}'" for name in words) or "no one (the file names nobody)"
        raise UserError(f"the transcript has no speaker '{unknown[0]}'; it names {named}")
    chosen = {name: Speaker(name=name, role=role, how="given") for name, role in given.items()}
    for name in words:
        if name in chosen:
            continue
        if same_person(name, participant):
            chosen[name] = Speaker(name=name, role="participant", how="name")
        elif same_person(name, facilitator):
            chosen[name] = Speaker(name=name, role="facilitator", how="name")
    left = [name for name in words if name not in chosen]
    found = {speaker.role for speaker in chosen.values()}
    if len(left) == 1 and found >= {"participant"} and "facilitator" not in found:
        chosen[left[0]] = Speaker(name=left[0], role="facilitator", how="remaining")
    elif len(left) == 1 and found >= {"facilitator"} and "participant" not in found:
        chosen[left[0]] = Speaker(name=left[0], role="participant", how="remaining")
    elif len(words) == 2 and len(left) == 2:
        most, fewest = sorted(left, key=lambda name: -words[name])
        chosen[most] = Speaker(name=most, role="participant", how="guessed")
        chosen[fewest] = Speaker(name=fewest, role="facilitator", how="guessed")
    return [chosen.get(name) or Speaker(name=name, role="other", how="guessed") for name in words]


def parse_speaker_option(text: str) -> tuple[str, Role]:
    """`--speaker "Ana G=participant"` as (name, role)."""
    name, equals, role = text.rpartition("=")
    role = role.strip().lower()
    if not equals or not name.strip():
        raise UserError(f"--speaker '{text}' is not NAME=ROLE (e.g. \"Ana G=participant\")")
    if role not in ROLES:
        raise UserError(f"--speaker '{text}': the role is one of {', '.join(ROLES)}")
    return name.strip(), ROLES[role]
