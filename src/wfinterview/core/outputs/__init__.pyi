"""The public names of this layer, declared once (see __init__.py)."""

from wfinterview.core.outputs.airtable import (
    airtable_tables as airtable_tables,
)
from wfinterview.core.outputs.airtable import (
    slug as slug,
)
from wfinterview.core.outputs.airtable import (
    theme_keys as theme_keys,
)
from wfinterview.core.outputs.charts import (
    Bar as Bar,
)
from wfinterview.core.outputs.charts import (
    BarChart as BarChart,
)
from wfinterview.core.outputs.charts import (
    HeatCell as HeatCell,
)
from wfinterview.core.outputs.charts import (
    HeatMap as HeatMap,
)
from wfinterview.core.outputs.charts import (
    StageBar as StageBar,
)
from wfinterview.core.outputs.charts import (
    StageChart as StageChart,
)
from wfinterview.core.outputs.charts import (
    heat_map as heat_map,
)
from wfinterview.core.outputs.charts import (
    shade as shade,
)
from wfinterview.core.outputs.charts import (
    shorten as shorten,
)
from wfinterview.core.outputs.charts import (
    stage_bars as stage_bars,
)
from wfinterview.core.outputs.charts import (
    theme_bars as theme_bars,
)
from wfinterview.core.outputs.charts import (
    two_lines as two_lines,
)
from wfinterview.core.outputs.evidence import (
    ThemeEvidence as ThemeEvidence,
)
from wfinterview.core.outputs.evidence import (
    pick_evidence as pick_evidence,
)
from wfinterview.core.outputs.evidence import (
    same_text as same_text,
)
from wfinterview.core.outputs.evidence import (
    themes_with_evidence as themes_with_evidence,
)
from wfinterview.core.outputs.export import (
    CSV_COLUMNS as CSV_COLUMNS,
)
from wfinterview.core.outputs.export import (
    export_csv as export_csv,
)
from wfinterview.core.outputs.export import (
    export_markdown as export_markdown,
)
from wfinterview.core.outputs.export import (
    export_miro as export_miro,
)
from wfinterview.core.outputs.findings_export import (
    Json as Json,
)
from wfinterview.core.outputs.findings_export import (
    Row as Row,
)
from wfinterview.core.outputs.findings_export import (
    findings_json as findings_json,
)
from wfinterview.core.outputs.findings_export import (
    findings_tables as findings_tables,
)
from wfinterview.core.outputs.findings_export import (
    handoff_key as handoff_key,
)
from wfinterview.core.outputs.findings_export import (
    miro_columns as miro_columns,
)
from wfinterview.core.outputs.findings_export import (
    note_key as note_key,
)
from wfinterview.core.outputs.findings_report import (
    CONTRASTS_SHOWN as CONTRASTS_SHOWN,
)
from wfinterview.core.outputs.findings_report import (
    HANDOFFS_SHOWN as HANDOFFS_SHOWN,
)
from wfinterview.core.outputs.findings_report import (
    STEP_TITLES as STEP_TITLES,
)
from wfinterview.core.outputs.findings_report import (
    ToolRow as ToolRow,
)
from wfinterview.core.outputs.findings_report import (
    findings_markdown as findings_markdown,
)
from wfinterview.core.outputs.findings_report import (
    quote as quote,
)
from wfinterview.core.outputs.findings_report import (
    shown_candidates as shown_candidates,
)
from wfinterview.core.outputs.findings_report import (
    tool_rows as tool_rows,
)
from wfinterview.core.outputs.formats import (
    SafeWriter as SafeWriter,
)
from wfinterview.core.outputs.formats import (
    inert as inert,
)
from wfinterview.core.outputs.formats import (
    md as md,
)
from wfinterview.core.outputs.html_report import (
    PlanView as PlanView,
)
from wfinterview.core.outputs.html_report import (
    RaciView as RaciView,
)
from wfinterview.core.outputs.html_report import (
    Said as Said,
)
from wfinterview.core.outputs.html_report import (
    report_html as report_html,
)
from wfinterview.core.outputs.html_report import (
    write_html_report as write_html_report,
)
from wfinterview.core.outputs.json_export import (
    export_json as export_json,
)
from wfinterview.core.outputs.names import (
    close_to as close_to,
)
from wfinterview.core.outputs.names import (
    unknown_name as unknown_name,
)
from wfinterview.core.outputs.plans import (
    action_theme as action_theme,
)
from wfinterview.core.outputs.plans import (
    has_plan as has_plan,
)
from wfinterview.core.outputs.plans import (
    plan_markdown as plan_markdown,
)
from wfinterview.core.outputs.plans import (
    raci_csv as raci_csv,
)
from wfinterview.core.outputs.plans import (
    raci_markdown as raci_markdown,
)
from wfinterview.core.outputs.report import (
    facts_line as facts_line,
)
from wfinterview.core.outputs.report import (
    planned_facts as planned_facts,
)
from wfinterview.core.outputs.report import (
    reach as reach,
)
from wfinterview.core.outputs.report import (
    report_markdown as report_markdown,
)
from wfinterview.core.outputs.report import (
    write_report as write_report,
)
from wfinterview.core.outputs.report_data import (
    LIST_LIMIT as LIST_LIMIT,
)
from wfinterview.core.outputs.report_data import (
    Listing as Listing,
)
from wfinterview.core.outputs.report_data import (
    PlannedAction as PlannedAction,
)
from wfinterview.core.outputs.report_data import (
    ReportData as ReportData,
)
from wfinterview.core.outputs.report_data import (
    gather as gather,
)
from wfinterview.core.outputs.schemas import (
    main as main,
)
from wfinterview.core.outputs.schemas import (
    render as render,
)
