namespace InspectionSuite.Oversight;

// ---------------------------------------------------------------- leadership: sanction outcomes

/// <summary>Figures of one year (by the conclusion date of the case), optionally one authority.</summary>
public sealed record GetSanctionDashboardInput(int Year, AuthorityCode? Authority = null);

public sealed record SanctionTypeFigureDto(SanctionType Type, int Count, decimal AmountDecidedVnd, decimal AmountRecoveredVnd);
public sealed record AuthorityFigureDto(AuthorityCode Authority, int Cases, int Sanctions, decimal AmountDecidedVnd, decimal AmountRecoveredVnd);
public sealed record UnitFigureDto(Guid UnitId, string UnitCode, string UnitName, int Sanctions, decimal AmountDecidedVnd, decimal AmountRecoveredVnd);
public sealed record QuarterFigureDto(int Quarter, int Cases, int Sanctions, decimal AmountDecidedVnd, decimal AmountRecoveredVnd);

/// <summary>Recommendations and sanctions by implementation status; <see cref="Rate"/> = done / total (0..1).</summary>
public sealed record ImplementationFigureDto(int Total, int Done, int InProgress, int Issued, int CarriedOver, int Overdue, double Rate)
{
    /// <summary>Items the unit reported done (đơn vị báo cáo), waiting for the team to confirm: not done yet (theo dõi, đôn đốc).</summary>
    public int Reported { get; init; }
    /// <summary>Money recovered on items confirmed done (by the team or a re-check).</summary>
    public decimal AmountConfirmedVnd { get; init; }
    /// <summary>Money the unit reports recovered on items waiting for confirmation: a claim, kept apart from confirmed money.</summary>
    public decimal AmountReportedVnd { get; init; }
}

/// <summary>Units of a stratum valid in the year, how many a completed case covered, and the 20% target (ceil).</summary>
public sealed record CoverageFigureDto(Stratum Stratum, int UnitsValid, int UnitsCovered, int Target, double Percent, bool TargetMet);

public sealed record SanctionDashboardDto(
    int Year, AuthorityCode? Authority, int CasesConcluded, int Sanctions, decimal AmountDecidedVnd, decimal AmountRecoveredVnd,
    IReadOnlyList<SanctionTypeFigureDto> ByType, IReadOnlyList<AuthorityFigureDto> ByAuthority, IReadOnlyList<UnitFigureDto> ByUnit,
    ImplementationFigureDto Implementation, IReadOnlyList<QuarterFigureDto> ByQuarter, IReadOnlyList<CoverageFigureDto> Coverage,
    IReadOnlyList<int> Years);

// ---------------------------------------------------------------- supervisor: load, overdue board, reassignment

public sealed record InspectorLoadDto(Guid UserId, string UserName, string FullName, int OpenCases, int LeadingCases, int OpenTasks);

public sealed record GetOverdueBoardInput : PagedAndSortedInput
{
    public AuthorityCode? Authority { get; init; }
}

public sealed record OverdueItemDto(Guid TaskId, Guid CaseId, string CaseCode, string Subject, AuthorityCode Authority, string UnitName, string State,
    string TaskName, string TaskLabel, string? AssigneeRole, Guid? AssigneeUserId, string? AssigneeName, DateTime DueAtUtc, int DaysOverdue);

/// <summary><see cref="Label"/> is the task's label from its definition version in the current UI language.</summary>
public sealed record CaseTaskDto(Guid TaskId, string Name, string Label, string State, string? AssigneeRole, Guid? AssigneeUserId, string? AssigneeName, DateTime DueAtUtc, bool IsOverdue);

/// <summary>A user an open task may be handed to (<see cref="IOversightAppService.GetTaskCandidatesAsync"/>).</summary>
public sealed record TaskCandidateDto(Guid UserId, string UserName, string FullName);

/// <summary>
/// Who may take a task beyond its role pool: a task done under a permission is offered only to the permission's holders,
/// and a task the team must not do (the appraisal of its own draft conclusion) never to a member of the case's team.
/// Keyed by the definition's task name; a task not listed is offered to the users of its role.
/// </summary>
public static class TaskAssigneeRules
{
    public sealed record Rule(string Permission, bool OutsideTeam);

    public static readonly IReadOnlyDictionary<string, Rule> ByTask = new Dictionary<string, Rule>
    {
        // thanh-tra v3 "Concluding": the appraiser (thẩm định) holds Cases.Appraise and is not on the team (Cases.Appraise's rule).
        ["AppraiseDraft"] = new(Permissions.InspectionSuitePermissions.Cases.Appraise, OutsideTeam: true),
    };
}

/// <summary>Hand an open task to a user (or back to a role's pool when <see cref="ToUserId"/> is null).</summary>
public sealed record ReassignTaskDto(Guid? ToUserId, string? ToRole);

/// <summary>Read models the supervisor and leadership screens need and the case services do not offer; queries only.</summary>
public interface IOversightAppService
{
    /// <summary>Needs Reports.Sanctions.</summary>
    Task<SanctionDashboardDto> GetSanctionDashboardAsync(GetSanctionDashboardInput input, CancellationToken ct = default);
    /// <summary>Every inspector with their open cases (not closed or cancelled) and open tasks. Needs Cases.Assign.</summary>
    Task<IReadOnlyList<InspectorLoadDto>> GetInspectorLoadAsync(CancellationToken ct = default);
    /// <summary>Open workflow tasks past their due time on any case, most overdue first. Needs Tasks.Reassign.</summary>
    Task<PagedResultDto<OverdueItemDto>> GetOverdueBoardAsync(GetOverdueBoardInput input, CancellationToken ct = default);
    /// <summary>Open tasks of one case. Needs Tasks.Reassign.</summary>
    Task<IReadOnlyList<CaseTaskDto>> GetCaseTasksAsync(Guid caseId, CancellationToken ct = default);
    /// <summary>
    /// The active users an open task may be handed to: the holders of its <see cref="TaskAssigneeRules"/> permission (minus the
    /// case's team when the rule says so), otherwise the users of its role. Needs Tasks.Reassign.
    /// </summary>
    Task<IReadOnlyList<TaskCandidateDto>> GetTaskCandidatesAsync(Guid taskId, CancellationToken ct = default);
    /// <summary>Reassigns through the workflow runtime (journaled); a task with a <see cref="TaskAssigneeRules"/> rule only to a user it allows. Needs Tasks.Reassign.</summary>
    Task<CaseTaskDto> ReassignTaskAsync(Guid taskId, ReassignTaskDto input, CancellationToken ct = default);
}

// ---------------------------------------------------------------- admin: users and roles

public sealed record UserListItemDto(Guid Id, string UserName, string FullName, string? Email, string? Role, Guid? UnitId, string? UnitName, bool IsLocked, bool IsDemo);

public sealed record GetUserListInput : PagedAndSortedInput
{
    public string? Filter { get; init; }
    public string? Role { get; init; }
}

/// <param name="Position">Chức vụ printed above the signature ("Chánh Thanh tra"); a Leadership user's inspection decisions are signed "position - full name".</param>
public sealed record CreateUserDto(string UserName, string FullName, string? Email, string Password, string Role, Guid? UnitId, string? Position = null);
public sealed record ChangeUserRoleDto(string Role, Guid? UnitId);
/// <summary>A temporary password the admin hands over; the user must replace it at their next sign-in.</summary>
public sealed record ResetUserPasswordDto(string TemporaryPassword);
/// <summary>The address notifications are e-mailed to; empty removes it (the user then gets them in the app only).</summary>
public sealed record SetUserEmailDto(string? Email);

public interface IUserAdminAppService
{
    /// <summary>Needs Administration.Users.</summary>
    Task<PagedResultDto<UserListItemDto>> GetListAsync(GetUserListInput input, CancellationToken ct = default);
    /// <summary>A unit is required for (and only allowed for) the UnitRepresentative role. Needs Administration.Users.</summary>
    Task<UserListItemDto> CreateAsync(CreateUserDto input, CancellationToken ct = default);
    /// <summary>Locks (indefinitely) or unlocks the sign-in. Needs Administration.Users; nobody locks themself.</summary>
    Task<UserListItemDto> SetLockedAsync(Guid id, bool locked, CancellationToken ct = default);
    /// <summary>Replaces the user's role. Needs Administration.Roles.</summary>
    Task<UserListItemDto> ChangeRoleAsync(Guid id, ChangeUserRoleDto input, CancellationToken ct = default);
    /// <summary>Sets a temporary password, ends the user's sessions and requires a change at the next sign-in.</summary>
    Task<UserListItemDto> ResetPasswordAsync(Guid id, ResetUserPasswordDto input, CancellationToken ct = default);
    /// <summary>Sets or removes a user's e-mail address (checked as an address; unique is not required: a shared mailbox is allowed).</summary>
    Task<UserListItemDto> SetEmailAsync(Guid id, SetUserEmailDto input, CancellationToken ct = default);
}

// ---------------------------------------------------------------- admin: workflow definitions

public sealed record WorkflowDefinitionListItemDto(string DefinitionId, int Version, bool IsPublished, string Name, DateTime CreatedAtUtc, DateTime? PublishedAtUtc, int RunningInstances);
public sealed record WorkflowValidationErrorDto(string Path, string Reason);
public sealed record WorkflowDefinitionDetailDto(WorkflowDefinitionListItemDto Definition, string? Diagram, bool IsValid, IReadOnlyList<WorkflowValidationErrorDto> Errors);

public interface IWorkflowAdminAppService
{
    /// <summary>Needs Workflows.Default.</summary>
    Task<IReadOnlyList<WorkflowDefinitionListItemDto>> GetListAsync(CancellationToken ct = default);
    /// <summary>The version's Mermaid diagram and its validation result (drafts are validated now). Needs Workflows.Default.</summary>
    Task<WorkflowDefinitionDetailDto> GetAsync(string definitionId, int version, CancellationToken ct = default);
    /// <summary>Needs Workflows.Publish; an invalid draft is refused with its errors.</summary>
    Task<WorkflowDefinitionListItemDto> PublishAsync(string definitionId, int version, CancellationToken ct = default);
}
