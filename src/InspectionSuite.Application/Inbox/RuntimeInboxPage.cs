namespace InspectionSuite.Inbox;

/// <summary>
/// A page of the caller's unfiltered inbox in due order, from the runtime's inbox (an index walk that stops when the page
/// is full), restricted to the cases the caller may see. <see cref="ICaseAppService.GetInboxAsync"/> and the inbox page
/// (<see cref="InboxAppService"/>) both read it here.
/// </summary>
public sealed class RuntimeInboxPage(CaseAccess access, ICaseRepository caseRepository, IWorkflowInbox inbox)
{
    /// <summary>
    /// The page, with its tasks counted up to <paramref name="countLimit"/> (<see cref="PagedCount"/>). A caller that has the
    /// total from elsewhere passes 1: the runtime then only asks whether each half of the inbox (the user's tasks, the
    /// roles' pooled tasks) has a task, which is all it needs to page them, instead of counting each.
    /// </summary>
    public async Task<PagedResultDto<InboxItemDto>> GetAsync(int skip, int take, int countLimit, CancellationToken ct)
    {
        var actor = await access.ActorAsync(ct);
        skip = PagedAndSortedInput.BoundSkip(skip);
        take = PagedAndSortedInput.BoundTake(take);
        // The runtime's inbox is by user or role; a role task may belong to a case this user must not see, so only tasks of
        // the visible cases' instances are counted and paged (the repository says how to read them), and only the page's
        // cases are looked up.
        var visibility = await access.VisibilityAsync(ct);
        var instances = await caseRepository.GetInboxInstancesAsync(visibility, ct);
        var tasks = instances.Listed is { } listed
            ? await inbox.GetInboxOfInstancesAsync(actor.UserId, actor.Roles, skip, take, listed, countLimit, ct)
            : await inbox.GetInboxAsync(actor.UserId, actor.Roles, skip, take, instances.Probed, countLimit, ct);
        var info = await caseRepository.GetInboxCasesAsync(visibility, tasks.Items.Select(t => t.InstanceId).Distinct().ToList(), ct);
        var items = tasks.Items.Where(t => info.ContainsKey(t.InstanceId))
            .Select(t => { var c = info[t.InstanceId]; return new InboxItemDto(t.Id, c.Id, c.Code, c.Subject, t.Name, t.State, t.DueAtUtc, t.IsOverdue, t.AssigneeRole); })
            .ToList();
        return PagedCount.Result(items, tasks.TotalCount, countLimit);
    }
}
