using InspectionSuite.Auditing;
using InspectionSuite.Oversight;
using P = InspectionSuite.Permissions.InspectionSuitePermissions;

namespace InspectionSuite.Home;

/// <summary>
/// The persona blocks of the home page, each from the services that own its figures (overdue board, inspector load,
/// coverage) or one grouped query; permission-based, so a user with several roles gets each of their blocks.
/// </summary>
public sealed class HomeAppService(IPermissionChecker permissions, CaseAccess access, IOversightAppService oversight, IOverdueBoardAppService board,
    IRepository<InspectionCase> cases, IRepository<TeamMember> teamMembers, IRepository<WorkflowHumanTask> tasks, IAnnualPlanAppService plans,
    IRepository<Sanction> sanctions, IRepository<AppUser> users, IRepository<AuditLogRecord> auditLog, IRepository<AuditCheckpoint> checkpoints) : IHomeAppService
{
    /// <summary>A case in neither state still needs a team to be carried out.</summary>
    private static readonly string[] Finished = [CaseStates.Closed, CaseStates.Cancelled];

    public async Task<SupervisorHomeDto> GetSupervisorAsync(CancellationToken ct = default)
    {
        await permissions.CheckAsync(P.Tasks.Reassign, ct);
        await permissions.CheckAsync(P.Cases.Assign, ct);
        var overdueTasks = (await oversight.GetOverdueBoardAsync(new GetOverdueBoardInput { MaxResultCount = 1 }, ct)).TotalCount;
        var entries = await board.GetEntriesAsync(new GetOverdueEntriesInput { MaxResultCount = 1 }, ct);
        var members = teamMembers.Query();
        var unassignedCases = await cases.CountAsync(cases.Query().Where(c => !Finished.Contains(c.State) && !members.Any(m => m.CaseId == c.Id)), ct);
        // An open task of a named role and no user is waiting for whoever of that role takes it; "unassigned" here means
        // neither: a task nobody can pick up from an inbox (e.g. its user was removed by a reassignment gone wrong).
        var unassignedTasks = await tasks.CountAsync(tasks.Query().Where(t => t.Status == HumanTaskStatus.Open
            && (t.AssigneeUserId ?? "") == "" && (t.AssigneeRole ?? "") == ""), ct);
        // The 20% is Sở Nội vụ's (Kế hoạch 534): its approved plan's tracker, the one the plan and monitoring pages show.
        var year = access.Today.Year;
        PlanCoverageDto? coverage = null;
        if (await permissions.IsGrantedAsync(P.Planning.Default, ct)
            && (await plans.GetListAsync(new GetAnnualPlanListInput { Year = year, Authority = AuthorityCode.NoiVu, MaxResultCount = 1 }, ct)).Items.FirstOrDefault() is { } plan
            && plan.Status != PlanStatus.Draft)
            coverage = await plans.GetCoverageAsync(plan.Id, ct);
        var load = (await oversight.GetInspectorLoadAsync(ct)).OrderByDescending(l => l.OpenTasks).ThenByDescending(l => l.OpenCases).ThenBy(l => l.FullName).ToList();
        return new SupervisorHomeDto(overdueTasks, entries.CountByKind, unassignedCases, unassignedTasks, year, coverage, load);
    }

    public async Task<LeaderHomeDto> GetLeaderAsync(CancellationToken ct = default)
    {
        await permissions.CheckAsync(P.Cases.Decide, ct);
        var today = access.Today;
        var yearStart = new DateOnly(today.Year, 1, 1);
        var visible = await access.AllVisibleAsync(ct);
        var rows = from c in visible
                   where c.State != CaseStates.Cancelled && c.Conclusion.Date >= yearStart
                   join s in sanctions.Query() on c.Id equals s.CaseId
                   select new { s.Status, s.Deadline };
        var statuses = await sanctions.ToListAsync(rows.GroupBy(r => r.Status).Select(g => new { g.Key, Count = g.Count() }), ct);
        var overdue = await sanctions.CountAsync(rows.Where(r => (r.Status == SanctionStatus.Issued || r.Status == SanctionStatus.InProgress) && r.Deadline < today), ct);
        int Count(SanctionStatus s) => statuses.Where(x => x.Key == s).Sum(x => x.Count);
        return new LeaderHomeDto(today.Year, statuses.Sum(s => s.Count), Count(SanctionStatus.Done), Count(SanctionStatus.InProgress), Count(SanctionStatus.Issued),
            Count(SanctionStatus.CarriedOver), overdue);
    }

    public async Task<AdminHomeDto> GetAdminAsync(CancellationToken ct = default)
    {
        await permissions.CheckAsync(P.Administration.Users, ct);
        var now = new DateTimeOffset(access.UtcNow, TimeSpan.Zero);
        var all = users.Query();
        var total = await users.CountAsync(all, ct);
        // SQLite cannot compare DateTimeOffset columns: the few lockout ends are read and compared here.
        var locked = (await users.ToListAsync(all.Where(u => u.LockoutEnd != null).Select(u => u.LockoutEnd), ct)).Count(e => e > now);
        var withoutEmail = await users.CountAsync(all.Where(u => (u.Email ?? "") == ""), ct);
        var last = await auditLog.FirstOrDefaultAsync(auditLog.Query().OrderByDescending(r => r.Sequence).Select(r => (long?)r.Sequence), ct) ?? 0;
        var seal = await checkpoints.FirstOrDefaultAsync(checkpoints.Query().OrderByDescending(c => c.RecordCount).Select(c => new { c.RecordCount, c.TimeUtc }), ct);
        return new AdminHomeDto(total, locked, withoutEmail, last, seal?.RecordCount ?? 0, seal?.TimeUtc);
    }
}
