"""The public names of this layer, declared once (see __init__.py)."""

from wfinterview.core.plan.actions import (
    KIND_LABELS as KIND_LABELS,
)
from wfinterview.core.plan.actions import (
    STATUS_LABELS as STATUS_LABELS,
)
from wfinterview.core.plan.actions import (
    STATUSES as STATUSES,
)
from wfinterview.core.plan.actions import (
    Action as Action,
)
from wfinterview.core.plan.actions import (
    ActionKind as ActionKind,
)
from wfinterview.core.plan.actions import (
    ActionStatus as ActionStatus,
)
from wfinterview.core.plan.actions import (
    action_kind as action_kind,
)
from wfinterview.core.plan.actions import (
    advance as advance,
)
from wfinterview.core.plan.actions import (
    kind_for as kind_for,
)
from wfinterview.core.plan.actions import (
    kind_for_theme as kind_for_theme,
)
from wfinterview.core.plan.actions import (
    new_action as new_action,
)
from wfinterview.core.plan.actions import (
    next_status as next_status,
)
from wfinterview.core.plan.actions import (
    parse_due as parse_due,
)
from wfinterview.core.plan.actions import (
    set_status as set_status,
)
from wfinterview.core.plan.approvals import (
    APPROVAL_TAG as APPROVAL_TAG,
)
from wfinterview.core.plan.approvals import (
    ApprovalStage as ApprovalStage,
)
from wfinterview.core.plan.approvals import (
    StageTimeline as StageTimeline,
)
from wfinterview.core.plan.approvals import (
    durations_in_days as durations_in_days,
)
from wfinterview.core.plan.approvals import (
    timelines as timelines,
)
from wfinterview.core.plan.demo_plans import (
    demo_plan as demo_plan,
)
from wfinterview.core.plan.edit_log import (
    Entry as Entry,
)
from wfinterview.core.plan.edit_log import (
    FileKind as FileKind,
)
from wfinterview.core.plan.edit_log import (
    FolderBytes as FolderBytes,
)
from wfinterview.core.plan.edit_log import (
    FolderScan as FolderScan,
)
from wfinterview.core.plan.edit_log import (
    Imported as Imported,
)
from wfinterview.core.plan.edit_log import (
    LogFile as LogFile,
)
from wfinterview.core.plan.edit_log import (
    Logged as Logged,
)
from wfinterview.core.plan.edit_log import (
    LogHeader as LogHeader,
)
from wfinterview.core.plan.edit_log import (
    WriterName as WriterName,
)
from wfinterview.core.plan.edit_log import (
    entry_line as entry_line,
)
from wfinterview.core.plan.edit_log import (
    fingerprint as fingerprint,
)
from wfinterview.core.plan.edit_log import (
    kind_of as kind_of,
)
from wfinterview.core.plan.edit_log import (
    log_name as log_name,
)
from wfinterview.core.plan.edit_log import (
    parse_log as parse_log,
)
from wfinterview.core.plan.edit_log import (
    read_folder as read_folder,
)
from wfinterview.core.plan.edit_log import (
    read_log as read_log,
)
from wfinterview.core.plan.edit_log import (
    render_log as render_log,
)
from wfinterview.core.plan.edit_log import (
    scan_folder as scan_folder,
)
from wfinterview.core.plan.edit_log import (
    view_name as view_name,
)
from wfinterview.core.plan.edits import (
    EDITS as EDITS,
)
from wfinterview.core.plan.edits import (
    ActionField as ActionField,
)
from wfinterview.core.plan.edits import (
    AddAction as AddAction,
)
from wfinterview.core.plan.edits import (
    AddRaciActivity as AddRaciActivity,
)
from wfinterview.core.plan.edits import (
    AddRaciMatrix as AddRaciMatrix,
)
from wfinterview.core.plan.edits import (
    AddRaciParty as AddRaciParty,
)
from wfinterview.core.plan.edits import (
    AddStage as AddStage,
)
from wfinterview.core.plan.edits import (
    AdvanceAction as AdvanceAction,
)
from wfinterview.core.plan.edits import (
    CreateTheme as CreateTheme,
)
from wfinterview.core.plan.edits import (
    DeleteAction as DeleteAction,
)
from wfinterview.core.plan.edits import (
    DeleteTheme as DeleteTheme,
)
from wfinterview.core.plan.edits import (
    Edit as Edit,
)
from wfinterview.core.plan.edits import (
    EditAction as EditAction,
)
from wfinterview.core.plan.edits import (
    EngagementEdit as EngagementEdit,
)
from wfinterview.core.plan.edits import (
    MergeThemes as MergeThemes,
)
from wfinterview.core.plan.edits import (
    MoveNote as MoveNote,
)
from wfinterview.core.plan.edits import (
    PlaceNote as PlaceNote,
)
from wfinterview.core.plan.edits import (
    RemoveRaciActivity as RemoveRaciActivity,
)
from wfinterview.core.plan.edits import (
    RemoveRaciParty as RemoveRaciParty,
)
from wfinterview.core.plan.edits import (
    RemoveStage as RemoveStage,
)
from wfinterview.core.plan.edits import (
    RenameTheme as RenameTheme,
)
from wfinterview.core.plan.edits import (
    RestoreTheme as RestoreTheme,
)
from wfinterview.core.plan.edits import (
    SetActionStatus as SetActionStatus,
)
from wfinterview.core.plan.edits import (
    SetRaciCell as SetRaciCell,
)
from wfinterview.core.plan.edits import (
    SetStageTarget as SetStageTarget,
)
from wfinterview.core.plan.edits import (
    TargetDays as TargetDays,
)
from wfinterview.core.plan.engagement_file import (
    EngagementFile as EngagementFile,
)
from wfinterview.core.plan.engagement_file import (
    parse_engagement_file as parse_engagement_file,
)
from wfinterview.core.plan.engagements import (
    BACKUP_SUFFIX as BACKUP_SUFFIX,
)
from wfinterview.core.plan.engagements import (
    Applied as Applied,
)
from wfinterview.core.plan.engagements import (
    EngagementStore as EngagementStore,
)
from wfinterview.core.plan.engagements import (
    Plan as Plan,
)
from wfinterview.core.plan.engagements import (
    load_boards as load_boards,
)
from wfinterview.core.plan.engagements import (
    load_plans as load_plans,
)
from wfinterview.core.plan.merging import (
    Conflict as Conflict,
)
from wfinterview.core.plan.merging import (
    Merged as Merged,
)
from wfinterview.core.plan.merging import (
    Rejected as Rejected,
)
from wfinterview.core.plan.merging import (
    describe_field as describe_field,
)
from wfinterview.core.plan.merging import (
    merge as merge,
)
from wfinterview.core.plan.outcomes import (
    Outcome as Outcome,
)
from wfinterview.core.plan.outcomes import (
    RoundShare as RoundShare,
)
from wfinterview.core.plan.outcomes import (
    plans_outcomes as plans_outcomes,
)
from wfinterview.core.plan.outcomes import (
    theme_of as theme_of,
)
from wfinterview.core.plan.plan_cache import (
    CacheHeader as CacheHeader,
)
from wfinterview.core.plan.plan_cache import (
    MergeReport as MergeReport,
)
from wfinterview.core.plan.plan_cache import (
    PlanCache as PlanCache,
)
from wfinterview.core.plan.raci import (
    ROLES as ROLES,
)
from wfinterview.core.plan.raci import (
    RaciMatrix as RaciMatrix,
)
from wfinterview.core.plan.raci import (
    Role as Role,
)
from wfinterview.core.plan.raci import (
    raci_problems as raci_problems,
)
from wfinterview.core.plan.validation import (
    actions_for as actions_for,
)
from wfinterview.core.plan.validation import (
    participants as participants,
)
from wfinterview.core.plan.validation import (
    signing_facilitator as signing_facilitator,
)
from wfinterview.core.plan.validation import (
    validation_text as validation_text,
)
