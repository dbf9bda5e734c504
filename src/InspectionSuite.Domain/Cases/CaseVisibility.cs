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
