using System.Linq.Expressions;

namespace InspectionSuite.Inbox;

/// <summary>
/// The inbox with filters (authority, case state, due, unit), orders and a count per filter value: the caller's open
/// tasks (theirs, or their roles' with no user) joined to the cases they may see. The page of the unfiltered inbox in
/// due order is <see cref="ICaseAppService.GetInboxAsync"/>'s (the runtime's index walk, which stops when the page is
/// full); a filtered or otherwise sorted page sorts every matching row in SQL. <see cref="InboxOptions"/> can turn the
/// first off, so a test can show both give the same page.
/// </summary>
public sealed class InboxAppService(IPermissionChecker permissions, CaseAccess access, ICaseRepository caseRepository,
    IRepository<WorkflowHumanTask> tasks, IRepository<Unit> units, ICaseAppService cases, InboxOptions options,
    InboxFacetCache facetCache, InspectionSuiteLocalizer l) : IInboxAppService
{
    /// <summary>Lifecycle rank of a case state as a SQL CASE, so "sort by state" follows the procedure, not the alphabet.</summary>
    private static readonly Expression<Func<InboxRow, int>> StateRank = BuildStateRank();

    public async Task<InboxPageDto> GetAsync(GetInboxInput input, CancellationToken ct = default)
    {
        await permissions.CheckAsync(InspectionSuitePermissions.Tasks.Default, ct);
        if (input.Due is { } due && !InboxDue.All.Contains(due)) throw new InputValidationException(nameof(input.Due), "Validation.Invalid");
        var sorting = string.IsNullOrWhiteSpace(input.Sorting) ? InboxSorting.Due : input.Sorting.Trim().ToLowerInvariant();
        if (!InboxSorting.All.Contains(sorting)) throw new InputValidationException(nameof(input.Sorting), "Validation.Invalid");

        var actor = await access.ActorAsync(ct);
        var userId = actor.UserId;
        var roles = actor.Roles.ToList();
        var now = access.UtcNow;
        var weekEnd = EndOfWeekUtc(access.Today);
        var visible = caseRepository.QueryVisible(await access.VisibilityAsync(ct));
        // The caller's tasks and their roles' pooled tasks: the same predicates as the runtime's inbox (WorkflowInbox).
        var rows =
            from t in tasks.Query().Where(t => t.Status == HumanTaskStatus.Open).Where(HumanTaskAssignment.MineOrPooled(userId, roles))
            join c in visible on (Guid?)t.InstanceId equals c.WorkflowInstanceId
            select new InboxRow
            {
                TaskId = t.Id, TaskName = t.Name, TaskState = t.State, DueAtUtc = t.DueAtUtc, CreatedAtUtc = t.CreatedAtUtc,
                IsOverdue = t.IsOverdue, AssigneeRole = t.AssigneeRole, CaseId = c.Id, Code = c.Code, Subject = c.Subject,
                Authority = c.Authority, CaseState = c.State, UnitId = c.UnitId,
            };

        // The four facets from one grouped scan of the caller's rows (one group per authority, case state, unit and due time
        // present), cached per user until a change is committed (InboxFacetCache); each facet is counted in memory over the
        // groups that pass every filter but its own (a facet shows what choosing one of its values would give).
        var facts = options.CacheFacets
            ? await facetCache.GetAsync($"{userId}|{string.Join(",", roles.Order(StringComparer.Ordinal))}", () => LoadFactsAsync(rows, ct))
            : await LoadFactsAsync(rows, ct);
        var chosenDue = input.Due is { } d ? InboxDue.All.ToList().IndexOf(d) : (int?)null;
        var byAuthority = new Dictionary<AuthorityCode, int>();
        var byState = new Dictionary<string, int>();
        var byUnit = new Dictionary<Guid, int>();
        var byDue = new int[InboxDue.All.Count];
        var total = 0;
        foreach (var g in facts.Groups)
        {
            var dueBucket = DueBucket(g.DueAtUtc, now, weekEnd);
            var authority = input.Authority is not { } a || g.Authority == a;
            var state = string.IsNullOrEmpty(input.State) || g.CaseState == input.State;
            var unit = input.UnitId is not { } u || g.UnitId == u;
            var dueMatches = chosenDue is not { } chosen || dueBucket == chosen;
            if (state && unit && dueMatches) byAuthority[g.Authority] = byAuthority.GetValueOrDefault(g.Authority) + g.Count;
            if (authority && unit && dueMatches) byState[g.CaseState] = byState.GetValueOrDefault(g.CaseState) + g.Count;
            if (authority && state && dueMatches) byUnit[g.UnitId] = byUnit.GetValueOrDefault(g.UnitId) + g.Count;
            if (authority && state && unit) byDue[dueBucket] += g.Count;
            if (authority && state && unit && dueMatches) total += g.Count;
        }
        var dueCounts = InboxDue.All.Select((d, i) => new InboxFacetDto(d, l["Inbox.Due." + d], byDue[i])).ToList();

        var unfiltered = input.Authority is null && string.IsNullOrEmpty(input.State) && input.UnitId is null && input.Due is null;
        var page = unfiltered && sorting == InboxSorting.Due && options.UnfilteredPagesFromRuntimeInbox
            ? (await cases.GetInboxAsync(input.Skip, input.Take, ct)).Items
            : await SortedPageAsync(rows, input, sorting, now, weekEnd, ct);

        return new InboxPageDto(
            page,
            total,
            byAuthority.OrderBy(a => a.Key).Select(a => new InboxFacetDto(a.Key.ToString(), l["Authority." + a.Key], a.Value)).ToList(),
            byState.OrderBy(s => CaseStates.Rank(s.Key)).Select(s => new InboxFacetDto(s.Key, null, s.Value)).ToList(),
            dueCounts,
            byUnit.Select(u => new InboxFacetDto(u.Key.ToString(), facts.UnitNames.GetValueOrDefault(u.Key), u.Value))
                .OrderBy(u => u.Label, StringComparer.Ordinal).ToList());
    }

    /// <summary>The caller's rows counted per authority, case state, unit and due time, and the names of those units.</summary>
    private async Task<InboxFacts> LoadFactsAsync(IQueryable<InboxRow> rows, CancellationToken ct)
    {
        var groups = await tasks.ToListAsync(rows
            .GroupBy(r => new { r.Authority, r.CaseState, r.UnitId, r.DueAtUtc })
            .Select(g => new InboxGroup(g.Key.Authority, g.Key.CaseState, g.Key.UnitId, g.Key.DueAtUtc, g.Count())), ct);
        var unitIds = groups.Select(g => g.UnitId).Distinct().ToList();
        var unitNames = unitIds.Count == 0 ? [] : (await units.ToListAsync(units.QueryIncludingDeleted().Where(u => unitIds.Contains(u.Id))
            .Select(u => new { u.Id, u.Name }), ct)).ToDictionary(u => u.Id, u => u.Name);
        return new InboxFacts(groups, unitNames);
    }

    /// <summary>The due bucket of a due time, as the index of <see cref="InboxDue.All"/>: overdue, this week, later.</summary>
    private static int DueBucket(DateTime dueAtUtc, DateTime now, DateTime weekEnd) => dueAtUtc < now ? 0 : dueAtUtc < weekEnd ? 1 : 2;

    /// <summary>A page of the filtered rows in the chosen order (then due, created, task id): every matching row is sorted.</summary>
    private async Task<IReadOnlyList<InboxItemDto>> SortedPageAsync(IQueryable<InboxRow> rows, GetInboxInput input, string sorting,
        DateTime now, DateTime weekEnd, CancellationToken ct)
    {
        var q = rows;
        if (input.Authority is { } a) q = q.Where(r => r.Authority == a);
        if (!string.IsNullOrEmpty(input.State)) q = q.Where(r => r.CaseState == input.State);
        if (input.UnitId is { } u) q = q.Where(r => r.UnitId == u);
        q = input.Due switch
        {
            InboxDue.Overdue => q.Where(r => r.DueAtUtc < now),
            InboxDue.ThisWeek => q.Where(r => r.DueAtUtc >= now && r.DueAtUtc < weekEnd),
            InboxDue.Later => q.Where(r => r.DueAtUtc >= weekEnd),
            _ => q,
        };
        var ordered = sorting switch
        {
            InboxSorting.Code => q.OrderBy(r => r.Code).ThenBy(r => r.DueAtUtc),
            InboxSorting.State => q.OrderBy(StateRank).ThenBy(r => r.DueAtUtc),
            _ => q.OrderBy(r => r.DueAtUtc),
        };
        return await tasks.ToListAsync(ordered.ThenBy(r => r.CreatedAtUtc).ThenBy(r => r.TaskId).Skip(input.Skip).Take(input.Take)
            .Select(r => new InboxItemDto(r.TaskId, r.CaseId, r.Code, r.Subject, r.TaskName, r.TaskState, r.DueAtUtc, r.IsOverdue, r.AssigneeRole)), ct);
    }

    /// <summary>Midnight (Vietnam) starting next Monday, in UTC: "this week" ends with Sunday.</summary>
    public static DateTime EndOfWeekUtc(DateOnly today)
    {
        var daysToMonday = ((int)DayOfWeek.Monday - (int)today.DayOfWeek + 7) % 7;
        if (daysToMonday == 0) daysToMonday = 7;
        return DateTime.SpecifyKind(today.AddDays(daysToMonday).ToDateTime(TimeOnly.MinValue) - VietnamTime.Offset, DateTimeKind.Utc);
    }

    private static Expression<Func<InboxRow, int>> BuildStateRank()
    {
        var row = Expression.Parameter(typeof(InboxRow), "r");
        var state = Expression.Property(row, nameof(InboxRow.CaseState));
        Expression body = Expression.Constant(CaseStates.Ordered.Length);
        for (var i = CaseStates.Ordered.Length - 1; i >= 0; i--)
            body = Expression.Condition(Expression.Equal(state, Expression.Constant(CaseStates.Ordered[i])), Expression.Constant(i), body);
        return Expression.Lambda<Func<InboxRow, int>>(body, row);
    }

    private sealed class InboxRow
    {
        public Guid TaskId { get; init; }
        public string TaskName { get; init; } = "";
        public string TaskState { get; init; } = "";
        public DateTime DueAtUtc { get; init; }
        public DateTime CreatedAtUtc { get; init; }
        public bool IsOverdue { get; init; }
        public string? AssigneeRole { get; init; }
        public Guid CaseId { get; init; }
        public string Code { get; init; } = "";
        public string Subject { get; init; } = "";
        public AuthorityCode Authority { get; init; }
        public string CaseState { get; init; } = "";
        public Guid UnitId { get; init; }
    }
}
