namespace InspectionSuite.Cases;

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
