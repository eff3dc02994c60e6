"""What leaves the app for other tools and people: exports (Notion, Airtable, Miro, JSON),
the report, and the plan rendered as tables.

Names resolve on first use (PEP 562), so importing one module of this layer does not
load the others: the cockpit starts without reading what it never shows.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from wfinterview.core.outputs.export import (
        export_csv,
        export_json,
        export_markdown,
        export_miro,
    )
    from wfinterview.core.outputs.formats import (
        SafeWriter,
        inert,
        md,
    )
    from wfinterview.core.outputs.plans import (
        has_plan,
        plan_markdown,
        raci_csv,
        raci_markdown,
    )
    from wfinterview.core.outputs.report import (
        write_report,
    )

_OWNERS = {
    "SafeWriter": "formats",
    "export_csv": "export",
    "export_json": "export",
    "export_markdown": "export",
    "export_miro": "export",
    "has_plan": "plans",
    "inert": "formats",
    "md": "formats",
    "plan_markdown": "plans",
    "raci_csv": "plans",
    "raci_markdown": "plans",
    "write_report": "report",
}
__all__ = [
    "SafeWriter",
    "export_csv",
    "export_json",
    "export_markdown",
    "export_miro",
    "has_plan",
    "inert",
    "md",
    "plan_markdown",
    "raci_csv",
    "raci_markdown",
    "write_report",
]


def __getattr__(name: str) -> object:
    if name not in _OWNERS:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(f"{__name__}.{_OWNERS[name]}"), name)
