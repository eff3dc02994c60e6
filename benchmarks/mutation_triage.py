"""Whether docs/testing.md names exactly the survivors of the last mutation run.

    python benchmarks/mutation.py ...              # a run leaves its verdicts in mutants/
    python benchmarks/mutation_triage.py           # then: is every survivor triaged?

docs/testing.md ("Survivors") names each survivor with the reason it needs no test, as
`package.module.function #N` (a method as `Class.method`, numbers as `#3, 5–7`). This
prints the survivors the docs do not name (a test to write, or a reason to give) and the
names the docs give that no longer survive (killed since: drop them), for every package
the last run has verdicts for, and exits 1 if there is either.
"""

from __future__ import annotations

import re
import sys

from mutation import PACKAGES, ROOT, results

DOCS = ROOT / "docs" / "testing.md"
NAMED = re.compile(r"`([a-z_]+\.[a-z_0-9]+\.[A-Za-z_0-9.]+) #([0-9, –]+)`")
MUTANT = re.compile(r"wfinterview\.core\.(\w+)\.(\w+)\.x[_ǁ](.+)__mutmut_(\d+)")

Name = tuple[str, int]  # ("plan.merging._by", 3)


def named_in_docs(text: str) -> set[Name]:
    section = " ".join(text.split("### Survivors", 1)[1].split())  # names wrap across lines
    named = set()
    for match in NAMED.finditer(section):
        for part in match[2].split(","):
            first, _, last = part.strip().partition("–")
            for number in range(int(first), int(last or first) + 1):
                named.add((match[1], number))
    return named


def short(mutant: str) -> Name:
    """`wfinterview.core.plan.merging.xǁMergedǁreports__mutmut_3` is
    ("plan.merging.Merged.reports", 3)."""
    match = MUTANT.fullmatch(mutant)
    if match is None:
        raise ValueError(f"not a mutant's name: {mutant}")
    package, module, function, number = match.groups()
    return f"{package}.{module}.{function.strip('ǁ').replace('ǁ', '.')}", int(number)


def main() -> int:
    named = named_in_docs(DOCS.read_text("utf-8"))
    untriaged: list[Name] = []
    stale: list[Name] = []
    compared = 0
    for package in PACKAGES:
        counts = results(package)
        if not counts:
            continue  # no verdicts from the last run: nothing to compare
        compared += 1
        survivors = {short(key.partition(":")[2]) for key in counts if key.startswith("survivor:")}
        untriaged += sorted(survivors - named)
        stale += sorted(n for n in named - survivors if n[0].startswith(f"{package}."))
        print(f"{package:<10} {len(survivors)} survivors, {len(survivors & named)} named")
    if not compared:
        print("no verdicts in mutants/: run benchmarks/mutation.py first", file=sys.stderr)
        return 2
    for function, number in untriaged:
        print(f"not named in docs/testing.md: {function} #{number}")
    for function, number in stale:
        print(f"named in docs/testing.md but killed now: {function} #{number}")
    return 1 if untriaged or stale else 0


if __name__ == "__main__":
    sys.exit(main())
