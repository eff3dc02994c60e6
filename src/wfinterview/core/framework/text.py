"""Text from outside made safe: on its way in (typed, pasted, read from a file, given as an
argument) and on its way out to a terminal.

Session files travel between people (a colleague's folder, an email attachment) and a
paste from a web page can carry control characters, so a participant's name may hold
`ESC ] 52` (which writes the clipboard) or `ESC [ 2J` (which clears the screen). Two
rules keep that from ever reaching a terminal:

* **In:** control characters (C0 but tab and line breaks in multi-line text, DEL, C1)
  and lone surrogates are removed (`clean_text`, `clean_line`) or, where the user can
  fix the source, rejected (`control_problem`).
* **Out:** everything printed passes `terminal_safe`, which shows any such character
  that still got through, and every bidi override or isolate, as `⟨U+202E⟩`: visible,
  never obeyed.

Bidi controls are kept in the data (right-to-left text may need them) and only shown
visibly when printed. Slugs (`slug`) turn a name into the ASCII part of a file name or id.

Every check is a compiled regex `search` first; the text is rewritten only when it
matched, so clean text (nearly all of it) costs one scan.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Iterator
from typing import Final

# C0 but tab and line feed, DEL, C1, and UTF-16 surrogates (in a Python str they are
# always lone: a valid pair is one character).
_CONTROL: Final = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff]")
# The same, tab and line feed included: a name or title is one line.
_CONTROL_IN_LINE: Final = re.compile("[\x00-\x1f\x7f-\x9f\ud800-\udfff]")
# Characters that break or space a line: they become a line break (or a space in a
# line) instead of vanishing and gluing two words together.
_LINE_BREAKS: Final = re.compile("\r\n|[\r\x0b\x0c\x1c-\x1e\x85]")
_SPACES: Final = re.compile("\r\n|[\t\n\r\x0b\x0c\x1c-\x1e\x85]")
# Explicit bidi embeddings, overrides and isolates: they reorder what follows them.
BIDI_CONTROLS: Final = "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
# On the way out a carriage return is kept only in a Windows line end ("\r\n", as in a
# template written on Windows): alone, it would let a later text overwrite the line.
_UNSAFE_OUT: Final = re.compile(
    f"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff{BIDI_CONTROLS}]|\r(?!\n)"
)


def clean_text(text: str) -> str:
    """Multi-line text (a note, a recap) without control characters.

    Tabs and line feeds stay; a carriage return, form feed or NEL becomes a line feed,
    so "one\\rtwo" stays two lines; everything else is removed.
    """
    if _CONTROL.search(text) is None:
        return text
    return _CONTROL.sub("", _LINE_BREAKS.sub("\n", text))


def clean_line(text: str) -> str:
    """One line of text (a name, a title) without control characters.

    Tabs and line breaks become spaces, so "Ana\\nGarcía" reads "Ana García"; the
    rest is removed.
    """
    if _CONTROL_IN_LINE.search(text) is None:
        return text
    return _CONTROL_IN_LINE.sub("", _SPACES.sub(" ", text))


def control_problem(text: str, multiline: bool = False) -> str | None:
    """Why `text` cannot be accepted as written, or None: for sources the user can fix."""
    found = (_CONTROL if multiline else _CONTROL_IN_LINE).search(text)
    if found is None:
        return None
    if "\ud800" <= found.group() <= "\udfff":  # a byte that was not UTF-8, or half a pair
        return f"is not valid text ({codepoint(found.group())}); retype it"
    return f"contains the control character {codepoint(found.group())}; remove it"


def control_characters(
    data: object, where: tuple[int | str, ...] = ()
) -> Iterator[tuple[tuple[int | str, ...], str]]:
    """Where parsed TOML or JSON holds a control character, keys included: each place
    (as a path of keys and indexes) with what is wrong there."""
    if isinstance(data, str):
        if problem := control_problem(data, multiline=True):
            yield where, problem
    elif isinstance(data, dict):
        for key, value in data.items():
            yield from control_characters(key, (*where, str(key)))
            yield from control_characters(value, (*where, str(key)))
    elif isinstance(data, list):
        for index, value in enumerate(data):
            yield from control_characters(value, (*where, index))


def codepoint(character: str) -> str:
    """'\\x1b' -> '⟨U+001B⟩': a character named so it shows, whatever it is."""
    return f"⟨U+{ord(character):04X}⟩"


_BREAKS: Final = re.compile("[\n\r\x0b\x0c\x1c-\x1e\x85\u2028\u2029]")


def one_line(text: str) -> str:
    """`text` on one line: each line break in it shown as its code point (⟨U+000A⟩),
    for a message that quotes what it was given and must stay one line."""
    if _BREAKS.search(text) is None:
        return text
    return _BREAKS.sub(lambda found: codepoint(found.group()), text)


def terminal_safe(text: str) -> str:
    """`text` as it may be written to a terminal: every control character but tab and
    line feed, and every bidi control, shown as ⟨U+XXXX⟩ instead of obeyed.

    For anything printed to stdout or stderr; a file written with --out keeps the exact
    text.
    """
    if _UNSAFE_OUT.search(text) is None:
        return text
    return _UNSAFE_OUT.sub(lambda found: codepoint(found.group()), text)


ELLIPSIS: Final = "…"
_ZERO_WIDTH: Final = frozenset("\u200b\u200c\u200d\ufe0e\ufe0f")


def cell_width(text: str) -> int:
    """Terminal cells `text` takes: wide (East Asian, most emoji) count two, combining marks
    and joiners none."""
    if text.isascii():
        return len(text)
    width = 0
    for char in text:
        if unicodedata.combining(char) or char in _ZERO_WIDTH:
            continue
        width += 2 if unicodedata.east_asian_width(char) in "WF" else 1
    return width


def clip(text: str, width: int) -> str:
    """`text` in at most `width` terminal cells: whole when it fits, else cut and ended
    with "…", so a reader always sees that something was cut (never cut mid-character).

    The one rule for text cut to fit, on every screen and in `list`; where text is cut,
    the screen also shows the whole of it one key away.
    """
    if cell_width(text) <= width:
        return text
    if width <= 0:
        return ""
    room = width - 1  # the ellipsis takes one cell
    kept = []
    for char in text:
        size = 0 if unicodedata.combining(char) or char in _ZERO_WIDTH else cell_width(char)
        if size > room:
            break
        room -= size
        kept.append(char)
    return "".join(kept).rstrip() + ELLIPSIS


# The same rules for pydantic-core to check without calling Python (regex crate syntax):
# text with nothing to clean. A lone surrogate fails them too (Rust strings cannot hold one).
NO_CONTROL_PATTERN: Final = r"^[^\x00-\x1f\x7f-\x9f]*$"
TEXT_PATTERN: Final = r"^[^\x00-\x08\x0b-\x1f\x7f-\x9f]*$"


# Latin letters NFKD does not take apart: Ł has no "L + stroke" decomposition.
_TRANSLITERATION: Final = str.maketrans(
    {
        "Ł": "L",
        "ł": "l",
        "Ø": "O",
        "ø": "o",
        "Đ": "D",
        "đ": "d",
        "Ð": "D",
        "ð": "d",
        "Þ": "Th",
        "þ": "th",
        "Æ": "AE",
        "æ": "ae",
        "Œ": "OE",
        "œ": "oe",
        "ß": "ss",
        "ẞ": "SS",
        "ı": "i",
        "Ħ": "H",
        "ħ": "h",
        "Ŧ": "T",
        "ŧ": "t",
        "Ŋ": "N",
        "ŋ": "n",
    }
)
_NOT_SLUG: Final = re.compile(r"[^a-z0-9]+")


def slug(name: str, max_length: int = 24) -> str:
    """The ASCII part of an id or file name for `name`: García -> garcia, Łukasz -> lukasz.

    Letters are transliterated (NFKD, accents dropped); a name with no ASCII letter or
    digit left (東京, "!!!") gets a short hash of itself, "s-3f9a2c", the same every
    time, so the slug is never empty.
    """
    ascii_name = (
        unicodedata.normalize("NFKD", name.translate(_TRANSLITERATION))
        .encode("ascii", "ignore")
        .decode("ascii")
    )
    result = _NOT_SLUG.sub("-", ascii_name.lower()).strip("-")[:max_length].strip("-")
    if result:
        return result
    digest = hashlib.sha256(name.encode("utf-8", "surrogatepass")).hexdigest()
    return f"s-{digest[:6]}"
