"""The public names of this layer, declared once (see __init__.py)."""

from wfinterview.core.plan.actions import (
    KIND_LABELS as KIND_LABELS,
    STATUS_LABELS as STATUS_LABELS,
    STATUSES as STATUSES,
    Action as Action,
    ActionKind as ActionKind,
    ActionStatus as ActionStatus,
    action_kind as action_kind,
    advance as advance,
    kind_for as kind_for,
    kind_for_theme as kind_for_theme,
    new_action as new_action,
    next_status as next_status,
    parse_due as parse_due,
    set_status as set_status,
)
from wfinterview.core.plan.approvals import (
    APPROVAL_TAG as APPROVAL_TAG,
    ApprovalStage as ApprovalStage,
    StageTimeline as StageTimeline,
    durations_in_days as durations_in_days,
    timelines as timelines,
)
from wfinterview.core.plan.demo_plans import (
    demo_plan as demo_plan,
)
from wfinterview.core.plan.edit_log import (
    Entry as Entry,
    FileKind as FileKind,
    FolderBytes as FolderBytes,
    FolderScan as FolderScan,
    Imported as Imported,
    LogFile as LogFile,
    Logged as Logged,
    LogHeader as LogHeader,
    WriterName as WriterName,
    entry_line as entry_line,
    fingerprint as fingerprint,
    kind_of as kind_of,
    log_name as log_name,
    parse_log as parse_log,
    read_folder as read_folder,
    read_log as read_log,
    render_log as render_log,
    scan_folder as scan_folder,
    view_name as view_name,
)
from wfinterview.core.plan.edits import (
    EDITS as EDITS,
    ActionField as ActionField,
    AddAction as AddAction,
    AddRaciActivity as AddRaciActivity,
    AddRaciMatrix as AddRaciMatrix,
    AddRaciParty as AddRaciParty,
    AddStage as AddStage,
    AdvanceAction as AdvanceAction,
    CreateTheme as CreateTheme,
    DeleteAction as DeleteAction,
    DeleteTheme as DeleteTheme,
    Edit as Edit,
    EditAction as EditAction,
    EngagementEdit as EngagementEdit,
    MergeThemes as MergeThemes,
    MoveNote as MoveNote,
    PlaceNote as PlaceNote,
    RemoveRaciActivity as RemoveRaciActivity,
    RemoveRaciParty as RemoveRaciParty,
    RemoveStage as RemoveStage,
    RenameTheme as RenameTheme,
    RestoreTheme as RestoreTheme,
    SetActionStatus as SetActionStatus,
    SetRaciCell as SetRaciCell,
    SetStageTarget as SetStageTarget,
    TargetDays as TargetDays,
)
from wfinterview.core.plan.engagement_file import (
    EngagementFile as EngagementFile,
    parse_engagement_file as parse_engagement_file,
)
from wfinterview.core.plan.engagements import (
    BACKUP_SUFFIX as BACKUP_SUFFIX,
    Applied as Applied,
    EngagementStore as EngagementStore,
    Plan as Plan,
    load_boards as load_boards,
    load_plans as load_plans,
)
from wfinterview.core.plan.merging import (
    Conflict as Conflict,
    Merged as Merged,
    Rejected as Rejected,
    describe_field as describe_field,
    merge as merge,
)
from wfinterview.core.plan.outcomes import (
    Outcome as Outcome,
    RoundShare as RoundShare,
    plans_outcomes as plans_outcomes,
    theme_of as theme_of,
)
from wfinterview.core.plan.plan_cache import (
    CacheHeader as CacheHeader,
    MergeReport as MergeReport,
    PlanCache as PlanCache,
)
from wfinterview.core.plan.raci import (
    ROLES as ROLES,
    RaciMatrix as RaciMatrix,
    Role as Role,
    raci_problems as raci_problems,
)
from wfinterview.core.plan.validation import (
    actions_for as actions_for,
    participants as participants,
    validation_text as validation_text,
)
