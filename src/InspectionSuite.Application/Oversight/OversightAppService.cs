using P = InspectionSuite.Permissions.InspectionSuitePermissions;

namespace InspectionSuite.Oversight;

/// <summary>
/// Read models of the supervisor and leadership screens: each figure is one grouped query over the case tables
/// (never the case aggregate with its parts). A case belongs to the year its conclusion was signed in; a unit is
/// covered in a year when a case on it was concluded that year (cancelled cases never count).
/// </summary>
public sealed class OversightAppService(
    IPermissionChecker permissions,
    CaseAccess access,
    IRepository<InspectionCase> cases,
    IRepository<Sanction> sanctions,
    IRepository<TeamMember> teamMembers,
    IRepository<Unit> units,
    IRepository<AppUser> users,
    IRepository<WorkflowHumanTask> tasks,
    IRepository<PermissionGrant> grants,
    UserManager<AppUser> userManager,
    IRepository<WorkflowInstance> instances,
    WorkflowDefinitionService definitions,
    IWorkflowInstanceQueries workflows,
    IHumanTaskService humanTasks) : IOversightAppService
{
    public const double CoverageTarget = 0.2;

    public async Task<SanctionDashboardDto> GetSanctionDashboardAsync(GetSanctionDashboardInput input, CancellationToken ct = default)
    {
        await permissions.CheckAsync(P.Reports.Sanctions, ct);
        var from = new DateOnly(input.Year, 1, 1);
        var to = new DateOnly(input.Year, 12, 31);
        var today = access.Today;

        var concluded = cases.Query().Where(c => c.State != CaseStates.Cancelled && c.Conclusion.Date >= from && c.Conclusion.Date <= to);
        if (input.Authority is { } authority) concluded = concluded.Where(c => c.Authority == authority);
        var rows = from c in concluded
                   join s in sanctions.Query() on c.Id equals s.CaseId
                   select new { c.Authority, c.UnitId, ConclusionDate = c.Conclusion.Date, s.Type, s.Status, Decided = s.AmountVnd ?? 0m, Recovered = s.AmountRecoveredVnd, s.Deadline };

        // One grouped read of the year's sanctions and one of its cases; every breakdown (type, authority, unit, status,
        // overdue, quarter) is summed from those groups in memory (issue 19: were six GROUP BYs of the same join and two of
        // the same cases, each paying EF's per-query cost on every view).
        var groups = await sanctions.ToListAsync(rows
            .GroupBy(r => new { r.Type, r.Authority, r.UnitId, r.Status, Quarter = (r.ConclusionDate!.Value.Month + 2) / 3,
                Overdue = r.Status != SanctionStatus.Done && r.Status != SanctionStatus.CarriedOver && r.Deadline < today })
            .Select(g => new { g.Key.Type, g.Key.Authority, g.Key.UnitId, g.Key.Status, g.Key.Quarter, g.Key.Overdue,
                Count = g.Count(), Decided = g.Sum(r => r.Decided), Recovered = g.Sum(r => r.Recovered) }), ct);
        var caseGroups = await cases.ToListAsync(concluded.GroupBy(c => new { c.Authority, Quarter = (c.Conclusion.Date!.Value.Month + 2) / 3 })
            .Select(g => new { g.Key.Authority, g.Key.Quarter, Count = g.Count() }), ct);

        var byType = groups.GroupBy(r => r.Type)
            .Select(g => new SanctionTypeFigureDto(g.Key, g.Sum(r => r.Count), g.Sum(r => r.Decided), g.Sum(r => r.Recovered))).ToList();

        var casesByAuthority = caseGroups.GroupBy(c => c.Authority).Select(g => new { g.Key, Count = g.Sum(c => c.Count) }).ToList();
        var sanctionsByAuthority = groups.GroupBy(r => r.Authority)
            .Select(g => new { g.Key, Count = g.Sum(r => r.Count), Decided = g.Sum(r => r.Decided), Recovered = g.Sum(r => r.Recovered) }).ToList();
        var byAuthority = casesByAuthority.Select(a => a.Key).Union(sanctionsByAuthority.Select(s => s.Key)).Order()
            .Select(a =>
            {
                var s = sanctionsByAuthority.FirstOrDefault(x => x.Key == a);
                return new AuthorityFigureDto(a, casesByAuthority.FirstOrDefault(x => x.Key == a)?.Count ?? 0, s?.Count ?? 0, s?.Decided ?? 0, s?.Recovered ?? 0);
            }).ToList();

        var unitFigures = groups.GroupBy(r => r.UnitId)
            .Select(g => new { UnitId = g.Key, Count = g.Sum(r => r.Count), Decided = g.Sum(r => r.Decided), Recovered = g.Sum(r => r.Recovered) })
            .OrderByDescending(u => u.Decided).ThenByDescending(u => u.Count).Take(20).ToList();
        var unitIds = unitFigures.Select(u => u.UnitId).ToList();
        var unitNames = unitIds.Count == 0 ? [] : (await units.ToListAsync(units.QueryIncludingDeleted().Where(u => unitIds.Contains(u.Id))
            .Select(u => new { u.Id, u.Code, u.Name }), ct)).ToDictionary(u => u.Id);
        var byUnit = unitFigures.Select(u => new UnitFigureDto(u.UnitId, unitNames.GetValueOrDefault(u.UnitId)?.Code ?? "", unitNames.GetValueOrDefault(u.UnitId)?.Name ?? "",
            u.Count, u.Decided, u.Recovered)).ToList();

        var statuses = groups.GroupBy(r => r.Status).Select(g => new { g.Key, Count = g.Sum(r => r.Count), Recovered = g.Sum(r => r.Recovered) }).ToList();
        var overdue = groups.Where(r => r.Overdue).Sum(r => r.Count);
        int StatusCount(SanctionStatus s) => statuses.FirstOrDefault(x => x.Key == s)?.Count ?? 0;
        var total = statuses.Sum(s => s.Count);
        var implementation = new ImplementationFigureDto(total, StatusCount(SanctionStatus.Done), StatusCount(SanctionStatus.InProgress),
            StatusCount(SanctionStatus.Issued), StatusCount(SanctionStatus.CarriedOver), overdue, total == 0 ? 0 : StatusCount(SanctionStatus.Done) / (double)total)
        {
            // The unit's "done" is a claim until the team confirms it: its count and money stand apart from the confirmed.
            Reported = StatusCount(SanctionStatus.Reported),
            AmountConfirmedVnd = statuses.FirstOrDefault(x => x.Key == SanctionStatus.Done)?.Recovered ?? 0,
            AmountReportedVnd = statuses.FirstOrDefault(x => x.Key == SanctionStatus.Reported)?.Recovered ?? 0,
        };

        var casesByQuarter = caseGroups.GroupBy(c => c.Quarter).Select(g => new { g.Key, Count = g.Sum(c => c.Count) }).ToList();
        var sanctionsByQuarter = groups.GroupBy(r => r.Quarter)
            .Select(g => new { g.Key, Count = g.Sum(r => r.Count), Decided = g.Sum(r => r.Decided), Recovered = g.Sum(r => r.Recovered) }).ToList();
        var byQuarter = Enumerable.Range(1, 4).Select(q =>
        {
            var s = sanctionsByQuarter.FirstOrDefault(x => x.Key == q);
            return new QuarterFigureDto(q, casesByQuarter.FirstOrDefault(x => x.Key == q)?.Count ?? 0, s?.Count ?? 0, s?.Decided ?? 0, s?.Recovered ?? 0);
        }).ToList();

        var validUnits = units.Query().Where(u => (u.ValidFrom == null || u.ValidFrom <= to) && (u.ValidTo == null || u.ValidTo >= from));
        var validByKind = await units.ToListAsync(validUnits.GroupBy(u => u.Kind).Select(g => new { g.Key, Count = g.Count() }), ct);
        var coveredByKind = await units.ToListAsync((from c in concluded join u in validUnits on c.UnitId equals u.Id select new { u.Kind, c.UnitId }).Distinct()
            .GroupBy(x => x.Kind).Select(g => new { g.Key, Count = g.Count() }), ct);
        var coverage = Enum.GetValues<Stratum>().Select(stratum =>
        {
            var valid = validByKind.Where(v => v.Key.ToStratum() == stratum).Sum(v => v.Count);
            var covered = coveredByKind.Where(v => v.Key.ToStratum() == stratum).Sum(v => v.Count);
            var target = (int)Math.Ceiling(CoverageTarget * valid);
            return new CoverageFigureDto(stratum, valid, covered, target, valid == 0 ? 0 : covered / (double)valid, covered >= target);
        }).ToList();

        // The year choices run from the first to the last conclusion: two seeks on the ConclusionDate index, where the
        // distinct years of every case were a scan of the whole table on each view (the dashboard's slowest query).
        var concludedDates = cases.Query().Where(c => c.Conclusion.Date != null).Select(c => c.Conclusion.Date!.Value);
        var first = await cases.FirstOrDefaultAsync(concludedDates.OrderBy(d => d).Select(d => (DateOnly?)d), ct);
        var last = await cases.FirstOrDefaultAsync(concludedDates.OrderByDescending(d => d).Select(d => (DateOnly?)d), ct);
        var years = (first is { } a && last is { } b ? Enumerable.Range(a.Year, b.Year - a.Year + 1) : [])
            .Append(today.Year).Append(input.Year).Distinct().OrderDescending().ToList();

        return new SanctionDashboardDto(input.Year, input.Authority, casesByAuthority.Sum(c => c.Count), total,
            byType.Sum(t => t.AmountDecidedVnd), byType.Sum(t => t.AmountRecoveredVnd),
            byType.OrderBy(t => t.Type).ToList(), byAuthority, byUnit, implementation, byQuarter, coverage, years);
    }

    public async Task<IReadOnlyList<InspectorLoadDto>> GetInspectorLoadAsync(CancellationToken ct = default)
    {
        await permissions.CheckAsync(P.Cases.Assign, ct);
        var inspectors = await userManager.GetUsersInRoleAsync(InspectionSuiteRoles.Inspector);
        var load = await teamMembers.ToListAsync(
            from m in teamMembers.Query()
            join c in cases.Query() on m.CaseId equals c.Id
            where c.State != CaseStates.Closed && c.State != CaseStates.Cancelled
            group m by m.UserId into g
            select new { UserId = g.Key, Open = g.Count(), Leading = g.Count(x => x.IsLeader) }, ct);
        var openTasks = await tasks.ToListAsync(tasks.Query().Where(t => t.Status == HumanTaskStatus.Open && t.AssigneeUserId != null)
            .GroupBy(t => t.AssigneeUserId!).Select(g => new { g.Key, Count = g.Count() }), ct);
        var taskCounts = openTasks.Where(t => Guid.TryParse(t.Key, out _)).GroupBy(t => Guid.Parse(t.Key)).ToDictionary(g => g.Key, g => g.Sum(x => x.Count));
        return inspectors
            .Where(u => u.LockoutEnd is null || u.LockoutEnd <= DateTimeOffset.UtcNow)
            .Select(u =>
            {
                var l = load.FirstOrDefault(x => x.UserId == u.Id);
                return new InspectorLoadDto(u.Id, u.UserName ?? "", u.FullName, l?.Open ?? 0, l?.Leading ?? 0, taskCounts.GetValueOrDefault(u.Id));
            })
            .OrderBy(x => x.OpenCases).ThenBy(x => x.FullName).ToList();
    }

    public async Task<PagedResultDto<OverdueItemDto>> GetOverdueBoardAsync(GetOverdueBoardInput input, CancellationToken ct = default)
    {
        await permissions.CheckAsync(P.Tasks.Reassign, ct);
        var now = access.UtcNow;
        var query = tasks.Query().Where(t => t.Status == HumanTaskStatus.Open && t.DueAtUtc < now);
        var total = await tasks.CountAsync(query, ct);
        var page = await tasks.ToListAsync(query.OrderBy(t => t.DueAtUtc).ThenBy(t => t.Id).Skip(input.Skip).Take(input.Take)
            .Select(t => new { t.Id, t.InstanceId, t.CorrelationId, t.Name, t.AssigneeRole, t.AssigneeUserId, t.DueAtUtc }), ct);
        var labels = await TaskLabelsAsync(page.Select(t => t.InstanceId), ct);
        var caseIds = page.Select(t => Guid.TryParse(t.CorrelationId, out var g) ? g : Guid.Empty).Where(g => g != Guid.Empty).Distinct().ToList();
        var caseInfo = caseIds.Count == 0 ? [] : (await cases.ToListAsync(
            from c in cases.Query().Where(c => caseIds.Contains(c.Id))
            join u in units.QueryIncludingDeleted() on c.UnitId equals u.Id
            select new { c.Id, c.Code, c.Subject, c.Authority, UnitName = u.Name, c.State }, ct)).ToDictionary(c => c.Id);
        var names = await NamesAsync(page.Select(t => t.AssigneeUserId), ct);
        var items = page.Select(t =>
        {
            var caseId = Guid.TryParse(t.CorrelationId, out var g) ? g : Guid.Empty;
            var c = caseInfo.GetValueOrDefault(caseId);
            var assignee = Guid.TryParse(t.AssigneeUserId, out var a) ? a : (Guid?)null;
            return new OverdueItemDto(t.Id, caseId, c?.Code ?? "", c?.Subject ?? "", c?.Authority ?? default, c?.UnitName ?? "", c?.State ?? "",
                t.Name, labels.GetValueOrDefault((t.InstanceId, t.Name), t.Name), t.AssigneeRole, assignee, assignee is { } id ? names.GetValueOrDefault(id) : null, t.DueAtUtc,
                // Whole Vietnam days after the last day, as the other overdue items count (OverdueBoardAppService).
                Math.Max(1, VietnamTime.DateOf(now).DayNumber - VietnamTime.DateOf(t.DueAtUtc).DayNumber));
        }).ToList();
        return new PagedResultDto<OverdueItemDto>(items, total);
    }

    public async Task<IReadOnlyList<CaseTaskDto>> GetCaseTasksAsync(Guid caseId, CancellationToken ct = default)
    {
        await permissions.CheckAsync(P.Tasks.Reassign, ct);
        var visible = await access.VisibleAsync(ct);
        var instanceId = await cases.FirstOrDefaultAsync(visible.Where(c => c.Id == caseId).Select(c => new { c.WorkflowInstanceId }), ct)
                         ?? throw new EntityNotFoundException(nameof(InspectionCase), caseId);
        if (instanceId.WorkflowInstanceId is not { } id) return [];
        var open = (await workflows.GetTasksAsync(id, ct)).Where(t => t.Status == HumanTaskStatus.Open).OrderBy(t => t.DueAtUtc).ToList();
        var names = await NamesAsync(open.Select(t => t.AssigneeUserId), ct);
        var labels = await TaskLabelsAsync([id], ct);
        return open.Select(t => ToDto(t, names, labels)).ToList();
    }

    public async Task<CaseTaskDto> ReassignTaskAsync(Guid taskId, ReassignTaskDto input, CancellationToken ct = default)
    {
        await permissions.CheckAsync(P.Tasks.Reassign, ct);
        if (input.ToUserId is null && string.IsNullOrWhiteSpace(input.ToRole))
            throw new InputValidationException(nameof(ReassignTaskDto.ToUserId), "Validation.Required");
        if (input.ToUserId is { } userId && !await users.AnyAsync(users.Query().Where(u => u.Id == userId), ct))
            throw new BusinessException(OversightErrorCodes.AssigneeUnknown, userId);
        if (!string.IsNullOrWhiteSpace(input.ToRole) && !InspectionSuiteRoles.All.Contains(input.ToRole))
            throw new BusinessException(OversightErrorCodes.RoleUnknown, input.ToRole);
        var (task, caseId) = await OpenTaskAsync(taskId, ct);
        if (input.ToUserId is { } to && TaskAssigneeRules.ByTask.TryGetValue(task.Name, out var rule))
        {
            if (rule.OutsideTeam && await teamMembers.AnyAsync(teamMembers.Query().Where(m => m.CaseId == caseId && m.UserId == to), ct))
                throw new BusinessException(CaseErrorCodes.AppraiserOnTeam);
            if (!(await HoldersAsync(rule.Permission)).Any(u => u.Id == to))
                throw new BusinessException(OversightErrorCodes.AssigneeLacksPermission, to);
        }
        var next = await humanTasks.ReassignAsync(taskId, await access.ActorAsync(ct), input.ToUserId?.ToString(), input.ToRole, ct);
        return ToDto(next, await NamesAsync([next.AssigneeUserId], ct), await TaskLabelsAsync([next.InstanceId], ct));
    }

    public async Task<IReadOnlyList<TaskCandidateDto>> GetTaskCandidatesAsync(Guid taskId, CancellationToken ct = default)
    {
        await permissions.CheckAsync(P.Tasks.Reassign, ct);
        var (task, caseId) = await OpenTaskAsync(taskId, ct);
        IEnumerable<AppUser> candidates;
        if (TaskAssigneeRules.ByTask.TryGetValue(task.Name, out var rule))
        {
            var team = rule.OutsideTeam ? await teamMembers.ToListAsync(teamMembers.Query().Where(m => m.CaseId == caseId).Select(m => m.UserId), ct) : [];
            candidates = (await HoldersAsync(rule.Permission)).Where(u => !team.Contains(u.Id));
        }
        else candidates = await userManager.GetUsersInRoleAsync(task.AssigneeRole ?? InspectionSuiteRoles.Inspector);
        return candidates.Where(u => u.LockoutEnd is null || u.LockoutEnd <= DateTimeOffset.UtcNow)
            .Select(u => new TaskCandidateDto(u.Id, u.UserName ?? "", string.IsNullOrEmpty(u.FullName) ? u.UserName ?? "" : u.FullName))
            .OrderBy(u => u.FullName).ToList();
    }

    /// <summary>An open task on a case the caller sees, with the case's id; otherwise not found (or not open).</summary>
    private async Task<(WorkflowHumanTask Task, Guid CaseId)> OpenTaskAsync(Guid taskId, CancellationToken ct)
    {
        var task = await tasks.FirstOrDefaultAsync(tasks.Query().Where(t => t.Id == taskId), ct)
                   ?? throw new EntityNotFoundException("Task", taskId);
        if (task.Status != HumanTaskStatus.Open) throw new BusinessException(OversightErrorCodes.TaskNotOpen, taskId);
        var visible = await access.VisibleAsync(ct);
        if (!Guid.TryParse(task.CorrelationId, out var caseId) || !await cases.AnyAsync(visible.Where(c => c.Id == caseId), ct))
            throw new EntityNotFoundException("Task", taskId);
        return (task, caseId);
    }

    /// <summary>Users of every role granted <paramref name="permission"/> (grants are per role).</summary>
    private async Task<IReadOnlyList<AppUser>> HoldersAsync(string permission)
    {
        var roles = await grants.ToListAsync(grants.Query().Where(g => g.PermissionName == permission).Select(g => g.RoleName).Distinct());
        var holders = new Dictionary<Guid, AppUser>();
        foreach (var role in roles)
            foreach (var u in await userManager.GetUsersInRoleAsync(role)) holders.TryAdd(u.Id, u);
        return holders.Values.ToList();
    }

    private static CaseTaskDto ToDto(HumanTaskInfo t, IReadOnlyDictionary<Guid, string> names, IReadOnlyDictionary<(Guid, string), string> labels)
    {
        var assignee = Guid.TryParse(t.AssigneeUserId, out var a) ? a : (Guid?)null;
        return new CaseTaskDto(t.Id, t.Name, labels.GetValueOrDefault((t.InstanceId, t.Name), t.Name), t.State, t.AssigneeRole, assignee, assignee is { } id ? names.GetValueOrDefault(id) : null, t.DueAtUtc, t.IsOverdue);
    }

    /// <summary>Task labels (current UI language) from each instance's pinned definition version; published versions are cached by the runtime.</summary>
    private async Task<IReadOnlyDictionary<(Guid, string), string>> TaskLabelsAsync(IEnumerable<Guid> instanceIds, CancellationToken ct)
    {
        var ids = instanceIds.Distinct().ToList();
        var result = new Dictionary<(Guid, string), string>();
        if (ids.Count == 0) return result;
        var culture = System.Globalization.CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;
        var pinned = await instances.ToListAsync(instances.Query().Where(i => ids.Contains(i.Id)).Select(i => new { i.Id, i.DefinitionId, i.DefinitionVersion }), ct);
        foreach (var version in pinned.GroupBy(i => (i.DefinitionId, i.DefinitionVersion)))
        {
            var definition = await definitions.GetPublishedAsync(version.Key.DefinitionId, version.Key.DefinitionVersion, ct);
            var taskLabels = definition.Model.States.SelectMany(s => s.HumanTasks).Where(h => h.Labels is not null)
                .GroupBy(h => h.Name).ToDictionary(g => g.Key, g => g.First().Labels!.Get(culture));
            foreach (var instance in version)
                foreach (var (name, label) in taskLabels) result[(instance.Id, name)] = label;
        }
        return result;
    }

    private async Task<IReadOnlyDictionary<Guid, string>> NamesAsync(IEnumerable<string?> userIds, CancellationToken ct)
    {
        var ids = userIds.Select(s => Guid.TryParse(s, out var g) ? g : Guid.Empty).Where(g => g != Guid.Empty).Distinct().ToList();
        if (ids.Count == 0) return new Dictionary<Guid, string>();
        return (await users.ToListAsync(users.Query().Where(u => ids.Contains(u.Id)).Select(u => new { u.Id, u.FullName, u.UserName }), ct))
            .ToDictionary(u => u.Id, u => string.IsNullOrEmpty(u.FullName) ? u.UserName ?? "" : u.FullName);
    }
}
