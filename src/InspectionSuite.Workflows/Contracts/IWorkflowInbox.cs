namespace InspectionSuite.Workflows.Contracts;

/// <summary>A user's open human tasks, due soonest first.</summary>
public interface IWorkflowInbox
{
    /// <summary>
    /// Open tasks for the user (assigned to them, or to one of their roles and no user), due soonest first, counted and
    /// paged in SQL. <paramref name="instances"/>, when given, keeps only tasks of those workflow instances; it must be a
    /// query over the same DbContext so it composes into the one SQL statement (e.g. the instances of the cases the
    /// caller may see), never a materialized list; it is checked task by task. With <paramref name="countLimit"/> the count
    /// stops at that many tasks (then <see cref="PagedResult{T}.TotalCountIsLowerBound"/>).
    /// </summary>
    Task<PagedResult<HumanTaskInfo>> GetInboxAsync(string userId, IReadOnlyCollection<string> roles, int skip, int take, IQueryable<Guid>? instances = null, int? countLimit = null, CancellationToken ct = default);

    /// <summary>
    /// The same inbox as <see cref="GetInboxAsync"/>, over a short list of instances known in advance (a user on few cases):
    /// their open tasks are read by instance and ordered and paged in memory. <see cref="GetInboxAsync"/> walks every open
    /// task of the user's roles in due order, which for a user who sees few of them means reading nearly all.
    /// </summary>
    Task<PagedResult<HumanTaskInfo>> GetInboxOfInstancesAsync(string userId, IReadOnlyCollection<string> roles, int skip, int take, IReadOnlyCollection<Guid> instanceIds, int? countLimit = null, CancellationToken ct = default);
}
