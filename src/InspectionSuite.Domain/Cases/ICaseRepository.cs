namespace InspectionSuite.Cases;

/// <summary>
/// Case queries whose SQL shape matters (ABP's custom repository): the repository decides how to read what a caller may
/// see (<see cref="CaseVisibility"/>, decided by CaseAccess), which index a list walks, and how a case and its parts
/// are loaded. Application code says what it wants; it never chooses a query plan.
/// </summary>
public interface ICaseRepository
{
    /// <summary>
    /// The case with every part it has, tracked, when <paramref name="visibility"/> lets the caller see it; null otherwise.
    /// The one way the application loads a case aggregate.
    /// </summary>
    Task<InspectionCase?> GetWithDetailsAsync(Guid id, CaseVisibility visibility, CancellationToken ct = default);

    /// <summary>
    /// The case's unit (deleted or not: a case keeps the unit it was opened on; null when the id is unknown) and the user
    /// name and full name of each team member that exists, by id, in one round trip. Read once by whoever shows both the
    /// case and its documents (the case page) and handed to both.
    /// </summary>
    Task<CaseParties> GetPartiesAsync(InspectionCase @case, CancellationToken ct = default);

    /// <summary>One page of the case list: its rows (no texts, no parts) and how many match, counted up to <see cref="CaseListPaging.CountLimit"/>.</summary>
    Task<CaseListPage> GetListAsync(CaseListFilter filter, CaseVisibility visibility, CaseListPaging paging, CancellationToken ct = default);

    /// <summary>The visible cases for a page or a lookup: ordered, limited or narrowed further by the caller.</summary>
    IQueryable<InspectionCase> QueryVisible(CaseVisibility visibility);

    /// <summary>The visible cases for aggregates and exports that read everything visible (no page, no early stop).</summary>
    IQueryable<InspectionCase> QueryAllVisible(CaseVisibility visibility);

    /// <summary>
    /// How the inbox should read the visible cases' workflow instances: a short list known in advance, or a query the task
    /// list probes task by task. The tasks themselves are the workflow runtime's (the domain does not see them).
    /// </summary>
    Task<CaseInboxInstances> GetInboxInstancesAsync(CaseVisibility visibility, CancellationToken ct = default);

    /// <summary>The visible cases of an inbox page, by their workflow instance.</summary>
    Task<IReadOnlyDictionary<Guid, CaseInboxCase>> GetInboxCasesAsync(CaseVisibility visibility, IReadOnlyCollection<Guid> instanceIds, CancellationToken ct = default);
}
