namespace InspectionSuite.Workflows.Services;

/// <summary>Default <see cref="IWorkflowInbox"/>: untracked reads of open tasks, ordered by (due, created, id).</summary>
internal sealed class WorkflowInbox(WorkflowDbContextAccessor accessor) : IWorkflowInbox
{
    private DbContext Db => accessor.Context;

    public async Task<PagedResult<HumanTaskInfo>> GetInboxAsync(string userId, IReadOnlyCollection<string> roles, int skip, int take, IQueryable<Guid>? instances = null, int? countLimit = null, CancellationToken ct = default)
    {
        skip = Math.Max(0, skip);
        take = Math.Clamp(take, 1, 500);
        var roleList = roles.ToList();
        // Two queries, not one with "user OR role": each walks its own (Status, Assignee…, DueAtUtc) index in due order and
        // stops when it has enough rows; the OR would make the database collect and sort every open task of both.
        var open = Db.Set<WorkflowHumanTask>().AsNoTracking().Where(t => t.Status == HumanTaskStatus.Open);
        // Checked per task (EXISTS), so walking in due order stops early; "InstanceId IN (…)" would first build the whole
        // list of visible instances, thousands of rows for an inspector on many cases.
        if (instances is not null) open = open.Where(t => instances.Any(i => i == t.InstanceId));
        // The two halves of the inbox, as the filtered inbox of the application reads them (HumanTaskAssignment).
        var mine = open.Where(HumanTaskAssignment.Mine(userId));
        var pooled = open.Where(HumanTaskAssignment.Pooled(roleList));

        var counts = new int[2];
        var parts = new[] { mine, pooled };
        for (var i = 0; i < parts.Length; i++)
            counts[i] = countLimit is { } limit ? await parts[i].Take(limit).CountAsync(ct) : await parts[i].CountAsync(ct);
        var counted = counts[0] + counts[1];
        var lowerBound = countLimit is { } cap && counted >= cap;
        if (lowerBound) counted = countLimit!.Value;

        if (counted == 0) return new PagedResult<HumanTaskInfo>(0, [], false);
        // One part empty (an inspector rarely has tasks of their own): the other part is the inbox, paged in SQL.
        if (counts[0] == 0 || counts[1] == 0)
        {
            var only = counts[0] == 0 ? pooled : mine;
            var rows = await only.OrderBy(t => t.DueAtUtc).ThenBy(t => t.CreatedAtUtc).ThenBy(t => t.Id).Skip(skip).Take(take).Select(HumanTaskProjection.Expression).ToListAsync(ct);
            return new PagedResult<HumanTaskInfo>(counted, rows, lowerBound);
        }

        // The page of the merged order is within the first skip + take rows of each part. Only their order keys are read
        // for that (the indexes carry them, so no task row is read), then the rows of the page itself.
        var firstKeys = new List<(DateTime Due, DateTime Created, Guid Id)>();
        foreach (var part in parts)
            firstKeys.AddRange((await part.OrderBy(t => t.DueAtUtc).ThenBy(t => t.CreatedAtUtc).ThenBy(t => t.Id)
                .Take(skip + take).Select(t => new { t.DueAtUtc, t.CreatedAtUtc, t.Id }).ToListAsync(ct)).Select(k => (k.DueAtUtc, k.CreatedAtUtc, k.Id)));
        return new PagedResult<HumanTaskInfo>(counted, await PageOfKeysAsync(firstKeys, skip, take, ct), lowerBound);
    }

    public async Task<PagedResult<HumanTaskInfo>> GetInboxOfInstancesAsync(string userId, IReadOnlyCollection<string> roles, int skip, int take, IReadOnlyCollection<Guid> instanceIds, int? countLimit = null, CancellationToken ct = default)
    {
        skip = Math.Max(0, skip);
        take = Math.Clamp(take, 1, 500);
        // The inbox predicate run in memory on the rows read by instance (the same expression as in SQL).
        var inInbox = HumanTaskAssignment.MineOrPooled(userId, roles.ToList()).Compile();
        var keys = new List<(DateTime Due, DateTime Created, Guid Id)>();
        // By instance through the (InstanceId, Status) index; in chunks because each id is one SQL parameter.
        foreach (var chunk in instanceIds.Distinct().Chunk(500))
        {
            var rows = await Db.Set<WorkflowHumanTask>().AsNoTracking()
                .Where(t => chunk.Contains(t.InstanceId) && t.Status == HumanTaskStatus.Open)
                .Select(t => new WorkflowHumanTask { Id = t.Id, DueAtUtc = t.DueAtUtc, CreatedAtUtc = t.CreatedAtUtc, AssigneeUserId = t.AssigneeUserId, AssigneeRole = t.AssigneeRole })
                .ToListAsync(ct);
            keys.AddRange(rows.Where(inInbox)
                .Select(t => (t.DueAtUtc, t.CreatedAtUtc, t.Id)));
        }
        var counted = countLimit is { } limit ? Math.Min(keys.Count, limit) : keys.Count;
        return new PagedResult<HumanTaskInfo>(counted, await PageOfKeysAsync(keys, skip, take, ct), countLimit is { } cap && counted >= cap);
    }

    /// <summary>The inbox page of tasks given by their order keys (due, created, id): the page's rows, in that order.</summary>
    private async Task<List<HumanTaskInfo>> PageOfKeysAsync(IEnumerable<(DateTime Due, DateTime Created, Guid Id)> keys, int skip, int take, CancellationToken ct)
    {
        var pageIds = keys.OrderBy(k => k.Due).ThenBy(k => k.Created).ThenBy(k => k.Id).Skip(skip).Take(take).Select(k => k.Id).ToList();
        if (pageIds.Count == 0) return [];
        var items = await Db.Set<WorkflowHumanTask>().AsNoTracking().Where(t => pageIds.Contains(t.Id)).Select(HumanTaskProjection.Expression).ToListAsync(ct);
        return items.OrderBy(t => pageIds.IndexOf(t.Id)).ToList();
    }
}
