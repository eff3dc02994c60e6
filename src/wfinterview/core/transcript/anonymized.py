"""A transcript as an export carries it: whole, or with every name hidden.

Anonymized (`--anonymize`, pseudonym mode), the speakers become the session's pseudonyms
(P01 for the participant, F1 for the facilitator, core/synthesis/anonymize.py) and anyone
else "Speaker 1", "Speaker 2"; inside the words, the names the session knows are replaced
as in notes, and so is every part of a name a speaker joined the call with ("Jordan" of
"Jordan Reyes (Guest)"). The file's name, which often names the person, is not carried.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any, Final

from wfinterview.core.framework.models import Session
from wfinterview.core.synthesis.anonymize import Naming
from wfinterview.core.transcript.model import Transcript

# Words call tools add to a name ("(Guest)", "Sam's iPhone", "(she/her)"): not names.
_NOT_NAMES: Final = frozenset(
    "guest external iphone ipad android phone mobile laptop speaker unknown she her hers "
    "he him his they them their the and of".split()
)


def transcript_json(transcript: Transcript, session: Session, naming: Naming) -> dict[str, Any]:
    data = transcript.model_dump(mode="json")
    if naming.pseudonyms is None:
        return data
    pseudonyms: dict[str, str] = {}
    others = 0
    for speaker in transcript.speakers:
        if speaker.role == "participant":
            pseudonyms[speaker.name] = naming.participant(session)
        elif speaker.role == "facilitator" and naming.facilitator(session):
            pseudonyms[speaker.name] = naming.facilitator(session)
        else:
            others += 1
            pseudonyms[speaker.name] = f"Speaker {others}"
    hide = _name_parts(pseudonyms)
    data["session_id"] = naming.session_id(session)
    data["source"]["file_name"] = f"{transcript.source.kind} transcript"
    for speaker in data["speakers"]:
        speaker["name"] = pseudonyms[speaker["name"]]
    for cue in data["cues"]:
        cue["speaker"] = pseudonyms.get(cue["speaker"], cue["speaker"])
        cue["text"] = hide(naming.text(session, cue["text"]))
    return data


def _name_parts(pseudonyms: dict[str, str]) -> Callable[[str], str]:
    """A function replacing, in a text, each word of a speaker's name by their pseudonym."""
    parts: dict[str, str] = {}
    for name, pseudonym in pseudonyms.items():
        for word in re.findall(r"[^\W\d_]{2,}", name.casefold()):
            if word not in _NOT_NAMES:
                parts.setdefault(word, pseudonym)
    if not parts:
        return lambda text: text
    alternatives = "|".join(re.escape(part) for part in sorted(parts, key=len, reverse=True))
    pattern = re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)", re.IGNORECASE)
    return lambda text: pattern.sub(lambda match: parts[match[0].casefold()], text)
