"""The public names of this layer, declared once (see __init__.py)."""

from wfinterview.core.outputs.airtable import (
    airtable_tables as airtable_tables,
    slug as slug,
    theme_keys as theme_keys,
)
from wfinterview.core.outputs.charts import (
    Bar as Bar,
    BarChart as BarChart,
    HeatCell as HeatCell,
    HeatMap as HeatMap,
    StageBar as StageBar,
    StageChart as StageChart,
    heat_map as heat_map,
    shade as shade,
    shorten as shorten,
    stage_bars as stage_bars,
    theme_bars as theme_bars,
    two_lines as two_lines,
)
from wfinterview.core.outputs.evidence import (
    ThemeEvidence as ThemeEvidence,
    pick_evidence as pick_evidence,
    same_text as same_text,
    themes_with_evidence as themes_with_evidence,
)
from wfinterview.core.outputs.export import (
    CSV_COLUMNS as CSV_COLUMNS,
    export_csv as export_csv,
    export_markdown as export_markdown,
    export_miro as export_miro,
)
from wfinterview.core.outputs.findings_export import (
    Json as Json,
    Row as Row,
    findings_json as findings_json,
    findings_tables as findings_tables,
    handoff_key as handoff_key,
    miro_columns as miro_columns,
    note_key as note_key,
)
from wfinterview.core.outputs.findings_report import (
    CONTRASTS_SHOWN as CONTRASTS_SHOWN,
    HANDOFFS_SHOWN as HANDOFFS_SHOWN,
    STEP_TITLES as STEP_TITLES,
    ToolRow as ToolRow,
    findings_markdown as findings_markdown,
    quote as quote,
    shown_candidates as shown_candidates,
    tool_rows as tool_rows,
)
from wfinterview.core.outputs.formats import (
    SafeWriter as SafeWriter,
    inert as inert,
    md as md,
)
from wfinterview.core.outputs.html_report import (
    PlanView as PlanView,
    RaciView as RaciView,
    Said as Said,
    report_html as report_html,
    write_html_report as write_html_report,
)
from wfinterview.core.outputs.json_export import (
    export_json as export_json,
)
from wfinterview.core.outputs.names import (
    close_to as close_to,
    unknown_name as unknown_name,
)
from wfinterview.core.outputs.plans import (
    action_theme as action_theme,
    has_plan as has_plan,
    plan_markdown as plan_markdown,
    raci_csv as raci_csv,
    raci_markdown as raci_markdown,
)
from wfinterview.core.outputs.report import (
    facts_line as facts_line,
    planned_facts as planned_facts,
    reach as reach,
    report_markdown as report_markdown,
    write_report as write_report,
)
from wfinterview.core.outputs.report_data import (
    LIST_LIMIT as LIST_LIMIT,
    Listing as Listing,
    PlannedAction as PlannedAction,
    ReportData as ReportData,
    gather as gather,
)
from wfinterview.core.outputs.schemas import (
    main as main,
    render as render,
)
