"""`#hashtags` typed in a note become tags at commit (docs/framework.md, "Hashtags").

A word `#` + a tag's hashtag, or any unambiguous start of it of three or more letters
(`#appr`), becomes that tag and leaves the text; every other `#word` stays as written.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from wfinterview.core.framework.content import Tag

_HASHTAG = re.compile(r"(^|[ \t]+)#([A-Za-z][A-Za-z0-9_-]*)(?=$|[\s.,;:!?)\]])")
MIN_PREFIX = 3


def match_hashtag(word: str, tags: Iterable[Tag]) -> Tag | None:
    word = word.lower()
    candidates = [tag for tag in tags if tag.hashtag == word]
    if not candidates and len(word) >= MIN_PREFIX:
        candidates = [tag for tag in tags if tag.hashtag.startswith(word)]
    return candidates[0] if len(candidates) == 1 else None


def extract_hashtags(text: str, tags: Iterable[Tag]) -> tuple[str, list[str]]:
    """The text without its tag hashtags, and the tag keys they named, in order."""
    tags = tuple(tags)
    found: list[str] = []

    def replace(match: re.Match[str]) -> str:
        tag = match_hashtag(match[2], tags)
        if tag is None:
            return match[0]
        if tag.key not in found:
            found.append(tag.key)
        return ""

    return _HASHTAG.sub(replace, text).strip(), found
