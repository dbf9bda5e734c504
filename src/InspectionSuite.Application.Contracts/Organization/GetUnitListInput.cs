namespace InspectionSuite.Organization;

public sealed record GetUnitListInput : PagedAndSortedInput
{
    public string? Filter { get; init; }
    public UnitKind? Kind { get; init; }
    /// <summary>Only units valid on this date.</summary>
    public DateOnly? ValidOn { get; init; }
    /// <summary>Also list soft-deleted units (needs the ViewDeleted permission).</summary>
    public bool IncludeDeleted { get; init; }
}
