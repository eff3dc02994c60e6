"""What leaves the app for other tools and people: exports (Notion, Airtable, Miro, JSON),
the report, and the plan rendered as tables.

Names resolve on first use (core/framework/lazy.py).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from wfinterview.core.framework.lazy import resolver

if TYPE_CHECKING:
    from wfinterview.core.outputs.airtable import (
        airtable_tables,
        slug,
        theme_keys,
    )
    from wfinterview.core.outputs.charts import (
        Bar,
        BarChart,
        HeatCell,
        HeatMap,
        StageBar,
        StageChart,
        heat_map,
        shade,
        shorten,
        stage_bars,
        theme_bars,
        two_lines,
    )
    from wfinterview.core.outputs.evidence import (
        ThemeEvidence,
        pick_evidence,
        same_text,
        themes_with_evidence,
    )
    from wfinterview.core.outputs.export import (
        CSV_COLUMNS,
        export_csv,
        export_markdown,
        export_miro,
    )
    from wfinterview.core.outputs.findings_report import (
        CONTRASTS_SHOWN,
        HANDOFFS_SHOWN,
        STEP_TITLES,
        ToolRow,
        findings_markdown,
        quote,
        tool_rows,
    )
    from wfinterview.core.outputs.formats import (
        SafeWriter,
        inert,
        md,
    )
    from wfinterview.core.outputs.html_report import (
        PlanView,
        RaciView,
        Said,
        report_html,
        write_html_report,
    )
    from wfinterview.core.outputs.json_export import (
        Json,
        export_json,
    )
    from wfinterview.core.outputs.names import (
        close_to,
        unknown_name,
    )
    from wfinterview.core.outputs.plans import (
        action_theme,
        has_plan,
        plan_markdown,
        raci_csv,
        raci_markdown,
    )
    from wfinterview.core.outputs.report import (
        facts_line,
        planned_facts,
        reach,
        report_markdown,
        write_report,
    )
    from wfinterview.core.outputs.report_data import (
        LIST_LIMIT,
        Listing,
        PlannedAction,
        ReportData,
        gather,
    )
    from wfinterview.core.outputs.schemas import (
        main,
        render,
    )

_OWNERS = {
    "Bar": "charts",
    "BarChart": "charts",
    "CONTRASTS_SHOWN": "findings_report",
    "CSV_COLUMNS": "export",
    "HANDOFFS_SHOWN": "findings_report",
    "HeatCell": "charts",
    "HeatMap": "charts",
    "Json": "json_export",
    "LIST_LIMIT": "report_data",
    "Listing": "report_data",
    "PlanView": "html_report",
    "PlannedAction": "report_data",
    "RaciView": "html_report",
    "ReportData": "report_data",
    "STEP_TITLES": "findings_report",
    "SafeWriter": "formats",
    "Said": "html_report",
    "StageBar": "charts",
    "StageChart": "charts",
    "ThemeEvidence": "evidence",
    "ToolRow": "findings_report",
    "action_theme": "plans",
    "airtable_tables": "airtable",
    "close_to": "names",
    "export_csv": "export",
    "export_json": "json_export",
    "export_markdown": "export",
    "export_miro": "export",
    "facts_line": "report",
    "findings_markdown": "findings_report",
    "gather": "report_data",
    "has_plan": "plans",
    "heat_map": "charts",
    "inert": "formats",
    "main": "schemas",
    "md": "formats",
    "pick_evidence": "evidence",
    "plan_markdown": "plans",
    "planned_facts": "report",
    "quote": "findings_report",
    "raci_csv": "plans",
    "raci_markdown": "plans",
    "reach": "report",
    "render": "schemas",
    "report_html": "html_report",
    "report_markdown": "report",
    "same_text": "evidence",
    "shade": "charts",
    "shorten": "charts",
    "slug": "airtable",
    "stage_bars": "charts",
    "theme_bars": "charts",
    "theme_keys": "airtable",
    "themes_with_evidence": "evidence",
    "tool_rows": "findings_report",
    "two_lines": "charts",
    "unknown_name": "names",
    "write_html_report": "html_report",
    "write_report": "report",
}
__all__ = [
    "Bar",
    "BarChart",
    "CONTRASTS_SHOWN",
    "CSV_COLUMNS",
    "HANDOFFS_SHOWN",
    "HeatCell",
    "HeatMap",
    "Json",
    "LIST_LIMIT",
    "Listing",
    "PlanView",
    "PlannedAction",
    "RaciView",
    "ReportData",
    "STEP_TITLES",
    "SafeWriter",
    "Said",
    "StageBar",
    "StageChart",
    "ThemeEvidence",
    "ToolRow",
    "action_theme",
    "airtable_tables",
    "close_to",
    "export_csv",
    "export_json",
    "export_markdown",
    "export_miro",
    "facts_line",
    "findings_markdown",
    "gather",
    "has_plan",
    "heat_map",
    "inert",
    "main",
    "md",
    "pick_evidence",
    "plan_markdown",
    "planned_facts",
    "quote",
    "raci_csv",
    "raci_markdown",
    "reach",
    "render",
    "report_html",
    "report_markdown",
    "same_text",
    "shade",
    "shorten",
    "slug",
    "stage_bars",
    "theme_bars",
    "theme_keys",
    "themes_with_evidence",
    "tool_rows",
    "two_lines",
    "unknown_name",
    "write_html_report",
    "write_report",
]


__getattr__ = resolver(__name__, _OWNERS)
