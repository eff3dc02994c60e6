"""The HTML report printed to PDF by a real browser, as a consultant prints it for a client.

Headless Chromium from the distribution's packages prints the demo's report with its
default settings, which, like a user's print dialog, put the date, the page's title and
its `file://` path in the page's margins wherever the page leaves room. pdftotext then
reads the PDF as a client would: every tag by its label (an emoji alone prints as an
empty box without an emoji font), no browser header or footer, and the longest action
title on at most two lines of one page.

.ci/run installs both programs (`apt-get install -y chromium poppler-utils`); elsewhere
the test is skipped, saying which program is missing.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from pathlib import Path

import html5lib
import pytest

from tests.cli.helpers import run_program
from wfinterview.core.framework.content import BUILTIN_TAGS

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
PDFTOTEXT = shutil.which("pdftotext")
ENGAGEMENT = "Acme Retail"
XHTML = "{http://www.w3.org/1999/xhtml}"

pytestmark = [
    pytest.mark.heavy,
    pytest.mark.skipif(
        CHROMIUM is None,
        reason="needs Chromium to print the report (apt-get install -y chromium)",
    ),
    pytest.mark.skipif(
        PDFTOTEXT is None,
        reason="needs pdftotext to read the PDF (apt-get install -y poppler-utils)",
    ),
]


def print_to_pdf(page: Path, pdf: Path, profile: Path) -> None:
    """Chromium's print to PDF with its defaults: headers and footers where there is room."""
    assert CHROMIUM is not None
    completed = subprocess.run(
        [
            CHROMIUM,
            "--headless",
            "--no-sandbox",  # tests and CI run as root
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            f"--user-data-dir={profile}",
            f"--print-to-pdf={pdf}",
            page.as_uri(),
        ],
        capture_output=True,
        text=True,
        env={**os.environ, "HOME": str(profile)},
        timeout=180,
    )
    assert pdf.is_file() and pdf.stat().st_size > 0, completed.stderr[-2000:]


def pdf_pages(pdf: Path) -> list[str]:
    assert PDFTOTEXT is not None
    completed = subprocess.run(
        [PDFTOTEXT, "-layout", str(pdf), "-"], capture_output=True, text=True, timeout=60
    )
    assert completed.returncode == 0, completed.stderr
    return completed.stdout.split("\f")


def action_titles(page: str) -> list[str]:
    """Each action's title as the page gives it: its table cell's text before the kind."""
    tree = html5lib.parse(page, namespaceHTMLElements=True)
    titles = []
    for table in tree.iter(f"{XHTML}table"):
        if "actions" not in table.get("class", "").split():
            continue
        for row in table.iter(f"{XHTML}tr"):
            cells = list(row.iter(f"{XHTML}td"))
            if cells:
                titles.append(" ".join((cells[0].text or "").split()))
    return titles


def lines_taken(title: str, page: str) -> int | None:
    """How many lines of one printed page the title takes in its table column, or None
    when it is not there whole. -layout keeps a column at one offset, so the title is read
    down from where its first word starts, skipping other columns' words; a first word
    that starts another column's text ("Approval" of "Approval timeline") reads no title."""
    words = title.split()
    lines = page.splitlines()
    readings = []
    for index, line in enumerate(lines):
        for start in re.finditer(rf"(?<!\S){re.escape(words[0])}(?!\S)", line):
            left, taken = list(words), 0
            for below in lines[index:]:
                found = below[start.start() :].split()
                matched = 0
                while matched < min(len(found), len(left)) and found[matched] == left[matched]:
                    matched += 1
                if not matched:
                    break
                left, taken = left[matched:], taken + 1
                if not left:
                    readings.append(taken)
                    break
    return min(readings, default=None)


def test_the_printed_report_names_every_tag_and_carries_no_browser_header_or_footer(
    tmp_path: Path,
) -> None:
    env = {
        "WFINTERVIEW_DATA_DIR": str(tmp_path / "data"),
        "WFINTERVIEW_CONFIG_DIR": str(tmp_path / "config"),
    }
    demo = run_program("demo", env=env)
    assert demo.code == 0, demo.err
    page = tmp_path / "report.html"
    written = run_program(
        "report", "--engagement", ENGAGEMENT, "--format", "html", "--out", str(page), env=env
    )
    assert written.code == 0, written.err
    pdf = tmp_path / "report.pdf"
    print_to_pdf(page, pdf, tmp_path / "chromium")
    pages = pdf_pages(pdf)
    text = "\f".join(pages)

    for tag in BUILTIN_TAGS:
        assert tag.label in text, tag.label
        bare = re.findall(rf"{re.escape(tag.emoji)}(?!\s*{re.escape(tag.label)}).{{0,20}}", text)
        assert not bare, f"{tag.emoji} printed without its label: {bare}"
    assert "file://" not in text and str(tmp_path) not in text  # the browser's footer
    assert not re.search(r"\d{1,2}/\d{1,2}/\d{2,4}, \d{1,2}:\d{2}", text)  # its header's date

    titles = action_titles(page.read_text(encoding="utf-8"))
    assert titles, "the demo's plan has actions"
    longest = max(titles, key=len)
    heading = f"Actions: {ENGAGEMENT}"  # the plan's table, not the summary or the outcomes
    at = [i for i, p in enumerate(pages) if heading in p]
    assert at, f"no {heading!r} printed"
    table = [pages[at[0]][pages[at[0]].index(heading) :], *pages[at[0] + 1 :]]
    taken = [n for p in table if (n := lines_taken(longest, p)) is not None]
    assert taken, f"{longest!r} is not whole on one printed page"
    assert taken[0] <= 2, f"{longest!r} takes {taken[0]} lines"
