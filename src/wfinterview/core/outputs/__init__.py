"""What leaves the app for other tools and people: exports (Notion, Airtable, Miro, JSON),
the report (Markdown and HTML), the plan rendered as tables, and the JSON Schemas of the
files (docs/schemas).

Names resolve on first use (PEP 562), so importing one module of this layer does not
load the others: the cockpit starts without reading what it never shows.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from wfinterview.core.outputs.airtable import airtable_tables
    from wfinterview.core.outputs.evidence import (
        ThemeEvidence,
        pick_evidence,
        themes_with_evidence,
    )
    from wfinterview.core.outputs.export import (
        export_csv,
        export_markdown,
        export_miro,
    )
    from wfinterview.core.outputs.formats import (
        SafeWriter,
        inert,
        md,
    )
    from wfinterview.core.outputs.html_report import write_html_report
    from wfinterview.core.outputs.json_export import export_json
    from wfinterview.core.outputs.names import close_to, unknown_name
    from wfinterview.core.outputs.plans import (
        action_theme,
        has_plan,
        plan_markdown,
        raci_csv,
        raci_markdown,
    )
    from wfinterview.core.outputs.report import write_report
    from wfinterview.core.outputs.report_data import ReportData, gather
    from wfinterview.core.outputs.schemas import schemas

_OWNERS = {
    "ReportData": "report_data",
    "SafeWriter": "formats",
    "ThemeEvidence": "evidence",
    "action_theme": "plans",
    "airtable_tables": "airtable",
    "close_to": "names",
    "export_csv": "export",
    "export_json": "json_export",
    "export_markdown": "export",
    "export_miro": "export",
    "gather": "report_data",
    "has_plan": "plans",
    "inert": "formats",
    "md": "formats",
    "pick_evidence": "evidence",
    "plan_markdown": "plans",
    "raci_csv": "plans",
    "raci_markdown": "plans",
    "schemas": "schemas",
    "themes_with_evidence": "evidence",
    "unknown_name": "names",
    "write_html_report": "html_report",
    "write_report": "report",
}
__all__ = [
    "ReportData",
    "SafeWriter",
    "ThemeEvidence",
    "action_theme",
    "airtable_tables",
    "close_to",
    "export_csv",
    "export_json",
    "export_markdown",
    "export_miro",
    "gather",
    "has_plan",
    "inert",
    "md",
    "pick_evidence",
    "plan_markdown",
    "raci_csv",
    "raci_markdown",
    "schemas",
    "themes_with_evidence",
    "unknown_name",
    "write_html_report",
    "write_report",
]


def __getattr__(name: str) -> object:
    if name not in _OWNERS:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(f"{__name__}.{_OWNERS[name]}"), name)
