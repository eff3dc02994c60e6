"""A report across engagements, for the consultant's own use: each engagement's own report
in turn, under one title, and nothing summed or quoted across clients.

A report is for one client by default (`wfinterview report` asks which engagement when
the data holds several). Asked for all of them (`--all-engagements`), the report is not
one report over everyone, which would count two clients' same-named themes as one and
put their quotes side by side, but each engagement's report exactly as it would be
written alone, one after the other.
"""

from __future__ import annotations

import html
from collections.abc import Sequence

from wfinterview.core.framework.wording import plural
from wfinterview.core.outputs.formats import md

PURPOSE = "For your own use, not for a client: each engagement's report in turn, nothing summed "
PURPOSE += "or quoted across them."


def cross_title(engagements: Sequence[str]) -> str:
    return f"Workflow interviews: {plural(len(engagements), 'engagement')}, each on its own"


def cross_markdown(parts: Sequence[tuple[str, str]]) -> str:
    """(engagement, its Markdown report) in turn, under a title that lists them."""
    names = [engagement for engagement, _ in parts]
    head = [f"# {md(cross_title(names))}\n", f"_{PURPOSE}_\n"]
    head += [f"- {md(name)}" for name in names]
    reports = [text.rstrip() + "\n" for _, text in parts]
    return "\n".join(head) + "\n\n---\n\n" + "\n---\n\n".join(reports)


def cross_html(parts: Sequence[tuple[str, str]]) -> str:
    """(engagement, its HTML page) in turn, as one page: the first page's head, then each
    page's body as an article that starts on a new printed page.

    The pages come from the report's own template, where every value is escaped, so
    `<body>` and `</head>` appear in each exactly once, as the template's markup.
    """
    names = [engagement for engagement, _ in parts]
    first = parts[0][1]
    head = first[: first.index("<body>")]
    title = html.escape(cross_title(names))
    before, _, rest = head.partition("<title>")
    head = f"{before}<title>{title}</title>{rest.partition('</title>')[2]}"
    head = head.replace(
        "</head>",
        "<style>\n  article.engagement { break-before: page; }\n</style>\n</head>",
        1,
    )
    listed = "".join(f"<li>{html.escape(name)}</li>" for name in names)
    cover = (
        f'<header>\n  <h1>{title}</h1>\n  <p class="facts">{html.escape(PURPOSE)}</p>\n'
        f"  <ul>{listed}</ul>\n</header>\n"
    )
    articles = []
    for name, page in parts:
        body = page[page.index("<body>") + len("<body>") : page.rindex("</body>")]
        articles.append(
            f'<article class="engagement" aria-label="{html.escape(name)}">{body}</article>\n'
        )
    return head + "<body>\n" + cover + "".join(articles) + "</body>\n</html>\n"
