namespace InspectionSuite.Cases;

public sealed record GetCaseListInput : PagedAndSortedInput
{
    public string? Filter { get; init; }
    public string? State { get; init; }
    public AuthorityCode? Authority { get; init; }
    public Guid? UnitId { get; init; }
    public CaseKind? Kind { get; init; }
    /// <summary>Drill-down from the sanction dashboard: cases with a sanction of this type / status.</summary>
    public SanctionType? SanctionType { get; init; }
    public SanctionStatus? SanctionStatus { get; init; }
    /// <summary>Cases whose conclusion was signed in this range (inclusive), e.g. a year or a quarter.</summary>
    public DateOnly? ConcludedFrom { get; init; }
    public DateOnly? ConcludedTo { get; init; }
    /// <summary>Cases on units of this sampling stratum.</summary>
    public Stratum? Stratum { get; init; }
}
