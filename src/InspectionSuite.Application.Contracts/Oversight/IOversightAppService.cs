namespace InspectionSuite.Oversight;

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
