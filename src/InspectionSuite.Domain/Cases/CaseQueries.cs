using System.Linq.Expressions;

namespace InspectionSuite.Cases;

/// <summary>
/// Which cases a caller may see, as CaseAccess decides it: every case, the cases a rule admits (a unit representative's),
/// or the cases of the caller's <see cref="CaseViewer"/> rows (team member, re-check inspector). How to query it is the
/// repository's choice.
/// </summary>
public sealed record CaseVisibility
{
    private CaseVisibility(Expression<Func<InspectionCase, bool>>? rule, Guid? viewerId) => (Rule, ViewerId) = (rule, viewerId);

    public static CaseVisibility Everything { get; } = new(null, null);

    /// <summary>The cases <paramref name="rule"/> admits (it must translate to SQL).</summary>
    public static CaseVisibility Matching(Expression<Func<InspectionCase, bool>> rule) => new(rule, null);

    /// <summary>The cases whose viewer rows name <paramref name="userId"/>.</summary>
    public static CaseVisibility ThroughViewerRows(Guid userId) => new(null, userId);

    public Expression<Func<InspectionCase, bool>>? Rule { get; }
    public Guid? ViewerId { get; }
}

/// <summary>What the case list is narrowed to (all optional).</summary>
public sealed record CaseListFilter(
    string? Text = null, string? State = null, AuthorityCode? Authority = null, Guid? UnitId = null, CaseKind? Kind = null,
    SanctionType? SanctionType = null, SanctionStatus? SanctionStatus = null, DateOnly? ConcludedFrom = null, DateOnly? ConcludedTo = null,
    Stratum? Stratum = null)
{
    public bool IsEmpty => string.IsNullOrWhiteSpace(Text) && string.IsNullOrWhiteSpace(State) && Authority is null && UnitId is null
                           && Kind is null && SanctionType is null && SanctionStatus is null && ConcludedFrom is null && ConcludedTo is null
                           && Stratum is null;
}

/// <summary>The list's order ("code", "subject desc", …; null for newest first), its page, and how far to count.</summary>
public sealed record CaseListPaging(string? Sorting, int Skip, int Take, int CountLimit);

/// <summary>One row of the case list, with its unit's code and name.</summary>
public sealed record CaseListRow(
    Guid Id, string Code, CaseKind Kind, AuthorityCode Authority, Guid UnitId, string UnitCode, string UnitName, string Subject,
    string State, string? DecisionNumber, DateOnly? OnSiteStart, DateOnly? OnSiteEnd, bool OverdueFlagged, DateTime CreationTime);

/// <summary>A page of the case list and the count of matching cases (at most the paging's count limit).</summary>
public sealed record CaseListPage(IReadOnlyList<CaseListRow> Rows, int Counted);

/// <summary>
/// The visible cases' workflow instances as the inbox reads them: <see cref="Listed"/> when they are few (read the tasks by
/// instance), otherwise <see cref="Probed"/>, a query each task is checked against.
/// </summary>
public sealed record CaseInboxInstances(IReadOnlyCollection<Guid>? Listed, IQueryable<Guid>? Probed);

/// <summary>What an inbox row shows of its case.</summary>
public sealed record CaseInboxCase(Guid Id, string Code, string Subject);
