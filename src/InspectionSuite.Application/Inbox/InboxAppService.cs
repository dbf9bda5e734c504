using System.Linq.Expressions;

namespace InspectionSuite.Inbox;

/// <summary>
/// The inbox with filters (authority, case state, due, unit), orders and a count per filter value: the caller's open
/// tasks (theirs, or their roles' with no user) joined to the cases they may see. The page of the unfiltered inbox in
/// due order is <see cref="RuntimeInboxPage"/>'s (the runtime's index walk, which stops when the page is
/// full); a filtered or otherwise sorted page sorts every matching row in SQL. <see cref="InboxOptions"/> can turn the
/// first off, so a test can show both give the same page.
/// </summary>
public sealed class InboxAppService(IPermissionChecker permissions, CaseAccess access, ICaseRepository caseRepository,
    IRepository<WorkflowHumanTask> tasks, IRepository<Unit> units, RuntimeInboxPage runtimeInbox, InboxOptions options,
    InboxFacetCache facetCache, InspectionSuiteLocalizer l) : IInboxAppService
{
    /// <summary>Lifecycle rank of a case state as a SQL CASE, so "sort by state" follows the procedure, not the alphabet.</summary>
    private static readonly Expression<Func<InboxRow, int>> StateRank = BuildStateRank();

    public async Task<InboxPageDto> GetAsync(GetInboxInput input, CancellationToken ct = default)
    {
        await permissions.CheckAsync(InspectionSuitePermissions.Tasks.Default, ct);
        var chosenDue = DueIndex(input.Due);
        var sorting = string.IsNullOrWhiteSpace(input.Sorting) ? InboxSorting.Due : input.Sorting.Trim().ToLowerInvariant();
        if (!InboxSorting.All.Contains(sorting)) throw new InputValidationException(nameof(input.Sorting), "Validation.Invalid");

        var inbox = await OpenAsync(ct);
        var state = string.IsNullOrEmpty(input.State) ? null : input.State;
        var counts = inbox.Facts.Count(new InboxFilters(input.Authority, state, input.UnitId, chosenDue), inbox.Now, inbox.WeekEnd);

        var unfiltered = input.Authority is null && state is null && input.UnitId is null && input.Due is null;
        // The total is the counts' (exact), so the runtime's page is asked to count nothing (a count limit of 1).
        var page = unfiltered && sorting == InboxSorting.Due && options.UnfilteredPagesFromRuntimeInbox
            ? (await runtimeInbox.GetAsync(input.Skip, input.Take, countLimit: 1, ct)).Items
            : await SortedPageAsync(inbox.Rows, input, sorting, inbox.Now, inbox.WeekEnd, ct);

        // The unit facet lists the units with most tasks and the chosen one; the others are found by FindUnitsAsync.
        var units = counts.UnitsByCount.Take(Math.Max(0, options.TopUnits)).ToList();
        if (input.UnitId is { } chosen && units.All(u => u.Key != chosen) && inbox.Facts.Units.ContainsKey(chosen))
            units.Add(new(chosen, counts.ByUnit.GetValueOrDefault(chosen)));
        return new InboxPageDto(
            page,
            counts.Total,
            counts.ByAuthority.OrderBy(a => a.Key).Select(a => new InboxFacetDto(a.Key.ToString(), l["Authority." + a.Key], a.Value)).ToList(),
            counts.ByState.OrderBy(s => CaseStates.Rank(s.Key)).Select(s => new InboxFacetDto(s.Key, null, s.Value)).ToList(),
            InboxDue.All.Select((d, i) => new InboxFacetDto(d, l["Inbox.Due." + d], counts.ByDue[i])).ToList(),
            units.Select(u => UnitFacet(inbox.Facts, u)).ToList(),
            counts.ByUnit.Count);
    }

    public async Task<IReadOnlyList<InboxFacetDto>> FindUnitsAsync(FindInboxUnitsInput input, CancellationToken ct = default)
    {
        await permissions.CheckAsync(InspectionSuitePermissions.Tasks.Default, ct);
        if (string.IsNullOrWhiteSpace(input.Filter)) throw new InputValidationException(nameof(input.Filter), "Validation.Required");
        if (input.Filter.Length > InboxUnitSearch.MaxFilterLength) throw new InputValidationException(nameof(input.Filter), "Validation.TooLong");
        if (input.MaxResultCount is < 1 or > InboxUnitSearch.MaxTake) throw new InputValidationException(nameof(input.MaxResultCount), "Validation.Invalid");
        var chosenDue = DueIndex(input.Due);

        var inbox = await OpenAsync(ct);
        var state = string.IsNullOrEmpty(input.State) ? null : input.State;
        // The unit facet's counts do not apply the unit filter itself, so any chosen unit is left out of the key.
        var counts = inbox.Facts.Count(new InboxFilters(input.Authority, state, null, chosenDue), inbox.Now, inbox.WeekEnd);
        return inbox.Facts.FindUnits(counts, input.Filter).Take(input.MaxResultCount).Select(u => UnitFacet(inbox.Facts, u)).ToList();
    }

    private static InboxFacetDto UnitFacet(InboxFacts facts, KeyValuePair<Guid, int> unit)
        => new(unit.Key.ToString(), facts.Units.GetValueOrDefault(unit.Key)?.Name, unit.Value);

    /// <summary>The due filter as the index of its bucket in <see cref="InboxDue.All"/>; an unknown value is refused.</summary>
    private static int? DueIndex(string? due)
    {
        if (due is null) return null;
        var index = InboxDue.All.ToList().IndexOf(due);
        return index >= 0 ? index : throw new InputValidationException("Due", "Validation.Invalid");
    }

    /// <summary>
    /// The caller's rows (their tasks and their roles' pooled tasks on the cases they may see: the same predicates as the
    /// runtime's inbox, WorkflowInbox) and the facts counted from them: one grouped scan, kept per user until a change is
    /// committed (InboxFacetCache).
    /// </summary>
    private async Task<OpenInbox> OpenAsync(CancellationToken ct)
    {
        var actor = await access.ActorAsync(ct);
        var userId = actor.UserId;
        var roles = actor.Roles.ToList();
        var visible = caseRepository.QueryVisible(await access.VisibilityAsync(ct));
        var rows =
            from t in tasks.Query().Where(t => t.Status == HumanTaskStatus.Open).Where(HumanTaskAssignment.MineOrPooled(userId, roles))
            join c in visible on (Guid?)t.InstanceId equals c.WorkflowInstanceId
            select new InboxRow
            {
                TaskId = t.Id, TaskName = t.Name, TaskState = t.State, DueAtUtc = t.DueAtUtc, CreatedAtUtc = t.CreatedAtUtc,
                IsOverdue = t.IsOverdue, AssigneeRole = t.AssigneeRole, CaseId = c.Id, Code = c.Code, Subject = c.Subject,
                Authority = c.Authority, CaseState = c.State, UnitId = c.UnitId,
            };
        var facts = options.CacheFacets
            ? await facetCache.GetAsync($"{userId}|{string.Join(",", roles.Order(StringComparer.Ordinal))}", () => LoadFactsAsync(rows, ct))
            : await LoadFactsAsync(rows, ct);
        return new OpenInbox(rows, facts, access.UtcNow, EndOfWeekUtc(access.Today));
    }

    private sealed record OpenInbox(IQueryable<InboxRow> Rows, InboxFacts Facts, DateTime Now, DateTime WeekEnd);

    /// <summary>The caller's rows counted per authority, case state, unit and due time, and the names and codes of those units.</summary>
    private async Task<InboxFacts> LoadFactsAsync(IQueryable<InboxRow> rows, CancellationToken ct)
    {
        var groups = await tasks.ToListAsync(rows
            .GroupBy(r => new { r.Authority, r.CaseState, r.UnitId, r.DueAtUtc })
            .Select(g => new InboxGroup(g.Key.Authority, g.Key.CaseState, g.Key.UnitId, g.Key.DueAtUtc, g.Count())), ct);
        var unitIds = groups.Select(g => g.UnitId).Distinct().ToList();
        var unitsOfTasks = unitIds.Count == 0 ? [] : (await units.ToListAsync(units.QueryIncludingDeleted().Where(u => unitIds.Contains(u.Id))
            .Select(u => new { u.Id, u.Name, u.Code }), ct)).ToDictionary(u => u.Id, u => new InboxUnit(u.Name, u.Code));
        return new InboxFacts(groups, unitsOfTasks);
    }

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
